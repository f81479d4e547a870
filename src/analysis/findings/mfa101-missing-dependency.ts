/**
 * MFA101 missing-dependency: an ML package imported in code with none of its distributions declared for that
 * code. A file's declarations are those of every project that contains it (src/analysis/scope.ts: a
 * subproject's requirements add to the repository's). Code under no project, or in a project whose manifest
 * computes part of its dependency list (setup.py building install_requires in code), is judged by all of the
 * repository's declarations. Optional imports (ImportFact.optional: the code copes when the import fails) are not held
 * against the repository: a package imported only optionally is not reported, and a finding lists only the
 * required places. A package whose required places are all inside function bodies (ImportFact.lazy: an
 * on-demand backend or export helper) is MFA103 instead (mfa103-missing-on-demand-dependency.ts). A notebook
 * made for Google Colab (FileFacts.colab) is provided for by Colab's runtime (COLAB_PROVIDES), as code in a
 * project whose Docker image ships the framework is by the image.
 */
import type { Finding, Location } from "../../core/types.js";
import { IMPORT_DISTRIBUTIONS, normalizeDistName } from "../../knowledge/packages.js";
import { COLAB_PROVIDES, IMAGE_PROVIDES, TRANSITIVE_PROVIDERS } from "../../knowledge/providers.js";
import { imageName, topOf, type AnalysisContext, type LocatedImport } from "../context.js";
import { isNeededImport, leadImport } from "../dependency-use.js";
import { containingScopes, projectsOf } from "../scope.js";
import { at, finding, locations, plural, toLocation, type AnalysisState } from "./common.js";

/** An undeclared package: its required imports in code that no declaring project covers. */
export interface UndeclaredImport {
  /** Top-level import name. */
  top: string;
  imps: LocatedImport[];
  /** Declared distributions that bring it in transitively (TRANSITIVE_PROVIDERS). */
  via: Set<string>;
  /** Files that declare one of its distributions for other projects. */
  elsewhere: string[];
}

const undeclaredMemo = new WeakMap<AnalysisContext, UndeclaredImport[]>();

/** The packages imported (required) in code whose projects declare none of their distributions, by name. */
export function undeclaredImports(ctx: AnalysisContext): UndeclaredImport[] {
  let out = undeclaredMemo.get(ctx);
  if (!out) undeclaredMemo.set(ctx, (out = computeUndeclared(ctx)));
  return out;
}

function computeUndeclared(ctx: AnalysisContext): UndeclaredImport[] {
  const projects = projectsOf(ctx);
  // What each project declares (distribution names) and what its Docker images ship (import names).
  const declaredIn = new Map<string, Set<string>>();
  const providedIn = new Map<string, Set<string>>();
  const declaredFiles = new Map<string, string[]>();
  const add = (m: Map<string, Set<string>>, scope: string, names: Iterable<string>) => {
    let set = m.get(scope);
    if (!set) m.set(scope, (set = new Set()));
    for (const n of names) set.add(n);
  };
  for (const d of ctx.declared) {
    const scope = projects.scopeOf(d.path);
    if (d.ecosystem === "docker") {
      const image = imageName(d);
      add(providedIn, scope, IMAGE_PROVIDES.filter((p) => p.pattern.test(image)).flatMap((p) => p.imports));
      add(declaredIn, scope, []);
    } else {
      // `optimum[onnxruntime]` also names what its extra installs (TRANSITIVE_PROVIDERS lists such pairs).
      add(declaredIn, scope, [d.normalizedName, ...d.extras.map((x) => `${d.normalizedName}[${normalizeDistName(x)}]`)]);
      const files = declaredFiles.get(d.normalizedName) ?? [];
      if (!files.includes(d.path)) files.push(d.path);
      declaredFiles.set(d.normalizedName, files);
    }
  }
  const scopes = new Set(declaredIn.keys());
  const everyScope = [...scopes];
  const memo = new Map<string, readonly string[]>();
  // Whether a top-level name is missing depends on the name and the projects of the files importing it: only
  // names with a required import are asked, and only their imports are gathered (from the context's index).
  const requiredTops = new Set<string>();
  for (const module of ctx.importIndex.names()) {
    if (ctx.importIndex.named(module).some((imp) => imp.optional !== true)) requiredTops.add(topOf(module));
  }
  const byTop = new Map<string, { imps: LocatedImport[]; via: Set<string> }>();
  const pathOf = (imp: LocatedImport) => imp.path;
  for (const top of requiredTops) {
    const dists = IMPORT_DISTRIBUTIONS[top];
    if (!dists || ctx.localModules.has(top)) continue;
    const transitive = TRANSITIVE_PROVIDERS[top] ?? [];
    // The projects that declare the package (or ship it in their image).
    const declaring = new Set(everyScope.filter((sc) => providedIn.get(sc)?.has(top) || dists.some((d) => declaredIn.get(sc)!.has(d))));
    const via = new Set<string>();
    let missing: LocatedImport[];
    if (declaring.size === 0) {
      // Declared nowhere: every required import is missing.
      missing = ctx.importIndex.under(top).filter((imp) => imp.optional !== true);
      for (const sc of everyScope) for (const t of transitive) if (declaredIn.get(sc)!.has(t)) via.add(t);
    } else if (declaring.has("")) {
      continue; // the repository's own manifests declare it for all of its code
    } else {
      // Declared by some projects: only code inside a project that does not declare it, and inside none that
      // does, can miss it (code under no project is judged by every declaration). The import index is in
      // path order, so each such project's imports are found without a pass over the others.
      missing = [];
      const seen = new Set<LocatedImport>();
      const answers = new Map<readonly string[], boolean>();
      // A file's imports of one name come together: its answer is looked up once.
      let lastPath: string | undefined;
      let answer = false;
      for (const sc of everyScope) {
        if (declaring.has(sc) || projects.isPartial(sc)) continue;
        ctx.importIndex.forEachUnderIn(top, sc, pathOf, (imp) => {
          if (seen.has(imp)) return;
          seen.add(imp);
          if (imp.path !== lastPath) {
            lastPath = imp.path;
            const own = containingScopes(imp.path, scopes, memo, everyScope);
            let known = answers.get(own);
            if (known === undefined) {
              // A project that computes part of its dependency list (FileFacts.partialDeclarations) may declare it.
              known = !own.some((o) => declaring.has(o) || projects.isPartial(o));
              answers.set(own, known);
              if (known) for (const o of own) for (const t of transitive) if (declaredIn.get(o)!.has(t)) via.add(t);
            }
            answer = known;
          }
          if (answer && imp.optional !== true) missing.push(imp);
        });
      }
    }
    // A notebook made for Colab runs where the runtime ships the package.
    if (COLAB_PROVIDES.has(top) && ctx.colabNotebooks.size) missing = missing.filter((imp) => !ctx.colabNotebooks.has(imp.path));
    if (missing.length) byTop.set(top, { imps: missing, via });
  }
  const out: UndeclaredImport[] = [];
  for (const [top, { imps, via }] of [...byTop].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const dists = IMPORT_DISTRIBUTIONS[top]!;
    const elsewhere = [...new Set(dists.flatMap((d) => declaredFiles.get(d) ?? []))].sort();
    out.push({ top, imps, via, elsewhere });
  }
  return out;
}

/** "`torch`" or "any of `torch`, `pytorch`, ..." for a message. */
export function distributionNames(top: string): string {
  const dists = IMPORT_DISTRIBUTIONS[top]!;
  return dists.length === 1 ? `\`${dists[0]}\`` : `any of ${dists.slice(0, 4).map((d) => `\`${d}\``).join(", ")}${dists.length > 4 ? ", ..." : ""}`;
}

/** What the repository's manifests say about an undeclared package: the sentence that follows the first. */
export function declarationContext(ctx: AnalysisContext, u: UndeclaredImport): string {
  if (!ctx.hasManifest) return " The repository has no dependency manifest at all (requirements.txt, pyproject.toml, environment.yml, Dockerfile ...), so nothing pins it.";
  if (u.elsewhere.length) {
    const e = u.elsewhere;
    return ` ${e.slice(0, 2).join(", ")}${e.length > 2 ? ` and ${plural(e.length - 2, "more file")}` : ""} declare${e.length === 1 ? "s" : ""} it for ${e.length === 1 ? "its own project" : "their own projects"}.`;
  }
  // Both can hold: tensorflow/agents' tf-keras brings TensorFlow, and its setup.py computes the extra that names it.
  const transitive = u.via.size
    ? ` It only arrives transitively through ${(TRANSITIVE_PROVIDERS[u.top] ?? []).filter((d) => u.via.has(d)).map((d) => `\`${d}\``).join(", ")}; declare it directly to control its version.`
    : "";
  const computed = computingManifests(ctx, u);
  if (computed.length === 0) return transitive;
  const files = `${computed.slice(0, 2).join(", ")}${computed.length > 2 ? ` and ${plural(computed.length - 2, "more file")}` : ""}`;
  return `${transitive} ${files} build${computed.length === 1 ? "s" : ""} part of the dependency list in code, which this audit reads but never runs: if ${computed.length === 1 ? "it adds" : "one of them adds"} the package there, write it out so that it can be checked.`;
}

/**
 * The manifests that compute part of their dependency list (FileFacts.partialDeclarations: NVIDIA/TransformerEngine's
 * setup.py takes install_requires from a helper module) and govern one of the package's import sites: they may
 * declare it where the audit cannot see.
 */
function computingManifests(ctx: AnalysisContext, u: UndeclaredImport): string[] {
  const projects = projectsOf(ctx);
  const out = new Set<string>();
  for (const path of new Set(u.imps.map((imp) => imp.path))) for (const m of projects.partialManifestsOver(path)) out.add(m);
  return [...out].sort();
}

/**
 * The places of an undeclared package, the one that best shows it in use first (LeadImport: in the project's
 * own code when there is one, not a benchmark or an example); MFA101 and MFA103 alike.
 */
export function undeclaredLocations(ctx: AnalysisContext, u: UndeclaredImport): Location[] {
  const lead = leadImport(u.imps, ctx.ownCode);
  return locations(u.imps, lead ? [toLocation(lead)] : [], false);
}

/** Whether every required place of the package is inside a function body (MFA103's case): none is needed. */
export function onDemandOnly(u: UndeclaredImport): boolean {
  return !u.imps.some(isNeededImport);
}

export function missingDependencies({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  for (const u of undeclaredImports(ctx)) {
    if (onDemandOnly(u)) continue;
    const locs = undeclaredLocations(ctx, u);
    const msg = `\`${u.top}\` is imported (${plural(u.imps.length, "place")}, first at ${at(locs[0])}) but no manifest ${u.elsewhere.length ? "of that code's project " : ""}declares ${distributionNames(u.top)}.`;
    out.push(finding("MFA101", u.top, msg + declarationContext(ctx, u), locs));
  }
  return out;
}

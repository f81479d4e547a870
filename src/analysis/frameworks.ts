/** Frameworks found (imported and/or declared) and the primary framework. */
import { FRAMEWORK_IDS, type DeclaredDependency, type DeclaredRef, type FrameworkId, type FrameworkReport, type Location } from "../core/types.js";
import { frameworkOfDistribution, frameworkOfDockerImage, frameworkOfImport } from "../knowledge/packages.js";
import { INCIDENTAL_SHARE, isAuxiliaryCodePath, isRuntimeDeclaration } from "../knowledge/layout.js";
import { COLAB_PROVIDES } from "../knowledge/providers.js";
import { imageName, topOf, type AnalysisContext, type LocatedImport } from "./context.js";
import { isNeededImport, LeadImport } from "./dependency-use.js";

export const MAX_WITNESSES = 20;

export interface FrameworkReportX extends FrameworkReport {
  /** Number of import statements found (importWitnesses is capped at MAX_WITNESSES). */
  importCount: number;
  /** Files (sources, notebooks) with an import of it that is not optional. */
  importFiles: number;
  /** Files with a non-optional import of any framework (the same number on every framework of a report). */
  mlFiles: number;
}

/**
 * Answers of frameworksOfImport by module: a tree imports the same few hundred modules tens of thousands of
 * times, and each answer is a pass over the import table. Emptied past a bound (a hostile tree may import
 * many distinct modules).
 */
const frameworksByModule = new Map<string, readonly FrameworkId[]>();
const MAX_MODULES = 10_000;

/**
 * Frameworks an import belongs to. `tensorflow.keras` (tf.keras) counts for TensorFlow AND Keras: importing
 * it imports TensorFlow. A standalone `import keras` counts for Keras only (Keras 3 is backend-agnostic).
 */
export function frameworksOfImport(module: string): readonly FrameworkId[] {
  let answer = frameworksByModule.get(module);
  if (answer === undefined) {
    const fw = frameworkOfImport(module);
    answer = !fw ? [] : fw === "keras" && (module === "tensorflow.keras" || module.startsWith("tensorflow.keras.")) ? ["tensorflow", "keras"] : [fw];
    if (frameworksByModule.size >= MAX_MODULES) frameworksByModule.clear();
    frameworksByModule.set(module, answer);
  }
  return answer;
}

export function frameworkOfDeclared(dep: DeclaredDependency): FrameworkId | undefined {
  if (dep.ecosystem === "docker") return frameworkOfDockerImage(imageName(dep));
  if (dep.ecosystem === "pypi" || dep.ecosystem === "conda") return frameworkOfDistribution(dep.normalizedName);
  return undefined;
}

function toRef(d: DeclaredDependency): DeclaredRef {
  return {
    path: d.path,
    line: d.line,
    name: d.name,
    specifier: d.specifier,
    resolvedVersion: d.resolvedVersion ?? null,
    ...(d.cell !== undefined ? { cell: d.cell } : {}),
    ...(d.source ? { source: d.source } : {}),
    ...(d.group ? { group: d.group } : {}),
  };
}

function loc(i: LocatedImport): Location {
  return { path: i.path, line: i.line, ...(i.cell !== undefined ? { cell: i.cell } : {}), ...(i.column !== undefined ? { column: i.column } : {}) };
}

/** The witnesses with `lead` first (the rest keep their path order and the cap). */
function withLeadFirst(items: readonly LocatedImport[], lead: LocatedImport | undefined): LocatedImport[] {
  if (lead === undefined || items[0] === lead) return [...items];
  return [lead, ...items.filter((i) => i !== lead)].slice(0, Math.max(items.length, 1));
}

export function buildFrameworks(ctx: AnalysisContext): FrameworkReportX[] {
  // Imported modules by framework: each distinct module is asked once, and the index gives each framework's
  // import count and first imports without a pass over every import.
  const modules = new Map<FrameworkId, string[]>();
  for (const module of ctx.importIndex.names()) {
    for (const fw of frameworksOfImport(module)) {
      if (!modules.has(fw)) modules.set(fw, []);
      modules.get(fw)!.push(module);
    }
  }
  const declared = new Map<FrameworkId, DeclaredDependency[]>();
  for (const d of ctx.declared) {
    const fw = frameworkOfDeclared(d);
    if (!fw) continue;
    if (!declared.has(fw)) declared.set(fw, []);
    declared.get(fw)!.push(d);
  }
  // Files with a required (not optional) import, per framework and of any framework; frameworks with a
  // required import outside function bodies.
  const filesOf = new Map<FrameworkId, Set<string>>();
  const mlFiles = new Set<string>();
  const eager = new Set<FrameworkId>();
  // Notebooks made for Colab, and per framework those of them that import a module Colab's runtime ships.
  const colab = ctx.colabNotebooks;
  const colabOf = new Map<FrameworkId, Set<string>>();
  const leads = new Map<FrameworkId, LeadImport>();
  for (const [fw, mods] of modules) {
    const files = new Set<string>();
    const inColab = new Set<string>();
    const lead = new LeadImport(ctx.ownCode);
    leads.set(fw, lead);
    for (const m of mods) {
      const shipped = colab.size > 0 && COLAB_PROVIDES.has(topOf(m));
      for (const i of ctx.importIndex.named(m)) {
        lead.offer(i);
        if (i.optional === true) continue;
        files.add(i.path);
        if (shipped && colab.has(i.path)) inColab.add(i.path);
        if (isNeededImport(i)) eager.add(fw);
      }
    }
    filesOf.set(fw, files);
    if (inColab.size > 0) colabOf.set(fw, inColab);
    for (const f of files) mlFiles.add(f);
  }
  const out: FrameworkReportX[] = [];
  for (const id of FRAMEWORK_IDS) {
    const imps = ctx.importIndex.first(modules.get(id) ?? [], MAX_WITNESSES);
    const decl = declared.get(id) ?? [];
    if (imps.count === 0 && decl.length === 0) continue;
    const importFiles = filesOf.get(id)?.size ?? 0;
    const optionalOnly = imps.count > 0 && importFiles === 0;
    const report: FrameworkReportX = {
      id,
      imported: imps.count > 0,
      importWitnesses: withLeadFirst(imps.items, leads.get(id)?.get()).map(loc),
      importCount: imps.count,
      importFiles,
      mlFiles: mlFiles.size,
      declared: decl.map(toRef),
      ...(optionalOnly ? { optionalOnly: true as const } : {}),
    };
    const inColab = colabOf.get(id)?.size ?? 0;
    if (decl.length === 0 && inColab > 0) report.colabNotebooks = inColab;
    if (id === "keras") {
      const backends = kerasBackends(ctx);
      if (backends.length > 0) report.backends = backends;
    }
    const onDemand = !eager.has(id);
    if (isIncidental(report, decl, onDemand)) {
      report.incidental = true;
      if (onDemand) report.onDemandOnly = true;
    } else if (aroundPackageOnly(ctx, report, filesOf.get(id), decl)) {
      report.incidental = true;
      report.aroundPackageOnly = true;
    }
    out.push(report);
  }
  return out;
}

/**
 * The Keras backends the code selects (`keras.backend` usages: `os.environ["KERAS_BACKEND"] = "jax"`), the
 * most often set first, then by name.
 */
function kerasBackends(ctx: AnalysisContext): string[] {
  const counts = new Map<string, number>();
  for (const u of ctx.byFeature.get("keras.backend")?.all ?? []) {
    const value = typeof u.detail === "string" ? /="([^"]*)"$/.exec(u.detail)?.[1] : undefined;
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}

/**
 * Whether a compared framework is incidental to the stack: imported (not only optionally) in under
 * INCIDENTAL_SHARE of the files that import an ML framework, or only inside function bodies (`onDemand`: an
 * optional backend such as torchrl's TensorFlow reference resize, loaded when the method is called), and
 * declared by no manifest for the code to run (a `testing` extra or `docs/requirements.txt` does not count).
 * Seen on real repositories: timm's TensorFlow-1 preprocessing helper for checking ported weights (1 of 261
 * files), an `import torch` in one notebook of google-research/vision_transformer (1 of 18, a JAX project) or
 * in two documentation notebooks of google/flax. Only PyTorch and TensorFlow are judged: the article compares
 * them, and only they can make a hybrid stack.
 */
function isIncidental(f: FrameworkReportX, decl: readonly DeclaredDependency[], onDemand: boolean): boolean {
  if (f.id !== "pytorch" && f.id !== "tensorflow") return false;
  if (f.importFiles === 0 || (!onDemand && f.importFiles >= INCIDENTAL_SHARE * f.mlFiles)) return false;
  // A notebook's `%pip install torch` sets up that notebook, not the project.
  return !decl.some((d) => isRuntimeDeclaration(d) && !d.source?.startsWith("notebook:"));
}

/**
 * Whether a compared framework is only around the package the repository builds: the package's code imports it
 * only optionally (or not at all), every required import is in code around it (tests, docs, tutorials,
 * examples, benchmarks: OwnCode rank 2), and no main dependency declares it, only extras or groups, tooling
 * manifests, manifests of that surrounding code or a notebook's own setup. optuna/optuna imports torch under
 * `if TYPE_CHECKING:` in its GP sampler (a `_LazyImport("torch")` otherwise), for real only in tutorial/ and
 * tests/, and declares it in its `optional` and `document` extras and its `test` group: an optional backend, not
 * the framework the project runs on (it was "PyTorch: mismatch" for one Google Cloud Storage extra).
 */
function aroundPackageOnly(ctx: AnalysisContext, f: FrameworkReportX, files: ReadonlySet<string> | undefined, decl: readonly DeclaredDependency[]): boolean {
  if (f.id !== "pytorch" && f.id !== "tensorflow") return false;
  if (ctx.ownCode.packages.length === 0 || files === undefined || files.size === 0) return false;
  for (const path of files) if (ctx.ownCode.rank(path) !== 2) return false;
  return !decl.some((d) => isRuntimeDeclaration(d) && d.group === undefined && !d.source?.startsWith("notebook:") && !isAuxiliaryCodePath(d.path));
}

/** Code evidence per framework: imports plus feature usages in Python sources and notebooks. */
export function codeEvidence(ctx: AnalysisContext, frameworks: readonly FrameworkReportX[], featureFramework: (id: string) => string): Map<FrameworkId, number> {
  const score = new Map<FrameworkId, number>();
  for (const f of frameworks) score.set(f.id, f.importCount);
  // per feature (the context counted its usages in code): its framework is asked once, not once per usage
  for (const [feature, { inCode }] of ctx.byFeature) {
    const fw = featureFramework(feature);
    if (fw === "interop" || !score.has(fw as FrameworkId)) continue;
    score.set(fw as FrameworkId, score.get(fw as FrameworkId)! + inCode);
  }
  return score;
}

/**
 * The framework imported (not only optionally) in the most files; ties -> more code evidence (imports and
 * feature usages) -> more declarations -> FRAMEWORK_IDS order. Files first: the feature catalog covers
 * PyTorch and TensorFlow only, so counting usages made google-research/big_vision (JAX in 109 files,
 * TensorFlow input pipelines in 76) a TensorFlow project.
 */
export function primaryOf(frameworks: readonly FrameworkReportX[], evidence: Map<FrameworkId, number>): FrameworkId | null {
  if (frameworks.length === 0) return null;
  const ranked = [...frameworks].sort(
    (a, b) =>
      b.importFiles - a.importFiles ||
      (evidence.get(b.id) ?? 0) - (evidence.get(a.id) ?? 0) ||
      b.declared.length - a.declared.length ||
      FRAMEWORK_IDS.indexOf(a.id) - FRAMEWORK_IDS.indexOf(b.id),
  );
  return ranked[0]!.id;
}

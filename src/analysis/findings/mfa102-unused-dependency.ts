/**
 * MFA102 unused-dependency: a declared ML framework/library that no code of its project imports (conservative,
 * like deptry). A declaration's project is its manifest's (src/analysis/scope.ts): a subproject's requirement
 * is used only by imports in that subproject; a manifest at the root, or in a folder without code, counts
 * imports anywhere. A subproject whose code imports the package the repository builds (OwnCode) uses what that
 * package imports: BentoML's tests/e2e/bento_new_sdk/requirements.txt installs torch for bentoml's PyTorch
 * integration, nncf's fuzzing tests install torch for nncf.
 */
import type { DeclaredDependency, Finding } from "../../core/types.js";
import { FEATURES } from "../../knowledge/features.js";
import { importersOf, importsOfDistribution, leadImport, unusedBy } from "../dependency-use.js";
import type { LocatedImport } from "../context.js";
import { projectsOf } from "../scope.js";
import { at, finding, locations, type AnalysisState } from "./common.js";

/** The first of some imports, by path and then line. */
function firstImport(imps: readonly (LocatedImport | undefined)[]): LocatedImport | undefined {
  let best: LocatedImport | undefined;
  for (const i of imps) if (i && (!best || i.path < best.path || (i.path === best.path && i.line < best.line))) best = i;
  return best;
}

/**
 * The advice for a declaration nothing imports: a main dependency may belong in an optional group; one that is
 * only in optional groups already (huggingface/lerobot's `timm-dep` extra) can only go, unless the group
 * installs it for something that never imports it.
 */
function whereToGo(decls: readonly DeclaredDependency[]): string {
  const groups = [...new Set(decls.map((d) => d.group))];
  if (groups.some((g) => g === undefined)) return "Remove it or move it to the optional group that needs it.";
  const named = groups.map((g) => `\`${g}\``).join(", ");
  return `It is only in the optional group${groups.length === 1 ? "" : "s"} ${named}: remove it there, unless the group installs it for something that uses it without an import (a plugin, a command-line tool).`;
}

const FEATURE_DISTS = new Set(FEATURES.flatMap((f) => f.distributions ?? []));

export function unusedDependencies({ ctx }: AnalysisState): Finding[] {
  if (!ctx.hasCode) return [];
  const projects = projectsOf(ctx);
  // Whether m (or something under m) is imported in the project folder `scope`: a binary search in the import
  // index, which is in path order.
  const pathOf = (imp: LocatedImport) => imp.path;
  const importedIn = (m: string, scope: string) => (scope === "" ? ctx.importIndex.has(m) : ctx.importIndex.hasUnderIn(m, scope, pathOf));
  // Whether a project's code imports the package the repository builds, and whether that package's code imports
  // (the import names of) a distribution.
  const ownNames = ctx.ownCode.importNames;
  const importsOwnPackage = (scope: string) => ownNames.some((m) => importedIn(m, scope));
  const ownPackageImports = (dist: string) => importersOf(dist).some((m) => ctx.importIndex.under(m).some((i) => ctx.ownCode.rank(i.path) === 0));
  // Whether a declaration is unused depends on its name and project alone: decided once per pair.
  const unused = new Map<string, boolean>();
  const isUnused = (name: string, scope: string): boolean => {
    const key = `${name}\u0000${scope}`;
    let answer = unused.get(key);
    if (answer !== undefined) return answer;
    answer = !FEATURE_DISTS.has(name) && unusedBy(name, (m) => importedIn(m, scope)) && !(scope !== "" && importsOwnPackage(scope) && ownPackageImports(name));
    unused.set(key, answer);
    return answer;
  };
  const byDist = new Map<string, DeclaredDependency[]>();
  for (const d of ctx.declared) {
    if (d.ecosystem !== "pypi" && d.ecosystem !== "conda") continue;
    const name = d.normalizedName;
    if (!isUnused(name, projects.scopeOf(d.path))) continue;
    if (!byDist.has(name)) byDist.set(name, []);
    byDist.get(name)!.push(d);
  }
  return [...byDist]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, decls]) => {
      const tops = importsOfDistribution(name);
      const files = [...new Set(decls.map((d) => d.path))];
      const names = tops.map((t) => `\`${t}\``).join(" or ");
      // Imported in the repository, but outside the declaring projects.
      // (the one in the project's own code first, as a framework's first import is chosen: nncf's torch was shown
      // at docs/api/source/conf.py)
      const elsewhere = leadImport(importersOf(name).flatMap((m) => ctx.importIndex.under(m)), ctx.ownCode) ?? firstImport(importersOf(name).map((m) => ctx.importIndex.firstUnder(m)));
      const message = elsewhere
        ? `\`${decls[0]!.name}\` is declared in ${files.join(", ")} but no code of ${files.length === 1 ? "that project" : "those projects"} imports ${names} (the repository imports it elsewhere, first at ${at(elsewhere)}). Remove it, or move it to the project that uses it.`
        : `\`${decls[0]!.name}\` is declared in ${files.join(", ")} but nothing imports ${names} in the scanned Python files and notebooks. ${whereToGo(decls)}`;
      return finding("MFA102", name, message, locations(decls, [], true));
    });
}

/** MFA102 unused-dependency: a declared ML framework/library that no code imports (conservative, like deptry). */
import type { DeclaredDependency, Finding } from "../../core/types.js";
import { FEATURES } from "../../knowledge/features.js";
import { DISTRIBUTION_FRAMEWORK, IMPORT_DISTRIBUTIONS } from "../../knowledge/packages.js";
import { USED_BY_IMPORT, USED_WITHOUT_IMPORT } from "../../knowledge/providers.js";
import { finding, locations, type AnalysisState } from "./common.js";

const FRAMEWORK_IMPORT: Record<string, string> = { pytorch: "torch", tensorflow: "tensorflow", keras: "keras", jax: "jax" };

/** Import names a distribution provides (reverse of IMPORT_DISTRIBUTIONS, plus the framework table). */
export function importsOfDistribution(dist: string): string[] {
  const out = Object.entries(IMPORT_DISTRIBUTIONS)
    .filter(([, ds]) => ds.includes(dist))
    .map(([imp]) => imp);
  const fw = DISTRIBUTION_FRAMEWORK[dist];
  if (fw && !out.includes(FRAMEWORK_IMPORT[fw]!)) out.push(FRAMEWORK_IMPORT[fw]!);
  return out;
}

const FEATURE_DISTS = new Set(FEATURES.flatMap((f) => f.distributions ?? []));

export function unusedDependencies({ ctx }: AnalysisState): Finding[] {
  if (!ctx.hasCode) return [];
  // "m or something under m is imported" is one lookup in the context's import index.
  const imported = (m: string) => ctx.importIndex.has(m);
  // Whether a declaration is unused depends on its name alone: decided once per name, not per declaration.
  const unused = new Map<string, boolean>();
  const isUnused = (name: string): boolean => {
    const tops = importsOfDistribution(name);
    if (tops.length === 0) return false; // not an ML package the audit knows
    if (FEATURE_DISTS.has(name) || USED_WITHOUT_IMPORT.includes(name)) return false;
    if (tops.some(imported)) return false;
    const fw = DISTRIBUTION_FRAMEWORK[name];
    const users = [...(USED_BY_IMPORT[name] ?? []), ...(fw ? (USED_BY_IMPORT[FRAMEWORK_IMPORT[fw]!] ?? []) : [])];
    return !users.some(imported);
  };
  const byDist = new Map<string, DeclaredDependency[]>();
  for (const d of ctx.declared) {
    if (d.ecosystem !== "pypi" && d.ecosystem !== "conda") continue;
    const name = d.normalizedName;
    let answer = unused.get(name);
    if (answer === undefined) unused.set(name, (answer = isUnused(name)));
    if (!answer) continue;
    if (!byDist.has(name)) byDist.set(name, []);
    byDist.get(name)!.push(d);
  }
  return [...byDist]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, decls]) => {
      const tops = importsOfDistribution(name);
      const files = [...new Set(decls.map((d) => d.path))];
      return finding(
        "MFA102",
        name,
        `\`${decls[0]!.name}\` is declared in ${files.join(", ")} but nothing imports ${tops.map((t) => `\`${t}\``).join(" or ")} in the scanned Python files and notebooks. Remove it or move it to the optional group that needs it.`,
        locations(decls, [], true),
      );
    });
}

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
  // Every imported module and each of its dotted prefixes (`a.b.c` -> a, a.b, a.b.c): "m or something under
  // m is imported" is then one lookup instead of a pass over all imports per declaration.
  const prefixes = new Set<string>();
  for (const i of ctx.imports) {
    const mod = i.module;
    if (prefixes.has(mod)) continue;
    prefixes.add(mod);
    for (let dot = mod.indexOf("."); dot !== -1; dot = mod.indexOf(".", dot + 1)) prefixes.add(mod.slice(0, dot));
  }
  const imported = (m: string) => prefixes.has(m);
  const byDist = new Map<string, DeclaredDependency[]>();
  for (const d of ctx.declared) {
    if (d.ecosystem !== "pypi" && d.ecosystem !== "conda") continue;
    const name = d.normalizedName;
    const tops = importsOfDistribution(name);
    if (tops.length === 0) continue; // not an ML package the audit knows
    if (FEATURE_DISTS.has(name) || USED_WITHOUT_IMPORT.includes(name)) continue;
    if (tops.some(imported)) continue;
    const fw = DISTRIBUTION_FRAMEWORK[name];
    const users = [...(USED_BY_IMPORT[name] ?? []), ...(fw ? (USED_BY_IMPORT[FRAMEWORK_IMPORT[fw]!] ?? []) : [])];
    if (users.some(imported)) continue;
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
        locations(decls),
      );
    });
}

/**
 * Which imports use a declared distribution: the import names it provides (src/knowledge/packages.ts) and the
 * libraries that import it on the code's behalf (src/knowledge/providers.ts). Shared by MFA102
 * (unused-dependency) and the requirement inference, which takes no evidence from a package the code does not
 * need.
 */
import { DISTRIBUTION_FRAMEWORK, IMPORT_DISTRIBUTIONS } from "../knowledge/packages.js";
import { USED_BY_IMPORT, USED_WITHOUT_IMPORT } from "../knowledge/providers.js";
import type { AnalysisContext, LocatedImport } from "./context.js";

const FRAMEWORK_IMPORT: Record<string, string> = { pytorch: "torch", tensorflow: "tensorflow", keras: "keras", jax: "jax", mlx: "mlx" };

/** Import names a distribution provides (reverse of IMPORT_DISTRIBUTIONS, plus the framework table). */
export function importsOfDistribution(dist: string): string[] {
  const out = Object.entries(IMPORT_DISTRIBUTIONS)
    .filter(([, ds]) => ds.includes(dist))
    .map(([imp]) => imp);
  const fw = DISTRIBUTION_FRAMEWORK[dist];
  if (fw && !out.includes(FRAMEWORK_IMPORT[fw]!)) out.push(FRAMEWORK_IMPORT[fw]!);
  return out;
}

/** Imports that use a distribution: its own import names and the libraries that import it for the code. */
export function importersOf(dist: string): string[] {
  const fw = DISTRIBUTION_FRAMEWORK[dist];
  return [...importsOfDistribution(dist), ...(USED_BY_IMPORT[dist] ?? []), ...(fw ? (USED_BY_IMPORT[FRAMEWORK_IMPORT[fw]!] ?? []) : [])];
}

/**
 * Whether a declared distribution is unused where `isImported` looks: the audit knows its import names, it is
 * not a tool used without an import (a launcher, a CLI), and neither it nor a library that uses it is imported.
 */
export function unusedBy(dist: string, isImported: (module: string) => boolean): boolean {
  return importsOfDistribution(dist).length > 0 && !USED_WITHOUT_IMPORT.includes(dist) && !importersOf(dist).some(isImported);
}

/**
 * An import the project needs wherever its module is loaded: at module level and required, not optional
 * (try/except ImportError, an availability check) nor inside a function. Only such imports, and declarations
 * of packages imported that way, are evidence of what a project is built for (src/analysis/requirements.ts).
 */
export function isNeededImport(i: LocatedImport): boolean {
  return i.optional !== true && i.lazy !== true;
}

/**
 * Whether a declared distribution is only imported on demand (or not at all): no import of it, or of a library
 * that uses it, is a needed one (isNeededImport).
 */
export function importedOnDemandOnly(ctx: Pick<AnalysisContext, "importIndex">, dist: string): boolean {
  return unusedBy(dist, (m) => ctx.importIndex.someUnder(m, isNeededImport));
}

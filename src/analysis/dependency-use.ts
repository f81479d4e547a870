/**
 * Which imports use a declared distribution: the import names it provides (src/knowledge/packages.ts) and the
 * libraries that import it on the code's behalf (src/knowledge/providers.ts). Shared by MFA102
 * (unused-dependency) and the requirement inference, which takes no evidence from a package the code does not
 * need.
 */
import { DISTRIBUTION_FRAMEWORK, IMPORT_DISTRIBUTIONS } from "../knowledge/packages.js";
import { USED_BY_IMPORT, USED_WITHOUT_IMPORT } from "../knowledge/providers.js";
import { REQUIREMENT_SIGNALS } from "../knowledge/signals.js";
import { compareLoc, type AnalysisContext, type LocatedImport } from "./context.js";
import { OwnCode } from "./own-code.js";

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
 * The import that best shows a package in use: a framework's "first at" (explanation, MFA402), the first place
 * of MFA101, MFA103 and of MFA102's "imports it elsewhere". In path order, the first that is needed by the code
 * (not optional, not inside a function) in a package the repository builds (OwnCode rank 0), else needed in its
 * other own code, else the first in a package, else in other own code, else the first needed; undefined leaves
 * path order. Path order alone named facebookresearch/pytorchvideo's optional `import torch` in
 * docs/source/conf.py. Offered in any order.
 */
export class LeadImport {
  private readonly best: (LocatedImport | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  constructor(private readonly own: OwnCode = OwnCode.NONE) {}
  offer(i: LocatedImport): void {
    // nothing after the best so far can replace it (the common case once the project's package is reached)
    const top = this.best[0];
    if (top !== undefined && compareLoc(i, top) >= 0) return;
    const place = this.own.rank(i.path);
    const needed = isNeededImport(i);
    const rank = place === 2 ? (needed ? 4 : -1) : place + (needed ? 0 : 2);
    const cur = rank >= 0 ? this.best[rank] : undefined;
    if (rank >= 0 && (cur === undefined || compareLoc(i, cur) < 0)) this.best[rank] = i;
  }
  get(): LocatedImport | undefined {
    return this.best.find((i) => i !== undefined);
  }
}

/** LeadImport's choice among `imports` (`own`: the repository's packages, see OwnCode). */
export function leadImport(imports: Iterable<LocatedImport>, own?: OwnCode): LocatedImport | undefined {
  const lead = new LeadImport(own);
  for (const i of imports) lead.offer(i);
  return lead.get();
}

/**
 * Whether a declared distribution is only imported on demand (or not at all): no import of it, or of a library
 * that uses it, is a needed one (isNeededImport).
 */
export function importedOnDemandOnly(ctx: Pick<AnalysisContext, "importIndex">, dist: string): boolean {
  return unusedBy(dist, (m) => ctx.importIndex.someUnder(m, isNeededImport));
}

/** Every module the requirement signals name (`mlflow`, `google.cloud`, `torch_xla`, ...). */
const SIGNAL_IMPORTS: readonly string[] = [...new Set(REQUIREMENT_SIGNALS.flatMap((s) => s.imports ?? []))];

/**
 * The module a requirement signal's distribution is imported as, when the package table does not know it:
 * the name with `-` as `_` (`mlflow`, `torch-xla` -> `torch_xla`, `cloud-tpu-client` -> `cloud_tpu_client`), and
 * Google Cloud's `google-cloud-<x>` -> `google.cloud.<x>`; kept only when a signal names that module or one
 * above it. Empty for a distribution the package table knows (importsOfDistribution answers for it).
 */
export function signalImportsOf(dist: string): string[] {
  if (importsOfDistribution(dist).length > 0) return [];
  const guesses = [dist.replace(/-/g, "_")];
  if (dist.startsWith("google-cloud-")) guesses.push(`google.cloud.${dist.slice("google-cloud-".length).replace(/-/g, "_")}`);
  return guesses.filter((g) => SIGNAL_IMPORTS.some((m) => g === m || g.startsWith(m + ".")));
}

/**
 * Whether the code imports a requirement signal's distribution (one the package table does not know), and
 * only on demand: composer's MLflow logger and GCS object store import mlflow and google.cloud.storage inside
 * their methods, for users who install the extra. A distribution the code never imports is left alone (MLflow
 * and Kubeflow are also used from the command line).
 */
export function signalImportedOnDemandOnly(ctx: Pick<AnalysisContext, "importIndex">, dist: string): boolean {
  const mods = signalImportsOf(dist);
  return mods.some((m) => ctx.importIndex.someUnder(m, () => true)) && !mods.some((m) => ctx.importIndex.someUnder(m, isNeededImport));
}

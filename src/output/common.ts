/** Report helpers shared by the renderers (pure functions over the Report). */
import { frameworkName } from "./labels.js";
import { SEVERITY_ORDER, UNRATED_PRIMARY, frameworkInUse, runsOn, type ComparedFramework, type CriterionReport, type DeclaredRef, type Finding, type FrameworkReport, type Location, type Report, type Severity } from "../core/types.js";

function compareLocation(a: Location | undefined, b: Location | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.cell ?? -1) - (b.cell ?? -1) || (a.line ?? 0) - (b.line ?? 0);
}

function severityRank(s: Severity): number {
  return SEVERITY_ORDER[s] ?? 3;
}

/** Most severe first (error, warning, info), then by code, then by first location. Does not mutate. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      compareLocation(a.locations[0], b.locations[0]),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in out) out[f.severity] += 1;
  return out;
}

/** weight x stars per framework (the report's own value when present). */
export function weighted(c: CriterionReport): { pytorch: number; tensorflow: number } {
  if (c.weighted && Number.isFinite(c.weighted.pytorch) && Number.isFinite(c.weighted.tensorflow)) return c.weighted;
  const w = Number.isFinite(c.weight) ? c.weight : 0;
  return { pytorch: w * (Number.isFinite(c.pytorch) ? c.pytorch : 0), tensorflow: w * (Number.isFinite(c.tensorflow) ? c.tensorflow : 0) };
}

export function weightedTotals(criteria: readonly CriterionReport[]): { pytorch: number; tensorflow: number } {
  const t = { pytorch: 0, tensorflow: 0 };
  for (const c of criteria) {
    const w = weighted(c);
    t.pytorch += w.pytorch;
    t.tensorflow += w.tensorflow;
  }
  return t;
}

/**
 * Whether the primary framework is one the article does not rate (JAX, MLX, Keras on the JAX backend): no
 * headline may say it "fits".
 */
export function unratedPrimary(report: Report): boolean {
  const runs = runsOn(report.primaryFramework, report.frameworks);
  return runs !== null && UNRATED_PRIMARY.has(runs);
}

/**
 * Whether the primary framework is imported only on the side (`incidental`: a few files or only inside
 * functions) or only optionally, and the fit has no framework in use (frameworkInUse), as in onnx/onnx, which
 * imports PyTorch in three test helpers: no headline may say the primary framework "fits".
 */
export function primaryNotInStack(report: Report): boolean {
  const p = report.frameworks.find((f) => f.id === report.primaryFramework);
  if (p === undefined || !(p.incidental === true || p.optionalOnly === true)) return false;
  return frameworkInUse(report.frameworks, report.primaryFramework ?? null) === null;
}

/** The primary framework's name for a headline: `Keras (JAX backend)` when Keras runs on one backend. */
export function primaryName(report: Report): string | undefined {
  const primary = report.primaryFramework;
  if (!primary) return undefined;
  const runs = runsOn(primary, report.frameworks);
  return runs !== null && runs !== primary ? `${frameworkName(primary)} (${frameworkName(runs)} backend)` : frameworkName(primary);
}

/** Where a Keras framework entry's backend is set: ` (KERAS_BACKEND: "jax")`, empty for every other entry. */
export function backendQualifier(f: Pick<FrameworkReport, "backends">): string {
  return f.backends?.length ? ` (KERAS_BACKEND: ${f.backends.map((b) => `"${b}"`).join(", ")})` : "";
}

/** The framework the scores favour: the report's `favoured` when given, else the higher score (null on a tie). */
export function favoured(report: Report): ComparedFramework | null {
  const fit = report.fit;
  if (!fit) return null;
  if (fit.favoured !== undefined) return fit.favoured;
  const { pytorch, tensorflow } = fit.scores;
  if (pytorch === tensorflow) return null;
  return pytorch > tensorflow ? "pytorch" : "tensorflow";
}

/** Number with `,` thousands separators. */
export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** Stars for a 1-5 rating: ★★★☆☆. Out-of-range values are clamped; non-numbers give "–". */
export function stars(n: number): string {
  if (!Number.isFinite(n)) return "–";
  const k = Math.max(0, Math.min(5, Math.round(n)));
  return "★".repeat(k) + "☆".repeat(5 - k);
}

/**
 * What to say for a framework with no declaration of its own: Keras comes with TensorFlow (`tf.keras`, and the
 * `keras` package is a dependency of TensorFlow since 2.6), so a project that declares TensorFlow declares it,
 * unless Keras is the project's primary framework (keras-team's repositories, which are Keras). Notebooks made
 * for Google Colab get it from Colab's runtime (FrameworkReport.colabNotebooks).
 */
export function undeclaredText(f: Pick<FrameworkReport, "id" | "colabNotebooks">, report: { frameworks: readonly Pick<FrameworkReport, "id" | "declared">[]; primaryFramework?: string | null }): string {
  const tf = report.frameworks.find((x) => x.id === "tensorflow");
  if (f.id === "keras" && report.primaryFramework !== "keras" && (tf?.declared.length ?? 0) > 0) return "not declared itself (comes with TensorFlow)";
  const n = f.colabNotebooks ?? 0;
  return n > 0 ? `not declared; Colab's runtime ships it to the ${n === 1 ? "notebook" : `${n} notebooks`} made for Colab` : "not declared";
}

/** Why an imported framework is not counted as a stack, as a parenthesis after "imported ..." (or ""). */
export function importQualifier(f: Pick<FrameworkReport, "optionalOnly" | "incidental" | "onDemandOnly" | "aroundPackageOnly"> & { declared?: readonly unknown[] }): string {
  if (f.optionalOnly) return " (only optionally: try/except ImportError or an availability check)";
  if (f.incidental && f.aroundPackageOnly) return " (incidental: the package imports it only optionally, the rest is tests, docs or examples; declared only as an extra or for that code)";
  if (f.incidental && f.onDemandOnly)
    return (f.declared?.length ?? 0) > 0 ? " (incidental: only inside functions, declared only for tests, docs, CI or a notebook's own setup)" : " (incidental: only inside functions, declared nowhere for the code to run)";
  if (f.incidental) return (f.declared?.length ?? 0) > 0 ? " (incidental: a few files, declared only for tests, docs, CI or a notebook's own setup)" : " (incidental: a few files, declared nowhere for the code to run)";
  return "";
}

/** How a declaration reads: `torch >=2.1`, or `pytorch/pytorch:2.1.0-cuda12.1` for a Docker image. */
export function declaredLabel(d: Pick<DeclaredRef, "name" | "specifier" | "source">): string {
  if (!d.specifier) return d.name;
  return d.source?.startsWith("dockerfile:from") ? `${d.name}:${d.specifier}` : `${d.name} ${d.specifier}`;
}

/** Distinct keyword arguments the text report and the comment show per feature (the JSON report has every detail). */
export const DETAIL_PARTS = 5;

/** A `, ` that starts another `name=value` pair of a detail (`mode="max-autotune", fullgraph=True`). */
const NEXT_PAIR = /, (?=[A-Za-z_][A-Za-z0-9_]*=)/;

/**
 * The distinct parts of a feature's details, in order, at most `max`: a detail lists one call's keyword
 * arguments (`devices=1, max_epochs=2`), and calls repeat most of them, so listing whole details repeats
 * `precision="bf16-true"` once per call. `more` counts the distinct parts left out.
 */
export function detailParts(details: readonly string[], max = DETAIL_PARTS): { parts: string[]; more: number } {
  const seen = new Set<string>();
  for (const d of details) for (const p of d.split(NEXT_PAIR)) if (p !== "") seen.add(p);
  const all = [...seen];
  return { parts: all.slice(0, max), more: Math.max(0, all.length - max) };
}

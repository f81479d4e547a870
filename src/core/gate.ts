/**
 * `fail-on`: decides whether the audit fails the check. Shared by the CLI (exit code 1) and the action
 * (setFailed), so both judge a report the same way.
 *
 * Items (comma- or newline-separated): a finding id (`missing-dependency`) or code (`MFA101`); a severity
 * (`error`, `warning`, `info`), meaning findings of that severity or worse; `mismatch` (the fit verdict);
 * `never` (nothing fails). Scope `introduced` judges only what the PR adds (the report's delta);
 * `repository` judges every finding.
 */
import { FINDING_KINDS } from "../analysis/findings/registry.js";
import type { Finding, Report, Severity } from "./types.js";
import { SEVERITY_ORDER } from "./types.js";

export type FailScope = "introduced" | "repository";

export interface FailOnSpec {
  never: boolean;
  mismatch: boolean;
  minSeverity?: Severity;
  ids: Set<string>;
  codes: Set<string>;
}

export const DEFAULT_FAIL_ON = "policy-violation";

export class FailOnError extends Error {}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Parses a fail-on list; throws FailOnError naming the first unknown item. */
export function parseFailOn(value: string): FailOnSpec {
  const spec: FailOnSpec = { never: false, mismatch: false, ids: new Set(), codes: new Set() };
  const items = value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const raw of items) {
    const item = raw.toLowerCase();
    if (item === "never") spec.never = true;
    else if (item === "mismatch") spec.mismatch = true;
    else if ((SEVERITIES as readonly string[]).includes(item)) {
      const sev = item as Severity;
      if (!spec.minSeverity || SEVERITY_ORDER[sev] > SEVERITY_ORDER[spec.minSeverity]) spec.minSeverity = sev;
    } else {
      const kind = FINDING_KINDS.find((k) => k.id === item || k.code.toLowerCase() === item);
      if (!kind) {
        const known = ["never", "mismatch", ...SEVERITIES, ...FINDING_KINDS.map((k) => k.id)].join(", ");
        throw new FailOnError(`fail-on: unknown item '${raw}' (expected one of: ${known}, or a code like MFA101)`);
      }
      spec.ids.add(kind.id);
      spec.codes.add(kind.code);
    }
  }
  if (spec.never && items.length > 1) throw new FailOnError("fail-on: 'never' cannot be combined with other items");
  return spec;
}

export interface GateResult {
  failed: boolean;
  /** One line for the log / setFailed. Empty when passing. */
  reason: string;
  /** The findings that made it fail. */
  matched: Finding[];
}

function matches(spec: FailOnSpec, f: Finding): boolean {
  if (spec.ids.has(f.id) || spec.codes.has(f.code)) return true;
  if (spec.mismatch && f.id === "framework-mismatch") return true;
  return spec.minSeverity !== undefined && SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[spec.minSeverity];
}

/** Judges a report. With scope `introduced` and a delta, only the findings the change adds count. */
export function evaluateGate(report: Report, spec: FailOnSpec, scope: FailScope): GateResult {
  if (spec.never) return { failed: false, reason: "", matched: [] };
  const judged = scope === "introduced" && report.delta ? report.delta.added.findings : report.findings;
  const matched = judged.filter((f) => matches(spec, f));
  // A mismatch verdict counts even if the analysis emitted no finding for it (repository scope only:
  // in a PR the mismatch finding itself must be new).
  const verdictMismatch =
    spec.mismatch && report.fit?.verdict === "mismatch" && !(scope === "introduced" && report.delta) && !matched.some((f) => f.id === "framework-mismatch");
  if (matched.length === 0 && !verdictMismatch) return { failed: false, reason: "", matched: [] };
  const where = scope === "introduced" && report.delta ? "introduced by this change" : "in the repository";
  const parts: string[] = [];
  if (verdictMismatch) parts.push("the fit verdict is mismatch");
  const byId = new Map<string, number>();
  for (const f of matched) byId.set(`${f.code} ${f.id}`, (byId.get(`${f.code} ${f.id}`) ?? 0) + 1);
  for (const [k, n] of byId) parts.push(`${n} × ${k}`);
  return { failed: true, reason: `ml-framework-audit: fail-on matched ${where}: ${parts.join(", ")}`, matched };
}

/** The action's outputs (contracts.md), computed from a report: a plain map, set by main.ts. */
import type { Report } from "../core/types.js";

export interface ActionOutputs {
  frameworks: string;
  "primary-framework": string;
  "fit-pytorch": string;
  "fit-tensorflow": string;
  verdict: string;
  mismatch: string;
  findings: string;
  "findings-introduced": string;
  failed: string;
  report: string;
  "comment-url": string;
  "cache-hit": string;
}

const score = (n: number | undefined): string => (typeof n === "number" && Number.isFinite(n) ? String(Math.round(Math.max(0, Math.min(100, n)))) : "");

/** `cacheHit`: facts were restored from the Actions cache (`cache: true`); absent means no. */
export function computeOutputs(report: Report, extra: { reportPath: string; commentUrl?: string; failed: boolean; cacheHit?: boolean }): ActionOutputs {
  const verdict = report.fit?.verdict ?? "no-ml";
  return {
    frameworks: report.frameworks.map((f) => f.id).join(","),
    "primary-framework": report.primaryFramework ?? "",
    "fit-pytorch": score(report.fit?.scores.pytorch),
    "fit-tensorflow": score(report.fit?.scores.tensorflow),
    verdict,
    mismatch: String(verdict === "mismatch"),
    findings: String(report.findings.length),
    "findings-introduced": report.delta ? String(report.delta.added.findings.length) : "",
    failed: String(extra.failed),
    report: extra.reportPath,
    "comment-url": extra.commentUrl ?? "",
    "cache-hit": String(extra.cacheHit === true),
  };
}

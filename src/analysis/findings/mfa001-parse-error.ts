/** MFA001 parse-error: a file the scanners could not parse (ScanProblem kind parse-error). */
import type { Finding } from "../../core/types.js";
import { finding, toLocation, type AnalysisState } from "./common.js";

export function parseErrors({ ctx }: AnalysisState): Finding[] {
  return ctx.problems
    .filter((p) => p.kind === "parse-error")
    .map((p) => finding("MFA001", p.path, `${p.path} could not be parsed${p.line ? ` (line ${p.line})` : ""}: ${p.message}. Its dependencies and imports are missing from this report.`, [toLocation(p)]));
}

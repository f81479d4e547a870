/** MFA002 skipped-file: a file the audit did not scan (ScanProblem kind skipped). */
import type { Finding } from "../../core/types.js";
import { finding, toLocation, type AnalysisState } from "./common.js";

export function skippedFiles({ ctx }: AnalysisState): Finding[] {
  return ctx.problems
    .filter((p) => p.kind === "skipped")
    .map((p) => finding("MFA002", p.path, `${p.path} was not scanned: ${p.message}.`, [toLocation(p)]));
}

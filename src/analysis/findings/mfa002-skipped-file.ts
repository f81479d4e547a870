/** MFA002 skipped-file: a file the audit did not scan (ScanProblem kind skipped). */
import type { Finding } from "../../core/types.js";
import { finding, toLocation, type AnalysisState } from "./common.js";

export function skippedFiles({ ctx }: AnalysisState): Finding[] {
  return ctx.problems
    .filter((p) => p.kind === "skipped")
    // A problem with a line is about a file that one names (`-r other.txt` in a requirements file): the file
    // itself was read, so it is not "not scanned"; one finding per such file named.
    .map((p) =>
      p.line === undefined
        ? finding("MFA002", p.path, `${p.path} was not scanned: ${p.message}.`, [toLocation(p)])
        : finding("MFA002", `${p.path} ${p.message}`, `${p.path}, line ${p.line}: ${p.message}.`, [toLocation(p)]),
    );
}

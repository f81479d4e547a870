/** MFA001 parse-error: a file the scanners could not parse (ScanProblem kind parse-error). */
import type { Finding } from "../../core/types.js";
import { isTemplatePath } from "../../knowledge/layout.js";
import { finding, toLocation, type AnalysisState } from "./common.js";

export function parseErrors({ ctx }: AnalysisState): Finding[] {
  return ctx.problems
    // A project template's files are meant to hold template syntax; what parses in them is still read.
    .filter((p) => p.kind === "parse-error" && !isTemplatePath(p.path))
    .map((p) => {
      // Scanners that recover say so ("the rest was still scanned"); otherwise what the file declares is lost.
      const recovered = /rest (was|is) still (scanned|read)|still read|rest of the file/i.test(p.message);
      const consequence = recovered
        ? "What could be read is in the report; fix the file to be sure nothing is missed."
        : "Its dependencies and imports are missing from this report.";
      const where = p.cell !== undefined ? ` (cell ${p.cell}, line ${p.line ?? 1})` : p.line ? ` (line ${p.line})` : "";
      return finding("MFA001", p.path, `${p.path} could not be parsed${where}: ${p.message}. ${consequence}`, [toLocation(p)]);
    });
}

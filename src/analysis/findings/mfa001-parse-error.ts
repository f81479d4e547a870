/**
 * MFA001 parse-error: a file the scanners could not parse (ScanProblem kind parse-error). One finding per file
 * (its fingerprint is the path): a file with several problems (microsoft/nni's examples/trials/sklearn/
 * requirements.txt holds shell commands, three problems on two lines) gets them all in one message, each
 * place a location.
 */
import type { Finding, ScanProblem } from "../../core/types.js";
import { isTemplatePath } from "../../knowledge/layout.js";
import { finding, locations, plural, type AnalysisState } from "./common.js";

/** Problems listed in a message after the first (the locations keep every place). */
const MORE_LISTED = 3;

function place(p: ScanProblem): string {
  return p.cell !== undefined ? `cell ${p.cell}, line ${p.line ?? 1}` : p.line ? `line ${p.line}` : "";
}

export function parseErrors({ ctx }: AnalysisState): Finding[] {
  const byPath = new Map<string, ScanProblem[]>();
  // A project template's files are meant to hold template syntax; what parses in them is still read.
  for (const p of ctx.problems) {
    if (p.kind !== "parse-error" || isTemplatePath(p.path)) continue;
    const list = byPath.get(p.path);
    if (list) list.push(p);
    else byPath.set(p.path, [p]);
  }
  return [...byPath].map(([path, ps]) => {
    const first = ps[0]!;
    // Scanners that recover say so ("the rest was still scanned"); otherwise what the file declares is lost.
    const recovered = ps.every((p) => /rest (was|is) still (scanned|read)|still read|rest of the file/i.test(p.message));
    const consequence = recovered
      ? "What could be read is in the report; fix the file to be sure nothing is missed."
      : "Its dependencies and imports are missing from this report.";
    const where = place(first) ? ` (${place(first)})` : "";
    const rest = ps.slice(1);
    const more = rest.length
      ? ` ${plural(rest.length, "more problem")} in this file: ${rest
          .slice(0, MORE_LISTED)
          .map((p) => (place(p) ? `${place(p)}: ${p.message}` : p.message))
          .join("; ")}${rest.length > MORE_LISTED ? "; ..." : ""}.`
      : "";
    return finding("MFA001", path, `${path} could not be parsed${where}: ${first.message}.${more} ${consequence}`, locations(ps));
  });
}

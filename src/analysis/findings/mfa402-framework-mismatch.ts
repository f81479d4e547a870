/** MFA402 framework-mismatch: the framework in use trails the other by more than `margin` points. */
import { FRAMEWORK_NAMES } from "../../core/names.js";
import { frameworkInUse, type Finding, type Location } from "../../core/types.js";
import { finding, toLocation, type AnalysisState } from "./common.js";


export function frameworkMismatch({ frameworks, primaryFramework, fit }: AnalysisState): Finding[] {
  if (fit.verdict !== "mismatch") return [];
  const inUse = frameworkInUse(frameworks, primaryFramework);
  if (!inUse) return [];
  const other = inUse === "pytorch" ? "tensorflow" : "pytorch";
  const fw = frameworks.find((f) => f.id === inUse)!;
  const first = fw.importWitnesses[0] ?? (fw.declared[0] ? toLocation(fw.declared[0]) : undefined);
  const locs: Location[] = first ? [first] : [];
  const reqs = fit.requirements.map((r) => r.id).join(", ") || "none";
  return [
    finding(
      "MFA402",
      `${inUse}->${other}`,
      `The project runs on ${FRAMEWORK_NAMES[inUse]}, but weighed by the article's criteria for its requirements (${reqs}) ${FRAMEWORK_NAMES[other]} scores ${fit.scores[other]} against ${fit.scores[inUse]}, a gap of ${fit.scores[other] - fit.scores[inUse]} points (margin ${fit.margin ?? 10}). See fit.explanation for the breakdown.`,
      locs,
    ),
  ];
}

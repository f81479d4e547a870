/** Shared helpers for finding modules: building a Finding, sorting/capping locations, the analysis state. */
import type { FeatureReport, Finding, FitReport, FrameworkId, Location } from "../../core/types.js";
import { compareLoc, type AnalysisContext } from "../context.js";
import type { FrameworkReportX } from "../frameworks.js";
import { helpUri, kind } from "./registry.js";

/** Everything a finding may look at: the facts' indexes plus what the analysis already computed. */
export interface AnalysisState {
  ctx: AnalysisContext;
  frameworks: FrameworkReportX[];
  primaryFramework: FrameworkId | null;
  features: FeatureReport[];
  fit: FitReport;
}

export type FindingRule = (state: AnalysisState) => Finding[];

export const MAX_FINDING_LOCATIONS = 20;

export function toLocation(l: { path: string; line?: number; cell?: number; column?: number }): Location {
  return {
    path: l.path,
    line: typeof l.line === "number" && l.line >= 1 ? l.line : 1,
    ...(l.cell !== undefined ? { cell: l.cell } : {}),
    ...(l.column !== undefined ? { column: l.column } : {}),
  };
}

/** Deduplicated, sorted, capped locations. `first` locations keep their place at the front. */
export function locations(list: readonly { path: string; line?: number; cell?: number; column?: number }[], first: readonly Location[] = []): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  const add = (l: Location) => {
    const k = `${l.path}\u0000${l.cell ?? ""}\u0000${l.line}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(l);
  };
  first.forEach(add);
  list.map(toLocation).sort(compareLoc).forEach(add);
  return out.slice(0, MAX_FINDING_LOCATIONS);
}

export function finding(code: string, subject: string, message: string, locs: Location[]): Finding {
  const k = kind(code);
  return { code: k.code, id: k.id, severity: k.severity, message, locations: locs, helpUri: helpUri(k), fingerprint: `${k.code}:${subject}` };
}

export function plural(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function at(l: Location | undefined): string {
  if (!l) return "";
  return `${l.path}${l.cell !== undefined ? ` (cell ${l.cell})` : ""}:${l.line}`;
}

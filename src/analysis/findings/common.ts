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

type Locatable = { path: string; line?: number; cell?: number; column?: number };

function locKey(l: Location): string {
  return `${l.path}\u0000${l.cell ?? ""}\u0000${l.line}`;
}

/**
 * Deduplicated, sorted, capped locations. `first` locations keep their place at the front.
 *
 * Same result as sorting the whole list (stably) and keeping the first MAX_FINDING_LOCATIONS distinct
 * places, but in one pass that keeps only the current best few: a rule over a large tree may hand in
 * hundreds of thousands of usages, and sorting them all for twenty places made the analysis superlinear.
 */
export function locations(list: readonly Locatable[], first: readonly Location[] = []): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const l of first) {
    const k = locKey(l);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(l);
  }
  const room = MAX_FINDING_LOCATIONS - out.length;
  if (room <= 0) return out.slice(0, MAX_FINDING_LOCATIONS);
  // `best` stays sorted by compareLoc with distinct places; on a tie the earlier input wins (a stable sort).
  const best: Location[] = [];
  for (const raw of list) {
    const line = typeof raw.line === "number" && raw.line >= 1 ? raw.line : 1;
    const probe = { path: raw.path, line, cell: raw.cell };
    if (best.length === room && compareLoc(probe, best[room - 1]!) >= 0) continue;
    // binary search for the first element not less than probe
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareLoc(best[mid]!, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    const loc = toLocation(raw);
    const key = locKey(loc);
    if (seen.has(key)) continue;
    let dup = false;
    while (lo < best.length && compareLoc(best[lo]!, probe) === 0) {
      if (locKey(best[lo]!) === key) {
        dup = true;
        break;
      }
      lo++;
    }
    if (dup) continue;
    best.splice(lo, 0, loc);
    if (best.length > room) best.pop();
  }
  for (const l of best) out.push(l);
  return out;
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

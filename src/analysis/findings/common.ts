/** Shared helpers for finding modules: building a Finding, sorting/capping locations, the analysis state. */
import type { FeatureReport, Finding, FitReport, FrameworkId, Location } from "../../core/types.js";
import { compareLoc, type AnalysisContext } from "../context.js";
import type { FrameworkReportX } from "../frameworks.js";
import type { OwnCode } from "../own-code.js";
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

/** compareLoc of the place (path, cell, line) against `b`, without building the place. */
function comparePlace(path: string, cell: number | undefined, line: number, b: Location): number {
  if (path !== b.path) return path < b.path ? -1 : 1;
  const ca = cell ?? -1;
  const cb = b.cell ?? -1;
  if (ca !== cb) return ca - cb;
  return line - b.line;
}

/**
 * The first `room` distinct places of `list` in compareLoc order, ties in input order, leaving out the keys in
 * `seen`: what a stable sort of `list.map(place)`, dropping repeated and `seen` places, then a cut gives, but in
 * one pass that keeps only the current best few (a rule over a large tree may hand in hundreds of thousands
 * of usages, and sorting them all for twenty places made the analysis superlinear). `place` builds a
 * record's location; `normalize` says that it writes a line below 1 as 1 (toLocation does), so that records
 * are compared by the line they will show.
 */
export function selectPlaces<T extends Locatable>(
  list: readonly T[],
  room: number,
  place: (raw: T) => Location,
  normalize: boolean,
  seen: ReadonlySet<string> = new Set(),
  sorted = false,
): Location[] {
  // `best` stays sorted by compareLoc with distinct places; on a tie the earlier input wins (a stable sort).
  const best: Location[] = [];
  if (room <= 0) return best;
  for (const raw of list) {
    const line = !normalize ? raw.line! : typeof raw.line === "number" && raw.line >= 1 ? raw.line : 1;
    // Most of a long list loses to the current last place: that test allocates nothing. In a sorted list
    // (lines below 1 read as 1 keep it sorted) every later record loses too.
    if (best.length === room && comparePlace(raw.path, raw.cell, line, best[room - 1]!) >= 0) {
      if (sorted) break;
      continue;
    }
    // binary search for the first element not less than the new place
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePlace(raw.path, raw.cell, line, best[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    const loc = place(raw);
    const key = locKey(loc);
    if (seen.has(key)) continue;
    let dup = false;
    while (lo < best.length && compareLoc(best[lo]!, loc) === 0) {
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
  return best;
}

/** `first` without repeated places, and the set of their keys. */
function distinctFirst(first: readonly Location[]): { out: Location[]; seen: ReadonlySet<string> } {
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const l of first) {
    const k = locKey(l);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(l);
  }
  return { out, seen };
}

/**
 * Deduplicated, sorted, capped locations. `first` locations keep their place at the front.
 *
 * Same result as sorting the whole list (stably) and keeping the first MAX_FINDING_LOCATIONS distinct
 * places (see selectPlaces). `sorted`: the list is in compareLoc order already (a context list or a part of
 * one), so the selection can stop early.
 */
export function locations(list: readonly Locatable[], first: readonly Location[] = [], sorted = false): Location[] {
  const { out, seen } = distinctFirst(first);
  if (out.length >= MAX_FINDING_LOCATIONS) return out.slice(0, MAX_FINDING_LOCATIONS);
  for (const l of selectPlaces(list, MAX_FINDING_LOCATIONS - out.length, toLocation, true, seen, sorted)) out.push(l);
  return out;
}

/**
 * `locations(list)` with the place where a PR annotation and SARIF point first: the first place (path order) in
 * a package the repository builds, else in its other own code (OwnCode), taken from `among` (a part of `list`,
 * all of it by default); the rest in path order. When no place of `among` is in the project's own code, path
 * order. facebookresearch/fairseq's deprecated AMP calls led with examples/ before fairseq/optim/amp_optimizer.py.
 */
export function leadLocations(list: readonly Locatable[], own: OwnCode, among: readonly Locatable[] = list): Location[] {
  const plain = locations(list);
  const first = plain[0];
  // the common case: the first place is in a package already (one question, no pass over the records)
  if (first === undefined || (among === list && own.rank(first.path) === 0)) return plain;
  let best: Locatable | undefined;
  let bestRank = 2;
  // records come grouped by file: one rank per run of the same path
  let lastPath: string | undefined;
  let rank: 0 | 1 | 2 = 2;
  for (const l of among) {
    if (l.path !== lastPath) {
      lastPath = l.path;
      rank = own.rank(l.path);
    }
    if (rank < bestRank || (rank === bestRank && rank < 2 && compareLocatable(l, best!) < 0)) {
      best = l;
      bestRank = rank;
    }
  }
  if (best === undefined || compareLocatable(best, first) === 0) return plain;
  return locations(list, [toLocation(best)]);
}

/** compareLoc of two records by the places they show (a line below 1 as 1), without building either. */
function compareLocatable(a: Locatable, b: Locatable): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const ca = a.cell ?? -1;
  const cb = b.cell ?? -1;
  if (ca !== cb) return ca - cb;
  return (typeof a.line === "number" && a.line >= 1 ? a.line : 1) - (typeof b.line === "number" && b.line >= 1 ? b.line : 1);
}

/**
 * For `selected`, a list that `locations()` returned (already sorted, distinct and capped): a function giving
 * `locations(selected, first)` for any `first`, without sorting again. MFA201 puts the same first places of
 * use after each of up to thousands of files' declarations; they share the location records of `selected`
 * (nothing changes a location once made).
 */
export function locationsAfter(selected: readonly Location[]): (first: readonly Location[]) => Location[] {
  const keys = selected.map(locKey);
  return (first) => {
    const { out, seen } = distinctFirst(first);
    if (out.length >= MAX_FINDING_LOCATIONS) return out.slice(0, MAX_FINDING_LOCATIONS);
    for (let i = 0; i < selected.length && out.length < MAX_FINDING_LOCATIONS; i++) {
      if (!seen.has(keys[i]!)) out.push(selected[i]!);
    }
    return out;
  };
}

/**
 * A finding. With `sourceUri` (a fact from the audit's knowledge tables) the message ends with
 * "Source: <sourceUri>" and the finding carries the URL, for the PR comment to link.
 */
export function finding(code: string, subject: string, message: string, locs: Location[], sourceUri?: string): Finding {
  const k = kind(code);
  return {
    code: k.code,
    id: k.id,
    severity: k.severity,
    message: sourceUri === undefined ? message : `${message} Source: ${sourceUri}`,
    locations: locs,
    helpUri: helpUri(k),
    ...(sourceUri === undefined ? {} : { sourceUri }),
    fingerprint: `${k.code}:${subject}`,
  };
}

export function plural(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function at(l: Location | undefined): string {
  if (!l) return "";
  return `${l.path}${l.cell !== undefined ? ` (cell ${l.cell})` : ""}:${l.line}`;
}

/** Feature reports: one per feature ID used, witnesses sorted and capped, with distinct details. */
import type { FeatureReport, Location } from "../core/types.js";
import { FEATURES } from "../knowledge/features.js";
import { featureFramework, type AnalysisContext, type LocatedUsage } from "./context.js";
import { MAX_WITNESSES } from "./frameworks.js";

function loc(u: LocatedUsage): Location {
  return { path: u.path, line: u.line, ...(u.cell !== undefined ? { cell: u.cell } : {}), ...(u.column !== undefined ? { column: u.column } : {}) };
}

/** Catalogue position of each feature ID (the first, should an ID repeat), for ordering the reports. */
const CATALOGUE_RANK = new Map<string, number>();
FEATURES.forEach((f, i) => {
  if (!CATALOGUE_RANK.has(f.id)) CATALOGUE_RANK.set(f.id, i);
});

/** Catalogue order; IDs the catalogue does not know come last, by name. */
function compareIds(a: string, b: string): number {
  const ra = CATALOGUE_RANK.get(a) ?? Infinity;
  const rb = CATALOGUE_RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildFeatures(ctx: AnalysisContext): FeatureReport[] {
  const ids = [...ctx.byFeature.keys()].sort(compareIds);
  return ids.map((id) => {
    // One witness per place (a line may carry several details): the context gathered them.
    const { places, details } = ctx.byFeature.get(id)!;
    const sorted = [...details].sort();
    return {
      id,
      framework: featureFramework(id),
      witnesses: places.slice(0, MAX_WITNESSES).map(loc),
      count: places.length,
      ...(sorted.length ? { details: sorted } : {}),
    };
  });
}

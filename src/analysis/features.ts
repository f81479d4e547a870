/** Feature reports: one per feature ID used, witnesses sorted and capped, with distinct details. */
import type { FeatureReport, Location } from "../core/types.js";
import { FEATURES } from "../knowledge/features.js";
import { featureFramework, type AnalysisContext, type LocatedUsage } from "./context.js";
import { MAX_WITNESSES } from "./frameworks.js";

function loc(u: LocatedUsage): Location {
  return { path: u.path, line: u.line, ...(u.cell !== undefined ? { cell: u.cell } : {}), ...(u.column !== undefined ? { column: u.column } : {}) };
}

export function buildFeatures(ctx: AnalysisContext): FeatureReport[] {
  const byId = new Map<string, LocatedUsage[]>();
  for (const u of ctx.usages) {
    if (!byId.has(u.feature)) byId.set(u.feature, []);
    byId.get(u.feature)!.push(u);
  }
  const order = FEATURES.map((f) => f.id);
  const ids = [...byId.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia !== ib) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib) || (a < b ? -1 : 1);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return ids.map((id) => {
    const us = byId.get(id)!;
    // one witness per location (a line may carry several details)
    const seen = new Set<string>();
    const witnesses: Location[] = [];
    for (const u of us) {
      const k = `${u.path}\u0000${u.cell ?? ""}\u0000${u.line}`;
      if (seen.has(k)) continue;
      seen.add(k);
      witnesses.push(loc(u));
    }
    const details = [...new Set(us.map((u) => u.detail).filter((d): d is string => typeof d === "string" && d !== ""))].sort();
    return {
      id,
      framework: featureFramework(id),
      witnesses: witnesses.slice(0, MAX_WITNESSES),
      count: witnesses.length,
      ...(details.length ? { details } : {}),
    };
  });
}

/** MFA301 deprecated-api: calls/imports of deprecated, removed or maintenance-mode framework APIs. */
import type { Finding } from "../../core/types.js";
import { DEPRECATED_APIS } from "../../knowledge/deprecations.js";
import { underRef, type LocatedImport, type LocatedUsage } from "../context.js";
import { finding, locations, plural, type AnalysisState } from "./common.js";

type Hit = { path: string; line: number; cell?: number; column?: number };

/**
 * Items grouped by a dotted name, each group in input order with the item's input position, so "every item
 * whose name is `ref` or lies under it" costs a pass over the distinct names, not over every item.
 */
function groupByName<T>(items: readonly T[], nameOf: (item: T) => string | undefined): Map<string, { i: number; item: T }[]> {
  const groups = new Map<string, { i: number; item: T }[]>();
  items.forEach((item, i) => {
    const name = nameOf(item);
    if (name === undefined) return;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = []));
    g.push({ i, item });
  });
  return groups;
}

/** The items under `ref`, in input order, with the names that matched. */
function under<T extends Hit>(groups: Map<string, { i: number; item: T }[]>, ref: string, names: Set<string>): T[] {
  const parts: { i: number; item: T }[][] = [];
  for (const [name, g] of groups) {
    if (!underRef(name, ref)) continue;
    parts.push(g);
    names.add(name);
  }
  if (parts.length === 1) return parts[0]!.map((x) => x.item);
  return parts
    .flat()
    .sort((a, b) => a.i - b.i)
    .map((x) => x.item);
}

export function deprecatedApis({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  const usagesByName = groupByName<LocatedUsage>(ctx.usages, (u) => (u.derived ? undefined : u.matched));
  const importsByName = groupByName<LocatedImport>(ctx.imports, (i) => i.module);
  const usagesByFeature = groupByName<LocatedUsage>(ctx.usages, (u) => u.feature);
  for (const api of DEPRECATED_APIS) {
    const hits: Hit[] = [];
    const names = new Set<string>();
    for (const ref of api.refs ?? []) {
      for (const u of under(usagesByName, ref, names)) hits.push(u);
      for (const i of under(importsByName, ref, names)) hits.push(i);
    }
    if (api.detail) {
      for (const { item: u } of usagesByFeature.get(api.detail.feature) ?? []) {
        if (!api.detail.pattern.test(u.detail ?? "")) continue;
        hits.push(u);
        names.add(u.detail!);
      }
    }
    if (hits.length === 0) continue;
    const locs = locations(hits);
    const shown = [...names].sort().slice(0, 3);
    const verb = api.status === "removed" ? "was removed in" : api.status === "maintenance" ? "is in maintenance mode:" : api.status === "renamed" ? "was renamed in" : "is deprecated since";
    out.push(
      finding(
        "MFA301",
        api.id,
        `${shown.map((n) => `\`${n}\``).join(", ")} (${plural(locs.length, "place")}): ${api.title} ${verb} ${api.since}. Use ${api.replacement}. ${api.note} Source: ${api.source}`,
        locs,
      ),
    );
  }
  return out;
}

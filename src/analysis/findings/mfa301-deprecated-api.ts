/** MFA301 deprecated-api: calls/imports of deprecated, removed or maintenance-mode framework APIs. */
import type { Finding } from "../../core/types.js";
import { DEPRECATED_APIS } from "../../knowledge/deprecations.js";
import { underRef } from "../context.js";
import { finding, locations, plural, type AnalysisState } from "./common.js";

export function deprecatedApis({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  for (const api of DEPRECATED_APIS) {
    const hits: { path: string; line: number; cell?: number; name: string }[] = [];
    for (const ref of api.refs ?? []) {
      for (const u of ctx.usages) if (!u.derived && underRef(u.matched, ref)) hits.push({ ...u, name: u.matched! });
      for (const i of ctx.imports) if (underRef(i.module, ref)) hits.push({ ...i, name: i.module });
    }
    if (api.detail) {
      for (const u of ctx.usages) if (u.feature === api.detail.feature && api.detail.pattern.test(u.detail ?? "")) hits.push({ ...u, name: u.detail! });
    }
    if (hits.length === 0) continue;
    const locs = locations(hits);
    const names = [...new Set(hits.map((h) => h.name))].sort().slice(0, 3);
    const verb = api.status === "removed" ? "was removed in" : api.status === "maintenance" ? "is in maintenance mode since" : api.status === "renamed" ? "was renamed in" : "is deprecated since";
    out.push(
      finding(
        "MFA301",
        api.id,
        `${names.map((n) => `\`${n}\``).join(", ")} (${plural(locs.length, "place")}): ${api.title} ${verb} ${api.since}. Use ${api.replacement}. ${api.note} Source: ${api.source}`,
        locs,
      ),
    );
  }
  return out;
}

/**
 * MFA301 deprecated-api: calls/imports of deprecated, removed or maintenance-mode framework APIs. When every
 * place is in a project whose declarations all pin the framework below the release that deprecated or removed
 * the API (karpathy/llama2.c: `torch==2.0.1` and torch.cuda.amp.GradScaler, whose replacement
 * torch.amp.GradScaler("cuda") is newer than that pin), the message says the code runs as written there and
 * the change belongs with the upgrade.
 */
import type { Finding } from "../../core/types.js";
import { DEPRECATED_APIS } from "../../knowledge/deprecations.js";
import { DottedIndex, type LocatedUsage } from "../context.js";
import { FrameworkProjects, pinnedBelowNote } from "./pinned-below.js";
import { finding, leadLocations, plural, type AnalysisState } from "./common.js";

type Hit = { path: string; line: number; cell?: number; column?: number };

/** A name equal to one of the deprecated references or under it (underRef of any `refs` entry). */
const UNDER_ANY_REF = new RegExp(`^(?:${DEPRECATED_APIS.flatMap((api) => api.refs ?? []).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:\\.|$)`);

export function deprecatedApis({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  const projects = new FrameworkProjects(ctx);
  // Only the usages under some reference are indexed (a few among many): the index keeps their relative
  // order, which is all the hits' order depends on.
  const candidates = ctx.usages.filter((u) => !u.derived && u.matched !== undefined && UNDER_ANY_REF.test(u.matched));
  const usagesByName = new DottedIndex<LocatedUsage>((u) => u.matched, candidates);
  for (const api of DEPRECATED_APIS) {
    const hits: Hit[] = [];
    const names = new Set<string>();
    for (const ref of api.refs ?? []) {
      for (const u of usagesByName.under(ref, names)) hits.push(u);
      for (const i of ctx.importIndex.under(ref, names)) hits.push(i);
    }
    if (api.detail) {
      for (const u of ctx.byFeature.get(api.detail.feature)?.all ?? []) {
        // The message names the argument that matched, not the call's other arguments.
        const m = api.detail.pattern.exec(u.detail ?? "");
        if (!m) continue;
        hits.push(u);
        names.add(m[0]);
      }
    }
    if (hits.length === 0) continue;
    const locs = leadLocations(hits, ctx.ownCode);
    const shown = [...names].sort().slice(0, 3);
    const verb = api.status === "removed" ? "was removed in" : api.status === "maintenance" ? "is in maintenance mode:" : api.status === "renamed" ? "was renamed in" : "is deprecated since";
    out.push(
      finding(
        "MFA301",
        api.id,
        `${shown.map((n) => `\`${n}\``).join(", ")} (${plural(locs.length, "place")}): ${api.title} ${verb} ${api.since}. Use ${api.replacement}. ${api.note}${pinnedBelowNote(api.from, api.status, hits, projects, "the code runs as written")}`,
        locs,
        api.source,
      ),
    );
  }
  return out;
}

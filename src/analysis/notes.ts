/** Article corrections (src/knowledge/outdated.ts) that apply to this project, with where it touches them. */
import type { FrameworkReport, Location, OutdatedNote } from "../core/types.js";
import { OUTDATED_TOPICS } from "../knowledge/outdated.js";
import type { AnalysisContext } from "./context.js";
import { selectPlaces } from "./findings/common.js";

const MAX_LOCATIONS = 10;

type Place = { path: string; line: number; cell?: number };

function place(l: Place): Location {
  return { path: l.path, line: l.line, ...(l.cell !== undefined ? { cell: l.cell } : {}) };
}

export function outdatedNotes(ctx: AnalysisContext, frameworks: readonly FrameworkReport[]): OutdatedNote[] {
  const notes: OutdatedNote[] = [];
  for (const t of OUTDATED_TOPICS) {
    // Everything that touches the topic, in order; the first distinct places are picked without sorting it all.
    // Each source below lists its places in order; when only one source contributes, so does `touches`.
    const touches: Place[] = [];
    let sources = 0;
    const add = (list: readonly Place[]) => {
      if (list.length === 0) return;
      sources++;
      for (const l of list) touches.push(l);
    };
    for (const f of t.when.features ?? []) {
      const all = ctx.byFeature.get(f.id)?.all ?? [];
      const detail = f.detail;
      add(detail ? all.filter((u) => detail.test(u.detail ?? "") || detail.test(u.matched ?? "")) : all);
    }
    for (const m of t.when.imports ?? []) add(ctx.importIndex.under(m));
    for (const d of t.when.distributions ?? []) add(ctx.declared.filter((dep) => dep.ecosystem !== "docker" && dep.normalizedName === d));
    for (const fwId of t.when.frameworks ?? []) {
      const fw = frameworks.find((f) => f.id === fwId);
      if (!fw) continue;
      add(fw.importWitnesses);
      add(fw.declared);
    }
    if (touches.length === 0) continue;
    const locations = selectPlaces(touches, MAX_LOCATIONS, place, false, new Set(), sources === 1);
    notes.push({ topic: t.topic, note: `${t.article} ${t.correction}`, locations, source: t.source });
  }
  return notes;
}

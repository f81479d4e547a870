/** Article corrections (src/knowledge/outdated.ts) that apply to this project, with where it touches them. */
import type { FrameworkReport, Location, OutdatedNote } from "../core/types.js";
import { OUTDATED_TOPICS } from "../knowledge/outdated.js";
import { compareLoc, type AnalysisContext } from "./context.js";

const MAX_LOCATIONS = 10;

function key(l: Location): string {
  return `${l.path}\u0000${l.cell ?? ""}\u0000${l.line}`;
}

export function outdatedNotes(ctx: AnalysisContext, frameworks: readonly FrameworkReport[]): OutdatedNote[] {
  const notes: OutdatedNote[] = [];
  for (const t of OUTDATED_TOPICS) {
    const locs = new Map<string, Location>();
    const push = (l: { path: string; line: number; cell?: number }) => {
      const loc: Location = { path: l.path, line: l.line, ...(l.cell !== undefined ? { cell: l.cell } : {}) };
      locs.set(key(loc), loc);
    };
    for (const f of t.when.features ?? []) {
      for (const u of ctx.usages) {
        if (u.feature !== f.id) continue;
        if (f.detail && !(f.detail.test(u.detail ?? "") || f.detail.test(u.matched ?? ""))) continue;
        push(u);
      }
    }
    for (const m of t.when.imports ?? []) for (const i of ctx.imports) if (i.module === m || i.module.startsWith(m + ".")) push(i);
    for (const d of t.when.distributions ?? []) for (const dep of ctx.declared) if (dep.ecosystem !== "docker" && dep.normalizedName === d) push(dep);
    for (const fwId of t.when.frameworks ?? []) {
      const fw = frameworks.find((f) => f.id === fwId);
      if (!fw) continue;
      fw.importWitnesses.forEach(push);
      fw.declared.forEach(push);
    }
    if (locs.size === 0) continue;
    const locations = [...locs.values()].sort(compareLoc).slice(0, MAX_LOCATIONS);
    notes.push({ topic: t.topic, note: `${t.article} ${t.correction}`, locations, source: t.source });
  }
  return notes;
}

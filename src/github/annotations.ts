/**
 * Check-run annotations for findings. GitHub shows at most 10 per level per step, so the most severe come
 * first, each level is capped at 10, and one closing notice says how many more are in the report.
 */
import { posix } from "node:path";
import type { Finding, Severity } from "../core/types.js";
import { SEVERITY_ORDER } from "../core/types.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Record<Severity, AnnotationLevel> = { error: "error", warning: "warning", info: "notice" };

/**
 * `pathPrefix` is the scanned folder relative to the workspace (annotations need workspace-relative paths).
 * Findings without a location become annotations without a file.
 */
export function planAnnotations(findings: readonly Finding[], pathPrefix: string, reportHint = "the job summary and the JSON report"): Annotation[] {
  const prefix = posix.normalize(pathPrefix.replace(/\\/g, "/")).replace(/^\.\/?$/, "").replace(/^\.\//, "").replace(/\/$/, "");
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
  const counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const total = sorted.length;
  const out: Annotation[] = [];
  // Keep one notice slot free for the summary line when not everything fits.
  const fitsAll = (["error", "warning", "notice"] as const).every((l) => sorted.filter((f) => LEVEL[f.severity] === l).length <= ANNOTATIONS_PER_LEVEL);
  const noticeCap = fitsAll ? ANNOTATIONS_PER_LEVEL : ANNOTATIONS_PER_LEVEL - 1;
  for (const f of sorted) {
    const level = LEVEL[f.severity];
    const cap = level === "notice" ? noticeCap : ANNOTATIONS_PER_LEVEL;
    if (counts[level] >= cap) continue;
    counts[level]++;
    const loc = f.locations[0];
    const a: Annotation = { level, title: `${f.code} ${f.id}`, message: f.message };
    if (loc) {
      a.file = prefix ? `${prefix}/${loc.path}` : loc.path;
      if (loc.line > 0) a.startLine = loc.line;
      if (loc.cell !== undefined) a.message += ` (notebook cell ${loc.cell}, line ${loc.line})`;
    }
    out.push(a);
  }
  const shown = out.length;
  if (shown < total) {
    out.push({
      level: "notice",
      title: "More findings",
      message: `${total - shown} more finding${total - shown === 1 ? "" : "s"} not annotated here (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level); see ${reportHint}.`,
    });
  }
  return out;
}

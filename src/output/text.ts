/**
 * The terminal report: verdict, frameworks with versions, features grouped by framework with one witness
 * each, declared dependencies, findings with codes. ANSI colour only when `color` is set; repository
 * strings are stripped of control characters so a file name cannot move the cursor or recolour the
 * terminal.
 */
import type { FileShift, FileShifts, Finding, Location, Report } from "../core/types.js";
import { backendQualifier, countBySeverity, declaredLabel, detailParts, favoured, importQualifier, primaryName, primaryNotInStack, sortFindings, unratedPrimary, undeclaredText, weighted } from "./common.js";
import { notableShifts } from "../analysis/delta.js";
import { singleLine } from "./escape.js";
import { ARTICLE_CITATION, criterionLabel, formatBytes, formatScore, frameworkName, plural, requirementLabel } from "./labels.js";
import { locationText } from "./links.js";

/** Distinct declarations the Frameworks section names per framework before "and N more". */
const DECLARED_SHOWN = 6;

export interface TextOptions {
  color?: boolean;
}

type Style = "bold" | "dim" | "red" | "yellow" | "green" | "cyan" | "magenta";
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  magenta: [35, 39],
};

/** Repository text for a terminal: one line, no escape sequences. */
function clean(text: string): string {
  return singleLine(String(text)).replace(/\u001b/g, "");
}

export function renderText(report: Report, opts: TextOptions = {}): string {
  const paint = (style: Style, s: string) => (opts.color ? `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m` : s);
  const out: string[] = [];
  const fit = report.fit;

  // Verdict
  const primary = primaryName(report);
  const scores = fit ? `PyTorch ${formatScore(fit.scores.pytorch)} / TensorFlow ${formatScore(fit.scores.tensorflow)}` : "";
  let verdict: string;
  if (!fit) verdict = primary ? `${paint("bold", primary)} is the primary framework (no fit scores)` : paint("bold", "No ML framework found");
  else if (fit.verdict === "fit" && unratedPrimary(report)) {
    verdict = `${paint("bold", `${primary}: the primary framework`)}, not rated by the article (${scores})`;
  } else if (fit.verdict === "fit" && primaryNotInStack(report)) {
    const fav = favoured(report);
    verdict = `${paint("bold", "No PyTorch or TensorFlow stack")} in this project; its requirements would favour ${fav ? frameworkName(fav) : "neither"} (${scores})`;
  } else if (fit.verdict === "fit") verdict = `${paint("green", paint("bold", `${primary ?? "Current stack"}: fits`))} this project (${scores})`;
  else if (fit.verdict === "mismatch") {
    const fav = favoured(report);
    verdict = `${paint("yellow", paint("bold", `${primary ?? "Current stack"}: mismatch`))}, the project's priorities favour ${fav ? frameworkName(fav) : "the other framework"} (${scores})`;
  } else if (fit.verdict === "hybrid") verdict = `${paint("magenta", paint("bold", "Hybrid: PyTorch + TensorFlow"))} (${scores})`;
  else verdict = paint("bold", "No PyTorch or TensorFlow found");
  out.push(`ml-framework-audit ${clean(report.tool?.version ?? "")}: ${clean(report.root)}`);
  out.push(verdict);
  if (fit?.explanation) out.push(clean(fit.explanation));
  out.push("");

  // Frameworks with versions
  if (report.frameworks.length) {
    out.push(paint("bold", "Frameworks"));
    for (const f of report.frameworks) {
      const tag = report.primaryFramework === f.id ? " (primary)" : "";
      const versions = f.declared.map((d) => `${clean(declaredLabel(d))}${d.specifier ? "" : " (unpinned)"}${d.resolvedVersion ? ` (locked ${clean(d.resolvedVersion)})` : ""}`);
      // The Declared dependencies section lists every declaration; this line names the first few distinct ones
      // (pytorch/serve pins torch in 24 ways, one requirements file per CUDA version).
      // (`torch >= 1.4.0` and `torch >=1.4.0` are one; the first spelling is shown)
      const byKey = new Map<string, string>();
      for (const v of versions) {
        const key = v.replace(/\s+/g, "");
        if (!byKey.has(key)) byKey.set(key, v);
      }
      const distinct = [...byKey.values()];
      const uniq = distinct.length > DECLARED_SHOWN + 1 ? [...distinct.slice(0, DECLARED_SHOWN), `and ${distinct.length - DECLARED_SHOWN} more`] : distinct;
      const imp =
        (f.importWitnesses[0] ? `imported at ${clean(locationText(f.importWitnesses[0]))}` : f.imported ? "imported" : "not imported") +
        importQualifier(f) +
        backendQualifier(f);
      out.push(`  ${paint("cyan", frameworkName(f.id))}${tag}: ${imp}${uniq.length ? `; declared ${uniq.join(", ")}` : `; ${undeclaredText(f, report)}`}`);
    }
    out.push("");
  }

  // Features grouped by framework
  if (report.features.length) {
    out.push(paint("bold", "Features"));
    const groups = new Map<string, typeof report.features>();
    for (const f of report.features) groups.set(f.framework, [...(groups.get(f.framework) ?? []), f]);
    const order = ["pytorch", "tensorflow", "keras", "jax", "interop"];
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
    for (const k of keys) {
      out.push(`  ${paint("cyan", frameworkName(k))}`);
      for (const f of groups.get(k) ?? []) {
        const w = f.witnesses[0] ? clean(locationText(f.witnesses[0])) : "";
        const n = typeof f.count === "number" && f.count > 1 ? paint("dim", ` (${plural(f.count, "use")})`) : "";
        const { parts, more } = detailParts(f.details ?? []);
        const det = parts.length ? paint("dim", ` ${parts.map(clean).join(", ")}${more ? ` (+${more} more)` : ""}`) : "";
        out.push(`    ${clean(f.id).padEnd(22)} ${w}${n}${det}`);
      }
    }
    out.push("");
  }

  // Declared dependencies
  const declared = report.frameworks.flatMap((f) => f.declared.map((d) => ({ f, d })));
  if (declared.length) {
    out.push(paint("bold", "Declared dependencies"));
    for (const { d } of declared) {
      const spec = d.specifier ? "" : " " + paint("dim", "(unpinned)");
      const locked = d.resolvedVersion ? ` locked ${clean(d.resolvedVersion)}` : "";
      out.push(`  ${clean(locationText(d))}  ${clean(declaredLabel(d))}${spec}${locked}`);
    }
    out.push("");
  }

  // Fit
  if (fit && fit.criteria.length) {
    out.push(paint("bold", "Fit against the article's criteria") + paint("dim", ` (stars: ${ARTICLE_CITATION})`));
    for (const c of fit.criteria) {
      const w = weighted(c);
      out.push(`  ${criterionLabel(c.id).padEnd(30)} weight ${String(c.weight).padStart(1)}${c.weightSource ? ` (${c.weightSource})` : ""}  PyTorch ${c.pytorch}★ → ${formatScore(w.pytorch)}  TensorFlow ${c.tensorflow}★ → ${formatScore(w.tensorflow)}`);
    }
    if (fit.requirements.length) out.push(`  Requirements: ${fit.requirements.map((r) => requirementLabel(r.id) + (r.bridged ? " (met through ONNX: neutral)" : "")).join(", ")}`);
    out.push("");
  }

  // Findings
  const sorted = sortFindings(report.findings);
  const counts = countBySeverity(sorted);
  out.push(paint("bold", `Findings (${sorted.length})`));
  if (sorted.length === 0) out.push("  none");
  for (const f of sorted) out.push(`  ${findingLine(f, paint)}`);
  if (sorted.length) out.push(`  ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}`);

  // Delta
  if (report.delta) {
    const d = report.delta;
    out.push("");
    out.push(paint("bold", `Compared with ${clean(d.base)}`));
    const list = (xs: readonly string[]) => (xs.length ? xs.map(clean).join(", ") : "none");
    out.push(`  frameworks added: ${list(d.added.frameworks.map(frameworkName))}; removed: ${list(d.removed.frameworks.map(frameworkName))}`);
    out.push(`  features added: ${list(d.added.features)}; removed: ${list(d.removed.features)}`);
    out.push(`  findings new: ${d.added.findings.length}; resolved: ${d.removed.findings.length}`);
    for (const line of fileShiftText(notableShifts(d, report.primaryFramework))) out.push(`  ${line}`);
  }

  // Notes
  const notes = fit?.outdatedNotes ?? [];
  if (notes.length) {
    out.push("");
    out.push(paint("bold", "Where the article is out of date"));
    for (const n of notes) out.push(`  ${clean(n.topic)}: ${clean(n.note)}${n.locations[0] ? ` (${clean(locationText(n.locations[0]))})` : ""}`);
  }
  const recs = fit?.recommendations ?? [];
  if (recs.length) {
    out.push("");
    out.push(paint("bold", "Recommendations"));
    for (const r of recs) out.push(`  - ${clean(r)}`);
  }
  const st = report.stats;
  if (st && Number.isFinite(st.filesScanned)) {
    out.push("");
    out.push(paint("dim", `Scanned ${plural(st.filesScanned, "file")} (${formatBytes(st.bytesScanned)}) in ${Math.round(st.durationMs)} ms`));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

/** Files named per framework or feature in the text report's delta (the JSON report has them all). */
const TEXT_SHIFT_FILES = 10;

/** One line per framework or feature whose files changed: `files importing TensorFlow: +train.py:3; -old.py:1`. */
function fileShiftText(shifts: FileShifts): string[] {
  const where = (sign: string, list: readonly Location[]) => list.map((l) => `${sign}${clean(locationText(l))}`);
  const places = (s: FileShift) => {
    const all = [...where("+", s.added), ...where("-", s.removed)];
    const shown = all.slice(0, TEXT_SHIFT_FILES);
    return shown.join(", ") + (all.length > shown.length ? ` and ${all.length - shown.length} more` : "");
  };
  return [
    ...shifts.frameworks.map((s) => `files importing ${clean(frameworkName(s.id))}: ${places(s)}`),
    ...shifts.features.map((s) => `files using ${clean(s.id)}: ${places(s)}`),
  ];
}

function findingLine(f: Finding, paint: (s: Style, t: string) => string): string {
  const color: Style = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "cyan";
  const where = f.locations[0] ? `${clean(locationText(f.locations[0]))}${f.locations.length > 1 ? ` (+${f.locations.length - 1})` : ""}: ` : "";
  return `${where}${paint(color, `${f.severity} ${clean(f.code)}`)} ${paint("dim", `[${clean(f.id)}]`)} ${clean(f.message)}`;
}

/**
 * The PR comment. A reviewer should get the verdict in ten seconds: the first visible line is the
 * verdict with both scores, then what this PR changes, then the detail (findings, the article's criteria
 * with a chart, the stack, the evidence, where the article is out of date), long parts collapsed.
 *
 * Everything that comes from the scanned repository is escaped (see escape.ts). The comment never
 * exceeds `maxLength`: whole sections or whole rows are dropped, least important first, and the comment
 * says what was left out and where the full report is.
 */
import type { DeclaredRef, Delta, FeatureReport, FileShift, FileShifts, Finding, FrameworkId, FrameworkReport, Location, OutdatedNote, Report } from "../core/types.js";
import { deltaIsEmpty, notableShifts } from "../analysis/delta.js";
import { MATRIX_SHARE, USECASE_SHARE } from "../analysis/fit.js";
import { FEATURE_BY_ID } from "../knowledge/features.js";
import { backendQualifier, countBySeverity, declaredLabel, detailParts, favoured, fmtInt, importQualifier, primaryName, primaryNotInStack, sortFindings, stars, unratedPrimary, undeclaredText, weighted, weightedTotals } from "./common.js";
import { mermaidChart } from "./chart.js";
import { escapeHtml, escapeInlineCode, escapeMarkdown, safeUrl, singleLine } from "./escape.js";
import {
  ARTICLE_CITATION,
  COMPARED,
  SEVERITY_ICON,
  SEVERITY_LABEL,
  criterionLabel,
  formatBytes,
  formatScore,
  frameworkName,
  plural,
  requirementLabel,
} from "./labels.js";
import { locationMarkdown, type LinkContext } from "./links.js";

export const COMMENT_MARKER_PREFIX = "<!-- ml-framework-audit";
/** GitHub rejects comment bodies over 65,536 characters; keep a margin for the GitHub layer's additions. */
export const GITHUB_COMMENT_LIMIT = 65536;
export const DEFAULT_MAX_LENGTH = GITHUB_COMMENT_LIMIT - 2048;

export interface MarkdownOptions {
  links?: LinkContext;
  /** Hidden HTML comment placed first, e.g. "<!-- ml-framework-audit:workflow=ci;path=. -->". */
  marker?: string;
  /** Default DEFAULT_MAX_LENGTH (65536 minus a margin). */
  maxLength?: number;
  /** Trusted Markdown naming where the full report is (e.g. "the job summary" or an artifact link), shown when truncated. */
  fullReportHint?: string;
  /** Shown before the verdict on the first line, e.g. "ML framework audit (ci)". */
  title?: string;
}

/** Findings shown in the open table before the rest go into a collapsed `<details>`. */
const OPEN_FINDINGS = 10;
/** Locations listed per finding / per declared framework before "and N more". */
const MAX_LOCATIONS = 3;
const MAX_DECLARED = 5;
/** New/resolved findings named in the "This PR" section. */
const DELTA_LISTED = 10;

// ---------------------------------------------------------------------------
// Small builders
// ---------------------------------------------------------------------------

/** A `<details>` block whose Markdown body renders (blank line after the summary, before the close). */
function details(summary: string, body: string): string {
  return `<details>\n<summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

function table(header: string[], align: ("l" | "r" | "c")[], rows: string[][]): string {
  const sep = align.map((a) => (a === "r" ? "---:" : a === "c" ? ":---:" : "---"));
  const line = (cells: string[]) => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
  return [line(header), line(sep), ...rows.map(line)].join("\n");
}

function locs(locations: readonly Location[], ctx: LinkContext | undefined, tableCell: boolean, max = MAX_LOCATIONS): string {
  if (locations.length === 0) return tableCell ? "—" : "";
  const shown = locations.slice(0, max).map((l) => locationMarkdown(l, ctx, { table: tableCell }));
  const more = locations.length - shown.length;
  return shown.join(", ") + (more > 0 ? ` and ${fmtInt(more)} more` : "");
}

function findingCode(f: Finding): string {
  const label = `${escapeMarkdown(f.code)} ${escapeMarkdown(f.id)}`;
  const url = safeUrl(f.helpUri);
  return url ? `[${label}](${url})` : label;
}

/**
 * A finding message: the analysis quotes names in backticks (`torch.compile`); those become code spans, the
 * rest plain text. Both kinds of piece are escaped, so a backtick in a repository string can at worst
 * shift which piece is code: it can never open markup.
 */
function messageMarkdown(message: string, table = false): string {
  return message
    .split(/`([^`\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? escapeInlineCode(part, { table }) : escapeMarkdown(part)))
    .join("");
}

/**
 * A finding's message (messageMarkdown), its closing "Source: <url>" as a link when the URL is the finding's
 * sourceUri: escaped as text, GitHub would show the URL with a zero-width space in it, unclickable and broken
 * when copied.
 */
function findingMessageMarkdown(f: Finding, table = false): string {
  const url = safeUrl(f.sourceUri);
  const tail = ` Source: ${f.sourceUri ?? ""}`;
  if (url === undefined || !f.message.endsWith(tail)) return messageMarkdown(f.message, table);
  return `${messageMarkdown(f.message.slice(0, -tail.length), table)} [Source](${url})`;
}

function severityBadge(f: Finding): string {
  const icon = SEVERITY_ICON[f.severity] ?? "";
  return `${icon} ${SEVERITY_LABEL[f.severity] ?? escapeMarkdown(String(f.severity))}`.trim();
}

function declaredText(d: DeclaredRef, ctx: LinkContext | undefined, tableCell: boolean): string {
  const opt = { table: tableCell };
  const name = escapeInlineCode(declaredLabel(d), opt);
  const pinned = !d.specifier ? " (unpinned)" : "";
  const resolved = d.resolvedVersion ? ` (locked ${escapeInlineCode(d.resolvedVersion, opt)})` : "";
  const group = d.group ? ` (group ${escapeMarkdown(d.group)})` : "";
  return `${name}${pinned}${resolved}${group} in ${locationMarkdown(d, ctx, opt)}`;
}

// ---------------------------------------------------------------------------
// Verdict
// ---------------------------------------------------------------------------

function scoresText(report: Report): string {
  const fit = report.fit;
  if (!fit) return "";
  return `PyTorch ${formatScore(fit.scores.pytorch)} / TensorFlow ${formatScore(fit.scores.tensorflow)}`;
}

export function verdictLine(report: Report): string {
  const fit = report.fit;
  const primary = primaryName(report);
  const scores = scoresText(report);
  if (!fit) {
    if (!primary) return "➖ **No ML framework found** in this repository";
    return `**${escapeMarkdown(primary)}** is the primary framework (this report has no fit scores)`;
  }
  const fav = favoured(report);
  const margin = typeof fit.margin === "number" && Number.isFinite(fit.margin) ? `, margin ${formatScore(fit.margin)}` : "";
  switch (fit.verdict) {
    case "fit":
      // JAX or MLX first: nothing the article rates is in use, so "fits" would claim what it cannot judge.
      if (unratedPrimary(report)) {
        return `✅ **${escapeMarkdown(primary!)}** — the primary framework, not rated by the article (${scores})`;
      }
      if (primaryNotInStack(report)) {
        return `➖ **No PyTorch or TensorFlow stack** in this project; its requirements would favour ${fav ? escapeMarkdown(frameworkName(fav)) : "neither"} (${scores})`;
      }
      return `✅ **${escapeMarkdown(primary ?? (fav ? frameworkName(fav) : "The current stack"))} — fits** this project (${scores})`;
    case "mismatch": {
      const other = fav ? frameworkName(fav) : "the other framework";
      const used = primary ?? "The current stack";
      return `⚠️ **${escapeMarkdown(used)} — mismatch**: this project's priorities favour ${escapeMarkdown(other)} (${scores}${margin})`;
    }
    case "hybrid": {
      const used = report.frameworks.filter((f) => COMPARED.includes(f.id as "pytorch")).map((f) => frameworkName(f.id));
      const names = used.length >= 2 ? used.join(" + ") : "PyTorch + TensorFlow";
      const lean = fav ? `; the scores lean to ${frameworkName(fav)}` : "";
      return `🔀 **Hybrid — ${escapeMarkdown(names)}** in one project (${scores}${lean})`;
    }
    case "no-ml": {
      const others = report.frameworks.filter((f) => !COMPARED.includes(f.id as "pytorch")).map((f) => frameworkName(f.id));
      // a framework's part used without the framework (tflite-runtime runs TensorFlow Lite models without TensorFlow)
      if (others.length === 0) for (const f of report.features) if (f.framework !== "interop") others.push(FEATURE_BY_ID.get(f.id)?.title ?? f.id);
      return others.length > 0
        ? `➖ **No PyTorch or TensorFlow found** (only ${escapeMarkdown(others.join(", "))})`
        : "➖ **No ML framework found** in this repository";
    }
    default:
      return `**${escapeMarkdown(String(fit.verdict))}** (${scores})`;
  }
}

function summaryBlock(report: Report): string {
  const parts: string[] = [];
  const explanation = report.fit?.explanation?.trim();
  if (explanation) {
    // The first sentence says what decided the verdict; the arithmetic behind it is one click away, so the
    // top of the comment stays short enough to read at a glance.
    const first = /^([\s\S]+?[.!?])\s+(?=[A-Z(“"])/.exec(explanation)?.[1];
    if (first && first.length < explanation.length) {
      parts.push(escapeMarkdown(first));
      parts.push(details("How the verdict was reached", escapeMarkdown(explanation.slice(first.length).trim())));
    } else parts.push(escapeMarkdown(explanation));
  }
  const c = countBySeverity(report.findings);
  const total = report.findings.length;
  if (total === 0) parts.push("No findings.");
  else {
    const bits: string[] = [];
    if (c.error) bits.push(`**${plural(c.error, "error")}**`);
    if (c.warning) bits.push(plural(c.warning, "warning"));
    if (c.info) bits.push(plural(c.info, "note"));
    parts.push(`Findings: ${bits.join(", ")}.`);
  }
  return parts.join("\n\n");
}

// ---------------------------------------------------------------------------
// Sections. Each renders its first `k` items (k = 0: nothing) as complete Markdown blocks.
// ---------------------------------------------------------------------------

interface Section {
  key: string;
  total: number;
  render(k: number): string;
  /** What the reader misses when only `k` of `total` items are shown. */
  describeCut(k: number, total: number): string;
}

function deltaSection(delta: Delta, ctx: LinkContext | undefined, primary: FrameworkId | null): Section {
  const added = sortFindings(delta.added.findings);
  const removed = sortFindings(delta.removed.findings);
  // The delta lists a few findings by name; the Findings section has them all.
  const items: { f: Finding; kind: "new" | "resolved" }[] = [
    ...added.map((f) => ({ f, kind: "new" as const })),
    ...removed.map((f) => ({ f, kind: "resolved" as const })),
  ];
  const listed = Math.min(items.length, DELTA_LISTED);
  const base = delta.base ? ` compared with base ${escapeInlineCode(delta.base.slice(0, 12))}` : "";
  const fwList = (ids: readonly string[]) => ids.map((id) => `**${escapeMarkdown(frameworkName(id))}**`).join(", ");
  const featList = (ids: readonly string[]) => ids.map((id) => escapeInlineCode(id)).join(", ");
  const shiftLines = fileShiftLines(notableShifts(delta, primary), ctx);
  const nothing = deltaIsEmpty(delta, primary);
  return {
    key: "delta",
    total: listed + 1,
    describeCut: (k) => (k === 0 ? "the PR changes" : `the list of this PR's new and resolved findings`),
    render(k) {
      if (k === 0) return "";
      if (nothing) return `### This PR\n\nNo change to the ML stack${base}.`;
      const lines: string[] = [`### This PR`, "", `Changes${base}:`, ""];
      const fw: string[] = [];
      if (delta.added.frameworks.length) fw.push(`added ${fwList(delta.added.frameworks)}`);
      if (delta.removed.frameworks.length) fw.push(`removed ${fwList(delta.removed.frameworks)}`);
      if (fw.length) lines.push(`- Frameworks: ${fw.join("; ")}`);
      const ft: string[] = [];
      if (delta.added.features.length) ft.push(`added ${featList(delta.added.features)}`);
      if (delta.removed.features.length) ft.push(`removed ${featList(delta.removed.features)}`);
      if (ft.length) lines.push(`- Features: ${ft.join("; ")}`);
      if (shiftLines.length) lines.push("- Files:", ...shiftLines);
      if (items.length) {
        const counts: string[] = [];
        if (added.length) counts.push(`${fmtInt(added.length)} new`);
        if (removed.length) counts.push(`${fmtInt(removed.length)} resolved`);
        lines.push(`- Findings: ${counts.join(", ")}`);
        const shown = items.slice(0, k - 1);
        for (const { f, kind } of shown) {
          const where = locs(f.locations, ctx, false, 1);
          const tag = kind === "resolved" ? "resolved: " : "";
          lines.push(`  - ${SEVERITY_ICON[f.severity] ?? ""} ${tag}${findingCode(f)}: ${findingMessageMarkdown(f)}${where ? ` (${where})` : ""}`);
        }
        if (shown.length < items.length) lines.push(`  - …and ${fmtInt(items.length - shown.length)} more`);
      } else if (!fw.length && !ft.length && !shiftLines.length) {
        lines.push("- No change to frameworks, features or findings");
      }
      return lines.join("\n");
    },
  };
}

/** File shifts shown by name in the comment, per framework or feature; the JSON report has them all. */
const SHIFT_FILES_SHOWN = 3;
/** Frameworks and features whose file shifts the comment lists. */
const SHIFTS_SHOWN = 8;

/**
 * The "Files" lines of the delta: per framework, the files that now import it or no longer do; per feature,
 * the files that now use it or no longer do. New places link to the head; gone ones are named only (they are
 * places in the base).
 */
function fileShiftLines(shifts: FileShifts, ctx: LinkContext | undefined): string[] {
  const named = (shift: FileShift, isFramework: boolean) =>
    isFramework ? `**${escapeMarkdown(frameworkName(shift.id))}**` : escapeInlineCode(shift.id);
  const places = (list: readonly Location[], link: boolean) => {
    const shown = list.slice(0, SHIFT_FILES_SHOWN).map((l) => locationMarkdown(l, link ? ctx : undefined));
    const more = list.length - shown.length;
    return shown.join(", ") + (more > 0 ? ` and ${fmtInt(more)} more` : "");
  };
  const entries = [...shifts.frameworks.map((s) => ({ s, fw: true })), ...shifts.features.map((s) => ({ s, fw: false }))];
  const lines = entries.slice(0, SHIFTS_SHOWN).map(({ s, fw }) => {
    const verb = fw ? "imported" : s.addedByDeclarationOnly === true ? "declared" : "used";
    const parts: string[] = [];
    if (s.added.length) parts.push(`${verb} in ${plural(s.added.length, "more file")} (${places(s.added, true)})`);
    if (s.removed.length) parts.push(`no longer in ${plural(s.removed.length, "file")} (${places(s.removed, false)})`);
    return `  - ${named(s, fw)}: ${parts.join("; ")}`;
  });
  const rest = entries.length - SHIFTS_SHOWN;
  if (rest > 0) lines.push(`  - …and ${fmtInt(rest)} more ${rest === 1 ? "framework or feature" : "frameworks or features"}`);
  return lines;
}

function findingRows(findings: readonly Finding[], ctx: LinkContext | undefined): string[][] {
  return findings.map((f) => [severityBadge(f), findingCode(f), findingMessageMarkdown(f, true), locs(f.locations, ctx, true)]);
}

function findingsSection(findings: readonly Finding[], ctx: LinkContext | undefined): Section {
  const sorted = sortFindings(findings);
  const header = ["Severity", "Rule", "Finding", "Where"];
  const align: ("l" | "r")[] = ["l", "l", "l", "l"];
  return {
    key: "findings",
    total: Math.max(1, sorted.length),
    describeCut: (k) =>
      sorted.length === 0
        ? "the findings section"
        : k === 0
          ? `all ${plural(sorted.length, "finding")}`
        : `${fmtInt(sorted.length - k)} of ${plural(sorted.length, "finding")} (the most severe are shown)`,
    render(k) {
      if (k === 0) return "";
      if (sorted.length === 0) return "### Findings\n\nNo problems found.";
      const shown = sorted.slice(0, k);
      const open = shown.slice(0, OPEN_FINDINGS);
      const rest = shown.slice(OPEN_FINDINGS);
      const blocks = [`### Findings (${fmtInt(sorted.length)})`, table(header, align, findingRows(open, ctx))];
      if (rest.length) blocks.push(details(`${plural(rest.length, "more finding")}`, table(header, align, findingRows(rest, ctx))));
      if (shown.length < sorted.length) blocks.push(`${fmtInt(sorted.length - shown.length)} less severe findings are not shown here.`);
      return blocks.join("\n\n");
    },
  };
}

function criteriaSection(report: Report): Section | undefined {
  const fit = report.fit;
  if (!fit || fit.criteria.length === 0) return undefined;
  return {
    key: "criteria",
    total: 1,
    describeCut: () => "the criteria table",
    render(k) {
      if (k === 0) return "";
      const rows = fit.criteria.map((c) => {
        const w = weighted(c);
        const weight = Number.isFinite(c.weight) ? (c.weight === 0 ? "0 (ignored)" : String(c.weight)) : "–";
        const why: string[] = [];
        if (c.weightSource) why.push(c.weightSource === "inferred" ? "inferred" : c.weightSource === "config" ? "your config" : "default");
        if (c.evidence?.length) why.push(c.evidence.map((e) => escapeInlineCode(e, { table: true })).join(", "));
        return [
          escapeMarkdown(criterionLabel(c.id)),
          weight,
          why.join(": ") || "—",
          stars(c.pytorch),
          stars(c.tensorflow),
          formatScore(w.pytorch),
          formatScore(w.tensorflow),
        ];
      });
      const totals = weightedTotals(fit.criteria);
      rows.push(["**Total**", "", "", "", "", `**${formatScore(totals.pytorch)}**`, `**${formatScore(totals.tensorflow)}**`]);
      // How the fit score comes from the total: without these rows a reader sees 119 against 121 become 64 against 75.
      const { matrixScores: m, useCaseScores: u } = fit;
      if (m && u) {
        const part = (n: number) => (Number.isFinite(n) ? String(n) : "–");
        const share = (x: number) => `${Math.round(x * 100)}%`;
        rows.push([`Decision-matrix part: the totals on 0–100 (${share(MATRIX_SHARE)} of the score)`, "", "", "", "", part(m.pytorch), part(m.tensorflow)]);
        rows.push([`Use-case part: requirements that favour each, on 0–100 (${share(USECASE_SHARE)})`, "", "", "", "", part(u.pytorch), part(u.tensorflow)]);
      }
      rows.push(["**Fit score (0–100)**", "", "", "", "", `**${formatScore(fit.scores.pytorch)}**`, `**${formatScore(fit.scores.tensorflow)}**`]);
      const blocks = [
        "### Fit against the article's criteria",
        table(["Criterion", "Weight", "Weight from", "PyTorch", "TensorFlow", "PyTorch × weight", "TensorFlow × weight"], ["l", "r", "l", "l", "l", "r", "r"], rows),
      ];
      const notes: string[] = [];
      if (fit.requirements.length) {
        const reqs = fit.requirements.map((r) => {
          const ev = r.evidence.length ? ` (from ${r.evidence.slice(0, 4).map((e) => escapeInlineCode(e)).join(", ")}${r.evidence.length > 4 ? ", …" : ""})` : "";
          return `${escapeMarkdown(requirementLabel(r.id))}${ev}${r.bridged ? ", met through the ONNX boundary (neutral)" : ""}`;
        });
        notes.push(`Requirements seen in this project: ${reqs.join("; ")}.`);
      }
      const margin = typeof fit.margin === "number" && Number.isFinite(fit.margin) ? ` A mismatch needs the other framework to lead by ${formatScore(fit.margin)} points.` : "";
      notes.push(`Stars: the article's decision matrix, ${ARTICLE_CITATION}. Weights: this project's.${margin}`);
      blocks.push(notes.join("\n\n"));
      return blocks.join("\n\n");
    },
  };
}

function chartSection(report: Report): Section | undefined {
  const fit = report.fit;
  const chart = fit ? mermaidChart(fit.criteria) : undefined;
  if (!chart) return undefined;
  return {
    key: "chart",
    total: 1,
    describeCut: () => "the chart",
    render: (k) => (k === 0 ? "" : details("Chart: weighted score per criterion", "```mermaid\n" + chart + "\n```")),
  };
}

function stackSection(report: Report, ctx: LinkContext | undefined): Section | undefined {
  if (report.frameworks.length === 0) return undefined;
  return {
    key: "stack",
    total: 1,
    describeCut: () => "the framework table",
    render(k) {
      if (k === 0) return "";
      const rows = report.frameworks.map((f: FrameworkReport) => {
        const name = `**${escapeMarkdown(frameworkName(f.id))}**${report.primaryFramework === f.id ? " (primary)" : ""}`;
        const places = Math.max(f.importCount ?? 0, f.importWitnesses.length);
        const imported =
          (f.imported || f.importWitnesses.length
            ? f.importWitnesses.length
              ? `${plural(places, "place")}, e.g. ${locationMarkdown(f.importWitnesses[0]!, ctx, { table: true })}`
              : "yes"
            : "not imported") +
          importQualifier(f) +
          backendQualifier(f);
        const decl = f.declared.slice(0, MAX_DECLARED).map((d) => declaredText(d, ctx, true));
        if (f.declared.length > MAX_DECLARED) decl.push(`and ${fmtInt(f.declared.length - MAX_DECLARED)} more`);
        return [name, imported, decl.length ? decl.join("<br>") : undeclaredText(f, report)];
      });
      return ["### Stack", table(["Framework", "Imported", "Declared"], ["l", "l", "l"], rows)].join("\n\n");
    },
  };
}

const GROUP_ORDER = ["pytorch", "tensorflow", "keras", "jax", "interop"];

function featuresSection(report: Report, ctx: LinkContext | undefined): Section | undefined {
  if (report.features.length === 0) return undefined;
  const rank = (fw: string) => {
    const i = GROUP_ORDER.indexOf(fw);
    return i < 0 ? GROUP_ORDER.length : i;
  };
  const ordered = report.features
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.framework) - rank(b.f.framework) || a.i - b.i)
    .map((x) => x.f);
  return {
    key: "features",
    total: ordered.length,
    describeCut: (k, total) => (k === 0 ? "the feature list" : `${fmtInt(total - k)} of ${plural(total, "feature")}`),
    render(k) {
      if (k === 0) return "";
      const shown = ordered.slice(0, k);
      const lines: string[] = ["**Features in use**", ""];
      let group: string | undefined;
      const groupCounts = new Map<string, number>();
      for (const f of ordered) groupCounts.set(f.framework, (groupCounts.get(f.framework) ?? 0) + 1);
      for (const f of shown as FeatureReport[]) {
        if (f.framework !== group) {
          group = f.framework;
          lines.push(`- **${escapeMarkdown(frameworkName(group))}** (${fmtInt(groupCounts.get(group) ?? 0)})`);
        }
        const uses = typeof f.count === "number" && f.count > 1 ? `, ${plural(f.count, "use")}` : "";
        const where = f.witnesses[0] ? ` at ${locationMarkdown(f.witnesses[0], ctx)}` : "";
        const { parts, more } = detailParts(f.details ?? []);
        const det = parts.length ? ` — ${parts.map((d) => escapeInlineCode(d)).join(", ")}${more ? ` and ${fmtInt(more)} more` : ""}` : "";
        lines.push(`  - ${escapeInlineCode(f.id)}${where}${uses}${det}`);
      }
      if (shown.length < ordered.length) lines.push(`- …and ${plural(ordered.length - shown.length, "more feature")}`);
      return lines.join("\n");
    },
  };
}

function evidenceSection(report: Report, ctx: LinkContext | undefined): Section | undefined {
  const rows: string[][] = [];
  for (const f of report.frameworks) {
    for (const w of f.importWitnesses) rows.push([`${escapeMarkdown(frameworkName(f.id))} import`, locationMarkdown(w, ctx, { table: true })]);
    for (const d of f.declared)
      rows.push([`${escapeMarkdown(frameworkName(f.id))} dependency ${escapeInlineCode(declaredLabel(d), { table: true })}`, locationMarkdown(d, ctx, { table: true })]);
  }
  for (const f of report.features) for (const w of f.witnesses) rows.push([`feature ${escapeInlineCode(f.id, { table: true })}`, locationMarkdown(w, ctx, { table: true })]);
  if (rows.length === 0) return undefined;
  return {
    key: "evidence",
    total: rows.length,
    describeCut: (k, total) => (k === 0 ? "the evidence table" : `${fmtInt(total - k)} of ${fmtInt(total)} evidence rows`),
    render(k) {
      if (k === 0) return "";
      const shown = rows.slice(0, k);
      const more = rows.length - shown.length;
      const body = table(["Evidence", "Where"], ["l", "l"], shown) + (more > 0 ? `\n\n…and ${fmtInt(more)} more rows.` : "");
      return details(`Evidence: ${plural(rows.length, "location")}`, body);
    },
  };
}

function notesSection(report: Report, ctx: LinkContext | undefined): Section | undefined {
  const notes: OutdatedNote[] = report.fit?.outdatedNotes ?? [];
  const recs = (report.fit?.recommendations ?? []).filter((r) => typeof r === "string" && r.trim() !== "");
  const total = notes.length + recs.length;
  if (total === 0) return undefined;
  return {
    key: "notes",
    total,
    describeCut: (k, t) => (k === 0 ? "the article corrections and recommendations" : `${fmtInt(t - k)} of ${fmtInt(t)} article corrections and recommendations`),
    render(k) {
      if (k === 0) return "";
      const blocks: string[] = [];
      const shownNotes = notes.slice(0, k);
      const shownRecs = recs.slice(0, Math.max(0, k - notes.length));
      if (shownNotes.length) {
        const lines = shownNotes.map((n) => {
          const where = n.locations.length ? ` Seen at ${locs(n.locations, ctx, false)}.` : "";
          const src = safeUrl(n.source);
          return `- **${escapeMarkdown(n.topic)}**: ${escapeMarkdown(n.note)}${where}${src ? ` ([source](${src}))` : ""}`;
        });
        blocks.push("### Where the article is out of date", lines.join("\n"));
      }
      if (shownRecs.length) blocks.push("### Recommendations", shownRecs.map((r) => `- ${escapeMarkdown(r)}`).join("\n"));
      if (shownNotes.length + shownRecs.length < total) blocks.push(`…and ${fmtInt(total - shownNotes.length - shownRecs.length)} more.`);
      return blocks.join("\n\n");
    },
  };
}

function footer(report: Report): string {
  const s = report.stats;
  const files = Number.isFinite(s?.filesScanned) ? plural(s.filesScanned, "file") : "";
  const bytes = Number.isFinite(s?.bytesScanned) ? formatBytes(s.bytesScanned) : "";
  const ms = Number.isFinite(s?.durationMs) ? `${fmtInt(s.durationMs)} ms` : "";
  const scanned = files ? ` · ${files}${bytes ? ` (${bytes})` : ""} scanned${ms ? ` in ${ms}` : ""}` : "";
  const version = escapeMarkdown(report.tool?.version ?? "");
  return `<sub>ml-framework-audit ${version}${scanned} · criteria stars from ${ARTICLE_CITATION}</sub>`;
}

// ---------------------------------------------------------------------------
// Assembly and size limit
// ---------------------------------------------------------------------------

function markerLine(marker: string | undefined): string {
  const fallback = `${COMMENT_MARKER_PREFIX} -->`;
  if (marker === undefined) return fallback;
  const m = singleLine(marker).trim();
  // Used as given when it is one well-formed comment (the GitHub layer finds its comment by this exact text).
  if (/^<!--(?!>|->)/.test(m) && m.endsWith("-->") && !/--|[<>]/.test(m.slice(4, -3)) && m.startsWith(COMMENT_MARKER_PREFIX)) return m;
  const inner = m.replace(/<!--|--!?>/g, " ").replace(/--+/g, "-").replace(/[<>!]/g, "").replace(/\s+/g, " ").trim();
  const body = inner.startsWith("ml-framework-audit") ? inner : `ml-framework-audit ${inner}`.trim();
  return `<!-- ${body} -->`;
}

/** Which sections are cut first when the comment is too long: [section key, floor]. */
const CUT_ORDER: [string, number][] = [
  ["evidence", 0],
  ["findings", OPEN_FINDINGS],
  ["chart", 0],
  ["features", 0],
  ["notes", 0],
  ["stack", 0],
  ["criteria", 0],
  ["delta", 1],
  ["findings", 1],
  ["delta", 0],
  ["findings", 0],
  ["summary", 0],
];

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const ctx = opts.links;
  const maxLength = typeof opts.maxLength === "number" && Number.isFinite(opts.maxLength) && opts.maxLength > 0 ? Math.floor(opts.maxLength) : DEFAULT_MAX_LENGTH;
  const hint = opts.fullReportHint ? singleLine(opts.fullReportHint).trim() : "";
  const title = opts.title ? `${escapeMarkdown(opts.title)}: ` : "";
  const head = [markerLine(opts.marker), `${title}${verdictLine(report)}`];

  const summaryText = summaryBlock(report);
  const summary: Section = { key: "summary", total: 1, describeCut: () => "the summary", render: (k) => (k ? summaryText : "") };
  const sections = [
    summary,
    report.delta ? deltaSection(report.delta, ctx, report.primaryFramework) : undefined,
    findingsSection(report.findings, ctx),
    criteriaSection(report),
    chartSection(report),
    stackSection(report, ctx),
    featuresSection(report, ctx),
    evidenceSection(report, ctx),
    notesSection(report, ctx),
  ].filter((s): s is Section => s !== undefined);
  const tail = footer(report);

  const shown = new Map(sections.map((s) => [s.key, s.total]));
  const cache = new Map<string, string>();
  const renderSection = (s: Section, k: number) => {
    const key = `${s.key}:${k}`;
    let out = cache.get(key);
    if (out === undefined) {
      out = s.render(k);
      cache.set(key, out);
    }
    return out;
  };
  const notice = (): string => {
    const cut = sections.filter((s) => (shown.get(s.key) ?? 0) < s.total).map((s) => s.describeCut(shown.get(s.key) ?? 0, s.total));
    if (cut.length === 0) return "";
    const where = hint ? ` The full report is in ${hint}.` : "";
    return `> [!NOTE]\n> **This comment was shortened** to stay under GitHub's comment size limit. Left out: ${cut.map((c) => escapeMarkdown(c)).join("; ")}.${where}`;
  };
  const assemble = (): string => {
    const body = sections.map((s) => renderSection(s, shown.get(s.key) ?? 0)).filter((b) => b !== "");
    const n = notice();
    return [...head, ...(n ? [n] : []), ...body, tail].join("\n\n") + "\n";
  };

  let out = assemble();
  if (out.length <= maxLength) return out;

  for (const [key, floor] of CUT_ORDER) {
    const s = sections.find((x) => x.key === key);
    if (!s) continue;
    const current = shown.get(key) ?? 0;
    if (current <= floor) continue;
    // Largest k in [floor, current) that fits; k = floor if none does (then move on to the next section).
    let lo = floor;
    let hi = current - 1;
    shown.set(key, floor);
    if (assemble().length > maxLength) continue;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      shown.set(key, mid);
      if (assemble().length <= maxLength) lo = mid;
      else hi = mid - 1;
    }
    shown.set(key, lo);
    out = assemble();
    if (out.length <= maxLength) return out;
  }
  // Not even the verdict fits: the smallest comment that still says where the report is.
  const minimal = [head[0], `${title}${verdictLine(report)}`, `**This comment was shortened**: the report is too large for it.${hint ? ` The full report is in ${hint}.` : ""}`].join("\n\n") + "\n";
  if (minimal.length <= maxLength) return minimal;
  return head[0]!.length + 1 <= maxLength ? `${head[0]}\n` : "";
}

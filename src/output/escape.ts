/**
 * Escaping for strings that come from the scanned repository (paths, distribution names, specifiers,
 * messages that embed them). Everything the markdown renderer prints from a report goes through one of
 * these functions, so a hostile file name cannot open a link, an image, raw HTML, a table cell, a
 * heading, emphasis, a code span, `@`-mention a user or `#`-reference an issue in the PR comment.
 */

/** Zero-width space: invisible, but it breaks GitHub's `@user` / `#123` / `GH-1` / URL recognition. */
export const ZWSP = "\u200b";

/** Control characters (C0 except tab/newline handled separately, DEL, C1) and line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Bidirectional overrides and isolates ("Trojan Source"): shown as a visible placeholder. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text: newlines, tabs and control characters become spaces, bidi controls become U+FFFD. */
export function singleLine(text: string): string {
  return String(text).replace(/\r\n|[\r\n\t]/g, " ").replace(CONTROL, " ").replace(BIDI, "\ufffd");
}

/** Break the patterns GitHub turns into mentions, issue references and bare URL/e-mail links. */
function defuseGitHubRefs(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/\b(gh)-(\d)/gi, `$1-${ZWSP}$2`);
}

/**
 * Escape text for inline Markdown (a paragraph, a list item or a GFM table cell). Every ASCII punctuation
 * character with a meaning in CommonMark, GFM or GitHub (links, images, HTML, entities, emphasis,
 * strikethrough, code, headings, lists, tables, math, footnotes) is backslash-escaped; CommonMark renders
 * `\x` as `x`, so the text reads the same. `, ; ' " / ? %` carry no syntax and stay as they are. Newlines
 * become spaces so a table row or list item stays one line.
 */
export function escapeMarkdown(text: string): string {
  return defuseGitHubRefs(singleLine(text)).replace(/[\\`*_{}[\]<>()#+\-.!|~&$=^@:]/g, "\\$&");
}

/**
 * Escape text for raw HTML context (e.g. inside `<summary>`, where Markdown escapes are not processed).
 */
export function escapeHtml(text: string): string {
  return defuseGitHubRefs(singleLine(text))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/\|/g, "&#124;")
    .replace(/`/g, "&#96;")
    .replace(/\*/g, "&#42;")
    .replace(/_/g, "&#95;")
    .replace(/\[/g, "&#91;")
    .replace(/]/g, "&#93;")
    .replace(/\\/g, "&#92;");
}

export interface InlineCodeOptions {
  /** The span sits in a GFM table cell: `|` must be written `\|` (GFM splits cells before parsing code). */
  table?: boolean;
}

/**
 * A complete code span (backticks included) showing `text` literally. The fence is one backtick longer
 * than the longest backtick run inside, and padded with spaces so content that starts or ends with a
 * backtick survives. Inside a code span GitHub creates no links, mentions or HTML.
 */
export function escapeInlineCode(text: string, opts: InlineCodeOptions = {}): string {
  let body = singleLine(text);
  if (body.trim() === "") return escapeMarkdown(body === "" ? "(empty)" : "(blank)");
  if (opts.table) body = body.replace(/\|/g, "\\|");
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || body.startsWith(" ") || body.endsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Alias with a more descriptive name for callers building tables or lists. */
export const codeSpan = escapeInlineCode;

/**
 * Text for a Mermaid label we generate ourselves: letters, digits, spaces and a few safe signs only, so
 * the chart source can never be broken out of (quotes, brackets, newlines are removed).
 */
export function mermaidLabel(text: string): string {
  const cleaned = singleLine(text).replace(/[^\p{L}\p{N} .&/+-]/gu, "").replace(/\s+/g, " ").trim();
  return cleaned === "" ? "?" : cleaned.slice(0, 40);
}

/**
 * A URL fit for a Markdown link destination, or undefined when it is not an absolute http(s) URL.
 * Characters that could end the destination or the link (`(`, `)`, `<`, `>`, spaces, quotes) are
 * percent-encoded.
 */
export function safeUrl(raw: string | undefined | null): string | undefined {
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  return url.href.replace(/[()<>"'\s`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

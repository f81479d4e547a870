/**
 * Locations as text and as GitHub links. In a PR the comment links every location to a blob permalink
 * at the head commit; on the CLI (no LinkContext) locations are plain relative paths.
 */
import type { Location } from "../core/types.js";
import { escapeInlineCode, safeUrl } from "./escape.js";

export interface LinkContext {
  /** e.g. "https://github.com" (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The commit the report was computed at (the PR head). */
  sha: string;
}

/** Percent-encode one URL path segment, including the characters encodeURIComponent leaves alone. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Encode a repo-relative `/`-separated path segment by segment (empty and `.` segments dropped). */
export function encodePath(path: string): string {
  return path
    .split("/")
    .filter((s) => s !== "" && s !== ".")
    .map(encodeSegment)
    .join("/");
}

function isLine(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1;
}

/** Whether the location points into a notebook cell. */
export function isNotebookLocation(loc: Location): boolean {
  return typeof loc.cell === "number" && Number.isInteger(loc.cell) && loc.cell >= 0;
}

/**
 * Human label of a location: `train.py:42`, or for notebooks `nb/demo.ipynb (cell 6, line 3)`.
 * Cells are shown as the 0-based index of the JSON report and of every finding message (the first cell of
 * the notebook is "cell 0"), so a location reads the same wherever it appears.
 */
export function locationLabel(loc: Location): string {
  if (isNotebookLocation(loc)) {
    const cell = loc.cell ?? 0;
    return isLine(loc.line) ? `${loc.path} (cell ${cell}, line ${loc.line})` : `${loc.path} (cell ${cell})`;
  }
  return isLine(loc.line) ? `${loc.path}:${loc.line}` : loc.path;
}

/** The terminal form: `path:line` or `path:cell N:line M`. */
export function locationText(loc: Location): string {
  if (isNotebookLocation(loc)) {
    const cell = loc.cell ?? 0;
    return isLine(loc.line) ? `${loc.path}:cell ${cell}:line ${loc.line}` : `${loc.path}:cell ${cell}`;
  }
  return isLine(loc.line) ? `${loc.path}:${loc.line}` : loc.path;
}

/**
 * Blob permalink: `${serverUrl}/${repository}/blob/${sha}/${path}#L${line}`. Notebooks link to the file
 * (GitHub renders them, line anchors would point into the JSON). Returns undefined when the context does
 * not make a valid http(s) URL.
 */
export function blobUrl(ctx: LinkContext, loc: Pick<Location, "path" | "line" | "cell">): string | undefined {
  const server = safeUrl(ctx.serverUrl);
  if (!server) return undefined;
  const repo = ctx.repository.split("/").filter(Boolean).map(encodeSegment).join("/");
  const sha = encodeSegment(ctx.sha);
  if (repo === "" || sha === "") return undefined;
  const base = `${server.replace(/\/+$/, "")}/${repo}/blob/${sha}/${encodePath(loc.path)}`;
  const notebook = isNotebookLocation(loc as Location);
  return !notebook && isLine(loc.line) ? `${base}#L${loc.line}` : base;
}

/**
 * Markdown for a location: a link with the label in a code span when a LinkContext is given, else the
 * label in a code span.
 */
export function locationMarkdown(loc: Location, ctx: LinkContext | undefined, opts: { table?: boolean } = {}): string {
  const label = escapeInlineCode(locationLabel(loc), opts);
  const url = ctx ? blobUrl(ctx, loc) : undefined;
  return url ? `[${label}](${url})` : label;
}

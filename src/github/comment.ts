/**
 * The sticky PR comment: one per workflow + path, found by a hidden marker AND by its author being the
 * token's own identity (a marker in someone else's comment is never touched), updated in place.
 *
 * Identity: the `comment-author` input when given; else `GET /user` (works for personal access tokens and
 * OAuth tokens); an installation token (GITHUB_TOKEN or a GitHub App's) gets 401/403 there, and is then taken
 * to be `github-actions[bot]`, the identity of GITHUB_TOKEN. After creating a comment, the author GitHub
 * records on it is authoritative and is used to remove duplicates left by concurrent runs.
 */
import type { Client } from "./client.js";
import { statusOf } from "./client.js";
import type { CommentMode } from "./inputs.js";

export const GITHUB_ACTIONS_BOT = "github-actions[bot]";
const STATE_FAILING = "<!-- ml-framework-audit:state=failing -->";
const STATE_PASSING = "<!-- ml-framework-audit:state=passing -->";

export interface IssueComment {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
  html_url: string;
  created_at: string;
}

export interface Identity {
  login: string;
  source: "input" | "user" | "installation-token";
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentAction = "created" | "updated" | "unchanged" | "skipped" | "resolved";

export interface CommentResult {
  action: CommentAction;
  url?: string;
  id?: number;
  /** Duplicates of our own comment that were deleted. */
  deleted: number[];
}

/** The hidden marker for one workflow + scanned path. `--` and `>` are removed so it cannot close early. */
export function markerFor(workflow: string, path: string): string {
  const clean = (s: string) => s.replace(/-{2,}/g, "-").replace(/[<>\n\r]/g, "").trim();
  return `<!-- ml-framework-audit:${clean(workflow)}:${clean(path)} -->`;
}

/** The comment body: marker, state marker, then the rendered markdown. */
export function composeBody(marker: string, markdown: string, failing: boolean, prefix?: string): string {
  return [marker, failing ? STATE_FAILING : STATE_PASSING, ...(prefix ? [prefix, ""] : []), markdown].join("\n");
}

export function wasFailing(body: string | null | undefined): boolean {
  return typeof body === "string" && body.includes(STATE_FAILING);
}

export function isOwnComment(c: IssueComment, marker: string, identity: Identity): boolean {
  if (!c.user || typeof c.body !== "string") return false;
  if (!c.body.startsWith(marker) && !c.body.includes(`\n${marker}`)) return false;
  return c.user.login.toLowerCase() === identity.login.toLowerCase();
}

/** Oldest first (creation time, then id): the oldest of our comments is the one kept. */
function oldestFirst(a: IssueComment, b: IssueComment): number {
  return a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1;
}

export async function resolveIdentity(client: Client, override?: string): Promise<Identity> {
  if (override) return { login: override, source: "input" };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return { login: data.login, source: "user" };
  } catch (error) {
    const s = statusOf(error);
    if (s !== 401 && s !== 403 && s !== 404) throw error;
  }
  return { login: GITHUB_ACTIONS_BOT, source: "installation-token" };
}

export async function listOwnComments(client: Client, target: CommentTarget, marker: string, identity: Identity): Promise<IssueComment[]> {
  const all = (await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) as IssueComment[];
  return all.filter((c) => isOwnComment(c, marker, identity)).sort(oldestFirst);
}

export interface UpsertOptions {
  marker: string;
  /** The rendered markdown (without marker). */
  markdown: string;
  mode: CommentMode;
  failing: boolean;
  identity: Identity;
  /** Shown at the top when an earlier failing comment is updated after the problems are gone (on-failure). */
  resolvedNote: string;
}

async function deleteQuietly(client: Client, target: CommentTarget, id: number): Promise<boolean> {
  try {
    await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: id });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false; // a concurrent run deleted it first
    throw error;
  }
}

/**
 * Creates or updates the sticky comment according to `mode`, then collapses duplicates (ours only) to the
 * oldest. Errors from the API propagate (the caller turns 403/404 into a warning).
 */
export async function upsertComment(client: Client, target: CommentTarget, o: UpsertOptions): Promise<CommentResult> {
  if (o.mode === "never") return { action: "skipped", deleted: [] };
  const ours = await listOwnComments(client, target, o.marker, o.identity);
  const deleted: number[] = [];
  let existing = ours[0];
  for (const extra of ours.slice(1)) if (await deleteQuietly(client, target, extra.id)) deleted.push(extra.id);

  let body = composeBody(o.marker, o.markdown, o.failing);
  if (o.mode === "on-failure" && !o.failing) {
    if (!existing || !wasFailing(existing.body)) return { action: "skipped", url: existing?.html_url, id: existing?.id, deleted };
    body = composeBody(o.marker, o.markdown, false, o.resolvedNote);
  }

  if (existing) {
    if (existing.body === body && o.mode !== "always") return { action: "unchanged", url: existing.html_url, id: existing.id, deleted };
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    const action: CommentAction = o.mode === "on-failure" && !o.failing ? "resolved" : "updated";
    return { action, url: data.html_url, id: data.id, deleted };
  }

  const { data: created } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  // Concurrent runs may each have created one: re-list (as the author GitHub recorded) and keep the oldest.
  const author: Identity = created.user?.login ? { login: created.user.login, source: o.identity.source } : o.identity;
  const after = await listOwnComments(client, target, o.marker, author);
  existing = after[0];
  if (!existing || existing.id === created.id) {
    for (const extra of after.slice(1)) if (await deleteQuietly(client, target, extra.id)) deleted.push(extra.id);
    return { action: "created", url: created.html_url, id: created.id, deleted };
  }
  for (const extra of after.slice(1)) if (await deleteQuietly(client, target, extra.id)) deleted.push(extra.id);
  if (existing.body !== body) {
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    return { action: "updated", url: data.html_url, id: data.id, deleted };
  }
  return { action: "unchanged", url: existing.html_url, id: existing.id, deleted };
}

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT_CHARS = 65_536;

/**
 * Renders the comment markdown within GitHub's limit, leaving room for the markers and a note.
 * `render(maxLength)` is the markdown renderer; its own shortening is trusted first, then checked.
 */
export function fitCommentMarkdown(render: (maxLength?: number) => string, reportHint: string): string {
  const budget = COMMENT_LIMIT_CHARS - 2_000;
  const md = render(budget);
  if (md.length <= budget) return md;
  const tail = `\n\n… (the comment was cut to fit GitHub's ${COMMENT_LIMIT_CHARS}-character limit; ${reportHint})\n`;
  let cut = md.slice(0, budget - tail.length);
  const nl = cut.lastIndexOf("\n");
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += "\n```";
  return cut + tail;
}

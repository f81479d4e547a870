/**
 * The base side of a pull request (or merge group), three ways, cheapest first:
 *  1. git: the base commit is in the checkout (`git cat-file -e`), the engine audits its tree.
 *  2. git fetch: a shallow checkout (fetch-depth 1) lacks it; `git fetch --depth=1 origin <sha>` brings it.
 *  3. API overlay: no git access (e.g. no credentials persisted): the PR's changed files are listed
 *     (pulls/list-files) and those the audit reads are fetched at the base sha (repos/get-content) and laid
 *     over a copy of the head tree; files the PR added are removed from the copy. Renames are undone.
 *     Model artifacts are only ever seen by name, so a removed artifact is restored as an empty file.
 * When none works, the delta is skipped with a warning and `fail-scope: introduced` judges the repository.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { classify } from "../scanning/discovery.js";
import type { Client } from "./client.js";
import { describeApiError } from "./client.js";

export type BaseSource =
  | { kind: "git"; ref: string; how: "present" | "fetched" }
  | { kind: "overlay"; dir: string; fetched: number; removed: number; cleanup: () => void }
  | { kind: "none"; reason: string };

/** The audit's configuration file, which the base's audit reads too. */
const CONFIG_FILE = /(^|\/)\.github\/ml-framework-audit\.ya?ml$/;

/**
 * Files the audit reads, by discovery's own rules (classify): only these are fetched for the overlay. A list
 * of its own here had fallen behind (conda.yaml, reqs/, Containerfile.*, pixi.toml).
 */
export function isScannedPath(p: string): boolean {
  const kind = classify(p);
  return (kind !== undefined && kind !== "artifact") || CONFIG_FILE.test(p);
}

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 }).trim();
}

export function hasCommit(cwd: string, sha: string): boolean {
  try {
    git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export interface BaseOptions {
  /** The scanned folder (absolute). */
  root: string;
  /** The scanned folder relative to the repository root, `/`-separated ("" for the root). */
  repoPrefix: string;
  baseSha: string;
  client?: Client;
  owner: string;
  repo: string;
  pullNumber?: number;
  /** At most this many files are fetched through the API (default 300). */
  maxApiFiles?: number;
  log: (m: string) => void;
}

export async function prepareBase(o: BaseOptions): Promise<BaseSource> {
  let inGit = false;
  try {
    inGit = git(o.root, ["rev-parse", "--is-inside-work-tree"]) === "true";
  } catch {
    inGit = false;
  }
  if (inGit) {
    if (hasCommit(o.root, o.baseSha)) return { kind: "git", ref: o.baseSha, how: "present" };
    try {
      git(o.root, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", o.baseSha]);
      if (hasCommit(o.root, o.baseSha)) return { kind: "git", ref: o.baseSha, how: "fetched" };
    } catch (error) {
      o.log(`git fetch of the base commit ${o.baseSha.slice(0, 12)} failed (${(error as Error).message.split("\n")[0]}); trying the API.`);
    }
  }
  if (!o.client || o.pullNumber === undefined) return { kind: "none", reason: "the base commit is not in the checkout and there is no pull request to ask the API about" };
  try {
    return await overlayFromApi(o, o.client, o.pullNumber);
  } catch (error) {
    return { kind: "none", reason: `the base files could not be fetched through the API (${describeApiError(error)})` };
  }
}

interface ChangedFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

async function overlayFromApi(o: BaseOptions, client: Client, pullNumber: number): Promise<BaseSource> {
  const files = (await client.paginate(client.rest.pulls.listFiles, { owner: o.owner, repo: o.repo, pull_number: pullNumber, per_page: 100 })) as ChangedFile[];
  // The list stops at 3,000 files; a PR that large gets no API delta.
  if (files.length >= 3000) return { kind: "none", reason: "the pull request changes 3,000 files or more, beyond what the API lists" };
  const prefix = o.repoPrefix ? o.repoPrefix.replace(/\/?$/, "/") : "";
  const inScope = (p: string) => p.startsWith(prefix);
  const toFetch = new Set<string>();
  const toRemove = new Set<string>();
  const toTouch = new Set<string>();
  for (const f of files) {
    const headPath = f.filename;
    const basePath = f.status === "renamed" && f.previous_filename ? f.previous_filename : f.filename;
    if (f.status === "added" || f.status === "renamed" || f.status === "copied") if (inScope(headPath)) toRemove.add(headPath);
    if (f.status === "added" || f.status === "copied") continue;
    if (!inScope(basePath)) continue;
    if (classify(basePath) === "artifact") toTouch.add(basePath);
    else if (isScannedPath(basePath)) toFetch.add(basePath);
    else if (f.status === "removed" || f.status === "renamed") toTouch.add(basePath);
    if (f.status === "renamed") toRemove.add(headPath);
    toRemove.delete(basePath);
  }
  const max = o.maxApiFiles ?? 300;
  if (toFetch.size > max) return { kind: "none", reason: `the pull request changes ${toFetch.size} scanned files, more than the ${max} the API fallback fetches` };

  const dir = mkdtempSync(join(tmpdir(), "mfa-base-api-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(o.root, dir, { recursive: true, filter: (src) => !relative(o.root, src).split(sep).includes(".git") });
    const local = (repoPath: string): string => {
      const rel = repoPath.slice(prefix.length);
      const abs = resolve(dir, ...rel.split("/"));
      if (abs !== dir && !abs.startsWith(dir + sep)) throw new Error(`refusing a path outside the scanned folder: ${repoPath}`);
      return abs;
    };
    for (const p of toRemove) rmSync(local(p), { force: true });
    for (const p of toTouch) {
      mkdirSync(dirname(local(p)), { recursive: true });
      writeFileSync(local(p), "");
    }
    let fetched = 0;
    for (const p of toFetch) {
      const { data } = await client.rest.repos.getContent({ owner: o.owner, repo: o.repo, path: p, ref: o.baseSha });
      if (Array.isArray(data) || data.type !== "file") continue;
      const content = "content" in data && typeof data.content === "string" && data.encoding === "base64" ? Buffer.from(data.content, "base64") : undefined;
      if (!content) {
        o.log(`${p} at the base commit is too large for the contents API; it is left as in the head tree.`);
        continue;
      }
      mkdirSync(dirname(local(p)), { recursive: true });
      writeFileSync(local(p), content);
      fetched++;
    }
    return { kind: "overlay", dir, fetched, removed: toRemove.size, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** The scanned folder relative to the git repository root ("" when it is the root or not in git). */
export function repoPrefixOf(root: string, workspace: string, inputPath: string): string {
  try {
    return git(root, ["rev-parse", "--show-prefix"]).replace(/\/$/, "");
  } catch {
    const rel = relative(workspace, root).split(sep).join(posix.sep);
    return rel === "" || rel.startsWith("..") ? (inputPath === "." ? "" : inputPath) : rel;
  }
}

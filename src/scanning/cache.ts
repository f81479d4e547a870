/**
 * The facts cache (`--cache DIR`): per-file facts kept by content, so a second audit of an unchanged tree,
 * or of a pull request that touches ten files out of twenty thousand, scans only what changed.
 *
 * A file's identity is its git blob id (SHA-1 of `blob <size>\0<bytes>`), the same hash git keeps in its
 * index. An entry is reused when:
 *  1. path, size and mtime are unchanged since it was stored (no read at all), or
 *  2. git's index vouches for the content: the work tree is a git checkout, the file is tracked and not
 *     modified (`git diff` does not list it), and its blob id equals the stored one (no read either; this is
 *     the CI case, where a fresh checkout gives every file a new mtime), or
 *  3. the file, read and hashed, has the stored blob id;
 * and, for facts that were also read from other files (a requirements file's `-r` includes), when each of
 * those still reads the same (src/scanning/repo-reader.ts): an edited include is a miss for the file that
 * includes it, even though that file's own bytes did not change. Everything else is scanned and stored. The cache file is tied to the tool's version and the scanner's
 * own code (a hash of the running bundle), so an upgrade never reuses facts an older scanner produced.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { DiscoveredFile, FileFacts } from "../core/types.js";
import { TOOL_VERSION } from "../core/version.js";
import { makeRepoReader, readsUnchanged, type RepoReader } from "./repo-reader.js";

interface Entry {
  size: number;
  mtimeMs: number;
  blob: string;
  facts: FileFacts;
}

interface CacheFile {
  salt: string;
  entries: Record<string, Entry>;
}

/** git's blob id of some bytes. */
export function blobId(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

let codeSalt: string | undefined;
/** Version + a hash of the code that produces facts (the running bundle or source file). */
function salt(): string {
  if (codeSalt === undefined) {
    let code = "";
    try {
      code = createHash("sha1").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 16);
    } catch {
      code = "unknown";
    }
    codeSalt = `${TOOL_VERSION}:${code}`;
  }
  return codeSalt;
}

/** Blob ids of the tracked, unmodified files under `root` (paths relative to root), or an empty map. */
export function gitBlobIds(root: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const opts = { cwd: root, encoding: "buffer" as const, maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] as ["ignore", "pipe", "ignore"] };
    const staged = execFileSync("git", ["ls-files", "-s", "-z", "--", "."], opts).toString("utf8");
    for (const rec of staged.split("\0")) {
      // "<mode> <sha> <stage>\t<path>"
      const tab = rec.indexOf("\t");
      if (tab < 0) continue;
      const meta = rec.slice(0, tab).split(" ");
      if (meta[2] !== "0" || !meta[1]) continue;
      out.set(rec.slice(tab + 1), meta[1]);
    }
    if (out.size === 0) return out;
    const modified = execFileSync("git", ["diff", "--name-only", "--relative", "-z", "--", "."], opts).toString("utf8");
    for (const p of modified.split("\0")) if (p) out.delete(p);
  } catch {
    out.clear();
  }
  return out;
}

export class FactsCache {
  private entries: Record<string, Entry>;
  private readonly fresh: Record<string, Entry> = {};
  private gitBlobs: Map<string, string> | undefined;
  hits = 0;
  misses = 0;
  /** An entry's size/mtime changed though its content did not: worth writing back. */
  private dirty = false;
  /** Reads the files other facts were read from (made on first need). */
  private reader: RepoReader | undefined;

  private constructor(
    private readonly file: string,
    private readonly root: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = entries;
  }

  /**
   * Opens the cache in `dir` for the tree at `root` (an unreadable or stale file is an empty cache).
   * `knownBlobs` (path -> git blob id) vouches for files whose content is known without reading them, e.g. a
   * base tree written from git (src/core/git-tree.ts); by default git's index for `root` does.
   */
  static open(dir: string, root: string, knownBlobs?: ReadonlyMap<string, string>): FactsCache {
    const file = join(dir, "facts-v1.json");
    let entries: Record<string, Entry> = {};
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
      if (data.salt === salt() && data.entries && typeof data.entries === "object") entries = data.entries;
    } catch {
      // no cache yet, or a broken one: start empty
    }
    const cache = new FactsCache(file, root, entries);
    if (knownBlobs) cache.gitBlobs = new Map(knownBlobs);
    return cache;
  }

  /** Cached facts for a discovered file, when its content is known to be unchanged. */
  lookup(f: DiscoveredFile): FileFacts | undefined {
    const e = this.entries[f.path];
    if (!e || e.size !== f.size) return this.miss();
    if (f.mtimeMs !== undefined && e.mtimeMs === f.mtimeMs) return this.hit(f, e, e.blob);
    this.dirty = true;
    this.gitBlobs ??= gitBlobIds(this.root);
    const fromGit = this.gitBlobs.get(f.path);
    if (fromGit !== undefined) return fromGit === e.blob ? this.hit(f, e, e.blob) : this.miss();
    try {
      const blob = blobId(readFileSync(f.abs));
      return blob === e.blob ? this.hit(f, e, blob) : this.miss();
    } catch {
      return this.miss();
    }
  }

  private hit(f: DiscoveredFile, e: Entry, blob: string): FileFacts | undefined {
    if (e.facts.reads && !readsUnchanged(e.facts.reads, (this.reader ??= makeRepoReader(this.root)))) {
      this.dirty = true;
      return this.miss();
    }
    this.hits++;
    this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts: e.facts };
    return e.facts;
  }

  private miss(): undefined {
    this.misses++;
    return undefined;
  }

  /** Records the facts of a file just scanned; `blob` is the id of the bytes that were scanned. */
  store(f: DiscoveredFile, blob: string, facts: FileFacts): void {
    this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts };
  }

  /** Writes the entries of this run (files gone from the tree are dropped). Never throws. */
  save(): void {
    // Nothing new and nothing gone: the file on disk already says exactly this.
    if (!this.dirty && this.misses === 0 && Object.keys(this.entries).length === this.hits) return;
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ salt: salt(), entries: this.fresh } satisfies CacheFile));
      renameSync(tmp, this.file);
    } catch {
      // a cache that cannot be written only costs speed next time
    }
  }
}

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
 * includes it, even though that file's own bytes did not change. Everything else is scanned and stored.
 * The cache file is tied to the tool's version and the scanner's own code (a hash of the running bundle), so
 * an upgrade never reuses facts an older scanner produced. Facts of another tree (KnownFacts: the head's, for
 * the audit of a pull request's base) are offered by the same rules, in a cache that may live in memory only.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { DiscoveredFile, FileFacts } from "../core/types.js";
import { TOOL_VERSION } from "../core/version.js";
import { makeRepoReader, readsUnchanged, type RepoReader } from "./repo-reader.js";
import { childProcess, crypto } from "../core/on-demand.js";

interface Entry {
  size: number;
  mtimeMs: number;
  blob: string;
  facts: FileFacts;
}

/**
 * Facts of the files of another tree, by path, with the git blob id of the content they were read from: the
 * head's, offered to the audit of the pull request's base, where most files have the same content. Facts are
 * a function of a file's path, content and the files it read (which are checked again), so a file of the
 * base with the same path and blob id gets them without being scanned.
 */
export type KnownFacts = ReadonlyMap<string, { blob: string; facts: FileFacts }>;

interface CacheFile {
  salt: string;
  entries: Record<string, Entry>;
}

/** git's blob id of some bytes. */
export function blobId(bytes: Uint8Array): string {
  return crypto().createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

let codeSalt: string | undefined;
/** Version + a hash of the code that produces facts (the running bundle or source file). */
function salt(): string {
  if (codeSalt === undefined) {
    let code = "";
    try {
      code = crypto().createHash("sha1").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 16);
    } catch {
      code = "unknown";
    }
    codeSalt = `${TOOL_VERSION}:${code}`;
  }
  return codeSalt;
}

/**
 * The facts of a tree's files as KnownFacts, for files whose content git's index vouches for (tracked,
 * unmodified: gitBlobIds); `facts[i]` belongs to `files[i]`.
 */
export function knownFactsOf(root: string, files: readonly DiscoveredFile[], facts: readonly FileFacts[]): KnownFacts {
  const blobs = gitBlobIds(root);
  const known = new Map<string, { blob: string; facts: FileFacts }>();
  if (blobs.size === 0) return known;
  files.forEach((f, i) => {
    const blob = blobs.get(f.path);
    if (blob !== undefined && facts[i] !== undefined) known.set(f.path, { blob, facts: facts[i] });
  });
  return known;
}

/** Blob ids of the tracked, unmodified regular files under `root` (paths relative to root), or an empty map. */
export function gitBlobIds(root: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const opts = { cwd: root, encoding: "buffer" as const, maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] as ["ignore", "pipe", "ignore"] };
    const staged = childProcess().execFileSync("git", ["ls-files", "-s", "-z", "--", "."], opts).toString("utf8");
    for (const rec of staged.split("\0")) {
      // "<mode> <sha> <stage>\t<path>"
      const tab = rec.indexOf("\t");
      if (tab < 0) continue;
      const meta = rec.slice(0, tab).split(" ");
      // A symbolic link's blob is the link's text, not the content the audit reads through it: left out, as
      // submodules (gitlinks) are.
      if (meta[2] !== "0" || !meta[1] || meta[0] === "120000" || meta[0] === "160000") continue;
      out.set(rec.slice(tab + 1), meta[1]);
    }
    if (out.size === 0) return out;
    const modified = childProcess().execFileSync("git", ["diff", "--name-only", "--relative", "-z", "--", "."], opts).toString("utf8");
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
  /** Facts of another tree offered for this one (see open). */
  private known: KnownFacts | undefined;
  /** The blob id of the file being looked up, once found (see contentBlob). */
  private blobOf: { path: string; blob: string | undefined } | undefined;

  private constructor(
    private readonly file: string | undefined,
    private readonly root: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = entries;
  }

  /**
   * Opens the cache in `dir` for the tree at `root` (an unreadable or stale file is an empty cache); without
   * `dir`, a cache that lives only in memory for one scan (nothing is read or written), useful with `known`.
   * `knownBlobs` (path -> git blob id) vouches for files whose content is known without reading them, e.g. a
   * base tree written from git (src/core/git-tree.ts); by default git's index for `root` does.
   * `known` offers facts of another tree (the head's, for the audit of its base: see KnownFacts), reused for a
   * file of this tree at the same path with the same content. `reader` reads the tree's files for the check
   * of facts that read other files (default: from `root` on disk).
   */
  static open(dir: string | undefined, root: string, knownBlobs?: ReadonlyMap<string, string>, known?: KnownFacts, reader?: RepoReader): FactsCache {
    const file = dir === undefined ? undefined : join(dir, "facts-v1.json");
    let entries: Record<string, Entry> = {};
    if (file !== undefined) {
      try {
        const data = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
        if (data.salt === salt() && data.entries && typeof data.entries === "object") entries = data.entries;
      } catch {
        // no cache yet, or a broken one: start empty
      }
    }
    const cache = new FactsCache(file, root, entries);
    if (knownBlobs) cache.gitBlobs = new Map(knownBlobs);
    cache.known = known;
    cache.reader = reader;
    return cache;
  }

  /** Cached (or known) facts for a discovered file, when its content is known to be the one they were read from. */
  lookup(f: DiscoveredFile): FileFacts | undefined {
    this.blobOf = undefined;
    const k = this.known?.get(f.path);
    const facts = this.reuse(f, this.entries[f.path]) ?? (k ? this.reuse(f, { size: k.facts.bytes, mtimeMs: Number.NaN, blob: k.blob, facts: k.facts }) : undefined);
    if (facts === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return facts;
  }

  /** The entry's facts when they hold for the file as it is now (then kept for this run's cache file). */
  private reuse(f: DiscoveredFile, e: Entry | undefined): FileFacts | undefined {
    if (!e || e.size !== f.size) return undefined;
    const blob = e.blob;
    if (f.mtimeMs === undefined || e.mtimeMs !== f.mtimeMs) {
      this.dirty = true;
      if (this.contentBlob(f) !== e.blob) return undefined;
    }
    if (e.facts.reads && !readsUnchanged(e.facts.reads, (this.reader ??= makeRepoReader(this.root)))) {
      this.dirty = true;
      return undefined;
    }
    this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts: e.facts };
    return e.facts;
  }

  /**
   * The file's blob id: from git when it vouches for the file, else read and hashed (undefined when the file
   * cannot be read). Kept for the file being looked up, so a second candidate entry does not read it again.
   */
  private contentBlob(f: DiscoveredFile): string | undefined {
    if (this.blobOf?.path === f.path) return this.blobOf.blob;
    this.gitBlobs ??= gitBlobIds(this.root);
    let blob = this.gitBlobs.get(f.path);
    if (blob === undefined) {
      try {
        blob = blobId(readFileSync(f.abs));
      } catch {
        blob = undefined;
      }
    }
    this.blobOf = { path: f.path, blob };
    return blob;
  }

  /** Records the facts of a file just scanned; `blob` is the id of the bytes that were scanned. */
  store(f: DiscoveredFile, blob: string, facts: FileFacts): void {
    this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts };
  }

  /** The blob id of each file of this run whose facts came from the cache or were stored (path -> id). */
  blobs(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [path, e] of Object.entries(this.fresh)) if (typeof e.blob === "string") out.set(path, e.blob);
    return out;
  }

  /** Writes the entries of this run (files gone from the tree are dropped). Never throws. */
  save(): void {
    // Nothing new and nothing gone: the file on disk already says exactly this.
    if (this.file === undefined) return;
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

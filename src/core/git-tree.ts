/**
 * A commit's tree read from git without writing it out: its listing (`git ls-tree`), the content of some of
 * its files (`git cat-file --batch`), and a reader of its files for manifest includes. The audit of `--base`
 * (and of the PR base in the action) walks the listing (discoverGitTree), takes the head's or the cache's facts
 * for every file whose blob id they were read from, and writes only the other files to disk to scan them.
 *
 * Measured on the 50 MB bench tree as a repository (2,933 files) with a change to 10 files: `git archive |
 * tar -x` of the whole base took ~0.7-2.5 s on this VM (creating the files is the cost, not git), the listing
 * ~15 ms. Tried and dropped before that: hard-linking the unchanged files from the working tree (a link
 * changes the linked file's ctime, after which git re-hashes the whole working tree on its next status) and
 * copying them (slower than `git archive`).
 */
import { posix, sep } from "node:path";
import { classify, type GitTreeFile } from "../scanning/discovery.js";
import { decodeSource } from "../scanning/decode.js";
import { MAX_INCLUDE_BYTES, type RepoReader } from "../scanning/repo-reader.js";
import { childProcess } from "./on-demand.js";

const GIT_OUTPUT = 2 * 1024 * 1024 * 1024;

/**
 * The files (blobs, symbolic links included; submodules left out) of `sha`'s tree under the current folder of
 * `root`, paths relative to it; undefined on any error.
 */
export function listTree(root: string, sha: string): GitTreeFile[] | undefined {
  try {
    const out = childProcess().execFileSync("git", ["ls-tree", "-r", "-l", "-z", sha, "--", "."], { cwd: root, maxBuffer: GIT_OUTPUT, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8");
    const files: GitTreeFile[] = [];
    for (const rec of out.split("\0")) {
      if (!rec) continue;
      // "<mode> <type> <object> <size, padded>\t<path>"
      const tab = rec.indexOf("\t");
      const meta = rec.slice(0, tab).split(" ").filter(Boolean);
      if (tab < 0 || meta.length !== 4) return undefined;
      if (meta[1] !== "blob") continue;
      const path = rec.slice(tab + 1);
      // A crafted commit can name a file `../x.py` (git refuses to check it out, but lists it): such a path
      // would lead out of the folder the files are written to, so it is left out, as a checkout leaves it out.
      if (!isPlainPath(path)) continue;
      files.push({ path, mode: meta[0]!, blob: meta[2]!, size: Number(meta[3]) });
    }
    return files;
  } catch {
    return undefined;
  }
}

/**
 * Whether a listed path is relative and plain: no empty, `.` or `..` segment; on Windows also no `\` or `:`
 * in a name (a separator there, or a drive or stream), which git's checkout refuses there too.
 */
export function isPlainPath(path: string, windows = sep === "\\"): boolean {
  if (path === "" || path.includes("\0")) return false;
  for (const seg of path.split("/")) {
    if (seg === "" || seg === "." || seg === "..") return false;
    if (windows && (seg.includes("\\") || seg.includes(":"))) return false;
  }
  return true;
}

/** Path -> blob id of the regular files of a listing (a symbolic link's blob is its text, not a content). */
export function regularBlobs(files: readonly GitTreeFile[]): Map<string, string> {
  return new Map(files.filter((f) => f.mode !== "120000").map((f) => [f.path, f.blob]));
}


/** The content of each blob (ids absent from the answer could not be read), from one `git cat-file --batch`. */
export function readBlobs(root: string, ids: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (ids.length === 0) return out;
  const buf = childProcess().execFileSync("git", ["cat-file", "--batch"], { cwd: root, input: ids.join("\n") + "\n", maxBuffer: GIT_OUTPUT, stdio: ["pipe", "pipe", "pipe"] });
  // Each answer: "<id> blob <size>\n<content>\n", or "<id> missing\n".
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(10, at);
    if (nl < 0) break;
    const head = buf.toString("latin1", at, nl).split(" ");
    at = nl + 1;
    if (head.length !== 3) continue;
    const size = Number(head[2]);
    if (head[1] === "blob") out.set(head[0]!, buf.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}

/** Most bytes of requirements files gitTreeReader reads ahead in one go. */
const PREFETCH_BYTES = 16 * 1024 * 1024;

/** Symbolic links followed in one path before giving up (a loop), as the kernel's limit. */
const MAX_LINK_HOPS = 40;

/**
 * Reads the files of a commit's tree for manifest includes, with the answers makeRepoReader gives for the
 * same tree written out: `files` is the tree's listing (paths relative to the audited folder). Symbolic links
 * on the way are followed inside the folder (their target is the link's blob), never out of it.
 */
export function gitTreeReader(root: string, files: readonly GitTreeFile[]): RepoReader {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const blobText = new Map<string, string | undefined>();
  const decode = (bytes: Buffer | undefined): string | undefined => {
    // includes are requirements files, read as makeRepoReader reads them
    const decoded = bytes ? decodeSource(bytes, { utf16Bom: true }) : undefined;
    return decoded?.ok ? decoded.text : undefined;
  };
  let prefetched = false;
  const text = (blob: string): string | undefined => {
    if (!prefetched) {
      // Includes are nearly always requirements files: on the first read, all of those (and the link texts,
      // for paths through links) come in one `git cat-file` instead of one process per include.
      prefetched = true;
      const wanted = files.filter((f) => f.mode === "120000" || (f.size <= MAX_INCLUDE_BYTES && classify(f.path) === "requirements"));
      let budget = PREFETCH_BYTES;
      const ids = [...new Set(wanted.filter((f) => (budget -= f.size) >= 0).map((f) => f.blob))];
      try {
        for (const [id, bytes] of readBlobs(root, ids)) blobText.set(id, decode(bytes));
      } catch {
        // read one by one below
      }
    }
    if (!blobText.has(blob)) {
      let t: string | undefined;
      try {
        t = decode(readBlobs(root, [blob]).get(blob));
      } catch {
        t = undefined;
      }
      blobText.set(blob, t);
    }
    return blobText.get(blob);
  };
  /** The regular file a path leads to, links followed; undefined when none (or out of the folder). */
  const resolve = (rel: string): GitTreeFile | undefined => {
    let path = posix.normalize(rel);
    for (let hops = 0; ; ) {
      if (path === ".." || path.startsWith("../") || path.startsWith("/")) return undefined;
      const parts = path.split("/");
      let relinked = false;
      for (let i = 1; i <= parts.length; i++) {
        const f = byPath.get(parts.slice(0, i).join("/"));
        if (!f) continue;
        if (f.mode !== "120000") return i === parts.length ? f : undefined; // a file inside a "folder" that is a file
        if (++hops > MAX_LINK_HOPS) return undefined;
        const target = text(f.blob);
        if (target === undefined || target.startsWith("/")) return undefined;
        path = posix.normalize(posix.join(parts.slice(0, i - 1).join("/"), target, ...parts.slice(i)));
        relinked = true;
        break;
      }
      if (!relinked) return undefined;
    }
  };
  return (rel) => {
    if (rel.includes("\0")) return undefined;
    const f = resolve(rel);
    if (!f || f.size > MAX_INCLUDE_BYTES) return undefined;
    return text(f.blob);
  };
}

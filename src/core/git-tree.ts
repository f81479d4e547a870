/**
 * The git blob id of every regular file of a commit's tree under the current folder of `root` (paths relative
 * to it), from one `git ls-tree`. The audit of `--base` (and of the PR base in the action) extracts that tree
 * with `git archive`, which gives every file a fresh mtime: with these ids the base's facts cache knows each
 * file's content without reading and hashing it, so an unchanged base is all cache hits.
 *
 * Tried and dropped (measured on the 50 MB bench tree as a repository): writing only the changed files from
 * git and hard-linking the rest from the working tree took ~0.25 s instead of ~0.7 s, but a link changes the
 * linked file's ctime, after which git re-hashes the whole working tree on its next status; copying the
 * unchanged files instead was slower than `git archive`.
 */
import { execFileSync } from "node:child_process";

/** Path -> blob id of the regular files (not links, not submodules) of `sha` under `root`; undefined on any error. */
export function treeBlobIds(root: string, sha: string): Map<string, string> | undefined {
  try {
    const out = execFileSync("git", ["ls-tree", "-r", "-z", sha, "--", "."], { cwd: root, maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8");
    const blobs = new Map<string, string>();
    for (const rec of out.split("\0")) {
      if (!rec) continue;
      // "<mode> <type> <object>\t<path>"
      const tab = rec.indexOf("\t");
      const meta = rec.slice(0, tab).split(" ");
      if (tab < 0 || meta.length !== 3) return undefined;
      if (meta[1] === "blob" && meta[0] !== "120000") blobs.set(rec.slice(tab + 1), meta[2]!);
    }
    return blobs;
  } catch {
    return undefined;
  }
}

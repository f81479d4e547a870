/**
 * The files git tracks under the audited folder, for the one question discovery asks of them: is an entry the
 * .gitignore excludes part of the repository anyway? A rule such as `*` followed by `!*.py` (DeepFaceLab's
 * whitelist) or `models/` above a tracked `models/__init__.py` ignores folders whose files were added before
 * the rule or with `git add -f`; git keeps tracking them, a checkout writes them, and the audit must read them.
 * An ignored file that git does not track (a virtualenv, checkpoints, outputs) stays unread.
 *
 * Asked only when the .gitignore excludes an entry that exists, and answered by one `git ls-files` per audit,
 * so a tree that is not a repository, or whose ignored entries are all untracked, never starts git.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { childProcess } from "../core/on-demand.js";

/** Tracked paths under a folder, relative to it and `/`-separated, and every folder above one of them. */
export interface TrackedPaths {
  files: Pick<ReadonlySet<string>, "has">;
  folders: Pick<ReadonlySet<string>, "has">;
}

const NONE: TrackedPaths = { files: new Set(), folders: new Set() };

/** Whether `dir` or a folder above it holds `.git` (a folder, or the file a worktree or submodule has). */
function inWorkTree(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}

/**
 * The paths git's index lists under `root` (a real, absolute path), or none when `root` is not in a work tree
 * or git cannot answer (not installed, a broken repository): then the .gitignore alone decides, as it did.
 * `core.fsmonitor` is switched off so that the listing never starts a hook the repository's config names.
 */
export function trackedPaths(root: string): TrackedPaths {
  if (!inWorkTree(root)) return NONE;
  let out: string;
  try {
    out = childProcess()
      .execFileSync("git", ["-c", "core.fsmonitor=false", "ls-files", "-z", "--cached", "--", "."], { cwd: root, maxBuffer: 1024 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] })
      .toString("utf8");
  } catch {
    return NONE;
  }
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const path of out.split("\0")) {
    if (path === "") continue;
    files.add(path);
    for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
      const folder = path.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return { files, folders };
}

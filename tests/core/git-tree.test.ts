/** Blob ids of a commit's files, for the facts cache of the `--base` audit. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listTree, regularBlobs } from "../../src/core/git-tree.js";
import { blobId } from "../../src/scanning/cache.js";

let tmp: string;
let repo: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" } }).trim();

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-gittree-"));
  repo = join(tmp, "repo");
  mkdirSync(join(repo, "pkg", "sub"), { recursive: true });
  git(tmp, "init", "-q", "-b", "main", repo);
  writeFileSync(join(repo, "train.py"), "import torch\n");
  writeFileSync(join(repo, "pkg", "model.py"), "import tensorflow as tf\r\nx = 1\r\n");
  writeFileSync(join(repo, "pkg", "sub", "gone.py"), "import jax\n");
  symlinkSync("train.py", join(repo, "link.py"));
  git(repo, "add", "-A");
  git(repo, "commit", "-qm", "base");
  writeFileSync(join(repo, "train.py"), "import torch  # changed\n");
  git(repo, "commit", "-qam", "head");
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** The blob ids of a commit's regular files, from its listing. */
const treeBlobIds = (root: string, sha: string) => {
  const files = listTree(root, sha);
  return files && regularBlobs(files);
};

describe("listTree + regularBlobs", () => {
  it("gives each regular file's blob id at the commit, which is the id of the bytes git archive writes", () => {
    const ids = treeBlobIds(repo, "HEAD~1");
    expect(Object.fromEntries([...(ids ?? [])].sort())).toEqual({
      "pkg/model.py": git(repo, "rev-parse", "HEAD~1:pkg/model.py"),
      "pkg/sub/gone.py": git(repo, "rev-parse", "HEAD~1:pkg/sub/gone.py"),
      "train.py": git(repo, "rev-parse", "HEAD~1:train.py"),
    });
    const out = join(tmp, "archived");
    mkdirSync(out);
    execFileSync("sh", ["-c", `git archive --format=tar HEAD~1 | tar -x -C "${out}"`], { cwd: repo });
    for (const [path, id] of ids ?? []) expect(blobId(readFileSync(join(out, path)))).toBe(id);
  });

  it("lists the folder it is run from, with paths relative to it", () => {
    expect([...(treeBlobIds(join(repo, "pkg"), "HEAD~1")?.keys() ?? [])].sort()).toEqual(["model.py", "sub/gone.py"]);
  });

  it("is undefined for what is not a commit", () => {
    expect(treeBlobIds(repo, "0000000000000000000000000000000000000000")).toBeUndefined();
  });
});

/**
 * `--base` with a cache folder: the base's tree is audited with a cache of its own (cacheDir/base), so the head's
 * entries survive and a second audit of the same base reads its facts back instead of scanning again.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit, auditGitRef, BASE_CACHE_FOLDER } from "../../src/core/engine.js";
import type { Report } from "../../src/core/types.js";

let tmp: string;
let repo: string;
let cacheDir: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" } }).trim();

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-basecache-"));
  repo = join(tmp, "repo");
  cacheDir = join(tmp, "cache");
  mkdirSync(repo);
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, "train.py"), "import torch\nmodel = torch.compile(net)\n");
  writeFileSync(join(repo, "requirements.txt"), "torch==2.3.0\n");
  git("add", "-A");
  git("commit", "-qm", "base");
  // The change under review: TensorFlow comes in.
  writeFileSync(join(repo, "serve.py"), "import tensorflow as tf\ntf.saved_model.save(m, 'out')\n");
  writeFileSync(join(repo, "requirements.txt"), "torch==2.3.0\ntensorflow==2.16.1\n");
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const withoutStats = (r: Report) => ({ ...r, stats: undefined, delta: r.delta ? { ...r.delta } : null });
const headEntries = () => Object.keys((JSON.parse(readFileSync(join(cacheDir, "facts-v1.json"), "utf8")) as { entries: object }).entries).sort();

describe("--base with a cache folder", () => {
  it("gives the delta the uncached audit gives, keeps the head's entries, and reads the base back from cacheDir/base", async () => {
    const plain = await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1, base: { ref: "HEAD" } });
    expect(plain.delta).not.toBeNull();
    const first = await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1, cacheDir, base: { ref: "HEAD" } });
    expect(withoutStats(first)).toEqual(withoutStats(plain));
    // The base's audit did not replace the head's entries (serve.py exists only at the head).
    expect(headEntries()).toEqual(["requirements.txt", "serve.py", "train.py"]);
    // The head's facts covered the base but for a few bytes (requirements.txt): its own cache folder was not
    // worth reading or writing.
    expect(existsSync(join(cacheDir, BASE_CACHE_FOLDER, "facts-v1.json"))).toBe(false);

    // Without the head's facts (auditGitRef alone), the base is scanned once and then read back.
    const baseCache = join(cacheDir, BASE_CACHE_FOLDER);
    const cold = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1, baseCache);
    expect(cold.stats).toMatchObject({ filesScanned: 2, cacheHits: 0, cacheMisses: 2 });
    expect(existsSync(join(baseCache, "facts-v1.json"))).toBe(true);
    const base = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1, baseCache);
    expect(base.stats).toMatchObject({ filesScanned: 2, cacheHits: 2, cacheMisses: 0 });
    const second = await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1, cacheDir, base: { ref: "HEAD" } });
    expect(second.stats).toMatchObject({ cacheHits: 3, cacheMisses: 0 });
    expect(withoutStats(second)).toEqual(withoutStats(plain));
  });
});

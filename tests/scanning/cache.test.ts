import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { scanRepository } from "../../src/core/engine.js";
import { blobId, gitBlobIds } from "../../src/scanning/cache.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "nanogpt-like");
let tmp: string;
let repo: string;
let cacheDir: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-cache-"));
  repo = join(tmp, "repo");
  cacheDir = join(tmp, "cache");
  cpSync(FIXTURE, repo, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const scan = (root = repo) => scanRepository(root, DEFAULT_CONFIG, { cacheDir, jobs: 1 });
const strip = (f: Awaited<ReturnType<typeof scan>>) => f.files.map((x) => ({ ...x }));

describe("facts cache", () => {
  it("reuses every file's facts on an unchanged tree, with identical results", async () => {
    const first = await scan();
    const n = first.files.length;
    expect(first.stats.cacheMisses).toBe(n);
    expect(first.stats.cacheHits).toBe(0);
    const second = await scan();
    expect(second.stats.cacheHits).toBe(n);
    expect(second.stats.cacheMisses).toBe(0);
    expect(strip(second)).toEqual(strip(first));
  });

  it("rescans only the file whose content changed", async () => {
    await scan();
    writeFileSync(join(repo, "sample.py"), "import tensorflow as tf\nconverter = tf.lite.TFLiteConverter\n");
    const again = await scan();
    expect(again.stats.cacheMisses).toBe(1);
    const sample = again.files.find((f) => f.path === "sample.py")!;
    expect(sample.usages.map((u) => u.feature)).toContain("tf.lite");
  });

  it("keeps a file whose mtime changed but whose content did not", async () => {
    await scan();
    utimesSync(join(repo, "train.py"), new Date(), new Date(Date.now() + 5000));
    const again = await scan();
    expect(again.stats.cacheMisses).toBe(0);
  });

  it("in a fresh git checkout (new mtimes everywhere) trusts git's blob ids", async () => {
    const git = (cwd: string, ...a: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...a], { cwd, stdio: "pipe" });
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "x");
    await scan();
    const clone = join(tmp, "clone");
    git(tmp, "clone", "-q", repo, clone);
    const blobs = gitBlobIds(clone);
    expect(blobs.get("train.py")).toBe(blobId(readFileSync(join(clone, "train.py"))));
    const cloned = await scan(clone);
    expect(cloned.stats.cacheMisses).toBe(0);
    // A modified tracked file is not vouched for by the index.
    writeFileSync(join(clone, "model.py"), readFileSync(join(clone, "model.py"), "utf8") + "\nimport torch.onnx\n");
    expect(gitBlobIds(clone).has("model.py")).toBe(false);
    expect((await scan(clone)).stats.cacheMisses).toBe(1);
  });

  it("ignores a cache written by another version of the scanner, or a broken cache file", async () => {
    await scan();
    const file = join(cacheDir, "facts-v1.json");
    const data = JSON.parse(readFileSync(file, "utf8")) as { salt: string };
    writeFileSync(file, JSON.stringify({ ...data, salt: "0.0.0:other" }));
    expect((await scan()).stats.cacheHits).toBe(0);
    writeFileSync(file, "{not json");
    expect((await scan()).stats.cacheHits).toBe(0);
  });
});

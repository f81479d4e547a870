import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit, scanRepository } from "../../src/core/engine.js";
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

  it("does not take a symbolic link's blob (its text) for the content read through it", async () => {
    const git = (...a: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...a], { cwd: repo, stdio: "pipe" });
    symlinkSync("train.py", join(repo, "link.py"));
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "x");
    const blobs = gitBlobIds(repo);
    expect(blobs.has("train.py")).toBe(true);
    expect(blobs.has("link.py")).toBe(false);
    await scan();
    // The link's facts are those of train.py's content, and stay cached while that content is unchanged.
    expect((await scan()).stats.cacheMisses).toBe(0);
    writeFileSync(join(repo, "train.py"), "import tensorflow as tf\n");
    const again = await scan();
    expect(again.files.find((f) => f.path === "link.py")!.imports.map((i) => i.module)).toEqual(["tensorflow"]);
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

  describe("a manifest that reads other files", () => {
    // requirements.txt pulls in requirements/base.txt with `-r`: its facts hold base.txt's declarations too,
    // so they depend on a file whose bytes are not requirements.txt's own.
    let small: string;
    beforeEach(() => {
      small = join(tmp, "small");
      mkdirSync(join(small, "requirements"), { recursive: true });
      writeFileSync(join(small, "requirements.txt"), "-r requirements/base.txt\nnumpy\n");
      writeFileSync(join(small, "requirements", "base.txt"), "torch==1.8.0\n");
      writeFileSync(join(small, "train.py"), "import numpy\nimport torch\nmodel = torch.compile(torch.nn.Linear(2, 2))\n");
    });
    const pins = (facts: Awaited<ReturnType<typeof scan>>, path: string) =>
      facts.files.find((f) => f.path === path)!.declared.map((d) => `${d.name}${d.specifier ?? ""}`).sort();

    it("rescans the including file when an include changed, and reports what a fresh audit reports", async () => {
      const first = await scan(small);
      expect(pins(first, "requirements.txt")).toEqual(["numpy", "torch==1.8.0"]);
      writeFileSync(join(small, "requirements", "base.txt"), "torch==2.3.0\n");
      const again = await scan(small);
      // base.txt itself and requirements.txt, which read it; train.py is a hit.
      expect(again.stats.cacheMisses).toBe(2);
      expect(again.stats.cacheHits).toBe(1);
      expect(pins(again, "requirements.txt")).toEqual(["numpy", "torch==2.3.0"]);
      const fresh = await scanRepository(small, DEFAULT_CONFIG, { jobs: 1 });
      expect(strip(again)).toEqual(strip(fresh));
    });

    it("clears a finding that came from the include's old pin (the gate must not fail on stale facts)", async () => {
      const run = () => audit({ root: small, config: DEFAULT_CONFIG, jobs: 1, cacheDir });
      expect((await run()).findings.map((f) => f.id)).toContain("version-too-old");
      writeFileSync(join(small, "requirements", "base.txt"), "torch==2.3.0\n");
      const cached = await run();
      const fresh = await audit({ root: small, config: DEFAULT_CONFIG, jobs: 1 });
      expect(cached.findings.map((f) => f.id)).not.toContain("version-too-old");
      expect(cached.findings).toEqual(fresh.findings);
    });

    it("notices an include that was missing and now exists, or that disappears", async () => {
      rmSync(join(small, "requirements", "base.txt"));
      const missing = await scan(small);
      expect(missing.files.find((f) => f.path === "requirements.txt")!.problems.map((p) => p.kind)).toEqual(["parse-error"]);
      writeFileSync(join(small, "requirements", "base.txt"), "torch==2.3.0\n");
      const found = await scan(small);
      expect(pins(found, "requirements.txt")).toEqual(["numpy", "torch==2.3.0"]);
      expect(found.files.find((f) => f.path === "requirements.txt")!.problems).toEqual([]);
      rmSync(join(small, "requirements", "base.txt"));
      const gone = await scan(small);
      expect(pins(gone, "requirements.txt")).toEqual(["numpy"]);
    });

    it("keeps the including file's facts while its includes read the same", async () => {
      await scan(small);
      utimesSync(join(small, "requirements", "base.txt"), new Date(), new Date(Date.now() + 5000));
      const again = await scan(small);
      expect(again.stats.cacheMisses).toBe(0);
      expect(again.files.find((f) => f.path === "requirements.txt")!.reads).toEqual([
        { path: "requirements/base.txt", digest: expect.stringMatching(/^[0-9a-f]{40}$/) },
      ]);
    });
  });
});

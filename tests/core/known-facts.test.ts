/**
 * The audit of a pull request's base takes over the head's facts for the files the pull request did not touch
 * (same path, same git blob id: KnownFacts), and scans only the others. Every test compares against the base
 * audited on its own, which must give the same report.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit, auditGitRef, type KnownFacts } from "../../src/core/engine.js";
import type { Report } from "../../src/core/types.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
let tmp: string;
let repo: string;
const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" } }).trim();

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-known-"));
  repo = join(tmp, "repo");
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A repository whose first commit is `fixture`, then `change` applied to the working tree (not committed). */
function repoWith(fixture: string, change: () => void): void {
  cpSync(join(FIXTURES, fixture), repo, { recursive: true });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "base");
  change();
}

/** The head's audit, keeping its facts; then the base (HEAD) audited with and without them. */
async function bothWays(): Promise<{ known: KnownFacts; withKnown: Report; alone: Report }> {
  let known: KnownFacts | undefined;
  await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1, onKnownFacts: (k) => (known = k) });
  expect(known).toBeDefined();
  const withKnown = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1, undefined, known);
  const alone = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1);
  return { known: known!, withKnown, alone };
}

const withoutStats = (r: Report) => ({ ...r, stats: { ...r.stats, durationMs: 0, cacheHits: undefined, cacheMisses: undefined } });

describe("the base's audit with the head's facts", () => {
  it("scans only the file the change touched and reports what the base audited alone reports", async () => {
    repoWith("nanogpt-like", () => {
      writeFileSync(join(repo, "train.py"), readFileSync(join(repo, "train.py"), "utf8") + "\nimport tensorflow as tf\n");
      writeFileSync(join(repo, "export.py"), "import torch\ntorch.onnx.export(model, x, 'model.onnx')\n");
    });
    const { known, withKnown, alone } = await bothWays();
    // train.py is modified in the working tree: git's index does not vouch for it, so it is not offered.
    expect(known.has("train.py")).toBe(false);
    expect(known.has("model.py")).toBe(true);
    expect(known.has("export.py")).toBe(false); // untracked
    expect(withKnown.stats.filesScanned).toBe(alone.stats.filesScanned);
    expect(withKnown.stats.cacheMisses).toBe(1);
    expect(withKnown.stats.cacheHits).toBe(alone.stats.filesScanned - 1);
    expect(withoutStats(withKnown)).toEqual(withoutStats(alone));
  });

  it("gives the same delta through --base as before", async () => {
    repoWith("nanogpt-like", () => writeFileSync(join(repo, "serve.py"), "import tensorflow as tf\ntf.saved_model.save(m, 'out')\n"));
    const head = await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1, base: { ref: "HEAD" } });
    expect(head.delta?.added.frameworks).toContain("tensorflow");
    const alone = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1);
    const { computeDelta } = await import("../../src/analysis/delta.js");
    expect(head.delta).toEqual(computeDelta(alone, { ...head }, head.delta!.base));
  });

  it("rescans a base file whose own blob is unchanged when a file it includes differs", async () => {
    repoWith("nanogpt-like", () => undefined);
    mkdirSync(join(repo, "requirements"));
    writeFileSync(join(repo, "requirements.txt"), "-r requirements/base.txt\nnumpy\n");
    writeFileSync(join(repo, "requirements", "base.txt"), "torch==1.8.0\n");
    git("add", "-A");
    git("commit", "-qm", "include");
    // The pull request only bumps the included file (committed, so the index vouches for it).
    writeFileSync(join(repo, "requirements", "base.txt"), "torch==2.3.0\n");
    git("commit", "-qam", "bump");
    let known: KnownFacts | undefined;
    await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1, onKnownFacts: (k) => (known = k) });
    expect(known!.get("requirements.txt")?.facts.reads).toHaveLength(1);
    const withKnown = await auditGitRef(repo, "HEAD~1", DEFAULT_CONFIG, 1, undefined, known);
    const alone = await auditGitRef(repo, "HEAD~1", DEFAULT_CONFIG, 1);
    // requirements/base.txt changed, and requirements.txt read it: both are scanned.
    expect(withKnown.stats.cacheMisses).toBe(2);
    expect(withoutStats(withKnown)).toEqual(withoutStats(alone));
    expect(withKnown.findings.map((f) => f.id)).toContain("version-too-old");
  });

  it.each(["yolov5-like", "mixed-research-prod", "keras-tflite-app", "tf1-estimator-tpu"])("%s: an unchanged tree is all reuse, with the same report", async (fixture) => {
    repoWith(fixture, () => undefined);
    const { withKnown, alone } = await bothWays();
    expect(withKnown.stats.cacheMisses).toBe(0);
    expect(withoutStats(withKnown)).toEqual(withoutStats(alone));
  });
});

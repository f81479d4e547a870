/**
 * The base of a pull request read from git (listing, reused facts, only the rest written out) against the
 * same commit extracted with `git archive` and walked on disk: discovery must keep the same files, and the
 * audit must give the same report.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, type Config } from "../../src/config/schema.js";
import { audit, auditGitRef, type KnownFacts } from "../../src/core/engine.js";
import { listTree } from "../../src/core/git-tree.js";
import type { Report } from "../../src/core/types.js";
import { discoverFiles, discoverGitTree, type DiscoveryOptions } from "../../src/scanning/discovery.js";

let tmp: string;
let repo: string;
const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@e", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@e" } }).trim();

function put(rel: string, content = "import torch\nx = torch.zeros(1)\n"): void {
  const abs = join(repo, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-gitaudit-"));
  repo = join(tmp, "repo");
  mkdirSync(repo);
  git("init", "-q", "-b", "main");
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A tree with what discovery treats specially, committed (ignored files force-added, as repositories do). */
function commitTrickyTree(): void {
  put(".gitignore", "generated/\n*.tmp.py\nlogs/*\n!logs/keep.py\n");
  put("train.py");
  put("generated/big.py");
  put("scratch.tmp.py");
  put("logs/drop.py");
  put("logs/keep.py");
  put(".venv/lib/site.py");
  put("myenv/pyvenv.cfg", "home = /usr/bin\n");
  put("myenv/lib/tf.py", "import tensorflow\n");
  put("pkg/__pycache__/mod.py");
  put("build/out.py");
  put("src/pkg/model.py", "import tensorflow as tf\nm = tf.keras.Sequential()\n");
  put("src/pkg/huge.py", "x = 1\n".repeat(400));
  put("third_party/vendored.py");
  put("nb/demo.ipynb", JSON.stringify({ cells: [{ cell_type: "code", source: ["import jax\n"], metadata: {}, outputs: [] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
  put("requirements.txt", "-r requirements/base.txt\nnumpy\n");
  put("requirements/base.txt", "torch==1.8.0\n");
  put("docker/Dockerfile", "FROM pytorch/pytorch:2.1.0-cuda11.8-cudnn8-runtime\nRUN pip install -r requirements.txt\n");
  put("weights/best.pt", "\0\0binary");
  put("README.md", "# torch.compile is mentioned here only\n");
  git("add", "-A");
  git("add", "-f", "generated/big.py", "scratch.tmp.py", "logs/drop.py", ".venv/lib/site.py");
  git("commit", "-qm", "base");
}

function archived(sha = "HEAD"): string {
  const out = mkdtempSync(join(tmp, "archive-"));
  execFileSync("sh", ["-c", `git archive --format=tar ${sha} | tar -x -C "${out}"`], { cwd: repo });
  return out;
}

const shape = (r: { files: { path: string; size: number; kind: string }[]; problems: { path: string; message: string }[] }) => ({
  files: r.files.map((f) => `${f.kind} ${f.path} ${f.size}`),
  problems: r.problems.map((p) => `${p.path}: ${p.message}`).sort(),
});

describe("discoverGitTree", () => {
  const optionSets: [string, DiscoveryOptions][] = [
    ["defaults", {}],
    ["a small size limit", { maxFileBytes: 1000 }],
    ["exclude globs", { exclude: ["third_party/**", "**/huge.py"] }],
    ["include globs", { include: ["src/**", "requirements*.txt", "nb/*.ipynb"] }],
    ["without the .gitignore", { gitignore: false }],
  ];
  it.each(optionSets)("keeps the files discoverFiles keeps on the checked-out tree (%s)", async (_label, options) => {
    commitTrickyTree();
    const listing = listTree(repo, "HEAD")!;
    // A checkout of the commit: every file of it is tracked, so the .gitignore leaves none out on either side.
    const onDisk = await discoverFiles(repo, options);
    const fromGit = discoverGitTree(listing, join(tmp, "nowhere"), options)!;
    expect(shape(fromGit)).toEqual(shape(onDisk));
    expect(fromGit.files.every((f) => f.abs === join(tmp, "nowhere", f.path))).toBe(true);
    // The force-added files the rules ignore are read (.venv is never entered, tracked or not).
    const paths = fromGit.files.map((f) => f.path);
    if (!options.include) expect(paths).toEqual(expect.arrayContaining(["generated/big.py", "scratch.tmp.py", "logs/drop.py", "logs/keep.py"]));
    expect(paths.some((p) => p.startsWith(".venv/"))).toBe(false);
  });

  it("reads the same tree outside a repository by the .gitignore alone", async () => {
    commitTrickyTree();
    const paths = (await discoverFiles(archived())).files.map((f) => f.path);
    expect(paths).toContain("logs/keep.py");
    for (const p of ["generated/big.py", "scratch.tmp.py", "logs/drop.py"]) expect(paths).not.toContain(p);
  });

  it("walks the folder the listing was made from (a subfolder of the repository)", async () => {
    commitTrickyTree();
    const listing = listTree(join(repo, "src"), "HEAD")!;
    expect(listing.map((f) => f.path).sort()).toEqual(["pkg/huge.py", "pkg/model.py"]);
    const onDisk = await discoverFiles(join(archived(), "src"));
    expect(shape(discoverGitTree(listing, tmp)!)).toEqual(shape(onDisk));
  });

  it("leaves out a symbolic link the audit would not read, and declines one it would follow", async () => {
    commitTrickyTree();
    symlinkSync("README.md", join(repo, "CLAUDE.md"));
    symlinkSync("src/pkg", join(repo, "pkglink"));
    git("add", "-A");
    git("commit", "-qm", "links");
    const onDisk = await discoverFiles(archived());
    expect(shape(discoverGitTree(listTree(repo, "HEAD")!, tmp, { gitignore: false })!)).toEqual(shape(await discoverFiles(archived(), { gitignore: false })));
    expect(onDisk.files.some((f) => f.path.startsWith("pkglink"))).toBe(false);
    symlinkSync("train.py", join(repo, "link.py"));
    git("add", "-A");
    git("commit", "-qm", "a link named like a Python file");
    expect(discoverGitTree(listTree(repo, "HEAD")!, tmp)).toBeUndefined();
  });
});

describe("gitTreeReader", () => {
  it("answers as makeRepoReader does on the extracted tree, links followed inside the folder only", async () => {
    put("requirements/base.txt", "torch==2.3.0\n");
    put("requirements/dev.txt", "-r base.txt\npytest\n");
    put("outside.txt", "numpy\n");
    symlinkSync("requirements", join(repo, "reqs"));
    symlinkSync("../outside.txt", join(repo, "requirements", "up.txt"));
    symlinkSync("loop-b", join(repo, "loop-a"));
    symlinkSync("loop-a", join(repo, "loop-b"));
    symlinkSync("/etc/hostname", join(repo, "absolute.txt"));
    git("add", "-A");
    git("commit", "-qm", "links");
    const { gitTreeReader } = await import("../../src/core/git-tree.js");
    const { makeRepoReader } = await import("../../src/scanning/repo-reader.js");
    const { realpathSync } = await import("node:fs");
    const asks = ["base.txt", "dev.txt", "up.txt", "requirements/base.txt", "reqs/base.txt", "reqs/./dev.txt", "reqs/../outside.txt", "requirements/up.txt", "loop-a", "absolute.txt", "missing.txt", "requirements", "../repo/outside.txt"];
    for (const [root, sub] of [[repo, ""], [join(repo, "requirements"), "requirements"]] as const) {
      const extracted = sub ? join(archived(), sub) : archived();
      const fromGit = gitTreeReader(root, listTree(root, "HEAD")!);
      const onDisk = makeRepoReader(realpathSync(extracted));
      for (const rel of asks) expect([sub, rel, fromGit(rel)]).toEqual([sub, rel, onDisk(rel)]);
    }
  });
});

const withoutStats = (r: Report) => ({ ...r, stats: { ...r.stats, durationMs: 0, cacheHits: undefined, cacheMisses: undefined } });

async function headKnown(config: Config = DEFAULT_CONFIG): Promise<KnownFacts> {
  let known: KnownFacts | undefined;
  await audit({ root: repo, config, jobs: 1, onKnownFacts: (k) => (known = k) });
  return known!;
}

describe("auditGitRef from git's listing", () => {
  it("gives the report of the extracted tree, writing out only what it scans", async () => {
    commitTrickyTree();
    const config: Config = { ...DEFAULT_CONFIG, exclude: ["third_party/**"], maxFileSize: 1000 };
    // The pull request edits the requirements file only; the file it includes is unchanged.
    put("requirements.txt", "-r requirements/base.txt\nnumpy\npandas\n");
    git("commit", "-qam", "head");
    const known = await headKnown(config);
    const fromGit = await auditGitRef(repo, "HEAD~1", config, 1, undefined, known);
    const extracted = await auditGitRef(repo, "HEAD~1", config, 1);
    // requirements.txt is scanned: its include is read from git, since only the scanned file was written out.
    expect(fromGit.stats.cacheMisses).toBe(1);
    expect(withoutStats(fromGit)).toEqual(withoutStats(extracted));
    expect(fromGit.findings.some((f) => f.id === "parse-error")).toBe(false);
  });

  it("audits a subfolder of the repository (the action's `path`)", async () => {
    commitTrickyTree();
    put("src/pkg/model.py", "import tensorflow as tf\ntf.lite.TFLiteConverter.from_keras_model(m)\n");
    git("commit", "-qam", "head");
    const root = join(repo, "src");
    let known: KnownFacts | undefined;
    await audit({ root, config: DEFAULT_CONFIG, jobs: 1, onKnownFacts: (k) => (known = k) });
    const fromGit = await auditGitRef(root, "HEAD~1", DEFAULT_CONFIG, 1, undefined, known);
    const extracted = await auditGitRef(root, "HEAD~1", DEFAULT_CONFIG, 1);
    expect(fromGit.stats.filesScanned).toBe(2);
    expect(withoutStats(fromGit)).toEqual(withoutStats(extracted));
  });

  it("falls back to the extracted tree when the commit holds a symbolic link", async () => {
    commitTrickyTree();
    symlinkSync("train.py", join(repo, "link.py"));
    git("add", "-A");
    git("commit", "-qm", "link");
    put("train.py", "import tensorflow\n");
    const known = await headKnown();
    const viaFallback = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1, undefined, known);
    const extracted = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1);
    expect(withoutStats(viaFallback)).toEqual(withoutStats(extracted));
  });

  it("never writes outside its folder for a crafted commit that names ../ paths", async () => {
    put("ok.py", "import torch\n");
    git("add", "-A");
    git("commit", "-qm", "head");
    // A tree git would refuse to check out, built by hand: `../x.py`, `../../y.py` and `./z.py` beside ok.py.
    const blob = git("hash-object", "-w", "ok.py");
    const inner = execFileSync("git", ["mktree"], { cwd: repo, input: `100644 blob ${blob}\tx.py\n`, encoding: "utf8" }).trim();
    const deeper = execFileSync("git", ["mktree"], { cwd: repo, input: `040000 tree ${inner}\t..\n`, encoding: "utf8" }).trim();
    const tree = execFileSync("git", ["mktree"], { cwd: repo, input: `040000 tree ${inner}\t..\n040000 tree ${deeper}\tsub\n040000 tree ${inner}\t.\n100644 blob ${blob}\tok.py\n`, encoding: "utf8" }).trim();
    const evil = git("commit-tree", tree, "-m", "crafted");
    expect(listTree(repo, evil)!.map((f) => f.path)).toEqual(["ok.py"]);
    const { isPlainPath } = await import("../../src/core/git-tree.js");
    expect(["../x.py", "sub/../x.py", "./z.py", "a//b.py", "/abs.py", ""].map((p) => isPlainPath(p))).toEqual([false, false, false, false, false, false]);
    expect(isPlainPath("pkg/.hidden/x.py")).toBe(true);
    expect([isPlainPath("a\\..\\x.py", true), isPlainPath("c:x.py", true), isPlainPath("a\\b.py", false)]).toEqual([false, false, true]);
    const sandbox = mkdtempSync(join(tmp, "tmpdir-"));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = sandbox;
    try {
      const report = await auditGitRef(repo, evil, DEFAULT_CONFIG, 1, undefined, await headKnown());
      expect(report.frameworks.map((f) => f.id)).toEqual(["pytorch"]);
    } finally {
      process.env.TMPDIR = before;
    }
    // Nothing was written next to the audit's temporary folder (it is removed when the audit ends).
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(sandbox)).toEqual([]);
    expect(readdirSync(tmp).filter((n) => n.endsWith(".py"))).toEqual([]);
  });

  it("with a cache folder and no head facts, reads an unchanged base back without writing anything", async () => {
    commitTrickyTree();
    const cacheDir = join(tmp, "cache");
    const first = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1, cacheDir);
    const second = await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1, cacheDir);
    expect(second.stats.cacheMisses).toBe(0);
    expect(withoutStats(second)).toEqual(withoutStats(first));
    expect(withoutStats(first)).toEqual(withoutStats(await auditGitRef(repo, "HEAD", DEFAULT_CONFIG, 1)));
  });
});

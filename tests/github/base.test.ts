import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasCommit, isScannedPath, prepareBase } from "../../src/github/base.js";
import { createClient } from "../../src/github/client.js";
import { FakeGitHub } from "./api-server.js";

const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
const write = (root: string, files: Record<string, string>) => {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(root, p, ".."), { recursive: true });
    writeFileSync(join(root, p), text);
  }
};

/** An "origin" with base and head commits, and a shallow clone of the head. */
function repos(): { origin: string; shallow: string; base: string; head: string } {
  const origin = mkdtempSync(join(tmpdir(), "mfa-origin-"));
  git(origin, "init", "-q");
  write(origin, { "requirements.txt": "torch>=2.1\n", "train.py": "import torch\n" });
  git(origin, "add", "-A");
  git(origin, "commit", "-qm", "base");
  const base = git(origin, "rev-parse", "HEAD");
  write(origin, { "requirements.txt": "torch>=2.1\ntensorflow==2.15\n", "serve.py": "import tensorflow as tf\n" });
  git(origin, "add", "-A");
  git(origin, "commit", "-qm", "head");
  const head = git(origin, "rev-parse", "HEAD");
  git(origin, "config", "uploadpack.allowAnySHA1InWant", "true");
  const shallow = mkdtempSync(join(tmpdir(), "mfa-shallow-"));
  git(shallow, "clone", "-q", "--depth=1", `file://${origin}`, ".");
  return { origin, shallow, base, head };
}

const TOKEN = "ghs_baseTestToken22222222222222222222";
let gh: FakeGitHub;
let url: string;
beforeAll(async () => {
  gh = new FakeGitHub({ owner: "octo", repo: "ml", token: TOKEN });
  url = await gh.start();
});
afterAll(() => gh.stop());

describe("prepareBase", () => {
  it("uses the base commit when the checkout has it", async () => {
    const r = repos();
    const src = await prepareBase({ root: r.origin, repoPrefix: "", baseSha: r.base, owner: "octo", repo: "ml", log: () => {} });
    expect(src).toEqual({ kind: "git", ref: r.base, how: "present" });
  });

  it("fetches the base commit into a depth-1 clone", async () => {
    const r = repos();
    expect(hasCommit(r.shallow, r.base)).toBe(false);
    const src = await prepareBase({ root: r.shallow, repoPrefix: "", baseSha: r.base, owner: "octo", repo: "ml", log: () => {} });
    expect(src).toEqual({ kind: "git", ref: r.base, how: "fetched" });
    expect(hasCommit(r.shallow, r.base)).toBe(true);
  });

  it("rebuilds the base from the API over a copy of the head when git cannot get it", async () => {
    const head = mkdtempSync(join(tmpdir(), "mfa-nogit-"));
    write(head, { "requirements.txt": "torch>=2.1\ntensorflow==2.15\n", "serve.py": "import tensorflow as tf\n", "model.tflite": "x", "README.md": "hi", "nb/new.ipynb": "{}" });
    gh.reset();
    gh.changedFiles = [
      { filename: "requirements.txt", status: "modified" },
      { filename: "serve.py", status: "added" },
      { filename: "old_model.onnx", status: "removed" },
      { filename: "nb/new.ipynb", status: "renamed", previous_filename: "nb/old.ipynb" },
      { filename: "README.md", status: "modified" },
    ];
    gh.baseContents = new Map([
      ["requirements.txt", "torch>=2.1\n"],
      ["nb/old.ipynb", '{"cells": []}'],
    ]);
    const client = createClient({ token: TOKEN, baseUrl: url, retryBaseMs: 1 });
    const src = await prepareBase({ root: head, repoPrefix: "", baseSha: "b".repeat(40), client, owner: "octo", repo: "ml", pullNumber: 3, log: () => {} });
    expect(src.kind).toBe("overlay");
    if (src.kind !== "overlay") return;
    try {
      expect(readFileSync(join(src.dir, "requirements.txt"), "utf8")).toBe("torch>=2.1\n");
      expect(existsSync(join(src.dir, "serve.py"))).toBe(false);
      expect(existsSync(join(src.dir, "nb/new.ipynb"))).toBe(false);
      expect(readFileSync(join(src.dir, "nb/old.ipynb"), "utf8")).toBe('{"cells": []}');
      expect(existsSync(join(src.dir, "old_model.onnx"))).toBe(true);
      expect(readFileSync(join(src.dir, "README.md"), "utf8")).toBe("hi"); // not scanned: not fetched
      expect(src.fetched).toBe(2);
      // The head tree is untouched.
      expect(existsSync(join(head, "serve.py"))).toBe(true);
    } finally {
      src.cleanup();
    }
    expect(gh.violations).toEqual([]);
    expect(gh.requests.filter((q) => q.operation === "repos/get-content").map((q) => q.query.ref)).toEqual(["b".repeat(40), "b".repeat(40)]);
  });

  it("only touches files under the scanned folder of a monorepo", async () => {
    const head = mkdtempSync(join(tmpdir(), "mfa-mono-"));
    write(head, { "requirements.txt": "tensorflow\n" });
    gh.reset();
    gh.changedFiles = [
      { filename: "services/a/requirements.txt", status: "modified" },
      { filename: "services/b/requirements.txt", status: "modified" },
    ];
    gh.baseContents = new Map([["services/a/requirements.txt", "torch\n"]]);
    const client = createClient({ token: TOKEN, baseUrl: url, retryBaseMs: 1 });
    const src = await prepareBase({ root: head, repoPrefix: "services/a", baseSha: "c".repeat(40), client, owner: "octo", repo: "ml", pullNumber: 3, log: () => {} });
    if (src.kind !== "overlay") throw new Error(`expected an overlay, got ${src.kind}`);
    expect(readFileSync(join(src.dir, "requirements.txt"), "utf8")).toBe("torch\n");
    expect(src.fetched).toBe(1);
    src.cleanup();
  });

  it("gives up with a reason when there is neither git nor a pull request", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-none-"));
    const src = await prepareBase({ root: dir, repoPrefix: "", baseSha: "d".repeat(40), owner: "octo", repo: "ml", log: () => {} });
    expect(src.kind).toBe("none");
  });
});

describe("isScannedPath", () => {
  it("recognises the files the audit reads", () => {
    for (const p of ["a/train.py", "nb/x.ipynb", "requirements-dev.txt", "requirements/base.txt", "pyproject.toml", "svc/Dockerfile", "gpu.Dockerfile", "environment.yml", "uv.lock"]) expect(isScannedPath(p)).toBe(true);
    // discovery's rules, not a list of their own: names the overlay once missed
    for (const p of ["pixi.toml", "mlflow/conda.yaml", "reqs/gpu.txt", "docker/Containerfile.cuda", "requirements/prod.pip", ".github/ml-framework-audit.yml"]) expect(isScannedPath(p), p).toBe(true);
    for (const p of ["README.md", "docs/requirements.md", "src/app.ts", "stubs/torch.pyi", "weights/model.onnx", ".github/workflows/conda.yml"]) expect(isScannedPath(p), p).toBe(false);
  });
});

#!/usr/bin/env node
// Regenerates docs/sample-comment.md from a real run: the bundled example repository as a pull request
// that adds its mobile (TensorFlow Lite) part on top of a PyTorch-only base, audited by dist/cli.js with
// --base, then rendered with the blob links a PR comment gets. `npm run docs:sample`.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tmp = mkdtempSync(join(tmpdir(), "mfa-sample-"));
try {
  const repo = join(tmp, "mixed-vision-app");
  cpSync(join(root, "examples", "mixed-vision-app"), repo, { recursive: true });
  const git = (...args) =>
    execFileSync("git", ["-c", "user.name=sample", "-c", "user.email=sample@example.invalid", "-c", "commit.gpgsign=false", ...args], {
      cwd: repo,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, GIT_AUTHOR_DATE: "2025-06-01T00:00:00Z", GIT_COMMITTER_DATE: "2025-06-01T00:00:00Z" },
    });
  // The base: the repository without its mobile/ folder.
  renameSync(join(repo, "mobile"), join(tmp, "mobile"));
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "research and ONNX bridge");
  renameSync(join(tmp, "mobile"), join(repo, "mobile"));
  git("add", "-A");
  git("commit", "-qm", "mobile: TFLite conversion");
  const sha = git("rev-parse", "HEAD").toString().trim();
  const reportFile = join(tmp, "report.json");
  execFileSync(process.execPath, [join(root, "dist", "cli.js"), repo, "--format", "json", "--base", "HEAD~1", "--output", reportFile], { stdio: "inherit" });
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "gen-sample-comment.ts"), reportFile, "--out", join(root, "docs", "sample-comment.md"), "--server", "https://github.com", "--repo", "example-org/mixed-vision-app", "--sha", sha],
    { stdio: "inherit" },
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

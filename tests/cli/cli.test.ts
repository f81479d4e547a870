/**
 * The CLI as users run it: the bundled dist/cli.js in a child process (README's first command runs it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli.js");
const EXAMPLE = join(ROOT, "examples", "mixed-vision-app");
const NANOGPT = join(ROOT, "tests", "fixtures", "nanogpt-like");

function run(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("ml-framework-audit CLI", () => {
  it("prints its version and help", () => {
    const v = run(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = run(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("--format");
    expect(h.stdout).toContain("Exit codes");
  });

  it("with MFA_TRACE=1 marks its phases in order and, on Linux, the CPU by thread (the benchmark reads both)", () => {
    const r = run([NANOGPT, "--format", "json"], ROOT, { MFA_TRACE: "1" });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).primaryFramework).toBe("pytorch");
    const marks = [...r.stderr.matchAll(/^mfa-trace ([\d.]+) (\S+)/gm)].map((m) => ({ at: Number(m[1]), label: m[2] }));
    const phases = ["main:start", "discover:start", "discover:end", "scan:end", "analysis:end", "render:end"];
    expect(marks.filter((m) => phases.includes(m.label!)).map((m) => m.label)).toEqual(phases);
    expect(marks.map((m) => m.at)).toEqual([...marks.map((m) => m.at)].sort((a, b) => a - b));
    if (process.platform === "linux") {
      const cpu = /^mfa-trace [\d.]+ cpu main=(\d+) ended=(\d+) helpers=(\d+)$/m.exec(r.stderr);
      expect(cpu, r.stderr).not.toBeNull();
      expect(Number(cpu![1])).toBeGreaterThan(0);
    }
    expect(run([NANOGPT, "--format", "json"]).stderr).toBe("");
  });

  it("audits the bundled example as text by default, without colour when not a terminal", () => {
    const r = run([EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hybrid/);
    expect(r.stdout).toContain("torch.compile");
    expect(r.stdout).toContain("requirements.txt");
    expect(r.stdout).not.toContain("\u001b[");
    expect(run([EXAMPLE, "--color"]).stdout).toContain("\u001b[");
  });

  it("prints the JSON report of contracts.md", () => {
    const r = run([NANOGPT, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe("ml-framework-audit");
    expect(report.primaryFramework).toBe("pytorch");
    expect(report.features.map((f) => f.id)).toEqual(expect.arrayContaining(["torch.compile", "torch.ddp", "torch.amp", "torch.sdpa"]));
    expect(report.features.map((f) => f.id)).not.toContain("tf.lite"); // only named in a markdown cell
    expect(report.fit?.verdict).toBe("fit");
    expect(report.delta).toBeNull();
    for (const f of report.features) for (const w of f.witnesses) expect(w.path).not.toMatch(/^\/|\\/);
  });

  it("prints the PR comment body as markdown and SARIF 2.1.0", () => {
    const md = run([EXAMPLE, "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("| ");
    const sarif = JSON.parse(run([EXAMPLE, "-f", "sarif"]).stdout) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it("writes to --output instead of stdout", () => {
    const out = join(tmp, "report.json");
    const r = run([EXAMPLE, "-f", "json", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect((JSON.parse(execFileSync("cat", [out], { encoding: "utf8" })) as Report).root).toBe(EXAMPLE);
  });

  it("exits 1 with a one-line reason when fail-on matches, 0 otherwise", () => {
    const fail = run([EXAMPLE, "-f", "json", "--fail-on", "missing-dependency"]);
    expect(fail.code).toBe(1);
    expect(fail.stderr.trim().split("\n")).toHaveLength(1);
    expect(fail.stderr).toContain("MFA101 missing-dependency");
    expect(run([EXAMPLE, "-f", "json", "--fail-on", "never"]).code).toBe(0);
    expect(run([NANOGPT, "-f", "json", "--fail-on", "mismatch"]).code).toBe(0);
  });

  it("exits 2 with one line naming the bad flag, value, path or config key", () => {
    const cases: [string[], RegExp][] = [
      [["--frmat", "json"], /--frmat/],
      [[EXAMPLE, "--format", "yaml"], /--format: 'yaml'/],
      [[EXAMPLE, "--fail-on", "missing-dep"], /fail-on: unknown item 'missing-dep'/],
      [[join(tmp, "nope")], /PATH: .* is not a folder/],
      [[EXAMPLE, "--config", join(tmp, "missing.yml")], /missing\.yml: config file not found/],
      [[EXAMPLE, "--jobs", "0"], /--jobs/],
      [[EXAMPLE, "--fail-scope", "introduced"], /needs --base/],
    ];
    for (const [args, re] of cases) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(re);
    }
    const bad = join(tmp, "bad.yml");
    writeFileSync(bad, "priorities:\n  research-speed: 9\n");
    const r = run([EXAMPLE, "--config", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yml:2: priorities\.research-speed/);
  });

  it("reports the delta against --base and can judge only what it introduces", () => {
    const repo = join(tmp, "repo");
    mkdirSync(repo);
    cpSync(NANOGPT, repo, { recursive: true });
    const git = (...a: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...a], { cwd: repo, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "base");
    // The change: TensorFlow Lite export added, undeclared.
    writeFileSync(join(repo, "export_tflite.py"), "import tensorflow as tf\n\nconverter = tf.lite.TFLiteConverter.from_saved_model('out')\n");
    const r = run([repo, "-f", "json", "--base", "HEAD"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.delta?.base).toMatch(/^[0-9a-f]{40}$/);
    expect(report.delta?.added.frameworks).toContain("tensorflow");
    expect(report.delta?.added.features).toContain("tf.lite");
    expect(report.delta?.added.findings.map((f) => f.id)).toContain("missing-dependency");
    expect(report.delta?.removed.features).toEqual([]);
    // Where: the new file imports TensorFlow; PyTorch and torch.compile were there before and spread no further.
    expect(report.delta?.files?.frameworks).toEqual([{ id: "tensorflow", added: [{ path: "export_tflite.py", line: 1 }], removed: [] }]);
    expect(report.delta?.files?.features).toEqual([{ id: "tf.lite", added: [{ path: "export_tflite.py", line: 3 }], removed: [] }]);
    // The same change plus torch.compile in sample.py, which already imported torch: only the files say so.
    writeFileSync(join(repo, "sample.py"), readFileSync(join(repo, "sample.py"), "utf8") + "\nmodel = torch.compile(model)\n");
    const spread = run([repo, "--base", "HEAD"]);
    expect(spread.stdout).toMatch(/files using torch\.compile: \+sample\.py:\d+\n/);
    expect(spread.stdout).toContain("files importing TensorFlow: +export_tflite.py:1\n");
    const md = run([repo, "-f", "markdown", "--base", "HEAD"]).stdout;
    expect(md).toMatch(/- `torch\.compile`: used in 1 more file \(`sample\.py:\d+`\)/);
    const introduced = run([repo, "-f", "json", "--base", "HEAD", "--fail-on", "missing-dependency", "--fail-scope", "introduced"]);
    expect(introduced.code).toBe(1);
    expect(introduced.stderr).toContain("introduced by this change");
    expect(run([repo, "--base", "no-such-ref"]).code).toBe(2);
  });

  it("gives the delta of a subfolder of a repository (a monorepo project)", () => {
    const mono = join(tmp, "mono");
    mkdirSync(join(mono, "projects"), { recursive: true });
    cpSync(NANOGPT, join(mono, "projects", "gpt"), { recursive: true });
    writeFileSync(join(mono, "projects", "other.py"), "import jax\n");
    const git = (...a: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...a], { cwd: mono, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "base");
    writeFileSync(join(mono, "projects", "gpt", "export_tflite.py"), "import tensorflow as tf\n\nconverter = tf.lite.TFLiteConverter.from_saved_model('out')\n");
    // From the repository's root, and from inside the subfolder (`.`): the same delta, and only the subfolder's.
    for (const [cwd, path] of [[mono, "projects/gpt"], [join(mono, "projects", "gpt"), "."]] as const) {
      const r = run([path, "-f", "json", "--base", "HEAD"], cwd);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const delta = (JSON.parse(r.stdout) as Report).delta!;
      expect(delta.added.frameworks).toEqual(["tensorflow"]);
      expect(delta.added.features).toEqual(["tf.lite"]);
      expect(delta.removed.frameworks).toEqual([]);
    }
  });
});

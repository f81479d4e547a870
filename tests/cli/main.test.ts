/**
 * The CLI module itself (src/cli/main.ts), in process: what it loads lazily (the config reader, the engine,
 * the renderers) still behaves as before. tests/cli/cli.test.ts runs the bundle.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIG_CANDIDATES, main } from "../../src/cli/main.js";
import { DEFAULT_CANDIDATES } from "../../src/config/load.js";
import type { Report } from "../../src/core/types.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-main-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main([...args, "--jobs", "1"], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {}, cwd: tmp });
  return { code, stdout, stderr };
}

function repo(name: string, files: Record<string, string>): string {
  const root = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("main", () => {
  it("looks for the same default config files as loadConfig (it skips loading the config reader when none exists)", () => {
    expect(CONFIG_CANDIDATES).toEqual(DEFAULT_CANDIDATES);
  });

  it("reads a default config file when there is one, and uses the defaults when there is none", async () => {
    const plain = repo("plain", { "train.py": "import torch\n", "vendor/x.py": "import tensorflow\n" });
    const r = await run([plain, "--format", "json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).stats.filesScanned).toBe(2);
    for (const candidate of CONFIG_CANDIDATES) {
      const configured = repo(`configured-${candidate.slice(-4)}`, { "train.py": "import torch\n", "vendor/x.py": "import tensorflow\n", [candidate]: "exclude: [vendor]\n" });
      const c = await run([configured, "--format", "json"]);
      expect(c.code, candidate).toBe(0);
      expect((JSON.parse(c.stdout) as Report).stats.filesScanned, candidate).toBe(1);
    }
  });

  it("exits 2 on the usage errors of lazily loaded modules (config, git ref)", async () => {
    const bad = repo("bad-config", { "train.py": "import torch\n", ".github/ml-framework-audit.yml": "margin: -1\n" });
    const c = await run([bad]);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/ml-framework-audit\.yml:1: margin/);
    const missing = await run([bad, "--config", join(tmp, "missing.yml")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/config file not found/);
    const noGit = repo("no-git", { "train.py": "import torch\n" });
    const g = await run([noGit, "--base", "HEAD"]);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/--base: 'HEAD' is not a commit/);
  });

  it("renders every format", async () => {
    const root = repo("formats", { "train.py": "import torch\nmodel = torch.compile(model)\n", "requirements.txt": "torch==2.3.0\n" });
    for (const format of ["text", "markdown", "json"]) {
      const r = await run([root, "--format", format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toContain("torch.compile");
    }
    const sarif = await run([root, "--format", "sarif"]);
    expect(sarif.code).toBe(0);
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: "2.1.0" });
  });
});

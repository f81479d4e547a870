/** The engine's reuse of the analysis from the cache folder: same report, recomputed whenever its input changes. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit } from "../../src/core/engine.js";
import type { Report } from "../../src/core/types.js";

let tmp: string;
let repo: string;
let cacheDir: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "mfa-acache-"));
  repo = join(tmp, "repo");
  cacheDir = join(tmp, "cache");
  mkdirSync(repo);
  writeFileSync(join(repo, "train.py"), "import torch\nimport tensorflow as tf\nmodel = torch.jit.script(net)\n");
  writeFileSync(join(repo, "requirements.txt"), "torch==1.9.0\n");
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const run = () => audit({ root: repo, config: DEFAULT_CONFIG, cacheDir, jobs: 1 });
const withoutStats = (r: Report) => ({ ...r, stats: undefined });
const analysisFile = () => join(cacheDir, "analysis-v1.json");

describe("analysis cache", () => {
  it("gives the report the analysis computes, and reuses the stored analysis when nothing changed", async () => {
    const fresh = await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1 });
    const first = await run();
    expect(withoutStats(first)).toEqual(withoutStats(fresh));
    // Proof of reuse: an edited (but correctly keyed) stored analysis is what the next run reports.
    const saved = JSON.parse(readFileSync(analysisFile(), "utf8")) as { key: string; analysis: { findings: unknown[] } };
    expect(saved.analysis.findings.length).toBeGreaterThan(0);
    writeFileSync(analysisFile(), JSON.stringify({ key: saved.key, analysis: { ...saved.analysis, findings: [] } }));
    expect((await run()).findings).toEqual([]);
  });

  it("an analysis stored without usage files does not serve an audit for a delta, nor the other way round", async () => {
    expect((await run()).usageFiles).toBeUndefined();
    const forDelta = await audit({ root: repo, config: DEFAULT_CONFIG, cacheDir, jobs: 1, forDelta: true });
    expect(forDelta.usageFiles?.frameworks.map((f) => f.id)).toEqual(["pytorch", "tensorflow"]);
    expect(forDelta.usageFiles?.features).toEqual([{ id: "torch.jit", files: [{ path: "train.py", line: 3 }] }]);
    expect((await run()).usageFiles).toBeUndefined();
  });

  it("recomputes when a file, or the config, changes", async () => {
    await run();
    const saved = JSON.parse(readFileSync(analysisFile(), "utf8")) as { key: string; analysis: object };
    writeFileSync(analysisFile(), JSON.stringify({ key: saved.key, analysis: { ...saved.analysis, findings: [] } }));
    writeFileSync(join(repo, "requirements.txt"), "torch==2.3.0  # a newer pin\n");
    const changed = await run();
    expect(withoutStats(changed)).toEqual(withoutStats(await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1 })));
    const config = { ...DEFAULT_CONFIG, ignore: [{ code: "MFA301" }] };
    const ignored = await audit({ root: repo, config, cacheDir, jobs: 1 });
    expect(ignored.findings.some((f) => f.code === "MFA301")).toBe(false);
    expect(changed.findings.some((f) => f.code === "MFA301")).toBe(true);
  });

  it("recomputes when a file that a manifest includes changes, though the manifest's own bytes do not", async () => {
    // deps/pins.cfg is no manifest of its own (discovery does not list it): only requirements.txt's facts read it.
    mkdirSync(join(repo, "deps"));
    writeFileSync(join(repo, "deps", "pins.cfg"), "tensorflow==2.4.0\n");
    writeFileSync(join(repo, "requirements.txt"), "torch==1.9.0\n-r deps/pins.cfg\n");
    const before = await run();
    expect(before.frameworks.find((f) => f.id === "tensorflow")?.declared.map((d) => d.specifier)).toEqual(["==2.4.0"]);
    writeFileSync(join(repo, "deps", "pins.cfg"), "tensorflow==2.16.1\n");
    const after = await run();
    expect(after.frameworks.find((f) => f.id === "tensorflow")?.declared.map((d) => d.specifier)).toEqual(["==2.16.1"]);
    expect(withoutStats(after)).toEqual(withoutStats(await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1 })));
  });

  it("ignores a broken analysis file", async () => {
    const first = await run();
    writeFileSync(analysisFile(), "{not json");
    expect(withoutStats(await run())).toEqual(withoutStats(first));
  });
});

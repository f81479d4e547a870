import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cacheKeys,
  DEFAULT_FOLDER,
  folderSize,
  KEY_PREFIX,
  pathHash,
  planCache,
  restoreFactsCache,
  saveDecision,
  saveFactsCache,
  type CachePlan,
  type CacheService,
  type RestoreResult,
} from "../../src/github/cache.js";
import { TOOL_VERSION } from "../../src/core/version.js";

const keys = (over: Partial<Parameters<typeof cacheKeys>[0]> = {}) => cacheKeys({ version: "1.2.3", os: "Linux", auditedPath: ".", runId: "77", runAttempt: "2", ...over });

describe("cacheKeys", () => {
  it("is prefix-version-os-path hash-run id-run attempt, and the restore key is the same without the run parts", () => {
    const k = keys();
    expect(k.key).toBe(`${KEY_PREFIX}-1.2.3-Linux-${pathHash(".")}-77-2`);
    expect(k.restoreKeys).toEqual([`${KEY_PREFIX}-1.2.3-Linux-${pathHash(".")}-`]);
    expect(k.key.startsWith(k.restoreKeys[0]!)).toBe(true);
    expect(pathHash(".")).toMatch(/^[0-9a-f]{8}$/);
  });

  it("separates versions, systems and audited paths, but not runs", () => {
    const scope = (k: { restoreKeys: string[] }) => k.restoreKeys[0];
    expect(scope(keys({ version: "1.2.4" }))).not.toBe(scope(keys()));
    expect(scope(keys({ os: "Windows" }))).not.toBe(scope(keys()));
    expect(scope(keys({ auditedPath: "services/a" }))).not.toBe(scope(keys({ auditedPath: "services/b" })));
    expect(scope(keys({ runId: "78", runAttempt: "1" }))).toBe(scope(keys()));
    expect(keys({ runAttempt: "3" }).key).not.toBe(keys().key);
  });

  it("never puts a comma (forbidden in keys) or a space in a key", () => {
    expect(keys({ os: "My OS, v2" }).key).not.toMatch(/[, ]/);
  });
});

describe("planCache", () => {
  const env = { RUNNER_TEMP: "/runner/_temp", RUNNER_OS: "Linux", GITHUB_RUN_ID: "9001", GITHUB_RUN_ATTEMPT: "1" };

  it("defaults to a folder per audited path under RUNNER_TEMP", () => {
    const p = planCache({ env, workspace: "/w", root: "/w/services/a", cacheDir: "" });
    expect(p.dir).toBe(join("/runner/_temp", DEFAULT_FOLDER, pathHash("services/a")));
    expect(p.key).toBe(`${KEY_PREFIX}-${TOOL_VERSION}-Linux-${pathHash("services/a")}-9001-1`);
    expect(planCache({ env, workspace: "/w", root: "/w", cacheDir: "" }).key).toContain(`-${pathHash(".")}-`);
  });

  it("uses cache-dir (relative to the workspace) when given", () => {
    expect(planCache({ env, workspace: "/w", root: "/w", cacheDir: ".mfa-cache" }).dir).toBe(join("/w", ".mfa-cache"));
    expect(planCache({ env, workspace: "/w", root: "/w", cacheDir: "/abs/cache" }).dir).toBe("/abs/cache");
  });

  it("gives a key of its own to a run outside a runner (no run id)", () => {
    const p = planCache({ env: { RUNNER_TEMP: "/t" }, workspace: "/w", root: "/w", cacheDir: "" });
    expect(p.key).toMatch(/-\d{10,}-1$/);
    expect(p.key.startsWith(p.restoreKeys[0]!)).toBe(true);
  });
});

describe("saveDecision", () => {
  const service = {} as CacheService;
  const hit = (exact: boolean): RestoreResult => ({ kind: "hit", service, matchedKey: "k", exact });

  it("saves when nothing was restored, whatever the audit counted", () => {
    expect(saveDecision({ kind: "miss", service }, { cacheHits: 0, cacheMisses: 0 }).save).toBe(true);
    expect(saveDecision({ kind: "miss", service }, { cacheHits: 0, cacheMisses: 5 }).save).toBe(true);
  });

  it("after a restore by prefix, saves only when files were scanned anew", () => {
    expect(saveDecision(hit(false), { cacheHits: 10, cacheMisses: 0 })).toEqual({ save: false, reason: "every file's facts came from k (10 cache hits, no miss)" });
    expect(saveDecision(hit(false), { cacheHits: 9, cacheMisses: 1 })).toEqual({ save: true, reason: "1 file scanned anew" });
    expect(saveDecision(hit(false), {}).save).toBe(true);
  });

  it("never saves over the exact key, nor without the service", () => {
    expect(saveDecision(hit(true), { cacheHits: 0, cacheMisses: 10 }).save).toBe(false);
    expect(saveDecision({ kind: "unavailable" }, { cacheHits: 0, cacheMisses: 10 }).save).toBe(false);
  });
});

/** A fake @actions/cache that records its calls, and a log that records its lines. */
function fake(over: Partial<CacheService> = {}) {
  const calls: string[] = [];
  const lines: string[] = [];
  const service: CacheService = {
    isFeatureAvailable: () => true,
    restoreCache: async (paths, key, restoreKeys) => {
      calls.push(`restore ${paths.join()} ${key} ${restoreKeys?.join()}`);
      return undefined;
    },
    saveCache: async (paths, key) => {
      calls.push(`save ${paths.join()} ${key}`);
      return 42;
    },
    ...over,
  };
  const log = { info: (m: string) => lines.push(`info: ${m}`), warning: (m: string) => lines.push(`warning: ${m}`) };
  return { service, calls, lines, deps: { load: async () => service, log } };
}

function plan(): CachePlan {
  const dir = join(mkdtempSync(join(tmpdir(), "mfa-cache-unit-")), "cache");
  return { dir, key: "p-run-1", restoreKeys: ["p-"] };
}

describe("restoreFactsCache", () => {
  it("restores into the folder with the key and the restore key, and tells a prefix match from the exact key", async () => {
    const p = plan();
    const f = fake({
      restoreCache: async () => {
        mkdirSync(p.dir, { recursive: true });
        writeFileSync(join(p.dir, "facts-v1.json"), "x".repeat(2000));
        return "p-run-0";
      },
    });
    const r = await restoreFactsCache(p, f.deps);
    expect(r).toMatchObject({ kind: "hit", matchedKey: "p-run-0", exact: false });
    expect(f.lines).toEqual([`info: Facts cache hit: restored p-run-0 (newest entry of the prefix), 2.0 kB in 1 file in ${p.dir}.`]);
    const exact = await restoreFactsCache(p, fake({ restoreCache: async () => "p-run-1" }).deps);
    expect(exact).toMatchObject({ kind: "hit", exact: true });
  });

  it("reports a miss at info level", async () => {
    const p = plan();
    const f = fake();
    expect((await restoreFactsCache(p, f.deps)).kind).toBe("miss");
    expect(f.calls).toEqual([`restore ${p.dir} p-run-1 p-`]);
    expect(f.lines).toEqual(["info: Facts cache miss: nothing restored for p-run-1 or p-*. Every file is scanned."]);
  });

  it("warns and goes on when the service is missing, the module does not load, or the restore throws", async () => {
    const p = plan();
    const off = fake({ isFeatureAvailable: () => false });
    expect(await restoreFactsCache(p, off.deps)).toEqual({ kind: "unavailable" });
    expect(off.calls).toEqual([]);
    expect(off.lines).toEqual([expect.stringMatching(/^warning: .*Actions cache service is not available/)]);

    const lines: string[] = [];
    const log = { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) };
    expect(await restoreFactsCache(p, { load: () => Promise.reject(new Error("chunk missing\nstack")), log })).toEqual({ kind: "unavailable" });
    expect(lines).toEqual(["warning: The facts cache is off for this run: @actions/cache could not be loaded (chunk missing). The audit scans every file."]);

    const broken = fake({ restoreCache: () => Promise.reject(new Error("Key Validation Error")) });
    expect((await restoreFactsCache(p, broken.deps)).kind).toBe("miss");
    expect(broken.lines).toEqual(["warning: The facts cache could not be restored (Key Validation Error). The audit scans every file."]);
  });
});

describe("saveFactsCache", () => {
  const stats = { cacheHits: 1, cacheMisses: 2 };
  const withFolder = () => {
    const p = plan();
    mkdirSync(p.dir, { recursive: true });
    writeFileSync(join(p.dir, "facts-v1.json"), "{}");
    return p;
  };

  it("saves the folder under the run's key after a miss and logs the size", async () => {
    const p = withFolder();
    const f = fake();
    expect(await saveFactsCache(p, { kind: "miss", service: f.service }, stats, f.deps)).toBe(true);
    expect(f.calls).toEqual([`save ${p.dir} p-run-1`]);
    expect(f.lines).toEqual(["info: Facts cache saved as p-run-1: 2 B in 1 file (nothing was restored)."]);
  });

  it("does not call the service when the decision is no, or when there is no folder", async () => {
    const f = fake();
    const p = withFolder();
    expect(await saveFactsCache(p, { kind: "hit", service: f.service, matchedKey: "p-run-1", exact: true }, stats, f.deps)).toBe(false);
    expect(await saveFactsCache(p, { kind: "unavailable" }, stats, f.deps)).toBe(false);
    expect(await saveFactsCache(plan(), { kind: "miss", service: f.service }, stats, f.deps)).toBe(false);
    expect(f.calls).toEqual([]);
    expect(f.lines.every((l) => l.startsWith("info: Facts cache not saved"))).toBe(true);
  });

  it("turns a refused reservation (-1) or a thrown error into a warning", async () => {
    const p = withFolder();
    const conflict = fake({ saveCache: async () => -1 });
    expect(await saveFactsCache(p, { kind: "miss", service: conflict.service }, stats, conflict.deps)).toBe(false);
    expect(conflict.lines).toEqual([expect.stringMatching(/^warning: The facts cache was not saved as p-run-1 .*unaffected/)]);
    const thrown = fake({ saveCache: () => Promise.reject(Object.assign(new Error("Unable to reserve cache with key p-run-1"), { name: "ReserveCacheError" })) });
    expect(await saveFactsCache(p, { kind: "miss", service: thrown.service }, stats, thrown.deps)).toBe(false);
    expect(thrown.lines).toEqual(["warning: The facts cache could not be saved as p-run-1 (Unable to reserve cache with key p-run-1). The audit's result is unaffected."]);
  });
});

describe("folderSize", () => {
  it("counts files and bytes below a folder, and zero for a missing one", () => {
    const p = withNested();
    expect(folderSize(p)).toEqual({ files: 2, bytes: 5 });
    expect(folderSize(join(p, "missing"))).toEqual({ files: 0, bytes: 0 });
  });
});

function withNested(): string {
  const dir = mkdtempSync(join(tmpdir(), "mfa-cache-size-"));
  mkdirSync(join(dir, "a"));
  writeFileSync(join(dir, "x"), "12");
  writeFileSync(join(dir, "a", "y"), "345");
  return dir;
}

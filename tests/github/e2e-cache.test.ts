/**
 * End to end with `cache: true`: the bundled action runs as on github.com, where @actions/cache speaks the
 * cache service v2 (twirp JSON + signed blob URLs), against the stand-in of ./cache-server.ts. Nothing
 * leaves 127.0.0.1.
 *
 * On a runner RUNNER_TEMP has the same path in every job and starts empty: the runs here share one
 * RUNNER_TEMP path and it is deleted between them, so a hit can only come from the service.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "./api-server.js";
import { FakeCacheService } from "./cache-server.js";
import { DIST, example, git, makeRepo, OWNER, REPO, runAction as runWith, TOKEN, type Repo, type RunOptions } from "./e2e-harness.js";

const RUNTIME_TOKEN = "e2e-runtime-token-7c1d";
const KEY = /^ml-framework-audit-facts-\d+\.\d+\.\d+-Linux-[0-9a-f]{8}-/;

let gh: FakeGitHub;
let apiUrl: string;
let cache: FakeCacheService;
let resultsUrl: string;

/** The variables a github.com runner gives a JavaScript action for the cache service v2. */
const cacheEnv = (runId: number): Record<string, string> => ({
  ACTIONS_CACHE_SERVICE_V2: "True",
  ACTIONS_RESULTS_URL: resultsUrl,
  ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
  GITHUB_RUN_ID: String(runId),
  GITHUB_RUN_ATTEMPT: "1",
  RUNNER_OS: "Linux",
});

function push(repo: Repo, opts: Omit<RunOptions, "apiUrl" | "repo" | "event" | "payload"> = {}) {
  const payload = example("push");
  payload.after = repo.head;
  return runWith({ apiUrl, repo, event: "push", payload, ...opts, inputs: { "fail-on": "never", ...opts.inputs } });
}

interface JsonReport {
  stats: { filesScanned: number; durationMs: number; cacheHits?: number; cacheMisses?: number };
  [k: string]: unknown;
}
const readReport = (path: string | undefined) => JSON.parse(readFileSync(path!, "utf8")) as JsonReport;
/** The report without what differs from run to run (the duration) or with the cache (its counters). */
const comparable = (r: JsonReport) => ({ ...r, stats: { ...r.stats, durationMs: 0, cacheHits: undefined, cacheMisses: undefined } });
// Plain workflow commands only: the findings' annotations carry properties (`::warning title=...::`).
const warnings = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("::warning::"));
const errors = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("::error::"));

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error("dist/index.js is missing: run `npm run build` first");
  gh = new FakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN });
  apiUrl = await gh.start();
  cache = new FakeCacheService(RUNTIME_TOKEN);
  resultsUrl = await cache.start();
});
afterAll(async () => {
  await gh.stop();
  await cache.stop();
});
afterEach(() => {
  expect(gh.violations).toEqual([]);
  expect(cache.violations).toEqual([]);
  gh.reset();
  cache.reset();
});

describe("cache: true (cache service v2)", () => {
  it("misses and saves on the first run, restores on the second, saves again only when files changed", async () => {
    const repo = makeRepo();
    const runnerTemp = mkdtempSync(join(tmpdir(), "mfa-e2e-runner-temp-"));

    const first = await push(repo, { inputs: { cache: "true" }, env: cacheEnv(1001), runnerTemp });
    expect(first.code).toBe(0);
    expect(errors(first.stdout)).toEqual([]);
    expect(cache.ops()).toEqual(["GetCacheEntryDownloadURL", "CreateCacheEntry", "blob-put", "FinalizeCacheEntryUpload"]);
    const lookup = cache.requests[0]!.body!;
    expect(lookup.key).toMatch(KEY);
    expect(String(lookup.key).endsWith("-1001-1")).toBe(true);
    expect(lookup.restore_keys).toEqual([String(lookup.key).replace(/1001-1$/, "")]);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(first.stdout).toContain("Facts cache miss");
    expect(first.stdout).toMatch(/Facts cache saved as ml-framework-audit-facts-\S+-1001-1: [\d.]+ [kM]?B in \d+ files \(nothing was restored\)/);
    const r1 = readReport(first.outputs.report);
    expect(r1.stats.filesScanned).toBeGreaterThan(0);
    expect(r1.stats).toMatchObject({ cacheHits: 0, cacheMisses: r1.stats.filesScanned });
    // The server received an archive of the cache folder.
    expect(cache.entries).toHaveLength(1);
    const entry = cache.entries[0]!;
    expect(entry).toMatchObject({ key: lookup.key, finalized: true });
    const archive = join(mkdtempSync(join(tmpdir(), "mfa-e2e-archive-")), "cache.tzst");
    writeFileSync(archive, entry.archive!);
    const listed = execFileSync("tar", ["-tPf", archive], { encoding: "utf8" });
    expect(listed).toMatch(/ml-framework-audit-cache\/[0-9a-f]{8}\/facts-v1\.json/);

    // A new job: same RUNNER_TEMP path, empty.
    rmSync(runnerTemp, { recursive: true, force: true });
    cache.requests = [];
    const second = await push(repo, { inputs: { cache: "true" }, env: cacheEnv(1002), runnerTemp });
    expect(second.code).toBe(0);
    expect(errors(second.stdout)).toEqual([]);
    expect(warnings(second.stdout)).toEqual([]);
    // The server served the archive, and nothing is saved: every file's facts came from it.
    expect(cache.ops()).toEqual(["GetCacheEntryDownloadURL", "blob-get"]);
    expect(cache.requests[1]!.status).toBe(200);
    expect(second.outputs["cache-hit"]).toBe("true");
    expect(second.stdout).toContain(`Facts cache hit: restored ${entry.key} (newest entry of the prefix)`);
    expect(second.stdout).toMatch(/Facts cache not saved: every file's facts came from/);
    const r2 = readReport(second.outputs.report);
    expect(r2.stats.cacheHits).toBe(r2.stats.filesScanned);
    expect(r2.stats.cacheMisses).toBe(0);
    expect(comparable(r2)).toEqual(comparable(r1));

    // A commit that changes one file: restored by prefix, one file scanned, saved under the new run's key.
    writeFileSync(join(repo.dir, "serve.py"), "import tensorflow as tf\nmodel = tf.saved_model.load('m')\n");
    git(repo.dir, "add", "-A");
    git(repo.dir, "commit", "-qm", "serve");
    const changed = { ...repo, head: git(repo.dir, "rev-parse", "HEAD") };
    rmSync(runnerTemp, { recursive: true, force: true });
    cache.requests = [];
    const third = await push(changed, { inputs: { cache: "true" }, env: cacheEnv(1003), runnerTemp });
    expect(third.code).toBe(0);
    expect(cache.ops()).toEqual(["GetCacheEntryDownloadURL", "blob-get", "CreateCacheEntry", "blob-put", "FinalizeCacheEntryUpload"]);
    expect(third.outputs["cache-hit"]).toBe("true");
    const r3 = readReport(third.outputs.report);
    expect(r3.stats).toMatchObject({ cacheHits: r2.stats.filesScanned, cacheMisses: 1, filesScanned: r2.stats.filesScanned + 1 });
    expect(cache.entries.map((e) => e.key.slice(-7))).toEqual(["-1001-1", "-1003-1"]);
    expect(third.stdout).toMatch(/Facts cache saved as \S+-1003-1: .*\(1 file scanned anew\)/);
  }, 120_000);

  it("a cache service that answers 500 only gives warnings, and the audit's normal result", async () => {
    const repo = makeRepo();
    const plain = await push(repo);
    cache.failStatus = 500;
    // @actions/cache retries a 5xx five times with backoff (about 30 s for the lookup and again for the save).
    const r = await push(repo, { inputs: { cache: "true" }, env: cacheEnv(2001) });
    expect(r.code).toBe(plain.code);
    expect(errors(r.stdout)).toEqual([]);
    const w = warnings(r.stdout);
    expect(w.some((l) => /Failed to restore/.test(l))).toBe(true);
    expect(w.some((l) => /facts cache was not saved/.test(l))).toBe(true);
    expect(r.outputs["cache-hit"]).toBe("false");
    expect(cache.ops().filter((o) => o === "GetCacheEntryDownloadURL").length).toBeGreaterThan(1);
    expect(cache.requests.every((q) => q.status === 500)).toBe(true);
    expect(comparable(readReport(r.outputs.report))).toEqual(comparable(readReport(plain.outputs.report)));
    for (const k of ["verdict", "frameworks", "findings", "failed"]) expect(r.outputs[k], k).toBe(plain.outputs[k]);
  }, 180_000);

  it("without the cache service the run warns once and audits with a local folder", async () => {
    const repo = makeRepo();
    const r = await push(repo, { inputs: { cache: "true" }, env: { GITHUB_RUN_ID: "3001", RUNNER_OS: "Linux" } });
    expect(r.code).toBe(0);
    const w = warnings(r.stdout);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/Actions cache service is not available/);
    expect(r.outputs["cache-hit"]).toBe("false");
    expect(readReport(r.outputs.report).stats.cacheMisses).toBeGreaterThan(0);
    expect(cache.requests).toEqual([]);
  });
});

describe("cache: false", () => {
  it("the action's bundle keeps @actions/cache (twirp client, Azure SDK) out of index.js, in a lazily loaded chunk", () => {
    // Strings that survive minification: the twirp service name and an Azure blob header.
    const markers = ["github.actions.results.api.v1.CacheService", "x-ms-blob-type"];
    const main = readFileSync(DIST, "utf8");
    for (const m of markers) expect(main, m).not.toContain(m);
    const chunks = readdirSync(dirname(DIST)).filter((f) => /^\d+\.index\.js$/.test(f));
    expect(chunks.some((f) => markers.every((m) => readFileSync(join(dirname(DIST), f), "utf8").includes(m)))).toBe(true);
  });

  it("makes no cache request at all, even with the service available", async () => {
    const repo = makeRepo();
    const r = await push(repo, { env: cacheEnv(4001) });
    expect(r.code).toBe(0);
    expect(cache.requests).toEqual([]);
    expect(r.outputs["cache-hit"]).toBe("false");
    expect(r.stdout).not.toContain("Facts cache");
    expect(readReport(r.outputs.report).stats.cacheHits).toBeUndefined();
    const off = await push(repo, { inputs: { cache: "false" }, env: cacheEnv(4002) });
    expect(off.code).toBe(0);
    expect(cache.requests).toEqual([]);
  });

  it("rejects a value that is not a boolean, naming the input", async () => {
    const repo = makeRepo();
    const r = await push(repo, { inputs: { cache: "yes" }, env: cacheEnv(4003) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::Input 'cache': must be true or false \(got 'yes'\)$/m);
    expect(cache.requests).toEqual([]);
  });
});

#!/usr/bin/env node
// `npm run bench`: the audit's speed against ripgrep over the same files (not part of the tests).
//
//   node scripts/bench.mjs [--sizes 10,50,200] [--runs N] [--dir PATH] [--seed N] [--no-binary]
//                          [--cli dist/cli.js] [--trees DIR] [--profile] [--json FILE] [--check]
//
// Builds (or reuses) deterministic ML-shaped trees of the given sizes in MB of source, plus one tree whose
// bytes are mostly data and weights; or takes any directory with --dir. On each tree it runs the CLI's full
// audit (`node dist/cli.js <dir> --format json`) and ripgrep (`rg -c -F` over the same include globs, with
// the keywords of the feature catalog) in turns, and prints medians of wall time, MB/s, peak RSS and CPU time,
// the ratio audit/ripgrep, the cold start of `--version`, --jobs and --cache figures and a 10-file pull
// request audited with --base when the CLI has those flags, and every target of the performance issue with
// its verdict. See docs/performance.md (and scripts/bench/floor.mjs for the floor of a JS pass).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { actionStart } from "./bench/action-start.mjs";
import { ensureTree, generateTree, treeName } from "./bench/generate.mjs";
import { loadSearchSpec, ripgrepArgs } from "./bench/keywords.mjs";
import { cleanupScratch, hasCommand, hasGnuTime, measure, median } from "./bench/measure.mjs";
import { buildProfilingCli, profileAudit } from "./bench/profile.mjs";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const MB = 1_000_000;
/** The bundled example repository (README's first command audits it); the action's start-up runs on it. */
const EXAMPLE = join(REPO, "examples", "mixed-vision-app");
/** Above this, a tree gets fewer runs so that the whole bench stays near five minutes. */
const PER_TREE_BUDGET_S = 75;

const TARGETS = {
  ratio200: 5,
  linearity: 0.2,
  binaryRatio: 8,
  rssMb: 300,
  versionMs: 150,
  actionStartMs: 300,
  jobsSpeedup: 1.6,
  cacheShare: 0.25,
};

function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  console.error("usage: node scripts/bench.mjs [--sizes 10,50,200] [--runs N] [--dir PATH] [--seed N] [--no-binary] [--binary-size MB] [--cli FILE] [--trees DIR] [--profile] [--json FILE] [--check]");
  process.exit(2);
}

function parseCli() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: "string", default: "10,50,200" },
        runs: { type: "string", default: "3" },
        dir: { type: "string" },
        seed: { type: "string", default: "20240" },
        "no-binary": { type: "boolean", default: false },
        "binary-size": { type: "string", default: "200" },
        cli: { type: "string", default: join(REPO, "dist", "cli.js") },
        trees: { type: "string", default: join(tmpdir(), "ml-framework-audit-bench") },
        profile: { type: "boolean", default: false },
        json: { type: "string" },
        check: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    usage(e.message);
  }
  if (values.help) usage();
  const sizes = values.sizes.split(",").filter(Boolean).map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) usage(`--sizes must be positive integers (MB), got ${values.sizes}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, got ${values.runs}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) usage(`--seed must be an integer, got ${values.seed}`);
  const binarySize = Number(values["binary-size"]);
  if (!Number.isInteger(binarySize) || binarySize <= 0) usage(`--binary-size must be a positive integer, got ${values["binary-size"]}`);
  return { ...values, sizes, runs, seed, binarySize, cli: resolve(values.cli), trees: resolve(values.trees), dir: values.dir ? resolve(values.dir) : undefined };
}

const fmt = {
  ms: (x) => (x === undefined ? "n/a" : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`),
  mb: (x) => (x === undefined ? "n/a" : `${x.toFixed(1)}`),
  x: (x) => (x === undefined ? "n/a" : `${x.toFixed(2)}x`),
  rss: (kb) => (kb === undefined ? "n/a" : `${Math.round(kb / 1024)} MB`),
};

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ")).join("\n");
}

function machine(rgVersion) {
  const c = cpus();
  return {
    cpu: c[0]?.model ?? "unknown",
    cores: c.length,
    memGb: Math.round(totalmem() / 1e9),
    freeGb: Math.round(freemem() / 1e9),
    os: `${platform()} ${release()}`,
    node: process.version,
    ripgrep: rgVersion ?? "not installed",
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** The files ripgrep will search (the audit's include globs): count and bytes. */
function listFiles(dir, spec) {
  const args = ripgrepArgs(dir, spec).filter((a, i, all) => !(a === "-c" || a === "-F" || a === "-e" || all[i - 1] === "-e"));
  const r = spawnSync("rg", ["--files", ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const files = (r.stdout ?? "").split("\n").filter(Boolean);
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch {
      // vanished
    }
  }
  return { files: files.length, bytes };
}

/** One audit run; the JSON report's stats when it parses. */
function runAudit(cli, dir, extra, gnuTime, prefix = []) {
  const argv = [process.execPath, cli, dir, "--format", "json", ...extra];
  const cmd = prefix.length ? prefix[0] : argv[0];
  const args = prefix.length ? [...prefix.slice(1), ...argv] : argv.slice(1);
  const r = measure(cmd, args, { gnuTime, nodeChild: !gnuTime, env: { ...process.env, MFA_TRACE: "1" } });
  let stats;
  if (r.status === 0 || r.status === 1) {
    try {
      stats = JSON.parse(r.stdout).stats;
    } catch {
      stats = undefined;
    }
  }
  const ok = (r.status === 0 || r.status === 1) && stats !== undefined;
  return { ...r, ok, stats, phases: phasesOf(r.stderr), threadCpu: threadCpuOf(r.stderr), stdout: "" };
}

/**
 * The audit's CPU by thread from its last MFA_TRACE `cpu` line (src/core/trace.ts traceThreadCpu, Linux):
 * the main thread, the scan workers (threads that had ended), and the helper threads still running at the end
 * (V8's compiler and garbage-collector threads, libuv's), in ms. Undefined without the line.
 */
function threadCpuOf(stderr) {
  const m = [...(stderr ?? "").matchAll(/^mfa-trace [\d.]+ cpu main=(\d+) ended=(\d+) helpers=(\d+)/gm)].at(-1);
  return m ? { main: Number(m[1]), workers: Number(m[2]), helpers: Number(m[3]) } : undefined;
}

const THREAD_KINDS = ["main", "workers", "helpers"];

/** Median of each thread kind's CPU over runs. */
function medianThreadCpu(runs) {
  const withCpu = runs.filter((r) => r.threadCpu);
  if (withCpu.length === 0) return undefined;
  return Object.fromEntries(THREAD_KINDS.map((k) => [k, median(withCpu.map((r) => r.threadCpu[k]))]));
}

/**
 * The audit's phases from its MFA_TRACE lines (`mfa-trace <ms since process start> <label>`, see
 * src/core/trace.ts): start-up (process start to main), discovery, scan, analysis, rendering, in ms.
 * Undefined when the CLI does not trace (an older build).
 */
function phasesOf(stderr) {
  const at = {};
  for (const m of (stderr ?? "").matchAll(/^mfa-trace ([\d.]+) (\S+)/gm)) at[m[2]] ??= Number(m[1]);
  const span = (a, b) => (at[a] !== undefined && at[b] !== undefined ? at[b] - at[a] : undefined);
  if (at["main:start"] === undefined) return undefined;
  return {
    startup: at["main:start"],
    discovery: span("discover:start", "discover:end"),
    scan: span("discover:end", "scan:end"),
    analysis: span("scan:end", "analysis:end"),
    render: span("analysis:end", "render:end"),
  };
}

const PHASES = ["startup", "discovery", "scan", "analysis", "render"];

/** Median of each phase over runs. */
function medianPhases(runs) {
  const withPhases = runs.filter((r) => r.phases);
  if (withPhases.length === 0) return undefined;
  return Object.fromEntries(PHASES.map((p) => [p, median(withPhases.map((r) => r.phases[p]).filter((v) => v !== undefined))]));
}

function runRg(dir, spec, gnuTime) {
  const r = measure("rg", ripgrepArgs(dir, spec), { gnuTime });
  // rg exits 1 when nothing matched: still a complete search.
  return { ...r, ok: r.status === 0 || r.status === 1, stdout: "", matches: r.stdout.split("\n").filter(Boolean).length };
}

function firstLine(s) {
  return (s ?? "").trim().split("\n")[0] ?? "";
}

/** A run's time, or why it does not count. */
function shown(r) {
  return r.ok ? fmt.ms(r.wallMs) : `failed (exit ${r.status ?? r.signal}: ${firstLine(r.stderr) || r.error || "no JSON report"})`;
}

/** Measures one tree: audit and ripgrep in turns after one warm-up each. */
function benchTree(ctx, label, dir, bytesHint) {
  const listed = ctx.rg ? listFiles(dir, ctx.search) : undefined;
  const bytes = listed?.bytes ?? bytesHint;
  console.log(`\n== ${label}: ${dir}`);
  if (listed) console.log(`   files the audit reads (by its include globs): ${listed.files}, ${fmt.mb(listed.bytes / MB)} MB`);
  // Warm-up: fills the page cache and checks that both commands work.
  if (ctx.rg) runRg(dir, ctx.search, ctx.gnuTime);
  const warm = runAudit(ctx.cli, dir, [], ctx.gnuTime);
  if (!warm.ok) {
    console.log(`   audit failed (exit ${warm.status ?? warm.signal}): ${firstLine(warm.stderr) || warm.error || "no JSON report"}`);
    return { label, dir, bytes, auditFailed: firstLine(warm.stderr) || warm.error || `exit ${warm.status}` };
  }
  const scanned = warm.stats ?? {};
  if (listed && typeof scanned.filesScanned === "number" && Math.abs(scanned.filesScanned - listed.files) > Math.max(2, listed.files * 0.01)) {
    console.log(`   note: the audit scanned ${scanned.filesScanned} files, ripgrep's globs select ${listed.files}: the comparison is not like for like`);
  }
  let runs = ctx.runs;
  const perPair = (warm.wallMs / 1000) * (ctx.rg ? 1.1 : 1);
  if (perPair * runs > PER_TREE_BUDGET_S) {
    runs = Math.max(1, Math.floor(PER_TREE_BUDGET_S / perPair));
    console.log(`   one audit takes ${fmt.ms(warm.wallMs)}: ${runs} run(s) instead of ${ctx.runs} to keep the bench short`);
  }
  const audit = [];
  const rg = [];
  // When a single run fits the budget, the warm-up audit (page cache already warm from ripgrep's warm-up)
  // is that run.
  const reuseWarm = runs === 1 && ctx.runs > 1;
  for (let i = 0; i < runs; i++) {
    const a = reuseWarm ? warm : runAudit(ctx.cli, dir, [], ctx.gnuTime);
    if (a.ok) audit.push(a);
    if (ctx.rg) {
      const g = runRg(dir, ctx.search, ctx.gnuTime);
      if (g.ok) rg.push(g);
    }
    process.stdout.write(`   run ${i + 1}/${runs}: audit ${shown(a)}${ctx.rg ? `, ripgrep ${fmt.ms(rg.at(-1)?.wallMs)}` : ""}\n`);
  }
  const res = {
    label,
    dir,
    files: listed?.files ?? scanned.filesScanned,
    bytes: bytes ?? scanned.bytesScanned,
    auditFilesScanned: scanned.filesScanned,
    auditBytesScanned: scanned.bytesScanned,
    runs: audit.length,
    auditMs: median(audit.map((r) => r.wallMs)),
    auditRssKb: median(audit.map((r) => r.rssKb)),
    auditCpuMs: median(audit.map((r) => r.cpuMs)),
    rgMs: median(rg.map((r) => r.wallMs)),
    rgRssKb: median(rg.map((r) => r.rssKb)),
    rgMatchingFiles: rg[0]?.matches,
    phases: medianPhases(audit),
    threadCpu: medianThreadCpu(audit),
  };
  if (res.phases) console.log(`   audit phases (medians): ${PHASES.map((p) => `${p} ${fmt.ms(res.phases[p])}`).join(", ")}`);
  if (res.threadCpu) {
    const t = res.threadCpu;
    console.log(`   audit CPU by thread (medians): main ${fmt.ms(t.main)}, scan workers ${fmt.ms(t.workers)}, V8/libuv helpers (JIT compiler, GC) ${fmt.ms(t.helpers)}`);
  }
  const mbBytes = (res.bytes ?? 0) / MB;
  res.auditMBps = res.auditMs ? mbBytes / (res.auditMs / 1000) : undefined;
  res.rgMBps = res.rgMs ? mbBytes / (res.rgMs / 1000) : undefined;
  res.ratio = res.auditMs && res.rgMs ? res.auditMs / res.rgMs : undefined;
  return res;
}

/** --jobs 1 against --jobs 2, in turns, on one tree. */
function benchJobs(ctx, dir) {
  const one = [];
  const two = [];
  const cpu1 = [];
  const cpu2 = [];
  for (let i = 0; i < ctx.runs; i++) {
    const a = runAudit(ctx.cli, dir, ["--jobs", "1"], ctx.gnuTime);
    const b = runAudit(ctx.cli, dir, ["--jobs", "2"], ctx.gnuTime);
    if (a.ok) {
      one.push(a.wallMs);
      cpu1.push(a.cpuMs);
    }
    if (b.ok) {
      two.push(b.wallMs);
      cpu2.push(b.cpuMs);
    }
    console.log(`   run ${i + 1}/${ctx.runs}: --jobs 1 ${shown(a)}, --jobs 2 ${shown(b)}`);
  }
  const j1 = median(one);
  const j2 = median(two);
  return { jobs1Ms: j1, jobs2Ms: j2, jobs1CpuMs: median(cpu1), jobs2CpuMs: median(cpu2), speedup: j1 && j2 ? j1 / j2 : undefined };
}

/**
 * The default audit confined to one core (`taskset -c 0`: the thread count then defaults to one, and V8's
 * compiler and collector threads share that core) against the same audit on every core, in turns. The
 * performance issue's "the audit on 2 cores is at least 1.6x faster than on 1", read as the machine a user runs
 * it on rather than the --jobs flag; shown beside the --jobs figures, which remain the target's measure.
 */
function benchCores(ctx, dir) {
  const one = [];
  const all = [];
  for (let i = 0; i < ctx.runs; i++) {
    const a = runAudit(ctx.cli, dir, [], ctx.gnuTime, ["taskset", "-c", "0"]);
    const b = runAudit(ctx.cli, dir, [], ctx.gnuTime);
    if (a.ok) one.push(a.wallMs);
    if (b.ok) all.push(b.wallMs);
    console.log(`   run ${i + 1}/${ctx.runs}: one core ${shown(a)}, ${cpus().length} cores ${shown(b)}`);
  }
  const m1 = median(one);
  const m2 = median(all);
  return { oneCoreMs: m1, allCoresMs: m2, cores: cpus().length, speedup: m1 && m2 ? m1 / m2 : undefined };
}

/**
 * What each added megabyte costs between consecutive sizes of the generated trees, audit and ripgrep (medians):
 * the slope of cost against bytes, without either tool's fixed start-up cost, which the ratios at 10 and 50 MB
 * carry (Node's own start is about twice ripgrep's whole run on the 10 MB tree).
 */
function marginalCosts(results) {
  const src = results.filter((r) => r.kind === "source" && r.auditMs !== undefined && r.bytes).sort((a, b) => a.bytes - b.bytes);
  const out = [];
  for (let i = 1; i < src.length; i++) {
    const a = src[i - 1];
    const b = src[i];
    const mb = (b.bytes - a.bytes) / MB;
    if (mb <= 0) continue;
    const audit = (b.auditMs - a.auditMs) / mb;
    const rg = a.rgMs !== undefined && b.rgMs !== undefined ? (b.rgMs - a.rgMs) / mb : undefined;
    out.push({ from: a.label, to: b.label, auditMsPerMb: audit, rgMsPerMb: rg, ratio: rg && rg > 0 ? audit / rg : undefined });
  }
  return out;
}

/** A cold audit with an empty --cache folder, then a second one on the unchanged tree. */
function benchCache(ctx, dir) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < ctx.runs; i++) {
    const cache = mkdtempSync(join(tmpdir(), "mfa-bench-cache-"));
    try {
      const a = runAudit(ctx.cli, dir, ["--cache", cache], ctx.gnuTime);
      const b = runAudit(ctx.cli, dir, ["--cache", cache], ctx.gnuTime);
      if (a.ok && b.ok) {
        cold.push(a.wallMs);
        warm.push(b.wallMs);
      }
      console.log(`   run ${i + 1}/${ctx.runs}: first ${shown(a)}, second ${shown(b)}`);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  const c = median(cold);
  const w = median(warm);
  return { firstMs: c, secondMs: w, share: c && w ? w / c : undefined };
}

/** Files a bench pull request edits. */
const PR_FILES = 10;

/**
 * A pull request that touches PR_FILES files: the tree as a git repository (made once, beside the tree),
 * PR_FILES Python files edited in its working tree, then the head's audit alone and the audit with `--base
 * HEAD` in turns. The difference is what auditing the base costs: its listing from git, the head's facts
 * taken over for every unchanged file, the edited files' base versions scanned, the base's analysis.
 */
function benchPr(ctx, dir, trees) {
  const repo = join(trees, `${basename(dir)}-git`);
  const env = { ...process.env, GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.invalid" };
  const git = (...args) => {
    const r = spawnSync("git", args, { cwd: repo, env, encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`git ${args[0]}: ${firstLine(r.stderr) || r.error?.message || `exit ${r.status}`}`);
    return r.stdout;
  };
  const ready = join(repo, ".git", "mfa-bench-ready");
  if (!existsSync(ready)) {
    rmSync(repo, { recursive: true, force: true });
    cpSync(dir, repo, { recursive: true });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "bench base");
    writeFileSync(ready, "");
  }
  git("checkout", "-q", "--", ".");
  const py = git("ls-files", "-z", "--", "*.py").split("\0").filter(Boolean);
  const edited = Array.from({ length: Math.min(PR_FILES, py.length) }, (_, i) => py[Math.floor((i * py.length) / PR_FILES)]);
  for (const f of edited) appendFileSync(join(repo, f), "\nimport tensorflow as tf  # edited by the bench's pull request\n");
  const head = [];
  const withBase = [];
  try {
    for (let i = 0; i < ctx.runs; i++) {
      const a = runAudit(ctx.cli, repo, [], ctx.gnuTime);
      const b = runAudit(ctx.cli, repo, ["--base", "HEAD"], ctx.gnuTime);
      if (a.ok && b.ok) {
        head.push(a.wallMs);
        withBase.push(b.wallMs);
      }
      console.log(`   run ${i + 1}/${ctx.runs}: head alone ${shown(a)}, with --base HEAD ${shown(b)}`);
    }
  } finally {
    git("checkout", "-q", "--", ".");
  }
  const h = median(head);
  const b = median(withBase);
  return { files: py.length, edited: edited.length, headMs: h, withBaseMs: b, baseMs: h !== undefined && b !== undefined ? b - h : undefined };
}

function coldStart(cli) {
  measure(process.execPath, [cli, "--version"]);
  const times = [];
  let version;
  for (let i = 0; i < 11; i++) {
    const r = measure(process.execPath, [cli, "--version"]);
    if (r.status !== 0) return { error: firstLine(r.stderr) || r.error || `exit ${r.status}` };
    version = r.stdout.trim();
    times.push(r.wallMs);
  }
  return { ms: median(times), minMs: Math.min(...times), version };
}

function verdict(ok) {
  return ok === undefined ? "not measured" : ok ? "PASS" : "FAIL";
}

/** The targets of the performance issue, each with its measured value and verdict. */
function targets(results, cold, action, jobs, cache) {
  const src = results.filter((r) => r.kind === "source" && r.ratio !== undefined);
  const biggest = src.reduce((a, b) => (!a || b.bytes > a.bytes ? b : a), undefined);
  const bin = results.find((r) => r.kind === "binary");
  const out = [];
  const big = biggest && biggest.bytes >= 150 * MB ? biggest : undefined;
  out.push(["audit/ripgrep on the ~200 MB tree", `<= ${TARGETS.ratio200}x`, fmt.x(big?.ratio), verdict(big ? big.ratio <= TARGETS.ratio200 : undefined)]);
  for (const r of src) {
    if (r === biggest) continue;
    const dev = biggest ? Math.abs(r.ratio / biggest.ratio - 1) : undefined;
    out.push([`ratio at ${r.label} vs ${biggest.label}`, `within ${TARGETS.linearity * 100}%`, dev === undefined ? "n/a" : `${(dev * 100).toFixed(0)}% off`, verdict(dev === undefined ? undefined : dev <= TARGETS.linearity)]);
  }
  out.push(["audit/ripgrep, mostly-binary tree", `<= ${TARGETS.binaryRatio}x`, fmt.x(bin?.ratio), verdict(bin?.ratio === undefined ? undefined : bin.ratio <= TARGETS.binaryRatio)]);
  out.push(["peak RSS on the ~200 MB tree", `<= ${TARGETS.rssMb} MB`, fmt.rss(big?.auditRssKb), verdict(big?.auditRssKb === undefined ? undefined : big.auditRssKb / 1024 <= TARGETS.rssMb)]);
  out.push(["cold start of --version", `<= ${TARGETS.versionMs} ms`, fmt.ms(cold?.ms), verdict(cold?.ms === undefined ? undefined : cold.ms <= TARGETS.versionMs)]);
  out.push(["the action: start to its first file", `<= ${TARGETS.actionStartMs} ms`, action?.ms === undefined ? "n/a" : fmt.ms(action.ms), verdict(action?.ms === undefined ? undefined : action.ms <= TARGETS.actionStartMs)]);
  out.push([`--jobs 2 speed-up over --jobs 1${jobs?.tree ? ` (${jobs.tree})` : ""}`, `>= ${TARGETS.jobsSpeedup}x`, jobs ? fmt.x(jobs.speedup) : "no --jobs flag", verdict(jobs?.speedup === undefined ? undefined : jobs.speedup >= TARGETS.jobsSpeedup)]);
  out.push(["second audit with --cache", `<= ${TARGETS.cacheShare * 100}% of the first`, cache?.share === undefined ? (cache ? "n/a" : "no --cache flag") : `${(cache.share * 100).toFixed(0)}%`, verdict(cache?.share === undefined ? undefined : cache.share <= TARGETS.cacheShare)]);
  return out;
}

function hashTree(dir) {
  const h = createHash("sha256");
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        h.update(relative(dir, p));
        h.update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return h.digest("hex");
}

/** --check: the bench's own sanity checks (determinism, keywords, globs against the generator's files). */
function selfCheck(opts, search, rgVersion) {
  const scratch = mkdtempSync(join(tmpdir(), "mfa-bench-check-"));
  const failures = [];
  const check = (name, ok, detail = "") => {
    console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
    if (!ok) failures.push(name);
  };
  try {
    for (const variant of ["source", "binary"]) {
      const spec = { variant, sizeMb: 2, seed: opts.seed };
      const a = generateTree(join(scratch, "a"), spec);
      generateTree(join(scratch, "b"), spec);
      check(`${variant} tree is deterministic`, hashTree(join(scratch, "a")) === hashTree(join(scratch, "b")));
      generateTree(join(scratch, "c"), { ...spec, seed: opts.seed + 1 });
      check(`${variant} tree changes with the seed`, hashTree(join(scratch, "a")) !== hashTree(join(scratch, "c")));
      check(`${variant} tree has its size`, Math.abs(a.sourceBytes + a.binaryBytes - 2 * MB) < 0.5 * MB, `${a.sourceBytes + a.binaryBytes} bytes`);
      if (variant === "binary") check("binary tree is mostly binary bytes", a.binaryBytes > 0.8 * (a.sourceBytes + a.binaryBytes), `${a.binaryBytes} of ${a.sourceBytes + a.binaryBytes}`);
      if (rgVersion) {
        const listed = listFiles(join(scratch, "a"), search);
        check(`ripgrep's globs select exactly the generated source files (${variant})`, listed.files === a.sourceFiles && listed.bytes === a.sourceBytes, `${listed.files}/${a.sourceFiles} files, ${listed.bytes}/${a.sourceBytes} bytes`);
      }
      const audit = runAudit(opts.cli, join(scratch, "a"), [], false);
      if (audit.ok && typeof audit.stats?.filesScanned === "number") {
        // Artifacts may or may not be counted as scanned (they are seen by name), never more.
        check(`the audit scans the generated source files (${variant})`, audit.stats.filesScanned >= a.sourceFiles && audit.stats.filesScanned <= a.sourceFiles + a.binaryFiles, `filesScanned ${audit.stats.filesScanned}, source files ${a.sourceFiles}`);
      } else {
        console.log(`skip the audit cannot run yet (${firstLine(audit.stderr) || `exit ${audit.status}`})`);
      }
      for (const d of ["a", "b", "c"]) rmSync(join(scratch, d), { recursive: true, force: true });
    }
    check("keywords include the frameworks", ["torch", "tensorflow", "keras", "jax"].every((k) => search.keywords.includes(k)), search.keywords.join(" "));
    check("no keyword contains another", search.keywords.every((k) => !search.keywords.some((o) => o !== k && k.includes(o))));
    check("pruned folders read from discovery", search.prunedDirs.includes("node_modules") && search.prunedDirs.includes(".git"), `${search.prunedDirs.length} folders`);
    const action = actionStart(REPO, join(dirname(opts.cli), "index.js"), EXAMPLE, 1);
    check("the action starts on a push event and reaches its first file", action.ms !== undefined, action.error ?? `${fmt.ms(action.ms)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return failures.length === 0;
}

function main() {
  const opts = parseCli();
  const rgVersion = hasCommand("rg");
  const gnuTime = hasGnuTime();
  const search = loadSearchSpec(REPO);
  const m = machine(rgVersion);
  console.log(`ml-framework-audit bench: ${m.cpu}, ${m.cores} cores, ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, ${m.ripgrep}`);
  console.log(`load average ${m.loadAverageAtStart.join(" ")}${m.loadAverageAtStart[0] > m.cores ? " (the machine is busy: figures will be slower and noisier than on an idle one)" : ""}`);
  console.log(`peak RSS via ${gnuTime ? "/usr/bin/time -f %M" : "process.resourceUsage().maxRSS (preload; ripgrep's RSS not available)"}`);
  console.log(`ripgrep keywords (${search.keywords.length}, from ${search.rawCount} names in src/knowledge): ${search.keywords.join(" ")}`);
  if (!rgVersion) console.log("ripgrep (rg) is not installed (Debian: apt-get install ripgrep): the audit is measured alone, without ratios.");

  if (opts.check) {
    const ok = selfCheck(opts, search, rgVersion);
    cleanupScratch();
    process.exit(ok ? 0 : 1);
  }

  const cold = coldStart(opts.cli);
  if (cold.error) {
    console.error(`bench: \`node ${relative(process.cwd(), opts.cli)} --version\` failed: ${cold.error}`);
    process.exit(1);
  }
  console.log(`CLI ${relative(process.cwd(), opts.cli) || opts.cli}: version ${cold.version}; cold start of --version: median ${fmt.ms(cold.ms)} (min ${fmt.ms(cold.minMs)}, 11 runs)`);
  // The action's bundle sits beside the CLI's (dist/index.js next to dist/cli.js).
  const action = actionStart(REPO, join(dirname(opts.cli), "index.js"), EXAMPLE);
  console.log(action.error ? `the action: not measured (${action.error})` : `the action (${relative(process.cwd(), join(dirname(opts.cli), "index.js"))}, a push event on ${relative(REPO, EXAMPLE)}): start to its first file median ${fmt.ms(action.ms)} (min ${fmt.ms(action.minMs)}, ${action.runs} runs)`);
  const help = spawnSync(process.execPath, [opts.cli, "--help"], { encoding: "utf8" });
  const helpText = `${help.stdout ?? ""}${help.stderr ?? ""}`;
  const hasJobs = /--jobs\b/.test(helpText);
  const hasCache = /--cache\b/.test(helpText);
  const hasBase = /--base\b/.test(helpText) && hasCommand("git") !== undefined;

  const ctx = { cli: opts.cli, runs: opts.runs, gnuTime, rg: Boolean(rgVersion), search };
  const results = [];
  mkdirSync(opts.trees, { recursive: true });
  if (opts.dir) {
    results.push({ kind: "dir", ...benchTree(ctx, basename(opts.dir), opts.dir) });
  } else {
    const specs = opts.sizes.map((s) => ({ variant: "source", sizeMb: s, seed: opts.seed }));
    if (!opts["no-binary"]) specs.push({ variant: "binary", sizeMb: opts.binarySize, seed: opts.seed });
    for (const spec of specs) {
      const info = ensureTree(opts.trees, spec);
      const what = `${info.sourceFiles} source files, ${fmt.mb(info.sourceBytes / MB)} MB${info.binaryBytes ? ` + ${info.binaryFiles} binary files, ${fmt.mb(info.binaryBytes / MB)} MB` : ""}`;
      console.log(`\ntree ${treeName(spec)}: ${info.reused ? "reused" : `generated in ${info.seconds.toFixed(1)} s`} (${what})`);
      results.push({ kind: spec.variant, spec, tree: { sourceFiles: info.sourceFiles, sourceBytes: info.sourceBytes, binaryFiles: info.binaryFiles, binaryBytes: info.binaryBytes }, ...benchTree(ctx, spec.variant === "binary" ? `binary-${spec.sizeMb}MB` : `${spec.sizeMb}MB`, info.dir, info.sourceBytes) });
    }
  }

  const measured = results.filter((r) => !r.auditFailed && r.auditMs !== undefined);
  const sourceTrees = measured.filter((r) => r.kind !== "binary");
  // --jobs and --cache are measured on the tree nearest 50 MB: big enough to amortise start-up, small
  // enough to keep the bench within its time budget.
  const midTree = sourceTrees.reduce((a, b) => (!a || Math.abs(b.bytes - 50 * MB) < Math.abs(a.bytes - 50 * MB) ? b : a), undefined);
  // The thread speed-up is also measured on the largest source tree (from 150 MB): there start-up is amortised
  // and, on 2 cores, the default thread count itself uses a second thread; the target is judged there.
  const bigTree = sourceTrees.reduce((a, b) => (!a || b.bytes > a.bytes ? b : a), undefined);
  const jobsTree = bigTree && bigTree !== midTree && bigTree.bytes >= 150 * MB ? bigTree : undefined;
  const sideCtxFor = (tree) => ({ ...ctx, runs: Math.min(ctx.runs, Math.max(1, Math.floor(PER_TREE_BUDGET_S / ((2 * tree.auditMs) / 1000)))) });
  let jobs;
  let jobsMid;
  let coresRun;
  let cache;
  let pr;
  if (midTree) {
    const sideCtx = sideCtxFor(midTree);
    if (hasJobs) {
      console.log(`\n== --jobs 1 vs --jobs 2 on ${midTree.label}`);
      jobsMid = { tree: midTree.label, ...benchJobs(sideCtx, midTree.dir) };
      jobs = jobsMid;
      if (jobsTree) {
        console.log(`\n== --jobs 1 vs --jobs 2 on ${jobsTree.label}`);
        jobs = { tree: jobsTree.label, ...benchJobs(sideCtxFor(jobsTree), jobsTree.dir) };
      }
    } else console.log("\n--jobs: `--help` does not mention the flag yet: not measured.");
    const coresTree = jobsTree ?? midTree;
    if (cpus().length >= 2 && hasCommand("taskset") !== undefined) {
      console.log(`\n== one core (taskset -c 0) vs ${cpus().length} cores on ${coresTree.label}, default thread count`);
      coresRun = { tree: coresTree.label, ...benchCores(sideCtxFor(coresTree), coresTree.dir) };
    }
    if (hasCache) {
      console.log(`\n== --cache: first vs second audit on ${midTree.label}`);
      cache = { tree: midTree.label, ...benchCache(sideCtx, midTree.dir) };
    } else console.log("--cache: `--help` does not mention the flag yet: not measured.");
    if (hasBase && !opts.dir) {
      console.log(`\n== a pull request of ${PR_FILES} files on ${midTree.label}: the head alone vs with --base HEAD`);
      try {
        pr = { tree: midTree.label, ...benchPr(sideCtx, midTree.dir, opts.trees) };
      } catch (e) {
        console.log(`   not measured: ${e.message}`);
      }
    }
  }

  console.log("\n== Medians");
  // CPU: user + system time of the audit's process, all threads (V8 compiles and collects garbage on threads
  // of its own); "cores" is CPU / wall time.
  const rows = [["tree", "files", "MB", "runs", "audit", "audit MB/s", "audit RSS", "audit CPU", "cores", ...(ctx.rg ? ["ripgrep", "rg MB/s", "rg RSS", "audit/rg"] : [])]];
  for (const r of results) {
    if (r.auditFailed) {
      rows.push([r.label, "", fmt.mb((r.bytes ?? 0) / MB), 0, "failed", "", "", "", "", ...(ctx.rg ? ["", "", "", ""] : [])]);
      continue;
    }
    rows.push([r.label, r.files ?? "n/a", fmt.mb(r.bytes / MB), r.runs, fmt.ms(r.auditMs), fmt.mb(r.auditMBps), fmt.rss(r.auditRssKb), fmt.ms(r.auditCpuMs), r.auditCpuMs && r.auditMs ? (r.auditCpuMs / r.auditMs).toFixed(2) : "n/a", ...(ctx.rg ? [fmt.ms(r.rgMs), fmt.mb(r.rgMBps), fmt.rss(r.rgRssKb), fmt.x(r.ratio)] : [])]);
  }
  console.log(table(rows));
  for (const j of new Set([jobsMid, jobs])) if (j) console.log(`--jobs 1: ${fmt.ms(j.jobs1Ms)} (CPU ${fmt.ms(j.jobs1CpuMs)}), --jobs 2: ${fmt.ms(j.jobs2Ms)} (CPU ${fmt.ms(j.jobs2CpuMs)}), speed-up ${fmt.x(j.speedup)} (${j.tree})`);
  if (coresRun) console.log(`one core: ${fmt.ms(coresRun.oneCoreMs)}, ${coresRun.cores} cores: ${fmt.ms(coresRun.allCoresMs)}, speed-up ${fmt.x(coresRun.speedup)} (${coresRun.tree}, taskset)`);
  const marginal = marginalCosts(results);
  for (const m of marginal) console.log(`each added MB from ${m.from} to ${m.to}: audit ${m.auditMsPerMb.toFixed(1)} ms, ripgrep ${m.rgMsPerMb === undefined ? "n/a" : `${m.rgMsPerMb.toFixed(1)} ms`}${m.ratio === undefined ? "" : ` (${fmt.x(m.ratio)})`}`);
  if (cache) console.log(`--cache (${cache.tree}): first ${fmt.ms(cache.firstMs)}, second ${fmt.ms(cache.secondMs)} (${cache.share === undefined ? "n/a" : `${(cache.share * 100).toFixed(0)}%`})`);
  if (pr) console.log(`pull request of ${pr.edited} of ${pr.files} .py files (${pr.tree}): head alone ${fmt.ms(pr.headMs)}, with --base HEAD ${fmt.ms(pr.withBaseMs)}: the base adds ${fmt.ms(pr.baseMs)}`);

  const t = targets(results, cold, action, hasJobs ? jobs : undefined, hasCache ? cache : undefined);
  if (!opts.dir) {
    console.log("\n== Targets (performance issue)");
    console.log(table([["target", "limit", "measured", "verdict"], ...t]));
  }

  let profile;
  if (opts.profile && midTree) {
    console.log(`\n== CPU profile of one audit of ${midTree.label}`);
    // An unminified bundle with its source map (as --cli, or built now into .bench/) names functions and files.
    const built = existsSync(`${opts.cli}.map`) ? { cli: opts.cli } : buildProfilingCli(REPO, join(REPO, ".bench", "profile-cli"));
    const cli = built.cli ?? opts.cli;
    if (built.error) console.log(`   unminified build failed (${firstLine(built.error)}): profiling ${relative(process.cwd(), opts.cli)}, names are minified`);
    const p = profileAudit(cli, midTree.dir, join(REPO, ".bench", "profiles"));
    if (p.error) console.log(`   ${p.error}`);
    else {
      profile = { threads: p.threads, file: p.file, ...p.summary };
      console.log(`   ${p.file} (${p.threads} thread profile(s); main thread ${fmt.ms(p.summary.totalMs)} sampled)`);
      console.log(table([["self time by module", "ms", "%"], ...p.summary.modules.map((x) => [x.name, Math.round(x.ms), x.pct.toFixed(1)])]));
      console.log("");
      console.log(table([["self time by function", "ms", "%"], ...p.summary.functions.map((x) => [x.name, Math.round(x.ms), x.pct.toFixed(1)])]));
    }
  }

  if (opts.json) {
    m.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
    writeFileSync(opts.json, JSON.stringify({ date: new Date().toISOString(), cli: opts.cli, machine: m, coldStart: cold, actionStart: action, keywords: search.keywords, results, jobs: hasJobs ? jobs : "no --jobs flag", jobsMidTree: hasJobs ? jobsMid : undefined, cores: coresRun, marginal, cache: hasCache ? cache : "no --cache flag", pullRequest: pr, targets: t, profile }, null, 2) + "\n");
    console.log(`\nwrote ${opts.json}`);
  }
  cleanupScratch();
}

main();

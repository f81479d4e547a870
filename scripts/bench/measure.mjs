// Runs one child process and measures it: wall time (process.hrtime.bigint() around spawnSync), peak RSS and
// CPU time (user + system, all threads: GNU time's %M %U %S when /usr/bin/time exists, else a preload module
// that reports the Node child's own process.resourceUsage() at exit; non-Node children then have neither).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const GNU_TIME = "/usr/bin/time";
const PRELOAD = fileURLToPath(new URL("./rss-preload.mjs", import.meta.url));

/** Whether GNU time is usable (BusyBox and BSD time lack -f/-o). */
export function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" });
  return r.status === 0 && /^\d+\s*$/m.test(r.stderr ?? "");
}

/** Whether an executable answers `--version` (ripgrep present?). */
export function hasCommand(cmd) {
  const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? (r.stdout ?? "").split("\n")[0].trim() : undefined;
}

let scratch;
function scratchDir() {
  scratch ??= mkdtempSync(join(tmpdir(), "mfa-bench-"));
  return scratch;
}
export function cleanupScratch() {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

/**
 * @typedef {{ wallMs: number, rssKb: number | undefined, cpuMs: number | undefined, status: number | null, signal: string | null,
 *   stdout: string, stderr: string, error?: string }} RunResult
 */

/**
 * Runs `cmd args` to completion (stdout and stderr captured through pipes: ripgrep treats /dev/null as
 * "stop at the first match", so output always goes to a pipe) and measures it.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ gnuTime?: boolean, nodeChild?: boolean, env?: NodeJS.ProcessEnv, cwd?: string, keepStdout?: boolean }} [opts]
 * @returns {RunResult}
 */
export function measure(cmd, args, opts = {}) {
  let file = cmd;
  let argv = args;
  let rssFile;
  let env = opts.env ?? process.env;
  if (opts.gnuTime) {
    rssFile = join(scratchDir(), "rss.txt");
    file = GNU_TIME;
    argv = ["-f", "%M %U %S", "-o", rssFile, cmd, ...args];
  } else if (opts.nodeChild) {
    rssFile = join(scratchDir(), "rss.txt");
    env = { ...env, MFA_BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --import=${pathToFileURL(PRELOAD).href}`.trim() };
  }
  if (rssFile) rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { env, cwd: opts.cwd, maxBuffer: 1 << 30, encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssKb;
  let cpuMs;
  if (rssFile) {
    try {
      // "<peak RSS KiB> <user s> <system s>" (GNU time may write a note on a line before it).
      const [rss, user, sys] = (readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number);
      if (Number.isFinite(rss)) rssKb = rss;
      if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user + sys) * 1000;
    } catch {
      // the child died before reporting: no RSS figure
    }
  }
  return {
    wallMs,
    rssKb,
    cpuMs,
    status: r.status,
    signal: r.signal,
    stdout: opts.keepStdout === false ? "" : (r.stdout ?? ""),
    stderr: r.stderr ?? "",
    ...(r.error ? { error: r.error.message } : {}),
  };
}

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * The engine: one function from a folder (or a git commit) to a Report, shared by the CLI and the action.
 * It never imports @actions/* and never executes anything from the repository.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../analysis/analyze.js";
import { computeDelta } from "../analysis/delta.js";
import type { Config } from "../config/schema.js";
import { discoverFiles } from "../scanning/discovery.js";
import { scanFiles } from "../scanning/collect.js";
import type { Facts, Report } from "./types.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";

export interface AuditOptions {
  /** The folder to audit. */
  root: string;
  /** How the root is shown in the report (default "."). */
  displayRoot?: string;
  config: Config;
  /** A git ref of the repository at `root`: adds the delta of the working tree against it. */
  base?: { ref: string };
  /** Threads for the scan (default: the machine's cores, at most 8). */
  jobs?: number;
  /** Folder of the per-file facts cache. */
  cacheDir?: string;
}

export interface ScanOptions {
  displayRoot?: string;
  jobs?: number;
  cacheDir?: string;
}

/** Reads the repository into Facts: discovery, then every file through its scanner. */
export async function scanRepository(root: string, config: Config, options: ScanOptions = {}): Promise<Facts> {
  const started = performance.now();
  const discovered = await discoverFiles(root, {
    include: config.include,
    exclude: config.exclude,
    maxFileBytes: config.maxFileSize,
  });
  const scanned = await scanFiles(root, discovered.files, { jobs: options.jobs, cacheDir: options.cacheDir });
  return {
    root: options.displayRoot ?? ".",
    files: scanned.files,
    artifacts: scanned.artifacts,
    localModules: scanned.localModules,
    problems: [...discovered.problems, ...scanned.problems],
    stats: {
      filesScanned: scanned.files.length,
      bytesScanned: scanned.bytes,
      durationMs: Math.round(performance.now() - started),
      ...(scanned.cacheHits !== undefined ? { cacheHits: scanned.cacheHits, cacheMisses: scanned.cacheMisses } : {}),
    },
  };
}

/** Turns Facts into a Report (no delta). */
export function reportFromFacts(facts: Facts, config: Config): Report {
  const analysis = analyze(facts, config);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: facts.root,
    stats: facts.stats,
    frameworks: analysis.frameworks,
    primaryFramework: analysis.primaryFramework,
    features: analysis.features,
    ...(analysis.fit ? { fit: analysis.fit } : {}),
    findings: analysis.findings,
    delta: null,
  };
}

/** The whole audit of a folder, with the delta against `base.ref` when asked. */
export async function audit(options: AuditOptions): Promise<Report> {
  const started = performance.now();
  const facts = await scanRepository(options.root, options.config, { displayRoot: options.displayRoot ?? ".", jobs: options.jobs, cacheDir: options.cacheDir });
  const report = reportFromFacts(facts, options.config);
  if (options.base) {
    const baseReport = await auditGitRef(options.root, options.base.ref, options.config, options.jobs);
    report.delta = computeDelta(baseReport, report, resolveRef(options.root, options.base.ref));
  }
  report.stats = { ...report.stats, durationMs: Math.round(performance.now() - started) };
  return report;
}

export class GitRefError extends Error {}

/** The full SHA of a ref in the repository at `root`. */
export function resolveRef(root: string, ref: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  } catch {
    throw new GitRefError(`--base: '${ref}' is not a commit of the git repository at ${root}`);
  }
}

/**
 * Audits the tree of a git commit without touching the working tree: `git archive` of the ref (limited to
 * the folder `root` within the repository) is unpacked into a temporary folder and audited there.
 */
export async function auditGitRef(root: string, ref: string, config: Config, jobs?: number): Promise<Report> {
  const sha = resolveRef(root, ref);
  const prefix = execFileSync("git", ["rev-parse", "--show-prefix"], { cwd: root, encoding: "utf8" }).trim();
  const dir = mkdtempSync(join(tmpdir(), "mfa-base-"));
  try {
    const archive = execFileSync("git", ["archive", "--format=tar", sha, ...(prefix ? [prefix] : [])], {
      cwd: root,
      maxBuffer: 2 * 1024 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
    execFileSync("tar", ["-x", "-f", "-", "-C", dir], { input: archive, stdio: ["pipe", "ignore", "pipe"] });
    const facts = await scanRepository(prefix ? join(dir, prefix) : dir, config, { jobs });
    return reportFromFacts(facts, config);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The engine: one function from a folder (or a git commit) to a Report, shared by the CLI and the action.
 * It never imports @actions/* and never executes anything from the repository.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import type { AnalysisResult, AnalyzeOptions } from "../analysis/analyze.js";
import type { Config } from "../config/schema.js";
import { gitTreeReader, listTree, readBlobs, regularBlobs } from "./git-tree.js";
import { isWithin } from "./paths.js";
import { trace } from "./trace.js";
import { knownFactsOf, type KnownFacts } from "../scanning/cache.js";
import { discoverFiles, discoverGitTree, type DiscoveryResult, type GitTreeFile } from "../scanning/discovery.js";
import { scanFiles, type ScanFilesResult } from "../scanning/collect.js";
import { defaultJobs, eagerWorkers, ScanPool } from "../scanning/parallel.js";
import type { DiscoveredFile, Facts, Report } from "./types.js";
import { TOOL_NAME, TOOL_VERSION } from "./version.js";
import { childProcess, crypto } from "./on-demand.js";

export type { KnownFacts };

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
  /** Facts of a related tree offered for reuse (the head's, when this is the audit of the PR's base). */
  known?: KnownFacts;
  /** Receives this tree's facts as KnownFacts, for a later audit of a related tree (the PR's base). */
  onKnownFacts?: (known: KnownFacts) => void;
  /**
   * The report will be one side of a delta computed by the caller: it keeps where each framework and feature
   * is used (Report.usageFiles). Implied by `base`.
   */
  forDelta?: boolean;
}

export interface ScanOptions {
  displayRoot?: string;
  jobs?: number;
  cacheDir?: string;
  /** Git blob ids of files known without reading them (a base tree written from git), for the facts cache. */
  knownBlobs?: ReadonlyMap<string, string>;
  /** Facts of a related tree offered for reuse (see KnownFacts). */
  known?: KnownFacts;
  /** Receives this tree's facts as KnownFacts (computing them costs a `git ls-files`: only when asked). */
  onKnownFacts?: (known: KnownFacts) => void;
  /** The folder holds a commit's tree written out: every file in it is tracked, so the .gitignore leaves none out. */
  commitTree?: true;
}

/** Reads the repository into Facts: discovery, then every file through its scanner. */
export async function scanRepository(root: string, config: Config, options: ScanOptions = {}): Promise<Facts> {
  const started = performance.now();
  const jobs = options.jobs ?? defaultJobs();
  // The scan workers start now, so that loading them overlaps the walk of the tree. Not with the facts cache
  // (or another tree's facts): there most files are usually unchanged, and scanFiles starts workers only if
  // the misses are worth it. Nor with the default thread count on 2 cores, where a worker pays off only on
  // large trees (parallelMinBytes): scanFiles starts it after discovery if the tree is one.
  const pool = options.cacheDir || options.known || !(options.jobs !== undefined || eagerWorkers()) ? undefined : ScanPool.start(jobs);
  let scanned: ScanFilesResult;
  let discovered: DiscoveryResult;
  try {
    trace("discover:start");
    discovered = await discoverFiles(root, {
      include: config.include,
      exclude: config.exclude,
      maxFileBytes: config.maxFileSize,
      ...(options.commitTree ? { gitignore: false } : {}),
    });
    trace("discover:end");
    const onKnownFacts = options.onKnownFacts;
    scanned = await scanFiles(root, discovered.files, {
      jobs: options.jobs,
      cacheDir: options.cacheDir,
      knownBlobs: options.knownBlobs,
      known: options.known,
      pool,
      ...(onKnownFacts ? { onScanned: (files, facts) => onKnownFacts(knownFactsOf(root, files, facts)) } : {}),
    });
    trace("scan:end");
  } finally {
    pool?.close();
  }
  return factsOf(options.displayRoot ?? ".", discovered, scanned, started);
}

/**
 * The blob ids of the bytes each file's facts were read from, for Facts made with a facts cache (scanFiles'
 * `blobs`); kept beside the Facts rather than in them, so the facts themselves stay the same with or without
 * a cache.
 */
const blobsOfFacts = new WeakMap<Facts, ReadonlyMap<string, string>>();

/** The Facts of a scan: the discovered files' facts and the problems of both steps. */
function factsOf(root: string, discovered: DiscoveryResult, scanned: ScanFilesResult, started: number): Facts {
  const facts: Facts = {
    root,
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
  if (scanned.blobs) blobsOfFacts.set(facts, scanned.blobs);
  return facts;
}

/**
 * The analysis (and with it the knowledge tables, the version arithmetic and the config schema) is loaded
 * when the scan is done, not before the walk of the tree starts; a reused analysis (cachedAnalysis) never
 * loads it.
 */
function loadAnalysis(): Promise<typeof import("../analysis/analyze.js")> {
  return import("../analysis/analyze.js");
}

/**
 * What the analysis of the code that is running depends on besides its input: version + the bytes of this
 * module's file. The analysis is a chunk of its own in the bundle: a change there alone is caught by
 * forgetOnCodeChange (collect.ts), which drops the cached analysis when any chunk beside it changes.
 */
let codeSalt: string | undefined;
function analysisSalt(): string {
  if (codeSalt === undefined) {
    let code = "unknown";
    try {
      code = crypto().createHash("sha1").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex");
    } catch {
      // no readable module file: the version alone
    }
    codeSalt = `${TOOL_VERSION}:${code}`;
  }
  return codeSalt;
}

/** A digest of everything the analysis reads: the facts (without run statistics), the config and the code. */
export function analysisKey(facts: Facts, config: Config, usageFiles = false): string {
  const h = crypto().createHash("sha1");
  h.update(analysisSalt());
  h.update(usageFiles ? "usage-files" : "-");
  h.update(JSON.stringify(config));
  h.update(JSON.stringify([facts.root, facts.artifacts, facts.localModules, facts.problems]));
  // A file's facts are a function of its path, its bytes (the blob id the facts cache records) and the files
  // it read (each with its digest), the scanning code being fixed (the caches are dropped when it changes):
  // those stand for the facts, at a fraction of the cost of writing out every file's facts as JSON (26 ms of
  // a cached audit's ~340 ms on the 50 MB bench tree). Facts with no known blob are written out.
  const blobs = blobsOfFacts.get(facts);
  for (const f of facts.files) {
    const blob = blobs?.get(f.path);
    h.update(blob === undefined ? JSON.stringify(f) : `${f.path}\u0000${f.kind}\u0000${blob}\u0000${f.reads ? JSON.stringify(f.reads) : ""}\n`);
  }
  return h.digest("hex");
}

const ANALYSIS_FILE = "analysis-v1.json";
/** The subfolder of a cache folder that holds the facts and analysis of `--base` audits. */
export const BASE_CACHE_FOLDER = "base";

/**
 * The analysis, reused from `cacheDir` when the facts and config are exactly those of the previous audit
 * (the analysis is a pure function of them): with the facts cache, the second audit of an unchanged tree
 * otherwise spent a third of its time recomputing the same findings. Never throws on a bad cache file.
 */
async function cachedAnalysis(facts: Facts, config: Config, cacheDir: string, opts: AnalyzeOptions): Promise<AnalysisResult> {
  const file = join(cacheDir, ANALYSIS_FILE);
  const key = analysisKey(facts, config, opts.usageFiles === true);
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { key?: unknown; analysis?: AnalysisResult };
    if (saved.key === key && saved.analysis && typeof saved.analysis === "object") return saved.analysis;
  } catch {
    // none yet, or unreadable: analyse
  }
  const analysis = (await loadAnalysis()).analyze(facts, config, opts);
  try {
    const text = JSON.stringify({ key, analysis });
    // Only what survives JSON unchanged is stored, so a reused analysis is the one that would be computed.
    if (isDeepStrictEqual((JSON.parse(text) as { analysis: unknown }).analysis, analysis)) {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    }
  } catch {
    // a cache that cannot be written only costs time next run
  }
  return analysis;
}

/**
 * Turns Facts into a Report (no delta). With `cacheDir`, an unchanged analysis is read back instead of
 * recomputed. `opts.usageFiles` keeps Report.usageFiles, for a delta.
 */
export async function reportFromFacts(facts: Facts, config: Config, cacheDir?: string, opts: AnalyzeOptions = {}): Promise<Report> {
  const analysis = cacheDir ? await cachedAnalysis(facts, config, cacheDir, opts) : (await loadAnalysis()).analyze(facts, config, opts);
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
    ...(analysis.usageFiles ? { usageFiles: analysis.usageFiles } : {}),
  };
}

/** The whole audit of a folder, with the delta against `base.ref` when asked. */
export async function audit(options: AuditOptions): Promise<Report> {
  const started = performance.now();
  // With a base to compare against, the head's facts are kept for it: a file the pull request did not touch
  // has the same content in both trees, and its facts are taken over instead of scanned again.
  let headKnown: KnownFacts | undefined;
  const keep = options.base || options.onKnownFacts
    ? (known: KnownFacts) => {
        headKnown = known;
        options.onKnownFacts?.(known);
      }
    : undefined;
  const facts = await scanRepository(options.root, options.config, {
    displayRoot: options.displayRoot ?? ".",
    jobs: options.jobs,
    cacheDir: options.cacheDir,
    known: options.known,
    ...(keep ? { onKnownFacts: keep } : {}),
  });
  const report = await reportFromFacts(facts, options.config, options.cacheDir, { usageFiles: !!options.base || options.forDelta === true });
  trace("analysis:end");
  if (options.base) {
    // The base has a cache folder of its own: sharing the head's would make each audit drop the other's
    // entries. A pull request's base changes less often than its head, so its facts are usually all hits.
    const baseCache = options.cacheDir ? join(options.cacheDir, BASE_CACHE_FOLDER) : undefined;
    const baseReport = await auditGitRef(options.root, options.base.ref, options.config, options.jobs, baseCache, headKnown);
    const { computeDelta } = await import("../analysis/delta.js");
    report.delta = computeDelta(baseReport, report, resolveRef(options.root, options.base.ref));
  }
  report.stats = { ...report.stats, durationMs: Math.round(performance.now() - started) };
  return report;
}

export class GitRefError extends Error {}

const FOR_DELTA: AnalyzeOptions = { usageFiles: true };

/** The full SHA of a ref in the repository at `root`. */
export function resolveRef(root: string, ref: string): string {
  try {
    return childProcess().execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  } catch {
    throw new GitRefError(`--base: '${ref}' is not a commit of the git repository at ${root}`);
  }
}

/**
 * Audits the tree of a git commit without touching the working tree. With facts to reuse (the head's, see
 * KnownFacts, or a cache folder), the commit's tree is walked from git's listing and only the files whose
 * facts are not known are written out (to a temporary folder) and scanned: a pull request's base costs what
 * the pull request changed. Otherwise, or when the audit would follow a symbolic link of the tree (where it
 * leads is the file system's answer), `git archive` of the commit's tree of the folder `root` is unpacked
 * into a temporary folder and audited there. The report is for a delta: it keeps Report.usageFiles.
 */
export async function auditGitRef(root: string, ref: string, config: Config, jobs?: number, cacheDir?: string, known?: KnownFacts): Promise<Report> {
  const sha = resolveRef(root, ref);
  // Only facts to reuse (a cache, the head's) make the listing worth having: it tells each file's content.
  const listing = known || cacheDir ? listTree(root, sha) : undefined;
  if (listing) {
    const facts = await scanGitTree(root, listing, config, jobs, cacheDir, known);
    if (facts) return await reportFromFacts(facts, config, cacheDir, FOR_DELTA);
  }
  const dir = mkdtempSync(join(tmpdir(), "mfa-base-"));
  try {
    // Run in `root`, git archive writes the commit's tree of that folder, with paths relative to it.
    const archive = childProcess().execFileSync("git", ["archive", "--format=tar", sha], {
      cwd: root,
      maxBuffer: 2 * 1024 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
    childProcess().execFileSync("tar", ["-x", "-f", "-", "-C", dir], { input: archive, stdio: ["pipe", "ignore", "pipe"] });
    // The extracted files' content, known from git's listing without reading them.
    const facts = await scanRepository(dir, config, { jobs, cacheDir, knownBlobs: listing && regularBlobs(listing), known, commitTree: true });
    return await reportFromFacts(facts, config, cacheDir, FOR_DELTA);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes of the base not covered by the head's facts from which the base's cache folder is worth reading. */
const BASE_CACHE_MIN_UNCOVERED_BYTES = 8 * 1024 * 1024;

/** Most bytes of file content asked of one `git cat-file --batch` when writing files out. */
const WRITE_BATCH_BYTES = 64 * 1024 * 1024;

/**
 * The facts of a commit's tree (its `listing` under the folder `root` of the repository) read from git:
 * discovery over the listing, facts reused by blob id, the rest written out and scanned. Undefined when the
 * tree cannot be read that way (a symbolic link the audit would follow: see discoverGitTree).
 */
async function scanGitTree(root: string, listing: readonly GitTreeFile[], config: Config, jobs: number | undefined, cacheDir: string | undefined, known: KnownFacts | undefined): Promise<Facts | undefined> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "mfa-base-"));
  try {
    const discovered = discoverGitTree(listing, dir, {
      include: config.include,
      exclude: config.exclude,
      maxFileBytes: config.maxFileSize,
    });
    if (!discovered) return undefined;
    const blobs = regularBlobs(listing);
    // When the head's facts cover all but a few megabytes of the base, the base's own cache folder is left
    // alone: reading and rewriting its facts file (17 MB for the 200 MB bench tree) costs more than scanning
    // what the pull request changed.
    let uncovered = 0;
    if (known) for (const f of discovered.files) if (known.get(f.path)?.blob !== blobs.get(f.path)) uncovered += f.size;
    const scanned = await scanFiles(dir, discovered.files, {
      jobs,
      cacheDir: known && uncovered <= BASE_CACHE_MIN_UNCOVERED_BYTES ? undefined : cacheDir,
      knownBlobs: blobs,
      known,
      reader: gitTreeReader(root, listing),
      beforeScan: (files) => writeOut(root, dir, files, blobs),
    });
    return factsOf(".", discovered, scanned, started);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes each file's content (its blob in `blobs`, by path) to its `abs`, which must be inside `dir` (listTree
 * already leaves out paths that would leave it; this is the second lock).
 */
function writeOut(root: string, dir: string, files: readonly DiscoveredFile[], blobs: ReadonlyMap<string, string>): void {
  for (let i = 0; i < files.length; ) {
    const batch: DiscoveredFile[] = [];
    let bytes = 0;
    for (; i < files.length && (batch.length === 0 || bytes + files[i]!.size <= WRITE_BATCH_BYTES); i++) {
      batch.push(files[i]!);
      bytes += files[i]!.size;
    }
    const content = readBlobs(root, [...new Set(batch.map((f) => blobs.get(f.path)!))]);
    for (const f of batch) {
      const bytes = content.get(blobs.get(f.path)!);
      // A blob git cannot give is left unwritten: the scan reports the file as unreadable.
      if (!bytes) continue;
      if (f.abs === dir || !isWithin(dir, f.abs)) continue;
      mkdirSync(dirname(f.abs), { recursive: true });
      writeFileSync(f.abs, bytes);
    }
  }
}

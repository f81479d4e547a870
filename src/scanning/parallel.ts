/**
 * Spreads the per-file scan over threads. The scan is CPU-bound (tokenizing), so on a 2-core runner two
 * threads nearly halve it. Small trees stay in-process: starting a worker costs more than it saves.
 *
 * With `jobs` = N the main thread is one of the N scanning threads and N-1 workers are started: the main
 * thread would otherwise sit idle while it waits. Work is handed out in batches of about equal bytes, largest
 * files first, from one queue: a thread that finishes early takes the next batch, so no thread idles at the
 * end because a static split gave it the heavier half. Each worker holds a few batches (one being scanned, the next
 * ones waiting) and the main thread answers its messages every few milliseconds, so a worker never waits. Facts come
 * back per batch. Workers read only Python sources and notebooks (the worker bundle holds no manifest
 * parser, so it starts quickly); manifests are read on the main thread while the workers start.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { DiscoveredFile, FileFacts } from "../core/types.js";
import type * as ScanFileModule from "./scan-file.js";
import type { RepoReader } from "./repo-reader.js";
import type { WorkerBatch, WorkerReply } from "./worker.js";
import { workerThreads } from "../core/on-demand.js";

/** Below this many bytes of files to read, threads are not worth their start-up. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/**
 * With the default number of threads on a 2-core machine, the bytes from which a worker is started. Each
 * thread compiles the scanner anew, and a single-threaded audit already keeps about 1.3 cores busy (V8
 * compiles and collects garbage on background threads), so a second scanning thread competes with them:
 * measured on the 2-core development VM (docs/performance.md), `--jobs 2` was ~15% slower than `--jobs 1` on
 * the 50 MB bench tree and ~15% faster on the 200 MB one. An explicit `--jobs` is always honoured (from
 * PARALLEL_MIN_BYTES), and with 3 cores or more the background work has cores of its own.
 */
export const TWO_CORE_AUTO_MIN_BYTES = 128 * 1024 * 1024;

/** Whether workers should be started ahead of discovery when the number of threads was not chosen. */
export function eagerWorkers(): boolean {
  return availableParallelism() >= 3;
}

/** The parallel threshold for an audit whose thread count was (explicit) or was not chosen by the user. */
export function parallelMinBytes(explicitJobs: boolean): number {
  return explicitJobs || eagerWorkers() ? PARALLEL_MIN_BYTES : TWO_CORE_AUTO_MIN_BYTES;
}

/** Batch size bounds: small enough to balance the tail and keep the main thread responsive, large enough that messages stay cheap. */
const MIN_BATCH_BYTES = 64 * 1024;
const MAX_BATCH_BYTES = 512 * 1024;
/** Batches a worker holds at once (one being scanned, the next ones waiting). */
const WORKER_DEPTH = 3;
/** How often the main thread, while it scans its own share, lets worker messages in. */
const YIELD_EVERY_MS = 4;

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** The bundled worker script beside the running bundle (dist/worker.js), if there is one. */
function workerScript(): string | undefined {
  // Built from parts so the bundler does not treat it as an asset to inline.
  const here = dirname(fileURLToPath(import.meta.url));
  const candidate = join(here, ["worker", "js"].join("."));
  return existsSync(candidate) ? candidate : undefined;
}

/** Splits files into `n` groups of about equal bytes (largest first onto the lightest group). */
export function partition(files: readonly DiscoveredFile[], n: number): DiscoveredFile[][] {
  const groups: { bytes: number; files: DiscoveredFile[] }[] = Array.from({ length: n }, () => ({ bytes: 0, files: [] }));
  const order = [...files].sort((a, b) => b.size - a.size);
  for (const f of order) {
    let min = groups[0]!;
    for (const g of groups) if (g.bytes < min.bytes) min = g;
    min.files.push(f);
    min.bytes += f.size;
  }
  return groups.map((g) => g.files).filter((g) => g.length > 0);
}

/**
 * Indexes of `files` in batches of at most `maxBytes` (a larger file is a batch of its own), largest files
 * first, so the batches that remain at the end are the small ones and threads finish together.
 */
export function batches(files: readonly DiscoveredFile[], indexes: readonly number[], maxBytes: number): number[][] {
  const order = [...indexes].sort((a, b) => files[b]!.size - files[a]!.size || a - b);
  const out: number[][] = [];
  let cur: number[] = [];
  let bytes = 0;
  for (const i of order) {
    const size = files[i]!.size;
    if (cur.length > 0 && bytes + size > maxBytes) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(i);
    bytes += size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

let scanFileModule: Promise<typeof ScanFileModule> | undefined;
/**
 * The whole-file scanner with the manifest readers, loaded on first use: an audit served entirely from the
 * facts cache never pays for loading the manifest parsers.
 */
function loadScanFile(): Promise<typeof ScanFileModule> {
  scanFileModule ??= import("./scan-file.js");
  return scanFileModule;
}

/** Lets the event loop deliver worker messages between two batches of the main thread's own scanning. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The shared queue of one scan: batches of file indexes, and the facts as they arrive. */
interface ScanJob {
  files: readonly DiscoveredFile[];
  results: (FileFacts | undefined)[];
  hash: boolean;
  take(): number[] | undefined;
  /** Hands back a batch a worker could not finish. */
  giveBack(batch: number[]): void;
  /** Called when a worker delivered or gave back a batch. */
  changed(): void;
}

/** One scan worker: feeds itself from the current job's queue, WORKER_DEPTH batches at a time. */
class ScanWorker {
  private readonly worker: Worker;
  private readonly inFlight = new Map<number, number[]>();
  private seq = 0;
  private job: ScanJob | undefined;
  dead = false;

  constructor(script: string) {
    this.worker = new (workerThreads().Worker)(script);
    this.worker.on("message", (reply: WorkerReply) => {
      const batch = this.inFlight.get(reply.id);
      const job = this.job;
      if (!batch || !job) return;
      this.inFlight.delete(reply.id);
      batch.forEach((fileIndex, k) => (job.results[fileIndex] = reply.facts[k]));
      this.feed();
      job.changed();
    });
    this.worker.on("error", () => this.fail());
    this.worker.on("exit", () => this.fail());
  }

  get busy(): number {
    return this.inFlight.size;
  }

  attach(job: ScanJob): void {
    this.job = job;
    this.feed();
  }

  private feed(): void {
    const job = this.job;
    while (job && !this.dead && this.inFlight.size < WORKER_DEPTH) {
      const batch = job.take();
      if (!batch) break;
      const id = this.seq++;
      this.inFlight.set(id, batch);
      const msg: WorkerBatch = { id, hash: job.hash, files: batch.map((i) => job.files[i]!) };
      this.worker.postMessage(msg);
    }
  }

  private fail(): void {
    if (this.dead) return;
    this.dead = true;
    const job = this.job;
    for (const batch of this.inFlight.values()) job?.giveBack(batch);
    this.inFlight.clear();
    void this.worker.terminate();
    job?.changed();
  }

  close(): void {
    if (this.dead) return;
    this.dead = true;
    // Pending batches are given back first (close() is only called after a job completed, so none are).
    for (const batch of this.inFlight.values()) this.job?.giveBack(batch);
    this.inFlight.clear();
    this.worker.unref();
    void this.worker.terminate();
  }
}

/**
 * Scan workers started ahead of the scan (the engine starts them before discovery, so their start-up overlaps
 * the walk of the tree). Unused workers cost only their start-up; close() ends them.
 */
export class ScanPool {
  private readonly workers: ScanWorker[] = [];

  private constructor() {}

  /**
   * Starts `jobs - 1` workers (the main thread is the N-th scanning thread). None when there is no worker
   * bundle. `script` overrides the bundle beside this module (tests bundle src/scanning/worker.ts themselves).
   */
  static start(jobs: number, script: string | undefined = jobs > 1 ? workerScript() : undefined): ScanPool {
    const pool = new ScanPool();
    if (!script || jobs <= 1) return pool;
    for (let w = 1; w < jobs; w++) {
      try {
        pool.workers.push(new ScanWorker(script));
      } catch {
        break; // the threads that did start (or the main thread alone) scan everything
      }
    }
    return pool;
  }

  get size(): number {
    return this.workers.filter((w) => !w.dead).length;
  }

  /**
   * Scans `files` on the main thread and the pool's workers and returns their facts in the input order.
   * The main thread reads the manifests, then takes code batches from the same queue as the workers.
   */
  async scan(realRoot: string, files: readonly DiscoveredFile[], hash: boolean, repoReader?: RepoReader): Promise<FileFacts[]> {
    const { makeRepoReader, scanFile, scanCodeFile, isCodeKind, primeCodeScanners, PRIME_MIN_BYTES } = await loadScanFile();
    const reader = repoReader ?? makeRepoReader(realRoot);
    const results: (FileFacts | undefined)[] = new Array<FileFacts | undefined>(files.length);
    const code: number[] = [];
    const other: number[] = [];
    files.forEach((f, i) => (isCodeKind(f.kind) ? code : other).push(i));
    const codeBytes = code.reduce((n, i) => n + files[i]!.size, 0);
    const threads = this.size + 1;
    const batchBytes = Math.max(MIN_BATCH_BYTES, Math.min(MAX_BATCH_BYTES, Math.ceil(codeBytes / (threads * 48))));
    const queue = batches(files, code, batchBytes);
    let next = 0;
    /** Batches a failed worker did not finish: scanned again before new ones. */
    const retry: number[][] = [];
    let wake: (() => void) | undefined;
    const job: ScanJob = {
      files,
      results,
      hash,
      take: () => retry.pop() ?? (next < queue.length ? queue[next++] : undefined),
      giveBack: (batch) => retry.push(batch),
      changed: () => {
        const w = wake;
        wake = undefined;
        w?.();
      },
    };
    for (const w of this.workers) if (!w.dead) w.attach(job);
    // The main thread: manifests first (only it has their parsers) while the workers take code; then code
    // batches. It looks at its messages every few milliseconds, so a worker that finished a batch gets the
    // next one at once instead of idling until the main thread's own batch is done.
    let lastYield = performance.now();
    const breathe = async () => {
      const now = performance.now();
      if (now - lastYield < YIELD_EVERY_MS) return;
      await yieldToEvents();
      lastYield = performance.now();
    };
    // Primed before the manifests: setup.py is read with the Python lexer, whose code V8 would otherwise
    // optimize with what setup.py files alone had shown it, and compile again at the first notebook.
    if (codeBytes >= PRIME_MIN_BYTES) primeCodeScanners();
    for (const i of other) {
      results[i] = scanFile(files[i]!, reader, { hash });
      await breathe();
    }
    for (;;) {
      const batch = job.take();
      if (batch) {
        for (const i of batch) {
          results[i] = scanCodeFile(files[i]!, { hash });
          await breathe();
        }
        continue;
      }
      if (!this.workers.some((w) => !w.dead && w.busy > 0)) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    // Anything still missing would be a bug of this function, not of the file: scan it here rather than lose it.
    return results.map((r, i) => r ?? scanFile(files[i]!, reader, { hash }));
  }

  /** Ends the workers (they finish nothing: call it after scan() resolved). */
  close(): void {
    for (const w of this.workers) w.close();
  }
}

/**
 * Scans `files` (all readable kinds; artifacts excluded by the caller) with up to `jobs` threads and
 * returns their facts in the input order. A `pool` started earlier is used (and left open) when given. Below
 * `minBytes` (see parallelMinBytes) everything is scanned on the calling thread. `repoReader` reads files for
 * manifest includes (default: from `realRoot`).
 */
export async function scanInParallel(
  realRoot: string,
  files: readonly DiscoveredFile[],
  jobs: number,
  hash = false,
  pool?: ScanPool,
  minBytes = PARALLEL_MIN_BYTES,
  repoReader?: RepoReader,
): Promise<FileFacts[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  const worth = jobs > 1 && total >= minBytes && files.length >= 2;
  if (files.length === 0) return [];
  if (!worth || (pool && pool.size === 0)) {
    const { makeRepoReader, scanFile, isCodeKind, primeCodeScanners, PRIME_MIN_BYTES } = await loadScanFile();
    const reader = repoReader ?? makeRepoReader(realRoot);
    if (files.reduce((n, f) => (isCodeKind(f.kind) ? n + f.size : n), 0) >= PRIME_MIN_BYTES) primeCodeScanners();
    return files.map((f) => scanFile(f, reader, { hash }));
  }
  if (pool) return pool.scan(realRoot, files, hash, repoReader);
  const own = ScanPool.start(jobs);
  try {
    return await own.scan(realRoot, files, hash, repoReader);
  } finally {
    own.close();
  }
}

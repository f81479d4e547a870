/**
 * Spreads the per-file scan over worker threads. The scan is CPU-bound (tokenizing), so on a 2-core runner
 * two threads nearly halve it. Small trees stay in-process: starting a worker costs more than it saves.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DiscoveredFile, FileFacts } from "../core/types.js";
import { makeRepoReader, scanFile } from "./scan-file.js";

/** Below this many bytes of files to read, threads are not worth their start-up. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

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

function runWorker(script: string, realRoot: string, files: DiscoveredFile[], hash: boolean): Promise<FileFacts[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(script, { workerData: { realRoot, files, hash } });
    let done = false;
    w.once("message", (facts: FileFacts[]) => {
      done = true;
      resolve(facts);
    });
    w.once("error", reject);
    w.once("exit", (code) => {
      if (!done) reject(new Error(`scan worker exited with code ${code}`));
    });
  });
}

/**
 * Scans `files` (all readable kinds; artifacts excluded by the caller) with up to `jobs` threads and
 * returns their facts in the input order.
 */
export async function scanInParallel(realRoot: string, files: readonly DiscoveredFile[], jobs: number, hash = false): Promise<FileFacts[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  const script = workerScript();
  if (jobs <= 1 || total < PARALLEL_MIN_BYTES || !script || files.length < 2) {
    const reader = makeRepoReader(realRoot);
    return files.map((f) => scanFile(f, reader, { hash }));
  }
  const groups = partition(files, jobs);
  const results = await Promise.all(groups.map((g) => runWorker(script, realRoot, g, hash)));
  const byPath = new Map<string, FileFacts>();
  for (const r of results) for (const f of r) byPath.set(f.path, f);
  return files.map((f) => byPath.get(f.path)!);
}

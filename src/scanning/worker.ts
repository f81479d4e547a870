/**
 * Worker-thread entry (bundled to dist/worker.js). It scans the batches of Python sources and notebooks the
 * main thread hands it, one message per batch, and answers each with the batch's facts, so facts stream back
 * while the scan goes on (no single large message at the end, no idle thread waiting for a slow partner).
 * It imports only the code scanner (scan-code.ts), never the manifest parsers, to start fast. Same code path
 * as the in-process scan, so results are identical.
 *
 * Protocol: in `{ id, hash, files }` -> out `{ id, facts }` (facts[i] belongs to files[i]); in `null` -> the
 * worker closes its port and exits.
 */
import { parentPort } from "node:worker_threads";
import type { DiscoveredFile, FileFacts } from "../core/types.js";
import { primeCodeScanners } from "./prime.js";
import { scanCodeFile } from "./scan-code.js";

export interface WorkerBatch {
  id: number;
  /** Also compute each file's blob id (for the facts cache). */
  hash: boolean;
  files: DiscoveredFile[];
}

export interface WorkerReply {
  id: number;
  facts: FileFacts[];
}

const port = parentPort;
if (port) {
  port.on("message", (msg: WorkerBatch | null) => {
    if (msg === null) {
      port.close();
      return;
    }
    // A worker is started only for a large scan (parallel.ts PARALLEL_MIN_BYTES): prime before its first batch.
    primeCodeScanners();
    const reply: WorkerReply = { id: msg.id, facts: msg.files.map((f) => scanCodeFile(f, { hash: msg.hash })) };
    port.postMessage(reply);
  });
}

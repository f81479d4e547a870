/**
 * Worker-thread entry (bundled to dist/worker.js): scans the list of files it is handed and posts back
 * their facts. Same code path as the in-process scan (scanFile), so results are identical.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DiscoveredFile } from "../core/types.js";
import { makeRepoReader, scanFile } from "./scan-file.js";

interface WorkerInput {
  realRoot: string;
  files: DiscoveredFile[];
  hash: boolean;
}

const input = workerData as WorkerInput;
const reader = makeRepoReader(input.realRoot);
parentPort?.postMessage(input.files.map((f) => scanFile(f, reader, { hash: input.hash })));

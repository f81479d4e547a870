/**
 * Node built-ins the audit needs only on some paths, loaded on first use: `node:child_process` (git, for
 * `--base` and `--cache`; with it node:net, node:dgram and node:stream), `node:crypto` (digests, for the caches
 * and for manifests that read other files) and `node:worker_threads` (large trees) cost ~14 ms of every start
 * when imported at the top, CPU-profiled on the bundled example (an audit of ~190 ms). Under the bundler and vitest a CommonJS `require` is in scope
 * and evaluated where it is called; plain Node ESM (tsx, the engine imported from source) takes createRequire.
 */
import { createRequire } from "node:module";
import type * as ChildProcess from "node:child_process";
import type * as Crypto from "node:crypto";
import type * as WorkerThreads from "node:worker_threads";

declare const require: ((id: "node:child_process" | "node:crypto" | "node:worker_threads") => unknown) | undefined;

let childProcessModule: typeof ChildProcess | undefined;
let cryptoModule: typeof Crypto | undefined;
let workerThreadsModule: typeof WorkerThreads | undefined;

export function childProcess(): typeof ChildProcess {
  childProcessModule ??= (typeof require === "function" ? require("node:child_process") : createRequire(import.meta.url)("node:child_process")) as typeof ChildProcess;
  return childProcessModule;
}

export function crypto(): typeof Crypto {
  cryptoModule ??= (typeof require === "function" ? require("node:crypto") : createRequire(import.meta.url)("node:crypto")) as typeof Crypto;
  return cryptoModule;
}

/** `node:worker_threads`, for the scan's worker threads: only trees large enough to start one need it. */
export function workerThreads(): typeof WorkerThreads {
  workerThreadsModule ??= (typeof require === "function" ? require("node:worker_threads") : createRequire(import.meta.url)("node:worker_threads")) as typeof WorkerThreads;
  return workerThreadsModule;
}

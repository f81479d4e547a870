/**
 * Modules the audit needs only on some paths, loaded on first use instead of at start:
 * - `node:child_process` (git, for `--base` and `--cache`; it also loads node:net, node:dgram and node:stream),
 *   `node:crypto` (digests: the caches, manifests that read other files) and `node:worker_threads` (trees large
 *   enough for a worker): ~14 ms of every start when imported at the top (CPU profile of the bundled example);
 * - the YAML and Dockerfile parsers (conda environments, cog.yaml, the config file; Dockerfiles): ~8 and ~6 ms,
 *   which a repository without such files never needs;
 * - pip-requirements-js, whose grammar is built when it is evaluated (~19 ms), though the requirement fast paths
 *   (src/scanning/manifests/common.ts) answer almost every line without it.
 * Each loader names its module in a literal `require("...")`: the bundler (ncc) resolves it as it does an import
 * and evaluates the module at the first call, and vitest provides a `require` too. Plain Node ESM (tsx, the engine
 * imported from source) has none and takes createRequire.
 */
import { createRequire } from "node:module";
import type * as ChildProcess from "node:child_process";
import type * as Crypto from "node:crypto";
import type * as WorkerThreads from "node:worker_threads";
import type * as Yaml from "yaml";
import type * as DockerfileAst from "dockerfile-ast";
import type * as PipRequirements from "pip-requirements-js";

type Id = "node:child_process" | "node:crypto" | "node:worker_threads" | "yaml" | "dockerfile-ast" | "pip-requirements-js";
declare const require: ((id: Id) => unknown) | undefined;

/** Node's require for plain ESM, made once. */
let nodeRequire: ((id: Id) => unknown) | undefined;
function esmRequire(id: Id): unknown {
  nodeRequire ??= createRequire(import.meta.url);
  return nodeRequire(id);
}

/** A getter that loads a module with `load` the first time it is called. */
function onDemand<T>(load: () => unknown): () => T {
  let module: T | undefined;
  return () => (module ??= load() as T);
}

export const childProcess = onDemand<typeof ChildProcess>(() => (typeof require === "function" ? require("node:child_process") : esmRequire("node:child_process")));
export const crypto = onDemand<typeof Crypto>(() => (typeof require === "function" ? require("node:crypto") : esmRequire("node:crypto")));
export const workerThreads = onDemand<typeof WorkerThreads>(() => (typeof require === "function" ? require("node:worker_threads") : esmRequire("node:worker_threads")));
export const yaml = onDemand<typeof Yaml>(() => (typeof require === "function" ? require("yaml") : esmRequire("yaml")));
export const dockerfileAst = onDemand<typeof DockerfileAst>(() => (typeof require === "function" ? require("dockerfile-ast") : esmRequire("dockerfile-ast")));
export const pipRequirements = onDemand<typeof PipRequirements>(() => (typeof require === "function" ? require("pip-requirements-js") : esmRequire("pip-requirements-js")));

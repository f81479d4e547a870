/**
 * `cache: true`: the facts cache folder (src/scanning/cache.ts) is kept between runs in the Actions cache
 * service through @actions/cache, so a workflow needs no actions/cache step of its own.
 *
 * Key: `ml-framework-audit-facts-<version>-<os>-<path hash>-<run id>-<run attempt>`. Cache entries are
 * immutable, so a run that learned something saves under a key of its own; the restore key (the same
 * without the run parts) makes the service return the newest entry of that prefix among the scopes this
 * branch may read (its own, then the default branch's). The version keeps an upgrade from reusing another
 * version's folder (the folder also checks the code itself); the path hash gives each audited path of a
 * monorepo its own entries.
 *
 * @actions/cache is loaded with a dynamic import() only when caching is on: it brings @azure/storage-blob
 * and the twirp client, which the bundle then keeps in a lazily loaded chunk instead of the action's
 * start-up. The cache never fails the run: every problem is a warning, and the audit goes on without it.
 */
import * as core from "@actions/core";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import type { ScanStats } from "../core/types.js";
import { TOOL_VERSION } from "../core/version.js";
import { formatBytes, plural } from "../output/labels.js";

export const KEY_PREFIX = "ml-framework-audit-facts";
/** The folder under RUNNER_TEMP when `cache-dir` is not given (one subfolder per audited path). */
export const DEFAULT_FOLDER = "ml-framework-audit-cache";

/** The part of @actions/cache this module uses (the real module satisfies it; unit tests pass a fake). */
export interface CacheService {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface CacheLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface CacheDeps {
  load?: () => Promise<CacheService>;
  log?: CacheLog;
}

const loadActionsCache = (): Promise<CacheService> => import("@actions/cache");

export interface CachePlan {
  /** Absolute folder the audit uses as its `cacheDir`, restored into and saved from. */
  dir: string;
  key: string;
  restoreKeys: string[];
}

export type RestoreResult =
  /** No cache service (or @actions/cache failed to load): neither restored nor saved. */
  | { kind: "unavailable" }
  /** Nothing restored (no entry, or a restore error that was warned about). */
  | { kind: "miss"; service: CacheService }
  /** `exact`: the entry has this run's own key, so it cannot be saved again. */
  | { kind: "hit"; service: CacheService; matchedKey: string; exact: boolean };

/** A short, stable hash of the audited path (relative to the workspace, `/`-separated, "." for the root). */
export function pathHash(auditedPath: string): string {
  return createHash("sha256").update(auditedPath).digest("hex").slice(0, 8);
}

/** The key of this run and the restore key (the key without its run parts). */
export function cacheKeys(p: { version: string; os: string; auditedPath: string; runId: string; runAttempt: string }): { key: string; restoreKeys: string[] } {
  // Keys may not contain commas; the OS name comes from the environment, so it is reduced to safe characters.
  const scope = `${KEY_PREFIX}-${p.version}-${p.os.replace(/[^\w.]/g, "_")}-${pathHash(p.auditedPath)}-`;
  return { key: `${scope}${p.runId}-${p.runAttempt}`, restoreKeys: [scope] };
}

const OS_NAMES: Record<string, string> = { linux: "Linux", win32: "Windows", darwin: "macOS" };

/**
 * Where the cache lives and under which keys, from the runner's environment. The default folder has a
 * subfolder per audited path: the steps of one job share RUNNER_TEMP, and two steps auditing different paths
 * would otherwise restore into, and save, the same folder.
 */
export function planCache(opts: { env: NodeJS.ProcessEnv; workspace: string; root: string; cacheDir: string }): CachePlan {
  const { env, workspace } = opts;
  const auditedPath = relative(workspace, opts.root).split(sep).join("/") || ".";
  const dir = opts.cacheDir ? resolve(workspace, opts.cacheDir) : join(env.RUNNER_TEMP || tmpdir(), DEFAULT_FOLDER, pathHash(auditedPath));
  const keys = cacheKeys({
    version: TOOL_VERSION,
    os: env.RUNNER_OS || OS_NAMES[process.platform] || process.platform,
    auditedPath,
    // Outside a runner (local-action) there is no run id; the time still gives every save a key of its own.
    runId: env.GITHUB_RUN_ID || String(Date.now()),
    runAttempt: env.GITHUB_RUN_ATTEMPT || "1",
  });
  return { dir, ...keys };
}

/**
 * Whether to save after the audit. Never for the exact key (the entry exists; a save would only be refused).
 * After a restore by prefix only when the audit scanned files anew: otherwise the entry it would save holds
 * what the restored one holds.
 */
export function saveDecision(restored: RestoreResult, stats: Pick<ScanStats, "cacheHits" | "cacheMisses">): { save: boolean; reason: string } {
  if (restored.kind === "unavailable") return { save: false, reason: "the cache service is not available" };
  if (restored.kind === "miss") return { save: true, reason: "nothing was restored" };
  if (restored.exact) return { save: false, reason: `the entry ${restored.matchedKey} was restored by this run's own key` };
  const misses = stats.cacheMisses;
  if (misses === undefined) return { save: true, reason: "the audit did not count its cache misses" };
  if (misses > 0) return { save: true, reason: `${plural(misses, "file")} scanned anew` };
  return { save: false, reason: `every file's facts came from ${restored.matchedKey} (${plural(stats.cacheHits ?? 0, "cache hit")}, no miss)` };
}

/** Files and bytes under a folder; zero when it is missing or unreadable. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  try {
    walk(dir);
  } catch {
    // what was counted so far
  }
  return { files, bytes };
}

const sizeText = (size: { files: number; bytes: number }) => `${formatBytes(size.bytes)} in ${plural(size.files, "file")}`;
const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

/** Restores the newest matching entry into `plan.dir`. Never throws. */
export async function restoreFactsCache(plan: CachePlan, deps: CacheDeps = {}): Promise<RestoreResult> {
  const log = deps.log ?? core;
  let service: CacheService;
  try {
    service = await (deps.load ?? loadActionsCache)();
  } catch (error) {
    log.warning(`The facts cache is off for this run: @actions/cache could not be loaded (${firstLine(error)}). The audit scans every file.`);
    return { kind: "unavailable" };
  }
  if (!service.isFeatureAvailable()) {
    log.warning(
      "The facts cache is off for this run: the Actions cache service is not available to this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL, " +
        "e.g. a local run or a runner without the service). The audit scans every file.",
    );
    return { kind: "unavailable" };
  }
  try {
    // A restore error (the service down, a broken download) is logged by @actions/cache and reported as no match.
    const matched = await service.restoreCache([plan.dir], plan.key, plan.restoreKeys);
    if (matched === undefined) {
      log.info(`Facts cache miss: nothing restored for ${plan.key} or ${plan.restoreKeys.join(", ")}*. Every file is scanned.`);
      return { kind: "miss", service };
    }
    const exact = matched === plan.key;
    log.info(`Facts cache hit: restored ${matched}${exact ? "" : " (newest entry of the prefix)"}, ${sizeText(folderSize(plan.dir))} in ${plan.dir}.`);
    return { kind: "hit", service, matchedKey: matched, exact };
  } catch (error) {
    log.warning(`The facts cache could not be restored (${firstLine(error)}). The audit scans every file.`);
    return { kind: "miss", service };
  }
}

/** Saves `plan.dir` under `plan.key` when `saveDecision` says so. Never throws; true when saved. */
export async function saveFactsCache(plan: CachePlan, restored: RestoreResult, stats: Pick<ScanStats, "cacheHits" | "cacheMisses">, deps: CacheDeps = {}): Promise<boolean> {
  const log = deps.log ?? core;
  const decision = saveDecision(restored, stats);
  if (!decision.save || restored.kind === "unavailable") {
    log.info(`Facts cache not saved: ${decision.reason}.`);
    return false;
  }
  if (!existsSync(plan.dir)) {
    log.info(`Facts cache not saved: the audit left no folder at ${plan.dir}.`);
    return false;
  }
  const size = folderSize(plan.dir);
  try {
    const id = await restored.service.saveCache([plan.dir], plan.key);
    // -1: @actions/cache did not save and said why (another job reserved the key, the service failed, a
    // read-only cache mode); it logs a reservation conflict at info level only, hence this warning.
    if (id === -1) {
      log.warning(`The facts cache was not saved as ${plan.key} (see the cache messages above). The audit's result is unaffected.`);
      return false;
    }
    log.info(`Facts cache saved as ${plan.key}: ${sizeText(size)} (${decision.reason}).`);
    return true;
  } catch (error) {
    log.warning(`The facts cache could not be saved as ${plan.key} (${firstLine(error)}). The audit's result is unaffected.`);
    return false;
  }
}

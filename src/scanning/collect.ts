/**
 * The repository-level scan: every discovered file through scanFile (in parallel when it pays), then the
 * facts that need the whole tree (first-party modules, artifacts, one record per declaration).
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DiscoveredFile, FileFacts, ScanProblem } from "../core/types.js";
import { FactsCache, type KnownFacts } from "./cache.js";
import { defaultJobs, parallelMinBytes, scanInParallel, type ScanPool } from "./parallel.js";
import type { RepoReader } from "./repo-reader.js";
import { crypto } from "../core/on-demand.js";

export interface ScanFilesResult {
  files: FileFacts[];
  artifacts: string[];
  localModules: string[];
  problems: ScanProblem[];
  bytes: number;
  cacheHits?: number;
  cacheMisses?: number;
  /**
   * With a facts cache: the blob id of the bytes each file's facts were read from (path -> id). A file's facts
   * follow from its path, those bytes and the files it read, so these stand for the facts where a digest of
   * all of them is wanted (the engine's analysis cache key).
   */
  blobs?: ReadonlyMap<string, string>;
}

export interface ScanFilesOptions {
  jobs?: number;
  /** Folder of the facts cache; none = no cache. */
  cacheDir?: string;
  /** Git blob ids of files whose content is known without reading them (see FactsCache.open). */
  knownBlobs?: ReadonlyMap<string, string>;
  /** Scan workers started earlier (ScanPool.start), used instead of starting new ones; left open. */
  pool?: ScanPool;
  /** Facts of another tree's files, reused for files of this one with the same path and content (see KnownFacts). */
  known?: KnownFacts;
  /**
   * Called with every readable file and its facts as scanned or reused, before declarations are de-duplicated
   * across files: what another tree's audit can be offered as KnownFacts.
   */
  onScanned?: (files: readonly DiscoveredFile[], facts: readonly FileFacts[]) => void;
  /** Reads the tree's files for manifest includes (default: from `root` on disk, makeRepoReader). */
  reader?: RepoReader;
  /** Called with the files about to be scanned (not reused), before any is read: a tree kept in git writes them out here. */
  beforeScan?: (files: readonly DiscoveredFile[]) => void;
}

/** Scans every discovered file (on up to `jobs` threads) and gathers the repository-level facts. */
export async function scanFiles(root: string, discovered: readonly DiscoveredFile[], options: ScanFilesOptions = {}): Promise<ScanFilesResult> {
  const realRoot = realpathSync(root);
  const files: FileFacts[] = [];
  const artifacts: string[] = [];
  const local = new Set<string>();
  let bytes = 0;
  const seenDeclared = new Set<string>();
  const readable: DiscoveredFile[] = [];
  for (const file of discovered) {
    if (file.kind === "artifact") artifacts.push(file.path);
    else readable.push(file);
    if (file.kind === "python" || file.kind === "notebook" || file.kind === "setup-py") addLocalModules(file.path, local);
  }
  if (options.cacheDir) forgetOnCodeChange(options.cacheDir);
  // Without a cache folder, facts offered by another tree still go through the cache's checks, in memory.
  const cache = options.cacheDir || options.known ? FactsCache.open(options.cacheDir, realRoot, options.knownBlobs, options.known, options.reader) : undefined;
  let scanned: FileFacts[];
  if (cache) {
    const cached = new Map<string, FileFacts>();
    const misses: DiscoveredFile[] = [];
    for (const f of readable) {
      const hit = cache.lookup(f);
      if (hit) cached.set(f.path, hit);
      else misses.push(f);
    }
    options.beforeScan?.(misses);
    // Blob ids are only worth computing for a cache that is written.
    const fresh = await scanInParallel(realRoot, misses, options.jobs ?? defaultJobs(), options.cacheDir !== undefined, options.pool, parallelMinBytes(options.jobs !== undefined), options.reader);
    misses.forEach((f, i) => {
      const facts = fresh[i]!;
      if (facts.blob) cache.store(f, facts.blob, facts);
      delete facts.blob;
      cached.set(f.path, facts);
    });
    cache.save();
    scanned = readable.map((f) => cached.get(f.path)!);
  } else {
    options.beforeScan?.(readable);
    scanned = await scanInParallel(realRoot, readable, options.jobs ?? defaultJobs(), false, options.pool, parallelMinBytes(options.jobs !== undefined), options.reader);
  }
  options.onScanned?.(readable, scanned);
  for (const original of scanned) {
    // Copy: cached facts are shared with the cache and must not be edited.
    const facts = { ...original };
    // A requirements file included with `-r` is also discovered on its own: keep each declaration once.
    facts.declared = facts.declared.filter((d) => {
      const key = `${d.path}\0${d.line}\0${d.cell ?? ""}\0${d.normalizedName}\0${d.source}`;
      if (seenDeclared.has(key)) return false;
      seenDeclared.add(key);
      return true;
    });
    bytes += facts.bytes;
    for (const name of facts.provides ?? []) addProvidedModule(name, local);
    files.push(facts);
  }
  return { files, artifacts, localModules: [...local].sort(), problems: [], bytes, ...(cache ? { cacheHits: cache.hits, cacheMisses: cache.misses, blobs: cache.blobs() } : {}) };
}

/**
 * The import name of a distribution the repository builds itself (`[project] name = "executorch"`): the
 * project importing its own package is first-party even when no folder carries that name (pytorch/executorch
 * maps `executorch` to `src/executorch` through setuptools' package-dir, a folder of symbolic links).
 */
function addProvidedModule(distribution: string, out: Set<string>): void {
  const mod = distribution.trim().replace(/[-.]+/g, "_");
  for (const name of [mod, mod.toLowerCase()]) if (/^[A-Za-z_]\w*$/.test(name)) out.add(name);
}

/**
 * First-party module names: every top-level package or module of the repository, also under a `src/`
 * layout, so `from models.common import X` in yolov5 is not taken for a missing PyPI package.
 */
function addLocalModules(path: string, out: Set<string>): void {
  const parts = path.split("/");
  const add = (name: string | undefined) => {
    if (!name) return;
    const mod = name.replace(/\.(py|pyw|ipynb)$/, "");
    if (/^[A-Za-z_][\w]*$/.test(mod)) out.add(mod);
  };
  add(parts[0]);
  if (parts[0] === "src" || parts[0] === "lib") add(parts[1]);
  // A package nested one level down (`project/pkg/__init__.py`) is importable as `pkg` when run from there.
  if (parts.length >= 3 && parts[parts.length - 1] === "__init__.py") add(parts[parts.length - 2]);
}

/**
 * The code files a digest covers, given the file of the running module: in dist/ the chunks of the bundle it
 * belongs to (`cli.js` and `<id>.cli.js`, or `index.js` and `<id>.index.js`) and the scan worker; anywhere
 * else (sources run by tsx or vitest) every code file. The CLI then does not hash the action's chunks
 * (3.6 MB with @actions/cache), nor the action the CLI's; their caches were never shared anyway, since the
 * facts cache's own salt is the chunk that holds cache.ts, which differs between the two bundles.
 */
export function digestedFiles(moduleFile: string, names: readonly string[]): string[] {
  const m = /^(?:\d+\.)?(cli|index)\.js$/.exec(basename(moduleFile));
  const code = names.filter((n) => /\.(m?js|ts)$/.test(n));
  const entry = m?.[1];
  const mine = entry === undefined ? code : code.filter((n) => n === "worker.js" || n === `${entry}.js` || n.endsWith(`.${entry}.js`));
  return mine.sort();
}

let digest: string | undefined;
/**
 * A digest of the code beside the running module (see digestedFiles): in dist/ the chunks of the running
 * bundle. The facts cache ties itself to the chunk that holds src/scanning/cache.ts, but the manifest readers
 * are a chunk of their own (loaded only when a manifest is scanned), so a change there alone would not have
 * been seen.
 */
function codeDigest(): string {
  if (digest === undefined) {
    const h = crypto().createHash("sha1");
    try {
      const file = fileURLToPath(import.meta.url);
      const dir = dirname(file);
      for (const name of digestedFiles(file, readdirSync(dir))) {
        h.update(name).update("\0").update(readFileSync(join(dir, name)));
      }
    } catch {
      h.update("unreadable");
    }
    digest = h.digest("hex");
  }
  return digest;
}

const CODE_MARKER = "code-v1.txt";
const CODE_DEPENDENT = ["facts-v1.json", "analysis-v1.json"];

/** Drops the cached facts and analysis when they were written by other code than the running one. Never throws. */
export function forgetOnCodeChange(cacheDir: string): void {
  const marker = join(cacheDir, CODE_MARKER);
  const now = codeDigest();
  try {
    if (readFileSync(marker, "utf8") === now) return;
  } catch {
    // no marker yet
  }
  try {
    for (const f of CODE_DEPENDENT) rmSync(join(cacheDir, f), { force: true });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(marker, now);
  } catch {
    // a cache folder that cannot be written is not used for writing either
  }
}

/**
 * Discovery: which files of the repository the audit reads, and which it only notes by name.
 *
 * One walk of the tree (readdir), pruned at folders that never hold the project's own code
 * (VCS, virtualenvs, caches, build output: the same list ruff excludes by default), then filtered by the
 * root .gitignore and the config's include/exclude globs. Symbolic links are never followed out of the
 * root; a link to a folder is not entered (so link loops cannot trap the walk).
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import ignore from "ignore";
import { compileGlobs } from "../config/glob.js";
import type { DiscoveredFile, FileKind, ScanProblem } from "../core/types.js";
import { manifestKind } from "./manifests/kind.js";

/** Folders never descended into (matched by folder name anywhere in the tree). */
export const PRUNED_DIRS: readonly string[] = [
  ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox",
  ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode",
  "__pypackages__", "__pycache__", "_build", "buck-out", "build", "dist", "node_modules", "site-packages", "venv",
  ".cache", ".dvc", "wandb", "mlruns", "lightning_logs",
];

/** Model artifacts: seen by name (they tell what the project ships), never opened. */
const ARTIFACT_EXT = /\.(tflite|lite|pb|h5|hdf5|keras|onnx|pt|pth|ckpt|safetensors|mlmodel|mlpackage|pte|ptl|torchscript|engine|savedmodel)$/i;

export interface DiscoveryOptions {
  /** Globs (relative to root) a file must match to be read; empty = everything. */
  include?: readonly string[];
  /** Globs (relative to root) never read. */
  exclude?: readonly string[];
  /** Files larger than this are skipped with a `skipped` problem (notebooks get `maxNotebookBytes`). */
  maxFileBytes?: number;
  maxNotebookBytes?: number;
  /** Honour the root .gitignore (default true). */
  gitignore?: boolean;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  problems: ScanProblem[];
}

export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_NOTEBOOK_BYTES = 128 * 1024 * 1024;

/** The kind of a repo-relative path, or undefined when the audit has no use for it. */
export function classify(path: string): FileKind | undefined {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (base.endsWith(".py") || base.endsWith(".pyw")) return base === "setup.py" ? "setup-py" : "python";
  if (base.endsWith(".ipynb")) return "notebook";
  const m = manifestKind(path);
  if (m) return m;
  if (ARTIFACT_EXT.test(base)) return "artifact";
  return undefined;
}

function toPosix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

interface WalkEntry {
  /** Path relative to the root, with `/` separators. */
  path: string;
  name: string;
  dirent: Dirent;
}

const PRUNED = new Set(PRUNED_DIRS);

/**
 * Every entry under `root` except inside pruned folders, without following symbolic links (a link is an
 * entry of its own, never entered). Unreadable folders are skipped. One readdir per folder and no glob
 * matching per entry: the walk used to match 33 `** /dir/ **` ignore globs against every path, which cost
 * more than reading the folders.
 */
function walk(root: string): WalkEntry[] {
  const out: WalkEntry[] = [];
  const dirs: string[] = [""];
  for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
    let list: Dirent[];
    try {
      list = readdirSync(dir === "" ? root : join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const dirent of list) {
      const name = dirent.name;
      const path = dir === "" ? name : dir + "/" + name;
      if (dirent.isDirectory()) {
        if (!PRUNED.has(name)) dirs.push(path);
        continue;
      }
      out.push({ path, name, dirent });
    }
  }
  return out;
}

/** Walks `root` and returns the files worth reading, in a stable (sorted) order. */
export async function discoverFiles(root: string, options: DiscoveryOptions = {}): Promise<DiscoveryResult> {
  const problems: ScanProblem[] = [];
  const realRoot = realpathSync(root);
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxNotebook = options.maxNotebookBytes ?? DEFAULT_MAX_NOTEBOOK_BYTES;

  const entries = walk(realRoot);

  const ig = ignore();
  if (options.gitignore !== false) {
    try {
      ig.add(readFileSync(join(realRoot, ".gitignore"), "utf8"));
    } catch {
      // no .gitignore: nothing to honour
    }
  }
  const include = options.include?.length ? options.include : undefined;
  const exclude = options.exclude?.length ? options.exclude : undefined;
  const matchInclude = include ? compileGlobs(include) : undefined;
  const matchExclude = exclude ? compileGlobs(exclude) : undefined;

  // Folders that hold a pyvenv.cfg are virtualenvs whatever their name.
  const venvPrefixes: string[] = [];
  for (const e of entries) {
    if (e.name === "pyvenv.cfg") {
      const dir = e.path.slice(0, -"pyvenv.cfg".length);
      if (dir) venvPrefixes.push(dir);
    }
  }

  const files: DiscoveredFile[] = [];
  for (const e of entries) {
    const path = toPosix(e.path);
    const isLink = e.dirent.isSymbolicLink();
    if (!isLink && !e.dirent.isFile()) continue;
    const kind = classify(path);
    if (!kind) continue;
    if (venvPrefixes.some((p) => path.startsWith(p))) continue;
    if (ig.ignores(path)) continue;
    if (matchInclude && !matchInclude(path)) continue;
    if (matchExclude && matchExclude(path)) continue;

    const abs = join(realRoot, e.path);
    let size: number;
    let mtimeMs: number;
    if (isLink) {
      let target: string;
      try {
        target = realpathSync(abs);
      } catch {
        problems.push({ kind: "skipped", path, message: "broken or looping symbolic link" });
        continue;
      }
      if (!isInside(realRoot, target)) {
        problems.push({ kind: "skipped", path, message: "symbolic link to outside the scanned root: not followed" });
        continue;
      }
      try {
        const st = statSync(target);
        if (!st.isFile()) continue;
        size = st.size;
        mtimeMs = st.mtimeMs;
      } catch {
        problems.push({ kind: "skipped", path, message: "unreadable symbolic link target" });
        continue;
      }
    } else {
      try {
        const st = lstatSync(abs);
        size = st.size;
        mtimeMs = st.mtimeMs;
      } catch {
        problems.push({ kind: "skipped", path, message: "file vanished or unreadable during the scan" });
        continue;
      }
    }
    if (kind !== "artifact") {
      const cap = kind === "notebook" ? maxNotebook : maxFile;
      if (size > cap) {
        problems.push({ kind: "skipped", path, message: `file is ${formatBytes(size)}, over the ${formatBytes(cap)} limit: not read` });
        continue;
      }
    }
    files.push({ path, abs, size, mtimeMs, kind });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

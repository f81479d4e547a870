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
import { compileOwnGlobs } from "../config/glob.js";
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
  return classifyName(path.slice(path.lastIndexOf("/") + 1), path);
}

/** `classify` for a path whose last segment the caller already has (the walk does: the entry's name). */
function classifyName(base: string, path: string): FileKind | undefined {
  if (base.endsWith(".py") || base.endsWith(".pyw")) return base === "setup.py" ? "setup-py" : "python";
  if (base.endsWith(".ipynb")) return "notebook";
  const m = manifestKind(path);
  if (m) return m;
  if (ARTIFACT_EXT.test(base)) return "artifact";
  return undefined;
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

const PRUNED = new Set(PRUNED_DIRS);

/** Decides whether an entry of a folder that is not ignored is ignored (`folder`: the entry is a folder). */
type IgnoredTest = (path: string, name: string, folder: boolean) => boolean;

/**
 * The root .gitignore as a test, or undefined when it has no rule (no file, or only blank lines and
 * comments): then no path is matched against it at all. Only entries of folders that are not ignored are
 * asked about, since an ignored folder is not entered.
 *
 * When no rule holds a `/` other than a trailing one, each rule can only match the last segment of a path
 * (the ignore library's own `matchesBasename`), so the entry's name alone decides (a folder's with a
 * trailing `/`, as git tests folders): `__init__.py` is answered once, not once per folder. And a name that
 * holds none of the rules' literal parts (`.log` of `*.log`) matches no rule, so the library, whose first
 * calls in a process cost microseconds each, is asked only about the few names that might. Lines are judged
 * raw, which can only err towards the exact, slower path.
 */
function gitignoreTest(realRoot: string): IgnoredTest | undefined {
  let text: string;
  try {
    text = readFileSync(join(realRoot, ".gitignore"), "utf8");
  } catch {
    return undefined; // no .gitignore: nothing to honour
  }
  let rules = false;
  let basenameOnly = true;
  let literals: string[] | undefined = [];
  for (const raw of text.split(/\r?\n/)) {
    // As the library reads them: a comment only with `#` first, since leading spaces belong to a pattern.
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    rules = true;
    const slash = raw.indexOf("/");
    if (slash >= 0 && slash !== raw.length - 1) basenameOnly = false;
    const literal = literalOf(raw);
    if (literal === "") literals = undefined; // a rule such as `*`: any name may match
    else literals?.push(literal);
  }
  if (!rules) return undefined;
  const ig = ignore().add(text);
  if (!basenameOnly) return (path, _name, folder) => ig.ignores(folder ? path + "/" : path);
  const verdicts = new Map<string, boolean>();
  return (_path, name, folder) => {
    if (literals && !holdsAny(name, literals)) return false;
    const key = folder ? name + "/" : name;
    let v = verdicts.get(key);
    if (v === undefined) verdicts.set(key, (v = ig.ignores(key)));
    return v;
  };
}

/**
 * The longest run of characters that every name a gitignore rule matches contains, lower-cased, or "" when
 * none is certain. Letters, digits, `.`, `_` and `-` are literal in a pattern outside a bracket expression;
 * everything else (wildcards, escapes, spaces, `!`, `/`) only ends a run, and all from the first `[` to the
 * last `]` is dropped.
 */
function literalOf(rule: string): string {
  let body = rule.trim();
  const open = body.indexOf("[");
  if (open >= 0) {
    const close = body.lastIndexOf("]");
    body = body.slice(0, open) + " " + (close > open ? body.slice(close + 1) : "");
  }
  let best = "";
  for (const run of body.split(/[^A-Za-z0-9._-]+/)) if (run.length > best.length) best = run;
  return best.toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `name` contains one of the (ASCII, lower-cased) literals, ignoring ASCII case as the library's
 * case-insensitive patterns do. A name with other characters is always passed on: only for ASCII is
 * lower-casing known to agree with how a case-insensitive regular expression compares.
 */
function holdsAny(name: string, literals: readonly string[]): boolean {
  if (NON_ASCII.test(name)) return true;
  const lower = name.toLowerCase();
  for (const l of literals) if (lower.includes(l)) return true;
  return false;
}

interface Folder {
  /** Relative to the root, `/`-separated; "" for the root. */
  path: string;
  abs: string;
  /** The folder or one of its ancestors matches an include glob: its files need no include test. */
  included: boolean;
}

/** Walks `root` and returns the files worth reading, in a stable (sorted) order. */
export async function discoverFiles(root: string, options: DiscoveryOptions = {}): Promise<DiscoveryResult> {
  const problems: ScanProblem[] = [];
  const realRoot = realpathSync(root);
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxNotebook = options.maxNotebookBytes ?? DEFAULT_MAX_NOTEBOOK_BYTES;
  const ignored = options.gitignore !== false ? gitignoreTest(realRoot) : undefined;
  // Globs are tested on each folder once (a glob naming a folder covers what is below it: compileGlobs) and
  // then on each file by itself.
  const include = options.include?.length ? compileOwnGlobs(options.include) : undefined;
  const exclude = options.exclude?.length ? compileOwnGlobs(options.exclude) : undefined;
  // Absolute paths are the root plus the relative path: path.join would re-normalise a path that readdir
  // names already give in normal form.
  const posix = sep === "/";
  const rootPrefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;

  const files: DiscoveredFile[] = [];
  const folders: Folder[] = [{ path: "", abs: realRoot, included: false }];
  // One readdir per folder; every rule that excludes a whole folder (pruned names, virtualenvs, .gitignore,
  // exclude globs) is applied to the folder, which is then not listed, rather than to each file below it;
  // a file is stat'ed only once every rule has kept it. The order of the walk (and so of `problems`) is that
  // of a stack of folders, each listed in readdir order.
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let list: Dirent[];
    try {
      list = readdirSync(folder.abs, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: skipped
    }
    const dir = folder.path;
    // A folder that holds a pyvenv.cfg is a virtualenv whatever its name: nothing in it is read.
    if (dir !== "" && list.some((d) => d.name === "pyvenv.cfg" && !d.isDirectory())) continue;
    const prefix = dir === "" ? "" : dir + "/";
    const absPrefix = folder.abs === realRoot ? rootPrefix : folder.abs + sep;
    for (const dirent of list) {
      const name = dirent.name;
      const path = prefix + name;
      if (dirent.isDirectory()) {
        if (PRUNED.has(name)) continue;
        // A folder the .gitignore excludes cannot have a file re-included below it (git's rule, and the
        // ignore library's), so it is not entered.
        if (ignored?.(path, name, true)) continue;
        if (exclude?.(path)) continue;
        folders.push({ path, abs: absPrefix + name, included: folder.included || (include !== undefined && include(path)) });
        continue;
      }
      const isLink = dirent.isSymbolicLink();
      if (!isLink && !dirent.isFile()) continue;
      const kind = classifyName(name, path);
      if (!kind) continue;
      if (ignored?.(path, name, false)) continue;
      if (include && !folder.included && !include(path)) continue;
      if (exclude?.(path)) continue;

      const abs = posix ? absPrefix + name : join(realRoot, path);
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
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

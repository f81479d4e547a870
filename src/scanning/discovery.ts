/**
 * Discovery: which files of the repository the audit reads, and which it only notes by name.
 *
 * One walk of the tree (readdir), pruned at folders that never hold the project's own code
 * (VCS, virtualenvs, caches, build output: the same list ruff excludes by default), then filtered by the
 * root .gitignore and the config's include/exclude globs. What git tracks is part of the repository whatever
 * the .gitignore says (src/scanning/tracked.ts); a commit's tree is all tracked. Symbolic links are never
 * followed out of the root; a link to a folder is not entered (so link loops cannot trap the walk).
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import ignore from "ignore";
import { compileOwnGlobs } from "../config/glob.js";
import { isWithin } from "../core/paths.js";
import type { DiscoveredFile, FileKind, ScanProblem } from "../core/types.js";
import { manifestKind } from "./manifests/kind.js";
import { trackedPaths, type TrackedPaths } from "./tracked.js";

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
function gitignoreTest(text: string | undefined): IgnoredTest | undefined {
  if (text === undefined) return undefined; // no .gitignore: nothing to honour
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
  /** Where the source finds it (the file system's absolute path; unused by a git tree). */
  abs: string;
  /** The folder or one of its ancestors matches an include glob: its files need no include test. */
  included: boolean;
  /**
   * The .gitignore excludes the folder (or one above it), which was entered because git tracks files in it:
   * only tracked entries are read here (git ignores the others, whatever a later `!` rule says).
   */
  onlyTracked?: true;
}

/** An entry of a folder, as a Dirent answers (a git tree's entries answer the same). */
interface TreeEntry {
  name: string;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

/** Where a file kept by the rules is, and its size; or why it is not read (a `skipped` problem); or null: silently left out. */
type FileInfo = { abs: string; size: number; mtimeMs?: number } | { problem: string } | null;

/** What the walk needs of a tree: the file system's (discoverFiles) or a git commit's (discoverGitTree). */
interface TreeSource {
  /** The text of the root's .gitignore, if there is one. */
  gitignore(): string | undefined;
  /** What git tracks under the root: asked once, and only of an entry the .gitignore excludes. */
  tracked(): TrackedPaths;
  /** A folder's entries, or undefined when it cannot be listed. */
  list(folder: Folder): readonly TreeEntry[] | undefined;
  /** Where a sub-folder of `folder` named `name` is. */
  folderAbs(folder: Folder, name: string): string;
  /** A file (or a link: `link`) of `folder` that the rules kept. */
  file(folder: Folder, name: string, path: string, link: boolean): FileInfo;
}

/** Walks the file system under `root` and returns the files worth reading, in a stable (sorted) order. */
export async function discoverFiles(root: string, options: DiscoveryOptions = {}): Promise<DiscoveryResult> {
  const realRoot = realpathSync(root);
  // Absolute paths are the root plus the relative path: path.join would re-normalise a path that readdir
  // names already give in normal form.
  const posix = sep === "/";
  const rootPrefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
  const absPrefix = (folder: Folder) => (folder.abs === realRoot ? rootPrefix : folder.abs + sep);
  return walk(
    {
      gitignore: () => {
        try {
          return readFileSync(join(realRoot, ".gitignore"), "utf8");
        } catch {
          return undefined;
        }
      },
      tracked: () => trackedPaths(realRoot),
      list: (folder) => {
        try {
          return readdirSync(folder.abs, { withFileTypes: true });
        } catch {
          return undefined; // unreadable folder: skipped
        }
      },
      folderAbs: (folder, name) => absPrefix(folder) + name,
      file: (folder, name, path, link) => fileOnDisk(realRoot, posix ? absPrefix(folder) + name : join(realRoot, path), link),
    },
    realRoot,
    options,
  );
}

/** Size and place of a file on disk; a link only when it leads to a regular file inside the root. */
function fileOnDisk(realRoot: string, abs: string, link: boolean): FileInfo {
  if (link) {
    let target: string;
    try {
      target = realpathSync(abs);
    } catch {
      return { problem: "broken or looping symbolic link" };
    }
    if (!isWithin(realRoot, target)) return { problem: "symbolic link to outside the scanned root: not followed" };
    try {
      const st = statSync(target);
      return st.isFile() ? { abs, size: st.size, mtimeMs: st.mtimeMs } : null;
    } catch {
      return { problem: "unreadable symbolic link target" };
    }
  }
  try {
    const st = lstatSync(abs);
    return { abs, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return { problem: "file vanished or unreadable during the scan" };
  }
}

/** One entry of a commit's tree (`git ls-tree -r -l`), path relative to the audited folder. */
export interface GitTreeFile {
  path: string;
  /** git's file mode: 100644 / 100755 regular, 120000 symbolic link. */
  mode: string;
  blob: string;
  size: number;
}

class GitEntry implements TreeEntry {
  constructor(
    readonly name: string,
    private readonly folder: boolean,
    readonly file: GitTreeFile | undefined,
  ) {}
  isDirectory(): boolean {
    return this.folder;
  }
  isFile(): boolean {
    return !this.folder && this.file?.mode !== "120000";
  }
  isSymbolicLink(): boolean {
    return this.file?.mode === "120000";
  }
}

/**
 * The files of a commit's tree worth reading, by the same rules as discoverFiles, from git's listing alone
 * (nothing is written to disk; each file's `abs` is `absRoot` joined with its path, where its content may be
 * written when it has to be scanned). Undefined when the rules keep a symbolic link (one named like a file the
 * audit reads): where it leads is the file system's answer, so such a tree is written out and walked by
 * discoverFiles. Other links are left out, as discoverFiles leaves them out.
 */
export function discoverGitTree(files: readonly GitTreeFile[], absRoot: string, options: DiscoveryOptions = {}): DiscoveryResult | undefined {
  const folders = new Map<string, GitEntry[]>([["", []]]);
  const byPath = new Map<string, GitTreeFile>();
  for (const f of files) {
    byPath.set(f.path, f);
    let end = f.path.length;
    let child: GitEntry = new GitEntry(f.path.slice(f.path.lastIndexOf("/") + 1), false, f);
    // Adds the file to its folder, and each folder not seen yet to its parent.
    for (;;) {
      const slash = f.path.lastIndexOf("/", end - 1);
      const dir = slash < 0 ? "" : f.path.slice(0, slash);
      const list = folders.get(dir);
      if (list) {
        list.push(child);
        break;
      }
      folders.set(dir, [child]);
      child = new GitEntry(dir.slice(dir.lastIndexOf("/") + 1), true, undefined);
      end = slash;
    }
  }
  const prefix = absRoot.endsWith(sep) ? absRoot : absRoot + sep;
  const source: TreeSource = {
    // Every file of a commit is tracked, so the .gitignore leaves none of them out.
    gitignore: () => undefined,
    tracked: () => ({ files: byPath, folders }),
    list: (folder) => folders.get(folder.path),
    folderAbs: (_folder, name) => name,
    file: (_folder, _name, path, link) => {
      if (link) throw LINK_KEPT;
      const f = byPath.get(path)!;
      return { abs: prefix + (sep === "/" ? path : path.split("/").join(sep)), size: f.size };
    },
  };
  try {
    return walk(source, absRoot, options);
  } catch (e) {
    if (e === LINK_KEPT) return undefined;
    throw e;
  }
}

/** Thrown out of the walk of a git tree when the rules keep a symbolic link (see discoverGitTree). */
const LINK_KEPT = new Error("a symbolic link the audit would follow");

/** The walk and its rules, over either source. */
function walk(source: TreeSource, rootAbs: string, options: DiscoveryOptions): DiscoveryResult {
  const problems: ScanProblem[] = [];
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxNotebook = options.maxNotebookBytes ?? DEFAULT_MAX_NOTEBOOK_BYTES;
  const ignored = options.gitignore !== false ? gitignoreTest(source.gitignore()) : undefined;
  let tracked: TrackedPaths | undefined;
  const isTracked = (path: string, folder: boolean) => {
    tracked ??= source.tracked();
    return folder ? tracked.folders.has(path) : tracked.files.has(path);
  };
  // Globs are tested on each folder once (a glob naming a folder covers what is below it: compileGlobs) and
  // then on each file by itself.
  const include = options.include?.length ? compileOwnGlobs(options.include) : undefined;
  const exclude = options.exclude?.length ? compileOwnGlobs(options.exclude) : undefined;

  const files: DiscoveredFile[] = [];
  const folders: Folder[] = [{ path: "", abs: rootAbs, included: false }];
  // One listing per folder; every rule that excludes a whole folder (pruned names, virtualenvs, .gitignore,
  // exclude globs) is applied to the folder, which is then not listed, rather than to each file below it;
  // a file is stat'ed only once every rule has kept it. The order of the walk (and so of `problems`) is that
  // of a stack of folders, each listed in the source's order.
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const list = source.list(folder);
    if (list === undefined) continue;
    const dir = folder.path;
    // A folder that holds a pyvenv.cfg is a virtualenv whatever its name: nothing in it is read.
    if (dir !== "" && list.some((d) => d.name === "pyvenv.cfg" && !d.isDirectory())) continue;
    const prefix = dir === "" ? "" : dir + "/";
    for (const dirent of list) {
      const name = dirent.name;
      const path = prefix + name;
      if (dirent.isDirectory()) {
        if (PRUNED.has(name)) continue;
        // A folder the .gitignore excludes cannot have a file re-included below it (git's rule, and the
        // ignore library's), so it is entered only for the files git tracks in it.
        const onlyTracked = folder.onlyTracked === true || ignored?.(path, name, true) === true;
        if (onlyTracked && !isTracked(path, true)) continue;
        if (exclude?.(path)) continue;
        const abs = source.folderAbs(folder, name);
        const included = folder.included || (include !== undefined && include(path));
        folders.push(onlyTracked ? { path, abs, included, onlyTracked: true } : { path, abs, included });
        continue;
      }
      const isLink = dirent.isSymbolicLink();
      if (!isLink && !dirent.isFile()) continue;
      const kind = classifyName(name, path);
      if (!kind) continue;
      if ((folder.onlyTracked === true || ignored?.(path, name, false) === true) && !isTracked(path, false)) continue;
      if (include && !folder.included && !include(path)) continue;
      if (exclude?.(path)) continue;

      const info = source.file(folder, name, path, isLink);
      if (info === null) continue;
      if ("problem" in info) {
        // An artifact is evidence by its path alone and is never opened, so a link that cannot be followed
        // (weights linked from a local cache, as speechbrain's test templates do) loses nothing: it is kept,
        // without a size, and not reported.
        if (kind === "artifact") files.push({ path, abs: source.folderAbs(folder, name), size: 0, kind });
        else problems.push({ kind: "skipped", path, message: info.problem });
        continue;
      }
      const size = info.size;
      if (kind !== "artifact") {
        const cap = kind === "notebook" ? maxNotebook : maxFile;
        if (size > cap) {
          problems.push({ kind: "skipped", path, message: `file is ${formatBytes(size)}, over the ${formatBytes(cap)} limit: not read` });
          continue;
        }
      }
      files.push(info.mtimeMs === undefined ? { path, abs: info.abs, size, kind } : { path, abs: info.abs, size, mtimeMs: info.mtimeMs, kind });
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

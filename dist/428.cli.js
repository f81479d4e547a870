export const id = 428;
export const ids = [428];
export const modules = {

/***/ 3334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eM: () => (/* binding */ matchAny),
/* harmony export */   vt: () => (/* binding */ compileOwnGlobs)
/* harmony export */ });
/* unused harmony exports compileGlobs, matchGlob */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Glob matching for config paths (include/exclude, ignore, overrides) on repo-relative `/` paths, with
 * picomatch (the matcher fast-glob uses). .gitignore-like conveniences on top: a pattern without `/`
 * matches at any depth (`*.ipynb`), and a pattern naming a folder (`docs`, `docs/`, `docs/**`) covers
 * everything below it.
 */

const cache = new Map();
/**
 * The test of a path by itself, without the folder rule below: the path matches a glob, or (for a glob
 * without `/`) its last segment does. Discovery walks the tree folder by folder and applies this to each
 * folder once, instead of to every ancestor of every file.
 */
function compileOwnGlobs(globs) {
    const patterns = globs.map((g) => {
        let p = g.trim().replace(/^\.\//, "");
        if (p.endsWith("/"))
            p += "**";
        return p;
    });
    if (patterns.length === 0)
        return () => false;
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(patterns, { dot: true });
    const anyDepth = patterns.filter((p) => !p.includes("/"));
    const anyDepthMatch = anyDepth.length ? picomatch__WEBPACK_IMPORTED_MODULE_0___default()(anyDepth, { dot: true, basename: true }) : undefined;
    return anyDepthMatch ? (path) => isMatch(path) || anyDepthMatch(path) : isMatch;
}
/** One predicate for a list of globs. */
function compileGlobs(globs) {
    if (globs.length === 0)
        return () => false;
    const own = compileOwnGlobs(globs);
    return (path) => {
        if (own(path))
            return true;
        // A glob naming a folder covers the files below it: try each ancestor folder of the path.
        for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
            if (own(path.slice(0, i)))
                return true;
        }
        return false;
    };
}
function matchGlob(path, glob) {
    let m = cache.get(glob);
    if (!m) {
        m = compileGlobs([glob]);
        cache.set(glob, m);
    }
    return m(path);
}
function matchAny(path, globs) {
    return globs.some((g) => matchGlob(path, g));
}


/***/ }),

/***/ 2428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BASE_CACHE_FOLDER: () => (/* binding */ BASE_CACHE_FOLDER),
  GitRefError: () => (/* binding */ GitRefError),
  analysisKey: () => (/* binding */ analysisKey),
  audit: () => (/* binding */ audit),
  auditGitRef: () => (/* binding */ auditGitRef),
  reportFromFacts: () => (/* binding */ reportFromFacts),
  resolveRef: () => (/* binding */ resolveRef),
  scanRepository: () => (/* binding */ scanRepository)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/scanning/manifests/kind.ts
var kind = __webpack_require__(374);
// EXTERNAL MODULE: ./src/core/on-demand.ts
var on_demand = __webpack_require__(7004);
;// CONCATENATED MODULE: ./src/scanning/tracked.ts
/**
 * The files git tracks under the audited folder, for the one question discovery asks of them: is an entry the
 * .gitignore excludes part of the repository anyway? A rule such as `*` followed by `!*.py` (DeepFaceLab's
 * whitelist) or `models/` above a tracked `models/__init__.py` ignores folders whose files were added before
 * the rule or with `git add -f`; git keeps tracking them, a checkout writes them, and the audit must read them.
 * An ignored file that git does not track (a virtualenv, checkpoints, outputs) stays unread.
 *
 * Asked only when the .gitignore excludes an entry that exists, and answered by one `git ls-files` per audit,
 * so a tree that is not a repository, or whose ignored entries are all untracked, never starts git.
 */



const NONE = { files: new Set(), folders: new Set() };
/** Whether `dir` or a folder above it holds `.git` (a folder, or the file a worktree or submodule has). */
function inWorkTree(dir) {
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, ".git")))
            return true;
        if ((0,external_node_path_.dirname)(d) === d)
            return false;
    }
}
/**
 * The paths git's index lists under `root` (a real, absolute path), or none when `root` is not in a work tree
 * or git cannot answer (not installed, a broken repository): then the .gitignore alone decides, as it did.
 * `core.fsmonitor` is switched off so that the listing never starts a hook the repository's config names.
 */
function trackedPaths(root) {
    if (!inWorkTree(root))
        return NONE;
    let out;
    try {
        out = (0,on_demand/* childProcess */.Qk)()
            .execFileSync("git", ["-c", "core.fsmonitor=false", "ls-files", "-z", "--cached", "--", "."], { cwd: root, maxBuffer: 1024 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] })
            .toString("utf8");
    }
    catch {
        return NONE;
    }
    const files = new Set();
    const folders = new Set();
    for (const path of out.split("\0")) {
        if (path === "")
            continue;
        files.add(path);
        for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
            const folder = path.slice(0, slash);
            if (folders.has(folder))
                break;
            folders.add(folder);
        }
    }
    return { files, folders };
}

;// CONCATENATED MODULE: ./src/scanning/discovery.ts
/**
 * Discovery: which files of the repository the audit reads, and which it only notes by name.
 *
 * One walk of the tree (readdir), pruned at folders that never hold the project's own code
 * (VCS, virtualenvs, caches, build output: the same list ruff excludes by default), then filtered by the
 * root .gitignore and the config's include/exclude globs. What git tracks is part of the repository whatever
 * the .gitignore says (src/scanning/tracked.ts); a commit's tree is all tracked. Symbolic links are never
 * followed out of the root; a link to a folder is not entered (so link loops cannot trap the walk).
 */







/** Folders never descended into (matched by folder name anywhere in the tree). */
const PRUNED_DIRS = [
    ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox",
    ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv", ".vscode",
    "__pypackages__", "__pycache__", "_build", "buck-out", "build", "dist", "node_modules", "site-packages", "venv",
    ".cache", ".dvc", "wandb", "mlruns", "lightning_logs",
];
/** Model artifacts: seen by name (they tell what the project ships), never opened. */
const ARTIFACT_EXT = /\.(tflite|lite|pb|h5|hdf5|keras|onnx|pt|pth|ckpt|safetensors|mlmodel|mlpackage|pte|ptl|torchscript|engine|savedmodel)$/i;
const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;
const DEFAULT_MAX_NOTEBOOK_BYTES = 128 * 1024 * 1024;
/** The kind of a repo-relative path, or undefined when the audit has no use for it. */
function classify(path) {
    return classifyName(path.slice(path.lastIndexOf("/") + 1), path);
}
/** `classify` for a path whose last segment the caller already has (the walk does: the entry's name). */
function classifyName(base, path) {
    if (base.endsWith(".py") || base.endsWith(".pyw"))
        return base === "setup.py" ? "setup-py" : "python";
    if (base.endsWith(".ipynb"))
        return "notebook";
    const m = (0,kind/* manifestKind */.Q)(path);
    if (m)
        return m;
    if (ARTIFACT_EXT.test(base))
        return "artifact";
    return undefined;
}
const PRUNED = new Set(PRUNED_DIRS);
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
function gitignoreTest(text) {
    if (text === undefined)
        return undefined; // no .gitignore: nothing to honour
    let rules = false;
    let basenameOnly = true;
    let literals = [];
    for (const raw of text.split(/\r?\n/)) {
        // As the library reads them: a comment only with `#` first, since leading spaces belong to a pattern.
        if (raw.trim() === "" || raw.startsWith("#"))
            continue;
        rules = true;
        const slash = raw.indexOf("/");
        if (slash >= 0 && slash !== raw.length - 1)
            basenameOnly = false;
        const literal = literalOf(raw);
        if (literal === "")
            literals = undefined; // a rule such as `*`: any name may match
        else
            literals?.push(literal);
    }
    if (!rules)
        return undefined;
    const ig = ignore_default()().add(text);
    if (!basenameOnly)
        return (path, _name, folder) => ig.ignores(folder ? path + "/" : path);
    const verdicts = new Map();
    return (_path, name, folder) => {
        if (literals && !holdsAny(name, literals))
            return false;
        const key = folder ? name + "/" : name;
        let v = verdicts.get(key);
        if (v === undefined)
            verdicts.set(key, (v = ig.ignores(key)));
        return v;
    };
}
/**
 * The longest run of characters that every name a gitignore rule matches contains, lower-cased, or "" when
 * none is certain. Letters, digits, `.`, `_` and `-` are literal in a pattern outside a bracket expression;
 * everything else (wildcards, escapes, spaces, `!`, `/`) only ends a run, and all from the first `[` to the
 * last `]` is dropped.
 */
function literalOf(rule) {
    let body = rule.trim();
    const open = body.indexOf("[");
    if (open >= 0) {
        const close = body.lastIndexOf("]");
        body = body.slice(0, open) + " " + (close > open ? body.slice(close + 1) : "");
    }
    let best = "";
    for (const run of body.split(/[^A-Za-z0-9._-]+/))
        if (run.length > best.length)
            best = run;
    return best.toLowerCase();
}
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Whether `name` contains one of the (ASCII, lower-cased) literals, ignoring ASCII case as the library's
 * case-insensitive patterns do. A name with other characters is always passed on: only for ASCII is
 * lower-casing known to agree with how a case-insensitive regular expression compares.
 */
function holdsAny(name, literals) {
    if (NON_ASCII.test(name))
        return true;
    const lower = name.toLowerCase();
    for (const l of literals)
        if (lower.includes(l))
            return true;
    return false;
}
/** Walks the file system under `root` and returns the files worth reading, in a stable (sorted) order. */
async function discoverFiles(root, options = {}) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    // Absolute paths are the root plus the relative path: path.join would re-normalise a path that readdir
    // names already give in normal form.
    const posix = external_node_path_.sep === "/";
    const rootPrefix = realRoot.endsWith(external_node_path_.sep) ? realRoot : realRoot + external_node_path_.sep;
    const absPrefix = (folder) => (folder.abs === realRoot ? rootPrefix : folder.abs + external_node_path_.sep);
    return walk({
        gitignore: () => {
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(realRoot, ".gitignore"), "utf8");
            }
            catch {
                return undefined;
            }
        },
        tracked: () => trackedPaths(realRoot),
        list: (folder) => {
            try {
                return (0,external_node_fs_.readdirSync)(folder.abs, { withFileTypes: true });
            }
            catch {
                return undefined; // unreadable folder: skipped
            }
        },
        folderAbs: (folder, name) => absPrefix(folder) + name,
        file: (folder, name, path, link) => fileOnDisk(realRoot, posix ? absPrefix(folder) + name : (0,external_node_path_.join)(realRoot, path), link),
    }, realRoot, options);
}
/** Size and place of a file on disk; a link only when it leads to a regular file inside the root. */
function fileOnDisk(realRoot, abs, link) {
    if (link) {
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(abs);
        }
        catch {
            return { problem: "broken or looping symbolic link" };
        }
        if (!(0,paths/* isWithin */.U)(realRoot, target))
            return { problem: "symbolic link to outside the scanned root: not followed" };
        try {
            const st = (0,external_node_fs_.statSync)(target);
            return st.isFile() ? { abs, size: st.size, mtimeMs: st.mtimeMs } : null;
        }
        catch {
            return { problem: "unreadable symbolic link target" };
        }
    }
    try {
        const st = (0,external_node_fs_.lstatSync)(abs);
        return { abs, size: st.size, mtimeMs: st.mtimeMs };
    }
    catch {
        return { problem: "file vanished or unreadable during the scan" };
    }
}
class GitEntry {
    name;
    folder;
    file;
    constructor(name, folder, file) {
        this.name = name;
        this.folder = folder;
        this.file = file;
    }
    isDirectory() {
        return this.folder;
    }
    isFile() {
        return !this.folder && this.file?.mode !== "120000";
    }
    isSymbolicLink() {
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
function discoverGitTree(files, absRoot, options = {}) {
    const folders = new Map([["", []]]);
    const byPath = new Map();
    for (const f of files) {
        byPath.set(f.path, f);
        let end = f.path.length;
        let child = new GitEntry(f.path.slice(f.path.lastIndexOf("/") + 1), false, f);
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
    const prefix = absRoot.endsWith(external_node_path_.sep) ? absRoot : absRoot + external_node_path_.sep;
    const source = {
        // Every file of a commit is tracked, so the .gitignore leaves none of them out.
        gitignore: () => undefined,
        tracked: () => ({ files: byPath, folders }),
        list: (folder) => folders.get(folder.path),
        folderAbs: (_folder, name) => name,
        file: (_folder, _name, path, link) => {
            if (link)
                throw LINK_KEPT;
            const f = byPath.get(path);
            return { abs: prefix + (external_node_path_.sep === "/" ? path : path.split("/").join(external_node_path_.sep)), size: f.size };
        },
    };
    try {
        return walk(source, absRoot, options);
    }
    catch (e) {
        if (e === LINK_KEPT)
            return undefined;
        throw e;
    }
}
/** Thrown out of the walk of a git tree when the rules keep a symbolic link (see discoverGitTree). */
const LINK_KEPT = new Error("a symbolic link the audit would follow");
/** The walk and its rules, over either source. */
function walk(source, rootAbs, options) {
    const problems = [];
    const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const maxNotebook = options.maxNotebookBytes ?? DEFAULT_MAX_NOTEBOOK_BYTES;
    const ignored = options.gitignore !== false ? gitignoreTest(source.gitignore()) : undefined;
    let tracked;
    const isTracked = (path, folder) => {
        tracked ??= source.tracked();
        return folder ? tracked.folders.has(path) : tracked.files.has(path);
    };
    // Globs are tested on each folder once (a glob naming a folder covers what is below it: compileGlobs) and
    // then on each file by itself.
    const include = options.include?.length ? (0,glob/* compileOwnGlobs */.vt)(options.include) : undefined;
    const exclude = options.exclude?.length ? (0,glob/* compileOwnGlobs */.vt)(options.exclude) : undefined;
    const files = [];
    const folders = [{ path: "", abs: rootAbs, included: false }];
    // One listing per folder; every rule that excludes a whole folder (pruned names, virtualenvs, .gitignore,
    // exclude globs) is applied to the folder, which is then not listed, rather than to each file below it;
    // a file is stat'ed only once every rule has kept it. The order of the walk (and so of `problems`) is that
    // of a stack of folders, each listed in the source's order.
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
        const list = source.list(folder);
        if (list === undefined)
            continue;
        const dir = folder.path;
        // A folder that holds a pyvenv.cfg is a virtualenv whatever its name: nothing in it is read.
        if (dir !== "" && list.some((d) => d.name === "pyvenv.cfg" && !d.isDirectory()))
            continue;
        const prefix = dir === "" ? "" : dir + "/";
        for (const dirent of list) {
            const name = dirent.name;
            const path = prefix + name;
            if (dirent.isDirectory()) {
                if (PRUNED.has(name))
                    continue;
                // A folder the .gitignore excludes cannot have a file re-included below it (git's rule, and the
                // ignore library's), so it is entered only for the files git tracks in it.
                const onlyTracked = folder.onlyTracked === true || ignored?.(path, name, true) === true;
                if (onlyTracked && !isTracked(path, true))
                    continue;
                if (exclude?.(path))
                    continue;
                const abs = source.folderAbs(folder, name);
                const included = folder.included || (include !== undefined && include(path));
                folders.push(onlyTracked ? { path, abs, included, onlyTracked: true } : { path, abs, included });
                continue;
            }
            const isLink = dirent.isSymbolicLink();
            if (!isLink && !dirent.isFile())
                continue;
            const kind = classifyName(name, path);
            if (!kind)
                continue;
            if ((folder.onlyTracked === true || ignored?.(path, name, false) === true) && !isTracked(path, false))
                continue;
            if (include && !folder.included && !include(path))
                continue;
            if (exclude?.(path))
                continue;
            const info = source.file(folder, name, path, isLink);
            if (info === null)
                continue;
            if ("problem" in info) {
                // An artifact is evidence by its path alone and is never opened, so a link that cannot be followed
                // (weights linked from a local cache, as speechbrain's test templates do) loses nothing: it is kept,
                // without a size, and not reported.
                if (kind === "artifact")
                    files.push({ path, abs: source.folderAbs(folder, name), size: 0, kind });
                else
                    problems.push({ kind: "skipped", path, message: info.problem });
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
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}

// EXTERNAL MODULE: ./src/scanning/decode.ts
var scanning_decode = __webpack_require__(3905);
// EXTERNAL MODULE: ./src/scanning/repo-reader.ts
var repo_reader = __webpack_require__(3375);
;// CONCATENATED MODULE: ./src/core/git-tree.ts
/**
 * A commit's tree read from git without writing it out: its listing (`git ls-tree`), the content of some of
 * its files (`git cat-file --batch`), and a reader of its files for manifest includes. The audit of `--base`
 * (and of the PR base in the action) walks the listing (discoverGitTree), takes the head's or the cache's facts
 * for every file whose blob id they were read from, and writes only the other files to disk to scan them.
 *
 * Measured on the 50 MB bench tree as a repository (2,933 files) with a change to 10 files: `git archive |
 * tar -x` of the whole base took ~0.7-2.5 s on this VM (creating the files is the cost, not git), the listing
 * ~15 ms. Tried and dropped before that: hard-linking the unchanged files from the working tree (a link
 * changes the linked file's ctime, after which git re-hashes the whole working tree on its next status) and
 * copying them (slower than `git archive`).
 */





const GIT_OUTPUT = 2 * 1024 * 1024 * 1024;
/**
 * The files (blobs, symbolic links included; submodules left out) of `sha`'s tree under the current folder of
 * `root`, paths relative to it; undefined on any error.
 */
function listTree(root, sha) {
    try {
        const out = (0,on_demand/* childProcess */.Qk)().execFileSync("git", ["ls-tree", "-r", "-l", "-z", sha, "--", "."], { cwd: root, maxBuffer: GIT_OUTPUT, stdio: ["ignore", "pipe", "pipe"] }).toString("utf8");
        const files = [];
        for (const rec of out.split("\0")) {
            if (!rec)
                continue;
            // "<mode> <type> <object> <size, padded>\t<path>"
            const tab = rec.indexOf("\t");
            const meta = rec.slice(0, tab).split(" ").filter(Boolean);
            if (tab < 0 || meta.length !== 4)
                return undefined;
            if (meta[1] !== "blob")
                continue;
            const path = rec.slice(tab + 1);
            // A crafted commit can name a file `../x.py` (git refuses to check it out, but lists it): such a path
            // would lead out of the folder the files are written to, so it is left out, as a checkout leaves it out.
            if (!isPlainPath(path))
                continue;
            files.push({ path, mode: meta[0], blob: meta[2], size: Number(meta[3]) });
        }
        return files;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a listed path is relative and plain: no empty, `.` or `..` segment; on Windows also no `\` or `:`
 * in a name (a separator there, or a drive or stream), which git's checkout refuses there too.
 */
function isPlainPath(path, windows = external_node_path_.sep === "\\") {
    if (path === "" || path.includes("\0"))
        return false;
    for (const seg of path.split("/")) {
        if (seg === "" || seg === "." || seg === "..")
            return false;
        if (windows && (seg.includes("\\") || seg.includes(":")))
            return false;
    }
    return true;
}
/** Path -> blob id of the regular files of a listing (a symbolic link's blob is its text, not a content). */
function regularBlobs(files) {
    return new Map(files.filter((f) => f.mode !== "120000").map((f) => [f.path, f.blob]));
}
/** The content of each blob (ids absent from the answer could not be read), from one `git cat-file --batch`. */
function readBlobs(root, ids) {
    const out = new Map();
    if (ids.length === 0)
        return out;
    const buf = (0,on_demand/* childProcess */.Qk)().execFileSync("git", ["cat-file", "--batch"], { cwd: root, input: ids.join("\n") + "\n", maxBuffer: GIT_OUTPUT, stdio: ["pipe", "pipe", "pipe"] });
    // Each answer: "<id> blob <size>\n<content>\n", or "<id> missing\n".
    let at = 0;
    while (at < buf.length) {
        const nl = buf.indexOf(10, at);
        if (nl < 0)
            break;
        const head = buf.toString("latin1", at, nl).split(" ");
        at = nl + 1;
        if (head.length !== 3)
            continue;
        const size = Number(head[2]);
        if (head[1] === "blob")
            out.set(head[0], buf.subarray(at, at + size));
        at += size + 1;
    }
    return out;
}
/** Most bytes of requirements files gitTreeReader reads ahead in one go. */
const PREFETCH_BYTES = 16 * 1024 * 1024;
/** Symbolic links followed in one path before giving up (a loop), as the kernel's limit. */
const MAX_LINK_HOPS = 40;
/**
 * Reads the files of a commit's tree for manifest includes, with the answers makeRepoReader gives for the
 * same tree written out: `files` is the tree's listing (paths relative to the audited folder). Symbolic links
 * on the way are followed inside the folder (their target is the link's blob), never out of it.
 */
function gitTreeReader(root, files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const blobText = new Map();
    const decode = (bytes) => {
        // includes are requirements files, read as makeRepoReader reads them
        const decoded = bytes ? (0,scanning_decode/* decodeSource */.E)(bytes, { utf16Bom: true }) : undefined;
        return decoded?.ok ? decoded.text : undefined;
    };
    let prefetched = false;
    const text = (blob) => {
        if (!prefetched) {
            // Includes are nearly always requirements files: on the first read, all of those (and the link texts,
            // for paths through links) come in one `git cat-file` instead of one process per include.
            prefetched = true;
            const wanted = files.filter((f) => f.mode === "120000" || (f.size <= repo_reader/* MAX_INCLUDE_BYTES */.C3 && classify(f.path) === "requirements"));
            let budget = PREFETCH_BYTES;
            const ids = [...new Set(wanted.filter((f) => (budget -= f.size) >= 0).map((f) => f.blob))];
            try {
                for (const [id, bytes] of readBlobs(root, ids))
                    blobText.set(id, decode(bytes));
            }
            catch {
                // read one by one below
            }
        }
        if (!blobText.has(blob)) {
            let t;
            try {
                t = decode(readBlobs(root, [blob]).get(blob));
            }
            catch {
                t = undefined;
            }
            blobText.set(blob, t);
        }
        return blobText.get(blob);
    };
    /** The regular file a path leads to, links followed; undefined when none (or out of the folder). */
    const resolve = (rel) => {
        let path = external_node_path_.posix.normalize(rel);
        for (let hops = 0;;) {
            if (path === ".." || path.startsWith("../") || path.startsWith("/"))
                return undefined;
            const parts = path.split("/");
            let relinked = false;
            for (let i = 1; i <= parts.length; i++) {
                const f = byPath.get(parts.slice(0, i).join("/"));
                if (!f)
                    continue;
                if (f.mode !== "120000")
                    return i === parts.length ? f : undefined; // a file inside a "folder" that is a file
                if (++hops > MAX_LINK_HOPS)
                    return undefined;
                const target = text(f.blob);
                if (target === undefined || target.startsWith("/"))
                    return undefined;
                path = external_node_path_.posix.normalize(external_node_path_.posix.join(parts.slice(0, i - 1).join("/"), target, ...parts.slice(i)));
                relinked = true;
                break;
            }
            if (!relinked)
                return undefined;
        }
    };
    return (rel) => {
        if (rel.includes("\0"))
            return undefined;
        const f = resolve(rel);
        if (!f || f.size > repo_reader/* MAX_INCLUDE_BYTES */.C3)
            return undefined;
        return text(f.blob);
    };
}

// EXTERNAL MODULE: ./src/core/trace.ts
var trace = __webpack_require__(4186);
// EXTERNAL MODULE: ./src/scanning/cache.ts
var scanning_cache = __webpack_require__(9253);
;// CONCATENATED MODULE: ./src/scanning/parallel.ts
/**
 * Spreads the per-file scan over threads. The scan is CPU-bound (tokenizing), so on a 2-core runner two
 * threads nearly halve it. Small trees stay in-process: starting a worker costs more than it saves.
 *
 * With `jobs` = N the main thread is one of the N scanning threads and N-1 workers are started: the main
 * thread would otherwise sit idle while it waits. Work is handed out in batches of about equal bytes, largest
 * files first, from one queue: a thread that finishes early takes the next batch, so no thread idles at the
 * end because a static split gave it the heavier half. Each worker holds a few batches (one being scanned, the next
 * ones waiting) and the main thread answers its messages every few milliseconds, so a worker never waits. Facts come
 * back per batch. Workers read only Python sources and notebooks (the worker bundle holds no manifest
 * parser, so it starts quickly); manifests are read on the main thread while the workers start.
 */





/** Below this many bytes of files to read, threads are not worth their start-up. */
const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
/**
 * With the default number of threads on a 2-core machine, the bytes from which a worker is started. Each
 * thread compiles the scanner anew, and a single-threaded audit already keeps about 1.3 cores busy (V8
 * compiles and collects garbage on background threads), so a second scanning thread competes with them:
 * measured on the 2-core development VM (docs/performance.md), `--jobs 2` was ~15% slower than `--jobs 1` on
 * the 50 MB bench tree and ~15% faster on the 200 MB one. An explicit `--jobs` is always honoured (from
 * PARALLEL_MIN_BYTES), and with 3 cores or more the background work has cores of its own.
 */
const TWO_CORE_AUTO_MIN_BYTES = 128 * 1024 * 1024;
/** Whether workers should be started ahead of discovery when the number of threads was not chosen. */
function eagerWorkers() {
    return (0,external_node_os_.availableParallelism)() >= 3;
}
/** The parallel threshold for an audit whose thread count was (explicit) or was not chosen by the user. */
function parallelMinBytes(explicitJobs) {
    return explicitJobs || eagerWorkers() ? PARALLEL_MIN_BYTES : TWO_CORE_AUTO_MIN_BYTES;
}
/** Batch size bounds: small enough to balance the tail and keep the main thread responsive, large enough that messages stay cheap. */
const MIN_BATCH_BYTES = 64 * 1024;
const MAX_BATCH_BYTES = 512 * 1024;
/** Batches a worker holds at once (one being scanned, the next ones waiting). */
const WORKER_DEPTH = 3;
/** How often the main thread, while it scans its own share, lets worker messages in. */
const YIELD_EVERY_MS = 4;
function defaultJobs() {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8));
}
/** The bundled worker script beside the running bundle (dist/worker.js), if there is one. */
function workerScript() {
    // Built from parts so the bundler does not treat it as an asset to inline.
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidate = (0,external_node_path_.join)(here, ["worker", "js"].join("."));
    return (0,external_node_fs_.existsSync)(candidate) ? candidate : undefined;
}
/** Splits files into `n` groups of about equal bytes (largest first onto the lightest group). */
function partition(files, n) {
    const groups = Array.from({ length: n }, () => ({ bytes: 0, files: [] }));
    const order = [...files].sort((a, b) => b.size - a.size);
    for (const f of order) {
        let min = groups[0];
        for (const g of groups)
            if (g.bytes < min.bytes)
                min = g;
        min.files.push(f);
        min.bytes += f.size;
    }
    return groups.map((g) => g.files).filter((g) => g.length > 0);
}
/**
 * Indexes of `files` in batches of at most `maxBytes` (a larger file is a batch of its own), largest files
 * first, so the batches that remain at the end are the small ones and threads finish together.
 */
function batches(files, indexes, maxBytes) {
    const order = [...indexes].sort((a, b) => files[b].size - files[a].size || a - b);
    const out = [];
    let cur = [];
    let bytes = 0;
    for (const i of order) {
        const size = files[i].size;
        if (cur.length > 0 && bytes + size > maxBytes) {
            out.push(cur);
            cur = [];
            bytes = 0;
        }
        cur.push(i);
        bytes += size;
    }
    if (cur.length > 0)
        out.push(cur);
    return out;
}
let scanFileModule;
/**
 * The whole-file scanner with the manifest readers, loaded on first use: an audit served entirely from the
 * facts cache never pays for loading the manifest parsers.
 */
function loadScanFile() {
    scanFileModule ??= Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(573), __webpack_require__.e(148)]).then(__webpack_require__.bind(__webpack_require__, 5148));
    return scanFileModule;
}
/** Lets the event loop deliver worker messages between two batches of the main thread's own scanning. */
function yieldToEvents() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** One scan worker: feeds itself from the current job's queue, WORKER_DEPTH batches at a time. */
class ScanWorker {
    worker;
    inFlight = new Map();
    seq = 0;
    job;
    dead = false;
    constructor(script) {
        this.worker = new ((0,on_demand/* workerThreads */.kp)().Worker)(script);
        this.worker.on("message", (reply) => {
            const batch = this.inFlight.get(reply.id);
            const job = this.job;
            if (!batch || !job)
                return;
            this.inFlight.delete(reply.id);
            batch.forEach((fileIndex, k) => (job.results[fileIndex] = reply.facts[k]));
            this.feed();
            job.changed();
        });
        this.worker.on("error", () => this.fail());
        this.worker.on("exit", () => this.fail());
    }
    get busy() {
        return this.inFlight.size;
    }
    attach(job) {
        this.job = job;
        this.feed();
    }
    feed() {
        const job = this.job;
        while (job && !this.dead && this.inFlight.size < WORKER_DEPTH) {
            const batch = job.take();
            if (!batch)
                break;
            const id = this.seq++;
            this.inFlight.set(id, batch);
            const msg = { id, hash: job.hash, files: batch.map((i) => job.files[i]) };
            this.worker.postMessage(msg);
        }
    }
    fail() {
        if (this.dead)
            return;
        this.dead = true;
        const job = this.job;
        for (const batch of this.inFlight.values())
            job?.giveBack(batch);
        this.inFlight.clear();
        void this.worker.terminate();
        job?.changed();
    }
    close() {
        if (this.dead)
            return;
        this.dead = true;
        // Pending batches are given back first (close() is only called after a job completed, so none are).
        for (const batch of this.inFlight.values())
            this.job?.giveBack(batch);
        this.inFlight.clear();
        this.worker.unref();
        void this.worker.terminate();
    }
}
/**
 * Scan workers started ahead of the scan (the engine starts them before discovery, so their start-up overlaps
 * the walk of the tree). Unused workers cost only their start-up; close() ends them.
 */
class ScanPool {
    workers = [];
    constructor() { }
    /**
     * Starts `jobs - 1` workers (the main thread is the N-th scanning thread). None when there is no worker
     * bundle. `script` overrides the bundle beside this module (tests bundle src/scanning/worker.ts themselves).
     */
    static start(jobs, script = jobs > 1 ? workerScript() : undefined) {
        const pool = new ScanPool();
        if (!script || jobs <= 1)
            return pool;
        for (let w = 1; w < jobs; w++) {
            try {
                pool.workers.push(new ScanWorker(script));
            }
            catch {
                break; // the threads that did start (or the main thread alone) scan everything
            }
        }
        return pool;
    }
    get size() {
        return this.workers.filter((w) => !w.dead).length;
    }
    /**
     * Scans `files` on the main thread and the pool's workers and returns their facts in the input order.
     * The main thread reads the manifests, then takes code batches from the same queue as the workers.
     */
    async scan(realRoot, files, hash, repoReader) {
        const { makeRepoReader, scanFile, scanCodeFile, isCodeKind, primeCodeScanners, PRIME_MIN_BYTES } = await loadScanFile();
        const reader = repoReader ?? makeRepoReader(realRoot);
        const results = new Array(files.length);
        const code = [];
        const other = [];
        files.forEach((f, i) => (isCodeKind(f.kind) ? code : other).push(i));
        const codeBytes = code.reduce((n, i) => n + files[i].size, 0);
        const threads = this.size + 1;
        const batchBytes = Math.max(MIN_BATCH_BYTES, Math.min(MAX_BATCH_BYTES, Math.ceil(codeBytes / (threads * 48))));
        const queue = batches(files, code, batchBytes);
        let next = 0;
        /** Batches a failed worker did not finish: scanned again before new ones. */
        const retry = [];
        let wake;
        const job = {
            files,
            results,
            hash,
            take: () => retry.pop() ?? (next < queue.length ? queue[next++] : undefined),
            giveBack: (batch) => retry.push(batch),
            changed: () => {
                const w = wake;
                wake = undefined;
                w?.();
            },
        };
        for (const w of this.workers)
            if (!w.dead)
                w.attach(job);
        // The main thread: manifests first (only it has their parsers) while the workers take code; then code
        // batches. It looks at its messages every few milliseconds, so a worker that finished a batch gets the
        // next one at once instead of idling until the main thread's own batch is done.
        let lastYield = performance.now();
        const breathe = async () => {
            const now = performance.now();
            if (now - lastYield < YIELD_EVERY_MS)
                return;
            await yieldToEvents();
            lastYield = performance.now();
        };
        // Primed before the manifests: setup.py is read with the Python lexer, whose code V8 would otherwise
        // optimize with what setup.py files alone had shown it, and compile again at the first notebook.
        if (codeBytes >= PRIME_MIN_BYTES)
            primeCodeScanners();
        for (const i of other) {
            results[i] = scanFile(files[i], reader, { hash });
            await breathe();
        }
        for (;;) {
            const batch = job.take();
            if (batch) {
                for (const i of batch) {
                    results[i] = scanCodeFile(files[i], { hash });
                    await breathe();
                }
                continue;
            }
            if (!this.workers.some((w) => !w.dead && w.busy > 0))
                break;
            await new Promise((resolve) => (wake = resolve));
        }
        // Anything still missing would be a bug of this function, not of the file: scan it here rather than lose it.
        return results.map((r, i) => r ?? scanFile(files[i], reader, { hash }));
    }
    /** Ends the workers (they finish nothing: call it after scan() resolved). */
    close() {
        for (const w of this.workers)
            w.close();
    }
}
/**
 * Scans `files` (all readable kinds; artifacts excluded by the caller) with up to `jobs` threads and
 * returns their facts in the input order. A `pool` started earlier is used (and left open) when given. Below
 * `minBytes` (see parallelMinBytes) everything is scanned on the calling thread. `repoReader` reads files for
 * manifest includes (default: from `realRoot`).
 */
async function scanInParallel(realRoot, files, jobs, hash = false, pool, minBytes = PARALLEL_MIN_BYTES, repoReader) {
    const total = files.reduce((n, f) => n + f.size, 0);
    const worth = jobs > 1 && total >= minBytes && files.length >= 2;
    if (files.length === 0)
        return [];
    if (!worth || (pool && pool.size === 0)) {
        const { makeRepoReader, scanFile, isCodeKind, primeCodeScanners, PRIME_MIN_BYTES } = await loadScanFile();
        const reader = repoReader ?? makeRepoReader(realRoot);
        if (files.reduce((n, f) => (isCodeKind(f.kind) ? n + f.size : n), 0) >= PRIME_MIN_BYTES)
            primeCodeScanners();
        return files.map((f) => scanFile(f, reader, { hash }));
    }
    if (pool)
        return pool.scan(realRoot, files, hash, repoReader);
    const own = ScanPool.start(jobs);
    try {
        return await own.scan(realRoot, files, hash, repoReader);
    }
    finally {
        own.close();
    }
}

;// CONCATENATED MODULE: ./src/scanning/collect.ts
/**
 * The repository-level scan: every discovered file through scanFile (in parallel when it pays), then the
 * facts that need the whole tree (first-party modules, artifacts, one record per declaration).
 */






/** Scans every discovered file (on up to `jobs` threads) and gathers the repository-level facts. */
async function scanFiles(root, discovered, options = {}) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const files = [];
    const artifacts = [];
    const local = new Set();
    let bytes = 0;
    const seenDeclared = new Set();
    const readable = [];
    for (const file of discovered) {
        if (file.kind === "artifact")
            artifacts.push(file.path);
        else
            readable.push(file);
        if (file.kind === "python" || file.kind === "notebook" || file.kind === "setup-py")
            addLocalModules(file.path, local);
    }
    if (options.cacheDir)
        forgetOnCodeChange(options.cacheDir);
    // Without a cache folder, facts offered by another tree still go through the cache's checks, in memory.
    const cache = options.cacheDir || options.known ? scanning_cache/* FactsCache */.yB.open(options.cacheDir, realRoot, options.knownBlobs, options.known, options.reader) : undefined;
    let scanned;
    if (cache) {
        const cached = new Map();
        const misses = [];
        for (const f of readable) {
            const hit = cache.lookup(f);
            if (hit)
                cached.set(f.path, hit);
            else
                misses.push(f);
        }
        options.beforeScan?.(misses);
        // Blob ids are only worth computing for a cache that is written.
        const fresh = await scanInParallel(realRoot, misses, options.jobs ?? defaultJobs(), options.cacheDir !== undefined, options.pool, parallelMinBytes(options.jobs !== undefined), options.reader);
        misses.forEach((f, i) => {
            const facts = fresh[i];
            if (facts.blob)
                cache.store(f, facts.blob, facts);
            delete facts.blob;
            cached.set(f.path, facts);
        });
        cache.save();
        scanned = readable.map((f) => cached.get(f.path));
    }
    else {
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
            if (seenDeclared.has(key))
                return false;
            seenDeclared.add(key);
            return true;
        });
        bytes += facts.bytes;
        for (const name of facts.provides ?? [])
            addProvidedModule(name, local);
        files.push(facts);
    }
    return { files, artifacts, localModules: [...local].sort(), problems: [], bytes, ...(cache ? { cacheHits: cache.hits, cacheMisses: cache.misses, blobs: cache.blobs() } : {}) };
}
/**
 * The import name of a distribution the repository builds itself (`[project] name = "executorch"`): the
 * project importing its own package is first-party even when no folder carries that name (pytorch/executorch
 * maps `executorch` to `src/executorch` through setuptools' package-dir, a folder of symbolic links).
 */
function addProvidedModule(distribution, out) {
    const mod = distribution.trim().replace(/[-.]+/g, "_");
    for (const name of [mod, mod.toLowerCase()])
        if (/^[A-Za-z_]\w*$/.test(name))
            out.add(name);
}
/**
 * First-party module names: every top-level package or module of the repository, also under a `src/`
 * layout, so `from models.common import X` in yolov5 is not taken for a missing PyPI package.
 */
function addLocalModules(path, out) {
    const parts = path.split("/");
    const add = (name) => {
        if (!name)
            return;
        const mod = name.replace(/\.(py|pyw|ipynb)$/, "");
        if (/^[A-Za-z_][\w]*$/.test(mod))
            out.add(mod);
    };
    add(parts[0]);
    if (parts[0] === "src" || parts[0] === "lib")
        add(parts[1]);
    // A package nested one level down (`project/pkg/__init__.py`) is importable as `pkg` when run from there.
    if (parts.length >= 3 && parts[parts.length - 1] === "__init__.py")
        add(parts[parts.length - 2]);
}
/**
 * The code files a digest covers, given the file of the running module: in dist/ the chunks of the bundle it
 * belongs to (`cli.js` and `<id>.cli.js`, or `index.js` and `<id>.index.js`) and the scan worker; anywhere
 * else (sources run by tsx or vitest) every code file. The CLI then does not hash the action's chunks
 * (3.6 MB with @actions/cache), nor the action the CLI's; their caches were never shared anyway, since the
 * facts cache's own salt is the chunk that holds cache.ts, which differs between the two bundles.
 */
function digestedFiles(moduleFile, names) {
    const m = /^(?:\d+\.)?(cli|index)\.js$/.exec((0,external_node_path_.basename)(moduleFile));
    const code = names.filter((n) => /\.(m?js|ts)$/.test(n));
    const entry = m?.[1];
    const mine = entry === undefined ? code : code.filter((n) => n === "worker.js" || n === `${entry}.js` || n.endsWith(`.${entry}.js`));
    return mine.sort();
}
let digest;
/**
 * A digest of the code beside the running module (see digestedFiles): in dist/ the chunks of the running
 * bundle. The facts cache ties itself to the chunk that holds src/scanning/cache.ts, but the manifest readers
 * are a chunk of their own (loaded only when a manifest is scanned), so a change there alone would not have
 * been seen.
 */
function codeDigest() {
    if (digest === undefined) {
        const h = (0,on_demand/* crypto */.Et)().createHash("sha1");
        try {
            const file = (0,external_node_url_.fileURLToPath)(import.meta.url);
            const dir = (0,external_node_path_.dirname)(file);
            for (const name of digestedFiles(file, (0,external_node_fs_.readdirSync)(dir))) {
                h.update(name).update("\0").update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name)));
            }
        }
        catch {
            h.update("unreadable");
        }
        digest = h.digest("hex");
    }
    return digest;
}
const CODE_MARKER = "code-v1.txt";
const CODE_DEPENDENT = ["facts-v1.json", "analysis-v1.json"];
/** Drops the cached facts and analysis when they were written by other code than the running one. Never throws. */
function forgetOnCodeChange(cacheDir) {
    const marker = (0,external_node_path_.join)(cacheDir, CODE_MARKER);
    const now = codeDigest();
    try {
        if ((0,external_node_fs_.readFileSync)(marker, "utf8") === now)
            return;
    }
    catch {
        // no marker yet
    }
    try {
        for (const f of CODE_DEPENDENT)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(cacheDir, f), { force: true });
        (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(marker, now);
    }
    catch {
        // a cache folder that cannot be written is not used for writing either
    }
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/core/engine.ts
/**
 * The engine: one function from a folder (or a git commit) to a Report, shared by the CLI and the action.
 * It never imports @actions/* and never executes anything from the repository.
 */














/** Reads the repository into Facts: discovery, then every file through its scanner. */
async function scanRepository(root, config, options = {}) {
    const started = performance.now();
    const jobs = options.jobs ?? defaultJobs();
    // The scan workers start now, so that loading them overlaps the walk of the tree. Not with the facts cache
    // (or another tree's facts): there most files are usually unchanged, and scanFiles starts workers only if
    // the misses are worth it. Nor with the default thread count on 2 cores, where a worker pays off only on
    // large trees (parallelMinBytes): scanFiles starts it after discovery if the tree is one.
    const pool = options.cacheDir || options.known || !(options.jobs !== undefined || eagerWorkers()) ? undefined : ScanPool.start(jobs);
    let scanned;
    let discovered;
    try {
        (0,trace/* trace */.u)("discover:start");
        discovered = await discoverFiles(root, {
            include: config.include,
            exclude: config.exclude,
            maxFileBytes: config.maxFileSize,
            ...(options.commitTree ? { gitignore: false } : {}),
        });
        (0,trace/* trace */.u)("discover:end");
        const onKnownFacts = options.onKnownFacts;
        scanned = await scanFiles(root, discovered.files, {
            jobs: options.jobs,
            cacheDir: options.cacheDir,
            knownBlobs: options.knownBlobs,
            known: options.known,
            pool,
            ...(onKnownFacts ? { onScanned: (files, facts) => onKnownFacts((0,scanning_cache/* knownFactsOf */.EI)(root, files, facts)) } : {}),
        });
        (0,trace/* trace */.u)("scan:end");
    }
    finally {
        pool?.close();
    }
    return factsOf(options.displayRoot ?? ".", discovered, scanned, started);
}
/**
 * The blob ids of the bytes each file's facts were read from, for Facts made with a facts cache (scanFiles'
 * `blobs`); kept beside the Facts rather than in them, so the facts themselves stay the same with or without
 * a cache.
 */
const blobsOfFacts = new WeakMap();
/** The Facts of a scan: the discovered files' facts and the problems of both steps. */
function factsOf(root, discovered, scanned, started) {
    const facts = {
        root,
        files: scanned.files,
        artifacts: scanned.artifacts,
        localModules: scanned.localModules,
        problems: [...discovered.problems, ...scanned.problems],
        stats: {
            filesScanned: scanned.files.length,
            bytesScanned: scanned.bytes,
            durationMs: Math.round(performance.now() - started),
            ...(scanned.cacheHits !== undefined ? { cacheHits: scanned.cacheHits, cacheMisses: scanned.cacheMisses } : {}),
        },
    };
    if (scanned.blobs)
        blobsOfFacts.set(facts, scanned.blobs);
    return facts;
}
/**
 * The analysis (and with it the knowledge tables, the version arithmetic and the config schema) is loaded
 * when the scan is done, not before the walk of the tree starts; a reused analysis (cachedAnalysis) never
 * loads it.
 */
function loadAnalysis() {
    return Promise.all(/* import() */[__webpack_require__.e(573), __webpack_require__.e(693), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 541));
}
/**
 * What the analysis of the code that is running depends on besides its input: version + the bytes of this
 * module's file. The analysis is a chunk of its own in the bundle: a change there alone is caught by
 * forgetOnCodeChange (collect.ts), which drops the cached analysis when any chunk beside it changes.
 */
let codeSalt;
function analysisSalt() {
    if (codeSalt === undefined) {
        let code = "unknown";
        try {
            code = (0,on_demand/* crypto */.Et)().createHash("sha1").update((0,external_node_fs_.readFileSync)((0,external_node_url_.fileURLToPath)(import.meta.url))).digest("hex");
        }
        catch {
            // no readable module file: the version alone
        }
        codeSalt = `${version/* TOOL_VERSION */.w}:${code}`;
    }
    return codeSalt;
}
/** A digest of everything the analysis reads: the facts (without run statistics), the config and the code. */
function analysisKey(facts, config, usageFiles = false) {
    const h = (0,on_demand/* crypto */.Et)().createHash("sha1");
    h.update(analysisSalt());
    h.update(usageFiles ? "usage-files" : "-");
    h.update(JSON.stringify(config));
    h.update(JSON.stringify([facts.root, facts.artifacts, facts.localModules, facts.problems]));
    // A file's facts are a function of its path, its bytes (the blob id the facts cache records) and the files
    // it read (each with its digest), the scanning code being fixed (the caches are dropped when it changes):
    // those stand for the facts, at a fraction of the cost of writing out every file's facts as JSON (26 ms of
    // a cached audit's ~340 ms on the 50 MB bench tree). Facts with no known blob are written out.
    const blobs = blobsOfFacts.get(facts);
    for (const f of facts.files) {
        const blob = blobs?.get(f.path);
        h.update(blob === undefined ? JSON.stringify(f) : `${f.path}\u0000${f.kind}\u0000${blob}\u0000${f.reads ? JSON.stringify(f.reads) : ""}\n`);
    }
    return h.digest("hex");
}
const ANALYSIS_FILE = "analysis-v1.json";
/** The subfolder of a cache folder that holds the facts and analysis of `--base` audits. */
const BASE_CACHE_FOLDER = "base";
/**
 * The analysis, reused from `cacheDir` when the facts and config are exactly those of the previous audit
 * (the analysis is a pure function of them): with the facts cache, the second audit of an unchanged tree
 * otherwise spent a third of its time recomputing the same findings. Never throws on a bad cache file.
 */
async function cachedAnalysis(facts, config, cacheDir, opts) {
    const file = (0,external_node_path_.join)(cacheDir, ANALYSIS_FILE);
    const key = analysisKey(facts, config, opts.usageFiles === true);
    try {
        const saved = JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
        if (saved.key === key && saved.analysis && typeof saved.analysis === "object")
            return saved.analysis;
    }
    catch {
        // none yet, or unreadable: analyse
    }
    const analysis = (await loadAnalysis()).analyze(facts, config, opts);
    try {
        const text = JSON.stringify({ key, analysis });
        // Only what survives JSON unchanged is stored, so a reused analysis is the one that would be computed.
        if ((0,external_node_util_.isDeepStrictEqual)(JSON.parse(text).analysis, analysis)) {
            (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
            const tmp = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(tmp, text);
            (0,external_node_fs_.renameSync)(tmp, file);
        }
    }
    catch {
        // a cache that cannot be written only costs time next run
    }
    return analysis;
}
/**
 * Turns Facts into a Report (no delta). With `cacheDir`, an unchanged analysis is read back instead of
 * recomputed. `opts.usageFiles` keeps Report.usageFiles, for a delta.
 */
async function reportFromFacts(facts, config, cacheDir, opts = {}) {
    const analysis = cacheDir ? await cachedAnalysis(facts, config, cacheDir, opts) : (await loadAnalysis()).analyze(facts, config, opts);
    return {
        schemaVersion: 1,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        root: facts.root,
        stats: facts.stats,
        frameworks: analysis.frameworks,
        primaryFramework: analysis.primaryFramework,
        features: analysis.features,
        ...(analysis.fit ? { fit: analysis.fit } : {}),
        findings: analysis.findings,
        delta: null,
        ...(analysis.usageFiles ? { usageFiles: analysis.usageFiles } : {}),
    };
}
/** The whole audit of a folder, with the delta against `base.ref` when asked. */
async function audit(options) {
    const started = performance.now();
    // With a base to compare against, the head's facts are kept for it: a file the pull request did not touch
    // has the same content in both trees, and its facts are taken over instead of scanned again.
    let headKnown;
    const keep = options.base || options.onKnownFacts
        ? (known) => {
            headKnown = known;
            options.onKnownFacts?.(known);
        }
        : undefined;
    const facts = await scanRepository(options.root, options.config, {
        displayRoot: options.displayRoot ?? ".",
        jobs: options.jobs,
        cacheDir: options.cacheDir,
        known: options.known,
        ...(keep ? { onKnownFacts: keep } : {}),
    });
    const report = await reportFromFacts(facts, options.config, options.cacheDir, { usageFiles: !!options.base || options.forDelta === true });
    (0,trace/* trace */.u)("analysis:end");
    if (options.base) {
        // The base has a cache folder of its own: sharing the head's would make each audit drop the other's
        // entries. A pull request's base changes less often than its head, so its facts are usually all hits.
        const baseCache = options.cacheDir ? (0,external_node_path_.join)(options.cacheDir, BASE_CACHE_FOLDER) : undefined;
        const baseReport = await auditGitRef(options.root, options.base.ref, options.config, options.jobs, baseCache, headKnown);
        const { computeDelta } = await __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 8048));
        report.delta = computeDelta(baseReport, report, resolveRef(options.root, options.base.ref));
    }
    report.stats = { ...report.stats, durationMs: Math.round(performance.now() - started) };
    return report;
}
class GitRefError extends Error {
}
const FOR_DELTA = { usageFiles: true };
/** The full SHA of a ref in the repository at `root`. */
function resolveRef(root, ref) {
    try {
        return (0,on_demand/* childProcess */.Qk)().execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
            cwd: root,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
        }).trim();
    }
    catch {
        throw new GitRefError(`--base: '${ref}' is not a commit of the git repository at ${root}`);
    }
}
/**
 * Audits the tree of a git commit without touching the working tree. With facts to reuse (the head's, see
 * KnownFacts, or a cache folder), the commit's tree is walked from git's listing and only the files whose
 * facts are not known are written out (to a temporary folder) and scanned: a pull request's base costs what
 * the pull request changed. Otherwise, or when the audit would follow a symbolic link of the tree (where it
 * leads is the file system's answer), `git archive` of the commit's tree of the folder `root` is unpacked
 * into a temporary folder and audited there. The report is for a delta: it keeps Report.usageFiles.
 */
async function auditGitRef(root, ref, config, jobs, cacheDir, known) {
    const sha = resolveRef(root, ref);
    // Only facts to reuse (a cache, the head's) make the listing worth having: it tells each file's content.
    const listing = known || cacheDir ? listTree(root, sha) : undefined;
    if (listing) {
        const facts = await scanGitTree(root, listing, config, jobs, cacheDir, known);
        if (facts)
            return await reportFromFacts(facts, config, cacheDir, FOR_DELTA);
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "mfa-base-"));
    try {
        // Run in `root`, git archive writes the commit's tree of that folder, with paths relative to it.
        const archive = (0,on_demand/* childProcess */.Qk)().execFileSync("git", ["archive", "--format=tar", sha], {
            cwd: root,
            maxBuffer: 2 * 1024 * 1024 * 1024,
            stdio: ["ignore", "pipe", "pipe"],
        });
        (0,on_demand/* childProcess */.Qk)().execFileSync("tar", ["-x", "-f", "-", "-C", dir], { input: archive, stdio: ["pipe", "ignore", "pipe"] });
        // The extracted files' content, known from git's listing without reading them.
        const facts = await scanRepository(dir, config, { jobs, cacheDir, knownBlobs: listing && regularBlobs(listing), known, commitTree: true });
        return await reportFromFacts(facts, config, cacheDir, FOR_DELTA);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** Bytes of the base not covered by the head's facts from which the base's cache folder is worth reading. */
const BASE_CACHE_MIN_UNCOVERED_BYTES = 8 * 1024 * 1024;
/** Most bytes of file content asked of one `git cat-file --batch` when writing files out. */
const WRITE_BATCH_BYTES = 64 * 1024 * 1024;
/**
 * The facts of a commit's tree (its `listing` under the folder `root` of the repository) read from git:
 * discovery over the listing, facts reused by blob id, the rest written out and scanned. Undefined when the
 * tree cannot be read that way (a symbolic link the audit would follow: see discoverGitTree).
 */
async function scanGitTree(root, listing, config, jobs, cacheDir, known) {
    const started = performance.now();
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "mfa-base-"));
    try {
        const discovered = discoverGitTree(listing, dir, {
            include: config.include,
            exclude: config.exclude,
            maxFileBytes: config.maxFileSize,
        });
        if (!discovered)
            return undefined;
        const blobs = regularBlobs(listing);
        // When the head's facts cover all but a few megabytes of the base, the base's own cache folder is left
        // alone: reading and rewriting its facts file (17 MB for the 200 MB bench tree) costs more than scanning
        // what the pull request changed.
        let uncovered = 0;
        if (known)
            for (const f of discovered.files)
                if (known.get(f.path)?.blob !== blobs.get(f.path))
                    uncovered += f.size;
        const scanned = await scanFiles(dir, discovered.files, {
            jobs,
            cacheDir: known && uncovered <= BASE_CACHE_MIN_UNCOVERED_BYTES ? undefined : cacheDir,
            knownBlobs: blobs,
            known,
            reader: gitTreeReader(root, listing),
            beforeScan: (files) => writeOut(root, dir, files, blobs),
        });
        return factsOf(".", discovered, scanned, started);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * Writes each file's content (its blob in `blobs`, by path) to its `abs`, which must be inside `dir` (listTree
 * already leaves out paths that would leave it; this is the second lock).
 */
function writeOut(root, dir, files, blobs) {
    for (let i = 0; i < files.length;) {
        const batch = [];
        let bytes = 0;
        for (; i < files.length && (batch.length === 0 || bytes + files[i].size <= WRITE_BATCH_BYTES); i++) {
            batch.push(files[i]);
            bytes += files[i].size;
        }
        const content = readBlobs(root, [...new Set(batch.map((f) => blobs.get(f.path)))]);
        for (const f of batch) {
            const bytes = content.get(blobs.get(f.path));
            // A blob git cannot give is left unwritten: the scan reports the file as unreadable.
            if (!bytes)
                continue;
            if (f.abs === dir || !(0,paths/* isWithin */.U)(dir, f.abs))
                continue;
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(f.abs), { recursive: true });
            (0,external_node_fs_.writeFileSync)(f.abs, bytes);
        }
    }
}


/***/ }),

/***/ 7004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ crypto),
/* harmony export */   Qk: () => (/* binding */ childProcess),
/* harmony export */   kp: () => (/* binding */ workerThreads),
/* harmony export */   mD: () => (/* binding */ pipRequirements),
/* harmony export */   oQ: () => (/* binding */ yaml),
/* harmony export */   pA: () => (/* binding */ dockerfileAst)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
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

/** Node's require for plain ESM, made once. */
let nodeRequire;
function esmRequire(id) {
    nodeRequire ??= createRequire(import.meta.url);
    return nodeRequire(id);
}
/** A getter that loads a module with `load` the first time it is called. */
function onDemand(load) {
    let module;
    return () => (module ??= load());
}
const childProcess = onDemand(() => ( true ? __webpack_require__(1421) : 0));
const crypto = onDemand(() => ( true ? __webpack_require__(7598) : 0));
const workerThreads = onDemand(() => ( true ? __webpack_require__(5919) : 0));
const yaml = onDemand(() => ( true ? __webpack_require__(8815) : 0));
const dockerfileAst = onDemand(() => ( true ? __webpack_require__(8390) : 0));
const pipRequirements = onDemand(() => ( true ? __webpack_require__(6821) : 0));


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isWithin)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Whether `target` is `root` itself or lies below it (both absolute, resolved as far as the caller needs).
 * `path.relative` then starts with no `..` segment and is not absolute (another drive on Windows). A name
 * that merely begins with two dots (`..data.py`) is inside: only a whole `..` segment leads out.
 */

function isWithin(root, target) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, target);
    return rel === "" || (rel !== ".." && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ isAuxiliaryFolder),
/* harmony export */   KL: () => (/* binding */ MANIFEST_FOLDERS),
/* harmony export */   NO: () => (/* binding */ isRuntimeDeclaration),
/* harmony export */   OY: () => (/* binding */ isTemplatePath),
/* harmony export */   QC: () => (/* binding */ INCIDENTAL_SHARE),
/* harmony export */   Xl: () => (/* binding */ REQUIREMENTS_EXT),
/* harmony export */   dy: () => (/* binding */ isAuxiliaryCodePath),
/* harmony export */   gC: () => (/* binding */ isRequirementsPath),
/* harmony export */   k9: () => (/* binding */ ENVIRONMENT_FOLDERS),
/* harmony export */   wt: () => (/* binding */ isTestFileName)
/* harmony export */ });
/**
 * How repositories lay out their manifests, for deciding which code a manifest governs (MFA201 judges a
 * usage by the declarations of its own project, not by a sibling project's pins).
 */
/**
 * Folder names whose manifests set up an environment for the project around them rather than for the folder's
 * own code: folders of manifests (`requirements/base.txt`, `docker/Dockerfile`, `envs/environment.yml`,
 * `.devcontainer/Dockerfile`), folders that package the project (`pip_package/setup.py`), and the documentation and test folders, whose builds import the project's
 * code (facebookresearch/detectron2's `docs/requirements.txt` installs timm for Sphinx to import the
 * library). A manifest in such a folder governs the folder's parent (and everything under it). Compared
 * lower-case.
 */
const MANIFEST_FOLDERS = new Set([
    "requirements",
    "requirement",
    "reqs",
    "deps",
    "dependencies",
    "env",
    "envs",
    "environment",
    "environments",
    "conda",
    "docker",
    "dockerfiles",
    "container",
    "containers",
    ".devcontainer",
    "ci",
    ".ci",
    ".circleci",
    ".github",
    "deploy",
    "deployment",
    "deployments",
    "infra",
    "k8s",
    // packaging folders: the TensorFlow projects' `pip_package/setup.py` (tensorboard, tensorflow_hub, lingvo,
    // paxml), tensorflow/quantum's `release/setup.py`, NVIDIA/TensorRT's `python/packaging/requirements.txt`
    "pip_package",
    "release",
    "packaging",
    "docs",
    "doc",
    "documentation",
    "tests",
    "test",
]);
/** Documentation and test folders: their manifests install what builds the docs or runs the tests. */
const TOOLING_FOLDERS = new Set(["docs", "doc", "documentation", "tests", "test"]);
/**
 * The folders of MANIFEST_FOLDERS that hold nothing but environment set-up (not docs or tests, which may hold
 * projects of their own): a manifest anywhere below one (`requirements/pytorch/base.txt` in
 * Lightning-AI/pytorch-lightning, beside a helper script) still sets up the project around that folder.
 */
const ENVIRONMENT_FOLDERS = new Set([...MANIFEST_FOLDERS].filter((f) => !TOOLING_FOLDERS.has(f)));
/**
 * Below this share of the files that import an ML framework, a compared framework that no manifest declares
 * for the code to run is incidental (FrameworkReport.incidental). Measured on 22 real repositories: the
 * incidental imports were 0.3-5.6% of the ML files (one or two files each), the smallest real second stack
 * 8.3% (ultralytics/yolov5's TensorFlow export code, 3 of 36 files), which also declares it.
 */
const INCIDENTAL_SHARE = 0.1;
/** Dependency groups and extras that install tools around the code, not what it runs on (lower-case words). */
const NON_RUNTIME_GROUP = /(^|[-_.\s])(dev|develop|development|test|tests|testing|doc|docs|documentation|lint|linting|typing|mypy|style|ci|bench|benchmark|benchmarks)([-_.\s]|$)/i;
/** Requirements files of tooling: `requirements-dev.txt`, `requirements_test.txt`, `dev-requirements.txt`, `requirements/docs.txt`. */
const NON_RUNTIME_FILE = /(^|[-_.])(dev|test|tests|testing|doc|docs|lint|ci)([-_.]|$)/i;
const NON_RUNTIME_FOLDERS = new Set([...TOOLING_FOLDERS, ".github", ".circleci", "ci", ".ci"]);
/**
 * Folders whose files in pip's requirements format are manifests whatever their names, at any depth below
 * (`requirements/base.txt`, Lightning-AI/pytorch-lightning's `requirements/pytorch/test.txt`,
 * apple/coremltools' `reqs/pytorch.pip`).
 */
const REQUIREMENTS_FOLDERS = new Set(["requirements", "reqs"]);
/** The extensions of pip's requirements format (`.in`: pip-tools). */
const REQUIREMENTS_EXT = /\.(txt|in|pip)$/i;
/**
 * Whether a repo-relative `/`-separated path is a pip requirements file: a `.txt`, pip-tools `.in` or `.pip`
 * file named `*requirements*`, or any such file below a requirements folder.
 */
function isRequirementsPath(path) {
    const parts = path.split("/");
    const file = (parts.pop() ?? "").toLowerCase();
    if (!REQUIREMENTS_EXT.test(file))
        return false;
    return file.includes("requirements") || parts.some((p) => REQUIREMENTS_FOLDERS.has(p.toLowerCase()));
}
/** Whether a declaration says the code needs the package to run (not only to test, lint or build docs). */
function isRuntimeDeclaration(d) {
    if (d.group !== undefined && NON_RUNTIME_GROUP.test(d.group))
        return false;
    const parts = d.path.split("/");
    const file = parts.pop() ?? "";
    if (parts.some((p) => NON_RUNTIME_FOLDERS.has(p.toLowerCase())))
        return false;
    return !(isRequirementsPath(d.path) && NON_RUNTIME_FILE.test(file.replace(/requirements/gi, "")));
}
/**
 * Whether a path lies in a project template: a folder or file name with a Jinja placeholder, as cookiecutter
 * and copier name them (`{{ cookiecutter.repo_name }}/pyproject.toml`, the `{{cookiecutter.modelname}}` model
 * templates vendored with Hugging Face transformers). Such files hold template syntax until they are rendered.
 */
function isTemplatePath(path) {
    const open = path.indexOf("{{");
    return open >= 0 && path.indexOf("}}", open + 2) > 0;
}
/** Test files by name (pytest's defaults and its `conftest.py`). */
const TEST_FILE = /^(test_.*|.*_test|conftest)\.py$/;
/**
 * Folders of code around a project rather than of it: documentation, tests, examples, benchmarks, tutorials,
 * demos, notebook collections (openai/whisper's notebooks/ evaluate the package in whisper/), maintenance scripts
 * and tools, CI helpers, guides. Where such a folder holds all the code, its first import is still the one shown:
 * this only ranks the project's own code first.
 */
const AUXILIARY_CODE_FOLDERS = new Set([
    ...TOOLING_FOLDERS, "g3doc", "docsrc", "examples", "example", "benchmarks", "benchmark", "tutorials", "tutorial", "notebooks", "colab", "colabs", "demo", "demos", "scripts", "tools", "ci", "guides", "testdata",
]);
/** Docs folders with a suffix: SeldonIO/MLServer's `docs-gb`, `docs_src`. */
const DOCS_FOLDER = /^(docs?|documentation)[-_]/i;
/** Test folders by name: `tests`, `integration_tests` (keras-team/keras), `unit-tests`, `test_util`, `make_test_op`. */
const TEST_FOLDER = /^([a-z0-9]+[-_])?tests?([-_][a-z0-9]+)?$/i;
/**
 * Whether a path is code around the project rather than the project itself: below one of those folders
 * (`docs/conf.py` imports the library for Sphinx) or a hidden one, or a test file by name.
 */
function isAuxiliaryCodePath(path) {
    const slash = path.lastIndexOf("/");
    return isTestFileName(path.slice(slash + 1)) || (slash > 0 && isAuxiliaryFolder(path.slice(0, slash)));
}
/** isAuxiliaryCodePath's test of a file's name alone (pytest's test files and `conftest.py`). */
function isTestFileName(name) {
    return TEST_FILE.test(name);
}
/** isAuxiliaryCodePath's test of a folder (`/`-separated, without the file): whether any of its parts is one. */
function isAuxiliaryFolder(folder) {
    // A hidden folder holds tooling (open-mmlab/mmpretrain's .dev_scripts/, .github/, .circleci/).
    return folder.split("/").some((p) => p.startsWith(".") || AUXILIARY_CODE_FOLDERS.has(p.toLowerCase()) || DOCS_FOLDER.test(p) || TEST_FOLDER.test(p));
}


/***/ }),

/***/ 9253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ knownFactsOf),
/* harmony export */   yB: () => (/* binding */ FactsCache),
/* harmony export */   zA: () => (/* binding */ blobId)
/* harmony export */ });
/* unused harmony export gitBlobIds */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3323);
/* harmony import */ var _repo_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3375);
/* harmony import */ var _core_on_demand_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7004);
/**
 * The facts cache (`--cache DIR`): per-file facts kept by content, so a second audit of an unchanged tree,
 * or of a pull request that touches ten files out of twenty thousand, scans only what changed.
 *
 * A file's identity is its git blob id (SHA-1 of `blob <size>\0<bytes>`), the same hash git keeps in its
 * index. An entry is reused when:
 *  1. path, size and mtime are unchanged since it was stored (no read at all), or
 *  2. git's index vouches for the content: the work tree is a git checkout, the file is tracked and not
 *     modified (`git diff` does not list it), and its blob id equals the stored one (no read either; this is
 *     the CI case, where a fresh checkout gives every file a new mtime), or
 *  3. the file, read and hashed, has the stored blob id;
 * and, for facts that were also read from other files (a requirements file's `-r` includes), when each of
 * those still reads the same (src/scanning/repo-reader.ts): an edited include is a miss for the file that
 * includes it, even though that file's own bytes did not change. Everything else is scanned and stored.
 * The cache file is tied to the tool's version and the scanner's own code (a hash of the running bundle), so
 * an upgrade never reuses facts an older scanner produced. Facts of another tree (KnownFacts: the head's, for
 * the audit of a pull request's base) are offered by the same rules, in a cache that may live in memory only.
 */






/** git's blob id of some bytes. */
function blobId(bytes) {
    return (0,_core_on_demand_js__WEBPACK_IMPORTED_MODULE_4__/* .crypto */ .Et)().createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
let codeSalt;
/** Version + a hash of the code that produces facts (the running bundle or source file). */
function salt() {
    if (codeSalt === undefined) {
        let code = "";
        try {
            code = (0,_core_on_demand_js__WEBPACK_IMPORTED_MODULE_4__/* .crypto */ .Et)().createHash("sha1").update((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url))).digest("hex").slice(0, 16);
        }
        catch {
            code = "unknown";
        }
        codeSalt = `${_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_VERSION */ .w}:${code}`;
    }
    return codeSalt;
}
/**
 * The facts of a tree's files as KnownFacts, for files whose content git's index vouches for (tracked,
 * unmodified: gitBlobIds); `facts[i]` belongs to `files[i]`.
 */
function knownFactsOf(root, files, facts) {
    const blobs = gitBlobIds(root);
    const known = new Map();
    if (blobs.size === 0)
        return known;
    files.forEach((f, i) => {
        const blob = blobs.get(f.path);
        if (blob !== undefined && facts[i] !== undefined)
            known.set(f.path, { blob, facts: facts[i] });
    });
    return known;
}
/** Blob ids of the tracked, unmodified regular files under `root` (paths relative to root), or an empty map. */
function gitBlobIds(root) {
    const out = new Map();
    try {
        const opts = { cwd: root, encoding: "buffer", maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] };
        const staged = (0,_core_on_demand_js__WEBPACK_IMPORTED_MODULE_4__/* .childProcess */ .Qk)().execFileSync("git", ["ls-files", "-s", "-z", "--", "."], opts).toString("utf8");
        for (const rec of staged.split("\0")) {
            // "<mode> <sha> <stage>\t<path>"
            const tab = rec.indexOf("\t");
            if (tab < 0)
                continue;
            const meta = rec.slice(0, tab).split(" ");
            // A symbolic link's blob is the link's text, not the content the audit reads through it: left out, as
            // submodules (gitlinks) are.
            if (meta[2] !== "0" || !meta[1] || meta[0] === "120000" || meta[0] === "160000")
                continue;
            out.set(rec.slice(tab + 1), meta[1]);
        }
        if (out.size === 0)
            return out;
        const modified = (0,_core_on_demand_js__WEBPACK_IMPORTED_MODULE_4__/* .childProcess */ .Qk)().execFileSync("git", ["diff", "--name-only", "--relative", "-z", "--", "."], opts).toString("utf8");
        for (const p of modified.split("\0"))
            if (p)
                out.delete(p);
    }
    catch {
        out.clear();
    }
    return out;
}
class FactsCache {
    file;
    root;
    entries;
    fresh = {};
    gitBlobs;
    hits = 0;
    misses = 0;
    /** An entry's size/mtime changed though its content did not: worth writing back. */
    dirty = false;
    /** Reads the files other facts were read from (made on first need). */
    reader;
    /** Facts of another tree offered for this one (see open). */
    known;
    /** The blob id of the file being looked up, once found (see contentBlob). */
    blobOf;
    constructor(file, root, entries) {
        this.file = file;
        this.root = root;
        this.entries = entries;
    }
    /**
     * Opens the cache in `dir` for the tree at `root` (an unreadable or stale file is an empty cache); without
     * `dir`, a cache that lives only in memory for one scan (nothing is read or written), useful with `known`.
     * `knownBlobs` (path -> git blob id) vouches for files whose content is known without reading them, e.g. a
     * base tree written from git (src/core/git-tree.ts); by default git's index for `root` does.
     * `known` offers facts of another tree (the head's, for the audit of its base: see KnownFacts), reused for a
     * file of this tree at the same path with the same content. `reader` reads the tree's files for the check
     * of facts that read other files (default: from `root` on disk).
     */
    static open(dir, root, knownBlobs, known, reader) {
        const file = dir === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "facts-v1.json");
        let entries = {};
        if (file !== undefined) {
            try {
                const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8"));
                if (data.salt === salt() && data.entries && typeof data.entries === "object")
                    entries = data.entries;
            }
            catch {
                // no cache yet, or a broken one: start empty
            }
        }
        const cache = new FactsCache(file, root, entries);
        if (knownBlobs)
            cache.gitBlobs = new Map(knownBlobs);
        cache.known = known;
        cache.reader = reader;
        return cache;
    }
    /** Cached (or known) facts for a discovered file, when its content is known to be the one they were read from. */
    lookup(f) {
        this.blobOf = undefined;
        const k = this.known?.get(f.path);
        const facts = this.reuse(f, this.entries[f.path]) ?? (k ? this.reuse(f, { size: k.facts.bytes, mtimeMs: Number.NaN, blob: k.blob, facts: k.facts }) : undefined);
        if (facts === undefined) {
            this.misses++;
            return undefined;
        }
        this.hits++;
        return facts;
    }
    /** The entry's facts when they hold for the file as it is now (then kept for this run's cache file). */
    reuse(f, e) {
        if (!e || e.size !== f.size)
            return undefined;
        const blob = e.blob;
        if (f.mtimeMs === undefined || e.mtimeMs !== f.mtimeMs) {
            this.dirty = true;
            if (this.contentBlob(f) !== e.blob)
                return undefined;
        }
        if (e.facts.reads && !(0,_repo_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .readsUnchanged */ .vS)(e.facts.reads, (this.reader ??= (0,_repo_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .makeRepoReader */ .kf)(this.root)))) {
            this.dirty = true;
            return undefined;
        }
        this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts: e.facts };
        return e.facts;
    }
    /**
     * The file's blob id: from git when it vouches for the file, else read and hashed (undefined when the file
     * cannot be read). Kept for the file being looked up, so a second candidate entry does not read it again.
     */
    contentBlob(f) {
        if (this.blobOf?.path === f.path)
            return this.blobOf.blob;
        this.gitBlobs ??= gitBlobIds(this.root);
        let blob = this.gitBlobs.get(f.path);
        if (blob === undefined) {
            try {
                blob = blobId((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f.abs));
            }
            catch {
                blob = undefined;
            }
        }
        this.blobOf = { path: f.path, blob };
        return blob;
    }
    /** Records the facts of a file just scanned; `blob` is the id of the bytes that were scanned. */
    store(f, blob, facts) {
        this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts };
    }
    /** The blob id of each file of this run whose facts came from the cache or were stored (path -> id). */
    blobs() {
        const out = new Map();
        for (const [path, e] of Object.entries(this.fresh))
            if (typeof e.blob === "string")
                out.set(path, e.blob);
        return out;
    }
    /** Writes the entries of this run (files gone from the tree are dropped). Never throws. */
    save() {
        // Nothing new and nothing gone: the file on disk already says exactly this.
        if (this.file === undefined)
            return;
        if (!this.dirty && this.misses === 0 && Object.keys(this.entries).length === this.hits)
            return;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.file, ".."), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify({ salt: salt(), entries: this.fresh }));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, this.file);
        }
        catch {
            // a cache that cannot be written only costs speed next time
        }
    }
}


/***/ }),

/***/ 3905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ decodeSource),
/* harmony export */   P: () => (/* binding */ UTF16_KINDS)
/* harmony export */ });
/**
 * Bytes -> text for Python sources and manifests, as Python reads them: UTF-8 (a BOM is dropped), or the
 * encoding a PEP 263 coding line declares in the first two lines; for requirements and conda files also
 * UTF-16 with a byte order mark (DecodeOptions). Binary content (a NUL byte near the start)
 * is refused so that a blob named `.py` is reported as skipped instead of scanned.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true });
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m;
/** The kinds of file whose readers (pip, PyYAML) accept UTF-16 with a BOM. */
const UTF16_KINDS = new Set(["requirements", "conda"]);
function decodeSource(buf, opts = {}) {
    if (opts.utf16Bom === true && buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
        try {
            // TextDecoder drops the BOM itself
            return { ok: true, text: new TextDecoder(buf[0] === 0xff ? "utf-16le" : "utf-16be", { fatal: true }).decode(buf) };
        }
        catch {
            return { ok: false, reason: "invalid UTF-16 after a UTF-16 byte order mark: not read as text" };
        }
    }
    const probe = buf.subarray(0, Math.min(buf.length, 8192));
    if (probe.indexOf(0) !== -1)
        return { ok: false, reason: "binary content (NUL bytes): not read as text" };
    let start = 0;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        start = 3;
    const body = start ? buf.subarray(start) : buf;
    try {
        return { ok: true, text: utf8.decode(body) };
    }
    catch {
        // Not UTF-8: honour a PEP 263 declaration, else fall back to Latin-1 (every byte decodes).
        const head = Buffer.from(body.subarray(0, 400)).toString("latin1").split(/\r?\n/, 2).join("\n");
        const m = CODING_RE.exec(head);
        const label = m?.[1]?.toLowerCase();
        if (label) {
            try {
                return { ok: true, text: new TextDecoder(label).decode(body) };
            }
            catch {
                // unknown label: fall through
            }
        }
        return { ok: true, text: Buffer.from(body).toString("latin1") };
    }
}


/***/ }),

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ manifestKind)
/* harmony export */ });
/* harmony import */ var _knowledge_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3480);

/** The manifest kind of a repo-relative path, or undefined if it is not a manifest. */
function manifestKind(path) {
    const parts = path.replace(/\\/g, "/").split("/");
    const base = parts[parts.length - 1] ?? "";
    if (parts.includes("node_modules"))
        return undefined;
    const lower = base.toLowerCase();
    // pip's format under the names projects give it (src/knowledge/layout.ts).
    if (_knowledge_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUIREMENTS_EXT */ .Xl.test(lower))
        return (0,_knowledge_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .isRequirementsPath */ .gC)(parts.join("/")) ? "requirements" : undefined;
    switch (base) {
        case "pyproject.toml":
            return "pyproject";
        case "setup.py":
            return "setup-py";
        case "setup.cfg":
            return "setup-cfg";
        case "Pipfile":
            return "pipfile";
        case "Pipfile.lock":
            return "pipfile-lock";
        case "pixi.toml":
            return "pixi";
        case "cog.yaml":
            return "cog";
        case "package.json":
            return "package-json";
        case "poetry.lock":
            return "poetry-lock";
        case "uv.lock":
            return "uv-lock";
        case "Containerfile":
            return "dockerfile";
    }
    if (base === "Dockerfile" || base.startsWith("Dockerfile.") || (lower.endsWith(".dockerfile") && base.length > ".dockerfile".length))
        return "dockerfile";
    if (base.startsWith("Containerfile."))
        return "dockerfile";
    if (/^[^/]*environment[^/]*\.ya?ml$/i.test(base))
        return "conda";
    if (isCondaFileName(base) && !isWorkflowPath(parts))
        return "conda";
    return undefined;
}
/**
 * Conda environment files under the other names projects give them: `conda.yaml` (facebookresearch/dinov2,
 * MLflow projects and models), `conda-extras.yaml`, `conda_env.yml`. Not conda-build's `conda_build_config.yaml`
 * nor conda-lock's `conda-lock.yml`, which have other formats.
 */
function isCondaFileName(base) {
    return /^conda(?:[-_][^/]*)?\.ya?ml$/i.test(base) && !/^conda[-_](?:build[-_]config|lock)\b/i.test(base);
}
/** `.github/workflows/conda.yml` is a GitHub Actions workflow, whatever its name says. */
function isWorkflowPath(parts) {
    const i = parts.indexOf(".github");
    return i >= 0 && parts[i + 1] === "workflows";
}


/***/ }),

/***/ 3375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ MAX_INCLUDE_BYTES),
/* harmony export */   kf: () => (/* binding */ makeRepoReader),
/* harmony export */   vS: () => (/* binding */ readsUnchanged),
/* harmony export */   zI: () => (/* binding */ recordingReader)
/* harmony export */ });
/* unused harmony export readDigest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6107);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3905);
/* harmony import */ var _core_on_demand_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7004);
/**
 * Reading another file of the repository on behalf of a manifest (`-r other.txt` in a requirements file, a
 * conda `pip:` section, a Dockerfile's `pip install -r`), and the record of what was read. A file's facts then
 * depend on more than its own bytes: the facts cache (src/scanning/cache.ts) reuses them only while every file
 * they read still reads the same, which it checks with the same reader.
 */





/** Largest file an include (`-r other.txt`) may pull in. */
const MAX_INCLUDE_BYTES = 8 * 1024 * 1024;
/** Reads a repo-relative path for a manifest include, refusing anything outside the root. */
function makeRepoReader(realRoot) {
    return (rel) => {
        if (rel.includes("\0"))
            return undefined;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realRoot, rel);
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
            if (!(0,_core_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .U)(realRoot, real))
                return undefined;
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            if (!st.isFile() || st.size > MAX_INCLUDE_BYTES)
                return undefined;
            // an include is a requirements file (pip reads a UTF-16 one with a BOM too)
            const decoded = (0,_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeSource */ .E)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real), { utf16Bom: true });
            return decoded.ok ? decoded.text : undefined;
        }
        catch {
            return undefined;
        }
    };
}
/** A digest of what a reader returned (null: nothing could be read). */
function readDigest(text) {
    return text === undefined ? null : (0,_core_on_demand_js__WEBPACK_IMPORTED_MODULE_4__/* .crypto */ .Et)().createHash("sha1").update(text).digest("hex");
}
/** A reader that also records every path it was asked for, with a digest of the answer, in `reads`. */
function recordingReader(read, reads) {
    return (rel) => {
        const text = read(rel);
        reads.push({ path: rel, digest: readDigest(text) });
        return text;
    };
}
/** Whether every recorded read still gives the same answer. */
function readsUnchanged(reads, read) {
    for (const r of reads)
        if (readDigest(read(r.path)) !== r.digest)
            return false;
    return true;
}


/***/ })

};

export const id = 831;
export const ids = [831];
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

/***/ 8831:
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
// EXTERNAL MODULE: ./src/core/trace.ts
var trace = __webpack_require__(4186);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
;// CONCATENATED MODULE: ./src/scanning/manifests/kind.ts
/** The manifest kind of a repo-relative path, or undefined if it is not a manifest. */
function manifestKind(path) {
    const parts = path.replace(/\\/g, "/").split("/");
    const base = parts[parts.length - 1] ?? "";
    const parent = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    if (parts.includes("node_modules"))
        return undefined;
    const lower = base.toLowerCase();
    if (lower.endsWith(".txt")) {
        if (lower.includes("requirements"))
            return "requirements";
        if (parent !== undefined && parent.toLowerCase() === "requirements")
            return "requirements";
        return undefined;
    }
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
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanning/discovery.ts
/**
 * Discovery: which files of the repository the audit reads, and which it only notes by name.
 *
 * One walk of the tree (readdir), pruned at folders that never hold the project's own code
 * (VCS, virtualenvs, caches, build output: the same list ruff excludes by default), then filtered by the
 * root .gitignore and the config's include/exclude globs. Symbolic links are never followed out of the
 * root; a link to a folder is not entered (so link loops cannot trap the walk).
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
    const m = manifestKind(path);
    if (m)
        return m;
    if (ARTIFACT_EXT.test(base))
        return "artifact";
    return undefined;
}
function isInside(root, target) {
    const rel = (0,external_node_path_.relative)(root, target);
    return rel === "" || (!rel.startsWith("..") && !rel.startsWith(external_node_path_.sep) && !/^[A-Za-z]:/.test(rel));
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
function gitignoreTest(realRoot) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(realRoot, ".gitignore"), "utf8");
    }
    catch {
        return undefined; // no .gitignore: nothing to honour
    }
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
/** Walks `root` and returns the files worth reading, in a stable (sorted) order. */
async function discoverFiles(root, options = {}) {
    const problems = [];
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const maxNotebook = options.maxNotebookBytes ?? DEFAULT_MAX_NOTEBOOK_BYTES;
    const ignored = options.gitignore !== false ? gitignoreTest(realRoot) : undefined;
    // Globs are tested on each folder once (a glob naming a folder covers what is below it: compileGlobs) and
    // then on each file by itself.
    const include = options.include?.length ? (0,glob/* compileOwnGlobs */.vt)(options.include) : undefined;
    const exclude = options.exclude?.length ? (0,glob/* compileOwnGlobs */.vt)(options.exclude) : undefined;
    // Absolute paths are the root plus the relative path: path.join would re-normalise a path that readdir
    // names already give in normal form.
    const posix = external_node_path_.sep === "/";
    const rootPrefix = realRoot.endsWith(external_node_path_.sep) ? realRoot : realRoot + external_node_path_.sep;
    const files = [];
    const folders = [{ path: "", abs: realRoot, included: false }];
    // One readdir per folder; every rule that excludes a whole folder (pruned names, virtualenvs, .gitignore,
    // exclude globs) is applied to the folder, which is then not listed, rather than to each file below it;
    // a file is stat'ed only once every rule has kept it. The order of the walk (and so of `problems`) is that
    // of a stack of folders, each listed in readdir order.
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
        let list;
        try {
            list = (0,external_node_fs_.readdirSync)(folder.abs, { withFileTypes: true });
        }
        catch {
            continue; // unreadable folder: skipped
        }
        const dir = folder.path;
        // A folder that holds a pyvenv.cfg is a virtualenv whatever its name: nothing in it is read.
        if (dir !== "" && list.some((d) => d.name === "pyvenv.cfg" && !d.isDirectory()))
            continue;
        const prefix = dir === "" ? "" : dir + "/";
        const absPrefix = folder.abs === realRoot ? rootPrefix : folder.abs + external_node_path_.sep;
        for (const dirent of list) {
            const name = dirent.name;
            const path = prefix + name;
            if (dirent.isDirectory()) {
                if (PRUNED.has(name))
                    continue;
                // A folder the .gitignore excludes cannot have a file re-included below it (git's rule, and the
                // ignore library's), so it is not entered.
                if (ignored?.(path, name, true))
                    continue;
                if (exclude?.(path))
                    continue;
                folders.push({ path, abs: absPrefix + name, included: folder.included || (include !== undefined && include(path)) });
                continue;
            }
            const isLink = dirent.isSymbolicLink();
            if (!isLink && !dirent.isFile())
                continue;
            const kind = classifyName(name, path);
            if (!kind)
                continue;
            if (ignored?.(path, name, false))
                continue;
            if (include && !folder.included && !include(path))
                continue;
            if (exclude?.(path))
                continue;
            const abs = posix ? absPrefix + name : (0,external_node_path_.join)(realRoot, path);
            let size;
            let mtimeMs;
            if (isLink) {
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(abs);
                }
                catch {
                    problems.push({ kind: "skipped", path, message: "broken or looping symbolic link" });
                    continue;
                }
                if (!isInside(realRoot, target)) {
                    problems.push({ kind: "skipped", path, message: "symbolic link to outside the scanned root: not followed" });
                    continue;
                }
                try {
                    const st = (0,external_node_fs_.statSync)(target);
                    if (!st.isFile())
                        continue;
                    size = st.size;
                    mtimeMs = st.mtimeMs;
                }
                catch {
                    problems.push({ kind: "skipped", path, message: "unreadable symbolic link target" });
                    continue;
                }
            }
            else {
                try {
                    const st = (0,external_node_fs_.lstatSync)(abs);
                    size = st.size;
                    mtimeMs = st.mtimeMs;
                }
                catch {
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
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}

// EXTERNAL MODULE: ./src/scanning/cache.ts
var scanning_cache = __webpack_require__(9253);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/scanning/scan-code.ts + 1 modules
var scan_code = __webpack_require__(674);
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
    return explicitJobs || (0,external_node_os_.availableParallelism)() >= 3 ? PARALLEL_MIN_BYTES : TWO_CORE_AUTO_MIN_BYTES;
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
    scanFileModule ??= Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(402), __webpack_require__.e(57)]).then(__webpack_require__.bind(__webpack_require__, 3057));
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
        this.worker = new external_node_worker_threads_.Worker(script);
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
    async scan(realRoot, files, hash) {
        const { makeRepoReader, scanFile } = await loadScanFile();
        const reader = makeRepoReader(realRoot);
        const results = new Array(files.length);
        const code = [];
        const other = [];
        files.forEach((f, i) => ((0,scan_code/* isCodeKind */.CX)(f.kind) ? code : other).push(i));
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
        for (const i of other) {
            results[i] = scanFile(files[i], reader, { hash });
            await breathe();
        }
        for (;;) {
            const batch = job.take();
            if (batch) {
                for (const i of batch) {
                    results[i] = (0,scan_code/* scanCodeFile */.je)(files[i], { hash });
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
 * `minBytes` (see parallelMinBytes) everything is scanned on the calling thread.
 */
async function scanInParallel(realRoot, files, jobs, hash = false, pool, minBytes = PARALLEL_MIN_BYTES) {
    const total = files.reduce((n, f) => n + f.size, 0);
    const worth = jobs > 1 && total >= minBytes && files.length >= 2;
    if (files.length === 0)
        return [];
    if (!worth || (pool && pool.size === 0)) {
        const { makeRepoReader, scanFile } = await loadScanFile();
        const reader = makeRepoReader(realRoot);
        return files.map((f) => scanFile(f, reader, { hash }));
    }
    if (pool)
        return pool.scan(realRoot, files, hash);
    const own = ScanPool.start(jobs);
    try {
        return await own.scan(realRoot, files, hash);
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
    const cache = options.cacheDir ? scanning_cache/* FactsCache */.yB.open(options.cacheDir, realRoot) : undefined;
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
        const fresh = await scanInParallel(realRoot, misses, options.jobs ?? defaultJobs(), true, options.pool, parallelMinBytes(options.jobs !== undefined));
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
        scanned = await scanInParallel(realRoot, readable, options.jobs ?? defaultJobs(), false, options.pool, parallelMinBytes(options.jobs !== undefined));
    }
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
        files.push(facts);
    }
    return { files, artifacts, localModules: [...local].sort(), problems: [], bytes, ...(cache ? { cacheHits: cache.hits, cacheMisses: cache.misses } : {}) };
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
let digest;
/**
 * A digest of every code file beside the running module: in dist/ all the bundle's chunks. The facts cache
 * ties itself to the chunk that holds src/scanning/cache.ts, but the manifest readers are a chunk of their own
 * (loaded only when a manifest is scanned), so a change there alone would not have been seen.
 */
function codeDigest() {
    if (digest === undefined) {
        const h = (0,external_node_crypto_.createHash)("sha1");
        try {
            const dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
            for (const name of (0,external_node_fs_.readdirSync)(dir).filter((n) => /\.(m?js|ts)$/.test(n)).sort()) {
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
    // The scan workers start now, so that loading them overlaps the walk of the tree. Not with the facts cache:
    // there most files are usually unchanged, and scanFiles starts workers only if the misses are worth it. Nor
    // with the default thread count on 2 cores, where a worker pays off only on large trees (parallelMinBytes):
    // scanFiles starts it after discovery if the tree is one.
    const pool = options.cacheDir || !(options.jobs !== undefined || eagerWorkers()) ? undefined : ScanPool.start(jobs);
    let scanned;
    let discovered;
    try {
        (0,trace/* trace */.u)("discover:start");
        discovered = await discoverFiles(root, {
            include: config.include,
            exclude: config.exclude,
            maxFileBytes: config.maxFileSize,
        });
        (0,trace/* trace */.u)("discover:end");
        scanned = await scanFiles(root, discovered.files, { jobs: options.jobs, cacheDir: options.cacheDir, pool });
        (0,trace/* trace */.u)("scan:end");
    }
    finally {
        pool?.close();
    }
    return {
        root: options.displayRoot ?? ".",
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
}
/**
 * The analysis (and with it the knowledge tables, the version arithmetic and the config schema) is loaded
 * when the scan is done, not before the walk of the tree starts; a reused analysis (cachedAnalysis) never
 * loads it.
 */
function loadAnalysis() {
    return __webpack_require__.e(/* import() */ 604).then(__webpack_require__.bind(__webpack_require__, 1604));
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
            code = (0,external_node_crypto_.createHash)("sha1").update((0,external_node_fs_.readFileSync)((0,external_node_url_.fileURLToPath)(import.meta.url))).digest("hex");
        }
        catch {
            // no readable module file: the version alone
        }
        codeSalt = `${version/* TOOL_VERSION */.w}:${code}`;
    }
    return codeSalt;
}
/** A digest of everything the analysis reads: the facts (without run statistics), the config and the code. */
function analysisKey(facts, config) {
    const h = (0,external_node_crypto_.createHash)("sha1");
    h.update(analysisSalt());
    h.update(JSON.stringify(config));
    h.update(JSON.stringify([facts.root, facts.artifacts, facts.localModules, facts.problems]));
    for (const f of facts.files)
        h.update(JSON.stringify(f));
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
async function cachedAnalysis(facts, config, cacheDir) {
    const file = (0,external_node_path_.join)(cacheDir, ANALYSIS_FILE);
    const key = analysisKey(facts, config);
    try {
        const saved = JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
        if (saved.key === key && saved.analysis && typeof saved.analysis === "object")
            return saved.analysis;
    }
    catch {
        // none yet, or unreadable: analyse
    }
    const analysis = (await loadAnalysis()).analyze(facts, config);
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
/** Turns Facts into a Report (no delta). With `cacheDir`, an unchanged analysis is read back instead of recomputed. */
async function reportFromFacts(facts, config, cacheDir) {
    const analysis = cacheDir ? await cachedAnalysis(facts, config, cacheDir) : (await loadAnalysis()).analyze(facts, config);
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
    };
}
/** The whole audit of a folder, with the delta against `base.ref` when asked. */
async function audit(options) {
    const started = performance.now();
    const facts = await scanRepository(options.root, options.config, { displayRoot: options.displayRoot ?? ".", jobs: options.jobs, cacheDir: options.cacheDir });
    const report = await reportFromFacts(facts, options.config, options.cacheDir);
    (0,trace/* trace */.u)("analysis:end");
    if (options.base) {
        // The base has a cache folder of its own: sharing the head's would make each audit drop the other's
        // entries. A pull request's base changes less often than its head, so its facts are usually all hits.
        const baseCache = options.cacheDir ? (0,external_node_path_.join)(options.cacheDir, BASE_CACHE_FOLDER) : undefined;
        const baseReport = await auditGitRef(options.root, options.base.ref, options.config, options.jobs, baseCache);
        const { computeDelta } = await __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 8048));
        report.delta = computeDelta(baseReport, report, resolveRef(options.root, options.base.ref));
    }
    report.stats = { ...report.stats, durationMs: Math.round(performance.now() - started) };
    return report;
}
class GitRefError extends Error {
}
/** The full SHA of a ref in the repository at `root`. */
function resolveRef(root, ref) {
    try {
        return (0,external_node_child_process_.execFileSync)("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
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
 * Audits the tree of a git commit without touching the working tree: `git archive` of the ref (limited to
 * the folder `root` within the repository) is unpacked into a temporary folder and audited there.
 */
async function auditGitRef(root, ref, config, jobs, cacheDir) {
    const sha = resolveRef(root, ref);
    const prefix = (0,external_node_child_process_.execFileSync)("git", ["rev-parse", "--show-prefix"], { cwd: root, encoding: "utf8" }).trim();
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "mfa-base-"));
    try {
        const archive = (0,external_node_child_process_.execFileSync)("git", ["archive", "--format=tar", sha, ...(prefix ? [prefix] : [])], {
            cwd: root,
            maxBuffer: 2 * 1024 * 1024 * 1024,
            stdio: ["ignore", "pipe", "pipe"],
        });
        (0,external_node_child_process_.execFileSync)("tar", ["-x", "-f", "-", "-C", dir], { input: archive, stdio: ["pipe", "ignore", "pipe"] });
        const facts = await scanRepository(prefix ? (0,external_node_path_.join)(dir, prefix) : dir, config, { jobs, cacheDir });
        return await reportFromFacts(facts, config, cacheDir);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 7509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ FEATURES),
/* harmony export */   d: () => (/* binding */ FEATURE_BY_ID)
/* harmony export */ });
const FEATURES = [
    // ---- PyTorch ----
    { id: "torch.compile", framework: "pytorch", title: "torch.compile", calls: ["torch.compile"] },
    {
        id: "torch.jit",
        framework: "pytorch",
        title: "TorchScript (torch.jit)",
        refs: ["torch.jit.script", "torch.jit.trace", "torch.jit.save", "torch.jit.load", "torch.jit.trace_module", "torch.jit.script_method", "torch.jit.freeze"],
    },
    { id: "torch.export", framework: "pytorch", title: "torch.export", refs: ["torch.export.export", "torch.export.save", "torch.export.load"] },
    { id: "torch.ddp", framework: "pytorch", title: "DistributedDataParallel", refs: ["torch.nn.parallel.DistributedDataParallel", "torch.nn.parallel.distributed.DistributedDataParallel"] },
    {
        id: "torch.fsdp",
        framework: "pytorch",
        title: "Fully Sharded Data Parallel",
        refs: [
            "torch.distributed.fsdp.FullyShardedDataParallel",
            "torch.distributed.fsdp.fully_sharded_data_parallel.FullyShardedDataParallel",
            "torch.distributed.fsdp.fully_shard",
            "torch.distributed._composable.fsdp.fully_shard",
            "torch.distributed._composable.fully_shard",
        ],
    },
    {
        id: "torch.tensor_parallel",
        framework: "pytorch",
        title: "Tensor parallelism",
        refs: ["torch.distributed.tensor.parallel"],
    },
    {
        id: "torch.quantization",
        framework: "pytorch",
        title: "Quantization",
        // `from torch.ao.quantization import quantize_dynamic` counts through the import itself (see match.ts).
        refs: ["torch.ao.quantization", "torch.quantization", "torch.ao.nn.quantized", "torch.nn.quantized"],
        imports: ["torchao"],
        distributions: ["torchao"],
    },
    { id: "torch.onnx", framework: "pytorch", title: "ONNX export (torch.onnx)", refs: ["torch.onnx.export", "torch.onnx.dynamo_export"] },
    {
        id: "torch.amp",
        framework: "pytorch",
        title: "Automatic mixed precision",
        refs: ["torch.autocast", "torch.amp.autocast", "torch.amp.GradScaler", "torch.cuda.amp", "torch.cpu.amp", "torch.GradScaler"],
    },
    { id: "torch.checkpoint", framework: "pytorch", title: "Gradient checkpointing", refs: ["torch.utils.checkpoint.checkpoint", "torch.utils.checkpoint.checkpoint_sequential"] },
    { id: "torch.profiler", framework: "pytorch", title: "PyTorch profiler", refs: ["torch.profiler", "torch.autograd.profiler"] },
    {
        id: "torch.sdpa",
        framework: "pytorch",
        title: "Fused attention (SDPA / Better Transformer)",
        refs: [
            "torch.nn.functional.scaled_dot_product_attention",
            "torch.nn.TransformerEncoder",
            "torch.nn.TransformerEncoderLayer",
            "torch.nn.MultiheadAttention",
            "torch.nn.modules.transformer.TransformerEncoder",
            "torch.nn.modules.transformer.TransformerEncoderLayer",
            "torch.nn.modules.activation.MultiheadAttention",
        ],
    },
    {
        id: "torch.mobile",
        framework: "pytorch",
        title: "PyTorch Mobile / ExecuTorch",
        refs: ["torch.utils.mobile_optimizer", "torch.jit._save_for_lite_interpreter", "torch.jit.mobile"],
        // `traced._save_for_lite_interpreter("m.ptl")` is a method of a scripted module.
        methodCalls: [{ name: "_save_for_lite_interpreter" }],
        methodCallsNeedImport: ["torch"],
        imports: ["executorch"],
        distributions: ["executorch"],
    },
    {
        id: "lightning",
        framework: "pytorch",
        title: "PyTorch Lightning",
        imports: ["pytorch_lightning", "lightning"],
        // The Trainer call carries the settings worth reporting (precision=16 is "16-mixed" since Lightning 2.0).
        calls: ["pytorch_lightning.Trainer", "lightning.Trainer", "lightning.pytorch.Trainer"],
        distributions: ["lightning", "pytorch-lightning"],
    },
    // ---- TensorFlow ----
    { id: "tf.function", framework: "tensorflow", title: "tf.function", calls: ["tensorflow.function"] },
    {
        id: "tf.xla",
        framework: "tensorflow",
        title: "XLA compilation",
        refs: ["tensorflow.config.optimizer.set_jit", "tensorflow.xla"],
        keywords: [
            { name: "jit_compile", value: "True" },
            { name: "experimental_compile", value: "True" },
        ],
        keywordsNeedImport: ["tensorflow", "keras"],
    },
    {
        id: "tf.distribute",
        framework: "tensorflow",
        title: "tf.distribute strategies",
        refs: [
            "tensorflow.distribute.MirroredStrategy",
            "tensorflow.distribute.MultiWorkerMirroredStrategy",
            "tensorflow.distribute.experimental.MultiWorkerMirroredStrategy",
            "tensorflow.distribute.ParameterServerStrategy",
            "tensorflow.distribute.experimental.ParameterServerStrategy",
            "tensorflow.distribute.OneDeviceStrategy",
            "tensorflow.distribute.CentralStorageStrategy",
            "tensorflow.distribute.experimental.CentralStorageStrategy",
        ],
    },
    {
        id: "tf.tpu",
        framework: "tensorflow",
        title: "TPU",
        refs: [
            "tensorflow.distribute.TPUStrategy",
            "tensorflow.distribute.experimental.TPUStrategy",
            "tensorflow.distribute.cluster_resolver.TPUClusterResolver",
            "tensorflow.compat.v1.distribute.cluster_resolver.TPUClusterResolver",
            "tensorflow.tpu",
            "tensorflow.compat.v1.estimator.tpu",
            "tensorflow.compat.v1.tpu",
            "tensorflow.estimator.tpu",
            "tensorflow.contrib.tpu",
            "tensorflow.contrib.cluster_resolver.TPUClusterResolver",
        ],
    },
    {
        id: "tf.lite",
        framework: "tensorflow",
        title: "TensorFlow Lite / LiteRT",
        refs: ["tensorflow.lite", "tensorflow.compat.v1.lite"],
        imports: ["tflite_runtime", "ai_edge_litert"],
        // A model file path that ends in .tflite, in an executed string (`open("model.tflite", "wb")`, f-strings too).
        strings: [/^[^\s'"]*\.tflite$/],
        stringHints: [".tflite"],
        distributions: ["tflite-runtime", "ai-edge-litert"],
    },
    {
        id: "tf.saved_model",
        framework: "tensorflow",
        title: "SavedModel",
        refs: ["tensorflow.saved_model", "tensorflow.compat.v1.saved_model"],
        keywords: [{ name: "save_format", value: '"tf"' }, { name: "signatures" }],
        keywordsNeedImport: ["tensorflow", "keras"],
        // Statically, which object `model` is cannot be known. In a file that imports TensorFlow or Keras:
        // - `model.export("dir")` writes a SavedModel (Keras 3's export; also `ExportArchive.write_out`);
        // - `model.save("dir")` with a literal path that has no file extension is the SavedModel format of
        //   TF 2.x Keras (a `.keras` / `.h5` path is not a SavedModel, a non-literal path is undecidable: skipped).
        methodCalls: [{ name: "export", firstArg: /./ }, { name: "save", firstArg: /^(?!.*\.\w{1,8}$)[^\s{}]+$/ }, { name: "write_out" }],
        methodCallsNeedImport: ["tensorflow", "keras"],
    },
    {
        id: "tf.serving",
        framework: "tensorflow",
        title: "TensorFlow Serving",
        imports: ["tensorflow_serving"],
        strings: [/\/v1\/models\/[^\s'"]*:(predict|classify|regress)/],
        stringHints: ["/v1/models/"],
        distributions: ["tensorflow-serving-api", "tensorflow-serving-api-gpu"],
        dockerImages: [/^(docker\.io\/)?tensorflow\/serving$/],
    },
    {
        id: "tf.mixed_precision",
        framework: "tensorflow",
        title: "Keras mixed precision",
        refs: ["tensorflow.keras.mixed_precision", "keras.mixed_precision", "tensorflow.train.experimental.enable_mixed_precision_graph_rewrite"],
        // Keras 3 sets the policy through `keras.config.set_dtype_policy("mixed_float16")`: the policy name counts.
        strings: [/^mixed_b?float16$/],
        stringHints: ["mixed_float16", "mixed_bfloat16"],
    },
    {
        id: "tf.data",
        framework: "tensorflow",
        title: "tf.data pipelines",
        refs: ["tensorflow.data"],
    },
    { id: "tf.gradient_tape", framework: "tensorflow", title: "tf.GradientTape", refs: ["tensorflow.GradientTape"] },
    { id: "tf.profiler", framework: "tensorflow", title: "TensorFlow profiler", refs: ["tensorflow.profiler"] },
    {
        id: "tf.v1",
        framework: "tensorflow",
        title: "TensorFlow 1.x APIs",
        refs: [
            "tensorflow.compat.v1",
            "tensorflow.Session",
            "tensorflow.InteractiveSession",
            "tensorflow.placeholder",
            "tensorflow.estimator",
            "tensorflow.contrib",
            "tensorflow.global_variables_initializer",
            "tensorflow.variable_scope",
            "tensorflow.get_variable",
            "tensorflow.app",
            "tensorflow.train.Saver",
            "tensorflow.train.AdamOptimizer",
            "tensorflow.train.GradientDescentOptimizer",
        ],
        imports: ["tensorflow.compat.v1"],
    },
    { id: "tfx", framework: "tensorflow", title: "TFX pipelines", imports: ["tfx"], distributions: ["tfx"] },
    { id: "tfjs", framework: "tensorflow", title: "TensorFlow.js", imports: ["tensorflowjs"], distributions: ["tensorflowjs", "@tensorflow/tfjs", "@tensorflow/tfjs-node", "@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-core", "@tensorflow/tfjs-converter", "@tensorflow/tfjs-tflite"] },
    // ---- Interop and serving ----
    {
        id: "onnx",
        framework: "interop",
        title: "ONNX",
        imports: ["onnx", "onnxruntime", "tf2onnx", "onnx_tf"],
        refs: ["torch.onnx.export", "torch.onnx.dynamo_export"],
        distributions: ["onnx", "onnxruntime", "onnxruntime-gpu", "tf2onnx", "onnx-tf", "onnxruntime-web", "onnxruntime-node"],
    },
    {
        id: "torchserve",
        framework: "interop",
        title: "TorchServe",
        imports: ["ts.torch_handler"],
        distributions: ["torchserve", "torch-model-archiver", "torch-workflow-archiver"],
        dockerImages: [/^(docker\.io\/)?pytorch\/torchserve$/],
    },
    { id: "hf.transformers", framework: "interop", title: "Hugging Face Transformers", imports: ["transformers"], distributions: ["transformers"] },
];
const FEATURE_BY_ID = new Map(FEATURES.map((f) => [f.id, f]));


/***/ }),

/***/ 8439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ IMPORT_FRAMEWORK),
/* harmony export */   Cy: () => (/* binding */ frameworkOfDistribution),
/* harmony export */   Mn: () => (/* binding */ IMPORT_DISTRIBUTIONS),
/* harmony export */   P4: () => (/* binding */ frameworkOfImport),
/* harmony export */   RV: () => (/* binding */ normalizeDistName),
/* harmony export */   _u: () => (/* binding */ DISTRIBUTION_FRAMEWORK),
/* harmony export */   v0: () => (/* binding */ frameworkOfDockerImage)
/* harmony export */ });
/* unused harmony export DOCKER_IMAGE_FRAMEWORK */
/** Normalised (PEP 503) distribution name -> framework it declares. */
const DISTRIBUTION_FRAMEWORK = {
    // PyTorch
    torch: "pytorch",
    pytorch: "pytorch", // conda
    "pytorch-cpu": "pytorch", // old conda channel name
    "pytorch-gpu": "pytorch", // conda-forge metapackage
    "torch-cpu": "pytorch",
    // TensorFlow, in all its distributions
    tensorflow: "tensorflow",
    "tensorflow-cpu": "tensorflow",
    "tensorflow-gpu": "tensorflow",
    "tensorflow-macos": "tensorflow",
    "tensorflow-intel": "tensorflow",
    "tensorflow-aarch64": "tensorflow",
    "tensorflow-rocm": "tensorflow",
    "tensorflow-directml": "tensorflow",
    "tf-nightly": "tensorflow",
    "tf-nightly-cpu": "tensorflow",
    "tf-nightly-gpu": "tensorflow",
    "intel-tensorflow": "tensorflow",
    "tensorflow-base": "tensorflow", // conda
    // Keras
    keras: "keras",
    "tf-keras": "keras",
    "keras-nightly": "keras",
    // JAX
    jax: "jax",
    jaxlib: "jax",
    flax: "jax",
};
/** Docker image repository (without tag/registry prefix normalisation beyond docker.io) -> framework it ships. */
const DOCKER_IMAGE_FRAMEWORK = [
    { pattern: /^(docker\.io\/)?pytorch\/(pytorch|torchserve)$/, framework: "pytorch" },
    { pattern: /^nvcr\.io\/nvidia\/pytorch$/, framework: "pytorch" },
    { pattern: /^(docker\.io\/)?(tensorflow\/tensorflow|tensorflow\/serving)$/, framework: "tensorflow" },
    { pattern: /^nvcr\.io\/nvidia\/tensorflow$/, framework: "tensorflow" },
    { pattern: /^(us-docker\.pkg\.dev\/vertex-ai\/training|gcr\.io\/deeplearning-platform-release)\/(pytorch|pytorch-gpu|pytorch-cpu)[\w.-]*$/, framework: "pytorch" },
    { pattern: /^(us-docker\.pkg\.dev\/vertex-ai\/training|gcr\.io\/deeplearning-platform-release)\/(tf|tf2|tensorflow)[\w.-]*$/, framework: "tensorflow" },
];
/** Top-level import name (or dotted prefix) -> framework. Longest prefix wins. */
const IMPORT_FRAMEWORK = {
    torch: "pytorch",
    tensorflow: "tensorflow",
    "tensorflow.keras": "keras",
    keras: "keras",
    tf_keras: "keras",
    jax: "jax",
    flax: "jax",
};
/**
 * Import name -> distributions that provide it (normalised). Only the ML packages the audit reasons about:
 * a `missing-dependency` is an import listed here with none of its distributions declared.
 */
const IMPORT_DISTRIBUTIONS = {
    torch: ["torch", "pytorch", "pytorch-cpu", "pytorch-gpu", "torch-cpu"],
    torchvision: ["torchvision"],
    torchaudio: ["torchaudio"],
    torchtext: ["torchtext"],
    torchao: ["torchao"],
    tensorflow: Object.keys(DISTRIBUTION_FRAMEWORK).filter((d) => DISTRIBUTION_FRAMEWORK[d] === "tensorflow"),
    keras: ["keras", "keras-nightly", "tensorflow", "tensorflow-cpu", "tensorflow-gpu", "tensorflow-macos", "tf-nightly"],
    tf_keras: ["tf-keras"],
    jax: ["jax"],
    flax: ["flax"],
    onnx: ["onnx"],
    onnxruntime: ["onnxruntime", "onnxruntime-gpu", "onnxruntime-directml", "onnxruntime-openvino"],
    tf2onnx: ["tf2onnx"],
    onnx_tf: ["onnx-tf"],
    transformers: ["transformers"],
    diffusers: ["diffusers"],
    accelerate: ["accelerate"],
    timm: ["timm"],
    lightning: ["lightning"],
    pytorch_lightning: ["pytorch-lightning", "lightning"],
    tflite_runtime: ["tflite-runtime"],
    ai_edge_litert: ["ai-edge-litert"],
    tensorflowjs: ["tensorflowjs"],
    tensorflow_serving: ["tensorflow-serving-api", "tensorflow-serving-api-gpu"],
    tensorflow_datasets: ["tensorflow-datasets", "tfds-nightly"],
    tensorflow_hub: ["tensorflow-hub"],
    tensorflow_text: ["tensorflow-text"],
    tfx: ["tfx"],
    executorch: ["executorch"],
    deepspeed: ["deepspeed"],
    coremltools: ["coremltools"],
    kfp: ["kfp"],
};
/** PEP 503 normalisation. */
function normalizeDistName(name) {
    return name.trim().toLowerCase().replace(/[-_.]+/g, "-");
}
/** The framework a declared distribution belongs to, if any. */
function frameworkOfDistribution(normalizedName) {
    return DISTRIBUTION_FRAMEWORK[normalizedName];
}
/** The framework a docker image belongs to, if any (image without tag). */
function frameworkOfDockerImage(image) {
    return DOCKER_IMAGE_FRAMEWORK.find((d) => d.pattern.test(image))?.framework;
}
/** The framework an imported module belongs to, by longest matching dotted prefix. */
function frameworkOfImport(module) {
    let best;
    let bestLen = -1;
    for (const [prefix, fw] of Object.entries(IMPORT_FRAMEWORK)) {
        if ((module === prefix || module.startsWith(prefix + ".")) && prefix.length > bestLen) {
            best = fw;
            bestLen = prefix.length;
        }
    }
    return best;
}


/***/ }),

/***/ 9253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yB: () => (/* binding */ FactsCache),
/* harmony export */   zA: () => (/* binding */ blobId)
/* harmony export */ });
/* unused harmony export gitBlobIds */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3323);
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
 *  3. the file, read and hashed, has the stored blob id.
 * Everything else is scanned and stored. The cache file is tied to the tool's version and the scanner's
 * own code (a hash of the running bundle), so an upgrade never reuses facts an older scanner produced.
 */






/** git's blob id of some bytes. */
function blobId(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
let codeSalt;
/** Version + a hash of the code that produces facts (the running bundle or source file). */
function salt() {
    if (codeSalt === undefined) {
        let code = "";
        try {
            code = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha1").update((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url))).digest("hex").slice(0, 16);
        }
        catch {
            code = "unknown";
        }
        codeSalt = `${_core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_VERSION */ .w}:${code}`;
    }
    return codeSalt;
}
/** Blob ids of the tracked, unmodified files under `root` (paths relative to root), or an empty map. */
function gitBlobIds(root) {
    const out = new Map();
    try {
        const opts = { cwd: root, encoding: "buffer", maxBuffer: 512 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] };
        const staged = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", ["ls-files", "-s", "-z", "--", "."], opts).toString("utf8");
        for (const rec of staged.split("\0")) {
            // "<mode> <sha> <stage>\t<path>"
            const tab = rec.indexOf("\t");
            if (tab < 0)
                continue;
            const meta = rec.slice(0, tab).split(" ");
            if (meta[2] !== "0" || !meta[1])
                continue;
            out.set(rec.slice(tab + 1), meta[1]);
        }
        if (out.size === 0)
            return out;
        const modified = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", ["diff", "--name-only", "--relative", "-z", "--", "."], opts).toString("utf8");
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
    constructor(file, root, entries) {
        this.file = file;
        this.root = root;
        this.entries = entries;
    }
    /** Opens the cache in `dir` for the tree at `root` (an unreadable or stale file is an empty cache). */
    static open(dir, root) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, "facts-v1.json");
        let entries = {};
        try {
            const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file, "utf8"));
            if (data.salt === salt() && data.entries && typeof data.entries === "object")
                entries = data.entries;
        }
        catch {
            // no cache yet, or a broken one: start empty
        }
        return new FactsCache(file, root, entries);
    }
    /** Cached facts for a discovered file, when its content is known to be unchanged. */
    lookup(f) {
        const e = this.entries[f.path];
        if (!e || e.size !== f.size)
            return this.miss();
        if (f.mtimeMs !== undefined && e.mtimeMs === f.mtimeMs)
            return this.hit(f, e, e.blob);
        this.dirty = true;
        this.gitBlobs ??= gitBlobIds(this.root);
        const fromGit = this.gitBlobs.get(f.path);
        if (fromGit !== undefined)
            return fromGit === e.blob ? this.hit(f, e, e.blob) : this.miss();
        try {
            const blob = blobId((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(f.abs));
            return blob === e.blob ? this.hit(f, e, blob) : this.miss();
        }
        catch {
            return this.miss();
        }
    }
    hit(f, e, blob) {
        this.hits++;
        this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts: e.facts };
        return e.facts;
    }
    miss() {
        this.misses++;
        return undefined;
    }
    /** Records the facts of a file just scanned; `blob` is the id of the bytes that were scanned. */
    store(f, blob, facts) {
        this.fresh[f.path] = { size: f.size, mtimeMs: f.mtimeMs ?? 0, blob, facts };
    }
    /** Writes the entries of this run (files gone from the tree are dropped). Never throws. */
    save() {
        // Nothing new and nothing gone: the file on disk already says exactly this.
        if (!this.dirty && this.misses === 0 && Object.keys(this.entries).length === this.hits)
            return;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.file, ".."), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(tmp, JSON.stringify({ salt: salt(), entries: this.fresh }));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.renameSync)(tmp, this.file);
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
/* harmony export */   E: () => (/* binding */ decodeSource)
/* harmony export */ });
/**
 * Bytes -> text for Python sources and manifests, as Python reads them: UTF-8 (a BOM is dropped), or the
 * encoding a PEP 263 coding line declares in the first two lines. Binary content (a NUL byte near the start)
 * is refused so that a blob named `.py` is reported as skipped instead of scanned.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true });
const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/m;
function decodeSource(buf) {
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

/***/ 4423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ KEYWORD_NAMES),
/* harmony export */   NT: () => (/* binding */ METHOD_NAMES),
/* harmony export */   RG: () => (/* binding */ StringHintFinder),
/* harmony export */   ti: () => (/* binding */ matchFeatures),
/* harmony export */   u_: () => (/* binding */ KNOWN_IMPORT_HEADS),
/* harmony export */   vl: () => (/* binding */ hasTrigger)
/* harmony export */ });
/* unused harmony exports STRING_HINTS, TRIGGER_WORDS, hasStringHint, isUnder */
/* harmony import */ var _knowledge_features_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7509);
/* harmony import */ var _knowledge_packages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);


function pushIndex(map, key, v) {
    const list = map.get(key);
    if (list)
        list.push(v);
    else
        map.set(key, [v]);
}
const REF_INDEX = new Map();
const CALL_INDEX = new Map();
const IMPORT_INDEX = new Map();
const KEYWORD_FEATURES = [];
const METHOD_FEATURES = [];
const STRING_FEATURES = [];
for (const f of _knowledge_features_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURES */ .G) {
    for (const r of f.refs ?? [])
        pushIndex(REF_INDEX, r, { feature: f, pattern: r });
    for (const r of f.calls ?? [])
        pushIndex(CALL_INDEX, r, { feature: f, pattern: r });
    for (const r of f.imports ?? [])
        pushIndex(IMPORT_INDEX, r, { feature: f, pattern: r });
    if (f.keywords?.length)
        KEYWORD_FEATURES.push(f);
    if (f.methodCalls?.length)
        METHOD_FEATURES.push(f);
    if (f.strings?.length)
        STRING_FEATURES.push(f);
}
/** Keyword argument names worth recording (any call, any object). */
const KEYWORD_NAMES = new Set(KEYWORD_FEATURES.flatMap((f) => (f.keywords ?? []).map((k) => k.name)));
/** Method names worth recording. */
const METHOD_NAMES = new Set(METHOD_FEATURES.flatMap((f) => (f.methodCalls ?? []).map((m) => m.name)));
/** Substrings one of which every matching string literal contains. */
const STRING_HINTS = [...new Set(STRING_FEATURES.flatMap((f) => f.stringHints ?? []))];
function head(dotted) {
    const i = dotted.indexOf(".");
    return i < 0 ? dotted : dotted.slice(0, i);
}
/**
 * Top-level import names the audit knows about: imports of other modules are not reported (a file's result
 * must not depend on whether the prefilter let it through).
 */
const KNOWN_IMPORT_HEADS = new Set([
    ...Object.keys(_knowledge_packages_js__WEBPACK_IMPORTED_MODULE_1__/* .IMPORT_FRAMEWORK */ .$G).map(head),
    ...Object.keys(_knowledge_packages_js__WEBPACK_IMPORTED_MODULE_1__/* .IMPORT_DISTRIBUTIONS */ .Mn).map(head),
    ..._knowledge_features_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURES */ .G.flatMap((f) => [...(f.refs ?? []), ...(f.calls ?? []), ...(f.imports ?? [])].map(head)),
]);
/**
 * Words one of which any file with something to report contains: the known import names (a ref needs an
 * import, whose text names the module), keyword names, string hints. Words that contain another word are
 * dropped (`torchvision` is covered by `torch`); dotted import entries are kept whole (`ts.torch_handler`,
 * not the two-letter `ts`).
 */
function triggerWords() {
    const words = new Set();
    for (const k of Object.keys(_knowledge_packages_js__WEBPACK_IMPORTED_MODULE_1__/* .IMPORT_FRAMEWORK */ .$G))
        words.add(k);
    for (const k of Object.keys(_knowledge_packages_js__WEBPACK_IMPORTED_MODULE_1__/* .IMPORT_DISTRIBUTIONS */ .Mn))
        words.add(k);
    for (const f of _knowledge_features_js__WEBPACK_IMPORTED_MODULE_0__/* .FEATURES */ .G) {
        for (const r of [...(f.refs ?? []), ...(f.calls ?? [])])
            words.add(head(r));
        for (const r of f.imports ?? [])
            words.add(head(r).length >= 4 ? head(r) : r);
    }
    // Keyword and method rows that need an import are covered by the import's words.
    for (const f of KEYWORD_FEATURES)
        if (!f.keywordsNeedImport?.length)
            for (const k of f.keywords ?? [])
                words.add(k.name);
    for (const f of METHOD_FEATURES)
        if (!f.methodCallsNeedImport?.length)
            for (const m of f.methodCalls ?? [])
                words.add(m.name);
    for (const h of STRING_HINTS)
        words.add(h);
    const list = [...words].sort((a, b) => a.length - b.length);
    return list.filter((w, i) => !list.slice(0, i).some((shorter) => w.includes(shorter)));
}
const TRIGGER_WORDS = triggerWords();
/** One regex over all trigger words: measured about twice as fast as one `includes` per word. */
const TRIGGER_RE = new RegExp(TRIGGER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"));
/** Cheap prefilter: does the text contain any word that could lead to a fact? */
function hasTrigger(text) {
    return TRIGGER_RE.test(text);
}
/**
 * The string hints as one regex. Measured on the 200 MB bench tree's Python files: one alternation pass runs
 * at ~2.3 GB/s, one `includes` per hint at ~0.7 GB/s for the four hints together (each `includes` reads the
 * whole text when the hint is absent, which is the common case).
 */
const HINT_SOURCE = STRING_HINTS.map((h) => h.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
const HINT_TEST = HINT_SOURCE ? new RegExp(HINT_SOURCE) : /(?!)/;
const HINT_SEARCH = HINT_SOURCE ? new RegExp(HINT_SOURCE, "g") : /(?!)/g;
/** Whether any string hint occurs in the text (decides whether string literals are worth looking at). */
function hasStringHint(text) {
    return HINT_TEST.test(text);
}
/**
 * Finds string hints in one text at increasing offsets; the next occurrence is cached, so the text is read at
 * most once (the shared regex's lastIndex is set on every search, so finders never disturb each other).
 */
class StringHintFinder {
    text;
    at = -1;
    constructor(text) {
        this.text = text;
    }
    /** Offset of the first hint occurrence that starts at or after `from` (from must not decrease), or text.length. */
    next(from) {
        if (this.at >= from)
            return this.at;
        HINT_SEARCH.lastIndex = from;
        const m = HINT_SEARCH.exec(this.text);
        this.at = m === null ? this.text.length : m.index;
        return this.at;
    }
}
/** Calls `fn` with each dotted prefix of name, longest first (`a.b.c`, `a.b`, `a`). */
function forEachPrefix(name, fn) {
    let end = name.length;
    for (;;) {
        fn(end === name.length ? name : name.slice(0, end));
        const dot = name.lastIndexOf(".", end - 1);
        if (dot <= 0)
            return;
        end = dot;
    }
}
const MAX_DETAIL = 160;
function formatKwargs(kwargs) {
    if (!kwargs)
        return undefined;
    const parts = [];
    for (const k of kwargs)
        if (k.value !== undefined)
            parts.push(`${k.name}=${k.value}`);
    if (parts.length === 0)
        return undefined;
    const s = parts.join(", ");
    return s.length > MAX_DETAIL ? s.slice(0, MAX_DETAIL - 1) + "…" : s;
}
/** True when `module` is `base` or a submodule of it. */
function isUnder(module, base) {
    return module === base || (module.length > base.length && module.startsWith(base) && module.charCodeAt(base.length) === 46);
}
function importsAny(imported, needs) {
    if (!needs || needs.length === 0)
        return true;
    for (const m of imported)
        for (const n of needs)
            if (isUnder(m, n))
                return true;
    return false;
}
/** Matches the facts against the catalog. Usages are de-duplicated per (feature, line, column). */
function matchFeatures(input) {
    const out = [];
    const seen = new Set();
    const add = (feature, line, col, matched, detail, cell) => {
        const key = `${feature.id}\u0000${cell ?? ""}\u0000${line}\u0000${col}`;
        if (seen.has(key))
            return;
        seen.add(key);
        const u = { feature: feature.id, path: input.path, line, column: col + 1, matched };
        if (cell !== undefined)
            u.cell = cell;
        if (detail !== undefined)
            u.detail = detail;
        out.push(u);
    };
    const cell = input.cell;
    for (const r of input.refs) {
        const detail = formatKwargs(r.kwargs);
        forEachPrefix(r.name, (p) => {
            const hits = REF_INDEX.get(p);
            if (hits)
                for (const h of hits)
                    add(h.feature, r.line, r.col, r.name, detail, cell);
            if (r.called || r.decorator) {
                const c = CALL_INDEX.get(p);
                if (c)
                    for (const h of c)
                        add(h.feature, r.line, r.col, r.name, detail, cell);
            }
        });
    }
    for (const im of input.imports) {
        forEachPrefix(im.module, (p) => {
            const hits = IMPORT_INDEX.get(p);
            if (hits)
                for (const h of hits)
                    add(h.feature, im.line, im.col, im.module, undefined, cell);
        });
    }
    if (input.kwargs.length > 0) {
        for (const f of KEYWORD_FEATURES) {
            if (!importsAny(input.importedModules, f.keywordsNeedImport))
                continue;
            for (const k of input.kwargs) {
                for (const want of f.keywords ?? []) {
                    if (want.name !== k.name)
                        continue;
                    if (want.value !== undefined && want.value !== k.value)
                        continue;
                    const text = k.value === undefined ? k.name : `${k.name}=${k.value}`;
                    add(f, k.line, k.col, text, text, cell);
                }
            }
        }
    }
    if (input.methods.length > 0) {
        for (const f of METHOD_FEATURES) {
            if (!importsAny(input.importedModules, f.methodCallsNeedImport))
                continue;
            for (const m of input.methods) {
                for (const want of f.methodCalls ?? []) {
                    if (want.name !== m.method)
                        continue;
                    if (want.firstArg && (m.firstArg === undefined || !want.firstArg.test(m.firstArg)))
                        continue;
                    add(f, m.line, m.col, `.${m.method}()`, m.firstArg !== undefined ? `.${m.method}("${m.firstArg}")` : undefined, cell);
                }
            }
        }
    }
    for (const s of input.strings) {
        for (const f of STRING_FEATURES) {
            for (const re of f.strings ?? []) {
                if (re.test(s.body)) {
                    const shown = s.body.length > 100 ? s.body.slice(0, 99) + "…" : s.body;
                    add(f, s.line, s.col, shown, `"${shown}"`, cell);
                }
            }
        }
    }
    out.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    return out;
}


/***/ }),

/***/ 3044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ho: () => (/* binding */ PythonFileScanner),
/* harmony export */   vS: () => (/* binding */ scanPythonSource)
/* harmony export */ });
/* unused harmony export setScannerFastPath */
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3291);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4423);


let fastPathDefault = true;
/**
 * Internal, for tests and benchmarks: the fast-path setting of scanners created without an explicit `fastPath`
 * option from now on (this is how the notebook scanner, which builds its own PythonFileScanner, is switched).
 * Returns the previous setting, so that a caller can restore it.
 */
function setScannerFastPath(on) {
    const was = fastPathDefault;
    fastPathDefault = on;
    return was;
}
// Previous significant token, as far as the scanner cares.
const SIG_OTHER = 0;
const SIG_NAME = 1;
const SIG_OPEN = 2; // `(` of a call
const SIG_COMMA = 3;
const SIG_DOT = 4;
const SIG_CLOSE = 5; // `)` or `]`
// Keyword-argument state inside a call.
const KW_NONE = 0;
const KW_VALUE = 2; // after `name=`
const KW_LITERAL = 3; // after `name=<literal>`
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_STAR = 42;
const CH_COMMA = 44;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_COLON = 58;
const CH_SEMI = 59;
const CH_EQ = 61;
const CH_AT = 64;
const CH_LBRACKET = 91;
const CH_RBRACKET = 93;
const CH_LBRACE = 123;
const CH_RBRACE = 125;
/** Exception classes whose handler catches a failed import. */
const COPING_EXCEPTIONS = new Set(["ImportError", "ModuleNotFoundError", "Exception", "BaseException"]);
function isIdentChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}
/**
 * Reads the exception list of an `except` (from `pos`, just after the keyword; or of `suppress(`, after its
 * parenthesis with `close` set) on the raw text, without moving the lexer. Returns the offset of the clause's
 * `:` (of the closing `)` with `close`) when a coping exception is named or the clause is bare, else -1.
 * Strings, comments outside brackets or anything unexpected give -1 (not optional: the safe side).
 */
function copingClauseEnd(src, pos, close) {
    const n = Math.min(src.length, pos + 4000);
    let depth = close ? 1 : 0;
    let named = false;
    let copes = false;
    let afterDot = false;
    let afterAs = false;
    for (let i = pos; i < n;) {
        const c = src.charCodeAt(i);
        if (c === 32 || c === 9 || c === 12)
            i++;
        else if (c === 92 /* \ */ && (src.charCodeAt(i + 1) === 10 || src.charCodeAt(i + 1) === 13))
            i += 2;
        else if (c === 10 || c === 13) {
            if (depth === 0)
                return -1;
            i++;
        }
        else if (c === 35 /* # */) {
            if (depth === 0)
                return -1;
            while (i < n && src.charCodeAt(i) !== 10)
                i++;
        }
        else if (c === CH_LPAREN || c === CH_LBRACKET) {
            depth++;
            i++;
        }
        else if (c === CH_RPAREN || c === CH_RBRACKET) {
            depth--;
            i++;
            if (close && depth === 0)
                return copes ? i - 1 : -1;
            if (depth < 0)
                return -1;
        }
        else if (c === CH_COLON && depth === 0) {
            return copes || !named ? i : -1;
        }
        else if (c === CH_DOT) {
            afterDot = true;
            i++;
        }
        else if (isIdentChar(c) && !(c >= 48 && c <= 57)) {
            let e = i + 1;
            while (e < n && isIdentChar(src.charCodeAt(e)))
                e++;
            const word = src.slice(i, e);
            if (word === "as" && depth === 0)
                afterAs = true;
            else if (!afterAs) {
                named = true;
                if (!afterDot && COPING_EXCEPTIONS.has(word))
                    copes = true;
            }
            afterDot = false;
            i = e;
        }
        else if (c === CH_COMMA || c === CH_STAR) {
            afterDot = false;
            i++;
        }
        else
            return -1;
    }
    return -1;
}
/** Whether the handler whose header ends with the `:` at `colon` starts with `raise` (it does not cope then). */
function handlerReraises(src, colon) {
    const n = src.length;
    let i = colon + 1;
    for (;;) {
        while (i < n) {
            const c = src.charCodeAt(i);
            if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13)
                i++;
            else
                break;
        }
        if (i < n && src.charCodeAt(i) === 35) {
            while (i < n && src.charCodeAt(i) !== 10)
                i++;
            continue;
        }
        break;
    }
    return src.startsWith("raise", i) && !isIdentChar(src.charCodeAt(i + 5));
}
/** Whether the `except` clause starting after `pos` catches a failed import and its handler copes. */
function exceptCopes(src, pos) {
    const colon = copingClauseEnd(src, pos, false);
    return colon >= 0 && !handlerReraises(src, colon);
}
/** Whether the `with` statement starting after `pos` is `with [contextlib.]suppress(<coping exception>...)`. */
function withSuppressCopes(src, pos) {
    const m = /^[ \t]*(?:contextlib[ \t]*\.[ \t]*)?suppress[ \t]*\(/.exec(src.slice(pos, pos + 64));
    return m !== null && copingClauseEnd(src, pos + m[0].length, true) >= 0;
}
/** Whether only indentation precedes `pos` on its line (Lexer.firstOnLine is false after an INDENT/DEDENT). */
function startsLine(src, pos) {
    for (let i = pos - 1; i >= 0; i--) {
        const c = src.charCodeAt(i);
        if (c === 10 || c === 13 || c === 0xfeff)
            return true;
        if (c !== 32 && c !== 9 && c !== 12)
            return false;
    }
    return true;
}
const NO_LEVEL = 1 << 30;
function lenBit(len) {
    return len < 31 ? 1 << len : 1 << 31;
}
/**
 * Identifiers that make a line worth the full token walk even when no alias is bound: the words that start an
 * import or a Python 2 statement, those that open or end a guard block (`try`, `except`, and `suppress` of
 * `with [contextlib.]suppress(...)`, whose name need not be a bound alias), and the catalog's keyword-argument
 * and method names.
 */
const STATIC_CANDIDATES = [
    ...new Set(["import", "from", "print", "exec", "try", "except", "suppress", ..._match_js__WEBPACK_IMPORTED_MODULE_1__/* .KEYWORD_NAMES */ .$s, ..._match_js__WEBPACK_IMPORTED_MODULE_1__/* .METHOD_NAMES */ .NT]),
];
const STATIC_KEYS = new Uint8Array(4096);
for (const w of STATIC_CANDIDATES)
    STATIC_KEYS[(0,_tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .identKey */ .Cm)(w, 0, w.length)] = 1;
/** Scanner state that persists across the units of one file (a notebook's cells share aliases). */
class PythonFileScanner {
    path;
    allImports;
    /** Whether the fast path (line skipper and lookup filters) is on; see PythonScanOptions.fastPath. */
    fastPath;
    result = { imports: [], usages: [], declared: [], problems: [] };
    bindings = new Map();
    bindMask = 0;
    /** Which ASCII first characters bound aliases have (bit c&31 of word c>>5), to skip most lookups. */
    firstMask = new Uint32Array(4);
    nonAsciiAlias = false;
    importedModules = new Set();
    kerasImplied = false;
    /** The implied `tensorflow.keras` import and the import that bound its alias (it inherits `optional`). */
    impliedKeras = null;
    impliedKerasSource;
    /** The reported import that bound each alias (for the implied import's `optional`). */
    bindingFacts = new Map();
    problemReported = false;
    constructor(path, opts = {}) {
        this.path = path;
        this.allImports = opts.allImports === true;
        this.fastPath = opts.fastPath ?? fastPathDefault;
    }
    /**
     * identKey of every static candidate and every known-module alias bound so far (never cleared: a stale key
     * only costs a lookup): the table Lexer.skipLine reads inline before calling isCandidate. STATIC_KEYS itself
     * until the first alias is bound, then a copy (most files bind one, but a scanner costs no allocation until then).
     */
    candKeys = STATIC_KEYS;
    /**
     * The aliases whose target is a module the audit knows (KNOWN_IMPORT_HEADS): only a reference through one of
     * them can match the catalog, so only they make a line worth the token walk. `np` for `numpy` stays bound (a
     * resolved `np.save(...)` is a reference, not a method call) but a line that only uses it is skipped whole.
     */
    knownAliases = new Set();
    bind(alias, target) {
        this.bindings.set(alias, target);
        const dot = target.indexOf(".");
        if (_match_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_IMPORT_HEADS */ .u_.has(dot < 0 ? target : target.slice(0, dot))) {
            this.knownAliases.add(alias);
            if (alias.length > 0) {
                const key = (0,_tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .identKey */ .Cm)(alias, 0, alias.length);
                if (this.candKeys === STATIC_KEYS)
                    this.candKeys = STATIC_KEYS.slice();
                this.candKeys[key] = 1;
            }
        }
        else
            this.knownAliases.delete(alias);
        this.bindMask |= lenBit(alias.length);
        const c = alias.charCodeAt(0);
        if (c < 128)
            this.firstMask[c >> 5] = (this.firstMask[c >> 5] ?? 0) | (1 << (c & 31));
        else
            this.nonAsciiAlias = true;
    }
    unbind(alias) {
        this.bindings.delete(alias);
        this.knownAliases.delete(alias);
        this.bindingFacts.delete(alias);
    }
    bindFact(alias, fact) {
        if (fact)
            this.bindingFacts.set(alias, fact);
        else
            this.bindingFacts.delete(alias);
    }
    /**
     * Whether an identifier could matter to the scanner (Lexer.skipLine's test): an alias of a known module or a
     * static candidate. False positives only cost speed; a false negative would lose a fact.
     */
    isCandidate = (src, start, end) => {
        const key = (0,_tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .identKey */ .Cm)(src, start, end);
        if (STATIC_KEYS[key] === 1) {
            for (const w of STATIC_CANDIDATES)
                if (w.length === end - start && src.startsWith(w, start))
                    return true;
        }
        return this.candKeys[key] === 1 && this.knownAliases.size !== 0 && this.knownAliases.has(src.slice(start, end));
    };
    lookup(src, start, end) {
        if (!this.fastPath)
            return this.bindings.get(src.slice(start, end));
        if ((this.bindMask & lenBit(end - start)) === 0)
            return undefined;
        const c = src.charCodeAt(start);
        if (c < 128 ? ((this.firstMask[c >> 5] ?? 0) & (1 << (c & 31))) === 0 : !this.nonAsciiAlias)
            return undefined;
        return this.bindings.get(src.slice(start, end));
    }
    /** Reports one parse-error per file (the first unit that has one). */
    problem(line, message, cell) {
        if (this.problemReported)
            return;
        this.problemReported = true;
        const p = { kind: "parse-error", path: this.path, line, message };
        if (cell !== undefined)
            p.cell = cell;
        this.result.problems.push(p);
    }
    /** Scans one unit of Python source (a file, or one code cell) and appends to `result`. Never throws. */
    scan(src, cell) {
        const lx = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(src);
        const refs = [];
        const kwargs = [];
        const methods = [];
        const strings = [];
        const importsSeen = [];
        const fast = this.fastPath;
        // Without the fast path every string literal is collected (matchFeatures finds nothing in one without a hint).
        // The finder's first search answers whether the unit has a hint at all, and its result is kept for the walk.
        const hints = new _match_js__WEBPACK_IMPORTED_MODULE_1__/* .StringHintFinder */ .RG(src);
        const stringsWanted = !fast || hints.next(0) < src.length;
        const wantMethods = _match_js__WEBPACK_IMPORTED_MODULE_1__/* .METHOD_NAMES */ .NT.size > 0;
        let stmtStart = true;
        let afterColon = false;
        let prevSig = SIG_OTHER;
        let decoratorNext = false;
        let skipDefName = false;
        let py2Line = 0;
        let py2Pending = 0;
        let strayLine = 0;
        // The dotted chain being read.
        let chainActive = false;
        let chainResolved = null;
        let chainLen = 0;
        let chainLine = 0;
        let chainCol = 0;
        let chainHeadStart = 0;
        let chainHeadEnd = 0;
        let chainLastStart = 0;
        let chainLastEnd = 0;
        let chainDecorator = false;
        let chainKwCandidate = false;
        // Calls and keyword arguments.
        const frames = [];
        let pendingRef = null;
        let pendingMethod = null;
        let kwPhase = KW_NONE;
        let kwCur = null;
        let kwNeg = false;
        let kwValue = "";
        let firstArgPhase = 0; // 1: just after `(` of a method call we track; 2: saw a plain string
        let firstArgBody = "";
        let pendingStrings = null;
        // Open try / suppress blocks (innermost last), and whether the import statement being read is inside one.
        const blocks = [];
        let importGuarded = false;
        // A `:` outside brackets on this logical line: what follows on the line is a one-line block body
        // (`try: import a; import b`), one level deeper than the line.
        let colonOnLine = false;
        lx.minIndentLevel = NO_LEVEL;
        /**
         * Closes the blocks that ended before a statement at indentation `level`: those the lexer's indentation went
         * back to (or below) since the last call. `except` keeps the `try` at its own level open.
         */
        const syncBlocks = (level, isExcept) => {
            const low = Math.min(lx.minIndentLevel, level);
            lx.minIndentLevel = NO_LEVEL;
            for (;;) {
                const b = blocks[blocks.length - 1];
                if (b === undefined || b.level < low)
                    return;
                if (b.level === low && isExcept && b.isTry && low === level)
                    return;
                blocks.pop();
            }
        };
        const guard = (im) => {
            for (let i = blocks.length - 1; i >= 0; i--) {
                const b = blocks[i];
                if (!b.body)
                    continue;
                if (b.copes) {
                    im.optional = true;
                    return;
                }
                (b.pending ??= []).push(im);
            }
        };
        const topFrame = () => frames[frames.length - 1];
        const commitKw = () => {
            if (kwPhase === KW_LITERAL && kwCur)
                kwCur.value = kwValue;
            kwPhase = KW_NONE;
            kwCur = null;
            kwNeg = false;
        };
        /** Ends the chain at token k; returns true when k (a keyword argument's `=`) was consumed. */
        const finalizeChain = (k) => {
            chainActive = false;
            const c = k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_OP */ .e6 && lx.end - lx.start === 1 ? src.charCodeAt(lx.start) : 0;
            const open = c === CH_LPAREN;
            if (chainKwCandidate && chainLen === 1 && c === CH_EQ) {
                // `f(name=...)`: a keyword argument's name, not a reference.
                const frame = topFrame();
                const name = src.slice(chainHeadStart, chainHeadEnd);
                kwCur = { name, value: undefined, line: chainLine, col: chainCol };
                if (frame?.kwargs)
                    frame.kwargs.push(kwCur);
                else if (frame)
                    frame.kwargs = [kwCur];
                if (_match_js__WEBPACK_IMPORTED_MODULE_1__/* .KEYWORD_NAMES */ .$s.has(name))
                    kwargs.push(kwCur);
                kwPhase = KW_VALUE;
                kwNeg = false;
                prevSig = SIG_OTHER;
                return true;
            }
            if (chainResolved !== null) {
                const ref = { name: chainResolved, line: chainLine, col: chainCol, called: open, decorator: chainDecorator };
                refs.push(ref);
                if (open)
                    pendingRef = ref;
                if (!this.kerasImplied && (chainResolved === "tensorflow.keras" || chainResolved.startsWith("tensorflow.keras."))) {
                    this.kerasImplied = true;
                    const im = { module: "tensorflow.keras", path: this.path, line: chainLine, column: chainCol + 1 };
                    if (cell !== undefined)
                        im.cell = cell;
                    this.result.imports.push(im);
                    this.impliedKeras = im;
                    this.impliedKerasSource = this.bindingFacts.get(src.slice(chainHeadStart, chainHeadEnd));
                }
            }
            else if (open && chainLen >= 2 && wantMethods) {
                const name = src.slice(chainLastStart, chainLastEnd);
                if (_match_js__WEBPACK_IMPORTED_MODULE_1__/* .METHOD_NAMES */ .NT.has(name)) {
                    pendingMethod = { method: name, line: chainLine, col: chainCol, firstArg: undefined };
                    methods.push(pendingMethod);
                }
            }
            return false;
        };
        /** Next token that is not NL or a comment. */
        const nextSig = () => {
            for (;;) {
                const k = lx.next();
                if (k !== _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NL */ .h && k !== _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_COMMENT */ .iy)
                    return k;
            }
        };
        const isOp = (k, ch) => k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_OP */ .e6 && lx.end - lx.start === 1 && src.charCodeAt(lx.start) === ch;
        const isWord = (k, w) => k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm && lx.end - lx.start === w.length && src.startsWith(w, lx.start);
        const recordImport = (module, line, col) => {
            this.importedModules.add(module);
            importsSeen.push({ module, line, col });
            refs.push({ name: module, line, col, called: false, decorator: false, fromImport: true });
            const dot = module.indexOf(".");
            const head = dot < 0 ? module : module.slice(0, dot);
            if (this.allImports || _match_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_IMPORT_HEADS */ .u_.has(head)) {
                const im = { module, path: this.path, line, column: col + 1 };
                if (cell !== undefined)
                    im.cell = cell;
                this.result.imports.push(im);
                if (importGuarded)
                    guard(im);
                return im;
            }
            return null;
        };
        /** Reads `NAME(.NAME)*` starting at the current NAME token; returns the dotted text and the next token kind. */
        const readDotted = () => {
            let text = lx.text();
            let k = nextSig();
            while (isOp(k, CH_DOT)) {
                k = nextSig();
                if (k !== _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm)
                    return { text, next: k };
                text += "." + lx.text();
                k = nextSig();
            }
            return { text, next: k };
        };
        const endOfStatement = (k) => k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NEWLINE */ .dM || k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_EOF */ .tF || isOp(k, CH_SEMI);
        /** Parses an import statement whose first keyword was just read. Returns the token that ended it. */
        const parseImport = (isFrom) => {
            let k = nextSig();
            if (!isFrom) {
                while (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm) {
                    const line = lx.line;
                    const col = lx.col;
                    const d = readDotted();
                    k = d.next;
                    let alias = null;
                    if (isWord(k, "as")) {
                        k = nextSig();
                        if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm) {
                            alias = lx.text();
                            k = nextSig();
                        }
                    }
                    const fact = recordImport(d.text, line, col);
                    if (alias !== null) {
                        this.bind(alias, d.text);
                        this.bindFact(alias, fact);
                    }
                    else {
                        const dot = d.text.indexOf(".");
                        const head = dot < 0 ? d.text : d.text.slice(0, dot);
                        this.bind(head, head);
                        this.bindFact(head, fact);
                    }
                    if (!isOp(k, CH_COMMA))
                        break;
                    k = nextSig();
                }
            }
            else {
                let relative = false;
                while (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_OP */ .e6 && src.charCodeAt(lx.start) === CH_DOT) {
                    relative = true;
                    k = nextSig();
                }
                let module = "";
                let modLine = lx.line;
                let modCol = lx.col;
                if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm && !isWord(k, "import")) {
                    modLine = lx.line;
                    modCol = lx.col;
                    const d = readDotted();
                    module = d.text;
                    k = d.next;
                }
                if (isWord(k, "import")) {
                    k = nextSig();
                    if (isOp(k, CH_LPAREN))
                        k = nextSig();
                    for (;;) {
                        if (isOp(k, CH_STAR)) {
                            if (!relative && module)
                                recordImport(module, modLine, modCol);
                            k = nextSig();
                        }
                        else if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm) {
                            const name = lx.text();
                            const line = lx.line;
                            const col = lx.col;
                            k = nextSig();
                            let alias = name;
                            if (isWord(k, "as")) {
                                k = nextSig();
                                if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm) {
                                    alias = lx.text();
                                    k = nextSig();
                                }
                            }
                            if (relative || !module)
                                this.unbind(alias);
                            else {
                                const full = module + "." + name;
                                const fact = recordImport(full, line, col);
                                this.bind(alias, full);
                                this.bindFact(alias, fact);
                            }
                        }
                        else
                            break;
                        if (isOp(k, CH_COMMA)) {
                            k = nextSig();
                            continue;
                        }
                        break;
                    }
                    if (isOp(k, CH_RPAREN))
                        k = nextSig();
                }
            }
            while (!endOfStatement(k)) {
                if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_ERROR */ .jU && strayLine === 0)
                    strayLine = lx.line;
                k = nextSig();
            }
            return k;
        };
        // Lines in which no identifier is a candidate are consumed whole by Lexer.skipLine, but only where the
        // scanner's state is the one every NEWLINE leaves (nothing pending, no open call, at a statement start):
        // such a line then yields no fact and leaves that state unchanged. Strings can be skipped only when string
        // literals are not collected.
        // A string literal can lead to a fact only through a string hint in its text (match.ts STRING_HINTS), or
        // as a call's argument (then the call's name is a candidate and the line is not skipped).
        const isCandidate = this.isCandidate;
        const stringMatters = stringsWanted ? (start, end) => hints.next(start) < end : null;
        // Without the fast path no line is skipped: every token of the unit goes through the loop below.
        if (fast)
            while (lx.skipLine(this.candKeys, isCandidate, stringMatters))
                ;
        for (;;) {
            let k = lx.next();
            if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NL */ .h || k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_COMMENT */ .iy)
                continue;
            // A string statement on its own (docstring, bare string) is not executed; anything else makes it so.
            if (pendingStrings !== null && k !== _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_STRING */ .W1 && k !== _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_FSTRING */ .i7) {
                if (!(k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NEWLINE */ .dM || k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_EOF */ .tF || k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_DEDENT */ .BA || k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_INDENT */ .tk || isOp(k, CH_SEMI))) {
                    for (const s of pendingStrings)
                        strings.push(s);
                }
                pendingStrings = null;
            }
            if (py2Pending !== 0) {
                if ((k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_STRING */ .W1 || k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NUMBER */ .I0 || k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm) && py2Line === 0)
                    py2Line = py2Pending;
                py2Pending = 0;
            }
            if (chainActive) {
                if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_OP */ .e6 && lx.end - lx.start === 1 && src.charCodeAt(lx.start) === CH_DOT && prevSig === SIG_NAME) {
                    prevSig = SIG_DOT;
                    continue;
                }
                if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm && prevSig === SIG_DOT) {
                    chainLen++;
                    chainLastStart = lx.start;
                    chainLastEnd = lx.end;
                    if (chainResolved !== null)
                        chainResolved += "." + lx.text();
                    prevSig = SIG_NAME;
                    continue;
                }
                if (finalizeChain(k))
                    continue;
            }
            switch (k) {
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NAME */ .Sm: {
                    const start = lx.start;
                    const len = lx.end - start;
                    if ((stmtStart || afterColon) && frames.length === 0) {
                        const isImport = len === 6 && src.startsWith("import", start);
                        const isFrom = len === 4 && src.startsWith("from", start);
                        if (isImport || isFrom) {
                            importGuarded = false;
                            if (blocks.length !== 0) {
                                syncBlocks(lx.indentLevel + (colonOnLine ? 1 : 0), false);
                                importGuarded = blocks.length !== 0;
                            }
                            k = parseImport(isFrom);
                            importGuarded = false;
                            if (k !== _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_OP */ .e6)
                                colonOnLine = false; // the statement ended with its line, not at a `;`
                            stmtStart = true;
                            afterColon = false;
                            prevSig = SIG_OTHER;
                            frames.length = 0;
                            if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_EOF */ .tF)
                                break;
                            continue;
                        }
                    }
                    if (stmtStart && ((len === 5 && src.startsWith("print", start)) || (len === 4 && src.startsWith("exec", start)))) {
                        py2Pending = lx.line;
                    }
                    if (stmtStart && frames.length === 0 && (len === 3 || len === 4 || len === 6) && startsLine(src, start)) {
                        if (len === 3 && src.startsWith("try", start)) {
                            const level = lx.indentLevel;
                            syncBlocks(level, false);
                            blocks.push({ level, isTry: true, body: true, copes: false, pending: null });
                        }
                        else if (len === 6 && src.startsWith("except", start) && blocks.length !== 0) {
                            const level = lx.indentLevel;
                            syncBlocks(level, true);
                            const b = blocks[blocks.length - 1];
                            if (b !== undefined && b.isTry && b.level === level) {
                                b.body = false;
                                if (!b.copes && exceptCopes(src, lx.end)) {
                                    b.copes = true;
                                    for (const im of b.pending ?? [])
                                        im.optional = true;
                                    b.pending = null;
                                }
                            }
                        }
                        else if (len === 4 && src.startsWith("with", start) && withSuppressCopes(src, lx.end)) {
                            const level = lx.indentLevel;
                            syncBlocks(level, false);
                            blocks.push({ level, isTry: false, body: true, copes: true, pending: null });
                        }
                    }
                    stmtStart = false;
                    afterColon = false;
                    if (skipDefName) {
                        skipDefName = false;
                        prevSig = SIG_NAME;
                        break;
                    }
                    if ((len === 3 && src.startsWith("def", start)) || (len === 5 && src.startsWith("class", start))) {
                        skipDefName = true;
                        prevSig = SIG_OTHER;
                        break;
                    }
                    if (kwPhase === KW_VALUE) {
                        if ((len === 4 && (src.startsWith("True", start) || src.startsWith("None", start))) ||
                            (len === 5 && src.startsWith("False", start))) {
                            kwValue = lx.text();
                            kwPhase = KW_LITERAL;
                            prevSig = SIG_OTHER;
                            break;
                        }
                        kwPhase = KW_NONE;
                    }
                    else if (kwPhase === KW_LITERAL)
                        kwPhase = KW_NONE;
                    firstArgPhase = 0;
                    // Start a chain.
                    chainActive = true;
                    chainLine = lx.line;
                    chainCol = lx.col;
                    chainHeadStart = start;
                    chainHeadEnd = lx.end;
                    chainLastStart = start;
                    chainLastEnd = lx.end;
                    chainDecorator = decoratorNext;
                    decoratorNext = false;
                    const top = topFrame();
                    chainKwCandidate = top !== undefined && top.isCall && (prevSig === SIG_OPEN || prevSig === SIG_COMMA);
                    if (prevSig === SIG_DOT) {
                        // Attribute of a call result or subscript (`f().export(...)`): never a ref, may be a method call.
                        chainResolved = null;
                        chainLen = 2;
                    }
                    else {
                        chainResolved = this.lookup(src, start, lx.end) ?? null;
                        chainLen = 1;
                    }
                    prevSig = SIG_NAME;
                    break;
                }
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_STRING */ .W1:
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_FSTRING */ .i7: {
                    const wantBody = stringsWanted || kwPhase === KW_VALUE || firstArgPhase === 1;
                    const body = wantBody ? src.slice(lx.start + lx.strPrefixLen + lx.strQuoteLen, lx.end - lx.strQuoteLen) : "";
                    if (kwPhase === KW_VALUE && k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_STRING */ .W1 && body.length <= 200) {
                        kwValue = lx.strQuoteLen === 1 && !body.includes('"') && !body.includes("\\") ? `"${body}"` : lx.text();
                        kwPhase = KW_LITERAL;
                    }
                    else
                        kwPhase = kwPhase === KW_LITERAL ? KW_LITERAL : KW_NONE;
                    if (firstArgPhase === 1 && k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_STRING */ .W1 && (lx.strFlags & 2) === 0) {
                        firstArgPhase = 2;
                        firstArgBody = body;
                    }
                    else
                        firstArgPhase = 0;
                    if (stringsWanted) {
                        const fact = { body, line: lx.line, col: lx.col };
                        if (pendingStrings !== null)
                            pendingStrings.push(fact);
                        else if (stmtStart)
                            pendingStrings = [fact];
                        else
                            strings.push(fact);
                    }
                    stmtStart = false;
                    afterColon = false;
                    prevSig = SIG_OTHER;
                    break;
                }
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NUMBER */ .I0: {
                    if (kwPhase === KW_VALUE) {
                        kwValue = (kwNeg ? "-" : "") + lx.text();
                        kwPhase = KW_LITERAL;
                    }
                    else
                        kwPhase = KW_NONE;
                    firstArgPhase = 0;
                    stmtStart = false;
                    afterColon = false;
                    prevSig = SIG_OTHER;
                    break;
                }
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_OP */ .e6: {
                    const c = lx.end - lx.start === 1 ? src.charCodeAt(lx.start) : 0;
                    const wasStmtStart = stmtStart;
                    stmtStart = false;
                    afterColon = false;
                    if (c === CH_LPAREN || c === CH_LBRACKET || c === CH_LBRACE) {
                        const isCall = c === CH_LPAREN && (prevSig === SIG_NAME || prevSig === SIG_CLOSE);
                        // (set by finalizeChain, which TypeScript's narrowing does not see)
                        const ref = isCall ? pendingRef : null;
                        const method = isCall ? pendingMethod : null;
                        if (ref)
                            ref.kwargs = [];
                        frames.push({ isCall, ref, method, kwargs: ref ? (ref.kwargs ?? null) : null });
                        firstArgPhase = method ? 1 : 0;
                        pendingRef = null;
                        pendingMethod = null;
                        kwPhase = KW_NONE;
                        prevSig = isCall ? SIG_OPEN : SIG_OTHER;
                        break;
                    }
                    pendingRef = null;
                    pendingMethod = null;
                    if (c === CH_RPAREN || c === CH_RBRACKET || c === CH_RBRACE) {
                        const f = frames.pop();
                        if (f?.isCall) {
                            commitKw();
                            if (firstArgPhase === 2 && f.method)
                                f.method.firstArg = firstArgBody;
                        }
                        kwPhase = KW_NONE;
                        firstArgPhase = 0;
                        prevSig = c === CH_RBRACE ? SIG_OTHER : SIG_CLOSE;
                        break;
                    }
                    if (c === CH_COMMA) {
                        const f = topFrame();
                        if (f?.isCall) {
                            commitKw();
                            if (firstArgPhase === 2 && f.method)
                                f.method.firstArg = firstArgBody;
                        }
                        kwPhase = KW_NONE;
                        firstArgPhase = 0;
                        prevSig = SIG_COMMA;
                        break;
                    }
                    if (c === CH_DOT) {
                        prevSig = SIG_DOT;
                        break;
                    }
                    if (c === CH_MINUS && kwPhase === KW_VALUE) {
                        kwNeg = true;
                        prevSig = SIG_OTHER;
                        break;
                    }
                    kwPhase = KW_NONE;
                    firstArgPhase = 0;
                    if (c === CH_AT && wasStmtStart)
                        decoratorNext = true;
                    else if (c === CH_SEMI)
                        stmtStart = true;
                    else if (c === CH_COLON && frames.length === 0) {
                        afterColon = true;
                        colonOnLine = true;
                    }
                    prevSig = SIG_OTHER;
                    break;
                }
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NEWLINE */ .dM:
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_INDENT */ .tk:
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_DEDENT */ .BA:
                    stmtStart = true;
                    afterColon = false;
                    decoratorNext = false;
                    skipDefName = false;
                    kwPhase = KW_NONE;
                    firstArgPhase = 0;
                    prevSig = SIG_OTHER;
                    if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NEWLINE */ .dM) {
                        if (frames.length !== 0)
                            frames.length = 0;
                        colonOnLine = false;
                        if (fast)
                            while (lx.skipLine(this.candKeys, isCandidate, stringMatters))
                                ;
                    }
                    break;
                case _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_ERROR */ .jU:
                    if (strayLine === 0)
                        strayLine = lx.line;
                    stmtStart = false;
                    kwPhase = KW_NONE;
                    firstArgPhase = 0;
                    prevSig = SIG_OTHER;
                    break;
                default:
                    break;
            }
            if (k === _tokenizer_js__WEBPACK_IMPORTED_MODULE_0__/* .K_EOF */ .tF)
                break;
        }
        if (this.impliedKeras !== null && this.impliedKerasSource?.optional === true)
            this.impliedKeras.optional = true;
        const err = lx.errors[0];
        if (err)
            this.problem(err.line, `Python source could not be tokenized cleanly: ${err.message}; the rest was still scanned`, cell);
        else if (py2Line)
            this.problem(py2Line, "Python 2 syntax (print/exec statement); the rest was still scanned", cell);
        else if (strayLine)
            this.problem(strayLine, "unexpected character in Python source; the rest was still scanned", cell);
        const usages = (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .matchFeatures */ .ti)({
            path: this.path,
            cell,
            refs,
            imports: importsSeen,
            kwargs,
            methods,
            strings,
            importedModules: this.importedModules,
        });
        for (const u of usages)
            this.result.usages.push(u);
    }
}
/** Scans one Python file. Never throws; bad input becomes a `parse-error` problem. */
function scanPythonSource(source, path, opts = {}) {
    const empty = { imports: [], usages: [], declared: [], problems: [] };
    if (typeof source !== "string")
        return empty;
    if (!opts.allImports && !(0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTrigger */ .vl)(source))
        return empty;
    const s = new PythonFileScanner(path, { allImports: opts.allImports, fastPath: opts.fastPath });
    try {
        s.scan(source, opts.cell);
    }
    catch (e) {
        s.result.problems.push({ kind: "parse-error", path, message: `internal scanner error: ${e.message}` });
    }
    return s.result;
}


/***/ }),

/***/ 3291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ K_DEDENT),
/* harmony export */   Cm: () => (/* binding */ identKey),
/* harmony export */   I0: () => (/* binding */ K_NUMBER),
/* harmony export */   JG: () => (/* binding */ Lexer),
/* harmony export */   Sm: () => (/* binding */ K_NAME),
/* harmony export */   W1: () => (/* binding */ K_STRING),
/* harmony export */   dM: () => (/* binding */ K_NEWLINE),
/* harmony export */   e6: () => (/* binding */ K_OP),
/* harmony export */   h: () => (/* binding */ K_NL),
/* harmony export */   i7: () => (/* binding */ K_FSTRING),
/* harmony export */   iy: () => (/* binding */ K_COMMENT),
/* harmony export */   jU: () => (/* binding */ K_ERROR),
/* harmony export */   tF: () => (/* binding */ K_EOF),
/* harmony export */   tP: () => (/* binding */ tokenizeWithErrors),
/* harmony export */   tk: () => (/* binding */ K_INDENT)
/* harmony export */ });
/* unused harmony exports kindName, tokenize */
/**
 * An exact, error-tolerant Python tokenizer (the token boundaries of CPython's `tokenize` module).
 *
 * - One pass over char codes, no regex, no recursion (f-string nesting uses an explicit stack), never throws.
 * - `Lexer` is the allocation-free core: `next()` returns a numeric kind and exposes the token's bounds as
 *   fields; the scanner consumes it directly and only slices the text it needs.
 * - `tokenize()` builds `Token` objects for other users (e.g. the setup.py reader).
 *
 * Differences from CPython, all deliberate:
 * - A whole f-string (also 3.12 nested quotes `f"{d["k"]}"`, nested f-strings, format specs) is ONE `fstring`
 *   token, like Python 3.11's single STRING token.
 * - Errors never stop the scan. An unterminated single-line string ends at its line's end; an unterminated
 *   triple-quoted string only swallows its own first line (the rest of the file is tokenized again); a line
 *   starting at column 0 with `def`/`class`/`import`/`from` while brackets are still open closes them
 *   (a missing `)` costs one statement, not the file). Each recovery is recorded in `errors`.
 * - Columns are 0-based offsets in UTF-16 code units within the physical line.
 */
// Numeric token kinds of the Lexer (kept as plain constants: cheap comparisons, no enum emit concerns).
const K_EOF = 0;
const K_NAME = 1;
const K_NUMBER = 2;
const K_STRING = 3;
const K_FSTRING = 4;
const K_OP = 5;
const K_NEWLINE = 6;
const K_NL = 7;
const K_COMMENT = 8;
const K_INDENT = 9;
const K_DEDENT = 10;
const K_ERROR = 11;
const KIND_NAMES = [
    "eof",
    "name",
    "number",
    "string",
    "fstring",
    "op",
    "newline",
    "nl",
    "comment",
    "indent",
    "dedent",
    "errortoken",
];
function kindName(kind) {
    return KIND_NAMES[kind] ?? "errortoken";
}
// Char codes.
const C_TAB = 9;
const C_LF = 10;
const C_FF = 12;
const C_CR = 13;
const C_SPACE = 32;
const C_BANG = 33;
const C_DQUOTE = 34;
const C_HASH = 35;
const C_SQUOTE = 39;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_STAR = 42;
const C_MINUS = 45;
const C_DOT = 46;
const C_SLASH = 47;
const C_0 = 48;
const C_9 = 57;
const C_COLON = 58;
const C_LT = 60;
const C_EQ = 61;
const C_GT = 62;
const C_LBRACKET = 91;
const C_BACKSLASH = 92;
const C_RBRACKET = 93;
const C_UNDERSCORE = 95;
const C_LBRACE = 123;
const C_RBRACE = 125;
/** Identifier character table for ASCII; non-ASCII is decided by isIdentNonAscii. */
const IDENT_START = new Uint8Array(128);
const IDENT_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === C_UNDERSCORE;
    IDENT_START[c] = letter ? 1 : 0;
    IDENT_PART[c] = letter || (c >= C_0 && c <= C_9) ? 1 : 0;
}
/** Non-ASCII code units that cannot be part of a Python identifier (spaces, BOM); the rest are accepted. */
function isIdentNonAscii(c) {
    return !(c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200b) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff ||
        c === 0x85);
}
/** Operators whose second char is `=` (`+=`, `==`, `<=`, `!=`, `:=`, `@=` ...). */
const EQ_SECOND = new Uint8Array(128);
for (const ch of "+-*/%&|^@<>=!:")
    EQ_SECOND[ch.charCodeAt(0)] = 1;
/** Single-char operators. */
const OP1 = new Uint8Array(128);
for (const ch of "()[]{}:,;+-*/|&<>=.%~^@")
    OP1[ch.charCodeAt(0)] = 1;
// String prefix flags.
const P_RAW = 1;
const P_BYTES = 2;
const P_F = 4;
/**
 * Returns the prefix flags (+8 so that 0 means "not a prefix") of an identifier that may prefix a string:
 * r u b f br rb fr rf (and 3.14's t tr rt, treated like f), any case.
 */
function stringPrefixFlags(src, start, end) {
    const len = end - start;
    if (len > 2)
        return 0;
    let flags = 8;
    for (let i = start; i < end; i++) {
        const c = src.charCodeAt(i) | 0x20; // lower-case ASCII letters
        if (c === 114 /* r */) {
            if (flags & P_RAW)
                return 0;
            flags |= P_RAW;
        }
        else if (c === 98 /* b */) {
            if (flags & (P_BYTES | P_F))
                return 0;
            flags |= P_BYTES;
        }
        else if (c === 102 /* f */ || c === 116 /* t */) {
            if (flags & (P_BYTES | P_F))
                return 0;
            flags |= P_F;
        }
        else if (c === 117 /* u */) {
            if (len !== 1)
                return 0;
        }
        else
            return 0;
    }
    return flags;
}
/** End offset of the number token starting at pos (a digit, or `.` followed by a digit). */
function numberEnd(src, n, pos) {
    let p = pos;
    const c0 = src.charCodeAt(p);
    const c1 = p + 1 < n ? src.charCodeAt(p + 1) | 0x20 : 0;
    if (c0 === C_0 && (c1 === 120 /* x */ || c1 === 111 /* o */ || c1 === 98 /* b */)) {
        p += 2;
        while (p < n) {
            const c = src.charCodeAt(p);
            const l = c | 0x20;
            if ((c >= C_0 && c <= C_9) || c === C_UNDERSCORE || (c1 === 120 && l >= 97 && l <= 102))
                p++;
            else
                break;
        }
        return p;
    }
    p = digitsEnd(src, n, p);
    if (p < n && src.charCodeAt(p) === C_DOT)
        p = digitsEnd(src, n, p + 1);
    if (p < n && (src.charCodeAt(p) | 0x20) === 101 /* e */) {
        let q = p + 1;
        const s = q < n ? src.charCodeAt(q) : 0;
        if (s === 43 || s === C_MINUS)
            q++;
        const d = q < n ? src.charCodeAt(q) : 0;
        if (d >= C_0 && d <= C_9)
            p = digitsEnd(src, n, q);
    }
    if (p < n && (src.charCodeAt(p) | 0x20) === 106 /* j */)
        p++;
    else if (p < n && (src.charCodeAt(p) | 0x20) === 108 /* Python 2 long suffix l */)
        p++;
    return p;
}
function digitsEnd(src, n, p) {
    while (p < n) {
        const c = src.charCodeAt(p);
        if ((c >= C_0 && c <= C_9) || c === C_UNDERSCORE)
            p++;
        else
            break;
    }
    return p;
}
// Character classes of Lexer.skipLine (ASCII; 0 = the line does not qualify).
const LC_OP = 1;
const LC_IDENT = 2;
const LC_SPACE = 3;
const LC_DIGIT = 4;
const LC_DOT = 5;
const LC_OPEN = 6;
const LC_CLOSE = 7;
const LC_BANG = 8;
const LC_QUOTE = 9;
const LC_HASH = 10;
const LC_LF = 11;
const LC_CR = 12;
const LINE_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    if (IDENT_START[c] === 1)
        LINE_CLASS[c] = LC_IDENT;
    else if (c >= C_0 && c <= C_9)
        LINE_CLASS[c] = LC_DIGIT;
}
for (const ch of ":,;+-*/|&<>=%~^@")
    LINE_CLASS[ch.charCodeAt(0)] = LC_OP;
LINE_CLASS[C_SPACE] = LC_SPACE;
LINE_CLASS[C_TAB] = LC_SPACE;
LINE_CLASS[C_FF] = LC_SPACE;
LINE_CLASS[C_DOT] = LC_DOT;
LINE_CLASS[C_LPAREN] = LC_OPEN;
LINE_CLASS[C_LBRACKET] = LC_OPEN;
LINE_CLASS[C_LBRACE] = LC_OPEN;
LINE_CLASS[C_RPAREN] = LC_CLOSE;
LINE_CLASS[C_RBRACKET] = LC_CLOSE;
LINE_CLASS[C_RBRACE] = LC_CLOSE;
LINE_CLASS[C_BANG] = LC_BANG;
LINE_CLASS[C_SQUOTE] = LC_QUOTE;
LINE_CLASS[C_DQUOTE] = LC_QUOTE;
LINE_CLASS[C_HASH] = LC_HASH;
LINE_CLASS[C_LF] = LC_LF;
LINE_CLASS[C_CR] = LC_CR;
// Line ends of a file, for Lexer.skipLine: not yet looked at, LF only, CRLF (no lone CR), a lone CR somewhere.
const CR_UNKNOWN = 0;
const CR_NONE = 1;
const CR_CRLF = 2;
const CR_LONE = 3;
/**
 * A cheap hash of an identifier (length, first and last char) into 0..4095: Lexer.skipLine reads a caller's
 * table of these inline and confirms a hit with a call, so most identifiers cost no call at all.
 */
function identKey(src, start, end) {
    return ((end - start) * 961 + src.charCodeAt(start) * 31 + src.charCodeAt(end - 1)) & 4095;
}
const RECOVERY_KEYWORDS = new Set(["def", "class", "import", "from"]);
/**
 * The streaming tokenizer. Call `next()` until it returns K_EOF; after each call the token is
 * `src.slice(start, end)` at `line`/`col`. For strings, `strPrefixLen`/`strQuoteLen` locate the body.
 */
class Lexer {
    src;
    n;
    pos = 0;
    /** Current line (1-based) and the offset where it starts. */
    curLine = 1;
    curLineStart = 0;
    /** Open bracket depth. */
    depth = 0;
    indents = [0];
    /**
     * The lowest indentation level (see `indentLevel`) a dedent reached since the caller last set this (to a large
     * number); kept by both next() and skipLine, so a caller can tell that a block ended on a line it never saw.
     */
    minIndentLevel = 1 << 30;
    atBOL = true;
    pendingDedents = 0;
    /** Whether the current logical line already has a significant token (decides NEWLINE vs NL). */
    lineHasTokens = false;
    continued = false;
    done = false;
    eofNewlineEmitted = false;
    /** The file's line ends, found on the first skipLine call (CR_*). */
    crMode = CR_UNKNOWN;
    // The current token.
    kind = K_EOF;
    start = 0;
    end = 0;
    line = 1;
    col = 0;
    strPrefixLen = 0;
    strQuoteLen = 0;
    /** String flags of the current string token (P_RAW | P_BYTES | P_F). */
    strFlags = 0;
    /** True when the current token starts its physical line (after indentation). */
    firstOnLine = false;
    errors = [];
    constructor(src) {
        this.src = src;
        this.n = src.length;
        if (this.n > 0 && src.charCodeAt(0) === 0xfeff)
            this.pos = 1;
    }
    /** Depth of the indentation stack (0 at module level); at a line's first token, that line's block level. */
    get indentLevel() {
        return this.indents.length - 1;
    }
    /** The text of the current token. */
    text() {
        return this.src.slice(this.start, this.end);
    }
    err(line, message) {
        if (this.errors.length < 50)
            this.errors.push({ line, message });
    }
    set(kind, start, end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.line = this.curLine;
        this.col = start - this.curLineStart;
        this.pos = end;
        return kind;
    }
    next() {
        const src = this.src;
        const n = this.n;
        if (this.pendingDedents > 0) {
            this.pendingDedents--;
            this.firstOnLine = false;
            return this.set(K_DEDENT, this.pos, this.pos);
        }
        if (this.done)
            return this.set(K_EOF, this.pos, this.pos);
        for (;;) {
            let pos = this.pos;
            let bol = false;
            if (this.atBOL) {
                this.atBOL = false;
                bol = true;
                if (this.depth === 0 && !this.continued) {
                    // Measure indentation.
                    let col = 0;
                    let p = pos;
                    for (; p < n; p++) {
                        const c = src.charCodeAt(p);
                        if (c === C_SPACE)
                            col++;
                        else if (c === C_TAB)
                            col = (((col / 8) | 0) + 1) * 8;
                        else if (c === C_FF)
                            col = 0;
                        else
                            break;
                    }
                    const c = p < n ? src.charCodeAt(p) : -1;
                    if (c !== -1 && c !== C_HASH && c !== C_LF && c !== C_CR && !(c === C_BACKSLASH && this.isNewlineAt(p + 1))) {
                        const indents = this.indents;
                        const top = indents[indents.length - 1] ?? 0;
                        if (col > top) {
                            indents.push(col);
                            this.pos = p;
                            this.firstOnLine = false;
                            return this.set(K_INDENT, pos, p);
                        }
                        if (col < top) {
                            let pops = 0;
                            while (indents.length > 1 && (indents[indents.length - 1] ?? 0) > col) {
                                indents.pop();
                                pops++;
                            }
                            if (indents.length - 1 < this.minIndentLevel)
                                this.minIndentLevel = indents.length - 1;
                            if ((indents[indents.length - 1] ?? 0) !== col) {
                                this.err(this.curLine, "unindent does not match any outer indentation level");
                                indents.push(col);
                            }
                            this.pendingDedents = pops - 1;
                            this.pos = p;
                            this.firstOnLine = false;
                            return this.set(K_DEDENT, p, p);
                        }
                    }
                }
            }
            this.continued = false;
            // Skip whitespace.
            while (pos < n) {
                const c = src.charCodeAt(pos);
                if (c === C_SPACE || c === C_TAB || c === C_FF)
                    pos++;
                else
                    break;
            }
            this.pos = pos;
            const firstOnLine = bol;
            this.firstOnLine = firstOnLine;
            if (pos >= n)
                return this.eof();
            const c = src.charCodeAt(pos);
            if (c === C_LF || c === C_CR) {
                let e = pos + 1;
                if (c === C_CR && e < n && src.charCodeAt(e) === C_LF)
                    e++;
                const kind = this.depth === 0 && this.lineHasTokens ? K_NEWLINE : K_NL;
                this.set(kind, pos, e);
                if (kind === K_NEWLINE)
                    this.lineHasTokens = false;
                this.curLine++;
                this.curLineStart = e;
                this.atBOL = true;
                return kind;
            }
            if (c === C_HASH) {
                let e = pos + 1;
                while (e < n) {
                    const d = src.charCodeAt(e);
                    if (d === C_LF || d === C_CR)
                        break;
                    e++;
                }
                return this.set(K_COMMENT, pos, e);
            }
            if (c === C_BACKSLASH) {
                if (this.isNewlineAt(pos + 1)) {
                    let e = pos + 2;
                    if (src.charCodeAt(pos + 1) === C_CR && e < n && src.charCodeAt(e) === C_LF)
                        e++;
                    this.pos = e;
                    this.curLine++;
                    this.curLineStart = e;
                    this.continued = true;
                    this.atBOL = true;
                    if (e >= n) {
                        this.err(this.curLine - 1, "unexpected end of file after line continuation");
                    }
                    continue;
                }
                this.lineHasTokens = true;
                return this.set(K_ERROR, pos, pos + 1);
            }
            // Recovery: a statement keyword at column 0 while brackets are open means a bracket was never closed.
            if (firstOnLine && this.depth > 0 && pos === this.curLineStart && c < 128 && IDENT_START[c] === 1) {
                let e = pos + 1;
                while (e < n && this.isIdentPart(src.charCodeAt(e)))
                    e++;
                if (e - pos <= 6 && RECOVERY_KEYWORDS.has(src.slice(pos, e))) {
                    this.err(this.curLine, "unclosed bracket before this line");
                    this.depth = 0;
                    this.atBOL = true;
                    const kind = this.lineHasTokens ? K_NEWLINE : K_NL;
                    this.lineHasTokens = false;
                    this.set(kind, pos, pos);
                    this.pos = pos;
                    return kind;
                }
            }
            this.lineHasTokens = true;
            if ((c < 128 && IDENT_START[c] === 1) || (c >= 128 && isIdentNonAscii(c))) {
                let e = pos + 1;
                while (e < n) {
                    const d = src.charCodeAt(e);
                    if (d < 128 ? IDENT_PART[d] === 1 : isIdentNonAscii(d))
                        e++;
                    else
                        break;
                }
                if (e < n && e - pos <= 2) {
                    const q = src.charCodeAt(e);
                    if (q === C_SQUOTE || q === C_DQUOTE) {
                        const flags = stringPrefixFlags(src, pos, e);
                        if (flags !== 0)
                            return this.lexString(pos, e, flags & 7);
                    }
                }
                return this.set(K_NAME, pos, e);
            }
            if (c >= C_0 && c <= C_9)
                return this.lexNumber(pos);
            if (c === C_DOT) {
                const d = pos + 1 < n ? src.charCodeAt(pos + 1) : 0;
                if (d >= C_0 && d <= C_9)
                    return this.lexNumber(pos);
                if (d === C_DOT && pos + 2 < n && src.charCodeAt(pos + 2) === C_DOT)
                    return this.set(K_OP, pos, pos + 3);
                return this.set(K_OP, pos, pos + 1);
            }
            if (c === C_SQUOTE || c === C_DQUOTE)
                return this.lexString(pos, pos, 0);
            if (c < 128 && (OP1[c] === 1 || c === C_BANG)) {
                if (c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE) {
                    this.depth++;
                    return this.set(K_OP, pos, pos + 1);
                }
                if (c === C_RPAREN || c === C_RBRACKET || c === C_RBRACE) {
                    if (this.depth > 0)
                        this.depth--;
                    return this.set(K_OP, pos, pos + 1);
                }
                const d = pos + 1 < n ? src.charCodeAt(pos + 1) : 0;
                if (d === C_EQ && EQ_SECOND[c] === 1)
                    return this.set(K_OP, pos, pos + 2);
                if (c === C_BANG)
                    return this.set(K_ERROR, pos, pos + 1);
                if ((c === C_STAR || c === C_SLASH || c === C_LT || c === C_GT) && d === c) {
                    const e = pos + 2 < n && src.charCodeAt(pos + 2) === C_EQ ? pos + 3 : pos + 2;
                    return this.set(K_OP, pos, e);
                }
                if (c === C_MINUS && d === C_GT)
                    return this.set(K_OP, pos, pos + 2);
                if (c === C_LT && d === C_GT)
                    return this.set(K_OP, pos, pos + 2); // Python 2 `<>` (ERRORTOKEN-free in 3.x tokenize)
                return this.set(K_OP, pos, pos + 1);
            }
            // Anything else (backtick, `$`, `?`, NUL, stray non-identifier unicode) is an error token of one code point.
            let e = pos + 1;
            if (c >= 0xd800 && c <= 0xdbff && e < n)
                e++;
            return this.set(K_ERROR, pos, e);
        }
    }
    isIdentPart(c) {
        return c < 128 ? IDENT_PART[c] === 1 : isIdentNonAscii(c);
    }
    isNewlineAt(p) {
        if (p >= this.n)
            return false;
        const c = this.src.charCodeAt(p);
        return c === C_LF || c === C_CR;
    }
    eof() {
        const pos = this.n;
        this.pos = pos;
        this.firstOnLine = false;
        if (this.lineHasTokens && !this.eofNewlineEmitted) {
            this.eofNewlineEmitted = true;
            this.lineHasTokens = false;
            if (this.depth > 0)
                this.err(this.curLine, "unexpected end of file inside brackets");
            return this.set(K_NEWLINE, pos, pos);
        }
        if (this.depth > 0 && !this.eofNewlineEmitted) {
            this.eofNewlineEmitted = true;
            this.err(this.curLine, "unexpected end of file inside brackets");
        }
        if (this.indents.length > 1) {
            this.indents.pop();
            return this.set(K_DEDENT, pos, pos);
        }
        this.done = true;
        return this.set(K_EOF, pos, pos);
    }
    lexNumber(pos) {
        return this.set(K_NUMBER, pos, numberEnd(this.src, this.n, pos));
    }
    /**
     * Fast path for the scanner: consumes one whole physical line starting at the beginning of a logical line
     * when that line is blank, a comment, or a complete simple statement (ASCII only, brackets closed on the
     * line, no backslash outside strings, strings only when `stringMatters` rejects each of them) in which no
     * identifier is a candidate. An identifier is a candidate when `keys[identKey(...)]` is set and `isCandidate`
     * confirms it: the key table is read inline, so the common identifier costs no call. `stringMatters` null
     * means no string can matter. Lexer state (line, indentation stack and its errors) ends up exactly as if the
     * line's tokens had been read with `next()`. Returns false, changing nothing, when the line does not qualify.
     * Callers use it only where the line's tokens cannot matter to them (see PythonFileScanner.scan).
     *
     * Line ends: LF, and CRLF in a file without a lone CR (checked once per file); a file with a lone CR (old Mac
     * line ends) is never skipped, which costs speed only.
     */
    skipLine(keys, isCandidate, stringMatters) {
        if (!this.atBOL || this.depth !== 0 || this.continued || this.pendingDedents !== 0 || this.done || this.lineHasTokens)
            return false;
        if (this.crMode !== CR_NONE) {
            if (this.crMode === CR_UNKNOWN)
                this.crMode = this.src.indexOf("\r") < 0 ? CR_NONE : /\r(?!\n)/.test(this.src) ? CR_LONE : CR_CRLF;
            if (this.crMode === CR_LONE)
                return false;
        }
        const src = this.src;
        const n = this.n;
        let p = this.pos;
        let col = 0;
        for (; p < n; p++) {
            const c = src.charCodeAt(p);
            if (c === C_SPACE)
                col++;
            else if (c === C_TAB)
                col = (((col / 8) | 0) + 1) * 8;
            else if (c === C_FF)
                col = 0;
            else
                break;
        }
        if (p >= n)
            return false;
        let c = src.charCodeAt(p);
        if (c === C_LF || c === C_CR || c === C_HASH) {
            // Blank or comment-only line: an NL (and a COMMENT) token, no indentation change.
            const e = c === C_LF ? p : src.indexOf("\n", p);
            if (e < 0)
                return false;
            this.pos = e + 1;
            this.curLine++;
            this.curLineStart = e + 1;
            return true;
        }
        let depth = 0;
        let lines = 0;
        for (;;) {
            if (p >= n)
                return false;
            c = src.charCodeAt(p);
            if (c >= 128)
                return false;
            switch (LINE_CLASS[c]) {
                case LC_IDENT: {
                    let e = p + 1;
                    let d = 0;
                    while (e < n) {
                        d = src.charCodeAt(e);
                        if (d < 128 && IDENT_PART[d] === 1)
                            e++;
                        else
                            break;
                    }
                    if (e - p <= 2 && (d === C_SQUOTE || d === C_DQUOTE) && e < n) {
                        const flags = stringPrefixFlags(src, p, e);
                        if (flags !== 0) {
                            if ((flags & P_F) === 0) {
                                p = e;
                                continue; // a plain string: the quote is handled next
                            }
                            const fe = this.fstringEnd(p, e, flags & 7);
                            if (fe.end < 0 || (stringMatters !== null && stringMatters(p, fe.end)))
                                return false;
                            lines += fe.lines;
                            p = fe.end;
                            continue;
                        }
                    }
                    if (d >= 128 && e < n)
                        return false;
                    if (keys[((e - p) * 961 + c * 31 + src.charCodeAt(e - 1)) & 4095] === 1 && isCandidate(src, p, e))
                        return false;
                    p = e;
                    continue;
                }
                case LC_OP:
                case LC_SPACE:
                    p++;
                    continue;
                case LC_DIGIT:
                    p = numberEnd(src, n, p);
                    continue;
                case LC_DOT: {
                    const d = p + 1 < n ? src.charCodeAt(p + 1) : 0;
                    p = d >= C_0 && d <= C_9 ? numberEnd(src, n, p) : p + 1;
                    continue;
                }
                case LC_OPEN:
                    depth++;
                    p++;
                    continue;
                case LC_CLOSE:
                    if (depth > 0)
                        depth--;
                    p++;
                    continue;
                case LC_BANG:
                    if (p + 1 < n && src.charCodeAt(p + 1) === C_EQ) {
                        p += 2;
                        continue;
                    }
                    return false;
                case LC_QUOTE: {
                    const sStart = p;
                    const q = c;
                    if (p + 2 < n && src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
                        // Triple-quoted: may span lines. Its end is the first closing triple quote not escaped by an odd
                        // run of backslashes (a backslash escapes one character, so `\\"""` still closes).
                        const close = q === C_DQUOTE ? '"""' : "'''";
                        let i = p + 3;
                        for (;;) {
                            const e = src.indexOf(close, i);
                            if (e < 0)
                                return false;
                            let b = 0;
                            while (e - b - 1 >= i && src.charCodeAt(e - b - 1) === C_BACKSLASH)
                                b++;
                            if ((b & 1) === 1) {
                                i = e + 1;
                                continue;
                            }
                            i = e + 3;
                            break;
                        }
                        if (stringMatters !== null && stringMatters(sStart, i))
                            return false;
                        for (let nl = src.indexOf("\n", sStart); nl >= 0 && nl < i; nl = src.indexOf("\n", nl + 1))
                            lines++;
                        p = i;
                        continue;
                    }
                    let i = p + 1;
                    for (;;) {
                        if (i >= n)
                            return false;
                        const d = src.charCodeAt(i);
                        if (d === q)
                            break;
                        if (d === C_BACKSLASH) {
                            const x = i + 1 < n ? src.charCodeAt(i + 1) : 0;
                            if (x === C_LF || x === C_CR)
                                return false;
                            i += 2;
                        }
                        else if (d === C_LF || d === C_CR)
                            return false;
                        else
                            i++;
                    }
                    if (stringMatters !== null && stringMatters(sStart, i + 1))
                        return false;
                    p = i + 1;
                    continue;
                }
                case LC_HASH: {
                    // Up to the line feed (in a CRLF file the CR before it is part of the line end).
                    const e = src.indexOf("\n", p);
                    if (e < 0)
                        return false;
                    p = e;
                    continue;
                }
                case LC_LF:
                    if (depth !== 0)
                        return false;
                    break;
                case LC_CR:
                    // Only CRLF reaches here (see crMode): the line ends at the LF.
                    if (depth !== 0)
                        return false;
                    p++;
                    break;
                default:
                    return false; // backslash, error characters
            }
            break;
        }
        // Accepted: apply the indentation of the line as next() would, then move past its newline.
        const indents = this.indents;
        const top = indents[indents.length - 1] ?? 0;
        if (col > top)
            indents.push(col);
        else if (col < top) {
            while (indents.length > 1 && (indents[indents.length - 1] ?? 0) > col)
                indents.pop();
            if (indents.length - 1 < this.minIndentLevel)
                this.minIndentLevel = indents.length - 1;
            if ((indents[indents.length - 1] ?? 0) !== col) {
                this.err(this.curLine, "unindent does not match any outer indentation level");
                indents.push(col);
            }
        }
        this.pos = p + 1;
        this.curLine += lines + 1;
        this.curLineStart = p + 1;
        return true;
    }
    /**
     * For skipLine: the end of the f-string at `start` (quote at `qpos`) as next() would lex it and the number of
     * newlines inside, or end -1 when it is unterminated. Leaves the lexer's position, line and errors as they were.
     */
    fstringEnd(start, qpos, flags) {
        const line = this.curLine;
        const lineStart = this.curLineStart;
        const pos = this.pos;
        const nErrors = this.errors.length;
        const kind = this.lexString(start, qpos, flags);
        const out = { end: kind === K_FSTRING ? this.end : -1, lines: this.curLine - line };
        this.curLine = line;
        this.curLineStart = lineStart;
        this.pos = pos;
        this.errors.length = nErrors;
        return out;
    }
    /** Advance the line counter over a newline at p; returns the offset after it. */
    newlineAt(p) {
        const src = this.src;
        let e = p + 1;
        if (src.charCodeAt(p) === C_CR && e < this.n && src.charCodeAt(e) === C_LF)
            e++;
        this.curLine++;
        this.curLineStart = e;
        return e;
    }
    /**
     * A string starting at `start` (prefix) with its quote at `qpos`. Plain strings take a tight loop;
     * f-strings go through lexFString. On an unterminated string, recovers (see the file comment).
     */
    lexString(start, qpos, flags) {
        const src = this.src;
        const n = this.n;
        const q = src.charCodeAt(qpos);
        const triple = qpos + 2 < n && src.charCodeAt(qpos + 1) === q && src.charCodeAt(qpos + 2) === q;
        const qlen = triple ? 3 : 1;
        const startLine = this.curLine;
        const startLineStart = this.curLineStart;
        const startCol = start - startLineStart;
        this.strPrefixLen = qpos - start;
        this.strQuoteLen = qlen;
        this.strFlags = flags;
        if (flags & P_F)
            return this.lexFString(start, qpos, q, triple);
        let p = qpos + qlen;
        for (;;) {
            if (p >= n)
                break;
            const c = src.charCodeAt(p);
            if (c === q) {
                if (!triple)
                    return this.finishString(K_STRING, start, p + 1, startLine, startCol);
                if (p + 2 < n && src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
                    return this.finishString(K_STRING, start, p + 3, startLine, startCol);
                }
                p++;
            }
            else if (c === C_BACKSLASH) {
                if (p + 1 < n) {
                    const d = src.charCodeAt(p + 1);
                    if (d === C_LF || d === C_CR)
                        p = this.newlineAt(p + 1);
                    else
                        p += 2;
                }
                else
                    p++;
            }
            else if (c === C_LF || c === C_CR) {
                if (!triple) {
                    this.err(startLine, "unterminated string literal");
                    return this.finishString(K_ERROR, start, p, startLine, startCol);
                }
                p = this.newlineAt(p);
            }
            else
                p++;
        }
        return this.unterminatedAtEof(start, startLine, startLineStart, startCol, triple);
    }
    finishString(kind, start, end, line, col) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.line = line;
        this.col = col;
        this.pos = end;
        return kind;
    }
    /** EOF inside a string: the error token covers only the rest of the opening line; scanning resumes after it. */
    unterminatedAtEof(start, startLine, startLineStart, startCol, triple) {
        const src = this.src;
        this.err(startLine, triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
        let e = start;
        while (e < this.n) {
            const c = src.charCodeAt(e);
            if (c === C_LF || c === C_CR)
                break;
            e++;
        }
        this.curLine = startLine;
        this.curLineStart = startLineStart;
        return this.finishString(K_ERROR, start, e, startLine, startCol);
    }
    /**
     * f-strings with an explicit frame stack: STR (literal part of some string), EXPR (a replacement field's
     * expression, with its own bracket depth) and SPEC (a format spec, which may nest replacement fields).
     */
    lexFString(start, qpos, q0, triple0) {
        const src = this.src;
        const n = this.n;
        const startLine = this.curLine;
        const startLineStart = this.curLineStart;
        const startCol = start - startLineStart;
        // Frame arrays. kind: 0 STR, 1 EXPR, 2 SPEC.
        const fk = [0];
        const fq = [q0];
        const ft = [triple0];
        const fflags = [this.strFlags];
        const fdepth = [0];
        const fowner = [0];
        let p = qpos + (triple0 ? 3 : 1);
        let failed = false;
        while (fk.length > 0) {
            if (p >= n) {
                failed = true;
                break;
            }
            const top = fk.length - 1;
            const kind = fk[top] ?? 0;
            const c = src.charCodeAt(p);
            if (kind !== 1) {
                const owner = kind === 0 ? top : (fowner[top] ?? 0);
                const oq = fq[owner] ?? 0;
                const otriple = ft[owner] ?? false;
                const oflags = fflags[owner] ?? 0;
                if (c === C_BACKSLASH) {
                    if (p + 1 >= n) {
                        p++;
                        continue;
                    }
                    const d = src.charCodeAt(p + 1);
                    if (d === C_LF || d === C_CR)
                        p = this.newlineAt(p + 1);
                    else if (d === 78 /* N */ && (oflags & (P_RAW | P_F)) === P_F && p + 2 < n && src.charCodeAt(p + 2) === C_LBRACE) {
                        // \N{NAME}: the braces belong to the escape.
                        let e = p + 3;
                        while (e < n && src.charCodeAt(e) !== C_RBRACE && src.charCodeAt(e) !== oq && src.charCodeAt(e) !== C_LF)
                            e++;
                        p = e < n && src.charCodeAt(e) === C_RBRACE ? e + 1 : e;
                    }
                    else
                        p += 2;
                    continue;
                }
                if (c === oq) {
                    if (!otriple) {
                        fk.length = owner;
                        p++;
                        this.truncateFrames(fq, ft, fflags, fdepth, fowner, owner);
                        continue;
                    }
                    if (p + 2 < n && src.charCodeAt(p + 1) === oq && src.charCodeAt(p + 2) === oq) {
                        fk.length = owner;
                        p += 3;
                        this.truncateFrames(fq, ft, fflags, fdepth, fowner, owner);
                        continue;
                    }
                    p++;
                    continue;
                }
                if (c === C_LF || c === C_CR) {
                    if (!otriple) {
                        failed = true;
                        break;
                    }
                    p = this.newlineAt(p);
                    continue;
                }
                if (oflags & P_F) {
                    if (c === C_LBRACE) {
                        if (kind === 0 && p + 1 < n && src.charCodeAt(p + 1) === C_LBRACE) {
                            p += 2;
                            continue;
                        }
                        fk.push(1);
                        fq.push(0);
                        ft.push(false);
                        fflags.push(0);
                        fdepth.push(0);
                        fowner.push(owner);
                        p++;
                        continue;
                    }
                    if (c === C_RBRACE) {
                        if (kind === 2) {
                            this.popFrame(fk, fq, ft, fflags, fdepth, fowner);
                            p++;
                        }
                        else
                            p += p + 1 < n && src.charCodeAt(p + 1) === C_RBRACE ? 2 : 1;
                        continue;
                    }
                }
                p++;
                continue;
            }
            // EXPR frame.
            const owner = fowner[top] ?? 0;
            if (c === C_SQUOTE || c === C_DQUOTE) {
                p = this.pushNested(p, 0, fk, fq, ft, fflags, fdepth, fowner);
                continue;
            }
            if ((c < 128 && IDENT_START[c] === 1) || (c >= 128 && isIdentNonAscii(c))) {
                let e = p + 1;
                while (e < n && this.isIdentPart(src.charCodeAt(e)))
                    e++;
                if (e < n && e - p <= 2) {
                    const qq = src.charCodeAt(e);
                    if (qq === C_SQUOTE || qq === C_DQUOTE) {
                        const flags = stringPrefixFlags(src, p, e);
                        if (flags !== 0) {
                            p = this.pushNested(e, flags & 7, fk, fq, ft, fflags, fdepth, fowner);
                            continue;
                        }
                    }
                }
                p = e;
                continue;
            }
            if (c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE) {
                fdepth[top] = (fdepth[top] ?? 0) + 1;
                p++;
                continue;
            }
            if (c === C_RPAREN || c === C_RBRACKET) {
                if ((fdepth[top] ?? 0) > 0)
                    fdepth[top] = (fdepth[top] ?? 0) - 1;
                p++;
                continue;
            }
            if (c === C_RBRACE) {
                if ((fdepth[top] ?? 0) > 0)
                    fdepth[top] = (fdepth[top] ?? 0) - 1;
                else
                    this.popFrame(fk, fq, ft, fflags, fdepth, fowner);
                p++;
                continue;
            }
            if (c === C_COLON && (fdepth[top] ?? 0) === 0) {
                fk[top] = 2;
                p++;
                continue;
            }
            if (c === C_BANG && p + 1 < n && src.charCodeAt(p + 1) === C_EQ) {
                p += 2;
                continue;
            }
            if (c === C_HASH) {
                while (p < n && src.charCodeAt(p) !== C_LF && src.charCodeAt(p) !== C_CR)
                    p++;
                continue;
            }
            if (c === C_BACKSLASH && p + 1 < n && (src.charCodeAt(p + 1) === C_LF || src.charCodeAt(p + 1) === C_CR)) {
                p = this.newlineAt(p + 1);
                continue;
            }
            if (c === C_LF || c === C_CR) {
                if (!(ft[owner] ?? false)) {
                    failed = true;
                    break;
                }
                p = this.newlineAt(p);
                continue;
            }
            p++;
        }
        if (!failed)
            return this.finishString(K_FSTRING, start, p, startLine, startCol);
        if (!triple0 && this.curLine === startLine) {
            this.err(startLine, "unterminated f-string");
            return this.finishString(K_ERROR, start, p, startLine, startCol);
        }
        return this.unterminatedAtEof(start, startLine, startLineStart, startCol, triple0);
    }
    pushNested(qpos, flags, fk, fq, ft, fflags, fdepth, fowner) {
        const src = this.src;
        const q = src.charCodeAt(qpos);
        const triple = qpos + 2 < this.n && src.charCodeAt(qpos + 1) === q && src.charCodeAt(qpos + 2) === q;
        fk.push(0);
        fq.push(q);
        ft.push(triple);
        fflags.push(flags);
        fdepth.push(0);
        fowner.push(fk.length - 1);
        return qpos + (triple ? 3 : 1);
    }
    popFrame(fk, fq, ft, fflags, fdepth, fowner) {
        fk.pop();
        fq.pop();
        ft.pop();
        fflags.pop();
        fdepth.pop();
        fowner.pop();
    }
    truncateFrames(fq, ft, fflags, fdepth, fowner, len) {
        fq.length = len;
        ft.length = len;
        fflags.length = len;
        fdepth.length = len;
        fowner.length = len;
    }
}
/** Tokenize a whole source into Token objects. Never throws. */
function tokenize(source) {
    const lx = new Lexer(typeof source === "string" ? source : String(source));
    const out = [];
    for (;;) {
        const k = lx.next();
        out.push({ type: KIND_NAMES[k] ?? "errortoken", value: lx.text(), line: lx.line, col: lx.col, start: lx.start, end: lx.end });
        if (k === K_EOF)
            break;
    }
    return out;
}
/** Tokenize and also return the recovered errors (first ones, with their lines). */
function tokenizeWithErrors(source) {
    const lx = new Lexer(source);
    const tokens = [];
    for (;;) {
        const k = lx.next();
        tokens.push({ type: KIND_NAMES[k] ?? "errortoken", value: lx.text(), line: lx.line, col: lx.col, start: lx.start, end: lx.end });
        if (k === K_EOF)
            break;
    }
    return { tokens, errors: lx.errors };
}


/***/ }),

/***/ 674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OG: () => (/* binding */ detachStrings),
  JI: () => (/* binding */ emptyFacts),
  CX: () => (/* binding */ isCodeKind),
  o$: () => (/* binding */ readSource),
  je: () => (/* binding */ scanCodeFile),
  J_: () => (/* binding */ scanFailed)
});

// UNUSED EXPORTS: ownString

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/scanning/cache.ts
var cache = __webpack_require__(9253);
// EXTERNAL MODULE: ./src/scanning/decode.ts
var decode = __webpack_require__(3905);
// EXTERNAL MODULE: ./src/knowledge/packages.ts
var knowledge_packages = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/scanning/python/match.ts
var match = __webpack_require__(4423);
// EXTERNAL MODULE: ./src/scanning/python/scanner.ts
var python_scanner = __webpack_require__(3044);
;// CONCATENATED MODULE: ./src/scanning/notebook.ts



/** Cell magics whose body is still Python. */
const PYTHON_CELL_MAGICS = new Set(["time", "timeit", "capture", "prun", "debug", "memit", "mprun", "skip"]);
/** Cell magics whose body is shell (may install packages). */
const SHELL_CELL_MAGICS = new Set(["bash", "sh", "script", "system"]);
/** pip options that take a separate argument (the argument is not a requirement). */
const PIP_OPTS_WITH_ARG = new Set([
    "-r",
    "--requirement",
    "-c",
    "--constraint",
    "-e",
    "--editable",
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "-t",
    "--target",
    "--prefix",
    "--root",
    "--src",
    "--upgrade-strategy",
    "--platform",
    "--python-version",
    "--implementation",
    "--abi",
    "--no-binary",
    "--only-binary",
    "--progress-bar",
    "--trusted-host",
    "--cache-dir",
    "--log",
    "--proxy",
    "--retries",
    "--timeout",
    "--exists-action",
    "--cert",
    "--client-cert",
    "-C",
    "--config-settings",
    "--global-option",
    "--install-option",
    "--report",
    "--python",
]);
/** conda/mamba options that take a separate argument. */
const CONDA_OPTS_WITH_ARG = new Set(["-c", "--channel", "-n", "--name", "-p", "--prefix", "--file", "--repodata-fn", "--solver"]);
const SHELL_STOP = /^(&&|\|\||;|\||>|>>|2>&1|2>|&>|<)$/;
/** Splits a shell command line into words, honouring quotes; stops at a `#` comment. */
function shellWords(cmd) {
    const words = [];
    let cur = "";
    let inWord = false;
    let quote = 0;
    for (let i = 0; i < cmd.length; i++) {
        const c = cmd.charCodeAt(i);
        if (quote) {
            if (c === quote)
                quote = 0;
            else
                cur += cmd[i];
            continue;
        }
        if (c === 34 || c === 39) {
            quote = c;
            inWord = true;
            continue;
        }
        if (c === 32 || c === 9) {
            if (inWord)
                words.push(cur);
            cur = "";
            inWord = false;
            continue;
        }
        if (c === 35 /* # */ && !inWord)
            break;
        if (c === 59 /* ; */ || c === 124 /* | */ || c === 38 /* & */) {
            if (inWord)
                words.push(cur);
            words.push(c === 59 ? ";" : c === 124 ? "|" : "&&");
            cur = "";
            inWord = false;
            if (c !== 59 && cmd.charCodeAt(i + 1) === c)
                i++;
            continue;
        }
        cur += cmd[i];
        inWord = true;
    }
    if (inWord)
        words.push(cur);
    return words;
}
const PEP508 = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s;
function pipRequirement(word) {
    const w = word.trim();
    if (!w || w.startsWith("-") || w.startsWith("$") || w.startsWith("{") || w.startsWith("."))
        return null;
    const m = PEP508.exec(w);
    if (!m)
        return null;
    const name = m[1] ?? "";
    const extras = (m[2] ?? "")
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean);
    let rest = (m[3] ?? "").trim();
    let url;
    let marker;
    if (rest.startsWith("@")) {
        const semi = rest.indexOf(";");
        url = (semi < 0 ? rest.slice(1) : rest.slice(1, semi)).trim();
        if (semi >= 0)
            marker = rest.slice(semi + 1).trim();
        rest = "";
    }
    else {
        const semi = rest.indexOf(";");
        if (semi >= 0) {
            marker = rest.slice(semi + 1).trim();
            rest = rest.slice(0, semi).trim();
        }
        // A path or URL (`./pkg`, `git+https://...`, `x.whl`) is not a named requirement.
        if (/[/\\:]/.test(name + rest) || /\.(whl|zip|tar\.gz|tgz)$/i.test(w))
            return null;
        if (rest && !/^(===|==|!=|~=|<=|>=|<|>)/.test(rest))
            return null;
    }
    const dep = {
        name,
        normalizedName: (0,knowledge_packages/* normalizeDistName */.RV)(name),
        specifier: rest.replace(/\s+/g, ""),
        extras,
    };
    if (marker)
        dep.marker = marker;
    if (url)
        dep.url = url;
    return dep;
}
function condaRequirement(word) {
    let w = word.trim();
    if (!w || w.startsWith("-") || w.startsWith("$") || w.startsWith("{"))
        return null;
    const chan = w.lastIndexOf("::");
    if (chan >= 0)
        w = w.slice(chan + 2);
    const m = /^([A-Za-z0-9_][A-Za-z0-9._-]*)(.*)$/s.exec(w);
    if (!m)
        return null;
    const name = m[1] ?? "";
    const spec = (m[2] ?? "").replace(/\s+/g, "");
    if (spec && !/^[=<>!~]/.test(spec))
        return null;
    return { name, normalizedName: (0,knowledge_packages/* normalizeDistName */.RV)(name), specifier: spec, extras: [] };
}
/** Declared dependencies of one shell command (`pip install ...`, `conda install ...`), if it is one. */
function parseInstallCommand(cmd, path, line, cell) {
    const words = shellWords(cmd);
    const out = [];
    for (let i = 0; i < words.length; i++) {
        const w = (words[i] ?? "").replace(/^[%!]+/, "");
        const base = w.slice(w.lastIndexOf("/") + 1);
        let kind = null;
        if (/^pip(3(\.\d+)?)?$/.test(base) && words[i + 1] === "install")
            kind = "pip";
        else if (/^(conda|mamba|micromamba)$/.test(base) && words[i + 1] === "install")
            kind = "conda";
        if (!kind)
            continue;
        const withArg = kind === "pip" ? PIP_OPTS_WITH_ARG : CONDA_OPTS_WITH_ARG;
        let j = i + 2;
        for (; j < words.length; j++) {
            const a = words[j] ?? "";
            if (SHELL_STOP.test(a))
                break;
            if (a.startsWith("-")) {
                if (withArg.has(a))
                    j++;
                continue;
            }
            const req = kind === "pip" ? pipRequirement(a) : condaRequirement(a);
            if (!req)
                continue;
            const dep = {
                ...req,
                path,
                line,
                source: kind === "pip" ? "notebook:%pip" : "notebook:%conda",
                ecosystem: kind === "pip" ? "pypi" : "conda",
            };
            if (cell !== undefined)
                dep.cell = cell;
            out.push(dep);
        }
        i = j;
    }
    return out;
}
const ASSIGN_MAGIC = /^\s*[A-Za-z_][\w.]*\s*=\s*[!%]/;
/**
 * Replaces IPython-only lines of a code cell by empty lines and collects `%pip`/`%conda` installs.
 * Returns the Python left over (same number of lines).
 */
function stripIPython(source, path, cell, declared) {
    if (!/[%!?]/.test(source))
        return source;
    const lines = source.split(/\r\n|\r|\n/);
    let first = 0;
    while (first < lines.length && (lines[first] ?? "").trim() === "")
        first++;
    const head = (lines[first] ?? "").trim();
    if (head.startsWith("%%")) {
        const name = /^%%(\w+)/.exec(head)?.[1] ?? "";
        if (PYTHON_CELL_MAGICS.has(name))
            lines[first] = "";
        else {
            if (SHELL_CELL_MAGICS.has(name) || name === "") {
                for (let i = first + 1; i < lines.length; i++) {
                    const cmd = joinContinued(lines, i);
                    declared.push(...parseInstallCommand(cmd.text, path, i + 1, cell));
                    i = cmd.last;
                }
            }
            return lines.map(() => "").join("\n");
        }
    }
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? "";
        const t = raw.trim();
        if (t === "")
            continue;
        const c = t.charCodeAt(0);
        if (c === 37 /* % */ || c === 33 /* ! */) {
            const cmd = joinContinued(lines, i);
            if (/\b(pip|conda|mamba)/.test(cmd.text))
                declared.push(...parseInstallCommand(cmd.text.trim(), path, i + 1, cell));
            for (let k = i; k <= cmd.last; k++)
                lines[k] = "";
            i = cmd.last;
            changed = true;
        }
        else if (c === 63 /* ? */ || (t.endsWith("?") && !t.startsWith("#")) || ASSIGN_MAGIC.test(raw)) {
            lines[i] = "";
            changed = true;
        }
    }
    return changed ? lines.join("\n") : source;
}
/** Joins a shell line with the following lines while it ends with a backslash. */
function joinContinued(lines, i) {
    let text = lines[i] ?? "";
    let last = i;
    while (text.endsWith("\\") && last + 1 < lines.length) {
        last++;
        text = text.slice(0, -1) + " " + (lines[last] ?? "");
    }
    return { text, last };
}
function cellSource(v) {
    if (typeof v === "string")
        return v;
    if (Array.isArray(v) && v.every((x) => typeof x === "string"))
        return v.join("");
    return null;
}
function parseProblem(path, message, cell) {
    const p = { kind: "parse-error", path, message };
    if (cell !== undefined)
        p.cell = cell;
    return p;
}
/**
 * Reading the notebook's JSON without materialising it.
 *
 * A notebook's bytes are mostly outputs (base64 plots, logs) and attachments, none of which the audit looks at.
 * `JSON.parse` would build every one of those strings; instead, `readNotebookCells` walks the text once with an
 * exact, validating JSON scanner and builds nothing but the few values it needs: per cell its `cell_type`,
 * `source` and (nbformat 3) `input`, which are handed to `JSON.parse` as the exact substrings of those values.
 * Everything else is validated and skipped in place (iteratively: no recursion, any nesting depth).
 *
 * It agrees with `JSON.parse` on what is valid JSON (RFC 8259 as ECMAScript implements it: whitespace is only
 * space, tab, CR, LF; no BOM; lone surrogates allowed) and on which value a key has (the last of duplicate keys).
 */
class JsonSyntaxError extends Error {
    pos;
    constructor(pos, what) {
        super(what);
        this.pos = pos;
    }
}
/** Runs of string characters that need no attention: not `"`, not `\`, not a control character. */
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
class NotebookJsonReader {
    s;
    pos = 0;
    constructor(s) {
        this.s = s;
    }
    fail(what) {
        const c = this.s.charCodeAt(this.pos);
        throw new JsonSyntaxError(this.pos, what ?? (Number.isNaN(c) ? "unexpected end of text" : `unexpected character ${JSON.stringify(this.s[this.pos])}`));
    }
    ws() {
        const s = this.s;
        let p = this.pos;
        for (;;) {
            const c = s.charCodeAt(p);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                p++;
            else
                break;
        }
        this.pos = p;
    }
    expect(code) {
        this.ws();
        if (this.s.charCodeAt(this.pos) !== code)
            this.fail();
        this.pos++;
    }
    /** Skips a string token starting at `pos` (which is at its `"`); returns whether it contains escapes. */
    skipString() {
        const s = this.s;
        if (s.charCodeAt(this.pos) !== 34)
            this.fail();
        let p = this.pos + 1;
        let escaped = false;
        for (;;) {
            STRING_RUN.lastIndex = p;
            STRING_RUN.test(s);
            p = STRING_RUN.lastIndex;
            const c = s.charCodeAt(p);
            if (c === 34)
                break;
            if (c !== 92) {
                this.pos = p;
                this.fail(Number.isNaN(c) ? "unterminated string" : "control character in string");
            }
            escaped = true;
            const e = s.charCodeAt(p + 1);
            if (e === 117 /* u */) {
                HEX4.lastIndex = p + 2;
                if (!HEX4.test(s)) {
                    this.pos = p;
                    this.fail("bad \\u escape in string");
                }
                p += 6;
            }
            else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
                p += 2;
            }
            else {
                this.pos = p;
                this.fail("bad escape in string");
            }
        }
        this.pos = p + 1;
        return escaped;
    }
    /** Reads an object key (at `pos`, after whitespace) and the `:` after it. */
    key() {
        this.ws();
        const start = this.pos;
        const escaped = this.skipString();
        const k = escaped ? JSON.parse(this.s.slice(start, this.pos)) : this.s.slice(start + 1, this.pos - 1);
        this.expect(58 /* : */);
        return k;
    }
    /** Skips one scalar (string, number, literal) at `pos`; false if `pos` is at `{` or `[`. */
    scalar() {
        const s = this.s;
        const c = s.charCodeAt(this.pos);
        if (c === 34)
            this.skipString();
        else if (c === 45 || (c >= 48 && c <= 57)) {
            NUMBER.lastIndex = this.pos;
            if (!NUMBER.test(s))
                this.fail();
            this.pos = NUMBER.lastIndex;
        }
        else if (c === 116 && s.startsWith("true", this.pos))
            this.pos += 4;
        else if (c === 102 && s.startsWith("false", this.pos))
            this.pos += 5;
        else if (c === 110 && s.startsWith("null", this.pos))
            this.pos += 4;
        else if (c === 123 || c === 91)
            return false;
        else
            this.fail();
        return true;
    }
    /** Validates and skips any value, building nothing. Iterative, so nesting depth is unbounded. */
    skipValue() {
        const stack = []; // 91 `[` or 123 `{` per open container
        for (;;) {
            // A value is expected here.
            this.ws();
            const c = this.s.charCodeAt(this.pos);
            if (!this.scalar()) {
                this.pos++;
                this.ws();
                const close = c === 91 ? 93 : 125;
                if (this.s.charCodeAt(this.pos) === close)
                    this.pos++;
                else {
                    stack.push(c);
                    if (c === 123)
                        this.skipKey();
                    continue;
                }
            }
            // A value ended: close containers or move to the next element.
            for (;;) {
                const top = stack[stack.length - 1];
                if (top === undefined)
                    return;
                this.ws();
                const d = this.s.charCodeAt(this.pos);
                if (d === 44 /* , */) {
                    this.pos++;
                    if (top === 123)
                        this.skipKey();
                    break;
                }
                if (d !== (top === 91 ? 93 : 125))
                    this.fail();
                this.pos++;
                stack.pop();
            }
        }
    }
    skipKey() {
        this.ws();
        this.skipString();
        this.expect(58 /* : */);
    }
    /** Skips a value and returns its extent. */
    span() {
        this.ws();
        const start = this.pos;
        this.skipValue();
        return { start, end: this.pos };
    }
    /**
     * Walks the members of an object at `pos` (after whitespace, at `{`), calling `member(key)` with `pos` at
     * the member's value; `member` must consume the value.
     */
    object(member) {
        this.pos++;
        this.ws();
        if (this.s.charCodeAt(this.pos) === 125) {
            this.pos++;
            return;
        }
        for (;;) {
            member(this.key());
            this.ws();
            const d = this.s.charCodeAt(this.pos);
            this.pos++;
            if (d === 125)
                return;
            if (d !== 44) {
                this.pos--;
                this.fail();
            }
        }
    }
    /** Like `object`, for the elements of an array at `pos` (at `[`). */
    array(element) {
        this.pos++;
        this.ws();
        if (this.s.charCodeAt(this.pos) === 93) {
            this.pos++;
            return;
        }
        for (;;) {
            element();
            this.ws();
            const d = this.s.charCodeAt(this.pos);
            this.pos++;
            if (d === 93)
                return;
            if (d !== 44) {
                this.pos--;
                this.fail();
            }
        }
    }
    /** The value at `pos` as a list of cells, or null (value skipped) when it is not an array. */
    cells() {
        this.ws();
        if (this.s.charCodeAt(this.pos) !== 91) {
            this.skipValue();
            return null;
        }
        const out = [];
        this.array(() => {
            this.ws();
            if (this.s.charCodeAt(this.pos) !== 123) {
                this.skipValue();
                out.push({ object: false });
                return;
            }
            const cell = { object: true };
            this.object((k) => {
                if (k === "cell_type")
                    cell.cellType = this.span();
                else if (k === "source")
                    cell.source = this.span();
                else if (k === "input")
                    cell.input = this.span();
                else
                    this.skipValue();
            });
            out.push(cell);
        });
        return out;
    }
    /** nbformat 3 `worksheets`: the cells lists of its object elements (in order), or null if not an array. */
    worksheets() {
        this.ws();
        if (this.s.charCodeAt(this.pos) !== 91) {
            this.skipValue();
            return null;
        }
        const out = [];
        this.array(() => {
            this.ws();
            if (this.s.charCodeAt(this.pos) !== 123) {
                this.skipValue();
                return;
            }
            let cells = null;
            this.object((k) => {
                if (k === "cells")
                    cells = this.cells();
                else
                    this.skipValue();
            });
            out.push(cells);
        });
        return out;
    }
}
function lineColumn(s, pos) {
    let line = 1;
    let lineStart = 0;
    for (let i = s.indexOf("\n"); i >= 0 && i < pos; i = s.indexOf("\n", i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return `line ${line}, column ${pos - lineStart + 1}`;
}
/**
 * The cells of a notebook's JSON text (nbformat 4 `cells`, or nbformat 3 `worksheets[].cells` concatenated),
 * with each cell's `cell_type` and source, reading the same values `JSON.parse` would but without building
 * anything else (outputs and attachments are only skipped over). Never throws.
 */
function readNotebookCells(input) {
    const text = typeof input === "string" ? input : "";
    const r = new NotebookJsonReader(text);
    // Assigned in callbacks: typed by assertion so TypeScript does not narrow them to `null`.
    let cells = null;
    let worksheets = null;
    let isObject = false;
    try {
        r.ws();
        if (text.charCodeAt(r.pos) === 123) {
            isObject = true;
            r.object((k) => {
                if (k === "cells")
                    cells = r.cells();
                else if (k === "worksheets")
                    worksheets = r.worksheets();
                else
                    r.skipValue();
            });
        }
        else
            r.skipValue();
        r.ws();
        if (r.pos < text.length)
            r.fail();
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            return { ok: false, reason: "json", message: `${e.message} at ${lineColumn(text, e.pos)}` };
        return { ok: false, reason: "json", message: e.message };
    }
    const parse = (sp) => (sp === undefined ? undefined : JSON.parse(text.slice(sp.start, sp.end)));
    const v4 = cells;
    const v3 = worksheets;
    let refs;
    let nbformat3 = false;
    if (!isObject)
        return { ok: false, reason: "shape" };
    if (v4)
        refs = v4;
    else if (v3) {
        nbformat3 = true;
        refs = [];
        for (const wc of v3)
            if (wc)
                refs.push(...wc);
    }
    else
        return { ok: false, reason: "shape" };
    return {
        ok: true,
        nbformat3,
        cells: refs.map((c) => {
            if (!c.object)
                return c;
            return {
                object: true,
                cellType: parse(c.cellType),
                source: () => (nbformat3 ? (parse(c.input) ?? parse(c.source)) : parse(c.source)),
            };
        }),
    };
}
/** Scans a notebook's JSON text. Never throws: malformed notebooks become one `parse-error` problem. */
function scanNotebook(text, path) {
    const result = { imports: [], usages: [], declared: [], problems: [] };
    const src = typeof text === "string" ? text : "";
    const nb = readNotebookCells(src);
    if (!nb.ok) {
        result.problems.push(parseProblem(path, nb.reason === "json" ? `notebook is not valid JSON: ${nb.message}` : "notebook has no `cells` (nbformat 4) or `worksheets` (nbformat 3) list"));
        return result;
    }
    const cells = nb.cells;
    const scanPython = (0,match/* hasTrigger */.vl)(src);
    const scanner = new python_scanner/* PythonFileScanner */.ho(path);
    let badCell;
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (!cell?.object) {
            badCell ??= i;
            continue;
        }
        if (cell.cellType !== "code")
            continue;
        const code = cellSource(cell.source());
        if (code === null) {
            badCell ??= i;
            continue;
        }
        const python = stripIPython(code, path, i, result.declared);
        if (scanPython) {
            try {
                scanner.scan(python, i);
            }
            catch (e) {
                result.problems.push(parseProblem(path, `internal scanner error: ${e.message}`, i));
            }
        }
    }
    result.imports = scanner.result.imports;
    result.usages = scanner.result.usages;
    result.problems.push(...scanner.result.problems);
    if (badCell !== undefined && result.problems.length === 0) {
        result.problems.push(parseProblem(path, `notebook cell ${badCell} is malformed (expected an object with a string or string-list source)`, badCell));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/scanning/scan-code.ts
/**
 * The per-file scan of code (Python sources and notebooks), apart from the manifest readers so that the scan
 * worker (dist/worker.js) bundles and loads only the tokenizer, the matcher and the notebook reader: the
 * manifest parsers (pip-requirements-js with its grammar engine, the TOML and YAML parsers, the Dockerfile
 * parser) cost a worker about as much start-up time as it spends on a small tree. Manifests are scanned on
 * the main thread (src/scanning/scan-file.ts); both paths share readSource, so a file gives the same facts
 * wherever it is scanned.
 */





function emptyFacts(file) {
    return { path: file.path, kind: file.kind, bytes: 0, imports: [], usages: [], declared: [], locked: [], problems: [] };
}
/**
 * Reads and decodes a file into `facts` (bytes, blob id when asked). Returns its text, or undefined after
 * recording why it was not read (unreadable, binary content).
 */
function readSource(file, facts, hash) {
    let buf;
    try {
        buf = (0,external_node_fs_.readFileSync)(file.abs);
    }
    catch (e) {
        facts.problems.push({ kind: "skipped", path: file.path, message: `unreadable: ${e.code ?? "error"}` });
        return undefined;
    }
    facts.bytes = buf.length;
    if (hash)
        facts.blob = (0,cache/* blobId */.zA)(buf);
    const decoded = (0,decode/* decodeSource */.E)(buf);
    if (!decoded.ok) {
        facts.problems.push({ kind: "skipped", path: file.path, message: decoded.reason });
        return undefined;
    }
    return decoded.text;
}
/** A scanner bug must not lose the rest of the report: the file becomes a parse-error. */
function scanFailed(facts, e) {
    facts.problems.push({ kind: "parse-error", path: facts.path, message: `could not be read: ${e?.message ?? String(e)}` });
}
/**
 * A copy of `s` that does not keep the string it was cut from alive. V8 represents `text.slice(a, b)` (13
 * characters or more) as a view into `text`: a usage's `matched` or `detail` cut from a 200 KB source kept
 * the whole source in memory for the rest of the audit. Concatenating and slicing again makes V8 flatten the
 * short string into fresh memory.
 */
function ownString(s) {
    return s.length < 13 ? s : (" " + s).slice(1);
}
const FACT_LISTS = ["imports", "usages", "declared", "locked", "problems"];
/** Replaces every string field of the facts' records by its own copy (see ownString); returns `facts`. */
function detachStrings(facts) {
    for (const list of FACT_LISTS) {
        for (const rec of facts[list]) {
            for (const key in rec) {
                const v = rec[key];
                if (typeof v === "string")
                    rec[key] = ownString(v);
                else if (Array.isArray(v))
                    for (let i = 0; i < v.length; i++)
                        if (typeof v[i] === "string")
                            v[i] = ownString(v[i]);
            }
        }
    }
    return facts;
}
/** True for the kinds scanCodeFile reads (the ones a worker may be handed). */
function isCodeKind(kind) {
    return kind === "python" || kind === "notebook";
}
/** Scans one Python source or notebook. Never throws; any other kind gives empty facts. */
function scanCodeFile(file, opts = {}) {
    const facts = emptyFacts(file);
    if (!isCodeKind(file.kind))
        return facts;
    const text = readSource(file, facts, opts.hash === true);
    if (text === undefined)
        return facts;
    try {
        const r = file.kind === "python" ? (0,python_scanner/* scanPythonSource */.vS)(text, file.path) : scanNotebook(text, file.path);
        facts.imports = r.imports;
        facts.usages = r.usages;
        facts.declared = r.declared;
        facts.problems = r.problems;
        detachStrings(facts);
    }
    catch (e) {
        scanFailed(facts, e);
    }
    return facts;
}


/***/ })

};

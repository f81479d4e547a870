export const id = 827;
export const ids = [827,954];
export const modules = {

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   DEFAULT_MARGIN: () => (/* binding */ DEFAULT_MARGIN),
/* harmony export */   DEFAULT_MAX_FILE_SIZE: () => (/* binding */ DEFAULT_MAX_FILE_SIZE)
/* harmony export */ });
const DEFAULT_CONFIG_PATH = ".github/ml-framework-audit.yml";
const DEFAULT_MARGIN = 10;
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const DEFAULT_CONFIG = Object.freeze({
    priorities: {},
    targets: [],
    margin: DEFAULT_MARGIN,
    policy: { forbiddenFeatures: [], forbiddenPackages: [] },
    include: [],
    exclude: [],
    ignore: [],
    overrides: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
});


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConfigError: () => (/* binding */ ConfigError),
  DEFAULT_CANDIDATES: () => (/* binding */ DEFAULT_CANDIDATES),
  editDistance: () => (/* binding */ editDistance),
  loadConfig: () => (/* binding */ loadConfig),
  nearMatches: () => (/* binding */ nearMatches),
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/on-demand.ts
var on_demand = __webpack_require__(7004);
// EXTERNAL MODULE: ./src/knowledge/features.ts
var features = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/knowledge/matrix.ts
var matrix = __webpack_require__(3399);
// EXTERNAL MODULE: ./src/knowledge/usecases.ts
var usecases = __webpack_require__(7366);
// EXTERNAL MODULE: ./src/knowledge/packages.ts
var knowledge_packages = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The config file (.github/ml-framework-audit.yml) as a zod schema over the YAML's own (kebab-case) keys,
 * turned into the `Config` the rest of the program reads (camelCase; type and defaults in defaults.ts).
 * Documented key by key in docs/configuration.md.
 */







const frameworkEnum = schemas/* enum */.k5n(types/* FRAMEWORK_IDS */.Gt);
const criterionEnum = schemas/* enum */.k5n(matrix/* CRITERION_IDS */.lm);
const requirementEnum = schemas/* enum */.k5n(usecases/* REQUIREMENT_IDS */.RG);
const glob = schemas/* string */.YjP().min(1, "a non-empty path glob");
const globs = schemas/* array */.YOg(glob);
const policyInput = schemas/* strictObject */.rej({
    "allowed-frameworks": schemas/* array */.YOg(frameworkEnum).optional(),
    "forbidden-features": schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    "forbidden-packages": schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
});
const ignoreInput = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[a-z][a-z0-9-]*$/, "a finding id such as unused-dependency").optional(),
    code: schemas/* string */.YjP().regex(/^MFA\d{3}$/, "a finding code such as MFA102").optional(),
    paths: globs.optional(),
})
    .refine((r) => r.id !== undefined || r.code !== undefined, { message: "an `id` or a `code` (or both)" });
/** The file's shape, keys as the user writes them. */
const ConfigFileSchema = schemas/* strictObject */.rej({
    priorities: schemas/* partialRecord */.jgl(criterionEnum, schemas/* number */.aig().int().min(0).max(5)).optional(),
    targets: schemas/* array */.YOg(requirementEnum).optional(),
    margin: schemas/* number */.aig().min(0).max(100).optional(),
    policy: policyInput.optional(),
    include: globs.optional(),
    exclude: globs.optional(),
    ignore: schemas/* array */.YOg(ignoreInput).optional(),
    overrides: schemas/* array */.YOg(schemas/* strictObject */.rej({ paths: globs.min(1), policy: policyInput })).optional(),
    "max-file-size": schemas/* number */.aig().int().positive().optional(),
});
function toPolicy(p) {
    const out = {};
    if (p["allowed-frameworks"])
        out.allowedFrameworks = [...new Set(p["allowed-frameworks"])];
    if (p["forbidden-features"])
        out.forbiddenFeatures = [...new Set(p["forbidden-features"])];
    if (p["forbidden-packages"])
        out.forbiddenPackages = [...new Set(p["forbidden-packages"].map(knowledge_packages/* normalizeDistName */.RV))];
    return out;
}
/** Validated file -> Config, defaults filled in. */
function toConfig(file) {
    const policy = toPolicy(file.policy ?? {});
    return {
        priorities: { ...(file.priorities ?? {}) },
        targets: [...new Set(file.targets ?? [])],
        margin: file.margin ?? defaults.DEFAULT_MARGIN,
        policy: {
            ...(policy.allowedFrameworks ? { allowedFrameworks: policy.allowedFrameworks } : {}),
            forbiddenFeatures: policy.forbiddenFeatures ?? [],
            forbiddenPackages: policy.forbiddenPackages ?? [],
        },
        include: file.include ?? [],
        exclude: file.exclude ?? [],
        ignore: (file.ignore ?? []).map((r) => ({ ...r })),
        overrides: (file.overrides ?? []).map((o) => ({ paths: o.paths, policy: toPolicy(o.policy) })),
        maxFileSize: file["max-file-size"] ?? defaults.DEFAULT_MAX_FILE_SIZE,
    };
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reading the config file: YAML -> zod validation -> Config. Every problem is a ConfigError whose message is
 * one line naming the file, the line where known, the key path (`priorities.research-speed`) and what was
 * expected.
 */






class ConfigError extends Error {
    file;
    keyPath;
    line;
    name = "ConfigError";
    constructor(message, file, keyPath, line) {
        super(message);
        this.file = file;
        this.keyPath = keyPath;
        this.line = line;
    }
}
function formatPath(path) {
    let out = "";
    for (const seg of path) {
        if (typeof seg === "number")
            out += `[${seg}]`;
        else
            out += out === "" ? seg : `.${seg}`;
    }
    return out || "(top level)";
}
/** 1-based line of the node at `path` (or of the key `key` inside it) in the YAML document. */
function lineOf(doc, lc, path, key) {
    let node = doc.contents;
    for (const seg of path) {
        if ((0,on_demand/* yaml */.oQ)().isMap(node))
            node = node.items.find((p) => p.key?.value === seg)?.value;
        else if ((0,on_demand/* yaml */.oQ)().isSeq(node) && typeof seg === "number")
            node = node.items[seg];
        else
            return undefined;
    }
    if (key !== undefined && (0,on_demand/* yaml */.oQ)().isMap(node)) {
        const pair = node.items.find((p) => p.key?.value === key);
        node = pair?.key;
    }
    const range = node?.range;
    return range ? lc.linePos(range[0]).line : undefined;
}
/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function nearMatches(word, candidates, max = 3) {
    const w = word.toLowerCase();
    return candidates
        .map((c) => ({ c, d: editDistance(w, c.toLowerCase()) - (c.toLowerCase().includes(w) || w.includes(c.toLowerCase()) ? 2 : 0) }))
        .filter((x) => x.d <= Math.max(2, Math.floor(w.length / 3)))
        .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
        .slice(0, max)
        .map((x) => x.c);
}
function describeIssue(issue) {
    const path = issue.path.filter((p) => typeof p === "string" || typeof p === "number");
    switch (issue.code) {
        case "unrecognized_keys": {
            const allowed = allowedKeysAt(path);
            const keys = issue.keys.map((k) => {
                const near = nearMatches(k, allowed, 1);
                return near.length ? `"${k}" (did you mean "${near[0]}"?)` : `"${k}"`;
            });
            return {
                path,
                key: issue.keys[0],
                expected: `unknown key${issue.keys.length > 1 ? "s" : ""} ${keys.join(", ")}; allowed: ${allowed.join(", ")}`,
            };
        }
        case "invalid_type":
            return { path, expected: `expected ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "a mapping" : `a ${issue.expected}`}` };
        case "invalid_value": {
            const values = issue.values.map(String);
            return { path, expected: `expected one of ${values.join(", ")}` };
        }
        case "invalid_key": {
            return { path, expected: `unknown key; ${issue.message}` };
        }
        case "too_big":
            return { path, expected: `expected at most ${String(issue.maximum)}` };
        case "too_small":
            return { path, expected: issue.origin === "array" ? `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? "y" : "ies"}` : `expected at least ${String(issue.minimum)}` };
        default:
            return { path, expected: issue.message };
    }
}
function allowedKeysAt(path) {
    const top = Object.keys(ConfigFileSchema.shape);
    const policy = ["allowed-frameworks", "forbidden-features", "forbidden-packages"];
    const names = path.filter((p) => typeof p === "string");
    if (names.length === 0)
        return top;
    const last = names[names.length - 1];
    if (last === "policy")
        return policy;
    if (last === "ignore")
        return ["id", "code", "paths"];
    if (last === "overrides")
        return ["paths", "policy"];
    if (last === "priorities")
        return ["research-speed", "production-readiness", "learning-curve", "performance", "ecosystem", "community", "enterprise-support"];
    return top;
}
const FEATURE_IDS = features/* FEATURES */.G.map((f) => f.id);
/** Parse and validate config text. `file` is only used in messages. Throws ConfigError. */
function parseConfig(text, file) {
    const lc = new ((0,on_demand/* yaml */.oQ)().LineCounter)();
    const doc = (0,on_demand/* yaml */.oQ)().parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line ?? (e.pos ? lc.linePos(e.pos[0]).line : undefined);
        const what = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
        throw new ConfigError(`${file}${line ? `:${line}` : ""}: invalid YAML: ${what}`, file, undefined, line);
    }
    let raw;
    try {
        // maxAliasCount bounds alias expansion: a "billion laughs" file is an error, not a hang.
        raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (e) {
        throw new ConfigError(`${file}: invalid YAML: ${e.message.split("\n")[0]}`, file);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        throw new ConfigError(`${file}: (top level): expected a mapping of settings (priorities, targets, margin, policy, ...)`, file);
    }
    const parsed = ConfigFileSchema.safeParse(raw);
    if (!parsed.success) {
        const parts = parsed.error.issues.map((issue) => {
            const d = describeIssue(issue);
            const keyPath = d.key !== undefined ? formatPath([...d.path, d.key]) : formatPath(d.path);
            const line = lineOf(doc, lc, d.path, d.key);
            return { line, keyPath, text: `${keyPath}: ${d.expected}` };
        });
        const first = parts[0];
        const msg = `${file}${first.line ? `:${first.line}` : ""}: ${parts.map((p) => p.text).join("; ")}`;
        throw new ConfigError(msg, file, first.keyPath, first.line);
    }
    // Feature IDs must be catalogued (in the main policy and in overrides).
    const checks = [];
    if (parsed.data.policy?.["forbidden-features"])
        checks.push({ path: ["policy", "forbidden-features"], ids: parsed.data.policy["forbidden-features"] });
    parsed.data.overrides?.forEach((o, i) => {
        if (o.policy["forbidden-features"])
            checks.push({ path: ["overrides", i, "policy", "forbidden-features"], ids: o.policy["forbidden-features"] });
    });
    for (const c of checks) {
        c.ids.forEach((id, i) => {
            if (FEATURE_IDS.includes(id))
                return;
            const near = nearMatches(id, FEATURE_IDS);
            const line = lineOf(doc, lc, [...c.path, i]);
            const keyPath = formatPath([...c.path, i]);
            throw new ConfigError(`${file}${line ? `:${line}` : ""}: ${keyPath}: unknown feature ID "${id}"; ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(", ")}? ` : ""}expected a feature ID from features.md (e.g. tf.v1, torch.compile)`, file, keyPath, line);
        });
    }
    return toConfig(parsed.data);
}
function isInsideRoot(root, abs) {
    try {
        return (0,paths/* isWithin */.U)((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(abs));
    }
    catch {
        return false;
    }
}
/** The files loadConfig reads, relative to the root, when none is named (the first that exists). */
const DEFAULT_CANDIDATES = [defaults.DEFAULT_CONFIG_PATH, ".github/ml-framework-audit.yaml"];
/**
 * Load the config for the repository at `root`. `file` is relative to root (or absolute). A missing file
 * gives DEFAULT_CONFIG unless `explicit` (the user named it), then it is a ConfigError.
 */
function loadConfig(file, root, opts = {}) {
    const candidates = file ? [file] : DEFAULT_CANDIDATES;
    for (const cand of candidates) {
        const abs = (0,external_node_path_.isAbsolute)(cand) ? cand : (0,external_node_path_.join)(root, cand);
        if (!(0,external_node_fs_.existsSync)(abs))
            continue;
        const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join("/");
        const inside = (0,paths/* isWithin */.U)(root, abs);
        const display = inside ? rel : abs;
        if (!(0,external_node_fs_.statSync)(abs).isFile())
            throw new ConfigError(`${display}: expected a regular YAML file`, display);
        // A config inside the repository comes with the pull request: it must not lead outside the repository.
        if (inside && !isInsideRoot(root, abs)) {
            throw new ConfigError(`${display}: is a symbolic link to outside the repository: not read`, display);
        }
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(abs, "utf8");
        }
        catch (e) {
            throw new ConfigError(`${display}: cannot read the config file (${e.message})`, display);
        }
        const cfg = parseConfig(text, display);
        return { ...cfg, source: display };
    }
    if (opts.explicit) {
        const shown = file ?? defaults.DEFAULT_CONFIG_PATH;
        throw new ConfigError(`${shown}: config file not found (looked in ${(0,external_node_path_.isAbsolute)(shown) ? shown : (0,external_node_path_.join)(root, shown)})`, shown);
    }
    return structuredClone(defaults.DEFAULT_CONFIG);
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
        // A glob names no model: `"*.tflite"` in the files a Hugging Face download skips (stanford-crfm/levanter,
        // unslothai/unsloth) is not TFLite.
        strings: [/^[^\s'"*?]*\.tflite$/],
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
        id: "keras.backend",
        framework: "keras",
        title: "Keras 3 backend (KERAS_BACKEND)",
        // Keras 3 runs on the backend the KERAS_BACKEND environment variable names when Keras is imported:
        // `os.environ["KERAS_BACKEND"] = "jax"`, `os.environ.setdefault("KERAS_BACKEND", "torch")`.
        strings: [/^KERAS_BACKEND$/],
        stringHints: ["KERAS_BACKEND"],
        stringValue: /^(jax|tensorflow|torch|numpy|openvino)$/,
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

/***/ 3399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c7: () => (/* binding */ CRITERION_BY_ID),
/* harmony export */   lm: () => (/* binding */ CRITERION_IDS)
/* harmony export */ });
/* unused harmony exports MATRIX, isCriterionId */
const CRITERION_IDS = [
    "research-speed",
    "production-readiness",
    "learning-curve",
    "performance",
    "ecosystem",
    "community",
    "enterprise-support",
];
const SRC = "article §意思決定マトリックス";
const MATRIX = [
    { id: "research-speed", ja: "研究開発速度", title: "Research & development speed", stars: { pytorch: 5, tensorflow: 3 }, pick: "pytorch", source: SRC },
    { id: "production-readiness", ja: "本番環境対応", title: "Production readiness", stars: { pytorch: 3, tensorflow: 5 }, pick: "tensorflow", source: SRC },
    { id: "learning-curve", ja: "学習曲線", title: "Learning curve (ease)", stars: { pytorch: 5, tensorflow: 3 }, pick: "pytorch", source: SRC },
    { id: "performance", ja: "パフォーマンス", title: "Performance", stars: { pytorch: 4, tensorflow: 4 }, pick: "equal", source: SRC },
    { id: "ecosystem", ja: "エコシステム", title: "Ecosystem", stars: { pytorch: 4, tensorflow: 5 }, pick: "depends", source: SRC },
    { id: "community", ja: "コミュニティ", title: "Community", stars: { pytorch: 5, tensorflow: 4 }, pick: "pytorch", source: SRC },
    { id: "enterprise-support", ja: "企業サポート", title: "Enterprise support", stars: { pytorch: 3, tensorflow: 5 }, pick: "tensorflow", source: SRC },
];
const CRITERION_BY_ID = new Map(MATRIX.map((c) => [c.id, c]));
function isCriterionId(s) {
    return CRITERION_IDS.includes(s);
}


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
    // MLX (Apple silicon): the array framework, its Metal backend wheel, and its LLM library
    mlx: "mlx",
    "mlx-metal": "mlx",
    "mlx-lm": "mlx",
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
    mlx: "mlx",
    mlx_lm: "mlx",
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
    tf_keras: ["tf-keras", "tf-keras-nightly"],
    jax: ["jax"],
    flax: ["flax"],
    mlx: ["mlx"],
    mlx_lm: ["mlx-lm"],
    onnx: ["onnx", "onnx-weekly"],
    onnxruntime: ["onnxruntime", "onnxruntime-gpu", "onnxruntime-directml", "onnxruntime-openvino", "ort-nightly", "ort-nightly-gpu"],
    tf2onnx: ["tf2onnx"],
    onnx_tf: ["onnx-tf"],
    transformers: ["transformers"],
    diffusers: ["diffusers"],
    accelerate: ["accelerate"],
    timm: ["timm"],
    lightning: ["lightning"],
    pytorch_lightning: ["pytorch-lightning", "lightning"],
    tflite_runtime: ["tflite-runtime"],
    // google-ai-edge/ai-edge-torch depends on the nightly wheel
    ai_edge_litert: ["ai-edge-litert", "ai-edge-litert-nightly"],
    tensorflowjs: ["tensorflowjs"],
    tensorflow_serving: ["tensorflow-serving-api", "tensorflow-serving-api-gpu"],
    tensorflow_datasets: ["tensorflow-datasets", "tfds-nightly"],
    tensorflow_hub: ["tensorflow-hub", "tf-hub-nightly"],
    tensorflow_text: ["tensorflow-text", "tensorflow-text-nightly"],
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

/***/ 7366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ REQUIREMENT_BY_ID),
/* harmony export */   RG: () => (/* binding */ REQUIREMENT_IDS),
/* harmony export */   sn: () => (/* binding */ HYBRID_ADVICE)
/* harmony export */ });
/* unused harmony exports USE_CASES, isRequirementId */
const REQUIREMENT_IDS = [
    "research",
    "production-serving",
    "mobile-edge",
    "tpu",
    "gcp",
    "mlops-pipeline",
    "large-scale-training",
    "legacy-tf-assets",
];
const SRC = "article §プロジェクト要件別の推奨";
const USE_CASES = [
    {
        id: "research",
        title: "Research, prototyping and current architectures",
        recommends: "pytorch",
        criteria: ["research-speed", "learning-curve", "community"],
        articleItems: ["研究開発・プロトタイピング", "最新のアーキテクチャ実装(LLM、Diffusion Models)", "カスタム層や損失関数の頻繁な実装", "動的なモデル構造が必要", "デバッグとイテレーションの速さを重視", "コミュニティの最新実装を活用したい"],
        rationale: "The article puts research, prototyping, LLM/diffusion work and fast iteration on PyTorch's side.",
        source: SRC,
    },
    {
        id: "production-serving",
        title: "Large-scale production serving",
        recommends: "tensorflow",
        criteria: ["production-readiness", "enterprise-support"],
        articleItems: ["大規模本番環境への展開"],
        rationale: "The article recommends TensorFlow for large production deployments (TF Serving, SavedModel).",
        source: SRC,
    },
    {
        id: "mobile-edge",
        title: "Mobile and edge deployment",
        recommends: "tensorflow",
        criteria: ["production-readiness", "ecosystem"],
        articleItems: ["モバイル・エッジデバイスへの展開"],
        rationale: "The article recommends TensorFlow (TF Lite, now LiteRT) for phones and edge devices.",
        source: SRC,
    },
    {
        id: "tpu",
        title: "Large-scale training on TPUs",
        recommends: "tensorflow",
        criteria: ["performance", "enterprise-support"],
        articleItems: ["TPU を活用した大規模学習"],
        rationale: "The article recommends TensorFlow for TPU training and quotes 3.8x-6.1x speed-ups over GPUs.",
        source: SRC,
    },
    {
        id: "gcp",
        title: "Operating on Google Cloud Platform",
        recommends: "tensorflow",
        criteria: ["enterprise-support", "production-readiness"],
        articleItems: ["Google Cloud Platform での運用"],
        rationale: "The article recommends TensorFlow for teams running on Google Cloud (Vertex AI).",
        source: SRC,
    },
    {
        id: "mlops-pipeline",
        title: "Mature MLOps pipelines",
        recommends: "tensorflow",
        criteria: ["production-readiness", "ecosystem"],
        articleItems: ["成熟した MLOps パイプライン構築"],
        rationale: "The article rates TFX as the more mature MLOps stack (TensorFlow) than PyTorch Lightning.",
        source: SRC,
    },
    {
        id: "large-scale-training",
        title: "Large-scale distributed training (GPU clusters)",
        recommends: null,
        criteria: ["performance"],
        articleItems: ["分散学習の進化 (DDP/FSDP)", "TPU 最適化"],
        rationale: "The article shows strong distributed training on both sides (PyTorch 2.0 DDP/FSDP, TensorFlow strategies); only the TPU case (requirement `tpu`) leans to TensorFlow, so this requirement backs neither.",
        source: "article §分散学習の進化, §TPU 最適化",
    },
    {
        id: "legacy-tf-assets",
        title: "Existing TensorFlow assets",
        recommends: "tensorflow",
        criteria: ["ecosystem"],
        articleItems: ["既存の TensorFlow アセットがある"],
        rationale: "The article recommends staying on TensorFlow when the project already owns TensorFlow models and code.",
        source: SRC,
    },
];
const REQUIREMENT_BY_ID = new Map(USE_CASES.map((r) => [r.id, r]));
function isRequirementId(s) {
    return REQUIREMENT_IDS.includes(s);
}
/** The article's hybrid approach: research in PyTorch, production in TensorFlow, ONNX in between. */
const HYBRID_ADVICE = {
    source: "article §ハイブリッドアプローチ / ONNX による相互運用",
    /** The export settings the article's example uses. */
    export: { call: "torch.onnx.export", opsetVersion: 15, dynamicAxes: { input: { 0: "batch_size" }, output: { 0: "batch_size" } } },
    recommendation: "Keep one explicit boundary between the two stacks: export the PyTorch model with torch.onnx.export (pin opset_version, the article uses 15, and mark the batch axis dynamic via dynamic_axes), then serve the .onnx file with onnxruntime or convert it on the TensorFlow side.",
    correction: "The article loads the ONNX file into TensorFlow with onnx-tf, which is no longer maintained; prefer onnxruntime for inference, tf2onnx for TensorFlow -> ONNX, or the LiteRT (ai-edge-torch) converters for PyTorch -> edge.",
};


/***/ })

};

export const id = 807;
export const ids = [807];
export const modules = {

/***/ 9807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: FORMATS, USAGE, render

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/knowledge/features.ts
var features = __webpack_require__(7509);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/core/types.ts
/**
 * The plain data that flows through the engine:
 *   discovery -> per-file facts (scanning) -> Facts -> Report (analysis) -> renderers.
 * Nothing here imports anything: every layer depends on these shapes, not on each other.
 */
const FRAMEWORK_IDS = ["pytorch", "tensorflow", "keras", "jax"];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

;// CONCATENATED MODULE: ./src/knowledge/matrix.ts
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

;// CONCATENATED MODULE: ./src/knowledge/usecases.ts
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
const usecases_SRC = "article §プロジェクト要件別の推奨";
const USE_CASES = [
    {
        id: "research",
        title: "Research, prototyping and current architectures",
        recommends: "pytorch",
        criteria: ["research-speed", "learning-curve", "community"],
        articleItems: ["研究開発・プロトタイピング", "最新のアーキテクチャ実装(LLM、Diffusion Models)", "カスタム層や損失関数の頻繁な実装", "動的なモデル構造が必要", "デバッグとイテレーションの速さを重視", "コミュニティの最新実装を活用したい"],
        rationale: "The article puts research, prototyping, LLM/diffusion work and fast iteration on PyTorch's side.",
        source: usecases_SRC,
    },
    {
        id: "production-serving",
        title: "Large-scale production serving",
        recommends: "tensorflow",
        criteria: ["production-readiness", "enterprise-support"],
        articleItems: ["大規模本番環境への展開"],
        rationale: "The article recommends TensorFlow for large production deployments (TF Serving, SavedModel).",
        source: usecases_SRC,
    },
    {
        id: "mobile-edge",
        title: "Mobile and edge deployment",
        recommends: "tensorflow",
        criteria: ["production-readiness", "ecosystem"],
        articleItems: ["モバイル・エッジデバイスへの展開"],
        rationale: "The article recommends TensorFlow (TF Lite, now LiteRT) for phones and edge devices.",
        source: usecases_SRC,
    },
    {
        id: "tpu",
        title: "Large-scale training on TPUs",
        recommends: "tensorflow",
        criteria: ["performance", "enterprise-support"],
        articleItems: ["TPU を活用した大規模学習"],
        rationale: "The article recommends TensorFlow for TPU training and quotes 3.8x-6.1x speed-ups over GPUs.",
        source: usecases_SRC,
    },
    {
        id: "gcp",
        title: "Operating on Google Cloud Platform",
        recommends: "tensorflow",
        criteria: ["enterprise-support", "production-readiness"],
        articleItems: ["Google Cloud Platform での運用"],
        rationale: "The article recommends TensorFlow for teams running on Google Cloud (Vertex AI).",
        source: usecases_SRC,
    },
    {
        id: "mlops-pipeline",
        title: "Mature MLOps pipelines",
        recommends: "tensorflow",
        criteria: ["production-readiness", "ecosystem"],
        articleItems: ["成熟した MLOps パイプライン構築"],
        rationale: "The article rates TFX as the more mature MLOps stack (TensorFlow) than PyTorch Lightning.",
        source: usecases_SRC,
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
        source: usecases_SRC,
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

// EXTERNAL MODULE: ./src/knowledge/packages.ts
var knowledge_packages = __webpack_require__(8439);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The config file (.github/ml-framework-audit.yml) as a zod schema over the YAML's own (kebab-case) keys,
 * the `Config` the rest of the program reads (camelCase), and the defaults: this file is the one place
 * where defaults live. Documented key by key in docs/configuration.md.
 */





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
const frameworkEnum = schemas/* enum */.k5n(FRAMEWORK_IDS);
const criterionEnum = schemas/* enum */.k5n(CRITERION_IDS);
const requirementEnum = schemas/* enum */.k5n(REQUIREMENT_IDS);
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
        margin: file.margin ?? DEFAULT_MARGIN,
        policy: {
            ...(policy.allowedFrameworks ? { allowedFrameworks: policy.allowedFrameworks } : {}),
            forbiddenFeatures: policy.forbiddenFeatures ?? [],
            forbiddenPackages: policy.forbiddenPackages ?? [],
        },
        include: file.include ?? [],
        exclude: file.exclude ?? [],
        ignore: (file.ignore ?? []).map((r) => ({ ...r })),
        overrides: (file.overrides ?? []).map((o) => ({ paths: o.paths, policy: toPolicy(o.policy) })),
        maxFileSize: file["max-file-size"] ?? DEFAULT_MAX_FILE_SIZE,
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
        if ((0,dist/* isMap */.jh)(node))
            node = node.items.find((p) => p.key?.value === seg)?.value;
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === "number")
            node = node.items[seg];
        else
            return undefined;
    }
    if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
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
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
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
        const r = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(abs));
        return !r.startsWith("..") && !(0,external_node_path_.isAbsolute)(r);
    }
    catch {
        return false;
    }
}
const DEFAULT_CANDIDATES = [DEFAULT_CONFIG_PATH, ".github/ml-framework-audit.yaml"];
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
        const display = rel.startsWith("..") ? abs : rel;
        if (!(0,external_node_fs_.statSync)(abs).isFile())
            throw new ConfigError(`${display}: expected a regular YAML file`, display);
        // A config inside the repository comes with the pull request: it must not lead outside the repository.
        if (!rel.startsWith("..") && !isInsideRoot(root, abs)) {
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
        const shown = file ?? DEFAULT_CONFIG_PATH;
        throw new ConfigError(`${shown}: config file not found (looked in ${(0,external_node_path_.isAbsolute)(shown) ? shown : (0,external_node_path_.join)(root, shown)})`, shown);
    }
    return structuredClone(DEFAULT_CONFIG);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/analysis/context.ts

const CODE_KINDS = new Set(["python", "notebook"]);
const MANIFEST_KINDS = new Set(["requirements", "pyproject", "setup-py", "setup-cfg", "pipfile", "conda", "dockerfile", "package-json"]);
function compareLoc(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    const ca = a.cell ?? -1;
    const cb = b.cell ?? -1;
    if (ca !== cb)
        return ca - cb;
    return a.line - b.line;
}
/** Image repository without tag/digest, lower-case (`pytorch/pytorch:2.1-cuda` -> `pytorch/pytorch`). */
function imageName(dep) {
    const n = dep.normalizedName || dep.name;
    return n.replace(/@sha256:[0-9a-f]+$/i, "").replace(/:[^/:]+$/, "").toLowerCase();
}
/** The Docker tag of an image declaration (the scanner stores it as the specifier). */
function imageTag(dep) {
    if (dep.specifier)
        return dep.specifier.replace(/^:/, "");
    const m = /:([^/:@]+)(@sha256:[0-9a-f]+)?$/i.exec(dep.name);
    return m?.[1] ?? "";
}
/** Catalogued features by the distribution that implies them (catalogue order kept), and those with images. */
const FEATURES_BY_DISTRIBUTION = new Map();
for (const feat of features/* FEATURES */.G) {
    for (const dist of new Set(feat.distributions ?? [])) {
        let list = FEATURES_BY_DISTRIBUTION.get(dist);
        if (!list)
            FEATURES_BY_DISTRIBUTION.set(dist, (list = []));
        list.push(feat);
    }
}
const FEATURES_WITH_IMAGES = features/* FEATURES */.G.filter((f) => (f.dockerImages ?? []).length > 0);
function buildContext(facts, config) {
    const kinds = new Map();
    const imports = [];
    const declared = [];
    const locked = [];
    const rawUsages = [];
    const problems = [...(facts.problems ?? [])];
    for (const f of facts.files ?? []) {
        kinds.set(f.path, f.kind);
        if (CODE_KINDS.has(f.kind)) {
            for (const imp of f.imports ?? []) {
                if (typeof imp.module !== "string" || imp.module === "")
                    continue;
                imports.push({ ...imp, path: imp.path || f.path, top: imp.module.split(".")[0] });
            }
        }
        for (const d of f.declared ?? [])
            declared.push({ ...d, path: d.path || f.path });
        for (const l of f.locked ?? [])
            locked.push(l);
        for (const u of f.usages ?? [])
            rawUsages.push({ ...u, path: u.path || f.path, fileKind: f.kind });
        for (const p of f.problems ?? [])
            problems.push({ ...p, path: p.path || f.path });
    }
    const lockIndex = new Map();
    for (const l of [...locked].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        if (!lockIndex.has(l.normalizedName))
            lockIndex.set(l.normalizedName, l.version);
    }
    for (const d of declared) {
        if (d.resolvedVersion == null && (d.ecosystem === "pypi" || d.ecosystem === "conda")) {
            d.resolvedVersion = lockIndex.get(d.normalizedName) ?? null;
        }
    }
    // Usages implied by declarations (features.md: a declared distribution / serving image counts as a usage).
    for (const d of declared) {
        const image = d.ecosystem === "docker" ? imageName(d) : undefined;
        const candidates = image === undefined ? FEATURES_BY_DISTRIBUTION.get(d.normalizedName) : FEATURES_WITH_IMAGES;
        if (!candidates)
            continue;
        for (const feat of candidates) {
            const byDist = image === undefined;
            const byImage = image !== undefined && feat.dockerImages.some((re) => re.test(image));
            if (byDist || byImage) {
                rawUsages.push({
                    feature: feat.id,
                    path: d.path,
                    line: d.line,
                    ...(d.cell !== undefined ? { cell: d.cell } : {}),
                    matched: byImage ? imageName(d) : d.normalizedName,
                    fileKind: kinds.get(d.path),
                    derived: true,
                });
            }
        }
    }
    const seen = new Set();
    const usages = [];
    for (const u of rawUsages) {
        if (typeof u.feature !== "string")
            continue;
        const key = `${u.feature}\u0000${u.path}\u0000${u.cell ?? ""}\u0000${u.line}\u0000${u.detail ?? ""}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        usages.push(u);
    }
    usages.sort((a, b) => compareLoc(a, b) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
    imports.sort(compareLoc);
    declared.sort(compareLoc);
    const hasCode = [...kinds.values()].some((k) => CODE_KINDS.has(k));
    const hasManifest = [...kinds.values()].some((k) => MANIFEST_KINDS.has(k)) || declared.length > 0;
    return {
        facts,
        config,
        imports,
        declared,
        locked,
        usages,
        problems,
        kinds,
        hasCode,
        hasManifest,
        localModules: new Set(facts.localModules ?? []),
    };
}
/** True when `name` equals `ref` or lies under it (`torch.cuda.amp.autocast` is under `torch.cuda.amp`). */
function underRef(name, ref) {
    return name !== undefined && (name === ref || name.startsWith(ref + "."));
}
function featureFramework(id) {
    const def = features/* FEATURE_BY_ID */.d.get(id);
    if (def)
        return def.framework;
    if (id.startsWith("torch."))
        return "pytorch";
    if (id.startsWith("tf."))
        return "tensorflow";
    return "interop";
}

;// CONCATENATED MODULE: ./src/analysis/frameworks.ts
/** Frameworks found (imported and/or declared) and the primary framework. */



const MAX_WITNESSES = 20;
/**
 * Frameworks an import belongs to. `tensorflow.keras` (tf.keras) counts for TensorFlow AND Keras: importing
 * it imports TensorFlow. A standalone `import keras` counts for Keras only (Keras 3 is backend-agnostic).
 */
function frameworksOfImport(module) {
    const fw = (0,knowledge_packages/* frameworkOfImport */.P4)(module);
    if (!fw)
        return [];
    if (fw === "keras" && (module === "tensorflow.keras" || module.startsWith("tensorflow.keras.")))
        return ["tensorflow", "keras"];
    return [fw];
}
function frameworkOfDeclared(dep) {
    if (dep.ecosystem === "docker")
        return (0,knowledge_packages/* frameworkOfDockerImage */.v0)(imageName(dep));
    if (dep.ecosystem === "pypi" || dep.ecosystem === "conda")
        return (0,knowledge_packages/* frameworkOfDistribution */.Cy)(dep.normalizedName);
    return undefined;
}
function toRef(d) {
    return {
        path: d.path,
        line: d.line,
        name: d.name,
        specifier: d.specifier,
        resolvedVersion: d.resolvedVersion ?? null,
        ...(d.cell !== undefined ? { cell: d.cell } : {}),
        ...(d.source ? { source: d.source } : {}),
        ...(d.group ? { group: d.group } : {}),
    };
}
function loc(i) {
    return { path: i.path, line: i.line, ...(i.cell !== undefined ? { cell: i.cell } : {}), ...(i.column !== undefined ? { column: i.column } : {}) };
}
function buildFrameworks(ctx) {
    const imports = new Map();
    const declared = new Map();
    for (const imp of ctx.imports) {
        for (const fw of frameworksOfImport(imp.module)) {
            if (!imports.has(fw))
                imports.set(fw, []);
            imports.get(fw).push(imp);
        }
    }
    for (const d of ctx.declared) {
        const fw = frameworkOfDeclared(d);
        if (!fw)
            continue;
        if (!declared.has(fw))
            declared.set(fw, []);
        declared.get(fw).push(d);
    }
    const out = [];
    for (const id of FRAMEWORK_IDS) {
        const imps = imports.get(id) ?? [];
        const decl = declared.get(id) ?? [];
        if (imps.length === 0 && decl.length === 0)
            continue;
        out.push({ id, imported: imps.length > 0, importWitnesses: imps.slice(0, MAX_WITNESSES).map(loc), importCount: imps.length, declared: decl.map(toRef) });
    }
    return out;
}
/** Code evidence per framework: imports plus feature usages in Python sources and notebooks. */
function codeEvidence(ctx, frameworks, featureFramework) {
    const score = new Map();
    for (const f of frameworks)
        score.set(f.id, f.importCount);
    for (const u of ctx.usages) {
        if (!u.fileKind || !CODE_KINDS.has(u.fileKind))
            continue;
        const fw = featureFramework(u.feature);
        if (fw === "interop")
            continue;
        if (score.has(fw))
            score.set(fw, score.get(fw) + 1);
    }
    return score;
}
/** The framework with the most code evidence; ties -> more declarations -> FRAMEWORK_IDS order. */
function primaryOf(frameworks, evidence) {
    if (frameworks.length === 0)
        return null;
    const ranked = [...frameworks].sort((a, b) => (evidence.get(b.id) ?? 0) - (evidence.get(a.id) ?? 0) ||
        b.declared.length - a.declared.length ||
        FRAMEWORK_IDS.indexOf(a.id) - FRAMEWORK_IDS.indexOf(b.id));
    return ranked[0].id;
}

;// CONCATENATED MODULE: ./src/analysis/features.ts



function features_loc(u) {
    return { path: u.path, line: u.line, ...(u.cell !== undefined ? { cell: u.cell } : {}), ...(u.column !== undefined ? { column: u.column } : {}) };
}
function buildFeatures(ctx) {
    const byId = new Map();
    for (const u of ctx.usages) {
        if (!byId.has(u.feature))
            byId.set(u.feature, []);
        byId.get(u.feature).push(u);
    }
    const order = features/* FEATURES */.G.map((f) => f.id);
    const ids = [...byId.keys()].sort((a, b) => {
        const ia = order.indexOf(a);
        const ib = order.indexOf(b);
        if (ia !== ib)
            return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib) || (a < b ? -1 : 1);
        return a < b ? -1 : a > b ? 1 : 0;
    });
    return ids.map((id) => {
        const us = byId.get(id);
        // one witness per location (a line may carry several details)
        const seen = new Set();
        const witnesses = [];
        for (const u of us) {
            const k = `${u.path}\u0000${u.cell ?? ""}\u0000${u.line}`;
            if (seen.has(k))
                continue;
            seen.add(k);
            witnesses.push(features_loc(u));
        }
        const details = [...new Set(us.map((u) => u.detail).filter((d) => typeof d === "string" && d !== ""))].sort();
        return {
            id,
            framework: featureFramework(id),
            witnesses: witnesses.slice(0, MAX_WITNESSES),
            count: witnesses.length,
            ...(details.length ? { details } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./src/analysis/fit.ts


const DEFAULT_WEIGHT = 3;
const MATRIX_SHARE = 0.6;
const USECASE_SHARE = 0.4;
const NAME = { pytorch: "PyTorch", tensorflow: "TensorFlow", keras: "Keras", jax: "JAX" };
function criterionWeights(requirements, config) {
    return CRITERION_IDS.map((id) => {
        const c = CRITERION_BY_ID.get(id);
        const configured = config.priorities[id];
        const raisedBy = requirements.filter((r) => REQUIREMENT_BY_ID.get(r.id)?.criteria.includes(id)).map((r) => r.id);
        let weight;
        let weightSource;
        let evidence;
        if (configured !== undefined) {
            weight = configured;
            weightSource = "config";
            evidence = ["config:priorities"];
        }
        else if (raisedBy.length > 0) {
            weight = Math.min(5, DEFAULT_WEIGHT + raisedBy.length);
            weightSource = "inferred";
            evidence = raisedBy;
        }
        else {
            weight = DEFAULT_WEIGHT;
            weightSource = "default";
            evidence = [];
        }
        return {
            id,
            weight,
            pytorch: c.stars.pytorch,
            tensorflow: c.stars.tensorflow,
            weightSource,
            evidence,
            weighted: { pytorch: weight * c.stars.pytorch, tensorflow: weight * c.stars.tensorflow },
        };
    });
}
const round1 = (x) => Math.round(x * 10) / 10;
function computeScores(criteria, requirements) {
    const totalW = criteria.reduce((s, c) => s + c.weight, 0);
    const matrix = {
        pytorch: totalW > 0 ? (100 * criteria.reduce((s, c) => s + c.weight * c.pytorch, 0)) / (5 * totalW) : 50,
        tensorflow: totalW > 0 ? (100 * criteria.reduce((s, c) => s + c.weight * c.tensorflow, 0)) / (5 * totalW) : 50,
    };
    const votes = { pytorch: [], tensorflow: [], neutral: [] };
    for (const r of requirements) {
        const rec = REQUIREMENT_BY_ID.get(r.id)?.recommends;
        if (rec === "pytorch")
            votes.pytorch.push(r.id);
        else if (rec === "tensorflow")
            votes.tensorflow.push(r.id);
        else
            votes.neutral.push(r.id);
    }
    const n = requirements.length;
    const usecase = {
        pytorch: n > 0 ? (100 * (votes.pytorch.length + votes.neutral.length / 2)) / n : 50,
        tensorflow: n > 0 ? (100 * (votes.tensorflow.length + votes.neutral.length / 2)) / n : 50,
    };
    const scores = {
        pytorch: Math.round(MATRIX_SHARE * matrix.pytorch + USECASE_SHARE * usecase.pytorch),
        tensorflow: Math.round(MATRIX_SHARE * matrix.tensorflow + USECASE_SHARE * usecase.tensorflow),
    };
    return { matrix: { pytorch: round1(matrix.pytorch), tensorflow: round1(matrix.tensorflow) }, usecase: { pytorch: round1(usecase.pytorch), tensorflow: round1(usecase.tensorflow) }, scores, votes };
}
/** The compared framework the project actually runs on, or null (none, or only JAX / backend-agnostic Keras). */
function frameworkInUse(frameworks, primary) {
    const compared = frameworks.filter((f) => f.id === "pytorch" || f.id === "tensorflow");
    const imported = compared.filter((f) => f.imported);
    const pool = imported.length > 0 ? imported : compared;
    if (pool.length === 1)
        return pool[0].id;
    if (pool.length === 0)
        return null;
    if (primary === "pytorch" || primary === "tensorflow")
        return primary;
    const byImports = [...pool].sort((a, b) => b.importCount - a.importCount || b.declared.length - a.declared.length || (a.id < b.id ? -1 : 1));
    return byImports[0].id;
}
function listReqs(reqs) {
    return reqs.map((r) => `${r.id} (${r.evidence.slice(0, 3).join(", ")}${r.evidence.length > 3 ? ", ..." : ""})`).join("; ");
}
function where(f) {
    if (!f)
        return "";
    const w = f.importWitnesses[0];
    if (w)
        return `${f.importCount} import${f.importCount === 1 ? "" : "s"}, first at ${w.path}${w.cell !== undefined ? ` cell ${w.cell}` : ""}:${w.line}`;
    const d = f.declared[0];
    return d ? `declared in ${d.path}:${d.line}, never imported` : "";
}
function computeFit(input) {
    const { frameworks, primary, requirements, config } = input;
    const margin = config.margin;
    const criteria = criterionWeights(requirements, config);
    const parts = computeScores(criteria, requirements);
    const { scores } = parts;
    const diff = scores.tensorflow - scores.pytorch;
    const favoured = diff > margin ? "tensorflow" : -diff > margin ? "pytorch" : null;
    const pt = frameworks.find((f) => f.id === "pytorch");
    const tf = frameworks.find((f) => f.id === "tensorflow");
    const recommendations = [];
    const weightsText = criteria
        .filter((c) => c.weightSource !== "default")
        .map((c) => `${c.id} ${c.weight} (${c.weightSource === "config" ? "config" : c.evidence?.join("+")})`)
        .join(", ");
    const scoreText = `PyTorch scores ${scores.pytorch} and TensorFlow ${scores.tensorflow} ` +
        `(decision-matrix part ${parts.matrix.pytorch} vs ${parts.matrix.tensorflow}, use-case part ${parts.usecase.pytorch} vs ${parts.usecase.tensorflow})`;
    const reqText = requirements.length
        ? `Requirements found: ${listReqs(requirements)}.`
        : "No requirement from the article's \"choose X when\" lists was found, so the use-case part is neutral (50/50).";
    const weightSentence = weightsText ? ` Weights that differ from the neutral 3: ${weightsText}.` : " Every criterion keeps the neutral weight 3.";
    if (frameworks.length === 0) {
        return {
            requirements,
            criteria,
            scores,
            verdict: "no-ml",
            explanation: `No ML framework was found: nothing imports or declares PyTorch, TensorFlow, Keras or JAX, so there is no stack to weigh. ${reqText}${weightSentence} For reference only, ${scoreText}.`,
            favoured: null,
            margin,
            recommendations,
            matrixScores: parts.matrix,
            useCaseScores: parts.usecase,
        };
    }
    const hybrid = Boolean(pt?.imported && tf?.imported);
    const inUse = frameworkInUse(frameworks, primary);
    let verdict;
    let lead;
    if (hybrid) {
        verdict = "hybrid";
        lead = `Both stacks are imported in code: PyTorch (${where(pt)}) and TensorFlow (${where(tf)}), which is the article's hybrid pattern.`;
        recommendations.push(HYBRID_ADVICE.recommendation, HYBRID_ADVICE.correction);
    }
    else if (inUse === null) {
        verdict = "fit";
        const others = frameworks.map((f) => NAME[f.id]).join(", ");
        lead = `The project uses ${others} but neither PyTorch nor TensorFlow directly; the article does not rate it, so the scores only say which of the two its requirements would favour.`;
    }
    else {
        const other = inUse === "pytorch" ? "tensorflow" : "pytorch";
        const lagging = scores[other] - scores[inUse];
        verdict = lagging > margin ? "mismatch" : "fit";
        lead = `${NAME[inUse]} is the framework in use (${where(inUse === "pytorch" ? pt : tf)}).`;
        if (verdict === "mismatch") {
            const drivers = (other === "tensorflow" ? parts.votes.tensorflow : parts.votes.pytorch).join(", ");
            recommendations.push(`The article's criteria favour ${NAME[other]} for this project${drivers ? ` because of ${drivers}` : ""}. Either record why ${NAME[inUse]} stays (set \`priorities\` in the config so the report weighs what matters to the team) or plan the parts that need ${NAME[other]} behind an ONNX boundary.`);
        }
    }
    const gapText = verdict === "mismatch"
        ? `${NAME[inUse === "pytorch" ? "tensorflow" : "pytorch"]} leads by ${Math.abs(diff)} points, more than the margin of ${margin}, so the verdict is mismatch.`
        : verdict === "hybrid"
            ? `The scores differ by ${Math.abs(diff)} points (margin ${margin}); with both stacks in code the verdict is hybrid.`
            : favoured === null
                ? `The difference of ${Math.abs(diff)} points is within the margin of ${margin}, so the verdict is fit.`
                : inUse === null
                    ? `The scores favour ${NAME[favoured]} by ${Math.abs(diff)} points.`
                    : `The scores favour ${NAME[favoured]}, the stack in use, by ${Math.abs(diff)} points, so the verdict is fit.`;
    return {
        requirements,
        criteria,
        scores,
        verdict,
        explanation: `${lead} ${reqText}${weightSentence} Weighting the article's decision matrix this way, ${scoreText}. ${gapText}`,
        favoured,
        margin,
        recommendations,
        matrixScores: parts.matrix,
        useCaseScores: parts.usecase,
    };
}

;// CONCATENATED MODULE: ./src/analysis/findings/registry.ts
const DOCS_BASE = "https://github.com/ml-framework-audit/ml-framework-audit/blob/main/docs/findings/";
function docFileName(kind) {
    return `${kind.code}-${kind.id}.md`;
}
function helpUri(kind) {
    return DOCS_BASE + docFileName(kind);
}
const FINDING_KINDS = [
    {
        code: "MFA001",
        id: "parse-error",
        severity: "warning",
        title: "File could not be parsed",
        summary: "A manifest, notebook or source file in the repository is malformed, so the audit could not read it.",
        why: "Whatever that file declares or imports is missing from the report: a broken requirements file or notebook can hide a framework, a dependency or a deprecated API. The audit keeps going with the other files.",
        example: [{ file: "pyproject.toml", lang: "toml", code: '[project\nname = "demo"\ndependencies = ["torch>=2.1"]' }],
        fix: "Fix the syntax at the reported line (the file usually fails for pip, Poetry or Jupyter as well), or exclude the file with `exclude` in the config if it is a deliberate fixture.",
        notReported: "Files the audit does not read (by extension or because they match `exclude`).",
    },
    {
        code: "MFA002",
        id: "skipped-file",
        severity: "info",
        title: "File skipped",
        summary: "A file was not scanned: too large (`max-file-size`), unreadable, binary, or a symlink leading outside the repository.",
        why: "Skipped files are not part of the evidence. Usually harmless (vendored data, generated notebooks), but worth a glance when a framework seems to be missing from the report.",
        example: [{ file: ".github/ml-framework-audit.yml", lang: "yaml", code: "max-file-size: 100000   # a 2 MB notebook is now skipped" }],
        fix: "Raise `max-file-size`, or silence the finding for the path with `ignore: [{code: MFA002, paths: [\"data/**\"]}]`.",
        notReported: "Files excluded on purpose by `exclude` or `.gitignore`-style rules of the discovery step.",
    },
    {
        code: "MFA101",
        id: "missing-dependency",
        severity: "error",
        title: "ML package imported but not declared",
        summary: "Code imports an ML package (torch, tensorflow, transformers, onnxruntime, ...) that no manifest of the repository declares.",
        why: "A fresh install from the manifests will fail with ImportError, or silently pick whatever version another package pulls in transitively. Pinning the framework is what makes training and serving reproducible.",
        example: [
            { file: "requirements.txt", lang: "text", code: "numpy>=1.26" },
            { file: "train.py", lang: "python", code: "import torch\nfrom transformers import AutoModel" },
        ],
        fix: "Declare the distribution that provides the import (`torch`, `transformers`, ...) in the manifest the project installs from: requirements.txt, pyproject.toml, environment.yml or the Dockerfile (an official framework image such as `pytorch/pytorch` counts for the framework itself).",
        notReported: "First-party modules (a local package or module of the same name), imports not in the audit's ML package table, and packages that a declared Docker base image ships (pytorch/pytorch provides torch, torchvision and torchaudio; tensorflow/tensorflow provides tensorflow and keras), and optional imports: those in the body of a `try:` whose `except` catches ImportError, ModuleNotFoundError, Exception or everything (unless the handler just re-raises), or of `with contextlib.suppress(ImportError):`. The code runs without them; where the same package is also imported unguarded, only those places are listed.",
    },
    {
        code: "MFA102",
        id: "unused-dependency",
        severity: "warning",
        title: "ML framework declared but never imported",
        summary: "A manifest declares an ML framework or library that no Python file or notebook imports.",
        why: "Framework wheels are large (a CUDA build of torch or tensorflow is several GB): an unused one slows every install and image build, widens the attack surface and confuses readers about which stack the project runs on.",
        example: [
            { file: "requirements.txt", lang: "text", code: "torch==2.3.1\ntensorflow==2.16.1" },
            { file: "train.py", lang: "python", code: "import torch" },
        ],
        fix: "Remove the declaration, or move it to the optional group that actually needs it. If the package is used without an import (a plugin, a CLI), silence it with `ignore: [{id: unused-dependency, paths: [\"requirements.txt\"]}]`.",
        notReported: "Docker images; repositories without any Python code; packages used through a CLI or counted as a feature by their declaration (torchserve, tensorflowjs, tf2onnx, onnxruntime, transformers, lightning, accelerate, deepspeed, ...); companions used by an imported library (torchvision/torchaudio next to torch, keras or a framework acting as Keras' backend, jaxlib next to jax, a framework under Lightning, Transformers or timm).",
    },
    {
        code: "MFA201",
        id: "version-too-old",
        severity: "error",
        title: "Pinned framework version lacks a feature the code uses",
        summary: "The code uses a feature (torch.compile, jit_compile, FSDP2 fully_shard, ...) that no version allowed by the project's declaration provides.",
        why: "The code fails at run time (AttributeError / unexpected keyword) on the versions the manifests install. The check follows PEP 440 for pip specifiers, conda match specs, the tags of the official Docker images and lock-file versions, and fires only when *no* allowed version is new enough.",
        example: [
            { file: "requirements.txt", lang: "text", code: "torch==1.13.1" },
            { file: "train.py", lang: "python", code: "import torch\nmodel = torch.compile(model)   # needs torch >= 2.0" },
        ],
        fix: "Raise the pin to at least the version named in the message (and refresh the lock file), or stop using the feature.",
        notReported: "Unpinned or open-ended declarations (`torch`, `torch>=1.8`), direct URLs, and unreadable Docker tags (`latest`, NGC `23.10-py3`). A Dockerfile whose `pip install` line declares the framework is judged by that line, not by its base image.",
    },
    {
        code: "MFA301",
        id: "deprecated-api",
        severity: "warning",
        title: "Deprecated or removed framework API",
        summary: "The code calls an API that its framework has deprecated, removed or put in maintenance mode (torch.cuda.amp, tf.estimator, tf.contrib, TorchScript, Lightning precision=16, ...).",
        why: "Deprecated APIs warn today and break on upgrade; removed ones pin the project to an old release. Several of them appear in the comparison article itself, which predates the replacements.",
        example: [{ file: "train.py", lang: "python", code: "from torch.cuda.amp import autocast\nwith autocast():\n    loss = model(x)" }],
        fix: "Switch to the replacement named in the message (e.g. `torch.amp.autocast(\"cuda\")`, `torch.ao.quantization` / torchao, `torch.export`, Keras instead of Estimators).",
        notReported: "Mentions in comments, docstrings or Markdown cells: only real code counts.",
    },
    {
        code: "MFA302",
        id: "deprecated-package",
        severity: "warning",
        title: "Deprecated, renamed or unmaintained package",
        summary: "A manifest declares (or code imports) a package that is gone, renamed or no longer maintained: tensorflow-gpu, pytorch-lightning, tflite-runtime, onnx-tf, tensorflow-addons, torchtext, ...",
        why: "Such packages stop receiving fixes and wheels for new Python and CUDA versions, and some (tensorflow-gpu) refuse to install at all in current versions.",
        example: [{ file: "requirements.txt", lang: "text", code: "tensorflow-gpu==2.10.1" }],
        fix: "Replace it with the successor named in the message (tensorflow, lightning, ai-edge-litert, onnxruntime/tf2onnx, ...).",
        notReported: "Packages that are merely old versions of maintained projects (see version-too-old for those).",
    },
    {
        code: "MFA401",
        id: "hybrid-stack",
        severity: "info",
        title: "PyTorch and TensorFlow both used",
        summary: "Both frameworks are imported in real code.",
        why: "The comparison article recommends this split only with an explicit boundary (research in PyTorch, production in TensorFlow, ONNX in between). Without one, the project carries two CUDA stacks and two sets of upgrade risks.",
        example: [
            { file: "research/train.py", lang: "python", code: "import torch" },
            { file: "serving/export.py", lang: "python", code: "import tensorflow as tf" },
        ],
        fix: "Make the boundary explicit: export with `torch.onnx.export` (pin `opset_version`, mark the batch axis in `dynamic_axes`) and serve the ONNX model with onnxruntime, or convert it with maintained tools (not onnx-tf). If the split is intended, silence the finding with `ignore: [{id: hybrid-stack}]`.",
        notReported: "A framework that is only declared, or only mentioned in comments.",
    },
    {
        code: "MFA402",
        id: "framework-mismatch",
        severity: "warning",
        title: "The other framework fits the project's requirements better",
        summary: "Weighed by the article's criteria and use cases, the framework not in use scores more than `margin` points higher than the one in use.",
        why: "The requirements the code shows (mobile/edge deployment, TPU training, TF Serving, research tooling, ...) are the ones the article uses to pick a framework; a large gap is worth a conscious decision. See docs/fit-model.md for the exact computation.",
        example: [
            { file: "app/convert.py", lang: "python", code: "import torch\n# the project also ships .tflite models and targets TPUs" },
            { file: ".github/ml-framework-audit.yml", lang: "yaml", code: "targets: [mobile-edge, tpu, gcp]" },
        ],
        fix: "Either record the team's priorities in the config (`priorities`), which re-weights the criteria, or raise `margin`; or plan the migration of the parts that need the other framework.",
        notReported: "Hybrid stacks (see hybrid-stack) and repositories without PyTorch or TensorFlow.",
    },
    {
        code: "MFA403",
        id: "deployment-gap",
        severity: "warning",
        title: "Deployment target without a deployment path",
        summary: "A requirement (from code or config `targets`) has nothing in the repository that can deliver it: mobile/edge without LiteRT/TF Lite, ExecuTorch, Core ML or TensorFlow.js; production serving without any servable export or server; TPU without a TPU code path.",
        why: "The team said (or the code implies) where the model must run, but no converter, runtime or export exists yet; the article's guidance for that target cannot apply until one does.",
        example: [
            { file: ".github/ml-framework-audit.yml", lang: "yaml", code: "targets: [mobile-edge]" },
            { file: "train.py", lang: "python", code: "import torch  # no converter, no .tflite/.pte model" },
        ],
        fix: "Add the deployment path: `tf.lite.TFLiteConverter` / ai-edge-torch / ExecuTorch / coremltools for devices; SavedModel + TF Serving, TorchServe, torch.export or ONNX for serving; TPUStrategy, torch_xla or jax[tpu] for TPUs. Or drop the target.",
        notReported: "Requirements without a target or code signal.",
    },
    {
        code: "MFA501",
        id: "policy-violation",
        severity: "error",
        title: "Team policy violated",
        summary: "The repository uses a framework outside `policy.allowed-frameworks`, a feature listed in `policy.forbidden-features`, or declares a package listed in `policy.forbidden-packages` (per-path `overrides` may change the policy for parts of the tree).",
        why: "The policy is the team's own rule, written in the config file; this finding is how it is enforced on pull requests.",
        example: [
            { file: ".github/ml-framework-audit.yml", lang: "yaml", code: "policy:\n  allowed-frameworks: [pytorch]\n  forbidden-features: [tf.v1]" },
            { file: "legacy/model.py", lang: "python", code: "import tensorflow as tf\nsess = tf.compat.v1.Session()" },
        ],
        fix: "Remove the use, or change the policy (or add an `overrides` entry for the path) if the exception is intended.",
        notReported: "tf.keras counts as TensorFlow, not as a separate Keras framework; standalone `keras` counts as Keras.",
    },
];
const FINDING_KIND_BY_CODE = new Map(FINDING_KINDS.map((k) => [k.code, k]));
const FINDING_KIND_BY_ID = new Map(FINDING_KINDS.map((k) => [k.id, k]));
function kind(code) {
    const k = FINDING_KIND_BY_CODE.get(code);
    if (!k)
        throw new Error(`unknown finding code ${code}`);
    return k;
}

;// CONCATENATED MODULE: ./src/analysis/findings/common.ts


const MAX_FINDING_LOCATIONS = 20;
function toLocation(l) {
    return {
        path: l.path,
        line: typeof l.line === "number" && l.line >= 1 ? l.line : 1,
        ...(l.cell !== undefined ? { cell: l.cell } : {}),
        ...(l.column !== undefined ? { column: l.column } : {}),
    };
}
function locKey(l) {
    return `${l.path}\u0000${l.cell ?? ""}\u0000${l.line}`;
}
/**
 * Deduplicated, sorted, capped locations. `first` locations keep their place at the front.
 *
 * Same result as sorting the whole list (stably) and keeping the first MAX_FINDING_LOCATIONS distinct
 * places, but in one pass that keeps only the current best few: a rule over a large tree may hand in
 * hundreds of thousands of usages, and sorting them all for twenty places made the analysis superlinear.
 */
function locations(list, first = []) {
    const seen = new Set();
    const out = [];
    for (const l of first) {
        const k = locKey(l);
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push(l);
    }
    const room = MAX_FINDING_LOCATIONS - out.length;
    if (room <= 0)
        return out.slice(0, MAX_FINDING_LOCATIONS);
    // `best` stays sorted by compareLoc with distinct places; on a tie the earlier input wins (a stable sort).
    const best = [];
    for (const raw of list) {
        const line = typeof raw.line === "number" && raw.line >= 1 ? raw.line : 1;
        const probe = { path: raw.path, line, cell: raw.cell };
        if (best.length === room && compareLoc(probe, best[room - 1]) >= 0)
            continue;
        // binary search for the first element not less than probe
        let lo = 0;
        let hi = best.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (compareLoc(best[mid], probe) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        const loc = toLocation(raw);
        const key = locKey(loc);
        if (seen.has(key))
            continue;
        let dup = false;
        while (lo < best.length && compareLoc(best[lo], probe) === 0) {
            if (locKey(best[lo]) === key) {
                dup = true;
                break;
            }
            lo++;
        }
        if (dup)
            continue;
        best.splice(lo, 0, loc);
        if (best.length > room)
            best.pop();
    }
    for (const l of best)
        out.push(l);
    return out;
}
function finding(code, subject, message, locs) {
    const k = kind(code);
    return { code: k.code, id: k.id, severity: k.severity, message, locations: locs, helpUri: helpUri(k), fingerprint: `${k.code}:${subject}` };
}
function plural(n, one, many = one + "s") {
    return `${n} ${n === 1 ? one : many}`;
}
function at(l) {
    if (!l)
        return "";
    return `${l.path}${l.cell !== undefined ? ` (cell ${l.cell})` : ""}:${l.line}`;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa001-parse-error.ts

function parseErrors({ ctx }) {
    return ctx.problems
        .filter((p) => p.kind === "parse-error")
        .map((p) => {
        // Scanners that recover say so ("the rest was still scanned"); otherwise what the file declares is lost.
        const recovered = /rest (was|is) still (scanned|read)|still read|rest of the file/i.test(p.message);
        const consequence = recovered
            ? "What could be read is in the report; fix the file to be sure nothing is missed."
            : "Its dependencies and imports are missing from this report.";
        const where = p.cell !== undefined ? ` (cell ${p.cell}, line ${p.line ?? 1})` : p.line ? ` (line ${p.line})` : "";
        return finding("MFA001", p.path, `${p.path} could not be parsed${where}: ${p.message}. ${consequence}`, [toLocation(p)]);
    });
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa002-skipped-file.ts

function skippedFiles({ ctx }) {
    return ctx.problems
        .filter((p) => p.kind === "skipped")
        .map((p) => finding("MFA002", p.path, `${p.path} was not scanned: ${p.message}.`, [toLocation(p)]));
}

;// CONCATENATED MODULE: ./src/knowledge/providers.ts
/**
 * Who provides an import besides its own distribution, and which declared distributions count as used
 * without being imported. Read by the dependency findings (missing-dependency, unused-dependency).
 */
/** Docker base images that ship Python packages (image regex -> top-level imports they provide). */
const IMAGE_PROVIDES = [
    { pattern: /^(docker\.io\/)?pytorch\/(pytorch|torchserve)$/, imports: ["torch", "torchvision", "torchaudio"] },
    { pattern: /^nvcr\.io\/nvidia\/pytorch$/, imports: ["torch", "torchvision", "torchaudio"] },
    { pattern: /^(docker\.io\/)?tensorflow\/tensorflow$/, imports: ["tensorflow", "keras"] },
    { pattern: /^nvcr\.io\/nvidia\/tensorflow$/, imports: ["tensorflow", "keras"] },
    { pattern: /(vertex-ai\/training|deeplearning-platform-release)\/pytorch/, imports: ["torch", "torchvision", "torchaudio"] },
    { pattern: /(vertex-ai\/training|deeplearning-platform-release)\/(tf|tf2|tensorflow)\b/, imports: ["tensorflow", "keras"] },
];
/** Distributions that pull an import in transitively (used to explain a missing declaration, not to excuse it). */
const TRANSITIVE_PROVIDERS = {
    torch: ["lightning", "pytorch-lightning", "torchvision", "torchaudio", "timm", "accelerate", "torchao", "sentence-transformers", "peft", "deepspeed"],
    tensorflow: ["tfx", "tf-keras", "tensorflow-text", "tensorflow-decision-forests", "tf-models-official"],
    keras: ["tensorflow", "tensorflow-cpu", "tf-nightly"],
    onnx: ["tf2onnx", "onnxruntime-tools"],
    jax: ["flax", "optax"],
};
/**
 * Declared distributions never reported as unused: they are used through a command line, a plugin entry
 * point or their declaration itself (features.md counts the declaration of a feature's distribution).
 */
const USED_WITHOUT_IMPORT = [
    "accelerate", // `accelerate launch`
    "deepspeed", // `deepspeed` launcher
    "torchserve",
    "torch-model-archiver",
    "torch-workflow-archiver",
    "tensorflowjs", // tensorflowjs_converter
    "tf2onnx", // python -m tf2onnx.convert
    "tensorboard",
    "mlflow",
    "kfp",
    "jaxlib", // imported through jax
];
/**
 * A declared distribution also counts as used when one of these modules (or a module under it) is imported:
 * framework backends under their high-level libraries, companions next to their framework.
 */
const USED_BY_IMPORT = {
    torch: ["torchvision", "torchaudio", "torchtext", "torchao", "lightning", "pytorch_lightning", "timm", "accelerate", "deepspeed", "transformers", "diffusers", "peft", "sentence_transformers", "executorch", "torch_geometric", "torch_xla", "keras"],
    torchvision: ["torch"],
    torchaudio: ["torch"],
    tensorflow: ["keras", "tf_keras", "tensorflow_hub", "tensorflow_text", "tensorflow_datasets", "tfx", "tf2onnx", "onnx_tf", "transformers", "tensorflowjs", "tensorflow_addons", "tensorflow_probability"],
    keras: ["tensorflow.keras", "keras_cv", "keras_nlp", "keras_hub"],
    "tf-keras": ["tensorflow.keras"],
    jax: ["flax", "optax", "keras", "transformers"],
};

;// CONCATENATED MODULE: ./src/analysis/findings/mfa101-missing-dependency.ts




function missingDependencies({ ctx }) {
    const declared = new Set(ctx.declared.filter((d) => d.ecosystem !== "docker").map((d) => d.normalizedName));
    const images = ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName);
    const provided = new Set(IMAGE_PROVIDES.filter((p) => images.some((i) => p.pattern.test(i))).flatMap((p) => p.imports));
    const byTop = new Map();
    for (const imp of ctx.imports) {
        if (imp.optional === true)
            continue;
        const dists = knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn[imp.top];
        if (!dists || ctx.localModules.has(imp.top) || provided.has(imp.top))
            continue;
        if (dists.some((d) => declared.has(d)))
            continue;
        if (!byTop.has(imp.top))
            byTop.set(imp.top, []);
        byTop.get(imp.top).push(imp);
    }
    const out = [];
    for (const [top, imps] of [...byTop].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const dists = knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn[top];
        const locs = locations(imps);
        const via = (TRANSITIVE_PROVIDERS[top] ?? []).filter((d) => declared.has(d));
        let msg = `\`${top}\` is imported (${plural(imps.length, "place")}, first at ${at(locs[0])}) but no manifest declares ${dists.length === 1 ? `\`${dists[0]}\`` : `any of ${dists.slice(0, 4).map((d) => `\`${d}\``).join(", ")}${dists.length > 4 ? ", ..." : ""}`}.`;
        if (!ctx.hasManifest)
            msg += " The repository has no dependency manifest at all (requirements.txt, pyproject.toml, environment.yml, Dockerfile ...), so nothing pins it.";
        else if (via.length)
            msg += ` It only arrives transitively through ${via.map((d) => `\`${d}\``).join(", ")}; declare it directly to control its version.`;
        out.push(finding("MFA101", top, msg, locs));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa102-unused-dependency.ts




const FRAMEWORK_IMPORT = { pytorch: "torch", tensorflow: "tensorflow", keras: "keras", jax: "jax" };
/** Import names a distribution provides (reverse of IMPORT_DISTRIBUTIONS, plus the framework table). */
function importsOfDistribution(dist) {
    const out = Object.entries(knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn)
        .filter(([, ds]) => ds.includes(dist))
        .map(([imp]) => imp);
    const fw = knowledge_packages/* DISTRIBUTION_FRAMEWORK */._u[dist];
    if (fw && !out.includes(FRAMEWORK_IMPORT[fw]))
        out.push(FRAMEWORK_IMPORT[fw]);
    return out;
}
const FEATURE_DISTS = new Set(features/* FEATURES */.G.flatMap((f) => f.distributions ?? []));
function unusedDependencies({ ctx }) {
    if (!ctx.hasCode)
        return [];
    // Every imported module and each of its dotted prefixes (`a.b.c` -> a, a.b, a.b.c): "m or something under
    // m is imported" is then one lookup instead of a pass over all imports per declaration.
    const prefixes = new Set();
    for (const i of ctx.imports) {
        const mod = i.module;
        if (prefixes.has(mod))
            continue;
        prefixes.add(mod);
        for (let dot = mod.indexOf("."); dot !== -1; dot = mod.indexOf(".", dot + 1))
            prefixes.add(mod.slice(0, dot));
    }
    const imported = (m) => prefixes.has(m);
    const byDist = new Map();
    for (const d of ctx.declared) {
        if (d.ecosystem !== "pypi" && d.ecosystem !== "conda")
            continue;
        const name = d.normalizedName;
        const tops = importsOfDistribution(name);
        if (tops.length === 0)
            continue; // not an ML package the audit knows
        if (FEATURE_DISTS.has(name) || USED_WITHOUT_IMPORT.includes(name))
            continue;
        if (tops.some(imported))
            continue;
        const fw = knowledge_packages/* DISTRIBUTION_FRAMEWORK */._u[name];
        const users = [...(USED_BY_IMPORT[name] ?? []), ...(fw ? (USED_BY_IMPORT[FRAMEWORK_IMPORT[fw]] ?? []) : [])];
        if (users.some(imported))
            continue;
        if (!byDist.has(name))
            byDist.set(name, []);
        byDist.get(name).push(d);
    }
    return [...byDist]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, decls]) => {
        const tops = importsOfDistribution(name);
        const files = [...new Set(decls.map((d) => d.path))];
        return finding("MFA102", name, `\`${decls[0].name}\` is declared in ${files.join(", ")} but nothing imports ${tops.map((t) => `\`${t}\``).join(" or ")} in the scanned Python files and notebooks. Remove it or move it to the optional group that needs it.`, locations(decls));
    });
}

;// CONCATENATED MODULE: ./src/knowledge/versions.ts
const VERSION_RULES = [
    {
        id: "torch.compile",
        feature: "torch.compile",
        framework: "pytorch",
        what: "torch.compile",
        since: "2.0",
        source: "https://pytorch.org/blog/pytorch-2.0-release/",
        verified: "release-notes",
    },
    {
        id: "torch.sdpa",
        feature: "torch.sdpa",
        framework: "pytorch",
        what: "torch.nn.functional.scaled_dot_product_attention",
        since: "2.0",
        match: /scaled_dot_product_attention/,
        source: "https://pytorch.org/blog/pytorch-2.0-release/",
        verified: "release-notes",
    },
    {
        id: "torch.fsdp",
        feature: "torch.fsdp",
        framework: "pytorch",
        what: "FullyShardedDataParallel (the beta API with auto_wrap_policy, MixedPrecision and ShardingStrategy)",
        since: "1.12",
        match: /FullyShardedDataParallel/,
        source: "https://pytorch.org/blog/pytorch-1.12-released/",
        verified: "release-notes",
    },
    {
        id: "torch.fsdp.fully_shard",
        feature: "torch.fsdp",
        framework: "pytorch",
        what: "fully_shard from torch.distributed.fsdp (FSDP2)",
        since: "2.6",
        match: /^torch\.distributed\.fsdp\.fully_shard(?!\w)/,
        source: "https://github.com/pytorch/pytorch/pull/141868",
        verified: "search",
    },
    {
        id: "torch.export",
        feature: "torch.export",
        framework: "pytorch",
        what: "torch.export",
        since: "2.1",
        source: "https://pytorch.org/blog/pytorch-2-1/",
        verified: "release-notes",
    },
    {
        id: "torch.autocast",
        feature: "torch.amp",
        framework: "pytorch",
        what: "torch.autocast / torch.amp.autocast",
        since: "1.10",
        match: /^torch\.(amp\.)?autocast(?!\w)/,
        source: "https://github.com/pytorch/pytorch/releases/tag/v1.10.0",
        verified: "release-notes",
    },
    {
        id: "tf.jit_compile",
        feature: "tf.xla",
        framework: "tensorflow",
        what: "jit_compile=True",
        since: "2.5",
        match: /jit_compile/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.5.0",
        verified: "release-notes",
    },
    {
        id: "tf.keras.mixed_precision",
        feature: "tf.mixed_precision",
        framework: "tensorflow",
        what: "the non-experimental tf.keras.mixed_precision API",
        since: "2.4",
        match: /^tensorflow\.keras\.mixed_precision(?!\.experimental)(\.|$)/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
        verified: "release-notes",
    },
    {
        id: "tf.data.AUTOTUNE",
        feature: "tf.data",
        framework: "tensorflow",
        what: "tf.data.AUTOTUNE",
        since: "2.4",
        match: /^tensorflow\.data\.AUTOTUNE$/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
        verified: "release-notes",
    },
    {
        id: "tf.distribute.TPUStrategy",
        feature: "tf.tpu",
        framework: "tensorflow",
        what: "tf.distribute.TPUStrategy (non-experimental)",
        since: "2.3",
        match: /^tensorflow\.distribute\.TPUStrategy(?!\w)/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.3.0",
        verified: "release-notes",
    },
];
/**
 * Known releases per framework, used as candidates when asking "does this specifier allow any release at or
 * above X?" (together with the versions written in the specifier itself). Minor releases are enough: the
 * candidates also include each specifier version and its successors.
 */
const KNOWN_RELEASES = {
    pytorch: [
        "0.4.0", "0.4.1", "1.0.0", "1.0.1", "1.1.0", "1.2.0", "1.3.0", "1.3.1", "1.4.0", "1.5.0", "1.5.1", "1.6.0", "1.7.0", "1.7.1",
        "1.8.0", "1.8.1", "1.9.0", "1.9.1", "1.10.0", "1.10.1", "1.10.2", "1.11.0", "1.12.0", "1.12.1", "1.13.0", "1.13.1",
        "2.0.0", "2.0.1", "2.1.0", "2.1.1", "2.1.2", "2.2.0", "2.2.1", "2.2.2", "2.3.0", "2.3.1", "2.4.0", "2.4.1", "2.5.0", "2.5.1",
        "2.6.0", "2.7.0", "2.7.1", "2.8.0", "2.9.0",
    ],
    tensorflow: [
        "1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0", "1.5.0", "1.6.0", "1.7.0", "1.8.0", "1.9.0", "1.10.0", "1.11.0", "1.12.0", "1.13.1",
        "1.14.0", "1.15.0", "1.15.5", "2.0.0", "2.1.0", "2.2.0", "2.3.0", "2.3.4", "2.4.0", "2.4.4", "2.5.0", "2.5.3", "2.6.0", "2.6.5",
        "2.7.0", "2.7.4", "2.8.0", "2.8.4", "2.9.0", "2.9.3", "2.10.0", "2.10.1", "2.11.0", "2.11.1", "2.12.0", "2.12.1", "2.13.0",
        "2.13.1", "2.14.0", "2.14.1", "2.15.0", "2.15.1", "2.16.1", "2.16.2", "2.17.0", "2.17.1", "2.18.0", "2.18.1", "2.19.0", "2.20.0",
    ],
};

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./src/analysis/versions.ts
/**
 * Which framework versions a declaration allows. Handles PEP 440 specifiers (with @renovatebot/pep440),
 * conda match specs, Docker tags of the official framework images, Vertex AI / Deep Learning Container
 * image names, and lock-file versions (checked instead of the specifier when present).
 *
 * The question asked is always "does this declaration allow at least one release >= X?", answered over a
 * candidate set: the known releases of the framework, every version written in the specifier and its
 * successors, X itself and a far-future version. Unreadable or unpinned declarations answer `null` (unknown),
 * which never produces a finding.
 */




const OFFICIAL_IMAGES = [
    { pattern: /^(docker\.io\/)?(library\/)?pytorch\/pytorch$/, framework: "pytorch" },
    { pattern: /^(docker\.io\/)?tensorflow\/tensorflow$/, framework: "tensorflow" },
];
/** Vertex AI training / Deep Learning Container images carry the version in the name: `pytorch-gpu.1-13`, `tf2-cpu.2-11`. */
const VERSIONED_NAME = /(?:^|\/)(pytorch|tf2?|tensorflow)(?:-[a-z0-9]+)*\.(\d+)-(\d+)(?:[.:]|$)/;
/** Convert a conda match spec to PEP 440 (`1.13` / `=1.13` -> `==1.13.*`; build strings dropped). */
function condaToPep440(spec) {
    // bracket form: `[version='>=2,<3']`
    const bracket = /\[\s*version\s*=\s*(['"]?)([^'"\]]+)\1/.exec(spec);
    if (bracket)
        spec = bracket[2];
    const alts = spec.trim().split("|").map((s) => s.trim()).filter(Boolean);
    return alts.map((alt) => {
        const token = alt.split(/\s+/)[0];
        const m = /^(=)?(\d[\w.]*?)(\.?\*)?(=[\w.*-]+)?$/.exec(token);
        if (m) {
            const ver = m[2];
            return `==${ver}.*`;
        }
        const exact = /^==(\d[\w.]*)(=[\w.*-]+)?$/.exec(token);
        if (exact)
            return `==${exact[1]}`;
        return token.replace(/=[A-Za-z_][\w.*-]*$/, "");
    });
}
/** The version a Docker image declaration pins, if readable. */
function dockerVersion(dep) {
    const name = imageName(dep);
    const official = OFFICIAL_IMAGES.find((o) => o.pattern.test(name));
    if (official) {
        const m = /^v?(\d+\.\d+(?:\.\d+)?)(?![\d.])/.exec(imageTag(dep));
        return m ? { framework: official.framework, version: m[1], source: "docker-tag" } : null;
    }
    const v = VERSIONED_NAME.exec(name);
    if (v && /(vertex-ai|deeplearning-platform-release|cloud-aiplatform)/.test(name)) {
        const framework = v[1] === "pytorch" ? "pytorch" : "tensorflow";
        return { framework, version: `${v[2]}.${v[3]}`, source: "docker-image" };
    }
    return null;
}
/** Every declaration of PyTorch / TensorFlow whose version can be read. */
function frameworkPins(declared) {
    const out = [];
    for (const dep of declared) {
        if (dep.ecosystem === "docker") {
            const dv = dockerVersion(dep);
            if (dv)
                out.push({ dep, framework: dv.framework, source: dv.source, shown: `${imageName(dep)}:${imageTag(dep) || dv.version}`, version: dv.version });
            continue;
        }
        if (dep.ecosystem !== "pypi" && dep.ecosystem !== "conda")
            continue;
        const fw = (0,knowledge_packages/* frameworkOfDistribution */.Cy)(dep.normalizedName);
        if (fw !== "pytorch" && fw !== "tensorflow")
            continue;
        if (dep.resolvedVersion && (0,pep440.valid)(dep.resolvedVersion)) {
            out.push({ dep, framework: fw, source: "lock", shown: `${dep.resolvedVersion} (locked)`, version: dep.resolvedVersion });
            continue;
        }
        if (dep.url || !dep.specifier.trim())
            continue;
        const isConda = dep.ecosystem === "conda" || dep.source === "conda";
        if (isConda) {
            out.push({ dep, framework: fw, source: "conda", shown: dep.specifier.trim(), spec: condaToPep440(dep.specifier).join(" | ") });
        }
        else {
            out.push({ dep, framework: fw, source: "specifier", shown: dep.specifier.trim(), spec: dep.specifier.trim() });
        }
    }
    return out;
}
function successors(v) {
    const parts = v.split(".").map((p) => parseInt(p, 10));
    if (parts.some((p) => Number.isNaN(p)))
        return [];
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        const next = parts.slice(0, i + 1);
        next[i] = next[i] + 1;
        out.push(next.join("."));
    }
    out.push(v + ".1", v + ".post1");
    return out;
}
/**
 * Answers already computed, by (framework, min, spec): a monorepo repeats the same few specifiers in hundreds
 * of manifests, and each answer costs dozens of PEP 440 comparisons. Pure inputs, so a memo is safe; it is
 * emptied when it grows past a bound (a hostile tree may write many distinct specifiers).
 */
const answers = new Map();
const MAX_ANSWERS = 10_000;
function memo(key, compute) {
    const hit = answers.get(key);
    if (hit !== undefined)
        return hit;
    const value = compute();
    if (answers.size >= MAX_ANSWERS)
        answers.clear();
    answers.set(key, value);
    return value;
}
/** Does a PEP 440 specifier allow any release >= min? null when the specifier is unreadable. */
function specAllowsAtLeast(spec, min, framework) {
    return memo(`s\u0000${framework}\u0000${min}\u0000${spec}`, () => computeSpecAllowsAtLeast(spec, min, framework));
}
function computeSpecAllowsAtLeast(spec, min, framework) {
    const alternatives = spec.split("|").map((s) => s.trim()).filter(Boolean);
    if (alternatives.length === 0)
        return null;
    let unknown = false;
    for (const alt of alternatives) {
        if (!(0,pep440.validRange)(alt)) {
            unknown = true;
            continue;
        }
        const written = alt.match(/\d+(?:\.\d+)*/g) ?? [];
        const candidates = new Set([...KNOWN_RELEASES[framework], min, "9999.0", ...written, ...written.flatMap(successors)]);
        for (const c of candidates) {
            if (!(0,pep440.valid)(c))
                continue;
            if ((0,pep440.ge)(c, min) && (0,pep440.satisfies)(c, alt))
                return true;
        }
    }
    return unknown ? null : false;
}
/** Does the pin allow a version >= min? null = unknown (never reported). */
function pinAllowsAtLeast(pin, min) {
    if (pin.version !== undefined) {
        const version = pin.version;
        return memo(`v\u0000${min}\u0000${version}`, () => ((0,pep440.valid)(version) || /^\d+\.\d+$/.test(version) ? (0,pep440.ge)(version, min) : null));
    }
    if (pin.spec !== undefined)
        return specAllowsAtLeast(pin.spec, min, pin.framework);
    return null;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa201-version-too-old.ts




const mfa201_version_too_old_NAME = { pytorch: "PyTorch", tensorflow: "TensorFlow" };
function usagesFor(rule, byFeature) {
    return (byFeature.get(rule.feature) ?? []).filter((u) => {
        if (u.derived)
            return false;
        if (!rule.match)
            return true;
        return rule.match.test(u.matched ?? "") || rule.match.test(u.detail ?? "");
    });
}
function versionTooOld({ ctx }) {
    const pins = frameworkPins(ctx.declared);
    const pinOf = new Map(pins.map((p) => [p.dep, p]));
    const out = [];
    // Indexed once: each rule reads only its feature's usages and its framework's declarations, so the cost
    // stays linear in the tree (a large monorepo has thousands of declaring files and usages).
    const byFeature = new Map();
    for (const u of ctx.usages) {
        let list = byFeature.get(u.feature);
        if (!list)
            byFeature.set(u.feature, (list = []));
        list.push(u);
    }
    const perFramework = new Map();
    const declaredOf = (framework) => {
        let files = perFramework.get(framework);
        if (files)
            return files;
        // Declarations of the framework, per file. A Dockerfile that pip-installs the framework is judged by that line.
        const perFile = new Map();
        for (const d of ctx.declared) {
            if (frameworkOfDeclared(d) !== framework)
                continue;
            if (!perFile.has(d.path))
                perFile.set(d.path, []);
            perFile.get(d.path).push(d);
        }
        files = [...perFile].sort(([a], [b]) => (a < b ? -1 : 1));
        perFramework.set(framework, files);
        return files;
    };
    for (const rule of VERSION_RULES) {
        const uses = usagesFor(rule, byFeature);
        if (uses.length === 0)
            continue;
        // The first places of use, computed once per rule: every file's finding lists the same ones.
        const useLocs = locations(uses);
        for (const [path, decls] of declaredOf(rule.framework)) {
            const hasPip = decls.some((d) => d.ecosystem !== "docker");
            const judged = hasPip ? decls.filter((d) => d.ecosystem !== "docker") : decls;
            const verdicts = judged.map((d) => {
                const pin = pinOf.get(d);
                return { d, pin, ok: pin ? pinAllowsAtLeast(pin, rule.since) : null };
            });
            // any declaration that allows (or may allow: unpinned / unreadable) a new enough version clears the file
            if (verdicts.some((v) => v.ok !== false))
                continue;
            const shown = verdicts.map((v) => `\`${v.d.name}${v.pin?.source === "docker-tag" || v.pin?.source === "docker-image" ? `:${v.d.specifier}` : v.pin?.source === "lock" ? `==${v.pin.version}` : v.d.specifier}\``).join(", ");
            const declLocs = verdicts.map((v) => toLocation(v.d));
            out.push(finding("MFA201", `${rule.id}:${path}`, `${rule.what} needs ${mfa201_version_too_old_NAME[rule.framework]} >= ${rule.since}, but ${path} allows only ${shown}${verdicts.some((v) => v.pin?.source === "lock") ? " (version from the lock file)" : ""}: no permitted version provides it. Used at ${at(useLocs[0])}${uses.length > 1 ? ` and ${plural(uses.length - 1, "more place")}` : ""}. Source: ${rule.source}`, locations(useLocs, declLocs)));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/knowledge/deprecations.ts
/**
 * Deprecated, renamed, removed or unmaintained packages and APIs of the two ecosystems, with the version
 * where that happened, the replacement and a primary source. criteria.md §5 lists the ones the article gets
 * wrong; the others were added from the frameworks' release notes.
 */
const DEPRECATED_PACKAGES = [
    {
        id: "tensorflow-gpu",
        distributions: ["tensorflow-gpu", "tf-nightly-gpu"],
        status: "removed",
        since: "TensorFlow 2.11 (the PyPI package was then replaced by a stub that refuses to install)",
        replacement: "`tensorflow` (GPU support is built in on Linux; `tensorflow[and-cuda]` also pulls the CUDA libraries, TF >= 2.14)",
        note: "The separate GPU package stopped at 2.10; pinning it freezes the project on an old TensorFlow.",
        source: "https://pypi.org/project/tensorflow-gpu/",
    },
    {
        id: "pytorch-lightning",
        distributions: ["pytorch-lightning"],
        imports: ["pytorch_lightning"],
        status: "renamed",
        since: "Lightning 2.0 (March 2023)",
        replacement: "`lightning` (`import lightning as L`; `lightning.pytorch` for the trainer)",
        note: "The unified `lightning` package is the maintained distribution; `pytorch_lightning` remains a compatibility mirror.",
        source: "https://lightning.ai/docs/pytorch/stable/starter/installation.html",
    },
    {
        id: "tflite-runtime",
        distributions: ["tflite-runtime"],
        imports: ["tflite_runtime"],
        status: "superseded",
        since: "2024: TensorFlow Lite became LiteRT",
        replacement: "`ai-edge-litert` (`from ai_edge_litert.interpreter import Interpreter`)",
        note: "New interpreter wheels ship as ai-edge-litert; tflite-runtime no longer gets releases for new Python versions.",
        source: "https://ai.google.dev/edge/litert",
    },
    {
        id: "onnx-tf",
        distributions: ["onnx-tf"],
        imports: ["onnx_tf"],
        status: "unmaintained",
        since: "no release since 1.10.0 (2022)",
        replacement: "`onnxruntime` to run the ONNX model; `tf2onnx` for TensorFlow -> ONNX",
        note: "The article's ONNX -> TensorFlow path relies on it; it does not follow current TensorFlow or ONNX opsets.",
        source: "https://github.com/onnx/onnx-tensorflow",
    },
    {
        id: "tensorflow-addons",
        distributions: ["tensorflow-addons"],
        imports: ["tensorflow_addons"],
        status: "unmaintained",
        since: "end of life in May 2024",
        replacement: "the equivalent layers/optimizers in Keras 3 or KerasCV/KerasNLP",
        note: "TensorFlow Addons only received minimal maintenance after 2023 and ended in May 2024.",
        source: "https://github.com/tensorflow/addons",
    },
    {
        id: "torchtext",
        distributions: ["torchtext"],
        imports: ["torchtext"],
        status: "unmaintained",
        since: "0.18 (April 2024) was the last release",
        replacement: "Hugging Face `datasets` / `tokenizers`, or plain PyTorch data pipelines",
        note: "torchtext development stopped; its releases are tied to torch versions that are now old.",
        source: "https://github.com/pytorch/text",
    },
    {
        id: "tensorflow-estimator",
        distributions: ["tensorflow-estimator"],
        status: "removed",
        since: "TensorFlow 2.16 (tf.estimator removed)",
        replacement: "Keras models with `model.fit` or a custom training loop",
        note: "The Estimator API is gone from TensorFlow 2.16 onwards.",
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.16.1",
    },
];
const DEPRECATED_APIS = [
    {
        id: "torch.cuda.amp",
        title: "torch.cuda.amp / torch.cpu.amp",
        refs: ["torch.cuda.amp.autocast", "torch.cuda.amp.GradScaler", "torch.cpu.amp.autocast", "torch.cpu.amp.GradScaler"],
        status: "deprecated",
        since: "PyTorch 2.4 (FutureWarning)",
        replacement: '`torch.amp.autocast("cuda")` and `torch.amp.GradScaler("cuda")`',
        note: "The device-specific AMP entry points now warn on every call; the device-generic ones take the device type as an argument.",
        source: "https://github.com/pytorch/pytorch/releases/tag/v2.4.0",
    },
    {
        id: "torch.quantization",
        title: "torch.quantization namespace",
        refs: ["torch.quantization"],
        status: "superseded",
        since: "PyTorch 1.10 moved the code to torch.ao.quantization",
        replacement: "`torch.ao.quantization` for the existing flows; new quantization work (int8/int4, float8) lives in `torchao`",
        note: "`torch.quantization` is a compatibility alias; the article's `torch.quantization.quantize_dynamic` example uses it.",
        source: "https://pytorch.org/docs/stable/quantization.html",
    },
    {
        id: "torchscript",
        title: "TorchScript (torch.jit.script / torch.jit.trace)",
        refs: ["torch.jit.script", "torch.jit.trace", "torch.jit.trace_module", "torch.jit.script_method"],
        status: "maintenance",
        since: "PyTorch 2.x",
        replacement: "`torch.export` (PyTorch >= 2.1) for whole-graph capture; `torch.compile` for speed",
        note: "TorchScript gets no new features; export-based tooling (ExecuTorch, AOTInductor, ONNX dynamo export) builds on torch.export.",
        source: "https://pytorch.org/docs/stable/jit.html",
    },
    {
        id: "pytorch-mobile",
        title: "PyTorch Mobile (lite interpreter)",
        refs: ["torch.utils.mobile_optimizer", "torch.jit._save_for_lite_interpreter"],
        status: "superseded",
        since: "2024: PyTorch Mobile is no longer actively developed",
        replacement: "ExecuTorch (`executorch`, models exported with torch.export to .pte)",
        note: "The lite-interpreter path (.ptl) is what the article calls PyTorch Mobile; ExecuTorch replaced it.",
        source: "https://pytorch.org/executorch/stable/index.html",
    },
    {
        id: "tf.estimator",
        title: "tf.estimator",
        refs: ["tensorflow.estimator", "tensorflow.compat.v1.estimator"],
        status: "removed",
        since: "TensorFlow 2.16",
        replacement: "Keras (`model.fit`) or a custom loop with tf.GradientTape; TPUEstimator -> tf.distribute.TPUStrategy",
        note: "Code using Estimators cannot move past TensorFlow 2.15.",
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.16.1",
    },
    {
        id: "tf.contrib",
        title: "tf.contrib",
        refs: ["tensorflow.contrib"],
        status: "removed",
        since: "TensorFlow 2.0",
        replacement: "the module's TF 2 home (tf.distribute, tf.keras, TensorFlow Addons' successors) or tf.compat.v1 for a bridge",
        note: "tf.contrib does not exist in any TensorFlow 2 release.",
        source: "https://www.tensorflow.org/guide/migrate",
    },
    {
        id: "tf1-toplevel",
        title: "TF 1.x top-level graph APIs (tf.Session, tf.placeholder, ...)",
        refs: ["tensorflow.Session", "tensorflow.InteractiveSession", "tensorflow.placeholder", "tensorflow.global_variables_initializer"],
        status: "removed",
        since: "TensorFlow 2.0 (only reachable as tf.compat.v1.*)",
        replacement: "eager code with tf.function; `tf.compat.v1.*` only as a temporary bridge",
        note: "These names raise AttributeError under any TensorFlow 2 release unless written as tf.compat.v1.*.",
        source: "https://www.tensorflow.org/guide/migrate",
    },
    {
        id: "tf.keras.mixed_precision.experimental",
        title: "experimental mixed-precision APIs",
        refs: ["tensorflow.keras.mixed_precision.experimental", "tensorflow.train.experimental.enable_mixed_precision_graph_rewrite"],
        status: "removed",
        since: "TensorFlow 2.4 made the Keras API stable; the experimental names were later removed",
        replacement: '`tf.keras.mixed_precision.set_global_policy("mixed_float16")`',
        note: "The experimental policy classes and the graph-rewrite switch are gone from current releases.",
        source: "https://www.tensorflow.org/guide/mixed_precision",
    },
    {
        id: "tf.distribute.experimental.TPUStrategy",
        title: "tf.distribute.experimental.TPUStrategy",
        refs: ["tensorflow.distribute.experimental.TPUStrategy"],
        status: "deprecated",
        since: "TensorFlow 2.3",
        replacement: "`tf.distribute.TPUStrategy`",
        note: "The stable TPUStrategy replaced the experimental one in 2.3.",
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.3.0",
    },
    {
        id: "tf.data.experimental.AUTOTUNE",
        title: "tf.data.experimental.AUTOTUNE",
        refs: ["tensorflow.data.experimental.AUTOTUNE"],
        status: "deprecated",
        since: "TensorFlow 2.4",
        replacement: "`tf.data.AUTOTUNE`",
        note: "The experimental alias is kept for compatibility only.",
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
    },
    {
        id: "lightning-precision-16",
        title: "Lightning precision=16",
        detail: { feature: "lightning", pattern: /precision\s*=\s*(["']?)(16|bf16)\1(?![-\w])/ },
        status: "renamed",
        since: "Lightning 2.0",
        replacement: '`precision="16-mixed"` (or `"bf16-mixed"`)',
        note: "Lightning 2 spells mixed precision explicitly; the bare 16 is a legacy alias that the docs no longer use.",
        source: "https://lightning.ai/docs/pytorch/stable/common/precision_basic.html",
    },
];

;// CONCATENATED MODULE: ./src/analysis/findings/mfa301-deprecated-api.ts



/**
 * Items grouped by a dotted name, each group in input order with the item's input position, so "every item
 * whose name is `ref` or lies under it" costs a pass over the distinct names, not over every item.
 */
function groupByName(items, nameOf) {
    const groups = new Map();
    items.forEach((item, i) => {
        const name = nameOf(item);
        if (name === undefined)
            return;
        let g = groups.get(name);
        if (!g)
            groups.set(name, (g = []));
        g.push({ i, item });
    });
    return groups;
}
/** The items under `ref`, in input order, with the names that matched. */
function under(groups, ref, names) {
    const parts = [];
    for (const [name, g] of groups) {
        if (!underRef(name, ref))
            continue;
        parts.push(g);
        names.add(name);
    }
    if (parts.length === 1)
        return parts[0].map((x) => x.item);
    return parts
        .flat()
        .sort((a, b) => a.i - b.i)
        .map((x) => x.item);
}
function deprecatedApis({ ctx }) {
    const out = [];
    const usagesByName = groupByName(ctx.usages, (u) => (u.derived ? undefined : u.matched));
    const importsByName = groupByName(ctx.imports, (i) => i.module);
    const usagesByFeature = groupByName(ctx.usages, (u) => u.feature);
    for (const api of DEPRECATED_APIS) {
        const hits = [];
        const names = new Set();
        for (const ref of api.refs ?? []) {
            for (const u of under(usagesByName, ref, names))
                hits.push(u);
            for (const i of under(importsByName, ref, names))
                hits.push(i);
        }
        if (api.detail) {
            for (const { item: u } of usagesByFeature.get(api.detail.feature) ?? []) {
                if (!api.detail.pattern.test(u.detail ?? ""))
                    continue;
                hits.push(u);
                names.add(u.detail);
            }
        }
        if (hits.length === 0)
            continue;
        const locs = locations(hits);
        const shown = [...names].sort().slice(0, 3);
        const verb = api.status === "removed" ? "was removed in" : api.status === "maintenance" ? "is in maintenance mode:" : api.status === "renamed" ? "was renamed in" : "is deprecated since";
        out.push(finding("MFA301", api.id, `${shown.map((n) => `\`${n}\``).join(", ")} (${plural(locs.length, "place")}): ${api.title} ${verb} ${api.since}. Use ${api.replacement}. ${api.note} Source: ${api.source}`, locs));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa302-deprecated-package.ts


function deprecatedPackages({ ctx }) {
    const out = [];
    for (const pkg of DEPRECATED_PACKAGES) {
        const decls = ctx.declared.filter((d) => d.ecosystem !== "docker" && pkg.distributions.includes(d.normalizedName));
        const imps = ctx.imports.filter((i) => pkg.imports?.includes(i.top));
        if (decls.length === 0 && imps.length === 0)
            continue;
        const what = decls.length ? `\`${decls[0].name}\`` : `\`${imps[0].top}\``;
        const how = pkg.status === "removed" ? "is gone since" : pkg.status === "renamed" ? "was renamed in" : pkg.status === "unmaintained" ? "is no longer maintained:" : "was superseded in";
        out.push(finding("MFA302", pkg.id, `${what} ${decls.length ? `is declared in ${[...new Set(decls.map((d) => d.path))].join(", ")}` : "is imported"}; the package ${how} ${pkg.since}. Replace it with ${pkg.replacement}. ${pkg.note} Source: ${pkg.source}`, locations([...decls, ...imps])));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa401-hybrid-stack.ts


function hybridStack({ ctx, frameworks, features, fit }) {
    if (fit.verdict !== "hybrid")
        return [];
    const pt = frameworks.find((f) => f.id === "pytorch");
    const tf = frameworks.find((f) => f.id === "tensorflow");
    const locs = [pt.importWitnesses[0], tf.importWitnesses[0]].filter((l) => l !== undefined);
    const hasOnnxExport = features.some((f) => f.id === "torch.onnx");
    const usesOnnxTf = ctx.imports.some((i) => i.top === "onnx_tf") || ctx.declared.some((d) => d.normalizedName === "onnx-tf");
    let msg = `PyTorch (${plural(pt.importCount, "import")}, first at ${at(pt.importWitnesses[0])}) and TensorFlow (${plural(tf.importCount, "import")}, first at ${at(tf.importWitnesses[0])}) are both used. `;
    msg += hasOnnxExport
        ? "torch.onnx export is already present: keep it the single boundary, with a pinned opset_version and a dynamic batch axis. "
        : `${HYBRID_ADVICE.recommendation} `;
    if (usesOnnxTf)
        msg += HYBRID_ADVICE.correction;
    else
        msg += "On the TensorFlow side, use maintained converters (onnxruntime, tf2onnx), not onnx-tf.";
    return [finding("MFA401", "pytorch+tensorflow", msg.trim(), locs)];
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa402-framework-mismatch.ts


const mfa402_framework_mismatch_NAME = { pytorch: "PyTorch", tensorflow: "TensorFlow" };
function frameworkMismatch({ frameworks, primaryFramework, fit }) {
    if (fit.verdict !== "mismatch")
        return [];
    const inUse = frameworkInUse(frameworks, primaryFramework);
    if (!inUse)
        return [];
    const other = inUse === "pytorch" ? "tensorflow" : "pytorch";
    const fw = frameworks.find((f) => f.id === inUse);
    const first = fw.importWitnesses[0] ?? (fw.declared[0] ? toLocation(fw.declared[0]) : undefined);
    const locs = first ? [first] : [];
    const reqs = fit.requirements.map((r) => r.id).join(", ") || "none";
    return [
        finding("MFA402", `${inUse}->${other}`, `The project runs on ${mfa402_framework_mismatch_NAME[inUse]}, but weighed by the article's criteria for its requirements (${reqs}) ${mfa402_framework_mismatch_NAME[other]} scores ${fit.scores[other]} against ${fit.scores[inUse]}, a gap of ${fit.scores[other] - fit.scores[inUse]} points (margin ${fit.margin ?? 10}). See fit.explanation for the breakdown.`, locs),
    ];
}

;// CONCATENATED MODULE: ./src/knowledge/signals.ts
const REQUIREMENT_SIGNALS = [
    {
        requirement: "research",
        features: ["hf.transformers", "torch.compile", "torch.sdpa", "lightning"],
        distributions: ["diffusers", "timm", "peft", "torch-geometric", "stable-baselines3", "accelerate"],
        imports: ["diffusers", "timm", "peft", "torch_geometric", "stable_baselines3"],
        why: "Current-architecture libraries (Transformers, diffusers, timm, PEFT) and PyTorch 2 research tooling are what the article's research list describes.",
    },
    {
        requirement: "production-serving",
        features: ["tf.serving", "tf.saved_model", "torchserve"],
        distributions: ["onnxruntime", "onnxruntime-gpu", "tritonclient", "bentoml", "kserve", "seldon-core"],
        imports: ["onnxruntime", "tritonclient", "bentoml", "kserve"],
        dockerImages: [
            { pattern: /^(docker\.io\/)?tensorflow\/serving$/, label: "tensorflow/serving" },
            { pattern: /^(docker\.io\/)?pytorch\/torchserve$/, label: "pytorch/torchserve" },
            { pattern: /^nvcr\.io\/nvidia\/tritonserver$/, label: "nvcr.io/nvidia/tritonserver" },
            { pattern: /^([\w-]+-docker\.pkg\.dev\/vertex-ai\/prediction|gcr\.io\/cloud-aiplatform\/prediction)\//, label: "vertex-ai/prediction" },
        ],
        why: "A serving runtime, a serving image or an exported serving format means the model is deployed behind an endpoint.",
    },
    {
        requirement: "mobile-edge",
        features: ["tf.lite", "torch.mobile", "tfjs"],
        distributions: ["coremltools", "tflite-runtime", "ai-edge-litert", "ai-edge-torch", "executorch", "tensorflowjs"],
        imports: ["coremltools", "ai_edge_torch"],
        artifacts: [
            { pattern: /\.tflite$/i, label: "*.tflite" },
            { pattern: /\.ptl$/i, label: "*.ptl" },
            { pattern: /\.pte$/i, label: "*.pte" },
            { pattern: /\.mlmodel$|\.mlpackage(\/|$)/i, label: "*.mlmodel" },
        ],
        why: "On-device runtimes and converters (LiteRT/TF Lite, ExecuTorch, Core ML, TensorFlow.js) and on-device model files.",
    },
    {
        requirement: "tpu",
        features: ["tf.tpu"],
        distributions: ["libtpu", "libtpu-nightly", "torch-xla", "cloud-tpu-client"],
        extras: [{ name: "jax", extra: "tpu" }],
        imports: ["torch_xla"],
        why: "TPU strategies and resolvers, the TPU runtime (libtpu), torch_xla or `jax[tpu]`.",
    },
    {
        requirement: "gcp",
        distributionPrefixes: ["google-cloud-"],
        imports: ["google.cloud"],
        dockerImages: [
            { pattern: /^[\w-]+-docker\.pkg\.dev\/vertex-ai\//, label: "vertex-ai image" },
            { pattern: /^gcr\.io\/deeplearning-platform-release\//, label: "deeplearning-platform-release image" },
            { pattern: /^gcr\.io\/cloud-aiplatform\//, label: "cloud-aiplatform image" },
        ],
        why: "Google Cloud client libraries (e.g. google-cloud-aiplatform, google-cloud-storage) and Vertex AI / Deep Learning Container images.",
    },
    {
        requirement: "mlops-pipeline",
        features: ["tfx", "lightning"],
        distributions: ["kfp", "mlflow", "zenml", "metaflow", "clearml", "kedro"],
        imports: ["kfp", "mlflow", "zenml", "metaflow", "clearml", "kedro"],
        why: "Pipeline and experiment-lifecycle tooling: TFX, Kubeflow Pipelines, MLflow, ZenML, Metaflow, Lightning.",
    },
    {
        requirement: "large-scale-training",
        features: ["torch.ddp", "torch.fsdp", "torch.tensor_parallel", "tf.distribute"],
        distributions: ["deepspeed", "megatron-core", "horovod"],
        imports: ["deepspeed", "megatron", "horovod"],
        why: "Data/model parallel training: DDP, FSDP, tensor parallelism, tf.distribute strategies, DeepSpeed, Megatron, Horovod.",
    },
    {
        requirement: "legacy-tf-assets",
        features: ["tf.v1"],
        artifacts: [
            { pattern: /(^|\/)saved_model\.pbtxt?$/i, label: "saved_model.pb" },
            { pattern: /\.pb$/i, label: "*.pb" },
            { pattern: /\.h5$/i, label: "*.h5" },
        ],
        why: "TensorFlow 1.x code (Session, placeholder, estimator, compat.v1) and stored TensorFlow graphs or HDF5 Keras models.",
    },
];

;// CONCATENATED MODULE: ./src/analysis/findings/mfa403-deployment-gap.ts




const SERVING = REQUIREMENT_SIGNALS.find((s) => s.requirement === "production-serving");
const GAPS = [
    {
        requirement: "mobile-edge",
        features: ["tf.lite", "torch.mobile", "tfjs"],
        distributions: ["coremltools", "ai-edge-torch", "ai-edge-litert", "tflite-runtime", "executorch", "tensorflowjs"],
        imports: ["coremltools", "ai_edge_torch", "ai_edge_litert", "tflite_runtime", "executorch"],
        images: [],
        artifacts: [/\.tflite$/i, /\.pte$/i, /\.ptl$/i, /\.mlmodel$|\.mlpackage(\/|$)/i],
        missing: "no on-device path (LiteRT/TF Lite converter or interpreter, ExecuTorch, Core ML, TensorFlow.js) and no on-device model file",
    },
    {
        requirement: "production-serving",
        features: [...(SERVING.features ?? []), "torch.export", "torch.jit", "torch.onnx", "onnx"],
        distributions: SERVING.distributions ?? [],
        imports: SERVING.imports ?? [],
        images: (SERVING.dockerImages ?? []).map((d) => d.pattern),
        artifacts: [/\.onnx$/i, /(^|\/)saved_model\.pb$/i],
        missing: "nothing servable: no SavedModel / torch.export / TorchScript / ONNX export and no serving runtime or image",
    },
    {
        requirement: "tpu",
        features: ["tf.tpu"],
        distributions: ["libtpu", "libtpu-nightly", "torch-xla", "cloud-tpu-client"],
        imports: ["torch_xla"],
        images: [],
        artifacts: [],
        missing: "no TPU code path (TPUStrategy / TPUClusterResolver, torch_xla, jax[tpu] or libtpu)",
    },
];
function deploymentGaps({ ctx, features, fit }) {
    const featureIds = new Set(features.map((f) => f.id));
    const dists = new Set(ctx.declared.filter((d) => d.ecosystem !== "docker").map((d) => d.normalizedName));
    const jaxTpu = ctx.declared.some((d) => d.normalizedName === "jax" && d.extras.some((e) => e.toLowerCase() === "tpu"));
    const images = ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName);
    const out = [];
    for (const gap of GAPS) {
        const req = fit.requirements.find((r) => r.id === gap.requirement);
        if (!req)
            continue;
        const hasPath = gap.features.some((f) => featureIds.has(f)) ||
            gap.distributions.some((d) => dists.has(d)) ||
            gap.imports.some((m) => ctx.imports.some((i) => i.module === m || i.module.startsWith(m + "."))) ||
            gap.images.some((re) => images.some((i) => re.test(i))) ||
            gap.artifacts.some((re) => (ctx.facts.artifacts ?? []).some((a) => re.test(a))) ||
            (gap.requirement === "tpu" && jaxTpu);
        if (hasPath)
            continue;
        const fromConfig = req.evidence.includes("target:config");
        const locs = fromConfig ? [{ path: ctx.config.source ?? DEFAULT_CONFIG_PATH, line: 1 }] : [];
        const why = fromConfig ? "it is declared in `targets`" : `it is implied by ${req.evidence.join(", ")}`;
        out.push(finding("MFA403", gap.requirement, `The project needs ${gap.requirement} (${why}) but the repository has ${gap.missing}.`, locs));
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/config/glob.ts
/**
 * Glob matching for config paths (include/exclude, ignore, overrides) on repo-relative `/` paths, with
 * picomatch (the matcher fast-glob uses). .gitignore-like conveniences on top: a pattern without `/`
 * matches at any depth (`*.ipynb`), and a pattern naming a folder (`docs`, `docs/`, `docs/**`) covers
 * everything below it.
 */

const cache = new Map();
/** One predicate for a list of globs. */
function compileGlobs(globs) {
    const patterns = globs.map((g) => {
        let p = g.trim().replace(/^\.\//, "");
        if (p.endsWith("/"))
            p += "**";
        return p;
    });
    if (patterns.length === 0)
        return () => false;
    const isMatch = picomatch_default()(patterns, { dot: true });
    const anyDepth = patterns.filter((p) => !p.includes("/"));
    const anyDepthMatch = anyDepth.length ? picomatch_default()(anyDepth, { dot: true, basename: true }) : undefined;
    return (path) => {
        if (isMatch(path) || anyDepthMatch?.(path))
            return true;
        // A glob naming a folder covers the files below it: try each ancestor folder of the path.
        for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
            const dir = path.slice(0, i);
            if (isMatch(dir) || anyDepthMatch?.(dir))
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

;// CONCATENATED MODULE: ./src/analysis/findings/mfa501-policy-violation.ts





/** The policy in force at a path: the global policy with every matching override applied in order. */
function policyAt(config, path) {
    let p = config.policy;
    for (const o of config.overrides) {
        if (matchAny(path, o.paths))
            p = { ...p, ...o.policy };
    }
    return p;
}
function policyViolations({ ctx }) {
    const cfg = ctx.config;
    const policies = [cfg.policy, ...cfg.overrides.map((o) => o.policy)];
    const out = [];
    // Frameworks (tf.keras is TensorFlow; only standalone keras counts as Keras here).
    if (policies.some((p) => p.allowedFrameworks !== undefined)) {
        const hits = new Map();
        const add = (fw, l) => {
            if (!hits.has(fw))
                hits.set(fw, []);
            hits.get(fw).push(l);
        };
        for (const imp of ctx.imports) {
            for (const fw of frameworksOfImport(imp.module)) {
                if (fw === "keras" && (0,knowledge_packages/* frameworkOfImport */.P4)(imp.module) === "keras" && imp.module.startsWith("tensorflow."))
                    continue;
                const allowed = policyAt(cfg, imp.path).allowedFrameworks;
                if (allowed && !allowed.includes(fw))
                    add(fw, imp);
            }
        }
        for (const d of ctx.declared) {
            const fw = frameworkOfDeclared(d);
            if (!fw)
                continue;
            const allowed = policyAt(cfg, d.path).allowedFrameworks;
            if (allowed && !allowed.includes(fw))
                add(fw, d);
        }
        for (const [fw, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const allowedList = cfg.policy.allowedFrameworks ?? [];
            out.push(finding("MFA501", `framework:${fw}`, `Framework \`${fw}\` is used (${plural(locs.length, "place")}) but the policy allows only ${allowedList.length ? allowedList.map((a) => `\`${a}\``).join(", ") : "the frameworks listed in its overrides"} here (policy.allowed-frameworks).`, locations(locs)));
        }
    }
    // Features.
    if (policies.some((p) => (p.forbiddenFeatures ?? []).length > 0)) {
        const hits = new Map();
        for (const u of ctx.usages) {
            if (!policyAt(cfg, u.path).forbiddenFeatures.includes(u.feature))
                continue;
            if (!hits.has(u.feature))
                hits.set(u.feature, []);
            hits.get(u.feature).push(u);
        }
        for (const [feat, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
            out.push(finding("MFA501", `feature:${feat}`, `Feature \`${feat}\` is used (${plural(locs.length, "place")}) but policy.forbidden-features lists it.`, locations(locs)));
        }
    }
    // Packages.
    if (policies.some((p) => (p.forbiddenPackages ?? []).length > 0)) {
        const hits = new Map();
        for (const d of ctx.declared) {
            const name = d.ecosystem === "docker" ? imageName(d) : d.normalizedName;
            if (!policyAt(cfg, d.path).forbiddenPackages.includes(name))
                continue;
            if (!hits.has(name))
                hits.set(name, []);
            hits.get(name).push(d);
        }
        for (const [name, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
            out.push(finding("MFA501", `package:${name}`, `Package \`${name}\` is declared (${plural(locs.length, "place")}) but policy.forbidden-packages lists it.`, locations(locs)));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/ignore.ts

function ruleMatches(rule, f) {
    if (rule.id !== undefined && rule.id !== f.id)
        return false;
    if (rule.code !== undefined && rule.code !== f.code)
        return false;
    return rule.id !== undefined || rule.code !== undefined;
}
function applyIgnores(findings, rules) {
    if (rules.length === 0)
        return [...findings];
    const out = [];
    for (const f of findings) {
        const matching = rules.filter((r) => ruleMatches(r, f));
        if (matching.length === 0) {
            out.push(f);
            continue;
        }
        if (matching.some((r) => r.paths === undefined))
            continue;
        const globs = matching.flatMap((r) => r.paths ?? []);
        const kept = f.locations.filter((l) => !matchAny(l.path, globs));
        if (f.locations.length > 0 && kept.length === 0)
            continue;
        out.push(kept.length === f.locations.length ? f : { ...f, locations: kept });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/index.ts
/** All finding rules, in code order. Adding a finding = a module + a registry row + a line here. */













const RULES = {
    MFA001: parseErrors,
    MFA002: skippedFiles,
    MFA101: missingDependencies,
    MFA102: unusedDependencies,
    MFA201: versionTooOld,
    MFA301: deprecatedApis,
    MFA302: deprecatedPackages,
    MFA401: hybridStack,
    MFA402: frameworkMismatch,
    MFA403: deploymentGaps,
    MFA501: policyViolations,
};
function sortFindings(findings) {
    return findings.sort((a, b) => {
        const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
        if (s)
            return s;
        if (a.code !== b.code)
            return a.code < b.code ? -1 : 1;
        const la = a.locations[0];
        const lb = b.locations[0];
        const pa = la ? `${la.path}\u0000${String(la.line).padStart(8, "0")}` : "";
        const pb = lb ? `${lb.path}\u0000${String(lb.line).padStart(8, "0")}` : "";
        if (pa !== pb)
            return pa < pb ? -1 : 1;
        return (a.fingerprint ?? "") < (b.fingerprint ?? "") ? -1 : (a.fingerprint ?? "") > (b.fingerprint ?? "") ? 1 : 0;
    });
}
/** Run every rule, apply config `ignore`, sort (severity, code, location). */
function runFindings(state) {
    const all = Object.values(RULES).flatMap((rule) => rule(state));
    return sortFindings(applyIgnores(all, state.ctx.config.ignore));
}

;// CONCATENATED MODULE: ./src/knowledge/outdated.ts
const OUTDATED_TOPICS = [
    {
        topic: "max-autotune",
        article: 'The article labels torch.compile(mode="max-autotune") as the memory-saving mode.',
        correction: '"max-autotune" benchmarks candidate kernels (Triton/CUTLASS templates, CUDA graphs on GPU) to find the fastest ones and pays for it with much longer compile times; it does not target memory. "reduce-overhead" cuts Python/launch overhead with CUDA graphs and can use more memory.',
        source: "https://pytorch.org/docs/stable/generated/torch.compile.html",
        articleSection: "article §torch.compile による性能革命",
        when: { features: [{ id: "torch.compile", detail: /max-autotune/ }] },
    },
    {
        topic: "torch-quantization-namespace",
        article: "The article quantizes with torch.quantization.quantize_dynamic.",
        correction: "The quantization code lives in torch.ao.quantization (torch.quantization is an alias kept for compatibility), and PyTorch directs new quantization work to the torchao package.",
        source: "https://pytorch.org/docs/stable/quantization.html",
        articleSection: "article §量子化の改善",
        when: { features: [{ id: "torch.quantization" }] },
    },
    {
        topic: "pytorch-mobile",
        article: "The article names PyTorch Mobile as PyTorch's mobile stack.",
        correction: "PyTorch Mobile (the lite interpreter) is no longer developed; ExecuTorch, fed by torch.export, is its successor.",
        source: "https://pytorch.org/executorch/stable/index.html",
        articleSection: "article §ライブラリエコシステム",
        when: { features: [{ id: "torch.mobile" }] },
    },
    {
        topic: "tflite-litert",
        article: "The article calls TensorFlow's on-device runtime TF Lite.",
        correction: "TF Lite is now branded LiteRT (Google AI Edge); the standalone interpreter ships as ai-edge-litert instead of tflite-runtime, and ai-edge-torch converts PyTorch models to it directly.",
        source: "https://ai.google.dev/edge/litert",
        articleSection: "article §モバイル・エッジ展開",
        when: { features: [{ id: "tf.lite" }] },
    },
    {
        topic: "onnx-tf",
        article: "The article loads ONNX models into TensorFlow with onnx_tf.backend.prepare.",
        correction: "onnx-tf is no longer maintained; run the ONNX model with onnxruntime, or convert TensorFlow -> ONNX with tf2onnx.",
        source: "https://github.com/onnx/onnx-tensorflow",
        articleSection: "article §ONNX による相互運用",
        when: { imports: ["onnx_tf"], distributions: ["onnx-tf"] },
    },
    {
        topic: "keras-multi-backend",
        article: "The article treats Keras as part of TensorFlow.",
        correction: "Keras 3 (the default `keras` since TensorFlow 2.16) runs on TensorFlow, JAX or PyTorch, chosen by KERAS_BACKEND; `import keras` alone no longer implies TensorFlow. Legacy tf.keras behaviour needs the tf-keras package.",
        source: "https://keras.io/getting_started/",
        articleSection: "article §TensorFlow 2.x の進化と強み",
        when: { frameworks: ["keras"] },
    },
    {
        topic: "lightning-package",
        article: "The article imports pytorch_lightning.",
        correction: "Since Lightning 2.0 the maintained package is `lightning` (`import lightning as L`); pytorch_lightning is kept as a mirror.",
        source: "https://lightning.ai/docs/pytorch/stable/starter/installation.html",
        articleSection: "article §PyTorch Lightning による構造化",
        when: { imports: ["pytorch_lightning"], distributions: ["pytorch-lightning"] },
    },
    {
        topic: "lightning-precision",
        article: "The article configures the Lightning Trainer with precision=16.",
        correction: 'Lightning 2 spells it precision="16-mixed" (or "bf16-mixed"); the bare 16 is a legacy alias.',
        source: "https://lightning.ai/docs/pytorch/stable/common/precision_basic.html",
        articleSection: "article §PyTorch Lightning による構造化",
        when: { features: [{ id: "lightning", detail: /precision\s*=\s*(["']?)(16|bf16)\1(?![-\w])/ }] },
    },
    {
        topic: "tensorflow-gpu",
        article: "The article's setup assumes the separate GPU build of TensorFlow.",
        correction: "The tensorflow-gpu package ended with 2.10; since TensorFlow 2.11 GPU support ships in `tensorflow` itself (`tensorflow[and-cuda]` from 2.14).",
        source: "https://pypi.org/project/tensorflow-gpu/",
        articleSection: "criteria.md §5",
        when: { distributions: ["tensorflow-gpu", "tf-nightly-gpu"] },
    },
    {
        topic: "better-transformer",
        article: "The article presents Better Transformer as an automatic speed-up applied to nn.TransformerEncoder.",
        correction: "The fused fast path of nn.TransformerEncoder only applies at inference under specific conditions (no gradients, supported masks); the general tool is F.scaled_dot_product_attention (PyTorch >= 2.0), which Hugging Face Transformers now uses natively, replacing optimum's deprecated BetterTransformer.",
        source: "https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html",
        articleSection: "article §Better Transformer",
        when: { features: [{ id: "torch.sdpa" }] },
    },
];

;// CONCATENATED MODULE: ./src/analysis/notes.ts


const MAX_LOCATIONS = 10;
function key(l) {
    return `${l.path}\u0000${l.cell ?? ""}\u0000${l.line}`;
}
function outdatedNotes(ctx, frameworks) {
    const notes = [];
    for (const t of OUTDATED_TOPICS) {
        const locs = new Map();
        const push = (l) => {
            const loc = { path: l.path, line: l.line, ...(l.cell !== undefined ? { cell: l.cell } : {}) };
            locs.set(key(loc), loc);
        };
        for (const f of t.when.features ?? []) {
            for (const u of ctx.usages) {
                if (u.feature !== f.id)
                    continue;
                if (f.detail && !(f.detail.test(u.detail ?? "") || f.detail.test(u.matched ?? "")))
                    continue;
                push(u);
            }
        }
        for (const m of t.when.imports ?? [])
            for (const i of ctx.imports)
                if (i.module === m || i.module.startsWith(m + "."))
                    push(i);
        for (const d of t.when.distributions ?? [])
            for (const dep of ctx.declared)
                if (dep.ecosystem !== "docker" && dep.normalizedName === d)
                    push(dep);
        for (const fwId of t.when.frameworks ?? []) {
            const fw = frameworks.find((f) => f.id === fwId);
            if (!fw)
                continue;
            fw.importWitnesses.forEach(push);
            fw.declared.forEach(push);
        }
        if (locs.size === 0)
            continue;
        const locations = [...locs.values()].sort(compareLoc).slice(0, MAX_LOCATIONS);
        notes.push({ topic: t.topic, note: `${t.article} ${t.correction}`, locations, source: t.source });
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/analysis/requirements.ts




function inferRequirements(ctx, features) {
    const featureIds = new Set(features.map((f) => f.id));
    const declaredNames = ctx.declared.filter((d) => d.ecosystem !== "docker");
    const images = ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName);
    const importedModules = ctx.imports.map((i) => i.module);
    const evidence = new Map();
    const add = (req, ev) => {
        if (!evidence.has(req))
            evidence.set(req, []);
        const list = evidence.get(req);
        if (!list.includes(ev))
            list.push(ev);
    };
    for (const sig of REQUIREMENT_SIGNALS) {
        for (const f of sig.features ?? [])
            if (featureIds.has(f))
                add(sig.requirement, f);
        for (const d of declaredNames) {
            if (sig.distributions?.includes(d.normalizedName))
                add(sig.requirement, `dist:${d.normalizedName}`);
            if (sig.distributionPrefixes?.some((p) => d.normalizedName.startsWith(p)))
                add(sig.requirement, `dist:${d.normalizedName}`);
            for (const x of sig.extras ?? []) {
                if (d.normalizedName === x.name && d.extras.some((e) => e.toLowerCase() === x.extra))
                    add(sig.requirement, `dist:${x.name}[${x.extra}]`);
            }
        }
        for (const m of sig.imports ?? []) {
            if (importedModules.some((mod) => mod === m || mod.startsWith(m + ".")))
                add(sig.requirement, `import:${m}`);
        }
        for (const img of sig.dockerImages ?? []) {
            if (images.some((i) => img.pattern.test(i)))
                add(sig.requirement, `docker:${img.label}`);
        }
        for (const art of sig.artifacts ?? []) {
            // an artifact counts once per requirement, under the first label that matches it
            const hit = (ctx.facts.artifacts ?? []).some((a) => art.pattern.test(a) && (sig.artifacts ?? []).find((x) => x.pattern.test(a)) === art);
            if (hit)
                add(sig.requirement, `artifact:${art.label}`);
        }
    }
    // A TensorFlow declaration that only allows 1.x is an existing TF1 asset.
    for (const pin of frameworkPins(ctx.declared)) {
        if (pin.framework === "tensorflow" && pinAllowsAtLeast(pin, "2.0") === false)
            add("legacy-tf-assets", `pin:${pin.dep.normalizedName}${pin.source === "lock" ? "==" + pin.version : pin.shown}`);
    }
    for (const t of ctx.config.targets)
        add(t, "target:config");
    return REQUIREMENT_IDS.filter((id) => evidence.has(id)).map((id) => ({ id, evidence: evidence.get(id) }));
}

;// CONCATENATED MODULE: ./src/analysis/analyze.ts







function analyze(facts, config) {
    const ctx = buildContext(facts, config);
    const frameworks = buildFrameworks(ctx);
    const primaryFramework = primaryOf(frameworks, codeEvidence(ctx, frameworks, featureFramework));
    const features = buildFeatures(ctx);
    const requirements = inferRequirements(ctx, features);
    const fit = computeFit({ frameworks, primary: primaryFramework, requirements, config });
    fit.outdatedNotes = outdatedNotes(ctx, frameworks);
    const findings = runFindings({ ctx, frameworks, primaryFramework, features, fit });
    return { frameworks, primaryFramework, features, fit, findings };
}

;// CONCATENATED MODULE: ./src/analysis/delta.ts
function findingKey(f) {
    if (f.fingerprint)
        return f.fingerprint;
    const l = f.locations[0];
    return `${f.code}:${l ? l.path : ""}:${f.message}`;
}
function computeDelta(base, head, baseRef) {
    const fwBase = new Set(base.frameworks.map((f) => f.id));
    const fwHead = new Set(head.frameworks.map((f) => f.id));
    const ftBase = new Set(base.features.map((f) => f.id));
    const ftHead = new Set(head.features.map((f) => f.id));
    const fdBase = new Set(base.findings.map(findingKey));
    const fdHead = new Set(head.findings.map(findingKey));
    return {
        base: baseRef,
        added: {
            frameworks: head.frameworks.map((f) => f.id).filter((id) => !fwBase.has(id)),
            features: head.features.map((f) => f.id).filter((id) => !ftBase.has(id)),
            findings: head.findings.filter((f) => !fdBase.has(findingKey(f))),
        },
        removed: {
            frameworks: base.frameworks.map((f) => f.id).filter((id) => !fwHead.has(id)),
            features: base.features.map((f) => f.id).filter((id) => !ftHead.has(id)),
            findings: base.findings.filter((f) => !fdHead.has(findingKey(f))),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
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
    const base = path.slice(path.lastIndexOf("/") + 1);
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
function toPosix(p) {
    return external_node_path_.sep === "/" ? p : p.split(external_node_path_.sep).join("/");
}
function isInside(root, target) {
    const rel = (0,external_node_path_.relative)(root, target);
    return rel === "" || (!rel.startsWith("..") && !rel.startsWith(external_node_path_.sep) && !/^[A-Za-z]:/.test(rel));
}
const PRUNED = new Set(PRUNED_DIRS);
/**
 * Every entry under `root` except inside pruned folders, without following symbolic links (a link is an
 * entry of its own, never entered). Unreadable folders are skipped. One readdir per folder and no glob
 * matching per entry: the walk used to match 33 `** /dir/ **` ignore globs against every path, which cost
 * more than reading the folders.
 */
function walk(root) {
    const out = [];
    const dirs = [""];
    for (let dir = dirs.pop(); dir !== undefined; dir = dirs.pop()) {
        let list;
        try {
            list = (0,external_node_fs_.readdirSync)(dir === "" ? root : (0,external_node_path_.join)(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const dirent of list) {
            const name = dirent.name;
            const path = dir === "" ? name : dir + "/" + name;
            if (dirent.isDirectory()) {
                if (!PRUNED.has(name))
                    dirs.push(path);
                continue;
            }
            out.push({ path, name, dirent });
        }
    }
    return out;
}
/** Walks `root` and returns the files worth reading, in a stable (sorted) order. */
async function discoverFiles(root, options = {}) {
    const problems = [];
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const maxNotebook = options.maxNotebookBytes ?? DEFAULT_MAX_NOTEBOOK_BYTES;
    const entries = walk(realRoot);
    const ig = ignore_default()();
    if (options.gitignore !== false) {
        try {
            ig.add((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(realRoot, ".gitignore"), "utf8"));
        }
        catch {
            // no .gitignore: nothing to honour
        }
    }
    const include = options.include?.length ? options.include : undefined;
    const exclude = options.exclude?.length ? options.exclude : undefined;
    const matchInclude = include ? compileGlobs(include) : undefined;
    const matchExclude = exclude ? compileGlobs(exclude) : undefined;
    // Folders that hold a pyvenv.cfg are virtualenvs whatever their name.
    const venvPrefixes = [];
    for (const e of entries) {
        if (e.name === "pyvenv.cfg") {
            const dir = e.path.slice(0, -"pyvenv.cfg".length);
            if (dir)
                venvPrefixes.push(dir);
        }
    }
    const files = [];
    for (const e of entries) {
        const path = toPosix(e.path);
        const isLink = e.dirent.isSymbolicLink();
        if (!isLink && !e.dirent.isFile())
            continue;
        const kind = classify(path);
        if (!kind)
            continue;
        if (venvPrefixes.some((p) => path.startsWith(p)))
            continue;
        if (ig.ignores(path))
            continue;
        if (matchInclude && !matchInclude(path))
            continue;
        if (matchExclude && matchExclude(path))
            continue;
        const abs = (0,external_node_path_.join)(realRoot, e.path);
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
    scanFileModule ??= Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(57)]).then(__webpack_require__.bind(__webpack_require__, 3057));
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
 * returns their facts in the input order. A `pool` started earlier is used (and left open) when given.
 */
async function scanInParallel(realRoot, files, jobs, hash = false, pool) {
    const total = files.reduce((n, f) => n + f.size, 0);
    const worth = jobs > 1 && total >= PARALLEL_MIN_BYTES && files.length >= 2;
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
        const fresh = await scanInParallel(realRoot, misses, options.jobs ?? defaultJobs(), true, options.pool);
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
        scanned = await scanInParallel(realRoot, readable, options.jobs ?? defaultJobs(), false, options.pool);
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
    // there most files are usually unchanged, and scanFiles starts workers only if the misses are worth it.
    const pool = options.cacheDir ? undefined : ScanPool.start(jobs);
    let scanned;
    let discovered;
    try {
        discovered = await discoverFiles(root, {
            include: config.include,
            exclude: config.exclude,
            maxFileBytes: config.maxFileSize,
        });
        scanned = await scanFiles(root, discovered.files, { jobs, cacheDir: options.cacheDir, pool });
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
/** What the analysis of the code that is running depends on besides its input: version + this bundle's bytes. */
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
/**
 * The analysis, reused from `cacheDir` when the facts and config are exactly those of the previous audit
 * (the analysis is a pure function of them): with the facts cache, the second audit of an unchanged tree
 * otherwise spent a third of its time recomputing the same findings. Never throws on a bad cache file.
 */
function cachedAnalysis(facts, config, cacheDir) {
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
    const analysis = analyze(facts, config);
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
function reportFromFacts(facts, config, cacheDir) {
    const analysis = cacheDir ? cachedAnalysis(facts, config, cacheDir) : analyze(facts, config);
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
    const report = reportFromFacts(facts, options.config, options.cacheDir);
    if (options.base) {
        const baseReport = await auditGitRef(options.root, options.base.ref, options.config, options.jobs);
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
async function auditGitRef(root, ref, config, jobs) {
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
        const facts = await scanRepository(prefix ? (0,external_node_path_.join)(dir, prefix) : dir, config, { jobs });
        return reportFromFacts(facts, config);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/gate.ts
/**
 * `fail-on`: decides whether the audit fails the check. Shared by the CLI (exit code 1) and the action
 * (setFailed), so both judge a report the same way.
 *
 * Items (comma- or newline-separated): a finding id (`missing-dependency`) or code (`MFA101`); a severity
 * (`error`, `warning`, `info`), meaning findings of that severity or worse; `mismatch` (the fit verdict);
 * `never` (nothing fails). Scope `introduced` judges only what the PR adds (the report's delta);
 * `repository` judges every finding.
 */


const DEFAULT_FAIL_ON = "policy-violation";
class FailOnError extends Error {
}
const SEVERITIES = ["error", "warning", "info"];
/** Parses a fail-on list; throws FailOnError naming the first unknown item. */
function parseFailOn(value) {
    const spec = { never: false, mismatch: false, ids: new Set(), codes: new Set() };
    const items = value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    for (const raw of items) {
        const item = raw.toLowerCase();
        if (item === "never")
            spec.never = true;
        else if (item === "mismatch")
            spec.mismatch = true;
        else if (SEVERITIES.includes(item)) {
            const sev = item;
            if (!spec.minSeverity || SEVERITY_ORDER[sev] > SEVERITY_ORDER[spec.minSeverity])
                spec.minSeverity = sev;
        }
        else {
            const kind = FINDING_KINDS.find((k) => k.id === item || k.code.toLowerCase() === item);
            if (!kind) {
                const known = ["never", "mismatch", ...SEVERITIES, ...FINDING_KINDS.map((k) => k.id)].join(", ");
                throw new FailOnError(`fail-on: unknown item '${raw}' (expected one of: ${known}, or a code like MFA101)`);
            }
            spec.ids.add(kind.id);
            spec.codes.add(kind.code);
        }
    }
    if (spec.never && items.length > 1)
        throw new FailOnError("fail-on: 'never' cannot be combined with other items");
    return spec;
}
function matches(spec, f) {
    if (spec.ids.has(f.id) || spec.codes.has(f.code))
        return true;
    if (spec.mismatch && f.id === "framework-mismatch")
        return true;
    return spec.minSeverity !== undefined && SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[spec.minSeverity];
}
/** Judges a report. With scope `introduced` and a delta, only the findings the change adds count. */
function evaluateGate(report, spec, scope) {
    if (spec.never)
        return { failed: false, reason: "", matched: [] };
    const judged = scope === "introduced" && report.delta ? report.delta.added.findings : report.findings;
    const matched = judged.filter((f) => matches(spec, f));
    // A mismatch verdict counts even if the analysis emitted no finding for it (repository scope only:
    // in a PR the mismatch finding itself must be new).
    const verdictMismatch = spec.mismatch && report.fit?.verdict === "mismatch" && !(scope === "introduced" && report.delta) && !matched.some((f) => f.id === "framework-mismatch");
    if (matched.length === 0 && !verdictMismatch)
        return { failed: false, reason: "", matched: [] };
    const where = scope === "introduced" && report.delta ? "introduced by this change" : "in the repository";
    const parts = [];
    if (verdictMismatch)
        parts.push("the fit verdict is mismatch");
    const byId = new Map();
    for (const f of matched)
        byId.set(`${f.code} ${f.id}`, (byId.get(`${f.code} ${f.id}`) ?? 0) + 1);
    for (const [k, n] of byId)
        parts.push(`${n} × ${k}`);
    return { failed: true, reason: `ml-framework-audit: fail-on matched ${where}: ${parts.join(", ")}`, matched };
}

;// CONCATENATED MODULE: ./src/output/json.ts
/** Contract order of every key name used in the report (a key's meaning is the same wherever it appears). */
const KEY_ORDER = [
    // Report
    "schemaVersion", "tool", "root", "stats", "frameworks", "primaryFramework", "features", "fit", "findings", "delta",
    // stats
    "filesScanned", "bytesScanned", "durationMs",
    // findings start with code, then id; frameworks and features with id
    "code", "id", "framework", "imported", "importWitnesses", "declared", "witnesses", "count", "details",
    // locations and declared dependencies; tool (name, version)
    "path", "line", "cell", "column", "name", "version", "specifier", "resolvedVersion", "source", "group",
    // fit
    "requirements", "criteria", "scores", "verdict", "explanation", "favoured", "margin", "outdatedNotes", "recommendations",
    "weight", "pytorch", "tensorflow", "evidence", "weightSource", "weighted", "topic", "note",
    // findings
    "severity", "message", "locations", "helpUri", "fingerprint",
    // delta
    "base", "added", "removed",
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));
function orderKeys(value) {
    if (Array.isArray(value))
        return value.map(orderKeys);
    if (value === null || typeof value !== "object")
        return value;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
    entries.sort(([a], [b]) => {
        const ra = RANK.get(a);
        const rb = RANK.get(b);
        if (ra !== undefined && rb !== undefined)
            return ra - rb;
        if (ra !== undefined)
            return -1;
        if (rb !== undefined)
            return 1;
        return a < b ? -1 : a > b ? 1 : 0;
    });
    const out = {};
    for (const [k, v] of entries)
        out[k] = orderKeys(v);
    return out;
}
/** The JSON report. `fit` and `delta` are always present (null when the report has none). */
function renderJson(report) {
    const full = { ...report, fit: report.fit ?? null, delta: report.delta ?? null };
    return JSON.stringify(orderKeys(full), null, 2) + "\n";
}

;// CONCATENATED MODULE: ./src/output/common.ts
/** Report helpers shared by the renderers (pure functions over the Report). */

function compareLocation(a, b) {
    if (!a || !b)
        return a ? -1 : b ? 1 : 0;
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return (a.cell ?? -1) - (b.cell ?? -1) || (a.line ?? 0) - (b.line ?? 0);
}
function severityRank(s) {
    return SEVERITY_ORDER[s] ?? 3;
}
/** Most severe first (error, warning, info), then by code, then by first location. Does not mutate. */
function common_sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        compareLocation(a.locations[0], b.locations[0]));
}
function countBySeverity(findings) {
    const out = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        if (f.severity in out)
            out[f.severity] += 1;
    return out;
}
/** weight x stars per framework (the report's own value when present). */
function weighted(c) {
    if (c.weighted && Number.isFinite(c.weighted.pytorch) && Number.isFinite(c.weighted.tensorflow))
        return c.weighted;
    const w = Number.isFinite(c.weight) ? c.weight : 0;
    return { pytorch: w * (Number.isFinite(c.pytorch) ? c.pytorch : 0), tensorflow: w * (Number.isFinite(c.tensorflow) ? c.tensorflow : 0) };
}
function weightedTotals(criteria) {
    const t = { pytorch: 0, tensorflow: 0 };
    for (const c of criteria) {
        const w = weighted(c);
        t.pytorch += w.pytorch;
        t.tensorflow += w.tensorflow;
    }
    return t;
}
/** The framework the scores favour: the report's `favoured` when given, else the higher score (null on a tie). */
function favoured(report) {
    const fit = report.fit;
    if (!fit)
        return null;
    if (fit.favoured !== undefined)
        return fit.favoured;
    const { pytorch, tensorflow } = fit.scores;
    if (pytorch === tensorflow)
        return null;
    return pytorch > tensorflow ? "pytorch" : "tensorflow";
}
/** Number with `,` thousands separators. */
function fmtInt(n) {
    return Math.round(n).toLocaleString("en-US");
}
/** Stars for a 1-5 rating: ★★★☆☆. Out-of-range values are clamped; non-numbers give "–". */
function stars(n) {
    if (!Number.isFinite(n))
        return "–";
    const k = Math.max(0, Math.min(5, Math.round(n)));
    return "★".repeat(k) + "☆".repeat(5 - k);
}
/** How a declaration reads: `torch >=2.1`, or `pytorch/pytorch:2.1.0-cuda12.1` for a Docker image. */
function declaredLabel(d) {
    if (!d.specifier)
        return d.name;
    return d.source?.startsWith("dockerfile:from") ? `${d.name}:${d.specifier}` : `${d.name} ${d.specifier}`;
}

;// CONCATENATED MODULE: ./src/output/escape.ts
/**
 * Escaping for strings that come from the scanned repository (paths, distribution names, specifiers,
 * messages that embed them). Everything the markdown renderer prints from a report goes through one of
 * these functions, so a hostile file name cannot open a link, an image, raw HTML, a table cell, a
 * heading, emphasis, a code span, `@`-mention a user or `#`-reference an issue in the PR comment.
 */
/** Zero-width space: invisible, but it breaks GitHub's `@user` / `#123` / `GH-1` / URL recognition. */
const ZWSP = "\u200b";
/** Control characters (C0 except tab/newline handled separately, DEL, C1) and line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Bidirectional overrides and isolates ("Trojan Source"): shown as a visible placeholder. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** One line of plain text: newlines, tabs and control characters become spaces, bidi controls become U+FFFD. */
function singleLine(text) {
    return String(text).replace(/\r\n|[\r\n\t]/g, " ").replace(CONTROL, " ").replace(BIDI, "\ufffd");
}
/** Break the patterns GitHub turns into mentions, issue references and bare URL/e-mail links. */
function defuseGitHubRefs(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
        .replace(/\b(gh)-(\d)/gi, `$1-${ZWSP}$2`);
}
/**
 * Escape text for inline Markdown (a paragraph, a list item or a GFM table cell). Every ASCII punctuation
 * character with a meaning in CommonMark, GFM or GitHub (links, images, HTML, entities, emphasis,
 * strikethrough, code, headings, lists, tables, math, footnotes) is backslash-escaped; CommonMark renders
 * `\x` as `x`, so the text reads the same. `, ; ' " / ? %` carry no syntax and stay as they are. Newlines
 * become spaces so a table row or list item stays one line.
 */
function escapeMarkdown(text) {
    return defuseGitHubRefs(singleLine(text)).replace(/[\\`*_{}[\]<>()#+\-.!|~&$=^@:]/g, "\\$&");
}
/**
 * Escape text for raw HTML context (e.g. inside `<summary>`, where Markdown escapes are not processed).
 */
function escapeHtml(text) {
    return defuseGitHubRefs(singleLine(text))
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;")
        .replace(/\|/g, "&#124;")
        .replace(/`/g, "&#96;")
        .replace(/\*/g, "&#42;")
        .replace(/_/g, "&#95;")
        .replace(/\[/g, "&#91;")
        .replace(/]/g, "&#93;")
        .replace(/\\/g, "&#92;");
}
/**
 * A complete code span (backticks included) showing `text` literally. The fence is one backtick longer
 * than the longest backtick run inside, and padded with spaces so content that starts or ends with a
 * backtick survives. Inside a code span GitHub creates no links, mentions or HTML.
 */
function escapeInlineCode(text, opts = {}) {
    let body = singleLine(text);
    if (body.trim() === "")
        return escapeMarkdown(body === "" ? "(empty)" : "(blank)");
    if (opts.table)
        body = body.replace(/\|/g, "\\|");
    let longest = 0;
    for (const run of body.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = "`".repeat(longest + 1);
    const pad = longest > 0 || body.startsWith(" ") || body.endsWith(" ") ? " " : "";
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Alias with a more descriptive name for callers building tables or lists. */
const codeSpan = (/* unused pure expression or super */ null && (escapeInlineCode));
/**
 * Text for a Mermaid label we generate ourselves: letters, digits, spaces and a few safe signs only, so
 * the chart source can never be broken out of (quotes, brackets, newlines are removed).
 */
function mermaidLabel(text) {
    const cleaned = singleLine(text).replace(/[^\p{L}\p{N} .&/+-]/gu, "").replace(/\s+/g, " ").trim();
    return cleaned === "" ? "?" : cleaned.slice(0, 40);
}
/**
 * A URL fit for a Markdown link destination, or undefined when it is not an absolute http(s) URL.
 * Characters that could end the destination or the link (`(`, `)`, `<`, `>`, spaces, quotes) are
 * percent-encoded.
 */
function safeUrl(raw) {
    if (typeof raw !== "string" || raw.trim() === "")
        return undefined;
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        return undefined;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        return undefined;
    return url.href.replace(/[()<>"'\s`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

;// CONCATENATED MODULE: ./src/output/labels.ts
const FRAMEWORK_NAMES = {
    pytorch: "PyTorch",
    tensorflow: "TensorFlow",
    keras: "Keras",
    jax: "JAX",
    interop: "Interop & serving",
};
function frameworkName(id) {
    return FRAMEWORK_NAMES[id] ?? id;
}
const COMPARED = ["pytorch", "tensorflow"];
/** The article's criteria, in its order: long label (table) and short label (chart axis). */
const CRITERIA = {
    "research-speed": { label: "Research & development speed", short: "Research" },
    "production-readiness": { label: "Production readiness", short: "Production" },
    "learning-curve": { label: "Learning curve (ease)", short: "Learning" },
    performance: { label: "Performance", short: "Performance" },
    ecosystem: { label: "Ecosystem", short: "Ecosystem" },
    community: { label: "Community", short: "Community" },
    "enterprise-support": { label: "Enterprise support", short: "Enterprise" },
};
function criterionLabel(id) {
    return CRITERIA[id]?.label ?? id;
}
function criterionShort(id) {
    return CRITERIA[id]?.short ?? id;
}
const REQUIREMENTS = {
    research: "research & prototyping",
    "production-serving": "production serving",
    "mobile-edge": "mobile / edge deployment",
    tpu: "TPU training",
    gcp: "Google Cloud",
    "mlops-pipeline": "MLOps pipeline",
    "large-scale-training": "large-scale training",
    "legacy-tf-assets": "existing TensorFlow assets",
};
function requirementLabel(id) {
    return REQUIREMENTS[id] ?? id;
}
const WEIGHT_SOURCES = {
    config: "config",
    inferred: "inferred",
    default: "default",
};
const SEVERITY_LABEL = { error: "error", warning: "warning", info: "note" };
const SEVERITY_ICON = { error: "🛑", warning: "⚠️", info: "ℹ️" };
/** How the comment cites its source for the stars (the article's title is a proper name). */
const ARTICLE_CITATION = "“PyTorch vs TensorFlow 2025年最新比較” (Daily Hack, June 2025)";
/** Humanise a kebab-case finding id: `missing-dependency` -> `Missing dependency`. */
function humanizeId(id) {
    const words = id.replace(/[-_]+/g, " ").trim();
    return words === "" ? id : words[0].toUpperCase() + words.slice(1);
}
/** Plural helper: `plural(1, "finding")` -> "1 finding", `plural(2, "finding")` -> "2 findings". */
function labels_plural(n, word, pluralWord = `${word}s`) {
    return `${n.toLocaleString("en-US")} ${n === 1 ? word : pluralWord}`;
}
function labels_formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return "0 B";
    if (bytes < 1000)
        return `${bytes} B`;
    if (bytes < 1e6)
        return `${(bytes / 1e3).toFixed(1)} kB`;
    if (bytes < 1e9)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    return `${(bytes / 1e9).toFixed(2)} GB`;
}
function formatScore(n) {
    return typeof n === "number" && Number.isFinite(n) ? String(Math.round(n)) : "–";
}

;// CONCATENATED MODULE: ./src/output/chart.ts



function chartSeries(criteria) {
    const labels = criteria.map((c) => mermaidLabel(criterionShort(c.id)));
    const bar = [];
    const line = [];
    for (const c of criteria) {
        const w = weighted(c);
        bar.push(clean(w.pytorch));
        line.push(clean(w.tensorflow));
    }
    const max = Math.max(5, ...bar, ...line);
    return { labels, bar, line, max: Math.ceil(max / 5) * 5 };
}
function clean(n) {
    return Number.isFinite(n) ? Math.round(n * 100) / 100 : 0;
}
/** The Mermaid source (without the fence), or undefined when there is nothing to draw. */
const PYTORCH_COLOUR = "#ee4c2c";
const TENSORFLOW_COLOUR = "#ff8f00";
function mermaidChart(criteria) {
    if (criteria.length === 0)
        return undefined;
    const s = chartSeries(criteria);
    if (s.bar.every((v) => v === 0) && s.line.every((v) => v === 0))
        return undefined;
    const labels = s.labels.map((l) => `"${l}"`).join(", ");
    return [
        // The frameworks' own colours (PyTorch's red-orange bars, TensorFlow's amber line); the default theme
        // draws pale bars that are hard to tell from the background.
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PYTORCH_COLOUR}, ${TENSORFLOW_COLOUR}"}}}}%%`,
        "xychart-beta",
        `    title "Weighted score per criterion (bars: PyTorch, line: TensorFlow)"`,
        `    x-axis [${labels}]`,
        `    y-axis "weight x stars" 0 --> ${s.max}`,
        `    bar [${s.bar.join(", ")}]`,
        `    line [${s.line.join(", ")}]`,
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/output/links.ts

/** Percent-encode one URL path segment, including the characters encodeURIComponent leaves alone. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Encode a repo-relative `/`-separated path segment by segment (empty and `.` segments dropped). */
function encodePath(path) {
    return path
        .split("/")
        .filter((s) => s !== "" && s !== ".")
        .map(encodeSegment)
        .join("/");
}
function isLine(n) {
    return typeof n === "number" && Number.isInteger(n) && n >= 1;
}
/** Whether the location points into a notebook cell. */
function isNotebookLocation(loc) {
    return typeof loc.cell === "number" && Number.isInteger(loc.cell) && loc.cell >= 0;
}
/**
 * Human label of a location: `train.py:42`, or for notebooks `nb/demo.ipynb (cell 6, line 3)`.
 * Cells are shown as the 0-based index of the JSON report and of every finding message (the first cell of
 * the notebook is "cell 0"), so a location reads the same wherever it appears.
 */
function locationLabel(loc) {
    if (isNotebookLocation(loc)) {
        const cell = loc.cell ?? 0;
        return isLine(loc.line) ? `${loc.path} (cell ${cell}, line ${loc.line})` : `${loc.path} (cell ${cell})`;
    }
    return isLine(loc.line) ? `${loc.path}:${loc.line}` : loc.path;
}
/** The terminal form: `path:line` or `path:cell N:line M`. */
function locationText(loc) {
    if (isNotebookLocation(loc)) {
        const cell = loc.cell ?? 0;
        return isLine(loc.line) ? `${loc.path}:cell ${cell}:line ${loc.line}` : `${loc.path}:cell ${cell}`;
    }
    return isLine(loc.line) ? `${loc.path}:${loc.line}` : loc.path;
}
/**
 * Blob permalink: `${serverUrl}/${repository}/blob/${sha}/${path}#L${line}`. Notebooks link to the file
 * (GitHub renders them, line anchors would point into the JSON). Returns undefined when the context does
 * not make a valid http(s) URL.
 */
function blobUrl(ctx, loc) {
    const server = safeUrl(ctx.serverUrl);
    if (!server)
        return undefined;
    const repo = ctx.repository.split("/").filter(Boolean).map(encodeSegment).join("/");
    const sha = encodeSegment(ctx.sha);
    if (repo === "" || sha === "")
        return undefined;
    const base = `${server.replace(/\/+$/, "")}/${repo}/blob/${sha}/${encodePath(loc.path)}`;
    const notebook = isNotebookLocation(loc);
    return !notebook && isLine(loc.line) ? `${base}#L${loc.line}` : base;
}
/**
 * Markdown for a location: a link with the label in a code span when a LinkContext is given, else the
 * label in a code span.
 */
function locationMarkdown(loc, ctx, opts = {}) {
    const label = escapeInlineCode(locationLabel(loc), opts);
    const url = ctx ? blobUrl(ctx, loc) : undefined;
    return url ? `[${label}](${url})` : label;
}

;// CONCATENATED MODULE: ./src/output/markdown.ts





const COMMENT_MARKER_PREFIX = "<!-- ml-framework-audit";
/** GitHub rejects comment bodies over 65,536 characters; keep a margin for the GitHub layer's additions. */
const GITHUB_COMMENT_LIMIT = 65536;
const DEFAULT_MAX_LENGTH = GITHUB_COMMENT_LIMIT - 2048;
/** Findings shown in the open table before the rest go into a collapsed `<details>`. */
const OPEN_FINDINGS = 10;
/** Locations listed per finding / per declared framework before "and N more". */
const markdown_MAX_LOCATIONS = 3;
const MAX_DECLARED = 5;
/** New/resolved findings named in the "This PR" section. */
const DELTA_LISTED = 10;
// ---------------------------------------------------------------------------
// Small builders
// ---------------------------------------------------------------------------
/** A `<details>` block whose Markdown body renders (blank line after the summary, before the close). */
function details(summary, body) {
    return `<details>\n<summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function table(header, align, rows) {
    const sep = align.map((a) => (a === "r" ? "---:" : a === "c" ? ":---:" : "---"));
    const line = (cells) => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
    return [line(header), line(sep), ...rows.map(line)].join("\n");
}
function locs(locations, ctx, tableCell, max = markdown_MAX_LOCATIONS) {
    if (locations.length === 0)
        return tableCell ? "—" : "";
    const shown = locations.slice(0, max).map((l) => locationMarkdown(l, ctx, { table: tableCell }));
    const more = locations.length - shown.length;
    return shown.join(", ") + (more > 0 ? ` and ${fmtInt(more)} more` : "");
}
function findingCode(f) {
    const label = `${escapeMarkdown(f.code)} ${escapeMarkdown(f.id)}`;
    const url = safeUrl(f.helpUri);
    return url ? `[${label}](${url})` : label;
}
/**
 * A finding message: the analysis quotes names in backticks (`torch.compile`); those become code spans, the
 * rest plain text. Both kinds of piece are escaped, so a backtick in a repository string can at worst
 * shift which piece is code: it can never open markup.
 */
function messageMarkdown(message, table = false) {
    return message
        .split(/`([^`\n]+)`/)
        .map((part, i) => (i % 2 === 1 ? escapeInlineCode(part, { table }) : escapeMarkdown(part)))
        .join("");
}
function severityBadge(f) {
    const icon = SEVERITY_ICON[f.severity] ?? "";
    return `${icon} ${SEVERITY_LABEL[f.severity] ?? escapeMarkdown(String(f.severity))}`.trim();
}
function declaredText(d, ctx, tableCell) {
    const opt = { table: tableCell };
    const name = escapeInlineCode(declaredLabel(d), opt);
    const pinned = !d.specifier ? " (unpinned)" : "";
    const resolved = d.resolvedVersion ? ` (locked ${escapeInlineCode(d.resolvedVersion, opt)})` : "";
    const group = d.group ? ` (group ${escapeMarkdown(d.group)})` : "";
    return `${name}${pinned}${resolved}${group} in ${locationMarkdown(d, ctx, opt)}`;
}
// ---------------------------------------------------------------------------
// Verdict
// ---------------------------------------------------------------------------
function scoresText(report) {
    const fit = report.fit;
    if (!fit)
        return "";
    return `PyTorch ${formatScore(fit.scores.pytorch)} / TensorFlow ${formatScore(fit.scores.tensorflow)}`;
}
function verdictLine(report) {
    const fit = report.fit;
    const primary = report.primaryFramework ? frameworkName(report.primaryFramework) : undefined;
    const scores = scoresText(report);
    if (!fit) {
        if (!primary)
            return "➖ **No ML framework found** in this repository";
        return `**${escapeMarkdown(primary)}** is the primary framework (this report has no fit scores)`;
    }
    const fav = favoured(report);
    const margin = typeof fit.margin === "number" && Number.isFinite(fit.margin) ? `, margin ${formatScore(fit.margin)}` : "";
    switch (fit.verdict) {
        case "fit":
            return `✅ **${escapeMarkdown(primary ?? (fav ? frameworkName(fav) : "The current stack"))} — fits** this project (${scores})`;
        case "mismatch": {
            const other = fav ? frameworkName(fav) : "the other framework";
            const used = primary ?? "The current stack";
            return `⚠️ **${escapeMarkdown(used)} — mismatch**: this project's priorities favour ${escapeMarkdown(other)} (${scores}${margin})`;
        }
        case "hybrid": {
            const used = report.frameworks.filter((f) => COMPARED.includes(f.id)).map((f) => frameworkName(f.id));
            const names = used.length >= 2 ? used.join(" + ") : "PyTorch + TensorFlow";
            const lean = fav ? `; the scores lean to ${frameworkName(fav)}` : "";
            return `🔀 **Hybrid — ${escapeMarkdown(names)}** in one project (${scores}${lean})`;
        }
        case "no-ml": {
            const others = report.frameworks.filter((f) => !COMPARED.includes(f.id)).map((f) => frameworkName(f.id));
            return others.length > 0
                ? `➖ **No PyTorch or TensorFlow found** (only ${escapeMarkdown(others.join(", "))})`
                : "➖ **No ML framework found** in this repository";
        }
        default:
            return `**${escapeMarkdown(String(fit.verdict))}** (${scores})`;
    }
}
function summaryBlock(report) {
    const parts = [];
    const explanation = report.fit?.explanation?.trim();
    if (explanation) {
        // The first sentence says what decided the verdict; the arithmetic behind it is one click away, so the
        // top of the comment stays short enough to read at a glance.
        const first = /^([\s\S]+?[.!?])\s+(?=[A-Z(“"])/.exec(explanation)?.[1];
        if (first && first.length < explanation.length) {
            parts.push(escapeMarkdown(first));
            parts.push(details("How the verdict was reached", escapeMarkdown(explanation.slice(first.length).trim())));
        }
        else
            parts.push(escapeMarkdown(explanation));
    }
    const c = countBySeverity(report.findings);
    const total = report.findings.length;
    if (total === 0)
        parts.push("No findings.");
    else {
        const bits = [];
        if (c.error)
            bits.push(`**${labels_plural(c.error, "error")}**`);
        if (c.warning)
            bits.push(labels_plural(c.warning, "warning"));
        if (c.info)
            bits.push(labels_plural(c.info, "note"));
        parts.push(`Findings: ${bits.join(", ")}.`);
    }
    return parts.join("\n\n");
}
function deltaSection(delta, ctx) {
    const added = common_sortFindings(delta.added.findings);
    const removed = common_sortFindings(delta.removed.findings);
    // The delta lists a few findings by name; the Findings section has them all.
    const items = [
        ...added.map((f) => ({ f, kind: "new" })),
        ...removed.map((f) => ({ f, kind: "resolved" })),
    ];
    const listed = Math.min(items.length, DELTA_LISTED);
    const base = delta.base ? ` compared with base ${escapeInlineCode(delta.base.slice(0, 12))}` : "";
    const fwList = (ids) => ids.map((id) => `**${escapeMarkdown(frameworkName(id))}**`).join(", ");
    const featList = (ids) => ids.map((id) => escapeInlineCode(id)).join(", ");
    const nothing = delta.added.frameworks.length + delta.removed.frameworks.length + delta.added.features.length + delta.removed.features.length + items.length === 0;
    return {
        key: "delta",
        total: listed + 1,
        describeCut: (k) => (k === 0 ? "the PR changes" : `the list of this PR's new and resolved findings`),
        render(k) {
            if (k === 0)
                return "";
            if (nothing)
                return `### This PR\n\nNo change to the ML stack${base}.`;
            const lines = [`### This PR`, "", `Changes${base}:`, ""];
            const fw = [];
            if (delta.added.frameworks.length)
                fw.push(`added ${fwList(delta.added.frameworks)}`);
            if (delta.removed.frameworks.length)
                fw.push(`removed ${fwList(delta.removed.frameworks)}`);
            if (fw.length)
                lines.push(`- Frameworks: ${fw.join("; ")}`);
            const ft = [];
            if (delta.added.features.length)
                ft.push(`added ${featList(delta.added.features)}`);
            if (delta.removed.features.length)
                ft.push(`removed ${featList(delta.removed.features)}`);
            if (ft.length)
                lines.push(`- Features: ${ft.join("; ")}`);
            if (items.length) {
                const counts = [];
                if (added.length)
                    counts.push(`${fmtInt(added.length)} new`);
                if (removed.length)
                    counts.push(`${fmtInt(removed.length)} resolved`);
                lines.push(`- Findings: ${counts.join(", ")}`);
                const shown = items.slice(0, k - 1);
                for (const { f, kind } of shown) {
                    const where = locs(f.locations, ctx, false, 1);
                    const tag = kind === "resolved" ? "resolved: " : "";
                    lines.push(`  - ${SEVERITY_ICON[f.severity] ?? ""} ${tag}${findingCode(f)}: ${messageMarkdown(f.message)}${where ? ` (${where})` : ""}`);
                }
                if (shown.length < items.length)
                    lines.push(`  - …and ${fmtInt(items.length - shown.length)} more`);
            }
            else if (!fw.length && !ft.length) {
                lines.push("- No change to frameworks, features or findings");
            }
            return lines.join("\n");
        },
    };
}
function findingRows(findings, ctx) {
    return findings.map((f) => [severityBadge(f), findingCode(f), messageMarkdown(f.message, true), locs(f.locations, ctx, true)]);
}
function findingsSection(findings, ctx) {
    const sorted = common_sortFindings(findings);
    const header = ["Severity", "Rule", "Finding", "Where"];
    const align = ["l", "l", "l", "l"];
    return {
        key: "findings",
        total: Math.max(1, sorted.length),
        describeCut: (k) => sorted.length === 0
            ? "the findings section"
            : k === 0
                ? `all ${labels_plural(sorted.length, "finding")}`
                : `${fmtInt(sorted.length - k)} of ${labels_plural(sorted.length, "finding")} (the most severe are shown)`,
        render(k) {
            if (k === 0)
                return "";
            if (sorted.length === 0)
                return "### Findings\n\nNo problems found.";
            const shown = sorted.slice(0, k);
            const open = shown.slice(0, OPEN_FINDINGS);
            const rest = shown.slice(OPEN_FINDINGS);
            const blocks = [`### Findings (${fmtInt(sorted.length)})`, table(header, align, findingRows(open, ctx))];
            if (rest.length)
                blocks.push(details(`${labels_plural(rest.length, "more finding")}`, table(header, align, findingRows(rest, ctx))));
            if (shown.length < sorted.length)
                blocks.push(`${fmtInt(sorted.length - shown.length)} less severe findings are not shown here.`);
            return blocks.join("\n\n");
        },
    };
}
function criteriaSection(report) {
    const fit = report.fit;
    if (!fit || fit.criteria.length === 0)
        return undefined;
    return {
        key: "criteria",
        total: 1,
        describeCut: () => "the criteria table",
        render(k) {
            if (k === 0)
                return "";
            const rows = fit.criteria.map((c) => {
                const w = weighted(c);
                const weight = Number.isFinite(c.weight) ? (c.weight === 0 ? "0 (ignored)" : String(c.weight)) : "–";
                const why = [];
                if (c.weightSource)
                    why.push(c.weightSource === "inferred" ? "inferred" : c.weightSource === "config" ? "your config" : "default");
                if (c.evidence?.length)
                    why.push(c.evidence.map((e) => escapeInlineCode(e, { table: true })).join(", "));
                return [
                    escapeMarkdown(criterionLabel(c.id)),
                    weight,
                    why.join(": ") || "—",
                    stars(c.pytorch),
                    stars(c.tensorflow),
                    formatScore(w.pytorch),
                    formatScore(w.tensorflow),
                ];
            });
            const totals = weightedTotals(fit.criteria);
            rows.push(["**Total**", "", "", "", "", `**${formatScore(totals.pytorch)}**`, `**${formatScore(totals.tensorflow)}**`]);
            rows.push(["**Fit score (0–100)**", "", "", "", "", `**${formatScore(fit.scores.pytorch)}**`, `**${formatScore(fit.scores.tensorflow)}**`]);
            const blocks = [
                "### Fit against the article's criteria",
                table(["Criterion", "Weight", "Weight from", "PyTorch", "TensorFlow", "PyTorch × weight", "TensorFlow × weight"], ["l", "r", "l", "l", "l", "r", "r"], rows),
            ];
            const notes = [];
            if (fit.requirements.length) {
                const reqs = fit.requirements.map((r) => {
                    const ev = r.evidence.length ? ` (from ${r.evidence.slice(0, 4).map((e) => escapeInlineCode(e)).join(", ")}${r.evidence.length > 4 ? ", …" : ""})` : "";
                    return `${escapeMarkdown(requirementLabel(r.id))}${ev}`;
                });
                notes.push(`Requirements seen in this project: ${reqs.join("; ")}.`);
            }
            const margin = typeof fit.margin === "number" && Number.isFinite(fit.margin) ? ` A mismatch needs the other framework to lead by ${formatScore(fit.margin)} points.` : "";
            notes.push(`Stars: the article's decision matrix, ${ARTICLE_CITATION}. Weights: this project's.${margin}`);
            blocks.push(notes.join("\n\n"));
            return blocks.join("\n\n");
        },
    };
}
function chartSection(report) {
    const fit = report.fit;
    const chart = fit ? mermaidChart(fit.criteria) : undefined;
    if (!chart)
        return undefined;
    return {
        key: "chart",
        total: 1,
        describeCut: () => "the chart",
        render: (k) => (k === 0 ? "" : details("Chart: weighted score per criterion", "```mermaid\n" + chart + "\n```")),
    };
}
function stackSection(report, ctx) {
    if (report.frameworks.length === 0)
        return undefined;
    return {
        key: "stack",
        total: 1,
        describeCut: () => "the framework table",
        render(k) {
            if (k === 0)
                return "";
            const rows = report.frameworks.map((f) => {
                const name = `**${escapeMarkdown(frameworkName(f.id))}**${report.primaryFramework === f.id ? " (primary)" : ""}`;
                const imported = f.imported || f.importWitnesses.length
                    ? f.importWitnesses.length
                        ? `${labels_plural(f.importWitnesses.length, "place")}, e.g. ${locationMarkdown(f.importWitnesses[0], ctx, { table: true })}`
                        : "yes"
                    : "not imported";
                const decl = f.declared.slice(0, MAX_DECLARED).map((d) => declaredText(d, ctx, true));
                if (f.declared.length > MAX_DECLARED)
                    decl.push(`and ${fmtInt(f.declared.length - MAX_DECLARED)} more`);
                return [name, imported, decl.length ? decl.join("<br>") : "not declared"];
            });
            return ["### Stack", table(["Framework", "Imported", "Declared"], ["l", "l", "l"], rows)].join("\n\n");
        },
    };
}
const GROUP_ORDER = ["pytorch", "tensorflow", "keras", "jax", "interop"];
function featuresSection(report, ctx) {
    if (report.features.length === 0)
        return undefined;
    const rank = (fw) => {
        const i = GROUP_ORDER.indexOf(fw);
        return i < 0 ? GROUP_ORDER.length : i;
    };
    const ordered = report.features
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f.framework) - rank(b.f.framework) || a.i - b.i)
        .map((x) => x.f);
    return {
        key: "features",
        total: ordered.length,
        describeCut: (k, total) => (k === 0 ? "the feature list" : `${fmtInt(total - k)} of ${labels_plural(total, "feature")}`),
        render(k) {
            if (k === 0)
                return "";
            const shown = ordered.slice(0, k);
            const lines = ["**Features in use**", ""];
            let group;
            const groupCounts = new Map();
            for (const f of ordered)
                groupCounts.set(f.framework, (groupCounts.get(f.framework) ?? 0) + 1);
            for (const f of shown) {
                if (f.framework !== group) {
                    group = f.framework;
                    lines.push(`- **${escapeMarkdown(frameworkName(group))}** (${fmtInt(groupCounts.get(group) ?? 0)})`);
                }
                const uses = typeof f.count === "number" && f.count > 1 ? `, ${labels_plural(f.count, "use")}` : "";
                const where = f.witnesses[0] ? ` at ${locationMarkdown(f.witnesses[0], ctx)}` : "";
                const det = f.details?.length ? ` — ${f.details.slice(0, 3).map((d) => escapeInlineCode(d)).join(", ")}` : "";
                lines.push(`  - ${escapeInlineCode(f.id)}${where}${uses}${det}`);
            }
            if (shown.length < ordered.length)
                lines.push(`- …and ${labels_plural(ordered.length - shown.length, "more feature")}`);
            return lines.join("\n");
        },
    };
}
function evidenceSection(report, ctx) {
    const rows = [];
    for (const f of report.frameworks) {
        for (const w of f.importWitnesses)
            rows.push([`${escapeMarkdown(frameworkName(f.id))} import`, locationMarkdown(w, ctx, { table: true })]);
        for (const d of f.declared)
            rows.push([`${escapeMarkdown(frameworkName(f.id))} dependency ${escapeInlineCode(declaredLabel(d), { table: true })}`, locationMarkdown(d, ctx, { table: true })]);
    }
    for (const f of report.features)
        for (const w of f.witnesses)
            rows.push([`feature ${escapeInlineCode(f.id, { table: true })}`, locationMarkdown(w, ctx, { table: true })]);
    if (rows.length === 0)
        return undefined;
    return {
        key: "evidence",
        total: rows.length,
        describeCut: (k, total) => (k === 0 ? "the evidence table" : `${fmtInt(total - k)} of ${fmtInt(total)} evidence rows`),
        render(k) {
            if (k === 0)
                return "";
            const shown = rows.slice(0, k);
            const more = rows.length - shown.length;
            const body = table(["Evidence", "Where"], ["l", "l"], shown) + (more > 0 ? `\n\n…and ${fmtInt(more)} more rows.` : "");
            return details(`Evidence: ${labels_plural(rows.length, "location")}`, body);
        },
    };
}
function notesSection(report, ctx) {
    const notes = report.fit?.outdatedNotes ?? [];
    const recs = (report.fit?.recommendations ?? []).filter((r) => typeof r === "string" && r.trim() !== "");
    const total = notes.length + recs.length;
    if (total === 0)
        return undefined;
    return {
        key: "notes",
        total,
        describeCut: (k, t) => (k === 0 ? "the article corrections and recommendations" : `${fmtInt(t - k)} of ${fmtInt(t)} article corrections and recommendations`),
        render(k) {
            if (k === 0)
                return "";
            const blocks = [];
            const shownNotes = notes.slice(0, k);
            const shownRecs = recs.slice(0, Math.max(0, k - notes.length));
            if (shownNotes.length) {
                const lines = shownNotes.map((n) => {
                    const where = n.locations.length ? ` Seen at ${locs(n.locations, ctx, false)}.` : "";
                    const src = safeUrl(n.source);
                    return `- **${escapeMarkdown(n.topic)}**: ${escapeMarkdown(n.note)}${where}${src ? ` ([source](${src}))` : ""}`;
                });
                blocks.push("### Where the article is out of date", lines.join("\n"));
            }
            if (shownRecs.length)
                blocks.push("### Recommendations", shownRecs.map((r) => `- ${escapeMarkdown(r)}`).join("\n"));
            if (shownNotes.length + shownRecs.length < total)
                blocks.push(`…and ${fmtInt(total - shownNotes.length - shownRecs.length)} more.`);
            return blocks.join("\n\n");
        },
    };
}
function footer(report) {
    const s = report.stats;
    const files = Number.isFinite(s?.filesScanned) ? labels_plural(s.filesScanned, "file") : "";
    const bytes = Number.isFinite(s?.bytesScanned) ? labels_formatBytes(s.bytesScanned) : "";
    const ms = Number.isFinite(s?.durationMs) ? `${fmtInt(s.durationMs)} ms` : "";
    const scanned = files ? ` · ${files}${bytes ? ` (${bytes})` : ""} scanned${ms ? ` in ${ms}` : ""}` : "";
    const version = escapeMarkdown(report.tool?.version ?? "");
    return `<sub>ml-framework-audit ${version}${scanned} · criteria stars from ${ARTICLE_CITATION}</sub>`;
}
// ---------------------------------------------------------------------------
// Assembly and size limit
// ---------------------------------------------------------------------------
function markerLine(marker) {
    const fallback = `${COMMENT_MARKER_PREFIX} -->`;
    if (marker === undefined)
        return fallback;
    const m = singleLine(marker).trim();
    // Used as given when it is one well-formed comment (the GitHub layer finds its comment by this exact text).
    if (/^<!--(?!>|->)/.test(m) && m.endsWith("-->") && !/--|[<>]/.test(m.slice(4, -3)) && m.startsWith(COMMENT_MARKER_PREFIX))
        return m;
    const inner = m.replace(/<!--|--!?>/g, " ").replace(/--+/g, "-").replace(/[<>!]/g, "").replace(/\s+/g, " ").trim();
    const body = inner.startsWith("ml-framework-audit") ? inner : `ml-framework-audit ${inner}`.trim();
    return `<!-- ${body} -->`;
}
/** Which sections are cut first when the comment is too long: [section key, floor]. */
const CUT_ORDER = [
    ["evidence", 0],
    ["findings", OPEN_FINDINGS],
    ["chart", 0],
    ["features", 0],
    ["notes", 0],
    ["stack", 0],
    ["criteria", 0],
    ["delta", 1],
    ["findings", 1],
    ["delta", 0],
    ["findings", 0],
    ["summary", 0],
];
function renderMarkdown(report, opts = {}) {
    const ctx = opts.links;
    const maxLength = typeof opts.maxLength === "number" && Number.isFinite(opts.maxLength) && opts.maxLength > 0 ? Math.floor(opts.maxLength) : DEFAULT_MAX_LENGTH;
    const hint = opts.fullReportHint ? singleLine(opts.fullReportHint).trim() : "";
    const title = opts.title ? `${escapeMarkdown(opts.title)}: ` : "";
    const head = [markerLine(opts.marker), `${title}${verdictLine(report)}`];
    const summaryText = summaryBlock(report);
    const summary = { key: "summary", total: 1, describeCut: () => "the summary", render: (k) => (k ? summaryText : "") };
    const sections = [
        summary,
        report.delta ? deltaSection(report.delta, ctx) : undefined,
        findingsSection(report.findings, ctx),
        criteriaSection(report),
        chartSection(report),
        stackSection(report, ctx),
        featuresSection(report, ctx),
        evidenceSection(report, ctx),
        notesSection(report, ctx),
    ].filter((s) => s !== undefined);
    const tail = footer(report);
    const shown = new Map(sections.map((s) => [s.key, s.total]));
    const cache = new Map();
    const renderSection = (s, k) => {
        const key = `${s.key}:${k}`;
        let out = cache.get(key);
        if (out === undefined) {
            out = s.render(k);
            cache.set(key, out);
        }
        return out;
    };
    const notice = () => {
        const cut = sections.filter((s) => (shown.get(s.key) ?? 0) < s.total).map((s) => s.describeCut(shown.get(s.key) ?? 0, s.total));
        if (cut.length === 0)
            return "";
        const where = hint ? ` The full report is in ${hint}.` : "";
        return `> [!NOTE]\n> **This comment was shortened** to stay under GitHub's comment size limit. Left out: ${cut.map((c) => escapeMarkdown(c)).join("; ")}.${where}`;
    };
    const assemble = () => {
        const body = sections.map((s) => renderSection(s, shown.get(s.key) ?? 0)).filter((b) => b !== "");
        const n = notice();
        return [...head, ...(n ? [n] : []), ...body, tail].join("\n\n") + "\n";
    };
    let out = assemble();
    if (out.length <= maxLength)
        return out;
    for (const [key, floor] of CUT_ORDER) {
        const s = sections.find((x) => x.key === key);
        if (!s)
            continue;
        const current = shown.get(key) ?? 0;
        if (current <= floor)
            continue;
        // Largest k in [floor, current) that fits; k = floor if none does (then move on to the next section).
        let lo = floor;
        let hi = current - 1;
        shown.set(key, floor);
        if (assemble().length > maxLength)
            continue;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            shown.set(key, mid);
            if (assemble().length <= maxLength)
                lo = mid;
            else
                hi = mid - 1;
        }
        shown.set(key, lo);
        out = assemble();
        if (out.length <= maxLength)
            return out;
    }
    // Not even the verdict fits: the smallest comment that still says where the report is.
    const minimal = [head[0], `${title}${verdictLine(report)}`, `**This comment was shortened**: the report is too large for it.${hint ? ` The full report is in ${hint}.` : ""}`].join("\n\n") + "\n";
    if (minimal.length <= maxLength)
        return minimal;
    return head[0].length + 1 <= maxLength ? `${head[0]}\n` : "";
}

;// CONCATENATED MODULE: ./src/output/sarif.ts





const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** The key of our fingerprint in `partialFingerprints` (versioned, as SARIF recommends). */
const FINGERPRINT_KEY = "mlFrameworkAudit/v1";
const LEVEL = { error: "error", warning: "warning", info: "note" };
function level(s) {
    return LEVEL[s] ?? "note";
}
function sarif_isLine(n) {
    return typeof n === "number" && Number.isInteger(n) && n >= 1;
}
function physical(loc, id) {
    const notebook = isNotebookLocation(loc);
    const region = { startLine: !notebook && sarif_isLine(loc.line) ? loc.line : 1 };
    if (!notebook && sarif_isLine(loc.column))
        region.startColumn = loc.column;
    const out = {
        physicalLocation: {
            artifactLocation: { uri: encodePath(loc.path) || ".", uriBaseId: "%SRCROOT%" },
            region,
        },
    };
    if (id !== undefined)
        out.id = id;
    if (notebook)
        out.message = { text: `Notebook ${singleLine(locationText(loc))}` };
    return out;
}
/** The first declared manifest of the primary framework, for findings that have no location of their own. */
function fallbackLocation(report) {
    const primary = report.frameworks.find((f) => f.id === report.primaryFramework) ?? report.frameworks[0];
    const d = primary?.declared[0];
    return d ? { path: d.path, line: d.line } : undefined;
}
function ruleFor(f, findings) {
    // The most severe level this code is reported with is its default.
    const worst = findings.filter((x) => x.code === f.code).reduce((acc, x) => (SEVERITY_ORDER[x.severity] < SEVERITY_ORDER[acc] ? x.severity : acc), f.severity);
    const rule = {
        id: f.code,
        name: f.id,
        shortDescription: { text: humanizeId(f.id) },
        defaultConfiguration: { level: level(worst) },
        properties: { tags: ["ml-framework-audit", f.id] },
    };
    const help = safeUrl(f.helpUri);
    if (help) {
        rule.helpUri = help;
        rule.help = { text: `See ${help}`, markdown: `See [${f.code} ${f.id}](${help}).` };
    }
    return rule;
}
function renderSarif(report, opts = {}) {
    const findings = common_sortFindings(report.findings);
    const rules = [];
    const ruleIndex = new Map();
    for (const f of findings) {
        if (ruleIndex.has(f.code))
            continue;
        ruleIndex.set(f.code, rules.length);
        rules.push(ruleFor(f, findings));
    }
    const fallback = fallbackLocation(report);
    const results = findings.map((f) => {
        const message = singleLine(f.message).trim() || humanizeId(f.id);
        const result = {
            ruleId: f.code,
            ruleIndex: ruleIndex.get(f.code) ?? 0,
            level: level(f.severity),
            message: { text: message },
        };
        const [first, ...rest] = f.locations;
        if (first) {
            result.locations = [physical(first)];
            if (rest.length)
                result.relatedLocations = rest.map((l, i) => physical(l, i + 1));
        }
        else if (fallback) {
            result.locations = [physical(fallback)];
            result.message = { text: `${message} (reported on the framework's manifest: the finding has no location of its own)` };
        }
        if (f.fingerprint)
            result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
        result.properties = { id: f.id, severity: f.severity };
        return result;
    });
    const driver = { name: "ml-framework-audit", rules };
    const version = typeof report.tool?.version === "string" ? report.tool.version : "";
    if (version)
        driver.version = version;
    if (/^\d+\.\d+\.\d+/.test(version))
        driver.semanticVersion = version;
    const info = safeUrl(opts.informationUri);
    if (info)
        driver.informationUri = info;
    return {
        $schema: SARIF_SCHEMA_URI,
        version: "2.1.0",
        runs: [
            {
                tool: { driver },
                originalUriBaseIds: { "%SRCROOT%": { description: { text: `The scanned root (${singleLine(report.root || ".")}).` } } },
                columnKind: "utf16CodeUnits",
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/output/text.ts




const CODES = {
    bold: [1, 22],
    dim: [2, 22],
    red: [31, 39],
    yellow: [33, 39],
    green: [32, 39],
    cyan: [36, 39],
    magenta: [35, 39],
};
/** Repository text for a terminal: one line, no escape sequences. */
function text_clean(text) {
    return singleLine(String(text)).replace(/\u001b/g, "");
}
function renderText(report, opts = {}) {
    const paint = (style, s) => (opts.color ? `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m` : s);
    const out = [];
    const fit = report.fit;
    // Verdict
    const primary = report.primaryFramework ? frameworkName(report.primaryFramework) : undefined;
    const scores = fit ? `PyTorch ${formatScore(fit.scores.pytorch)} / TensorFlow ${formatScore(fit.scores.tensorflow)}` : "";
    let verdict;
    if (!fit)
        verdict = primary ? `${paint("bold", primary)} is the primary framework (no fit scores)` : paint("bold", "No ML framework found");
    else if (fit.verdict === "fit")
        verdict = `${paint("green", paint("bold", `${primary ?? "Current stack"}: fits`))} this project (${scores})`;
    else if (fit.verdict === "mismatch") {
        const fav = favoured(report);
        verdict = `${paint("yellow", paint("bold", `${primary ?? "Current stack"}: mismatch`))}, the project's priorities favour ${fav ? frameworkName(fav) : "the other framework"} (${scores})`;
    }
    else if (fit.verdict === "hybrid")
        verdict = `${paint("magenta", paint("bold", "Hybrid: PyTorch + TensorFlow"))} (${scores})`;
    else
        verdict = paint("bold", "No PyTorch or TensorFlow found");
    out.push(`ml-framework-audit ${text_clean(report.tool?.version ?? "")}: ${text_clean(report.root)}`);
    out.push(verdict);
    if (fit?.explanation)
        out.push(text_clean(fit.explanation));
    out.push("");
    // Frameworks with versions
    if (report.frameworks.length) {
        out.push(paint("bold", "Frameworks"));
        for (const f of report.frameworks) {
            const tag = report.primaryFramework === f.id ? " (primary)" : "";
            const versions = f.declared.map((d) => `${text_clean(declaredLabel(d))}${d.specifier ? "" : " (unpinned)"}${d.resolvedVersion ? ` = ${text_clean(d.resolvedVersion)}` : ""}`);
            const uniq = [...new Set(versions)];
            const imp = f.importWitnesses[0] ? `imported at ${text_clean(locationText(f.importWitnesses[0]))}` : f.imported ? "imported" : "not imported";
            out.push(`  ${paint("cyan", frameworkName(f.id))}${tag}: ${imp}${uniq.length ? `; declared ${uniq.join(", ")}` : "; not declared"}`);
        }
        out.push("");
    }
    // Features grouped by framework
    if (report.features.length) {
        out.push(paint("bold", "Features"));
        const groups = new Map();
        for (const f of report.features)
            groups.set(f.framework, [...(groups.get(f.framework) ?? []), f]);
        const order = ["pytorch", "tensorflow", "keras", "jax", "interop"];
        const rank = (k) => (order.includes(k) ? order.indexOf(k) : order.length);
        const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
        for (const k of keys) {
            out.push(`  ${paint("cyan", frameworkName(k))}`);
            for (const f of groups.get(k) ?? []) {
                const w = f.witnesses[0] ? text_clean(locationText(f.witnesses[0])) : "";
                const n = typeof f.count === "number" && f.count > 1 ? paint("dim", ` (${labels_plural(f.count, "use")})`) : "";
                const det = f.details?.length ? paint("dim", ` ${f.details.slice(0, 3).map(text_clean).join(", ")}`) : "";
                out.push(`    ${text_clean(f.id).padEnd(22)} ${w}${n}${det}`);
            }
        }
        out.push("");
    }
    // Declared dependencies
    const declared = report.frameworks.flatMap((f) => f.declared.map((d) => ({ f, d })));
    if (declared.length) {
        out.push(paint("bold", "Declared dependencies"));
        for (const { d } of declared) {
            const spec = d.specifier ? "" : " " + paint("dim", "(unpinned)");
            const locked = d.resolvedVersion ? ` locked ${text_clean(d.resolvedVersion)}` : "";
            out.push(`  ${text_clean(locationText(d))}  ${text_clean(declaredLabel(d))}${spec}${locked}`);
        }
        out.push("");
    }
    // Fit
    if (fit && fit.criteria.length) {
        out.push(paint("bold", "Fit against the article's criteria") + paint("dim", ` (stars: ${ARTICLE_CITATION})`));
        for (const c of fit.criteria) {
            const w = weighted(c);
            out.push(`  ${criterionLabel(c.id).padEnd(30)} weight ${String(c.weight).padStart(1)}${c.weightSource ? ` (${c.weightSource})` : ""}  PyTorch ${c.pytorch}★ → ${formatScore(w.pytorch)}  TensorFlow ${c.tensorflow}★ → ${formatScore(w.tensorflow)}`);
        }
        if (fit.requirements.length)
            out.push(`  Requirements: ${fit.requirements.map((r) => requirementLabel(r.id)).join(", ")}`);
        out.push("");
    }
    // Findings
    const sorted = common_sortFindings(report.findings);
    const counts = countBySeverity(sorted);
    out.push(paint("bold", `Findings (${sorted.length})`));
    if (sorted.length === 0)
        out.push("  none");
    for (const f of sorted)
        out.push(`  ${findingLine(f, paint)}`);
    if (sorted.length)
        out.push(`  ${labels_plural(counts.error, "error")}, ${labels_plural(counts.warning, "warning")}, ${labels_plural(counts.info, "note")}`);
    // Delta
    if (report.delta) {
        const d = report.delta;
        out.push("");
        out.push(paint("bold", `Compared with ${text_clean(d.base)}`));
        const list = (xs) => (xs.length ? xs.map(text_clean).join(", ") : "none");
        out.push(`  frameworks added: ${list(d.added.frameworks.map(frameworkName))}; removed: ${list(d.removed.frameworks.map(frameworkName))}`);
        out.push(`  features added: ${list(d.added.features)}; removed: ${list(d.removed.features)}`);
        out.push(`  findings new: ${d.added.findings.length}; resolved: ${d.removed.findings.length}`);
    }
    // Notes
    const notes = fit?.outdatedNotes ?? [];
    if (notes.length) {
        out.push("");
        out.push(paint("bold", "Where the article is out of date"));
        for (const n of notes)
            out.push(`  ${text_clean(n.topic)}: ${text_clean(n.note)}${n.locations[0] ? ` (${text_clean(locationText(n.locations[0]))})` : ""}`);
    }
    const recs = fit?.recommendations ?? [];
    if (recs.length) {
        out.push("");
        out.push(paint("bold", "Recommendations"));
        for (const r of recs)
            out.push(`  - ${text_clean(r)}`);
    }
    const st = report.stats;
    if (st && Number.isFinite(st.filesScanned)) {
        out.push("");
        out.push(paint("dim", `Scanned ${labels_plural(st.filesScanned, "file")} (${labels_formatBytes(st.bytesScanned)}) in ${Math.round(st.durationMs)} ms`));
    }
    return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
function findingLine(f, paint) {
    const color = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "cyan";
    const where = f.locations[0] ? `${text_clean(locationText(f.locations[0]))}${f.locations.length > 1 ? ` (+${f.locations.length - 1})` : ""}: ` : "";
    return `${where}${paint(color, `${f.severity} ${text_clean(f.code)}`)} ${paint("dim", `[${text_clean(f.id)}]`)} ${text_clean(f.message)}`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command line: `ml-framework-audit [PATH] [--format ...] [--output FILE] [--config FILE] [--base REF]`.
 * Exit codes (contracts.md): 0 done and nothing fail-on names was found; 1 fail-on matched; 2 usage or
 * configuration error, with a one-line message naming the bad flag, file, key or line.
 */











const FORMATS = ["text", "markdown", "json", "sarif"];
const USAGE = `Usage: ml-framework-audit [PATH] [options]

Audits the machine-learning repository at PATH (default: the current folder) statically:
frameworks, features, declared dependencies, fit against the PyTorch-vs-TensorFlow criteria, findings.

Options:
  -f, --format FORMAT    text (default), markdown (the PR comment body), json, sarif
  -o, --output FILE      write the report to FILE instead of standard output
  -c, --config FILE      config file (default: PATH/.github/ml-framework-audit.yml when present)
      --base REF         add the delta of the working tree against git REF (e.g. origin/main)
      --fail-on LIST     exit 1 when these are found: finding ids or codes, error|warning|info,
                         mismatch, or never (default: ${DEFAULT_FAIL_ON})
      --fail-scope S     repository (default) or introduced (only what --base's delta adds)
  -j, --jobs N           threads for the scan (default: the number of cores, at most 8)
      --cache DIR        keep per-file facts in DIR; later audits scan only changed files
      --color / --no-color  force colour on or off in text output (default: on for a terminal)
  -v, --version          print the version
  -h, --help             print this help

Exit codes: 0 audit done, nothing fail-on names was found; 1 fail-on matched; 2 usage or configuration error.`;
class UsageError extends Error {
}
function parse(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: "string", short: "f" },
                output: { type: "string", short: "o" },
                config: { type: "string", short: "c" },
                base: { type: "string" },
                "fail-on": { type: "string" },
                "fail-scope": { type: "string" },
                jobs: { type: "string", short: "j" },
                cache: { type: "string" },
                color: { type: "boolean" },
                "no-color": { type: "boolean" },
                version: { type: "boolean", short: "v" },
                help: { type: "boolean", short: "h" },
            },
        });
    }
    catch (e) {
        // node's messages name the flag, e.g. "Unknown option '--frmat'"
        throw new UsageError(e.message.split("\n")[0] ?? "invalid arguments");
    }
    const v = parsed.values;
    if (v.help)
        return "help";
    if (v.version)
        return "version";
    if (parsed.positionals.length > 1)
        throw new UsageError(`expected at most one PATH, got: ${parsed.positionals.join(" ")}`);
    const format = (v.format ?? "text");
    if (!FORMATS.includes(format))
        throw new UsageError(`--format: '${v.format}' is not one of ${FORMATS.join(", ")}`);
    const failScope = (v["fail-scope"] ?? "repository");
    if (failScope !== "repository" && failScope !== "introduced") {
        throw new UsageError(`--fail-scope: '${v["fail-scope"]}' is not one of repository, introduced`);
    }
    if (failScope === "introduced" && !v.base)
        throw new UsageError("--fail-scope introduced needs --base REF");
    let jobs;
    if (v.jobs !== undefined) {
        jobs = Number(v.jobs);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
            throw new UsageError(`--jobs: '${v.jobs}' is not a whole number from 1 to 64`);
    }
    return {
        path: parsed.positionals[0] ?? ".",
        format,
        output: v.output,
        config: v.config,
        base: v.base,
        failOn: v["fail-on"] ?? DEFAULT_FAIL_ON,
        failScope,
        color: v["no-color"] ? false : v.color ? true : undefined,
        jobs,
        cache: v.cache,
    };
}
function render(report, format, color) {
    switch (format) {
        case "json":
            return renderJson(report);
        case "markdown":
            return renderMarkdown(report);
        case "sarif":
            return JSON.stringify(renderSarif(report), null, 2) + "\n";
        case "text":
            return renderText(report, { color });
    }
}
/** Runs the CLI; returns the exit code. */
async function main(argv, io) {
    let opts;
    try {
        opts = parse(argv);
    }
    catch (e) {
        io.stderr(`ml-framework-audit: ${e.message}\n`);
        return 2;
    }
    if (opts === "help") {
        io.stdout(USAGE + "\n");
        return 0;
    }
    if (opts === "version") {
        io.stdout(version/* TOOL_VERSION */.w + "\n");
        return 0;
    }
    try {
        const root = (0,external_node_path_.resolve)(io.cwd, opts.path);
        if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
            throw new UsageError(`PATH: '${opts.path}' is not a folder`);
        const spec = parseFailOn(opts.failOn);
        const configFile = opts.config ? (0,external_node_path_.resolve)(io.cwd, opts.config) : undefined;
        const config = loadConfig(configFile, root, { explicit: Boolean(opts.config) });
        const report = await audit({ root, displayRoot: opts.path, config, jobs: opts.jobs, cacheDir: opts.cache ? (0,external_node_path_.resolve)(io.cwd, opts.cache) : undefined, ...(opts.base ? { base: { ref: opts.base } } : {}) });
        const color = opts.color ?? (io.isTTY && !opts.output && !io.env.NO_COLOR && io.env.TERM !== "dumb");
        const out = render(report, opts.format, opts.format === "text" && color);
        if (opts.output)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, opts.output), out);
        else
            io.stdout(out);
        const gate = evaluateGate(report, spec, opts.failScope);
        if (gate.failed) {
            io.stderr(gate.reason + "\n");
            return 1;
        }
        return 0;
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof ConfigError || e instanceof FailOnError || e instanceof GitRefError) {
            io.stderr(`ml-framework-audit: ${e.message}\n`);
            return 2;
        }
        io.stderr(`ml-framework-audit: internal error: ${e.stack ?? e}\n`);
        return 3;
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
/* harmony export */   pV: () => (/* binding */ hasStringHint),
/* harmony export */   ti: () => (/* binding */ matchFeatures),
/* harmony export */   u_: () => (/* binding */ KNOWN_IMPORT_HEADS),
/* harmony export */   vl: () => (/* binding */ hasTrigger)
/* harmony export */ });
/* unused harmony exports STRING_HINTS, TRIGGER_WORDS, isUnder */
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
/** Whether any string hint occurs in the text (decides whether string literals are worth looking at). */
function hasStringHint(text) {
    // One `includes` per hint (a handful): each is a vectorised scan, faster than one regex alternation pass.
    for (const h of STRING_HINTS)
        if (text.includes(h))
            return true;
    return false;
}
/**
 * Finds string hints in one text at increasing offsets with `indexOf` (much faster in V8 than a regex with an
 * alternation of the hints); each hint's next occurrence is cached, so the text is read at most once per hint.
 */
class StringHintFinder {
    text;
    at;
    constructor(text) {
        this.text = text;
        this.at = STRING_HINTS.map(() => -1);
    }
    /** Offset of the first hint occurrence that starts at or after `from` (from must not decrease), or text.length. */
    next(from) {
        const text = this.text;
        let best = text.length;
        for (let i = 0; i < this.at.length; i++) {
            let p = this.at[i] ?? -1;
            if (p < from) {
                p = text.indexOf(STRING_HINTS[i] ?? "", from);
                if (p < 0)
                    p = text.length;
                this.at[i] = p;
            }
            if (p < best)
                best = p;
        }
        return best;
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
/** A cheap hash of an identifier (length, first and last char) into 0..4095, to skip most lookups. */
function identKey(src, start, end) {
    return ((end - start) * 961 + src.charCodeAt(start) * 31 + src.charCodeAt(end - 1)) & 4095;
}
const STATIC_KEYS = new Uint8Array(4096);
for (const w of STATIC_CANDIDATES)
    STATIC_KEYS[identKey(w, 0, w.length)] = 1;
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
    /** identKey of every alias bound so far (never cleared: a stale key only costs a lookup). */
    aliasKeys = new Uint8Array(4096);
    bind(alias, target) {
        this.bindings.set(alias, target);
        if (alias.length > 0)
            this.aliasKeys[identKey(alias, 0, alias.length)] = 1;
        this.bindMask |= lenBit(alias.length);
        const c = alias.charCodeAt(0);
        if (c < 128)
            this.firstMask[c >> 5] = (this.firstMask[c >> 5] ?? 0) | (1 << (c & 31));
        else
            this.nonAsciiAlias = true;
    }
    unbind(alias) {
        this.bindings.delete(alias);
        this.bindingFacts.delete(alias);
    }
    bindFact(alias, fact) {
        if (fact)
            this.bindingFacts.set(alias, fact);
        else
            this.bindingFacts.delete(alias);
    }
    /**
     * Whether an identifier could matter to the scanner (Lexer.skipLine's test): a bound alias or a static
     * candidate. False positives only cost speed; a false negative would lose a fact.
     */
    isCandidate = (src, start, end) => {
        const key = identKey(src, start, end);
        if (STATIC_KEYS[key] === 1) {
            for (const w of STATIC_CANDIDATES)
                if (w.length === end - start && src.startsWith(w, start))
                    return true;
        }
        return this.aliasKeys[key] === 1 && this.bindings.has(src.slice(start, end));
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
        const stringsWanted = !fast || (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStringHint */ .pV)(src);
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
        const hints = new _match_js__WEBPACK_IMPORTED_MODULE_1__/* .StringHintFinder */ .RG(src);
        const stringMatters = (start, end) => stringsWanted && hints.next(start) < end;
        // Without the fast path no line is skipped: every token of the unit goes through the loop below.
        if (fast)
            while (lx.skipLine(isCandidate, stringMatters))
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
                            while (lx.skipLine(isCandidate, stringMatters))
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
     * line, no backslash outside strings, strings only when `stringMatters` rejects each of them) in which
     * `isCandidate` accepts no identifier. Lexer state (line, indentation stack and its errors) ends up exactly as if the
     * line's tokens had been read with `next()`. Returns false, changing nothing, when the line does not qualify.
     * Callers use it only where the line's tokens cannot matter to them (see PythonFileScanner.scan).
     */
    skipLine(isCandidate, stringMatters) {
        if (!this.atBOL || this.depth !== 0 || this.continued || this.pendingDedents !== 0 || this.done || this.lineHasTokens)
            return false;
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
        if (c === C_LF || c === C_HASH) {
            // Blank or comment-only line: an NL (and a COMMENT) token, no indentation change.
            const e = c === C_LF ? p : src.indexOf("\n", p);
            if (e < 0)
                return false;
            for (let i = p; i < e; i++)
                if (src.charCodeAt(i) === C_CR)
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
            const cls = LINE_CLASS[c] ?? 0;
            if (cls === LC_OP) {
                p++;
                continue;
            }
            if (cls === LC_IDENT) {
                let e = p + 1;
                while (e < n) {
                    const d = src.charCodeAt(e);
                    if (d < 128 && IDENT_PART[d] === 1)
                        e++;
                    else
                        break;
                }
                if (e < n && e - p <= 2) {
                    const q = src.charCodeAt(e);
                    if (q === C_SQUOTE || q === C_DQUOTE) {
                        const flags = stringPrefixFlags(src, p, e);
                        if (flags !== 0) {
                            if ((flags & P_F) === 0) {
                                p = e;
                                continue; // a plain string: the quote is handled next
                            }
                            const fe = this.fstringEnd(p, e, flags & 7);
                            if (fe.end < 0 || stringMatters(p, fe.end))
                                return false;
                            lines += fe.lines;
                            p = fe.end;
                            continue;
                        }
                    }
                }
                if (e < n && src.charCodeAt(e) >= 128)
                    return false;
                if (isCandidate(src, p, e))
                    return false;
                p = e;
                continue;
            }
            if (cls === LC_SPACE) {
                p++;
                continue;
            }
            if (cls === LC_DIGIT) {
                p = numberEnd(src, n, p);
                continue;
            }
            if (cls === LC_DOT) {
                const d = p + 1 < n ? src.charCodeAt(p + 1) : 0;
                p = d >= C_0 && d <= C_9 ? numberEnd(src, n, p) : p + 1;
                continue;
            }
            if (cls === LC_OPEN) {
                depth++;
                p++;
                continue;
            }
            if (cls === LC_CLOSE) {
                if (depth > 0)
                    depth--;
                p++;
                continue;
            }
            if (cls === LC_BANG) {
                if (p + 1 < n && src.charCodeAt(p + 1) === C_EQ) {
                    p += 2;
                    continue;
                }
                return false;
            }
            if (cls === LC_QUOTE) {
                const sStart = p;
                const q = c;
                if (p + 2 < n && src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
                    // Triple-quoted: may span lines.
                    let i = p + 3;
                    for (;;) {
                        if (i >= n)
                            return false;
                        const d = src.charCodeAt(i);
                        if (d === q) {
                            if (i + 2 < n && src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q) {
                                i += 3;
                                break;
                            }
                            i++;
                        }
                        else if (d === C_BACKSLASH) {
                            const x = i + 1 < n ? src.charCodeAt(i + 1) : 0;
                            if (x === C_CR)
                                return false;
                            if (x === C_LF)
                                lines++;
                            i += 2;
                        }
                        else if (d === C_LF) {
                            lines++;
                            i++;
                        }
                        else if (d === C_CR)
                            return false;
                        else
                            i++;
                    }
                    if (stringMatters(sStart, i))
                        return false;
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
                if (stringMatters(sStart, i + 1))
                    return false;
                p = i + 1;
                continue;
            }
            if (cls === LC_HASH) {
                const e = src.indexOf("\n", p);
                if (e < 0)
                    return false;
                for (let i = p; i < e; i++)
                    if (src.charCodeAt(i) === C_CR)
                        return false;
                p = e;
                continue;
            }
            if (cls === LC_LF) {
                if (depth !== 0)
                    return false;
                break;
            }
            return false; // backslash, CR, error characters
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

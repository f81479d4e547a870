export const id = 827;
export const ids = [827];
export const modules = {

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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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







const frameworkEnum = schemas/* enum */.k5n(types/* FRAMEWORK_IDS */.G);
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


/***/ })

};

export const id = 218;
export const ids = [218,48];
export const modules = {

/***/ 8048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ notableShifts),
/* harmony export */   Kh: () => (/* binding */ deltaIsEmpty),
/* harmony export */   computeDelta: () => (/* binding */ computeDelta)
/* harmony export */ });
/* unused harmony exports findingKey, fileShifts */
function findingKey(f) {
    if (f.fingerprint)
        return f.fingerprint;
    const l = f.locations[0];
    return `${f.code}:${l ? l.path : ""}:${f.message}`;
}
/** Per ID (head's order, then IDs only the base has): files only the head has, and files only the base has. */
function fileShifts(base, head) {
    const baseById = new Map(base.map((e) => [e.id, e.files]));
    const headById = new Map(head.map((e) => [e.id, e.files]));
    const headDeclaredOnly = new Map(head.map((e) => [e.id, new Set(e.declaredOnly ?? [])]));
    const ids = [...head.map((e) => e.id), ...base.map((e) => e.id).filter((id) => !headById.has(id))];
    const out = [];
    for (const id of ids) {
        const before = baseById.get(id) ?? [];
        const after = headById.get(id) ?? [];
        const beforePaths = new Set(before.map((l) => l.path));
        const afterPaths = new Set(after.map((l) => l.path));
        const added = after.filter((l) => !beforePaths.has(l.path));
        const removed = before.filter((l) => !afterPaths.has(l.path));
        if (!added.length && !removed.length)
            continue;
        const declared = headDeclaredOnly.get(id);
        const byDeclaration = added.length > 0 && declared !== undefined && added.every((l) => declared.has(l.path));
        out.push(byDeclaration ? { id, added, removed, addedByDeclarationOnly: true } : { id, added, removed });
    }
    return out;
}
function computeDelta(base, head, baseRef) {
    const fwBase = new Set(base.frameworks.map((f) => f.id));
    const fwHead = new Set(head.frameworks.map((f) => f.id));
    const ftBase = new Set(base.features.map((f) => f.id));
    const ftHead = new Set(head.features.map((f) => f.id));
    const fdBase = new Set(base.findings.map(findingKey));
    const fdHead = new Set(head.findings.map(findingKey));
    const delta = {
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
    if (base.usageFiles && head.usageFiles) {
        delta.files = {
            frameworks: fileShifts(base.usageFiles.frameworks, head.usageFiles.frameworks),
            features: fileShifts(base.usageFiles.features, head.usageFiles.features),
        };
    }
    return delta;
}
/**
 * Whether the delta changes nothing a reader is told about: no framework, feature or finding, and no notable
 * file shift (notableShifts; all of them without a primary framework).
 */
function deltaIsEmpty(d, primary = null) {
    const shifts = notableShifts(d, primary);
    return ([d.added, d.removed].every((s) => s.frameworks.length + s.features.length + s.findings.length === 0) &&
        shifts.frameworks.length + shifts.features.length === 0);
}
/**
 * The file shifts worth telling a reader: all of them but the primary framework's. In a PyTorch project most
 * pull requests add files that import torch; that the secondary framework or a feature reaches more files is
 * what changes the stack. The JSON report keeps every shift.
 */
function notableShifts(d, primary) {
    if (!d.files)
        return { frameworks: [], features: [] };
    return { frameworks: d.files.frameworks.filter((s) => s.id !== primary), features: d.files.features };
}


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ topOf),
/* harmony export */   S: () => (/* binding */ FRAMEWORK_NAMES)
/* harmony export */ });
/** Display names of the framework IDs (and of the catalog's interop group), for messages and reports. */
const FRAMEWORK_NAMES = {
    pytorch: "PyTorch",
    tensorflow: "TensorFlow",
    keras: "Keras",
    jax: "JAX",
    mlx: "MLX",
    interop: "Interop & serving",
};
/** The first dotted component of a module or reference name (`torch` for `torch.nn.functional`). */
function topOf(name) {
    const dot = name.indexOf(".");
    return dot === -1 ? name : name.slice(0, dot);
}


/***/ }),

/***/ 8300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ declaredLabel),
/* harmony export */   Ac: () => (/* binding */ primaryName),
/* harmony export */   L5: () => (/* binding */ fmtInt),
/* harmony export */   Lp: () => (/* binding */ backendQualifier),
/* harmony export */   Lu: () => (/* binding */ undeclaredText),
/* harmony export */   N8: () => (/* binding */ favoured),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Qc: () => (/* binding */ unratedPrimary),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   VB: () => (/* binding */ primaryNotInStack),
/* harmony export */   Y1: () => (/* binding */ weighted),
/* harmony export */   i8: () => (/* binding */ importQualifier),
/* harmony export */   pd: () => (/* binding */ weightedTotals),
/* harmony export */   uf: () => (/* binding */ stars),
/* harmony export */   yV: () => (/* binding */ detailParts)
/* harmony export */ });
/* unused harmony export DETAIL_PARTS */
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7610);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3054);
/** Report helpers shared by the renderers (pure functions over the Report). */


function compareLocation(a, b) {
    if (!a || !b)
        return a ? -1 : b ? 1 : 0;
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return (a.cell ?? -1) - (b.cell ?? -1) || (a.line ?? 0) - (b.line ?? 0);
}
function severityRank(s) {
    return _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_ORDER */ .B[s] ?? 3;
}
/** Most severe first (error, warning, info), then by code, then by first location. Does not mutate. */
function sortFindings(findings) {
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
/**
 * Whether the primary framework is one the article does not rate (JAX, MLX, Keras on the JAX backend): no
 * headline may say it "fits".
 */
function unratedPrimary(report) {
    const runs = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(report.primaryFramework, report.frameworks);
    return runs !== null && _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UNRATED_PRIMARY */ .Z6.has(runs);
}
/**
 * Whether the primary framework is imported only on the side (`incidental`: a few files or only inside
 * functions) or only optionally, and the fit has no framework in use (frameworkInUse), as in onnx/onnx, which
 * imports PyTorch in three test helpers: no headline may say the primary framework "fits".
 */
function primaryNotInStack(report) {
    const p = report.frameworks.find((f) => f.id === report.primaryFramework);
    if (p === undefined || !(p.incidental === true || p.optionalOnly === true))
        return false;
    return (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkInUse */ .n_)(report.frameworks, report.primaryFramework ?? null) === null;
}
/** The primary framework's name for a headline: `Keras (JAX backend)` when Keras runs on one backend. */
function primaryName(report) {
    const primary = report.primaryFramework;
    if (!primary)
        return undefined;
    const runs = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(primary, report.frameworks);
    return runs !== null && runs !== primary ? `${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkName */ .U7)(primary)} (${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkName */ .U7)(runs)} backend)` : (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkName */ .U7)(primary);
}
/** Where a Keras framework entry's backend is set: ` (KERAS_BACKEND: "jax")`, empty for every other entry. */
function backendQualifier(f) {
    return f.backends?.length ? ` (KERAS_BACKEND: ${f.backends.map((b) => `"${b}"`).join(", ")})` : "";
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
/**
 * What to say for a framework with no declaration of its own: Keras comes with TensorFlow (`tf.keras`, and the
 * `keras` package is a dependency of TensorFlow since 2.6), so a project that declares TensorFlow declares it,
 * unless Keras is the project's primary framework (keras-team's repositories, which are Keras). Notebooks made
 * for Google Colab get it from Colab's runtime (FrameworkReport.colabNotebooks).
 */
function undeclaredText(f, report) {
    const tf = report.frameworks.find((x) => x.id === "tensorflow");
    if (f.id === "keras" && report.primaryFramework !== "keras" && (tf?.declared.length ?? 0) > 0)
        return "not declared itself (comes with TensorFlow)";
    const n = f.colabNotebooks ?? 0;
    return n > 0 ? `not declared; Colab's runtime ships it to the ${n === 1 ? "notebook" : `${n} notebooks`} made for Colab` : "not declared";
}
/** Why an imported framework is not counted as a stack, as a parenthesis after "imported ..." (or ""). */
function importQualifier(f) {
    if (f.optionalOnly)
        return " (only optionally: try/except ImportError or an availability check)";
    if (f.incidental && f.aroundPackageOnly)
        return " (incidental: the package imports it only optionally, the rest is tests, docs or examples; declared only as an extra or for that code)";
    if (f.incidental && f.onDemandOnly)
        return (f.declared?.length ?? 0) > 0 ? " (incidental: only inside functions, declared only for tests, docs, CI or a notebook's own setup)" : " (incidental: only inside functions, declared nowhere for the code to run)";
    if (f.incidental)
        return (f.declared?.length ?? 0) > 0 ? " (incidental: a few files, declared only for tests, docs, CI or a notebook's own setup)" : " (incidental: a few files, declared nowhere for the code to run)";
    return "";
}
/** How a declaration reads: `torch >=2.1`, or `pytorch/pytorch:2.1.0-cuda12.1` for a Docker image. */
function declaredLabel(d) {
    if (!d.specifier)
        return d.name;
    return d.source?.startsWith("dockerfile:from") ? `${d.name}:${d.specifier}` : `${d.name} ${d.specifier}`;
}
/** Distinct keyword arguments the text report and the comment show per feature (the JSON report has every detail). */
const DETAIL_PARTS = 5;
/** A `, ` that starts another `name=value` pair of a detail (`mode="max-autotune", fullgraph=True`). */
const NEXT_PAIR = /, (?=[A-Za-z_][A-Za-z0-9_]*=)/;
/**
 * The distinct parts of a feature's details, in order, at most `max`: a detail lists one call's keyword
 * arguments (`devices=1, max_epochs=2`), and calls repeat most of them, so listing whole details repeats
 * `precision="bf16-true"` once per call. `more` counts the distinct parts left out.
 */
function detailParts(details, max = DETAIL_PARTS) {
    const seen = new Set();
    for (const d of details)
        for (const p of d.split(NEXT_PAIR))
            if (p !== "")
                seen.add(p);
    const all = [...seen];
    return { parts: all.slice(0, max), more: Math.max(0, all.length - max) };
}


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   Qg: () => (/* binding */ escapeInlineCode),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   pF: () => (/* binding */ singleLine)
/* harmony export */ });
/* unused harmony exports ZWSP, codeSpan */
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


/***/ }),

/***/ 7610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ humanizeId),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Mg: () => (/* binding */ criterionLabel),
/* harmony export */   Rt: () => (/* binding */ SEVERITY_LABEL),
/* harmony export */   U7: () => (/* binding */ frameworkName),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   kC: () => (/* binding */ requirementLabel),
/* harmony export */   kk: () => (/* binding */ criterionShort),
/* harmony export */   s1: () => (/* binding */ COMPARED),
/* harmony export */   vK: () => (/* binding */ ARTICLE_CITATION),
/* harmony export */   y: () => (/* binding */ formatScore),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports CRITERIA, REQUIREMENTS, WEIGHT_SOURCES */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2483);
/**
 * Display names for the stable IDs of the report (frameworks, criteria, requirements, verdicts).
 * Unknown IDs fall back to the ID itself; callers escape whatever they print.
 */


function frameworkName(id) {
    return _core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[id] ?? id;
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
function plural(n, word, pluralWord = `${word}s`) {
    return `${n.toLocaleString("en-US")} ${n === 1 ? word : pluralWord}`;
}
function formatBytes(bytes) {
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


/***/ }),

/***/ 1980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   bC: () => (/* binding */ locationMarkdown),
/* harmony export */   bM: () => (/* binding */ isNotebookLocation),
/* harmony export */   fN: () => (/* binding */ locationText)
/* harmony export */ });
/* unused harmony exports encodeSegment, locationLabel, blobUrl */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8078);

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
    const server = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(ctx.serverUrl);
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
    const label = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInlineCode */ .Qg)(locationLabel(loc), opts);
    const url = ctx ? blobUrl(ctx, loc) : undefined;
    return url ? `[${label}](${url})` : label;
}


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8300);
/* harmony import */ var _analysis_delta_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8048);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8078);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7610);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1980);





/** Distinct declarations the Frameworks section names per framework before "and N more". */
const DECLARED_SHOWN = 6;
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
function clean(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .singleLine */ .pF)(String(text)).replace(/\u001b/g, "");
}
function renderText(report, opts = {}) {
    const paint = (style, s) => (opts.color ? `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m` : s);
    const out = [];
    const fit = report.fit;
    // Verdict
    const primary = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .primaryName */ .Ac)(report);
    const scores = fit ? `PyTorch ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(fit.scores.pytorch)} / TensorFlow ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(fit.scores.tensorflow)}` : "";
    let verdict;
    if (!fit)
        verdict = primary ? `${paint("bold", primary)} is the primary framework (no fit scores)` : paint("bold", "No ML framework found");
    else if (fit.verdict === "fit" && (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .unratedPrimary */ .Qc)(report)) {
        verdict = `${paint("bold", `${primary}: the primary framework`)}, not rated by the article (${scores})`;
    }
    else if (fit.verdict === "fit" && (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .primaryNotInStack */ .VB)(report)) {
        const fav = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .favoured */ .N8)(report);
        verdict = `${paint("bold", "No PyTorch or TensorFlow stack")} in this project; its requirements would favour ${fav ? (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkName */ .U7)(fav) : "neither"} (${scores})`;
    }
    else if (fit.verdict === "fit")
        verdict = `${paint("green", paint("bold", `${primary ?? "Current stack"}: fits`))} this project (${scores})`;
    else if (fit.verdict === "mismatch") {
        const fav = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .favoured */ .N8)(report);
        verdict = `${paint("yellow", paint("bold", `${primary ?? "Current stack"}: mismatch`))}, the project's priorities favour ${fav ? (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkName */ .U7)(fav) : "the other framework"} (${scores})`;
    }
    else if (fit.verdict === "hybrid")
        verdict = `${paint("magenta", paint("bold", "Hybrid: PyTorch + TensorFlow"))} (${scores})`;
    else
        verdict = paint("bold", "No PyTorch or TensorFlow found");
    out.push(`ml-framework-audit ${clean(report.tool?.version ?? "")}: ${clean(report.root)}`);
    out.push(verdict);
    if (fit?.explanation)
        out.push(clean(fit.explanation));
    out.push("");
    // Frameworks with versions
    if (report.frameworks.length) {
        out.push(paint("bold", "Frameworks"));
        for (const f of report.frameworks) {
            const tag = report.primaryFramework === f.id ? " (primary)" : "";
            const versions = f.declared.map((d) => `${clean((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredLabel */ .$A)(d))}${d.specifier ? "" : " (unpinned)"}${d.resolvedVersion ? ` (locked ${clean(d.resolvedVersion)})` : ""}`);
            // The Declared dependencies section lists every declaration; this line names the first few distinct ones
            // (pytorch/serve pins torch in 24 ways, one requirements file per CUDA version).
            // (`torch >= 1.4.0` and `torch >=1.4.0` are one; the first spelling is shown)
            const byKey = new Map();
            for (const v of versions) {
                const key = v.replace(/\s+/g, "");
                if (!byKey.has(key))
                    byKey.set(key, v);
            }
            const distinct = [...byKey.values()];
            const uniq = distinct.length > DECLARED_SHOWN + 1 ? [...distinct.slice(0, DECLARED_SHOWN), `and ${distinct.length - DECLARED_SHOWN} more`] : distinct;
            const imp = (f.importWitnesses[0] ? `imported at ${clean((0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .locationText */ .fN)(f.importWitnesses[0]))}` : f.imported ? "imported" : "not imported") +
                (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .importQualifier */ .i8)(f) +
                (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .backendQualifier */ .Lp)(f);
            out.push(`  ${paint("cyan", (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkName */ .U7)(f.id))}${tag}: ${imp}${uniq.length ? `; declared ${uniq.join(", ")}` : `; ${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .undeclaredText */ .Lu)(f, report)}`}`);
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
            out.push(`  ${paint("cyan", (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkName */ .U7)(k))}`);
            for (const f of groups.get(k) ?? []) {
                const w = f.witnesses[0] ? clean((0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .locationText */ .fN)(f.witnesses[0])) : "";
                const n = typeof f.count === "number" && f.count > 1 ? paint("dim", ` (${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(f.count, "use")})`) : "";
                const { parts, more } = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .detailParts */ .yV)(f.details ?? []);
                const det = parts.length ? paint("dim", ` ${parts.map(clean).join(", ")}${more ? ` (+${more} more)` : ""}`) : "";
                out.push(`    ${clean(f.id).padEnd(22)} ${w}${n}${det}`);
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
            const locked = d.resolvedVersion ? ` locked ${clean(d.resolvedVersion)}` : "";
            out.push(`  ${clean((0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .locationText */ .fN)(d))}  ${clean((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredLabel */ .$A)(d))}${spec}${locked}`);
        }
        out.push("");
    }
    // Fit
    if (fit && fit.criteria.length) {
        out.push(paint("bold", "Fit against the article's criteria") + paint("dim", ` (stars: ${_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .ARTICLE_CITATION */ .vK})`));
        for (const c of fit.criteria) {
            const w = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .weighted */ .Y1)(c);
            out.push(`  ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .criterionLabel */ .Mg)(c.id).padEnd(30)} weight ${String(c.weight).padStart(1)}${c.weightSource ? ` (${c.weightSource})` : ""}  PyTorch ${c.pytorch}★ → ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(w.pytorch)}  TensorFlow ${c.tensorflow}★ → ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScore */ .y)(w.tensorflow)}`);
        }
        if (fit.requirements.length)
            out.push(`  Requirements: ${fit.requirements.map((r) => (0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .requirementLabel */ .kC)(r.id) + (r.bridged ? " (met through ONNX: neutral)" : "")).join(", ")}`);
        out.push("");
    }
    // Findings
    const sorted = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(report.findings);
    const counts = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(sorted);
    out.push(paint("bold", `Findings (${sorted.length})`));
    if (sorted.length === 0)
        out.push("  none");
    for (const f of sorted)
        out.push(`  ${findingLine(f, paint)}`);
    if (sorted.length)
        out.push(`  ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.error, "error")}, ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.warning, "warning")}, ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(counts.info, "note")}`);
    // Delta
    if (report.delta) {
        const d = report.delta;
        out.push("");
        out.push(paint("bold", `Compared with ${clean(d.base)}`));
        const list = (xs) => (xs.length ? xs.map(clean).join(", ") : "none");
        out.push(`  frameworks added: ${list(d.added.frameworks.map(_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkName */ .U7))}; removed: ${list(d.removed.frameworks.map(_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkName */ .U7))}`);
        out.push(`  features added: ${list(d.added.features)}; removed: ${list(d.removed.features)}`);
        out.push(`  findings new: ${d.added.findings.length}; resolved: ${d.removed.findings.length}`);
        for (const line of fileShiftText((0,_analysis_delta_js__WEBPACK_IMPORTED_MODULE_4__/* .notableShifts */ .Ho)(d, report.primaryFramework)))
            out.push(`  ${line}`);
    }
    // Notes
    const notes = fit?.outdatedNotes ?? [];
    if (notes.length) {
        out.push("");
        out.push(paint("bold", "Where the article is out of date"));
        for (const n of notes)
            out.push(`  ${clean(n.topic)}: ${clean(n.note)}${n.locations[0] ? ` (${clean((0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .locationText */ .fN)(n.locations[0]))})` : ""}`);
    }
    const recs = fit?.recommendations ?? [];
    if (recs.length) {
        out.push("");
        out.push(paint("bold", "Recommendations"));
        for (const r of recs)
            out.push(`  - ${clean(r)}`);
    }
    const st = report.stats;
    if (st && Number.isFinite(st.filesScanned)) {
        out.push("");
        out.push(paint("dim", `Scanned ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(st.filesScanned, "file")} (${(0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(st.bytesScanned)}) in ${Math.round(st.durationMs)} ms`));
    }
    return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
/** Files named per framework or feature in the text report's delta (the JSON report has them all). */
const TEXT_SHIFT_FILES = 10;
/** One line per framework or feature whose files changed: `files importing TensorFlow: +train.py:3; -old.py:1`. */
function fileShiftText(shifts) {
    const where = (sign, list) => list.map((l) => `${sign}${clean((0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .locationText */ .fN)(l))}`);
    const places = (s) => {
        const all = [...where("+", s.added), ...where("-", s.removed)];
        const shown = all.slice(0, TEXT_SHIFT_FILES);
        return shown.join(", ") + (all.length > shown.length ? ` and ${all.length - shown.length} more` : "");
    };
    return [
        ...shifts.frameworks.map((s) => `files importing ${clean((0,_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkName */ .U7)(s.id))}: ${places(s)}`),
        ...shifts.features.map((s) => `files using ${clean(s.id)}: ${places(s)}`),
    ];
}
function findingLine(f, paint) {
    const color = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "cyan";
    const where = f.locations[0] ? `${clean((0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .locationText */ .fN)(f.locations[0]))}${f.locations.length > 1 ? ` (+${f.locations.length - 1})` : ""}: ` : "";
    return `${where}${paint(color, `${f.severity} ${clean(f.code)}`)} ${paint("dim", `[${clean(f.id)}]`)} ${clean(f.message)}`;
}


/***/ })

};

export const id = 57;
export const ids = [57];
export const modules = {

/***/ 3057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  makeRepoReader: () => (/* binding */ makeRepoReader),
  scanFile: () => (/* binding */ scanFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/scanning/decode.ts
var decode = __webpack_require__(3905);
// EXTERNAL MODULE: ./node_modules/pip-requirements-js/dist/index.js
var dist = __webpack_require__(6821);
// EXTERNAL MODULE: ./src/knowledge/features.ts
var features = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/knowledge/packages.ts
var knowledge_packages = __webpack_require__(8439);
;// CONCATENATED MODULE: ./src/scanning/manifests/common.ts
/**
 * Helpers shared by the manifest readers: result accumulation, offset -> line mapping, PEP 508 parsing,
 * and the catalogued-feature lookup for declared distributions.
 */



function emptyResult() {
    return { declared: [], locked: [], usages: [], problems: [] };
}
/** Strip a UTF-8 byte-order mark. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Maps string offsets to 1-based line numbers (any of \n, \r\n, \r ends a line). */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
        }
    }
    /** 1-based line of an offset. */
    lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Offset of the start of a 1-based line. */
    startOf(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
    }
    get lineCount() {
        return this.starts.length;
    }
}
/** The message of anything thrown, on one line. */
function errorMessage(e) {
    const raw = e instanceof Error ? e.message : String(e);
    const first = raw.split(/\r?\n/).find((l) => l.trim() !== "") ?? "unknown error";
    return first.trim().slice(0, 300);
}
const NAME = String.raw `[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
const ONE_SPEC = String.raw `(?:===|~=|==|!=|<=|>=|<|>)\s*[A-Za-z0-9_.*+!-]+`;
/** The common shape `name[extras] specs` without marker or URL, matched without the full grammar (fast path). */
// Written so that no two `\s*` can split the same run of blanks (no polynomial backtracking); the input is trimmed.
const SIMPLE_REQ = new RegExp(String.raw `^(${NAME})(?:\s*\[([A-Za-z0-9._,\s-]*)\])?(?:\s*((?:\(\s*)?${ONE_SPEC}(?:\s*,\s*${ONE_SPEC})*(?:\s*\))?))?$`);
/**
 * `name[extras] @ url [; marker]`. The URL is any run of non-blanks, as in `packaging` (and so pip): it may hold
 * `${VAR}` (pip expands it at install time; here it stays as written), `%2B`, `@` for credentials or a VCS ref.
 * A marker needs a blank before its `;`, else the `;` belongs to the URL. Each `\s*` is separated from the
 * next by a literal, so the match stays linear.
 */
const NAMED_URL_REQ = new RegExp(String.raw `^(${NAME})\s*(?:\[([^\]]*)\]\s*)?@\s*(\S+)(?:\s+;([^]*))?$`);
const MARKER_VARIABLES = new Set([
    "python_version",
    "python_full_version",
    "os_name",
    "sys_platform",
    "platform_release",
    "platform_system",
    "platform_version",
    "platform_machine",
    "platform_python_implementation",
    "implementation_name",
    "implementation_version",
    "extra",
    // legacy spellings `packaging` still accepts
    "os.name",
    "sys.platform",
    "platform.version",
    "platform.machine",
    "platform.python_implementation",
    "python_implementation",
]);
const MARKER_TOKEN = /\s*(?:(\()|(\))|'([^']*)'|"([^"]*)"|(~=|==|!=|<=|>=|<|>)|([A-Za-z_][A-Za-z0-9_.]*))/y;
/**
 * Whether a PEP 508 environment marker is well formed, in one left-to-right pass with a parenthesis counter
 * (no recursion, so 100,000 nested parentheses cost nothing). `false` means "let the full grammar decide"; `===`
 * is left to it too (pip-requirements-js rejects it in markers, so accepting it here would change results).
 */
function isWellFormedMarker(marker) {
    MARKER_TOKEN.lastIndex = 0;
    let depth = 0;
    // expect: "operand" (left value or "("), "op", "value" (right value), "after" ("and" / "or" / ")" / end)
    let expect = "operand";
    let pendingNot = false;
    while (MARKER_TOKEN.lastIndex < marker.length) {
        const start = MARKER_TOKEN.lastIndex;
        const m = MARKER_TOKEN.exec(marker);
        if (!m) {
            if (/^\s*$/.test(marker.slice(start)))
                break;
            return false;
        }
        const word = m[6];
        const isValue = m[3] !== undefined || m[4] !== undefined || (word !== undefined && MARKER_VARIABLES.has(word));
        if (expect === "operand") {
            if (m[1])
                depth++;
            else if (isValue)
                expect = "op";
            else
                return false;
        }
        else if (expect === "op") {
            if (pendingNot) {
                if (word !== "in")
                    return false;
                pendingNot = false;
                expect = "value";
            }
            else if (m[5] || word === "in")
                expect = "value";
            else if (word === "not")
                pendingNot = true;
            else
                return false;
        }
        else if (expect === "value") {
            if (!isValue)
                return false;
            expect = "after";
        }
        else if (m[2]) {
            if (--depth < 0)
                return false;
        }
        else if (word === "and" || word === "or")
            expect = "operand";
        else
            return false;
    }
    return expect === "after" && depth === 0;
}
/** Check a marker with the PEP 508 grammar; returns the error, or undefined when it is valid. */
function markerError(marker) {
    if (isWellFormedMarker(marker))
        return undefined;
    try {
        (0,dist.parsePipRequirementsLine)(`x; ${marker}`, { includeLocations: true });
        return undefined;
    }
    catch (e) {
        return `invalid environment marker "${marker.slice(0, 120)}": ${errorMessage(e).replace(/^Failed to parse requirements line\.\s*(?:Line \d+, col \d+:\s*)?/, "")}`;
    }
}
/**
 * Parse one PEP 508 requirement string (`torch[cuda]>=2.1,<3; python_version >= "3.9"`, `pkg @ https://...`).
 * Returns an error message instead of throwing.
 */
function parsePep508(input) {
    const text = input.trim();
    if (text === "")
        return { error: "empty requirement" };
    const simple = SIMPLE_REQ.exec(text);
    if (simple) {
        const name = simple[1] ?? "";
        let spec = (simple[3] ?? "").trim();
        if (spec.startsWith("(") && spec.endsWith(")"))
            spec = spec.slice(1, -1).trim();
        const extras = (simple[2] ?? "")
            .split(",")
            .map((e) => e.trim())
            .filter((e) => e !== "");
        return { name, specifier: spec, extras };
    }
    // `name[extras] specs ; marker`, the other common shape: the fast path on the part before `;`, the marker
    // checked on its own (the full grammar is ~100x slower per character).
    const semi = text.indexOf(";");
    if (semi > 0 && !text.includes("@")) {
        const head = SIMPLE_REQ.exec(text.slice(0, semi).trim());
        const marker = text.slice(semi + 1).trim();
        if (head && marker !== "" && isWellFormedMarker(marker)) {
            let spec = (head[3] ?? "").trim();
            if (spec.startsWith("(") && spec.endsWith(")"))
                spec = spec.slice(1, -1).trim();
            const extras = (head[2] ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
            return { name: head[1] ?? "", specifier: spec, extras, marker };
        }
    }
    const named = NAMED_URL_REQ.exec(text);
    if (named) {
        const marker = named[4]?.trim();
        if (named[4] !== undefined && !marker)
            return { error: "empty environment marker after \";\"" };
        const bad = marker ? markerError(marker) : undefined;
        if (bad)
            return { error: bad };
        const extras = (named[2] ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
        return { name: named[1] ?? "", specifier: "", extras, url: named[3] ?? "", ...(marker ? { marker } : {}) };
    }
    // `===` trips the grammar of pip-requirements-js; handle `name===version [; marker]` directly.
    const arbitrary = text.includes("===") ? new RegExp(String.raw `^(${NAME})(?:\s*\[([^\]]*)\])?\s*(===[^\s;]+)(?:\s*;(.+))?$`).exec(text) : null;
    if (arbitrary) {
        const extras = (arbitrary[2] ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
        const marker = arbitrary[4]?.trim();
        return { name: arbitrary[1] ?? "", specifier: arbitrary[3] ?? "", extras, ...(marker ? { marker } : {}) };
    }
    try {
        const parsed = (0,dist.parsePipRequirementsLine)(text, { includeLocations: true });
        if (!parsed)
            return { error: "empty requirement" };
        const d = parsed.data;
        if (d.type !== "ProjectName" && d.type !== "ProjectURL")
            return { error: `not a requirement: ${text}` };
        const extras = (d.extras ?? []).map((e) => e.data);
        const markerLoc = d.environmentMarkerTree?.location;
        const marker = markerLoc ? text.slice(markerLoc.startIdx, markerLoc.endIdx).replace(/^\s*;\s*/, "").trim() : undefined;
        if (d.type === "ProjectURL") {
            if (d.url.data.trim() === "")
                return { error: `missing URL after "@"` };
            return { name: d.name.data, specifier: "", extras, url: d.url.data, ...(marker ? { marker } : {}) };
        }
        const specs = d.versionSpec ?? [];
        let specifier = "";
        const first = specs[0];
        const last = specs[specs.length - 1];
        if (first && last)
            specifier = text.slice(first.location.startIdx, last.location.endIdx).trim();
        return { name: d.name.data, specifier, extras, ...(marker ? { marker } : {}) };
    }
    catch (e) {
        return { error: errorMessage(e) };
    }
}
/** `torch-2.1.0+cu121-cp311-cp311-linux_x86_64.whl` -> `torch` (wheel file names escape `-` in names as `_`). */
function nameFromWheelUrl(url) {
    const file = decodeURIComponentSafe(url.split(/[?#]/)[0]?.split("/").pop() ?? "");
    const m = /^([A-Za-z0-9][A-Za-z0-9._]*)-[0-9][^-]*-.*\.whl$/i.exec(file);
    return m?.[1];
}
/** The version part of a wheel file name, if any. */
function versionFromWheelUrl(url) {
    const file = decodeURIComponentSafe(url.split(/[?#]/)[0]?.split("/").pop() ?? "");
    return /^[A-Za-z0-9][A-Za-z0-9._]*-([0-9][^-]*)-.*\.whl$/i.exec(file)?.[1];
}
/** Name of a VCS / archive URL: `#egg=name`, else the repository basename. */
function nameFromVcsUrl(url) {
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
    if (egg)
        return egg[1];
    if (!/^(git|hg|svn|bzr)\+/.test(url))
        return undefined;
    const path = url.replace(/[#?].*$/, "").replace(/@[^/@]*$/, "");
    const base = path.split("/").pop()?.replace(/\.git$/, "");
    return base && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(base) ? base : undefined;
}
function decodeURIComponentSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
// ---------------------------------------------------------------------------
// Feature usages for declared distributions
// ---------------------------------------------------------------------------
const FEATURES_BY_DISTRIBUTION = (() => {
    const map = new Map();
    for (const f of features/* FEATURES */.G) {
        for (const d of f.distributions ?? []) {
            const key = d.startsWith("@") ? d.toLowerCase() : (0,knowledge_packages/* normalizeDistName */.RV)(d);
            const list = map.get(key) ?? [];
            if (!list.includes(f.id))
                list.push(f.id);
            map.set(key, list);
        }
    }
    return map;
})();
/** The catalogued features a declared distribution counts as (by normalised name; npm names as written, lower-cased). */
function featuresOfDistribution(normalizedName) {
    return FEATURES_BY_DISTRIBUTION.get(normalizedName) ?? [];
}
/** The features whose `dockerImages` pattern matches an image name (without tag). */
function featuresOfDockerImage(image) {
    return features/* FEATURES */.G.filter((f) => (f.dockerImages ?? []).some((re) => re.test(image))).map((f) => f.id);
}
/** Build a DeclaredDependency and record it (plus its feature usages) in the result. */
function declare(result, dep) {
    const normalizedName = dep.normalizedName ?? (dep.ecosystem === "npm" || dep.ecosystem === "docker" ? dep.name.toLowerCase() : (0,knowledge_packages/* normalizeDistName */.RV)(dep.name));
    const out = { ...dep, normalizedName, extras: dep.extras ?? [] };
    for (const key of Object.keys(out)) {
        if (out[key] === undefined)
            delete out[key];
    }
    result.declared.push(out);
    for (const feature of featuresOfDistribution(normalizedName)) {
        result.usages.push({ feature, path: out.path, line: out.line, matched: out.name });
    }
    return out;
}
function problem(result, p) {
    const clean = { kind: p.kind, path: p.path, message: p.message };
    if (p.line !== undefined && Number.isFinite(p.line) && p.line >= 1)
        clean.line = p.line;
    result.problems.push(clean);
}

;// CONCATENATED MODULE: ./src/scanning/manifests/requirements.ts


/** Remove a `#` comment (at the start or after whitespace) and trailing blanks, in linear time. */
function stripComment(line) {
    const m = /(?:^|\s)#/.exec(line);
    return (m ? line.slice(0, m.index) : line).trim();
}
/** Split into logical lines the way pip does: join `\` continuations, then strip `#` comments. */
function logicalLines(text) {
    const physical = stripBom(text).split(/\r\n|\n|\r/);
    const out = [];
    let pending = [];
    let pendingLine = 0;
    for (let i = 0; i < physical.length; i++) {
        const raw = physical[i] ?? "";
        const isComment = /^\s*#/.test(raw);
        if (!raw.endsWith("\\") || isComment) {
            if (pending.length > 0) {
                pending.push(isComment ? "" : raw);
                out.push({ line: pendingLine, text: pending.join("") });
                pending = [];
            }
            else {
                out.push({ line: i + 1, text: raw });
            }
        }
        else {
            if (pending.length === 0)
                pendingLine = i + 1;
            pending.push(raw.slice(0, -1));
        }
    }
    if (pending.length > 0)
        out.push({ line: pendingLine, text: pending.join("") });
    for (const l of out)
        l.text = stripComment(l.text);
    return out.filter((l) => l.text !== "");
}
const URL_START = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|(?:git|hg|svn|bzr)\+)/;
/** Classify one requirement (no leading option): PEP 508, a bare URL (wheel / VCS / archive), or a local path. */
function parseRequirementTarget(input) {
    let text = input.trim();
    if (URL_START.test(text)) {
        // A bare URL, optionally followed by ` ; marker`.
        let marker;
        const semi = text.search(/\s;/);
        if (semi >= 0) {
            marker = text.slice(semi).trim().slice(1).trim();
            text = text.slice(0, semi).trim();
        }
        const name = nameFromVcsUrl(text) ?? nameFromWheelUrl(text);
        if (!name)
            return { kind: "error", message: `cannot tell the distribution name of the URL ${text} (add #egg=name or use "name @ url")` };
        return { kind: "requirement", req: { name, specifier: "", extras: [], url: text, ...(marker ? { marker } : {}) } };
    }
    const isNamedUrl = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\s*\[[^\]]*\])?\s*@/.test(text);
    if (!isNamedUrl && (text === "." || text === ".." || /^(\.{1,2}[\\/]|[\\/]|~|[A-Za-z]:[\\/])/.test(text) || (/[\\/]/.test(text) && !/\s@\s|@/.test(text)) || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(text))) {
        const wheel = nameFromWheelUrl(text);
        if (wheel)
            return { kind: "requirement", req: { name: wheel, specifier: "", extras: [], url: text } };
        return { kind: "local" };
    }
    const parsed = parsePep508(text);
    if ("error" in parsed) {
        // pip expands `${VAR}` before parsing: `torch==${TORCH_VERSION}` is valid, its version just is not known here.
        const withVar = requirementWithVariable(text);
        if (withVar)
            return { kind: "requirement", req: withVar };
        return { kind: "error", message: parsed.error };
    }
    return { kind: "requirement", req: parsed };
}
const DIST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const VARIABLE = /\$\{[A-Za-z0-9_]+\}/;
/**
 * `name <op> ...${VAR}... [; marker]`: a version pip only knows after expanding the variable. Read in pieces
 * (name, then the text up to `;`) instead of one regex: a single pattern with two `[^;]*` around `\$\{` backtracks
 * quadratically on a long line.
 */
function requirementWithVariable(text) {
    if (!text.includes("${"))
        return undefined;
    const name = DIST_NAME.exec(text)?.[0];
    if (!name)
        return undefined;
    const rest = text.slice(name.length);
    const semi = rest.indexOf(";");
    const specifier = (semi < 0 ? rest : rest.slice(0, semi)).trim();
    if (!/^(===|~=|==|!=|<=|>=|<|>)/.test(specifier) || !VARIABLE.test(specifier))
        return undefined;
    const marker = semi < 0 ? undefined : rest.slice(semi + 1).trim();
    return { name, specifier, extras: [], ...(marker ? { marker } : {}) };
}
/** pip's split of a requirement line into the requirement and its trailing per-requirement options. */
function splitTrailingOptions(text) {
    const tokens = text.split(" ");
    const idx = tokens.findIndex((t, i) => i > 0 && t.startsWith("-"));
    return idx < 0 ? text : tokens.slice(0, idx).join(" ");
}
/** Split an option line into tokens, honouring simple quotes. */
function optionTokens(text) {
    const out = [];
    const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(text); m; m = re.exec(text))
        out.push(m[1] ?? m[2] ?? m[3] ?? "");
    return out;
}
const INDEX_OPTIONS = new Set(["-i", "--index-url", "--extra-index-url", "-f", "--find-links"]);
/**
 * The options pip understands in a requirements file, with whether each takes a value: the file-wide ones
 * (pip's `req_file.SUPPORTED_OPTIONS`) and the per-requirement ones (`SUPPORTED_OPTIONS_REQ`). pip builds one
 * parser from both lists, so either kind is syntactically valid on any line; any other option makes pip
 * refuse the whole file.
 */
const PIP_OPTIONS = new Map([
    ["-r", true],
    ["--requirement", true],
    ["-c", true],
    ["--constraint", true],
    ["-e", true],
    ["--editable", true],
    ["-i", true],
    ["--index-url", true],
    ["--extra-index-url", true],
    ["--no-index", false],
    ["-f", true],
    ["--find-links", true],
    ["--pre", false],
    ["--prefer-binary", false],
    ["--require-hashes", false],
    ["--only-binary", true],
    ["--no-binary", true],
    ["--trusted-host", true],
    ["--use-feature", true],
    // per requirement
    ["--hash", true],
    ["--config-settings", true],
    ["-C", true],
    ["--global-option", true],
    ["--install-option", true],
]);
const LONG_OPTIONS = [...PIP_OPTIONS.keys()].filter((o) => o.startsWith("--"));
/** Short options that take a value, which pip also accepts glued to the letter (`-rfile.txt`, `-Ckey=value`). */
const SHORT_WITH_VALUE = /^-[rceifC]./;
/** pip parses the options with optparse, which also takes an unambiguous prefix of a long option (`--extra-index`). */
function canonicalOption(opt) {
    if (PIP_OPTIONS.has(opt))
        return opt;
    if (!opt.startsWith("--") || opt.length < 3)
        return undefined;
    const matches = LONG_OPTIONS.filter((o) => o.startsWith(opt));
    return matches.length === 1 ? matches[0] : undefined;
}
/** Read the options in a token list: `--opt=value`, `--opt value`, `-rvalue`, `-r value`. Other words are skipped. */
function readOptions(tokens) {
    const out = [];
    for (let k = 0; k < tokens.length; k++) {
        const tok = tokens[k] ?? "";
        if (!tok.startsWith("-") || tok === "-")
            continue;
        let opt = tok;
        let value;
        if (tok.startsWith("--")) {
            const eq = tok.indexOf("=");
            if (eq > 0) {
                opt = tok.slice(0, eq);
                value = tok.slice(eq + 1);
            }
        }
        else if (SHORT_WITH_VALUE.test(tok)) {
            opt = tok.slice(0, 2);
            value = tok.slice(2);
        }
        const canonical = canonicalOption(opt);
        if (canonical === undefined) {
            out.push({ opt, value, known: false });
            continue;
        }
        if (PIP_OPTIONS.get(canonical) === true && value === undefined) {
            const next = tokens[k + 1];
            if (next !== undefined && !next.startsWith("-")) {
                value = next;
                k++;
            }
        }
        out.push({ opt: canonical, value, known: true });
    }
    return out;
}
/** A short, single-line rendering of an option for a message. */
function shownOption(o) {
    const text = o.value !== undefined && o.value !== "" ? `${o.opt}${o.opt.startsWith("--") ? "=" : ""}${o.value}` : o.opt;
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** posix dirname / join / normalise; returns undefined when the result leaves the root. */
function resolveRelative(fromFile, target) {
    if (target.startsWith("/") || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith("~"))
        return undefined;
    const base = fromFile.includes("/") ? fromFile.slice(0, fromFile.lastIndexOf("/")).split("/") : [];
    const parts = [...base];
    for (const seg of target.replace(/\\/g, "/").split("/")) {
        if (seg === "" || seg === ".")
            continue;
        if (seg === "..") {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.length > 0 ? parts.join("/") : undefined;
}
/** Read a requirements file and everything it includes. */
function readRequirements(text, ctx) {
    const walk = { ctx, result: emptyResult(), chain: [], visited: new Set(), indexUrls: [], pypiDeps: [] };
    walkFile(walk, ctx.path, text, "requirements", undefined);
    attachIndexes(walk.pypiDeps, walk.indexUrls);
    return walk.result;
}
function attachIndexes(deps, indexUrls) {
    if (indexUrls.length === 0)
        return;
    for (const d of deps)
        if (!d.url)
            d.indexUrls = [...indexUrls];
}
function walkFile(walk, path, text, mode, includedFrom) {
    walk.visited.add(`${mode}:${path}`);
    walk.chain.push(path);
    try {
        for (const { line, text: content } of logicalLines(text)) {
            handleLine(walk, path, line, content, mode, includedFrom);
        }
    }
    finally {
        walk.chain.pop();
    }
}
/** Handle one logical requirements line (shared with the conda `pip:` list via {@link readRequirementLine}). */
function handleLine(walk, path, line, content, mode, includedFrom) {
    const { result } = walk;
    if (content.startsWith("-")) {
        const options = readOptions(optionTokens(content));
        const first = options[0];
        if (first?.known && (first.opt === "-r" || first.opt === "--requirement" || first.opt === "-c" || first.opt === "--constraint")) {
            const { opt, value } = first;
            if (!value) {
                problem(result, { kind: "parse-error", path, line, message: `${opt} needs a file name` });
                return;
            }
            include(walk, path, line, value, opt === "-r" || opt === "--requirement" ? mode : "constraints");
            return;
        }
        if (first?.known && (first.opt === "-e" || first.opt === "--editable")) {
            if (!first.value) {
                problem(result, { kind: "parse-error", path, line, message: `${first.opt} needs a path or URL` });
                return;
            }
            const target = parseRequirementTarget(first.value);
            if (target.kind === "requirement" && target.req.url && mode === "requirements") {
                record(walk, path, line, target.req, includedFrom);
            }
            return;
        }
        // --pre, --no-index, --trusted-host, --use-feature ...: nothing to declare, but keep the indexes named.
        useOptions(walk, path, line, options, "");
        return;
    }
    const reqText = splitTrailingOptions(content);
    // `torch==1.8.1+cu111 -f https://download.pytorch.org/whl/torch_stable.html`: keep the index it names.
    useOptions(walk, path, line, readOptions(optionTokens(content.slice(reqText.length))), " after a requirement");
    const target = parseRequirementTarget(reqText);
    if (target.kind === "local")
        return;
    if (target.kind === "error") {
        problem(result, { kind: "parse-error", path, line, message: `cannot read requirement "${content.slice(0, 120)}": ${target.message}` });
        return;
    }
    if (mode === "constraints") {
        const pinned = /^===?\s*([^\s,*]+)$/.exec(target.req.specifier)?.[1] ?? (target.req.url ? versionFromWheelUrl(target.req.url) : undefined);
        if (pinned)
            result.locked.push({ path, normalizedName: (0,knowledge_packages/* normalizeDistName */.RV)(target.req.name), version: pinned });
        return;
    }
    record(walk, path, line, target.req, includedFrom);
}
/** Record the indexes an option list names, and report each option pip does not know. */
function useOptions(walk, path, line, options, where) {
    for (const o of options) {
        if (!o.known) {
            problem(walk.result, { kind: "parse-error", path, line, message: `unknown pip option ${shownOption(o)}${where}: pip stops on it, this audit ignored it and read the rest of the file` });
            continue;
        }
        if (INDEX_OPTIONS.has(o.opt) && o.value && !walk.indexUrls.includes(o.value))
            walk.indexUrls.push(o.value);
    }
}
function record(walk, path, line, req, includedFrom) {
    const dep = declare(walk.result, {
        path,
        line,
        name: req.name,
        specifier: req.specifier,
        extras: req.extras,
        marker: req.marker,
        url: req.url,
        source: "requirements",
        ecosystem: "pypi",
        includedFrom,
    });
    walk.pypiDeps.push(dep);
}
function include(walk, fromPath, line, target, mode) {
    const { result } = walk;
    const what = mode === "constraints" ? "constraints file" : "requirements file";
    if (URL_START.test(target)) {
        problem(result, { kind: "skipped", path: fromPath, line, message: `remote ${what} ${target} is not fetched` });
        return;
    }
    const resolved = resolveRelative(fromPath, target);
    if (resolved === undefined) {
        problem(result, { kind: "skipped", path: fromPath, line, message: `${what} ${target} is outside the scanned directory and was not read` });
        return;
    }
    if (walk.chain.includes(resolved)) {
        problem(result, { kind: "skipped", path: fromPath, line, message: `${what} ${target} includes itself through a cycle (${[...walk.chain, resolved].join(" -> ")}); the cycle was cut` });
        return;
    }
    if (walk.visited.has(`${mode}:${resolved}`))
        return;
    let text;
    try {
        text = walk.ctx.readFile(resolved);
    }
    catch {
        text = undefined;
    }
    if (text === undefined) {
        problem(result, { kind: "parse-error", path: fromPath, line, message: `${what} ${target} (${resolved}) does not exist or cannot be read` });
        return;
    }
    walkFile(walk, resolved, text, mode, fromPath);
}
/**
 * Read one line of a pip requirement list outside a requirements file (the conda `pip:` section, a
 * Dockerfile's `pip install` argument). Includes are followed like in a requirements file.
 */
function readRequirementLine(result, ctx, line, content, source, indexUrls) {
    const walk = { ctx, result, chain: [ctx.path], visited: new Set([`requirements:${ctx.path}`]), indexUrls, pypiDeps: [] };
    const text = stripComment(content);
    if (text === "")
        return undefined;
    const before = result.declared.length;
    handleLine(walk, ctx.path, line, text, "requirements", undefined);
    for (let i = before; i < result.declared.length; i++) {
        const d = result.declared[i];
        if (d.path === ctx.path && d.line === line)
            d.source = source;
    }
    return walk.pypiDeps.find((d) => d.path === ctx.path && d.line === line);
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/scanning/manifests/toml-lines.ts
/**
 * TOML parsers give values, not positions. This finds where a table's key or array item is written by
 * searching the text after the table header, so every declared dependency gets its real line.
 */

function normaliseDotted(raw) {
    const parts = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
    let m;
    let consumed = 0;
    while (consumed < raw.length && (m = re.exec(raw)) !== null) {
        if (m[0] === "")
            break;
        parts.push(m[1] ?? m[2] ?? m[3] ?? "");
        consumed = re.lastIndex;
    }
    return consumed >= raw.trim().length ? parts.join(".") : raw.replace(/\s+/g, "");
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
class TomlLocator {
    text;
    lines;
    headers = [];
    /** Per (table,key): next offset to search from, so repeated items map to successive lines. */
    cursors = new Map();
    constructor(text) {
        this.text = text;
        this.lines = new LineIndex(text);
        const re = /^[ \t]*\[\[?([^\]\r\n]+)\]\]?[ \t]*(?:#.*)?$/gm;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            this.headers.push({ name: normaliseDotted(m[1] ?? ""), start: m.index, bodyStart: m.index + m[0].length });
        }
    }
    /** [start, end) of the body of the first table with this dotted name ("" = the root table). */
    region(table) {
        if (table === "")
            return [0, this.headers[0]?.start ?? this.text.length];
        const i = this.headers.findIndex((h) => h.name === table);
        if (i < 0)
            return undefined;
        const h = this.headers[i];
        return [h.bodyStart, this.headers[i + 1]?.start ?? this.text.length];
    }
    /** Line of a table header, if the table has one. */
    headerLine(table) {
        const h = this.headers.find((x) => x.name === table);
        return h ? this.lines.lineAt(h.start) : undefined;
    }
    keyOffset(table, key) {
        const keyRe = `(?:${escapeRe(key)}|"${escapeRe(key)}"|'${escapeRe(key)}')`;
        const region = this.region(table);
        if (region) {
            const body = this.text.slice(region[0], region[1]);
            const m = new RegExp(`^[ \\t]*${keyRe}[ \\t]*=`, "m").exec(body);
            if (m)
                return region[0] + m.index + (m[0].length - m[0].trimStart().length);
        }
        // `[table.key]` sub-table form (Poetry: `[tool.poetry.dependencies.torch]`).
        const sub = this.headers.find((h) => h.name === (table === "" ? key : `${table}.${key}`));
        if (sub)
            return sub.start;
        // Dotted key in a parent table: `project.dependencies = [...]`, `dependencies.torch = "..."`.
        const parts = table === "" ? [] : table.split(".");
        for (let i = parts.length - 1; i >= 0; i--) {
            const parent = parts.slice(0, i).join(".");
            const rest = [...parts.slice(i), key].map(escapeRe).join(String.raw `\s*\.\s*`);
            const pr = this.region(parent);
            if (!pr)
                continue;
            const m = new RegExp(`^[ \\t]*${rest}[ \\t]*=`, "m").exec(this.text.slice(pr[0], pr[1]));
            if (m)
                return pr[0] + m.index;
        }
        return undefined;
    }
    /** Line of `key = ...` in a table (falls back to the table header, then 1). */
    keyLine(table, key) {
        const off = this.keyOffset(table, key);
        if (off !== undefined)
            return this.lines.lineAt(off);
        return this.headerLine(table) ?? 1;
    }
    /** Line of a string item of the array `key = [...]` in a table. Successive calls for equal items advance. */
    arrayItemLine(table, key, item) {
        const keyOff = this.keyOffset(table, key);
        if (keyOff === undefined)
            return this.headerLine(table) ?? 1;
        const cursorKey = `${table}\u0000${key}\u0000${item}`;
        const from = this.cursors.get(cursorKey) ?? keyOff;
        const region = this.region(table);
        const end = region && keyOff >= region[0] && keyOff < region[1] ? region[1] : this.text.length;
        const candidates = [`"${item}"`, `'${item}'`, `"""${item}"""`, `'''${item}'''`, JSON.stringify(item)];
        let best = -1;
        for (const c of candidates) {
            const i = this.text.indexOf(c, from);
            if (i >= 0 && i < end && (best < 0 || i < best))
                best = i;
        }
        if (best < 0)
            return this.lines.lineAt(keyOff);
        this.cursors.set(cursorKey, best + 1);
        return this.lines.lineAt(best);
    }
}

;// CONCATENATED MODULE: ./src/scanning/manifests/pyproject.ts
/**
 * pyproject.toml: PEP 621 `[project]`, PEP 735 `[dependency-groups]`, Poetry, PDM, Hatch and uv tables.
 * A wrongly typed value is a problem for that key only; the other tables are still read.
 */




function isTable(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** Parse TOML text; a syntax error becomes a problem (with its line) and `undefined`. */
function parseTomlText(text, path, result) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(stripBom(text));
    }
    catch (e) {
        const line = e.line;
        problem(result, { kind: "parse-error", path, line: typeof line === "number" ? line : undefined, message: `invalid TOML: ${errorMessage(e)}` });
        return undefined;
    }
}
function readPyproject(text, ctx) {
    const result = emptyResult();
    const doc = parseTomlText(text, ctx.path, result);
    if (!doc)
        return result;
    const r = { result, loc: new TomlLocator(stripBom(text)), path: ctx.path };
    // PEP 621
    const project = doc.project;
    if (project !== undefined && !isTable(project))
        wrongType(r, "", "project", "a table");
    if (isTable(project)) {
        pep508List(r, "project", "dependencies", project.dependencies, "pyproject:project", undefined);
        const opt = project["optional-dependencies"];
        if (opt !== undefined) {
            if (!isTable(opt))
                wrongType(r, "project", "optional-dependencies", "a table of lists");
            else
                for (const [extra, list] of Object.entries(opt))
                    pep508List(r, "project.optional-dependencies", extra, list, "pyproject:project", extra);
        }
    }
    // PEP 735
    const groups = doc["dependency-groups"];
    if (groups !== undefined) {
        if (!isTable(groups))
            wrongType(r, "", "dependency-groups", "a table of lists");
        else {
            for (const [group, list] of Object.entries(groups)) {
                pep508List(r, "dependency-groups", group, list, "pyproject:dependency-groups", group, (item) => {
                    if (isTable(item) && typeof item["include-group"] === "string") {
                        const target = item["include-group"];
                        if (!(target in groups)) {
                            problem(result, { kind: "parse-error", path: r.path, line: r.loc.keyLine("dependency-groups", group), message: `dependency group "${group}" includes the unknown group "${target}"` });
                        }
                        return true;
                    }
                    return false;
                });
            }
        }
    }
    const tool = isTable(doc.tool) ? doc.tool : undefined;
    // Poetry
    const poetry = tool && isTable(tool.poetry) ? tool.poetry : undefined;
    if (poetry) {
        const extrasOf = poetryExtras(poetry);
        poetryTable(r, "tool.poetry", "dependencies", poetry.dependencies, undefined, extrasOf);
        poetryTable(r, "tool.poetry", "dev-dependencies", poetry["dev-dependencies"], "dev", extrasOf);
        if (poetry.group !== undefined) {
            if (!isTable(poetry.group))
                wrongType(r, "tool.poetry", "group", "a table");
            else
                for (const [g, def] of Object.entries(poetry.group)) {
                    if (isTable(def))
                        poetryTable(r, `tool.poetry.group.${g}`, "dependencies", def.dependencies, g, extrasOf);
                }
        }
    }
    // PDM
    const pdm = tool && isTable(tool.pdm) ? tool.pdm : undefined;
    if (pdm && pdm["dev-dependencies"] !== undefined) {
        const dev = pdm["dev-dependencies"];
        if (!isTable(dev))
            wrongType(r, "tool.pdm", "dev-dependencies", "a table of lists");
        else
            for (const [g, list] of Object.entries(dev))
                pep508List(r, "tool.pdm.dev-dependencies", g, list, "pyproject:pdm", g);
    }
    // Hatch
    const hatch = tool && isTable(tool.hatch) ? tool.hatch : undefined;
    if (hatch && isTable(hatch.envs)) {
        for (const [env, def] of Object.entries(hatch.envs)) {
            if (!isTable(def))
                continue;
            for (const key of ["dependencies", "extra-dependencies"]) {
                if (def[key] !== undefined)
                    pep508List(r, `tool.hatch.envs.${env}`, key, def[key], "pyproject:hatch", env);
            }
        }
    }
    // uv
    const uv = tool && isTable(tool.uv) ? tool.uv : undefined;
    if (uv && uv["dev-dependencies"] !== undefined)
        pep508List(r, "tool.uv", "dev-dependencies", uv["dev-dependencies"], "pyproject:uv", "dev");
    if (uv)
        attachUvIndexes(r, uv);
    return result;
}
function wrongType(r, table, key, expected) {
    problem(r.result, { kind: "parse-error", path: r.path, line: r.loc.keyLine(table, key), message: `${table ? `${table}.` : ""}${key} should be ${expected}; it was ignored` });
}
/** A list of PEP 508 strings under `table.key`. */
function pep508List(r, table, key, list, source, group, special) {
    if (list === undefined)
        return;
    if (!Array.isArray(list)) {
        wrongType(r, table, key, "a list of requirement strings");
        return;
    }
    for (const item of list) {
        if (special?.(item))
            continue;
        if (typeof item !== "string") {
            problem(r.result, { kind: "parse-error", path: r.path, line: r.loc.keyLine(table, key), message: `${table}.${key} contains a ${Array.isArray(item) ? "list" : typeof item} where a requirement string belongs; it was ignored` });
            continue;
        }
        const line = r.loc.arrayItemLine(table, key, item);
        const parsed = parsePep508(item);
        if ("error" in parsed) {
            problem(r.result, { kind: "parse-error", path: r.path, line, message: `cannot read requirement "${item.slice(0, 120)}": ${parsed.error}` });
            continue;
        }
        declare(r.result, { path: r.path, line, name: parsed.name, specifier: parsed.specifier, extras: parsed.extras, marker: parsed.marker, url: parsed.url, source, group, ecosystem: "pypi" });
    }
}
/** Poetry `[tool.poetry.extras]`: dependency name -> the extras that enable it. */
function poetryExtras(poetry) {
    const out = new Map();
    if (!isTable(poetry.extras))
        return out;
    for (const [extra, names] of Object.entries(poetry.extras)) {
        if (!Array.isArray(names))
            continue;
        for (const n of names)
            if (typeof n === "string" && !out.has(n.toLowerCase()))
                out.set(n.toLowerCase(), extra);
    }
    return out;
}
function poetryTable(r, parent, key, deps, group, extrasOf) {
    if (deps === undefined)
        return;
    if (!isTable(deps)) {
        wrongType(r, parent, key, "a table");
        return;
    }
    const table = `${parent}.${key}`;
    for (const [name, value] of Object.entries(deps)) {
        if (name.toLowerCase() === "python")
            continue;
        const line = r.loc.keyLine(table, name);
        const entries = Array.isArray(value) ? value : [value];
        for (const v of entries) {
            const base = { path: r.path, line, name, source: "pyproject:poetry", ecosystem: "pypi" };
            if (typeof v === "string") {
                declare(r.result, { ...base, specifier: v.trim() === "*" ? "" : v.trim(), group });
            }
            else if (isTable(v)) {
                const version = typeof v.version === "string" ? v.version.trim() : "";
                const extras = Array.isArray(v.extras) ? v.extras.filter((e) => typeof e === "string") : [];
                const marker = typeof v.markers === "string" ? v.markers : undefined;
                const url = typeof v.git === "string" ? `git+${v.git}${typeof v.rev === "string" ? `@${v.rev}` : typeof v.tag === "string" ? `@${v.tag}` : typeof v.branch === "string" ? `@${v.branch}` : ""}` : typeof v.url === "string" ? v.url : typeof v.path === "string" ? v.path : undefined;
                const optionalGroup = v.optional === true && group === undefined ? extrasOf.get(name.toLowerCase()) ?? "optional" : group;
                declare(r.result, { ...base, specifier: version === "*" ? "" : version, extras, marker, url, group: optionalGroup });
            }
            else {
                problem(r.result, { kind: "parse-error", path: r.path, line, message: `${table}.${name} should be a version string or a table; it was ignored` });
            }
        }
    }
}
/** `[tool.uv.sources] torch = [{ index = "pytorch-cu121" }]` + `[[tool.uv.index]]` -> index URLs on those deps. */
function attachUvIndexes(r, uv) {
    const indexes = new Map();
    if (Array.isArray(uv.index)) {
        for (const i of uv.index)
            if (isTable(i) && typeof i.name === "string" && typeof i.url === "string")
                indexes.set(i.name, i.url);
    }
    if (!isTable(uv.sources) || indexes.size === 0)
        return;
    for (const [name, src] of Object.entries(uv.sources)) {
        const list = Array.isArray(src) ? src : [src];
        const urls = list.flatMap((s) => (isTable(s) && typeof s.index === "string" && indexes.has(s.index) ? [indexes.get(s.index)] : []));
        if (urls.length === 0)
            continue;
        for (const d of r.result.declared) {
            if (d.path === r.path && d.normalizedName === (0,knowledge_packages/* normalizeDistName */.RV)(name))
                d.indexUrls = [...new Set(urls)];
        }
    }
}

;// CONCATENATED MODULE: ./src/scanning/manifests/setup-cfg.ts


/** A small INI reader in configparser's spirit: sections, `key = value` / `key: value`, indented continuations. */
function parseIni(text, path, result) {
    const out = [];
    let section = "";
    let current;
    const lines = stripBom(text).split(/\r\n|\n|\r/);
    let reported = false;
    const bad = (line, message) => {
        if (!reported)
            problem(result, { kind: "parse-error", path, line, message });
        reported = true; // one problem per file; the rest is still read
    };
    lines.forEach((raw, i) => {
        const line = i + 1;
        const trimmed = raw.trim();
        if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";"))
            return;
        const indented = /^\s/.test(raw);
        if (indented && current) {
            current.values.push({ line, text: trimmed });
            return;
        }
        if (trimmed.startsWith("[")) {
            const m = /^\[([^\]]+)\]\s*(?:[#;].*)?$/.exec(trimmed);
            if (!m) {
                bad(line, `malformed section header ${trimmed.slice(0, 80)}`);
                current = undefined;
                return;
            }
            section = (m[1] ?? "").trim();
            current = undefined;
            return;
        }
        const sep = trimmed.search(/[=:]/);
        const kv = sep > 0 ? [trimmed, trimmed.slice(0, sep).trim(), trimmed.slice(sep + 1).trim()] : null;
        if (!kv) {
            bad(line, `line ${line} is neither a section, a key = value pair, nor an indented continuation`);
            current = undefined;
            return;
        }
        if (section === "")
            bad(line, `key "${kv[1]}" appears before any [section]`);
        current = { section, key: (kv[1] ?? "").trim(), line, values: [] };
        if ((kv[2] ?? "").trim() !== "")
            current.values.push({ line, text: (kv[2] ?? "").trim() });
        out.push(current);
    });
    return out;
}
function readSetupCfg(text, ctx) {
    const result = emptyResult();
    for (const entry of parseIni(text, ctx.path, result)) {
        let group;
        if (entry.section === "options" && entry.key === "install_requires")
            group = undefined;
        else if (entry.section === "options" && entry.key === "tests_require")
            group = "tests";
        else if (entry.section === "options.extras_require")
            group = entry.key;
        else
            continue;
        for (const v of entry.values) {
            const text = stripComment(v.text);
            if (text === "")
                continue;
            if (/^file\s*:/.test(text))
                continue; // `file: requirements.txt`: that file is read on its own
            const parsed = parsePep508(text);
            if ("error" in parsed) {
                problem(result, { kind: "parse-error", path: ctx.path, line: v.line, message: `cannot read requirement "${text.slice(0, 120)}": ${parsed.error}` });
                continue;
            }
            declare(result, { path: ctx.path, line: v.line, name: parsed.name, specifier: parsed.specifier, extras: parsed.extras, marker: parsed.marker, url: parsed.url, source: "setup-cfg", group, ecosystem: "pypi" });
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/scanning/python/tokenizer.ts
var tokenizer = __webpack_require__(3291);
;// CONCATENATED MODULE: ./src/scanning/manifests/setup-py.ts
/**
 * setup.py, read statically: it is tokenized (never executed) and only literal values are understood:
 * `setup(install_requires=[...], extras_require={...}, tests_require=[...])`, where a value may be a
 * module-level variable (`REQUIRED = [...]`, extended with `+=`, `.append()`, `.extend()`) or a `+`
 * concatenation of those. Anything computed at run time (file reads, comprehensions, f-strings, calls)
 * is simply not declared.
 */


const DYNAMIC = { t: "dynamic" };
const MAX_DEPTH = 64;
/** The value of a Python string literal token (prefixes r/u/b, single or triple quotes); undefined for f-strings/bytes. */
function stringLiteral(token) {
    const m = /^([rRuUbB]{0,2})('''|"""|'|")/.exec(token);
    if (!m)
        return undefined;
    const prefix = (m[1] ?? "").toLowerCase();
    if (prefix.includes("b"))
        return undefined;
    const q = m[2] ?? '"';
    let body = token.slice(m[0].length);
    if (body.endsWith(q))
        body = body.slice(0, -q.length);
    if (prefix.includes("r"))
        return body;
    return body.replace(/\\(\r\n|\n|\r|[\\'"abfnrtv]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})/g, (_m, e) => {
        if (e.startsWith("\n") || e.startsWith("\r"))
            return "";
        if (e.startsWith("x") || e.startsWith("u"))
            return String.fromCharCode(parseInt(e.slice(1), 16));
        return { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v" }[e] ?? e;
    });
}
class Parser {
    toks;
    vars;
    i = 0;
    constructor(toks, vars) {
        this.toks = toks;
        this.vars = vars;
    }
    get pos() {
        return this.i;
    }
    set pos(v) {
        this.i = v;
    }
    peek(k = 0) {
        return this.toks[this.i + k];
    }
    isOp(v, k = 0) {
        const t = this.peek(k);
        return t?.type === "op" && t.value === v;
    }
    /** Skip a balanced expression up to (not including) a `,` `)` `]` `}` `:` at depth 0, or a newline. */
    skipExpr() {
        let depth = 0;
        for (; this.i < this.toks.length; this.i++) {
            const t = this.toks[this.i];
            if (t.type === "eof")
                return;
            if (depth === 0 && (t.type === "newline" || (t.type === "op" && [",", ")", "]", "}", ":"].includes(t.value))))
                return;
            if (t.type === "op" && "([{".includes(t.value))
                depth++;
            else if (t.type === "op" && ")]}".includes(t.value))
                depth--;
        }
    }
    /** expr := term ('+' term)* */
    expr(depth = 0) {
        const start = this.i;
        let v = this.term(depth);
        while (this.isOp("+")) {
            this.i++;
            v = concat(v, this.term(depth));
        }
        const t = this.peek();
        const atEnd = !t || t.type === "newline" || t.type === "eof" || (t.type === "op" && [",", ")", "]", "}", ":"].includes(t.value));
        if (!atEnd) {
            this.i = start;
            this.skipExpr();
            return DYNAMIC;
        }
        return v;
    }
    term(depth) {
        const t = this.peek();
        if (!t || depth > MAX_DEPTH)
            return DYNAMIC;
        if (t.type === "string") {
            const parts = [];
            const line = t.line;
            let ok = true;
            while (this.peek()?.type === "string" || this.peek()?.type === "fstring") {
                const tok = this.peek();
                const s = tok.type === "string" ? stringLiteral(tok.value) : undefined;
                if (s === undefined)
                    ok = false;
                else
                    parts.push(s);
                this.i++;
            }
            return ok ? { t: "str", s: { value: parts.join(""), line } } : DYNAMIC;
        }
        if (t.type === "op" && (t.value === "[" || t.value === "(")) {
            const close = t.value === "[" ? "]" : ")";
            this.i++;
            const items = [];
            let dynamic = false;
            while (this.peek() && !this.isOp(close) && this.peek()?.type !== "eof") {
                if (this.peek()?.type === "name" && this.peek()?.value === "for") {
                    dynamic = true; // comprehension
                }
                if (this.isOp("*")) {
                    this.i++;
                    dynamic = true;
                }
                const before = this.i;
                const v = this.expr(depth + 1);
                if (v.t === "str")
                    items.push(v.s);
                else if (v.t === "list")
                    items.push(...v.items);
                else
                    dynamic = true;
                if (this.isOp(","))
                    this.i++;
                else if (!this.isOp(close)) {
                    if (this.i === before)
                        this.i++;
                    this.skipTo(close);
                    dynamic = true;
                }
            }
            if (this.isOp(close))
                this.i++;
            // `("a")` is a parenthesised string, `("a",)` a tuple: both are fine as a list of requirements.
            return dynamic ? (items.length > 0 ? { t: "list", items } : DYNAMIC) : { t: "list", items };
        }
        if (t.type === "op" && t.value === "{") {
            this.i++;
            const entries = new Map();
            while (this.peek() && !this.isOp("}") && this.peek()?.type !== "eof") {
                const key = this.expr(depth + 1);
                if (this.isOp(":")) {
                    this.i++;
                    const value = this.expr(depth + 1);
                    if (key.t === "str")
                        entries.set(key.s.value, value);
                }
                else if (!this.isOp(",")) {
                    this.skipTo("}");
                    break;
                }
                if (this.isOp(","))
                    this.i++;
                else if (!this.isOp("}"))
                    this.skipTo("}");
            }
            if (this.isOp("}"))
                this.i++;
            return { t: "dict", entries };
        }
        if (t.type === "name") {
            // dict(key=[...], ...)
            if (t.value === "dict" && this.isOp("(", 1)) {
                this.i += 2;
                const entries = new Map();
                for (const [k, v] of this.keywordArgs(depth + 1))
                    entries.set(k, v);
                return { t: "dict", entries };
            }
            if ((t.value === "list" || t.value === "tuple") && this.isOp("(", 1)) {
                this.i += 2;
                const v = this.expr(depth + 1);
                if (this.isOp(")"))
                    this.i++;
                else
                    this.skipTo(")");
                return v;
            }
            // a plain variable (not an attribute access or a call)
            if (!this.isOp(".", 1) && !this.isOp("(", 1) && !this.isOp("[", 1)) {
                this.i++;
                return this.vars.get(t.value) ?? DYNAMIC;
            }
        }
        this.skipTerm();
        return DYNAMIC;
    }
    /** Skip one operand (a name with trailing calls/attributes/subscripts, or a single token). */
    skipTerm() {
        const t = this.peek();
        if (!t)
            return;
        this.i++;
        if (t.type === "op" && "([{".includes(t.value)) {
            this.skipTo(t.value === "(" ? ")" : t.value === "[" ? "]" : "}");
            if (this.isOp(")") || this.isOp("]") || this.isOp("}"))
                this.i++;
        }
        while (this.isOp(".") || this.isOp("(") || this.isOp("[")) {
            const open = this.peek()?.value;
            this.i++;
            if (open === ".") {
                if (this.peek()?.type === "name")
                    this.i++;
                continue;
            }
            const close = open === "(" ? ")" : "]";
            this.skipTo(close);
            if (this.isOp(close))
                this.i++;
        }
    }
    /** Move to the matching `close` at the current depth (not past it). */
    skipTo(close) {
        let depth = 0;
        for (; this.i < this.toks.length; this.i++) {
            const t = this.toks[this.i];
            if (t.type === "eof")
                return;
            if (t.type !== "op")
                continue;
            if ("([{".includes(t.value))
                depth++;
            else if (")]}".includes(t.value)) {
                if (depth === 0 && t.value === close)
                    return;
                depth--;
                if (depth < 0)
                    return;
            }
        }
    }
    /** `name=expr, ...)` after an opening parenthesis; consumes the closing `)`. */
    keywordArgs(depth) {
        const out = [];
        while (this.peek() && !this.isOp(")") && this.peek()?.type !== "eof") {
            const t = this.peek();
            if (t.type === "name" && this.isOp("=", 1)) {
                this.i += 2;
                out.push([t.value, this.expr(depth)]);
            }
            else {
                this.skipExpr();
            }
            if (this.isOp(","))
                this.i++;
            else if (!this.isOp(")")) {
                this.skipTo(")");
                break;
            }
        }
        if (this.isOp(")"))
            this.i++;
        return out;
    }
}
function concat(a, b) {
    if (a.t === "list" && b.t === "list")
        return { t: "list", items: [...a.items, ...b.items] };
    if (a.t === "str" && b.t === "str")
        return { t: "str", s: { value: a.s.value + b.s.value, line: a.s.line } };
    if (a.t === "list" && b.t === "dynamic")
        return a; // keep what is known
    if (a.t === "dynamic" && b.t === "list")
        return b;
    return DYNAMIC;
}
function requirementStrings(v) {
    if (v.t === "list")
        return v.items;
    if (v.t === "str") {
        // a single string may hold several newline-separated requirements
        return v.s.value.split(/\r?\n/).map((value, k) => ({ value, line: v.s.line + k }));
    }
    return [];
}
function readSetupPy(text, ctx) {
    const result = emptyResult();
    const { tokens, errors } = (0,tokenizer/* tokenizeWithErrors */.tP)(text);
    const firstError = errors[0];
    if (firstError)
        problem(result, { kind: "parse-error", path: ctx.path, line: firstError.line, message: `setup.py is not valid Python here (${firstError.message}); only the readable parts were used` });
    const toks = tokens.filter((t) => t.type !== "comment" && t.type !== "nl");
    const vars = new Map();
    const p = new Parser(toks, vars);
    while (p.pos < toks.length) {
        const t = p.peek();
        if (t.type === "eof")
            break;
        const prev = toks[p.pos - 1];
        const atStatement = !prev || prev.type === "newline" || prev.type === "indent" || prev.type === "dedent";
        const next = toks[p.pos + 1];
        if (atStatement && t.type === "name" && next?.type === "op" && (next.value === "=" || next.value === "+=")) {
            p.pos += 2;
            const v = p.expr();
            if (next.value === "=")
                vars.set(t.value, v);
            else
                vars.set(t.value, concat(vars.get(t.value) ?? DYNAMIC, v));
            continue;
        }
        // NAME.append("x") / NAME.extend([...])
        if (atStatement && t.type === "name" && next?.type === "op" && next.value === "." && (toks[p.pos + 2]?.value === "append" || toks[p.pos + 2]?.value === "extend") && toks[p.pos + 3]?.value === "(") {
            const method = toks[p.pos + 2]?.value;
            p.pos += 4;
            const v = p.expr();
            const cur = vars.get(t.value);
            if (cur?.t === "list") {
                if (method === "append" && v.t === "str")
                    vars.set(t.value, { t: "list", items: [...cur.items, v.s] });
                else if (method === "extend")
                    vars.set(t.value, concat(cur, v));
            }
            continue;
        }
        // setup(...) / setuptools.setup(...)
        if (t.type === "name" && t.value === "setup" && next?.type === "op" && next.value === "(" && toks[p.pos - 1]?.value !== "def") {
            p.pos += 2;
            for (const [key, value] of p.keywordArgs(0)) {
                if (key === "install_requires")
                    declareAll(result, ctx, requirementStrings(value), undefined);
                else if (key === "tests_require")
                    declareAll(result, ctx, requirementStrings(value), "tests");
                else if (key === "extras_require") {
                    const dict = value.t === "dict" ? value : undefined;
                    for (const [group, reqs] of dict?.entries ?? [])
                        declareAll(result, ctx, requirementStrings(reqs), group);
                }
            }
            continue;
        }
        p.pos++;
    }
    return result;
}
function declareAll(result, ctx, reqs, group) {
    for (const r of reqs) {
        const text = r.value.replace(/(^|\s)#.*$/, "").trim();
        if (text === "")
            continue;
        const parsed = parsePep508(text);
        if ("error" in parsed) {
            problem(result, { kind: "parse-error", path: ctx.path, line: r.line, message: `cannot read requirement "${text.slice(0, 120)}": ${parsed.error}` });
            continue;
        }
        declare(result, { path: ctx.path, line: r.line, name: parsed.name, specifier: parsed.specifier, extras: parsed.extras, marker: parsed.marker, url: parsed.url, source: "setup-py", group, ecosystem: "pypi" });
    }
}

;// CONCATENATED MODULE: ./src/scanning/manifests/pipfile.ts



const MARKER_KEYS = ["markers", "sys_platform", "platform_machine", "os_name", "platform_system", "python_version", "platform_python_implementation", "implementation_name"];
function readPipfile(text, ctx) {
    const result = emptyResult();
    const doc = parseTomlText(text, ctx.path, result);
    if (!doc)
        return result;
    const loc = new TomlLocator(stripBom(text));
    const sources = new Map();
    if (Array.isArray(doc.source)) {
        for (const s of doc.source)
            if (isTable(s) && typeof s.name === "string" && typeof s.url === "string")
                sources.set(s.name, s.url);
    }
    for (const [table, group] of [["packages", undefined], ["dev-packages", "dev"]]) {
        const deps = doc[table];
        if (deps === undefined)
            continue;
        if (!isTable(deps)) {
            problem(result, { kind: "parse-error", path: ctx.path, line: loc.keyLine("", table), message: `[${table}] should be a table; it was ignored` });
            continue;
        }
        for (const [name, value] of Object.entries(deps)) {
            const line = loc.keyLine(table, name);
            const base = { path: ctx.path, line, name, source: "pipfile", group, ecosystem: "pypi" };
            if (typeof value === "string") {
                declare(result, { ...base, specifier: value.trim() === "*" ? "" : value.trim() });
            }
            else if (isTable(value)) {
                const version = typeof value.version === "string" ? value.version.trim() : "";
                const extras = Array.isArray(value.extras) ? value.extras.filter((e) => typeof e === "string") : [];
                const markers = MARKER_KEYS.flatMap((k) => {
                    const v = value[k];
                    if (typeof v !== "string")
                        return [];
                    return k === "markers" ? [v] : [`${k} ${v}`];
                });
                const url = typeof value.git === "string" ? `git+${value.git}${typeof value.ref === "string" ? `@${value.ref}` : ""}` : typeof value.file === "string" ? value.file : typeof value.path === "string" ? value.path : undefined;
                const index = typeof value.index === "string" ? sources.get(value.index) ?? value.index : undefined;
                declare(result, {
                    ...base,
                    specifier: version === "*" ? "" : version,
                    extras,
                    marker: markers.length > 0 ? markers.join(" and ") : undefined,
                    url,
                    indexUrls: index ? [index] : undefined,
                });
            }
            else {
                problem(result, { kind: "parse-error", path: ctx.path, line, message: `[${table}] ${name} should be a version string or a table; it was ignored` });
            }
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/scanning/manifests/pipfile-lock.ts



function readPipfileLock(text, ctx) {
    const result = emptyResult();
    let doc;
    try {
        doc = JSON.parse(stripBom(text));
    }
    catch (e) {
        problem(result, { kind: "parse-error", path: ctx.path, message: `invalid JSON: ${errorMessage(e)}` });
        return result;
    }
    if (!isTable(doc)) {
        problem(result, { kind: "parse-error", path: ctx.path, message: "Pipfile.lock should be a JSON object" });
        return result;
    }
    for (const section of ["default", "develop"]) {
        const deps = doc[section];
        if (!isTable(deps))
            continue;
        for (const [name, info] of Object.entries(deps)) {
            if (!isTable(info) || typeof info.version !== "string")
                continue;
            const version = info.version.replace(/^===?\s*/, "").trim();
            if (version !== "")
                result.locked.push({ path: ctx.path, normalizedName: (0,knowledge_packages/* normalizeDistName */.RV)(name), version });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/scanning/manifests/lockfile-common.ts



function readTomlPackageLock(text, ctx, what) {
    const result = emptyResult();
    const doc = parseTomlText(text, ctx.path, result);
    if (!doc)
        return result;
    const packages = doc.package;
    if (packages === undefined)
        return result;
    if (!Array.isArray(packages)) {
        problem(result, { kind: "parse-error", path: ctx.path, message: `${what}: "package" should be an array of tables` });
        return result;
    }
    for (const p of packages) {
        if (!isTable(p) || typeof p.name !== "string")
            continue;
        if (typeof p.version !== "string" || p.version === "")
            continue; // editable / virtual packages have no version
        result.locked.push({ path: ctx.path, normalizedName: (0,knowledge_packages/* normalizeDistName */.RV)(p.name), version: p.version });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/scanning/manifests/poetry-lock.ts

function readPoetryLock(text, ctx) {
    return readTomlPackageLock(text, ctx, "poetry.lock");
}

;// CONCATENATED MODULE: ./src/scanning/manifests/uv-lock.ts

function readUvLock(text, ctx) {
    return readTomlPackageLock(text, ctx, "uv.lock");
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/scanning/manifests/conda.ts
/**
 * conda environment files (`environment.yml`, `conda-environment.yaml` ...): the `dependencies` list of
 * conda match specs and its nested `- pip:` list. Aliases are never expanded, so alias bombs cost nothing.
 */



/** Parse a conda match spec such as `pytorch::pytorch>=2.0` or `conda-forge::tensorflow=2.15`. */
function parseCondaSpec(input) {
    const m = /^(?:([^\s:]+)::)?([A-Za-z0-9_][A-Za-z0-9_.-]*)(.*)$/s.exec(input.trim());
    if (!m)
        return undefined;
    const rest = (m[3] ?? "").trim();
    if (rest !== "" && !/^[=<>!~[\d*]/.test(rest))
        return undefined;
    return { ...(m[1] ? { channel: m[1] } : {}), name: m[2] ?? "", specifier: rest };
}
function readConda(text, ctx) {
    const result = emptyResult();
    const source = stripBom(text);
    const lines = new LineIndex(source);
    let doc;
    try {
        doc = (0,yaml_dist/* parseDocument */.Tp)(source, { prettyErrors: false, uniqueKeys: false, strict: false });
    }
    catch (e) {
        problem(result, { kind: "parse-error", path: ctx.path, message: `invalid YAML: ${errorMessage(e)}` });
        return result;
    }
    const firstError = doc.errors[0];
    if (firstError) {
        problem(result, { kind: "parse-error", path: ctx.path, line: firstError.linePos?.[0]?.line ?? lines.lineAt(firstError.pos[0]), message: `invalid YAML: ${errorMessage(firstError)}` });
    }
    const root = doc.contents;
    if (!(0,yaml_dist/* isMap */.jh)(root)) {
        if (root !== null && !firstError)
            problem(result, { kind: "parse-error", path: ctx.path, message: "a conda environment file should be a mapping with a `dependencies` list" });
        return result;
    }
    const deps = root.get("dependencies", true);
    if (deps === undefined || deps === null || ((0,yaml_dist/* isScalar */.jn)(deps) && deps.value === null))
        return result;
    const lineOf = (n) => lines.lineAt(n.range?.[0] ?? 0);
    /** Aliases are never resolved (an alias bomb would cost exponential time and memory): say what was left out. */
    const aliasNotExpanded = (node, where) => {
        const name = (0,yaml_dist/* isAlias */.Vj)(node) ? String(node.source).slice(0, 60) : "";
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(node), message: `YAML alias not expanded: *${name} in ${where} was ignored (write the packages out in the list)` });
    };
    if ((0,yaml_dist/* isAlias */.Vj)(deps)) {
        aliasNotExpanded(deps, "`dependencies`");
        return result;
    }
    if (!(0,yaml_dist/* isSeq */.oP)(deps)) {
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(deps), message: "`dependencies` should be a list" });
        return result;
    }
    for (const item of deps.items) {
        if ((0,yaml_dist/* isAlias */.Vj)(item)) {
            aliasNotExpanded(item, "`dependencies`");
            continue;
        }
        if ((0,yaml_dist/* isScalar */.jn)(item)) {
            if (typeof item.value !== "string") {
                problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: `unexpected ${typeof item.value} in \`dependencies\`; it was ignored` });
                continue;
            }
            const spec = parseCondaSpec(item.value);
            if (!spec) {
                problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: `cannot read conda package spec "${item.value.slice(0, 120)}"` });
                continue;
            }
            declare(result, { path: ctx.path, line: lineOf(item), name: spec.name, specifier: spec.specifier, source: "conda", ecosystem: "conda", channel: spec.channel });
        }
        else if ((0,yaml_dist/* isMap */.jh)(item)) {
            const pip = item.get("pip", true);
            if (pip === undefined)
                continue;
            if ((0,yaml_dist/* isAlias */.Vj)(pip)) {
                aliasNotExpanded(pip, "the `pip:` entry");
                continue;
            }
            if (!(0,yaml_dist/* isSeq */.oP)(pip)) {
                problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: "the `pip:` entry should be a list" });
                continue;
            }
            const indexUrls = [];
            const pipDeps = [];
            const before = result.declared.length;
            for (const p of pip.items) {
                if ((0,yaml_dist/* isAlias */.Vj)(p)) {
                    aliasNotExpanded(p, "the `pip:` list");
                    continue;
                }
                if (!(0,yaml_dist/* isScalar */.jn)(p) || typeof p.value !== "string") {
                    problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(p), message: "a `pip:` list item should be a requirement string; it was ignored" });
                    continue;
                }
                readRequirementLine(result, ctx, lineOf(p), p.value, "conda:pip", indexUrls);
            }
            for (let i = before; i < result.declared.length; i++)
                pipDeps.push(result.declared[i]);
            attachIndexes(pipDeps, indexUrls);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
;// CONCATENATED MODULE: ./src/scanning/manifests/dockerfile.ts
/**
 * Dockerfiles / Containerfiles: `FROM` images (resolving global `ARG` defaults) and packages installed by
 * `RUN pip install`, `python -m pip install`, `uv pip install`, `conda|mamba|micromamba install|create`.
 * `-r file` arguments are not followed: requirements files are discovered and read on their own.
 */




/** Split `registry/repo:tag@sha256:...` into its parts. */
function splitImage(image) {
    let rest = image;
    let digest;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const slash = rest.lastIndexOf("/");
    const colon = rest.lastIndexOf(":");
    let tag = "";
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { name: rest, tag, ...(digest ? { digest } : {}) };
}
/** Expand `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}` with a resolver; unknown variables stay as written. */
function expandVariables(input, resolve) {
    return input.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, def, bare) => {
        const value = resolve((braced ?? bare));
        if (value !== undefined && value !== "")
            return value;
        if (def !== undefined)
            return def;
        return whole;
    });
}
/**
 * Split a RUN command's raw text into shell words and control operators, with each word's offset.
 * Escaped newlines are whitespace; physical lines that start with `#` inside a continued RUN are dropped (Docker does too).
 */
function shellTokens(raw, base, escapeChar) {
    const out = [];
    let cur = "";
    let start = -1;
    let quote = null;
    const flush = () => {
        if (start >= 0)
            out.push({ value: cur, offset: base + start });
        cur = "";
        start = -1;
    };
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        // start of a physical line inside a continued instruction: drop comment lines
        if ((i === 0 || raw[i - 1] === "\n" || raw[i - 1] === "\r") && quote === null) {
            const lineEnd = /[\r\n]/g;
            lineEnd.lastIndex = i;
            const le = lineEnd.exec(raw);
            const lineText = raw.slice(i, le ? le.index : raw.length);
            if (i > 0 && /^\s*#/.test(lineText)) {
                // skip the comment line and its line break
                const nl = raw.slice(i + lineText.length, i + lineText.length + 2);
                i += lineText.length + (nl === "\r\n" ? 2 : nl.length > 0 ? 1 : 0) - 1;
                continue;
            }
        }
        if (c === escapeChar && quote !== "'") {
            const next = raw[i + 1];
            if (next === "\n" || next === "\r") {
                if (next === "\r" && raw[i + 2] === "\n")
                    i++;
                i++;
                if (quote === null)
                    flush();
                continue;
            }
            // trailing whitespace after the escape char before the newline also continues the line
            const wsRe = /[ \t]*(\r\n|\n|\r)/y;
            wsRe.lastIndex = i + 1;
            const ws = wsRe.exec(raw);
            if (ws) {
                i += ws[0].length;
                if (quote === null)
                    flush();
                continue;
            }
            if (next !== undefined) {
                if (start < 0)
                    start = i;
                cur += next;
                i++;
                continue;
            }
        }
        if (quote !== null) {
            if (c === quote)
                quote = null;
            else
                cur += c;
            continue;
        }
        if (c === "'" || c === '"') {
            if (start < 0)
                start = i;
            quote = c;
            continue;
        }
        if (c === "\n" || c === "\r") {
            // an unescaped newline only occurs in heredocs (`RUN <<EOF`): it ends a shell command
            flush();
            out.push({ value: ";", offset: base + i, op: true });
            continue;
        }
        if (/\s/.test(c)) {
            flush();
            continue;
        }
        const two = raw.slice(i, i + 2);
        if (two === "&&" || two === "||") {
            flush();
            out.push({ value: two, offset: base + i, op: true });
            i++;
            continue;
        }
        if (c === ";" || c === "|" || c === "&" || c === "(" || c === ")") {
            flush();
            out.push({ value: c, offset: base + i, op: true });
            continue;
        }
        if (start < 0)
            start = i;
        cur += c;
    }
    flush();
    return out;
}
const PIP_VALUE_OPTS = new Set([
    "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
    "-t", "--target", "--prefix", "--root", "--platform", "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy",
    "--progress-bar", "--cache-dir", "--trusted-host", "--log", "--retries", "--timeout", "--no-binary", "--only-binary", "-C",
    "--config-settings", "--global-option", "--install-option", "--report", "--python", "--proxy", "--cert", "--client-cert",
    "--exists-action", "--keyring-provider", "--use-feature", "--use-deprecated", "--root-user-action", "--index-strategy", "-p",
]);
const PIP_INDEX_OPTS = new Set(["-i", "--index-url", "--extra-index-url", "-f", "--find-links"]);
const CONDA_VALUE_OPTS = new Set(["-c", "--channel", "-n", "--name", "-p", "--prefix", "--file", "--repodata-fn", "--platform", "--subdir", "--solver"]);
const PREFIX_WORDS = new Set(["sudo", "env", "time", "nice", "exec", "command", "nohup"]);
/** Recognise an installer command; returns the tokens after `install`. */
function installerOf(words) {
    let i = 0;
    while (i < words.length) {
        const w = words[i]?.value ?? "";
        if (PREFIX_WORDS.has(w) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || (w.startsWith("-") && i > 0 && PREFIX_WORDS.has(words[i - 1]?.value ?? "")))
            i++;
        else
            break;
    }
    const prog = (words[i]?.value ?? "").split("/").pop() ?? "";
    const at = (k) => words[k]?.value ?? "";
    if (/^pip(\d+(\.\d+)?)?$/.test(prog)) {
        let k = i + 1;
        while (at(k).startsWith("-"))
            k++; // global options such as --no-cache-dir before the subcommand
        return at(k) === "install" ? { kind: "pip", args: words.slice(k + 1) } : undefined;
    }
    if (/^python(\d+(\.\d+)?)?$/.test(prog)) {
        let k = i + 1;
        while (at(k).startsWith("-") && at(k) !== "-m")
            k++;
        if (at(k) !== "-m" || at(k + 1) !== "pip")
            return undefined;
        k += 2;
        while (at(k).startsWith("-"))
            k++;
        return at(k) === "install" ? { kind: "pip", args: words.slice(k + 1) } : undefined;
    }
    if (prog === "uv" && at(i + 1) === "pip" && at(i + 2) === "install")
        return { kind: "pip", args: words.slice(i + 3) };
    if (/^(conda|mamba|micromamba)$/.test(prog)) {
        let k = i + 1;
        while (at(k).startsWith("-"))
            k++;
        return at(k) === "install" || at(k) === "create" ? { kind: "conda", args: words.slice(k + 1) } : undefined;
    }
    return undefined;
}
function readDockerfile(text, ctx) {
    const result = emptyResult();
    let df;
    try {
        df = main.DockerfileParser.parse(text);
    }
    catch (e) {
        problem(result, { kind: "parse-error", path: ctx.path, message: `cannot parse Dockerfile: ${errorMessage(e)}` });
        return result;
    }
    const lines = new LineIndex(text);
    const globalArgs = new Map();
    for (const arg of df.getInitialARGs()) {
        const p = arg.getProperty();
        const v = p?.getValue();
        if (p && v !== null && v !== undefined)
            globalArgs.set(p.getName(), v);
    }
    const stages = new Set();
    let escapeChar = "\\";
    try {
        escapeChar = df.getEscapeCharacter();
    }
    catch {
        /* default */
    }
    for (const from of df.getFROMs()) {
        const line = from.getRange().start.line + 1;
        const args = from.getArguments().map((a) => a.getValue());
        const idx = args.findIndex((a) => !a.startsWith("--"));
        const rawImage = idx >= 0 ? args[idx] : undefined;
        const asIdx = args.findIndex((a, k) => k > idx && a.toLowerCase() === "as");
        const stage = asIdx >= 0 ? args[asIdx + 1] : undefined;
        if (!rawImage) {
            problem(result, { kind: "parse-error", path: ctx.path, line, message: "FROM without an image name" });
        }
        else {
            const image = expandVariables(rawImage, (n) => globalArgs.get(n));
            const ref = splitImage(image);
            const known = stages.has(image.toLowerCase()) || image.toLowerCase() === "scratch";
            if (!known && !image.includes("$") && ref.name !== "") {
                const normalizedName = ref.name.toLowerCase();
                declare(result, { path: ctx.path, line, name: ref.name, normalizedName, specifier: ref.tag !== "" ? ref.tag : ref.digest ? `@${ref.digest}` : "", source: "dockerfile:from", ecosystem: "docker" });
                for (const feature of featuresOfDockerImage(normalizedName))
                    result.usages.push({ feature, path: ctx.path, line, matched: ref.name, ...(ref.tag ? { detail: `${ref.name}:${ref.tag}` } : {}) });
            }
        }
        if (stage)
            stages.add(stage.toLowerCase());
    }
    for (const ins of df.getInstructions()) {
        if (ins.getKeyword() !== "RUN")
            continue;
        readRun(result, ctx, df, ins, lines, escapeChar);
    }
    return result;
}
function readRun(result, ctx, df, ins, lines, escapeChar) {
    const range = ins.getArgumentsRange();
    if (!range)
        return;
    const start = lines.startOf(range.start.line + 1) + range.start.character;
    const end = lines.startOf(range.end.line + 1) + range.end.character;
    const raw = lines.text.slice(start, end);
    let tokens;
    if (raw.trimStart().startsWith("[")) {
        try {
            const arr = JSON.parse(raw);
            if (!Array.isArray(arr) || !arr.every((x) => typeof x === "string"))
                return;
            // exec form: ["/bin/sh", "-c", "pip install ..."] runs a shell; otherwise the words are the command
            const shIdx = arr.findIndex((x, k) => k > 0 && x === "-c" && /(^|\/)(ba)?sh$/.test(arr[0]));
            tokens = shIdx > 0 ? shellTokens(String(arr[shIdx + 1] ?? ""), start, "\\").map((t) => ({ ...t, offset: start })) : arr.map((value) => ({ value, offset: start }));
        }
        catch {
            tokens = shellTokens(raw, start, escapeChar);
        }
    }
    else {
        tokens = shellTokens(raw, start, escapeChar);
    }
    let cmd = [];
    const commands = [];
    for (const t of tokens) {
        if (t.op) {
            if (cmd.length)
                commands.push(cmd);
            cmd = [];
        }
        else
            cmd.push(t);
    }
    if (cmd.length)
        commands.push(cmd);
    for (const words of commands) {
        const inst = installerOf(words);
        if (!inst)
            continue;
        const lineOf = (t) => lines.lineAt(t.offset);
        const resolve = (t) => (n) => {
            try {
                const v = df.resolveVariable(n, lineOf(t) - 1);
                return typeof v === "string" ? v : undefined;
            }
            catch {
                return undefined;
            }
        };
        const indexUrls = [];
        let channel;
        const packages = [];
        const valueOpts = inst.kind === "pip" ? PIP_VALUE_OPTS : CONDA_VALUE_OPTS;
        for (let k = 0; k < inst.args.length; k++) {
            const t = inst.args[k];
            const v = t.value;
            if (v.startsWith("-")) {
                const eq = v.indexOf("=");
                const opt = v.startsWith("--") && eq > 0 ? v.slice(0, eq) : v;
                let value = v.startsWith("--") && eq > 0 ? v.slice(eq + 1) : undefined;
                if (value === undefined && valueOpts.has(opt)) {
                    value = inst.args[k + 1]?.value;
                    k++;
                }
                if (value !== undefined)
                    value = expandVariables(value, resolve(t));
                if (inst.kind === "pip" && PIP_INDEX_OPTS.has(opt) && value)
                    indexUrls.push(value);
                if (inst.kind === "conda" && (opt === "-c" || opt === "--channel") && value && channel === undefined)
                    channel = value;
                if (inst.kind === "pip" && (opt === "-e" || opt === "--editable") && value)
                    packages.push({ value, offset: t.offset });
                continue;
            }
            packages.push(t);
        }
        for (const t of packages) {
            const value = expandVariables(t.value, resolve(t));
            if (value === "" || value.includes("$") || value.includes("`"))
                continue;
            const line = lineOf(t);
            if (inst.kind === "pip") {
                const target = parseRequirementTarget(value);
                if (target.kind !== "requirement")
                    continue;
                const r = target.req;
                declare(result, { path: ctx.path, line, name: r.name, specifier: r.specifier, extras: r.extras, marker: r.marker, url: r.url, source: "dockerfile:pip", ecosystem: "pypi", indexUrls: indexUrls.length && !r.url ? [...indexUrls] : undefined });
            }
            else {
                const spec = parseCondaSpec(value);
                if (!spec)
                    continue;
                declare(result, { path: ctx.path, line, name: spec.name, specifier: spec.specifier, source: "dockerfile:conda", ecosystem: "conda", channel: spec.channel ?? channel });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/scanning/manifests/package-json.ts


const SECTIONS = [
    ["dependencies", undefined],
    ["devDependencies", "dev"],
    ["optionalDependencies", "optional"],
    ["peerDependencies", "peer"],
];
function isMlPackage(name) {
    const n = name.toLowerCase();
    return n.startsWith("@tensorflow/") || n.startsWith("onnxruntime") || featuresOfDistribution(n).length > 0;
}
function package_json_escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function readPackageJson(text, ctx) {
    const result = emptyResult();
    const source = stripBom(text);
    let doc;
    try {
        doc = JSON.parse(source);
    }
    catch (e) {
        const pos = /position (\d+)/.exec(errorMessage(e));
        const line = pos ? new LineIndex(source).lineAt(Number(pos[1])) : undefined;
        problem(result, { kind: "parse-error", path: ctx.path, line, message: `invalid JSON: ${errorMessage(e)}` });
        return result;
    }
    if (!isTable(doc)) {
        problem(result, { kind: "parse-error", path: ctx.path, message: "package.json should be a JSON object" });
        return result;
    }
    const lines = new LineIndex(source);
    for (const [section, group] of SECTIONS) {
        const deps = doc[section];
        if (deps === undefined)
            continue;
        if (!isTable(deps)) {
            problem(result, { kind: "parse-error", path: ctx.path, message: `"${section}" should be an object of package names to versions` });
            continue;
        }
        const sectionMatch = new RegExp(`"${package_json_escapeRe(section)}"\\s*:\\s*\\{`).exec(source);
        const from = sectionMatch ? sectionMatch.index : 0;
        for (const [name, version] of Object.entries(deps)) {
            if (!isMlPackage(name))
                continue;
            const re = new RegExp(`"${package_json_escapeRe(name)}"\\s*:`, "g");
            re.lastIndex = from;
            const m = re.exec(source);
            const line = m ? lines.lineAt(m.index) : sectionMatch ? lines.lineAt(sectionMatch.index) : 1;
            const spec = typeof version === "string" ? version : "";
            const url = /^(https?:|git\+|git:|github:|file:)/.test(spec) ? spec : undefined;
            declare(result, { path: ctx.path, line, name, specifier: url ? "" : spec, url, source: `package-json:${section}`, group, ecosystem: "npm" });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/scanning/manifests/index.ts













/** Read one manifest. Never throws: anything unexpected becomes a `parse-error` problem for the path. */
function readManifest(kind, text, ctx) {
    try {
        switch (kind) {
            case "requirements":
                return readRequirements(text, ctx);
            case "pyproject":
                return readPyproject(text, ctx);
            case "setup-py":
                return readSetupPy(text, ctx);
            case "setup-cfg":
                return readSetupCfg(text, ctx);
            case "pipfile":
                return readPipfile(text, ctx);
            case "pipfile-lock":
                return readPipfileLock(text, ctx);
            case "conda":
                return readConda(text, ctx);
            case "dockerfile":
                return readDockerfile(text, ctx);
            case "package-json":
                return readPackageJson(text, ctx);
            case "poetry-lock":
                return readPoetryLock(text, ctx);
            case "uv-lock":
                return readUvLock(text, ctx);
            default:
                return emptyResult();
        }
    }
    catch (e) {
        const result = emptyResult();
        result.problems.push({ kind: "parse-error", path: ctx.path, message: `could not read ${kind} manifest: ${errorMessage(e)}` });
        return result;
    }
}

// EXTERNAL MODULE: ./src/scanning/python/scanner.ts
var scanner = __webpack_require__(3044);
// EXTERNAL MODULE: ./src/scanning/scan-code.ts + 1 modules
var scan_code = __webpack_require__(674);
;// CONCATENATED MODULE: ./src/scanning/scan-file.ts
/**
 * One file in, its facts out: the unit of work of the scan (pure given the file's bytes, so it can run in a
 * worker and be cached by content hash). Dispatches on the file kind found by discovery.
 */






/** Largest file an include (`-r other.txt`) may pull in. */
const MAX_INCLUDE_BYTES = 8 * 1024 * 1024;
/** Reads a repo-relative path for a manifest include, refusing anything outside the root. */
function makeRepoReader(realRoot) {
    return (rel) => {
        if (rel.includes("\0"))
            return undefined;
        const abs = (0,external_node_path_.join)(realRoot, rel);
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            const r = (0,external_node_path_.relative)(realRoot, real);
            if (r.startsWith("..") || r.startsWith(external_node_path_.sep) || /^[A-Za-z]:/.test(r))
                return undefined;
            const st = (0,external_node_fs_.statSync)(real);
            if (!st.isFile() || st.size > MAX_INCLUDE_BYTES)
                return undefined;
            const decoded = (0,decode/* decodeSource */.E)((0,external_node_fs_.readFileSync)(real));
            return decoded.ok ? decoded.text : undefined;
        }
        catch {
            return undefined;
        }
    };
}
/** Scans one discovered file. Never throws: a failure becomes a problem on the file. */
function scanFile(file, readRepoFile, opts = {}) {
    if ((0,scan_code/* isCodeKind */.CX)(file.kind))
        return (0,scan_code/* scanCodeFile */.je)(file, opts);
    const facts = (0,scan_code/* emptyFacts */.JI)(file);
    if (file.kind === "artifact")
        return facts;
    const text = (0,scan_code/* readSource */.o$)(file, facts, opts.hash === true);
    if (text === undefined)
        return facts;
    try {
        const r = readManifest(file.kind, text, { path: file.path, readFile: readRepoFile });
        facts.declared = r.declared;
        facts.locked = r.locked;
        facts.usages = r.usages;
        facts.problems = r.problems;
        // setup.py is Python too: its imports (e.g. `import torch` for a CUDA extension build) are real code.
        if (file.kind === "setup-py") {
            const py = (0,scanner/* scanPythonSource */.vS)(text, file.path);
            facts.imports = py.imports;
            facts.usages = [...facts.usages, ...py.usages];
        }
        (0,scan_code/* detachStrings */.OG)(facts);
    }
    catch (e) {
        (0,scan_code/* scanFailed */.J_)(facts, e);
    }
    return facts;
}


/***/ })

};

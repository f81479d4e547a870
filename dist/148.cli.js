export const id = 148;
export const ids = [148];
export const modules = {

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PRIME_MIN_BYTES: () => (/* reexport */ PRIME_MIN_BYTES),
  isCodeKind: () => (/* reexport */ isCodeKind),
  makeRepoReader: () => (/* reexport */ repo_reader/* makeRepoReader */.kf),
  primeCodeScanners: () => (/* reexport */ primeCodeScanners),
  scanCodeFile: () => (/* reexport */ scanCodeFile),
  scanFile: () => (/* binding */ scanFile)
});

// EXTERNAL MODULE: ./src/core/on-demand.ts
var on_demand = __webpack_require__(7004);
// EXTERNAL MODULE: ./src/knowledge/features.ts
var features = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/knowledge/packages.ts
var knowledge_packages = __webpack_require__(8439);
;// CONCATENATED MODULE: ./src/scanning/manifests/common.ts
/**
 * Helpers shared by the manifest readers: result accumulation, offset -> line mapping, PEP 508 parsing,
 * and the catalogued-feature lookup for declared distributions.
 */



/** Records the name of the distribution a manifest builds (pyproject `project.name`, setup.py `name=`, ...). */
function provide(result, name) {
    if (typeof name !== "string" || name.trim() === "")
        return;
    (result.provides ??= []).push(name.trim());
}
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
const CLAUSE = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*(\S+?)\s*$/;
/** A release with a trailing `.*` (`2.7.*`, `1!2.*`): the only versions a prefix match may name. */
const PREFIX_VERSION = /^(?:\d+!)?\d+(?:\.\d+)*\.\*$/;
/**
 * What PEP 440 forbids in a version specifier that the requirement grammar lets through, or undefined: a
 * `.*` prefix match after any operator but `==` and `!=` (`tensorflow>=2.7.*`, refused by pip since
 * packaging 22), a `.*` anywhere but at the end of a release, and `~=` with a single release segment (`~=2`).
 */
function specifierProblem(specifier) {
    if (specifier === "")
        return undefined;
    for (const clause of specifier.split(",")) {
        const m = CLAUSE.exec(clause);
        if (!m)
            continue; // the grammar already vouched for its shape
        const [, op, version] = m;
        if (op === "===")
            continue;
        if (version.includes("*")) {
            if (op !== "==" && op !== "!=")
                return `\`${op}${version}\`: a \`.*\` version is only allowed after \`==\` or \`!=\` (PEP 440)`;
            if (!PREFIX_VERSION.test(version))
                return `\`${op}${version}\`: \`.*\` may only end a release number (PEP 440)`;
        }
        if (op === "~=" && !/^(?:\d+!)?\d+\.\d+/.test(version))
            return `\`~=${version}\`: a compatible-release clause needs at least two release numbers, as in \`~=${version.replace(/\.\*$/, "")}.0\` (PEP 440)`;
    }
    return undefined;
}
/** The parse-error a requirement with a specifier pip refuses becomes (the requirement itself is still declared). */
function specifierErrorMessage(text, why) {
    return `pip refuses "${text.slice(0, 120)}", an invalid version specifier: ${why}. The audit read the requirement as written`;
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
        (0,on_demand/* pipRequirements */.mD)().parsePipRequirementsLine(`x; ${marker}`, { includeLocations: true });
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
    const parsed = parsePep508Shape(input);
    if ("error" in parsed)
        return parsed;
    const bad = specifierProblem(parsed.specifier);
    return bad ? { ...parsed, specifierError: bad } : parsed;
}
function parsePep508Shape(input) {
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
        // the grammar is loaded here, on first use (src/core/on-demand.ts)
        const parsed = (0,on_demand/* pipRequirements */.mD)().parsePipRequirementsLine(text, { includeLocations: true });
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
/**
 * A code host's archive of a repository (`https://github.com/NVIDIA/dllogger/archive/<ref>.zip`, `/tarball/`,
 * `/zipball/`, `codeload.github.com/o/r/zip/<ref>`, GitLab's `/-/archive/`): the repository's name, the same
 * guess a VCS URL without `#egg=` gets.
 */
const HOSTED_ARCHIVE = /^https?:\/\/(?:github\.com\/[^/]+\/([^/]+)\/(?:archive|tarball|zipball)\/|codeload\.github\.com\/[^/]+\/([^/]+)\/(?:zip|tar\.gz|legacy\.zip|legacy\.tar\.gz)\/|gitlab\.com\/(?:[^/]+\/)+?([^/]+)\/-\/archive\/)/i;
/** `pkg-1.2.0.tar.gz` / `pkg-1.2.0.zip` (an sdist's file name) -> `pkg`. */
const SDIST_FILE = /^([A-Za-z0-9][A-Za-z0-9._-]*?)-[0-9][A-Za-z0-9._+!-]*\.(?:tar\.gz|zip|tar\.bz2|tgz)$/i;
/**
 * An archive named for its package alone, without a version (kubeflow/examples: `.../0.1.22/kfp.tar.gz`); not
 * one named for a ref (`latest.zip`, `master.tar.gz`, `v1.2.zip`, a commit hash), which says nothing of it.
 */
const BARE_ARCHIVE = /^([A-Za-z][A-Za-z0-9._-]*)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/i;
const REF_NAME = /^(?:latest|master|main|head|trunk|stable|release|dev|develop|nightly|download|archive|source|src|v?\d[\w.]*|[0-9a-f]{7,40})$/i;
function nameFromArchiveFile(file) {
    const sdist = SDIST_FILE.exec(file)?.[1];
    if (sdist)
        return sdist;
    const bare = BARE_ARCHIVE.exec(file)?.[1];
    return bare && !REF_NAME.test(bare) ? bare : undefined;
}
/** Name of a VCS / archive URL: `#egg=name`, else the repository basename, else an sdist's or archive's file name. */
function nameFromVcsUrl(url) {
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
    if (egg)
        return egg[1];
    const hosted = HOSTED_ARCHIVE.exec(url);
    const repo = hosted?.[1] ?? hosted?.[2] ?? hosted?.[3];
    if (repo)
        return repo.replace(/\.git$/, "");
    if (/^https?:\/\//i.test(url))
        return nameFromArchiveFile(decodeURIComponentSafe(url.split(/[?#]/)[0]?.split("/").pop() ?? ""));
    if (!/^(git|hg|svn|bzr)\+/.test(url))
        return undefined;
    const base = repositoryFolder(url.replace(/@[^/@]*$/, ""));
    return base && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(base) ? base : undefined;
}
/** The last path segment of a repository URL without `.git` (the folder `git clone URL` makes), or "". */
function repositoryFolder(url) {
    return url.replace(/[#?].*$/, "").replace(/\/+$/, "").split("/").pop()?.replace(/\.git$/, "") ?? "";
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
        // A bare URL, optionally followed by `; marker`: pip splits a URL's marker off at "; " (a `;` alone may be
        // part of the URL); ` ;` is taken too (oobabooga/text-generation-webui: `...cu124-py3-none-win_amd64.whl;
        // platform_system == "Windows"`).
        let marker;
        const semi = text.search(/\s;|;\s/);
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
    // `.`, `..`, and with extras (`.[ci]`: jax-ml/jax's docs/requirements.txt installs the checkout with its ci extra)
    if (!isNamedUrl && (/^\.{1,2}\s*(?:\[[^\]]*\])?$/.test(text) || /^(\.{1,2}[\\/]|[\\/]|~|[A-Za-z]:[\\/])/.test(text) || (/[\\/]/.test(text) && !/\s@\s|@/.test(text)) || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(text))) {
        const wheel = nameFromWheelUrl(text);
        if (wheel)
            return { kind: "requirement", req: { name: wheel, specifier: "", extras: [], url: text } };
        return { kind: "local" };
    }
    // pip splits the marker off at `;` itself and takes an empty one as none (`h5py==3.13.0;`, tensorflow/text).
    text = text.replace(/\s*;\s*$/, "");
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
/** One problem per including file and submodule: microsoft/BitNet includes five files of llama.cpp's. */
function reportSubmoduleIncludes(walk) {
    for (const { fromPath, line, submodule, what, targets } of walk.inSubmodules?.values() ?? []) {
        const named = targets.length === 1 ? `${what} ${targets[0]} is` : `${targets.length} ${what}s it includes (${targets.join(", ")}) are`;
        problem(walk.result, { kind: "skipped", path: fromPath, line, message: `${named} in the git submodule ${submodule}, which is not checked out (actions/checkout: \`submodules: true\`), and not read` });
    }
}
/** Read a requirements file and everything it includes. */
function readRequirements(text, ctx) {
    const walk = { ctx, result: emptyResult(), chain: [], visited: new Set(), indexUrls: [], pypiDeps: [] };
    walkFile(walk, ctx.path, text, "requirements", undefined);
    attachIndexes(walk.pypiDeps, walk.indexUrls);
    reportSubmoduleIncludes(walk);
    return walk.result;
}
function attachIndexes(deps, indexUrls) {
    if (indexUrls.length === 0)
        return;
    for (const d of deps)
        if (!d.url)
            d.indexUrls = [...indexUrls];
}
/** The header pip-compile (pip-tools) and `uv pip compile` write at the top of their output. */
const COMPILED_HEADER = /^#.*\bautogenerated by (?:pip-compile|uv)\b/im;
/** A `# via` reason that makes an entry of a compiled file direct: an input requirements file, or a project's own metadata. */
const DIRECT_REASON = /^(?:-r\s|-r$|.*\((?:setup\.py|setup\.cfg|pyproject\.toml)\)$)/;
/**
 * The lines of a compiled requirements file (the output of pip-compile or `uv pip compile`) whose entries are
 * only there as dependencies of other entries: their `# via` annotations name packages, never an input file
 * (`# via -r requirements.in`) or a project (`# via mypkg (pyproject.toml)`). Such an entry is a resolved
 * version, not a declaration (tensorflow/text's `requirements_lock_3_12.txt` pins keras `# via tensorflow`).
 * Empty for any other file, and for entries without annotations (`--no-annotate`).
 */
function transitiveLines(text) {
    const out = new Set();
    if (!COMPILED_HEADER.test(text.slice(0, 2000)))
        return out;
    const lines = stripBom(text).split(/\r\n|\n|\r/);
    let entry = 0; // the line of the entry the annotations below belong to
    let reasons = [];
    let inVia = false;
    const close = () => {
        if (entry > 0 && reasons.length > 0 && !reasons.some((r) => DIRECT_REASON.test(r)))
            out.add(entry);
        entry = 0;
        reasons = [];
        inVia = false;
    };
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? "";
        const comment = /^\s+#\s?(.*)$/.exec(raw);
        if (comment) {
            const body = (comment[1] ?? "").trim();
            const via = /^via\b\s*(.*)$/.exec(body);
            if (via) {
                inVia = true;
                if (via[1])
                    reasons.push(via[1].trim());
            }
            else if (inVia && body !== "")
                reasons.push(body);
            continue;
        }
        // pip-tools before 5.5 wrote the reasons on the entry's own (last) line: `six==1.15.0  # via -r a.in, tensorflow`.
        const inline = /\s#\s*via\s+(.+)$/.exec(raw);
        if (/^\s/.test(raw) || raw === "") {
            if (inline && entry > 0)
                reasons.push(...inline[1].split(",").map((s) => s.trim()));
            continue; // `--hash` continuation lines, blank lines
        }
        if (/^[#-]/.test(raw)) {
            close(); // a top-level comment or an option ends the entry
            continue;
        }
        close();
        entry = i + 1;
        if (inline)
            reasons.push(...inline[1].split(",").map((s) => s.trim()));
    }
    close();
    return out;
}
function walkFile(walk, path, text, mode, includedFrom) {
    walk.visited.add(`${mode}:${path}`);
    walk.chain.push(path);
    try {
        const transitive = mode === "requirements" ? transitiveLines(text) : undefined;
        for (const { line, text: content } of logicalLines(text)) {
            handleLine(walk, path, line, content, transitive?.has(line) ? "constraints" : mode, includedFrom);
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
    if (target.req.specifierError)
        problem(result, { kind: "parse-error", path, line, message: specifierErrorMessage(reqText, target.req.specifierError) });
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
        if (walk.gitmodules === undefined) {
            try {
                walk.gitmodules = walk.ctx.readFile(".gitmodules") ?? null;
            }
            catch {
                walk.gitmodules = null;
            }
        }
        const submodule = walk.gitmodules === null ? undefined : submoduleHolding(walk.gitmodules, resolved);
        if (submodule !== undefined) {
            // actions/checkout leaves submodules out unless asked (`submodules: true`); pip would fail the same way
            const key = `${fromPath}\u0000${submodule}\u0000${what}`;
            walk.inSubmodules ??= new Map();
            const seen = walk.inSubmodules.get(key);
            if (seen)
                seen.targets.push(target);
            else
                walk.inSubmodules.set(key, { fromPath, line, submodule, what, targets: [target] });
            return;
        }
        problem(result, { kind: "parse-error", path: fromPath, line, message: `${what} ${target} (${resolved}) does not exist or cannot be read` });
        return;
    }
    walkFile(walk, resolved, text, mode, fromPath);
}
/** The path of the git submodule (listed in the root's .gitmodules text) that holds repo-relative `path`, if any. */
function submoduleHolding(modules, path) {
    for (const m of modules.matchAll(/^[ \t]*path[ \t]*=[ \t]*(.+?)[ \t]*$/gm)) {
        const sub = (m[1] ?? "").replace(/^\.\//, "").replace(/\/+$/, "");
        if (sub !== "" && path.startsWith(sub + "/"))
            return sub;
    }
    return undefined;
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
    reportSubmoduleIncludes(walk);
    for (let i = before; i < result.declared.length; i++) {
        const d = result.declared[i];
        if (d.path === ctx.path && d.line === line)
            d.source = source;
    }
    return walk.pypiDeps.find((d) => d.path === ctx.path && d.line === line);
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
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

;// CONCATENATED MODULE: ./src/scanning/manifests/pixi.ts



function readPixi(text, ctx) {
    const result = emptyResult();
    const doc = parseTomlText(text, ctx.path, result);
    if (!doc)
        return result;
    readPixiTables({ result, loc: new TomlLocator(stripBom(text)), path: ctx.path }, doc, "");
    return result;
}
/** Reads the pixi tables of `doc`, written under the dotted table `prefix` ("" in pixi.toml, "tool.pixi" in pyproject.toml). */
function readPixiTables(r, doc, prefix) {
    const at = (...parts) => [prefix, ...parts].filter((p) => p !== "").join(".");
    // one table's packages, and its platforms' (`target.<platform>`)
    const env = (table, path, group) => {
        const targets = isTable(table.target) ? Object.entries(table.target).map(([platform, def]) => [def, at(path, "target", platform)]) : [];
        for (const [def, where] of [[table, at(path)], ...targets]) {
            if (!isTable(def))
                continue;
            dependencyTable(r, where, "dependencies", def.dependencies, group, "conda");
            dependencyTable(r, where, "pypi-dependencies", def["pypi-dependencies"], group, "pypi");
        }
    };
    env(doc, "", undefined);
    if (isTable(doc.feature)) {
        for (const [name, def] of Object.entries(doc.feature))
            if (isTable(def))
                env(def, `feature.${name}`, name);
    }
}
function dependencyTable(r, parent, key, deps, group, ecosystem) {
    if (deps === undefined)
        return;
    if (!isTable(deps)) {
        wrongType(r, parent, key, "a table of packages");
        return;
    }
    const table = parent ? `${parent}.${key}` : key;
    for (const [name, value] of Object.entries(deps)) {
        const line = r.loc.keyLine(table, name);
        const base = { path: r.path, line, name, group, ecosystem, source: ecosystem === "conda" ? "pixi" : "pixi:pypi" };
        if (typeof value === "string") {
            declare(r.result, { ...base, specifier: specifierOf(value, ecosystem) });
            continue;
        }
        if (!isTable(value)) {
            problem(r.result, { kind: "parse-error", path: r.path, line, message: `${table}.${name} should be a version string or a table; it was ignored` });
            continue;
        }
        const version = typeof value.version === "string" ? specifierOf(value.version, ecosystem) : "";
        if (ecosystem === "conda") {
            declare(r.result, { ...base, specifier: version, channel: typeof value.channel === "string" ? value.channel : undefined });
            continue;
        }
        if (typeof value.path === "string" && /^\.?\/?$/.test(value.path.trim())) {
            provide(r.result, name); // the project itself, installed from its own folder
            continue;
        }
        const extras = Array.isArray(value.extras) ? value.extras.filter((e) => typeof e === "string") : [];
        const ref = [value.tag, value.branch, value.rev].find((x) => typeof x === "string");
        const url = typeof value.git === "string" ? `git+${value.git}${ref ? `@${ref}` : ""}` : typeof value.url === "string" ? value.url : typeof value.path === "string" ? value.path : undefined;
        declare(r.result, { ...base, specifier: version, extras, url, indexUrls: typeof value.index === "string" ? [value.index] : undefined });
    }
}
/**
 * The specifier as the other readers keep it: "" for any version (`*`); a conda version written bare (`2.1`,
 * `3.10.*`) gets conda's `=` (environment.yml's `pytorch=2.1`: the 2.1 series), anything else stays as written.
 */
function specifierOf(spec, ecosystem) {
    const s = spec.trim();
    if (s === "*" || s === "")
        return "";
    return ecosystem === "conda" && /^\d/.test(s) ? `=${s}` : s;
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
        return (0,dist/* parse */.qg)(stripBom(text));
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
        provide(result, project.name);
        // PEP 621 `dynamic`: the build backend computes these lists (from requirements files or code).
        const dynamic = project.dynamic;
        if (Array.isArray(dynamic) && dynamic.some((k) => k === "dependencies" || k === "optional-dependencies"))
            result.partial = true;
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
        provide(result, poetry.name);
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
    // pixi (src/scanning/manifests/pixi.ts)
    if (tool && isTable(tool.pixi))
        readPixiTables(r, tool.pixi, "tool.pixi");
    // uv
    const uv = tool && isTable(tool.uv) ? tool.uv : undefined;
    if (uv && uv["dev-dependencies"] !== undefined)
        pep508List(r, "tool.uv", "dev-dependencies", uv["dev-dependencies"], "pyproject:uv", "dev");
    if (uv)
        attachUvIndexes(r, uv);
    return result;
}
/** A problem for `table.key` having the wrong type, at the key's line (also used by the pixi reader). */
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
        if (parsed.specifierError)
            problem(r.result, { kind: "parse-error", path: r.path, line, message: specifierErrorMessage(item, parsed.specifierError) });
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
        if (entry.section === "metadata" && entry.key === "name")
            provide(result, stripComment(entry.values[0]?.text ?? ""));
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
            if (parsed.specifierError)
                problem(result, { kind: "parse-error", path: ctx.path, line: v.line, message: specifierErrorMessage(text, parsed.specifierError) });
            declare(result, { path: ctx.path, line: v.line, name: parsed.name, specifier: parsed.specifier, extras: parsed.extras, marker: parsed.marker, url: parsed.url, source: "setup-cfg", group, ecosystem: "pypi" });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/scanning/python/tokenizer.ts
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
/**
 * For Lexer.skipLine: the end of the f-string whose quote is at `qpos` when it is of the simple kind, else -1
 * (the caller then runs the lexer). Simple: one quote, on one line, no backslash, and replacement fields that
 * hold no quote and no `#` (`f"got {x!r:>{w}}"`, `f"{a[i](j)}"`, `{{` / `}}` escapes). Within that subset this
 * follows lexFString step for step: a field's expression counts (, [ and { as brackets, `}` closes a bracket
 * first and the field at bracket depth 0, `:` at depth 0 starts the format spec, in which `{` opens a nested
 * field and `}` ends the spec; a lone `}` in the literal part is skipped. tests/scanning/python/differential.test.ts
 * compares the two paths.
 */
const FS_EXPR = 1;
const FS_SPEC = 2;
const FS_KINDS = [];
const FS_DEPTHS = [];
function simpleFStringEnd(src, n, qpos) {
    const q = src.charCodeAt(qpos);
    if (qpos + 1 < n && src.charCodeAt(qpos + 1) === q)
        return -1; // empty or triple-quoted
    // Open fields, innermost last: kind (FS_EXPR / FS_SPEC) and, for an expression, its bracket depth (module
    // scratch arrays: this runs for every f-string of a skipped line, and never re-enters itself).
    const kinds = FS_KINDS;
    const depths = FS_DEPTHS;
    kinds.length = 0;
    depths.length = 0;
    for (let i = qpos + 1; i < n; i++) {
        const d = src.charCodeAt(i);
        if (d === C_BACKSLASH || d === C_LF || d === C_CR)
            return -1;
        const top = kinds.length - 1;
        if (top < 0 || kinds[top] === FS_SPEC) {
            // The literal part, or a format spec.
            if (d === C_SQUOTE || d === C_DQUOTE) {
                if (top < 0 && d === q)
                    return i + 1;
                if (top >= 0)
                    return -1;
            }
            else if (d === C_LBRACE) {
                if (top < 0 && i + 1 < n && src.charCodeAt(i + 1) === C_LBRACE)
                    i++;
                else {
                    kinds.push(FS_EXPR);
                    depths.push(0);
                }
            }
            else if (d === C_RBRACE) {
                if (top >= 0) {
                    kinds.pop();
                    depths.pop();
                }
                else if (i + 1 < n && src.charCodeAt(i + 1) === C_RBRACE)
                    i++;
            }
            continue;
        }
        // A field's expression.
        if (d === C_SQUOTE || d === C_DQUOTE || d === C_HASH)
            return -1;
        const depth = depths[top] ?? 0;
        if (d === C_LPAREN || d === C_LBRACKET || d === C_LBRACE)
            depths[top] = depth + 1;
        else if (d === C_RPAREN || d === C_RBRACKET) {
            if (depth > 0)
                depths[top] = depth - 1;
        }
        else if (d === C_RBRACE) {
            if (depth > 0)
                depths[top] = depth - 1;
            else {
                kinds.pop();
                depths.pop();
            }
        }
        else if (d === C_COLON && depth === 0)
            kinds[top] = FS_SPEC;
        else if (d === C_BANG && i + 1 < n && src.charCodeAt(i + 1) === C_EQ)
            i++;
    }
    return -1;
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
     * line, no backslash outside strings, strings only when `hints` finds no string hint inside any of them) in
     * which no identifier is a candidate. An identifier is a candidate when `keys[identKey(...)]` is set and
     * `candidates` confirms it: the key table is read inline, so the common identifier costs no call. `hints`
     * null means no string can matter. Lexer state (line, indentation stack and its errors) ends up exactly as if the
     * line's tokens had been read with `next()`. Returns false, changing nothing, when the line does not qualify.
     * Callers use it only where the line's tokens cannot matter to them (see PythonFileScanner.scan).
     *
     * Line ends: LF, and CRLF in a file without a lone CR (checked once per file); a file with a lone CR (old Mac
     * line ends) is never skipped, which costs speed only.
     */
    skipLine(keys, candidates, hints) {
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
                            const simple = simpleFStringEnd(src, n, e);
                            if (simple >= 0) {
                                if (hints !== null && hints.next(p) < simple)
                                    return false;
                                p = simple;
                                continue;
                            }
                            const fe = this.fstringEnd(p, e, flags & 7);
                            if (fe.end < 0 || (hints !== null && hints.next(p) < fe.end))
                                return false;
                            lines += fe.lines;
                            p = fe.end;
                            continue;
                        }
                    }
                    if (d >= 128 && e < n)
                        return false;
                    if (keys[((e - p) * 961 + c * 31 + src.charCodeAt(e - 1)) & 4095] === 1 && candidates.isCandidate(src, p, e))
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
                        if (hints !== null && hints.next(sStart) < i)
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
                    if (hints !== null && hints.next(sStart) < i + 1)
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
                    else if (d === C_LBRACE || d === C_RBRACE)
                        p++; // a backslash does not escape a brace: `\{{` is `\` + `{{`
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

// EXTERNAL MODULE: ./src/scanning/manifests/kind.ts
var kind = __webpack_require__(374);
;// CONCATENATED MODULE: ./src/scanning/manifests/setup-py.ts
/**
 * setup.py, read statically: it is tokenized (never executed) and only literal values are understood:
 * `setup(install_requires=[...], extras_require={...}, tests_require=[...])`, where a value may be a
 * module-level variable (`REQUIRED = [...]`, extended with `+=`, `.append()`, `.extend()`; a dict of extras
 * filled one group at a time, `extras["nlp"] = [...]`, whose entries other values may name) or a `+`
 * concatenation of those; a set literal of requirements reads as a list. A conditional expression
 * (`["tensorflow-gpu"] if gpu else ["tensorflow"]`) declares both branches, and a call of a function the file
 * defines stands for what its `return` statements give (stable-baselines' `find_tf_dependency()`). Hugging
 * Face's idiom of one `_deps` list of pins named as `deps["torch"]` or `deps_list("torch", "accelerate")`
 * reads as those pins (Parser.requirementNamed), and a call that names one requirements file of the repository
 * (`fetch_requirements("requirements/runtime.txt")`, `open(os.path.join(here, "requirements.txt")).readlines()`)
 * reads as that file's requirements (Parser.requirementsFileRead). Anything else computed at run time (other
 * file reads, comprehensions, other calls) is simply not declared, except a requirement
 * whose name is written and only its version computed (`"onnx>=" + onnx_version`, `f"torch=={TORCH_VERSION}"`,
 * `"tensorflow" + ">=%s" % v`): that declares the package, version unknown.
 */




/**
 * The distribution a requirement names when only its start is known: the name must be followed by what ends
 * a name (an extras bracket, a version operator, `@`, `;`), since `"tensorflow" + suffix` may be
 * `tensorflow-gpu`.
 */
function prefixName(start) {
    return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\]\s*)?(?:===|==|~=|!=|<=|>=|<|>|@|;)/.exec(start)?.[1];
}
/** A value as one requirement string: a literal, or a prefix whose package name is written; else undefined. */
function requirementItem(v) {
    if (v.t === "str")
        return v.s;
    if (v.t === "prefix" && prefixName(v.s.value))
        return { ...v.s, prefixOnly: true };
    return undefined;
}
/** The literal text of an f-string up to its first replacement field (`f"torch=={v}"` -> `torch==`). */
function fstringPrefix(token) {
    const m = /^([fFrR]{1,2})('''|"""|'|")/.exec(token);
    if (!m || !/[fF]/.test(m[1] ?? ""))
        return undefined;
    const body = token.slice(m[0].length);
    let out = "";
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === "{" || c === "}") {
            if (body[i + 1] === c) {
                out += c;
                i++;
                continue;
            }
            break;
        }
        if (c === "\\" || body.startsWith(m[2], i))
            break; // escapes are not worth decoding for a name
        out += c;
    }
    return out;
}
/** The literal text of a `%`-format string up to its first conversion (`">=%s,<%s" % v` -> `>=`). */
function percentPrefix(format) {
    let out = "";
    for (let i = 0; i < format.length; i++) {
        if (format[i] !== "%")
            out += format[i];
        else if (format[i + 1] === "%")
            out += format[++i];
        else
            break;
    }
    return out;
}
/** The literal text of a `str.format` template up to its first replacement field (`"torch=={}"` -> `torch==`). */
function formatPrefix(template) {
    let out = "";
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c !== "{" && c !== "}")
            out += c;
        else if (template[i + 1] === c)
            out += template[++i];
        else
            break;
    }
    return out;
}
/**
 * Either of two values (a conditional expression's branches, a function's return statements), as the list of
 * every requirement either may be: each is one way the file declares its dependencies.
 */
function either(a, b) {
    const acc = new Alternatives();
    acc.add(a);
    acc.add(b);
    return acc.value();
}
/** Requirements gathered from several values (either()'s branches, a function's return statements), in order. */
class Alternatives {
    items = [];
    partial = false;
    any = false;
    add(v) {
        this.any = true;
        const item = requirementItem(v);
        if (item)
            this.items.push(item);
        else if (v.t === "list") {
            for (const i of v.items)
                this.items.push(i);
            if (v.partial)
                this.partial = true;
        }
        else
            this.partial = true;
    }
    /** DYNAMIC when nothing was added or nothing readable was. */
    value() {
        if (!this.any || (this.items.length === 0 && this.partial))
            return DYNAMIC;
        return this.partial ? { t: "list", items: this.items, partial: true } : { t: "list", items: this.items };
    }
}
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
    returns;
    requirementsFile;
    i = 0;
    constructor(toks, vars, 
    /** What each function the file has defined so far returns (either() of its return statements). */
    returns = new Map(), 
    /** The requirements of a requirements file the setup.py names (a path as written in it), if it can be read. */
    requirementsFile = () => undefined) {
        this.toks = toks;
        this.vars = vars;
        this.returns = returns;
        this.requirementsFile = requirementsFile;
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
    /** At the `if` of a conditional expression: move past its `else` (true) or, without one, leave it (false). */
    skipToElse() {
        let depth = 0;
        for (let k = this.i + 1; k < this.toks.length; k++) {
            const t = this.toks[k];
            if (t.type === "eof" || (depth === 0 && t.type === "newline"))
                return false;
            if (t.type === "op" && "([{".includes(t.value))
                depth++;
            else if (t.type === "op" && ")]}".includes(t.value)) {
                if (--depth < 0)
                    return false;
            }
            else if (depth === 0 && t.type === "op" && (t.value === "," || t.value === ":"))
                return false;
            else if (depth === 0 && t.type === "name" && t.value === "else") {
                this.i = k + 1;
                return true;
            }
        }
        return false;
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
        // `a if condition else b`: either branch
        if (this.peek()?.type === "name" && this.peek()?.value === "if" && depth < MAX_DEPTH && this.skipToElse())
            v = either(v, this.expr(depth + 1));
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
        if (t.type === "string" || t.type === "fstring") {
            const parts = [];
            const line = t.line;
            let ok = true;
            let prefix = false;
            while (this.peek()?.type === "string" || this.peek()?.type === "fstring") {
                const tok = this.peek();
                this.i++;
                if (prefix || !ok)
                    continue;
                const s = tok.type === "string" ? stringLiteral(tok.value) : undefined;
                if (s !== undefined) {
                    parts.push(s);
                    continue;
                }
                const start = tok.type === "fstring" ? fstringPrefix(tok.value) : undefined;
                if (start === undefined)
                    ok = false;
                else {
                    parts.push(start);
                    prefix = true;
                }
            }
            if (!ok)
                return DYNAMIC;
            let value = parts.join("");
            // `"torch>=%s" % v` and `"torch>={}".format(v)`: the text up to the first field is written
            if (!prefix && this.isOp("%")) {
                this.i++;
                this.skipTerm();
                value = percentPrefix(value);
                prefix = true;
            }
            else if (!prefix && this.isOp(".") && this.peek(1)?.value === "format" && this.isOp("(", 2)) {
                this.i += 3;
                this.skipTo(")");
                if (this.isOp(")"))
                    this.i++;
                value = formatPrefix(value);
                prefix = true;
            }
            return { t: prefix ? "prefix" : "str", s: { value, line } };
        }
        if (t.type === "op" && (t.value === "[" || t.value === "("))
            return this.sequence(t.value === "[" ? "]" : ")", depth);
        if (t.type === "op" && t.value === "{") {
            // `{"a", "b"}` is a set of requirements (read as a list), `{"k": v}` a dict.
            if (!this.isOp("}", 1) && this.isSetLiteral())
                return this.sequence("}", depth);
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
            // a call that reads a requirements file the file names: `fetch_requirements("requirements/base.txt")`,
            // `open(os.path.join(here, "requirements.txt")).readlines()`, `Path("requirements.txt").read_text().split()`
            if (this.isOp("(", 1) || this.isOp(".", 1)) {
                const read = this.requirementsFileRead(t.line);
                if (read)
                    return read;
            }
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
            // a call of a function defined above: what it returns (its arguments are not looked at), unless that is
            // computed and every argument names a requirement of the file: `deps_list("torch", "accelerate")`
            const returned = this.isOp("(", 1) ? this.returns.get(t.value) : undefined;
            if (returned) {
                const named = returned.t === "dynamic" || (returned.t === "list" && returned.partial) ? this.requirementsNamedByArgs(1) : undefined;
                return this.callStandsFor(2, named ? { t: "list", items: named } : returned);
            }
            // a plain variable (not an attribute access or a call)
            if (!this.isOp(".", 1) && !this.isOp("(", 1) && !this.isOp("[", 1)) {
                this.i++;
                return this.vars.get(t.value) ?? DYNAMIC;
            }
            // an entry of a dict variable: `extras["test"]`
            const key = this.subscriptKey(1);
            if (key !== undefined && !this.isOp(".", 4) && !this.isOp("(", 4) && !this.isOp("[", 4)) {
                this.i += 4;
                const dict = this.vars.get(t.value);
                const named = dict?.t === "dict" && dict.entries.has(key) ? undefined : this.requirementNamed(key);
                return (dict?.t === "dict" ? dict.entries.get(key) : undefined) ?? (named ? { t: "str", s: named } : DYNAMIC);
            }
            const passed = this.listPassedToCall();
            if (passed)
                return passed;
        }
        this.skipTerm();
        return DYNAMIC;
    }
    /**
     * At a name that starts a call or attribute chain: when the chain holds exactly one string naming a
     * requirements file that can be read (microsoft/DeepSpeed's `fetch_requirements('requirements/requirements.txt')`,
     * coqui-ai/TTS's `open(os.path.join(cwd, "requirements.txt"), "r").readlines()`), moves past the chain and gives
     * that file's requirements, written at the line of the call. Such helpers strip comments and options and keep
     * the requirements; what the file declares is read exactly as pip would read it.
     */
    requirementsFileRead(line) {
        const start = this.i;
        this.skipTerm();
        const end = this.i;
        this.i = start;
        let found;
        for (let k = start; k < end; k++) {
            const tok = this.toks[k];
            if (tok.type !== "string")
                continue;
            const written = stringLiteral(tok.value);
            if (written === undefined || !/\.(txt|in|pip)$/.test(written))
                continue;
            const reqs = this.requirementsFile(written);
            if (reqs === undefined)
                continue;
            if (found)
                return undefined; // two files: which one is read is not known
            found = reqs;
        }
        if (!found)
            return undefined;
        this.i = end;
        return { t: "list", items: found.map((value) => ({ value, line })) };
    }
    /**
     * The requirement string of a list variable of the file whose name, as written, is `key`: Hugging Face's
     * setup.py idiom (transformers, diffusers, open-r1, alignment-handbook) keeps every pin in one `_deps` list,
     * builds `deps = {name: requirement}` from it with a comprehension, and names entries as `deps["torch"]` or
     * `deps_list("torch", "accelerate")`. The name is read as that comprehension's regex reads it: up to the
     * first of `[`, `]`, space or a version operator character.
     */
    requirementNamed(key) {
        for (const v of this.vars.values()) {
            if (v.t !== "list")
                continue;
            for (const item of v.items)
                if (!item.prefixOnly && /^[^!=<>~ [\]]+/.exec(item.value)?.[0] === key)
                    return item;
        }
        return undefined;
    }
    /** At a call whose `(` is `k` tokens ahead: the requirements its arguments name when all are such strings. */
    requirementsNamedByArgs(k) {
        const items = [];
        let j = k + 1;
        for (;;) {
            const arg = this.peek(j);
            if (arg?.type !== "string")
                return undefined;
            const key = stringLiteral(arg.value);
            const item = key === undefined ? undefined : this.requirementNamed(key);
            if (!item)
                return undefined;
            items.push(item);
            if (this.isOp(")", j + 1))
                return items;
            if (!this.isOp(",", j + 1))
                return undefined;
            j += 2;
            if (this.isOp(")", j))
                return items;
        }
    }
    /**
     * At a call of a function the file does not define whose first argument is a list variable
     * (`install_requires = ag.get_dependency_version_ranges(install_requires)`, autogluon): that list's items,
     * computed (partial). Such a function adds version ranges or markers to the requirements it is given far
     * more often than it drops one, and reading nothing would report every one of them as undeclared.
     */
    listPassedToCall() {
        let k = 0;
        while (this.isOp(".", k + 1) && this.peek(k + 2)?.type === "name")
            k += 2;
        const arg = this.peek(k + 2);
        if (!this.isOp("(", k + 1) || arg?.type !== "name" || !(this.isOp(",", k + 3) || this.isOp(")", k + 3)))
            return undefined;
        const list = this.vars.get(arg.value);
        if (list?.t !== "list")
            return undefined;
        return this.callStandsFor(k + 2, { t: "list", items: list.items, partial: true });
    }
    /**
     * Moves past a call whose arguments start `argsAt` tokens ahead and returns `value` for it, or DYNAMIC when an
     * attribute, call or subscript follows the call (`f(x).copy()`: what that gives is not known).
     */
    callStandsFor(argsAt, value) {
        this.i += argsAt;
        this.skipTo(")");
        if (this.isOp(")"))
            this.i++;
        if (!this.isOp(".") && !this.isOp("(") && !this.isOp("["))
            return value;
        this.skipTerm();
        return DYNAMIC;
    }
    /** The items of a list, tuple or set literal whose opening bracket is the current token, up to `close`. */
    sequence(close, depth) {
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
            const item = requirementItem(v);
            if (item)
                items.push(item);
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
        return dynamic ? (items.length > 0 ? { t: "list", items, partial: true } : DYNAMIC) : { t: "list", items };
    }
    /** The key of a `[ "string" ]` subscript starting `k` tokens ahead, if it is one. */
    subscriptKey(k) {
        const key = this.peek(k + 1);
        if (!this.isOp("[", k) || key?.type !== "string" || !this.isOp("]", k + 2))
            return undefined;
        return stringLiteral(key.value);
    }
    /** At `{`: whether the braces hold a set (`{"a", "b"}`, `{x for ...}`), not a dict (a `:` at depth 1). */
    isSetLiteral() {
        let depth = 0;
        for (let k = this.i; k < this.toks.length; k++) {
            const t = this.toks[k];
            if (t.type === "eof")
                return false;
            if (t.type !== "op")
                continue;
            if ("([{".includes(t.value))
                depth++;
            else if (")]}".includes(t.value)) {
                depth--;
                if (depth === 0)
                    return true;
            }
            else if (depth === 1 && t.value === ":")
                return false;
        }
        return false;
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
            else if (this.isOp("**")) {
                // `setup(**setup_args)` with `setup_args = {"install_requires": [...], ...}` (tensorflow/model-analysis)
                this.i++;
                const spread = this.expr(depth);
                if (spread.t === "dict")
                    out.push(...spread.entries);
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
        return a.partial || b.partial ? { t: "list", items: [...a.items, ...b.items], partial: true } : { t: "list", items: [...a.items, ...b.items] };
    if (a.t === "str" && b.t === "str")
        return { t: "str", s: { value: a.s.value + b.s.value, line: a.s.line } };
    // a written start and a computed rest: `"onnx>=" + onnx_version`
    if (a.t === "str" && (b.t === "prefix" || b.t === "dynamic"))
        return { t: "prefix", s: { value: a.s.value + (b.t === "prefix" ? b.s.value : ""), line: a.s.line } };
    if (a.t === "prefix" && b.t !== "list" && b.t !== "dict")
        return a;
    // keep what is known, and that something is not
    if (a.t === "list" && b.t === "dynamic")
        return { ...a, partial: true };
    if (a.t === "dynamic" && b.t === "list")
        return { ...b, partial: true };
    return DYNAMIC;
}
/** Whether a requirement list (or a dict of them, for extras_require) was only partly read. */
function isPartial(v) {
    if (v.t === "dynamic")
        return true;
    if (v.t === "prefix")
        return prefixName(v.s.value) === undefined;
    if (v.t === "list")
        return v.partial === true;
    if (v.t === "dict")
        return [...v.entries.values()].some(isPartial);
    return false;
}
function requirementStrings(v) {
    if (v.t === "list")
        return v.items;
    if (v.t === "prefix")
        return [requirementItem(v)].filter((s) => s !== undefined);
    if (v.t === "str") {
        // a single string may hold several newline-separated requirements
        return v.s.value.split(/\r?\n/).map((value, k) => ({ value, line: v.s.line + k }));
    }
    return [];
}
function readSetupPy(text, ctx) {
    const result = emptyResult();
    const { tokens, errors } = tokenizeWithErrors(text);
    const firstError = errors[0];
    if (firstError)
        problem(result, { kind: "parse-error", path: ctx.path, line: firstError.line, message: `setup.py is not valid Python here (${firstError.message}); only the readable parts were used` });
    const toks = tokens.filter((t) => t.type !== "comment" && t.type !== "nl");
    const vars = new Map();
    const returns = new Map();
    const p = new Parser(toks, vars, returns, (written) => requirementsOfFile(ctx, written));
    // The function being read (one not nested in another): its return statements are what a call of it gives.
    let fn;
    let indent = 0;
    while (p.pos < toks.length) {
        const t = p.peek();
        if (t.type === "eof")
            break;
        if (t.type === "indent")
            indent++;
        else if (t.type === "dedent")
            indent--;
        const prev = toks[p.pos - 1];
        const atStatement = !prev || prev.type === "newline" || prev.type === "indent" || prev.type === "dedent";
        const next = toks[p.pos + 1];
        if (fn && atStatement && t.type !== "indent" && t.type !== "dedent" && indent <= fn.indent && t.line !== fn.line) {
            returns.set(fn.name, fn.returned.value());
            fn = undefined;
        }
        // a function defined inside the one being read returns for itself, not for it
        if (fn?.nested && atStatement && t.type !== "indent" && t.type !== "dedent" && indent <= fn.nested.indent && t.line !== fn.nested.line)
            fn.nested = undefined;
        if (atStatement && t.type === "name" && t.value === "def" && next?.type === "name") {
            if (!fn) {
                fn = { name: next.value, indent, line: t.line, returned: new Alternatives() };
                returns.delete(next.value); // redefined: the new body decides
            }
            else if (!fn.nested)
                fn.nested = { indent, line: t.line };
            p.pos += 2;
            continue;
        }
        if (fn && !fn.nested && t.type === "name" && t.value === "return") {
            p.pos++;
            const end = p.peek();
            // a bare `return` gives None, which declares nothing
            if (end && end.type !== "newline" && end.type !== "eof") {
                fn.returned.add(p.expr());
            }
            continue;
        }
        if (atStatement && t.type === "name" && next?.type === "op" && (next.value === "=" || next.value === "+=")) {
            p.pos += 2;
            const v = p.expr();
            if (next.value === "=")
                vars.set(t.value, v);
            else
                vars.set(t.value, concat(vars.get(t.value) ?? DYNAMIC, v));
            continue;
        }
        // NAME["group"] = [...] / += [...]: an entry of a dict of extras built one group at a time
        const key = atStatement && t.type === "name" ? p.subscriptKey(1) : undefined;
        const op = key !== undefined ? toks[p.pos + 4] : undefined;
        if (key !== undefined && op?.type === "op" && (op.value === "=" || op.value === "+=")) {
            p.pos += 5;
            const v = p.expr();
            const cur = vars.get(t.value);
            if (cur?.t === "dict") {
                const entries = new Map(cur.entries);
                entries.set(key, op.value === "=" ? v : concat(entries.get(key) ?? DYNAMIC, v));
                vars.set(t.value, { t: "dict", entries });
            }
            continue;
        }
        // NAME.append("x") / NAME.extend([...])
        if (atStatement && t.type === "name" && next?.type === "op" && next.value === "." && (toks[p.pos + 2]?.value === "append" || toks[p.pos + 2]?.value === "extend") && toks[p.pos + 3]?.value === "(") {
            const method = toks[p.pos + 2]?.value;
            p.pos += 4;
            const v = p.expr();
            const cur = vars.get(t.value);
            if (cur?.t === "list") {
                const item = method === "append" ? requirementItem(v) : undefined;
                // a list that was partial stays so after an append; appending a computed item makes it partial
                if (item)
                    vars.set(t.value, { ...cur, items: [...cur.items, item] });
                else if (method === "append")
                    vars.set(t.value, { ...cur, partial: true });
                else
                    vars.set(t.value, concat(cur, v));
            }
            continue;
        }
        // setup(...) / setuptools.setup(...)
        if (t.type === "name" && t.value === "setup" && next?.type === "op" && next.value === "(" && toks[p.pos - 1]?.value !== "def") {
            p.pos += 2;
            for (const [key, value] of p.keywordArgs(0)) {
                if (key === "name" && value.t === "str")
                    provide(result, value.s.value);
                if ((key === "install_requires" || key === "tests_require" || key === "extras_require") && isPartial(value))
                    result.partial = true;
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
/**
 * The requirements of a requirements file a setup.py names, as strings, or undefined when the path does not name
 * a requirements file of the repository or it cannot be read. The path is taken relative to the setup.py (the
 * folder the helpers join it to: `os.path.dirname(__file__)`, the working directory of `pip install .`).
 */
function requirementsOfFile(ctx, written) {
    const path = resolveRelative(ctx.path, written);
    if (path === undefined || (0,kind/* manifestKind */.Q)(path) !== "requirements")
        return undefined;
    let text;
    try {
        text = ctx.readFile(path);
    }
    catch {
        return undefined;
    }
    if (text === undefined)
        return undefined;
    const read = readRequirements(text, { path, readFile: ctx.readFile });
    return read.declared.filter((d) => d.ecosystem === "pypi").map((d) => {
        const extras = d.extras && d.extras.length > 0 ? `[${d.extras.join(",")}]` : "";
        const marker = d.marker ? `; ${d.marker}` : "";
        return d.url ? `${d.name}${extras} @ ${d.url}${marker}` : `${d.name}${extras}${d.specifier}${marker}`;
    });
}
function declareAll(result, ctx, reqs, group) {
    for (const r of reqs) {
        if (r.prefixOnly) {
            // The package is known, its version is computed when setup.py runs.
            const name = prefixName(r.value);
            if (name)
                declare(result, { path: ctx.path, line: r.line, name, specifier: "", source: "setup-py", group, ecosystem: "pypi" });
            continue;
        }
        const text = r.value.replace(/(^|\s)#.*$/, "").trim();
        if (text === "")
            continue;
        const parsed = parsePep508(text);
        if ("error" in parsed) {
            problem(result, { kind: "parse-error", path: ctx.path, line: r.line, message: `cannot read requirement "${text.slice(0, 120)}": ${parsed.error}` });
            continue;
        }
        if (parsed.specifierError)
            problem(result, { kind: "parse-error", path: ctx.path, line: r.line, message: specifierErrorMessage(text, parsed.specifierError) });
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

;// CONCATENATED MODULE: ./src/scanning/manifests/conda.ts



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
/**
 * A YAML manifest's document (aliases kept as aliases), its line index, and whether it parsed cleanly; the
 * first syntax error becomes a problem with its line. Undefined when the text is not YAML at all.
 */
function parseYamlManifest(text, path, result) {
    const source = stripBom(text);
    const lines = new LineIndex(source);
    let doc;
    try {
        doc = (0,on_demand/* yaml */.oQ)().parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: false });
    }
    catch (e) {
        problem(result, { kind: "parse-error", path, message: `invalid YAML: ${errorMessage(e)}` });
        return undefined;
    }
    const firstError = doc.errors[0];
    if (firstError) {
        problem(result, { kind: "parse-error", path, line: firstError.linePos?.[0]?.line ?? lines.lineAt(firstError.pos[0]), message: `invalid YAML: ${errorMessage(firstError)}` });
    }
    return { root: doc.contents, lines, clean: firstError === undefined };
}
function isListOfMappings(node) {
    return (0,on_demand/* yaml */.oQ)().isSeq(node) && node.items.length > 0 && node.items.every((item) => (0,on_demand/* yaml */.oQ)().isMap(item));
}
function readConda(text, ctx) {
    const result = emptyResult();
    const parsed = parseYamlManifest(text, ctx.path, result);
    if (!parsed)
        return result;
    const { root, lines } = parsed;
    if (!(0,on_demand/* yaml */.oQ)().isMap(root)) {
        // A list of mappings is some other tool's YAML under a conda-like name (determined-ai's schema test cases
        // in `environment.yaml`): not a conda environment, so nothing to report. A list of package specs is one
        // that lost its `dependencies:` key, and a scalar is not an environment at all.
        if (root !== null && parsed.clean && !isListOfMappings(root))
            problem(result, { kind: "parse-error", path: ctx.path, message: "a conda environment file should be a mapping with a `dependencies` list" });
        return result;
    }
    const deps = root.get("dependencies", true);
    if (deps === undefined || deps === null || ((0,on_demand/* yaml */.oQ)().isScalar(deps) && deps.value === null))
        return result;
    const lineOf = (n) => lines.lineAt(n.range?.[0] ?? 0);
    /** Aliases are never resolved (an alias bomb would cost exponential time and memory): say what was left out. */
    const aliasNotExpanded = (node, where) => {
        const name = (0,on_demand/* yaml */.oQ)().isAlias(node) ? String(node.source).slice(0, 60) : "";
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(node), message: `YAML alias not expanded: *${name} in ${where} was ignored (write the packages out in the list)` });
    };
    if ((0,on_demand/* yaml */.oQ)().isAlias(deps)) {
        aliasNotExpanded(deps, "`dependencies`");
        return result;
    }
    if (!(0,on_demand/* yaml */.oQ)().isSeq(deps)) {
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(deps), message: "`dependencies` should be a list" });
        return result;
    }
    for (const item of deps.items) {
        if ((0,on_demand/* yaml */.oQ)().isAlias(item)) {
            aliasNotExpanded(item, "`dependencies`");
            continue;
        }
        if ((0,on_demand/* yaml */.oQ)().isScalar(item)) {
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
        else if ((0,on_demand/* yaml */.oQ)().isMap(item)) {
            const pip = item.get("pip", true);
            if (pip === undefined)
                continue;
            if ((0,on_demand/* yaml */.oQ)().isAlias(pip)) {
                aliasNotExpanded(pip, "the `pip:` entry");
                continue;
            }
            if (!(0,on_demand/* yaml */.oQ)().isSeq(pip)) {
                problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: "the `pip:` entry should be a list" });
                continue;
            }
            const indexUrls = [];
            const pipDeps = [];
            const before = result.declared.length;
            for (const p of pip.items) {
                if ((0,on_demand/* yaml */.oQ)().isAlias(p)) {
                    aliasNotExpanded(p, "the `pip:` list");
                    continue;
                }
                if (!(0,on_demand/* yaml */.oQ)().isScalar(p) || typeof p.value !== "string") {
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

;// CONCATENATED MODULE: ./src/scanning/manifests/dockerfile.ts




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
/** A variable reference: `${VAR}` or `${VAR:-default}` / `${VAR-default}` (name, default), or `$VAR` (name). */
const VARIABLE_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
/** Expand `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}` with a resolver; unknown variables stay as written. */
function expandVariables(input, resolve) {
    return input.replace(VARIABLE_REF, (whole, braced, def, bare) => {
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
/** `git clone` options followed by a value (the rest are flags). */
const GIT_CLONE_VALUE_OPTS = new Set(["-b", "--branch", "--depth", "-c", "--config", "-j", "--jobs", "-o", "--origin", "--reference", "--separate-git-dir", "--shallow-since", "--shallow-exclude", "-u", "--upload-pack", "--template", "--filter"]);
/**
 * The repositories a RUN instruction clones, and the folder its commands run in: `git clone URL [DIR] && cd DIR
 * && pip install -e .` installs the project of URL (mlcommons/training clones a fork of transformers that way), as
 * `pip install git+URL` would. The folder is followed through `cd` within the instruction only.
 */
class ClonedRepos {
    dirs = new Map();
    cwd;
    /** Takes note of a `git clone` or `cd` command; returns whether it was one. */
    follow(words) {
        const w = words.map((t) => t.value);
        if (w[0] === "cd") {
            const dir = (w[1] ?? "").replace(/\/+$/, "");
            const last = dir.slice(dir.lastIndexOf("/") + 1);
            this.cwd = this.dirs.has(dir) ? dir : this.dirs.has(last) ? last : undefined;
            return true;
        }
        if (w[0] !== "git" || w[1] !== "clone")
            return false;
        const positional = [];
        for (let k = 2; k < w.length; k++) {
            const v = w[k];
            if (v.startsWith("-")) {
                if (!v.includes("=") && GIT_CLONE_VALUE_OPTS.has(v))
                    k++;
            }
            else
                positional.push(v);
        }
        const url = positional[0];
        if (!url || url.includes("$"))
            return true;
        const dir = (positional[1] ?? repositoryFolder(url)).replace(/\/+$/, "");
        if (dir)
            this.dirs.set(dir, url);
        return true;
    }
    /** `git+URL` when `value` (a pip install target) is a clone this instruction made: `.` inside it, or its folder. */
    urlOf(value) {
        const v = value.replace(/\/+$/, "").replace(/^\.\//, "");
        const dir = v === "." ? this.cwd : this.dirs.has(v) ? v : undefined;
        const url = dir === undefined ? undefined : this.dirs.get(dir);
        if (!url)
            return undefined;
        return /^(git|hg|svn|bzr)\+/.test(url) ? url : `git+${url}`;
    }
}
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
        df = (0,on_demand/* dockerfileAst */.pA)().DockerfileParser.parse(text);
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
    // Every name an ARG instruction declares: a value taken from one is a default a build may override.
    const argNames = new Set();
    for (const arg of df.getARGs()) {
        const name = arg.getProperty()?.getName();
        if (name)
            argNames.add(name);
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
                declare(result, { path: ctx.path, line, name: ref.name, normalizedName, specifier: ref.tag !== "" ? ref.tag : ref.digest ? `@${ref.digest}` : "", source: "dockerfile:from", ecosystem: "docker", buildArg: buildArgOf(rawImage, argNames) });
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
        readRun(result, ctx, df, ins, lines, escapeChar, argNames);
    }
    return result;
}
/** The first build argument (a name some ARG declares) that `raw` refers to, if any. */
function buildArgOf(raw, argNames) {
    for (const m of raw.matchAll(VARIABLE_REF)) {
        const name = (m[1] ?? m[3]);
        if (argNames.has(name))
            return name;
    }
    return undefined;
}
const DOCKERFILE_SOURCES = { pip: "dockerfile:pip", conda: "dockerfile:conda" };
/**
 * Declares what the pip / uv pip / conda install commands of a shell command line install (`tokens`, from
 * shellTokens): package names with their specifiers, index URLs and channels in force; a clone the same line
 * made is installed as its URL. Shared by a Dockerfile's RUN and cog.yaml's `build.run`.
 */
function declareInstalls(result, ctx, tokens, how) {
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
    const clones = new ClonedRepos();
    for (const words of commands) {
        if (clones.follow(words))
            continue;
        const inst = installerOf(words);
        if (!inst)
            continue;
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
                    value = expandVariables(value, how.resolve(t));
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
            const value = expandVariables(t.value, how.resolve(t));
            if (value === "" || value.includes("$") || value.includes("`"))
                continue;
            const line = how.lineOf(t);
            if (inst.kind === "pip") {
                const target = parseRequirementTarget(clones.urlOf(value) ?? value);
                if (target.kind !== "requirement")
                    continue;
                const r = target.req;
                declare(result, { path: ctx.path, line, name: r.name, specifier: r.specifier, extras: r.extras, marker: r.marker, url: r.url, source: how.sources.pip, ecosystem: "pypi", indexUrls: indexUrls.length && !r.url ? [...indexUrls] : undefined, buildArg: how.argNames ? buildArgOf(t.value, how.argNames) : undefined });
            }
            else {
                const spec = parseCondaSpec(value);
                if (!spec)
                    continue;
                declare(result, { path: ctx.path, line, name: spec.name, specifier: spec.specifier, source: how.sources.conda, ecosystem: "conda", channel: spec.channel ?? channel, buildArg: how.argNames ? buildArgOf(t.value, how.argNames) : undefined });
            }
        }
    }
}
function readRun(result, ctx, df, ins, lines, escapeChar, argNames) {
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
    declareInstalls(result, ctx, tokens, { lineOf, resolve, sources: DOCKERFILE_SOURCES, argNames });
}

;// CONCATENATED MODULE: ./src/scanning/manifests/cog.ts





const COG_RUN_SOURCES = { pip: "cog:pip", conda: "cog:conda" };
function readCog(text, ctx) {
    const result = emptyResult();
    const parsed = parseYamlManifest(text, ctx.path, result);
    if (!parsed)
        return result;
    const { root, lines } = parsed;
    const build = (0,on_demand/* yaml */.oQ)().isMap(root) ? root.get("build", true) : undefined;
    if (!(0,on_demand/* yaml */.oQ)().isMap(build))
        return result;
    const lineOf = (n) => lines.lineAt(n.range?.[0] ?? 0);
    const indexUrls = [];
    const before = result.declared.length;
    const packages = build.get("python_packages", true);
    if ((0,on_demand/* yaml */.oQ)().isSeq(packages)) {
        for (const item of packages.items) {
            if ((0,on_demand/* yaml */.oQ)().isScalar(item) && typeof item.value === "string")
                readRequirementLine(result, ctx, lineOf(item), item.value, "cog", indexUrls);
            else
                problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: "a `build.python_packages` item should be a requirement string; it was ignored" });
        }
    }
    else if (packages !== undefined && !((0,on_demand/* yaml */.oQ)().isScalar(packages) && packages.value === null)) {
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(packages), message: "`build.python_packages` should be a list of requirement strings; it was ignored" });
    }
    const requirements = build.get("python_requirements", true);
    if ((0,on_demand/* yaml */.oQ)().isScalar(requirements) && typeof requirements.value === "string" && requirements.value.trim() !== "") {
        readRequirementLine(result, ctx, lineOf(requirements), `-r ${requirements.value.trim()}`, "cog", indexUrls);
    }
    attachIndexes(result.declared.slice(before), indexUrls);
    // build.run: a command string, or `{command, mounts}`; everything it installs is placed at its item's line
    const run = build.get("run", true);
    if ((0,on_demand/* yaml */.oQ)().isSeq(run)) {
        for (const item of run.items) {
            const command = (0,on_demand/* yaml */.oQ)().isScalar(item) ? item.value : (0,on_demand/* yaml */.oQ)().isMap(item) ? item.get("command") : undefined;
            if (typeof command !== "string")
                continue;
            const line = lineOf(item);
            declareInstalls(result, ctx, shellTokens(command, 0, "\\"), { lineOf: () => line, resolve: () => () => undefined, sources: COG_RUN_SOURCES });
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
            case "pixi":
                return readPixi(text, ctx);
            case "cog":
                return readCog(text, ctx);
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

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/knowledge/versions.ts
var versions = __webpack_require__(7867);
// EXTERNAL MODULE: ./src/knowledge/providers.ts
var providers = __webpack_require__(7218);
// EXTERNAL MODULE: ./src/knowledge/signals.ts
var signals = __webpack_require__(2105);
// EXTERNAL MODULE: ./src/knowledge/deprecations.ts
var deprecations = __webpack_require__(7645);
;// CONCATENATED MODULE: ./src/scanning/python/match.ts
/**
 * Turns what the Python scanner saw (resolved dotted references, imports, keyword arguments, method calls,
 * executed string literals) into FeatureUsage[] using the catalog in src/knowledge/features.ts.
 *
 * All indexes are built once at module load from the data; matching a name costs one Map lookup per dotted
 * prefix of the name.
 */







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
for (const f of features/* FEATURES */.G) {
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
/**
 * Modules the other knowledge tables name: the libraries that use a declared framework for the code
 * (providers.ts: autogluon uses torch), the imports that are evidence of a requirement (signals.ts: kserve,
 * torch_xla, mlflow, google.cloud) and the deprecated packages (deprecations.ts: tensorflow_addons). Until they
 * were listed here the scanner never reported these imports, and those table rows could not match.
 */
const TABLE_IMPORTS = [
    ...Object.values(providers/* USED_BY_IMPORT */.ai).flat(),
    ...signals/* REQUIREMENT_SIGNALS */.y.flatMap((s) => s.imports ?? []),
    ...deprecations/* DEPRECATED_PACKAGES */.g.flatMap((p) => p.imports ?? []),
];
/** Top-level names of a table's modules: a dotted module under a common top (`google.cloud`) is kept whole instead. */
const SHARED_TOPS = new Set(["google"]);
/**
 * Top-level import names the audit knows about: imports of other modules are not reported (a file's result
 * must not depend on whether the prefilter let it through).
 */
const KNOWN_IMPORT_HEADS = new Set([
    ...Object.keys(knowledge_packages/* IMPORT_FRAMEWORK */.$G).map(names/* topOf */.H),
    ...Object.keys(knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn).map(names/* topOf */.H),
    ...features/* FEATURES */.G.flatMap((f) => [...(f.refs ?? []), ...(f.calls ?? []), ...(f.imports ?? [])].map(names/* topOf */.H)),
    ...TABLE_IMPORTS.map(names/* topOf */.H).filter((t) => !SHARED_TOPS.has(t)),
]);
/** Dotted modules known whole, whose top-level name is too common to know (`google.cloud`, not all of `google`). */
const KNOWN_DOTTED = TABLE_IMPORTS.filter((m) => SHARED_TOPS.has((0,names/* topOf */.H)(m)));
/** Whether the scanner reports an import of `module` (and follows references through its aliases). */
function isKnownImport(module) {
    if (KNOWN_IMPORT_HEADS.has((0,names/* topOf */.H)(module)))
        return true;
    return KNOWN_DOTTED.some((p) => isUnder(module, p));
}
/**
 * Words one of which any file with something to report contains: the known import names (a ref needs an
 * import, whose text names the module), keyword names, string hints. Words that contain another word are
 * dropped (`torchvision` is covered by `torch`); dotted import entries are kept whole (`ts.torch_handler`,
 * not the two-letter `ts`).
 */
function triggerWords() {
    const words = new Set();
    for (const k of Object.keys(knowledge_packages/* IMPORT_FRAMEWORK */.$G))
        words.add(k);
    for (const k of Object.keys(knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn))
        words.add(k);
    for (const m of TABLE_IMPORTS)
        words.add(SHARED_TOPS.has((0,names/* topOf */.H)(m)) ? m : (0,names/* topOf */.H)(m));
    for (const f of features/* FEATURES */.G) {
        for (const r of [...(f.refs ?? []), ...(f.calls ?? [])])
            words.add((0,names/* topOf */.H)(r));
        for (const r of f.imports ?? [])
            words.add((0,names/* topOf */.H)(r).length >= 4 ? (0,names/* topOf */.H)(r) : r);
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
 * The string hints, searched in one pass per text. Measured on the 200 MB bench tree's 136 MB of Python: one
 * alternation regex of the first four hints runs at ~0.8-0.9 GB/s, and any fifth alternative (`KERAS_BACKEND`,
 * even a made-up `QQQQQQQQQQQQQ`) halves that for all of them (0.3-0.4 GB/s); `indexOf` of one long hint is
 * ~8 GB/s (13-17 ms), but of `.tflite` only ~1.2 GB/s. So the first REGEX_HINTS hints of the catalogue share
 * the regex, and each later one is searched with its own `indexOf`.
 */
const REGEX_HINTS = 4;
const escapeHint = (h) => h.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const HINT_SOURCE = STRING_HINTS.slice(0, REGEX_HINTS).map(escapeHint).join("|");
const HINT_SEARCH = HINT_SOURCE ? new RegExp(HINT_SOURCE, "g") : /(?!)/g;
const INDEXOF_HINTS = STRING_HINTS.slice(REGEX_HINTS);
/**
 * Finds string hints in one text at increasing offsets; the next occurrence of each search is cached, so the
 * text is read at most once per search (the shared regex's lastIndex is set on every search, so finders never
 * disturb each other).
 */
class StringHintFinder {
    text;
    at = -1;
    /** The next occurrence of each INDEXOF_HINTS entry found so far (-1: not searched yet). */
    later = INDEXOF_HINTS.map(() => -1);
    constructor(text) {
        this.text = text;
    }
    /** Offset of the first hint occurrence that starts at or after `from` (from must not decrease), or text.length. */
    next(from) {
        if (this.at < from) {
            HINT_SEARCH.lastIndex = from;
            const m = HINT_SEARCH.exec(this.text);
            this.at = m === null ? this.text.length : m.index;
        }
        let first = this.at;
        for (let k = 0; k < this.later.length; k++) {
            let at = this.later[k];
            if (at < from) {
                at = this.text.indexOf(INDEXOF_HINTS[k], from);
                this.later[k] = at = at < 0 ? this.text.length : at;
            }
            if (at < first)
                first = at;
        }
        return first;
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
/** Features with a minimum version (knowledge/versions.ts): only their usages are asked about guards. */
const VERSIONED_FEATURES = new Set(versions/* VERSION_RULES */.l.map((r) => r.feature));
function importsAny(imported, needs) {
    if (!needs || needs.length === 0)
        return true;
    for (const m of imported)
        for (const n of needs)
            if (isUnder(m, n))
                return true;
    return false;
}
/**
 * The usages of one unit, de-duplicated per (feature, cell, line, column). A class rather than functions made per
 * call: optimized code that inlined one call's functions held them weakly and was thrown away once they were
 * collected (V8's "weak objects" deopt), to be compiled again.
 */
class UsageList {
    path;
    cell;
    guards;
    out = [];
    seen = new Set();
    constructor(path, cell, guards) {
        this.path = path;
        this.cell = cell;
        this.guards = guards;
    }
    add(feature, line, col, matched, detail, start) {
        const key = `${feature.id}\u0000${this.cell ?? ""}\u0000${line}\u0000${col}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        const u = { feature: feature.id, path: this.path, line, column: col + 1, matched };
        if (this.cell !== undefined)
            u.cell = this.cell;
        if (detail !== undefined)
            u.detail = detail;
        if (start >= 0 && this.guards !== null && VERSIONED_FEATURES.has(feature.id) && this.guards.guarded(start))
            u.guarded = true;
        this.out.push(u);
    }
    /** Adds a usage for each catalogued hit of `hits`. */
    addAll(hits, line, col, matched, detail, start) {
        if (hits)
            for (const h of hits)
                this.add(h.feature, line, col, matched, detail, start);
    }
}
/** The dotted prefix of `name` that ends before `end` (`end` === name.length: the name itself). */
function prefixTo(name, end) {
    return end === name.length ? name : name.slice(0, end);
}
function byPosition(a, b) {
    return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
/** Matches the facts against the catalog. Usages are de-duplicated per (feature, line, column). */
function matchFeatures(input) {
    const usages = new UsageList(input.path, input.cell, input.guards ?? null);
    // Each dotted prefix of a name, longest first (`a.b.c`, `a.b`, `a`): a prefix ends where the one before it has its last dot.
    for (const r of input.refs) {
        const detail = formatKwargs(r.kwargs);
        const callable = r.called || r.decorator;
        for (let end = r.name.length; end > 0; end = r.name.lastIndexOf(".", end - 1)) {
            const p = prefixTo(r.name, end);
            usages.addAll(REF_INDEX.get(p), r.line, r.col, r.name, detail, r.start);
            if (callable)
                usages.addAll(CALL_INDEX.get(p), r.line, r.col, r.name, detail, r.start);
        }
    }
    for (const im of input.imports) {
        for (let end = im.module.length; end > 0; end = im.module.lastIndexOf(".", end - 1)) {
            usages.addAll(IMPORT_INDEX.get(prefixTo(im.module, end)), im.line, im.col, im.module, undefined, -1);
        }
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
                    usages.add(f, k.line, k.col, text, text, k.start);
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
                    usages.add(f, m.line, m.col, `.${m.method}()`, m.firstArg !== undefined ? `.${m.method}("${m.firstArg}")` : undefined, m.start);
                }
            }
        }
    }
    const strings = input.strings;
    for (let i = 0; i < strings.length; i++) {
        const s = strings[i];
        for (const f of STRING_FEATURES) {
            for (const re of f.strings ?? []) {
                if (!re.test(s.body))
                    continue;
                if (f.stringValue) {
                    // a setting: its value is the next string literal of the line
                    const value = strings[i + 1];
                    if (value !== undefined && value.line === s.line && f.stringValue.test(value.body)) {
                        usages.add(f, s.line, s.col, `${s.body}=${value.body}`, `${s.body}="${value.body}"`, s.start);
                    }
                }
                else {
                    const shown = s.body.length > 100 ? s.body.slice(0, 99) + "…" : s.body;
                    usages.add(f, s.line, s.col, shown, `"${shown}"`, s.start);
                }
            }
        }
    }
    return usages.out.sort(byPosition);
}

;// CONCATENATED MODULE: ./src/scanning/python/scanner.ts
/**
 * The Python scanner: one streaming pass over the tokens of a file (or of a notebook's code cells, in order)
 * that tracks import aliases and records what match.ts turns into feature usages.
 *
 * What it understands, with no parser and no recursion:
 * - import statements anywhere (inside functions, `try`, `if TYPE_CHECKING:`, after `:` on one line),
 *   `import a.b as c`, `from a.b import (c as d,\n e)`; relative and star imports bind nothing;
 * - dotted references whose head is a name bound by an import, resolved to the full dotted name
 *   (`T.compile` -> `torch.compile`); attribute access on anything else (`self.compile`) is never a ref, and a
 *   name that no import bound is never a ref (aliases are file-global and in textual order: a shadowing
 *   assignment is not tracked, a use before the import is not resolved);
 * - whether a ref is called or used as a decorator, and its literal keyword arguments;
 * - keyword arguments and method calls on any object (for the catalog's `keywords` / `methodCalls` rows);
 * - executed string literals (a string statement on its own, e.g. a docstring, is not executed).
 *
 * Comments, docstrings, strings and f-strings are single tokens, so a feature named inside them is never seen.
 *
 * `imports` reports every import whose top-level module the audit knows (isKnownImport: the frameworks,
 * the ML packages of IMPORT_DISTRIBUTIONS, the catalog's modules, the modules other knowledge tables name);
 * `allImports: true` reports all of them (and turns the prefilter off). For `from a.b import c` the module reported is `a.b.c` (c may be a submodule or a
 * name: only the prefix matters to the analysis); `from a.b import *` reports `a.b`. A file that uses
 * `tf.keras` through `import tensorflow as tf` gets one extra import `tensorflow.keras` at its first such use,
 * so that the Keras framework is detected from code (features.md: "`tf.keras` used").
 *
 * Optional imports: an import in the body of a `try:` that has an `except` clause catching ImportError,
 * ModuleNotFoundError, Exception, BaseException (alone or in a tuple) or everything (bare `except:`), and whose
 * handler does not simply start with `raise`, gets `optional: true`; so does one in the body of
 * `with contextlib.suppress(ImportError):`. Blocks are found by indentation (the lexer's indentation stack, which
 * also sees the lines Lexer.skipLine consumes): nested `try` blocks work, `except`/`else`/`finally` bodies are
 * not optional, and the one-line forms `try: import x` / `with suppress(ImportError): import x` are understood.
 * So is an import directly under `if <availability check>:` (`is_torch_available()`, `find_spec(...)`,
 * `_DEEPSPEED_AVAILABLE`, `TYPE_CHECKING`; see availabilityGuarded), read from the source at the import.
 * The implied `tensorflow.keras` import is optional when the import that bound its alias is.
 */



/** A `#!` first line that runs the file with Python 2 (`#!/usr/bin/env python2`, `#!/usr/bin/python2.7`). */
const PYTHON2_SHEBANG = /^#![^\n]*\bpython2(?:\.\d+)?(?![\w.])/;
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
/**
 * A condition that holds only when an optional package can be imported: `is_torch_available()`,
 * `is_deepspeed_zero3_enabled()` (transformers' and diffusers' helpers), `importlib.util.find_spec("x")`,
 * `_DEEPSPEED_AVAILABLE` (lightning's RequirementCache flags), `TYPE_CHECKING` (imports for type checkers only).
 * A condition that starts with `not` guards the other way and is not one.
 */
const AVAILABILITY_CONDITION = /^(?!not\b)[^#]*?(?:\bis_\w+_(?:available|enabled)\s*\(|\bfind_spec\s*\(|\b_?[A-Z][A-Z0-9_]*_AVAILABLE\b|\bTYPE_CHECKING\b)/;
/**
 * Whether the import statement starting at `pos` sits directly in the body of an `if`/`elif` whose condition is
 * an availability check (AVAILABILITY_CONDITION), read from the source: the one-line form `if c: import x`, or
 * the nearest line above with less indentation (blank and comment lines skipped). A header this does not
 * recognise (a condition over several lines, a body inside brackets) leaves the import required, which costs
 * only a finding that could have been spared. Only indented or one-line-body imports are looked at.
 */
function availabilityGuarded(src, pos, memo) {
    const lineStart = lineStartOf(src, pos);
    const before = src.slice(lineStart, pos);
    if (before.trim() !== "")
        return headerGuards(before);
    const indent = pos - lineStart;
    if (indent === 0)
        return false;
    const remember = memo.start(src, indent, lineStart);
    let end = lineStart;
    for (let scanned = 0; end > 0 && scanned < MAX_ENCLOSING_SCAN; scanned++) {
        const { start, lineEnd } = lineBefore(src, end);
        const known = memo.answerAt(start);
        if (known !== undefined)
            return remember(known);
        const line = src.slice(start, lineEnd);
        end = start;
        const text = line.trimStart();
        if (text === "" || text.startsWith("#"))
            continue;
        if (line.length - text.length >= indent)
            continue;
        return remember(headerGuards(line));
    }
    return remember(false);
}
/** Where the line holding `pos` starts. */
function lineStartOf(src, pos) {
    let i = pos;
    while (i > 0 && src.charCodeAt(i - 1) !== 10 && src.charCodeAt(i - 1) !== 13)
        i--;
    return i;
}
/** The line that ends just before `end` (where the next line starts): its start, and its end before the newline. */
function lineBefore(src, end) {
    let start = end - 1;
    if (src.charCodeAt(start) === 10 && start > 0 && src.charCodeAt(start - 1) === 13)
        start--;
    const lineEnd = start;
    while (start > 0 && src.charCodeAt(start - 1) !== 10 && src.charCodeAt(start - 1) !== 13)
        start--;
    return { start, lineEnd };
}
/** How far back the block readers below read (lines) before they give up: a hostile file must not make them quadratic. */
const MAX_ENCLOSING_SCAN = 4000;
/**
 * The answers a backward block reader (availabilityGuarded, insideFunction) gave for earlier imports of one
 * source, by the import's indentation: reading back from an import at indentation k, every line down to the
 * previous import at indentation k is indented k or more, so reaching that import's line gives its answer.
 * Consecutive imports in one block (a long `if TYPE_CHECKING:` block, 20,000 generated ones) then cost one
 * line each instead of the whole block each.
 */
class BlockMemo {
    src;
    byIndent = new Map();
    indent = 0;
    /** Block header lines (by where they start) already known to be inside a function or not (insideFunction). */
    headers = new Map();
    /** Starts a query for the import line at `lineStart`; returns the function that records its answer. */
    start(src, indent, lineStart) {
        if (this.src !== src) {
            this.src = src;
            this.byIndent.clear();
            this.headers.clear();
        }
        this.indent = indent;
        return (value) => {
            this.byIndent.set(indent, { lineStart, value });
            return value;
        };
    }
    /** The answer recorded for an import of the current indentation whose line starts at `lineStart`, if any. */
    answerAt(lineStart) {
        const e = this.byIndent.get(this.indent);
        return e !== undefined && e.lineStart === lineStart ? e.value : undefined;
    }
}
/**
 * Whether the indented import statement starting at `pos` is inside a function body (`def` / `async def`, at
 * any depth of blocks), read backwards through the headers of its enclosing blocks: the nearest line above with
 * less indentation, then the nearest above that with less again, up to the module level. Such an import runs
 * only when the function is called (accelerate imports mlflow inside its MLflow tracker's `__init__`).
 */
function insideFunction(src, pos, memo) {
    const lineStart = lineStartOf(src, pos);
    let indent = pos - lineStart;
    if (indent === 0 || src.slice(lineStart, pos).trim() !== "")
        return false;
    const remember = memo.start(src, indent, lineStart);
    // The block headers climbed through share the answer (each is inside a function exactly when the import is,
    // short of a `def` header itself): recorded, so a later import that climbs to one of them stops there.
    const headers = [];
    const answer = (value) => {
        for (const h of headers)
            memo.headers.set(h, value);
        return remember(value);
    };
    let end = lineStart;
    for (let scanned = 0; end > 0 && scanned < MAX_ENCLOSING_SCAN; scanned++) {
        const { start, lineEnd } = lineBefore(src, end);
        if (headers.length === 0) {
            const known = memo.answerAt(start);
            if (known !== undefined)
                return answer(known);
        }
        const line = src.slice(start, lineEnd);
        end = start;
        const text = line.trimStart();
        if (text === "" || text.startsWith("#"))
            continue;
        const level = line.length - text.length;
        if (level === indent) {
            // A sibling block header already answered has the same enclosing blocks (the previous `if` of a chain).
            const sibling = memo.headers.get(start);
            if (sibling !== undefined)
                return answer(sibling);
        }
        // A closing bracket ends a statement written over several lines (`    ) -> Tensor:` after a long `def`
        // signature): the statement's own first line is further up.
        if (level >= indent || /^[)\]}]/.test(text))
            continue;
        if (/^(?:async\s+)?def\s/.test(text))
            return answer(true);
        if (level === 0)
            return answer(false);
        const known = memo.headers.get(start);
        if (known !== undefined)
            return answer(known);
        headers.push(start);
        indent = level;
    }
    return answer(false);
}
/**
 * A condition that checks for a feature before its use: `hasattr(...)`, or anything naming a version
 * (`version.parse(tf.__version__) >= ...`, `required_torch_version(min_version=2.0)`, `TORCH_VERSION >= (2, 0)`).
 */
const VERSION_CHECK = /\bhasattr\s*\(|version/i;
/** A header line `if c:` / `elif c:` (group 2: the condition) or `else:` (group 1). */
const BRANCH_HEADER = /^\s*(?:(else)\s*:|(?:el)?if\s+(.*):)\s*(?:#.*)?$/;
/**
 * Whether an `if`/`elif` condition checks a version or an attribute: directly, or through a flag the source
 * sets from such a check (nanoGPT: `self.flash = hasattr(torch.nn.functional, 'scaled_dot_product_attention')`
 * then `if self.flash:`), or sets to `True`/`False` inside the block of one (TorchServe's `PT2_AVAILABLE = True`
 * under `if packaging.version.parse(torch.__version__) >= ...:`). In a condition of the form `a and b`, one
 * such part is enough: the body runs only when every part holds.
 */
function conditionChecks(condition, src, flags) {
    if (VERSION_CHECK.test(condition))
        return true;
    for (const part of condition.split(/\band\b/)) {
        const flag = /^\s*(?:not\s+)?([A-Za-z_][\w.]*)\s*$/.exec(part)?.[1];
        if (flag !== undefined && flagChecks(flag, src, flags))
            return true;
    }
    return false;
}
/** Whether the source sets `flag` from a version or attribute check (conditionChecks); memoised in `flags`. */
function flagChecks(flag, src, flags) {
    // one search of the source per flag (`flags` is the unit's memo)
    let answer = flags.get(flag);
    if (answer !== undefined)
        return answer;
    answer = false;
    // false while the question is open: a flag set under a check of itself (`if F: F = True`) ends here
    flags.set(flag, false);
    const assigned = new RegExp(`(^|[\\r\\n])([ \\t]*)${flag.replace(/\./g, "\\.")}[ \\t]*(?::[^=\\r\\n]*)?=(?!=)([^\\r\\n]*)`, "g");
    for (const m of src.matchAll(assigned)) {
        const value = m[3];
        if (VERSION_CHECK.test(value))
            answer = true;
        else if (m[2] !== "" && /^\s*(?:True|False)\s*(?:#.*)?$/.test(value) && versionGuarded(src, m.index + m[1].length, flags))
            answer = true;
        if (answer)
            break;
    }
    flags.set(flag, answer);
    return answer;
}
/**
 * Whether the line starting at `lineStart` (a usage's line) runs only after a version or `hasattr` check
 * (FeatureUsage.guarded): a conditional expression on the line itself (`x if hasattr(F, "sdpa") else y`), a
 * one-line `if c: use()`, or an enclosing `if`/`elif` header whose condition checks, or an `else:` whose
 * `if`/`elif` chain does, at any depth (read backwards as insideFunction does, at most MAX_ENCLOSING_SCAN lines).
 */
function versionGuarded(src, lineStart, flags = new Map(), memo) {
    let lineEnd = lineStart;
    while (lineEnd < src.length && src.charCodeAt(lineEnd) !== 10 && src.charCodeAt(lineEnd) !== 13)
        lineEnd++;
    const own = src.slice(lineStart, lineEnd);
    // (a usage in the check itself is guarded too: `elif hasattr(tf.data, "AUTOTUNE"):`)
    const ownIf = /\b(?:el)?if\b([^#]*)/.exec(own);
    if (ownIf && VERSION_CHECK.test(ownIf[1]))
        return true;
    let indent = own.length - own.trimStart().length;
    // Consecutive usages in one block: reading back from a usage at indentation k reaches the previous one asked
    // at k before any header, and its answer is this one's (BlockMemo, as for the import readers).
    const first = indent;
    const remember = memo !== undefined && indent > 0 ? memo.start(src, indent, lineStart) : (value) => value;
    let end = lineStart;
    // after an `else:` header: the chain's `if`/`elif` headers at its indentation decide
    let chainLevel = -1;
    for (let scanned = 0; end > 0 && (indent > 0 || chainLevel >= 0) && scanned < MAX_ENCLOSING_SCAN; scanned++) {
        const { start, lineEnd: le } = lineBefore(src, end);
        if (memo !== undefined && indent === first && chainLevel < 0) {
            const known = memo.answerAt(start);
            if (known !== undefined)
                return remember(known);
        }
        end = start;
        const line = src.slice(start, le);
        const text = line.trimStart();
        if (text === "" || text.startsWith("#"))
            continue;
        const level = line.length - text.length;
        if (chainLevel >= 0 && level === chainLevel) {
            const h = BRANCH_HEADER.exec(line);
            if (h?.[2] !== undefined && conditionChecks(h[2], src, flags))
                return remember(true);
            // the chain's first `if` ends it; so does anything else (the `else` of a `for`, `while` or `try`)
            if (h?.[2] === undefined || /^if\b/.test(text))
                chainLevel = -1;
            continue;
        }
        if (level >= indent || /^[)\]}]/.test(text))
            continue;
        chainLevel = -1;
        const h = BRANCH_HEADER.exec(line);
        if (h?.[1] !== undefined)
            chainLevel = level;
        else if (h?.[2] !== undefined && conditionChecks(h[2], src, flags))
            return remember(true);
        indent = level;
    }
    return remember(false);
}
/** Whether a line is an `if`/`elif` header (up to its colon) whose condition is an availability check. */
function headerGuards(line) {
    const condition = BRANCH_HEADER.exec(line)?.[2];
    return condition !== undefined && AVAILABILITY_CONDITION.test(condition);
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
    ...new Set(["import", "from", "print", "exec", "try", "except", "suppress", ...KEYWORD_NAMES, ...METHOD_NAMES]),
];
const STATIC_KEYS = new Uint8Array(4096);
for (const w of STATIC_CANDIDATES)
    STATIC_KEYS[identKey(w, 0, w.length)] = 1;
/**
 * An empty array whose elements are already of V8's most general kind. An empty literal starts as an array of
 * small integers and changes kind on its first push of an object, and the optimized push of the first
 * import of every file met the old kind ("not a Smi") and was thrown away.
 */
function objectArray() {
    const a = [null];
    a.length = 0;
    return a;
}
/** The lexer of no unit (PythonFileScanner's until its first scan). */
const EMPTY_LEXER = new Lexer("");
/**
 * A new import fact, every property present from the start (undefined until set). Facts of one shape keep the
 * scanner's optimized code valid: facts that grew `cell`, `optional` and `lazy` in different orders had up to
 * eight shapes, and each new one seen by optimized code threw it away ("wrong map") for V8 to compile again.
 * JSON output and the cache leave undefined properties out, as they left the missing ones.
 */
function importFact(module, path, line, column, cell) {
    return { module, path, line, column, cell, optional: undefined, lazy: undefined };
}
/** Scanner state that persists across the units of one file (a notebook's cells share aliases). */
class PythonFileScanner {
    path;
    allImports;
    /** Whether the fast path (line skipper and lookup filters) is on; see PythonScanOptions.fastPath. */
    fastPath;
    /** Python 2 code (PythonScanOptions.python2): its print and exec statements are not reported. */
    python2;
    result = { imports: objectArray(), usages: [], declared: [], problems: [] };
    bindings = new Map();
    bindMask = 0;
    /** Which ASCII first characters bound aliases have (bit c&31 of word c>>5), to skip most lookups. */
    firstMask = new Uint32Array(4);
    nonAsciiAlias = false;
    importedModules = new Set();
    kerasImplied = false;
    /** The implied `tensorflow.keras` import and the import that bound its alias (it inherits `optional` and `lazy`). */
    impliedKeras = null;
    impliedKerasSource;
    /** The reported import that bound each alias (for the implied import's `optional`). */
    bindingFacts = new Map();
    problemReported = false;
    constructor(path, opts = {}) {
        this.path = path;
        this.allImports = opts.allImports === true;
        this.fastPath = opts.fastPath ?? fastPathDefault;
        this.python2 = opts.python2 === true;
    }
    /**
     * identKey of every static candidate and every known-module alias bound so far (never cleared: a stale key
     * only costs a lookup): the table Lexer.skipLine reads inline before calling isCandidate. STATIC_KEYS itself
     * until the first alias is bound, then a copy (most files bind one, but a scanner costs no allocation until then).
     */
    candKeys = STATIC_KEYS;
    /** Earlier answers of the backward block readers for this file (see BlockMemo). */
    guardMemo = new BlockMemo();
    lazyMemo = new BlockMemo();
    /**
     * The aliases whose target is a module the audit knows (isKnownImport): only a reference through one of
     * them can match the catalog, so only they make a line worth the token walk. `np` for `numpy` stays bound (a
     * resolved `np.save(...)` is a reference, not a method call) but a line that only uses it is skipped whole.
     */
    knownAliases = new Set();
    bind(alias, target) {
        this.bindings.set(alias, target);
        if (isKnownImport(target)) {
            this.knownAliases.add(alias);
            if (alias.length > 0) {
                const key = identKey(alias, 0, alias.length);
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
    isCandidate(src, start, end) {
        const key = identKey(src, start, end);
        if (STATIC_KEYS[key] === 1) {
            for (const w of STATIC_CANDIDATES)
                if (w.length === end - start && src.startsWith(w, start))
                    return true;
        }
        return this.candKeys[key] === 1 && this.knownAliases.size !== 0 && this.knownAliases.has(src.slice(start, end));
    }
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
    // The unit being scanned (set by scan), for the import statement reader below, which runs as methods rather
    // than as functions made per unit: optimized code of a per-unit function was thrown away whenever it met
    // another unit's copy of a function it had inlined ("wrong call target"), and compiled again.
    lx = EMPTY_LEXER;
    src = "";
    unitCell = undefined;
    unitRefs = [];
    importsSeen = [];
    /** Open try / suppress blocks (innermost last). */
    blocks = [];
    /** The import statement being read is inside an open try / suppress block. */
    importGuarded = false;
    /** The import statement being read sits under `if <availability check>:` (availabilityGuarded). */
    importAvailable = false;
    /**
     * The import statement being read is indented (it may be inside a function: insideFunction), where it
     * starts, and, once a module of it is reported, whether it is inside a function (asked once per statement:
     * `from x import a, b, c` reports three imports).
     */
    importIndented = false;
    importStart = 0;
    importLazy = undefined;
    /** The first line with a character Python does not allow there (0: none yet). */
    strayLine = 0;
    /** The token that ended the last readDotted. */
    dottedNext = 0;
    /** Marks an import optional, or keeps it for the handlers of the try blocks it is in. */
    guard(im) {
        const blocks = this.blocks;
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
    }
    /** Next token that is not NL or a comment. */
    nextSig() {
        const lx = this.lx;
        for (;;) {
            const k = lx.next();
            if (k !== K_NL && k !== K_COMMENT)
                return k;
        }
    }
    isOp(k, ch) {
        const lx = this.lx;
        return k === K_OP && lx.end - lx.start === 1 && this.src.charCodeAt(lx.start) === ch;
    }
    isWord(k, w) {
        const lx = this.lx;
        return k === K_NAME && lx.end - lx.start === w.length && this.src.startsWith(w, lx.start);
    }
    /** GuardTest for the matcher: whether the fact at `start` of the unit being scanned runs after a version check. */
    guarded(start) {
        return versionGuarded(this.src, lineStartOf(this.src, start), this.flags, this.versionMemo);
    }
    /** versionGuarded's answers by indentation, for consecutive usages in one block. */
    versionMemo = new BlockMemo();
    /** versionGuarded's answers about flags (`if self.flash:`) in the unit being scanned (cleared after it). */
    flags = new Map();
    recordImport(module, line, col) {
        this.importedModules.add(module);
        this.importsSeen.push({ module, line, col });
        // Its start is the import statement's: a version check around the statement guards the names it binds
        // (volcengine/verl: `if version.parse(torch.__version__) >= version.parse("2.6"): from torch.distributed.fsdp import fully_shard`).
        this.unitRefs.push({ name: module, line, col, start: this.importStart, called: false, decorator: false, fromImport: true });
        if (this.allImports || isKnownImport(module)) {
            const im = importFact(module, this.path, line, col + 1, this.unitCell);
            this.result.imports.push(im);
            if (this.importAvailable)
                im.optional = true;
            else if (this.importGuarded)
                this.guard(im);
            if (this.importIndented && (this.importLazy ??= insideFunction(this.src, this.importStart, this.lazyMemo)))
                im.lazy = true;
            return im;
        }
        return null;
    }
    /** Reads `NAME(.NAME)*` starting at the current NAME token: returns the dotted text; dottedNext is the token after it. */
    readDotted() {
        const lx = this.lx;
        let text = lx.text();
        let k = this.nextSig();
        while (this.isOp(k, CH_DOT)) {
            k = this.nextSig();
            if (k !== K_NAME)
                break;
            text += "." + lx.text();
            k = this.nextSig();
        }
        this.dottedNext = k;
        return text;
    }
    endOfStatement(k) {
        return k === K_NEWLINE || k === K_EOF || this.isOp(k, CH_SEMI);
    }
    /** Parses an import statement whose first keyword was just read. Returns the token that ended it. */
    parseImport(isFrom) {
        const lx = this.lx;
        let k = this.nextSig();
        if (!isFrom) {
            while (k === K_NAME) {
                const line = lx.line;
                const col = lx.col;
                const text = this.readDotted();
                k = this.dottedNext;
                let alias = null;
                if (this.isWord(k, "as")) {
                    k = this.nextSig();
                    if (k === K_NAME) {
                        alias = lx.text();
                        k = this.nextSig();
                    }
                }
                const fact = this.recordImport(text, line, col);
                if (alias !== null) {
                    this.bind(alias, text);
                    this.bindFact(alias, fact);
                }
                else {
                    const head = (0,names/* topOf */.H)(text);
                    this.bind(head, head);
                    this.bindFact(head, fact);
                }
                if (!this.isOp(k, CH_COMMA))
                    break;
                k = this.nextSig();
            }
        }
        else {
            let relative = false;
            while (k === K_OP && this.src.charCodeAt(lx.start) === CH_DOT) {
                relative = true;
                k = this.nextSig();
            }
            let module = "";
            let modLine = lx.line;
            let modCol = lx.col;
            if (k === K_NAME && !this.isWord(k, "import")) {
                modLine = lx.line;
                modCol = lx.col;
                module = this.readDotted();
                k = this.dottedNext;
            }
            if (this.isWord(k, "import")) {
                k = this.nextSig();
                if (this.isOp(k, CH_LPAREN))
                    k = this.nextSig();
                for (;;) {
                    if (this.isOp(k, CH_STAR)) {
                        if (!relative && module)
                            this.recordImport(module, modLine, modCol);
                        k = this.nextSig();
                    }
                    else if (k === K_NAME) {
                        const name = lx.text();
                        const line = lx.line;
                        const col = lx.col;
                        k = this.nextSig();
                        let alias = name;
                        if (this.isWord(k, "as")) {
                            k = this.nextSig();
                            if (k === K_NAME) {
                                alias = lx.text();
                                k = this.nextSig();
                            }
                        }
                        if (relative || !module)
                            this.unbind(alias);
                        else {
                            const full = module + "." + name;
                            const fact = this.recordImport(full, line, col);
                            this.bind(alias, full);
                            this.bindFact(alias, fact);
                        }
                    }
                    else
                        break;
                    if (this.isOp(k, CH_COMMA)) {
                        k = this.nextSig();
                        continue;
                    }
                    break;
                }
                if (this.isOp(k, CH_RPAREN))
                    k = this.nextSig();
            }
        }
        while (!this.endOfStatement(k)) {
            if (k === K_ERROR && this.strayLine === 0)
                this.strayLine = lx.line;
            k = this.nextSig();
        }
        return k;
    }
    /** Scans one unit of Python source (a file, or one code cell) and appends to `result`. Never throws. */
    scan(src, cell) {
        const lx = new Lexer(src);
        const refs = [];
        const kwargs = [];
        const methods = [];
        const strings = [];
        const importsSeen = [];
        const blocks = [];
        this.lx = lx;
        this.src = src;
        this.unitCell = cell;
        this.unitRefs = refs;
        this.importsSeen = importsSeen;
        this.blocks = blocks;
        this.strayLine = 0;
        const fast = this.fastPath;
        // Without the fast path every string literal is collected (matchFeatures finds nothing in one without a hint).
        // The finder's first search answers whether the unit has a hint at all, and its result is kept for the walk.
        const hints = new StringHintFinder(src);
        const stringsWanted = !fast || hints.next(0) < src.length;
        const wantMethods = METHOD_NAMES.size > 0;
        let stmtStart = true;
        let afterColon = false;
        let prevSig = SIG_OTHER;
        let decoratorNext = false;
        let skipDefName = false;
        let py2Line = 0;
        let py2Pending = 0;
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
            const c = k === K_OP && lx.end - lx.start === 1 ? src.charCodeAt(lx.start) : 0;
            const open = c === CH_LPAREN;
            if (chainKwCandidate && chainLen === 1 && c === CH_EQ) {
                // `f(name=...)`: a keyword argument's name, not a reference.
                const frame = topFrame();
                const name = src.slice(chainHeadStart, chainHeadEnd);
                kwCur = { name, value: undefined, line: chainLine, col: chainCol, start: chainHeadStart };
                if (frame?.kwargs)
                    frame.kwargs.push(kwCur);
                else if (frame)
                    frame.kwargs = [kwCur];
                if (KEYWORD_NAMES.has(name))
                    kwargs.push(kwCur);
                kwPhase = KW_VALUE;
                kwNeg = false;
                prevSig = SIG_OTHER;
                return true;
            }
            if (chainResolved !== null) {
                const ref = { name: chainResolved, line: chainLine, col: chainCol, start: chainHeadStart, called: open, decorator: chainDecorator };
                refs.push(ref);
                if (open)
                    pendingRef = ref;
                if (!this.kerasImplied && (chainResolved === "tensorflow.keras" || chainResolved.startsWith("tensorflow.keras."))) {
                    this.kerasImplied = true;
                    const im = importFact("tensorflow.keras", this.path, chainLine, chainCol + 1, cell);
                    this.result.imports.push(im);
                    this.impliedKeras = im;
                    this.impliedKerasSource = this.bindingFacts.get(src.slice(chainHeadStart, chainHeadEnd));
                }
            }
            else if (open && chainLen >= 2 && wantMethods) {
                const name = src.slice(chainLastStart, chainLastEnd);
                if (METHOD_NAMES.has(name)) {
                    pendingMethod = { method: name, line: chainLine, col: chainCol, start: chainHeadStart, firstArg: undefined };
                    methods.push(pendingMethod);
                }
            }
            return false;
        };
        // Lines in which no identifier is a candidate are consumed whole by Lexer.skipLine, but only where the
        // scanner's state is the one every NEWLINE leaves (nothing pending, no open call, at a statement start):
        // such a line then yields no fact and leaves that state unchanged. Strings can be skipped only when string
        // literals are not collected.
        // A string literal can lead to a fact only through a string hint in its text (match.ts STRING_HINTS), or
        // as a call's argument (then the call's name is a candidate and the line is not skipped).
        const skipHints = stringsWanted ? hints : null;
        // Without the fast path no line is skipped: every token of the unit goes through the loop below.
        if (fast)
            while (lx.skipLine(this.candKeys, this, skipHints))
                ;
        for (;;) {
            let k = lx.next();
            if (k === K_NL || k === K_COMMENT)
                continue;
            // A string statement on its own (docstring, bare string) is not executed; anything else makes it so.
            if (pendingStrings !== null && k !== K_STRING && k !== K_FSTRING) {
                if (!(k === K_NEWLINE || k === K_EOF || k === K_DEDENT || k === K_INDENT || this.isOp(k, CH_SEMI))) {
                    for (const s of pendingStrings)
                        strings.push(s);
                }
                pendingStrings = null;
            }
            if (py2Pending !== 0) {
                if ((k === K_STRING || k === K_NUMBER || k === K_NAME) && py2Line === 0)
                    py2Line = py2Pending;
                py2Pending = 0;
            }
            if (chainActive) {
                if (k === K_OP && lx.end - lx.start === 1 && src.charCodeAt(lx.start) === CH_DOT && prevSig === SIG_NAME) {
                    prevSig = SIG_DOT;
                    continue;
                }
                if (k === K_NAME && prevSig === SIG_DOT) {
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
                case K_NAME: {
                    const start = lx.start;
                    const len = lx.end - start;
                    if ((stmtStart || afterColon) && frames.length === 0) {
                        const isImport = len === 6 && src.startsWith("import", start);
                        const isFrom = len === 4 && src.startsWith("from", start);
                        if (isImport || isFrom) {
                            this.importGuarded = false;
                            if (blocks.length !== 0) {
                                syncBlocks(lx.indentLevel + (colonOnLine ? 1 : 0), false);
                                this.importGuarded = blocks.length !== 0;
                            }
                            this.importAvailable = (colonOnLine || lx.indentLevel > 0) && availabilityGuarded(src, start, this.guardMemo);
                            this.importIndented = lx.indentLevel > 0;
                            this.importStart = start;
                            this.importLazy = undefined;
                            k = this.parseImport(isFrom);
                            this.importGuarded = false;
                            this.importAvailable = false;
                            this.importIndented = false;
                            if (k !== K_OP)
                                colonOnLine = false; // the statement ended with its line, not at a `;`
                            stmtStart = true;
                            afterColon = false;
                            prevSig = SIG_OTHER;
                            frames.length = 0;
                            if (k === K_EOF)
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
                case K_STRING:
                case K_FSTRING: {
                    const wantBody = stringsWanted || kwPhase === KW_VALUE || firstArgPhase === 1;
                    const body = wantBody ? src.slice(lx.start + lx.strPrefixLen + lx.strQuoteLen, lx.end - lx.strQuoteLen) : "";
                    if (kwPhase === KW_VALUE && k === K_STRING && body.length <= 200) {
                        kwValue = lx.strQuoteLen === 1 && !body.includes('"') && !body.includes("\\") ? `"${body}"` : lx.text();
                        kwPhase = KW_LITERAL;
                    }
                    else
                        kwPhase = kwPhase === KW_LITERAL ? KW_LITERAL : KW_NONE;
                    if (firstArgPhase === 1 && k === K_STRING && (lx.strFlags & 2) === 0) {
                        firstArgPhase = 2;
                        firstArgBody = body;
                    }
                    else
                        firstArgPhase = 0;
                    if (stringsWanted) {
                        const fact = { body, line: lx.line, col: lx.col, start: lx.start };
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
                case K_NUMBER: {
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
                case K_OP: {
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
                case K_NEWLINE:
                case K_INDENT:
                case K_DEDENT:
                    stmtStart = true;
                    afterColon = false;
                    decoratorNext = false;
                    skipDefName = false;
                    kwPhase = KW_NONE;
                    firstArgPhase = 0;
                    prevSig = SIG_OTHER;
                    if (k === K_NEWLINE) {
                        if (frames.length !== 0)
                            frames.length = 0;
                        colonOnLine = false;
                        if (fast)
                            while (lx.skipLine(this.candKeys, this, skipHints))
                                ;
                    }
                    break;
                case K_ERROR:
                    if (this.strayLine === 0)
                        this.strayLine = lx.line;
                    stmtStart = false;
                    kwPhase = KW_NONE;
                    firstArgPhase = 0;
                    prevSig = SIG_OTHER;
                    break;
                default:
                    break;
            }
            if (k === K_EOF)
                break;
        }
        // The implied import is where the alias's import is: optional with it, inside a function with it.
        if (this.impliedKeras !== null && this.impliedKerasSource?.optional === true)
            this.impliedKeras.optional = true;
        if (this.impliedKeras !== null && this.impliedKerasSource?.lazy === true)
            this.impliedKeras.lazy = true;
        const err = lx.errors[0];
        if (err)
            this.problem(err.line, `Python source could not be tokenized cleanly: ${err.message}; the rest was still scanned`, cell);
        else if (py2Line && !this.python2)
            this.problem(py2Line, "Python 2 syntax (print/exec statement); the rest was still scanned", cell);
        else if (this.strayLine)
            this.problem(this.strayLine, "unexpected character in Python source; the rest was still scanned", cell);
        const usages = matchFeatures({
            path: this.path,
            cell,
            refs,
            imports: importsSeen,
            kwargs,
            methods,
            strings,
            importedModules: this.importedModules,
            guards: this,
        });
        for (const u of usages)
            this.result.usages.push(u);
        // The unit's text is not kept past its scan (a notebook's scanner lives as long as all of its cells).
        this.lx = EMPTY_LEXER;
        this.src = "";
        this.flags.clear();
    }
}
/** Scans one Python file. Never throws; bad input becomes a `parse-error` problem. */
function scanPythonSource(source, path, opts = {}) {
    const empty = { imports: [], usages: [], declared: [], problems: [] };
    if (typeof source !== "string")
        return empty;
    if (!opts.allImports && !hasTrigger(source))
        return empty;
    const s = new PythonFileScanner(path, { allImports: opts.allImports, fastPath: opts.fastPath, python2: opts.python2 ?? PYTHON2_SHEBANG.test(source) });
    try {
        s.scan(source, opts.cell);
    }
    catch (e) {
        s.result.problems.push({ kind: "parse-error", path, message: `internal scanner error: ${e.message}` });
    }
    return s.result;
}

// EXTERNAL MODULE: ./src/scanning/repo-reader.ts
var repo_reader = __webpack_require__(3375);
// EXTERNAL MODULE: ./src/knowledge/layout.ts
var layout = __webpack_require__(3480);
;// CONCATENATED MODULE: ./src/scanning/template.ts
/** What a `{{ expression }}` is written as, character for character. */
const TEMPLATE_FILL = "_";
/** Whether a value read from a template holds a placeholder (`{{x}}`, the shortest, is five characters). */
function holdsPlaceholder(value) {
    return value.includes("_____");
}
const TOML_KINDS = new Set(["pyproject", "pipfile", "pixi"]);
/** Whether offset `at` of `text` is inside a quoted string of its line (quotes counted from the line start). */
function insideQuotes(text, at) {
    let quote = 0;
    for (let i = text.lastIndexOf("\n", at - 1) + 1; i < at; i++) {
        const c = text.charCodeAt(i);
        if (c === 92 /* \ */ && quote !== 0)
            i++;
        else if (quote === 0 && (c === 34 || c === 39))
            quote = c;
        else if (c === quote)
            quote = 0;
    }
    return quote !== 0;
}
/** `s` with every character but line ends replaced by `fill`. */
function blank(s, fill) {
    return s.replace(/[^\r\n]/g, fill);
}
/** The text a template file's reader sees (see the module comment); text without Jinja is returned as is. */
function renderTemplatePlaceholders(text, kind) {
    if (!text.includes("{{") && !text.includes("{%") && !text.includes("{#"))
        return text;
    const toml = TOML_KINDS.has(kind);
    return text.replace(/\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|\{\{[\s\S]*?\}\}/g, (m, offset) => {
        if (m[1] !== "{")
            return blank(m, " ");
        if (toml && !insideQuotes(text, offset))
            return `"${blank(m.slice(2), TEMPLATE_FILL)}"`;
        return blank(m, TEMPLATE_FILL);
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/scanning/cache.ts
var cache = __webpack_require__(9253);
// EXTERNAL MODULE: ./src/scanning/decode.ts
var decode = __webpack_require__(3905);
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
/**
 * `x = !ls`, `x = %time f()`: IPython takes any target before the first `=` outside brackets
 * (`[path] = !ls -td ./mlruns/0/* | head -1` in SeldonIO/MLServer's MLflow example, `a, b = !cmd`, `d.k = %sx cmd`).
 */
const ASSIGN_MAGIC = /^\s*[\w.,\s()[\]*]+?(?<![=<>!])=\s*[!%]/;
/**
 * Replaces IPython-only lines of a code cell by empty lines and collects `%pip`/`%conda` installs.
 * Returns the Python left over (same number of lines).
 */
function stripIPython(source, path, cell, declared) {
    if (!/[%!?]/.test(source))
        return source;
    const lines = source.split(/\r\n|\r|\n/);
    // A cell magic heads the cell; blank and comment lines before it are taken as part of that head
    // (tensorflow's docs put `# docs_infra: no_execute` above `%%bigquery` and `%%bash`).
    let first = 0;
    while (first < lines.length && /^\s*(#.*)?$/.test(lines[first] ?? ""))
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
    // IPython recognises magics, shell escapes and help only where a logical line starts: a `%` that begins a
    // line inside open brackets is the modulo operator (tensorflow/docs' multi-worker tutorial continues a
    // `print('...'` with `%(epoch.numpy(), ...))`).
    const logical = new LogicalLines();
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? "";
        if (!logical.atStart()) {
            logical.feed(raw);
            continue;
        }
        const t = raw.trim();
        if (t === "")
            continue;
        const c = t.charCodeAt(0);
        const escape = c === 37 /* % */ || c === 33; /* ! */
        if (escape || ASSIGN_MAGIC.test(raw)) {
            // IPython joins a backslash-continued line before it runs the command, also one whose output is
            // assigned (SeldonIO/seldon-core's `base64Res = !seldon pipeline inspect ... \` with the `--request-id`
            // flag on the next line); only a command on its own declares what it installs.
            const cmd = joinContinued(lines, i);
            if (escape && /\b(pip|conda|mamba)/.test(cmd.text))
                declared.push(...parseInstallCommand(cmd.text.trim(), path, i + 1, cell));
            for (let k = i; k <= cmd.last; k++)
                lines[k] = "";
            i = cmd.last;
            changed = true;
        }
        else if (c === 63 /* ? */ || (t.endsWith("?") && !t.startsWith("#"))) {
            lines[i] = "";
            changed = true;
        }
        else
            logical.feed(raw);
    }
    return changed ? lines.join("\n") : source;
}
/**
 * Follows Python's logical lines across the physical lines of a cell, enough to tell whether the next line
 * starts a new one: open brackets, strings left open (triple-quoted, or any string before a backslash
 * newline) and backslash continuations. Comments end at the line end; an unknown state only costs a magic
 * left in place, which the tokenizer then reports.
 */
class LogicalLines {
    depth = 0;
    /** The open string's quote (one or three quote characters), or "" outside strings. */
    quote = "";
    continued = false;
    atStart() {
        return this.depth === 0 && this.quote === "" && !this.continued;
    }
    feed(line) {
        this.continued = false;
        const n = line.length;
        let i = 0;
        while (i < n) {
            if (this.quote !== "") {
                const q = this.quote;
                let j = i;
                for (;;) {
                    if (j >= n) {
                        // A one-quote string runs on only after a backslash at the line end (otherwise it is an error).
                        if (q.length === 1 && !line.endsWith("\\"))
                            this.quote = "";
                        return;
                    }
                    if (line.charCodeAt(j) === 92 /* \ */) {
                        j += 2;
                        continue;
                    }
                    if (line.startsWith(q, j)) {
                        this.quote = "";
                        i = j + q.length;
                        break;
                    }
                    j++;
                }
                continue;
            }
            const ch = line[i];
            if (ch === "#")
                return;
            if (ch === "'" || ch === '"') {
                this.quote = line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
                i += this.quote.length;
                continue;
            }
            if (ch === "(" || ch === "[" || ch === "{")
                this.depth++;
            else if ((ch === ")" || ch === "]" || ch === "}") && this.depth > 0)
                this.depth--;
            else if (ch === "\\" && i === n - 1)
                this.continued = true;
            i++;
        }
    }
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
    let metadata;
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
                else if (k === "metadata")
                    metadata = r.span();
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
    const meta = parse(metadata);
    const metaObject = typeof meta === "object" && meta !== null && !Array.isArray(meta) ? meta : undefined;
    const language = metaObject === undefined ? undefined : otherLanguage(metaObject);
    return {
        ok: true,
        nbformat3,
        colabMetadata: metaObject !== undefined && Object.hasOwn(metaObject, "colab"),
        python2: metaObject !== undefined && isPython2Kernel(metaObject),
        ...(language !== undefined ? { otherLanguage: language } : {}),
        cells: refs.map((c) => {
            if (!c.object)
                return c;
            const raw = nbformat3 ? (c.input ?? c.source) : c.source;
            return {
                object: true,
                cellType: parse(c.cellType),
                source: () => (nbformat3 ? (parse(c.input) ?? parse(c.source)) : parse(c.source)),
                // a plain word in the source's JSON text is in its value (it has no escapes to hide in)
                mentions: (word) => raw !== undefined && text.slice(raw.start, raw.end).includes(word),
            };
        }),
    };
}
/** A key of a metadata object (undefined when `o` is not an object). */
function field(o, key) {
    return typeof o === "object" && o !== null && !Array.isArray(o) ? o[key] : undefined;
}
/**
 * Whether a notebook's metadata names a Python 2 kernel: aymericdamien/TensorFlow-Examples' TF 1 notebooks run
 * on `python2` ("IPython (Python 2.7)"), where `print "..."` is valid.
 */
function isPython2Kernel(meta) {
    const name = field(meta.kernelspec, "name");
    if (typeof name === "string" && /^python2(?:\.\d+)?$/i.test(name))
        return true;
    const version = field(meta.language_info, "version");
    const language = field(meta.language_info, "name");
    return typeof version === "string" && /^2\./.test(version) && (language === undefined || language === "python");
}
/**
 * Languages of Jupyter kernels that are not Python (IRkernel, IJulia, IHaskell, almond, IJava, xeus-cling, tslab,
 * bash_kernel, ...). Only these are left unread: a kernel whose language the list does not know (a Spark or
 * polyglot kernel) is read as Python, as before, at worst with a parse error.
 */
const NON_PYTHON_LANGUAGE = /^(?:r|julia|haskell|scala|java|kotlin|groovy|clojure|javascript|typescript|c|c\+\+(?:\d+)?|cpp|c#|csharp|f#|fsharp|go|rust|ruby|perl|php|lua|swift|dart|ocaml|elixir|erlang|bash|sh|zsh|powershell|sql|matlab|octave|sas|stata|wolfram language|mathematica|prolog)$/i;
/**
 * The language a notebook's metadata names (`language_info.name`, else `kernelspec.language`) when it is one of
 * NON_PYTHON_LANGUAGE: onnx/tutorials' OnnxMenohHaskellImport.ipynb runs on IHaskell, and its cells are no Python
 * to read.
 */
function otherLanguage(meta) {
    const named = field(meta.language_info, "name") ?? field(meta.kernelspec, "language");
    return typeof named === "string" && NON_PYTHON_LANGUAGE.test(named.trim()) ? named.trim() : undefined;
}
const COLAB_LINK = "colab.research.google.com";
/**
 * Scans a notebook's JSON text. Never throws: malformed notebooks become one `parse-error` problem. The result
 * says whether the notebook is made for Google Colab (`colab`: its metadata has a `colab` section, a code cell
 * uses `google.colab`, or a markdown cell links to colab.research.google.com).
 */
function scanNotebook(text, path) {
    const result = { imports: [], usages: [], declared: [], problems: [] };
    const src = typeof text === "string" ? text : "";
    const nb = readNotebookCells(src);
    if (!nb.ok) {
        result.problems.push(parseProblem(path, nb.reason === "json" ? `notebook is not valid JSON: ${nb.message}` : "notebook has no `cells` (nbformat 4) or `worksheets` (nbformat 3) list"));
        return result;
    }
    // A notebook in another language (R, Julia, Haskell) has no Python to read, nor a `%pip install`.
    if (nb.otherLanguage !== undefined)
        return result;
    const cells = nb.cells;
    // The code cells first: whether any holds a word a usage can start with (hasTrigger) is asked of the code
    // alone, not of the notebook's text, most of which is outputs (base64 plots, logs). The cells share aliases,
    // so either all are scanned or none.
    const code = [];
    let scanPython = false;
    let badCell;
    let colab = nb.colabMetadata;
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (!cell?.object) {
            badCell ??= i;
            continue;
        }
        if (cell.cellType !== "code") {
            // an "Open in Colab" link
            if (!colab && cell.cellType === "markdown" && cell.mentions(COLAB_LINK))
                colab = true;
            continue;
        }
        const source = cellSource(cell.source());
        if (source === null) {
            badCell ??= i;
            continue;
        }
        const python = stripIPython(source, path, i, result.declared);
        if (!colab && python.includes("google.colab"))
            colab = true;
        code.push({ cell: i, python });
        if (!scanPython)
            scanPython = hasTrigger(python);
    }
    const scanner = new PythonFileScanner(path, { python2: nb.python2 });
    if (scanPython) {
        for (const { cell, python } of code) {
            try {
                scanner.scan(python, cell);
            }
            catch (e) {
                result.problems.push(parseProblem(path, `internal scanner error: ${e.message}`, cell));
            }
        }
    }
    result.imports = scanner.result.imports;
    result.usages = scanner.result.usages;
    if (colab)
        result.colab = true;
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
 * Reads and decodes a file into `facts` (bytes, blob id when asked). Returns its text (a project template's
 * with its Jinja neutralised: src/scanning/template.ts), or undefined after recording why it was not read
 * (unreadable, binary content).
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
    const decoded = (0,decode/* decodeSource */.E)(buf, { utf16Bom: decode/* UTF16_KINDS */.P.has(file.kind) });
    if (!decoded.ok) {
        facts.problems.push({ kind: "skipped", path: file.path, message: decoded.reason });
        return undefined;
    }
    return (0,layout/* isTemplatePath */.OY)(file.path) ? renderTemplatePlaceholders(decoded.text, file.kind) : decoded.text;
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
        const r = file.kind === "python" ? scanPythonSource(text, file.path) : scanNotebook(text, file.path);
        facts.imports = r.imports;
        facts.usages = r.usages;
        facts.declared = r.declared;
        facts.problems = r.problems;
        if (r.colab)
            facts.colab = true;
        detachStrings(facts);
    }
    catch (e) {
        scanFailed(facts, e);
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/scanning/prime-sample.ts
/**
 * The input the code scanners are primed with (src/scanning/prime.ts): one Python module that uses every
 * construct the lexer and the scanner tell apart, a few lines of the malformed input they recover from, CRLF
 * line ends with tab indentation, and a notebook with every kind of cell and output. Only executed code paths
 * matter here, not the facts: they are discarded. tests/scanning/prime.test.ts checks that the samples still
 * reach the scanner's paths (imports of every form, each kind of usage, the recovery problems, notebook pins).
 */
/** A valid Python 3 module (CPython's `ast` parses it) touching every token kind and scanner path. */
const PRIME_PYTHON = String.raw `#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Module docstring naming torch.compile and tf.lite, which are not usages."""
from __future__ import annotations
import os, sys
import json as _json
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import tensorflow as tf
import tensorflow.compat.v1 as tf1
from tensorflow import keras
from tensorflow.keras import layers as L, mixed_precision
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.distributed.fsdp import (
    FullyShardedDataParallel as FSDP,
    MixedPrecision,
)
from . import utils
from .models import Net as _Net
from .. import config
import a.b.c as abc
try:
    import onnxruntime as ort
except ImportError:
    ort = None
try:
    import jax
    import jax.numpy as jnp
except (ImportError, ModuleNotFoundError) as e:
    raise RuntimeError("jax missing") from e
finally:
    pass
from contextlib import suppress
with suppress(ImportError):
    import tensorflow_addons as tfa
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import transformers
if is_torch_available():
    import torch_xla.core.xla_model as xm
elif sys.version_info >= (3, 8):
    pass
else:
    import lightning as pl

N = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + .5 + 5. + 3j + 1E10 + 0xdead_beef
S = 'single' "double" '''triple
single''' """triple
double""" r'raw\d' u'unicode' R"RAW"
BS = b'bytes' rb'\x00' Br'x'
FS = f'{N}' f"{N!r:>10}" f'{f"{N}"}' rf'{S}\d' f'''{N}
{S!s}''' f"{{literal}}" f'{N:{10}.{2}}' f"{ {'a': 1}['a'] }"
ESC = 'it\'s' "say \"hi\"" 'tab\there' '\\' "\\\""
path = "model.tflite"
export_path = "gs://example-models/mobile/quantized/int8/exported/from/the/training/run/of/the/week/for/the/phone/build/model_int8.tflite"
url = "http://localhost:8501/v1/models/resnet:predict"
policy = "mixed_float16"
os.environ["KERAS_BACKEND"] = "jax"
lst = [1, 2, 3,
       4, 5]
dct = {"a": (1, 2), 'b': {3, 4}}
total = 1 + \
    2
x = y = z = None; w = 1
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 3; a **= 2; a @= m; a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
b = (a < 1) or (a > 2) and (a <= 3) != (a >= 4) == (not a) is None
c = a if a else ~a ^ a & a | a << 1 >> 1
d = lambda q, *args, **kw: (q, args, kw)
e = [i for i in range(10) if i % 2]
if (n := len(e)) > 3:
    print(n, ...)
café = "non-ASCII identifier"
données = café

@torch.no_grad()
@torch.jit.script
def forward(x: torch.Tensor, *, scale: float = 1.0) -> torch.Tensor:
    """Docstring: torch.compile(model) is only text here."""
    import tensorflow_hub as hub  # lazy import
    global N
    y = F.relu(x) * scale
    return torch.compile(y, mode="max-autotune", fullgraph=True)

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(10, 10)
        self.q = torch.ao.quantization.quantize_dynamic(self.fc, {nn.Linear}, dtype=torch.qint8)

    async def step(self, batch):
        nonlocal_value = await batch
        with torch.autocast("cuda", dtype=torch.bfloat16), torch.cuda.amp.autocast():
            out = self.fc(batch).to("cuda").half()
        return out

model = DDP(Model().cuda(), device_ids=[0])
cfg = dict(jit_compile=True, mode="max-autotune")
model = FSDP(model, mixed_precision=MixedPrecision(param_dtype=torch.float16))
opt = torch.optim.AdamW(model.parameters(), lr=-1e-3)
scaler = torch.cuda.amp.GradScaler(enabled=True)
traced = torch.jit.trace(model, torch.randn(1, 10))
torch.onnx.export(model, torch.randn(1, 10), "model.onnx", opset_version=17)
qmodel = torch.quantization.quantize_dynamic(model)
strategy = tf.distribute.TPUStrategy(tf.distribute.cluster_resolver.TPUClusterResolver())
mixed_precision.set_global_policy("mixed_bfloat16")
keras.mixed_precision.set_global_policy(policy)

@tf.function(jit_compile=True)
def train_step(x):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(x)
    return tape.gradient(loss, [x])

converter = tf.lite.TFLiteConverter.from_saved_model("export/")
tflite_model = converter.convert()
open(f"{path}", "wb").write(tflite_model)
tf.saved_model.save(model, "export/1")
model.save("saved_model_dir")
model.export("exported")
sess = tf1.Session(); tf.compat.v1.disable_eager_execution()
ds = tf.data.Dataset.from_tensor_slices(np.zeros(3)).batch(32).prefetch(tf.data.AUTOTUNE)
tf.keras.layers.Dense(10)
x = xm.xla_device()
match x:
    case [a, b]:
        pass
    case {"k": v}:
        pass
    case _:
        pass
while False:
    break
for i in range(3):
    continue
del x
assert True, "message"
`;
/** Malformed input: a Python 2 print statement, a stray character, an unterminated string, an unclosed bracket. */
const PRIME_BROKEN_PYTHON = "import torch\nprint \"python 2\"\nexec \"code\"\n$ stray\ns = 'unterminated\nt = (1,\n";
/** A triple-quoted string still open at the end of the file (the lexer's end-of-file recovery). */
const PRIME_UNTERMINATED = 'import torch\nmodel = torch.compile(model, mode="""never closed\n';
/** A last line with no line end (the lexer's end-of-file NEWLINE). */
const PRIME_NO_FINAL_NEWLINE = "import torch\nmodel = torch.compile(model)";
/** CRLF line ends, tab indentation and a form feed (the lexer's other line-end and indentation paths). */
const PRIME_CRLF_TABS = "import torch as T\r\nif T.cuda.is_available():\r\n\tmodel = T.compile(model)\r\n\tif True:\r\n\t\tpass\r\n\fx = 1\r\n";
/** An nbformat 4 notebook: markdown, code (magics, shell escapes, help, `%pip`), raw cells; stream, image, error outputs. */
const PRIME_NOTEBOOK = "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n    \"# Title\\n\",\n    \"Uses `torch.compile` in text only.\\n\"\n   ]\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n   \"metadata\": {\n    \"tags\": []\n   },\n   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\n      \"epoch 1 loss 0.5\\n\",\n      \"epoch 2 loss 0.4\\n\"\n     ]\n    }\n   ],\n   \"source\": [\n    \"%pip install torch==2.1.0 'tensorflow>=2.12'\\n\",\n    \"!pip install -q onnx\\n\",\n    \"import torch\\n\",\n    \"x = torch.compile(model)\\n\",\n    \"model?\\n\",\n    \"?torch.nn\\n\",\n    \"files = !ls\\n\"\n   ]\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 2,\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"data\": {\n      \"image/png\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\",\n      \"text/plain\": [\n       \"<Figure>\"\n      ]\n     },\n     \"metadata\": {},\n     \"output_type\": \"display_data\"\n    },\n    {\n     \"data\": {\n      \"text/plain\": [\n       \"tensor([1.])\"\n      ]\n     },\n     \"execution_count\": 2,\n     \"metadata\": {},\n     \"output_type\": \"execute_result\"\n    }\n   ],\n   \"source\": \"%%time\\nimport tensorflow as tf\\ntf.function(jit_compile=True)\\nconverter = tf.lite.TFLiteConverter.from_keras_model(m)\\n\"\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"ename\": \"ValueError\",\n     \"evalue\": \"bad\",\n     \"output_type\": \"error\",\n     \"traceback\": [\n      \"\\u001b[0;31mValueError\\u001b[0m\"\n     ]\n    }\n   ],\n   \"source\": [\n    \"%%bash\\n\",\n    \"pip install jax[cuda] \\\\\\n\",\n    \"  flax\\n\"\n   ]\n  },\n  {\n   \"cell_type\": \"raw\",\n   \"metadata\": {},\n   \"source\": [\n    \"raw \\\"text\\\" \\u00e9\\n\"\n   ]\n  }\n ],\n \"metadata\": {\n  \"kernelspec\": {\n   \"display_name\": \"Python 3\",\n   \"language\": \"python\",\n   \"name\": \"python3\"\n  },\n  \"language_info\": {\n   \"name\": \"python\",\n   \"version\": \"3.11.7\"\n  }\n },\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}";

;// CONCATENATED MODULE: ./src/scanning/prime.ts




/** Below this many bytes of Python and notebooks to scan on a thread, priming is not worth its cost. */
const PRIME_MIN_BYTES = 2 * 1024 * 1024;
let primed = false;
/** Runs the samples through the code scanners, the first time it is called on this thread. */
function primeCodeScanners() {
    if (primed)
        return;
    primed = true;
    try {
        const py = scanPythonSource(PRIME_PYTHON, "prime/sample.py");
        // Once more with no line skipped: most of the sample's lines name no candidate, so with the fast path the
        // line skipper consumes them and the token reader never sees their string prefixes and operators.
        scanPythonSource(PRIME_PYTHON, "prime/sample.py", { fastPath: false });
        scanPythonSource(PRIME_BROKEN_PYTHON, "prime/broken.py");
        scanPythonSource(PRIME_UNTERMINATED, "prime/unterminated.py");
        scanPythonSource(PRIME_NO_FINAL_NEWLINE, "prime/no_final_newline.py");
        scanPythonSource(PRIME_CRLF_TABS, "prime/crlf_tabs.py");
        const nb = scanNotebook(PRIME_NOTEBOOK, "prime/sample.ipynb");
        for (const [r, kind] of [[py, "python"], [nb, "notebook"]]) {
            const facts = { path: "prime", kind, bytes: 0, imports: r.imports, usages: r.usages, declared: r.declared, locked: [], problems: r.problems };
            detachStrings(facts);
        }
    }
    catch {
        // The scanners never throw on bad input; if they did here, the real scan reports it per file.
    }
}

;// CONCATENATED MODULE: ./src/scanning/scan-file.ts






// The code scanner too, for the threads' queue (src/scanning/parallel.ts): one lazily loaded module for every
// scanner, so an audit whose facts all come from the cache loads none of them.



/**
 * Scans one discovered file. Never throws: a failure becomes a problem on the file. The other files a manifest
 * reads through `readRepoFile` are recorded in the facts' `reads` (the facts cache checks them).
 */
function scanFile(file, readRepoFile, opts = {}) {
    if (isCodeKind(file.kind))
        return scanCodeFile(file, opts);
    const facts = emptyFacts(file);
    if (file.kind === "artifact")
        return facts;
    const text = readSource(file, facts, opts.hash === true);
    if (text === undefined)
        return facts;
    const reads = [];
    try {
        const r = readManifest(file.kind, text, { path: file.path, readFile: (0,repo_reader/* recordingReader */.zI)(readRepoFile, reads) });
        // A template's version placeholder (`torchvision=={{ cookiecutter.torchvision_version }}`) is chosen when
        // the template is rendered: the requirement stays, unpinned.
        facts.declared = (0,layout/* isTemplatePath */.OY)(file.path) ? r.declared.map((d) => (holdsPlaceholder(d.specifier) ? { ...d, specifier: "" } : d)) : r.declared;
        facts.locked = r.locked;
        facts.usages = r.usages;
        facts.problems = r.problems;
        if (r.partial)
            facts.partialDeclarations = true;
        if (r.provides?.length)
            facts.provides = r.provides;
        // setup.py is Python too: its imports (e.g. `import torch` for a CUDA extension build) are real code.
        if (file.kind === "setup-py") {
            const py = scanPythonSource(text, file.path);
            facts.imports = py.imports;
            facts.usages = [...facts.usages, ...py.usages];
        }
        detachStrings(facts);
    }
    catch (e) {
        scanFailed(facts, e);
    }
    // Also after a failure: what was read so far is what the facts depend on.
    if (reads.length > 0)
        facts.reads = reads;
    return facts;
}


/***/ })

};

export const id = 711;
export const ids = [711];
export const modules = {

/***/ 7711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJson: () => (/* binding */ renderJson)
/* harmony export */ });
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
    "severity", "message", "locations", "helpUri", "sourceUri", "fingerprint",
    // delta
    "base", "added", "removed", "files",
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));
/** Contract order first, then any other key alphabetically. */
function compareKeys(a, b) {
    const ra = RANK.get(a);
    const rb = RANK.get(b);
    if (ra !== undefined && rb !== undefined)
        return ra - rb;
    if (ra !== undefined)
        return -1;
    if (rb !== undefined)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** An array index as a property name (`"0"`, `"17"`): objects list those first, in numeric order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
const isIndexKey = (k) => INDEX_KEY.test(k) && Number(k) < 4294967295;
/**
 * The report order of `keys`, and whether they are in that order already. Most objects of a report (locations,
 * findings) are built in report order with plain keys: one pass over their keys says so. Anything else (keys out
 * of order, an index-like key, `__proto__`, `toJSON`) goes through computeShape.
 */
function shapeOf(keys) {
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const c = k.charCodeAt(0);
        if ((c >= 48 && c <= 57) || k === "__proto__" || k === "toJSON" || (i > 0 && compareKeys(keys[i - 1], k) > 0))
            return computeShape(keys);
    }
    return { order: keys, inOrder: true };
}
/**
 * The keys in report order, as assigning them in that order to a fresh object and listing them again gives:
 * index-like keys come first in numeric order, and `__proto__` does not become a property.
 */
function computeShape(keys) {
    const sorted = keys.filter((k) => k !== "__proto__").sort(compareKeys);
    const order = [...sorted.filter(isIndexKey).sort((a, b) => Number(a) - Number(b)), ...sorted.filter((k) => !isIndexKey(k))];
    // An object with its own toJSON is copied: the copy, not the method, is what gets written.
    const inOrder = order.length === keys.length && order.every((k, i) => k === keys[i]) && !keys.includes("toJSON");
    return { order, inOrder };
}
/**
 * `value` with every object's keys in report order: the value itself where that already holds (most of a
 * report: locations and findings are built in that order), otherwise a copy. JSON.stringify of the result
 * writes the same text as of a sorted copy of everything, without copying megabytes of report. Only plain
 * objects and arrays are kept as they are: JSON.stringify would call another object's toJSON, where a copy
 * holds its own enumerable properties.
 */
function ordered(value) {
    if (value === null || typeof value !== "object")
        return value;
    if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype || Object.hasOwn(value, "toJSON"))
            return value.map(ordered);
        let copy;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const o = ordered(v);
            if (o !== v && !copy)
                copy = value.slice(0, i);
            if (copy)
                copy[i] = o;
        }
        return copy ?? value;
    }
    const obj = value;
    const { order, inOrder } = shapeOf(Object.keys(obj));
    const proto = Object.getPrototypeOf(obj);
    // Undefined and function values need no copy: JSON.stringify leaves them out as the copy would.
    let out = inOrder && (proto === Object.prototype || proto === null) ? undefined : {};
    for (let i = 0; i < order.length; i++) {
        const k = order[i];
        const v = obj[k];
        if (v === undefined || typeof v === "function")
            continue;
        const o = ordered(v);
        if (!out && o !== v) {
            out = {};
            for (let j = 0; j < i; j++) {
                const kj = order[j];
                const vj = obj[kj];
                if (vj !== undefined && typeof vj !== "function")
                    out[kj] = vj;
            }
        }
        if (out)
            out[k] = o;
    }
    return out ?? obj;
}
/** The JSON report. `fit` and `delta` are always present (null when the report has none). */
function renderJson(report) {
    // usageFiles is the delta's input, not part of the report.
    const { usageFiles: _, ...rest } = report;
    const full = { ...rest, fit: report.fit ?? null, delta: report.delta ?? null };
    return JSON.stringify(ordered(full), null, 2) + "\n";
}


/***/ })

};

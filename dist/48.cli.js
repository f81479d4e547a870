export const id = 48;
export const ids = [48];
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


/***/ })

};

export const id = 48;
export const ids = [48];
export const modules = {

/***/ 8048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   computeDelta: () => (/* binding */ computeDelta)
/* harmony export */ });
/* unused harmony export findingKey */
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


/***/ })

};

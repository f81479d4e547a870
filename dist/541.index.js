export const id = 541;
export const ids = [541];
export const modules = {

/***/ 541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyze: () => (/* binding */ analyze)
});

// EXTERNAL MODULE: ./src/core/names.ts
var core_names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/knowledge/features.ts
var knowledge_features = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/knowledge/layout.ts
var knowledge_layout = __webpack_require__(3480);
;// CONCATENATED MODULE: ./src/analysis/own-code.ts
/**
 * Where a repository's own code lives, for choosing the place that best shows a package or feature in use
 * (a framework's "first at", MFA101/MFA103's first place, a feature's first witness). Three ranks:
 *
 * 0. code in a package the repository builds: the folder right below a `src/` folder at any depth
 *    (`src/peft/` in huggingface/peft, `tabular/src/autogluon/` in autogluon's monorepo, namespace packages
 *    included), or, without such a src layout, a folder at the root with an `__init__.py` (`ts/` in
 *    pytorch/serve, `models/` in ultralytics/yolov5), or the sub-package of a root namespace package that a
 *    manifest builds by that name (`megatron/core/` of NVIDIA/Megatron-LM's megatron-core: `megatron/` has
 *    no `__init__.py`);
 * 1. other code of the project (root scripts, folders without `__init__.py`, and notebooks anywhere outside
 *    rank 2: a notebook is never a module of the package it sits in, as tensorflow/ranking's
 *    tensorflow_ranking/datasets/rd_suite/RD_Suite_Eval_Script.ipynb is not);
 * 2. code around the project: docs, tests, examples, benchmarks, scripts (isAuxiliaryCodePath), also inside a
 *    package (`src/pkg/tests/`).
 *
 * Path order alone named huggingface/peft's PyTorch "first at method_comparison/MetaMathQA/run.py" and
 * pytorch/serve's at kubernetes/kserve/..., folders that sort before the package and hold no package.
 */

const IDENT = /^[A-Za-z_]\w*$/;
class OwnCode {
    /** Package folders with their trailing `/`. */
    roots;
    constructor(roots) {
        this.roots = [...new Set(roots)].sort();
    }
    /** No package known: ranks 1 and 2 only. */
    static NONE = new OwnCode([]);
    /**
     * The package folders among repo-relative `/`-separated paths of scanned files. `distributions`: the names
     * the repository's manifests give the distributions they build (FileFacts.provides); when a package folder
     * is named like one of them, only such folders count (pytorch/torchtune's torchtune/, not recipes/ beside it).
     */
    static fromPaths(paths, distributions = []) {
        const atRoot = [];
        const belowSrc = [];
        /** Folders two deep with an `__init__.py` (`megatron/core`), candidates for a namespace package's part. */
        const second = [];
        const packages = new Set();
        for (const path of paths) {
            if (!path.endsWith("/__init__.py"))
                continue;
            const parts = path.split("/");
            packages.add(path.slice(0, -"/__init__.py".length));
            if (parts.length === 3)
                second.push(`${parts[0]}/${parts[1]}`);
            let root;
            let src = false;
            // (a negative start would count from the end: `src/__init__.py` has no folder below src/)
            const at = parts.length >= 3 ? parts.lastIndexOf("src", parts.length - 3) : -1;
            if (at >= 0) {
                root = parts.slice(0, at + 2).join("/");
                src = true;
            }
            else if (parts.length === 2)
                root = parts[0];
            if (root === undefined || !IDENT.test(root.slice(root.lastIndexOf("/") + 1)))
                continue;
            if ((0,knowledge_layout/* isAuxiliaryFolder */.$K)(root))
                continue;
            (src ? belowSrc : atRoot).push(`${root}/`);
        }
        const names = new Set();
        for (const d of distributions)
            names.add(d.trim().replace(/[-.]+/g, "_").toLowerCase());
        // A part of a namespace package (its parent folder has no `__init__.py`) counts only when a manifest builds
        // it by name: two-deep packages are otherwise tools' and configs' folders as often as a project's code.
        const namespaced = second
            .filter((f) => !packages.has(f.slice(0, f.indexOf("/"))) && !(0,knowledge_layout/* isAuxiliaryFolder */.$K)(f) && names.has(f.replace("/", "_").toLowerCase()))
            .map((f) => `${f}/`);
        // A `src/` folder inside a root package is part of it (keras-team/keras' keras/src/, Megatron-LM's
        // megatron/core/distributed/fsdp/src/). With a src layout the distribution is built from src/; packages
        // beside it (huggingface/peft's method_comparison/) are the repository's tooling.
        const enclosing = [...atRoot, ...namespaced];
        const layout = belowSrc.filter((r) => !enclosing.some((p) => r.startsWith(p)));
        const roots = layout.length > 0 ? layout : enclosing;
        const named = roots.filter((r) => namespaced.includes(r) || names.has(r.slice(r.lastIndexOf("/", r.length - 2) + 1, -1).toLowerCase()));
        return new OwnCode(named.length > 0 ? named : roots);
    }
    /** The package folders (for tests and traces). */
    get packages() {
        return this.roots;
    }
    /**
     * The import names of the packages (`src/nncf/` -> `nncf`, `tabular/src/autogluon/` -> `autogluon`,
     * `megatron/core/` -> `megatron.core`, `src/` itself -> `src`).
     */
    get importNames() {
        return this.roots.map((root) => {
            const parts = root.slice(0, -1).split("/");
            // (a negative start would count from the end: `src/` itself has no folder above it)
            const src = parts.length >= 2 ? parts.lastIndexOf("src", parts.length - 2) : -1;
            return parts.slice(src + 1).join(".");
        });
    }
    /** The rank of a folder's files by the folder alone: asked for every import and usage offered as a first place. */
    byFolder = new Map();
    /** 0: in a package the repository builds; 1: other own code; 2: code around the project (isAuxiliaryCodePath). */
    rank(path) {
        const slash = path.lastIndexOf("/");
        if ((0,knowledge_layout/* isTestFileName */.wt)(path.slice(slash + 1)))
            return 2;
        const folder = slash > 0 ? path.slice(0, slash) : "";
        let r = this.byFolder.get(folder);
        if (r === undefined) {
            const inside = `${folder}/`;
            r = folder !== "" && (0,knowledge_layout/* isAuxiliaryFolder */.$K)(folder) ? 2 : this.roots.some((root) => inside.startsWith(root)) ? 0 : 1;
            this.byFolder.set(folder, r);
        }
        return r === 0 && path.endsWith(".ipynb") ? 1 : r;
    }
}

;// CONCATENATED MODULE: ./src/analysis/context.ts



const CODE_KINDS = new Set(["python", "notebook"]);
/**
 * Whether a usage is a use in code: in a source or notebook, and not implied by a declaration (a manifest's own
 * places, a notebook's `%pip install`). A feature's first witness and the PR delta's "declared in" ask it.
 */
function isUseInCode(ctx, u) {
    const kind = u.fileKind ?? ctx.kinds.get(u.path);
    return u.derived !== true && kind !== undefined && CODE_KINDS.has(kind);
}
const MANIFEST_KINDS = new Set(["requirements", "pyproject", "setup-py", "setup-cfg", "pipfile", "pixi", "conda", "cog", "dockerfile", "package-json"]);
function compareLoc(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return compareInFile(a, b);
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
for (const feat of knowledge_features/* FEATURES */.G) {
    for (const dist of new Set(feat.distributions ?? [])) {
        let list = FEATURES_BY_DISTRIBUTION.get(dist);
        if (!list)
            FEATURES_BY_DISTRIBUTION.set(dist, (list = []));
        list.push(feat);
    }
}
const FEATURES_WITH_IMAGES = knowledge_features/* FEATURES */.G.filter((f) => (f.dockerImages ?? []).length > 0);

/** compareLoc without the path, for records already known to share it. */
function compareInFile(a, b) {
    const ca = a.cell ?? -1;
    const cb = b.cell ?? -1;
    if (ca !== cb)
        return ca - cb;
    return a.line - b.line;
}
/** compareInFile, then the feature. */
function compareUsages(a, b) {
    return compareInFile(a, b) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0);
}
/**
 * Records collected by path, listed by compareLoc (then a tie-breaker) in the order a stable sort of all of
 * them in input order gives. A file's own records come as the scanner's array, used as it is (never changed)
 * and sorted only if it is not in order already (the scanners mostly write in order); the distinct paths are
 * sorted once, instead of comparing paths in every comparison.
 */
class PathSorter {
    cmp;
    runs = new Map();
    /** Runs this sorter made itself (for records added one by one): the only ones it may append to. */
    own = new Set();
    /** `cmp` orders the records of one path. */
    constructor(cmp) {
        this.cmp = cmp;
    }
    /**
     * Adds a file's records as one run when all of them are its own (`own`: valid and under the file's path),
     * looking at each record once for that and for how they are ordered; returns false, adding nothing,
     * otherwise. The array is kept, never changed.
     */
    addFile(path, records, own) {
        let inOrder = true;
        let distinct = true;
        for (let i = 0; i < records.length; i++) {
            const r = records[i];
            if (!own(r, path))
                return false;
            if (i > 0 && inOrder) {
                const c = this.cmp(records[i - 1], r);
                if (c > 0)
                    inOrder = false;
                else if (c === 0)
                    distinct = false;
            }
        }
        if (records.length === 0)
            return true;
        const run = { records, inOrder, distinct, fileOwn: true };
        const runs = this.runs.get(path);
        if (runs)
            runs.push(run);
        else
            this.runs.set(path, [run]);
        return true;
    }
    addOne(record) {
        let runs = this.runs.get(record.path);
        if (!runs)
            this.runs.set(record.path, (runs = []));
        const last = runs[runs.length - 1];
        if (last && this.own.has(last.records)) {
            last.records.push(record);
        }
        else {
            const run = { records: [record], inOrder: false, distinct: false, fileOwn: false };
            this.own.add(run.records);
            runs.push(run);
        }
    }
    paths() {
        return [...this.runs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    /** The records of one path, sorted (stably): a file's own array itself when it is in order already. */
    sortedAt(path) {
        const runs = this.runs.get(path);
        if (runs.length === 1 && runs[0].inOrder)
            return runs[0];
        return { records: sortNearlyInOrder(runs.length === 1 ? runs[0].records : runs.flatMap((r) => r.records), this.cmp), distinct: false, fileOwn: false };
    }
    sorted() {
        const out = [];
        for (const path of this.paths())
            for (const r of this.sortedAt(path).records)
                out.push(r);
        return out;
    }
}
/**
 * A sorted copy of `records`, stably: the same as `[...records].sort(cmp)`. What the scanners write is nearly
 * in order (a file's usages come from a few passes over it, each in order), so an insertion sort does little
 * more than one comparison per record, where the general sort does several per record and calls `cmp` from
 * native code; past a budget of moves (records far out of order) it hands over to the general sort.
 */
function sortNearlyInOrder(records, cmp) {
    const out = records.slice();
    let budget = 8 * out.length + 64;
    for (let i = 1; i < out.length; i++) {
        const r = out[i];
        let j = i - 1;
        while (j >= 0 && cmp(out[j], r) > 0) {
            if (--budget < 0)
                return records.slice().sort(cmp);
            out[j + 1] = out[j];
            j--;
        }
        out[j + 1] = r;
    }
    return out;
}
/** The key two usages are duplicates by (within a run of usages that share path, place and feature). */
const usageKey = (u) => `${u.cell ?? ""}\u0000${u.line}\u0000${u.detail ?? ""}`;
/**
 * The sorted, distinct usages of `sorter` and, per feature, its usages, witnesses, code count and details, in one
 * pass (each usage is read once more after the sort, not once per step that needs it).
 * Usages with the same feature, path, cell, line and detail count once, the first one kept: dropping them
 * after the (stable) sort keeps the same ones as before it, since a duplicate's first occurrence stays first
 * among equals. Duplicates, and the usages of a feature at one place, compare equal and so sit in one run of
 * neighbours: only such runs (rare) are looked into.
 */
function collectUsages(sorter, kinds) {
    const out = { usages: [], byFeature: new Map() };
    const paths = sorter.paths();
    for (let p = 0; p < paths.length; p++) {
        const pathKind = kinds.get(paths[p]);
        collectPath(sorter.sortedAt(paths[p]), pathKind !== undefined && CODE_KINDS.has(pathKind), out);
    }
    return out;
}
/** collectUsages for the sorted usages of one path. */
function collectPath({ records, distinct, fileOwn }, pathInCode, { usages, byFeature }) {
    // start, in `usages`, of the current run of usages that compare equal (the first of a path is always kept)
    let runStart = usages.length;
    for (let i = 0; i < records.length; i++) {
        const u = records[i];
        let newPlace = true;
        if (!distinct && i > 0 && compareUsages(usages[usages.length - 1], u) === 0) {
            const key = usageKey(u);
            let duplicate = false;
            for (let j = runStart; j < usages.length; j++) {
                if (usageKey(usages[j]) === key)
                    duplicate = true;
                if ((usages[j].cell ?? "") === (u.cell ?? ""))
                    newPlace = false;
            }
            if (duplicate)
                continue;
        }
        else {
            runStart = usages.length;
        }
        usages.push(u);
        let entry = byFeature.get(u.feature);
        if (!entry)
            byFeature.set(u.feature, (entry = { all: [], places: [], inCode: 0, details: new Set() }));
        entry.all.push(u);
        if (newPlace)
            entry.places.push(u);
        const detail = u.detail;
        if (detail && typeof detail === "string")
            entry.details.add(detail);
        // A usage the scanner placed in its own file is that file's; copies and derived usages say whose they are.
        if (fileOwn || !(u.derived || u.fileKind !== undefined) ? pathInCode : u.fileKind !== undefined && CODE_KINDS.has(u.fileKind))
            entry.inCode++;
    }
}
/** Whether a file's import / usage is its own as the scanner wrote it: valid, and placed in that file. */
const ownImport = (imp, path) => typeof imp.module === "string" && imp.module !== "" && imp.path === path;
const ownUsage = (u, path) => typeof u.feature === "string" && u.path === path;
/**
 * Locked versions by the folder of their lock file. A declaration takes its version from the nearest folder with
 * a lock file, its own or one above it (the first lock file in path order within that folder): kserve/kserve's python/ holds 17
 * projects, each with its own uv.lock, and one repository-wide table gave python/custom_model's
 * `torch==2.11.0+cpu` the 2.9.1 of python/autogluonserver/uv.lock.
 */
class LockIndex {
    byFolder = new Map();
    constructor(locked) {
        for (const l of [...locked].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
            const folder = folderOf(l.path);
            let table = this.byFolder.get(folder);
            if (table === undefined)
                this.byFolder.set(folder, (table = new Map()));
            if (!table.has(l.normalizedName))
                table.set(l.normalizedName, l.version);
        }
    }
    versionFor(manifestPath, name) {
        if (this.byFolder.size === 0)
            return null;
        for (let folder = folderOf(manifestPath);; folder = folderOf(folder)) {
            // the nearest lock decides, also by leaving a name out (a uv workspace's members share the root's lock)
            const table = this.byFolder.get(folder);
            if (table !== undefined)
                return table.get(name) ?? null;
            if (folder === "")
                return null;
        }
    }
}
/** The folder of a repo-relative path ("" at the root). */
function folderOf(path) {
    const slash = path.lastIndexOf("/");
    return slash < 0 ? "" : path.slice(0, slash);
}
function buildContext(facts, config) {
    const files = facts.files ?? [];
    const kinds = new Map();
    // Paths that more than one file has: there the kind by path may not be that of the file holding a usage.
    const sharedPaths = new Set();
    const colabNotebooks = new Set();
    // the distributions the repository's manifests build (their names)
    const provided = [];
    for (let fi = 0; fi < files.length; fi++) {
        const f = files[fi];
        if (kinds.has(f.path))
            sharedPaths.add(f.path);
        kinds.set(f.path, f.kind);
        if (f.colab === true)
            colabNotebooks.add(f.path);
        if (f.provides)
            for (const name of f.provides)
                provided.push(name);
    }
    const imports = new PathSorter(compareInFile);
    const usages = new PathSorter(compareUsages);
    const declaredSorter = new PathSorter(compareInFile);
    const rawDeclared = [];
    const locked = [];
    const problems = [...(facts.problems ?? [])];
    // Indexed loops that skip empty lists: this runs once per scanned file, mostly before the JIT has optimised
    // it, where a for...of costs an iterator per list.
    for (let fi = 0; fi < files.length; fi++) {
        const f = files[fi];
        const path = f.path;
        const imps = f.imports;
        if (imps && imps.length > 0 && CODE_KINDS.has(f.kind) && !imports.addFile(path, imps, ownImport)) {
            for (let i = 0; i < imps.length; i++) {
                const imp = imps[i];
                if (typeof imp.module !== "string" || imp.module === "")
                    continue;
                imports.addOne(imp.path ? imp : { ...imp, path });
            }
        }
        const decls = f.declared;
        if (decls)
            for (let i = 0; i < decls.length; i++)
                rawDeclared.push({ ...decls[i], path: decls[i].path || path });
        const locks = f.locked;
        if (locks)
            for (let i = 0; i < locks.length; i++)
                locked.push(locks[i]);
        const list = f.usages;
        if (list && list.length > 0) {
            const ownPath = !sharedPaths.has(path);
            if (!ownPath || !usages.addFile(path, list, ownUsage)) {
                for (let i = 0; i < list.length; i++) {
                    const u = list[i];
                    if (typeof u.feature !== "string")
                        continue;
                    usages.addOne(ownPath && u.path === path ? u : { ...u, path: u.path || path, fileKind: f.kind });
                }
            }
        }
        const probs = f.problems;
        if (probs)
            for (let i = 0; i < probs.length; i++)
                problems.push({ ...probs[i], path: probs[i].path || path });
    }
    const locks = new LockIndex(locked);
    for (const d of rawDeclared) {
        if (d.resolvedVersion == null && (d.ecosystem === "pypi" || d.ecosystem === "conda")) {
            d.resolvedVersion = locks.versionFor(d.path, d.normalizedName);
        }
        declaredSorter.addOne(d);
    }
    // Usages implied by declarations (features.md: a declared distribution / serving image counts as a usage).
    for (const d of rawDeclared) {
        const image = d.ecosystem === "docker" ? imageName(d) : undefined;
        const candidates = image === undefined ? FEATURES_BY_DISTRIBUTION.get(d.normalizedName) : FEATURES_WITH_IMAGES;
        if (!candidates)
            continue;
        for (const feat of candidates) {
            const byImage = image !== undefined;
            if (byImage && !feat.dockerImages.some((re) => re.test(image)))
                continue;
            usages.addOne({
                feature: feat.id,
                path: d.path,
                line: d.line,
                ...(d.cell !== undefined ? { cell: d.cell } : {}),
                matched: byImage ? image : d.normalizedName,
                fileKind: kinds.get(d.path),
                derived: true,
                ...(byImage ? {} : { distribution: d.normalizedName }),
            });
        }
    }
    const { usages: distinct, byFeature } = collectUsages(usages, kinds);
    const importIndex = new DottedIndex((i) => i.module);
    for (const path of imports.paths())
        importIndex.pushAll(imports.sortedAt(path).records);
    const declared = declaredSorter.sorted();
    let hasCode = false;
    let hasManifest = declared.length > 0;
    for (const k of kinds.values()) {
        if (CODE_KINDS.has(k))
            hasCode = true;
        if (MANIFEST_KINDS.has(k))
            hasManifest = true;
    }
    return {
        facts,
        config,
        imports: importIndex.items,
        importIndex,
        declared,
        locked,
        usages: distinct,
        byFeature,
        problems,
        kinds,
        hasCode,
        hasManifest,
        localModules: new Set(facts.localModules ?? []),
        ownCode: OwnCode.fromPaths(kinds.keys(), provided),
        colabNotebooks,
    };
}
/**
 * Items grouped by a dotted name (a module, a resolved reference), so that "every item whose name is `ref` or
 * lies under it" looks only at the distinct names that share the first component of `ref`, not at every item.
 */
class DottedIndex {
    nameOf;
    items = [];
    /** Positions in `items`, by name. */
    positions = new Map();
    /** The distinct names, by first dotted component. */
    namesByTop = new Map();
    constructor(nameOf, items = []) {
        this.nameOf = nameOf;
        this.pushAll(items);
    }
    pushAll(items) {
        for (let i = 0; i < items.length; i++)
            this.push(items[i]);
    }
    push(item) {
        const i = this.items.length;
        this.items.push(item);
        const name = this.nameOf(item);
        if (name === undefined)
            return;
        const list = this.positions.get(name);
        if (list) {
            list.push(i);
            return;
        }
        this.positions.set(name, [i]);
        const top = (0,core_names/* topOf */.H)(name);
        const names = this.namesByTop.get(top);
        if (names)
            names.push(name);
        else
            this.namesByTop.set(top, [name]);
    }
    /** The distinct names, in order of first appearance. */
    names() {
        return this.positions.keys();
    }
    /** The items named exactly `name`, in input order. */
    named(name) {
        return (this.positions.get(name) ?? []).map((i) => this.items[i]);
    }
    /** The items named exactly one of `names`: each once, in input order. */
    namedAny(names) {
        const parts = [...new Set(names)].map((n) => this.positions.get(n)).filter((p) => p !== undefined);
        if (parts.length === 0)
            return [];
        const positions = parts.length === 1 ? parts[0] : parts.flat().sort((a, b) => a - b);
        return positions.map((i) => this.items[i]);
    }
    /** The items whose name is `ref` or lies under it (underRef), in input order; adds the names that matched to `names`. */
    under(ref, names) {
        return this.underAny([ref], names);
    }
    /** The items whose name is, or lies under, any of `refs`: each once, in input order. */
    underAny(refs, names) {
        const parts = [];
        const taken = new Set();
        for (const ref of refs) {
            // A name under `ref` starts with `ref`, so its first component is that of `ref`.
            for (const name of this.namesByTop.get((0,core_names/* topOf */.H)(ref)) ?? []) {
                if (taken.has(name) || !underRef(name, ref))
                    continue;
                taken.add(name);
                parts.push(this.positions.get(name));
                names?.add(name);
            }
        }
        if (parts.length === 0)
            return [];
        const positions = parts.length === 1 ? parts[0] : parts.flat().sort((a, b) => a - b);
        return positions.map((i) => this.items[i]);
    }
    /**
     * Calls `fn` for each item whose name is `ref` or lies under it and whose path (`pathOf`) lies in the folder
     * `folder`, name by name (the names in no particular order). The items must be in path order, as the
     * context's import index is: each name's range of the folder is found by binary search.
     */
    forEachUnderIn(ref, folder, pathOf, fn) {
        const lo = folder === "" ? "" : `${folder}/`;
        for (const name of this.namesByTop.get((0,core_names/* topOf */.H)(ref)) ?? []) {
            if (!underRef(name, ref))
                continue;
            const positions = this.positions.get(name);
            for (let i = this.firstAtOrAfter(positions, lo, pathOf); i < positions.length; i++) {
                const item = this.items[positions[i]];
                if (!pathOf(item).startsWith(lo))
                    break;
                fn(item);
            }
        }
    }
    /** The first item (in input order) whose name is `ref` or lies under it. */
    firstUnder(ref) {
        let first = Infinity;
        for (const name of this.namesByTop.get((0,core_names/* topOf */.H)(ref)) ?? []) {
            if (underRef(name, ref))
                first = Math.min(first, this.positions.get(name)[0]);
        }
        return first === Infinity ? undefined : this.items[first];
    }
    /** Whether some item whose name is `ref` or lies under it has its path in `folder` (see forEachUnderIn). */
    hasUnderIn(ref, folder, pathOf) {
        const lo = folder === "" ? "" : `${folder}/`;
        for (const name of this.namesByTop.get((0,core_names/* topOf */.H)(ref)) ?? []) {
            if (!underRef(name, ref))
                continue;
            const positions = this.positions.get(name);
            const i = this.firstAtOrAfter(positions, lo, pathOf);
            if (i < positions.length && pathOf(this.items[positions[i]]).startsWith(lo))
                return true;
        }
        return false;
    }
    /** The first index of `positions` (in path order) whose item's path is not before `path`. */
    firstAtOrAfter(positions, path, pathOf) {
        let a = 0;
        let b = positions.length;
        while (a < b) {
            const mid = (a + b) >>> 1;
            if (pathOf(this.items[positions[mid]]) < path)
                a = mid + 1;
            else
                b = mid;
        }
        return a;
    }
    /** True when some item whose name is `ref` or lies under it satisfies `pred`. */
    someUnder(ref, pred) {
        for (const name of this.namesByTop.get((0,core_names/* topOf */.H)(ref)) ?? []) {
            if (!underRef(name, ref))
                continue;
            for (const i of this.positions.get(name))
                if (pred(this.items[i]))
                    return true;
        }
        return false;
    }
    /** True when some item's name is `ref` or lies under it. */
    has(ref) {
        for (const name of this.namesByTop.get((0,core_names/* topOf */.H)(ref)) ?? [])
            if (underRef(name, ref))
                return true;
        return false;
    }
    /** How many items have one of `names`, and the first `n` of them in input order. */
    first(names, n) {
        let count = 0;
        const heads = [];
        for (const name of names) {
            const list = this.positions.get(name) ?? [];
            count += list.length;
            // positions are ascending, so the first n overall are among each name's first n
            for (let i = 0; i < list.length && i < n; i++)
                heads.push(list[i]);
        }
        heads.sort((a, b) => a - b);
        return { count, items: heads.slice(0, n).map((i) => this.items[i]) };
    }
}
/** True when `name` equals `ref` or lies under it (`torch.cuda.amp.autocast` is under `torch.cuda.amp`). */
function underRef(name, ref) {
    return name !== undefined && (name === ref || name.startsWith(ref + "."));
}
function featureFramework(id) {
    const def = knowledge_features/* FEATURE_BY_ID */.d.get(id);
    if (def)
        return def.framework;
    if (id.startsWith("torch."))
        return "pytorch";
    if (id.startsWith("tf."))
        return "tensorflow";
    return "interop";
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/knowledge/packages.ts
var knowledge_packages = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/knowledge/providers.ts
var providers = __webpack_require__(7218);
// EXTERNAL MODULE: ./src/knowledge/signals.ts
var signals = __webpack_require__(2105);
;// CONCATENATED MODULE: ./src/analysis/dependency-use.ts
/**
 * Which imports use a declared distribution: the import names it provides (src/knowledge/packages.ts) and the
 * libraries that import it on the code's behalf (src/knowledge/providers.ts). Shared by MFA102
 * (unused-dependency) and the requirement inference, which takes no evidence from a package the code does not
 * need.
 */





const FRAMEWORK_IMPORT = { pytorch: "torch", tensorflow: "tensorflow", keras: "keras", jax: "jax", mlx: "mlx" };
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
/** Imports that use a distribution: its own import names and the libraries that import it for the code. */
function importersOf(dist) {
    const fw = knowledge_packages/* DISTRIBUTION_FRAMEWORK */._u[dist];
    return [...importsOfDistribution(dist), ...(providers/* USED_BY_IMPORT */.ai[dist] ?? []), ...(fw ? (providers/* USED_BY_IMPORT */.ai[FRAMEWORK_IMPORT[fw]] ?? []) : [])];
}
/**
 * Whether a declared distribution is unused where `isImported` looks: the audit knows its import names, it is
 * not a tool used without an import (a launcher, a CLI), and neither it nor a library that uses it is imported.
 */
function unusedBy(dist, isImported) {
    return importsOfDistribution(dist).length > 0 && !providers/* USED_WITHOUT_IMPORT */.po.includes(dist) && !importersOf(dist).some(isImported);
}
/**
 * An import the project needs wherever its module is loaded: at module level and required, not optional
 * (try/except ImportError, an availability check) nor inside a function. Only such imports, and declarations
 * of packages imported that way, are evidence of what a project is built for (src/analysis/requirements.ts).
 */
function isNeededImport(i) {
    return i.optional !== true && i.lazy !== true;
}
/**
 * The import that best shows a package in use: a framework's "first at" (explanation, MFA402), the first place
 * of MFA101, MFA103 and of MFA102's "imports it elsewhere". In path order, the first that is needed by the code
 * (not optional, not inside a function) in a package the repository builds (OwnCode rank 0), else needed in its
 * other own code, else the first in a package, else in other own code, else the first needed; undefined leaves
 * path order. Path order alone named facebookresearch/pytorchvideo's optional `import torch` in
 * docs/source/conf.py. Offered in any order.
 */
class LeadImport {
    own;
    best = [undefined, undefined, undefined, undefined, undefined];
    constructor(own = OwnCode.NONE) {
        this.own = own;
    }
    offer(i) {
        // nothing after the best so far can replace it (the common case once the project's package is reached)
        const top = this.best[0];
        if (top !== undefined && compareLoc(i, top) >= 0)
            return;
        const place = this.own.rank(i.path);
        const needed = isNeededImport(i);
        const rank = place === 2 ? (needed ? 4 : -1) : place + (needed ? 0 : 2);
        const cur = rank >= 0 ? this.best[rank] : undefined;
        if (rank >= 0 && (cur === undefined || compareLoc(i, cur) < 0))
            this.best[rank] = i;
    }
    get() {
        return this.best.find((i) => i !== undefined);
    }
}
/** LeadImport's choice among `imports` (`own`: the repository's packages, see OwnCode). */
function leadImport(imports, own) {
    const lead = new LeadImport(own);
    for (const i of imports)
        lead.offer(i);
    return lead.get();
}
/**
 * Whether a declared distribution is only imported on demand (or not at all): no import of it, or of a library
 * that uses it, is a needed one (isNeededImport).
 */
function importedOnDemandOnly(ctx, dist) {
    return unusedBy(dist, (m) => ctx.importIndex.someUnder(m, isNeededImport));
}
/** Every module the requirement signals name (`mlflow`, `google.cloud`, `torch_xla`, ...). */
const SIGNAL_IMPORTS = [...new Set(signals/* REQUIREMENT_SIGNALS */.y.flatMap((s) => s.imports ?? []))];
/**
 * The module a requirement signal's distribution is imported as, when the package table does not know it:
 * the name with `-` as `_` (`mlflow`, `torch-xla` -> `torch_xla`, `cloud-tpu-client` -> `cloud_tpu_client`), and
 * Google Cloud's `google-cloud-<x>` -> `google.cloud.<x>`; kept only when a signal names that module or one
 * above it. Empty for a distribution the package table knows (importsOfDistribution answers for it).
 */
function signalImportsOf(dist) {
    if (importsOfDistribution(dist).length > 0)
        return [];
    const guesses = [dist.replace(/-/g, "_")];
    if (dist.startsWith("google-cloud-"))
        guesses.push(`google.cloud.${dist.slice("google-cloud-".length).replace(/-/g, "_")}`);
    return guesses.filter((g) => SIGNAL_IMPORTS.some((m) => g === m || g.startsWith(m + ".")));
}
/**
 * Whether the code imports a requirement signal's distribution (one the package table does not know), and
 * only on demand: composer's MLflow logger and GCS object store import mlflow and google.cloud.storage inside
 * their methods, for users who install the extra. A distribution the code never imports is left alone (MLflow
 * and Kubeflow are also used from the command line).
 */
function signalImportedOnDemandOnly(ctx, dist) {
    const mods = signalImportsOf(dist);
    return mods.some((m) => ctx.importIndex.someUnder(m, () => true)) && !mods.some((m) => ctx.importIndex.someUnder(m, isNeededImport));
}

;// CONCATENATED MODULE: ./src/analysis/frameworks.ts
/** Frameworks found (imported and/or declared) and the primary framework. */






const MAX_WITNESSES = 20;
/**
 * Answers of frameworksOfImport by module: a tree imports the same few hundred modules tens of thousands of
 * times, and each answer is a pass over the import table. Emptied past a bound (a hostile tree may import
 * many distinct modules).
 */
const frameworksByModule = new Map();
const MAX_MODULES = 10_000;
/**
 * Frameworks an import belongs to. `tensorflow.keras` (tf.keras) counts for TensorFlow AND Keras: importing
 * it imports TensorFlow. A standalone `import keras` counts for Keras only (Keras 3 is backend-agnostic).
 */
function frameworksOfImport(module) {
    let answer = frameworksByModule.get(module);
    if (answer === undefined) {
        const fw = (0,knowledge_packages/* frameworkOfImport */.P4)(module);
        answer = !fw ? [] : fw === "keras" && (module === "tensorflow.keras" || module.startsWith("tensorflow.keras.")) ? ["tensorflow", "keras"] : [fw];
        if (frameworksByModule.size >= MAX_MODULES)
            frameworksByModule.clear();
        frameworksByModule.set(module, answer);
    }
    return answer;
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
/** The witnesses with `lead` first (the rest keep their path order and the cap). */
function withLeadFirst(items, lead) {
    if (lead === undefined || items[0] === lead)
        return [...items];
    return [lead, ...items.filter((i) => i !== lead)].slice(0, Math.max(items.length, 1));
}
function buildFrameworks(ctx) {
    // Imported modules by framework: each distinct module is asked once, and the index gives each framework's
    // import count and first imports without a pass over every import.
    const modules = new Map();
    for (const module of ctx.importIndex.names()) {
        for (const fw of frameworksOfImport(module)) {
            if (!modules.has(fw))
                modules.set(fw, []);
            modules.get(fw).push(module);
        }
    }
    const declared = new Map();
    for (const d of ctx.declared) {
        const fw = frameworkOfDeclared(d);
        if (!fw)
            continue;
        if (!declared.has(fw))
            declared.set(fw, []);
        declared.get(fw).push(d);
    }
    // Files with a required (not optional) import, per framework and of any framework; frameworks with a
    // required import outside function bodies.
    const filesOf = new Map();
    const mlFiles = new Set();
    const eager = new Set();
    // Notebooks made for Colab, and per framework those of them that import a module Colab's runtime ships.
    const colab = ctx.colabNotebooks;
    const colabOf = new Map();
    const leads = new Map();
    for (const [fw, mods] of modules) {
        const files = new Set();
        const inColab = new Set();
        const lead = new LeadImport(ctx.ownCode);
        leads.set(fw, lead);
        for (const m of mods) {
            const shipped = colab.size > 0 && providers/* COLAB_PROVIDES */.rb.has((0,core_names/* topOf */.H)(m));
            for (const i of ctx.importIndex.named(m)) {
                lead.offer(i);
                if (i.optional === true)
                    continue;
                files.add(i.path);
                if (shipped && colab.has(i.path))
                    inColab.add(i.path);
                if (isNeededImport(i))
                    eager.add(fw);
            }
        }
        filesOf.set(fw, files);
        if (inColab.size > 0)
            colabOf.set(fw, inColab);
        for (const f of files)
            mlFiles.add(f);
    }
    const out = [];
    for (const id of types/* FRAMEWORK_IDS */.Gt) {
        const imps = ctx.importIndex.first(modules.get(id) ?? [], MAX_WITNESSES);
        const decl = declared.get(id) ?? [];
        if (imps.count === 0 && decl.length === 0)
            continue;
        const importFiles = filesOf.get(id)?.size ?? 0;
        const optionalOnly = imps.count > 0 && importFiles === 0;
        const report = {
            id,
            imported: imps.count > 0,
            importWitnesses: withLeadFirst(imps.items, leads.get(id)?.get()).map(loc),
            importCount: imps.count,
            importFiles,
            mlFiles: mlFiles.size,
            declared: decl.map(toRef),
            ...(optionalOnly ? { optionalOnly: true } : {}),
        };
        const inColab = colabOf.get(id)?.size ?? 0;
        if (decl.length === 0 && inColab > 0)
            report.colabNotebooks = inColab;
        if (id === "keras") {
            const backends = kerasBackends(ctx);
            if (backends.length > 0)
                report.backends = backends;
        }
        const onDemand = !eager.has(id);
        if (isIncidental(report, decl, onDemand)) {
            report.incidental = true;
            if (onDemand)
                report.onDemandOnly = true;
        }
        else if (aroundPackageOnly(ctx, report, filesOf.get(id), decl)) {
            report.incidental = true;
            report.aroundPackageOnly = true;
        }
        out.push(report);
    }
    return out;
}
/**
 * The Keras backends the code selects (`keras.backend` usages: `os.environ["KERAS_BACKEND"] = "jax"`), the
 * most often set first, then by name.
 */
function kerasBackends(ctx) {
    const counts = new Map();
    for (const u of ctx.byFeature.get("keras.backend")?.all ?? []) {
        const value = typeof u.detail === "string" ? /="([^"]*)"$/.exec(u.detail)?.[1] : undefined;
        if (value)
            counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}
/**
 * Whether a compared framework is incidental to the stack: imported (not only optionally) in under
 * INCIDENTAL_SHARE of the files that import an ML framework, or only inside function bodies (`onDemand`: an
 * optional backend such as torchrl's TensorFlow reference resize, loaded when the method is called), and
 * declared by no manifest for the code to run (a `testing` extra or `docs/requirements.txt` does not count).
 * Seen on real repositories: timm's TensorFlow-1 preprocessing helper for checking ported weights (1 of 261
 * files), an `import torch` in one notebook of google-research/vision_transformer (1 of 18, a JAX project) or
 * in two documentation notebooks of google/flax. Only PyTorch and TensorFlow are judged: the article compares
 * them, and only they can make a hybrid stack.
 */
function isIncidental(f, decl, onDemand) {
    if (f.id !== "pytorch" && f.id !== "tensorflow")
        return false;
    if (f.importFiles === 0 || (!onDemand && f.importFiles >= knowledge_layout/* INCIDENTAL_SHARE */.QC * f.mlFiles))
        return false;
    // A notebook's `%pip install torch` sets up that notebook, not the project.
    return !decl.some((d) => (0,knowledge_layout/* isRuntimeDeclaration */.NO)(d) && !d.source?.startsWith("notebook:"));
}
/**
 * Whether a compared framework is only around the package the repository builds: the package's code imports it
 * only optionally (or not at all), every required import is in code around it (tests, docs, tutorials,
 * examples, benchmarks: OwnCode rank 2), and no main dependency declares it, only extras or groups, tooling
 * manifests, manifests of that surrounding code or a notebook's own setup. optuna/optuna imports torch under
 * `if TYPE_CHECKING:` in its GP sampler (a `_LazyImport("torch")` otherwise), for real only in tutorial/ and
 * tests/, and declares it in its `optional` and `document` extras and its `test` group: an optional backend, not
 * the framework the project runs on (it was "PyTorch: mismatch" for one Google Cloud Storage extra).
 */
function aroundPackageOnly(ctx, f, files, decl) {
    if (f.id !== "pytorch" && f.id !== "tensorflow")
        return false;
    if (ctx.ownCode.packages.length === 0 || files === undefined || files.size === 0)
        return false;
    for (const path of files)
        if (ctx.ownCode.rank(path) !== 2)
            return false;
    return !decl.some((d) => (0,knowledge_layout/* isRuntimeDeclaration */.NO)(d) && d.group === undefined && !d.source?.startsWith("notebook:") && !(0,knowledge_layout/* isAuxiliaryCodePath */.dy)(d.path));
}
/** Code evidence per framework: imports plus feature usages in Python sources and notebooks. */
function codeEvidence(ctx, frameworks, featureFramework) {
    const score = new Map();
    for (const f of frameworks)
        score.set(f.id, f.importCount);
    // per feature (the context counted its usages in code): its framework is asked once, not once per usage
    for (const [feature, { inCode }] of ctx.byFeature) {
        const fw = featureFramework(feature);
        if (fw === "interop" || !score.has(fw))
            continue;
        score.set(fw, score.get(fw) + inCode);
    }
    return score;
}
/**
 * The framework imported (not only optionally) in the most files; ties -> more code evidence (imports and
 * feature usages) -> more declarations -> FRAMEWORK_IDS order. Files first: the feature catalog covers
 * PyTorch and TensorFlow only, so counting usages made google-research/big_vision (JAX in 109 files,
 * TensorFlow input pipelines in 76) a TensorFlow project.
 */
function primaryOf(frameworks, evidence) {
    if (frameworks.length === 0)
        return null;
    const ranked = [...frameworks].sort((a, b) => b.importFiles - a.importFiles ||
        (evidence.get(b.id) ?? 0) - (evidence.get(a.id) ?? 0) ||
        b.declared.length - a.declared.length ||
        types/* FRAMEWORK_IDS */.Gt.indexOf(a.id) - types/* FRAMEWORK_IDS */.Gt.indexOf(b.id));
    return ranked[0].id;
}

;// CONCATENATED MODULE: ./src/analysis/features.ts



function features_loc(u) {
    return { path: u.path, line: u.line, ...(u.cell !== undefined ? { cell: u.cell } : {}), ...(u.column !== undefined ? { column: u.column } : {}) };
}
/** Catalogue position of each feature ID (the first, should an ID repeat), for ordering the reports. */
const CATALOGUE_RANK = new Map();
knowledge_features/* FEATURES */.G.forEach((f, i) => {
    if (!CATALOGUE_RANK.has(f.id))
        CATALOGUE_RANK.set(f.id, i);
});
/** Catalogue order; IDs the catalogue does not know come last, by name. */
function compareIds(a, b) {
    const ra = CATALOGUE_RANK.get(a) ?? Infinity;
    const rb = CATALOGUE_RANK.get(b) ?? Infinity;
    if (ra !== rb)
        return ra - rb;
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The places to show, capped: path order, except that the first use in the project's own code leads, as a
 * framework's first import does: in a package the repository builds if there is one (OwnCode rank 0), else
 * in other own code (a source or notebook not under docs, tests, examples, benchmarks, scripts:
 * isAuxiliaryCodePath), else anywhere. keras-team/keras-hub's tf.data was shown at benchmarks/glue.py before
 * its use in keras_hub/src/. A declaration is no use in code: it never leads over one (Lightning's
 * torch.quantization was shown at an example's requirements.txt, `torchao>=0.7.0`, beside the train.py that
 * imports torchao.float8).
 */
function witnessesOf(ctx, places) {
    let own = -1;
    let aux = -1;
    for (let i = 0; i < places.length; i++) {
        const p = places[i];
        if (!isUseInCode(ctx, p))
            continue;
        const rank = ctx.ownCode.rank(p.path);
        if (rank === 0) {
            own = i;
            break;
        }
        if (rank === 1 && own < 0)
            own = i;
        else if (rank === 2 && aux < 0)
            aux = i;
    }
    if (own < 0)
        own = aux;
    if (own <= 0)
        return places.slice(0, MAX_WITNESSES);
    return [places[own], ...places.slice(0, own), ...places.slice(own + 1)].slice(0, MAX_WITNESSES);
}
function buildFeatures(ctx) {
    const ids = [...ctx.byFeature.keys()].sort(compareIds);
    return ids.map((id) => {
        // One witness per place (a line may carry several details): the context gathered them.
        const { places, details } = ctx.byFeature.get(id);
        const sorted = [...details].sort();
        return {
            id,
            framework: featureFramework(id),
            witnesses: witnessesOf(ctx, places).map(features_loc),
            count: places.length,
            ...(sorted.length ? { details: sorted } : {}),
        };
    });
}

// EXTERNAL MODULE: ./src/analysis/fit.ts
var analysis_fit = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/analysis/findings/registry.ts
var registry = __webpack_require__(8358);
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
/** compareLoc of the place (path, cell, line) against `b`, without building the place. */
function comparePlace(path, cell, line, b) {
    if (path !== b.path)
        return path < b.path ? -1 : 1;
    const ca = cell ?? -1;
    const cb = b.cell ?? -1;
    if (ca !== cb)
        return ca - cb;
    return line - b.line;
}
/**
 * The first `room` distinct places of `list` in compareLoc order, ties in input order, leaving out the keys in
 * `seen`: what a stable sort of `list.map(place)`, dropping repeated and `seen` places, then a cut gives, but in
 * one pass that keeps only the current best few (a rule over a large tree may hand in hundreds of thousands
 * of usages, and sorting them all for twenty places made the analysis superlinear). `place` builds a
 * record's location; `normalize` says that it writes a line below 1 as 1 (toLocation does), so that records
 * are compared by the line they will show.
 */
function selectPlaces(list, room, place, normalize, seen = new Set(), sorted = false) {
    // `best` stays sorted by compareLoc with distinct places; on a tie the earlier input wins (a stable sort).
    const best = [];
    if (room <= 0)
        return best;
    for (const raw of list) {
        const line = !normalize ? raw.line : typeof raw.line === "number" && raw.line >= 1 ? raw.line : 1;
        // Most of a long list loses to the current last place: that test allocates nothing. In a sorted list
        // (lines below 1 read as 1 keep it sorted) every later record loses too.
        if (best.length === room && comparePlace(raw.path, raw.cell, line, best[room - 1]) >= 0) {
            if (sorted)
                break;
            continue;
        }
        // binary search for the first element not less than the new place
        let lo = 0;
        let hi = best.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (comparePlace(raw.path, raw.cell, line, best[mid]) > 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        const loc = place(raw);
        const key = locKey(loc);
        if (seen.has(key))
            continue;
        let dup = false;
        while (lo < best.length && compareLoc(best[lo], loc) === 0) {
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
    return best;
}
/** `first` without repeated places, and the set of their keys. */
function distinctFirst(first) {
    const seen = new Set();
    const out = [];
    for (const l of first) {
        const k = locKey(l);
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push(l);
    }
    return { out, seen };
}
/**
 * Deduplicated, sorted, capped locations. `first` locations keep their place at the front.
 *
 * Same result as sorting the whole list (stably) and keeping the first MAX_FINDING_LOCATIONS distinct
 * places (see selectPlaces). `sorted`: the list is in compareLoc order already (a context list or a part of
 * one), so the selection can stop early.
 */
function locations(list, first = [], sorted = false) {
    const { out, seen } = distinctFirst(first);
    if (out.length >= MAX_FINDING_LOCATIONS)
        return out.slice(0, MAX_FINDING_LOCATIONS);
    for (const l of selectPlaces(list, MAX_FINDING_LOCATIONS - out.length, toLocation, true, seen, sorted))
        out.push(l);
    return out;
}
/**
 * `locations(list)` with the place where a PR annotation and SARIF point first: the first place (path order) in
 * a package the repository builds, else in its other own code (OwnCode), taken from `among` (a part of `list`,
 * all of it by default); the rest in path order. When no place of `among` is in the project's own code, path
 * order. facebookresearch/fairseq's deprecated AMP calls led with examples/ before fairseq/optim/amp_optimizer.py.
 */
function leadLocations(list, own, among = list) {
    const plain = locations(list);
    const first = plain[0];
    // the common case: the first place is in a package already (one question, no pass over the records)
    if (first === undefined || (among === list && own.rank(first.path) === 0))
        return plain;
    let best;
    let bestRank = 2;
    // records come grouped by file: one rank per run of the same path
    let lastPath;
    let rank = 2;
    for (const l of among) {
        if (l.path !== lastPath) {
            lastPath = l.path;
            rank = own.rank(l.path);
        }
        if (rank < bestRank || (rank === bestRank && rank < 2 && compareLocatable(l, best) < 0)) {
            best = l;
            bestRank = rank;
        }
    }
    if (best === undefined || compareLocatable(best, first) === 0)
        return plain;
    return locations(list, [toLocation(best)]);
}
/** compareLoc of two records by the places they show (a line below 1 as 1), without building either. */
function compareLocatable(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    const ca = a.cell ?? -1;
    const cb = b.cell ?? -1;
    if (ca !== cb)
        return ca - cb;
    return (typeof a.line === "number" && a.line >= 1 ? a.line : 1) - (typeof b.line === "number" && b.line >= 1 ? b.line : 1);
}
/**
 * For `selected`, a list that `locations()` returned (already sorted, distinct and capped): a function giving
 * `locations(selected, first)` for any `first`, without sorting again. MFA201 puts the same first places of
 * use after each of up to thousands of files' declarations; they share the location records of `selected`
 * (nothing changes a location once made).
 */
function locationsAfter(selected) {
    const keys = selected.map(locKey);
    return (first) => {
        const { out, seen } = distinctFirst(first);
        if (out.length >= MAX_FINDING_LOCATIONS)
            return out.slice(0, MAX_FINDING_LOCATIONS);
        for (let i = 0; i < selected.length && out.length < MAX_FINDING_LOCATIONS; i++) {
            if (!seen.has(keys[i]))
                out.push(selected[i]);
        }
        return out;
    };
}
/**
 * A finding. With `sourceUri` (a fact from the audit's knowledge tables) the message ends with
 * "Source: <sourceUri>" and the finding carries the URL, for the PR comment to link.
 */
function finding(code, subject, message, locs, sourceUri) {
    const k = (0,registry/* kind */.fM)(code);
    return {
        code: k.code,
        id: k.id,
        severity: k.severity,
        message: sourceUri === undefined ? message : `${message} Source: ${sourceUri}`,
        locations: locs,
        helpUri: (0,registry/* helpUri */.qU)(k),
        ...(sourceUri === undefined ? {} : { sourceUri }),
        fingerprint: `${k.code}:${subject}`,
    };
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


/** Problems listed in a message after the first (the locations keep every place). */
const MORE_LISTED = 3;
function place(p) {
    return p.cell !== undefined ? `cell ${p.cell}, line ${p.line ?? 1}` : p.line ? `line ${p.line}` : "";
}
function parseErrors({ ctx }) {
    const byPath = new Map();
    // A project template's files are meant to hold template syntax; what parses in them is still read.
    for (const p of ctx.problems) {
        if (p.kind !== "parse-error" || (0,knowledge_layout/* isTemplatePath */.OY)(p.path))
            continue;
        const list = byPath.get(p.path);
        if (list)
            list.push(p);
        else
            byPath.set(p.path, [p]);
    }
    return [...byPath].map(([path, ps]) => {
        const first = ps[0];
        // Scanners that recover say so ("the rest was still scanned"); otherwise what the file declares is lost.
        const recovered = ps.every((p) => /rest (was|is) still (scanned|read)|still read|rest of the file/i.test(p.message));
        const consequence = recovered
            ? "What could be read is in the report; fix the file to be sure nothing is missed."
            : "Its dependencies and imports are missing from this report.";
        const where = place(first) ? ` (${place(first)})` : "";
        const rest = ps.slice(1);
        const more = rest.length
            ? ` ${plural(rest.length, "more problem")} in this file: ${rest
                .slice(0, MORE_LISTED)
                .map((p) => (place(p) ? `${place(p)}: ${p.message}` : p.message))
                .join("; ")}${rest.length > MORE_LISTED ? "; ..." : ""}.`
            : "";
        return finding("MFA001", path, `${path} could not be parsed${where}: ${first.message}.${more} ${consequence}`, locations(ps));
    });
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa002-skipped-file.ts

function skippedFiles({ ctx }) {
    return ctx.problems
        .filter((p) => p.kind === "skipped")
        // A problem with a line is about a file that one names (`-r other.txt` in a requirements file): the file
        // itself was read, so it is not "not scanned"; one finding per such file named.
        .map((p) => p.line === undefined
        ? finding("MFA002", p.path, `${p.path} was not scanned: ${p.message}.`, [toLocation(p)])
        : finding("MFA002", `${p.path} ${p.message}`, `${p.path}, line ${p.line}: ${p.message}.`, [toLocation(p)]));
}

;// CONCATENATED MODULE: ./src/analysis/scope.ts


/** The folder of a repo-relative `/`-separated path ("" for the root). */
function scope_folderOf(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? "" : path.slice(0, i);
}
/** The project folder a manifest at `path` names by where it is ("" for the whole repository). */
function manifestScope(path) {
    let dir = scope_folderOf(path);
    // Below an environment folder at any depth (`requirements/pytorch/base.txt`): the project around that folder.
    const parts = dir === "" ? [] : dir.split("/");
    const env = parts.findIndex((p) => knowledge_layout/* ENVIRONMENT_FOLDERS */.k9.has(p.toLowerCase()));
    if (env >= 0)
        dir = parts.slice(0, env).join("/");
    while (dir !== "") {
        const name = dir.slice(dir.lastIndexOf("/") + 1).toLowerCase();
        if (!knowledge_layout/* MANIFEST_FOLDERS */.KL.has(name))
            break;
        dir = scope_folderOf(dir);
    }
    return dir;
}
/**
 * The nearest of `scopes` that contains `path` (the folder itself or an ancestor), or undefined when none does.
 * `memo` keeps the answer per folder (the usages of a tree share few folders).
 */
function governingScope(path, scopes, memo) {
    return containingScopes(path, scopes, memo, NONE)[0];
}
const NONE = [];
/**
 * The project folders of a tree's manifests, given which files are code. A Dockerfile is usually built from the
 * root of the project it serves (`docker build -f utils/docker/Dockerfile .` in ultralytics/yolov5), and a
 * notebook's `%pip install` sets up the environment its project's code runs in: both govern the nearest
 * project, at or above their own folder, that another manifest defines, and the repository when there is none;
 * except a Dockerfile beside code files, in a repository with no manifest at its root: that folder is its
 * project (mlcommons/training's `large_language_model_pretraining/nemo/Dockerfile`, whose NeMo base image
 * provides Lightning to the code beside it, not to the other benchmarks).
 */
class Projects {
    /** Every folder that holds code, at any depth below it. */
    codeFolders = new Set();
    /** The folders that hold code files themselves. */
    ownCodeFolders = new Set();
    /** The scopes of the manifests other than Dockerfiles. */
    projectRoots = new Set();
    kinds;
    scopes = new Map();
    /** Projects with a manifest that computes part of its dependency list (FileFacts.partialDeclarations), and those manifests. */
    partialScopes = new Map();
    constructor(kinds, isCode, partialManifests = []) {
        this.kinds = kinds;
        for (const [path, kind] of kinds) {
            if (!isCode(kind))
                continue;
            let dir = scope_folderOf(path);
            this.ownCodeFolders.add(dir);
            while (!this.codeFolders.has(dir)) {
                this.codeFolders.add(dir);
                if (dir === "")
                    break;
                dir = scope_folderOf(dir);
            }
        }
        for (const [path, kind] of kinds)
            if (!isCode(kind) && kind !== "dockerfile" && kind !== "artifact")
                this.projectRoots.add(this.scopeOf(path));
        for (const path of partialManifests) {
            const scope = this.scopeOf(path);
            const paths = this.partialScopes.get(scope);
            if (paths)
                paths.push(path);
            else
                this.partialScopes.set(scope, [path]);
        }
    }
    /** Whether a manifest of the project `scope` computes part of its dependency list: its declarations may be incomplete. */
    isPartial(scope) {
        return this.partialScopes.has(scope);
    }
    /** The manifests computing part of their dependency list whose projects contain the file at `path`. */
    partialManifestsOver(path) {
        const out = [];
        for (const [scope, paths] of this.partialScopes)
            if (scope === "" || path.startsWith(`${scope}/`))
                out.push(...paths);
        return out;
    }
    /** The project folder the manifest at `path` governs. */
    scopeOf(path) {
        let scope = this.scopes.get(path);
        if (scope === undefined) {
            scope = manifestScope(path);
            const kind = this.kinds.get(path);
            if (kind === "dockerfile" || kind === "notebook") {
                const own = scope;
                while (scope !== "" && !this.projectRoots.has(scope))
                    scope = scope_folderOf(scope);
                // No manifest defines a project around it, the repository's root included: a Dockerfile kept beside code
                // governs that code (a monorepo of independent benchmarks, each folder with its own Dockerfile), not the
                // whole repository. One in a folder of its own (`tools/docker/Dockerfile`) still serves the repository.
                if (scope === "" && !this.projectRoots.has("") && kind === "dockerfile" && own !== "" && own === scope_folderOf(path) && this.ownCodeFolders.has(own))
                    scope = own;
            }
            else if (!this.codeFolders.has(scope))
                scope = "";
            this.scopes.set(path, scope);
        }
        return scope;
    }
}
const projectsByKinds = new WeakMap();
/** The Projects of an analysis context (built once per context, from its file kinds and facts). */
function projectsOf(ctx) {
    let p = projectsByKinds.get(ctx.kinds);
    if (!p) {
        const partial = ctx.facts.files.filter((f) => f.partialDeclarations === true).map((f) => f.path);
        projectsByKinds.set(ctx.kinds, (p = new Projects(ctx.kinds, (k) => CODE_KINDS.has(k), partial)));
    }
    return p;
}
/**
 * The folders of `scopes` that contain `path`, nearest first; when none does, `fallback` (the code belongs to no
 * project: the repository's declarations as a whole stand for it). Memoized per folder.
 */
function containingScopes(path, scopes, memo, fallback) {
    const start = scope_folderOf(path);
    let out = memo.get(start);
    if (out)
        return out;
    const found = [];
    let dir = start;
    for (;;) {
        if (scopes.has(dir))
            found.push(dir);
        if (dir === "")
            break;
        dir = scope_folderOf(dir);
    }
    out = found.length ? found : fallback;
    memo.set(start, out);
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa101-missing-dependency.ts






const undeclaredMemo = new WeakMap();
/** The packages imported (required) in code whose projects declare none of their distributions, by name. */
function undeclaredImports(ctx) {
    let out = undeclaredMemo.get(ctx);
    if (!out)
        undeclaredMemo.set(ctx, (out = computeUndeclared(ctx)));
    return out;
}
function computeUndeclared(ctx) {
    const projects = projectsOf(ctx);
    // What each project declares (distribution names) and what its Docker images ship (import names).
    const declaredIn = new Map();
    const providedIn = new Map();
    const declaredFiles = new Map();
    const add = (m, scope, names) => {
        let set = m.get(scope);
        if (!set)
            m.set(scope, (set = new Set()));
        for (const n of names)
            set.add(n);
    };
    for (const d of ctx.declared) {
        const scope = projects.scopeOf(d.path);
        if (d.ecosystem === "docker") {
            const image = imageName(d);
            add(providedIn, scope, providers/* IMAGE_PROVIDES */.v1.filter((p) => p.pattern.test(image)).flatMap((p) => p.imports));
            add(declaredIn, scope, []);
        }
        else {
            // `optimum[onnxruntime]` also names what its extra installs (TRANSITIVE_PROVIDERS lists such pairs).
            add(declaredIn, scope, [d.normalizedName, ...d.extras.map((x) => `${d.normalizedName}[${(0,knowledge_packages/* normalizeDistName */.RV)(x)}]`)]);
            const files = declaredFiles.get(d.normalizedName) ?? [];
            if (!files.includes(d.path))
                files.push(d.path);
            declaredFiles.set(d.normalizedName, files);
        }
    }
    const scopes = new Set(declaredIn.keys());
    const everyScope = [...scopes];
    const memo = new Map();
    // Whether a top-level name is missing depends on the name and the projects of the files importing it: only
    // names with a required import are asked, and only their imports are gathered (from the context's index).
    const requiredTops = new Set();
    for (const module of ctx.importIndex.names()) {
        if (ctx.importIndex.named(module).some((imp) => imp.optional !== true))
            requiredTops.add((0,core_names/* topOf */.H)(module));
    }
    const byTop = new Map();
    const pathOf = (imp) => imp.path;
    for (const top of requiredTops) {
        const dists = knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn[top];
        if (!dists || ctx.localModules.has(top))
            continue;
        const transitive = providers/* TRANSITIVE_PROVIDERS */.Tq[top] ?? [];
        // The projects that declare the package (or ship it in their image).
        const declaring = new Set(everyScope.filter((sc) => providedIn.get(sc)?.has(top) || dists.some((d) => declaredIn.get(sc).has(d))));
        const via = new Set();
        let missing;
        if (declaring.size === 0) {
            // Declared nowhere: every required import is missing.
            missing = ctx.importIndex.under(top).filter((imp) => imp.optional !== true);
            for (const sc of everyScope)
                for (const t of transitive)
                    if (declaredIn.get(sc).has(t))
                        via.add(t);
        }
        else if (declaring.has("")) {
            continue; // the repository's own manifests declare it for all of its code
        }
        else {
            // Declared by some projects: only code inside a project that does not declare it, and inside none that
            // does, can miss it (code under no project is judged by every declaration). The import index is in
            // path order, so each such project's imports are found without a pass over the others.
            missing = [];
            const seen = new Set();
            const answers = new Map();
            // A file's imports of one name come together: its answer is looked up once.
            let lastPath;
            let answer = false;
            for (const sc of everyScope) {
                if (declaring.has(sc) || projects.isPartial(sc))
                    continue;
                ctx.importIndex.forEachUnderIn(top, sc, pathOf, (imp) => {
                    if (seen.has(imp))
                        return;
                    seen.add(imp);
                    if (imp.path !== lastPath) {
                        lastPath = imp.path;
                        const own = containingScopes(imp.path, scopes, memo, everyScope);
                        let known = answers.get(own);
                        if (known === undefined) {
                            // A project that computes part of its dependency list (FileFacts.partialDeclarations) may declare it.
                            known = !own.some((o) => declaring.has(o) || projects.isPartial(o));
                            answers.set(own, known);
                            if (known)
                                for (const o of own)
                                    for (const t of transitive)
                                        if (declaredIn.get(o).has(t))
                                            via.add(t);
                        }
                        answer = known;
                    }
                    if (answer && imp.optional !== true)
                        missing.push(imp);
                });
            }
        }
        // A notebook made for Colab runs where the runtime ships the package.
        if (providers/* COLAB_PROVIDES */.rb.has(top) && ctx.colabNotebooks.size)
            missing = missing.filter((imp) => !ctx.colabNotebooks.has(imp.path));
        if (missing.length)
            byTop.set(top, { imps: missing, via });
    }
    const out = [];
    for (const [top, { imps, via }] of [...byTop].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const dists = knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn[top];
        const elsewhere = [...new Set(dists.flatMap((d) => declaredFiles.get(d) ?? []))].sort();
        out.push({ top, imps, via, elsewhere });
    }
    return out;
}
/** "`torch`" or "any of `torch`, `pytorch`, ..." for a message. */
function distributionNames(top) {
    const dists = knowledge_packages/* IMPORT_DISTRIBUTIONS */.Mn[top];
    return dists.length === 1 ? `\`${dists[0]}\`` : `any of ${dists.slice(0, 4).map((d) => `\`${d}\``).join(", ")}${dists.length > 4 ? ", ..." : ""}`;
}
/** What the repository's manifests say about an undeclared package: the sentence that follows the first. */
function declarationContext(ctx, u) {
    if (!ctx.hasManifest)
        return " The repository has no dependency manifest at all (requirements.txt, pyproject.toml, environment.yml, Dockerfile ...), so nothing pins it.";
    if (u.elsewhere.length) {
        const e = u.elsewhere;
        return ` ${e.slice(0, 2).join(", ")}${e.length > 2 ? ` and ${plural(e.length - 2, "more file")}` : ""} declare${e.length === 1 ? "s" : ""} it for ${e.length === 1 ? "its own project" : "their own projects"}.`;
    }
    // Both can hold: tensorflow/agents' tf-keras brings TensorFlow, and its setup.py computes the extra that names it.
    const transitive = u.via.size
        ? ` It only arrives transitively through ${(providers/* TRANSITIVE_PROVIDERS */.Tq[u.top] ?? []).filter((d) => u.via.has(d)).map((d) => `\`${d}\``).join(", ")}; declare it directly to control its version.`
        : "";
    const computed = computingManifests(ctx, u);
    if (computed.length === 0)
        return transitive;
    const files = `${computed.slice(0, 2).join(", ")}${computed.length > 2 ? ` and ${plural(computed.length - 2, "more file")}` : ""}`;
    return `${transitive} ${files} build${computed.length === 1 ? "s" : ""} part of the dependency list in code, which this audit reads but never runs: if ${computed.length === 1 ? "it adds" : "one of them adds"} the package there, write it out so that it can be checked.`;
}
/**
 * The manifests that compute part of their dependency list (FileFacts.partialDeclarations: NVIDIA/TransformerEngine's
 * setup.py takes install_requires from a helper module) and govern one of the package's import sites: they may
 * declare it where the audit cannot see.
 */
function computingManifests(ctx, u) {
    const projects = projectsOf(ctx);
    const out = new Set();
    for (const path of new Set(u.imps.map((imp) => imp.path)))
        for (const m of projects.partialManifestsOver(path))
            out.add(m);
    return [...out].sort();
}
/**
 * The places of an undeclared package, the one that best shows it in use first (LeadImport: in the project's
 * own code when there is one, not a benchmark or an example); MFA101 and MFA103 alike.
 */
function undeclaredLocations(ctx, u) {
    const lead = leadImport(u.imps, ctx.ownCode);
    return locations(u.imps, lead ? [toLocation(lead)] : [], false);
}
/** Whether every required place of the package is inside a function body (MFA103's case): none is needed. */
function onDemandOnly(u) {
    return !u.imps.some(isNeededImport);
}
function missingDependencies({ ctx }) {
    const out = [];
    for (const u of undeclaredImports(ctx)) {
        if (onDemandOnly(u))
            continue;
        const locs = undeclaredLocations(ctx, u);
        const msg = `\`${u.top}\` is imported (${plural(u.imps.length, "place")}, first at ${at(locs[0])}) but no manifest ${u.elsewhere.length ? "of that code's project " : ""}declares ${distributionNames(u.top)}.`;
        out.push(finding("MFA101", u.top, msg + declarationContext(ctx, u), locs));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa102-unused-dependency.ts




/** The first of some imports, by path and then line. */
function firstImport(imps) {
    let best;
    for (const i of imps)
        if (i && (!best || i.path < best.path || (i.path === best.path && i.line < best.line)))
            best = i;
    return best;
}
/**
 * The advice for a declaration nothing imports: a main dependency may belong in an optional group; one that is
 * only in optional groups already (huggingface/lerobot's `timm-dep` extra) can only go, unless the group
 * installs it for something that never imports it.
 */
function whereToGo(decls) {
    const groups = [...new Set(decls.map((d) => d.group))];
    if (groups.some((g) => g === undefined))
        return "Remove it or move it to the optional group that needs it.";
    const named = groups.map((g) => `\`${g}\``).join(", ");
    return `It is only in the optional group${groups.length === 1 ? "" : "s"} ${named}: remove it there, unless the group installs it for something that uses it without an import (a plugin, a command-line tool).`;
}
const FEATURE_DISTS = new Set(knowledge_features/* FEATURES */.G.flatMap((f) => f.distributions ?? []));
function unusedDependencies({ ctx }) {
    if (!ctx.hasCode)
        return [];
    const projects = projectsOf(ctx);
    // Whether m (or something under m) is imported in the project folder `scope`: a binary search in the import
    // index, which is in path order.
    const pathOf = (imp) => imp.path;
    const importedIn = (m, scope) => (scope === "" ? ctx.importIndex.has(m) : ctx.importIndex.hasUnderIn(m, scope, pathOf));
    // Whether a project's code imports the package the repository builds, and whether that package's code imports
    // (the import names of) a distribution.
    const ownNames = ctx.ownCode.importNames;
    const importsOwnPackage = (scope) => ownNames.some((m) => importedIn(m, scope));
    const ownPackageImports = (dist) => importersOf(dist).some((m) => ctx.importIndex.under(m).some((i) => ctx.ownCode.rank(i.path) === 0));
    // Whether a declaration is unused depends on its name and project alone: decided once per pair.
    const unused = new Map();
    const isUnused = (name, scope) => {
        const key = `${name}\u0000${scope}`;
        let answer = unused.get(key);
        if (answer !== undefined)
            return answer;
        answer = !FEATURE_DISTS.has(name) && unusedBy(name, (m) => importedIn(m, scope)) && !(scope !== "" && importsOwnPackage(scope) && ownPackageImports(name));
        unused.set(key, answer);
        return answer;
    };
    const byDist = new Map();
    for (const d of ctx.declared) {
        if (d.ecosystem !== "pypi" && d.ecosystem !== "conda")
            continue;
        const name = d.normalizedName;
        if (!isUnused(name, projects.scopeOf(d.path)))
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
        const names = tops.map((t) => `\`${t}\``).join(" or ");
        // Imported in the repository, but outside the declaring projects.
        // (the one in the project's own code first, as a framework's first import is chosen: nncf's torch was shown
        // at docs/api/source/conf.py)
        const elsewhere = leadImport(importersOf(name).flatMap((m) => ctx.importIndex.under(m)), ctx.ownCode) ?? firstImport(importersOf(name).map((m) => ctx.importIndex.firstUnder(m)));
        const message = elsewhere
            ? `\`${decls[0].name}\` is declared in ${files.join(", ")} but no code of ${files.length === 1 ? "that project" : "those projects"} imports ${names} (the repository imports it elsewhere, first at ${at(elsewhere)}). Remove it, or move it to the project that uses it.`
            : `\`${decls[0].name}\` is declared in ${files.join(", ")} but nothing imports ${names} in the scanned Python files and notebooks. ${whereToGo(decls)}`;
        return finding("MFA102", name, message, locations(decls, [], true));
    });
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa103-missing-on-demand-dependency.ts


function missingOnDemandDependencies({ ctx }) {
    const out = [];
    for (const u of undeclaredImports(ctx)) {
        if (!onDemandOnly(u))
            continue;
        const locs = undeclaredLocations(ctx, u);
        const where = u.imps.length === 1 ? "inside a function" : "inside functions";
        const msg = `\`${u.top}\` is imported only ${where} (${plural(u.imps.length, "place")}, first at ${at(locs[0])}) and no manifest ${u.elsewhere.length ? "of that code's project " : ""}declares ${distributionNames(u.top)}: the code runs without it until such a function is called, then fails with ImportError.`;
        out.push(finding("MFA103", u.top, msg + declarationContext(ctx, u), locs));
    }
    return out;
}

// EXTERNAL MODULE: ./src/knowledge/versions.ts
var versions = __webpack_require__(7867);
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
/** `1.2.3` -> `1.3` (`~`: the next minor, or the next major when only the major is written). */
function tildeUpper(parts) {
    return parts.length === 1 ? `${parts[0] + 1}` : `${parts[0]}.${parts[1] + 1}`;
}
/** `1.2.3` -> `2`, `0.2.3` -> `0.3`, `0.0.3` -> `0.0.4` (`^`: the next release of the leftmost non-zero part). */
function caretUpper(parts) {
    let i = parts.findIndex((p) => p !== 0);
    if (i < 0)
        i = parts.length - 1; // ^0.0 -> <0.1, ^0 -> <1
    const upper = parts.slice(0, i + 1);
    upper[i] = upper[i] + 1;
    return upper.join(".");
}
/**
 * Converts a Poetry version constraint to PEP 440 (alternatives joined by ` | `, as frameworkPins' specs):
 * `^2.1` -> `>=2.1,<3`, `~1.13` -> `>=1.13,<1.14`, a bare `2.12.1` -> `==2.12.1`, `1.13.*` -> `==1.13.*`,
 * `>= 1.2, < 2` and `>=1.2 <2` -> `>=1.2,<2`, `^1.0 || ^2.0` -> two alternatives. PEP 440 operators pass
 * through. Returns null for anything else (never guessed). Rules: python-poetry.org/docs/dependency-specification.
 */
function poetryToPep440(constraint) {
    const alternatives = constraint.split(/\|\|?/).map((s) => s.trim());
    const out = [];
    for (const alt of alternatives) {
        if (alt === "" || alt === "*")
            return ""; // any version
        const atoms = alt.replace(/(===|~=|==|!=|>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s*,\s*|\s+/).filter(Boolean);
        const parts = [];
        for (const atom of atoms) {
            const m = /^(===|~=|==|!=|>=|<=|>|<|=|\^|~)?(\d+(?:\.\d+)*)(\.\*|[a-z+][\w.+-]*)?$/i.exec(atom);
            if (!m)
                return null;
            const [, op = "", version = "", tail = ""] = m;
            const nums = version.split(".").map(Number);
            if (op === "^" || op === "~") {
                if (tail === ".*")
                    return null;
                parts.push(`>=${version}${tail}`, `<${op === "^" ? caretUpper(nums) : tildeUpper(nums)}`);
            }
            else if (op === "" || op === "=")
                parts.push(`==${version}${tail}`);
            else
                parts.push(`${op}${version}${tail}`);
        }
        if (parts.length === 0)
            return null;
        out.push(parts.join(","));
    }
    return out.join(" | ");
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
        // a version a build argument's default gave is one a build may replace: not a pin (DeclaredDependency.buildArg)
        if (dep.buildArg !== undefined)
            continue;
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
        else if (dep.source === "pyproject:poetry") {
            // Poetry's own constraint syntax (`^2.1`, `~1.13`, a bare `2.12.1`): unreadable as PEP 440, so converted.
            const spec = poetryToPep440(dep.specifier);
            if (spec)
                out.push({ dep, framework: fw, source: "specifier", shown: dep.specifier.trim(), spec });
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
/** The release numbers of a version (`2.4.0` of `2.4.0.dev20240328+cpu`, `1!2.0` of `1!2.0rc1`). */
function releaseOf(v) {
    return /^(?:\d+!)?\d+(?:\.\d+)*/.exec(v)?.[0] ?? v;
}
/** A PEP 440 version as written in a specifier, with its pre, post, dev and local parts. */
const VERSION_TOKEN = /(?:\d+!)?\d+(?:\.\d+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview|post|rev|r|dev)[-_.]?\d*)*(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?/gi;
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
        // The versions as written, with pre/post/dev parts and local labels: `==2.4.0+cu118` (a CUDA build of
        // torch) matches only a candidate with that same local label, so the release numbers alone never do.
        const whole = alt.match(VERSION_TOKEN) ?? [];
        const candidates = new Set([...versions/* KNOWN_RELEASES */.P[framework], min, "9999.0", ...written, ...written.flatMap(successors), ...whole]);
        for (const c of candidates) {
            if (!(0,pep440.valid)(c))
                continue;
            // A pre-release or nightly of the release that brought the feature has it: compare release numbers.
            if ((0,pep440.ge)(releaseOf(c), min) && (0,pep440.satisfies)(c, alt))
                return true;
        }
    }
    return unknown ? null : false;
}
/** Does the pin allow a version >= min? null = unknown (never reported). */
function pinAllowsAtLeast(pin, min) {
    if (pin.version !== undefined) {
        const version = pin.version;
        return memo(`v\u0000${min}\u0000${version}`, () => ((0,pep440.valid)(version) || /^\d+\.\d+$/.test(version) ? (0,pep440.ge)(releaseOf(version), min) : null));
    }
    if (pin.spec !== undefined)
        return specAllowsAtLeast(pin.spec, min, pin.framework);
    return null;
}

;// CONCATENATED MODULE: ./src/analysis/framework-declarations.ts



const framework_declarations_memo = new WeakMap();
/** The files that declare `framework`, in path order. */
function declaringFiles(ctx, framework) {
    let perFramework = framework_declarations_memo.get(ctx);
    if (!perFramework)
        framework_declarations_memo.set(ctx, (perFramework = new Map()));
    let files = perFramework.get(framework);
    if (files)
        return files;
    const pinOf = new Map(frameworkPins(ctx.declared).map((p) => [p.dep, p]));
    const projects = projectsOf(ctx);
    const perFile = new Map();
    for (const d of ctx.declared) {
        if (frameworkOfDeclared(d) !== framework)
            continue;
        if (!perFile.has(d.path))
            perFile.set(d.path, []);
        perFile.get(d.path).push(d);
    }
    files = [...perFile]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([path, decls]) => {
        const judged = decls.some((d) => d.ecosystem !== "docker") ? decls.filter((d) => d.ecosystem !== "docker") : decls;
        const own = ctx.kinds.get(path) === "notebook";
        return { path, scope: own ? path : projects.scopeOf(path), ...(own ? { own: true } : {}), judged, pins: judged.map((d) => pinOf.get(d)) };
    });
    perFramework.set(framework, files);
    return files;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa201-version-too-old.ts
/**
 * MFA201 version-too-old: the code uses a feature that no version allowed by a declaration provides. A usage is
 * judged by the declarations of the project that contains it (src/analysis/scope.ts): in a monorepo, one
 * project's old pin is not a problem of another project's code.
 */






/** Manifests a message names when several of one project are too old (the locations list them all). */
const MAX_LISTED = 3;
function usagesFor(rule, byFeature) {
    const all = byFeature.get(rule.feature)?.all ?? [];
    const match = rule.match;
    // A usage the code reaches only after checking the version or the attribute (FeatureUsage.guarded) copes with
    // an older release.
    if (!match)
        return all.filter((u) => !u.derived && u.guarded !== true);
    // A feature's usages mostly repeat the same name and detail one after the other: the answer for the previous
    // usage is reused for them (a pattern without the g or y flag answers by the text alone).
    const reuse = !match.global && !match.sticky;
    let last;
    return all.filter((u) => {
        if (u.derived || u.guarded === true)
            return false;
        const matched = u.matched ?? "";
        const detail = u.detail ?? "";
        if (!reuse || last === undefined || last.matched !== matched || last.detail !== detail)
            last = { matched, detail, ok: match.test(matched) || match.test(detail) };
        return last.ok;
    });
}
/** What a message shows of a file (the same for every rule), built when a rule first finds it too old. */
const shownCache = new WeakMap();
function shownOf(file) {
    const cached = shownCache.get(file);
    if (cached)
        return cached;
    const { judged, pins } = file;
    const text = judged
        .map((d, i) => {
        const pin = pins[i];
        return `\`${d.name}${pin?.source === "docker-tag" || pin?.source === "docker-image" ? `:${d.specifier}` : pin?.source === "lock" ? `==${pin.version}` : d.specifier}\``;
    })
        .join(", ");
    const fromLock = pins.some((p) => p?.source === "lock");
    const shown = { text: fromLock ? `${text} (version from the lock file)` : text, locs: judged.map(toLocation) };
    shownCache.set(file, shown);
    return shown;
}
function versionTooOld({ ctx }) {
    const out = [];
    // Each rule reads only its feature's usages (indexed in the context) and its framework's declarations
    // (declaringFiles), so the cost stays linear in the tree (a large monorepo has thousands of declaring files).
    const byFeature = ctx.byFeature;
    // Whether a file allows a new enough version depends on the framework and the minimum only, and rules share
    // minimums: the files are judged once per (framework, minimum). A declaration that allows (or may allow:
    // unpinned / unreadable) a new enough version clears its file.
    const tooOld = new Map();
    const tooOldFiles = (framework, since) => {
        const key = `${framework}\u0000${since}`;
        let files = tooOld.get(key);
        if (!files) {
            files = declaringFiles(ctx, framework).filter((f) => f.pins.every((pin) => pin !== undefined && pinAllowsAtLeast(pin, since) === false));
            tooOld.set(key, files);
        }
        return files;
    };
    // The project folders that declare each framework, and which of them governs each folder of code; and the
    // notebooks that declare it, each governing itself.
    const scopes = new Map();
    const scopesOf = (framework) => {
        let entry = scopes.get(framework);
        if (!entry) {
            const files = declaringFiles(ctx, framework);
            entry = { folders: new Set(files.filter((f) => !f.own).map((f) => f.scope)), notebooks: new Set(files.filter((f) => f.own).map((f) => f.path)), memo: new Map() };
            scopes.set(framework, entry);
        }
        return entry;
    };
    for (const rule of versions/* VERSION_RULES */.l) {
        const uses = usagesFor(rule, byFeature);
        if (uses.length === 0)
            continue;
        const files = tooOldFiles(rule.framework, rule.since);
        if (files.length === 0)
            continue;
        // The usages each too-old file's project governs.
        const { folders, notebooks, memo } = scopesOf(rule.framework);
        const governed = new Map();
        // a file's usages come together: its project is looked up once
        let lastPath;
        let list;
        for (const u of uses) {
            if (u.path !== lastPath) {
                lastPath = u.path;
                const scope = notebooks.has(u.path) ? u.path : governingScope(u.path, folders, memo);
                list = scope === undefined ? undefined : governed.get(scope);
                if (scope !== undefined && !list)
                    governed.set(scope, (list = []));
            }
            list?.push(u);
        }
        // The first places of use, computed once per project: every file of that project lists the same ones (the
        // location records are shared; nothing changes a location once made).
        const places = new Map();
        const placesIn = (scope, list) => {
            let p = places.get(scope);
            if (!p) {
                const locs = locations(list, [], true);
                places.set(scope, (p = { count: list.length, locs, after: locationsAfter(locs) }));
            }
            return p;
        };
        // the part of the message that is the same for every file
        const head = `${rule.what} needs ${core_names/* FRAMEWORK_NAMES */.S[rule.framework]} >= ${rule.since}, but `;
        // One finding per project: the files of a project that are all too old are alternatives of one setup
        // (pytorch/serve pins torch per CUDA version in requirements/torch_cu101_linux.txt, torch_cu102_linux.txt,
        // ...: one finding per file made 33 of them for three features).
        const byScope = new Map();
        for (const file of files) {
            if (!governed.has(file.scope))
                continue;
            const same = byScope.get(file.scope);
            if (same)
                same.push(file);
            else
                byScope.set(file.scope, [file]);
        }
        for (const [scope, same] of byScope) {
            const p = placesIn(scope, governed.get(scope));
            const tail = `: no permitted version provides it. Used at ${at(p.locs[0])}${p.count > 1 ? ` and ${plural(p.count - 1, "more place")}` : ""}.`;
            const first = same[0];
            const manifests = same.length === 1
                ? `${first.path} allows only ${shownOf(first).text}`
                : `${same.length} manifests of this project allow only older versions: ${same
                    .slice(0, MAX_LISTED)
                    .map((f) => `${f.path} (${shownOf(f).text})`)
                    .join(", ")}${same.length > MAX_LISTED ? ` and ${plural(same.length - MAX_LISTED, "more", "more")}` : ""}`;
            out.push(finding("MFA201", `${rule.id}:${first.path}`, `${head}${manifests}${tail}`, p.after(same.flatMap((f) => shownOf(f).locs)), rule.source));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/knowledge/deprecations.ts
var deprecations = __webpack_require__(7645);
;// CONCATENATED MODULE: ./src/analysis/findings/pinned-below.ts
/**
 * Whether places run on a framework release from before a change: the project that governs each place pins the
 * framework, in every one of its declarations, below the release that deprecated or removed something. MFA301
 * (a deprecated API: karpathy/llama2.c pins `torch==2.0.1` and uses torch.cuda.amp.GradScaler, whose replacement
 * is newer than the pin) and MFA302 (a removed package: hojonathanho/diffusion pins `tensorflow==1.15.0` with
 * `tensorflow-estimator==1.15.1`) then say that the code runs as written there and the change belongs with the
 * upgrade.
 */





/** The projects that declare each framework, and which of them governs a path; built on first use. */
class FrameworkProjects {
    ctx;
    byFramework = new Map();
    constructor(ctx) {
        this.ctx = ctx;
    }
    of(framework) {
        let entry = this.byFramework.get(framework);
        if (entry)
            return entry;
        const scopes = new Map();
        for (const file of declaringFiles(this.ctx, framework)) {
            if (file.own)
                continue;
            const project = scopes.get(file.scope) ?? { pins: [], decls: [] };
            project.decls.push(...file.judged);
            project.pins.push(...file.pins);
            scopes.set(file.scope, project);
        }
        entry = { scopes, folders: new Set(scopes.keys()), memo: new Map() };
        this.byFramework.set(framework, entry);
        return entry;
    }
    /** The project that governs `path` when every one of its declarations pins a release below `version`. */
    below(path, framework, version) {
        const { scopes, folders, memo } = this.of(framework);
        const scope = governingScope(path, folders, memo);
        const project = scope === undefined ? undefined : scopes.get(scope);
        if (!project || project.pins.some((pin) => pin === undefined || pinAllowsAtLeast(pin, version) !== false))
            return undefined;
        return project;
    }
}
/**
 * The sentence a finding adds when every place runs on a release from before the change (FrameworkProjects.below),
 * naming the first place's project and a pin of it (one in the first place's file if there is one); "" otherwise. `runs` says what still works there ("the code runs
 * as written"); a removed thing blocks the upgrade, a deprecated one only asks for it.
 */
function pinnedBelowNote(from, status, hits, projects, runs) {
    if (!from || hits.length === 0)
        return "";
    let first;
    for (const h of hits) {
        const project = projects.below(h.path, from.framework, from.version);
        if (!project)
            return "";
        first ??= project;
    }
    // the pin in the first place's own file when it has one (a removed package's declaration beside TensorFlow's)
    const at = Math.max(0, first.decls.findIndex((x) => x.path === hits[0].path));
    const d = first.decls[at];
    const pin = first.pins[at];
    // as the text report shows a declaration; a version from a lock file says so
    const shown = pin.source === "lock" ? `\`${d.name}==${pin.version}\` (from the lock file)` : `\`${d.ecosystem === "docker" ? `${d.name}:${d.specifier}` : `${d.name} ${d.specifier.trim()}`}\``;
    const more = first.decls.length > 1 ? ` and ${plural(first.decls.length - 1, "more declaration")}` : "";
    const tail = status === "removed" ? `moving to ${from.version} or later needs this change first` : "the replacement may need a newer release: this is for the upgrade";
    return ` The project pins ${core_names/* FRAMEWORK_NAMES */.S[from.framework]} below ${from.version} (${shown} in ${d.path}${more}), where ${runs}; ${tail}.`;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa301-deprecated-api.ts




/** A name equal to one of the deprecated references or under it (underRef of any `refs` entry). */
const UNDER_ANY_REF = new RegExp(`^(?:${deprecations/* DEPRECATED_APIS */.A.flatMap((api) => api.refs ?? []).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:\\.|$)`);
function deprecatedApis({ ctx }) {
    const out = [];
    const projects = new FrameworkProjects(ctx);
    // Only the usages under some reference are indexed (a few among many): the index keeps their relative
    // order, which is all the hits' order depends on.
    const candidates = ctx.usages.filter((u) => !u.derived && u.matched !== undefined && UNDER_ANY_REF.test(u.matched));
    const usagesByName = new DottedIndex((u) => u.matched, candidates);
    for (const api of deprecations/* DEPRECATED_APIS */.A) {
        const hits = [];
        const names = new Set();
        for (const ref of api.refs ?? []) {
            for (const u of usagesByName.under(ref, names))
                hits.push(u);
            for (const i of ctx.importIndex.under(ref, names))
                hits.push(i);
        }
        if (api.detail) {
            for (const u of ctx.byFeature.get(api.detail.feature)?.all ?? []) {
                // The message names the argument that matched, not the call's other arguments.
                const m = api.detail.pattern.exec(u.detail ?? "");
                if (!m)
                    continue;
                hits.push(u);
                names.add(m[0]);
            }
        }
        if (hits.length === 0)
            continue;
        const locs = leadLocations(hits, ctx.ownCode);
        const shown = [...names].sort().slice(0, 3);
        const verb = api.status === "removed" ? "was removed in" : api.status === "maintenance" ? "is in maintenance mode:" : api.status === "renamed" ? "was renamed in" : "is deprecated since";
        out.push(finding("MFA301", api.id, `${shown.map((n) => `\`${n}\``).join(", ")} (${plural(locs.length, "place")}): ${api.title} ${verb} ${api.since}. Use ${api.replacement}. ${api.note}${pinnedBelowNote(api.from, api.status, hits, projects, "the code runs as written")}`, locs, api.source));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa302-deprecated-package.ts




function deprecatedPackages({ ctx }) {
    const out = [];
    const projects = new FrameworkProjects(ctx);
    // Declarations by name, looked up per package instead of a pass over all of them per package.
    const declaredByName = new DottedIndex((d) => (d.ecosystem !== "docker" ? d.normalizedName : undefined), ctx.declared);
    for (const pkg of deprecations/* DEPRECATED_PACKAGES */.g) {
        const decls = declaredByName.namedAny(pkg.distributions);
        // An import's top-level name is one of them exactly when its module is that name or lies under it (a
        // dotted entry can never be a top-level name).
        // The repository's own package is no dependency (tensorflow/addons imports tensorflow_addons throughout).
        const imps = ctx.importIndex.underAny((pkg.imports ?? []).filter((t) => !t.includes(".") && !ctx.localModules.has(t)));
        if (decls.length === 0 && imps.length === 0)
            continue;
        const what = decls.length ? `\`${decls[0].name}\`` : `\`${(0,core_names/* topOf */.H)(imps[0].module)}\``;
        const how = pkg.status === "removed" ? "is gone since" : pkg.status === "renamed" ? "was renamed in" : pkg.status === "unmaintained" ? "is no longer maintained:" : "was superseded in";
        out.push(finding("MFA302", pkg.id, `${what} ${decls.length ? `is declared in ${[...new Set(decls.map((d) => d.path))].join(", ")}` : "is imported"}; the package ${how} ${pkg.since}. Replace it with ${pkg.replacement}. ${pkg.note}${pinnedBelowNote(pkg.from, pkg.status, [...decls, ...imps], projects, "it installs and works as written")}`, 
        // the message names the declarations: one of them leads (the line to change), else an import
        leadLocations([...decls, ...imps], ctx.ownCode, decls.length ? decls : imps), pkg.source));
    }
    return out;
}

// EXTERNAL MODULE: ./src/knowledge/usecases.ts
var usecases = __webpack_require__(7366);
;// CONCATENATED MODULE: ./src/analysis/findings/mfa401-hybrid-stack.ts


function hybridStack({ ctx, frameworks, features, fit }) {
    if (fit.verdict !== "hybrid")
        return [];
    const pt = frameworks.find((f) => f.id === "pytorch");
    const tf = frameworks.find((f) => f.id === "tensorflow");
    const locs = [pt.importWitnesses[0], tf.importWitnesses[0]].filter((l) => l !== undefined);
    const hasOnnxExport = features.some((f) => f.id === "torch.onnx");
    const usesOnnxTf = ctx.importIndex.has("onnx_tf") || ctx.declared.some((d) => d.normalizedName === "onnx-tf");
    let msg = `PyTorch (${plural(pt.importCount, "import")}, first at ${at(pt.importWitnesses[0])}) and TensorFlow (${plural(tf.importCount, "import")}, first at ${at(tf.importWitnesses[0])}) are both used. `;
    msg += hasOnnxExport
        ? "torch.onnx export is already present: keep it the single boundary, with a pinned opset_version and a dynamic batch axis. "
        : `${usecases/* HYBRID_ADVICE */.sn.recommendation} `;
    if (usesOnnxTf)
        msg += usecases/* HYBRID_ADVICE */.sn.correction;
    else
        msg += "On the TensorFlow side, use maintained converters (onnxruntime, tf2onnx), not onnx-tf.";
    return [finding("MFA401", "pytorch+tensorflow", msg.trim(), locs)];
}

;// CONCATENATED MODULE: ./src/analysis/findings/mfa402-framework-mismatch.ts
/** MFA402 framework-mismatch: the framework in use trails the other by more than `margin` points. */



function frameworkMismatch({ frameworks, primaryFramework, fit }) {
    if (fit.verdict !== "mismatch")
        return [];
    const inUse = (0,types/* frameworkInUse */.n_)(frameworks, primaryFramework);
    if (!inUse)
        return [];
    const other = inUse === "pytorch" ? "tensorflow" : "pytorch";
    const fw = frameworks.find((f) => f.id === inUse);
    const first = fw.importWitnesses[0] ?? (fw.declared[0] ? toLocation(fw.declared[0]) : undefined);
    const locs = first ? [first] : [];
    const reqs = fit.requirements.map((r) => r.id).join(", ") || "none";
    return [
        finding("MFA402", `${inUse}->${other}`, `The project runs on ${core_names/* FRAMEWORK_NAMES */.S[inUse]}, but weighed by the article's criteria for its requirements (${reqs}) ${core_names/* FRAMEWORK_NAMES */.S[other]} scores ${fit.scores[other]} against ${fit.scores[inUse]}, a gap of ${fit.scores[other] - fit.scores[inUse]} points (margin ${fit.margin ?? 10}). See fit.explanation for the breakdown.`, locs),
    ];
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
;// CONCATENATED MODULE: ./src/analysis/findings/mfa403-deployment-gap.ts




const SERVING = signals/* REQUIREMENT_SIGNALS */.y.find((s) => s.requirement === "production-serving");
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
            gap.imports.some((m) => ctx.importIndex.has(m)) ||
            gap.images.some((re) => images.some((i) => re.test(i))) ||
            gap.artifacts.some((re) => (ctx.facts.artifacts ?? []).some((a) => re.test(a))) ||
            (gap.requirement === "tpu" && jaxTpu);
        if (hasPath)
            continue;
        const fromConfig = req.evidence.includes("target:config");
        const locs = fromConfig ? [{ path: ctx.config.source ?? defaults/* DEFAULT_CONFIG_PATH */.Bi, line: 1 }] : [];
        const why = fromConfig ? "it is declared in `targets`" : `it is implied by ${req.evidence.join(", ")}`;
        out.push(finding("MFA403", gap.requirement, `The project needs ${gap.requirement} (${why}) but the repository has ${gap.missing}.`, locs));
    }
    return out;
}

// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
;// CONCATENATED MODULE: ./src/analysis/findings/mfa501-policy-violation.ts





/** The policy in force at a path: the global policy with every matching override applied in order. */
function policyAt(config, path) {
    let p = config.policy;
    for (const o of config.overrides) {
        if ((0,glob/* matchAny */.eM)(path, o.paths))
            p = { ...p, ...o.policy };
    }
    return p;
}
function policyViolations({ ctx }) {
    const cfg = ctx.config;
    const policies = [cfg.policy, ...cfg.overrides.map((o) => o.policy)];
    const out = [];
    // The policy of each path is worked out once: a file holds many imports and usages, and each override is
    // a glob match.
    const byPath = new Map();
    const policyOf = (path) => {
        let p = byPath.get(path);
        if (!p)
            byPath.set(path, (p = policyAt(cfg, path)));
        return p;
    };
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
                const allowed = policyOf(imp.path).allowedFrameworks;
                if (allowed && !allowed.includes(fw))
                    add(fw, imp);
            }
        }
        for (const d of ctx.declared) {
            const fw = frameworkOfDeclared(d);
            if (!fw)
                continue;
            const allowed = policyOf(d.path).allowedFrameworks;
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
            if (!policyOf(u.path).forbiddenFeatures.includes(u.feature))
                continue;
            if (!hits.has(u.feature))
                hits.set(u.feature, []);
            hits.get(u.feature).push(u);
        }
        for (const [feat, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
            out.push(finding("MFA501", `feature:${feat}`, `Feature \`${feat}\` is used (${plural(locs.length, "place")}) but policy.forbidden-features lists it.`, locations(locs, [], true)));
        }
    }
    // Packages.
    if (policies.some((p) => (p.forbiddenPackages ?? []).length > 0)) {
        const hits = new Map();
        for (const d of ctx.declared) {
            const name = d.ecosystem === "docker" ? imageName(d) : d.normalizedName;
            if (!policyOf(d.path).forbiddenPackages.includes(name))
                continue;
            if (!hits.has(name))
                hits.set(name, []);
            hits.get(name).push(d);
        }
        for (const [name, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
            out.push(finding("MFA501", `package:${name}`, `Package \`${name}\` is declared (${plural(locs.length, "place")}) but policy.forbidden-packages lists it.`, locations(locs, [], true)));
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
        const kept = f.locations.filter((l) => !(0,glob/* matchAny */.eM)(l.path, globs));
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
    MFA103: missingOnDemandDependencies,
    MFA201: versionTooOld,
    MFA301: deprecatedApis,
    MFA302: deprecatedPackages,
    MFA401: hybridStack,
    MFA402: frameworkMismatch,
    MFA403: deploymentGaps,
    MFA501: policyViolations,
};
function sortFindings(findings) {
    // The sort keys are built once per finding rather than in every comparison (a large tree has thousands).
    const keyed = findings.map((f) => {
        const l = f.locations[0];
        return { f, severity: types/* SEVERITY_ORDER */.B[f.severity], place: l ? `${l.path}\u0000${String(l.line).padStart(8, "0")}` : "", fingerprint: f.fingerprint ?? "" };
    });
    keyed.sort((a, b) => {
        const s = a.severity - b.severity;
        if (s)
            return s;
        if (a.f.code !== b.f.code)
            return a.f.code < b.f.code ? -1 : 1;
        if (a.place !== b.place)
            return a.place < b.place ? -1 : 1;
        return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
    });
    keyed.forEach((k, i) => (findings[i] = k.f));
    return findings;
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
        topic: "tpu-pytorch-xla",
        article: "The article treats TPUs as TensorFlow's ground: TensorFlow is the framework optimised for Google TPUs (TPUStrategy with XLA).",
        correction: "PyTorch runs on Cloud TPUs as well, through PyTorch/XLA (the torch_xla package: an `xla` device, XLA graph compilation, SPMD sharding), and JAX is the other common TPU framework. A TPU requirement no longer implies TensorFlow, although the article's matrix, and so this report's scores, still count it for TensorFlow.",
        source: "https://docs.pytorch.org/xla/",
        articleSection: "article §TPU 最適化",
        when: { imports: ["torch_xla"], distributions: ["torch-xla", "torch_xla"] },
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
function notes_place(l) {
    return { path: l.path, line: l.line, ...(l.cell !== undefined ? { cell: l.cell } : {}) };
}
function outdatedNotes(ctx, frameworks) {
    const notes = [];
    for (const t of OUTDATED_TOPICS) {
        // Everything that touches the topic, in order; the first distinct places are picked without sorting it all.
        // Each source below lists its places in order; when only one source contributes, so does `touches`.
        const touches = [];
        let sources = 0;
        const add = (list) => {
            if (list.length === 0)
                return;
            sources++;
            for (const l of list)
                touches.push(l);
        };
        for (const f of t.when.features ?? []) {
            const all = ctx.byFeature.get(f.id)?.all ?? [];
            const detail = f.detail;
            add(detail ? all.filter((u) => detail.test(u.detail ?? "") || detail.test(u.matched ?? "")) : all);
        }
        for (const m of t.when.imports ?? [])
            add(ctx.importIndex.under(m));
        for (const d of t.when.distributions ?? [])
            add(ctx.declared.filter((dep) => dep.ecosystem !== "docker" && dep.normalizedName === d));
        for (const fwId of t.when.frameworks ?? []) {
            const fw = frameworks.find((f) => f.id === fwId);
            if (!fw)
                continue;
            add(fw.importWitnesses);
            add(fw.declared);
        }
        if (touches.length === 0)
            continue;
        const locations = selectPlaces(touches, MAX_LOCATIONS, notes_place, false, new Set(), sources === 1);
        notes.push({ topic: t.topic, note: `${t.article} ${t.correction}`, locations, source: t.source });
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/analysis/requirements.ts
/**
 * Infer the article's requirements from evidence (src/knowledge/signals.ts) and config `targets`. A declared
 * package that nothing in the repository imports, or that the code imports only on demand, is no evidence (huggingface/diffusers' CI images install
 * pytorch-lightning, which no code uses: it made an `mlops-pipeline` requirement and, with it, a mismatch);
 * tools used without an import (launchers, CLIs, runtimes such as libtpu) and serving images still are. Nor are
 * the features and TensorFlow 1.x pins of PyTorch or TensorFlow while that framework is set aside (imported only
 * optionally, incidentally, or only around the package).
 */








function inferRequirements(ctx, features, frameworks = []) {
    const featureIds = new Set(features.map((f) => f.id));
    const stack = new Set(frameworks.filter((f) => (0,types/* inStack */.ww)(f)).map((f) => f.id));
    // PyTorch or TensorFlow imported but set aside (only optionally, incidentally, only around the package): its
    // features and pins are the side code's, not evidence of what the project is built for (microsoft/LoRA's
    // vendored TensorFlow examples, qlib's TFT benchmark pinning tensorflow-gpu==1.15.0).
    const setAside = new Set(frameworks.filter((f) => f.imported && !(0,types/* inStack */.ww)(f) && (f.id === "pytorch" || f.id === "tensorflow")).map((f) => f.id));
    // Declarations that differ only in where they are give the same evidence: one of each (name, extras) is
    // enough, in order of first appearance (a monorepo declares the same few packages thousands of times).
    const declaredNames = [];
    const distinct = new Set();
    for (const d of ctx.declared) {
        if (d.ecosystem === "docker")
            continue;
        const key = d.extras?.length ? `x${JSON.stringify([d.normalizedName, d.extras])}` : `${d.extras === undefined ? "u" : "n"}${d.normalizedName}`;
        if (distinct.has(key))
            continue;
        distinct.add(key);
        declaredNames.push(d);
    }
    const images = [...new Set(ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName))];
    const evidence = new Map();
    const add = (req, ev) => {
        if (!evidence.has(req))
            evidence.set(req, []);
        const list = evidence.get(req);
        if (!list.includes(ev))
            list.push(ev);
    };
    // A declared package is evidence only where the code needs it: one nothing imports, or that the code imports
    // only on demand (torchmetrics loads onnxruntime inside its DNSMOS metric), is not. For a distribution only
    // the requirement signals know (mlflow, google-cloud-storage), only the second: it may be used without an import.
    const notNeeded = new Map();
    const isNotNeeded = (dist) => {
        let answer = notNeeded.get(dist);
        if (answer === undefined)
            notNeeded.set(dist, (answer = importedOnDemandOnly(ctx, dist) || signalImportedOnDemandOnly(ctx, dist)));
        return answer;
    };
    // The distribution a usage declares: one derived from a declaration, or a manifest's own record of a
    // declared distribution of the feature (a Docker image, or anything in code, is not one).
    const declarationOf = (u, feature) => {
        if (u.distribution !== undefined)
            return u.distribution;
        const kind = u.fileKind ?? ctx.kinds.get(u.path);
        if (kind === undefined || CODE_KINDS.has(kind) || u.matched === undefined)
            return undefined;
        const dist = (0,knowledge_packages/* normalizeDistName */.RV)(u.matched);
        return knowledge_features/* FEATURE_BY_ID */.d.get(feature)?.distributions?.includes(dist) ? dist : undefined;
    };
    // A feature counts unless every usage of it is a declaration of a package the code does not need.
    const counts = (feature) => {
        const all = ctx.byFeature.get(feature)?.all ?? [];
        return all.length === 0 || !all.every((u) => {
            const dist = declarationOf(u, feature);
            return dist !== undefined && isNotNeeded(dist);
        });
    };
    for (const sig of signals/* REQUIREMENT_SIGNALS */.y) {
        if (sig.featuresNeedStack === undefined || stack.has(sig.featuresNeedStack)) {
            for (const f of sig.features ?? [])
                if (featureIds.has(f) && !setAside.has(featureFramework(f)) && counts(f))
                    add(sig.requirement, f);
        }
        for (const d of declaredNames) {
            if (isNotNeeded(d.normalizedName))
                continue;
            if (sig.distributions?.includes(d.normalizedName))
                add(sig.requirement, `dist:${d.normalizedName}`);
            if (sig.distributionPrefixes?.some((p) => d.normalizedName.startsWith(p)))
                add(sig.requirement, `dist:${d.normalizedName}`);
            for (const x of sig.extras ?? []) {
                if (d.normalizedName === x.name && d.extras.some((e) => e.toLowerCase() === x.extra))
                    add(sig.requirement, `dist:${x.name}[${x.extra}]`);
            }
        }
        // An optional import (try/except ImportError, `if is_torch_xla_available():`) or one inside a function (a
        // tracker integration that imports mlflow when it is chosen) is support for the case, not what the project
        // is built for: huggingface/accelerate imports mlflow and clearml in its tracker classes.
        for (const m of sig.imports ?? []) {
            if (ctx.importIndex.someUnder(m, isNeededImport))
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
        if (pin.framework !== "tensorflow" || setAside.has("tensorflow") || pinAllowsAtLeast(pin, "2.0") !== false)
            continue;
        // A Docker image shows as `image:tag` (its `shown` already names the image), a package as `name==1.15.5`.
        const docker = pin.source === "docker-tag" || pin.source === "docker-image";
        add("legacy-tf-assets", `pin:${docker ? pin.shown : `${pin.dep.normalizedName}${pin.source === "lock" ? "==" + pin.version : pin.shown}`}`);
    }
    for (const t of ctx.config.targets)
        add(t, "target:config");
    return usecases/* REQUIREMENT_IDS */.RG.filter((id) => evidence.has(id)).map((id) => {
        const ev = evidence.get(id);
        const bridge = signals/* REQUIREMENT_SIGNALS */.y.find((s) => s.requirement === id)?.bridge;
        const bridged = bridge !== undefined && featureIds.has(bridge.feature) && ev.every((e) => bridge.evidence.includes(e));
        return bridged ? { id, evidence: ev, bridged: true } : { id, evidence: ev };
    });
}

;// CONCATENATED MODULE: ./src/analysis/usage-files.ts


function usage_files_at(l) {
    return { path: l.path, line: l.line, ...(l.cell !== undefined ? { cell: l.cell } : {}) };
}
/** The first location in each file, in the order given (the context lists imports and usages by path, then position). */
function firstPerFile(byId, seen, id, l) {
    let paths = seen.get(id);
    if (!paths) {
        seen.set(id, (paths = new Set()));
        byId.set(id, []);
    }
    if (paths.has(l.path))
        return;
    paths.add(l.path);
    byId.get(id).push(usage_files_at(l));
}
function list(byId, order) {
    return order.filter((id) => byId.has(id)).map((id) => ({ id, files: byId.get(id) }));
}
/**
 * Frameworks by the files that import them (a declaration alone puts a framework in no file), in the order of
 * `frameworkOrder`; features by the files with a usage (declarations count, as for the feature report), in the
 * order of `featureOrder`.
 */
function buildUsageFiles(ctx, frameworkOrder, featureOrder) {
    const fw = new Map();
    const fwSeen = new Map();
    for (const imp of ctx.imports)
        for (const id of frameworksOfImport(imp.module))
            firstPerFile(fw, fwSeen, id, imp);
    const ft = new Map();
    const ftSeen = new Map();
    // per feature, the files with a use in code: a place in a source or notebook that no declaration implied
    // (a manifest's own places and a notebook's `%pip install` are declarations)
    const used = new Map();
    for (const [id, { places }] of ctx.byFeature) {
        for (const u of places) {
            firstPerFile(ft, ftSeen, id, u);
            if (isUseInCode(ctx, u)) {
                let files = used.get(id);
                if (!files)
                    used.set(id, (files = new Set()));
                files.add(u.path);
            }
        }
    }
    const features = list(ft, featureOrder).map((e) => {
        const declaredOnly = e.files.filter((l) => !used.get(e.id)?.has(l.path)).map((l) => l.path);
        return declaredOnly.length > 0 ? { ...e, declaredOnly } : e;
    });
    return { frameworks: list(fw, frameworkOrder), features };
}

;// CONCATENATED MODULE: ./src/analysis/analyze.ts








function analyze(facts, config, opts = {}) {
    const ctx = buildContext(facts, config);
    const analysed = buildFrameworks(ctx);
    const primaryFramework = primaryOf(analysed, codeEvidence(ctx, analysed, featureFramework));
    const features = buildFeatures(ctx);
    const requirements = inferRequirements(ctx, features, analysed);
    const fit = (0,analysis_fit/* computeFit */.r$)({ frameworks: analysed, primary: primaryFramework, requirements, config, features });
    fit.outdatedNotes = outdatedNotes(ctx, analysed);
    const findings = runFindings({ ctx, frameworks: analysed, primaryFramework, features, fit });
    // The share's denominator is the same on every framework: the report keeps it out of each one.
    const frameworks = analysed.map(({ mlFiles: _, ...f }) => f);
    if (!opts.usageFiles)
        return { frameworks, primaryFramework, features, fit, findings };
    const usageFiles = buildUsageFiles(ctx, frameworks.map((f) => f.id), features.map((f) => f.id));
    return { frameworks, primaryFramework, features, fit, findings, usageFiles };
}


/***/ }),

/***/ 8898:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { valid, clean, explain, parse } = __webpack_require__(4818);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __webpack_require__(2124);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __webpack_require__(790);

const { major, minor, patch, inc } = __webpack_require__(8940);

module.exports = {
  // version
  valid,
  clean,
  explain,
  parse,

  // operator
  lt,
  le,
  lte: le,
  eq,
  ne,
  neq: ne,
  ge,
  gte: ge,
  gt,
  compare,
  rcompare,

  // range
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,

  // semantic
  major,
  minor,
  patch,
  inc,
};


/***/ }),

/***/ 2124:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { parse } = __webpack_require__(4818);

module.exports = {
  compare,
  rcompare,
  lt,
  le,
  eq,
  ne,
  ge,
  gt,
  '<': lt,
  '<=': le,
  '==': eq,
  '!=': ne,
  '>=': ge,
  '>': gt,
  '===': arbitrary,
};

function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 8940:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { explain, parse, stringify } = __webpack_require__(4818);

// those notation are borrowed from semver
module.exports = {
  major,
  minor,
  patch,
  inc,
};

function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}


/***/ }),

/***/ 790:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.

const { VERSION_PATTERN, explain: explainVersion } = __webpack_require__(4818);

const Operator = __webpack_require__(2124);

const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');

module.exports = {
  RANGE_PATTERN,
  parse,
  satisfies,
  filter,
  validRange,
  maxSatisfying,
  minSatisfying,
};

const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained)
    if (explained.local && spec.version) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 4818:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

};

/**
 * One pass over Facts into the indexes every analysis step and finding reads (imports in code, declared
 * dependencies with lock-file versions, feature usages), so each step stays a small pure function.
 */
import type { DeclaredDependency, Facts, FeatureUsage, FileKind, FrameworkId, ImportFact, LockedVersion, ScanProblem } from "../core/types.js";
import type { Config } from "../config/schema.js";
import { topOf } from "../core/names.js";
import { FEATURE_BY_ID, FEATURES } from "../knowledge/features.js";
import { OwnCode } from "./own-code.js";

/**
 * An import with its path. Mostly the scanner's record itself: the context copies a record only when it lacks
 * its path (copying every record cost more than the rest of the context).
 */
export interface LocatedImport extends ImportFact {
  path: string;
}

/**
 * A usage with its path. Mostly the scanner's record itself, used when it lies in the file that holds it;
 * records that lie elsewhere (a requirements file's `-r` include) or lack their path are copied with the
 * kind of the file that holds them, as are the usages the analysis derives from declarations.
 */
export interface LocatedUsage extends FeatureUsage {
  /**
   * The kind of the scanned file that holds the usage, on copies and derived usages only: a record the scanner
   * placed in its own file is that file's (`kinds.get(path)`).
   */
  fileKind?: FileKind;
  /** True when the usage was derived by the analysis from a declared distribution / Docker image. */
  derived?: boolean;
  /** The declared distribution (normalised name) a derived usage comes from; absent for a Docker image. */
  distribution?: string;
}

export interface AnalysisContext {
  facts: Facts;
  config: Config;
  /** Imports from Python sources and notebooks, sorted by path/cell/line. */
  imports: LocatedImport[];
  /** `imports` by module, for "the imports of m or of something under m" without a pass over every import. */
  importIndex: DottedIndex<LocatedImport>;
  /** Every declared dependency, `resolvedVersion` filled from lock files where the engine had not. */
  declared: DeclaredDependency[];
  locked: LockedVersion[];
  /** Feature usages, including those implied by declared distributions / images; deduplicated and sorted. */
  usages: LocatedUsage[];
  /** `usages` by feature ID, in order of first use. */
  byFeature: Map<string, FeatureUsages>;
  problems: ScanProblem[];
  /** Kinds of scanned files, by path. */
  kinds: Map<string, FileKind>;
  /** True if at least one Python source or notebook was scanned. */
  hasCode: boolean;
  /** True if at least one dependency manifest (not a lock file) was scanned. */
  hasManifest: boolean;
  /** Where the repository's own code lives (its packages), for choosing first places. */
  ownCode: OwnCode;
  localModules: Set<string>;
  /** Notebooks made for Google Colab (FileFacts.colab), by path: Colab's runtime provides COLAB_PROVIDES to them. */
  colabNotebooks: Set<string>;
}

/** The usages of one feature, gathered while the context is built (each list in the order of `usages`). */
export interface FeatureUsages {
  all: LocatedUsage[];
  /** The first usage at each distinct place (path, cell, line): the feature's witnesses. */
  places: LocatedUsage[];
  /** How many of `all` lie in Python sources and notebooks (code evidence for the primary framework). */
  inCode: number;
  /** The distinct non-empty details of `all`. */
  details: Set<string>;
}

export const CODE_KINDS: ReadonlySet<FileKind> = new Set(["python", "notebook"]);

/**
 * Whether a usage is a use in code: in a source or notebook, and not implied by a declaration (a manifest's own
 * places, a notebook's `%pip install`). A feature's first witness and the PR delta's "declared in" ask it.
 */
export function isUseInCode(ctx: Pick<AnalysisContext, "kinds">, u: LocatedUsage): boolean {
  const kind = u.fileKind ?? ctx.kinds.get(u.path);
  return u.derived !== true && kind !== undefined && CODE_KINDS.has(kind);
}
const MANIFEST_KINDS: ReadonlySet<FileKind> = new Set(["requirements", "pyproject", "setup-py", "setup-cfg", "pipfile", "pixi", "conda", "cog", "dockerfile", "package-json"]);

export function compareLoc(a: { path: string; line: number; cell?: number }, b: { path: string; line: number; cell?: number }): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return compareInFile(a, b);
}

/** Image repository without tag/digest, lower-case (`pytorch/pytorch:2.1-cuda` -> `pytorch/pytorch`). */
export function imageName(dep: DeclaredDependency): string {
  const n = dep.normalizedName || dep.name;
  return n.replace(/@sha256:[0-9a-f]+$/i, "").replace(/:[^/:]+$/, "").toLowerCase();
}

/** The Docker tag of an image declaration (the scanner stores it as the specifier). */
export function imageTag(dep: DeclaredDependency): string {
  if (dep.specifier) return dep.specifier.replace(/^:/, "");
  const m = /:([^/:@]+)(@sha256:[0-9a-f]+)?$/i.exec(dep.name);
  return m?.[1] ?? "";
}

/** Catalogued features by the distribution that implies them (catalogue order kept), and those with images. */
const FEATURES_BY_DISTRIBUTION = new Map<string, (typeof FEATURES)[number][]>();
for (const feat of FEATURES) {
  for (const dist of new Set(feat.distributions ?? [])) {
    let list = FEATURES_BY_DISTRIBUTION.get(dist);
    if (!list) FEATURES_BY_DISTRIBUTION.set(dist, (list = []));
    list.push(feat);
  }
}
const FEATURES_WITH_IMAGES = FEATURES.filter((f) => (f.dockerImages ?? []).length > 0);

export { topOf } from "../core/names.js";

type Placed = { path: string; line: number; cell?: number };

/** compareLoc without the path, for records already known to share it. */
function compareInFile(a: Placed, b: Placed): number {
  const ca = a.cell ?? -1;
  const cb = b.cell ?? -1;
  if (ca !== cb) return ca - cb;
  return a.line - b.line;
}

/** compareInFile, then the feature. */
function compareUsages(a: LocatedUsage, b: LocatedUsage): number {
  return compareInFile(a, b) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0);
}

/**
 * A path's records in order; `distinct` when no two neighbours compare equal (then none needs a closer look),
 * `fileOwn` when they are one file's own records as its scanner wrote them.
 */
interface Sorted<T> {
  records: readonly T[];
  distinct: boolean;
  fileOwn: boolean;
}

/**
 * Records collected by path, listed by compareLoc (then a tie-breaker) in the order a stable sort of all of
 * them in input order gives. A file's own records come as the scanner's array, used as it is (never changed)
 * and sorted only if it is not in order already (the scanners mostly write in order); the distinct paths are
 * sorted once, instead of comparing paths in every comparison.
 */
class PathSorter<T extends Placed> {
  private readonly runs = new Map<string, { records: T[]; inOrder: boolean; distinct: boolean; fileOwn: boolean }[]>();
  /** Runs this sorter made itself (for records added one by one): the only ones it may append to. */
  private readonly own = new Set<T[]>();

  /** `cmp` orders the records of one path. */
  constructor(private readonly cmp: (a: T, b: T) => number) {}

  /**
   * Adds a file's records as one run when all of them are its own (`own`: valid and under the file's path),
   * looking at each record once for that and for how they are ordered; returns false, adding nothing,
   * otherwise. The array is kept, never changed.
   */
  addFile(path: string, records: T[], own: (record: T, path: string) => boolean): boolean {
    let inOrder = true;
    let distinct = true;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (!own(r, path)) return false;
      if (i > 0 && inOrder) {
        const c = this.cmp(records[i - 1]!, r);
        if (c > 0) inOrder = false;
        else if (c === 0) distinct = false;
      }
    }
    if (records.length === 0) return true;
    const run = { records, inOrder, distinct, fileOwn: true };
    const runs = this.runs.get(path);
    if (runs) runs.push(run);
    else this.runs.set(path, [run]);
    return true;
  }

  addOne(record: T): void {
    let runs = this.runs.get(record.path);
    if (!runs) this.runs.set(record.path, (runs = []));
    const last = runs[runs.length - 1];
    if (last && this.own.has(last.records)) {
      last.records.push(record);
    } else {
      const run = { records: [record], inOrder: false, distinct: false, fileOwn: false };
      this.own.add(run.records);
      runs.push(run);
    }
  }

  paths(): string[] {
    return [...this.runs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The records of one path, sorted (stably): a file's own array itself when it is in order already. */
  sortedAt(path: string): Sorted<T> {
    const runs = this.runs.get(path)!;
    if (runs.length === 1 && runs[0]!.inOrder) return runs[0]!;
    return { records: sortNearlyInOrder(runs.length === 1 ? runs[0]!.records : runs.flatMap((r) => r.records), this.cmp), distinct: false, fileOwn: false };
  }

  sorted(): T[] {
    const out: T[] = [];
    for (const path of this.paths()) for (const r of this.sortedAt(path).records) out.push(r);
    return out;
  }
}

/**
 * A sorted copy of `records`, stably: the same as `[...records].sort(cmp)`. What the scanners write is nearly
 * in order (a file's usages come from a few passes over it, each in order), so an insertion sort does little
 * more than one comparison per record, where the general sort does several per record and calls `cmp` from
 * native code; past a budget of moves (records far out of order) it hands over to the general sort.
 */
export function sortNearlyInOrder<T>(records: readonly T[], cmp: (a: T, b: T) => number): T[] {
  const out = records.slice();
  let budget = 8 * out.length + 64;
  for (let i = 1; i < out.length; i++) {
    const r = out[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(out[j]!, r) > 0) {
      if (--budget < 0) return records.slice().sort(cmp);
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = r;
  }
  return out;
}

/** The key two usages are duplicates by (within a run of usages that share path, place and feature). */
const usageKey = (u: LocatedUsage) => `${u.cell ?? ""}\u0000${u.line}\u0000${u.detail ?? ""}`;

/**
 * The sorted, distinct usages of `sorter` and, per feature, its usages, witnesses, code count and details, in one
 * pass (each usage is read once more after the sort, not once per step that needs it).
 * Usages with the same feature, path, cell, line and detail count once, the first one kept: dropping them
 * after the (stable) sort keeps the same ones as before it, since a duplicate's first occurrence stays first
 * among equals. Duplicates, and the usages of a feature at one place, compare equal and so sit in one run of
 * neighbours: only such runs (rare) are looked into.
 */
function collectUsages(sorter: PathSorter<LocatedUsage>, kinds: ReadonlyMap<string, FileKind>): { usages: LocatedUsage[]; byFeature: Map<string, FeatureUsages> } {
  const out = { usages: [] as LocatedUsage[], byFeature: new Map<string, FeatureUsages>() };
  const paths = sorter.paths();
  for (let p = 0; p < paths.length; p++) {
    const pathKind = kinds.get(paths[p]!);
    collectPath(sorter.sortedAt(paths[p]!), pathKind !== undefined && CODE_KINDS.has(pathKind), out);
  }
  return out;
}

/** collectUsages for the sorted usages of one path. */
function collectPath({ records, distinct, fileOwn }: Sorted<LocatedUsage>, pathInCode: boolean, { usages, byFeature }: { usages: LocatedUsage[]; byFeature: Map<string, FeatureUsages> }): void {
  // start, in `usages`, of the current run of usages that compare equal (the first of a path is always kept)
  let runStart = usages.length;
  for (let i = 0; i < records.length; i++) {
    const u = records[i]!;
    let newPlace = true;
    if (!distinct && i > 0 && compareUsages(usages[usages.length - 1]!, u) === 0) {
      const key = usageKey(u);
      let duplicate = false;
      for (let j = runStart; j < usages.length; j++) {
        if (usageKey(usages[j]!) === key) duplicate = true;
        if ((usages[j]!.cell ?? "") === (u.cell ?? "")) newPlace = false;
      }
      if (duplicate) continue;
    } else {
      runStart = usages.length;
    }
    usages.push(u);
    let entry = byFeature.get(u.feature);
    if (!entry) byFeature.set(u.feature, (entry = { all: [], places: [], inCode: 0, details: new Set() }));
    entry.all.push(u);
    if (newPlace) entry.places.push(u);
    const detail = u.detail;
    if (detail && typeof detail === "string") entry.details.add(detail);
    // A usage the scanner placed in its own file is that file's; copies and derived usages say whose they are.
    if (fileOwn || !(u.derived || u.fileKind !== undefined) ? pathInCode : u.fileKind !== undefined && CODE_KINDS.has(u.fileKind)) entry.inCode++;
  }
}

/** Whether a file's import / usage is its own as the scanner wrote it: valid, and placed in that file. */
const ownImport = (imp: ImportFact, path: string) => typeof imp.module === "string" && imp.module !== "" && imp.path === path;
const ownUsage = (u: FeatureUsage, path: string) => typeof u.feature === "string" && u.path === path;

/**
 * Locked versions by the folder of their lock file. A declaration takes its version from the nearest folder with
 * a lock file, its own or one above it (the first lock file in path order within that folder): kserve/kserve's python/ holds 17
 * projects, each with its own uv.lock, and one repository-wide table gave python/custom_model's
 * `torch==2.11.0+cpu` the 2.9.1 of python/autogluonserver/uv.lock.
 */
class LockIndex {
  private readonly byFolder = new Map<string, Map<string, string>>();
  constructor(locked: readonly LockedVersion[]) {
    for (const l of [...locked].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const folder = folderOf(l.path);
      let table = this.byFolder.get(folder);
      if (table === undefined) this.byFolder.set(folder, (table = new Map()));
      if (!table.has(l.normalizedName)) table.set(l.normalizedName, l.version);
    }
  }
  versionFor(manifestPath: string, name: string): string | null {
    if (this.byFolder.size === 0) return null;
    for (let folder = folderOf(manifestPath); ; folder = folderOf(folder)) {
      // the nearest lock decides, also by leaving a name out (a uv workspace's members share the root's lock)
      const table = this.byFolder.get(folder);
      if (table !== undefined) return table.get(name) ?? null;
      if (folder === "") return null;
    }
  }
}

/** The folder of a repo-relative path ("" at the root). */
function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

export function buildContext(facts: Facts, config: Config): AnalysisContext {
  const files = facts.files ?? [];
  const kinds = new Map<string, FileKind>();
  // Paths that more than one file has: there the kind by path may not be that of the file holding a usage.
  const sharedPaths = new Set<string>();
  const colabNotebooks = new Set<string>();
  // the distributions the repository's manifests build (their names)
  const provided: string[] = [];
  for (let fi = 0; fi < files.length; fi++) {
    const f = files[fi]!;
    if (kinds.has(f.path)) sharedPaths.add(f.path);
    kinds.set(f.path, f.kind);
    if (f.colab === true) colabNotebooks.add(f.path);
    if (f.provides) for (const name of f.provides) provided.push(name);
  }
  const imports = new PathSorter<LocatedImport>(compareInFile);
  const usages = new PathSorter<LocatedUsage>(compareUsages);
  const declaredSorter = new PathSorter<DeclaredDependency>(compareInFile);
  const rawDeclared: DeclaredDependency[] = [];
  const locked: LockedVersion[] = [];
  const problems: ScanProblem[] = [...(facts.problems ?? [])];
  // Indexed loops that skip empty lists: this runs once per scanned file, mostly before the JIT has optimised
  // it, where a for...of costs an iterator per list.
  for (let fi = 0; fi < files.length; fi++) {
    const f = files[fi]!;
    const path = f.path;
    const imps = f.imports;
    if (imps && imps.length > 0 && CODE_KINDS.has(f.kind) && !imports.addFile(path, imps, ownImport)) {
      for (let i = 0; i < imps.length; i++) {
        const imp = imps[i]!;
        if (typeof imp.module !== "string" || imp.module === "") continue;
        imports.addOne(imp.path ? imp : { ...imp, path });
      }
    }
    const decls = f.declared;
    if (decls) for (let i = 0; i < decls.length; i++) rawDeclared.push({ ...decls[i]!, path: decls[i]!.path || path });
    const locks = f.locked;
    if (locks) for (let i = 0; i < locks.length; i++) locked.push(locks[i]!);
    const list = f.usages;
    if (list && list.length > 0) {
      const ownPath = !sharedPaths.has(path);
      if (!ownPath || !usages.addFile(path, list, ownUsage)) {
        for (let i = 0; i < list.length; i++) {
          const u = list[i]!;
          if (typeof u.feature !== "string") continue;
          usages.addOne(ownPath && u.path === path ? u : { ...u, path: u.path || path, fileKind: f.kind });
        }
      }
    }
    const probs = f.problems;
    if (probs) for (let i = 0; i < probs.length; i++) problems.push({ ...probs[i]!, path: probs[i]!.path || path });
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
    if (!candidates) continue;
    for (const feat of candidates) {
      const byImage = image !== undefined;
      if (byImage && !feat.dockerImages!.some((re) => re.test(image))) continue;
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
  const importIndex = new DottedIndex<LocatedImport>((i) => i.module);
  for (const path of imports.paths()) importIndex.pushAll(imports.sortedAt(path).records);
  const declared = declaredSorter.sorted();
  let hasCode = false;
  let hasManifest = declared.length > 0;
  for (const k of kinds.values()) {
    if (CODE_KINDS.has(k)) hasCode = true;
    if (MANIFEST_KINDS.has(k)) hasManifest = true;
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
export class DottedIndex<T> {
  readonly items: T[] = [];
  /** Positions in `items`, by name. */
  private readonly positions = new Map<string, number[]>();
  /** The distinct names, by first dotted component. */
  private readonly namesByTop = new Map<string, string[]>();

  constructor(
    private readonly nameOf: (item: T) => string | undefined,
    items: readonly T[] = [],
  ) {
    this.pushAll(items);
  }

  pushAll(items: readonly T[]): void {
    for (let i = 0; i < items.length; i++) this.push(items[i]!);
  }

  push(item: T): void {
    const i = this.items.length;
    this.items.push(item);
    const name = this.nameOf(item);
    if (name === undefined) return;
    const list = this.positions.get(name);
    if (list) {
      list.push(i);
      return;
    }
    this.positions.set(name, [i]);
    const top = topOf(name);
    const names = this.namesByTop.get(top);
    if (names) names.push(name);
    else this.namesByTop.set(top, [name]);
  }

  /** The distinct names, in order of first appearance. */
  names(): IterableIterator<string> {
    return this.positions.keys();
  }

  /** The items named exactly `name`, in input order. */
  named(name: string): T[] {
    return (this.positions.get(name) ?? []).map((i) => this.items[i]!);
  }

  /** The items named exactly one of `names`: each once, in input order. */
  namedAny(names: readonly string[]): T[] {
    const parts = [...new Set(names)].map((n) => this.positions.get(n)).filter((p): p is number[] => p !== undefined);
    if (parts.length === 0) return [];
    const positions = parts.length === 1 ? parts[0]! : parts.flat().sort((a, b) => a - b);
    return positions.map((i) => this.items[i]!);
  }

  /** The items whose name is `ref` or lies under it (underRef), in input order; adds the names that matched to `names`. */
  under(ref: string, names?: Set<string>): T[] {
    return this.underAny([ref], names);
  }

  /** The items whose name is, or lies under, any of `refs`: each once, in input order. */
  underAny(refs: readonly string[], names?: Set<string>): T[] {
    const parts: number[][] = [];
    const taken = new Set<string>();
    for (const ref of refs) {
      // A name under `ref` starts with `ref`, so its first component is that of `ref`.
      for (const name of this.namesByTop.get(topOf(ref)) ?? []) {
        if (taken.has(name) || !underRef(name, ref)) continue;
        taken.add(name);
        parts.push(this.positions.get(name)!);
        names?.add(name);
      }
    }
    if (parts.length === 0) return [];
    const positions = parts.length === 1 ? parts[0]! : parts.flat().sort((a, b) => a - b);
    return positions.map((i) => this.items[i]!);
  }

  /**
   * Calls `fn` for each item whose name is `ref` or lies under it and whose path (`pathOf`) lies in the folder
   * `folder`, name by name (the names in no particular order). The items must be in path order, as the
   * context's import index is: each name's range of the folder is found by binary search.
   */
  forEachUnderIn(ref: string, folder: string, pathOf: (item: T) => string, fn: (item: T) => void): void {
    const lo = folder === "" ? "" : `${folder}/`;
    for (const name of this.namesByTop.get(topOf(ref)) ?? []) {
      if (!underRef(name, ref)) continue;
      const positions = this.positions.get(name)!;
      for (let i = this.firstAtOrAfter(positions, lo, pathOf); i < positions.length; i++) {
        const item = this.items[positions[i]!]!;
        if (!pathOf(item).startsWith(lo)) break;
        fn(item);
      }
    }
  }

  /** The first item (in input order) whose name is `ref` or lies under it. */
  firstUnder(ref: string): T | undefined {
    let first = Infinity;
    for (const name of this.namesByTop.get(topOf(ref)) ?? []) {
      if (underRef(name, ref)) first = Math.min(first, this.positions.get(name)![0]!);
    }
    return first === Infinity ? undefined : this.items[first];
  }

  /** Whether some item whose name is `ref` or lies under it has its path in `folder` (see forEachUnderIn). */
  hasUnderIn(ref: string, folder: string, pathOf: (item: T) => string): boolean {
    const lo = folder === "" ? "" : `${folder}/`;
    for (const name of this.namesByTop.get(topOf(ref)) ?? []) {
      if (!underRef(name, ref)) continue;
      const positions = this.positions.get(name)!;
      const i = this.firstAtOrAfter(positions, lo, pathOf);
      if (i < positions.length && pathOf(this.items[positions[i]!]!).startsWith(lo)) return true;
    }
    return false;
  }

  /** The first index of `positions` (in path order) whose item's path is not before `path`. */
  private firstAtOrAfter(positions: readonly number[], path: string, pathOf: (item: T) => string): number {
    let a = 0;
    let b = positions.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (pathOf(this.items[positions[mid]!]!) < path) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** True when some item whose name is `ref` or lies under it satisfies `pred`. */
  someUnder(ref: string, pred: (item: T) => boolean): boolean {
    for (const name of this.namesByTop.get(topOf(ref)) ?? []) {
      if (!underRef(name, ref)) continue;
      for (const i of this.positions.get(name)!) if (pred(this.items[i]!)) return true;
    }
    return false;
  }

  /** True when some item's name is `ref` or lies under it. */
  has(ref: string): boolean {
    for (const name of this.namesByTop.get(topOf(ref)) ?? []) if (underRef(name, ref)) return true;
    return false;
  }

  /** How many items have one of `names`, and the first `n` of them in input order. */
  first(names: Iterable<string>, n: number): { count: number; items: T[] } {
    let count = 0;
    const heads: number[] = [];
    for (const name of names) {
      const list = this.positions.get(name) ?? [];
      count += list.length;
      // positions are ascending, so the first n overall are among each name's first n
      for (let i = 0; i < list.length && i < n; i++) heads.push(list[i]!);
    }
    heads.sort((a, b) => a - b);
    return { count, items: heads.slice(0, n).map((i) => this.items[i]!) };
  }
}

/** True when `name` equals `ref` or lies under it (`torch.cuda.amp.autocast` is under `torch.cuda.amp`). */
export function underRef(name: string | undefined, ref: string): boolean {
  return name !== undefined && (name === ref || name.startsWith(ref + "."));
}

export function featureFramework(id: string): FrameworkId | "interop" {
  const def = FEATURE_BY_ID.get(id);
  if (def) return def.framework;
  if (id.startsWith("torch.")) return "pytorch";
  if (id.startsWith("tf.")) return "tensorflow";
  return "interop";
}

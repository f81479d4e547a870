/**
 * One pass over Facts into the indexes every analysis step and finding reads (imports in code, declared
 * dependencies with lock-file versions, feature usages), so each step stays a small pure function.
 */
import type { DeclaredDependency, Facts, FeatureUsage, FileKind, ImportFact, LockedVersion, ScanProblem } from "../core/types.js";
import type { Config } from "../config/schema.js";
import { FEATURE_BY_ID, FEATURES } from "../knowledge/features.js";

export interface LocatedImport extends ImportFact {
  path: string;
  /** First dotted component (`torch` for `torch.nn`). */
  top: string;
}

export interface LocatedUsage extends FeatureUsage {
  /** The scanned file's kind (python, notebook, requirements, dockerfile ...). */
  fileKind?: FileKind;
  /** True when the usage was derived by the analysis from a declared distribution / Docker image. */
  derived?: boolean;
}

export interface AnalysisContext {
  facts: Facts;
  config: Config;
  /** Imports from Python sources and notebooks, sorted by path/cell/line. */
  imports: LocatedImport[];
  /** Every declared dependency, `resolvedVersion` filled from lock files where the engine had not. */
  declared: DeclaredDependency[];
  locked: LockedVersion[];
  /** Feature usages, including those implied by declared distributions / images; deduplicated and sorted. */
  usages: LocatedUsage[];
  problems: ScanProblem[];
  /** Kinds of scanned files, by path. */
  kinds: Map<string, FileKind>;
  /** True if at least one Python source or notebook was scanned. */
  hasCode: boolean;
  /** True if at least one dependency manifest (not a lock file) was scanned. */
  hasManifest: boolean;
  localModules: Set<string>;
}

export const CODE_KINDS: ReadonlySet<FileKind> = new Set(["python", "notebook"]);
const MANIFEST_KINDS: ReadonlySet<FileKind> = new Set(["requirements", "pyproject", "setup-py", "setup-cfg", "pipfile", "conda", "dockerfile", "package-json"]);

export function compareLoc(a: { path: string; line: number; cell?: number }, b: { path: string; line: number; cell?: number }): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const ca = a.cell ?? -1;
  const cb = b.cell ?? -1;
  if (ca !== cb) return ca - cb;
  return a.line - b.line;
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

export function buildContext(facts: Facts, config: Config): AnalysisContext {
  const kinds = new Map<string, FileKind>();
  const imports: LocatedImport[] = [];
  const declared: DeclaredDependency[] = [];
  const locked: LockedVersion[] = [];
  const rawUsages: LocatedUsage[] = [];
  const problems: ScanProblem[] = [...(facts.problems ?? [])];
  for (const f of facts.files ?? []) {
    kinds.set(f.path, f.kind);
    if (CODE_KINDS.has(f.kind)) {
      for (const imp of f.imports ?? []) {
        if (typeof imp.module !== "string" || imp.module === "") continue;
        imports.push({ ...imp, path: imp.path || f.path, top: imp.module.split(".")[0]! });
      }
    }
    for (const d of f.declared ?? []) declared.push({ ...d, path: d.path || f.path });
    for (const l of f.locked ?? []) locked.push(l);
    for (const u of f.usages ?? []) rawUsages.push({ ...u, path: u.path || f.path, fileKind: f.kind });
    for (const p of f.problems ?? []) problems.push({ ...p, path: p.path || f.path });
  }
  const lockIndex = new Map<string, string>();
  for (const l of [...locked].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!lockIndex.has(l.normalizedName)) lockIndex.set(l.normalizedName, l.version);
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
    if (!candidates) continue;
    for (const feat of candidates) {
      const byDist = image === undefined;
      const byImage = image !== undefined && feat.dockerImages!.some((re) => re.test(image));
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
  const seen = new Set<string>();
  const usages: LocatedUsage[] = [];
  for (const u of rawUsages) {
    if (typeof u.feature !== "string") continue;
    const key = `${u.feature}\u0000${u.path}\u0000${u.cell ?? ""}\u0000${u.line}\u0000${u.detail ?? ""}`;
    if (seen.has(key)) continue;
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
export function underRef(name: string | undefined, ref: string): boolean {
  return name !== undefined && (name === ref || name.startsWith(ref + "."));
}

export function featureFramework(id: string): "pytorch" | "tensorflow" | "keras" | "jax" | "interop" {
  const def = FEATURE_BY_ID.get(id);
  if (def) return def.framework;
  if (id.startsWith("torch.")) return "pytorch";
  if (id.startsWith("tf.")) return "tensorflow";
  return "interop";
}

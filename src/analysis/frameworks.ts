/** Frameworks found (imported and/or declared) and the primary framework. */
import { FRAMEWORK_IDS, type DeclaredDependency, type DeclaredRef, type FrameworkId, type FrameworkReport, type Location } from "../core/types.js";
import { frameworkOfDistribution, frameworkOfDockerImage, frameworkOfImport } from "../knowledge/packages.js";
import { CODE_KINDS, imageName, type AnalysisContext, type LocatedImport } from "./context.js";

export const MAX_WITNESSES = 20;

export interface FrameworkReportX extends FrameworkReport {
  /** Number of import statements found (importWitnesses is capped at MAX_WITNESSES). */
  importCount: number;
}

/**
 * Frameworks an import belongs to. `tensorflow.keras` (tf.keras) counts for TensorFlow AND Keras: importing
 * it imports TensorFlow. A standalone `import keras` counts for Keras only (Keras 3 is backend-agnostic).
 */
export function frameworksOfImport(module: string): FrameworkId[] {
  const fw = frameworkOfImport(module);
  if (!fw) return [];
  if (fw === "keras" && (module === "tensorflow.keras" || module.startsWith("tensorflow.keras."))) return ["tensorflow", "keras"];
  return [fw];
}

export function frameworkOfDeclared(dep: DeclaredDependency): FrameworkId | undefined {
  if (dep.ecosystem === "docker") return frameworkOfDockerImage(imageName(dep));
  if (dep.ecosystem === "pypi" || dep.ecosystem === "conda") return frameworkOfDistribution(dep.normalizedName);
  return undefined;
}

function toRef(d: DeclaredDependency): DeclaredRef {
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

function loc(i: LocatedImport): Location {
  return { path: i.path, line: i.line, ...(i.cell !== undefined ? { cell: i.cell } : {}), ...(i.column !== undefined ? { column: i.column } : {}) };
}

export function buildFrameworks(ctx: AnalysisContext): FrameworkReportX[] {
  const imports = new Map<FrameworkId, LocatedImport[]>();
  const declared = new Map<FrameworkId, DeclaredDependency[]>();
  for (const imp of ctx.imports) {
    for (const fw of frameworksOfImport(imp.module)) {
      if (!imports.has(fw)) imports.set(fw, []);
      imports.get(fw)!.push(imp);
    }
  }
  for (const d of ctx.declared) {
    const fw = frameworkOfDeclared(d);
    if (!fw) continue;
    if (!declared.has(fw)) declared.set(fw, []);
    declared.get(fw)!.push(d);
  }
  const out: FrameworkReportX[] = [];
  for (const id of FRAMEWORK_IDS) {
    const imps = imports.get(id) ?? [];
    const decl = declared.get(id) ?? [];
    if (imps.length === 0 && decl.length === 0) continue;
    out.push({ id, imported: imps.length > 0, importWitnesses: imps.slice(0, MAX_WITNESSES).map(loc), importCount: imps.length, declared: decl.map(toRef) });
  }
  return out;
}

/** Code evidence per framework: imports plus feature usages in Python sources and notebooks. */
export function codeEvidence(ctx: AnalysisContext, frameworks: readonly FrameworkReportX[], featureFramework: (id: string) => string): Map<FrameworkId, number> {
  const score = new Map<FrameworkId, number>();
  for (const f of frameworks) score.set(f.id, f.importCount);
  for (const u of ctx.usages) {
    if (!u.fileKind || !CODE_KINDS.has(u.fileKind)) continue;
    const fw = featureFramework(u.feature);
    if (fw === "interop") continue;
    if (score.has(fw as FrameworkId)) score.set(fw as FrameworkId, score.get(fw as FrameworkId)! + 1);
  }
  return score;
}

/** The framework with the most code evidence; ties -> more declarations -> FRAMEWORK_IDS order. */
export function primaryOf(frameworks: readonly FrameworkReportX[], evidence: Map<FrameworkId, number>): FrameworkId | null {
  if (frameworks.length === 0) return null;
  const ranked = [...frameworks].sort(
    (a, b) =>
      (evidence.get(b.id) ?? 0) - (evidence.get(a.id) ?? 0) ||
      b.declared.length - a.declared.length ||
      FRAMEWORK_IDS.indexOf(a.id) - FRAMEWORK_IDS.indexOf(b.id),
  );
  return ranked[0]!.id;
}

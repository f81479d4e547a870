/** Frameworks found (imported and/or declared) and the primary framework. */
import { FRAMEWORK_IDS, type DeclaredDependency, type DeclaredRef, type FrameworkId, type FrameworkReport, type Location } from "../core/types.js";
import { frameworkOfDistribution, frameworkOfDockerImage, frameworkOfImport } from "../knowledge/packages.js";
import { imageName, type AnalysisContext, type LocatedImport } from "./context.js";

export const MAX_WITNESSES = 20;

export interface FrameworkReportX extends FrameworkReport {
  /** Number of import statements found (importWitnesses is capped at MAX_WITNESSES). */
  importCount: number;
}

/**
 * Answers of frameworksOfImport by module: a tree imports the same few hundred modules tens of thousands of
 * times, and each answer is a pass over the import table. Emptied past a bound (a hostile tree may import
 * many distinct modules).
 */
const frameworksByModule = new Map<string, readonly FrameworkId[]>();
const MAX_MODULES = 10_000;

/**
 * Frameworks an import belongs to. `tensorflow.keras` (tf.keras) counts for TensorFlow AND Keras: importing
 * it imports TensorFlow. A standalone `import keras` counts for Keras only (Keras 3 is backend-agnostic).
 */
export function frameworksOfImport(module: string): readonly FrameworkId[] {
  let answer = frameworksByModule.get(module);
  if (answer === undefined) {
    const fw = frameworkOfImport(module);
    answer = !fw ? [] : fw === "keras" && (module === "tensorflow.keras" || module.startsWith("tensorflow.keras.")) ? ["tensorflow", "keras"] : [fw];
    if (frameworksByModule.size >= MAX_MODULES) frameworksByModule.clear();
    frameworksByModule.set(module, answer);
  }
  return answer;
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
  // Imported modules by framework: each distinct module is asked once, and the index gives each framework's
  // import count and first imports without a pass over every import.
  const modules = new Map<FrameworkId, string[]>();
  for (const module of ctx.importIndex.names()) {
    for (const fw of frameworksOfImport(module)) {
      if (!modules.has(fw)) modules.set(fw, []);
      modules.get(fw)!.push(module);
    }
  }
  const declared = new Map<FrameworkId, DeclaredDependency[]>();
  for (const d of ctx.declared) {
    const fw = frameworkOfDeclared(d);
    if (!fw) continue;
    if (!declared.has(fw)) declared.set(fw, []);
    declared.get(fw)!.push(d);
  }
  const out: FrameworkReportX[] = [];
  for (const id of FRAMEWORK_IDS) {
    const imps = ctx.importIndex.first(modules.get(id) ?? [], MAX_WITNESSES);
    const decl = declared.get(id) ?? [];
    if (imps.count === 0 && decl.length === 0) continue;
    // Whether some import is required: the first one usually is, so this rarely looks far.
    const optionalOnly = imps.count > 0 && !(modules.get(id) ?? []).some((m) => ctx.importIndex.named(m).some((i) => i.optional !== true));
    out.push({
      id,
      imported: imps.count > 0,
      importWitnesses: imps.items.map(loc),
      importCount: imps.count,
      declared: decl.map(toRef),
      ...(optionalOnly ? { optionalOnly: true as const } : {}),
    });
  }
  return out;
}

/** Code evidence per framework: imports plus feature usages in Python sources and notebooks. */
export function codeEvidence(ctx: AnalysisContext, frameworks: readonly FrameworkReportX[], featureFramework: (id: string) => string): Map<FrameworkId, number> {
  const score = new Map<FrameworkId, number>();
  for (const f of frameworks) score.set(f.id, f.importCount);
  // per feature (the context counted its usages in code): its framework is asked once, not once per usage
  for (const [feature, { inCode }] of ctx.byFeature) {
    const fw = featureFramework(feature);
    if (fw === "interop" || !score.has(fw as FrameworkId)) continue;
    score.set(fw as FrameworkId, score.get(fw as FrameworkId)! + inCode);
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

/** Where each framework is imported and each feature used, one location per file: what the PR delta compares. */
import type { IdFiles, Location, UsageFiles } from "../core/types.js";
import { isUseInCode, type AnalysisContext } from "./context.js";
import { frameworksOfImport } from "./frameworks.js";

function at(l: Location): Location {
  return { path: l.path, line: l.line, ...(l.cell !== undefined ? { cell: l.cell } : {}) };
}

/** The first location in each file, in the order given (the context lists imports and usages by path, then position). */
function firstPerFile(byId: Map<string, Location[]>, seen: Map<string, Set<string>>, id: string, l: Location): void {
  let paths = seen.get(id);
  if (!paths) {
    seen.set(id, (paths = new Set()));
    byId.set(id, []);
  }
  if (paths.has(l.path)) return;
  paths.add(l.path);
  byId.get(id)!.push(at(l));
}

function list(byId: Map<string, Location[]>, order: readonly string[]): IdFiles[] {
  return order.filter((id) => byId.has(id)).map((id) => ({ id, files: byId.get(id)! }));
}

/**
 * Frameworks by the files that import them (a declaration alone puts a framework in no file), in the order of
 * `frameworkOrder`; features by the files with a usage (declarations count, as for the feature report), in the
 * order of `featureOrder`.
 */
export function buildUsageFiles(ctx: AnalysisContext, frameworkOrder: readonly string[], featureOrder: readonly string[]): UsageFiles {
  const fw = new Map<string, Location[]>();
  const fwSeen = new Map<string, Set<string>>();
  for (const imp of ctx.imports) for (const id of frameworksOfImport(imp.module)) firstPerFile(fw, fwSeen, id, imp);
  const ft = new Map<string, Location[]>();
  const ftSeen = new Map<string, Set<string>>();
  // per feature, the files with a use in code: a place in a source or notebook that no declaration implied
  // (a manifest's own places and a notebook's `%pip install` are declarations)
  const used = new Map<string, Set<string>>();
  for (const [id, { places }] of ctx.byFeature) {
    for (const u of places) {
      firstPerFile(ft, ftSeen, id, u);
      if (isUseInCode(ctx, u)) {
        let files = used.get(id);
        if (!files) used.set(id, (files = new Set()));
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

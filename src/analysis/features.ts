/**
 * Feature reports: one per feature ID used, witnesses sorted and capped (the first in the project's own code
 * leading), with distinct details.
 */
import type { FeatureReport, Location } from "../core/types.js";
import { FEATURES } from "../knowledge/features.js";
import { featureFramework, isUseInCode, type AnalysisContext, type LocatedUsage } from "./context.js";
import { MAX_WITNESSES } from "./frameworks.js";

function loc(u: LocatedUsage): Location {
  return { path: u.path, line: u.line, ...(u.cell !== undefined ? { cell: u.cell } : {}), ...(u.column !== undefined ? { column: u.column } : {}) };
}

/** Catalogue position of each feature ID (the first, should an ID repeat), for ordering the reports. */
const CATALOGUE_RANK = new Map<string, number>();
FEATURES.forEach((f, i) => {
  if (!CATALOGUE_RANK.has(f.id)) CATALOGUE_RANK.set(f.id, i);
});

/** Catalogue order; IDs the catalogue does not know come last, by name. */
function compareIds(a: string, b: string): number {
  const ra = CATALOGUE_RANK.get(a) ?? Infinity;
  const rb = CATALOGUE_RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
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
function witnessesOf(ctx: AnalysisContext, places: readonly LocatedUsage[]): LocatedUsage[] {
  let own = -1;
  let aux = -1;
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    if (!isUseInCode(ctx, p)) continue;
    const rank = ctx.ownCode.rank(p.path);
    if (rank === 0) {
      own = i;
      break;
    }
    if (rank === 1 && own < 0) own = i;
    else if (rank === 2 && aux < 0) aux = i;
  }
  if (own < 0) own = aux;
  if (own <= 0) return places.slice(0, MAX_WITNESSES);
  return [places[own]!, ...places.slice(0, own), ...places.slice(own + 1)].slice(0, MAX_WITNESSES);
}

export function buildFeatures(ctx: AnalysisContext): FeatureReport[] {
  const ids = [...ctx.byFeature.keys()].sort(compareIds);
  return ids.map((id) => {
    // One witness per place (a line may carry several details): the context gathered them.
    const { places, details } = ctx.byFeature.get(id)!;
    const sorted = [...details].sort();
    return {
      id,
      framework: featureFramework(id),
      witnesses: witnessesOf(ctx, places).map(loc),
      count: places.length,
      ...(sorted.length ? { details: sorted } : {}),
    };
  });
}

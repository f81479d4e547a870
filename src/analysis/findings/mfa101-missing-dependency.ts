/**
 * MFA101 missing-dependency: an ML package imported in code with none of its distributions declared.
 * Optional imports (ImportFact.optional: the code copes when the import fails) are not held against the
 * repository: a package imported only optionally is not reported, and a finding lists only the required places.
 */
import type { Finding } from "../../core/types.js";
import { IMPORT_DISTRIBUTIONS } from "../../knowledge/packages.js";
import { IMAGE_PROVIDES, TRANSITIVE_PROVIDERS } from "../../knowledge/providers.js";
import { imageName, topOf, type LocatedImport } from "../context.js";
import { at, finding, locations, plural, type AnalysisState } from "./common.js";

export function missingDependencies({ ctx }: AnalysisState): Finding[] {
  const declared = new Set(ctx.declared.filter((d) => d.ecosystem !== "docker").map((d) => d.normalizedName));
  const images = ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName);
  const provided = new Set(IMAGE_PROVIDES.filter((p) => images.some((i) => p.pattern.test(i))).flatMap((p) => p.imports));
  // Whether a top-level name is missing depends on the name alone: it is asked once per name that some
  // required import has, and only the imports of missing names are gathered (from the context's index).
  const requiredTops = new Set<string>();
  for (const module of ctx.importIndex.names()) {
    if (ctx.importIndex.named(module).some((imp) => imp.optional !== true)) requiredTops.add(topOf(module));
  }
  const byTop = new Map<string, LocatedImport[]>();
  for (const top of requiredTops) {
    const dists = IMPORT_DISTRIBUTIONS[top];
    if (!dists || ctx.localModules.has(top) || provided.has(top)) continue;
    if (dists.some((d) => declared.has(d))) continue;
    byTop.set(top, ctx.importIndex.under(top).filter((imp) => imp.optional !== true));
  }
  const out: Finding[] = [];
  for (const [top, imps] of [...byTop].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const dists = IMPORT_DISTRIBUTIONS[top]!;
    const locs = locations(imps, [], true);
    const via = (TRANSITIVE_PROVIDERS[top] ?? []).filter((d) => declared.has(d));
    let msg = `\`${top}\` is imported (${plural(imps.length, "place")}, first at ${at(locs[0])}) but no manifest declares ${dists.length === 1 ? `\`${dists[0]}\`` : `any of ${dists.slice(0, 4).map((d) => `\`${d}\``).join(", ")}${dists.length > 4 ? ", ..." : ""}`}.`;
    if (!ctx.hasManifest) msg += " The repository has no dependency manifest at all (requirements.txt, pyproject.toml, environment.yml, Dockerfile ...), so nothing pins it.";
    else if (via.length) msg += ` It only arrives transitively through ${via.map((d) => `\`${d}\``).join(", ")}; declare it directly to control its version.`;
    out.push(finding("MFA101", top, msg, locs));
  }
  return out;
}

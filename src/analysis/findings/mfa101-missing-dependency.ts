/**
 * MFA101 missing-dependency: an ML package imported in code with none of its distributions declared.
 * Optional imports (ImportFact.optional: the code copes when the import fails) are not held against the
 * repository: a package imported only optionally is not reported, and a finding lists only the required places.
 */
import type { Finding } from "../../core/types.js";
import { IMPORT_DISTRIBUTIONS } from "../../knowledge/packages.js";
import { IMAGE_PROVIDES, TRANSITIVE_PROVIDERS } from "../../knowledge/providers.js";
import { imageName, type LocatedImport } from "../context.js";
import { at, finding, locations, plural, type AnalysisState } from "./common.js";

export function missingDependencies({ ctx }: AnalysisState): Finding[] {
  const declared = new Set(ctx.declared.filter((d) => d.ecosystem !== "docker").map((d) => d.normalizedName));
  const images = ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName);
  const provided = new Set(IMAGE_PROVIDES.filter((p) => images.some((i) => p.pattern.test(i))).flatMap((p) => p.imports));
  const byTop = new Map<string, LocatedImport[]>();
  for (const imp of ctx.imports) {
    if (imp.optional === true) continue;
    const dists = IMPORT_DISTRIBUTIONS[imp.top];
    if (!dists || ctx.localModules.has(imp.top) || provided.has(imp.top)) continue;
    if (dists.some((d) => declared.has(d))) continue;
    if (!byTop.has(imp.top)) byTop.set(imp.top, []);
    byTop.get(imp.top)!.push(imp);
  }
  const out: Finding[] = [];
  for (const [top, imps] of [...byTop].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const dists = IMPORT_DISTRIBUTIONS[top]!;
    const locs = locations(imps);
    const via = (TRANSITIVE_PROVIDERS[top] ?? []).filter((d) => declared.has(d));
    let msg = `\`${top}\` is imported (${plural(imps.length, "place")}, first at ${at(locs[0])}) but no manifest declares ${dists.length === 1 ? `\`${dists[0]}\`` : `any of ${dists.slice(0, 4).map((d) => `\`${d}\``).join(", ")}${dists.length > 4 ? ", ..." : ""}`}.`;
    if (!ctx.hasManifest) msg += " The repository has no dependency manifest at all (requirements.txt, pyproject.toml, environment.yml, Dockerfile ...), so nothing pins it.";
    else if (via.length) msg += ` It only arrives transitively through ${via.map((d) => `\`${d}\``).join(", ")}; declare it directly to control its version.`;
    out.push(finding("MFA101", top, msg, locs));
  }
  return out;
}

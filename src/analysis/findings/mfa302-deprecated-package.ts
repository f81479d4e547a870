/** MFA302 deprecated-package: declared (or imported) packages that are removed, renamed or unmaintained. */
import type { Finding } from "../../core/types.js";
import { DEPRECATED_PACKAGES } from "../../knowledge/deprecations.js";
import { finding, locations, type AnalysisState } from "./common.js";

export function deprecatedPackages({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  for (const pkg of DEPRECATED_PACKAGES) {
    const decls = ctx.declared.filter((d) => d.ecosystem !== "docker" && pkg.distributions.includes(d.normalizedName));
    const imps = ctx.imports.filter((i) => pkg.imports?.includes(i.top));
    if (decls.length === 0 && imps.length === 0) continue;
    const what = decls.length ? `\`${decls[0]!.name}\`` : `\`${imps[0]!.top}\``;
    const how = pkg.status === "removed" ? "is gone since" : pkg.status === "renamed" ? "was renamed in" : pkg.status === "unmaintained" ? "is no longer maintained:" : "was superseded in";
    out.push(
      finding(
        "MFA302",
        pkg.id,
        `${what} ${decls.length ? `is declared in ${[...new Set(decls.map((d) => d.path))].join(", ")}` : "is imported"}; the package ${how} ${pkg.since}. Replace it with ${pkg.replacement}. ${pkg.note} Source: ${pkg.source}`,
        locations([...decls, ...imps]),
      ),
    );
  }
  return out;
}

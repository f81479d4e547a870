/**
 * MFA302 deprecated-package: declared (or imported) packages that are removed, renamed or unmaintained. When every
 * place is in a project that pins the framework below the release the package stopped working with
 * (hojonathanho/diffusion: `tensorflow==1.15.0` beside `tensorflow-estimator==1.15.1`), the message says it still
 * installs there and the change belongs with the upgrade.
 */
import type { DeclaredDependency, Finding } from "../../core/types.js";
import { DEPRECATED_PACKAGES } from "../../knowledge/deprecations.js";
import { DottedIndex, topOf } from "../context.js";
import { finding, leadLocations, type AnalysisState } from "./common.js";
import { FrameworkProjects, pinnedBelowNote } from "./pinned-below.js";

export function deprecatedPackages({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  const projects = new FrameworkProjects(ctx);
  // Declarations by name, looked up per package instead of a pass over all of them per package.
  const declaredByName = new DottedIndex<DeclaredDependency>((d) => (d.ecosystem !== "docker" ? d.normalizedName : undefined), ctx.declared);
  for (const pkg of DEPRECATED_PACKAGES) {
    const decls = declaredByName.namedAny(pkg.distributions);
    // An import's top-level name is one of them exactly when its module is that name or lies under it (a
    // dotted entry can never be a top-level name).
    // The repository's own package is no dependency (tensorflow/addons imports tensorflow_addons throughout).
    const imps = ctx.importIndex.underAny((pkg.imports ?? []).filter((t) => !t.includes(".") && !ctx.localModules.has(t)));
    if (decls.length === 0 && imps.length === 0) continue;
    const what = decls.length ? `\`${decls[0]!.name}\`` : `\`${topOf(imps[0]!.module)}\``;
    const how = pkg.status === "removed" ? "is gone since" : pkg.status === "renamed" ? "was renamed in" : pkg.status === "unmaintained" ? "is no longer maintained:" : "was superseded in";
    out.push(
      finding(
        "MFA302",
        pkg.id,
        `${what} ${decls.length ? `is declared in ${[...new Set(decls.map((d) => d.path))].join(", ")}` : "is imported"}; the package ${how} ${pkg.since}. Replace it with ${pkg.replacement}. ${pkg.note}${pinnedBelowNote(pkg.from, pkg.status, [...decls, ...imps], projects, "it installs and works as written")}`,
        // the message names the declarations: one of them leads (the line to change), else an import
        leadLocations([...decls, ...imps], ctx.ownCode, decls.length ? decls : imps),
        pkg.source,
      ),
    );
  }
  return out;
}

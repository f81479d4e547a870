/**
 * MFA103 missing-on-demand-dependency: an undeclared ML package (MFA101's test) whose every required import is
 * inside a function body. Such an import runs only when the function is called: an optional backend
 * (`def _tensorflow(self, images): import tensorflow as tf`), an export helper (`def export_onnx(): import
 * onnx`), a loader for another library's weights. The code works without the package until that path is
 * taken, so this is a warning, not MFA101's error; the fix is the same declaration, usually as an extra.
 */
import type { Finding } from "../../core/types.js";
import { at, finding, plural, type AnalysisState } from "./common.js";
import { declarationContext, distributionNames, onDemandOnly, undeclaredImports, undeclaredLocations } from "./mfa101-missing-dependency.js";

export function missingOnDemandDependencies({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  for (const u of undeclaredImports(ctx)) {
    if (!onDemandOnly(u)) continue;
    const locs = undeclaredLocations(ctx, u);
    const where = u.imps.length === 1 ? "inside a function" : "inside functions";
    const msg = `\`${u.top}\` is imported only ${where} (${plural(u.imps.length, "place")}, first at ${at(locs[0])}) and no manifest ${u.elsewhere.length ? "of that code's project " : ""}declares ${distributionNames(u.top)}: the code runs without it until such a function is called, then fails with ImportError.`;
    out.push(finding("MFA103", u.top, msg + declarationContext(ctx, u), locs));
  }
  return out;
}

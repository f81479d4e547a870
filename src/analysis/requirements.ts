/** Infer the article's requirements from evidence (src/knowledge/signals.ts) and config `targets`. */
import type { DeclaredDependency, FeatureReport, RequirementReport } from "../core/types.js";
import { REQUIREMENT_SIGNALS } from "../knowledge/signals.js";
import { REQUIREMENT_IDS } from "../knowledge/usecases.js";
import { imageName, type AnalysisContext } from "./context.js";
import { frameworkPins, pinAllowsAtLeast } from "./versions.js";

export function inferRequirements(ctx: AnalysisContext, features: readonly FeatureReport[]): RequirementReport[] {
  const featureIds = new Set(features.map((f) => f.id));
  // Declarations that differ only in where they are give the same evidence: one of each (name, extras) is
  // enough, in order of first appearance (a monorepo declares the same few packages thousands of times).
  const declaredNames: DeclaredDependency[] = [];
  const distinct = new Set<string>();
  for (const d of ctx.declared) {
    if (d.ecosystem === "docker") continue;
    const key = d.extras?.length ? `x${JSON.stringify([d.normalizedName, d.extras])}` : `${d.extras === undefined ? "u" : "n"}${d.normalizedName}`;
    if (distinct.has(key)) continue;
    distinct.add(key);
    declaredNames.push(d);
  }
  const images = [...new Set(ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName))];
  const evidence = new Map<string, string[]>();
  const add = (req: string, ev: string) => {
    if (!evidence.has(req)) evidence.set(req, []);
    const list = evidence.get(req)!;
    if (!list.includes(ev)) list.push(ev);
  };

  for (const sig of REQUIREMENT_SIGNALS) {
    for (const f of sig.features ?? []) if (featureIds.has(f)) add(sig.requirement, f);
    for (const d of declaredNames) {
      if (sig.distributions?.includes(d.normalizedName)) add(sig.requirement, `dist:${d.normalizedName}`);
      if (sig.distributionPrefixes?.some((p) => d.normalizedName.startsWith(p))) add(sig.requirement, `dist:${d.normalizedName}`);
      for (const x of sig.extras ?? []) {
        if (d.normalizedName === x.name && d.extras.some((e) => e.toLowerCase() === x.extra)) add(sig.requirement, `dist:${x.name}[${x.extra}]`);
      }
    }
    for (const m of sig.imports ?? []) {
      if (ctx.importIndex.has(m)) add(sig.requirement, `import:${m}`);
    }
    for (const img of sig.dockerImages ?? []) {
      if (images.some((i) => img.pattern.test(i))) add(sig.requirement, `docker:${img.label}`);
    }
    for (const art of sig.artifacts ?? []) {
      // an artifact counts once per requirement, under the first label that matches it
      const hit = (ctx.facts.artifacts ?? []).some((a) => art.pattern.test(a) && (sig.artifacts ?? []).find((x) => x.pattern.test(a)) === art);
      if (hit) add(sig.requirement, `artifact:${art.label}`);
    }
  }
  // A TensorFlow declaration that only allows 1.x is an existing TF1 asset.
  for (const pin of frameworkPins(ctx.declared)) {
    if (pin.framework === "tensorflow" && pinAllowsAtLeast(pin, "2.0") === false) add("legacy-tf-assets", `pin:${pin.dep.normalizedName}${pin.source === "lock" ? "==" + pin.version : pin.shown}`);
  }
  for (const t of ctx.config.targets) add(t, "target:config");

  return REQUIREMENT_IDS.filter((id) => evidence.has(id)).map((id) => ({ id, evidence: evidence.get(id)! }));
}

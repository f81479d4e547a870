/**
 * Infer the article's requirements from evidence (src/knowledge/signals.ts) and config `targets`. A declared
 * package that nothing in the repository imports, or that the code imports only on demand, is no evidence (huggingface/diffusers' CI images install
 * pytorch-lightning, which no code uses: it made an `mlops-pipeline` requirement and, with it, a mismatch);
 * tools used without an import (launchers, CLIs, runtimes such as libtpu) and serving images still are. Nor are
 * the features and TensorFlow 1.x pins of PyTorch or TensorFlow while that framework is set aside (imported only
 * optionally, incidentally, or only around the package).
 */
import { inStack, type DeclaredDependency, type FeatureId, type FeatureReport, type FrameworkReport, type RequirementReport } from "../core/types.js";
import { FEATURE_BY_ID } from "../knowledge/features.js";
import { normalizeDistName } from "../knowledge/packages.js";
import { REQUIREMENT_SIGNALS } from "../knowledge/signals.js";
import { REQUIREMENT_IDS } from "../knowledge/usecases.js";
import { CODE_KINDS, featureFramework, imageName, type AnalysisContext, type LocatedUsage } from "./context.js";
import { importedOnDemandOnly, isNeededImport, signalImportedOnDemandOnly } from "./dependency-use.js";
import { frameworkPins, pinAllowsAtLeast } from "./versions.js";

export function inferRequirements(ctx: AnalysisContext, features: readonly FeatureReport[], frameworks: readonly FrameworkReport[] = []): RequirementReport[] {
  const featureIds = new Set(features.map((f) => f.id));
  const stack = new Set(frameworks.filter((f) => inStack(f)).map((f) => f.id));
  // PyTorch or TensorFlow imported but set aside (only optionally, incidentally, only around the package): its
  // features and pins are the side code's, not evidence of what the project is built for (microsoft/LoRA's
  // vendored TensorFlow examples, qlib's TFT benchmark pinning tensorflow-gpu==1.15.0).
  const setAside = new Set(frameworks.filter((f) => f.imported && !inStack(f) && (f.id === "pytorch" || f.id === "tensorflow")).map((f) => f.id as string));
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

  // A declared package is evidence only where the code needs it: one nothing imports, or that the code imports
  // only on demand (torchmetrics loads onnxruntime inside its DNSMOS metric), is not. For a distribution only
  // the requirement signals know (mlflow, google-cloud-storage), only the second: it may be used without an import.
  const notNeeded = new Map<string, boolean>();
  const isNotNeeded = (dist: string): boolean => {
    let answer = notNeeded.get(dist);
    if (answer === undefined) notNeeded.set(dist, (answer = importedOnDemandOnly(ctx, dist) || signalImportedOnDemandOnly(ctx, dist)));
    return answer;
  };
  // The distribution a usage declares: one derived from a declaration, or a manifest's own record of a
  // declared distribution of the feature (a Docker image, or anything in code, is not one).
  const declarationOf = (u: LocatedUsage, feature: string): string | undefined => {
    if (u.distribution !== undefined) return u.distribution;
    const kind = u.fileKind ?? ctx.kinds.get(u.path);
    if (kind === undefined || CODE_KINDS.has(kind) || u.matched === undefined) return undefined;
    const dist = normalizeDistName(u.matched);
    return FEATURE_BY_ID.get(feature as FeatureId)?.distributions?.includes(dist) ? dist : undefined;
  };
  // A feature counts unless every usage of it is a declaration of a package the code does not need.
  const counts = (feature: string): boolean => {
    const all = ctx.byFeature.get(feature)?.all ?? [];
    return all.length === 0 || !all.every((u) => {
      const dist = declarationOf(u, feature);
      return dist !== undefined && isNotNeeded(dist);
    });
  };
  for (const sig of REQUIREMENT_SIGNALS) {
    if (sig.featuresNeedStack === undefined || stack.has(sig.featuresNeedStack)) {
      for (const f of sig.features ?? []) if (featureIds.has(f) && !setAside.has(featureFramework(f)) && counts(f)) add(sig.requirement, f);
    }
    for (const d of declaredNames) {
      if (isNotNeeded(d.normalizedName)) continue;
      if (sig.distributions?.includes(d.normalizedName)) add(sig.requirement, `dist:${d.normalizedName}`);
      if (sig.distributionPrefixes?.some((p) => d.normalizedName.startsWith(p))) add(sig.requirement, `dist:${d.normalizedName}`);
      for (const x of sig.extras ?? []) {
        if (d.normalizedName === x.name && d.extras.some((e) => e.toLowerCase() === x.extra)) add(sig.requirement, `dist:${x.name}[${x.extra}]`);
      }
    }
    // An optional import (try/except ImportError, `if is_torch_xla_available():`) or one inside a function (a
    // tracker integration that imports mlflow when it is chosen) is support for the case, not what the project
    // is built for: huggingface/accelerate imports mlflow and clearml in its tracker classes.
    for (const m of sig.imports ?? []) {
      if (ctx.importIndex.someUnder(m, isNeededImport)) add(sig.requirement, `import:${m}`);
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
    if (pin.framework !== "tensorflow" || setAside.has("tensorflow") || pinAllowsAtLeast(pin, "2.0") !== false) continue;
    // A Docker image shows as `image:tag` (its `shown` already names the image), a package as `name==1.15.5`.
    const docker = pin.source === "docker-tag" || pin.source === "docker-image";
    add("legacy-tf-assets", `pin:${docker ? pin.shown : `${pin.dep.normalizedName}${pin.source === "lock" ? "==" + pin.version : pin.shown}`}`);
  }
  for (const t of ctx.config.targets) add(t, "target:config");

  return REQUIREMENT_IDS.filter((id) => evidence.has(id)).map((id) => {
    const ev = evidence.get(id)!;
    const bridge = REQUIREMENT_SIGNALS.find((s) => s.requirement === id)?.bridge;
    const bridged = bridge !== undefined && featureIds.has(bridge.feature) && ev.every((e) => bridge.evidence.includes(e));
    return bridged ? { id, evidence: ev, bridged: true as const } : { id, evidence: ev };
  });
}

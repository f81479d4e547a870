/** MFA403 deployment-gap: a deployment requirement with no way in the repository to deliver it. */
import type { Finding, Location } from "../../core/types.js";
import { DEFAULT_CONFIG_PATH } from "../../config/defaults.js";
import { REQUIREMENT_SIGNALS } from "../../knowledge/signals.js";
import { imageName } from "../context.js";
import { finding, type AnalysisState } from "./common.js";

interface Gap {
  requirement: string;
  /** Feature IDs, distributions, imports, image regexes, artifact regexes that provide a path. */
  features: string[];
  distributions: string[];
  imports: string[];
  images: RegExp[];
  artifacts: RegExp[];
  missing: string;
}

const SERVING = REQUIREMENT_SIGNALS.find((s) => s.requirement === "production-serving")!;

const GAPS: readonly Gap[] = [
  {
    requirement: "mobile-edge",
    features: ["tf.lite", "torch.mobile", "tfjs"],
    distributions: ["coremltools", "ai-edge-torch", "ai-edge-litert", "tflite-runtime", "executorch", "tensorflowjs"],
    imports: ["coremltools", "ai_edge_torch", "ai_edge_litert", "tflite_runtime", "executorch"],
    images: [],
    artifacts: [/\.tflite$/i, /\.pte$/i, /\.ptl$/i, /\.mlmodel$|\.mlpackage(\/|$)/i],
    missing: "no on-device path (LiteRT/TF Lite converter or interpreter, ExecuTorch, Core ML, TensorFlow.js) and no on-device model file",
  },
  {
    requirement: "production-serving",
    features: [...(SERVING.features ?? []), "torch.export", "torch.jit", "torch.onnx", "onnx"],
    distributions: SERVING.distributions ?? [],
    imports: SERVING.imports ?? [],
    images: (SERVING.dockerImages ?? []).map((d) => d.pattern),
    artifacts: [/\.onnx$/i, /(^|\/)saved_model\.pb$/i],
    missing: "nothing servable: no SavedModel / torch.export / TorchScript / ONNX export and no serving runtime or image",
  },
  {
    requirement: "tpu",
    features: ["tf.tpu"],
    distributions: ["libtpu", "libtpu-nightly", "torch-xla", "cloud-tpu-client"],
    imports: ["torch_xla"],
    images: [],
    artifacts: [],
    missing: "no TPU code path (TPUStrategy / TPUClusterResolver, torch_xla, jax[tpu] or libtpu)",
  },
];

export function deploymentGaps({ ctx, features, fit }: AnalysisState): Finding[] {
  const featureIds = new Set(features.map((f) => f.id));
  const dists = new Set(ctx.declared.filter((d) => d.ecosystem !== "docker").map((d) => d.normalizedName));
  const jaxTpu = ctx.declared.some((d) => d.normalizedName === "jax" && d.extras.some((e) => e.toLowerCase() === "tpu"));
  const images = ctx.declared.filter((d) => d.ecosystem === "docker").map(imageName);
  const out: Finding[] = [];
  for (const gap of GAPS) {
    const req = fit.requirements.find((r) => r.id === gap.requirement);
    if (!req) continue;
    const hasPath =
      gap.features.some((f) => featureIds.has(f)) ||
      gap.distributions.some((d) => dists.has(d)) ||
      gap.imports.some((m) => ctx.importIndex.has(m)) ||
      gap.images.some((re) => images.some((i) => re.test(i))) ||
      gap.artifacts.some((re) => (ctx.facts.artifacts ?? []).some((a) => re.test(a))) ||
      (gap.requirement === "tpu" && jaxTpu);
    if (hasPath) continue;
    const fromConfig = req.evidence.includes("target:config");
    const locs: Location[] = fromConfig ? [{ path: ctx.config.source ?? DEFAULT_CONFIG_PATH, line: 1 }] : [];
    const why = fromConfig ? "it is declared in `targets`" : `it is implied by ${req.evidence.join(", ")}`;
    out.push(finding("MFA403", gap.requirement, `The project needs ${gap.requirement} (${why}) but the repository has ${gap.missing}.`, locs));
  }
  return out;
}

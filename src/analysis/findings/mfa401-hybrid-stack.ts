/** MFA401 hybrid-stack: PyTorch and TensorFlow both imported in code; recommend the article's ONNX boundary. */
import type { Finding, Location } from "../../core/types.js";
import { HYBRID_ADVICE } from "../../knowledge/usecases.js";
import { at, finding, plural, type AnalysisState } from "./common.js";

export function hybridStack({ ctx, frameworks, features, fit }: AnalysisState): Finding[] {
  if (fit.verdict !== "hybrid") return [];
  const pt = frameworks.find((f) => f.id === "pytorch")!;
  const tf = frameworks.find((f) => f.id === "tensorflow")!;
  const locs: Location[] = [pt.importWitnesses[0], tf.importWitnesses[0]].filter((l): l is Location => l !== undefined);
  const hasOnnxExport = features.some((f) => f.id === "torch.onnx");
  const usesOnnxTf = ctx.importIndex.has("onnx_tf") || ctx.declared.some((d) => d.normalizedName === "onnx-tf");
  let msg = `PyTorch (${plural(pt.importCount, "import")}, first at ${at(pt.importWitnesses[0])}) and TensorFlow (${plural(tf.importCount, "import")}, first at ${at(tf.importWitnesses[0])}) are both used. `;
  msg += hasOnnxExport
    ? "torch.onnx export is already present: keep it the single boundary, with a pinned opset_version and a dynamic batch axis. "
    : `${HYBRID_ADVICE.recommendation} `;
  if (usesOnnxTf) msg += HYBRID_ADVICE.correction;
  else msg += "On the TensorFlow side, use maintained converters (onnxruntime, tf2onnx), not onnx-tf.";
  return [finding("MFA401", "pytorch+tensorflow", msg.trim(), locs)];
}

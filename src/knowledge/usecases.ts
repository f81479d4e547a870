/**
 * The article's "choose PyTorch / choose TensorFlow when" lists (section プロジェクト要件別の推奨) as the
 * eight stable requirement IDs, and its hybrid advice (section ハイブリッドアプローチ).
 */
import type { ComparedFramework } from "../core/types.js";
import type { CriterionId } from "./matrix.js";

export type RequirementId =
  | "research"
  | "production-serving"
  | "mobile-edge"
  | "tpu"
  | "gcp"
  | "mlops-pipeline"
  | "large-scale-training"
  | "legacy-tf-assets";

export const REQUIREMENT_IDS: readonly RequirementId[] = [
  "research",
  "production-serving",
  "mobile-edge",
  "tpu",
  "gcp",
  "mlops-pipeline",
  "large-scale-training",
  "legacy-tf-assets",
];

export interface Requirement {
  id: RequirementId;
  title: string;
  /** The framework the article recommends for it; null when the article backs both. */
  recommends: ComparedFramework | null;
  /** The matrix criteria this requirement makes more important (each raises that criterion's weight by 1). */
  criteria: CriterionId[];
  /** The article's own list item(s) this requirement stands for (Japanese, for traceability). */
  articleItems: string[];
  /** Why the recommendation is what it is (the report's words). */
  rationale: string;
  source: string;
}

const SRC = "article §プロジェクト要件別の推奨";

export const USE_CASES: readonly Requirement[] = [
  {
    id: "research",
    title: "Research, prototyping and current architectures",
    recommends: "pytorch",
    criteria: ["research-speed", "learning-curve", "community"],
    articleItems: ["研究開発・プロトタイピング", "最新のアーキテクチャ実装(LLM、Diffusion Models)", "カスタム層や損失関数の頻繁な実装", "動的なモデル構造が必要", "デバッグとイテレーションの速さを重視", "コミュニティの最新実装を活用したい"],
    rationale: "The article puts research, prototyping, LLM/diffusion work and fast iteration on PyTorch's side.",
    source: SRC,
  },
  {
    id: "production-serving",
    title: "Large-scale production serving",
    recommends: "tensorflow",
    criteria: ["production-readiness", "enterprise-support"],
    articleItems: ["大規模本番環境への展開"],
    rationale: "The article recommends TensorFlow for large production deployments (TF Serving, SavedModel).",
    source: SRC,
  },
  {
    id: "mobile-edge",
    title: "Mobile and edge deployment",
    recommends: "tensorflow",
    criteria: ["production-readiness", "ecosystem"],
    articleItems: ["モバイル・エッジデバイスへの展開"],
    rationale: "The article recommends TensorFlow (TF Lite, now LiteRT) for phones and edge devices.",
    source: SRC,
  },
  {
    id: "tpu",
    title: "Large-scale training on TPUs",
    recommends: "tensorflow",
    criteria: ["performance", "enterprise-support"],
    articleItems: ["TPU を活用した大規模学習"],
    rationale: "The article recommends TensorFlow for TPU training and quotes 3.8x-6.1x speed-ups over GPUs.",
    source: SRC,
  },
  {
    id: "gcp",
    title: "Operating on Google Cloud Platform",
    recommends: "tensorflow",
    criteria: ["enterprise-support", "production-readiness"],
    articleItems: ["Google Cloud Platform での運用"],
    rationale: "The article recommends TensorFlow for teams running on Google Cloud (Vertex AI).",
    source: SRC,
  },
  {
    id: "mlops-pipeline",
    title: "Mature MLOps pipelines",
    recommends: "tensorflow",
    criteria: ["production-readiness", "ecosystem"],
    articleItems: ["成熟した MLOps パイプライン構築"],
    rationale: "The article rates TFX as the more mature MLOps stack (TensorFlow) than PyTorch Lightning.",
    source: SRC,
  },
  {
    id: "large-scale-training",
    title: "Large-scale distributed training (GPU clusters)",
    recommends: null,
    criteria: ["performance"],
    articleItems: ["分散学習の進化 (DDP/FSDP)", "TPU 最適化"],
    rationale:
      "The article shows strong distributed training on both sides (PyTorch 2.0 DDP/FSDP, TensorFlow strategies); only the TPU case (requirement `tpu`) leans to TensorFlow, so this requirement backs neither.",
    source: "article §分散学習の進化, §TPU 最適化",
  },
  {
    id: "legacy-tf-assets",
    title: "Existing TensorFlow assets",
    recommends: "tensorflow",
    criteria: ["ecosystem"],
    articleItems: ["既存の TensorFlow アセットがある"],
    rationale: "The article recommends staying on TensorFlow when the project already owns TensorFlow models and code.",
    source: SRC,
  },
];

export const REQUIREMENT_BY_ID: ReadonlyMap<RequirementId, Requirement> = new Map(USE_CASES.map((r) => [r.id, r]));

export function isRequirementId(s: string): s is RequirementId {
  return (REQUIREMENT_IDS as readonly string[]).includes(s);
}

/** The article's hybrid approach: research in PyTorch, production in TensorFlow, ONNX in between. */
export const HYBRID_ADVICE = {
  source: "article §ハイブリッドアプローチ / ONNX による相互運用",
  /** The export settings the article's example uses. */
  export: { call: "torch.onnx.export", opsetVersion: 15, dynamicAxes: { input: { 0: "batch_size" }, output: { 0: "batch_size" } } },
  recommendation:
    "Keep one explicit boundary between the two stacks: export the PyTorch model with torch.onnx.export (pin opset_version, the article uses 15, and mark the batch axis dynamic via dynamic_axes), then serve the .onnx file with onnxruntime or convert it on the TensorFlow side.",
  correction:
    "The article loads the ONNX file into TensorFlow with onnx-tf, which is no longer maintained; prefer onnxruntime for inference, tf2onnx for TensorFlow -> ONNX, or the LiteRT (ai-edge-torch) converters for PyTorch -> edge.",
} as const;

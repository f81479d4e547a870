/**
 * The figures the article gives (June 2025), with the section each comes from. They are quoted in reports
 * as the article's claims, never as measurements of the audited project.
 */

export interface AdoptionFigure {
  metric: string;
  pytorch: number;
  tensorflow: number;
  unit: "%";
  source: string;
}

export const ADOPTION: readonly AdoptionFigure[] = [
  { metric: "research papers", pytorch: 80, tensorflow: 15, unit: "%", source: "article §市場シェアと採用率" },
  { metric: "enterprise production", pytorch: 55, tensorflow: 70, unit: "%", source: "article §市場シェアと採用率" },
  { metric: "new projects", pytorch: 65, tensorflow: 30, unit: "%", source: "article §市場シェアと採用率" },
  { metric: "developer satisfaction", pytorch: 92, tensorflow: 78, unit: "%", source: "article §市場シェアと採用率, §コミュニティ活動指標" },
  { metric: "documentation rating", pytorch: 85, tensorflow: 82, unit: "%", source: "article §コミュニティ活動指標" },
];

export interface SpeedupFigure {
  topic: string;
  /** Feature ID of the catalog this figure is about. */
  feature: string;
  claim: string;
  factor?: number;
  source: string;
}

export const CLAIMS: readonly SpeedupFigure[] = [
  { topic: "torch.compile MLP benchmark", feature: "torch.compile", claim: "784-512-10 MLP, batch 1000, 1000 steps, mode reduce-overhead: 2.156 s -> 0.892 s", factor: 2.4, source: "article §torch.compile による性能革命" },
  { topic: "torch.compile ViT", feature: "torch.compile", claim: "ViT speed-up", factor: 1.7, source: "article §torch.compile による性能革命" },
  { topic: "torch.compile BERT", feature: "torch.compile", claim: "BERT speed-up", factor: 1.5, source: "article §torch.compile による性能革命" },
  { topic: "torch.compile ResNet-50", feature: "torch.compile", claim: "ResNet-50 speed-up", factor: 1.3, source: "article §torch.compile による性能革命" },
  { topic: "torch.compile GPT-2", feature: "torch.compile", claim: "GPT-2 speed-up", factor: 2.0, source: "article §torch.compile による性能革命" },
  { topic: "Better Transformer", feature: "torch.sdpa", claim: "fused attention: memory -50%, inference 2-4x faster", source: "article §Better Transformer" },
  { topic: "Dynamic INT8 quantization", feature: "torch.quantization", claim: "model size -75%, inference 2-4x faster, accuracy loss under 1%", source: "article §量子化の改善" },
  { topic: "TPU vs GPU BERT-Large", feature: "tf.tpu", claim: "BERT-Large on TPU vs GPU", factor: 5.2, source: "article §TPU 最適化" },
  { topic: "TPU vs GPU ResNet-50", feature: "tf.tpu", claim: "ResNet-50 on TPU vs GPU", factor: 3.8, source: "article §TPU 最適化" },
  { topic: "TPU vs GPU Transformer-XL", feature: "tf.tpu", claim: "Transformer-XL on TPU vs GPU", factor: 6.1, source: "article §TPU 最適化" },
  { topic: "TF Serving", feature: "tf.serving", claim: "gRPC/REST endpoints (REST on port 8501, /v1/models/NAME:predict), model versioning, A/B tests, automatic batching, GPU/TPU optimisation", source: "article §TensorFlow Serving" },
  { topic: "TF Lite", feature: "tf.lite", claim: "model size -75%, 60 fps, battery use -50%", source: "article §モバイル・エッジ展開" },
];

export interface ThroughputRow {
  model: string;
  batchSize: number;
  unit: "img/s" | "seq/s";
  /** PyTorch 2.0 on an A100. */
  pytorch: number;
  /** TensorFlow 2.15 on an A100. */
  tensorflow: number;
  source: string;
}

const A100 = "article §パフォーマンス徹底比較 (A100 inference, PyTorch 2.0 vs TensorFlow 2.15)";

export const A100_THROUGHPUT: readonly ThroughputRow[] = [
  { model: "ResNet-50", batchSize: 128, unit: "img/s", pytorch: 312, tensorflow: 298, source: A100 },
  { model: "BERT-Base", batchSize: 32, unit: "seq/s", pytorch: 215, tensorflow: 189, source: A100 },
  { model: "GPT-2", batchSize: 16, unit: "seq/s", pytorch: 142, tensorflow: 168, source: A100 },
  { model: "ViT-B/16", batchSize: 64, unit: "img/s", pytorch: 187, tensorflow: 173, source: A100 },
  { model: "EfficientNet-B7", batchSize: 32, unit: "img/s", pytorch: 89, tensorflow: 102, source: A100 },
  { model: "Stable Diffusion", batchSize: 1, unit: "img/s", pytorch: 2.3, tensorflow: 1.8, source: A100 },
];

/** Relative lead of the faster framework in percent (one decimal), as the article reports it. */
export function throughputLead(row: ThroughputRow): { leader: "pytorch" | "tensorflow"; percent: number } {
  const [fast, slow, leader] =
    row.pytorch >= row.tensorflow ? [row.pytorch, row.tensorflow, "pytorch" as const] : [row.tensorflow, row.pytorch, "tensorflow" as const];
  return { leader, percent: Math.round(((fast - slow) / slow) * 1000) / 10 };
}

/**
 * Where the article (June 2025) is out of date or wrong (criteria.md §5 plus what was verified while
 * writing this table). Each entry is an OutdatedNote template: the analysis emits it into `fit.outdatedNotes`
 * only when the project touches the topic, with the locations where it does.
 */
import type { FrameworkId } from "../core/types.js";

export interface OutdatedTopic {
  topic: string;
  /** What the article says (summarised, the report's words). */
  article: string;
  /** What is true now. */
  correction: string;
  source: string;
  /** Where the article says it. */
  articleSection: string;
  /** The project touches the topic when any of these is present. */
  when: {
    features?: { id: string; detail?: RegExp }[];
    imports?: string[];
    distributions?: string[];
    frameworks?: FrameworkId[];
  };
}

export const OUTDATED_TOPICS: readonly OutdatedTopic[] = [
  {
    topic: "max-autotune",
    article: 'The article labels torch.compile(mode="max-autotune") as the memory-saving mode.',
    correction:
      '"max-autotune" benchmarks candidate kernels (Triton/CUTLASS templates, CUDA graphs on GPU) to find the fastest ones and pays for it with much longer compile times; it does not target memory. "reduce-overhead" cuts Python/launch overhead with CUDA graphs and can use more memory.',
    source: "https://pytorch.org/docs/stable/generated/torch.compile.html",
    articleSection: "article §torch.compile による性能革命",
    when: { features: [{ id: "torch.compile", detail: /max-autotune/ }] },
  },
  {
    topic: "torch-quantization-namespace",
    article: "The article quantizes with torch.quantization.quantize_dynamic.",
    correction:
      "The quantization code lives in torch.ao.quantization (torch.quantization is an alias kept for compatibility), and PyTorch directs new quantization work to the torchao package.",
    source: "https://pytorch.org/docs/stable/quantization.html",
    articleSection: "article §量子化の改善",
    when: { features: [{ id: "torch.quantization" }] },
  },
  {
    topic: "tpu-pytorch-xla",
    article: "The article treats TPUs as TensorFlow's ground: TensorFlow is the framework optimised for Google TPUs (TPUStrategy with XLA).",
    correction:
      "PyTorch runs on Cloud TPUs as well, through PyTorch/XLA (the torch_xla package: an `xla` device, XLA graph compilation, SPMD sharding), and JAX is the other common TPU framework. A TPU requirement no longer implies TensorFlow, although the article's matrix, and so this report's scores, still count it for TensorFlow.",
    source: "https://docs.pytorch.org/xla/",
    articleSection: "article §TPU 最適化",
    when: { imports: ["torch_xla"], distributions: ["torch-xla", "torch_xla"] },
  },
  {
    topic: "pytorch-mobile",
    article: "The article names PyTorch Mobile as PyTorch's mobile stack.",
    correction: "PyTorch Mobile (the lite interpreter) is no longer developed; ExecuTorch, fed by torch.export, is its successor.",
    source: "https://pytorch.org/executorch/stable/index.html",
    articleSection: "article §ライブラリエコシステム",
    when: { features: [{ id: "torch.mobile" }] },
  },
  {
    topic: "tflite-litert",
    article: "The article calls TensorFlow's on-device runtime TF Lite.",
    correction:
      "TF Lite is now branded LiteRT (Google AI Edge); the standalone interpreter ships as ai-edge-litert instead of tflite-runtime, and ai-edge-torch converts PyTorch models to it directly.",
    source: "https://ai.google.dev/edge/litert",
    articleSection: "article §モバイル・エッジ展開",
    when: { features: [{ id: "tf.lite" }] },
  },
  {
    topic: "onnx-tf",
    article: "The article loads ONNX models into TensorFlow with onnx_tf.backend.prepare.",
    correction: "onnx-tf is no longer maintained; run the ONNX model with onnxruntime, or convert TensorFlow -> ONNX with tf2onnx.",
    source: "https://github.com/onnx/onnx-tensorflow",
    articleSection: "article §ONNX による相互運用",
    when: { imports: ["onnx_tf"], distributions: ["onnx-tf"] },
  },
  {
    topic: "keras-multi-backend",
    article: "The article treats Keras as part of TensorFlow.",
    correction:
      "Keras 3 (the default `keras` since TensorFlow 2.16) runs on TensorFlow, JAX or PyTorch, chosen by KERAS_BACKEND; `import keras` alone no longer implies TensorFlow. Legacy tf.keras behaviour needs the tf-keras package.",
    source: "https://keras.io/getting_started/",
    articleSection: "article §TensorFlow 2.x の進化と強み",
    when: { frameworks: ["keras"] },
  },
  {
    topic: "lightning-package",
    article: "The article imports pytorch_lightning.",
    correction: "Since Lightning 2.0 the maintained package is `lightning` (`import lightning as L`); pytorch_lightning is kept as a mirror.",
    source: "https://lightning.ai/docs/pytorch/stable/starter/installation.html",
    articleSection: "article §PyTorch Lightning による構造化",
    when: { imports: ["pytorch_lightning"], distributions: ["pytorch-lightning"] },
  },
  {
    topic: "lightning-precision",
    article: "The article configures the Lightning Trainer with precision=16.",
    correction: 'Lightning 2 spells it precision="16-mixed" (or "bf16-mixed"); the bare 16 is a legacy alias.',
    source: "https://lightning.ai/docs/pytorch/stable/common/precision_basic.html",
    articleSection: "article §PyTorch Lightning による構造化",
    when: { features: [{ id: "lightning", detail: /precision\s*=\s*(["']?)(16|bf16)\1(?![-\w])/ }] },
  },
  {
    topic: "tensorflow-gpu",
    article: "The article's setup assumes the separate GPU build of TensorFlow.",
    correction: "The tensorflow-gpu package ended with 2.10; since TensorFlow 2.11 GPU support ships in `tensorflow` itself (`tensorflow[and-cuda]` from 2.14).",
    source: "https://pypi.org/project/tensorflow-gpu/",
    articleSection: "criteria.md §5",
    when: { distributions: ["tensorflow-gpu", "tf-nightly-gpu"] },
  },
  {
    topic: "better-transformer",
    article: "The article presents Better Transformer as an automatic speed-up applied to nn.TransformerEncoder.",
    correction:
      "The fused fast path of nn.TransformerEncoder only applies at inference under specific conditions (no gradients, supported masks); the general tool is F.scaled_dot_product_attention (PyTorch >= 2.0), which Hugging Face Transformers now uses natively, replacing optimum's deprecated BetterTransformer.",
    source: "https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html",
    articleSection: "article §Better Transformer",
    when: { features: [{ id: "torch.sdpa" }] },
  },
];

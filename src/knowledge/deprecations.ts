/**
 * Deprecated, renamed, removed or unmaintained packages and APIs of the two ecosystems, with the version
 * where that happened, the replacement and a primary source. criteria.md §5 lists the ones the article gets
 * wrong; the others were added from the frameworks' release notes.
 */

export type DeprecationStatus = "removed" | "renamed" | "superseded" | "unmaintained" | "deprecated" | "maintenance";

/**
 * The first release of a framework in which an API warns or is gone, or a package stops working. A project
 * whose declarations all pin an older release runs it as it was, and the finding says so (MFA301, MFA302).
 */
export interface FrameworkRelease {
  framework: "pytorch" | "tensorflow";
  version: string;
}

export interface DeprecatedPackage {
  /** Stable id, part of the finding fingerprint. */
  id: string;
  /** Normalised (PEP 503) distribution names. */
  distributions: string[];
  /** Top-level import names that come from these distributions (an import also counts). */
  imports?: string[];
  status: DeprecationStatus;
  /** Version / date that made it so (free text, e.g. "TensorFlow 2.11 (Dec 2022)"). */
  since: string;
  /** The framework release from which the package no longer installs or works (tensorflow-gpu: TensorFlow 2.11). */
  from?: FrameworkRelease;
  replacement: string;
  note: string;
  source: string;
}

export const DEPRECATED_PACKAGES: readonly DeprecatedPackage[] = [
  {
    id: "tensorflow-gpu",
    distributions: ["tensorflow-gpu", "tf-nightly-gpu"],
    status: "removed",
    since: "TensorFlow 2.11 (the PyPI package was then replaced by a stub that refuses to install)",
    from: { framework: "tensorflow", version: "2.11" },
    replacement: "`tensorflow` (GPU support is built in on Linux; `tensorflow[and-cuda]` also pulls the CUDA libraries, TF >= 2.14)",
    note: "The separate GPU package stopped at 2.10; pinning it freezes the project on an old TensorFlow.",
    source: "https://pypi.org/project/tensorflow-gpu/",
  },
  {
    id: "pytorch-lightning",
    distributions: ["pytorch-lightning"],
    imports: ["pytorch_lightning"],
    status: "renamed",
    since: "Lightning 2.0 (March 2023)",
    replacement: "`lightning` (`import lightning as L`; `lightning.pytorch` for the trainer)",
    note: "The unified `lightning` package is the maintained distribution; `pytorch_lightning` remains a compatibility mirror.",
    source: "https://lightning.ai/docs/pytorch/stable/starter/installation.html",
  },
  {
    id: "tflite-runtime",
    distributions: ["tflite-runtime"],
    imports: ["tflite_runtime"],
    status: "superseded",
    since: "2024: TensorFlow Lite became LiteRT",
    replacement: "`ai-edge-litert` (`from ai_edge_litert.interpreter import Interpreter`)",
    note: "New interpreter wheels ship as ai-edge-litert; tflite-runtime no longer gets releases for new Python versions.",
    source: "https://ai.google.dev/edge/litert",
  },
  {
    id: "onnx-tf",
    distributions: ["onnx-tf"],
    imports: ["onnx_tf"],
    status: "unmaintained",
    since: "no release since 1.10.0 (2022)",
    replacement: "`onnxruntime` to run the ONNX model; `tf2onnx` for TensorFlow -> ONNX",
    note: "The article's ONNX -> TensorFlow path relies on it; it does not follow current TensorFlow or ONNX opsets.",
    source: "https://github.com/onnx/onnx-tensorflow",
  },
  {
    id: "tensorflow-addons",
    distributions: ["tensorflow-addons"],
    imports: ["tensorflow_addons"],
    status: "unmaintained",
    since: "end of life in May 2024",
    replacement: "the equivalent layers/optimizers in Keras 3 or KerasCV/KerasNLP",
    note: "TensorFlow Addons only received minimal maintenance after 2023 and ended in May 2024.",
    source: "https://github.com/tensorflow/addons",
  },
  {
    id: "torchtext",
    distributions: ["torchtext"],
    imports: ["torchtext"],
    status: "unmaintained",
    since: "0.18 (April 2024) was the last release",
    replacement: "Hugging Face `datasets` / `tokenizers`, or plain PyTorch data pipelines",
    note: "torchtext development stopped; its releases are tied to torch versions that are now old.",
    source: "https://github.com/pytorch/text",
  },
  {
    id: "tensorflow-estimator",
    distributions: ["tensorflow-estimator"],
    status: "removed",
    since: "TensorFlow 2.16 (tf.estimator removed)",
    from: { framework: "tensorflow", version: "2.16" },
    replacement: "Keras models with `model.fit` or a custom training loop",
    note: "The Estimator API is gone from TensorFlow 2.16 onwards.",
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.16.1",
  },
];

export interface DeprecatedApi {
  /** Stable id, part of the finding fingerprint. */
  id: string;
  title: string;
  /** Dotted names (after alias resolution); a usage's `matched` or an import's module equal to one or under it counts. */
  refs?: string[];
  /** A feature usage whose `detail` matches (e.g. Lightning `precision=16`). */
  detail?: { feature: string; pattern: RegExp };
  status: DeprecationStatus;
  since: string;
  /** The first release of the framework in which the old API warns or is gone. */
  from?: FrameworkRelease;
  replacement: string;
  note: string;
  source: string;
}

export const DEPRECATED_APIS: readonly DeprecatedApi[] = [
  {
    id: "torch.cuda.amp",
    title: "torch.cuda.amp / torch.cpu.amp",
    refs: ["torch.cuda.amp.autocast", "torch.cuda.amp.GradScaler", "torch.cpu.amp.autocast", "torch.cpu.amp.GradScaler"],
    status: "deprecated",
    since: "PyTorch 2.4 (FutureWarning)",
    from: { framework: "pytorch", version: "2.4" },
    replacement: '`torch.amp.autocast("cuda")` and `torch.amp.GradScaler("cuda")`',
    note: "The device-specific AMP entry points now warn on every call; the device-generic ones take the device type as an argument.",
    source: "https://github.com/pytorch/pytorch/releases/tag/v2.4.0",
  },
  {
    id: "torch.quantization",
    title: "torch.quantization namespace",
    refs: ["torch.quantization"],
    status: "superseded",
    since: "PyTorch 1.10 moved the code to torch.ao.quantization",
    from: { framework: "pytorch", version: "1.10" },
    replacement: "`torch.ao.quantization` for the existing flows; new quantization work (int8/int4, float8) lives in `torchao`",
    note: "`torch.quantization` is a compatibility alias; the article's `torch.quantization.quantize_dynamic` example uses it.",
    source: "https://pytorch.org/docs/stable/quantization.html",
  },
  {
    id: "torchscript",
    title: "TorchScript (torch.jit.script / torch.jit.trace)",
    refs: ["torch.jit.script", "torch.jit.trace", "torch.jit.trace_module", "torch.jit.script_method"],
    status: "maintenance",
    since: "PyTorch 2.x",
    replacement: "`torch.export` (PyTorch >= 2.1) for whole-graph capture; `torch.compile` for speed",
    note: "TorchScript gets no new features; export-based tooling (ExecuTorch, AOTInductor, ONNX dynamo export) builds on torch.export.",
    source: "https://pytorch.org/docs/stable/jit.html",
  },
  {
    id: "pytorch-mobile",
    title: "PyTorch Mobile (lite interpreter)",
    refs: ["torch.utils.mobile_optimizer", "torch.jit._save_for_lite_interpreter"],
    status: "superseded",
    since: "2024: PyTorch Mobile is no longer actively developed",
    replacement: "ExecuTorch (`executorch`, models exported with torch.export to .pte)",
    note: "The lite-interpreter path (.ptl) is what the article calls PyTorch Mobile; ExecuTorch replaced it.",
    source: "https://pytorch.org/executorch/stable/index.html",
  },
  {
    id: "tf.estimator",
    title: "tf.estimator",
    refs: ["tensorflow.estimator", "tensorflow.compat.v1.estimator"],
    status: "removed",
    since: "TensorFlow 2.16",
    from: { framework: "tensorflow", version: "2.16" },
    replacement: "Keras (`model.fit`) or a custom loop with tf.GradientTape; TPUEstimator -> tf.distribute.TPUStrategy",
    note: "Code using Estimators cannot move past TensorFlow 2.15.",
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.16.1",
  },
  {
    id: "tf.contrib",
    title: "tf.contrib",
    refs: ["tensorflow.contrib"],
    status: "removed",
    since: "TensorFlow 2.0",
    from: { framework: "tensorflow", version: "2.0" },
    replacement: "the module's TF 2 home (tf.distribute, tf.keras, TensorFlow Addons' successors) or tf.compat.v1 for a bridge",
    note: "tf.contrib does not exist in any TensorFlow 2 release.",
    source: "https://www.tensorflow.org/guide/migrate",
  },
  {
    id: "tf1-toplevel",
    title: "the TF 1.x top-level graph API (tf.Session, tf.placeholder, ...)",
    refs: ["tensorflow.Session", "tensorflow.InteractiveSession", "tensorflow.placeholder", "tensorflow.global_variables_initializer"],
    status: "removed",
    since: "TensorFlow 2.0 (only reachable as tf.compat.v1.*)",
    from: { framework: "tensorflow", version: "2.0" },
    replacement: "eager code with tf.function; `tf.compat.v1.*` only as a temporary bridge",
    note: "These names raise AttributeError under any TensorFlow 2 release unless written as tf.compat.v1.*.",
    source: "https://www.tensorflow.org/guide/migrate",
  },
  {
    id: "tf.keras.mixed_precision.experimental",
    title: "the experimental mixed-precision API",
    refs: ["tensorflow.keras.mixed_precision.experimental", "tensorflow.train.experimental.enable_mixed_precision_graph_rewrite"],
    status: "removed",
    since: "TensorFlow 2.4 made the Keras API stable; the experimental names were later removed",
    replacement: '`tf.keras.mixed_precision.set_global_policy("mixed_float16")`',
    note: "The experimental policy classes and the graph-rewrite switch are gone from current releases.",
    source: "https://www.tensorflow.org/guide/mixed_precision",
  },
  {
    id: "tf.distribute.experimental.TPUStrategy",
    title: "tf.distribute.experimental.TPUStrategy",
    refs: ["tensorflow.distribute.experimental.TPUStrategy"],
    status: "deprecated",
    since: "TensorFlow 2.3",
    from: { framework: "tensorflow", version: "2.3" },
    replacement: "`tf.distribute.TPUStrategy`",
    note: "The stable TPUStrategy replaced the experimental one in 2.3.",
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.3.0",
  },
  {
    id: "tf.data.experimental.AUTOTUNE",
    title: "tf.data.experimental.AUTOTUNE",
    refs: ["tensorflow.data.experimental.AUTOTUNE"],
    status: "deprecated",
    since: "TensorFlow 2.4",
    from: { framework: "tensorflow", version: "2.4" },
    replacement: "`tf.data.AUTOTUNE`",
    note: "The experimental alias is kept for compatibility only.",
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
  },
  {
    id: "lightning-precision-16",
    title: "Lightning precision=16",
    detail: { feature: "lightning", pattern: /precision\s*=\s*(["']?)(16|bf16)\1(?![-\w])/ },
    status: "renamed",
    since: "Lightning 2.0",
    replacement: '`precision="16-mixed"` (or `"bf16-mixed"`)',
    note: "Lightning 2 spells mixed precision explicitly; the bare 16 is a legacy alias that the docs no longer use.",
    source: "https://lightning.ai/docs/pytorch/stable/common/precision_basic.html",
  },
];

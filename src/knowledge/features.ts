/**
 * The feature catalog (spec: features.md) as data. The Python scanner, the manifest readers and the
 * analysis all read this table; adding a feature is adding a row here.
 *
 * Matching semantics (implemented in src/scanning/python/match.ts):
 * - `refs`: fully-qualified dotted names after alias resolution (`import torch as T; T.compile` resolves to
 *   `torch.compile`). A ref matches a name equal to it or starting with it followed by `.`.
 * - `calls`: like refs, but only when called or used as a decorator.
 * - `imports`: a module whose import (or any submodule's) counts as a usage.
 * - `keywords`: a keyword argument with a literal value in any call (`jit_compile=True`), only in files that
 *   import one of `keywordsNeedImport`.
 * - `strings`: a regex over the body of string literals that are executed (never docstrings or bare string
 *   statements). `stringHints` must list plain substrings, one of which every match contains: the scanner's
 *   prefilter skips files containing none of them, so a `strings` row without hints would be missed.
 *   `stringValue` (optional): the matched string names a setting and counts only when the next string literal
 *   on its line, its value, matches this regex (`os.environ["KERAS_BACKEND"] = "jax"`); the usage's detail is
 *   `NAME="value"`. A string with no such value after it (a read: `os.environ.get("KERAS_BACKEND")`) is none.
 * - `methodCalls`: a method name called on any object (`model.export(...)`), only in files that import one of
 *   `methodCallsNeedImport`; `firstArg` (optional) must match the first positional argument, which must then
 *   be a plain string literal.
 * - `distributions`: a declared PyPI/conda/npm distribution (normalised name) that counts as a usage.
 * - `dockerImages`: a regex over Docker `FROM` image names (without tag).
 */
import type { FeatureId, FrameworkId } from "../core/types.js";

export interface FeatureDef {
  id: FeatureId;
  framework: FrameworkId | "interop";
  title: string;
  refs?: string[];
  calls?: string[];
  imports?: string[];
  keywords?: { name: string; value?: string }[];
  keywordsNeedImport?: string[];
  strings?: RegExp[];
  stringHints?: string[];
  stringValue?: RegExp;
  methodCalls?: { name: string; firstArg?: RegExp }[];
  methodCallsNeedImport?: string[];
  distributions?: string[];
  dockerImages?: RegExp[];
}

export const FEATURES: readonly FeatureDef[] = [
  // ---- PyTorch ----
  { id: "torch.compile", framework: "pytorch", title: "torch.compile", calls: ["torch.compile"] },
  {
    id: "torch.jit",
    framework: "pytorch",
    title: "TorchScript (torch.jit)",
    refs: ["torch.jit.script", "torch.jit.trace", "torch.jit.save", "torch.jit.load", "torch.jit.trace_module", "torch.jit.script_method", "torch.jit.freeze"],
  },
  { id: "torch.export", framework: "pytorch", title: "torch.export", refs: ["torch.export.export", "torch.export.save", "torch.export.load"] },
  { id: "torch.ddp", framework: "pytorch", title: "DistributedDataParallel", refs: ["torch.nn.parallel.DistributedDataParallel", "torch.nn.parallel.distributed.DistributedDataParallel"] },
  {
    id: "torch.fsdp",
    framework: "pytorch",
    title: "Fully Sharded Data Parallel",
    refs: [
      "torch.distributed.fsdp.FullyShardedDataParallel",
      "torch.distributed.fsdp.fully_sharded_data_parallel.FullyShardedDataParallel",
      "torch.distributed.fsdp.fully_shard",
      "torch.distributed._composable.fsdp.fully_shard",
      "torch.distributed._composable.fully_shard",
    ],
  },
  {
    id: "torch.tensor_parallel",
    framework: "pytorch",
    title: "Tensor parallelism",
    refs: ["torch.distributed.tensor.parallel"],
  },
  {
    id: "torch.quantization",
    framework: "pytorch",
    title: "Quantization",
    // `from torch.ao.quantization import quantize_dynamic` counts through the import itself (see match.ts).
    refs: ["torch.ao.quantization", "torch.quantization", "torch.ao.nn.quantized", "torch.nn.quantized"],
    imports: ["torchao"],
    distributions: ["torchao"],
  },
  { id: "torch.onnx", framework: "pytorch", title: "ONNX export (torch.onnx)", refs: ["torch.onnx.export", "torch.onnx.dynamo_export"] },
  {
    id: "torch.amp",
    framework: "pytorch",
    title: "Automatic mixed precision",
    refs: ["torch.autocast", "torch.amp.autocast", "torch.amp.GradScaler", "torch.cuda.amp", "torch.cpu.amp", "torch.GradScaler"],
  },
  { id: "torch.checkpoint", framework: "pytorch", title: "Gradient checkpointing", refs: ["torch.utils.checkpoint.checkpoint", "torch.utils.checkpoint.checkpoint_sequential"] },
  { id: "torch.profiler", framework: "pytorch", title: "PyTorch profiler", refs: ["torch.profiler", "torch.autograd.profiler"] },
  {
    id: "torch.sdpa",
    framework: "pytorch",
    title: "Fused attention (SDPA / Better Transformer)",
    refs: [
      "torch.nn.functional.scaled_dot_product_attention",
      "torch.nn.TransformerEncoder",
      "torch.nn.TransformerEncoderLayer",
      "torch.nn.MultiheadAttention",
      "torch.nn.modules.transformer.TransformerEncoder",
      "torch.nn.modules.transformer.TransformerEncoderLayer",
      "torch.nn.modules.activation.MultiheadAttention",
    ],
  },
  {
    id: "torch.mobile",
    framework: "pytorch",
    title: "PyTorch Mobile / ExecuTorch",
    refs: ["torch.utils.mobile_optimizer", "torch.jit._save_for_lite_interpreter", "torch.jit.mobile"],
    // `traced._save_for_lite_interpreter("m.ptl")` is a method of a scripted module.
    methodCalls: [{ name: "_save_for_lite_interpreter" }],
    methodCallsNeedImport: ["torch"],
    imports: ["executorch"],
    distributions: ["executorch"],
  },
  {
    id: "lightning",
    framework: "pytorch",
    title: "PyTorch Lightning",
    imports: ["pytorch_lightning", "lightning"],
    // The Trainer call carries the settings worth reporting (precision=16 is "16-mixed" since Lightning 2.0).
    calls: ["pytorch_lightning.Trainer", "lightning.Trainer", "lightning.pytorch.Trainer"],
    distributions: ["lightning", "pytorch-lightning"],
  },

  // ---- TensorFlow ----
  { id: "tf.function", framework: "tensorflow", title: "tf.function", calls: ["tensorflow.function"] },
  {
    id: "tf.xla",
    framework: "tensorflow",
    title: "XLA compilation",
    refs: ["tensorflow.config.optimizer.set_jit", "tensorflow.xla"],
    keywords: [
      { name: "jit_compile", value: "True" },
      { name: "experimental_compile", value: "True" },
    ],
    keywordsNeedImport: ["tensorflow", "keras"],
  },
  {
    id: "tf.distribute",
    framework: "tensorflow",
    title: "tf.distribute strategies",
    refs: [
      "tensorflow.distribute.MirroredStrategy",
      "tensorflow.distribute.MultiWorkerMirroredStrategy",
      "tensorflow.distribute.experimental.MultiWorkerMirroredStrategy",
      "tensorflow.distribute.ParameterServerStrategy",
      "tensorflow.distribute.experimental.ParameterServerStrategy",
      "tensorflow.distribute.OneDeviceStrategy",
      "tensorflow.distribute.CentralStorageStrategy",
      "tensorflow.distribute.experimental.CentralStorageStrategy",
    ],
  },
  {
    id: "tf.tpu",
    framework: "tensorflow",
    title: "TPU",
    refs: [
      "tensorflow.distribute.TPUStrategy",
      "tensorflow.distribute.experimental.TPUStrategy",
      "tensorflow.distribute.cluster_resolver.TPUClusterResolver",
      "tensorflow.compat.v1.distribute.cluster_resolver.TPUClusterResolver",
      "tensorflow.tpu",
      "tensorflow.compat.v1.estimator.tpu",
      "tensorflow.compat.v1.tpu",
      "tensorflow.estimator.tpu",
      "tensorflow.contrib.tpu",
      "tensorflow.contrib.cluster_resolver.TPUClusterResolver",
    ],
  },
  {
    id: "tf.lite",
    framework: "tensorflow",
    title: "TensorFlow Lite / LiteRT",
    refs: ["tensorflow.lite", "tensorflow.compat.v1.lite"],
    imports: ["tflite_runtime", "ai_edge_litert"],
    // A model file path that ends in .tflite, in an executed string (`open("model.tflite", "wb")`, f-strings too).
    // A glob names no model: `"*.tflite"` in the files a Hugging Face download skips (stanford-crfm/levanter,
    // unslothai/unsloth) is not TFLite.
    strings: [/^[^\s'"*?]*\.tflite$/],
    stringHints: [".tflite"],
    distributions: ["tflite-runtime", "ai-edge-litert"],
  },
  {
    id: "tf.saved_model",
    framework: "tensorflow",
    title: "SavedModel",
    refs: ["tensorflow.saved_model", "tensorflow.compat.v1.saved_model"],
    keywords: [{ name: "save_format", value: '"tf"' }, { name: "signatures" }],
    keywordsNeedImport: ["tensorflow", "keras"],
    // Statically, which object `model` is cannot be known. In a file that imports TensorFlow or Keras:
    // - `model.export("dir")` writes a SavedModel (Keras 3's export; also `ExportArchive.write_out`);
    // - `model.save("dir")` with a literal path that has no file extension is the SavedModel format of
    //   TF 2.x Keras (a `.keras` / `.h5` path is not a SavedModel, a non-literal path is undecidable: skipped).
    methodCalls: [{ name: "export", firstArg: /./ }, { name: "save", firstArg: /^(?!.*\.\w{1,8}$)[^\s{}]+$/ }, { name: "write_out" }],
    methodCallsNeedImport: ["tensorflow", "keras"],
  },
  {
    id: "tf.serving",
    framework: "tensorflow",
    title: "TensorFlow Serving",
    imports: ["tensorflow_serving"],
    strings: [/\/v1\/models\/[^\s'"]*:(predict|classify|regress)/],
    stringHints: ["/v1/models/"],
    distributions: ["tensorflow-serving-api", "tensorflow-serving-api-gpu"],
    dockerImages: [/^(docker\.io\/)?tensorflow\/serving$/],
  },
  {
    id: "tf.mixed_precision",
    framework: "tensorflow",
    title: "Keras mixed precision",
    refs: ["tensorflow.keras.mixed_precision", "keras.mixed_precision", "tensorflow.train.experimental.enable_mixed_precision_graph_rewrite"],
    // Keras 3 sets the policy through `keras.config.set_dtype_policy("mixed_float16")`: the policy name counts.
    strings: [/^mixed_b?float16$/],
    stringHints: ["mixed_float16", "mixed_bfloat16"],
  },
  {
    id: "keras.backend",
    framework: "keras",
    title: "Keras 3 backend (KERAS_BACKEND)",
    // Keras 3 runs on the backend the KERAS_BACKEND environment variable names when Keras is imported:
    // `os.environ["KERAS_BACKEND"] = "jax"`, `os.environ.setdefault("KERAS_BACKEND", "torch")`.
    strings: [/^KERAS_BACKEND$/],
    stringHints: ["KERAS_BACKEND"],
    stringValue: /^(jax|tensorflow|torch|numpy|openvino)$/,
  },
  {
    id: "tf.data",
    framework: "tensorflow",
    title: "tf.data pipelines",
    refs: ["tensorflow.data"],
  },
  { id: "tf.gradient_tape", framework: "tensorflow", title: "tf.GradientTape", refs: ["tensorflow.GradientTape"] },
  { id: "tf.profiler", framework: "tensorflow", title: "TensorFlow profiler", refs: ["tensorflow.profiler"] },
  {
    id: "tf.v1",
    framework: "tensorflow",
    title: "TensorFlow 1.x APIs",
    refs: [
      "tensorflow.compat.v1",
      "tensorflow.Session",
      "tensorflow.InteractiveSession",
      "tensorflow.placeholder",
      "tensorflow.estimator",
      "tensorflow.contrib",
      "tensorflow.global_variables_initializer",
      "tensorflow.variable_scope",
      "tensorflow.get_variable",
      "tensorflow.app",
      "tensorflow.train.Saver",
      "tensorflow.train.AdamOptimizer",
      "tensorflow.train.GradientDescentOptimizer",
    ],
    imports: ["tensorflow.compat.v1"],
  },
  { id: "tfx", framework: "tensorflow", title: "TFX pipelines", imports: ["tfx"], distributions: ["tfx"] },
  { id: "tfjs", framework: "tensorflow", title: "TensorFlow.js", imports: ["tensorflowjs"], distributions: ["tensorflowjs", "@tensorflow/tfjs", "@tensorflow/tfjs-node", "@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-core", "@tensorflow/tfjs-converter", "@tensorflow/tfjs-tflite"] },

  // ---- Interop and serving ----
  {
    id: "onnx",
    framework: "interop",
    title: "ONNX",
    imports: ["onnx", "onnxruntime", "tf2onnx", "onnx_tf"],
    refs: ["torch.onnx.export", "torch.onnx.dynamo_export"],
    distributions: ["onnx", "onnxruntime", "onnxruntime-gpu", "tf2onnx", "onnx-tf", "onnxruntime-web", "onnxruntime-node"],
  },
  {
    id: "torchserve",
    framework: "interop",
    title: "TorchServe",
    imports: ["ts.torch_handler"],
    distributions: ["torchserve", "torch-model-archiver", "torch-workflow-archiver"],
    dockerImages: [/^(docker\.io\/)?pytorch\/torchserve$/],
  },
  { id: "hf.transformers", framework: "interop", title: "Hugging Face Transformers", imports: ["transformers"], distributions: ["transformers"] },
];

export const FEATURE_BY_ID: ReadonlyMap<FeatureId, FeatureDef> = new Map(FEATURES.map((f) => [f.id, f]));

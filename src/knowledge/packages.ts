/**
 * Which distributions and import names belong to which framework, and which import name is provided by
 * which distribution. Data only: the scanners and the dependency findings read it.
 */
import type { FrameworkId } from "../core/types.js";

/** Normalised (PEP 503) distribution name -> framework it declares. */
export const DISTRIBUTION_FRAMEWORK: Readonly<Record<string, FrameworkId>> = {
  // PyTorch
  torch: "pytorch",
  pytorch: "pytorch", // conda
  "pytorch-cpu": "pytorch", // old conda channel name
  "pytorch-gpu": "pytorch", // conda-forge metapackage
  "torch-cpu": "pytorch",
  // TensorFlow, in all its distributions
  tensorflow: "tensorflow",
  "tensorflow-cpu": "tensorflow",
  "tensorflow-gpu": "tensorflow",
  "tensorflow-macos": "tensorflow",
  "tensorflow-intel": "tensorflow",
  "tensorflow-aarch64": "tensorflow",
  "tensorflow-rocm": "tensorflow",
  "tensorflow-directml": "tensorflow",
  "tf-nightly": "tensorflow",
  "tf-nightly-cpu": "tensorflow",
  "tf-nightly-gpu": "tensorflow",
  "intel-tensorflow": "tensorflow",
  "tensorflow-base": "tensorflow", // conda
  // Keras
  keras: "keras",
  "tf-keras": "keras",
  "keras-nightly": "keras",
  // JAX
  jax: "jax",
  jaxlib: "jax",
  flax: "jax",
  // MLX (Apple silicon): the array framework, its Metal backend wheel, and its LLM library
  mlx: "mlx",
  "mlx-metal": "mlx",
  "mlx-lm": "mlx",
};

/** Docker image repository (without tag/registry prefix normalisation beyond docker.io) -> framework it ships. */
export const DOCKER_IMAGE_FRAMEWORK: readonly { pattern: RegExp; framework: FrameworkId }[] = [
  { pattern: /^(docker\.io\/)?pytorch\/(pytorch|torchserve)$/, framework: "pytorch" },
  { pattern: /^nvcr\.io\/nvidia\/pytorch$/, framework: "pytorch" },
  { pattern: /^(docker\.io\/)?(tensorflow\/tensorflow|tensorflow\/serving)$/, framework: "tensorflow" },
  { pattern: /^nvcr\.io\/nvidia\/tensorflow$/, framework: "tensorflow" },
  { pattern: /^(us-docker\.pkg\.dev\/vertex-ai\/training|gcr\.io\/deeplearning-platform-release)\/(pytorch|pytorch-gpu|pytorch-cpu)[\w.-]*$/, framework: "pytorch" },
  { pattern: /^(us-docker\.pkg\.dev\/vertex-ai\/training|gcr\.io\/deeplearning-platform-release)\/(tf|tf2|tensorflow)[\w.-]*$/, framework: "tensorflow" },
];

/** Top-level import name (or dotted prefix) -> framework. Longest prefix wins. */
export const IMPORT_FRAMEWORK: Readonly<Record<string, FrameworkId>> = {
  torch: "pytorch",
  tensorflow: "tensorflow",
  "tensorflow.keras": "keras",
  keras: "keras",
  tf_keras: "keras",
  jax: "jax",
  flax: "jax",
  mlx: "mlx",
  mlx_lm: "mlx",
};

/**
 * Import name -> distributions that provide it (normalised). Only the ML packages the audit reasons about:
 * a `missing-dependency` is an import listed here with none of its distributions declared.
 */
export const IMPORT_DISTRIBUTIONS: Readonly<Record<string, readonly string[]>> = {
  torch: ["torch", "pytorch", "pytorch-cpu", "pytorch-gpu", "torch-cpu"],
  torchvision: ["torchvision"],
  torchaudio: ["torchaudio"],
  torchtext: ["torchtext"],
  torchao: ["torchao"],
  tensorflow: Object.keys(DISTRIBUTION_FRAMEWORK).filter((d) => DISTRIBUTION_FRAMEWORK[d] === "tensorflow"),
  keras: ["keras", "keras-nightly", "tensorflow", "tensorflow-cpu", "tensorflow-gpu", "tensorflow-macos", "tf-nightly"],
  tf_keras: ["tf-keras", "tf-keras-nightly"],
  jax: ["jax"],
  flax: ["flax"],
  mlx: ["mlx"],
  mlx_lm: ["mlx-lm"],
  onnx: ["onnx", "onnx-weekly"],
  onnxruntime: ["onnxruntime", "onnxruntime-gpu", "onnxruntime-directml", "onnxruntime-openvino", "ort-nightly", "ort-nightly-gpu"],
  tf2onnx: ["tf2onnx"],
  onnx_tf: ["onnx-tf"],
  transformers: ["transformers"],
  diffusers: ["diffusers"],
  accelerate: ["accelerate"],
  timm: ["timm"],
  lightning: ["lightning"],
  pytorch_lightning: ["pytorch-lightning", "lightning"],
  tflite_runtime: ["tflite-runtime"],
  // google-ai-edge/ai-edge-torch depends on the nightly wheel
  ai_edge_litert: ["ai-edge-litert", "ai-edge-litert-nightly"],
  tensorflowjs: ["tensorflowjs"],
  tensorflow_serving: ["tensorflow-serving-api", "tensorflow-serving-api-gpu"],
  tensorflow_datasets: ["tensorflow-datasets", "tfds-nightly"],
  tensorflow_hub: ["tensorflow-hub", "tf-hub-nightly"],
  tensorflow_text: ["tensorflow-text", "tensorflow-text-nightly"],
  tfx: ["tfx"],
  executorch: ["executorch"],
  deepspeed: ["deepspeed"],
  coremltools: ["coremltools"],
  kfp: ["kfp"],
};

/** PEP 503 normalisation. */
export function normalizeDistName(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, "-");
}

/** The framework a declared distribution belongs to, if any. */
export function frameworkOfDistribution(normalizedName: string): FrameworkId | undefined {
  return DISTRIBUTION_FRAMEWORK[normalizedName];
}

/** The framework a docker image belongs to, if any (image without tag). */
export function frameworkOfDockerImage(image: string): FrameworkId | undefined {
  return DOCKER_IMAGE_FRAMEWORK.find((d) => d.pattern.test(image))?.framework;
}

/** The framework an imported module belongs to, by longest matching dotted prefix. */
export function frameworkOfImport(module: string): FrameworkId | undefined {
  let best: FrameworkId | undefined;
  let bestLen = -1;
  for (const [prefix, fw] of Object.entries(IMPORT_FRAMEWORK)) {
    if ((module === prefix || module.startsWith(prefix + ".")) && prefix.length > bestLen) {
      best = fw;
      bestLen = prefix.length;
    }
  }
  return best;
}

/**
 * Who provides an import besides its own distribution, and which declared distributions count as used
 * without being imported. Read by the dependency findings (missing-dependency, unused-dependency).
 */

/** Docker base images that ship Python packages (image regex -> top-level imports they provide). */
export const IMAGE_PROVIDES: readonly { pattern: RegExp; imports: string[] }[] = [
  { pattern: /^(docker\.io\/)?pytorch\/(pytorch|torchserve)$/, imports: ["torch", "torchvision", "torchaudio"] },
  { pattern: /^nvcr\.io\/nvidia\/pytorch$/, imports: ["torch", "torchvision", "torchaudio"] },
  { pattern: /^(docker\.io\/)?tensorflow\/tensorflow$/, imports: ["tensorflow", "keras"] },
  { pattern: /^nvcr\.io\/nvidia\/tensorflow$/, imports: ["tensorflow", "keras"] },
  // NVIDIA's NeMo Framework container: built on its PyTorch container, with PyTorch Lightning, Megatron Core,
  // Transformer Engine and NeMo itself (NeMo Framework user guide, "Software Component Versions").
  { pattern: /^nvcr\.io\/nvidia\/nemo$/, imports: ["torch", "torchvision", "torchaudio", "lightning", "megatron", "transformer_engine", "nemo"] },
  { pattern: /(vertex-ai\/training|deeplearning-platform-release)\/pytorch/, imports: ["torch", "torchvision", "torchaudio"] },
  { pattern: /(vertex-ai\/training|deeplearning-platform-release)\/(tf|tf2|tensorflow)\b/, imports: ["tensorflow", "keras"] },
];

/**
 * Top-level imports that Google Colab's runtime ships, for notebooks made for Colab (FileFacts.colab): the
 * machine-learning packages of googlecolab/backend-info's `pip-freeze.txt` as of 2026-08-19 (torch 2.11,
 * tensorflow 2.20, keras 3.13, jax 0.7.2, transformers 5.15, ...). Not there, so still declared by the notebook
 * or its project: tf-keras (Colab moved to Keras 3), torchtext, lightning, bitsandbytes, onnx.
 */
export const COLAB_PROVIDES: ReadonlySet<string> = new Set([
  "torch", "torchvision", "torchaudio", "torchdata",
  "tensorflow", "keras", "tensorflow_datasets", "tensorflow_hub", "tensorflow_probability", "tensorflow_text", "keras_hub", "keras_nlp",
  "jax", "jaxlib", "flax", "optax",
  "transformers", "accelerate", "peft", "diffusers", "sentence_transformers", "timm", "datasets", "tokenizers", "safetensors",
  "fastai", "xgboost",
]);

/**
 * Distributions that pull an import in transitively (used to explain a missing declaration, not to excuse it);
 * `name[extra]` is a distribution declared with that extra (UKPLab/sentence-transformers gets onnxruntime from
 * `optimum[onnxruntime]`).
 */
export const TRANSITIVE_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  // each of these declares torch in its own requirements (Requires-Dist on PyPI)
  torch: [
    "lightning", "pytorch-lightning", "torchvision", "torchaudio", "torchtext", "torchmetrics", "timm", "accelerate", "torchao",
    "sentence-transformers", "peft", "deepspeed", "xformers", "bitsandbytes", "flash-attn", "kornia", "open-clip-torch",
    "ultralytics", "vllm", "transformers[torch]", "diffusers[torch]", "realesrgan", "basicsr", "gfpgan", "facexlib",
  ],
  tensorflow: ["tfx", "tf-keras", "tensorflow-text", "tensorflow-decision-forests", "tf-models-official", "mediapipe-model-maker", "tflite-model-maker", "transformers[tf]"],
  keras: ["tensorflow", "tensorflow-cpu", "tf-nightly"],
  onnx: ["tf2onnx", "onnxruntime-tools", "optimum[exporters]"],
  onnxruntime: ["optimum[onnxruntime]", "optimum[onnxruntime-gpu]"],
  jax: ["flax", "optax", "transformers[flax]"],
};

/**
 * Declared distributions never reported as unused: they are used through a command line, a plugin entry
 * point or their declaration itself (features.md counts the declaration of a feature's distribution).
 */
export const USED_WITHOUT_IMPORT: readonly string[] = [
  "accelerate", // `accelerate launch`
  "deepspeed", // `deepspeed` launcher
  "torchserve",
  "torch-model-archiver",
  "torch-workflow-archiver",
  "tensorflowjs", // tensorflowjs_converter
  "tf2onnx", // python -m tf2onnx.convert
  "tensorboard",
  "mlflow",
  "kfp",
  "jaxlib", // imported through jax
];

/**
 * A declared distribution also counts as used when one of these modules (or a module under it) is imported:
 * framework backends under their high-level libraries, companions next to their framework.
 */
export const USED_BY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  // Libraries built on PyTorch: a project that imports them and pins torch (a CPU wheel, a CUDA index) uses its
  // torch through them (kserve/kserve's autogluonserver pins torch==2.9.1 for autogluon).
  torch: ["torchvision", "torchaudio", "torchtext", "torchao", "lightning", "pytorch_lightning", "timm", "accelerate", "deepspeed", "transformers", "diffusers", "peft", "sentence_transformers", "executorch", "torch_geometric", "torch_xla", "keras", "autogluon", "fastai", "ultralytics", "torchmetrics", "kornia", "monai", "open_clip", "xformers", "bitsandbytes", "vllm", "detectron2", "mmcv", "mmdet", "speechbrain", "pyannote", "whisper"],
  torchvision: ["torch"],
  torchaudio: ["torch"],
  tensorflow: ["keras", "tf_keras", "tensorflow_hub", "tensorflow_text", "tensorflow_datasets", "tfx", "tf2onnx", "onnx_tf", "transformers", "tensorflowjs", "tensorflow_addons", "tensorflow_probability", "tensorflow_model_optimization", "tensorflow_recommenders", "tensorflow_io", "tensorflow_decision_forests", "tensorflow_transform", "tensorflow_data_validation", "tensorflow_model_analysis", "tensorflow_federated", "tf_agents"],
  // Since TensorFlow 2.16 `tf.keras` is the keras package (TensorFlow depends on it): code that writes
  // `tf.keras.layers.Dense` with `import tensorflow as tf` uses the keras a project pins beside TensorFlow
  // (PINTO0309/onnx2tf declares keras==3.15.0 with tensorflow==2.21.0; google/flax pins keras<3.13 for it).
  keras: ["tensorflow", "keras_cv", "keras_nlp", "keras_hub"],
  "tf-keras": ["tensorflow.keras"],
  jax: ["flax", "optax", "keras", "transformers"],
  // MLX under its language-model and vision packages (huggingface/smolagents pins `mlx[cpu]` for its mlx-lm extra)
  mlx: ["mlx_lm", "mlx_vlm", "mlx_whisper"],
  // OpenCLIP builds its timm vision towers with timm, which it requires (Stability-AI/generative-models pins timm
  // in requirements/pt2.txt for the open_clip it imports).
  timm: ["open_clip"],
};

export const id = 82;
export const ids = [82];
export const modules = {

/***/ 7645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DEPRECATED_APIS),
/* harmony export */   g: () => (/* binding */ DEPRECATED_PACKAGES)
/* harmony export */ });
/**
 * Deprecated, renamed, removed or unmaintained packages and APIs of the two ecosystems, with the version
 * where that happened, the replacement and a primary source. criteria.md §5 lists the ones the article gets
 * wrong; the others were added from the frameworks' release notes.
 */
const DEPRECATED_PACKAGES = [
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
const DEPRECATED_APIS = [
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


/***/ }),

/***/ 7218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tq: () => (/* binding */ TRANSITIVE_PROVIDERS),
/* harmony export */   ai: () => (/* binding */ USED_BY_IMPORT),
/* harmony export */   po: () => (/* binding */ USED_WITHOUT_IMPORT),
/* harmony export */   rb: () => (/* binding */ COLAB_PROVIDES),
/* harmony export */   v1: () => (/* binding */ IMAGE_PROVIDES)
/* harmony export */ });
/**
 * Who provides an import besides its own distribution, and which declared distributions count as used
 * without being imported. Read by the dependency findings (missing-dependency, unused-dependency).
 */
/** Docker base images that ship Python packages (image regex -> top-level imports they provide). */
const IMAGE_PROVIDES = [
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
const COLAB_PROVIDES = new Set([
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
const TRANSITIVE_PROVIDERS = {
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
const USED_WITHOUT_IMPORT = [
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
const USED_BY_IMPORT = {
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


/***/ }),

/***/ 2105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ REQUIREMENT_SIGNALS)
/* harmony export */ });
const REQUIREMENT_SIGNALS = [
    {
        requirement: "research",
        features: ["hf.transformers", "torch.compile", "torch.sdpa", "lightning"],
        distributions: ["diffusers", "timm", "peft", "torch-geometric", "stable-baselines3", "accelerate"],
        imports: ["diffusers", "timm", "peft", "torch_geometric", "stable_baselines3"],
        why: "Current-architecture libraries (Transformers, diffusers, timm, PEFT) and PyTorch 2 research tooling are what the article's research list describes.",
    },
    {
        requirement: "production-serving",
        features: ["tf.serving", "tf.saved_model", "torchserve"],
        distributions: ["onnxruntime", "onnxruntime-gpu", "tritonclient", "bentoml", "kserve", "seldon-core"],
        imports: ["onnxruntime", "tritonclient", "bentoml", "kserve"],
        dockerImages: [
            { pattern: /^(docker\.io\/)?tensorflow\/serving$/, label: "tensorflow/serving" },
            { pattern: /^(docker\.io\/)?pytorch\/torchserve$/, label: "pytorch/torchserve" },
            { pattern: /^nvcr\.io\/nvidia\/tritonserver$/, label: "nvcr.io/nvidia/tritonserver" },
            { pattern: /^([\w-]+-docker\.pkg\.dev\/vertex-ai\/prediction|gcr\.io\/cloud-aiplatform\/prediction)\//, label: "vertex-ai/prediction" },
        ],
        why: "A serving runtime, a serving image or an exported serving format means the model is deployed behind an endpoint.",
        // The article's hybrid approach (§ONNX による相互運用): export the PyTorch model with torch.onnx.export and
        // serve the .onnx file with onnxruntime. facebookresearch/segment-anything does exactly that and was a
        // 42-point "mismatch" from it alone.
        // NVIDIA Triton serves the exported .onnx (or a TensorRT engine built from it) the same way: WongKinYiu/yolov7
        // exports with torch.onnx.export and ships a Triton client.
        bridge: {
            feature: "torch.onnx",
            evidence: ["dist:onnxruntime", "dist:onnxruntime-gpu", "import:onnxruntime", "dist:tritonclient", "import:tritonclient", "docker:nvcr.io/nvidia/tritonserver"],
        },
    },
    {
        requirement: "mobile-edge",
        features: ["tf.lite", "torch.mobile", "tfjs"],
        distributions: ["coremltools", "tflite-runtime", "ai-edge-litert", "ai-edge-torch", "executorch", "tensorflowjs"],
        imports: ["coremltools", "ai_edge_torch"],
        artifacts: [
            { pattern: /\.tflite$/i, label: "*.tflite" },
            { pattern: /\.ptl$/i, label: "*.ptl" },
            { pattern: /\.pte$/i, label: "*.pte" },
            { pattern: /\.mlmodel$|\.mlpackage(\/|$)/i, label: "*.mlmodel" },
        ],
        why: "On-device runtimes and converters (LiteRT/TF Lite, ExecuTorch, Core ML, TensorFlow.js) and on-device model files.",
    },
    {
        requirement: "tpu",
        features: ["tf.tpu"],
        distributions: ["libtpu", "libtpu-nightly", "torch-xla", "cloud-tpu-client"],
        extras: [{ name: "jax", extra: "tpu" }],
        imports: ["torch_xla"],
        why: "TPU strategies and resolvers, the TPU runtime (libtpu), torch_xla or `jax[tpu]`.",
    },
    {
        requirement: "gcp",
        distributionPrefixes: ["google-cloud-"],
        imports: ["google.cloud"],
        dockerImages: [
            { pattern: /^[\w-]+-docker\.pkg\.dev\/vertex-ai\//, label: "vertex-ai image" },
            { pattern: /^gcr\.io\/deeplearning-platform-release\//, label: "deeplearning-platform-release image" },
            { pattern: /^gcr\.io\/cloud-aiplatform\//, label: "cloud-aiplatform image" },
        ],
        why: "Google Cloud client libraries (e.g. google-cloud-aiplatform, google-cloud-storage) and Vertex AI / Deep Learning Container images.",
    },
    {
        requirement: "mlops-pipeline",
        features: ["tfx", "lightning"],
        distributions: ["kfp", "mlflow", "zenml", "metaflow", "clearml", "kedro"],
        imports: ["kfp", "mlflow", "zenml", "metaflow", "clearml", "kedro"],
        why: "Pipeline and experiment-lifecycle tooling: TFX, Kubeflow Pipelines, MLflow, ZenML, Metaflow, Lightning.",
    },
    {
        requirement: "large-scale-training",
        features: ["torch.ddp", "torch.fsdp", "torch.tensor_parallel", "tf.distribute"],
        distributions: ["deepspeed", "megatron-core", "horovod"],
        imports: ["deepspeed", "megatron", "horovod"],
        why: "Data/model parallel training: DDP, FSDP, tensor parallelism, tf.distribute strategies, DeepSpeed, Megatron, Horovod.",
    },
    {
        requirement: "legacy-tf-assets",
        features: ["tf.v1"],
        featuresNeedStack: "tensorflow",
        artifacts: [
            { pattern: /(^|\/)saved_model\.pbtxt?$/i, label: "saved_model.pb" },
            { pattern: /\.pb$/i, label: "*.pb" },
            { pattern: /\.h5$/i, label: "*.h5" },
        ],
        why: "TensorFlow 1.x code (Session, placeholder, estimator, compat.v1) and stored TensorFlow graphs or HDF5 Keras models.",
    },
];


/***/ }),

/***/ 7867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ KNOWN_RELEASES),
/* harmony export */   l: () => (/* binding */ VERSION_RULES)
/* harmony export */ });
const VERSION_RULES = [
    {
        id: "torch.compile",
        feature: "torch.compile",
        framework: "pytorch",
        what: "torch.compile",
        since: "2.0",
        source: "https://pytorch.org/blog/pytorch-2.0-release/",
        verified: "release-notes",
    },
    {
        id: "torch.sdpa",
        feature: "torch.sdpa",
        framework: "pytorch",
        what: "torch.nn.functional.scaled_dot_product_attention",
        since: "2.0",
        match: /scaled_dot_product_attention/,
        source: "https://pytorch.org/blog/pytorch-2.0-release/",
        verified: "release-notes",
    },
    {
        id: "torch.fsdp",
        feature: "torch.fsdp",
        framework: "pytorch",
        what: "FullyShardedDataParallel (the beta API with auto_wrap_policy, MixedPrecision and ShardingStrategy)",
        since: "1.12",
        match: /FullyShardedDataParallel/,
        source: "https://pytorch.org/blog/pytorch-1.12-released/",
        verified: "release-notes",
    },
    {
        id: "torch.fsdp.fully_shard",
        feature: "torch.fsdp",
        framework: "pytorch",
        what: "fully_shard from torch.distributed.fsdp (FSDP2)",
        since: "2.6",
        match: /^torch\.distributed\.fsdp\.fully_shard(?!\w)/,
        source: "https://github.com/pytorch/pytorch/pull/141868",
        verified: "search",
    },
    {
        id: "torch.export",
        feature: "torch.export",
        framework: "pytorch",
        what: "torch.export",
        since: "2.1",
        source: "https://pytorch.org/blog/pytorch-2-1/",
        verified: "release-notes",
    },
    {
        id: "torch.autocast",
        feature: "torch.amp",
        framework: "pytorch",
        what: "torch.autocast / torch.amp.autocast",
        since: "1.10",
        match: /^torch\.(amp\.)?autocast(?!\w)/,
        source: "https://github.com/pytorch/pytorch/releases/tag/v1.10.0",
        verified: "release-notes",
    },
    {
        id: "tf.jit_compile",
        feature: "tf.xla",
        framework: "tensorflow",
        what: "jit_compile=True",
        since: "2.5",
        match: /jit_compile/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.5.0",
        verified: "release-notes",
    },
    {
        id: "tf.keras.mixed_precision",
        feature: "tf.mixed_precision",
        framework: "tensorflow",
        what: "the non-experimental tf.keras.mixed_precision API",
        since: "2.4",
        match: /^tensorflow\.keras\.mixed_precision(?!\.experimental)(\.|$)/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
        verified: "release-notes",
    },
    {
        id: "tf.data.AUTOTUNE",
        feature: "tf.data",
        framework: "tensorflow",
        what: "tf.data.AUTOTUNE",
        since: "2.4",
        match: /^tensorflow\.data\.AUTOTUNE$/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
        verified: "release-notes",
    },
    {
        id: "tf.distribute.TPUStrategy",
        feature: "tf.tpu",
        framework: "tensorflow",
        what: "tf.distribute.TPUStrategy (non-experimental)",
        since: "2.3",
        match: /^tensorflow\.distribute\.TPUStrategy(?!\w)/,
        source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.3.0",
        verified: "release-notes",
    },
];
/**
 * Known releases per framework, used as candidates when asking "does this specifier allow any release at or
 * above X?" (together with the versions written in the specifier itself). Minor releases are enough: the
 * candidates also include each specifier version and its successors.
 */
const KNOWN_RELEASES = {
    pytorch: [
        "0.4.0", "0.4.1", "1.0.0", "1.0.1", "1.1.0", "1.2.0", "1.3.0", "1.3.1", "1.4.0", "1.5.0", "1.5.1", "1.6.0", "1.7.0", "1.7.1",
        "1.8.0", "1.8.1", "1.9.0", "1.9.1", "1.10.0", "1.10.1", "1.10.2", "1.11.0", "1.12.0", "1.12.1", "1.13.0", "1.13.1",
        "2.0.0", "2.0.1", "2.1.0", "2.1.1", "2.1.2", "2.2.0", "2.2.1", "2.2.2", "2.3.0", "2.3.1", "2.4.0", "2.4.1", "2.5.0", "2.5.1",
        "2.6.0", "2.7.0", "2.7.1", "2.8.0", "2.9.0",
    ],
    tensorflow: [
        "1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0", "1.5.0", "1.6.0", "1.7.0", "1.8.0", "1.9.0", "1.10.0", "1.11.0", "1.12.0", "1.13.1",
        "1.14.0", "1.15.0", "1.15.5", "2.0.0", "2.1.0", "2.2.0", "2.3.0", "2.3.4", "2.4.0", "2.4.4", "2.5.0", "2.5.3", "2.6.0", "2.6.5",
        "2.7.0", "2.7.4", "2.8.0", "2.8.4", "2.9.0", "2.9.3", "2.10.0", "2.10.1", "2.11.0", "2.11.1", "2.12.0", "2.12.1", "2.13.0",
        "2.13.1", "2.14.0", "2.14.1", "2.15.0", "2.15.1", "2.16.1", "2.16.2", "2.17.0", "2.17.1", "2.18.0", "2.18.1", "2.19.0", "2.20.0",
    ],
};


/***/ })

};

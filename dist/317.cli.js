export const id = 317;
export const ids = [317,954];
export const modules = {

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   DEFAULT_MARGIN: () => (/* binding */ DEFAULT_MARGIN),
/* harmony export */   DEFAULT_MAX_FILE_SIZE: () => (/* binding */ DEFAULT_MAX_FILE_SIZE)
/* harmony export */ });
const DEFAULT_CONFIG_PATH = ".github/ml-framework-audit.yml";
const DEFAULT_MARGIN = 10;
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const DEFAULT_CONFIG = Object.freeze({
    priorities: {},
    targets: [],
    margin: DEFAULT_MARGIN,
    policy: { forbiddenFeatures: [], forbiddenPackages: [] },
    include: [],
    exclude: [],
    ignore: [],
    overrides: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
});


/***/ }),

/***/ 7509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ FEATURES),
/* harmony export */   d: () => (/* binding */ FEATURE_BY_ID)
/* harmony export */ });
const FEATURES = [
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
        strings: [/^[^\s'"]*\.tflite$/],
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
const FEATURE_BY_ID = new Map(FEATURES.map((f) => [f.id, f]));


/***/ }),

/***/ 3399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c7: () => (/* binding */ CRITERION_BY_ID),
/* harmony export */   lm: () => (/* binding */ CRITERION_IDS)
/* harmony export */ });
/* unused harmony exports MATRIX, isCriterionId */
const CRITERION_IDS = [
    "research-speed",
    "production-readiness",
    "learning-curve",
    "performance",
    "ecosystem",
    "community",
    "enterprise-support",
];
const SRC = "article §意思決定マトリックス";
const MATRIX = [
    { id: "research-speed", ja: "研究開発速度", title: "Research & development speed", stars: { pytorch: 5, tensorflow: 3 }, pick: "pytorch", source: SRC },
    { id: "production-readiness", ja: "本番環境対応", title: "Production readiness", stars: { pytorch: 3, tensorflow: 5 }, pick: "tensorflow", source: SRC },
    { id: "learning-curve", ja: "学習曲線", title: "Learning curve (ease)", stars: { pytorch: 5, tensorflow: 3 }, pick: "pytorch", source: SRC },
    { id: "performance", ja: "パフォーマンス", title: "Performance", stars: { pytorch: 4, tensorflow: 4 }, pick: "equal", source: SRC },
    { id: "ecosystem", ja: "エコシステム", title: "Ecosystem", stars: { pytorch: 4, tensorflow: 5 }, pick: "depends", source: SRC },
    { id: "community", ja: "コミュニティ", title: "Community", stars: { pytorch: 5, tensorflow: 4 }, pick: "pytorch", source: SRC },
    { id: "enterprise-support", ja: "企業サポート", title: "Enterprise support", stars: { pytorch: 3, tensorflow: 5 }, pick: "tensorflow", source: SRC },
];
const CRITERION_BY_ID = new Map(MATRIX.map((c) => [c.id, c]));
function isCriterionId(s) {
    return CRITERION_IDS.includes(s);
}


/***/ }),

/***/ 8439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ IMPORT_FRAMEWORK),
/* harmony export */   Cy: () => (/* binding */ frameworkOfDistribution),
/* harmony export */   Mn: () => (/* binding */ IMPORT_DISTRIBUTIONS),
/* harmony export */   P4: () => (/* binding */ frameworkOfImport),
/* harmony export */   RV: () => (/* binding */ normalizeDistName),
/* harmony export */   _u: () => (/* binding */ DISTRIBUTION_FRAMEWORK),
/* harmony export */   v0: () => (/* binding */ frameworkOfDockerImage)
/* harmony export */ });
/* unused harmony export DOCKER_IMAGE_FRAMEWORK */
/** Normalised (PEP 503) distribution name -> framework it declares. */
const DISTRIBUTION_FRAMEWORK = {
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
};
/** Docker image repository (without tag/registry prefix normalisation beyond docker.io) -> framework it ships. */
const DOCKER_IMAGE_FRAMEWORK = [
    { pattern: /^(docker\.io\/)?pytorch\/(pytorch|torchserve)$/, framework: "pytorch" },
    { pattern: /^nvcr\.io\/nvidia\/pytorch$/, framework: "pytorch" },
    { pattern: /^(docker\.io\/)?(tensorflow\/tensorflow|tensorflow\/serving)$/, framework: "tensorflow" },
    { pattern: /^nvcr\.io\/nvidia\/tensorflow$/, framework: "tensorflow" },
    { pattern: /^(us-docker\.pkg\.dev\/vertex-ai\/training|gcr\.io\/deeplearning-platform-release)\/(pytorch|pytorch-gpu|pytorch-cpu)[\w.-]*$/, framework: "pytorch" },
    { pattern: /^(us-docker\.pkg\.dev\/vertex-ai\/training|gcr\.io\/deeplearning-platform-release)\/(tf|tf2|tensorflow)[\w.-]*$/, framework: "tensorflow" },
];
/** Top-level import name (or dotted prefix) -> framework. Longest prefix wins. */
const IMPORT_FRAMEWORK = {
    torch: "pytorch",
    tensorflow: "tensorflow",
    "tensorflow.keras": "keras",
    keras: "keras",
    tf_keras: "keras",
    jax: "jax",
    flax: "jax",
};
/**
 * Import name -> distributions that provide it (normalised). Only the ML packages the audit reasons about:
 * a `missing-dependency` is an import listed here with none of its distributions declared.
 */
const IMPORT_DISTRIBUTIONS = {
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
function normalizeDistName(name) {
    return name.trim().toLowerCase().replace(/[-_.]+/g, "-");
}
/** The framework a declared distribution belongs to, if any. */
function frameworkOfDistribution(normalizedName) {
    return DISTRIBUTION_FRAMEWORK[normalizedName];
}
/** The framework a docker image belongs to, if any (image without tag). */
function frameworkOfDockerImage(image) {
    return DOCKER_IMAGE_FRAMEWORK.find((d) => d.pattern.test(image))?.framework;
}
/** The framework an imported module belongs to, by longest matching dotted prefix. */
function frameworkOfImport(module) {
    let best;
    let bestLen = -1;
    for (const [prefix, fw] of Object.entries(IMPORT_FRAMEWORK)) {
        if ((module === prefix || module.startsWith(prefix + ".")) && prefix.length > bestLen) {
            best = fw;
            bestLen = prefix.length;
        }
    }
    return best;
}


/***/ }),

/***/ 7366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ REQUIREMENT_BY_ID),
/* harmony export */   RG: () => (/* binding */ REQUIREMENT_IDS),
/* harmony export */   sn: () => (/* binding */ HYBRID_ADVICE)
/* harmony export */ });
/* unused harmony exports USE_CASES, isRequirementId */
const REQUIREMENT_IDS = [
    "research",
    "production-serving",
    "mobile-edge",
    "tpu",
    "gcp",
    "mlops-pipeline",
    "large-scale-training",
    "legacy-tf-assets",
];
const SRC = "article §プロジェクト要件別の推奨";
const USE_CASES = [
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
        rationale: "The article shows strong distributed training on both sides (PyTorch 2.0 DDP/FSDP, TensorFlow strategies); only the TPU case (requirement `tpu`) leans to TensorFlow, so this requirement backs neither.",
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
const REQUIREMENT_BY_ID = new Map(USE_CASES.map((r) => [r.id, r]));
function isRequirementId(s) {
    return REQUIREMENT_IDS.includes(s);
}
/** The article's hybrid approach: research in PyTorch, production in TensorFlow, ONNX in between. */
const HYBRID_ADVICE = {
    source: "article §ハイブリッドアプローチ / ONNX による相互運用",
    /** The export settings the article's example uses. */
    export: { call: "torch.onnx.export", opsetVersion: 15, dynamicAxes: { input: { 0: "batch_size" }, output: { 0: "batch_size" } } },
    recommendation: "Keep one explicit boundary between the two stacks: export the PyTorch model with torch.onnx.export (pin opset_version, the article uses 15, and mark the batch axis dynamic via dynamic_axes), then serve the .onnx file with onnxruntime or convert it on the TensorFlow side.",
    correction: "The article loads the ONNX file into TensorFlow with onnx-tf, which is no longer maintained; prefer onnxruntime for inference, tf2onnx for TensorFlow -> ONNX, or the LiteRT (ai-edge-torch) converters for PyTorch -> edge.",
};


/***/ })

};

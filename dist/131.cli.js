export const id = 131;
export const ids = [131];
export const modules = {

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConfigFileSchema: () => (/* binding */ ConfigFileSchema),
/* harmony export */   DEFAULT_CONFIG: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   DEFAULT_MARGIN: () => (/* binding */ DEFAULT_MARGIN),
/* harmony export */   DEFAULT_MAX_FILE_SIZE: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
/* harmony export */   toConfig: () => (/* binding */ toConfig)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8816);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/* harmony import */ var _knowledge_matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3399);
/* harmony import */ var _knowledge_usecases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7366);
/* harmony import */ var _knowledge_packages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8439);
/**
 * The config file (.github/ml-framework-audit.yml) as a zod schema over the YAML's own (kebab-case) keys,
 * the `Config` the rest of the program reads (camelCase), and the defaults: this file is the one place
 * where defaults live. Documented key by key in docs/configuration.md.
 */





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
const frameworkEnum = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_IDS */ .G);
const criterionEnum = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_knowledge_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .CRITERION_IDS */ .lm);
const requirementEnum = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_knowledge_usecases_js__WEBPACK_IMPORTED_MODULE_2__/* .REQUIREMENT_IDS */ .RG);
const glob = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1, "a non-empty path glob");
const globs = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(glob);
const policyInput = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    "allowed-frameworks": zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(frameworkEnum).optional(),
    "forbidden-features": zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).optional(),
    "forbidden-packages": zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).optional(),
});
const ignoreInput = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[a-z][a-z0-9-]*$/, "a finding id such as unused-dependency").optional(),
    code: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^MFA\d{3}$/, "a finding code such as MFA102").optional(),
    paths: globs.optional(),
})
    .refine((r) => r.id !== undefined || r.code !== undefined, { message: "an `id` or a `code` (or both)" });
/** The file's shape, keys as the user writes them. */
const ConfigFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    priorities: zod__WEBPACK_IMPORTED_MODULE_4__/* .partialRecord */ .jgl(criterionEnum, zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().min(0).max(5)).optional(),
    targets: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(requirementEnum).optional(),
    margin: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().min(0).max(100).optional(),
    policy: policyInput.optional(),
    include: globs.optional(),
    exclude: globs.optional(),
    ignore: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(ignoreInput).optional(),
    overrides: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ paths: globs.min(1), policy: policyInput })).optional(),
    "max-file-size": zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive().optional(),
});
function toPolicy(p) {
    const out = {};
    if (p["allowed-frameworks"])
        out.allowedFrameworks = [...new Set(p["allowed-frameworks"])];
    if (p["forbidden-features"])
        out.forbiddenFeatures = [...new Set(p["forbidden-features"])];
    if (p["forbidden-packages"])
        out.forbiddenPackages = [...new Set(p["forbidden-packages"].map(_knowledge_packages_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeDistName */ .RV))];
    return out;
}
/** Validated file -> Config, defaults filled in. */
function toConfig(file) {
    const policy = toPolicy(file.policy ?? {});
    return {
        priorities: { ...(file.priorities ?? {}) },
        targets: [...new Set(file.targets ?? [])],
        margin: file.margin ?? DEFAULT_MARGIN,
        policy: {
            ...(policy.allowedFrameworks ? { allowedFrameworks: policy.allowedFrameworks } : {}),
            forbiddenFeatures: policy.forbiddenFeatures ?? [],
            forbiddenPackages: policy.forbiddenPackages ?? [],
        },
        include: file.include ?? [],
        exclude: file.exclude ?? [],
        ignore: (file.ignore ?? []).map((r) => ({ ...r })),
        overrides: (file.overrides ?? []).map((o) => ({ paths: o.paths, policy: toPolicy(o.policy) })),
        maxFileSize: file["max-file-size"] ?? DEFAULT_MAX_FILE_SIZE,
    };
}


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
    tf_keras: ["tf-keras"],
    jax: ["jax"],
    flax: ["flax"],
    onnx: ["onnx"],
    onnxruntime: ["onnxruntime", "onnxruntime-gpu", "onnxruntime-directml", "onnxruntime-openvino"],
    tf2onnx: ["tf2onnx"],
    onnx_tf: ["onnx-tf"],
    transformers: ["transformers"],
    diffusers: ["diffusers"],
    accelerate: ["accelerate"],
    timm: ["timm"],
    lightning: ["lightning"],
    pytorch_lightning: ["pytorch-lightning", "lightning"],
    tflite_runtime: ["tflite-runtime"],
    ai_edge_litert: ["ai-edge-litert"],
    tensorflowjs: ["tensorflowjs"],
    tensorflow_serving: ["tensorflow-serving-api", "tensorflow-serving-api-gpu"],
    tensorflow_datasets: ["tensorflow-datasets", "tfds-nightly"],
    tensorflow_hub: ["tensorflow-hub"],
    tensorflow_text: ["tensorflow-text"],
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

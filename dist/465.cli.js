export const id = 465;
export const ids = [465,48];
export const modules = {

/***/ 8048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ notableShifts),
/* harmony export */   Kh: () => (/* binding */ deltaIsEmpty),
/* harmony export */   computeDelta: () => (/* binding */ computeDelta)
/* harmony export */ });
/* unused harmony exports findingKey, fileShifts */
function findingKey(f) {
    if (f.fingerprint)
        return f.fingerprint;
    const l = f.locations[0];
    return `${f.code}:${l ? l.path : ""}:${f.message}`;
}
/** Per ID (head's order, then IDs only the base has): files only the head has, and files only the base has. */
function fileShifts(base, head) {
    const baseById = new Map(base.map((e) => [e.id, e.files]));
    const headById = new Map(head.map((e) => [e.id, e.files]));
    const headDeclaredOnly = new Map(head.map((e) => [e.id, new Set(e.declaredOnly ?? [])]));
    const ids = [...head.map((e) => e.id), ...base.map((e) => e.id).filter((id) => !headById.has(id))];
    const out = [];
    for (const id of ids) {
        const before = baseById.get(id) ?? [];
        const after = headById.get(id) ?? [];
        const beforePaths = new Set(before.map((l) => l.path));
        const afterPaths = new Set(after.map((l) => l.path));
        const added = after.filter((l) => !beforePaths.has(l.path));
        const removed = before.filter((l) => !afterPaths.has(l.path));
        if (!added.length && !removed.length)
            continue;
        const declared = headDeclaredOnly.get(id);
        const byDeclaration = added.length > 0 && declared !== undefined && added.every((l) => declared.has(l.path));
        out.push(byDeclaration ? { id, added, removed, addedByDeclarationOnly: true } : { id, added, removed });
    }
    return out;
}
function computeDelta(base, head, baseRef) {
    const fwBase = new Set(base.frameworks.map((f) => f.id));
    const fwHead = new Set(head.frameworks.map((f) => f.id));
    const ftBase = new Set(base.features.map((f) => f.id));
    const ftHead = new Set(head.features.map((f) => f.id));
    const fdBase = new Set(base.findings.map(findingKey));
    const fdHead = new Set(head.findings.map(findingKey));
    const delta = {
        base: baseRef,
        added: {
            frameworks: head.frameworks.map((f) => f.id).filter((id) => !fwBase.has(id)),
            features: head.features.map((f) => f.id).filter((id) => !ftBase.has(id)),
            findings: head.findings.filter((f) => !fdBase.has(findingKey(f))),
        },
        removed: {
            frameworks: base.frameworks.map((f) => f.id).filter((id) => !fwHead.has(id)),
            features: base.features.map((f) => f.id).filter((id) => !ftHead.has(id)),
            findings: base.findings.filter((f) => !fdHead.has(findingKey(f))),
        },
    };
    if (base.usageFiles && head.usageFiles) {
        delta.files = {
            frameworks: fileShifts(base.usageFiles.frameworks, head.usageFiles.frameworks),
            features: fileShifts(base.usageFiles.features, head.usageFiles.features),
        };
    }
    return delta;
}
/**
 * Whether the delta changes nothing a reader is told about: no framework, feature or finding, and no notable
 * file shift (notableShifts; all of them without a primary framework).
 */
function deltaIsEmpty(d, primary = null) {
    const shifts = notableShifts(d, primary);
    return ([d.added, d.removed].every((s) => s.frameworks.length + s.features.length + s.findings.length === 0) &&
        shifts.frameworks.length + shifts.features.length === 0);
}
/**
 * The file shifts worth telling a reader: all of them but the primary framework's. In a PyTorch project most
 * pull requests add files that import torch; that the secondary framework or a feature reaches more files is
 * what changes the stack. The JSON report keeps every shift.
 */
function notableShifts(d, primary) {
    if (!d.files)
        return { frameworks: [], features: [] };
    return { frameworks: d.files.frameworks.filter((s) => s.id !== primary), features: d.files.features };
}


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ topOf),
/* harmony export */   S: () => (/* binding */ FRAMEWORK_NAMES)
/* harmony export */ });
/** Display names of the framework IDs (and of the catalog's interop group), for messages and reports. */
const FRAMEWORK_NAMES = {
    pytorch: "PyTorch",
    tensorflow: "TensorFlow",
    keras: "Keras",
    jax: "JAX",
    mlx: "MLX",
    interop: "Interop & serving",
};
/** The first dotted component of a module or reference name (`torch` for `torch.nn.functional`). */
function topOf(name) {
    const dot = name.indexOf(".");
    return dot === -1 ? name : name.slice(0, dot);
}


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
const FEATURE_BY_ID = new Map(FEATURES.map((f) => [f.id, f]));


/***/ }),

/***/ 8300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ declaredLabel),
/* harmony export */   Ac: () => (/* binding */ primaryName),
/* harmony export */   L5: () => (/* binding */ fmtInt),
/* harmony export */   Lp: () => (/* binding */ backendQualifier),
/* harmony export */   Lu: () => (/* binding */ undeclaredText),
/* harmony export */   N8: () => (/* binding */ favoured),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Qc: () => (/* binding */ unratedPrimary),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   VB: () => (/* binding */ primaryNotInStack),
/* harmony export */   Y1: () => (/* binding */ weighted),
/* harmony export */   i8: () => (/* binding */ importQualifier),
/* harmony export */   pd: () => (/* binding */ weightedTotals),
/* harmony export */   uf: () => (/* binding */ stars),
/* harmony export */   yV: () => (/* binding */ detailParts)
/* harmony export */ });
/* unused harmony export DETAIL_PARTS */
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7610);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3054);
/** Report helpers shared by the renderers (pure functions over the Report). */


function compareLocation(a, b) {
    if (!a || !b)
        return a ? -1 : b ? 1 : 0;
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return (a.cell ?? -1) - (b.cell ?? -1) || (a.line ?? 0) - (b.line ?? 0);
}
function severityRank(s) {
    return _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITY_ORDER */ .B[s] ?? 3;
}
/** Most severe first (error, warning, info), then by code, then by first location. Does not mutate. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        compareLocation(a.locations[0], b.locations[0]));
}
function countBySeverity(findings) {
    const out = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        if (f.severity in out)
            out[f.severity] += 1;
    return out;
}
/** weight x stars per framework (the report's own value when present). */
function weighted(c) {
    if (c.weighted && Number.isFinite(c.weighted.pytorch) && Number.isFinite(c.weighted.tensorflow))
        return c.weighted;
    const w = Number.isFinite(c.weight) ? c.weight : 0;
    return { pytorch: w * (Number.isFinite(c.pytorch) ? c.pytorch : 0), tensorflow: w * (Number.isFinite(c.tensorflow) ? c.tensorflow : 0) };
}
function weightedTotals(criteria) {
    const t = { pytorch: 0, tensorflow: 0 };
    for (const c of criteria) {
        const w = weighted(c);
        t.pytorch += w.pytorch;
        t.tensorflow += w.tensorflow;
    }
    return t;
}
/**
 * Whether the primary framework is one the article does not rate (JAX, MLX, Keras on the JAX backend): no
 * headline may say it "fits".
 */
function unratedPrimary(report) {
    const runs = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(report.primaryFramework, report.frameworks);
    return runs !== null && _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UNRATED_PRIMARY */ .Z6.has(runs);
}
/**
 * Whether the primary framework is imported only on the side (`incidental`: a few files or only inside
 * functions) or only optionally, and the fit has no framework in use (frameworkInUse), as in onnx/onnx, which
 * imports PyTorch in three test helpers: no headline may say the primary framework "fits".
 */
function primaryNotInStack(report) {
    const p = report.frameworks.find((f) => f.id === report.primaryFramework);
    if (p === undefined || !(p.incidental === true || p.optionalOnly === true))
        return false;
    return (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkInUse */ .n_)(report.frameworks, report.primaryFramework ?? null) === null;
}
/** The primary framework's name for a headline: `Keras (JAX backend)` when Keras runs on one backend. */
function primaryName(report) {
    const primary = report.primaryFramework;
    if (!primary)
        return undefined;
    const runs = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(primary, report.frameworks);
    return runs !== null && runs !== primary ? `${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkName */ .U7)(primary)} (${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkName */ .U7)(runs)} backend)` : (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkName */ .U7)(primary);
}
/** Where a Keras framework entry's backend is set: ` (KERAS_BACKEND: "jax")`, empty for every other entry. */
function backendQualifier(f) {
    return f.backends?.length ? ` (KERAS_BACKEND: ${f.backends.map((b) => `"${b}"`).join(", ")})` : "";
}
/** The framework the scores favour: the report's `favoured` when given, else the higher score (null on a tie). */
function favoured(report) {
    const fit = report.fit;
    if (!fit)
        return null;
    if (fit.favoured !== undefined)
        return fit.favoured;
    const { pytorch, tensorflow } = fit.scores;
    if (pytorch === tensorflow)
        return null;
    return pytorch > tensorflow ? "pytorch" : "tensorflow";
}
/** Number with `,` thousands separators. */
function fmtInt(n) {
    return Math.round(n).toLocaleString("en-US");
}
/** Stars for a 1-5 rating: ★★★☆☆. Out-of-range values are clamped; non-numbers give "–". */
function stars(n) {
    if (!Number.isFinite(n))
        return "–";
    const k = Math.max(0, Math.min(5, Math.round(n)));
    return "★".repeat(k) + "☆".repeat(5 - k);
}
/**
 * What to say for a framework with no declaration of its own: Keras comes with TensorFlow (`tf.keras`, and the
 * `keras` package is a dependency of TensorFlow since 2.6), so a project that declares TensorFlow declares it,
 * unless Keras is the project's primary framework (keras-team's repositories, which are Keras). Notebooks made
 * for Google Colab get it from Colab's runtime (FrameworkReport.colabNotebooks).
 */
function undeclaredText(f, report) {
    const tf = report.frameworks.find((x) => x.id === "tensorflow");
    if (f.id === "keras" && report.primaryFramework !== "keras" && (tf?.declared.length ?? 0) > 0)
        return "not declared itself (comes with TensorFlow)";
    const n = f.colabNotebooks ?? 0;
    return n > 0 ? `not declared; Colab's runtime ships it to the ${n === 1 ? "notebook" : `${n} notebooks`} made for Colab` : "not declared";
}
/** Why an imported framework is not counted as a stack, as a parenthesis after "imported ..." (or ""). */
function importQualifier(f) {
    if (f.optionalOnly)
        return " (only optionally: try/except ImportError or an availability check)";
    if (f.incidental && f.aroundPackageOnly)
        return " (incidental: the package imports it only optionally, the rest is tests, docs or examples; declared only as an extra or for that code)";
    if (f.incidental && f.onDemandOnly)
        return (f.declared?.length ?? 0) > 0 ? " (incidental: only inside functions, declared only for tests, docs, CI or a notebook's own setup)" : " (incidental: only inside functions, declared nowhere for the code to run)";
    if (f.incidental)
        return (f.declared?.length ?? 0) > 0 ? " (incidental: a few files, declared only for tests, docs, CI or a notebook's own setup)" : " (incidental: a few files, declared nowhere for the code to run)";
    return "";
}
/** How a declaration reads: `torch >=2.1`, or `pytorch/pytorch:2.1.0-cuda12.1` for a Docker image. */
function declaredLabel(d) {
    if (!d.specifier)
        return d.name;
    return d.source?.startsWith("dockerfile:from") ? `${d.name}:${d.specifier}` : `${d.name} ${d.specifier}`;
}
/** Distinct keyword arguments the text report and the comment show per feature (the JSON report has every detail). */
const DETAIL_PARTS = 5;
/** A `, ` that starts another `name=value` pair of a detail (`mode="max-autotune", fullgraph=True`). */
const NEXT_PAIR = /, (?=[A-Za-z_][A-Za-z0-9_]*=)/;
/**
 * The distinct parts of a feature's details, in order, at most `max`: a detail lists one call's keyword
 * arguments (`devices=1, max_epochs=2`), and calls repeat most of them, so listing whole details repeats
 * `precision="bf16-true"` once per call. `more` counts the distinct parts left out.
 */
function detailParts(details, max = DETAIL_PARTS) {
    const seen = new Set();
    for (const d of details)
        for (const p of d.split(NEXT_PAIR))
            if (p !== "")
                seen.add(p);
    const all = [...seen];
    return { parts: all.slice(0, max), more: Math.max(0, all.length - max) };
}


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   Qg: () => (/* binding */ escapeInlineCode),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   pF: () => (/* binding */ singleLine)
/* harmony export */ });
/* unused harmony exports ZWSP, codeSpan */
/**
 * Escaping for strings that come from the scanned repository (paths, distribution names, specifiers,
 * messages that embed them). Everything the markdown renderer prints from a report goes through one of
 * these functions, so a hostile file name cannot open a link, an image, raw HTML, a table cell, a
 * heading, emphasis, a code span, `@`-mention a user or `#`-reference an issue in the PR comment.
 */
/** Zero-width space: invisible, but it breaks GitHub's `@user` / `#123` / `GH-1` / URL recognition. */
const ZWSP = "\u200b";
/** Control characters (C0 except tab/newline handled separately, DEL, C1) and line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Bidirectional overrides and isolates ("Trojan Source"): shown as a visible placeholder. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** One line of plain text: newlines, tabs and control characters become spaces, bidi controls become U+FFFD. */
function singleLine(text) {
    return String(text).replace(/\r\n|[\r\n\t]/g, " ").replace(CONTROL, " ").replace(BIDI, "\ufffd");
}
/** Break the patterns GitHub turns into mentions, issue references and bare URL/e-mail links. */
function defuseGitHubRefs(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
        .replace(/\b(gh)-(\d)/gi, `$1-${ZWSP}$2`);
}
/**
 * Escape text for inline Markdown (a paragraph, a list item or a GFM table cell). Every ASCII punctuation
 * character with a meaning in CommonMark, GFM or GitHub (links, images, HTML, entities, emphasis,
 * strikethrough, code, headings, lists, tables, math, footnotes) is backslash-escaped; CommonMark renders
 * `\x` as `x`, so the text reads the same. `, ; ' " / ? %` carry no syntax and stay as they are. Newlines
 * become spaces so a table row or list item stays one line.
 */
function escapeMarkdown(text) {
    return defuseGitHubRefs(singleLine(text)).replace(/[\\`*_{}[\]<>()#+\-.!|~&$=^@:]/g, "\\$&");
}
/**
 * Escape text for raw HTML context (e.g. inside `<summary>`, where Markdown escapes are not processed).
 */
function escapeHtml(text) {
    return defuseGitHubRefs(singleLine(text))
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;")
        .replace(/\|/g, "&#124;")
        .replace(/`/g, "&#96;")
        .replace(/\*/g, "&#42;")
        .replace(/_/g, "&#95;")
        .replace(/\[/g, "&#91;")
        .replace(/]/g, "&#93;")
        .replace(/\\/g, "&#92;");
}
/**
 * A complete code span (backticks included) showing `text` literally. The fence is one backtick longer
 * than the longest backtick run inside, and padded with spaces so content that starts or ends with a
 * backtick survives. Inside a code span GitHub creates no links, mentions or HTML.
 */
function escapeInlineCode(text, opts = {}) {
    let body = singleLine(text);
    if (body.trim() === "")
        return escapeMarkdown(body === "" ? "(empty)" : "(blank)");
    if (opts.table)
        body = body.replace(/\|/g, "\\|");
    let longest = 0;
    for (const run of body.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = "`".repeat(longest + 1);
    const pad = longest > 0 || body.startsWith(" ") || body.endsWith(" ") ? " " : "";
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Alias with a more descriptive name for callers building tables or lists. */
const codeSpan = (/* unused pure expression or super */ null && (escapeInlineCode));
/**
 * Text for a Mermaid label we generate ourselves: letters, digits, spaces and a few safe signs only, so
 * the chart source can never be broken out of (quotes, brackets, newlines are removed).
 */
function mermaidLabel(text) {
    const cleaned = singleLine(text).replace(/[^\p{L}\p{N} .&/+-]/gu, "").replace(/\s+/g, " ").trim();
    return cleaned === "" ? "?" : cleaned.slice(0, 40);
}
/**
 * A URL fit for a Markdown link destination, or undefined when it is not an absolute http(s) URL.
 * Characters that could end the destination or the link (`(`, `)`, `<`, `>`, spaces, quotes) are
 * percent-encoded.
 */
function safeUrl(raw) {
    if (typeof raw !== "string" || raw.trim() === "")
        return undefined;
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        return undefined;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
        return undefined;
    return url.href.replace(/[()<>"'\s`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}


/***/ }),

/***/ 7610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ humanizeId),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Mg: () => (/* binding */ criterionLabel),
/* harmony export */   Rt: () => (/* binding */ SEVERITY_LABEL),
/* harmony export */   U7: () => (/* binding */ frameworkName),
/* harmony export */   _9: () => (/* binding */ SEVERITY_ICON),
/* harmony export */   kC: () => (/* binding */ requirementLabel),
/* harmony export */   kk: () => (/* binding */ criterionShort),
/* harmony export */   s1: () => (/* binding */ COMPARED),
/* harmony export */   vK: () => (/* binding */ ARTICLE_CITATION),
/* harmony export */   y: () => (/* binding */ formatScore),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports CRITERIA, REQUIREMENTS, WEIGHT_SOURCES */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2483);
/**
 * Display names for the stable IDs of the report (frameworks, criteria, requirements, verdicts).
 * Unknown IDs fall back to the ID itself; callers escape whatever they print.
 */


function frameworkName(id) {
    return _core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[id] ?? id;
}
const COMPARED = ["pytorch", "tensorflow"];
/** The article's criteria, in its order: long label (table) and short label (chart axis). */
const CRITERIA = {
    "research-speed": { label: "Research & development speed", short: "Research" },
    "production-readiness": { label: "Production readiness", short: "Production" },
    "learning-curve": { label: "Learning curve (ease)", short: "Learning" },
    performance: { label: "Performance", short: "Performance" },
    ecosystem: { label: "Ecosystem", short: "Ecosystem" },
    community: { label: "Community", short: "Community" },
    "enterprise-support": { label: "Enterprise support", short: "Enterprise" },
};
function criterionLabel(id) {
    return CRITERIA[id]?.label ?? id;
}
function criterionShort(id) {
    return CRITERIA[id]?.short ?? id;
}
const REQUIREMENTS = {
    research: "research & prototyping",
    "production-serving": "production serving",
    "mobile-edge": "mobile / edge deployment",
    tpu: "TPU training",
    gcp: "Google Cloud",
    "mlops-pipeline": "MLOps pipeline",
    "large-scale-training": "large-scale training",
    "legacy-tf-assets": "existing TensorFlow assets",
};
function requirementLabel(id) {
    return REQUIREMENTS[id] ?? id;
}
const WEIGHT_SOURCES = {
    config: "config",
    inferred: "inferred",
    default: "default",
};
const SEVERITY_LABEL = { error: "error", warning: "warning", info: "note" };
const SEVERITY_ICON = { error: "🛑", warning: "⚠️", info: "ℹ️" };
/** How the comment cites its source for the stars (the article's title is a proper name). */
const ARTICLE_CITATION = "“PyTorch vs TensorFlow 2025年最新比較” (Daily Hack, June 2025)";
/** Humanise a kebab-case finding id: `missing-dependency` -> `Missing dependency`. */
function humanizeId(id) {
    const words = id.replace(/[-_]+/g, " ").trim();
    return words === "" ? id : words[0].toUpperCase() + words.slice(1);
}
/** Plural helper: `plural(1, "finding")` -> "1 finding", `plural(2, "finding")` -> "2 findings". */
function plural(n, word, pluralWord = `${word}s`) {
    return `${n.toLocaleString("en-US")} ${n === 1 ? word : pluralWord}`;
}
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return "0 B";
    if (bytes < 1000)
        return `${bytes} B`;
    if (bytes < 1e6)
        return `${(bytes / 1e3).toFixed(1)} kB`;
    if (bytes < 1e9)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    return `${(bytes / 1e9).toFixed(2)} GB`;
}
function formatScore(n) {
    return typeof n === "number" && Number.isFinite(n) ? String(Math.round(n)) : "–";
}


/***/ }),

/***/ 1980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   bC: () => (/* binding */ locationMarkdown),
/* harmony export */   bM: () => (/* binding */ isNotebookLocation),
/* harmony export */   fN: () => (/* binding */ locationText)
/* harmony export */ });
/* unused harmony exports encodeSegment, locationLabel, blobUrl */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8078);

/** Percent-encode one URL path segment, including the characters encodeURIComponent leaves alone. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Encode a repo-relative `/`-separated path segment by segment (empty and `.` segments dropped). */
function encodePath(path) {
    return path
        .split("/")
        .filter((s) => s !== "" && s !== ".")
        .map(encodeSegment)
        .join("/");
}
function isLine(n) {
    return typeof n === "number" && Number.isInteger(n) && n >= 1;
}
/** Whether the location points into a notebook cell. */
function isNotebookLocation(loc) {
    return typeof loc.cell === "number" && Number.isInteger(loc.cell) && loc.cell >= 0;
}
/**
 * Human label of a location: `train.py:42`, or for notebooks `nb/demo.ipynb (cell 6, line 3)`.
 * Cells are shown as the 0-based index of the JSON report and of every finding message (the first cell of
 * the notebook is "cell 0"), so a location reads the same wherever it appears.
 */
function locationLabel(loc) {
    if (isNotebookLocation(loc)) {
        const cell = loc.cell ?? 0;
        return isLine(loc.line) ? `${loc.path} (cell ${cell}, line ${loc.line})` : `${loc.path} (cell ${cell})`;
    }
    return isLine(loc.line) ? `${loc.path}:${loc.line}` : loc.path;
}
/** The terminal form: `path:line` or `path:cell N:line M`. */
function locationText(loc) {
    if (isNotebookLocation(loc)) {
        const cell = loc.cell ?? 0;
        return isLine(loc.line) ? `${loc.path}:cell ${cell}:line ${loc.line}` : `${loc.path}:cell ${cell}`;
    }
    return isLine(loc.line) ? `${loc.path}:${loc.line}` : loc.path;
}
/**
 * Blob permalink: `${serverUrl}/${repository}/blob/${sha}/${path}#L${line}`. Notebooks link to the file
 * (GitHub renders them, line anchors would point into the JSON). Returns undefined when the context does
 * not make a valid http(s) URL.
 */
function blobUrl(ctx, loc) {
    const server = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(ctx.serverUrl);
    if (!server)
        return undefined;
    const repo = ctx.repository.split("/").filter(Boolean).map(encodeSegment).join("/");
    const sha = encodeSegment(ctx.sha);
    if (repo === "" || sha === "")
        return undefined;
    const base = `${server.replace(/\/+$/, "")}/${repo}/blob/${sha}/${encodePath(loc.path)}`;
    const notebook = isNotebookLocation(loc);
    return !notebook && isLine(loc.line) ? `${base}#L${loc.line}` : base;
}
/**
 * Markdown for a location: a link with the label in a code span when a LinkContext is given, else the
 * label in a code span.
 */
function locationMarkdown(loc, ctx, opts = {}) {
    const label = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInlineCode */ .Qg)(locationLabel(loc), opts);
    const url = ctx ? blobUrl(ctx, loc) : undefined;
    return url ? `[${label}](${url})` : label;
}


/***/ }),

/***/ 465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_MARKER_PREFIX: () => (/* binding */ COMMENT_MARKER_PREFIX),
  DEFAULT_MAX_LENGTH: () => (/* binding */ DEFAULT_MAX_LENGTH),
  GITHUB_COMMENT_LIMIT: () => (/* binding */ GITHUB_COMMENT_LIMIT),
  renderMarkdown: () => (/* binding */ renderMarkdown),
  verdictLine: () => (/* binding */ verdictLine)
});

// EXTERNAL MODULE: ./src/analysis/delta.ts
var analysis_delta = __webpack_require__(8048);
// EXTERNAL MODULE: ./src/analysis/fit.ts
var analysis_fit = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/knowledge/features.ts
var features = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/output/common.ts
var common = __webpack_require__(8300);
// EXTERNAL MODULE: ./src/output/escape.ts
var output_escape = __webpack_require__(8078);
// EXTERNAL MODULE: ./src/output/labels.ts
var output_labels = __webpack_require__(7610);
;// CONCATENATED MODULE: ./src/output/chart.ts



function chartSeries(criteria) {
    const labels = criteria.map((c) => (0,output_escape/* mermaidLabel */._b)((0,output_labels/* criterionShort */.kk)(c.id)));
    const bar = [];
    const line = [];
    for (const c of criteria) {
        const w = (0,common/* weighted */.Y1)(c);
        bar.push(clean(w.pytorch));
        line.push(clean(w.tensorflow));
    }
    const max = Math.max(5, ...bar, ...line);
    return { labels, bar, line, max: Math.ceil(max / 5) * 5 };
}
function clean(n) {
    return Number.isFinite(n) ? Math.round(n * 100) / 100 : 0;
}
/** The Mermaid source (without the fence), or undefined when there is nothing to draw. */
const PYTORCH_COLOUR = "#ee4c2c";
const TENSORFLOW_COLOUR = "#ff8f00";
function mermaidChart(criteria) {
    if (criteria.length === 0)
        return undefined;
    const s = chartSeries(criteria);
    if (s.bar.every((v) => v === 0) && s.line.every((v) => v === 0))
        return undefined;
    const labels = s.labels.map((l) => `"${l}"`).join(", ");
    return [
        // The frameworks' own colours (PyTorch's red-orange bars, TensorFlow's amber line); the default theme
        // draws pale bars that are hard to tell from the background.
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PYTORCH_COLOUR}, ${TENSORFLOW_COLOUR}"}}}}%%`,
        "xychart-beta",
        `    title "Weighted score per criterion (bars: PyTorch, line: TensorFlow)"`,
        `    x-axis [${labels}]`,
        `    y-axis "weight x stars" 0 --> ${s.max}`,
        `    bar [${s.bar.join(", ")}]`,
        `    line [${s.line.join(", ")}]`,
    ].join("\n");
}

// EXTERNAL MODULE: ./src/output/links.ts
var links = __webpack_require__(1980);
;// CONCATENATED MODULE: ./src/output/markdown.ts








const COMMENT_MARKER_PREFIX = "<!-- ml-framework-audit";
/** GitHub rejects comment bodies over 65,536 characters; keep a margin for the GitHub layer's additions. */
const GITHUB_COMMENT_LIMIT = 65536;
const DEFAULT_MAX_LENGTH = GITHUB_COMMENT_LIMIT - 2048;
/** Findings shown in the open table before the rest go into a collapsed `<details>`. */
const OPEN_FINDINGS = 10;
/** Locations listed per finding / per declared framework before "and N more". */
const MAX_LOCATIONS = 3;
const MAX_DECLARED = 5;
/** New/resolved findings named in the "This PR" section. */
const DELTA_LISTED = 10;
// ---------------------------------------------------------------------------
// Small builders
// ---------------------------------------------------------------------------
/** A `<details>` block whose Markdown body renders (blank line after the summary, before the close). */
function details(summary, body) {
    return `<details>\n<summary>${(0,output_escape/* escapeHtml */.ZD)(summary)}</summary>\n\n${body}\n\n</details>`;
}
function table(header, align, rows) {
    const sep = align.map((a) => (a === "r" ? "---:" : a === "c" ? ":---:" : "---"));
    const line = (cells) => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
    return [line(header), line(sep), ...rows.map(line)].join("\n");
}
function locs(locations, ctx, tableCell, max = MAX_LOCATIONS) {
    if (locations.length === 0)
        return tableCell ? "—" : "";
    const shown = locations.slice(0, max).map((l) => (0,links/* locationMarkdown */.bC)(l, ctx, { table: tableCell }));
    const more = locations.length - shown.length;
    return shown.join(", ") + (more > 0 ? ` and ${(0,common/* fmtInt */.L5)(more)} more` : "");
}
function findingCode(f) {
    const label = `${(0,output_escape/* escapeMarkdown */.FV)(f.code)} ${(0,output_escape/* escapeMarkdown */.FV)(f.id)}`;
    const url = (0,output_escape/* safeUrl */.Pl)(f.helpUri);
    return url ? `[${label}](${url})` : label;
}
/**
 * A finding message: the analysis quotes names in backticks (`torch.compile`); those become code spans, the
 * rest plain text. Both kinds of piece are escaped, so a backtick in a repository string can at worst
 * shift which piece is code: it can never open markup.
 */
function messageMarkdown(message, table = false) {
    return message
        .split(/`([^`\n]+)`/)
        .map((part, i) => (i % 2 === 1 ? (0,output_escape/* escapeInlineCode */.Qg)(part, { table }) : (0,output_escape/* escapeMarkdown */.FV)(part)))
        .join("");
}
/**
 * A finding's message (messageMarkdown), its closing "Source: <url>" as a link when the URL is the finding's
 * sourceUri: escaped as text, GitHub would show the URL with a zero-width space in it, unclickable and broken
 * when copied.
 */
function findingMessageMarkdown(f, table = false) {
    const url = (0,output_escape/* safeUrl */.Pl)(f.sourceUri);
    const tail = ` Source: ${f.sourceUri ?? ""}`;
    if (url === undefined || !f.message.endsWith(tail))
        return messageMarkdown(f.message, table);
    return `${messageMarkdown(f.message.slice(0, -tail.length), table)} [Source](${url})`;
}
function severityBadge(f) {
    const icon = output_labels/* SEVERITY_ICON */._9[f.severity] ?? "";
    return `${icon} ${output_labels/* SEVERITY_LABEL */.Rt[f.severity] ?? (0,output_escape/* escapeMarkdown */.FV)(String(f.severity))}`.trim();
}
function declaredText(d, ctx, tableCell) {
    const opt = { table: tableCell };
    const name = (0,output_escape/* escapeInlineCode */.Qg)((0,common/* declaredLabel */.$A)(d), opt);
    const pinned = !d.specifier ? " (unpinned)" : "";
    const resolved = d.resolvedVersion ? ` (locked ${(0,output_escape/* escapeInlineCode */.Qg)(d.resolvedVersion, opt)})` : "";
    const group = d.group ? ` (group ${(0,output_escape/* escapeMarkdown */.FV)(d.group)})` : "";
    return `${name}${pinned}${resolved}${group} in ${(0,links/* locationMarkdown */.bC)(d, ctx, opt)}`;
}
// ---------------------------------------------------------------------------
// Verdict
// ---------------------------------------------------------------------------
function scoresText(report) {
    const fit = report.fit;
    if (!fit)
        return "";
    return `PyTorch ${(0,output_labels/* formatScore */.y)(fit.scores.pytorch)} / TensorFlow ${(0,output_labels/* formatScore */.y)(fit.scores.tensorflow)}`;
}
function verdictLine(report) {
    const fit = report.fit;
    const primary = (0,common/* primaryName */.Ac)(report);
    const scores = scoresText(report);
    if (!fit) {
        if (!primary)
            return "➖ **No ML framework found** in this repository";
        return `**${(0,output_escape/* escapeMarkdown */.FV)(primary)}** is the primary framework (this report has no fit scores)`;
    }
    const fav = (0,common/* favoured */.N8)(report);
    const margin = typeof fit.margin === "number" && Number.isFinite(fit.margin) ? `, margin ${(0,output_labels/* formatScore */.y)(fit.margin)}` : "";
    switch (fit.verdict) {
        case "fit":
            // JAX or MLX first: nothing the article rates is in use, so "fits" would claim what it cannot judge.
            if ((0,common/* unratedPrimary */.Qc)(report)) {
                return `✅ **${(0,output_escape/* escapeMarkdown */.FV)(primary)}** — the primary framework, not rated by the article (${scores})`;
            }
            if ((0,common/* primaryNotInStack */.VB)(report)) {
                return `➖ **No PyTorch or TensorFlow stack** in this project; its requirements would favour ${fav ? (0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* frameworkName */.U7)(fav)) : "neither"} (${scores})`;
            }
            return `✅ **${(0,output_escape/* escapeMarkdown */.FV)(primary ?? (fav ? (0,output_labels/* frameworkName */.U7)(fav) : "The current stack"))} — fits** this project (${scores})`;
        case "mismatch": {
            const other = fav ? (0,output_labels/* frameworkName */.U7)(fav) : "the other framework";
            const used = primary ?? "The current stack";
            return `⚠️ **${(0,output_escape/* escapeMarkdown */.FV)(used)} — mismatch**: this project's priorities favour ${(0,output_escape/* escapeMarkdown */.FV)(other)} (${scores}${margin})`;
        }
        case "hybrid": {
            const used = report.frameworks.filter((f) => output_labels/* COMPARED */.s1.includes(f.id)).map((f) => (0,output_labels/* frameworkName */.U7)(f.id));
            const names = used.length >= 2 ? used.join(" + ") : "PyTorch + TensorFlow";
            const lean = fav ? `; the scores lean to ${(0,output_labels/* frameworkName */.U7)(fav)}` : "";
            return `🔀 **Hybrid — ${(0,output_escape/* escapeMarkdown */.FV)(names)}** in one project (${scores}${lean})`;
        }
        case "no-ml": {
            const others = report.frameworks.filter((f) => !output_labels/* COMPARED */.s1.includes(f.id)).map((f) => (0,output_labels/* frameworkName */.U7)(f.id));
            // a framework's part used without the framework (tflite-runtime runs TensorFlow Lite models without TensorFlow)
            if (others.length === 0)
                for (const f of report.features)
                    if (f.framework !== "interop")
                        others.push(features/* FEATURE_BY_ID */.d.get(f.id)?.title ?? f.id);
            return others.length > 0
                ? `➖ **No PyTorch or TensorFlow found** (only ${(0,output_escape/* escapeMarkdown */.FV)(others.join(", "))})`
                : "➖ **No ML framework found** in this repository";
        }
        default:
            return `**${(0,output_escape/* escapeMarkdown */.FV)(String(fit.verdict))}** (${scores})`;
    }
}
function summaryBlock(report) {
    const parts = [];
    const explanation = report.fit?.explanation?.trim();
    if (explanation) {
        // The first sentence says what decided the verdict; the arithmetic behind it is one click away, so the
        // top of the comment stays short enough to read at a glance.
        const first = /^([\s\S]+?[.!?])\s+(?=[A-Z(“"])/.exec(explanation)?.[1];
        if (first && first.length < explanation.length) {
            parts.push((0,output_escape/* escapeMarkdown */.FV)(first));
            parts.push(details("How the verdict was reached", (0,output_escape/* escapeMarkdown */.FV)(explanation.slice(first.length).trim())));
        }
        else
            parts.push((0,output_escape/* escapeMarkdown */.FV)(explanation));
    }
    const c = (0,common/* countBySeverity */.Ot)(report.findings);
    const total = report.findings.length;
    if (total === 0)
        parts.push("No findings.");
    else {
        const bits = [];
        if (c.error)
            bits.push(`**${(0,output_labels/* plural */.LS)(c.error, "error")}**`);
        if (c.warning)
            bits.push((0,output_labels/* plural */.LS)(c.warning, "warning"));
        if (c.info)
            bits.push((0,output_labels/* plural */.LS)(c.info, "note"));
        parts.push(`Findings: ${bits.join(", ")}.`);
    }
    return parts.join("\n\n");
}
function deltaSection(delta, ctx, primary) {
    const added = (0,common/* sortFindings */.Tc)(delta.added.findings);
    const removed = (0,common/* sortFindings */.Tc)(delta.removed.findings);
    // The delta lists a few findings by name; the Findings section has them all.
    const items = [
        ...added.map((f) => ({ f, kind: "new" })),
        ...removed.map((f) => ({ f, kind: "resolved" })),
    ];
    const listed = Math.min(items.length, DELTA_LISTED);
    const base = delta.base ? ` compared with base ${(0,output_escape/* escapeInlineCode */.Qg)(delta.base.slice(0, 12))}` : "";
    const fwList = (ids) => ids.map((id) => `**${(0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* frameworkName */.U7)(id))}**`).join(", ");
    const featList = (ids) => ids.map((id) => (0,output_escape/* escapeInlineCode */.Qg)(id)).join(", ");
    const shiftLines = fileShiftLines((0,analysis_delta/* notableShifts */.Ho)(delta, primary), ctx);
    const nothing = (0,analysis_delta/* deltaIsEmpty */.Kh)(delta, primary);
    return {
        key: "delta",
        total: listed + 1,
        describeCut: (k) => (k === 0 ? "the PR changes" : `the list of this PR's new and resolved findings`),
        render(k) {
            if (k === 0)
                return "";
            if (nothing)
                return `### This PR\n\nNo change to the ML stack${base}.`;
            const lines = [`### This PR`, "", `Changes${base}:`, ""];
            const fw = [];
            if (delta.added.frameworks.length)
                fw.push(`added ${fwList(delta.added.frameworks)}`);
            if (delta.removed.frameworks.length)
                fw.push(`removed ${fwList(delta.removed.frameworks)}`);
            if (fw.length)
                lines.push(`- Frameworks: ${fw.join("; ")}`);
            const ft = [];
            if (delta.added.features.length)
                ft.push(`added ${featList(delta.added.features)}`);
            if (delta.removed.features.length)
                ft.push(`removed ${featList(delta.removed.features)}`);
            if (ft.length)
                lines.push(`- Features: ${ft.join("; ")}`);
            if (shiftLines.length)
                lines.push("- Files:", ...shiftLines);
            if (items.length) {
                const counts = [];
                if (added.length)
                    counts.push(`${(0,common/* fmtInt */.L5)(added.length)} new`);
                if (removed.length)
                    counts.push(`${(0,common/* fmtInt */.L5)(removed.length)} resolved`);
                lines.push(`- Findings: ${counts.join(", ")}`);
                const shown = items.slice(0, k - 1);
                for (const { f, kind } of shown) {
                    const where = locs(f.locations, ctx, false, 1);
                    const tag = kind === "resolved" ? "resolved: " : "";
                    lines.push(`  - ${output_labels/* SEVERITY_ICON */._9[f.severity] ?? ""} ${tag}${findingCode(f)}: ${findingMessageMarkdown(f)}${where ? ` (${where})` : ""}`);
                }
                if (shown.length < items.length)
                    lines.push(`  - …and ${(0,common/* fmtInt */.L5)(items.length - shown.length)} more`);
            }
            else if (!fw.length && !ft.length && !shiftLines.length) {
                lines.push("- No change to frameworks, features or findings");
            }
            return lines.join("\n");
        },
    };
}
/** File shifts shown by name in the comment, per framework or feature; the JSON report has them all. */
const SHIFT_FILES_SHOWN = 3;
/** Frameworks and features whose file shifts the comment lists. */
const SHIFTS_SHOWN = 8;
/**
 * The "Files" lines of the delta: per framework, the files that now import it or no longer do; per feature,
 * the files that now use it or no longer do. New places link to the head; gone ones are named only (they are
 * places in the base).
 */
function fileShiftLines(shifts, ctx) {
    const named = (shift, isFramework) => isFramework ? `**${(0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* frameworkName */.U7)(shift.id))}**` : (0,output_escape/* escapeInlineCode */.Qg)(shift.id);
    const places = (list, link) => {
        const shown = list.slice(0, SHIFT_FILES_SHOWN).map((l) => (0,links/* locationMarkdown */.bC)(l, link ? ctx : undefined));
        const more = list.length - shown.length;
        return shown.join(", ") + (more > 0 ? ` and ${(0,common/* fmtInt */.L5)(more)} more` : "");
    };
    const entries = [...shifts.frameworks.map((s) => ({ s, fw: true })), ...shifts.features.map((s) => ({ s, fw: false }))];
    const lines = entries.slice(0, SHIFTS_SHOWN).map(({ s, fw }) => {
        const verb = fw ? "imported" : s.addedByDeclarationOnly === true ? "declared" : "used";
        const parts = [];
        if (s.added.length)
            parts.push(`${verb} in ${(0,output_labels/* plural */.LS)(s.added.length, "more file")} (${places(s.added, true)})`);
        if (s.removed.length)
            parts.push(`no longer in ${(0,output_labels/* plural */.LS)(s.removed.length, "file")} (${places(s.removed, false)})`);
        return `  - ${named(s, fw)}: ${parts.join("; ")}`;
    });
    const rest = entries.length - SHIFTS_SHOWN;
    if (rest > 0)
        lines.push(`  - …and ${(0,common/* fmtInt */.L5)(rest)} more ${rest === 1 ? "framework or feature" : "frameworks or features"}`);
    return lines;
}
function findingRows(findings, ctx) {
    return findings.map((f) => [severityBadge(f), findingCode(f), findingMessageMarkdown(f, true), locs(f.locations, ctx, true)]);
}
function findingsSection(findings, ctx) {
    const sorted = (0,common/* sortFindings */.Tc)(findings);
    const header = ["Severity", "Rule", "Finding", "Where"];
    const align = ["l", "l", "l", "l"];
    return {
        key: "findings",
        total: Math.max(1, sorted.length),
        describeCut: (k) => sorted.length === 0
            ? "the findings section"
            : k === 0
                ? `all ${(0,output_labels/* plural */.LS)(sorted.length, "finding")}`
                : `${(0,common/* fmtInt */.L5)(sorted.length - k)} of ${(0,output_labels/* plural */.LS)(sorted.length, "finding")} (the most severe are shown)`,
        render(k) {
            if (k === 0)
                return "";
            if (sorted.length === 0)
                return "### Findings\n\nNo problems found.";
            const shown = sorted.slice(0, k);
            const open = shown.slice(0, OPEN_FINDINGS);
            const rest = shown.slice(OPEN_FINDINGS);
            const blocks = [`### Findings (${(0,common/* fmtInt */.L5)(sorted.length)})`, table(header, align, findingRows(open, ctx))];
            if (rest.length)
                blocks.push(details(`${(0,output_labels/* plural */.LS)(rest.length, "more finding")}`, table(header, align, findingRows(rest, ctx))));
            if (shown.length < sorted.length)
                blocks.push(`${(0,common/* fmtInt */.L5)(sorted.length - shown.length)} less severe findings are not shown here.`);
            return blocks.join("\n\n");
        },
    };
}
function criteriaSection(report) {
    const fit = report.fit;
    if (!fit || fit.criteria.length === 0)
        return undefined;
    return {
        key: "criteria",
        total: 1,
        describeCut: () => "the criteria table",
        render(k) {
            if (k === 0)
                return "";
            const rows = fit.criteria.map((c) => {
                const w = (0,common/* weighted */.Y1)(c);
                const weight = Number.isFinite(c.weight) ? (c.weight === 0 ? "0 (ignored)" : String(c.weight)) : "–";
                const why = [];
                if (c.weightSource)
                    why.push(c.weightSource === "inferred" ? "inferred" : c.weightSource === "config" ? "your config" : "default");
                if (c.evidence?.length)
                    why.push(c.evidence.map((e) => (0,output_escape/* escapeInlineCode */.Qg)(e, { table: true })).join(", "));
                return [
                    (0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* criterionLabel */.Mg)(c.id)),
                    weight,
                    why.join(": ") || "—",
                    (0,common/* stars */.uf)(c.pytorch),
                    (0,common/* stars */.uf)(c.tensorflow),
                    (0,output_labels/* formatScore */.y)(w.pytorch),
                    (0,output_labels/* formatScore */.y)(w.tensorflow),
                ];
            });
            const totals = (0,common/* weightedTotals */.pd)(fit.criteria);
            rows.push(["**Total**", "", "", "", "", `**${(0,output_labels/* formatScore */.y)(totals.pytorch)}**`, `**${(0,output_labels/* formatScore */.y)(totals.tensorflow)}**`]);
            // How the fit score comes from the total: without these rows a reader sees 119 against 121 become 64 against 75.
            const { matrixScores: m, useCaseScores: u } = fit;
            if (m && u) {
                const part = (n) => (Number.isFinite(n) ? String(n) : "–");
                const share = (x) => `${Math.round(x * 100)}%`;
                rows.push([`Decision-matrix part: the totals on 0–100 (${share(analysis_fit/* MATRIX_SHARE */.o5)} of the score)`, "", "", "", "", part(m.pytorch), part(m.tensorflow)]);
                rows.push([`Use-case part: requirements that favour each, on 0–100 (${share(analysis_fit/* USECASE_SHARE */.Kw)})`, "", "", "", "", part(u.pytorch), part(u.tensorflow)]);
            }
            rows.push(["**Fit score (0–100)**", "", "", "", "", `**${(0,output_labels/* formatScore */.y)(fit.scores.pytorch)}**`, `**${(0,output_labels/* formatScore */.y)(fit.scores.tensorflow)}**`]);
            const blocks = [
                "### Fit against the article's criteria",
                table(["Criterion", "Weight", "Weight from", "PyTorch", "TensorFlow", "PyTorch × weight", "TensorFlow × weight"], ["l", "r", "l", "l", "l", "r", "r"], rows),
            ];
            const notes = [];
            if (fit.requirements.length) {
                const reqs = fit.requirements.map((r) => {
                    const ev = r.evidence.length ? ` (from ${r.evidence.slice(0, 4).map((e) => (0,output_escape/* escapeInlineCode */.Qg)(e)).join(", ")}${r.evidence.length > 4 ? ", …" : ""})` : "";
                    return `${(0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* requirementLabel */.kC)(r.id))}${ev}${r.bridged ? ", met through the ONNX boundary (neutral)" : ""}`;
                });
                notes.push(`Requirements seen in this project: ${reqs.join("; ")}.`);
            }
            const margin = typeof fit.margin === "number" && Number.isFinite(fit.margin) ? ` A mismatch needs the other framework to lead by ${(0,output_labels/* formatScore */.y)(fit.margin)} points.` : "";
            notes.push(`Stars: the article's decision matrix, ${output_labels/* ARTICLE_CITATION */.vK}. Weights: this project's.${margin}`);
            blocks.push(notes.join("\n\n"));
            return blocks.join("\n\n");
        },
    };
}
function chartSection(report) {
    const fit = report.fit;
    const chart = fit ? mermaidChart(fit.criteria) : undefined;
    if (!chart)
        return undefined;
    return {
        key: "chart",
        total: 1,
        describeCut: () => "the chart",
        render: (k) => (k === 0 ? "" : details("Chart: weighted score per criterion", "```mermaid\n" + chart + "\n```")),
    };
}
function stackSection(report, ctx) {
    if (report.frameworks.length === 0)
        return undefined;
    return {
        key: "stack",
        total: 1,
        describeCut: () => "the framework table",
        render(k) {
            if (k === 0)
                return "";
            const rows = report.frameworks.map((f) => {
                const name = `**${(0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* frameworkName */.U7)(f.id))}**${report.primaryFramework === f.id ? " (primary)" : ""}`;
                const places = Math.max(f.importCount ?? 0, f.importWitnesses.length);
                const imported = (f.imported || f.importWitnesses.length
                    ? f.importWitnesses.length
                        ? `${(0,output_labels/* plural */.LS)(places, "place")}, e.g. ${(0,links/* locationMarkdown */.bC)(f.importWitnesses[0], ctx, { table: true })}`
                        : "yes"
                    : "not imported") +
                    (0,common/* importQualifier */.i8)(f) +
                    (0,common/* backendQualifier */.Lp)(f);
                const decl = f.declared.slice(0, MAX_DECLARED).map((d) => declaredText(d, ctx, true));
                if (f.declared.length > MAX_DECLARED)
                    decl.push(`and ${(0,common/* fmtInt */.L5)(f.declared.length - MAX_DECLARED)} more`);
                return [name, imported, decl.length ? decl.join("<br>") : (0,common/* undeclaredText */.Lu)(f, report)];
            });
            return ["### Stack", table(["Framework", "Imported", "Declared"], ["l", "l", "l"], rows)].join("\n\n");
        },
    };
}
const GROUP_ORDER = ["pytorch", "tensorflow", "keras", "jax", "interop"];
function featuresSection(report, ctx) {
    if (report.features.length === 0)
        return undefined;
    const rank = (fw) => {
        const i = GROUP_ORDER.indexOf(fw);
        return i < 0 ? GROUP_ORDER.length : i;
    };
    const ordered = report.features
        .map((f, i) => ({ f, i }))
        .sort((a, b) => rank(a.f.framework) - rank(b.f.framework) || a.i - b.i)
        .map((x) => x.f);
    return {
        key: "features",
        total: ordered.length,
        describeCut: (k, total) => (k === 0 ? "the feature list" : `${(0,common/* fmtInt */.L5)(total - k)} of ${(0,output_labels/* plural */.LS)(total, "feature")}`),
        render(k) {
            if (k === 0)
                return "";
            const shown = ordered.slice(0, k);
            const lines = ["**Features in use**", ""];
            let group;
            const groupCounts = new Map();
            for (const f of ordered)
                groupCounts.set(f.framework, (groupCounts.get(f.framework) ?? 0) + 1);
            for (const f of shown) {
                if (f.framework !== group) {
                    group = f.framework;
                    lines.push(`- **${(0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* frameworkName */.U7)(group))}** (${(0,common/* fmtInt */.L5)(groupCounts.get(group) ?? 0)})`);
                }
                const uses = typeof f.count === "number" && f.count > 1 ? `, ${(0,output_labels/* plural */.LS)(f.count, "use")}` : "";
                const where = f.witnesses[0] ? ` at ${(0,links/* locationMarkdown */.bC)(f.witnesses[0], ctx)}` : "";
                const { parts, more } = (0,common/* detailParts */.yV)(f.details ?? []);
                const det = parts.length ? ` — ${parts.map((d) => (0,output_escape/* escapeInlineCode */.Qg)(d)).join(", ")}${more ? ` and ${(0,common/* fmtInt */.L5)(more)} more` : ""}` : "";
                lines.push(`  - ${(0,output_escape/* escapeInlineCode */.Qg)(f.id)}${where}${uses}${det}`);
            }
            if (shown.length < ordered.length)
                lines.push(`- …and ${(0,output_labels/* plural */.LS)(ordered.length - shown.length, "more feature")}`);
            return lines.join("\n");
        },
    };
}
function evidenceSection(report, ctx) {
    const rows = [];
    for (const f of report.frameworks) {
        for (const w of f.importWitnesses)
            rows.push([`${(0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* frameworkName */.U7)(f.id))} import`, (0,links/* locationMarkdown */.bC)(w, ctx, { table: true })]);
        for (const d of f.declared)
            rows.push([`${(0,output_escape/* escapeMarkdown */.FV)((0,output_labels/* frameworkName */.U7)(f.id))} dependency ${(0,output_escape/* escapeInlineCode */.Qg)((0,common/* declaredLabel */.$A)(d), { table: true })}`, (0,links/* locationMarkdown */.bC)(d, ctx, { table: true })]);
    }
    for (const f of report.features)
        for (const w of f.witnesses)
            rows.push([`feature ${(0,output_escape/* escapeInlineCode */.Qg)(f.id, { table: true })}`, (0,links/* locationMarkdown */.bC)(w, ctx, { table: true })]);
    if (rows.length === 0)
        return undefined;
    return {
        key: "evidence",
        total: rows.length,
        describeCut: (k, total) => (k === 0 ? "the evidence table" : `${(0,common/* fmtInt */.L5)(total - k)} of ${(0,common/* fmtInt */.L5)(total)} evidence rows`),
        render(k) {
            if (k === 0)
                return "";
            const shown = rows.slice(0, k);
            const more = rows.length - shown.length;
            const body = table(["Evidence", "Where"], ["l", "l"], shown) + (more > 0 ? `\n\n…and ${(0,common/* fmtInt */.L5)(more)} more rows.` : "");
            return details(`Evidence: ${(0,output_labels/* plural */.LS)(rows.length, "location")}`, body);
        },
    };
}
function notesSection(report, ctx) {
    const notes = report.fit?.outdatedNotes ?? [];
    const recs = (report.fit?.recommendations ?? []).filter((r) => typeof r === "string" && r.trim() !== "");
    const total = notes.length + recs.length;
    if (total === 0)
        return undefined;
    return {
        key: "notes",
        total,
        describeCut: (k, t) => (k === 0 ? "the article corrections and recommendations" : `${(0,common/* fmtInt */.L5)(t - k)} of ${(0,common/* fmtInt */.L5)(t)} article corrections and recommendations`),
        render(k) {
            if (k === 0)
                return "";
            const blocks = [];
            const shownNotes = notes.slice(0, k);
            const shownRecs = recs.slice(0, Math.max(0, k - notes.length));
            if (shownNotes.length) {
                const lines = shownNotes.map((n) => {
                    const where = n.locations.length ? ` Seen at ${locs(n.locations, ctx, false)}.` : "";
                    const src = (0,output_escape/* safeUrl */.Pl)(n.source);
                    return `- **${(0,output_escape/* escapeMarkdown */.FV)(n.topic)}**: ${(0,output_escape/* escapeMarkdown */.FV)(n.note)}${where}${src ? ` ([source](${src}))` : ""}`;
                });
                blocks.push("### Where the article is out of date", lines.join("\n"));
            }
            if (shownRecs.length)
                blocks.push("### Recommendations", shownRecs.map((r) => `- ${(0,output_escape/* escapeMarkdown */.FV)(r)}`).join("\n"));
            if (shownNotes.length + shownRecs.length < total)
                blocks.push(`…and ${(0,common/* fmtInt */.L5)(total - shownNotes.length - shownRecs.length)} more.`);
            return blocks.join("\n\n");
        },
    };
}
function footer(report) {
    const s = report.stats;
    const files = Number.isFinite(s?.filesScanned) ? (0,output_labels/* plural */.LS)(s.filesScanned, "file") : "";
    const bytes = Number.isFinite(s?.bytesScanned) ? (0,output_labels/* formatBytes */.z3)(s.bytesScanned) : "";
    const ms = Number.isFinite(s?.durationMs) ? `${(0,common/* fmtInt */.L5)(s.durationMs)} ms` : "";
    const scanned = files ? ` · ${files}${bytes ? ` (${bytes})` : ""} scanned${ms ? ` in ${ms}` : ""}` : "";
    const version = (0,output_escape/* escapeMarkdown */.FV)(report.tool?.version ?? "");
    return `<sub>ml-framework-audit ${version}${scanned} · criteria stars from ${output_labels/* ARTICLE_CITATION */.vK}</sub>`;
}
// ---------------------------------------------------------------------------
// Assembly and size limit
// ---------------------------------------------------------------------------
function markerLine(marker) {
    const fallback = `${COMMENT_MARKER_PREFIX} -->`;
    if (marker === undefined)
        return fallback;
    const m = (0,output_escape/* singleLine */.pF)(marker).trim();
    // Used as given when it is one well-formed comment (the GitHub layer finds its comment by this exact text).
    if (/^<!--(?!>|->)/.test(m) && m.endsWith("-->") && !/--|[<>]/.test(m.slice(4, -3)) && m.startsWith(COMMENT_MARKER_PREFIX))
        return m;
    const inner = m.replace(/<!--|--!?>/g, " ").replace(/--+/g, "-").replace(/[<>!]/g, "").replace(/\s+/g, " ").trim();
    const body = inner.startsWith("ml-framework-audit") ? inner : `ml-framework-audit ${inner}`.trim();
    return `<!-- ${body} -->`;
}
/** Which sections are cut first when the comment is too long: [section key, floor]. */
const CUT_ORDER = [
    ["evidence", 0],
    ["findings", OPEN_FINDINGS],
    ["chart", 0],
    ["features", 0],
    ["notes", 0],
    ["stack", 0],
    ["criteria", 0],
    ["delta", 1],
    ["findings", 1],
    ["delta", 0],
    ["findings", 0],
    ["summary", 0],
];
function renderMarkdown(report, opts = {}) {
    const ctx = opts.links;
    const maxLength = typeof opts.maxLength === "number" && Number.isFinite(opts.maxLength) && opts.maxLength > 0 ? Math.floor(opts.maxLength) : DEFAULT_MAX_LENGTH;
    const hint = opts.fullReportHint ? (0,output_escape/* singleLine */.pF)(opts.fullReportHint).trim() : "";
    const title = opts.title ? `${(0,output_escape/* escapeMarkdown */.FV)(opts.title)}: ` : "";
    const head = [markerLine(opts.marker), `${title}${verdictLine(report)}`];
    const summaryText = summaryBlock(report);
    const summary = { key: "summary", total: 1, describeCut: () => "the summary", render: (k) => (k ? summaryText : "") };
    const sections = [
        summary,
        report.delta ? deltaSection(report.delta, ctx, report.primaryFramework) : undefined,
        findingsSection(report.findings, ctx),
        criteriaSection(report),
        chartSection(report),
        stackSection(report, ctx),
        featuresSection(report, ctx),
        evidenceSection(report, ctx),
        notesSection(report, ctx),
    ].filter((s) => s !== undefined);
    const tail = footer(report);
    const shown = new Map(sections.map((s) => [s.key, s.total]));
    const cache = new Map();
    const renderSection = (s, k) => {
        const key = `${s.key}:${k}`;
        let out = cache.get(key);
        if (out === undefined) {
            out = s.render(k);
            cache.set(key, out);
        }
        return out;
    };
    const notice = () => {
        const cut = sections.filter((s) => (shown.get(s.key) ?? 0) < s.total).map((s) => s.describeCut(shown.get(s.key) ?? 0, s.total));
        if (cut.length === 0)
            return "";
        const where = hint ? ` The full report is in ${hint}.` : "";
        return `> [!NOTE]\n> **This comment was shortened** to stay under GitHub's comment size limit. Left out: ${cut.map((c) => (0,output_escape/* escapeMarkdown */.FV)(c)).join("; ")}.${where}`;
    };
    const assemble = () => {
        const body = sections.map((s) => renderSection(s, shown.get(s.key) ?? 0)).filter((b) => b !== "");
        const n = notice();
        return [...head, ...(n ? [n] : []), ...body, tail].join("\n\n") + "\n";
    };
    let out = assemble();
    if (out.length <= maxLength)
        return out;
    for (const [key, floor] of CUT_ORDER) {
        const s = sections.find((x) => x.key === key);
        if (!s)
            continue;
        const current = shown.get(key) ?? 0;
        if (current <= floor)
            continue;
        // Largest k in [floor, current) that fits; k = floor if none does (then move on to the next section).
        let lo = floor;
        let hi = current - 1;
        shown.set(key, floor);
        if (assemble().length > maxLength)
            continue;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            shown.set(key, mid);
            if (assemble().length <= maxLength)
                lo = mid;
            else
                hi = mid - 1;
        }
        shown.set(key, lo);
        out = assemble();
        if (out.length <= maxLength)
            return out;
    }
    // Not even the verdict fits: the smallest comment that still says where the report is.
    const minimal = [head[0], `${title}${verdictLine(report)}`, `**This comment was shortened**: the report is too large for it.${hint ? ` The full report is in ${hint}.` : ""}`].join("\n\n") + "\n";
    if (minimal.length <= maxLength)
        return minimal;
    return head[0].length + 1 <= maxLength ? `${head[0]}\n` : "";
}


/***/ })

};

export const id = 693;
export const ids = [693];
export const modules = {

/***/ 2693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ USECASE_SHARE),
/* harmony export */   o5: () => (/* binding */ MATRIX_SHARE),
/* harmony export */   r$: () => (/* binding */ computeFit)
/* harmony export */ });
/* unused harmony exports DEFAULT_WEIGHT, BRIDGED_NOTE, criterionWeights, computeScores */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2483);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3054);
/* harmony import */ var _knowledge_features_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7509);
/* harmony import */ var _knowledge_matrix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3399);
/* harmony import */ var _knowledge_usecases_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7366);
/**
 * The fit model (documented in docs/fit-model.md; keep the two in step):
 *
 *   weight(c)  = config priority            if the config sets it            (weightSource "config")
 *              = min(5, 3 + #requirements)  if inferred requirements speak to c (weightSource "inferred")
 *              = 3                          otherwise                          (weightSource "default")
 *   matrix(f)  = 100 * Σ weight(c)·stars(f,c) / (5 · Σ weight(c))             (50 if every weight is 0)
 *   usecase(f) = 100 * (#requirements recommending f + ½ · #neutral requirements) / #requirements
 *                (a requirement met through the article's ONNX boundary, RequirementReport.bridged, is neutral)
 *                (50 when no requirement was inferred)
 *   score(f)   = round(0.6 · matrix(f) + 0.4 · usecase(f))
 *
 * Verdict: `no-ml` without any framework; `hybrid` when PyTorch and TensorFlow are both part of the stack
 * (imported in code, not only optionally inside try/except ImportError or an availability check, and not incidental: see
 * FrameworkReport.incidental); `mismatch` when the framework in use trails the other by more than `margin`;
 * otherwise `fit`. A project whose primary framework is JAX (or MLX) has no framework in use, and is no hybrid
 * even with both compared stacks beside it: the article rates only PyTorch and TensorFlow.
 */





const DEFAULT_WEIGHT = 3;
/** Why a bridged requirement counts as neutral (RequirementReport.bridged), in the explanation's words. */
const BRIDGED_NOTE = "met through the ONNX boundary the article recommends, torch.onnx export served by onnxruntime, so it counts as neutral";
const MATRIX_SHARE = 0.6;
const USECASE_SHARE = 0.4;
function criterionWeights(requirements, config) {
    return _knowledge_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .CRITERION_IDS */ .lm.map((id) => {
        const c = _knowledge_matrix_js__WEBPACK_IMPORTED_MODULE_3__/* .CRITERION_BY_ID */ .c7.get(id);
        const configured = config.priorities[id];
        const raisedBy = requirements.filter((r) => _knowledge_usecases_js__WEBPACK_IMPORTED_MODULE_4__/* .REQUIREMENT_BY_ID */ .MP.get(r.id)?.criteria.includes(id)).map((r) => r.id);
        let weight;
        let weightSource;
        let evidence;
        if (configured !== undefined) {
            weight = configured;
            weightSource = "config";
            evidence = ["config:priorities"];
        }
        else if (raisedBy.length > 0) {
            weight = Math.min(5, DEFAULT_WEIGHT + raisedBy.length);
            weightSource = "inferred";
            evidence = raisedBy;
        }
        else {
            weight = DEFAULT_WEIGHT;
            weightSource = "default";
            evidence = [];
        }
        return {
            id,
            weight,
            pytorch: c.stars.pytorch,
            tensorflow: c.stars.tensorflow,
            weightSource,
            evidence,
            weighted: { pytorch: weight * c.stars.pytorch, tensorflow: weight * c.stars.tensorflow },
        };
    });
}
const round1 = (x) => Math.round(x * 10) / 10;
function computeScores(criteria, requirements) {
    const totalW = criteria.reduce((s, c) => s + c.weight, 0);
    const matrix = {
        pytorch: totalW > 0 ? (100 * criteria.reduce((s, c) => s + c.weight * c.pytorch, 0)) / (5 * totalW) : 50,
        tensorflow: totalW > 0 ? (100 * criteria.reduce((s, c) => s + c.weight * c.tensorflow, 0)) / (5 * totalW) : 50,
    };
    const votes = { pytorch: [], tensorflow: [], neutral: [] };
    for (const r of requirements) {
        const rec = r.bridged ? null : _knowledge_usecases_js__WEBPACK_IMPORTED_MODULE_4__/* .REQUIREMENT_BY_ID */ .MP.get(r.id)?.recommends;
        if (rec === "pytorch")
            votes.pytorch.push(r.id);
        else if (rec === "tensorflow")
            votes.tensorflow.push(r.id);
        else
            votes.neutral.push(r.id);
    }
    const n = requirements.length;
    const usecase = {
        pytorch: n > 0 ? (100 * (votes.pytorch.length + votes.neutral.length / 2)) / n : 50,
        tensorflow: n > 0 ? (100 * (votes.tensorflow.length + votes.neutral.length / 2)) / n : 50,
    };
    const scores = {
        pytorch: Math.round(MATRIX_SHARE * matrix.pytorch + USECASE_SHARE * usecase.pytorch),
        tensorflow: Math.round(MATRIX_SHARE * matrix.tensorflow + USECASE_SHARE * usecase.tensorflow),
    };
    return { matrix: { pytorch: round1(matrix.pytorch), tensorflow: round1(matrix.tensorflow) }, usecase: { pytorch: round1(usecase.pytorch), tensorflow: round1(usecase.tensorflow) }, scores, votes };
}
/**
 * With no framework: what of a framework the code still uses (google-coral/pycoral runs TensorFlow Lite models
 * through tflite-runtime, which needs no TensorFlow), as a sentence; empty when nothing.
 */
function withoutFramework(features) {
    const byFramework = new Map();
    for (const f of features) {
        if (f.framework === "interop")
            continue;
        const uses = f.count ?? f.witnesses.length;
        const list = byFramework.get(f.framework) ?? [];
        list.push(`${_knowledge_features_js__WEBPACK_IMPORTED_MODULE_2__/* .FEATURE_BY_ID */ .d.get(f.id)?.title ?? f.id}: ${f.id}, ${uses} use${uses === 1 ? "" : "s"}`);
        byFramework.set(f.framework, list);
    }
    if (byFramework.size === 0)
        return "";
    const parts = [...byFramework].map(([fw, list]) => `from ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[fw] ?? fw} (${list.join("; ")})`);
    return ` What the code uses ${parts.join(" and ")} works without the framework itself, such as a runtime that loads exported models.`;
}
function listReqs(reqs) {
    return reqs
        .map((r) => `${r.id} (${r.evidence.slice(0, 3).join(", ")}${r.evidence.length > 3 ? ", ..." : ""}${r.bridged ? `; ${BRIDGED_NOTE}` : ""})`)
        .join("; ");
}
/** Why an imported framework does not count as a stack (empty when it does). */
function setAside(f) {
    if (!f?.imported)
        return "";
    if (f.optionalOnly)
        return ` ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[f.id]} is imported only optionally (inside try/except ImportError or under an availability check such as \`if is_tf_available():\`), so it is not counted as a stack the project runs on.`;
    if (f.incidental && f.onDemandOnly)
        return ` ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[f.id]} is imported only inside functions (${f.importFiles === 1 ? "1 file" : `${f.importFiles} files`}), which load it when they are called, and ${f.declared.length > 0 ? "declared only for tests, docs, CI or a notebook's own setup" : "no manifest declares it"}, so it is counted as incidental, not as a stack the project runs on.`;
    if (f.incidental && f.aroundPackageOnly)
        return ` ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[f.id]} is imported by the package only optionally, if at all, and otherwise only in tests, docs, tutorials or examples (${f.importFiles === 1 ? "1 file" : `${f.importFiles} files`}), and no main dependency declares it (${f.declared.length > 0 ? "only extras, groups or the manifests of that code" : "no manifest at all"}), so it is counted as incidental, not as a stack the project runs on.`;
    if (f.incidental)
        return ` ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[f.id]} is imported in ${f.importFiles} of the ${f.mlFiles} files that import an ML framework and ${f.declared.length > 0 ? "declared only for tests, docs, CI or a notebook's own setup" : "no manifest declares it"}, so it is counted as incidental, not as a stack the project runs on.`;
    return "";
}
/**
 * What the code says about Keras's backend, as a sentence (empty unless Keras is primary and its code sets
 * KERAS_BACKEND), or as a clause of the sentence that names Keras when it sets one backend.
 */
function kerasBackend(frameworks, primary) {
    const backends = primary === "keras" ? frameworks.find((f) => f.id === "keras")?.backends : undefined;
    if (!backends?.length)
        return { sentence: "", clause: "" };
    const quoted = backends.map((b) => `"${b}"`);
    if (backends.length > 1) {
        const sentence = ` Its code sets KERAS_BACKEND to ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]} in different places: Keras runs its models on more than one backend.`;
        return { sentence, clause: "" };
    }
    const runs = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(primary, frameworks);
    const framework = runs !== null && runs !== "keras" ? _core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[runs] : undefined;
    return {
        sentence: ` Its code sets KERAS_BACKEND to ${quoted[0]}${framework ? `, so Keras runs its models on ${framework}` : ""}.`,
        clause: `, with KERAS_BACKEND set to ${quoted[0]} in its code${framework ? `, so its models run on ${framework}` : ""}`,
    };
}
function where(f) {
    if (!f)
        return "";
    const w = f.importWitnesses[0];
    if (w)
        return `${f.importCount} import${f.importCount === 1 ? "" : "s"}, first at ${w.path}${w.cell !== undefined ? ` cell ${w.cell}` : ""}:${w.line}`;
    const d = f.declared[0];
    return d ? `declared in ${d.path}:${d.line}, never imported` : "";
}
function computeFit(input) {
    const { frameworks, primary, requirements, config } = input;
    const margin = config.margin;
    const criteria = criterionWeights(requirements, config);
    const parts = computeScores(criteria, requirements);
    const { scores } = parts;
    const diff = scores.tensorflow - scores.pytorch;
    const favoured = diff > margin ? "tensorflow" : -diff > margin ? "pytorch" : null;
    const pt = frameworks.find((f) => f.id === "pytorch");
    const tf = frameworks.find((f) => f.id === "tensorflow");
    const recommendations = [];
    const weightsText = criteria
        .filter((c) => c.weightSource !== "default")
        .map((c) => `${c.id} ${c.weight} (${c.weightSource === "config" ? "config" : c.evidence?.join("+")})`)
        .join(", ");
    const scoreText = `PyTorch scores ${scores.pytorch} and TensorFlow ${scores.tensorflow} ` +
        `(decision-matrix part ${parts.matrix.pytorch} vs ${parts.matrix.tensorflow}, use-case part ${parts.usecase.pytorch} vs ${parts.usecase.tensorflow})`;
    const reqText = requirements.length
        ? `Requirements found: ${listReqs(requirements)}.`
        : "No requirement from the article's \"choose X when\" lists was found, so the use-case part is neutral (50/50).";
    const weightSentence = weightsText ? ` Weights that differ from the neutral 3: ${weightsText}.` : " Every criterion keeps the neutral weight 3.";
    if (frameworks.length === 0) {
        return {
            requirements,
            criteria,
            scores,
            verdict: "no-ml",
            explanation: `No ML framework was found: nothing imports or declares PyTorch, TensorFlow, Keras, JAX or MLX, so there is no stack to weigh.${withoutFramework(input.features ?? [])} ${reqText}${weightSentence} For reference only, ${scoreText}.`,
            favoured: null,
            margin,
            recommendations,
            matrixScores: parts.matrix,
            useCaseScores: parts.usecase,
        };
    }
    // With JAX or MLX as the primary framework, PyTorch and TensorFlow both work beside it (google-research/scenic:
    // TensorFlow input pipelines and PyTorch weight converters around JAX models): not the article's hybrid, whose
    // model moves from PyTorch to TensorFlow through ONNX.
    // Keras on the JAX backend is the same case (fchollet/deep-learning-with-python-notebooks, 3rd edition).
    const runs = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .runsOn */ .k8)(primary, frameworks);
    const unrated = runs !== null && _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UNRATED_PRIMARY */ .Z6.has(runs);
    const hybrid = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .inStack */ .ww)(pt) && (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .inStack */ .ww)(tf) && !unrated;
    const inUse = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkInUse */ .n_)(frameworks, primary);
    const backend = kerasBackend(frameworks, primary);
    let verdict;
    let lead;
    if (hybrid) {
        verdict = "hybrid";
        lead = `Both stacks are imported in code: PyTorch (${where(pt)}) and TensorFlow (${where(tf)}), which is the article's hybrid pattern.${backend.sentence}`;
        recommendations.push(_knowledge_usecases_js__WEBPACK_IMPORTED_MODULE_4__/* .HYBRID_ADVICE */ .sn.recommendation, _knowledge_usecases_js__WEBPACK_IMPORTED_MODULE_4__/* .HYBRID_ADVICE */ .sn.correction);
    }
    else if (inUse === null) {
        verdict = "fit";
        const alongside = [pt, tf].filter(_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .inStack */ .ww).map((f) => `${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[f.id]} (${where(f)})`);
        if (primary !== null && unrated && alongside.length > 0) {
            // (Keras here runs on one backend, JAX: the clause says so; it is empty for JAX or MLX themselves)
            lead = `${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[primary]} is the primary framework (${where(frameworks.find((f) => f.id === primary))})${backend.clause}; the project also imports ${alongside.join(" and ")} beside it. The article rates only PyTorch and TensorFlow, so the scores only say which of the two its requirements would favour.`;
        }
        else {
            // The frameworks it runs on: not PyTorch or TensorFlow imported only optionally or incidentally (said below).
            // The primary one first (google/jax was "uses Keras, JAX": Keras is imported by one jax2tf example).
            const others = frameworks
                .filter((f) => !((f.id === "pytorch" || f.id === "tensorflow") && f.imported && !(0,_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .inStack */ .ww)(f)))
                .sort((a, b) => Number(b.id === primary) - Number(a.id === primary))
                .map((f) => _core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[f.id]);
            const uses = others.length > 1 ? `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]}` : others[0];
            lead =
                others.length > 0
                    ? `The project uses ${uses} but neither PyTorch nor TensorFlow directly; the article does not rate ${others.length > 1 ? "them" : "it"}, so the scores only say which of the two its requirements would favour.`
                    : "No framework is part of the project's stack, so the scores only say which of PyTorch and TensorFlow its requirements would favour.";
            lead += backend.sentence;
        }
        lead += setAside(pt) + setAside(tf);
    }
    else {
        const other = inUse === "pytorch" ? "tensorflow" : "pytorch";
        const lagging = scores[other] - scores[inUse];
        verdict = lagging > margin ? "mismatch" : "fit";
        const inUseReport = inUse === "pytorch" ? pt : tf;
        const keras = primary === "keras" ? frameworks.find((f) => f.id === "keras") : undefined;
        lead =
            keras && runs === inUse
                ? `Keras is the primary framework (${where(keras)})${backend.clause}.${setAside(inUse === "pytorch" ? tf : pt)}`
                : keras && !keras.backends?.length
                    ? // Keras with no KERAS_BACKEND beside an imported framework (qqwweee/keras-yolo3: 46 Keras imports, one of
                        // TensorFlow): the headline names Keras, so the explanation starts from it.
                        `Keras is the primary framework (${where(keras)}), ${inUse === "tensorflow" ? "on TensorFlow, its default backend" : "beside PyTorch"}, which the code imports too (${where(inUseReport)}); the fit is weighed for ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[inUse]}.${setAside(inUse === "pytorch" ? tf : pt)}`
                    : `${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[inUse]} is the framework in use (${where(inUseReport)}).${backend.sentence}${setAside(inUse === "pytorch" ? tf : pt)}`;
        if (verdict === "mismatch") {
            const drivers = (other === "tensorflow" ? parts.votes.tensorflow : parts.votes.pytorch).join(", ");
            recommendations.push(`The article's criteria favour ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[other]} for this project${drivers ? ` because of ${drivers}` : ""}. Either record why ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[inUse]} stays (set \`priorities\` in the config so the report weighs what matters to the team) or plan the parts that need ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[other]} behind an ONNX boundary.`);
        }
    }
    const points = (n) => `${Math.abs(n)} point${Math.abs(n) === 1 ? "" : "s"}`;
    const gapText = verdict === "mismatch"
        ? `${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[inUse === "pytorch" ? "tensorflow" : "pytorch"]} leads by ${points(diff)}, more than the margin of ${margin}, so the verdict is mismatch.`
        : verdict === "hybrid"
            ? `The scores differ by ${points(diff)} (margin ${margin}); with both stacks in code the verdict is hybrid.`
            : favoured === null
                ? `The difference of ${points(diff)} is within the margin of ${margin}, so the verdict is fit.`
                : inUse === null
                    ? `The scores favour ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[favoured]} by ${points(diff)}.`
                    : `The scores favour ${_core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .FRAMEWORK_NAMES */ .S[favoured]}, the stack in use, by ${points(diff)}, so the verdict is fit.`;
    return {
        requirements,
        criteria,
        scores,
        verdict,
        explanation: `${lead} ${reqText}${weightSentence} Weighting the article's decision matrix this way, ${scoreText}. ${gapText}`,
        favoured,
        margin,
        recommendations,
        matrixScores: parts.matrix,
        useCaseScores: parts.usecase,
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

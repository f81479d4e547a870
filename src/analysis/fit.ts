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
import { FRAMEWORK_NAMES } from "../core/names.js";
import { UNRATED_PRIMARY, frameworkInUse, inStack, runsOn, type ComparedFramework, type CriterionReport, type FeatureReport, type FitReport, type FrameworkId, type RequirementReport } from "../core/types.js";
import type { Config } from "../config/schema.js";
import { FEATURE_BY_ID } from "../knowledge/features.js";
import { CRITERION_IDS, CRITERION_BY_ID } from "../knowledge/matrix.js";
import { HYBRID_ADVICE, REQUIREMENT_BY_ID, type RequirementId } from "../knowledge/usecases.js";
import type { FrameworkReportX } from "./frameworks.js";

export const DEFAULT_WEIGHT = 3;
/** Why a bridged requirement counts as neutral (RequirementReport.bridged), in the explanation's words. */
export const BRIDGED_NOTE = "met through the ONNX boundary the article recommends, torch.onnx export served by onnxruntime, so it counts as neutral";
export const MATRIX_SHARE = 0.6;
export const USECASE_SHARE = 0.4;



export function criterionWeights(requirements: readonly RequirementReport[], config: Pick<Config, "priorities">): CriterionReport[] {
  return CRITERION_IDS.map((id) => {
    const c = CRITERION_BY_ID.get(id)!;
    const configured = config.priorities[id];
    const raisedBy = requirements.filter((r) => REQUIREMENT_BY_ID.get(r.id as RequirementId)?.criteria.includes(id)).map((r) => r.id);
    let weight: number;
    let weightSource: CriterionReport["weightSource"];
    let evidence: string[];
    if (configured !== undefined) {
      weight = configured;
      weightSource = "config";
      evidence = ["config:priorities"];
    } else if (raisedBy.length > 0) {
      weight = Math.min(5, DEFAULT_WEIGHT + raisedBy.length);
      weightSource = "inferred";
      evidence = raisedBy;
    } else {
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

export interface ScoreParts {
  matrix: Record<ComparedFramework, number>;
  usecase: Record<ComparedFramework, number>;
  scores: Record<ComparedFramework, number>;
  /** Requirements per recommended framework (null = neutral). */
  votes: { pytorch: string[]; tensorflow: string[]; neutral: string[] };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function computeScores(criteria: readonly CriterionReport[], requirements: readonly RequirementReport[]): ScoreParts {
  const totalW = criteria.reduce((s, c) => s + c.weight, 0);
  const matrix = {
    pytorch: totalW > 0 ? (100 * criteria.reduce((s, c) => s + c.weight * c.pytorch, 0)) / (5 * totalW) : 50,
    tensorflow: totalW > 0 ? (100 * criteria.reduce((s, c) => s + c.weight * c.tensorflow, 0)) / (5 * totalW) : 50,
  };
  const votes = { pytorch: [] as string[], tensorflow: [] as string[], neutral: [] as string[] };
  for (const r of requirements) {
    const rec = r.bridged ? null : REQUIREMENT_BY_ID.get(r.id as RequirementId)?.recommends;
    if (rec === "pytorch") votes.pytorch.push(r.id);
    else if (rec === "tensorflow") votes.tensorflow.push(r.id);
    else votes.neutral.push(r.id);
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

export interface FitInput {
  frameworks: readonly FrameworkReportX[];
  primary: FrameworkId | null;
  requirements: RequirementReport[];
  config: Pick<Config, "priorities" | "margin">;
  /** The features found; with no framework, those of a framework's own runtime are named (google-coral/pycoral: tflite_runtime). */
  features?: readonly FeatureReport[];
}

/**
 * With no framework: what of a framework the code still uses (google-coral/pycoral runs TensorFlow Lite models
 * through tflite-runtime, which needs no TensorFlow), as a sentence; empty when nothing.
 */
function withoutFramework(features: readonly FeatureReport[]): string {
  const byFramework = new Map<string, string[]>();
  for (const f of features) {
    if (f.framework === "interop") continue;
    const uses = f.count ?? f.witnesses.length;
    const list = byFramework.get(f.framework) ?? [];
    list.push(`${FEATURE_BY_ID.get(f.id)?.title ?? f.id}: ${f.id}, ${uses} use${uses === 1 ? "" : "s"}`);
    byFramework.set(f.framework, list);
  }
  if (byFramework.size === 0) return "";
  const parts = [...byFramework].map(([fw, list]) => `from ${FRAMEWORK_NAMES[fw as FrameworkId] ?? fw} (${list.join("; ")})`);
  return ` What the code uses ${parts.join(" and ")} works without the framework itself, such as a runtime that loads exported models.`;
}

function listReqs(reqs: readonly RequirementReport[]): string {
  return reqs
    .map((r) => `${r.id} (${r.evidence.slice(0, 3).join(", ")}${r.evidence.length > 3 ? ", ..." : ""}${r.bridged ? `; ${BRIDGED_NOTE}` : ""})`)
    .join("; ");
}

/** Why an imported framework does not count as a stack (empty when it does). */
function setAside(f: FrameworkReportX | undefined): string {
  if (!f?.imported) return "";
  if (f.optionalOnly) return ` ${FRAMEWORK_NAMES[f.id]} is imported only optionally (inside try/except ImportError or under an availability check such as \`if is_tf_available():\`), so it is not counted as a stack the project runs on.`;
  if (f.incidental && f.onDemandOnly)
    return ` ${FRAMEWORK_NAMES[f.id]} is imported only inside functions (${f.importFiles === 1 ? "1 file" : `${f.importFiles} files`}), which load it when they are called, and ${f.declared.length > 0 ? "declared only for tests, docs, CI or a notebook's own setup" : "no manifest declares it"}, so it is counted as incidental, not as a stack the project runs on.`;
  if (f.incidental && f.aroundPackageOnly)
    return ` ${FRAMEWORK_NAMES[f.id]} is imported by the package only optionally, if at all, and otherwise only in tests, docs, tutorials or examples (${f.importFiles === 1 ? "1 file" : `${f.importFiles} files`}), and no main dependency declares it (${f.declared.length > 0 ? "only extras, groups or the manifests of that code" : "no manifest at all"}), so it is counted as incidental, not as a stack the project runs on.`;
  if (f.incidental)
    return ` ${FRAMEWORK_NAMES[f.id]} is imported in ${f.importFiles} of the ${f.mlFiles} files that import an ML framework and ${f.declared.length > 0 ? "declared only for tests, docs, CI or a notebook's own setup" : "no manifest declares it"}, so it is counted as incidental, not as a stack the project runs on.`;
  return "";
}

/**
 * What the code says about Keras's backend, as a sentence (empty unless Keras is primary and its code sets
 * KERAS_BACKEND), or as a clause of the sentence that names Keras when it sets one backend.
 */
function kerasBackend(frameworks: readonly FrameworkReportX[], primary: FrameworkId | null): { sentence: string; clause: string } {
  const backends = primary === "keras" ? frameworks.find((f) => f.id === "keras")?.backends : undefined;
  if (!backends?.length) return { sentence: "", clause: "" };
  const quoted = backends.map((b) => `"${b}"`);
  if (backends.length > 1) {
    const sentence = ` Its code sets KERAS_BACKEND to ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]} in different places: Keras runs its models on more than one backend.`;
    return { sentence, clause: "" };
  }
  const runs = runsOn(primary, frameworks);
  const framework = runs !== null && runs !== "keras" ? FRAMEWORK_NAMES[runs] : undefined;
  return {
    sentence: ` Its code sets KERAS_BACKEND to ${quoted[0]}${framework ? `, so Keras runs its models on ${framework}` : ""}.`,
    clause: `, with KERAS_BACKEND set to ${quoted[0]} in its code${framework ? `, so its models run on ${framework}` : ""}`,
  };
}

function where(f: FrameworkReportX | undefined): string {
  if (!f) return "";
  const w = f.importWitnesses[0];
  if (w) return `${f.importCount} import${f.importCount === 1 ? "" : "s"}, first at ${w.path}${w.cell !== undefined ? ` cell ${w.cell}` : ""}:${w.line}`;
  const d = f.declared[0];
  return d ? `declared in ${d.path}:${d.line}, never imported` : "";
}

export function computeFit(input: FitInput): FitReport {
  const { frameworks, primary, requirements, config } = input;
  const margin = config.margin;
  const criteria = criterionWeights(requirements, config);
  const parts = computeScores(criteria, requirements);
  const { scores } = parts;
  const diff = scores.tensorflow - scores.pytorch;
  const favoured: ComparedFramework | null = diff > margin ? "tensorflow" : -diff > margin ? "pytorch" : null;
  const pt = frameworks.find((f) => f.id === "pytorch");
  const tf = frameworks.find((f) => f.id === "tensorflow");
  const recommendations: string[] = [];

  const weightsText = criteria
    .filter((c) => c.weightSource !== "default")
    .map((c) => `${c.id} ${c.weight} (${c.weightSource === "config" ? "config" : c.evidence?.join("+")})`)
    .join(", ");
  const scoreText =
    `PyTorch scores ${scores.pytorch} and TensorFlow ${scores.tensorflow} ` +
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
  const runs = runsOn(primary, frameworks);
  const unrated = runs !== null && UNRATED_PRIMARY.has(runs);
  const hybrid = inStack(pt) && inStack(tf) && !unrated;
  const inUse = frameworkInUse(frameworks, primary);
  const backend = kerasBackend(frameworks, primary);
  let verdict: FitReport["verdict"];
  let lead: string;
  if (hybrid) {
    verdict = "hybrid";
    lead = `Both stacks are imported in code: PyTorch (${where(pt)}) and TensorFlow (${where(tf)}), which is the article's hybrid pattern.${backend.sentence}`;
    recommendations.push(HYBRID_ADVICE.recommendation, HYBRID_ADVICE.correction);
  } else if (inUse === null) {
    verdict = "fit";
    const alongside = [pt, tf].filter(inStack).map((f) => `${FRAMEWORK_NAMES[f!.id]} (${where(f)})`);
    if (primary !== null && unrated && alongside.length > 0) {
      // (Keras here runs on one backend, JAX: the clause says so; it is empty for JAX or MLX themselves)
      lead = `${FRAMEWORK_NAMES[primary]} is the primary framework (${where(frameworks.find((f) => f.id === primary))})${backend.clause}; the project also imports ${alongside.join(" and ")} beside it. The article rates only PyTorch and TensorFlow, so the scores only say which of the two its requirements would favour.`;
    } else {
      // The frameworks it runs on: not PyTorch or TensorFlow imported only optionally or incidentally (said below).
      // The primary one first (google/jax was "uses Keras, JAX": Keras is imported by one jax2tf example).
      const others = frameworks
        .filter((f) => !((f.id === "pytorch" || f.id === "tensorflow") && f.imported && !inStack(f)))
        .sort((a, b) => Number(b.id === primary) - Number(a.id === primary))
        .map((f) => FRAMEWORK_NAMES[f.id]);
      const uses = others.length > 1 ? `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]}` : others[0];
      lead =
        others.length > 0
          ? `The project uses ${uses} but neither PyTorch nor TensorFlow directly; the article does not rate ${others.length > 1 ? "them" : "it"}, so the scores only say which of the two its requirements would favour.`
          : "No framework is part of the project's stack, so the scores only say which of PyTorch and TensorFlow its requirements would favour.";
      lead += backend.sentence;
    }
    lead += setAside(pt) + setAside(tf);
  } else {
    const other: ComparedFramework = inUse === "pytorch" ? "tensorflow" : "pytorch";
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
            `Keras is the primary framework (${where(keras)}), ${inUse === "tensorflow" ? "on TensorFlow, its default backend" : "beside PyTorch"}, which the code imports too (${where(inUseReport)}); the fit is weighed for ${FRAMEWORK_NAMES[inUse]}.${setAside(inUse === "pytorch" ? tf : pt)}`
          : `${FRAMEWORK_NAMES[inUse]} is the framework in use (${where(inUseReport)}).${backend.sentence}${setAside(inUse === "pytorch" ? tf : pt)}`;
    if (verdict === "mismatch") {
      const drivers = (other === "tensorflow" ? parts.votes.tensorflow : parts.votes.pytorch).join(", ");
      recommendations.push(
        `The article's criteria favour ${FRAMEWORK_NAMES[other]} for this project${drivers ? ` because of ${drivers}` : ""}. Either record why ${FRAMEWORK_NAMES[inUse]} stays (set \`priorities\` in the config so the report weighs what matters to the team) or plan the parts that need ${FRAMEWORK_NAMES[other]} behind an ONNX boundary.`,
      );
    }
  }
  const points = (n: number) => `${Math.abs(n)} point${Math.abs(n) === 1 ? "" : "s"}`;
  const gapText =
    verdict === "mismatch"
      ? `${FRAMEWORK_NAMES[inUse === "pytorch" ? "tensorflow" : "pytorch"]} leads by ${points(diff)}, more than the margin of ${margin}, so the verdict is mismatch.`
      : verdict === "hybrid"
        ? `The scores differ by ${points(diff)} (margin ${margin}); with both stacks in code the verdict is hybrid.`
        : favoured === null
          ? `The difference of ${points(diff)} is within the margin of ${margin}, so the verdict is fit.`
          : inUse === null
            ? `The scores favour ${FRAMEWORK_NAMES[favoured]} by ${points(diff)}.`
            : `The scores favour ${FRAMEWORK_NAMES[favoured]}, the stack in use, by ${points(diff)}, so the verdict is fit.`;

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

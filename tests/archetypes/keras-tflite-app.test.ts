/**
 * Keras application: tf.data input pipeline, mixed precision, XLA, a SavedModel served by TF Serving
 * (Docker image + REST client), a TFLite conversion and artifact, a TensorFlow.js web demo, PEP 621
 * pyproject with a uv.lock. Trap: `tflite_runtime` imported by a tool script but declared nowhere.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import {
  auditRoot,
  describeFindings,
  exactLineOf,
  feature,
  featureIds,
  findingsOf,
  fixtureRoot,
  framework,
  frameworkIds,
  hasFindingAt,
  lineOf,
  linesOf,
  places,
} from "./helpers.js";

const ROOT = fixtureRoot("keras-tflite-app");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("keras-tflite-app: frameworks", () => {
  it("finds TensorFlow (primary) and Keras, and no PyTorch", () => {
    expect(frameworkIds(report)).toEqual(["keras", "tensorflow"]);
    expect(report.primaryFramework).toBe("tensorflow");
  });

  it("reads tensorflow from the PEP 621 dependencies (resolved by uv.lock) and from the TF Serving image", () => {
    const tf = framework(report, "tensorflow");
    expect(tf.imported).toBe(true);
    expect(tf.declared).toHaveLength(2);
    expect(tf.declared).toContainEqual(
      expect.objectContaining({
        path: "pyproject.toml",
        line: lineOf(ROOT, "pyproject.toml", '"tensorflow>=2.15",'),
        name: "tensorflow",
        specifier: ">=2.15",
        resolvedVersion: "2.15.1",
      }),
    );
    expect(tf.declared).toContainEqual(
      expect.objectContaining({ path: "serving/Dockerfile", line: lineOf(ROOT, "serving/Dockerfile", "FROM tensorflow/serving"), specifier: "2.14.0" }),
    );
    // the build backend in [build-system] requires and the PEP 735 dev group are not TensorFlow
    expect(tf.declared.some((d) => d.name === "hatchling")).toBe(false);
  });

  it("sees `from tensorflow import keras` as Keras", () => {
    expect(places(framework(report, "keras").importWitnesses)).toContainEqual({
      path: "classifier/model.py",
      line: lineOf(ROOT, "classifier/model.py", "from tensorflow import keras"),
    });
  });
});

describe("keras-tflite-app: features", () => {
  it("tf.data at the AUTOTUNE pipeline lines and Dataset.list_files", () => {
    const w = places(feature(report, "tf.data").witnesses);
    for (const line of linesOf(ROOT, "classifier/data.py", "tf.data.AUTOTUNE")) {
      expect(w).toContainEqual({ path: "classifier/data.py", line });
    }
    expect(w).toContainEqual({ path: "classifier/data.py", line: lineOf(ROOT, "classifier/data.py", "tf.data.Dataset.list_files") });
  });

  it("tf.function at the decorator of the serving signature", () => {
    expect(places(feature(report, "tf.function").witnesses)).toEqual([
      { path: "classifier/model.py", line: lineOf(ROOT, "classifier/model.py", "@tf.function(input_signature=") },
    ]);
  });

  it("tf.mixed_precision at set_global_policy('mixed_float16') and tf.xla at jit_compile=True", () => {
    expect(places(feature(report, "tf.mixed_precision").witnesses)).toEqual([
      { path: "classifier/model.py", line: lineOf(ROOT, "classifier/model.py", 'set_global_policy("mixed_float16")') },
    ]);
    expect(places(feature(report, "tf.xla").witnesses)).toEqual([
      { path: "classifier/model.py", line: lineOf(ROOT, "classifier/model.py", "jit_compile=True") },
    ]);
  });

  it("tf.saved_model at tf.saved_model.save", () => {
    expect(places(feature(report, "tf.saved_model").witnesses)).toContainEqual({
      path: "classifier/train.py",
      line: lineOf(ROOT, "classifier/train.py", "tf.saved_model.save("),
    });
  });

  it("tf.lite at the converter, the written .tflite path and the tflite_runtime import", () => {
    const w = places(feature(report, "tf.lite").witnesses);
    expect(w).toContainEqual({ path: "classifier/convert_tflite.py", line: lineOf(ROOT, "classifier/convert_tflite.py", "tf.lite.TFLiteConverter.from_saved_model") });
    expect(w).toContainEqual({ path: "classifier/convert_tflite.py", line: lineOf(ROOT, "classifier/convert_tflite.py", 'pathlib.Path("models/classifier.tflite")') });
    expect(w).toContainEqual({ path: "tools/benchmark_tflite.py", line: lineOf(ROOT, "tools/benchmark_tflite.py", "from tflite_runtime.interpreter import Interpreter") });
  });

  it("tf.serving from the tensorflow/serving image and from the REST client's :predict URL", () => {
    const w = places(feature(report, "tf.serving").witnesses);
    expect(w).toContainEqual({ path: "serving/Dockerfile", line: lineOf(ROOT, "serving/Dockerfile", "FROM tensorflow/serving:2.14.0") });
    expect(w).toContainEqual({ path: "serving/client.py", line: lineOf(ROOT, "serving/client.py", "/v1/models/classifier:predict") });
  });

  it("tfjs from @tensorflow/tfjs in the web demo's package.json", () => {
    expect(places(feature(report, "tfjs").witnesses)).toContainEqual({
      path: "web/package.json",
      line: lineOf(ROOT, "web/package.json", '"@tensorflow/tfjs":'),
    });
  });

  it("reports no PyTorch, ONNX, TF1, TPU or distribution feature", () => {
    expect(report.features.filter((f) => f.framework === "pytorch")).toEqual([]);
    const ids = featureIds(report);
    for (const absent of ["onnx", "tf.v1", "tf.tpu", "tf.distribute", "tf.gradient_tape", "torchserve"]) {
      expect(ids, absent).not.toContain(absent);
    }
  });
});

describe("keras-tflite-app: fit and findings", () => {
  it("infers mobile-edge and production-serving from the code and judges TensorFlow a fit", () => {
    const fit = report.fit!;
    const req = new Map(fit.requirements.map((r) => [r.id, r.evidence]));
    expect(req.get("mobile-edge")).toContain("tf.lite");
    expect(req.get("production-serving")).toContain("tf.serving");
    expect(fit.verdict).toBe("fit");
    expect(fit.scores.tensorflow).toBeGreaterThan(fit.scores.pytorch);
  });

  it("MFA101 for tflite_runtime, imported by tools/benchmark_tflite.py and declared nowhere", () => {
    const line = lineOf(ROOT, "tools/benchmark_tflite.py", "from tflite_runtime.interpreter import Interpreter");
    expect(hasFindingAt(report, "MFA101", "tools/benchmark_tflite.py", line), describeFindings(report)).toBe(true);
    const tfImport = exactLineOf(ROOT, "classifier/data.py", "import tensorflow as tf");
    expect(hasFindingAt(report, "MFA101", "classifier/data.py", tfImport)).toBe(false);
  });

  it("MFA302 for tflite_runtime: the slim interpreter now ships as ai-edge-litert (LiteRT)", () => {
    const line = lineOf(ROOT, "tools/benchmark_tflite.py", "from tflite_runtime.interpreter import Interpreter");
    expect(hasFindingAt(report, "MFA302", "tools/benchmark_tflite.py", line), describeFindings(report)).toBe(true);
    expect(findingsOf(report, "MFA302")).toHaveLength(1);
  });

  it("no version, hybrid or parse findings (tensorflow>=2.15 resolves to 2.15.1)", () => {
    for (const code of ["MFA001", "MFA201", "MFA401"]) {
      expect(findingsOf(report, code), `${code}\n${describeFindings(report)}`).toEqual([]);
    }
  });
});

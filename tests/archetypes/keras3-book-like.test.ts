/**
 * Keras 3 notebooks shaped like fchollet/deep-learning-with-python-notebooks (3rd edition): every chapter sets
 * `os.environ["KERAS_BACKEND"] = "jax"` before importing Keras, chapter 3 introduces TensorFlow, PyTorch and
 * JAX side by side, chapter 8 feeds a tf.data pipeline to a Keras model. The real repository was reported as
 * "Keras: mismatch ... TensorFlow is the framework in use", as if Keras meant TensorFlow. Traps: the PyTorch
 * backend in a commented-out line, a cell that only reads KERAS_BACKEND, a markdown cell and the README
 * naming other backends.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runsOn, type Report } from "../../src/core/types.js";
import { verdictLine } from "../../src/output/markdown.js";
import { renderText } from "../../src/output/text.js";
import { auditRoot, cellLineOf, feature, findingsOf, fixtureRoot, framework, places } from "./helpers.js";

const ROOT = fixtureRoot("keras3-book-like");
const CH02 = "chapter02_building_blocks.ipynb";
const CH03 = "chapter03_frameworks.ipynb";
const CH08 = "chapter08_image_classification.ipynb";
const SET = 'os.environ["KERAS_BACKEND"] = "jax"';
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("keras3-book-like: Keras 3 on the JAX backend, TensorFlow for input pipelines", () => {
  it("the backend is read from the cells that set it, not from comments, reads, markdown or the README", () => {
    const b = feature(report, "keras.backend");
    expect(places(b.witnesses)).toEqual([CH02, CH03, CH08].map((nb) => ({ path: nb, ...cellLineOf(ROOT, nb, SET) })));
    expect(b.details).toEqual(['KERAS_BACKEND="jax"']);
    expect(framework(report, "keras").backends).toEqual(["jax"]);
  });

  it("Keras is the primary framework and runs on JAX; TensorFlow and PyTorch are imported beside it", () => {
    expect(report.primaryFramework).toBe("keras");
    expect(runsOn(report.primaryFramework, report.frameworks)).toBe("jax");
    expect(framework(report, "tensorflow").importFiles).toBe(2);
    expect(framework(report, "pytorch").importFiles).toBe(1);
  });

  it("no mismatch and no hybrid: the models run on JAX, which the article does not rate, and the explanation says so", () => {
    const fit = report.fit!;
    expect(fit.verdict).toBe("fit");
    expect(fit.explanation).toMatch(/^Keras is the primary framework \(\d+ imports, first at chapter02_building_blocks\.ipynb cell \d+:1\), with KERAS_BACKEND set to "jax" in its code, so its models run on JAX; the project also imports PyTorch \(1 import[^)]*\) and TensorFlow \(2 imports[^)]*\) beside it\./);
    expect(findingsOf(report, "MFA402")).toEqual([]);
    expect(findingsOf(report, "MFA401")).toEqual([]);
  });

  it("the headline names Keras with its backend and does not say it fits", () => {
    const scores = `PyTorch ${report.fit!.scores.pytorch} / TensorFlow ${report.fit!.scores.tensorflow}`;
    // (the comment escapes parentheses; GitHub renders them as written)
    expect(verdictLine(report)).toBe(`✅ **Keras \\(JAX backend\\)** — the primary framework, not rated by the article (${scores})`);
    const text = renderText(report).split("\n");
    expect(text[1]).toBe(`Keras (JAX backend): the primary framework, not rated by the article (${scores})`);
    expect(text.find((l) => l.startsWith("  Keras (primary)"))).toContain('(KERAS_BACKEND: "jax")');
  });
});

/**
 * A JAX/Flax project shaped like google-research/vision_transformer: Flax models, a tf.data + TensorFlow
 * Datasets input pipeline and tf.io.gfile checkpoints (TensorFlow declared in setup.py), and one notebook
 * cell that loads the same checkpoint with timm and `import torch` to compare logits. The real repository was
 * called "Hybrid: PyTorch + TensorFlow" from that one cell. Traps: torch.compile named in a markdown cell and
 * in a docstring, TF Serving and TFLite named in the README.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import { verdictLine } from "../../src/output/markdown.js";
import { renderText } from "../../src/output/text.js";
import { auditRoot, cellLineOf, featureIds, findingsOf, fixtureRoot, framework, places } from "./helpers.js";

const ROOT = fixtureRoot("jax-vit-like");
const AUGREG = "vit_jax_augreg.ipynb";
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("jax-vit-like: JAX first, TensorFlow for input, PyTorch in one notebook cell", () => {
  it("JAX is the primary framework", () => {
    expect(report.primaryFramework).toBe("jax");
  });

  it("PyTorch is imported in that one cell only, and is incidental (1 of 13 ML files, declared nowhere)", () => {
    const pt = framework(report, "pytorch");
    expect(places(pt.importWitnesses)).toEqual([{ path: AUGREG, ...cellLineOf(ROOT, AUGREG, "import torch") }]);
    expect(pt.declared).toEqual([]);
    expect(pt.importFiles).toBe(1);
    expect(pt.incidental).toBe(true);
  });

  it("TensorFlow is declared (setup.py, requirements-tpu.txt) and imported in four modules: part of the stack", () => {
    const tf = framework(report, "tensorflow");
    expect(tf.declared.map((d) => d.path)).toEqual(["setup.py", "vit_jax/requirements-tpu.txt"]);
    expect(tf.importFiles).toBe(4);
    expect(tf.incidental).toBeUndefined();
    expect(featureIds(report)).toEqual(["tf.data"]);
  });

  it("is not a hybrid: the verdict is fit, the article does not rate JAX, and the explanation says why", () => {
    const fit = report.fit!;
    expect(fit.verdict).toBe("fit");
    // first in the package (vit_jax/), not in the Colab notebook at the root that sorts before it
    expect(fit.explanation).toMatch(/^JAX is the primary framework \(21 imports, first at vit_jax\/checkpoint\.py:2\); the project also imports TensorFlow \(4 imports, first at vit_jax\/checkpoint\.py:5\)/);
    expect(fit.explanation).toContain("PyTorch is imported in 1 of the 13 files that import an ML framework and no manifest declares it");
    expect(fit.recommendations).toEqual([]);
    expect(findingsOf(report, "MFA401")).toEqual([]);
    expect(findingsOf(report, "MFA402")).toEqual([]);
  });

  it("the headline names JAX as the primary framework and does not say it fits: the article does not rate it", () => {
    const scores = `PyTorch ${report.fit!.scores.pytorch} / TensorFlow ${report.fit!.scores.tensorflow}`;
    expect(verdictLine(report)).toBe(`✅ **JAX** — the primary framework, not rated by the article (${scores})`);
    expect(renderText(report).split("\n")[1]).toBe(`JAX: the primary framework, not rated by the article (${scores})`);
  });

  it("the undeclared torch import is still a missing dependency (it arrives only through timm)", () => {
    const [f] = findingsOf(report, "MFA101");
    expect(f?.message).toMatch(/^`torch` is imported/);
    expect(places(f!.locations)).toEqual([{ path: AUGREG, ...cellLineOf(ROOT, AUGREG, "import torch") }]);
  });
});

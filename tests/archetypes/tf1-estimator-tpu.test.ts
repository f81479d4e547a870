/**
 * TF 1.x Estimator project on Cloud TPU: `import tensorflow.compat.v1 as tf`, TPUEstimator,
 * TPUClusterResolver (under tf.distribute.cluster_resolver: a TPU feature, NOT tf.distribute),
 * tf.placeholder / tf.Session in a freeze script, dependencies read statically from setup.py
 * (which is never executed), a setup.cfg without dependencies.
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
  places,
} from "./helpers.js";

const ROOT = fixtureRoot("tf1-estimator-tpu");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("tf1-estimator-tpu: frameworks", () => {
  it("finds TensorFlow only", () => {
    expect(frameworkIds(report)).toEqual(["tensorflow"]);
    expect(report.primaryFramework).toBe("tensorflow");
  });

  it("reads both pins from setup.py's install_requires, on their line", () => {
    const line = lineOf(ROOT, "setup.py", "install_requires=");
    const tf = framework(report, "tensorflow");
    expect(tf.imported).toBe(true);
    expect(tf.declared).toContainEqual(expect.objectContaining({ path: "setup.py", line, name: "tensorflow", specifier: "==1.15.5" }));
    expect(tf.declared).toContainEqual(expect.objectContaining({ path: "setup.py", line, name: "tensorflow-gpu", specifier: "==1.15.5" }));
    expect(tf.declared.filter((d) => d.path === "setup.cfg")).toEqual([]);
  });

  it("witnesses the compat.v1 import as a TensorFlow import", () => {
    expect(places(framework(report, "tensorflow").importWitnesses)).toContainEqual({
      path: "run_classifier.py",
      line: exactLineOf(ROOT, "run_classifier.py", "import tensorflow.compat.v1 as tf"),
    });
  });
});

describe("tf1-estimator-tpu: features", () => {
  it("tf.v1 at the compat.v1 imports; every compat.v1 call counts, so the witness list is capped but counted", () => {
    const f = feature(report, "tf.v1");
    const w = places(f.witnesses);
    expect(w).toContainEqual({ path: "classifier/modeling.py", line: exactLineOf(ROOT, "classifier/modeling.py", "import tensorflow.compat.v1 as tf") });
    expect(w).toContainEqual({ path: "run_classifier.py", line: exactLineOf(ROOT, "run_classifier.py", "import tensorflow.compat.v1 as tf") });
    // tf.placeholder / tf.Session in scripts/freeze_graph.py are usages too: shown, or at least counted beyond the cap
    const shown = f.witnesses.some((x) => x.path === "scripts/freeze_graph.py");
    expect(shown || (f.count ?? 0) > f.witnesses.length).toBe(true);
  });

  it("tf.tpu at TPUEstimator, TPUClusterResolver and CrossShardOptimizer", () => {
    const w = places(feature(report, "tf.tpu").witnesses);
    expect(w).toContainEqual({ path: "run_classifier.py", line: lineOf(ROOT, "run_classifier.py", "tf.estimator.tpu.TPUEstimator(") });
    expect(w).toContainEqual({ path: "run_classifier.py", line: lineOf(ROOT, "run_classifier.py", "cluster_resolver.TPUClusterResolver(") });
    expect(w).toContainEqual({ path: "run_classifier.py", line: lineOf(ROOT, "run_classifier.py", "tf.tpu.CrossShardOptimizer(") });
  });

  it("does not count TPUClusterResolver as a tf.distribute strategy, and finds no TF2-only feature", () => {
    const ids = featureIds(report);
    for (const absent of ["tf.distribute", "tf.function", "tf.lite", "tf.saved_model", "tf.mixed_precision", "tf.xla"]) {
      expect(ids, absent).not.toContain(absent);
    }
    expect(report.features.filter((f) => f.framework === "pytorch")).toEqual([]);
  });
});

describe("tf1-estimator-tpu: fit and findings", () => {
  it("infers the tpu and legacy-tf-assets requirements and judges TensorFlow a fit", () => {
    const fit = report.fit!;
    const req = new Map(fit.requirements.map((r) => [r.id, r.evidence]));
    expect(req.get("tpu")).toContain("tf.tpu");
    expect(req.get("legacy-tf-assets")).toContain("tf.v1");
    expect(fit.verdict).toBe("fit");
    expect(fit.scores.tensorflow).toBeGreaterThan(fit.scores.pytorch);
  });

  it("MFA302: the tensorflow-gpu package is gone (GPU support ships in `tensorflow` since 2.11)", () => {
    const line = lineOf(ROOT, "setup.py", "install_requires=");
    expect(hasFindingAt(report, "MFA302", "setup.py", line), describeFindings(report)).toBe(true);
    const f = findingsOf(report, "MFA302").find((x) => x.locations.some((l) => l.path === "setup.py"))!;
    expect(f.id).toBe("deprecated-package");
    expect(f.message).toContain("tensorflow-gpu");
  });

  it("no MFA101 (tensorflow is declared) and no hybrid or parse findings", () => {
    for (const code of ["MFA001", "MFA101", "MFA401"]) {
      expect(findingsOf(report, code), `${code}\n${describeFindings(report)}`).toEqual([]);
    }
  });
});

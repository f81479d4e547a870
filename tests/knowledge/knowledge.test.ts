import { describe, expect, it } from "vitest";
import { FEATURE_BY_ID } from "../../src/knowledge/features.js";
import { MATRIX, CRITERION_IDS } from "../../src/knowledge/matrix.js";
import { USE_CASES, REQUIREMENT_IDS, HYBRID_ADVICE } from "../../src/knowledge/usecases.js";
import { REQUIREMENT_SIGNALS } from "../../src/knowledge/signals.js";
import { VERSION_RULES, KNOWN_RELEASES } from "../../src/knowledge/versions.js";
import { DEPRECATED_APIS, DEPRECATED_PACKAGES } from "../../src/knowledge/deprecations.js";
import { OUTDATED_TOPICS } from "../../src/knowledge/outdated.js";
import { A100_THROUGHPUT, throughputLead } from "../../src/knowledge/figures.js";
import { ECOSYSTEM } from "../../src/knowledge/ecosystem.js";
import { isRuntimeDeclaration } from "../../src/knowledge/layout.js";
import { valid } from "@renovatebot/pep440";

/** contracts.md, "Stable IDs used by `fit` and the config file". */
const CONTRACT_CRITERIA = ["research-speed", "production-readiness", "learning-curve", "performance", "ecosystem", "community", "enterprise-support"];
const CONTRACT_REQUIREMENTS = ["research", "production-serving", "mobile-edge", "tpu", "gcp", "mlops-pipeline", "large-scale-training", "legacy-tf-assets"];

describe("matrix and use cases match the contracts and the article", () => {
  it("criteria in the article's order with its stars", () => {
    expect(CRITERION_IDS).toEqual(CONTRACT_CRITERIA);
    expect(MATRIX.map((c) => [c.stars.pytorch, c.stars.tensorflow])).toEqual([[5, 3], [3, 5], [5, 3], [4, 4], [4, 5], [5, 4], [3, 5]]);
    // with equal weights the article's matrix is balanced: 29 stars each
    expect(MATRIX.reduce((s, c) => s + c.stars.pytorch, 0)).toBe(29);
    expect(MATRIX.reduce((s, c) => s + c.stars.tensorflow, 0)).toBe(29);
  });
  it("the 8 requirement IDs, each with criteria and a source", () => {
    expect(USE_CASES.map((u) => u.id)).toEqual(CONTRACT_REQUIREMENTS);
    expect([...REQUIREMENT_IDS]).toEqual(CONTRACT_REQUIREMENTS);
    for (const u of USE_CASES) {
      expect(u.criteria.length).toBeGreaterThan(0);
      for (const c of u.criteria) expect(CRITERION_IDS).toContain(c);
      expect(u.source).toMatch(/^article §/);
    }
    expect(HYBRID_ADVICE.export.opsetVersion).toBe(15);
  });
  it("every requirement has at least one signal; signal feature IDs exist in the catalog", () => {
    for (const id of REQUIREMENT_IDS) expect(REQUIREMENT_SIGNALS.some((s) => s.requirement === id)).toBe(true);
    for (const s of REQUIREMENT_SIGNALS) for (const f of s.features ?? []) expect(FEATURE_BY_ID.has(f)).toBe(true);
  });
});

describe("versions and deprecations", () => {
  it("rules name catalogued features, valid versions and a source URL", () => {
    for (const r of VERSION_RULES) {
      expect(FEATURE_BY_ID.has(r.feature)).toBe(true);
      expect(valid(r.since)).not.toBeNull();
      expect(r.source).toMatch(/^https:\/\//);
    }
    for (const list of Object.values(KNOWN_RELEASES)) for (const v of list) expect(valid(v)).not.toBeNull();
    expect(VERSION_RULES.find((r) => r.id === "torch.compile")!.since).toBe("2.0");
    expect(VERSION_RULES.find((r) => r.id === "torch.fsdp.fully_shard")!.since).toBe("2.6");
  });
  it("the rules' match patterns separate the old and new forms", () => {
    const rule = (id: string) => VERSION_RULES.find((r) => r.id === id)!.match!;
    expect(rule("torch.fsdp.fully_shard").test("torch.distributed.fsdp.fully_shard")).toBe(true);
    expect(rule("torch.fsdp.fully_shard").test("torch.distributed.fsdp.fully_sharded_data_parallel.FullyShardedDataParallel")).toBe(false);
    expect(rule("tf.keras.mixed_precision").test("tensorflow.keras.mixed_precision.experimental.Policy")).toBe(false);
    expect(rule("tf.keras.mixed_precision").test("tensorflow.keras.mixed_precision.set_global_policy")).toBe(true);
    const lp = DEPRECATED_APIS.find((a) => a.id === "lightning-precision-16")!.detail!.pattern;
    expect(["precision=16", "precision='16'", 'precision="bf16"'].every((s) => lp.test(s))).toBe(true);
    expect(['precision="16-mixed"', "precision=32", "precision=160"].some((s) => lp.test(s))).toBe(false);
  });
  it("criteria.md §5 items are all covered", () => {
    const topics = OUTDATED_TOPICS.map((t) => t.topic);
    for (const t of ["max-autotune", "torch-quantization-namespace", "pytorch-mobile", "tflite-litert", "onnx-tf", "keras-multi-backend", "lightning-package", "lightning-precision", "tensorflow-gpu"]) expect(topics).toContain(t);
    const pkgs = DEPRECATED_PACKAGES.flatMap((p) => p.distributions);
    for (const p of ["tensorflow-gpu", "pytorch-lightning", "tflite-runtime", "onnx-tf"]) expect(pkgs).toContain(p);
    for (const t of OUTDATED_TOPICS) expect(t.source).toMatch(/^https:\/\//);
  });
});

describe("figures", () => {
  it("the A100 table reproduces the article's percentages", () => {
    expect(A100_THROUGHPUT.map((r) => throughputLead(r))).toEqual([
      { leader: "pytorch", percent: 4.7 },
      { leader: "pytorch", percent: 13.8 },
      { leader: "tensorflow", percent: 18.3 },
      { leader: "pytorch", percent: 8.1 },
      { leader: "tensorflow", percent: 14.6 },
      { leader: "pytorch", percent: 27.8 },
    ]);
    expect(ECOSYSTEM.map((e) => e.area)).toHaveLength(6);
  });
});

describe("layout: runtime declarations", () => {
  it("a requirements file for tooling, a tooling folder or group is not a runtime declaration", () => {
    const notRuntime = [
      { path: "requirements-dev.txt" },
      { path: "dev-requirements.txt" },
      { path: "requirements_test.txt" },
      { path: "requirements/docs.txt" },
      { path: "requirements/pytorch/test.txt" }, // below the folder, as discovery reads it (Lightning)
      { path: "reqs/test_tf2.pip" },
      { path: "test-requirements.txt" },
      { path: "docs/requirements.txt" },
      { path: "tests/requirements.txt" },
      { path: ".github/ci/requirements.txt" },
      { path: "pyproject.toml", group: "testing" },
      { path: "pyproject.toml", group: "dev" },
      { path: "pyproject.toml", group: "docs-build" },
      { path: "setup.cfg", group: "tests" },
    ];
    for (const d of notRuntime) expect(isRuntimeDeclaration(d), JSON.stringify(d)).toBe(false);
  });
  it("the project's own manifests and extras are", () => {
    const runtime = [
      { path: "requirements.txt" },
      { path: "requirements-gpu.txt" },
      { path: "requirements/base.txt" },
      { path: "vit_jax/requirements-tpu.txt" },
      { path: "setup.py" },
      { path: "pyproject.toml", group: "export" },
      { path: "pyproject.toml", group: "tensorflow" },
      { path: "utils/docker/Dockerfile" },
      { path: "devices/requirements.txt" }, // a folder named like a word, not "dev"
      { path: "latest/requirements.txt" },
    ];
    for (const d of runtime) expect(isRuntimeDeclaration(d), JSON.stringify(d)).toBe(true);
  });
});

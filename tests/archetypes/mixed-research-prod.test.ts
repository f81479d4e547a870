/**
 * Research in PyTorch (Lightning, FSDP, torch.compile through aliases), production in TensorFlow
 * (SavedModel, TFX), an ONNX bridge; dependencies in a conda environment.yml (with a pip: list), a Poetry
 * pyproject with poetry.lock, a Dockerfile whose base image comes from an ARG default, and a truncated
 * notebook that must become a parse-error finding without stopping the audit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import {
  auditRoot,
  cellLineOf,
  describeFindings,
  feature,
  featureIds,
  findingsOf,
  fixtureRoot,
  framework,
  lineOf,
  places,
} from "./helpers.js";

const ROOT = fixtureRoot("mixed-research-prod");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("mixed-research-prod: declared dependencies", () => {
  it("conda: `pytorch::pytorch>=2.1` is declared as pytorch >=2.1 (channel stripped)", () => {
    expect(framework(report, "pytorch").declared).toContainEqual(
      expect.objectContaining({ path: "environment.yml", line: lineOf(ROOT, "environment.yml", "pytorch::pytorch>=2.1"), name: "pytorch", specifier: ">=2.1" }),
    );
  });

  it("conda pip list: tensorflow-cpu==2.15.0", () => {
    expect(framework(report, "tensorflow").declared).toContainEqual(
      expect.objectContaining({ path: "environment.yml", line: lineOf(ROOT, "environment.yml", "tensorflow-cpu==2.15.0"), name: "tensorflow-cpu", specifier: "==2.15.0" }),
    );
  });

  it("Poetry: torch ^2.1.0 resolved to 2.1.2 and tensorflow-cpu 2.15.0 by poetry.lock", () => {
    expect(framework(report, "pytorch").declared).toContainEqual(
      expect.objectContaining({ path: "pyproject.toml", line: lineOf(ROOT, "pyproject.toml", 'torch = "^2.1.0"'), name: "torch", resolvedVersion: "2.1.2" }),
    );
    expect(framework(report, "tensorflow").declared).toContainEqual(
      expect.objectContaining({ path: "pyproject.toml", line: lineOf(ROOT, "pyproject.toml", 'tensorflow-cpu = "2.15.0"'), name: "tensorflow-cpu", resolvedVersion: "2.15.0" }),
    );
  });

  it("Dockerfile: the base image named through `ARG BASE_IMAGE=...` declares PyTorch with its tag", () => {
    const fromDocker = framework(report, "pytorch").declared.filter((d) => d.path === "docker/train.Dockerfile");
    expect(fromDocker).toHaveLength(1);
    expect(fromDocker[0]!.specifier).toBe("2.1.2-cuda12.1-cudnn8-runtime");
  });
});

describe("mixed-research-prod: features", () => {
  it("torch.compile through `import torch as T; T.compile(m)` and `from torch import compile as c; c(m)`", () => {
    const w = places(feature(report, "torch.compile").witnesses);
    expect(w).toEqual([
      { path: "research/bench.py", line: lineOf(ROOT, "research/bench.py", "images_per_second(c(m))") },
      { path: "research/compile_utils.py", line: lineOf(ROOT, "research/compile_utils.py", "T.compile(model, mode=mode)") },
    ]);
  });

  it("torch.fsdp through the `as FSDP` alias", () => {
    expect(places(feature(report, "torch.fsdp").witnesses)).toContainEqual({
      path: "research/fsdp_pretrain.py",
      line: lineOf(ROOT, "research/fsdp_pretrain.py", "model = FSDP("),
    });
  });

  it("the ONNX bridge: torch.onnx.export, onnxruntime in a script and in a notebook cell", () => {
    expect(places(feature(report, "torch.onnx").witnesses)).toEqual([
      { path: "bridge/export_onnx.py", line: lineOf(ROOT, "bridge/export_onnx.py", "torch.onnx.export(") },
    ]);
    const onnx = places(feature(report, "onnx").witnesses);
    expect(onnx).toContainEqual({ path: "bridge/export_onnx.py", line: lineOf(ROOT, "bridge/export_onnx.py", "import onnxruntime") });
    expect(onnx).toContainEqual({ path: "notebooks/compare_backends.ipynb", ...cellLineOf(ROOT, "notebooks/compare_backends.ipynb", "import onnxruntime as ort") });
  });

  it("Lightning, SavedModel, tf.function and TFX", () => {
    expect(places(feature(report, "lightning").witnesses)).toContainEqual({ path: "research/lit_module.py", line: lineOf(ROOT, "research/lit_module.py", "import lightning as L") });
    expect(places(feature(report, "tf.saved_model").witnesses)).toContainEqual({ path: "production/saved_model.py", line: lineOf(ROOT, "production/saved_model.py", "tf.saved_model.save(") });
    expect(places(feature(report, "tf.function").witnesses)).toEqual([{ path: "production/saved_model.py", line: lineOf(ROOT, "production/saved_model.py", "@tf.function(") }]);
    expect(places(feature(report, "tfx").witnesses)).toContainEqual({ path: "production/pipeline.py", line: lineOf(ROOT, "production/pipeline.py", "from tfx import v1 as tfx") });
  });

  it("no DDP, TorchScript, TFLite or Serving", () => {
    const ids = featureIds(report);
    for (const absent of ["torch.ddp", "torch.jit", "tf.lite", "tf.serving", "tf.v1"]) expect(ids, absent).not.toContain(absent);
  });
});

describe("mixed-research-prod: fit and findings", () => {
  it("MFA001 for the truncated notebook, and the audit still covers everything else", () => {
    const errors = findingsOf(report, "MFA001");
    expect(errors.map((f) => f.locations.map((l) => l.path)).flat(), describeFindings(report)).toEqual(["notebooks/broken_eval.ipynb"]);
    expect(errors[0]!.id).toBe("parse-error");
    // the valid notebook next to it was still scanned
    expect(feature(report, "onnx").witnesses.some((w) => w.path === "notebooks/compare_backends.ipynb")).toBe(true);
  });

  it("is a hybrid stack: MFA401, and the recommendation names the ONNX boundary", () => {
    expect(report.fit?.verdict).toBe("hybrid");
    expect(findingsOf(report, "MFA401")).toHaveLength(1);
    expect((report.fit?.recommendations ?? []).some((r) => /onnx/i.test(r))).toBe(true);
  });

  it("every imported ML package is declared somewhere (no MFA101), and no pin is too old (no MFA201)", () => {
    expect(findingsOf(report, "MFA101"), describeFindings(report)).toEqual([]);
    expect(findingsOf(report, "MFA201"), describeFindings(report)).toEqual([]);
  });
});

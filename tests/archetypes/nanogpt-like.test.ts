/**
 * nanoGPT-shaped research repository: single-file model + trainer, DDP, torch.compile behind a flag,
 * AMP, a notebook. Traps: `torch.compile` in a docstring and a config comment, `FSDP` in a TODO comment,
 * `tf.lite` in a notebook markdown cell, FSDP / tf.distribute in the README, the fused-attention name in a
 * `hasattr(..., "scaled_dot_product_attention")` string, `torch.jit.*` in a docstring.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import {
  auditRoot,
  cellLineOf,
  describeFindings,
  exactLineOf,
  feature,
  featureIds,
  findingsOf,
  fixtureRoot,
  framework,
  frameworkIds,
  lineOf,
  places,
} from "./helpers.js";

const ROOT = fixtureRoot("nanogpt-like");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("nanogpt-like: frameworks", () => {
  it("finds PyTorch only: tf.lite in a markdown cell and TensorFlow in the README are not usages", () => {
    expect(frameworkIds(report)).toEqual(["pytorch"]);
    expect(report.primaryFramework).toBe("pytorch");
  });

  it("witnesses the torch imports in .py files and in the notebook's code cell (with its cell index)", () => {
    const pt = framework(report, "pytorch");
    expect(pt.imported).toBe(true);
    expect(places(pt.importWitnesses)).toContainEqual({ path: "train.py", line: exactLineOf(ROOT, "train.py", "import torch") });
    expect(places(pt.importWitnesses)).toContainEqual({ path: "model.py", line: exactLineOf(ROOT, "model.py", "import torch") });
    const nb = cellLineOf(ROOT, "transformer_sizing.ipynb", "import torch");
    expect(nb).toEqual({ cell: 1, line: 1 });
    expect(places(pt.importWitnesses)).toContainEqual({ path: "transformer_sizing.ipynb", line: 1, cell: 1 });
  });

  it("reports the unpinned torch requirement as declared, with an empty specifier", () => {
    const pt = framework(report, "pytorch");
    expect(pt.declared).toContainEqual(
      expect.objectContaining({ path: "requirements.txt", line: 1, name: "torch", specifier: "", resolvedVersion: null }),
    );
    expect(pt.declared.every((d) => d.path === "requirements.txt")).toBe(true);
  });
});

describe("nanogpt-like: features", () => {
  it("detects torch.compile at the real call only (not the docstring in model.py, not the config comment)", () => {
    const f = feature(report, "torch.compile");
    expect(f.framework).toBe("pytorch");
    expect(places(f.witnesses)).toEqual([{ path: "train.py", line: lineOf(ROOT, "train.py", "model = torch.compile(model)") }]);
  });

  it("detects DistributedDataParallel through the `as DDP` alias", () => {
    const f = feature(report, "torch.ddp");
    expect(places(f.witnesses)).toContainEqual({ path: "train.py", line: lineOf(ROOT, "train.py", "model = DDP(model, device_ids=") });
    expect(f.witnesses.every((w) => w.path === "train.py")).toBe(true);
  });

  it("detects fused attention at F.scaled_dot_product_attention, not at the hasattr() string probe", () => {
    const f = feature(report, "torch.sdpa");
    expect(places(f.witnesses)).toEqual([{ path: "model.py", line: lineOf(ROOT, "model.py", "y = F.scaled_dot_product_attention(") }]);
  });

  it("detects AMP: torch.amp.autocast in train.py and sample.py, torch.cuda.amp.GradScaler in train.py", () => {
    const w = places(feature(report, "torch.amp").witnesses);
    expect(w).toContainEqual({ path: "train.py", line: lineOf(ROOT, "train.py", "torch.amp.autocast(device_type") });
    expect(w).toContainEqual({ path: "train.py", line: lineOf(ROOT, "train.py", "torch.cuda.amp.GradScaler(") });
    expect(w).toContainEqual({ path: "sample.py", line: lineOf(ROOT, "sample.py", "torch.amp.autocast(device_type") });
  });

  it("detects Hugging Face transformers from the function-level import", () => {
    const w = places(feature(report, "hf.transformers").witnesses);
    expect(w).toContainEqual({ path: "model.py", line: lineOf(ROOT, "model.py", "from transformers import GPT2LMHeadModel") });
  });

  it("reports no feature that is only mentioned in comments, docstrings, strings or markdown", () => {
    const ids = featureIds(report);
    for (const absent of ["torch.fsdp", "torch.jit", "tf.lite", "tf.distribute", "onnx", "lightning"]) {
      expect(ids, absent).not.toContain(absent);
    }
    expect(report.features.filter((f) => f.framework === "tensorflow")).toEqual([]);
  });

  it("lists exactly the features the code uses", () => {
    expect(featureIds(report)).toEqual(["hf.transformers", "torch.amp", "torch.compile", "torch.ddp", "torch.sdpa"]);
  });
});

describe("nanogpt-like: fit and findings", () => {
  it("judges a PyTorch research repo a fit for PyTorch", () => {
    const fit = report.fit;
    expect(fit).toBeDefined();
    expect(fit!.verdict).toBe("fit");
    expect(fit!.scores.pytorch).toBeGreaterThan(fit!.scores.tensorflow);
    const req = new Map(fit!.requirements.map((r) => [r.id, r.evidence]));
    expect(req.get("research")).toBeDefined();
    expect(req.get("large-scale-training")).toContain("torch.ddp");
    expect(req.has("mobile-edge")).toBe(false);
  });

  it("has no dependency, version, hybrid or parse findings: every declared ML package is imported", () => {
    const codes = report.findings.map((f) => f.code);
    for (const code of ["MFA001", "MFA101", "MFA102", "MFA201", "MFA302", "MFA401"]) {
      expect(findingsOf(report, code), `${code}\n${describeFindings(report)}`).toEqual([]);
    }
    expect(codes).not.toContain("MFA402");
  });
});

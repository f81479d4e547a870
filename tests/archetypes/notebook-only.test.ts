/**
 * A repository of two notebooks and nothing else: dependencies installed by `%pip install` and
 * `!pip install` cells, IPython magics (`%matplotlib inline`, `%%time`, `!nvidia-smi`), a raw cell that
 * shifts the cell indices. Traps: torch.compile and FSDP named in a markdown cell, and a code cell whose
 * only mention of tf.distribute.MirroredStrategy is inside string literals.
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
  frameworkIds,
  places,
} from "./helpers.js";

const ROOT = fixtureRoot("notebook-only");
const LLM = "finetune_llm.ipynb";
const KERAS = "keras_baseline.ipynb";
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("notebook-only: frameworks from code cells and %pip cells", () => {
  it("finds PyTorch and TensorFlow", () => {
    expect(frameworkIds(report).filter((id) => id === "pytorch" || id === "tensorflow")).toEqual(["pytorch", "tensorflow"]);
  });

  it("the torch import is witnessed with its cell index (the raw cell counts) and the line within the cell", () => {
    const at = cellLineOf(ROOT, LLM, "import torch");
    expect(at).toEqual({ cell: 3, line: 3 });
    const pt = framework(report, "pytorch");
    expect(pt.imported).toBe(true);
    expect(places(pt.importWitnesses)).toContainEqual({ path: LLM, ...at });
  });

  it("`%pip install torch==2.1.0 transformers` declares torch with its pin, in cell 1", () => {
    const at = cellLineOf(ROOT, LLM, "%pip install torch==2.1.0");
    expect(framework(report, "pytorch").declared).toContainEqual(
      expect.objectContaining({ path: LLM, cell: at.cell, line: at.line, name: "torch", specifier: "==2.1.0" }),
    );
  });

  it("`!pip install -q tensorflow` declares tensorflow unpinned (the -q flag is not a package)", () => {
    const at = cellLineOf(ROOT, KERAS, "!pip install -q tensorflow");
    const tf = framework(report, "tensorflow");
    expect(tf.declared).toEqual([expect.objectContaining({ path: KERAS, cell: at.cell, line: at.line, name: "tensorflow", specifier: "" })]);
    expect(places(tf.importWitnesses)).toContainEqual({ path: KERAS, ...cellLineOf(ROOT, KERAS, "import tensorflow as tf") });
  });
});

describe("notebook-only: features", () => {
  it("torch.compile only in the code cell, not in the markdown cell that names it", () => {
    const at = cellLineOf(ROOT, LLM, "model = torch.compile(model)");
    expect(at).toEqual({ cell: 5, line: 2 });
    expect(places(feature(report, "torch.compile").witnesses)).toEqual([{ path: LLM, ...at }]);
  });

  it("hf.transformers from the import after the %matplotlib magic in the same cell", () => {
    expect(places(feature(report, "hf.transformers").witnesses)).toContainEqual({
      path: LLM,
      ...cellLineOf(ROOT, LLM, "from transformers import AutoModelForCausalLM"),
    });
  });

  it("neither FSDP (markdown only) nor tf.distribute (string literals only)", () => {
    const ids = featureIds(report);
    expect(ids).not.toContain("torch.fsdp");
    expect(ids).not.toContain("tf.distribute");
  });
});

describe("notebook-only: findings", () => {
  it("magics do not make a notebook unparseable, and %pip/!pip count as declarations (no MFA101)", () => {
    expect(findingsOf(report, "MFA001"), describeFindings(report)).toEqual([]);
    expect(findingsOf(report, "MFA101"), describeFindings(report)).toEqual([]);
  });

  it("both frameworks run in code cells: hybrid, with MFA401", () => {
    expect(report.fit?.verdict).toBe("hybrid");
    expect(findingsOf(report, "MFA401")).toHaveLength(1);
  });
});

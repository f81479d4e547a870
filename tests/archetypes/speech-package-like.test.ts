/**
 * A speech-recognition package shaped like openai/whisper: the model in `whispr/`, and around it evaluation
 * notebooks in `notebooks/`, a conversion script in `scripts/`, a benchmark in `benchmarks/`, a version printer
 * in `ci/` and tests; a cog.yaml whose `build.run` installs flash-attn and deepspeed. The real whisper's report said PyTorch
 * was used "first at notebooks/LibriSpeech.ipynb": the places the report names first must be the package's.
 * Traps: torch.compile and TensorFlow Serving named in a markdown cell, the README and a docstring; TensorFlow
 * imported under try/except ImportError in ci/; a requirements-dev.txt that holds shell commands.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import { auditRoot, cellLineOf, feature, featureIds, findingsOf, fixtureRoot, framework, lineOf, places } from "./helpers.js";

const ROOT = fixtureRoot("speech-package-like");
const NB = "notebooks/LibriSpeech.ipynb";
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("speech-package-like: the places named first are the package's, not the code around it", () => {
  it("PyTorch is first shown in the package, though notebooks/, benchmarks/, ci/ and scripts/ come first by path", () => {
    const pt = framework(report, "pytorch");
    expect(places(pt.importWitnesses)[0]).toEqual({ path: "whispr/__init__.py", line: lineOf(ROOT, "whispr/__init__.py", "import torch") });
    expect(report.fit!.explanation).toMatch(/^PyTorch is the framework in use \(\d+ imports, first at whispr\/__init__\.py:\d+\)/);
    // every other import is still there, in path order after it
    expect(places(pt.importWitnesses).map((w) => w.path)).toEqual([
      "whispr/__init__.py",
      "benchmarks/bench_onnx.py",
      "ci/print_versions.py",
      NB,
      "scripts/convert_openai_checkpoint.py",
      "tests/test_model.py",
      "whispr/export.py",
      // import torch, import torch.nn.functional as F, from torch import nn
      "whispr/model.py",
      "whispr/model.py",
      "whispr/model.py",
      "whispr/training.py",
    ]);
  });

  it("a feature leads with its use in the package; the markdown cell, README and docstring are not uses", () => {
    const compile = feature(report, "torch.compile");
    expect(places(compile.witnesses)).toEqual([
      { path: "whispr/model.py", line: lineOf(ROOT, "whispr/model.py", "torch.compile(self") },
      { path: NB, ...cellLineOf(ROOT, NB, "torch.compile(model)") },
    ]);
    expect(featureIds(report)).not.toContain("tf.serving");
    // TensorFlow only under try/except ImportError in ci/: not part of the stack
    expect(report.primaryFramework).toBe("pytorch");
    expect(framework(report, "tensorflow").importWitnesses).toHaveLength(1);
    expect(report.fit!.verdict).toBe("fit");
  });

  it("MFA101 points first at the package's import (inside a function) rather than the benchmark's", () => {
    const [onnx] = findingsOf(report, "MFA101").filter((f) => f.fingerprint === "MFA101:onnx");
    expect(places(onnx!.locations)).toEqual([
      { path: "whispr/export.py", line: lineOf(ROOT, "whispr/export.py", "import onnx") },
      { path: "benchmarks/bench_onnx.py", line: lineOf(ROOT, "benchmarks/bench_onnx.py", "import onnx") },
    ]);
    expect(onnx!.message).toMatch(/^`onnx` is imported \(2 places, first at whispr\/export\.py:\d+\)/);
    // only a script imports transformers: that is where it is shown
    const [hf] = findingsOf(report, "MFA101").filter((f) => f.fingerprint === "MFA101:transformers");
    expect(places(hf!.locations)).toEqual([{ path: "scripts/convert_openai_checkpoint.py", line: lineOf(ROOT, "scripts/convert_openai_checkpoint.py", "from transformers") }]);
  });

  it("deepspeed, installed by cog.yaml's build.run, is declared: its required import is no MFA101", () => {
    expect(findingsOf(report, "MFA101").map((f) => f.fingerprint).sort()).toEqual(["MFA101:onnx", "MFA101:transformers"]);
    expect(findingsOf(report, "MFA102")).toEqual([]);
    // and it is evidence of large-scale training, as a declaration in any manifest is
    expect(report.fit!.requirements.map((r) => r.id)).toContain("large-scale-training");
  });

  it("the requirements file of shell commands is one MFA001 listing its problems", () => {
    const m = findingsOf(report, "MFA001");
    expect(m.map((f) => f.fingerprint)).toEqual(["MFA001:requirements-dev.txt"]);
    expect(places(m[0]!.locations)).toEqual([
      { path: "requirements-dev.txt", line: 1 },
      { path: "requirements-dev.txt", line: 2 },
    ]);
    expect(m[0]!.message).toMatch(/^requirements-dev\.txt could not be parsed \(line 1\): cannot read requirement "sudo apt-get install ffmpeg".* 2 more problems in this file: line 2: unknown pip option -m .*; line 2: unknown pip option --user /);
  });
});

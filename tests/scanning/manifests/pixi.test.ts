import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { manifestKind, readManifest } from "../../../src/scanning/manifests/index.js";
import { lineOf, read, repoContext } from "./helpers.js";

// Shaped after rasbt/LLMs-from-scratch's pixi.toml (conda packages, PyPI packages, a per-platform table, a
// test feature) and kornia's (a workspace whose packages come from uv, features that only pin Python).
const PIXI = `[project]
authors = ["A. Author <a@example.org>"]
channels = ["conda-forge", "pytorch"]
name = "llms-from-scratch"
platforms = ["linux-64", "osx-arm64", "win-64"]
version = "0.1.0"

[dependencies]
python = "3.10.*"
pytorch-cpu = ">=2.6.0,<3"
jupyterlab = ">=4.3.5,<5"
numpy = "*"
cuda-version = { version = "12.4", channel = "nvidia" }

[pypi-dependencies]
# conda-forge's TensorFlow feedstock is broken for 2.18: from PyPI instead
tensorflow = ">=2.18.0, <3"
llms-from-scratch = { path = ".", editable = true }
transformers = { version = ">=4.40", extras = ["torch"] }
flash-attn = { git = "https://github.com/Dao-AILab/flash-attention", tag = "v2.7.4" }

[target.win-64.pypi-dependencies]
tensorflow-cpu = ">=2.18.0, <3"

[host-dependencies]
cmake = ">=3.28"

[feature.tests.dependencies]
pytest = ">=8.3.4,<9"
safetensors = ">=0.4.4,<0.6"

[feature.tests.pypi-dependencies]
jax = { version = "==0.4.35", extras = ["cpu"] }

[feature.cuda.target.linux-64.dependencies]
pytorch-gpu = "2.6.*"

[environments]
tests = ["tests"]
`;

describe("pixi.toml", () => {
  it("is a manifest of its own kind", () => {
    expect(manifestKind("pixi.toml")).toBe("pixi");
    expect(manifestKind("examples/gpu/pixi.toml")).toBe("pixi");
    expect(manifestKind("pixi.lock")).toBeUndefined();
  });

  it("declares conda and PyPI packages with their lines, features as groups, and leaves out build-time tables", () => {
    const r = read("pixi", "pixi.toml", PIXI);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.ecosystem, d.specifier, d.group ?? null, d.line])).toEqual([
      ["python", "conda", "=3.10.*", null, lineOf(PIXI, "python =")],
      ["pytorch-cpu", "conda", ">=2.6.0,<3", null, lineOf(PIXI, "pytorch-cpu")],
      ["jupyterlab", "conda", ">=4.3.5,<5", null, lineOf(PIXI, "jupyterlab")],
      ["numpy", "conda", "", null, lineOf(PIXI, "numpy")],
      ["cuda-version", "conda", "=12.4", null, lineOf(PIXI, "cuda-version")],
      ["tensorflow", "pypi", ">=2.18.0, <3", null, lineOf(PIXI, "tensorflow =")],
      ["transformers", "pypi", ">=4.40", null, lineOf(PIXI, "transformers")],
      ["flash-attn", "pypi", "", null, lineOf(PIXI, "flash-attn")],
      ["tensorflow-cpu", "pypi", ">=2.18.0, <3", null, lineOf(PIXI, "tensorflow-cpu")],
      ["pytest", "conda", ">=8.3.4,<9", "tests", lineOf(PIXI, "pytest")],
      ["safetensors", "conda", ">=0.4.4,<0.6", "tests", lineOf(PIXI, "safetensors")],
      ["jax", "pypi", "==0.4.35", "tests", lineOf(PIXI, "jax =")],
      ["pytorch-gpu", "conda", "=2.6.*", "cuda", lineOf(PIXI, "pytorch-gpu")],
    ]);
    const byName = new Map(r.declared.map((d) => [d.name, d]));
    expect(byName.get("transformers")?.extras).toEqual(["torch"]);
    expect(byName.get("flash-attn")?.url).toBe("git+https://github.com/Dao-AILab/flash-attention@v2.7.4");
    expect(byName.get("cmake")).toBeUndefined();
    // the project installed from its own folder is the project, not a dependency
    expect(byName.get("llms-from-scratch")).toBeUndefined();
    expect(r.provides).toEqual(["llms-from-scratch"]);
    // a declared distribution that implies a feature counts as its usage, as in every other manifest
    expect(r.usages.filter((u) => u.feature === "hf.transformers").map((u) => u.line)).toEqual([lineOf(PIXI, "transformers")]);
  });

  it("reads [tool.pixi] tables of a pyproject.toml, with their lines", () => {
    const pyproject = `[project]
name = "detector"
dependencies = ["numpy"]

[tool.pixi.workspace]
channels = ["conda-forge"]
platforms = ["linux-64"]

[tool.pixi.dependencies]
pytorch = ">=2.4"

[tool.pixi.pypi-dependencies]
detector = { path = ".", editable = true }
onnxruntime = "==1.20.1"

[tool.pixi.feature.export.pypi-dependencies]
onnx = "*"
`;
    const r = read("pyproject", "pyproject.toml", pyproject);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.ecosystem, d.specifier, d.group ?? null, d.line])).toEqual([
      ["numpy", "pypi", "", null, lineOf(pyproject, '"numpy"')],
      ["pytorch", "conda", ">=2.4", null, lineOf(pyproject, "pytorch =")],
      ["onnxruntime", "pypi", "==1.20.1", null, lineOf(pyproject, "onnxruntime")],
      ["onnx", "pypi", "", "export", lineOf(pyproject, "onnx =")],
    ]);
  });

  it("reports tables and entries of the wrong type with their lines, and keeps the rest", () => {
    const bad = `[dependencies]
pytorch = 2
numpy = "*"

[feature.x]
pypi-dependencies = ["onnx"]
`;
    const r = read("pixi", "pixi.toml", bad);
    expect(r.declared.map((d) => d.name)).toEqual(["numpy"]);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [2, "dependencies.pytorch should be a version string or a table; it was ignored"],
      [6, "feature.x.pypi-dependencies should be a table of packages; it was ignored"],
    ]);
    expect(read("pixi", "pixi.toml", "[dependencies\npytorch = '2'\n").problems).toEqual([expect.objectContaining({ kind: "parse-error", line: 1 })]);
  });

  it("never throws on arbitrary TOML-ish text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const r = readManifest("pixi", `[dependencies]\n${tail}\n[feature.a.pypi-dependencies]\n${tail}`, repoContext("pixi.toml"));
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import { lineOf, read, repoContext } from "./helpers.js";

const PEP621 = `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "vision-lab"
version = "0.3.0"
requires-python = ">=3.10"
dependencies = [
    "numpy>=1.24",
    "torch>=2.1,<2.4",
    'torchvision>=0.16',
    "lightning[extra]>=2.1 ; python_version >= '3.10'",
]

[project.optional-dependencies]
export = ["onnx>=1.15", "onnxruntime-gpu>=1.17"]
tf = [
  "tensorflow-cpu==2.15.*",
]

[dependency-groups]
test = ["pytest>=8", "pytest-cov"]
dev = [{include-group = "test"}, "ruff", "torch"]

[tool.hatch.envs.docs]
dependencies = ["mkdocs-material"]
extra-dependencies = ["transformers>=4.40"]

[tool.pdm.dev-dependencies]
lint = ["mypy"]

[tool.uv]
dev-dependencies = ["ipykernel"]

[[tool.uv.index]]
name = "pytorch-cu121"
url = "https://download.pytorch.org/whl/cu121"
explicit = true

[tool.uv.sources]
torch = [{ index = "pytorch-cu121" }]
`;

const POETRY = `[tool.poetry]
name = "speech-app"
version = "1.0.0"
description = ""

[tool.poetry.dependencies]
python = "^3.10"
torch = "^2.1"
torchaudio = { version = "~2.1", optional = true }
tensorflow = { version = ">=2.13,<2.16", markers = "sys_platform == 'linux'", extras = ["and-cuda"] }
transformers = {git = "https://github.com/huggingface/transformers.git", rev = "v4.40.0"}
numpy = "*"
"tflite-runtime" = [
  { version = "2.14.0", platform = "linux" },
  { version = "2.13.0", platform = "darwin" },
]

[tool.poetry.extras]
audio = ["torchaudio"]

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"
black = "24.3.0"

[tool.poetry.dev-dependencies]
mypy = "^1.8"

[tool.poetry.dependencies.keras]
version = "^3.0"
`;

describe("pyproject.toml", () => {
  it("says when PEP 621 `dynamic` leaves the dependencies to the build backend", () => {
    const text = (dynamic: string) => `[project]\nname = "x"\ndynamic = [${dynamic}]\n\n[tool.setuptools.dynamic]\ndependencies = {file = ["requirements.txt"]}\n`;
    expect(read("pyproject", "pyproject.toml", text('"version", "dependencies"')).partial).toBe(true);
    expect(read("pyproject", "pyproject.toml", text('"optional-dependencies"')).partial).toBe(true);
    expect(read("pyproject", "pyproject.toml", text('"version"')).partial).toBeUndefined();
  });
  it("names the distribution it builds (PEP 621 or Poetry), and nothing when the name is missing or not a string", () => {
    expect(read("pyproject", "pyproject.toml", PEP621).provides).toEqual(["vision-lab"]);
    expect(read("pyproject", "pyproject.toml", '[tool.poetry]\nname = "edge-kit"\nversion = "1.0"\n').provides).toEqual(["edge-kit"]);
    expect(read("pyproject", "pyproject.toml", '[project]\ndependencies = ["torch"]\n').provides).toBeUndefined();
    expect(read("pyproject", "pyproject.toml", "[project]\nname = 3\n").provides).toBeUndefined();
  });
  it("reads PEP 621 dependencies, optional dependencies, PEP 735 groups, Hatch, PDM and uv with real lines", () => {
    const r = read("pyproject", "pyproject.toml", PEP621);
    expect(r.problems).toEqual([]);
    const rows = r.declared.map((d) => [d.name, d.specifier, d.line, d.source, d.group ?? null]);
    expect(rows).toEqual([
      ["numpy", ">=1.24", lineOf(PEP621, '"numpy'), "pyproject:project", null],
      ["torch", ">=2.1,<2.4", lineOf(PEP621, '"torch>='), "pyproject:project", null],
      ["torchvision", ">=0.16", lineOf(PEP621, "'torchvision"), "pyproject:project", null],
      ["lightning", ">=2.1", lineOf(PEP621, '"lightning'), "pyproject:project", null],
      ["onnx", ">=1.15", lineOf(PEP621, '"onnx>='), "pyproject:project", "export"],
      ["onnxruntime-gpu", ">=1.17", lineOf(PEP621, '"onnxruntime-gpu'), "pyproject:project", "export"],
      ["tensorflow-cpu", "==2.15.*", lineOf(PEP621, '"tensorflow-cpu'), "pyproject:project", "tf"],
      ["pytest", ">=8", lineOf(PEP621, '"pytest>=8'), "pyproject:dependency-groups", "test"],
      ["pytest-cov", "", lineOf(PEP621, '"pytest>=8'), "pyproject:dependency-groups", "test"],
      ["ruff", "", lineOf(PEP621, '"ruff"'), "pyproject:dependency-groups", "dev"],
      ["torch", "", lineOf(PEP621, '"ruff"'), "pyproject:dependency-groups", "dev"],
      ["mypy", "", lineOf(PEP621, '"mypy"'), "pyproject:pdm", "lint"],
      ["mkdocs-material", "", lineOf(PEP621, "mkdocs-material"), "pyproject:hatch", "docs"],
      ["transformers", ">=4.40", lineOf(PEP621, "transformers>="), "pyproject:hatch", "docs"],
      ["ipykernel", "", lineOf(PEP621, "ipykernel"), "pyproject:uv", "dev"],
    ]);
    const lightning = r.declared.find((d) => d.name === "lightning");
    expect(lightning).toMatchObject({ extras: ["extra"], marker: "python_version >= '3.10'" });
    // the include-group table is not a dependency
    expect(r.declared.filter((d) => d.group === "dev" && d.source === "pyproject:dependency-groups")).toHaveLength(2);
    // uv sources pin torch to the PyTorch CUDA index
    expect(r.declared.filter((d) => d.name === "torch").map((d) => (d as { indexUrls?: string[] }).indexUrls)).toEqual([
      ["https://download.pytorch.org/whl/cu121"],
      ["https://download.pytorch.org/whl/cu121"],
    ]);
    expect(r.usages.map((u) => [u.feature, u.matched, u.line])).toEqual([
      ["lightning", "lightning", lineOf(PEP621, '"lightning')],
      ["onnx", "onnx", lineOf(PEP621, '"onnx>=')],
      ["onnx", "onnxruntime-gpu", lineOf(PEP621, '"onnx>=')],
      ["hf.transformers", "transformers", lineOf(PEP621, "transformers>=")],
    ]);
  });

  it("reads Poetry tables: strings, inline tables, git, multiple constraints, groups, dev-dependencies and sub-tables", () => {
    const r = read("pyproject", "pyproject.toml", POETRY);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => d.name)).not.toContain("python");
    const rows = r.declared.map((d) => [d.name, d.specifier, d.line, d.group ?? null]);
    expect(rows).toEqual([
      ["torch", "^2.1", lineOf(POETRY, "torch ="), null],
      ["torchaudio", "~2.1", lineOf(POETRY, "torchaudio ="), "audio"],
      ["tensorflow", ">=2.13,<2.16", lineOf(POETRY, "tensorflow ="), null],
      ["transformers", "", lineOf(POETRY, "transformers ="), null],
      ["numpy", "", lineOf(POETRY, "numpy ="), null],
      ["tflite-runtime", "2.14.0", lineOf(POETRY, '"tflite-runtime"'), null],
      ["tflite-runtime", "2.13.0", lineOf(POETRY, '"tflite-runtime"'), null],
      ["keras", "^3.0", lineOf(POETRY, "[tool.poetry.dependencies.keras]"), null],
      ["mypy", "^1.8", lineOf(POETRY, "mypy ="), "dev"],
      ["pytest", "^8.0", lineOf(POETRY, "pytest ="), "dev"],
      ["black", "24.3.0", lineOf(POETRY, "black ="), "dev"],
    ]);
    expect(r.declared.every((d) => d.source === "pyproject:poetry" && d.ecosystem === "pypi")).toBe(true);
    const tf = r.declared.find((d) => d.name === "tensorflow");
    expect(tf).toMatchObject({ extras: ["and-cuda"], marker: "sys_platform == 'linux'" });
    expect(r.declared.find((d) => d.name === "transformers")?.url).toBe("git+https://github.com/huggingface/transformers.git@v4.40.0");
    expect(r.usages.map((u) => u.feature).sort()).toEqual(["hf.transformers", "tf.lite", "tf.lite"]);
  });

  it("reports wrongly typed values and still reads the rest", () => {
    const text = `[project]
name = "x"
dependencies = 3

[project.optional-dependencies]
gpu = ["torch>=2", 7, "not a valid ! requirement"]

[tool.poetry]
dependencies = "torch"
`;
    const r = read("pyproject", "pyproject.toml", text);
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
    expect(r.problems.map((p) => [p.kind, p.line])).toEqual([
      ["parse-error", 3],
      ["parse-error", 6],
      ["parse-error", 6],
      ["parse-error", 9],
    ]);
    expect(r.problems[0]?.message).toContain("project.dependencies");
  });

  it("reports an unknown include-group", () => {
    const r = read("pyproject", "pyproject.toml", '[dependency-groups]\ndev = [{include-group = "tests"}, "ruff"]\n');
    expect(r.declared.map((d) => d.name)).toEqual(["ruff"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", line: 2 });
    expect(r.problems[0]?.message).toContain('"tests"');
  });

  it("turns a TOML syntax error into one parse-error with its line", () => {
    const r = read("pyproject", "pyproject.toml", '[project]\nname = "x"\ndependencies = [\n  "torch",\n  "numpy"\n\n[tool.ruff]\n');
    expect(r.declared).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "pyproject.toml" });
    expect(r.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it("finds lines for dotted keys and CRLF files", () => {
    const text = '\uFEFFproject.name = "x"\r\nproject.dependencies = [\r\n  "jax[cuda12]>=0.4.20",\r\n]\r\n';
    const r = read("pyproject", "pyproject.toml", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.extras, d.line])).toEqual([["jax", ["cuda12"], 3]]);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("[", "]", "project", "dependencies", "tool.poetry", " = ", '"', "torch", "\n", "{", "}", ",", "3", "'", ".", "#") }), (text) => {
        const r = readManifest("pyproject", text, repoContext("pyproject.toml"));
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

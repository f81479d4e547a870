import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import { parseCondaSpec } from "../../../src/scanning/manifests/conda.js";
import { lineOf, read, repoContext } from "./helpers.js";

const ENV = `name: detectron-env
channels:
  - pytorch
  - nvidia
  - conda-forge
dependencies:
  - python=3.11
  - pytorch::pytorch>=2.0
  - pytorch::torchvision=0.16
  - pytorch-cuda=12.1
  - cudatoolkit
  # - tensorflow=2.12
  - conda-forge::tensorflow=2.15
  - numpy 1.26.*
  - pip
  - pip:
      - --extra-index-url https://download.pytorch.org/whl/cu121
      - transformers>=4.40  # tokenizer models
      - onnxruntime-gpu==1.17.1
      - -r requirements-extra.txt
`;

describe("environment.yml", () => {
  it("declares conda specs as written, with channels, lines and the pip section", () => {
    const r = read("conda", "envs/environment.yml", ENV, { "envs/requirements-extra.txt": "tensorboard\n" });
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line, d.source, d.ecosystem, d.path])).toEqual([
      ["python", "=3.11", lineOf(ENV, "python=3.11"), "conda", "conda", "envs/environment.yml"],
      ["pytorch", ">=2.0", lineOf(ENV, "pytorch::pytorch"), "conda", "conda", "envs/environment.yml"],
      ["torchvision", "=0.16", lineOf(ENV, "torchvision"), "conda", "conda", "envs/environment.yml"],
      ["pytorch-cuda", "=12.1", lineOf(ENV, "pytorch-cuda"), "conda", "conda", "envs/environment.yml"],
      ["cudatoolkit", "", lineOf(ENV, "cudatoolkit"), "conda", "conda", "envs/environment.yml"],
      ["tensorflow", "=2.15", lineOf(ENV, "conda-forge::tensorflow"), "conda", "conda", "envs/environment.yml"],
      ["numpy", "1.26.*", lineOf(ENV, "numpy"), "conda", "conda", "envs/environment.yml"],
      ["pip", "", lineOf(ENV, "- pip", 1), "conda", "conda", "envs/environment.yml"],
      ["transformers", ">=4.40", lineOf(ENV, "transformers"), "conda:pip", "pypi", "envs/environment.yml"],
      ["onnxruntime-gpu", "==1.17.1", lineOf(ENV, "onnxruntime-gpu"), "conda:pip", "pypi", "envs/environment.yml"],
      ["tensorboard", "", 1, "requirements", "pypi", "envs/requirements-extra.txt"],
    ]);
    expect(r.declared.find((d) => d.name === "pytorch")).toMatchObject({ channel: "pytorch", normalizedName: "pytorch" });
    expect(r.declared.find((d) => d.name === "tensorflow")).toMatchObject({ channel: "conda-forge" });
    expect(r.declared.find((d) => d.name === "transformers")).toMatchObject({ indexUrls: ["https://download.pytorch.org/whl/cu121"] });
    expect(r.usages.map((u) => [u.feature, u.matched])).toEqual([
      ["hf.transformers", "transformers"],
      ["onnx", "onnxruntime-gpu"],
    ]);
  });

  it("parses conda match specs", () => {
    expect(parseCondaSpec("conda-forge::tensorflow=2.15")).toEqual({ channel: "conda-forge", name: "tensorflow", specifier: "=2.15" });
    expect(parseCondaSpec("pytorch=2.1.0=py3.11_cuda12.1_cudnn8.9.2_0")).toEqual({ name: "pytorch", specifier: "=2.1.0=py3.11_cuda12.1_cudnn8.9.2_0" });
    expect(parseCondaSpec("nvidia/label/cuda-12.1.0::cuda-toolkit")).toEqual({ channel: "nvidia/label/cuda-12.1.0", name: "cuda-toolkit", specifier: "" });
    expect(parseCondaSpec("jaxlib[version='>=0.4']")).toEqual({ name: "jaxlib", specifier: "[version='>=0.4']" });
    expect(parseCondaSpec("not a spec")).toBeUndefined();
  });

  it("reports a YAML syntax error with its line and still reads what parsed", () => {
    const text = "name: x\ndependencies:\n  - torch\n  - [broken\n";
    const r = read("conda", "environment.yml", text);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "environment.yml" });
    expect(r.problems[0]?.line).toBeGreaterThanOrEqual(4);
    expect(r.declared.map((d) => d.name)).toContain("torch");
  });

  it("reports wrong shapes without throwing", () => {
    expect(read("conda", "environment.yml", "dependencies: torch\n").problems[0]).toMatchObject({ kind: "parse-error", line: 1 });
    expect(read("conda", "environment.yml", "- a\n- b\n").problems[0]).toMatchObject({ kind: "parse-error" });
    const r = read("conda", "environment.yml", "dependencies:\n  - 3\n  - pip: torch\n  - tensorflow\n");
    expect(r.declared.map((d) => d.name)).toEqual(["tensorflow"]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(read("conda", "environment.yml", "").problems).toEqual([]);
  });

  it("passes over another tool's YAML under a conda-like name: a list of mappings", () => {
    // determined-ai/determined keeps schema test cases in schemas/test_cases/v0/environment.yaml
    const cases = "# regression test\n- name: podspec can configure sidecar\n  case:\n    pod_spec: {}\n- name: second\n  case: {}\n";
    expect(read("conda", "schemas/test_cases/v0/environment.yaml", cases)).toMatchObject({ declared: [], problems: [] });
    // a list of package specs is an environment that lost its `dependencies:` key, and a scalar is no environment
    expect(read("conda", "environment.yml", "- torch\n- name: x\n").problems[0]).toMatchObject({ kind: "parse-error" });
    expect(read("conda", "environment.yml", "just some text\n").problems[0]).toMatchObject({ kind: "parse-error" });
  });

  it("does not expand an alias bomb, and reports the alias it left out with its line", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    bomb.push("dependencies: [*m, torch]");
    const r = read("conda", "environment.yml", bomb.join("\n"));
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "environment.yml", line: 14 });
    expect(r.problems[0]?.message).toContain("YAML alias not expanded: *m");
  });

  it("reports the billion-laughs alias of the hostile repository in a block list, keeping the next entry", () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(",")}]`);
    lines.push("dependencies:", "  - *a9", "  - pytorch");
    const text = lines.join("\n") + "\n";
    const r = read("conda", "manifests/yaml-bomb/environment.yml", text);
    expect(r.declared.map((d) => [d.name, d.line])).toEqual([["pytorch", lineOf(text, "- pytorch")]]);
    expect(r.problems.map((p) => [p.kind, p.path, p.line])).toEqual([["parse-error", "manifests/yaml-bomb/environment.yml", lineOf(text, "- *a9")]]);
    expect(r.problems[0]?.message).toMatch(/^YAML alias not expanded: \*a9 in `dependencies`/);
  });

  it("reports aliases used as the whole list, as the pip entry and inside the pip list", () => {
    const text = "base: &base [numpy]\nreq: &req torch==2.1.0\ndependencies:\n  - python=3.11\n  - pip: *base\n  - pip:\n      - *req\n      - {nested: 1}\n      - tensorflow==2.15.0\n";
    const r = read("conda", "environment.yml", text);
    expect(r.declared.map((d) => [d.name, d.ecosystem, d.line])).toEqual([
      ["python", "conda", 4],
      ["tensorflow", "pypi", 9],
    ]);
    expect(r.problems.map((p) => [p.kind, p.line])).toEqual([
      ["parse-error", 5],
      ["parse-error", 7],
      ["parse-error", 8],
    ]);
    expect(r.problems[0]?.message).toContain("*base");
    expect(r.problems[1]?.message).toContain("*req");
    const whole = read("conda", "environment.yml", "base: &base [torch]\ndependencies: *base\n");
    expect(whole.declared).toEqual([]);
    expect(whole.problems).toEqual([expect.objectContaining({ kind: "parse-error", line: 2, message: expect.stringContaining("YAML alias not expanded") })]);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("dependencies:", "\n", "  ", "- ", "pip:", "torch", "=2", "::", "&a", "*a", "[", "]", "{", "}", "'", "#", ":") }), (text) => {
        const r = readManifest("conda", text, repoContext("environment.yml"));
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

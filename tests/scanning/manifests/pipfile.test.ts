import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import { lineOf, read, repoContext } from "./helpers.js";

const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://download.pytorch.org/whl/cu118"
verify_ssl = true
name = "pytorch"

[packages]
torch = {version = "==2.1.0", index = "pytorch"}
torchvision = {version = "*", index = "pytorch"}
transformers = {extras = ["torch"], version = ">=4.40"}
tensorflow-macos = {version = "==2.15.0", sys_platform = "== 'darwin'"}
numpy = "*"
requests = "==2.31.0"

[dev-packages]
pytest = "*"
onnx = {git = "https://github.com/onnx/onnx.git", ref = "v1.15.0"}

[requires]
python_version = "3.11"
`;

describe("Pipfile", () => {
  it("declares [packages] and [dev-packages] with lines, extras, markers and index URLs", () => {
    const r = read("pipfile", "Pipfile", PIPFILE);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line, d.group ?? null])).toEqual([
      ["torch", "==2.1.0", lineOf(PIPFILE, "torch ="), null],
      ["torchvision", "", lineOf(PIPFILE, "torchvision ="), null],
      ["transformers", ">=4.40", lineOf(PIPFILE, "transformers ="), null],
      ["tensorflow-macos", "==2.15.0", lineOf(PIPFILE, "tensorflow-macos ="), null],
      ["numpy", "", lineOf(PIPFILE, "numpy ="), null],
      ["requests", "==2.31.0", lineOf(PIPFILE, "requests ="), null],
      ["pytest", "", lineOf(PIPFILE, "pytest ="), "dev"],
      ["onnx", "", lineOf(PIPFILE, "onnx ="), "dev"],
    ]);
    expect(r.declared[0]).toMatchObject({ indexUrls: ["https://download.pytorch.org/whl/cu118"], source: "pipfile", ecosystem: "pypi" });
    expect(r.declared[2]).toMatchObject({ extras: ["torch"] });
    expect(r.declared[3]).toMatchObject({ marker: "sys_platform == 'darwin'" });
    expect(r.declared[7]).toMatchObject({ url: "git+https://github.com/onnx/onnx.git@v1.15.0" });
    expect(r.declared.map((d) => d.name)).not.toContain("python_version");
    expect(r.usages.map((u) => u.feature)).toEqual(["hf.transformers", "onnx"]);
  });

  it("reports malformed TOML and wrong value types", () => {
    expect(read("pipfile", "Pipfile", "[packages]\ntorch = \n").problems[0]).toMatchObject({ kind: "parse-error", line: 2 });
    const r = read("pipfile", "Pipfile", "[packages]\ntorch = 2\nnumpy = \"*\"\n");
    expect(r.declared.map((d) => d.name)).toEqual(["numpy"]);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", line: 2 });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("[packages]", "[dev-packages]", "[[source]]", "\n", "torch", " = ", '"*"', "{", "}", "version", "index", ",") }), (text) => {
        readManifest("pipfile", text, repoContext("Pipfile"));
      }),
      { numRuns: 300 },
    );
  });
});

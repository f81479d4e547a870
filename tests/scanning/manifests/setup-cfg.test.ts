import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import { lineOf, read, repoContext } from "./helpers.js";

const CFG = `[metadata]
name = detector
version = attr: detector.__version__

[options]
packages = find:
python_requires = >=3.9
install_requires =
    numpy>=1.22
    # tensorflow>=2.10
    torch>=2.0,<2.3  # CUDA 12 wheels
    torchvision
    importlib-metadata; python_version<"3.10"
tests_require = pytest

[options.extras_require]
onnx =
    onnx>=1.14
    onnxruntime
serve = torchserve>=0.9

[flake8]
max-line-length = 120
`;

describe("setup.cfg", () => {
  it("reads install_requires, tests_require and extras_require with lines", () => {
    const r = read("setup-cfg", "setup.cfg", CFG);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line, d.group ?? null])).toEqual([
      ["numpy", ">=1.22", lineOf(CFG, "numpy"), null],
      ["torch", ">=2.0,<2.3", lineOf(CFG, "torch>="), null],
      ["torchvision", "", lineOf(CFG, "torchvision"), null],
      ["importlib-metadata", "", lineOf(CFG, "importlib-metadata"), null],
      ["pytest", "", lineOf(CFG, "tests_require"), "tests"],
      ["onnx", ">=1.14", lineOf(CFG, "onnx>="), "onnx"],
      ["onnxruntime", "", lineOf(CFG, "    onnxruntime"), "onnx"],
      ["torchserve", ">=0.9", lineOf(CFG, "serve ="), "serve"],
    ]);
    expect(r.declared[3]).toMatchObject({ marker: 'python_version<"3.10"' });
    expect(r.declared.every((d) => d.source === "setup-cfg")).toBe(true);
    expect(r.usages.map((u) => u.feature)).toEqual(["onnx", "onnx", "torchserve"]);
  });

  it("names the distribution it builds from `[metadata] name`", () => {
    expect(read("setup-cfg", "setup.cfg", "[metadata]\nname = edge-kit  # the wheel's name\n\n[options]\ninstall_requires = torch\n").provides).toEqual(["edge-kit"]);
    expect(read("setup-cfg", "setup.cfg", "[options]\nname = not-metadata\n").provides).toBeUndefined();
  });
  it("reports INI syntax errors with their line and reads the rest", () => {
    const r = read("setup-cfg", "setup.cfg", "[options\ninstall_requires =\n    torch\nthis line is junk\n[options.extras_require]\ntf = tensorflow\n");
    expect(r.declared.map((d) => d.name)).toEqual(["tensorflow"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "setup.cfg", line: 1 });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("[options]", "[options.extras_require]", "install_requires", " = ", "\n", "    ", "torch", ">=2", "#", ";", "[", ":") }), (text) => {
        const r = readManifest("setup-cfg", text, repoContext("setup.cfg"));
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

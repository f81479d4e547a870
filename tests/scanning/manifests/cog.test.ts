import { describe, expect, it } from "vitest";
import { manifestKind } from "../../../src/scanning/manifests/index.js";
import { lineOf, read } from "./helpers.js";

// Shaped after TencentARC/GFPGAN's and haotian-liu/LLaVA's cog.yaml (Replicate's model environments).
const COG = `# This file is used for constructing replicate env
image: "r8.im/tencentarc/gfpgan"

build:
  gpu: true
  cuda: "11.8"
  python_version: "3.8"
  system_packages:
    - "libgl1-mesa-glx"
    - "libglib2.0-0"
  python_packages:
    - "torch==1.7.1"
    - "torchvision==0.8.2"
    # - "tensorflow==2.4.0"
    - "numpy==1.21.1"
    - "basicsr==1.4.2"
    - "--extra-index-url https://download.pytorch.org/whl/cu118"
  run:
    - pip install onnx
  python_requirements: requirements/cog.txt

predict: "cog_predict.py:Predictor"
`;

describe("cog.yaml", () => {
  it("is a manifest of its own kind", () => {
    expect(manifestKind("cog.yaml")).toBe("cog");
    expect(manifestKind("demo/cog.yaml")).toBe("cog");
    expect(manifestKind("cog.yml")).toBeUndefined();
  });

  it("declares build.python_packages and the python_requirements file, with their lines", () => {
    const r = read("cog", "cog.yaml", COG, { "requirements/cog.txt": "# serving\ntimm==0.6.13\n" });
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.path, d.name, d.specifier, d.line])).toEqual([
      ["cog.yaml", "torch", "==1.7.1", lineOf(COG, '"torch==')],
      ["cog.yaml", "torchvision", "==0.8.2", lineOf(COG, "torchvision")],
      ["cog.yaml", "numpy", "==1.21.1", lineOf(COG, "numpy")],
      ["cog.yaml", "basicsr", "==1.4.2", lineOf(COG, "basicsr")],
      ["requirements/cog.txt", "timm", "==0.6.13", 2],
    ]);
    // the index option applies to the packages, as in a requirements file
    expect(r.declared[0]?.indexUrls).toEqual(["https://download.pytorch.org/whl/cu118"]);
    // commented out, a system package, a shell command: not declared
    expect(r.declared.map((d) => d.name)).not.toContain("tensorflow");
    expect(r.declared.map((d) => d.name)).not.toContain("libgl1-mesa-glx");
  });

  it("reports what it cannot read with its line, and reads nothing from a file without a build section", () => {
    const bad = 'build:\n  python_packages:\n    - "torch==2.1"\n    - {name: onnx}\n';
    const r = read("cog", "cog.yaml", bad);
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([[4, "a `build.python_packages` item should be a requirement string; it was ignored"]]);
    expect(read("cog", "cog.yaml", 'predict: "predict.py:Predictor"\n')).toEqual({ declared: [], locked: [], usages: [], problems: [] });
    expect(read("cog", "cog.yaml", "build: [\n").problems).toEqual([expect.objectContaining({ kind: "parse-error", path: "cog.yaml" })]);
  });
});

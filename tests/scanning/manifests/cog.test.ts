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
      ["cog.yaml", "onnx", "", lineOf(COG, "pip install onnx")],
    ]);
    expect(r.declared.at(-1)?.source).toBe("cog:pip");
    // the index option applies to the packages, as in a requirements file
    expect(r.declared[0]?.indexUrls).toEqual(["https://download.pytorch.org/whl/cu118"]);
    // commented out, a system package: not declared
    expect(r.declared.map((d) => d.name)).not.toContain("tensorflow");
    expect(r.declared.map((d) => d.name)).not.toContain("libgl1-mesa-glx");
  });

  it("reads the pip and conda installs of build.run, strings or {command} items, and nothing else there", () => {
    const yaml = [
      "build:",
      "  gpu: true",
      "  run:",
      '    - curl -o /usr/local/bin/pget -L "https://github.com/replicate/pget/releases/download/v0.0.3/pget" && chmod +x /usr/local/bin/pget',
      "    - pip install flash-attn==2.5.8 --no-build-isolation",
      "    - command: pip install --no-cache-dir -U xformers --index-url https://download.pytorch.org/whl/cu121",
      "      mounts:",
      "        - type: secret",
      "          id: hf",
      "          target: /root/.hf",
      "    - conda install -y -c conda-forge faiss-gpu",
      "    - echo pip install torch",
      "",
    ].join("\n");
    const r = read("cog", "cog.yaml", yaml);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line, d.source, d.ecosystem])).toEqual([
      ["flash-attn", "==2.5.8", 5, "cog:pip", "pypi"],
      ["xformers", "", 6, "cog:pip", "pypi"],
      ["faiss-gpu", "", 11, "cog:conda", "conda"],
    ]);
    expect(r.declared[1]?.indexUrls).toEqual(["https://download.pytorch.org/whl/cu121"]);
    expect(r.declared[2]?.channel).toBe("conda-forge");
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

import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import type { Facts, Finding } from "../../src/core/types.js";
import { FINDING_KINDS, helpUri } from "../../src/analysis/findings/registry.js";
import { config } from "./helpers.js";
import { poetryToPep440 } from "../../src/analysis/versions.js";
import { dockerfile, facts, kerasTfliteServing, lock, manifest, mixedRepo, nanoGpt, nb, py, req } from "./fixtures.js";
import type { Config } from "../../src/config/schema.js";

function run(f: Facts, c: Partial<Config> = {}): Finding[] {
  return analyze(f, config(c)).findings;
}
const byCode = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);

describe("every finding", () => {
  it("has a registered code/id/severity, a helpUri to its doc page and a fingerprint without line numbers", () => {
    const all = [
      ...run(mixedRepo()),
      ...run(nanoGpt("==1.13.1"), { targets: ["mobile-edge"], policy: { allowedFrameworks: ["tensorflow"], forbiddenFeatures: ["torch.compile"], forbiddenPackages: ["torch"] } }),
    ];
    expect(all.length).toBeGreaterThan(4);
    for (const f of all) {
      const k = FINDING_KINDS.find((x) => x.code === f.code)!;
      expect(k.id).toBe(f.id);
      expect(f.severity).toBe(k.severity);
      expect(f.helpUri).toBe(helpUri(k));
      expect(f.fingerprint!.startsWith(f.code + ":")).toBe(true);
      expect(f.fingerprint).not.toMatch(/:\d+$/);
    }
  });
});

describe("MFA001 parse-error / MFA002 skipped-file", () => {
  const problems = [
    { kind: "parse-error" as const, path: "pyproject.toml", line: 3, message: "expected '=' after a key" },
    { kind: "skipped" as const, path: "data/huge.ipynb", message: "larger than max-file-size (5242880 bytes)" },
  ];
  it("turn scan problems into findings with the path", () => {
    const fs = run(facts([py("a.py", [["os", 1]])], { problems }));
    expect(byCode(fs, "MFA001")).toEqual([expect.objectContaining({ severity: "warning", locations: [{ path: "pyproject.toml", line: 3 }], fingerprint: "MFA001:pyproject.toml" })]);
    expect(byCode(fs, "MFA001")[0]!.message).toContain("expected '=' after a key");
    expect(byCode(fs, "MFA002")).toEqual([expect.objectContaining({ severity: "info", locations: [{ path: "data/huge.ipynb", line: 1 }] })]);
  });
  it("a file a manifest includes is reported at the including line, not as the manifest not scanned", () => {
    const message = "requirements file 3rdparty/llama.cpp/requirements.txt is in the git submodule 3rdparty/llama.cpp, which is not checked out (actions/checkout: `submodules: true`), and not read";
    const fs = run(facts([py("a.py", [["os", 1]])], { problems: [{ kind: "skipped" as const, path: "requirements.txt", line: 7, message }] }));
    expect(byCode(fs, "MFA002")).toEqual([expect.objectContaining({ message: `requirements.txt, line 7: ${message}.`, locations: [{ path: "requirements.txt", line: 7 }] })]);
  });
  it("per-file problems are reported too; none without problems", () => {
    const f = py("nb.ipynb", [], [], "notebook");
    f.problems.push({ kind: "parse-error", path: "nb.ipynb", message: "not valid JSON" });
    expect(byCode(run(facts([f])), "MFA001")).toHaveLength(1);
    expect(byCode(run(nanoGpt()), "MFA001")).toEqual([]);
  });
  it("one finding per file, however many problems it has (microsoft/nni: shell commands in a requirements.txt)", () => {
    const path = "examples/trials/sklearn/requirements.txt";
    const problems = [
      { kind: "parse-error" as const, path, line: 1, message: 'cannot read requirement "sudo apt-get install libblas-dev"' },
      { kind: "parse-error" as const, path, line: 2, message: "unknown pip option -m after a requirement: pip stops on it, this audit ignored it and read the rest of the file" },
      { kind: "parse-error" as const, path, line: 2, message: "unknown pip option --user after a requirement: pip stops on it, this audit ignored it and read the rest of the file" },
      { kind: "parse-error" as const, path: "other.ipynb", cell: 3, line: 5, message: "Python 2 syntax (print/exec statement); the rest was still scanned" },
    ];
    const m = byCode(run(facts([py("a.py", [["os", 1]])], { problems })), "MFA001");
    expect(m.map((f) => f.fingerprint)).toEqual([`MFA001:${path}`, "MFA001:other.ipynb"]);
    expect(m[0]!.locations).toEqual([{ path, line: 1 }, { path, line: 2 }]);
    expect(m[0]!.message).toBe(
      `${path} could not be parsed (line 1): cannot read requirement "sudo apt-get install libblas-dev". 2 more problems in this file: ` +
        "line 2: unknown pip option -m after a requirement: pip stops on it, this audit ignored it and read the rest of the file; " +
        "line 2: unknown pip option --user after a requirement: pip stops on it, this audit ignored it and read the rest of the file. " +
        "Its dependencies and imports are missing from this report.",
    );
    expect(m[1]!.message).toBe("other.ipynb could not be parsed (cell 3, line 5): Python 2 syntax (print/exec statement); the rest was still scanned. What could be read is in the report; fix the file to be sure nothing is missed.");
  });
});

describe("MFA101 missing-dependency", () => {
  it("flags an imported ML package nobody declares, grouped with all its import sites", () => {
    const fs = run(facts([py("train.py", [["torch", 1], ["onnxruntime", 2]]), nb("demo.ipynb", [["onnxruntime", 1, 2]]), req("requirements.txt", [["torch", ">=2", 1]])]));
    const m = byCode(fs, "MFA101");
    expect(m.map((f) => f.fingerprint)).toEqual(["MFA101:onnxruntime"]);
    expect(m[0]!.locations).toEqual([{ path: "demo.ipynb", line: 1, cell: 2 }, { path: "train.py", line: 2 }]);
    expect(m[0]!.severity).toBe("error");
  });
  it("puts a place in the project's own code first (pytorch/ao: not benchmarks/, scripts/ or tests/), the rest in path order", () => {
    const files = [
      py("benchmarks/benchmark_aq.py", [["torch", 10]]),
      py("scripts/quick_start.py", [["torch", 8]]),
      py("torchao/__init__.py", [["torch", 8]]),
      py("torchao/quantization/quant_api.py", [["torch", 20]]),
      py("tests/test_ops.py", [["torch", 3]]),
      req("requirements-dev.txt", [["numpy", "", 1]]),
    ];
    const m = byCode(run(facts(files)), "MFA101");
    expect(m[0]!.locations.map((l) => `${l.path}:${l.line}`)).toEqual([
      "torchao/__init__.py:8",
      "benchmarks/benchmark_aq.py:10",
      "scripts/quick_start.py:8",
      "tests/test_ops.py:3",
      "torchao/quantization/quant_api.py:20",
    ]);
    expect(m[0]!.message).toMatch(/^`torch` is imported \(5 places, first at torchao\/__init__\.py:8\)/);
    // only code around the project: path order
    const around = byCode(run(facts([py("tests/test_ops.py", [["torch", 3]]), py("benchmarks/b.py", [["torch", 1]]), req("requirements.txt", [["numpy", "", 1]])])), "MFA101");
    expect(around[0]!.locations.map((l) => l.path)).toEqual(["benchmarks/b.py", "tests/test_ops.py"]);
  });
  it("says so when the repository has no manifest at all", () => {
    const m = byCode(run(facts([py("train.py", [["tensorflow", 1]])])), "MFA101");
    expect(m).toHaveLength(1);
    expect(m[0]!.message).toMatch(/no dependency manifest at all/);
  });
  it("not for a Colab notebook's imports of what Colab's runtime ships; still for other code and other packages", () => {
    const colab = (f: ReturnType<typeof nb>) => ({ ...f, colab: true as const });
    const only = run(facts([colab(nb("course/chapter3.ipynb", [["tensorflow", 3, 1], ["torch", 4, 1], ["tf_keras", 5, 1]]))]));
    // tf-keras is not in Colab's runtime (it moved to Keras 3)
    expect(byCode(only, "MFA101").map((f) => f.fingerprint)).toEqual(["MFA101:tf_keras"]);
    // the same imports in a notebook not made for Colab, and in a module beside the Colab notebook
    expect(byCode(run(facts([nb("course/chapter3.ipynb", [["tensorflow", 3, 1]])])), "MFA101").map((f) => f.fingerprint)).toEqual(["MFA101:tensorflow"]);
    const mixed = byCode(run(facts([colab(nb("course/chapter3.ipynb", [["tensorflow", 3, 1]])), py("course/utils.py", [["tensorflow", 1]])])), "MFA101");
    expect(mixed.map((f) => [f.fingerprint, f.locations])).toEqual([["MFA101:tensorflow", [{ path: "course/utils.py", line: 1 }]]]);
    // the Stack says where an undeclared framework comes from: two Colab notebooks import TensorFlow
    const two = facts([colab(nb("a.ipynb", [["tensorflow", 1, 1]])), colab(nb("b.ipynb", [["tensorflow.keras", 1, 1]])), nb("c.ipynb", [["tensorflow", 1, 1]])]);
    expect(analyze(two, config()).frameworks.find((f) => f.id === "tensorflow")?.colabNotebooks).toBe(2);
    // declared: nothing to explain
    const declared = facts([colab(nb("a.ipynb", [["tensorflow", 1, 1]])), req("requirements.txt", [["tensorflow", "", 1]])]);
    expect(analyze(declared, config()).frameworks.find((f) => f.id === "tensorflow")?.colabNotebooks).toBeUndefined();
  });
  it("says when a manifest that governs the code builds part of its dependency list in code", () => {
    // NVIDIA/TransformerEngine: setup.py takes install_requires from a helper module
    const setup = { ...manifest("setup.py", "setup-py", [["torch", "", 12]]), partialDeclarations: true as const };
    const m = byCode(run(facts([py("transformer_engine/pytorch/onnx_extensions.py", [["torch", 1], ["onnx", 28]]), setup])), "MFA101");
    expect(m.map((f) => f.fingerprint)).toEqual(["MFA101:onnx"]);
    expect(m[0]!.message).toMatch(/ setup\.py builds part of the dependency list in code, which this audit reads but never runs: if it adds the package there, write it out/);
    // a sibling project's computed list says nothing about this code (tools/ holds code of its own: a manifest in
    // a folder without code would govern the repository)
    const sibling = { ...manifest("tools/setup.py", "setup-py", [["torch", "", 3]]), partialDeclarations: true as const };
    const other = byCode(run(facts([py("app/main.py", [["onnx", 2]]), py("tools/build.py", [["torch", 1]]), sibling, req("app/requirements.txt", [["numpy", "", 1]])])), "MFA101");
    expect(other.map((f) => f.fingerprint)).toEqual(["MFA101:onnx"]);
    expect(other[0]!.message).not.toMatch(/builds part of the dependency list/);
    // two of them (TransformerEngine's root setup.py and its PyTorch package's)
    const inner = { ...manifest("transformer_engine/pytorch/setup.py", "setup-py", [["torch", "", 5]]), partialDeclarations: true as const };
    const two = byCode(run(facts([py("transformer_engine/pytorch/onnx_extensions.py", [["onnx", 28]]), setup, inner])), "MFA101");
    expect(two[0]!.message).toMatch(/ setup\.py, transformer_engine\/pytorch\/setup\.py build part of the dependency list in code, which this audit reads but never runs: if one of them adds the package there/);
     // tensorflow/agents: tf-keras brings TensorFlow, and the setup.py computes the extra that names it: both said
    const agents = { ...manifest("setup.py", "setup-py", [["tf-keras", "", 206]]), partialDeclarations: true as const };
    const both = byCode(run(facts([py("tf_agents/agents/dqn/dqn_agent.py", [["tensorflow", 27]]), agents])), "MFA101");
    expect(both.map((f) => f.fingerprint)).toEqual(["MFA101:tensorflow"]);
    expect(both[0]!.message).toMatch(/only arrives transitively through `tf-keras`; declare it directly to control its version\. setup\.py builds part of the dependency list in code/);
  });
  it("mentions transitive providers", () => {
    const m = byCode(run(facts([py("t.py", [["torch", 1], ["lightning", 2]]), req("requirements.txt", [["lightning", "", 1]])])), "MFA101");
    expect(m[0]!.message).toMatch(/transitively through `lightning`/);
    // google-ai-edge/mediapipe-samples: a Colab installs the Model Maker, which installs TensorFlow
    const mp = byCode(run(facts([py("face_stylizer.py", [["tensorflow", 3], ["mediapipe_model_maker", 6]]), req("requirements.txt", [["mediapipe-model-maker", "", 1]])])), "MFA101");
    expect(mp.map((f) => f.fingerprint)).toEqual(["MFA101:tensorflow"]);
    expect(mp[0]!.message).toMatch(/only arrives transitively through `mediapipe-model-maker`/);
    // nateraw/stable-diffusion-videos: PyTorch comes with the Real-ESRGAN upscaler it declares
    const sdv = byCode(run(facts([py("stable_diffusion_videos/utils.py", [["torch", 1]]), manifest("pyproject.toml", "pyproject", [["realesrgan", "", 20]])])), "MFA101");
    expect(sdv[0]!.message).toMatch(/only arrives transitively through `realesrgan`/);
    // oobabooga/text-generation-webui: the quantization and attention kernels each require torch
    const tgw = byCode(run(facts([py("modules/models.py", [["torch", 1]]), req("requirements.txt", [["xformers", "", 3], ["bitsandbytes", "==0.45.*", 4], ["flash-attn", "", 5]])])), "MFA101");
    expect(tgw[0]!.message).toMatch(/only arrives transitively through `xformers`, `bitsandbytes`, `flash-attn`;/);
  });
  it("mentions an extra that installs it (UKPLab/sentence-transformers: onnxruntime from optimum[onnxruntime])", () => {
    const pyproject = manifest("pyproject.toml", "pyproject", [["optimum", ">=1.23.1", 53, { source: "pyproject:project", group: "onnx", extras: ["onnxruntime"] }]]);
    const m = byCode(run(facts([py("sentence_transformers/backend/load.py", [["onnxruntime", 26]]), pyproject])), "MFA101");
    expect(m[0]!.message).toMatch(/only arrives transitively through `optimum\[onnxruntime\]`; declare it directly/);
    // without the extra, optimum installs no onnxruntime: no such hint
    const plain = manifest("pyproject.toml", "pyproject", [["optimum", ">=1.23.1", 53, { source: "pyproject:project" }]]);
    expect(byCode(run(facts([py("load.py", [["onnxruntime", 26]]), plain])), "MFA101")[0]!.message).not.toMatch(/transitively/);
  });
  it("not for first-party modules, non-ML imports, Docker images that ship the framework, or keras under tensorflow", () => {
    expect(byCode(run(facts([py("a.py", [["transformers", 1], ["requests", 2]]), req("requirements.txt", [["numpy", "", 1]])], { localModules: ["transformers"] })), "MFA101")).toEqual([]);
    expect(byCode(run(facts([py("a.py", [["torch", 1], ["torchvision.models", 2]]), dockerfile("Dockerfile", [["pytorch/pytorch", "2.3.1-cuda12.1-cudnn8-runtime", 1]])])), "MFA101")).toEqual([]);
    expect(byCode(run(facts([py("a.py", [["keras", 1]]), req("requirements.txt", [["tensorflow", "", 1]])])), "MFA101")).toEqual([]);
  });
  it("not when a nightly or weekly wheel of the package is declared (google-ai-edge/ai-edge-torch: ai-edge-litert-nightly)", () => {
    const imports: [string, number][] = [["ai_edge_litert.interpreter", 1], ["tf_keras", 2], ["onnx", 3], ["onnxruntime", 4], ["tensorflow_hub", 5], ["tensorflow_text", 6]];
    const nightlies: [string, string, number][] = [["ai-edge-litert-nightly", "", 1], ["tf-keras-nightly", "", 2], ["onnx-weekly", "", 3], ["ort-nightly-gpu", "", 4], ["tf-hub-nightly", "", 5], ["tensorflow-text-nightly", "", 6]];
    expect(byCode(run(facts([py("a.py", imports), req("requirements.txt", nightlies)])), "MFA101")).toEqual([]);
    expect(byCode(run(facts([py("a.py", imports), req("requirements.txt", [])])), "MFA101")).toHaveLength(6);
  });
});

describe("MFA103 missing-on-demand-dependency", () => {
  /** A file whose imports are all inside function bodies (ImportFact.lazy), as the scanner marks them. */
  const lazyPy = (path: string, imports: [string, number][]) => {
    const f = py(path, imports);
    for (const im of f.imports) im.lazy = true;
    return f;
  };
  const torchReq = req("requirements.txt", [["torch", ">=2.1", 1]]);

  it("reports an undeclared package imported only inside functions as a warning, not MFA101", () => {
    const fs = run(facts([py("train.py", [["torch", 1]]), lazyPy("torchrl/data/preprocessing.py", [["tensorflow", 425]]), torchReq]));
    expect(byCode(fs, "MFA101")).toEqual([]);
    const m = byCode(fs, "MFA103");
    expect(m.map((f) => [f.fingerprint, f.severity, f.locations])).toEqual([["MFA103:tensorflow", "warning", [{ path: "torchrl/data/preprocessing.py", line: 425 }]]]);
    expect(m[0]!.message).toMatch(/^`tensorflow` is imported only inside a function \(1 place, first at torchrl\/data\/preprocessing\.py:425\) and no manifest declares any of `tensorflow`/);
    expect(m[0]!.message).toMatch(/fails with ImportError/);
  });

  it("is MFA101 when one required place is at module level, listing the on-demand places too", () => {
    const fs = run(facts([lazyPy("export.py", [["onnx", 4]]), py("check.py", [["onnx", 1]]), torchReq]));
    expect(byCode(fs, "MFA103")).toEqual([]);
    expect(byCode(fs, "MFA101").map((f) => [f.fingerprint, f.locations.map((l) => l.path)])).toEqual([["MFA101:onnx", ["check.py", "export.py"]]]);
  });

  it("says nothing when the package is declared or the import optional; names a project that declares it elsewhere", () => {
    expect(byCode(run(facts([lazyPy("export.py", [["onnx", 4]]), req("requirements.txt", [["onnx", "", 1]])])), "MFA103")).toEqual([]);
    const optional = lazyPy("export.py", [["onnx", 4]]);
    optional.imports[0]!.optional = true;
    expect(byCode(run(facts([optional, torchReq])), "MFA103")).toEqual([]);
    // Declared by another project only: MFA103 for this one, with MFA101's pointer to the declaring file.
    const fs = run(facts([lazyPy("a/export.py", [["onnx", 4]]), req("a/requirements.txt", [["torch", "", 1]]), req("b/requirements.txt", [["onnx", "", 1]]), py("b/run.py", [["onnx", 1]])]));
    const m = byCode(fs, "MFA103");
    expect(m.map((f) => f.locations[0]!.path)).toEqual(["a/export.py"]);
    expect(m[0]!.message).toMatch(/no manifest of that code's project declares any of `onnx`.* b\/requirements\.txt declares it for its own project\.$/);
  });
});

describe("MFA101 / MFA102 in a repository of several projects", () => {
  // pytorch/examples-like: one requirements.txt per example, no manifest at the root.
  const examples = () => [
    req("gcn/requirements.txt", [["torch", "", 1], ["torchvision", "", 2]]),
    py("gcn/train.py", [["torch", 1], ["torchvision.models", 2]]),
    req("gat/requirements.txt", [["torch", "", 1]]),
    py("gat/train.py", [["torch", 1], ["torchvision.models", 3]]),
    req("distributed/FSDP/requirements.txt", [["transformers", "", 1]]),
    py("distributed/FSDP/T5_training.py", [["torch", 3], ["transformers", 7]]),
  ];
  it("flags a package the importing project does not declare, even when another project does", () => {
    const m = byCode(run(facts(examples())), "MFA101");
    expect(m.map((f) => [f.fingerprint, f.locations])).toEqual([
      ["MFA101:torch", [{ path: "distributed/FSDP/T5_training.py", line: 3 }]],
      ["MFA101:torchvision", [{ path: "gat/train.py", line: 3 }]],
    ]);
    expect(m[1]!.message).toContain("but no manifest of that code's project declares `torchvision`. gcn/requirements.txt declares it for its own project.");
  });
  it("adds a subproject's declarations to those of the projects around it; code under no project is judged by them all", () => {
    // A root manifest declares torch for every project below it.
    const withRoot = [...examples(), req("requirements.txt", [["torch", ">=2", 1]])];
    expect(byCode(run(facts(withRoot)), "MFA101").map((f) => f.fingerprint)).toEqual(["MFA101:torchvision"]);
    // tools/ belongs to no project: the repository's declarations as a whole stand for it.
    expect(byCode(run(facts([...examples().slice(0, 2), py("tools/plot.py", [["torchvision", 1]])])), "MFA101")).toEqual([]);
  });
  it("does not take a project whose manifest computes its dependencies for a project that lacks one", () => {
    const repo = (partial: boolean) =>
      facts([
        { ...manifest("setup.py", "setup-py", [["numpy", "", 12]]), ...(partial ? { partialDeclarations: true as const } : {}) },
        py("src/pkg/flax_model.py", [["flax.linen", 4]]),
        req("examples/flax/requirements.txt", [["flax", "", 1]]),
        py("examples/flax/train.py", [["flax", 1]]),
      ]);
    expect(byCode(run(repo(false)), "MFA101").map((f) => f.fingerprint)).toEqual(["MFA101:flax"]);
    expect(byCode(run(repo(true)), "MFA101")).toEqual([]);
  });
  it("a Dockerfile in a folder of the code governs the project above it that another manifest defines (yolov5's utils/docker)", () => {
    const f = facts([
      req("requirements.txt", [["torch", "", 1]]),
      dockerfile("utils/docker/Dockerfile", [["pytorch/pytorch", "latest", 1]], [["onnx", "", 5]]),
      py("utils/general.py", [["torch", 1]]),
      py("export.py", [["torch", 1], ["onnx", 41]]),
    ]);
    expect(byCode(run(f), "MFA101")).toEqual([]);
  });
  it("with no manifest at the root, a Dockerfile beside code governs that code only (mlcommons/training's benchmarks)", () => {
    const f = facts([
      // large_language_model_pretraining/nemo: a NeMo base image (which ships Lightning) and the code it runs
      dockerfile("llm/nemo/Dockerfile", [["nvcr.io/nvidia/nemo", "24.12", 16]], [["transformers", "", 20]]),
      py("llm/nemo/callbacks.py", [["lightning.pytorch", 64], ["transformers", 3]]),
      // another benchmark imports Lightning with only a PyTorch image
      dockerfile("small/Dockerfile", [["nvcr.io/nvidia/pytorch", "25.01-py3", 1]]),
      py("small/callbacks.py", [["lightning.pytorch", 64]]),
      // a Dockerfile in a folder of its own serves the whole repository (tensorflow/tpu's tools/docker/Dockerfile)
      dockerfile("tools/docker/Dockerfile", [["ubuntu", "bionic", 2]], [["tensorflow", "==2.2.0", 27]]),
      manifest("models/setup.py", "setup-py", [["numpy", "", 5]]),
      py("models/train.py", [["tensorflow", 1]]),
      py("tools/convert.py", [["tensorflow", 1]]),
    ]);
    const m = byCode(run(f), "MFA101");
    expect(m.map((x) => x.fingerprint)).toEqual(["MFA101:lightning"]);
    expect(m[0]!.locations.map((l) => l.path)).toEqual(["small/callbacks.py"]);
    // With a root manifest, the same Dockerfile serves the project the root defines (as yolov5's utils/docker does).
    const rooted = facts([req("requirements.txt", [["numpy", "", 1]]), ...f.files]);
    expect(byCode(run(rooted), "MFA101")).toEqual([]);
  });
  it("a notebook's %pip install sets up its project's environment, like a Dockerfile", () => {
    const notebook = { ...nb("notebooks/explore.ipynb", [["pkg.model", 1, 0]]), declared: manifest("notebooks/explore.ipynb", "notebook", [["torch", "", 1]]).declared };
    const f = facts([req("requirements.txt", [["numpy", "", 1]]), notebook, py("src/pkg/model.py", [["torch", 1]])], { localModules: ["pkg"] });
    expect(byCode(run(f), "MFA101")).toEqual([]);
    expect(byCode(run(f), "MFA102")).toEqual([]);
  });
  it("flags a declaration no code of its project imports, and says where the repository does", () => {
    const f = facts([
      req("requirements.txt", [["torch", "", 1]]),
      req("research/gligen/requirements.txt", [["timm", "", 9]]),
      py("research/gligen/train.py", [["torch", 1]]),
      py("research/vqgan/train.py", [["timm", 27]]),
      // a folder without code: its manifest governs the repository
      req("notes/requirements.txt", [["timm", "", 2]]),
      // detectron2: the docs' environment imports the library (Sphinx's conf.py is code)
      req("docs/requirements.txt", [["timm", "", 23]]),
      py("docs/conf.py", [["os", 1]]),
    ]);
    const m = byCode(run(f), "MFA102");
    expect(m.map((x) => [x.fingerprint, x.locations])).toEqual([["MFA102:timm", [{ path: "research/gligen/requirements.txt", line: 9 }]]]);
    expect(m[0]!.message).toContain("no code of that project imports `timm` (the repository imports it elsewhere, first at research/vqgan/train.py:27)");
  });
});

describe("MFA101 and optional imports (try/except ImportError)", () => {
  /** The yolov5 shape: tflite_runtime tried first, tensorflow as the fallback in the handler. */
  function yolo(extra: [string, number][] = []): Facts {
    const common = py("models/common.py", [["torch", 3], ["tflite_runtime.interpreter.Interpreter", 40], ["tflite_runtime.interpreter.load_delegate", 40], ["tensorflow", 42], ...extra]);
    common.imports[1]!.optional = true;
    common.imports[2]!.optional = true;
    return facts([common, req("requirements.txt", [["torch", ">=1.8", 1], ["tensorflow", ">=2.4", 2]])]);
  }

  it("an import that is optional everywhere is not reported", () => {
    expect(byCode(run(yolo()), "MFA101")).toEqual([]);
  });

  it("optional in some places, required in others: the finding lists only the required places", () => {
    const f = yolo();
    f.files.push(py("export.py", [["tflite_runtime.interpreter", 7]]), py("detect.py", [["tflite_runtime", 12]]));
    const m = byCode(run(f), "MFA101");
    expect(m.map((x) => x.fingerprint)).toEqual(["MFA101:tflite_runtime"]);
    expect(m[0]!.locations).toEqual([{ path: "detect.py", line: 12 }, { path: "export.py", line: 7 }]);
    expect(m[0]!.message).toContain("2 places");
    expect(m[0]!.message).toContain("first at detect.py:12");
  });

  it("`optional: false` or absent is required, as before", () => {
    const f = yolo();
    f.files[0]!.imports[1]!.optional = false;
    const m = byCode(run(f), "MFA101");
    expect(m[0]!.locations).toEqual([{ path: "models/common.py", line: 40 }]);
  });

  it("framework detection still counts optional imports", () => {
    const f = facts([py("serve.py", [["numpy", 1], ["tensorflow", 3]])]);
    f.files[0]!.imports[1]!.optional = true;
    const r = analyze(f, config());
    expect(r.frameworks.map((x) => x.id)).toContain("tensorflow");
    expect(r.frameworks.find((x) => x.id === "tensorflow")!.imported).toBe(true);
    expect(byCode(r.findings, "MFA101")).toEqual([]);
  });
});

describe("MFA102 unused-dependency", () => {
  it("flags a declared framework never imported", () => {
    const m = byCode(run(facts([py("a.py", [["torch", 1]]), req("requirements.txt", [["torch", "", 1], ["tensorflow-cpu", "==2.15.0", 2]])])), "MFA102");
    expect(m.map((f) => f.fingerprint)).toEqual(["MFA102:tensorflow-cpu"]);
    expect(m[0]!.locations).toEqual([{ path: "requirements.txt", line: 2 }]);
    expect(m[0]!.message).toContain("`tensorflow-cpu`");
  });
  it("names where the repository does import it in its own code (openvinotoolkit/nncf: not docs/api/source/conf.py)", () => {
    const f = facts([
      py("docs/api/source/conf.py", [["torch", 152]]),
      py("src/nncf/torch/model_creation.py", [["torch", 14]]),
      py("tests/cross_fw/sdl/fuzz/fuzz_target.py", [["numpy", 1]]),
      req("tests/cross_fw/sdl/fuzz/requirements.txt", [["torch", "", 4]]),
      manifest("pyproject.toml", "pyproject", [["numpy", "", 20, { source: "pyproject:project" }]]),
    ]);
    const m = byCode(run(f), "MFA102");
    expect(m.map((x) => x.fingerprint)).toEqual(["MFA102:torch"]);
    expect(m[0]!.message).toMatch(/\(the repository imports it elsewhere, first at src\/nncf\/torch\/model_creation\.py:14\)/);
  });
  it("counts what the repository's own package imports as used by a project that imports the package (BentoML's e2e tests)", () => {
    const bento = (testImports: [string, number][]) =>
      facts([
        py("src/bentoml/__init__.py", []),
        py("src/bentoml/_internal/frameworks/common/pytorch.py", [["torch", 25]]),
        py("tests/e2e/bento_new_sdk/test_asgi.py", testImports),
        req("tests/e2e/bento_new_sdk/requirements.txt", [["transformers", "<4.54", 3], ["torch", "", 4], ["timm", "", 5]]),
        manifest("pyproject.toml", "pyproject", [["numpy", "", 20, { source: "pyproject:project" }]]),
      ]);
    // The test imports bentoml, whose PyTorch integration imports torch: torch is used; timm is not (bentoml never
    // imports it). (transformers names a catalogued feature: a declaration of it is a use, never MFA102.)
    expect(byCode(run(bento([["bentoml", 9]])), "MFA102").map((x) => x.fingerprint)).toEqual(["MFA102:timm"]);
    // Without the import of bentoml, torch is unused there as before.
    expect(byCode(run(bento([["pydantic", 5]])), "MFA102").map((x) => x.fingerprint)).toEqual(["MFA102:torch", "MFA102:timm"]);
  });
  it("advises by where it is declared: a main dependency may move to an optional group, one only in optional groups can go", () => {
    const main = byCode(run(facts([py("a.py", [["torch", 1]]), req("requirements.txt", [["torch", "", 1], ["timm", "", 2]])])), "MFA102");
    expect(main[0]!.message).toMatch(/Remove it or move it to the optional group that needs it\.$/);
    // huggingface/lerobot: `timm-dep = ["timm>=1.0.0,<1.1.0"]`, an extra other extras pull in
    const pyproject = manifest("pyproject.toml", "pyproject", [["torch", ">=2.7", 30, { source: "pyproject:project" }], ["timm", ">=1.0.0,<1.1.0", 167, { source: "pyproject:project", group: "timm-dep" }]]);
    const extra = byCode(run(facts([py("src/lerobot/policies/act.py", [["torch", 1]]), pyproject])), "MFA102");
    expect(extra.map((f) => f.fingerprint)).toEqual(["MFA102:timm"]);
    expect(extra[0]!.message).toMatch(/It is only in the optional group `timm-dep`: remove it there, unless the group installs it for something that uses it without an import/);
    expect(extra[0]!.message).not.toMatch(/move it to the optional group/);
  });
  it("a manifest deeper in requirements/ beside a helper script governs the repository (Lightning-AI/pytorch-lightning)", () => {
    const f = facts([
      py("src/lightning/pytorch/trainer/trainer.py", [["torch", 1]]),
      py("requirements/pytorch/check-avail-extras.py", [["importlib", 1]]),
      req("requirements/pytorch/base.txt", [["torch", ">=2.1", 4]]),
    ]);
    expect(byCode(run(f), "MFA102")).toEqual([]);
  });
  it("is conservative: companions, backends, CLI/feature packages, docker images, repos without code", () => {
    const quiet = [
      facts([py("a.py", [["torch", 1]]), req("requirements.txt", [["torch", "", 1], ["torchvision", "", 2], ["torchaudio", "", 3]])]),
      facts([py("a.py", [["lightning", 1]]), req("requirements.txt", [["torch", "", 1], ["lightning", "", 2]])]),
      facts([py("a.py", [["keras", 1]]), req("requirements.txt", [["keras", "", 1], ["tensorflow", "", 2]])]),
      facts([py("a.py", [["tensorflow.keras.layers", 1]]), req("requirements.txt", [["tensorflow", "", 1], ["tf-keras", "", 2]])]),
      // `import tensorflow as tf; tf.keras...` uses the keras pinned beside TensorFlow >= 2.16 (PINTO0309/onnx2tf, google/flax)
      facts([py("a.py", [["tensorflow", 1]]), manifest("pyproject.toml", "pyproject", [["tensorflow", "==2.21.0", 51, { source: "pyproject:project", group: "tensorflow" }], ["keras", "==3.15.0", 53, { source: "pyproject:project", group: "tensorflow" }]])]),
      facts([py("a.py", [["jax", 1]]), req("requirements.txt", [["jax", "", 1], ["jaxlib", "", 2]])]),
      facts([py("a.py", [["torch", 1]]), req("requirements.txt", [["torch", "", 1], ["onnxruntime", "", 2], ["torchserve", "", 3], ["accelerate", "", 4], ["transformers", "", 5]])]),
      facts([py("a.py", [["torch", 1]]), dockerfile("Dockerfile", [["tensorflow/serving", "latest", 1]])]),
      facts([req("requirements.txt", [["torch", "", 1]])]),
    ];
    for (const f of quiet) expect(byCode(run(f), "MFA102")).toEqual([]);
  });
  it("a framework pinned for a library built on it is used through that library (kserve's autogluonserver)", () => {
    const f = facts([py("autogluonserver/timeseries_model.py", [["autogluon.timeseries", 24]]), manifest("pyproject.toml", "pyproject", [["torch", "==2.9.1", 14, { source: "pyproject:project" }], ["autogluon.tabular", "==1.5.0", 16, { source: "pyproject:project" }]])]);
    expect(byCode(run(f), "MFA102")).toEqual([]);
    const tf = facts([py("recsys/model.py", [["tensorflow_recommenders", 3]]), req("requirements.txt", [["tensorflow", "==2.15.1", 1], ["tensorflow-recommenders", "", 2]])]);
    expect(byCode(run(tf), "MFA102")).toEqual([]);
    // huggingface/smolagents: `mlx[cpu]` pinned in the test extra for the mlx-lm backend, which imports mlx itself
    const mlx = facts([py("src/smolagents/models.py", [["mlx_lm", 803]]), manifest("pyproject.toml", "pyproject", [["mlx-lm", "", 60, { source: "pyproject:project", group: "mlx-lm" }], ["mlx", "", 108, { source: "pyproject:project", group: "test", extras: ["cpu"] }]])]);
    expect(byCode(run(mlx), "MFA102")).toEqual([]);
    // Stability-AI/generative-models: timm pinned for the timm vision towers of the open_clip it imports
    const clip = facts([py("sgm/modules/encoders/modules.py", [["torch", 3], ["open_clip", 8]]), req("requirements/pt2.txt", [["torch", ">=2.0.1", 1], ["open-clip-torch", ">=2.20.0", 16], ["timm", ">=0.9.2", 29]])]);
    expect(byCode(run(clip), "MFA102")).toEqual([]);
    // without open_clip nothing uses it (haotian-liu/LLaVA declares timm and imports neither)
    const llava = facts([py("llava/model/builder.py", [["torch", 1]]), req("requirements.txt", [["torch", "==2.1.2", 1], ["timm", "==0.6.13", 2]])]);
    expect(byCode(run(llava), "MFA102").map((x) => x.fingerprint)).toEqual(["MFA102:timm"]);
  });
  it("keras declared in a project that imports neither keras nor TensorFlow is unused", () => {
    const f = facts([py("a.py", [["torch", 1]]), req("requirements.txt", [["torch", "", 1], ["keras", ">=3", 2]])]);
    expect(byCode(run(f), "MFA102").map((x) => x.fingerprint)).toEqual(["MFA102:keras"]);
  });
});

describe("MFA201 version-too-old", () => {
  const compileRepo = (file: ReturnType<typeof req>) => facts([py("train.py", [["torch", 1]], [["torch.compile", 9, { matched: "torch.compile" }]]), file]);
  it.each([
    ["==1.13.1", true],
    ["<2", true],
    ["<=1.13.1", true],
    ["~=1.13", true],
    ["==1.13.*", true],
    [">=1.12,<2.0", true],
    ["", false],
    [">=1.8", false],
    ["~=2.0", false],
    ["==2.*", false],
    [">=1.13,<2.0.1", false],
  ])("pip specifier torch%s -> fires: %s", (spec, fires) => {
    const m = byCode(run(compileRepo(req("requirements.txt", [["torch", spec, 3]]))), "MFA201");
    expect(m.length > 0).toBe(fires);
    if (fires) {
      expect(m[0]!.fingerprint).toBe("MFA201:torch.compile:requirements.txt");
      expect(m[0]!.locations[0]).toEqual({ path: "requirements.txt", line: 3 });
      expect(m[0]!.locations).toContainEqual({ path: "train.py", line: 9 });
      expect(m[0]!.message).toMatch(/PyTorch >= 2\.0/);
    }
  });
  it("does not hold a usage the code reaches only after a version or hasattr check against an old pin", () => {
    // DeepSpeed: `if required_torch_version(min_version=2.0): F.scaled_dot_product_attention = ...`, with torch==1.13.0
    const repo = (guarded: boolean) => {
      const f = py("profiler.py", [["torch", 1]], [["torch.sdpa", 940, { matched: "torch.nn.functional.scaled_dot_product_attention" }]]);
      if (guarded) f.usages[0]!.guarded = true;
      return facts([f, req("requirements.txt", [["torch", "==1.13.0", 1]])]);
    };
    expect(byCode(run(repo(false)), "MFA201").map((f) => f.fingerprint)).toEqual(["MFA201:torch.sdpa:requirements.txt"]);
    expect(byCode(run(repo(true)), "MFA201")).toEqual([]);
  });
  it("does not hold a Dockerfile build argument's default as a pin (horovod's test images)", () => {
    // `ARG TENSORFLOW_PACKAGE=tensorflow-cpu==1.15.0` ... `pip install ${TENSORFLOW_PACKAGE}`: CI builds the image
    // with many versions; only a version written in the file is one the build always installs
    const xla = py("test/test_xla.py", [["tensorflow", 1]], [["tf.xla", 12, { matched: "tensorflow.function", detail: "jit_compile=True" }]]);
    const image = (buildArg: string | undefined) => dockerfile("Dockerfile.test.cpu", [["ubuntu", "20.04", 2]], [["tensorflow-cpu", "==1.15.0", 171, buildArg ? { buildArg } : {}]]);
    expect(byCode(run(facts([xla, image(undefined)])), "MFA201").map((f) => f.fingerprint)).toEqual(["MFA201:tf.jit_compile:Dockerfile.test.cpu"]);
    expect(byCode(run(facts([xla, image("TENSORFLOW_PACKAGE")])), "MFA201")).toEqual([]);
  });
  it("converts Poetry constraints to PEP 440 by Poetry's rules, and gives up on anything else", () => {
    const cases: [string, string | null][] = [
      ["^1.2.3", ">=1.2.3,<2"],
      ["^1.2", ">=1.2,<2"],
      ["^0.2.3", ">=0.2.3,<0.3"],
      ["^0.0.3", ">=0.0.3,<0.0.4"],
      ["^0.0", ">=0.0,<0.1"],
      ["^0", ">=0,<1"],
      ["~1.2.3", ">=1.2.3,<1.3"],
      ["~1", ">=1,<2"],
      ["2.12.1", "==2.12.1"],
      ["=2.12.1", "==2.12.1"],
      ["1.13.*", "==1.13.*"],
      ["~=2.1", "~=2.1"],
      ["^2.0.0rc1", ">=2.0.0rc1,<3"],
      [">= 1.2, < 1.5", ">=1.2,<1.5"],
      [">=1.2 <1.5 !=1.3.1", ">=1.2,<1.5,!=1.3.1"],
      ["^1.0 || ^2.0", ">=1.0,<2 | >=2.0,<3"],
      ["*", ""],
      ["^1.x", null],
      ["latest", null],
      ["^1.*", null],
    ];
    for (const [poetry, pep440] of cases) expect(poetryToPep440(poetry), poetry).toBe(pep440);
  });
  it.each([
    ["^1.13", true],
    ["~1.12", true],
    ["1.13.1", true],
    ["1.13.*", true],
    [">= 1.12, < 2.0", true],
    [">=1.12 <2.0", true],
    ["^1.13 || ^2.0", false],
    ["^2.1", false],
    ["*", false],
    ["^0.4", true],
    ["^1.13 junk", false], // unreadable: never reported
  ])("Poetry constraint torch = %j -> fires: %s", (spec, fires) => {
    const poetry = manifest("pyproject.toml", "pyproject", [["torch", spec === "*" ? "" : spec, 12, { source: "pyproject:poetry" }]]);
    const m = byCode(run(compileRepo(poetry)), "MFA201");
    expect(m.length > 0).toBe(fires);
    if (fires) expect(m[0]!.message).toContain(`\`torch${spec === "*" ? "" : spec}\``);
  });
  it("judges code by its own project's manifests in a monorepo of independent projects (pytorch/examples)", () => {
    const compile = (path: string, line: number) => py(path, [["torch", 1]], [["torch.compile", line, { matched: "torch.compile" }]]);
    const f = facts([
      // An old project that pins torch below 2.6, and uses nothing that needs more.
      req("time_sequence_prediction/requirements.txt", [["torch", "<2.6", 1]]),
      py("time_sequence_prediction/train.py", [["torch", 1]]),
      // FSDP2 (fully_shard needs 2.6) with its own, new enough pin: the other project's pin is not its problem.
      req("distributed/FSDP2/requirements.txt", [["torch", ">=2.7", 1]]),
      py("distributed/FSDP2/example.py", [["torch", 1]], [["torch.fsdp", 7, { matched: "torch.distributed.fsdp.fully_shard" }]]),
      compile("distributed/FSDP2/model.py", 40),
      // A project pinned below 2.0 that calls torch.compile, in a subfolder: its finding cites its own use only.
      req("legacy/requirements.txt", [["torch", "==1.13.1", 1]]),
      compile("legacy/src/train.py", 12),
      // The repository's own manifests in requirements/ and docker/ govern the root and what no nearer project claims.
      req("requirements/base.txt", [["torch", "==1.12.0", 2]]),
      dockerfile("docker/Dockerfile", [["pytorch/pytorch", "1.12.1-cuda11.3-cudnn8-runtime", 1]]),
      compile("tools/bench.py", 5),
      // Code under no project that declares torch is judged by none.
    ]);
    const m = byCode(run(f), "MFA201");
    // The root project's two too-old manifests make one finding (named by the first), the legacy project its own.
    expect(m.map((x) => x.fingerprint).sort()).toEqual(["MFA201:torch.compile:docker/Dockerfile", "MFA201:torch.compile:legacy/requirements.txt"]);
    const legacy = m.find((x) => x.fingerprint === "MFA201:torch.compile:legacy/requirements.txt")!;
    expect(legacy.message).toContain("Used at legacy/src/train.py:12. Source");
    expect(legacy.locations).toEqual([{ path: "legacy/requirements.txt", line: 1 }, { path: "legacy/src/train.py", line: 12 }]);
    const base = m.find((x) => x.fingerprint === "MFA201:torch.compile:docker/Dockerfile")!;
    expect(base.message).toBe(
      "torch.compile needs PyTorch >= 2.0, but 2 manifests of this project allow only older versions: docker/Dockerfile (`pytorch/pytorch:1.12.1-cuda11.3-cudnn8-runtime`), requirements/base.txt (`torch==1.12.0`): no permitted version provides it. Used at tools/bench.py:5. Source: https://pytorch.org/blog/pytorch-2.0-release/",
    );
    expect(base.locations).toEqual([{ path: "docker/Dockerfile", line: 1 }, { path: "requirements/base.txt", line: 2 }, { path: "tools/bench.py", line: 5 }]);
    // Without its own manifest, FSDP2's code falls to the repository's: then the root pins judge it.
    const orphan = facts(f.files.filter((x) => x.path !== "distributed/FSDP2/requirements.txt"));
    const fp = byCode(run(orphan), "MFA201").map((x) => x.fingerprint);
    expect(fp).toContain("MFA201:torch.fsdp.fully_shard:docker/Dockerfile");
    expect(fp).not.toContain("MFA201:torch.fsdp.fully_shard:time_sequence_prediction/requirements.txt");
  });
  it("a notebook's %pip pin governs that notebook only (tensorflow/probability's release notebooks)", () => {
    const releaseNb = { ...py("examples/TFP_Release_Notebook_0_11_0.ipynb", [["tensorflow", 2, 5]], [["tf.xla", 9, { matched: "jit_compile", cell: 12 }]], "notebook") };
    releaseNb.declared = manifest(releaseNb.path, "notebook", [["tensorflow", "==2.3.0", 2, { source: "notebook:%pip" }]]).declared;
    const f = facts([
      releaseNb,
      py("examples/windowed_sampling.py", [["tensorflow", 1]], [["tf.xla", 47, { matched: "jit_compile" }]]),
      py("tfp/mcmc/kernel.py", [["tensorflow", 1]], [["tf.xla", 30, { matched: "jit_compile" }]]),
      req("requirements.txt", [["tensorflow", ">=2.15", 1]]),
    ]);
    const m = byCode(run(f), "MFA201");
    expect(m.map((x) => x.fingerprint)).toEqual(["MFA201:tf.jit_compile:examples/TFP_Release_Notebook_0_11_0.ipynb"]);
    expect(m[0]!.message).toContain("allows only `tensorflow==2.3.0`: no permitted version provides it. Used at examples/TFP_Release_Notebook_0_11_0.ipynb (cell 12):9. Source");
    expect(m[0]!.locations.map((l) => l.path)).toEqual(["examples/TFP_Release_Notebook_0_11_0.ipynb", "examples/TFP_Release_Notebook_0_11_0.ipynb"]);
  });
  it("one finding per project when several of its manifests are too old (pytorch/serve's pin per CUDA version)", () => {
    const variants = ["cu101_linux", "cu102_linux", "cu111_linux", "cu113_linux", "cu116_linux"].map((v, i) => req(`requirements/torch_${v}.txt`, [["torch", `==1.${8 + i}.0+${v.split("_")[0]}`, 4]]));
    const f = facts([...variants, req("requirements/torch_cu121_linux.txt", [["torch", "==2.1.0+cu121", 4]]), py("examples/handler.py", [["torch", 1]], [["torch.compile", 135, { matched: "torch.compile" }]])]);
    const m = byCode(run(f), "MFA201");
    expect(m).toHaveLength(1);
    expect(m[0]!.fingerprint).toBe("MFA201:torch.compile:requirements/torch_cu101_linux.txt");
    expect(m[0]!.message).toContain(
      "but 5 manifests of this project allow only older versions: requirements/torch_cu101_linux.txt (`torch==1.8.0+cu101`), requirements/torch_cu102_linux.txt (`torch==1.9.0+cu102`), requirements/torch_cu111_linux.txt (`torch==1.10.0+cu111`) and 2 more: no permitted version",
    );
    expect(m[0]!.locations.map((l) => l.path)).toEqual([...variants.map((v) => v.path), "examples/handler.py"]);
  });
  it.each([
    // pytorch/serve's requirements/torch_*.txt: CUDA, CPU and ROCm builds carry a local version label
    ["==2.4.0+cu118", false],
    ["==2.4.0+cpu", false],
    ["==2.5.1+rocm6.2", false],
    ["==2.4.0.dev20240328+cpu", false],
    ["==1.13.1+cu116", true],
    ["==1.8.1+cu101", true],
    // a release candidate or nightly of 2.0 has what 2.0 brought; one of 1.14 does not
    ["==2.0.0rc1", false],
    ["==2.0.0.dev20230101", false],
    ["==1.14.0.dev20221201", true],
  ])("a local or pre-release version is a version: torch%s -> fires: %s", (spec, fires) => {
    const m = byCode(run(compileRepo(req("requirements.txt", [["torch", spec, 3]]))), "MFA201");
    expect(m.length > 0).toBe(fires);
  });
  it("tensorflow~=2.3.0 with tf.data.AUTOTUNE (needs 2.4) fires; ~=2.3 does not", () => {
    const repo = (spec: string) =>
      facts([py("d.py", [["tensorflow", 1]], [["tf.data", 4, { matched: "tensorflow.data.AUTOTUNE" }]]), req("requirements.txt", [["tensorflow", spec, 1]])]);
    expect(byCode(run(repo("~=2.3.0")), "MFA201").map((f) => f.fingerprint)).toEqual(["MFA201:tf.data.AUTOTUNE:requirements.txt"]);
    expect(byCode(run(repo("~=2.3")), "MFA201")).toEqual([]);
  });
  it("only the matched form counts: experimental AUTOTUNE / experimental_compile never fire", () => {
    const f = facts([
      py("d.py", [["tensorflow", 1]], [["tf.data", 4, { matched: "tensorflow.data.experimental.AUTOTUNE" }], ["tf.xla", 5, { detail: "experimental_compile=True" }]]),
      req("requirements.txt", [["tensorflow", "==2.2.0", 1]]),
    ]);
    expect(byCode(run(f), "MFA201")).toEqual([]);
    const g = facts([py("d.py", [["tensorflow", 1]], [["tf.xla", 5, { detail: "jit_compile=True" }]]), req("requirements.txt", [["tensorflow", "==2.4.1", 1]])]);
    expect(byCode(run(g), "MFA201").map((x) => x.fingerprint)).toEqual(["MFA201:tf.jit_compile:requirements.txt"]);
  });
  it("conda specifiers: pytorch=1.13 fires, pytorch>=2 does not", () => {
    const conda = (spec: string) => manifest("environment.yml", "conda", [["pytorch", spec, 5]], "conda");
    expect(byCode(run(compileRepo(conda("=1.13"))), "MFA201")).toHaveLength(1);
    expect(byCode(run(compileRepo(conda("1.13.1=py3.9_cuda11.6_cudnn8.3.2_0"))), "MFA201")).toHaveLength(1);
    expect(byCode(run(compileRepo(conda(">=2.0"))), "MFA201")).toHaveLength(0);
    expect(byCode(run(compileRepo(conda("[version='<2']"))), "MFA201")).toHaveLength(1);
    expect(byCode(run(compileRepo(conda("2.1.*"))), "MFA201")).toHaveLength(0);
  });
  it("Docker tags: pytorch/pytorch:1.13.1-cuda... fires; latest and pip-overridden images do not", () => {
    const img = (tag: string, pip: [string, string, number][] = []) => dockerfile("Dockerfile", [["pytorch/pytorch", tag, 1]], pip);
    const m = byCode(run(compileRepo(img("1.13.1-cuda11.6-cudnn8-runtime"))), "MFA201");
    expect(m).toHaveLength(1);
    expect(m[0]!.message).toContain("pytorch/pytorch:1.13.1-cuda11.6-cudnn8-runtime");
    expect(byCode(run(compileRepo(img("latest"))), "MFA201")).toEqual([]);
    expect(byCode(run(compileRepo(img("1.13.1-cuda11.6-cudnn8-runtime", [["torch", "==2.3.1", 4]]))), "MFA201")).toEqual([]);
    const tfImg = facts([py("x.py", [["tensorflow", 1]], [["tf.xla", 2, { detail: "jit_compile=True" }]]), dockerfile("Dockerfile", [["tensorflow/tensorflow", "2.3.0-gpu", 1]])]);
    expect(byCode(run(tfImg), "MFA201")).toHaveLength(1);
  });
  it("a lock-file version is checked instead of the specifier", () => {
    const withLock = (v: string) =>
      facts([py("train.py", [["torch", 1]], [["torch.compile", 9, { matched: "torch.compile" }]]), manifest("pyproject.toml", "pyproject", [["torch", ">=1.12", 8]]), lock("poetry.lock", "poetry-lock", [["torch", v]])]);
    const m = byCode(run(withLock("1.13.1")), "MFA201");
    expect(m).toHaveLength(1);
    expect(m[0]!.message).toContain("torch==1.13.1");
    expect(m[0]!.message).toContain("lock file");
    expect(byCode(run(withLock("2.1.0+cu118")), "MFA201")).toEqual([]);
  });
  it("a declaration takes its version from its own project's lock file, not from a sibling project's (kserve/kserve)", () => {
    const use = (path: string) => py(path, [["torch", 1]], [["torch.compile", 9, { matched: "torch.compile" }]]);
    const repo = facts([
      use("python/autogluonserver/server.py"),
      manifest("python/autogluonserver/pyproject.toml", "pyproject", [["torch", "==1.13.1", 14]]),
      lock("python/autogluonserver/uv.lock", "uv-lock", [["torch", "1.13.1"]]),
      use("python/custom_model/model.py"),
      manifest("python/custom_model/pyproject.toml", "pyproject", [["torch", ">=1.12", 10]]),
      lock("python/custom_model/uv.lock", "uv-lock", [["torch", "2.11.0+cpu"]]),
      // a workspace member without a lock of its own shares the lock above it
      use("python/member/m.py"),
      manifest("python/member/pyproject.toml", "pyproject", [["torch", ">=1.12", 3]]),
      lock("python/uv.lock", "uv-lock", [["torch", "2.1.0"]]),
      // a Dockerfile with no lock file above it is not governed by any
      dockerfile("docs/samples/Dockerfile", [["python", "3.11", 1]], [["torch", "", 52]]),
    ]);
    const declared = analyze(repo, config()).frameworks.find((f) => f.id === "pytorch")!.declared;
    expect(declared.map((d) => [d.path, d.resolvedVersion])).toEqual([
      ["docs/samples/Dockerfile", null],
      ["python/autogluonserver/pyproject.toml", "1.13.1"],
      ["python/custom_model/pyproject.toml", "2.11.0+cpu"],
      ["python/member/pyproject.toml", "2.1.0"],
    ]);
    expect(byCode(run(repo), "MFA201").map((f) => f.locations[0]!.path)).toEqual(["python/autogluonserver/pyproject.toml"]);
  });
  it("FSDP2 fully_shard needs 2.6 while FullyShardedDataParallel needs 1.12", () => {
    const repo = (matched: string, spec: string) => facts([py("f.py", [["torch", 1]], [["torch.fsdp", 3, { matched }]]), req("requirements.txt", [["torch", spec, 1]])]);
    expect(byCode(run(repo("torch.distributed.fsdp.fully_shard", "==2.5.1")), "MFA201").map((f) => f.fingerprint)).toEqual(["MFA201:torch.fsdp.fully_shard:requirements.txt"]);
    expect(byCode(run(repo("torch.distributed.fsdp.FullyShardedDataParallel", "==2.5.1")), "MFA201")).toEqual([]);
    expect(byCode(run(repo("torch.distributed.fsdp.FullyShardedDataParallel", "==1.11.0")), "MFA201").map((f) => f.fingerprint)).toEqual(["MFA201:torch.fsdp:requirements.txt"]);
  });
  it("a second declaration in the same file that allows the version clears it (markers)", () => {
    const f = compileRepo(req("requirements.txt", [["torch", "==1.13.1", 1, { marker: 'python_version < "3.8"' }], ["torch", ">=2.1", 2, { marker: 'python_version >= "3.8"' }]]));
    expect(byCode(run(f), "MFA201")).toEqual([]);
  });
});

describe("MFA301 deprecated-api", () => {
  it("flags torch.cuda.amp via usages and imports, and Lightning precision=16", () => {
    const f = facts([
      py("train.py", [["torch", 1], ["torch.cuda.amp.GradScaler", 2], ["lightning", 3]], [
        ["torch.amp", 20, { matched: "torch.cuda.amp.autocast" }],
        ["lightning", 40, { detail: 'max_epochs=1, precision=16, accelerator="gpu", devices=1' }],
      ]),
      req("requirements.txt", [["torch", "", 1], ["lightning", "", 2]]),
    ]);
    const m = byCode(run(f), "MFA301");
    expect(m.map((x) => x.fingerprint).sort()).toEqual(["MFA301:lightning-precision-16", "MFA301:torch.cuda.amp"]);
    // microsoft/DeepSpeed's test: the message names the argument, not the whole call
    expect(m.find((x) => x.fingerprint === "MFA301:lightning-precision-16")!.message).toMatch(/^`precision=16` \(1 place\): Lightning precision=16 was renamed/);
    const amp = m.find((x) => x.fingerprint === "MFA301:torch.cuda.amp")!;
    expect(amp.locations).toEqual([{ path: "train.py", line: 2 }, { path: "train.py", line: 20 }]);
    expect(amp.message).toContain('torch.amp.autocast("cuda")');
    // the fact's source: the message's last words, and a field of its own that the PR comment links
    expect(amp.sourceUri).toBe("https://github.com/pytorch/pytorch/releases/tag/v2.4.0");
    expect(amp.message.endsWith(` Source: ${amp.sourceUri}`)).toBe(true);
    expect(Object.keys(amp)).toEqual(["code", "id", "severity", "message", "locations", "helpUri", "sourceUri", "fingerprint"]);
  });
  it("says when every place runs on a release from before the change (karpathy/llama2.c, openai/baselines)", () => {
    const amp = (path: string) => py(path, [["torch", 1]], [["torch.amp", 188, { matched: "torch.cuda.amp.GradScaler" }]]);
    const note = (files: Parameters<typeof facts>[0]) => {
      const m = byCode(run(facts(files)), "MFA301")[0]!.message;
      return /The project pins .*?(?= Source:)/.exec(m)?.[0];
    };
    expect(note([amp("train.py"), req("requirements.txt", [["torch", "==2.0.1", 1]])])).toBe(
      "The project pins PyTorch below 2.4 (`torch ==2.0.1` in requirements.txt), where the code runs as written; the replacement may need a newer release: this is for the upgrade.",
    );
    // A removed API: the pin blocks the upgrade.
    const contrib = py("baselines/common/models.py", [["tensorflow", 1], ["tensorflow.contrib.layers", 98]]);
    expect(note([contrib, dockerfile("Dockerfile", [["python", "3.6", 1]], [["tensorflow", "< 2", 9]])])).toBe(
      "The project pins TensorFlow below 2.0 (`tensorflow < 2` in Dockerfile), where the code runs as written; moving to 2.0 or later needs this change first.",
    );
    // Not when a declaration allows the new release, is unpinned, or the place is in a project that pins nothing.
    expect(note([amp("train.py"), req("requirements.txt", [["torch", "==2.0.1", 1]]), req("requirements-dev.txt", [["torch", ">=2.0", 1]])])).toBeUndefined();
    expect(note([amp("train.py"), req("requirements.txt", [["torch", "", 1]])])).toBeUndefined();
    expect(note([amp("train.py"), amp("tools/new/run.py"), req("requirements.txt", [["torch", "==2.0.1", 1]]), req("tools/new/requirements.txt", [["torch", "==2.5.0", 1]])])).toBeUndefined();
    // Both places in projects pinned below: the note names the first place's project.
    expect(note([amp("train.py"), amp("tools/old/run.py"), req("requirements.txt", [["torch", "==2.0.1", 1]]), req("tools/old/requirements.txt", [["torch", "==1.13.1", 1]])])).toMatch(/^The project pins PyTorch below 2\.4 \(`torch ==/);
  });
  it("leads with a place in the package the repository builds, then path order (facebookresearch/fairseq)", () => {
    const amp = (path: string, line: number) => py(path, [["torch", 1]], [["torch.amp", line, { matched: "torch.cuda.amp.autocast" }]]);
    const f = facts([
      amp("examples/speech/train.py", 118),
      py("fairseq/__init__.py", []),
      amp("fairseq/optim/amp_optimizer.py", 26),
      amp("tests/test_amp.py", 9),
      req("requirements.txt", [["torch", "", 1]]),
    ]);
    const m = byCode(run(f), "MFA301")[0]!;
    expect(m.locations.map((l) => `${l.path}:${l.line}`)).toEqual(["fairseq/optim/amp_optimizer.py:26", "examples/speech/train.py:118", "tests/test_amp.py:9"]);
    // only code around the project: path order
    const around = byCode(run(facts([amp("tests/test_b.py", 3), amp("examples/a.py", 5)])), "MFA301")[0]!;
    expect(around.locations.map((l) => l.path)).toEqual(["examples/a.py", "tests/test_b.py"]);
  });
  it("does not flag the replacements", () => {
    const f = facts([
      py("train.py", [["torch", 1], ["torch.ao.quantization", 2]], [
        ["torch.amp", 20, { matched: "torch.amp.autocast" }],
        ["lightning", 40, { detail: 'precision="16-mixed"' }],
        ["torch.quantization", 50, { matched: "torch.ao.quantization.quantize_dynamic" }],
      ]),
      req("requirements.txt", [["torch", "", 1], ["lightning", "", 2]]),
    ]);
    expect(byCode(run(f), "MFA301")).toEqual([]);
  });
});

describe("MFA302 deprecated-package", () => {
  it("flags tensorflow-gpu and pytorch-lightning declarations", () => {
    const f = facts([py("a.py", [["tensorflow", 1], ["pytorch_lightning", 2], ["torch", 3]]), req("requirements.txt", [["tensorflow-gpu", "==2.10.1", 1], ["pytorch-lightning", "", 2], ["torch", "", 3]])]);
    const m = byCode(run(f), "MFA302");
    expect(m.map((x) => x.fingerprint).sort()).toEqual(["MFA302:pytorch-lightning", "MFA302:tensorflow-gpu"]);
    expect(m.find((x) => x.fingerprint === "MFA302:tensorflow-gpu")!.message).toMatch(/2\.11/);
  });
  it("says when the project pins TensorFlow below the release the package stopped at (hojonathanho/diffusion, microsoft/qlib)", () => {
    const note = (files: Parameters<typeof facts>[0], id: string) => {
      const m = byCode(run(facts(files)), "MFA302").find((x) => x.fingerprint === `MFA302:${id}`)!.message;
      return /The project pins .*?(?= Source:)/.exec(m)?.[0];
    };
    const code = py("diffusion_tf/utils.py", [["tensorflow", 2]]);
    // tensorflow-estimator 1.15 beside TensorFlow 1.15: it installs as it is; TensorFlow 2.16 removed the API.
    expect(note([code, req("requirements.txt", [["tensorflow", "==1.15.0", 92], ["tensorflow-estimator", "==1.15.1", 94]])], "tensorflow-estimator")).toBe(
      "The project pins TensorFlow below 2.16 (`tensorflow ==1.15.0` in requirements.txt), where it installs and works as written; moving to 2.16 or later needs this change first.",
    );
    // tensorflow-gpu is itself a declaration of TensorFlow: its own pin decides.
    expect(note([code, req("examples/TFT/requirements.txt", [["tensorflow-gpu", "==1.15.0", 1]])], "tensorflow-gpu")).toBe(
      "The project pins TensorFlow below 2.11 (`tensorflow-gpu ==1.15.0` in examples/TFT/requirements.txt), where it installs and works as written; moving to 2.11 or later needs this change first.",
    );
    // The pin named is one in the package's own file (apple/coremltools' reqs/test_tf2.pip, after test_tf1.pip).
    expect(note([code, req("reqs/test_tf1.pip", [["tensorflow", "==1.15.4", 3]]), req("reqs/test_tf2.pip", [["tensorflow", "==2.7.0", 12], ["tensorflow-estimator", "==2.7.0", 13]])], "tensorflow-estimator")).toBe(
      "The project pins TensorFlow below 2.16 (`tensorflow ==2.7.0` in reqs/test_tf2.pip and 1 more declaration), where it installs and works as written; moving to 2.16 or later needs this change first.",
    );
    // Not when TensorFlow is unpinned, or pinned at or past the release.
    expect(note([code, req("requirements.txt", [["tensorflow", "", 1], ["tensorflow-estimator", "==2.15.0", 2]])], "tensorflow-estimator")).toBeUndefined();
    expect(note([code, req("requirements.txt", [["tensorflow", ">=2.12", 1], ["tensorflow-estimator", "", 2]])], "tensorflow-estimator")).toBeUndefined();
    // A package without a framework release (pytorch-lightning was renamed, whatever torch is pinned to).
    expect(note([py("a.py", [["torch", 1]]), req("requirements.txt", [["torch", "==1.8.0", 1], ["pytorch-lightning", "==1.2.0", 2]])], "pytorch-lightning")).toBeUndefined();
  });
  it("not for the successors", () => {
    const f = facts([py("a.py", [["tensorflow", 1], ["lightning", 2], ["ai_edge_litert.interpreter", 3]]), req("requirements.txt", [["tensorflow", "", 1], ["lightning", "", 2], ["ai-edge-litert", "", 3]])]);
    expect(byCode(run(f), "MFA302")).toEqual([]);
  });
  it("puts a declaration first, the line to change, also when an import in the package sorts before it (Stability-AI/generative-models)", () => {
    const f = facts([
      py("main.py", [["pytorch_lightning", 11]]),
      py("sgm/__init__.py", []),
      py("sgm/data/cifar10.py", [["pytorch_lightning", 1]]),
      req("requirements/pt2.txt", [["pytorch-lightning", "==2.0.1", 23]]),
    ]);
    const m = byCode(run(f), "MFA302")[0]!;
    expect(m.locations.map((l) => `${l.path}:${l.line}`)).toEqual(["requirements/pt2.txt:23", "main.py:11", "sgm/data/cifar10.py:1"]);
  });
  it("does not count the repository's own package as an import of the deprecated one (tensorflow/addons)", () => {
    const f = facts([py("tensorflow_addons/__init__.py", [["tensorflow_addons.activations", 16]]), py("tensorflow_addons/activations/gelu.py", [["tensorflow", 16]])], { localModules: ["tensorflow_addons"] });
    expect(byCode(run(f), "MFA302")).toEqual([]);
  });
});

describe("MFA401 hybrid-stack / MFA402 framework-mismatch", () => {
  it("hybrid only when both are imported", () => {
    expect(byCode(run(mixedRepo()), "MFA401")).toHaveLength(1);
    expect(byCode(run(nanoGpt()), "MFA401")).toEqual([]);
  });
  it("mismatch only above the margin", () => {
    const targets: Config["targets"] = ["mobile-edge", "tpu", "gcp", "production-serving"];
    const m = byCode(run(nanoGpt(), { targets }), "MFA402");
    expect(m).toHaveLength(1);
    expect(m[0]!.locations).toEqual([{ path: "model.py", line: 13 }]);
    expect(byCode(run(nanoGpt()), "MFA402")).toEqual([]);
    expect(byCode(run(nanoGpt(), { targets, margin: 100 }), "MFA402")).toEqual([]);
  });
});

describe("MFA403 deployment-gap", () => {
  it("mobile-edge / tpu / production-serving targets without a path", () => {
    const m = byCode(run(nanoGpt(), { targets: ["mobile-edge", "tpu", "production-serving"], source: ".github/ml-framework-audit.yml" }), "MFA403");
    expect(m.map((x) => x.fingerprint)).toEqual(["MFA403:mobile-edge", "MFA403:production-serving", "MFA403:tpu"]);
    expect(m[0]!.locations).toEqual([{ path: ".github/ml-framework-audit.yml", line: 1 }]);
  });
  it("not when a path exists (TFLite converter, SavedModel, TPU strategy)", () => {
    expect(byCode(run(kerasTfliteServing(), { targets: ["mobile-edge", "production-serving"] }), "MFA403")).toEqual([]);
    const tpu = facts([py("t.py", [["torch", 1], ["torch_xla.core.xla_model", 2]]), req("requirements.txt", [["torch", "", 1], ["torch-xla", "", 2]])]);
    expect(byCode(run(tpu, { targets: ["tpu"] }), "MFA403")).toEqual([]);
  });
});

describe("MFA501 policy-violation", () => {
  it("framework outside allowed-frameworks, forbidden feature and package", () => {
    const fs = run(mixedRepo(), { policy: { allowedFrameworks: ["pytorch"], forbiddenFeatures: ["torch.compile"], forbiddenPackages: ["onnx-tf"] } });
    const m = byCode(fs, "MFA501");
    expect(m.map((x) => x.fingerprint).sort()).toEqual(["MFA501:feature:torch.compile", "MFA501:framework:tensorflow", "MFA501:package:onnx-tf"]);
    expect(m.find((x) => x.fingerprint === "MFA501:framework:tensorflow")!.locations).toEqual([{ path: "requirements.txt", line: 2 }, { path: "serving/load.py", line: 3 }]);
  });
  it("tf.keras is TensorFlow, not a Keras violation", () => {
    expect(byCode(run(kerasTfliteServing(), { policy: { allowedFrameworks: ["tensorflow"], forbiddenFeatures: [], forbiddenPackages: [] } }), "MFA501")).toEqual([]);
  });
  it("overrides allow TensorFlow under serving/**", () => {
    const fs = run(mixedRepo(), {
      policy: { allowedFrameworks: ["pytorch"], forbiddenFeatures: [], forbiddenPackages: [] },
      overrides: [{ paths: ["serving/**", "requirements.txt"], policy: { allowedFrameworks: ["pytorch", "tensorflow"] } }],
    });
    expect(byCode(fs, "MFA501")).toEqual([]);
  });
  it("no policy, no findings", () => {
    expect(byCode(run(mixedRepo()), "MFA501")).toEqual([]);
  });
});

describe("config ignore", () => {
  const f = () => facts([py("a.py", [["torch", 1]]), py("docs/b.py", [["onnxruntime", 1]]), py("src/c.py", [["onnxruntime", 4]]), req("requirements.txt", [["torch", "", 1], ["tensorflow", "", 2]])]);
  it("by id everywhere", () => {
    const fs = run(f(), { ignore: [{ id: "unused-dependency" }] });
    expect(byCode(fs, "MFA102")).toEqual([]);
    expect(byCode(fs, "MFA101")).toHaveLength(1);
  });
  it("by code per path glob: drops only those locations, the finding when none is left", () => {
    const partial = byCode(run(f(), { ignore: [{ code: "MFA101", paths: ["docs/**"] }] }), "MFA101");
    expect(partial[0]!.locations).toEqual([{ path: "src/c.py", line: 4 }]);
    expect(byCode(run(f(), { ignore: [{ code: "MFA101", paths: ["docs/**", "src/**"] }] }), "MFA101")).toEqual([]);
  });
  it("id and code must both match when both are given", () => {
    expect(byCode(run(f(), { ignore: [{ id: "unused-dependency", code: "MFA101" }] }), "MFA102")).toHaveLength(1);
  });
});

describe("finding order", () => {
  it("errors first, then by code", () => {
    const fs = run(nanoGpt("==1.13.1"), { targets: ["mobile-edge"] });
    const sev = fs.map((x) => x.severity);
    expect(sev).toEqual([...sev].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
    expect(fs[0]!.code).toBe("MFA201");
  });
});

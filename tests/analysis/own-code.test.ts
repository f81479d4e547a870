import { describe, expect, it } from "vitest";
import { OwnCode } from "../../src/analysis/own-code.js";

describe("OwnCode: where a repository's own code lives", () => {
  it("finds src/ layout packages at any depth, namespace packages included, and prefers them to root packages", () => {
    const own = OwnCode.fromPaths([
      "method_comparison/__init__.py",
      "src/peft/__init__.py",
      "src/peft/tuners/__init__.py",
      "tabular/src/autogluon/tabular/__init__.py", // autogluon/ itself has no __init__.py (a namespace package)
      "setup.py",
    ]);
    expect(own.packages).toEqual(["src/peft/", "tabular/src/autogluon/"]);
    expect(own.rank("src/peft/tuners/lora/layer.py")).toBe(0);
    expect(own.rank("tabular/src/autogluon/tabular/models/m.py")).toBe(0);
    expect(own.rank("method_comparison/MetaMathQA/run.py")).toBe(1);
    expect(own.rank("src/peft/tests/test_lora.py")).toBe(2);
    expect(own.rank("tests/test_custom_models.py")).toBe(2);
  });
  it("without a src layout, the root folders with an __init__.py; a src/ inside one of them belongs to it", () => {
    const own = OwnCode.fromPaths(["keras/__init__.py", "keras/src/__init__.py", "keras/src/layers/__init__.py", "tests/__init__.py", "docs/__init__.py", "my-tool/__init__.py", "train.py"]);
    expect(own.packages).toEqual(["keras/"]);
    expect(own.rank("keras/src/layers/dense.py")).toBe(0);
    expect(own.rank("train.py")).toBe(1);
    expect(own.rank("docs/conf.py")).toBe(2);
    // `my-tool` is no importable name
    expect(own.rank("my-tool/run.py")).toBe(1);
  });
  it("keeps only the packages named like a distribution the manifests build, when there are such (pytorch/torchtune)", () => {
    const paths = ["recipes/__init__.py", "torchtune/__init__.py", "accelerator/__init__.py"];
    const own = OwnCode.fromPaths(paths, ["torchtune"]);
    expect(own.packages).toEqual(["torchtune/"]);
    expect([own.rank("recipes/full_finetune.py"), own.rank("torchtune/models/llama.py")]).toEqual([1, 0]);
    // a distribution named with dashes and capitals; none named like a folder leaves them all
    expect(OwnCode.fromPaths(["src/my_pkg/__init__.py", "src/other/__init__.py"], ["My-Pkg"]).packages).toEqual(["src/my_pkg/"]);
    expect(OwnCode.fromPaths(paths, ["torchserve"]).packages).toEqual(["accelerator/", "recipes/", "torchtune/"]);
  });
  it("takes the part of a root namespace package a manifest builds by name, and the src/ layouts inside it as its own (Megatron-LM)", () => {
    const paths = [
      "megatron/core/__init__.py", // megatron/ has no __init__.py
      "megatron/core/distributed/__init__.py",
      "megatron/core/distributed/fsdp/src/megatron_fsdp/__init__.py", // a sub-project's src layout
      "megatron/training/__init__.py",
      "tools/__init__.py",
      "tools/checkpoint/__init__.py",
      "examples/__init__.py",
    ];
    const own = OwnCode.fromPaths(paths, ["megatron-core", "megatron-fsdp"]);
    expect(own.packages).toEqual(["megatron/core/"]);
    expect(own.rank("megatron/core/transformer/attention.py")).toBe(0);
    expect(own.rank("megatron/core/distributed/fsdp/src/megatron_fsdp/fsdp.py")).toBe(0);
    expect(own.rank("megatron/training/arguments.py")).toBe(1);
    // Not built by that name: two-deep packages are not taken (tools/checkpoint/ is no namespace part either,
    // tools/ has an __init__.py), and the nested src layout stays the package.
    expect(OwnCode.fromPaths(paths, ["megatron-fsdp"]).packages).toEqual(["megatron/core/distributed/fsdp/src/megatron_fsdp/"]);
    expect(OwnCode.fromPaths(paths, ["tools-checkpoint"]).packages).toEqual(["megatron/core/distributed/fsdp/src/megatron_fsdp/"]);
    expect(own.importNames).toEqual(["megatron.core"]);
  });
  it("ranks a notebook inside a package as other own code: it is no module of the package (tensorflow/ranking)", () => {
    const own = OwnCode.fromPaths(["tensorflow_ranking/__init__.py", "tensorflow_ranking/python/__init__.py"]);
    expect(own.rank("tensorflow_ranking/datasets/rd_suite/RD_Suite_Eval_Script.ipynb")).toBe(1);
    expect(own.rank("tensorflow_ranking/datasets/rd_suite/eval.py")).toBe(0);
    expect(own.rank("tensorflow_ranking/examples/demo.ipynb")).toBe(2);
    expect(own.rank("tutorial.ipynb")).toBe(1);
  });
  it("gives each package's import name", () => {
    expect(OwnCode.fromPaths(["src/nncf/__init__.py", "tabular/src/autogluon/tabular/__init__.py"]).importNames).toEqual(["nncf", "autogluon"]);
    expect(OwnCode.fromPaths(["ts/__init__.py", "models/__init__.py"]).importNames).toEqual(["models", "ts"]);
    expect(OwnCode.fromPaths(["src/__init__.py", "src/models/__init__.py"]).importNames).toEqual(["src"]);
  });
  it("a src/__init__.py makes src/ itself the package (`from src.models import ...`)", () => {
    const own = OwnCode.fromPaths(["src/__init__.py", "src/models/__init__.py", "models/__init__.py"]);
    expect(own.packages).toEqual(["models/", "src/"]);
    expect(own.rank("src/models/net.py")).toBe(0);
  });
  it("knows no package without __init__.py files", () => {
    const own = OwnCode.fromPaths(["train.py", "model.py", "notebooks/a.ipynb"]);
    expect(own.packages).toEqual([]);
    expect([own.rank("train.py"), own.rank("notebooks/a.ipynb")]).toEqual([1, 2]);
    expect(OwnCode.NONE.rank("pkg/x.py")).toBe(1);
  });
});

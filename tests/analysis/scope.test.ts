import { describe, expect, it } from "vitest";
import { folderOf, governingScope, manifestScope } from "../../src/analysis/scope.js";

describe("manifest scope", () => {
  it.each([
    ["requirements.txt", ""],
    ["pyproject.toml", ""],
    ["requirements/base.txt", ""],
    ["Requirements/base.txt", ""],
    ["docker/Dockerfile", ""],
    [".devcontainer/Dockerfile", ""],
    ["envs/conda/environment.yml", ""],
    ["gcn/requirements.txt", "gcn"],
    ["distributed/FSDP2/requirements.txt", "distributed/FSDP2"],
    ["services/api/docker/Dockerfile", "services/api"],
    ["services/api/requirements/prod.txt", "services/api"],
    // documentation and tests import the project's code
    ["docs/requirements.txt", ""],
    ["services/api/tests/requirements.txt", "services/api"],
    // a folder of code named like nothing in the list keeps its manifest
    ["tools/requirements.txt", "tools"],
    // deeper below an environment folder (Lightning-AI/pytorch-lightning, whose requirements/pytorch/ also
    // holds a helper script): still the project around it
    ["requirements/pytorch/base.txt", ""],
    ["services/api/requirements/gpu/cu121.txt", "services/api"],
    ["ci/docker/gpu/Dockerfile", ""],
    // packaging folders build the project around them (tensorflow/quantum, tensorboard, NVIDIA/TensorRT)
    ["release/setup.py", ""],
    ["tensorboard/pip_package/setup.py", "tensorboard"],
    ["python/packaging/requirements.txt", "python"],
    // but a project inside docs or tests keeps its own manifest
    ["docs/examples/demo/requirements.txt", "docs/examples/demo"],
  ])("%s governs '%s'", (path, scope) => {
    expect(manifestScope(path)).toBe(scope);
  });

  it("the nearest project that contains the file governs it; none may", () => {
    const scopes = new Set(["", "distributed", "distributed/FSDP2"]);
    const memo = new Map<string, readonly string[]>();
    expect(governingScope("distributed/FSDP2/example.py", scopes, memo)).toBe("distributed/FSDP2");
    expect(governingScope("distributed/FSDP2/sub/x.py", scopes, memo)).toBe("distributed/FSDP2");
    expect(governingScope("distributed/ddp/main.py", scopes, memo)).toBe("distributed");
    expect(governingScope("train.py", scopes, memo)).toBe("");
    // a folder named like a prefix is not a parent
    expect(governingScope("distributed2/x.py", scopes, memo)).toBe("");
    const noRoot = new Set(["gcn"]);
    expect(governingScope("gat/train.py", noRoot, new Map())).toBeUndefined();
    expect(governingScope("gcn/train.py", noRoot, new Map())).toBe("gcn");
    // the memo gives the same answers
    expect(governingScope("distributed/ddp/other.py", scopes, memo)).toBe("distributed");
    expect(folderOf("a/b/c.py")).toBe("a/b");
    expect(folderOf("c.py")).toBe("");
  });
});

/** Projects end to end: the scan marks a manifest that computes its dependencies, the findings read it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit } from "../../src/core/engine.js";

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "mfa-projects-"));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
}

const missing = async () => (await audit({ root: repo, config: DEFAULT_CONFIG, jobs: 1 })).findings.filter((f) => f.code === "MFA101").map((f) => f.fingerprint);

describe("projects of a repository", () => {
  const tree = {
    "src/pkg/__init__.py": "",
    "src/pkg/flax_model.py": "import flax.linen as nn\n",
    "examples/flax/requirements.txt": "flax\njax\n",
    "examples/flax/train.py": "import flax\nimport jax\n",
  };
  it("a literal setup.py that leaves out a package its code imports: missing, though an example declares it", async () => {
    write({ ...tree, "setup.py": 'from setuptools import setup\nsetup(name="pkg", install_requires=["numpy"])\n' });
    expect(await missing()).toEqual(["MFA101:flax"]);
  });
  it("a setup.py that builds its lists in code (diffusers' deps_list) may declare it: not reported", async () => {
    write({ ...tree, "setup.py": 'from setuptools import setup\ndef deps_list(*p):\n    return [DEPS[x] for x in p]\nsetup(name="pkg", install_requires=deps_list("numpy"), extras_require={"flax": deps_list("flax")})\n' });
    expect(await missing()).toEqual([]);
  });
});

describe("a project that imports itself by its distribution name", () => {
  // pytorch/executorch: `[project] name = "executorch"`, `package-dir = {"executorch" = "src/executorch"}`, a
  // folder of symbolic links, and 18,000 `from executorch.exir import ...` in examples and backends.
  const code = {
    "exir/__init__.py": "",
    "examples/export.py": "import torch\nfrom executorch.exir import to_edge\n",
    "requirements.txt": "torch>=2.5\n",
  };
  it("pyproject.toml `project.name`: its own package is first-party", async () => {
    write({ ...code, "pyproject.toml": '[project]\nname = "executorch"\ndynamic = ["version"]\n' });
    expect(await missing()).toEqual([]);
  });
  it("setup.py `name=`, setup.cfg `[metadata] name` and Poetry's `name` do the same", async () => {
    write({ ...code, "setup.py": 'from setuptools import setup\nsetup(name="executorch", install_requires=["torch"])\n' });
    expect(await missing()).toEqual([]);
    rmSync(join(repo, "setup.py"));
    write({ "setup.cfg": "[metadata]\nname = executorch\n\n[options]\ninstall_requires =\n    torch\n" });
    expect(await missing()).toEqual([]);
    rmSync(join(repo, "setup.cfg"));
    write({ "pyproject.toml": '[tool.poetry]\nname = "executorch"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\ntorch = ">=2.5"\n' });
    expect(await missing()).toEqual([]);
  });
  it("another project's name does not cover it: still missing", async () => {
    write({ ...code, "pyproject.toml": '[project]\nname = "edge-tools"\ndependencies = ["torch"]\n' });
    expect(await missing()).toEqual(["MFA101:executorch"]);
  });
});

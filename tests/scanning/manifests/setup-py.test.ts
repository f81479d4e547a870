import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import { formatPrefix, fstringPrefix, percentPrefix, stringLiteral } from "../../../src/scanning/manifests/setup-py.js";
import { lineOf, read, repoContext } from "./helpers.js";

// The shape of the widespread "setup.py for humans" template (navdeep-G/setup.py) used by many ML repos.
const HUMANS = `#!/usr/bin/env python
# -*- coding: utf-8 -*-
import io
import os
from setuptools import find_packages, setup, Command

NAME = 'segmenter'
DESCRIPTION = 'Semantic segmentation models.'
REQUIRES_PYTHON = '>=3.9.0'

# What packages are required for this module to be executed?
REQUIRED = [
    'numpy>=1.24',
    "torch>=2.0",  # CUDA wheels come from the PyTorch index
    # 'tensorflow>=2.12',
    'torchvision',
]
REQUIRED += ["timm==0.9.12"]
REQUIRED.append('einops')

BASE_EXPORT = ["onnx>=1.15"]

# What packages are optional?
EXTRAS = {
    'export': BASE_EXPORT + ['onnxruntime'],
    "tf": ["tensorflow-cpu>=2.13,<2.16; sys_platform != 'darwin'"],
}

here = os.path.abspath(os.path.dirname(__file__))
with io.open(os.path.join(here, 'README.md'), encoding='utf-8') as f:
    long_description = '\\n' + f.read()

setup(
    name=NAME,
    python_requires=REQUIRES_PYTHON,
    packages=find_packages(exclude=["tests", "*.tests"]),
    install_requires=REQUIRED,
    extras_require=EXTRAS,
    tests_require=('pytest>=7',),
    include_package_data=True,
)
`;

describe("setup.py", () => {
  it("says when its dependency lists are computed in code (partly or wholly), and not when they are literal", () => {
    expect(read("setup-py", "setup.py", HUMANS).partial).toBeUndefined();
    const computed = [
      // diffusers: lists built by a helper function
      'deps = {"torch": "torch>=1.4"}\ndef deps_list(*pkgs):\n    return [deps[p] for p in pkgs]\nsetup(name="x", install_requires=deps_list("torch"))\n',
      // a comprehension, a spread, a list extended by a call
      'setup(install_requires=[l.strip() for l in open("requirements.txt")])\n',
      'BASE = ["numpy"]\nsetup(install_requires=["torch", *BASE_EXTRA])\n',
      'REQS = ["torch"]\nREQS += read_requirements("extra.txt")\nsetup(install_requires=REQS)\n',
      'setup(extras_require={"tf": tf_requirements(), "torch": ["torch"]})\n',
      // an appended item that is computed, and a partial list that gets a literal appended
      'REQS = ["torch"]\nREQS.append(gpu_package())\nsetup(install_requires=REQS)\n',
      'REQS = ["torch", *EXTRA]\nREQS.append("numpy")\nsetup(install_requires=REQS)\n',
    ];
    for (const text of computed) expect(read("setup-py", "setup.py", text).partial, text).toBe(true);
    const r = read("setup-py", "setup.py", computed[3]!);
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]); // what is known is kept
    expect(read("setup-py", "setup.py", 'setup(name="x", install_requires=["torch>=2", "numpy"], extras_require={"dev": ["pytest"]})\n').partial).toBeUndefined();
  });
  it("names the distribution it builds when `name=` is a literal string, and not when it is computed", () => {
    expect(read("setup-py", "setup.py", 'from setuptools import setup\nsetup(name="executorch", install_requires=["torch"])\n').provides).toEqual(["executorch"]);
    expect(read("setup-py", "setup.py", 'NAME = "edge-kit"\nsetup(name=NAME)\n').provides).toEqual(["edge-kit"]);
    expect(read("setup-py", "setup.py", 'setup(name=os.environ["PKG"])\n').provides).toBeUndefined();
    // a keyword argument of another call is not setup()'s
    expect(read("setup-py", "setup.py", 'build(name="other")\nsetup(install_requires=["torch"])\n').provides).toBeUndefined();
  });
  it("reads module-level lists, +=, append, dict extras and concatenation, with the lines they are written on", () => {
    const r = read("setup-py", "setup.py", HUMANS);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line, d.group ?? null])).toEqual([
      ["numpy", ">=1.24", lineOf(HUMANS, "'numpy>=1.24'"), null],
      ["torch", ">=2.0", lineOf(HUMANS, '"torch>=2.0"'), null],
      ["torchvision", "", lineOf(HUMANS, "'torchvision'"), null],
      ["timm", "==0.9.12", lineOf(HUMANS, "timm"), null],
      ["einops", "", lineOf(HUMANS, "einops"), null],
      ["onnx", ">=1.15", lineOf(HUMANS, "BASE_EXPORT = "), "export"],
      ["onnxruntime", "", lineOf(HUMANS, "'onnxruntime'"), "export"],
      ["tensorflow-cpu", ">=2.13,<2.16", lineOf(HUMANS, "tensorflow-cpu"), "tf"],
      ["pytest", ">=7", lineOf(HUMANS, "tests_require"), "tests"],
    ]);
    expect(r.declared.find((d) => d.name === "tensorflow-cpu")).toMatchObject({ marker: "sys_platform != 'darwin'", source: "setup-py", ecosystem: "pypi" });
    // commented-out tensorflow is not declared
    expect(r.declared.filter((d) => d.name === "tensorflow")).toEqual([]);
    expect(r.usages.map((u) => [u.feature, u.matched])).toEqual([
      ["onnx", "onnx"],
      ["onnx", "onnxruntime"],
    ]);
  });

  it("reads a dict of extras filled one group at a time (composer, accelerate), set literals, and entries named in others", () => {
    const text = `import setuptools
from setuptools import setup

install_requires = ["torch>=2.6.0,<2.7.1", "torchvision"]
extra_deps = {}
extra_deps["base"] = []
extra_deps["dev"] = [
    "pytest>=7",
]
extra_deps['system_metrics_monitor'] = {
    'pynvml>=11.5.0,<12',
}
extra_deps["nlp"] = [
    "transformers>=4.11,!=4.34.0,<4.54",
]
extra_deps["nlp"] += ["datasets>=2.4,<5"]
extra_deps["onnx"] = ["onnx>=1.12.0", "onnxruntime>=1.12.1"]
extra_deps["testing"] = extra_deps["dev"] + extra_deps["onnx"]
extra_deps["all"] = {dep for deps in extra_deps.values() for dep in deps}

setup(name="mosaicml", install_requires=install_requires, extras_require=extra_deps)
`;
    const r = read("setup-py", "setup.py", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.group ?? null, d.line])).toEqual([
      ["torch", null, lineOf(text, "torch>=")],
      ["torchvision", null, lineOf(text, "torch>=")],
      ["pytest", "dev", lineOf(text, "pytest>=7")],
      ["pynvml", "system_metrics_monitor", lineOf(text, "pynvml")],
      ["transformers", "nlp", lineOf(text, "transformers>=")],
      ["datasets", "nlp", lineOf(text, "datasets>=")],
      ["onnx", "onnx", lineOf(text, '["onnx>=')],
      ["onnxruntime", "onnx", lineOf(text, '["onnx>=')],
      ["pytest", "testing", lineOf(text, "pytest>=7")],
      ["onnx", "testing", lineOf(text, '["onnx>=')],
      ["onnxruntime", "testing", lineOf(text, '["onnx>=')],
    ]);
    // The "all" group is a comprehension: the list is partly computed.
    expect(r.partial).toBe(true);
    // A subscript of a dict the file never made, or with a computed key, declares nothing and breaks nothing.
    const odd = read("setup-py", "setup.py", 'extras[key] = ["jax"]\nother["tf"] = ["tensorflow"]\nsetup(extras_require=extras)\n');
    expect(odd.declared).toEqual([]);
    expect(odd.partial).toBe(true);
  });

  it("resolves Hugging Face's `deps[...]` and `deps_list(...)` to the pins of the file's `_deps` list (open-r1, diffusers)", () => {
    const text = `import re
from setuptools import find_packages, setup

_deps = [
    "accelerate==1.4.0",
    "huggingface-hub[cli,hf_xet]>=0.30.2,<1.0",
    "lighteval @ git+https://github.com/huggingface/lighteval.git@d3da6b9",  # tokenizer fix
    "torch==2.6.0",
    "transformers==4.52.3",
    "hf_transfer>=0.1.4",
]

deps = {b: a for a, b in (re.findall(r"^(([^!=<>~ \\[\\]]+)(?:\\[[^\\]]+\\])?(?:[!=<>~ ].*)?$)", x)[0] for x in _deps)}


def deps_list(*pkgs):
    return [deps[pkg] for pkg in pkgs]


extras = {}
extras["torch"] = deps_list("torch")
extras["eval"] = deps_list("lighteval", "accelerate",)
extras["odd"] = deps_list("no-such-package")
install_requires = [
    deps["accelerate"],
    deps["huggingface-hub"],
    deps["hf_transfer"],
    deps["transformers"],
]

setup(name="open-r1", install_requires=install_requires, extras_require=extras)
`;
    const r = read("setup-py", "setup.py", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.group ?? null, d.line])).toEqual([
      ["accelerate", "==1.4.0", null, lineOf(text, '"accelerate==')],
      ["huggingface-hub", ">=0.30.2,<1.0", null, lineOf(text, '"huggingface-hub[')],
      ["hf_transfer", ">=0.1.4", null, lineOf(text, '"hf_transfer>=')],
      ["transformers", "==4.52.3", null, lineOf(text, '"transformers==')],
      ["torch", "==2.6.0", "torch", lineOf(text, '"torch==')],
      ["lighteval", "", "eval", lineOf(text, '"lighteval @')],
      ["accelerate", "==1.4.0", "eval", lineOf(text, '"accelerate==')],
    ]);
    // a name the list does not hold keeps its group computed
    expect(r.partial).toBe(true);
  });

  it("reads the requirements files a helper call names, as pip would read them (DeepSpeed, mmdetection, coqui-ai/TTS, flair)", () => {
    const text = `import os
from pathlib import Path
from setuptools import setup

here = os.path.dirname(os.path.abspath(__file__))


def fetch_requirements(path):
    with open(path, "r") as fd:
        return [r.strip() for r in fd.readlines() if not r.startswith("#")]


install_requires = fetch_requirements("requirements/requirements.txt")
extras = {
    "1bit_mpi": fetch_requirements("requirements/requirements-1bit-mpi.txt"),
    "notebooks": open(os.path.join(here, "requirements.notebooks.txt"), "r").readlines(),
    "docs": Path("docs/requirements.txt").read_text(encoding="utf-8").split("\\n"),
    "gone": fetch_requirements("requirements/missing.txt"),
    "two": [r for f in ("requirements/a.txt", "requirements/b.txt") for r in open(f)],
}
setup(name="deepspeed", install_requires=install_requires, extras_require=extras)
`;
    const files = {
      "pkg/requirements/requirements.txt": "# core\nhjson\nninja\ntorch>=2.1 ; platform_system != 'Darwin'\n-r extra.txt\n",
      "pkg/requirements/extra.txt": "pydantic>=2.0.0\n",
      "pkg/requirements/requirements-1bit-mpi.txt": "mpi4py\n",
      "pkg/requirements.notebooks.txt": "bokeh==1.4.0\n",
      "pkg/docs/requirements.txt": "sphinx\n",
      "pkg/requirements/a.txt": "jax\n",
      "pkg/requirements/b.txt": "flax\n",
    };
    const ctx = repoContext("pkg/setup.py", files);
    const r = readManifest("setup-py", text, ctx);
    expect(r.problems).toEqual([]);
    const at = (needle: string) => lineOf(text, needle);
    expect(r.declared.map((d) => [d.name, d.specifier, d.marker ?? null, d.group ?? null, d.line])).toEqual([
      ["hjson", "", null, null, at("install_requires = fetch")],
      ["ninja", "", null, null, at("install_requires = fetch")],
      ["torch", ">=2.1", "platform_system != 'Darwin'", null, at("install_requires = fetch")],
      ["pydantic", ">=2.0.0", null, null, at("install_requires = fetch")],
      ["mpi4py", "", null, "1bit_mpi", at('"1bit_mpi"')],
      ["bokeh", "==1.4.0", null, "notebooks", at('"notebooks"')],
      ["sphinx", "", null, "docs", at('"docs"')],
    ]);
    // a file that is not there, and a call that names two files, stay computed
    expect(r.partial).toBe(true);
    expect(ctx.reads).toContain("pkg/requirements/requirements.txt");
  });

  it("reads inline literals in setuptools.setup() and dict(...) extras", () => {
    const text = `import setuptools
setuptools.setup(
    name="x",
    install_requires=["jax[cuda12]>=0.4.20", "flax"] + ["optax"],
    extras_require=dict(hf=["transformers>=4.40"], lite=["tflite-runtime"]),
)
`;
    const r = read("setup-py", "pkg/setup.py", text);
    expect(r.declared.map((d) => [d.name, d.extras, d.line, d.group ?? null])).toEqual([
      ["jax", ["cuda12"], 4, null],
      ["flax", [], 4, null],
      ["optax", [], 4, null],
      ["transformers", [], 5, "hf"],
      ["tflite-runtime", [], 5, "lite"],
    ]);
    expect(r.usages.map((u) => u.feature)).toEqual(["hf.transformers", "tf.lite"]);
  });

  it("declares a requirement whose name is written and only its version computed, version unknown", () => {
    // onnx/onnx-tensorflow's setup.py (the branch taken last wins, as for any variable)
    const onnxTf = `import os
import setuptools
TOP_DIR = os.path.realpath(os.path.dirname(__file__))
if os.getenv('TRAVIS'):
  onnx_dep = "onnx"
else:
  with open(os.path.join(TOP_DIR, 'ONNX_VERSION_NUMBER')) as onnx_version_file:
    onnx_version = onnx_version_file.read().strip()
    onnx_dep = "onnx>=" + onnx_version
setuptools.setup(
    name='onnx-tf',
    install_requires=[
        onnx_dep, "PyYAML", "tensorflow_addons"
    ],
)
`;
    const r = read("setup-py", "setup.py", onnxTf);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["onnx", "", lineOf(onnxTf, '"onnx>="')],
      ["PyYAML", "", lineOf(onnxTf, '"PyYAML"')],
      ["tensorflow_addons", "", lineOf(onnxTf, '"PyYAML"')],
    ]);
    // every package is known, so the list is not partial
    expect(r.partial).toBeUndefined();
    const fstrings = 'TORCH = "2.4.0"\nREQS = [f"torch=={TORCH}", f"torchvision>={TV}", "numpy"]\nREQS.append("tensorflow[and-cuda]>=" + TF)\nsetup(install_requires=REQS, extras_require={"serve": [f"torchserve~={TS};python_version>\'3.8\'"]})\n';
    expect(read("setup-py", "setup.py", fstrings).declared.map((d) => [d.name, d.specifier, d.group ?? null])).toEqual([
      ["torch", "", null],
      ["torchvision", "", null],
      ["numpy", "", null],
      ["tensorflow", "", null],
      ["torchserve", "", "serve"],
    ]);
  });

  it("does not guess a name the computed part may extend, and says the list is partial", () => {
    // tensorflow/serving's pip_package: `'tensorflow' + _TF_VERSION_SANITIZED` may be tensorflow-gpu...
    for (const text of ["_TF_REQ = ['tensorflow' + _TF_VERSION_SANITIZED]\nsetup(install_requires=_TF_REQ + ['grpcio'])\n", 'setup(install_requires=[f"{PKG}>=1.0", "grpcio"])\n', 'setup(install_requires=[f"torch{SUFFIX}", "grpcio"])\n']) {
      const r = read("setup-py", "setup.py", text);
      expect(r.declared.map((d) => d.name), text).toEqual(["grpcio"]);
      expect(r.partial, text).toBe(true);
    }
    expect(fstringPrefix('f"torch=={v}"')).toBe("torch==");
    expect(fstringPrefix("rf'a{{b}}c{x}'")).toBe("a{b}c");
    expect(fstringPrefix('"plain"')).toBeUndefined();
    expect(percentPrefix("torch>=%s,<%s")).toBe("torch>=");
    expect(percentPrefix("100%% %(name)s")).toBe("100% ");
    expect(formatPrefix("torch=={}")).toBe("torch==");
    expect(formatPrefix("a{{b}}c{0}")).toBe("a{b}c");
  });

  it("ignores anything dynamic and never executes code", () => {
    const text = `import os
from setuptools import setup
def read_requirements(path):
    with open(path) as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]
GPU = os.environ.get("GPU") == "1"
reqs = read_requirements("requirements.txt")
extra = [f"torch=={os.environ['TORCH']}"] if GPU else []
setup(
    name="dyn",
    install_requires=reqs + ["numpy"] + [p for p in ["scipy"]],
    extras_require={k: v for k, v in {}.items()},
    tests_require=extra,
)
"""
setup(install_requires=["tensorflow"])
"""
`;
    const r = read("setup-py", "setup.py", text);
    expect(r.problems).toEqual([]);
    // `extra` is torch (version computed) when GPU is set, nothing otherwise: a conditional declaration
    expect(r.declared.map((d) => [d.name, d.specifier, d.group ?? null])).toEqual([
      ["numpy", "", null],
      ["torch", "", "tests"],
    ]);
    expect(r.partial).toBe(true);
  });

  it("reads what a function the file defines returns, both branches of a conditional, and %- and format() templates", () => {
    // hill-a/stable-baselines: TensorFlow comes from a helper that picks the GPU or CPU build
    const stableBaselines = `import subprocess
from setuptools import setup, find_packages

def find_tf_dependency():
    install_tf, tf_gpu = False, False
    try:
        import tensorflow as tf
        if tf.__version__ < LooseVersion('1.8.0'):
            install_tf = True
    except ImportError:
        install_tf = True
        for command in ['nvidia-smi', '/usr/bin/nvidia-smi']:
            try:
                if subprocess.call([command]) == 0:
                    tf_gpu = True
                    break
            except IOError:
                pass
    tf_dependency = []
    if install_tf:
        tf_dependency = ['tensorflow-gpu>=1.8.0,<2.0.0'] if tf_gpu else ['tensorflow>=1.8.0,<2.0.0']
    return tf_dependency

def helper_with_inner():
    def inner(x):
        return ["not-a-dependency"]
    return ["gym>=0.11"]

setup(name='stable_baselines',
      install_requires=['scipy', 'joblib'] + find_tf_dependency() + helper_with_inner(),
      extras_require={'mpi': ['mpi4py']})
`;
    const r = read("setup-py", "setup.py", stableBaselines);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["scipy", "", lineOf(stableBaselines, "'scipy'")],
      ["joblib", "", lineOf(stableBaselines, "'scipy'")],
      ["tensorflow-gpu", ">=1.8.0,<2.0.0", lineOf(stableBaselines, "'tensorflow-gpu")],
      ["tensorflow", ">=1.8.0,<2.0.0", lineOf(stableBaselines, "'tensorflow-gpu")],
      ["gym", ">=0.11", lineOf(stableBaselines, '["gym')],
      ["mpi4py", "", lineOf(stableBaselines, "'mpi4py'")],
    ]);
    // every return is a literal list: nothing is computed
    expect(r.partial).toBeUndefined();

    // OpenNMT-tf: the version range is a %-format, the package names are written
    const openNmt = `tf_version_requirement = ">=%s,<%s" % (tf_min, tf_max)
setup(name="OpenNMT-tf", install_requires=["pyyaml>={}".format(v)], extras_require={"tensorflow": ["tensorflow" + tf_version_requirement, "tensorflow-text" + tf_version_requirement]})
`;
    const o = read("setup-py", "setup.py", openNmt);
    expect(o.declared.map((d) => [d.name, d.specifier, d.group ?? null])).toEqual([
      ["pyyaml", "", null],
      ["tensorflow", "", "tensorflow"],
      ["tensorflow-text", "", "tensorflow"],
    ]);
    expect(o.partial).toBeUndefined();

    // a helper whose result is computed stays computed; a call of an unknown or later function too
    for (const text of [
      "def reqs():\n    return [l.strip() for l in open('requirements.txt')]\nsetup(install_requires=reqs())\n",
      "setup(install_requires=later())\ndef later():\n    return ['torch']\n",
      "def pick(gpu):\n    if gpu:\n        return ['tensorflow-gpu']\n    return read_cpu()\nsetup(install_requires=pick(True))\n",
    ]) {
      const x = read("setup-py", "setup.py", text);
      expect(x.partial, text).toBe(true);
      expect(x.declared.map((d) => d.name), text).toEqual(text.includes("pick") ? ["tensorflow-gpu"] : []);
    }
    // autogluon: a list handed to a function of another file, which adds version ranges, keeps its names
    const autogluon = `install_requires = [
    "torch",
    "lightning",
    "timm>=0.9.5,<1.0.7",
]
install_requires = ag.get_dependency_version_ranges(install_requires)
setup(install_requires=install_requires, extras_require={"tests": add_markers(tests, py="3.11"), "x": f(install_requires).copy()})
`;
    const ag = read("setup-py", "setup.py", autogluon);
    expect(ag.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["torch", "", 2],
      ["lightning", "", 3],
      ["timm", ">=0.9.5,<1.0.7", 4],
    ]);
    expect(ag.partial).toBe(true);
    // tensorflow/model-analysis: the keywords come from a dict spread into setup()
    const tfma = `setup_args = {
    "name": "tensorflow_model_analysis",
    "install_requires": [
        "numpy>=1.23.5",
        "tensorflow>=2.17,<2.18",
    ],
    "extras_require": {"all": ["tensorflowjs>=4.22.0,<5"]},
}
setup(**setup_args, zip_safe=False)
`;
    const tm = read("setup-py", "setup.py", tfma);
    expect(tm.declared.map((d) => [d.name, d.specifier, d.group ?? null, d.line])).toEqual([
      ["numpy", ">=1.23.5", null, 4],
      ["tensorflow", ">=2.17,<2.18", null, 5],
      ["tensorflowjs", ">=4.22.0,<5", "all", 7],
    ]);
    expect(tm.provides).toEqual(["tensorflow_model_analysis"]);
    // a spread of something unknown declares nothing, and stops nothing
    expect(read("setup-py", "setup.py", 'setup(**get_args(), install_requires=["torch"])\n').declared.map((d) => d.name)).toEqual(["torch"]);
    // pytorch/xla: a one-line body and f-strings whose names are written
    const xla = "def _jax():  return [f'jax=={JAX}', f'jaxlib=={JAXLIB}']\nsetup(extras_require={'pallas': _jax()})\n";
    expect(read("setup-py", "setup.py", xla).declared.map((d) => [d.name, d.group])).toEqual([
      ["jax", "pallas"],
      ["jaxlib", "pallas"],
    ]);
  });

  it("reports an invalid requirement string with its line", () => {
    const r = read("setup-py", "setup.py", 'from setuptools import setup\nsetup(\n  install_requires=[\n    "torch >= >= 2",\n    "numpy",\n  ],\n)\n');
    expect(r.declared.map((d) => d.name)).toEqual(["numpy"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "setup.py", line: 4 });
  });

  it("reports a tokenizer error once, with its line, and keeps what it could read", () => {
    const r = read("setup-py", "setup.py", 'from setuptools import setup\nsetup(\n  install_requires=["torch", "numpy],\n)\nx = 1\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "setup.py", line: 3 });
    expect(r.declared.map((d) => d.name)).toContain("torch");
  });

  it("survives unbalanced and deeply nested source", () => {
    const deep = "setup(install_requires=" + "[".repeat(5000) + '"torch"' + "]".repeat(10) + "\n";
    expect(() => read("setup-py", "setup.py", deep)).not.toThrow();
    const r = read("setup-py", "setup.py", 'setup(install_requires=["torch",\nsetup(install_requires=["numpy"])\n');
    expect(r.declared.map((d) => d.name)).toContain("torch");
  });

  it("decodes Python string literals", () => {
    expect(stringLiteral(`'a'`)).toBe("a");
    expect(stringLiteral(`r"a\\n"`)).toBe("a\\n");
    expect(stringLiteral(`"""x\ny"""`)).toBe("x\ny");
    expect(stringLiteral(`u'\\x41'`)).toBe("A");
    expect(stringLiteral(`b"x"`)).toBeUndefined();
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("setup", "(", ")", "[", "]", "{", "}", "install_requires", "extras_require", "=", "+=", "+", ",", ":", '"torch"', "'x'", "R", "\n", " ", ".append", "#", "for", "dict", "*") }), (text) => {
        const r = readManifest("setup-py", text, repoContext("setup.py"));
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });
});

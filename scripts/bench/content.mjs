// Text of the generated files: ML-shaped Python modules, notebooks with outputs, manifests, Dockerfiles.
// Everything is driven by an Rng, so a seed gives the same bytes every time. The shapes imitate real
// repositories: aliased imports, try/except imports, features used through aliases and decorators, and just as
// many mentions of the same names in comments, docstrings and strings that are not usages.

const WORDS = (
  "batch tensor layer model encoder decoder attention head hidden state weight bias gradient loss optimizer " +
  "scheduler warmup epoch step shard device rank world node checkpoint buffer token vocab embedding residual " +
  "norm dropout logits target label sample dataset loader worker prefetch cache metric accuracy precision " +
  "recall window stride kernel channel pool feature map anchor box mask score threshold beam search decode"
).split(" ");

const SENTENCES = [
  "This wraps the model in torch.compile when the runtime supports it.",
  "Mixed precision follows keras.mixed_precision policies on GPUs that have tensor cores.",
  "Older checkpoints were exported with tf.saved_model.save and are still loaded here.",
  "See the tf.function docs: retracing happens when the input signature changes.",
  "DistributedDataParallel needs one process per device; use torchrun to launch.",
  "The TFLite converter (tf.lite.TFLiteConverter) is only needed for the mobile build.",
  "We used tf.compat.v1.Session before the migration to eager execution.",
  "FullyShardedDataParallel shards parameters, gradients and optimizer state.",
  "Gradient checkpointing via torch.utils.checkpoint trades compute for memory.",
  "Attention goes through F.scaled_dot_product_attention, the fused kernel path.",
  "A TPUStrategy run is configured in the cloud launcher, not in this file.",
  "Exports go to ONNX with torch.onnx.export for the inference service.",
  "The serving image answers on /v1/models/default:predict.",
  "Quantization (torch.ao.quantization) is applied after calibration.",
  "Input pipelines use tf.data with AUTOTUNE prefetching.",
];

const TORCH_IMPORTS = [
  "import torch",
  "import torch as T",
  "import torch.nn as nn",
  "import torch.nn.functional as F",
  "from torch import nn, optim",
  "from torch.nn.parallel import DistributedDataParallel as DDP",
  "from torch.utils.data import DataLoader, Dataset, DistributedSampler",
  "from torch.distributed.fsdp import FullyShardedDataParallel as FSDP",
  "from torch.utils.checkpoint import checkpoint",
  "from torch.cuda.amp import GradScaler",
  "import torch.distributed as dist",
  "from torch.ao.quantization import quantize_dynamic",
  "from torch import compile as compile_model",
];
const TF_IMPORTS = [
  "import tensorflow as tf",
  "from tensorflow import keras",
  "from tensorflow.keras import layers",
  "import tensorflow.compat.v1 as tf1",
  "import tensorflow_datasets as tfds",
];
const EXTRA_IMPORTS = [
  "from transformers import AutoModel, AutoTokenizer",
  "import pytorch_lightning as pl",
  "import onnxruntime as ort",
  "import numpy as np",
  "import pandas as pd",
  "from tqdm import tqdm",
];
const STDLIB = ["os", "sys", "math", "json", "time", "random", "logging", "argparse", "itertools", "functools", "collections", "pathlib", "re", "typing", "dataclasses"];

function ident(r) {
  return `${r.pick(WORDS)}_${r.pick(WORDS)}`;
}
function camel(r) {
  const w = () => {
    const s = r.pick(WORDS);
    return s[0].toUpperCase() + s.slice(1);
  };
  return w() + w();
}
function prose(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.chance(0.35) ? r.pick(SENTENCES) : `The ${r.pick(WORDS)} ${r.pick(WORDS)} is ${r.pick(WORDS)}ed per ${r.pick(WORDS)}.`);
  return out;
}

/** Framework statements, indented by the caller. `fw` is "torch" or "tf". */
const TORCH_SNIPPETS = [
  (r) => [`model = torch.compile(model, mode="${r.pick(["default", "reduce-overhead", "max-autotune"])}")`],
  () => [`model = DDP(model, device_ids=[local_rank])`],
  () => [`model = FSDP(model)`],
  () => [`with torch.autocast("cuda", dtype=torch.bfloat16):`, `    out = model(batch)`],
  () => [`scaler = GradScaler()`, `scaler.scale(loss).backward()`],
  () => [`torch.onnx.export(model, example, "model.onnx", opset_version=17)`],
  () => [`scripted = torch.jit.script(model)`, `scripted.save("model.pt")`],
  () => [`h = checkpoint(block, h, use_reentrant=False)`],
  () => [`y = F.scaled_dot_product_attention(q, k, v, is_causal=True)`],
  () => [`qmodel = quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)`],
  () => [`with torch.profiler.profile() as prof:`, `    model(batch)`],
  () => [`dist.init_process_group("nccl")`],
  (r) => [`x = torch.randn(${r.int(1, 64)}, ${r.int(16, 1024)}, device=device)`],
  () => [`loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))`],
  () => [`opt = optim.AdamW(model.parameters(), lr=3e-4, weight_decay=0.1)`],
];
const TF_SNIPPETS = [
  () => [`strategy = tf.distribute.MirroredStrategy()`, `with strategy.scope():`, `    model = build_model()`],
  () => [`ds = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(1024).batch(64).prefetch(tf.data.AUTOTUNE)`],
  () => [`with tf.GradientTape() as tape:`, `    loss = loss_fn(y, model(x, training=True))`],
  () => [`tf.saved_model.save(model, export_dir)`],
  () => [`converter = tf.lite.TFLiteConverter.from_saved_model(export_dir)`, `open("model.tflite", "wb").write(converter.convert())`],
  () => [`keras.mixed_precision.set_global_policy("mixed_float16")`],
  () => [`sess = tf1.Session()`],
  () => [`resolver = tf.distribute.cluster_resolver.TPUClusterResolver(tpu="")`],
  () => [`model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", jit_compile=True)`],
  () => [`tf.profiler.experimental.start(logdir)`],
  (r) => [`x = tf.random.normal([${r.int(1, 64)}, ${r.int(16, 1024)}])`],
  () => [`dense = layers.Dense(units, activation="gelu")`],
];

function snippet(r, fw) {
  return r.pick(fw === "tf" ? TF_SNIPPETS : TORCH_SNIPPETS)(r);
}

/** A plain helper function: the bulk of real ML code is not framework calls. */
function helperFunction(r, indent = "") {
  const name = ident(r);
  const args = [ident(r), ident(r)];
  const lines = [`${indent}def ${name}(${args[0]}, ${args[1]}=${r.int(0, 9)}):`];
  if (r.chance(0.6)) {
    lines.push(`${indent}    """${prose(r, 1)[0]}`);
    if (r.chance(0.5)) lines.push("", `${indent}    Args:`, `${indent}        ${args[0]}: the ${r.pick(WORDS)}.`, `${indent}        ${args[1]}: how many ${r.pick(WORDS)}s.`);
    lines.push(`${indent}    """`);
  }
  const body = r.int(3, 14);
  for (let i = 0; i < body; i++) {
    const k = r.int(0, 9);
    if (k === 0) lines.push(`${indent}    # ${prose(r, 1)[0]}`);
    else if (k === 1) lines.push(`${indent}    for i in range(${args[1]}):`, `${indent}        ${args[0]} = ${args[0]} * ${r.int(2, 9)} + i`);
    else if (k === 2) lines.push(`${indent}    if ${args[0]} is None:`, `${indent}        raise ValueError(f"${r.pick(WORDS)} must be set, got {${args[0]}!r}")`);
    else if (k === 3) lines.push(`${indent}    log.info("${r.pick(WORDS)} %s -> %s (tf.function not used)", ${args[0]}, ${args[1]})`);
    else if (k === 4) lines.push(`${indent}    ${ident(r)} = {"${r.pick(WORDS)}": ${r.int(0, 999)}, "${r.pick(WORDS)}": [${r.int(0, 9)}, ${r.int(0, 9)}]}`);
    else if (k === 5) lines.push(`${indent}    ${ident(r)} = [x ** 2 for x in range(${r.int(2, 99)}) if x % ${r.int(2, 7)}]`);
    else if (k === 6) lines.push(`${indent}    ${args[0]} = math.sqrt(abs(${args[0]})) if ${args[0]} else 0.0  # torch.sqrt would need a tensor`);
    else if (k === 7) lines.push(`${indent}    msg = '''`, `${prose(r, 2).join(" ")}`, `'''`);
    else lines.push(`${indent}    ${args[1]} = ${args[1]} + len(str(${args[0]}))`);
  }
  lines.push(`${indent}    return ${args[0]}`, "");
  return lines;
}

function frameworkImports(r, fw) {
  const out = [];
  if (fw === "torch" || fw === "both") {
    out.push("import torch");
    const n = r.int(1, 5);
    for (let i = 0; i < n; i++) out.push(r.pick(TORCH_IMPORTS));
  }
  if (fw === "tf" || fw === "both") {
    out.push("import tensorflow as tf");
    const n = r.int(0, 3);
    for (let i = 0; i < n; i++) out.push(r.pick(TF_IMPORTS));
  }
  if (r.chance(0.4)) out.push(r.pick(EXTRA_IMPORTS));
  return [...new Set(out)];
}

/** A class around the framework: an nn.Module or a keras.Model with methods that use features. */
function modelClass(r, fw) {
  const name = camel(r);
  const isTf = fw === "tf";
  const base = isTf ? "tf.keras.Model" : "nn.Module";
  const lines = [];
  if (!isTf && r.chance(0.2)) lines.push("@torch.compile");
  lines.push(`class ${name}(${base}):`, `    """${prose(r, 1)[0]}`, "", `    ${prose(r, 2).join(" ")}`, `    """`, "");
  lines.push(`    def __init__(self, dim: int = ${r.pick([128, 256, 512, 768, 1024])}, depth: int = ${r.int(2, 24)}):`, "        super().__init__()");
  const nLayers = r.int(2, 6);
  for (let i = 0; i < nLayers; i++) {
    lines.push(isTf ? `        self.${ident(r)} = tf.keras.layers.Dense(dim)` : `        self.${ident(r)} = nn.Linear(dim, dim, bias=${r.pick(["True", "False"])})`);
  }
  lines.push("");
  if (isTf && r.chance(0.4)) lines.push(`    @tf.function(jit_compile=${r.pick(["True", "False"])})`);
  lines.push(`    def ${isTf ? "call" : "forward"}(self, x, mask=None):`);
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) {
    if (r.chance(0.3)) for (const l of snippet(r, isTf ? "tf" : "torch")) lines.push(`        ${l}`);
    else lines.push(`        x = x + ${r.chance(0.5) ? "0.5 * x" : "x.mean()"}  # ${r.pick(WORDS)}`);
  }
  lines.push("        return x", "");
  const extra = r.int(0, 3);
  for (let i = 0; i < extra; i++) lines.push(...helperFunction(r, "    ").map((l) => (l.startsWith("    def") ? l.replace("(", "(self, ") : l)));
  return lines;
}

function trainFunction(r, fw) {
  const lines = [`def train(model, loader, epochs: int = ${r.int(1, 100)}, local_rank: int = 0):`, `    """Train loop. ${prose(r, 1)[0]}"""`];
  const fws = fw === "both" ? ["torch", "tf"] : [fw];
  const n = r.int(3, 8);
  for (let i = 0; i < n; i++) {
    for (const l of snippet(r, r.pick(fws))) lines.push(`    ${l}`);
    if (r.chance(0.3)) lines.push(`    # ${r.pick(SENTENCES)}`);
  }
  lines.push("    for epoch in range(epochs):", "        for batch in loader:", "            pass", "    return model", "");
  return lines;
}

/**
 * A Python module of about `target` bytes. `fw`: "torch" | "tf" | "both" | "none".
 * @param {import("./prng.mjs").Rng} r
 */
export function pythonModule(r, fw, target) {
  const lines = [];
  if (r.chance(0.1)) lines.push("#!/usr/bin/env python3");
  if (r.chance(0.05)) lines.push("# -*- coding: utf-8 -*-");
  lines.push(`"""${prose(r, 1)[0]}`, "", ...prose(r, r.int(1, 4)), `"""`, "from __future__ import annotations", "");
  const std = r.int(2, 6);
  for (let i = 0; i < std; i++) lines.push(`import ${r.pick(STDLIB)}`);
  if (fw !== "none") {
    lines.push(...frameworkImports(r, fw));
    if (r.chance(0.15)) lines.push("", "try:", "    import torch_xla.core.xla_model as xm", "except ImportError:  # TPU support is optional", "    xm = None");
    if (r.chance(0.1)) lines.push("", "from .utils import (", `    ${ident(r)},`, `    ${ident(r)},`, ")");
  }
  lines.push("", "log = logging.getLogger(__name__)", `DEFAULT_${r.pick(WORDS).toUpperCase()} = ${r.int(1, 4096)}`, "");
  let size = lines.reduce((s, l) => s + l.length + 1, 0);
  let classes = 0;
  while (size < target) {
    let block;
    if (fw !== "none" && classes < 3 && r.chance(0.25)) {
      block = modelClass(r, fw === "both" ? r.pick(["torch", "tf"]) : fw);
      classes++;
    } else if (fw !== "none" && r.chance(0.1)) block = trainFunction(r, fw);
    else block = helperFunction(r);
    lines.push(...block);
    size += block.reduce((s, l) => s + l.length + 1, 0);
  }
  lines.push("", 'if __name__ == "__main__":', "    main()" + (r.chance(0.5) ? "  # entry point" : ""), "");
  return lines.join("\n");
}

/** A big generated module (vocabulary table, protobuf descriptor, constant arrays): long lines, few statements. */
export function generatedModule(r, target) {
  const kind = r.pick(["vocab", "pb2", "table"]);
  const parts = [`# Generated file: do not edit. ${kind === "pb2" ? "Produced by the protocol buffer compiler." : "Regenerate with tools/gen.py."}`];
  let size = 0;
  if (kind === "pb2") {
    parts.push("from google.protobuf import descriptor_pool as _descriptor_pool", "from google.protobuf.internal import builder as _builder", "");
    while (size < target) {
      const bytes = r.bytes(r.int(2000, 8000));
      let esc = "";
      for (const b of bytes) esc += b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`;
      const line = `DESCRIPTOR_${parts.length} = _descriptor_pool.Default().AddSerializedFile(b'${esc}')`;
      parts.push(line);
      size += line.length;
    }
  } else if (kind === "vocab") {
    parts.push("VOCAB = {");
    let id = 0;
    while (size < target) {
      const line = `    "${r.pick(WORDS)}${r.pick(["", "##", "_", "Ġ"])}${r.pick(WORDS).slice(0, r.int(1, 6))}": ${id++},`;
      parts.push(line);
      size += line.length + 1;
    }
    parts.push("}");
  } else {
    parts.push("import numpy as np", "", "TABLE = np.array([");
    while (size < target) {
      const row = [];
      for (let i = 0; i < 12; i++) row.push((r.next() * 2 - 1).toFixed(7));
      const line = `    [${row.join(", ")}],`;
      parts.push(line);
      size += line.length + 1;
    }
    parts.push("], dtype=np.float32)");
  }
  parts.push("");
  return parts.join("\n");
}

function cellSource(lines) {
  return lines.map((l, i) => (i < lines.length - 1 ? l + "\n" : l));
}

/** A Jupyter notebook (nbformat 4) of about `target` bytes, most of them outputs (logs, base64 plots). */
export function notebook(r, fw, target) {
  const cells = [];
  let size = 0;
  let count = 1;
  const push = (c, approx) => {
    cells.push(c);
    size += approx;
  };
  push({ cell_type: "markdown", metadata: {}, source: cellSource([`# ${camel(r)} experiments`, "", ...prose(r, 3)]) }, 400);
  if (r.chance(0.4)) push({ cell_type: "code", execution_count: count++, metadata: {}, outputs: [], source: cellSource([`%pip install -q ${fw === "tf" ? "tensorflow==2.15.0" : "torch==2.3.1 torchvision"}`]) }, 200);
  const imports = fw === "none" ? ["import numpy as np"] : frameworkImports(r, fw === "both" ? "both" : fw);
  push({ cell_type: "code", execution_count: count++, metadata: {}, outputs: [], source: cellSource(imports) }, 300);
  while (size < target) {
    const k = r.int(0, 9);
    if (k <= 1) {
      const src = ["## " + camel(r), "", ...prose(r, r.int(1, 5))];
      push({ cell_type: "markdown", metadata: {}, source: cellSource(src) }, src.join("\n").length + 80);
    } else if (k <= 4) {
      // Training log output.
      const lines = [];
      const epochs = r.int(5, 60);
      for (let e = 1; e <= epochs; e++) lines.push(`epoch ${e}/${epochs} - loss: ${(r.next() * 2).toFixed(4)} - acc: ${r.next().toFixed(4)} - ${r.int(10, 900)}ms/step\n`);
      const src = fw === "none" ? helperFunction(r).slice(0, 6) : trainFunction(r, fw === "both" ? "torch" : fw);
      push({ cell_type: "code", execution_count: count++, metadata: {}, outputs: [{ name: "stdout", output_type: "stream", text: lines }], source: cellSource(src) }, lines.join("").length + src.join("\n").length + 200);
    } else if (k <= 7) {
      // A plot: base64 PNG payload.
      const png = r.bytes(r.logSize(8_000, 120_000)).toString("base64");
      const src = ["import matplotlib.pyplot as plt", `plt.plot(history["${r.pick(WORDS)}"])`, "plt.show()"];
      push(
        {
          cell_type: "code",
          execution_count: count++,
          metadata: {},
          outputs: [{ data: { "image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {}, output_type: "display_data" }],
          source: cellSource(src),
        },
        png.length + 300,
      );
    } else {
      const src = fw === "none" ? [`${ident(r)} = ${r.int(0, 99)}`] : snippet(r, fw === "tf" ? "tf" : "torch");
      const text = [`tensor([[${Array.from({ length: 8 }, () => r.next().toFixed(4)).join(", ")}]])`];
      push({ cell_type: "code", execution_count: count++, metadata: {}, outputs: [{ data: { "text/plain": text }, execution_count: count - 1, metadata: {}, output_type: "execute_result" }], source: cellSource(src) }, 400);
    }
  }
  const nb = {
    cells,
    metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" }, language_info: { name: "python", version: "3.11.9" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb, null, 1) + "\n";
}

const TORCH_PINS = ["torch==2.3.1", "torch>=2.1,<2.5", "torch==1.13.1", "torch~=2.4.0", "torch"];
const TF_PINS = ["tensorflow==2.15.0", "tensorflow>=2.12", "tensorflow-cpu==2.16.1", "tensorflow==1.15.5", "tf-nightly"];
const OTHER_PINS = ["numpy>=1.24", "pandas==2.2.2", "scikit-learn", "tqdm>=4.66", "pyyaml", "requests>=2.31", "matplotlib", "transformers==4.41.2", "onnxruntime>=1.17", "pytorch-lightning==2.2.5"];

function pins(r, fw) {
  const out = [];
  if (fw === "torch" || fw === "both") out.push(r.pick(TORCH_PINS));
  if (fw === "tf" || fw === "both") out.push(r.pick(TF_PINS));
  const n = r.int(3, 9);
  for (let i = 0; i < n; i++) out.push(r.pick(OTHER_PINS));
  return [...new Set(out)];
}

/** The manifests of one project: `[relativePath, text][]`. */
export function manifests(r, fw, name) {
  const files = [];
  const deps = pins(r, fw);
  files.push(["requirements.txt", ["# Runtime dependencies", ...deps.map((d) => (r.chance(0.15) ? `${d}  # pinned for CUDA 12.1` : d)), r.chance(0.3) ? "# tensorflow>=2.4  (dropped)" : "", ""].join("\n")]);
  if (r.chance(0.4)) files.push(["requirements/dev.txt", ["-r ../requirements.txt", "pytest>=8", "ruff==0.4.8", "mypy", ""].join("\n")]);
  if (r.chance(0.6)) {
    files.push([
      "pyproject.toml",
      [
        "[build-system]",
        'requires = ["setuptools>=68", "wheel"]',
        'build-backend = "setuptools.build_meta"',
        "",
        "[project]",
        `name = "${name}"`,
        'version = "0.1.0"',
        'requires-python = ">=3.9"',
        "dependencies = [",
        ...deps.map((d) => `    "${d}",`),
        "]",
        "",
        "[project.optional-dependencies]",
        'dev = ["pytest", "ruff"]',
        "",
        "[tool.ruff]",
        "line-length = 120",
        "",
      ].join("\n"),
    ]);
  } else {
    files.push(["setup.py", ["from setuptools import setup, find_packages", "", "setup(", `    name="${name}",`, "    packages=find_packages(),", "    install_requires=[", ...deps.map((d) => `        "${d}",`), "    ],", ")", ""].join("\n")]);
    if (r.chance(0.5)) files.push(["setup.cfg", ["[metadata]", `name = ${name}`, "", "[options]", "install_requires =", ...deps.map((d) => `    ${d}`), ""].join("\n")]);
  }
  if (r.chance(0.35)) {
    files.push([
      "environment.yml",
      [`name: ${name}`, "channels:", "  - pytorch", "  - conda-forge", "dependencies:", "  - python=3.11", fw === "tf" ? "  - tensorflow=2.15" : "  - pytorch=2.3", "  - pip", "  - pip:", ...deps.slice(1).map((d) => `    - ${d}`), ""].join("\n"),
    ]);
  }
  if (r.chance(0.5)) {
    const image = fw === "tf" ? r.pick(["tensorflow/tensorflow:2.15.0-gpu", "tensorflow/serving:2.15.0", "nvcr.io/nvidia/tensorflow:24.03-tf2-py3"]) : r.pick(["pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime", "nvcr.io/nvidia/pytorch:24.05-py3", "python:3.11-slim"]);
    files.push([
      r.pick(["Dockerfile", "Dockerfile.gpu", "docker/train.Dockerfile"]),
      [
        r.chance(0.3) ? `ARG BASE=${image}\nFROM \${BASE} AS base` : `FROM ${image} AS base`,
        "WORKDIR /app",
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt \\",
        `    && pip install --no-cache-dir ${fw === "tf" ? "tensorflow-serving-api==2.15.0" : "torchserve torch-model-archiver"}`,
        "# RUN pip install tensorflow-gpu==1.15  (old image)",
        "COPY . .",
        'CMD ["python", "train.py"]',
        "",
      ].join("\n"),
    ]);
  }
  if (r.chance(0.1)) files.push(["web/package.json", JSON.stringify({ name: `${name}-web`, private: true, dependencies: { "@tensorflow/tfjs": "^4.20.0", "onnxruntime-web": "^1.18.0", react: "^18.3.1" } }, null, 2) + "\n"]);
  if (r.chance(0.15)) files.push(["Pipfile", ["[[source]]", 'url = "https://pypi.org/simple"', "verify_ssl = true", 'name = "pypi"', "", "[packages]", ...deps.map((d) => `${d.split(/[=<>~]/)[0]} = "*"`), "", "[requires]", 'python_version = "3.11"', ""].join("\n")]);
  if (r.chance(0.2)) files.push(["poetry.lock", poetryLock(r, deps)]);
  return files;
}

/** A long poetry.lock: lock files are some of the biggest text files in real repositories. */
function poetryLock(r, deps) {
  const lines = ["# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.", ""];
  const names = [...deps.map((d) => d.split(/[=<>~ ]/)[0]), ...Array.from({ length: r.int(40, 160) }, () => ident(r).replace(/_/g, "-"))];
  for (const n of names) {
    lines.push("[[package]]", `name = "${n}"`, `version = "${r.int(0, 5)}.${r.int(0, 30)}.${r.int(0, 9)}"`, `description = "${prose(r, 1)[0].replace(/"/g, "'")}"`, "optional = false", 'python-versions = ">=3.8"', "files = [");
    const k = r.int(1, 12);
    for (let i = 0; i < k; i++) lines.push(`    {file = "${n}-cp311-manylinux_2_17_x86_64.whl", hash = "sha256:${r.bytes(32).toString("hex")}"},`);
    lines.push("]", "");
  }
  return lines.join("\n");
}

/** Files the audit does not read (docs, configs, data tables): they only cost the walk. */
export function otherFiles(r) {
  const files = [["README.md", ["# " + camel(r), "", ...prose(r, 6), "", "```python", "import torch", "model = torch.compile(model)", "```", ""].join("\n")]];
  files.push(["configs/train.yaml", ["model:", `  dim: ${r.pick([256, 512, 1024])}`, `  depth: ${r.int(2, 48)}`, "optimizer:", "  name: adamw", "  lr: 3.0e-4", ""].join("\n")]);
  if (r.chance(0.3)) files.push(["data/labels.csv", Array.from({ length: r.int(50, 2000) }, (_, i) => `${i},${r.pick(WORDS)},${r.next().toFixed(3)}`).join("\n") + "\n"]);
  return files;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FEATURES } from "../../../src/knowledge/features.js";
import { scanPythonSource, versionGuarded } from "../../../src/scanning/python/scanner.js";
import { TRIGGER_WORDS } from "../../../src/scanning/python/match.js";

function usages(src: string, feature?: string) {
  return scanPythonSource(src, "pkg/mod.py").usages.filter((u) => feature === undefined || u.feature === feature);
}

/**
 * Per feature: realistic code that uses it (`pos`, with the 1-based line of the first expected witness) and
 * code that only mentions it where it is not a usage (`neg`). Every catalog feature must appear here.
 */
const CASES: Record<string, { pos: string; line: number; neg: string }> = {
  "torch.compile": {
    pos: "import torch as T\n\nmodel = T.compile(model, mode='max-autotune')\n",
    line: 3,
    neg: "import torch as T\nmodel.compile(optimizer='adam')\nself.compile(x)\nc = T.compile  # referenced, not called\n",
  },
  "torch.jit": {
    pos: "import torch\n@torch.jit.script\ndef f(x):\n    return x\n",
    line: 2,
    neg: "import torch\n# torch.jit.script(m)\njit.script(m)\n",
  },
  "torch.export": {
    pos: "from torch.export import export\nep = export(model, (x,))\n",
    line: 1,
    neg: "import torch\nexporter.export(model)\ns = 'torch.export.export'\n",
  },
  "torch.ddp": {
    pos: "from torch.nn.parallel import DistributedDataParallel as DDP\n\nmodel = DDP(model, device_ids=[rank])\n",
    line: 1,
    neg: "import torch\nfrom mylib import DDP\nmodel = DDP(model)\nDistributedDataParallel(model)\n",
  },
  "torch.fsdp": {
    pos: "import torch.distributed.fsdp as fsdp\nm = fsdp.FullyShardedDataParallel(m)\n",
    line: 2,
    neg: "import torch\nfsdp.FullyShardedDataParallel(m)  # fsdp not imported\n",
  },
  "torch.tensor_parallel": {
    pos: "from torch.distributed.tensor.parallel import parallelize_module, ColwiseParallel\nparallelize_module(m, mesh, {'w1': ColwiseParallel()})\n",
    line: 1,
    neg: "import torch\ndef parallelize_module(m): pass\nparallelize_module(m)\n",
  },
  "torch.quantization": {
    pos: "import torch\nfrom torch.ao.quantization import quantize_dynamic\nq = quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)\n",
    line: 2,
    neg: "import torch\nq = quantize_dynamic(model)  # not imported from torch\nprint('torch.quantization is deprecated')\n",
  },
  "torch.onnx": {
    pos: "import torch\ntorch.onnx.export(model, x, 'model.onnx', opset_version=17)\n",
    line: 2,
    neg: "import torch\nonnx.export(model)\nlog(f'{torch.onnx.export}')\n",
  },
  "torch.amp": {
    pos: "import torch\nscaler = torch.cuda.amp.GradScaler()\nwith torch.autocast(device_type='cuda', dtype=torch.float16):\n    y = m(x)\n",
    line: 2,
    neg: "import torch\nwith autocast():\n    pass\nscaler = GradScaler()\n",
  },
  "torch.checkpoint": {
    pos: "import torch.utils.checkpoint as cp\nh = cp.checkpoint(block, h, use_reentrant=False)\n",
    line: 2,
    neg: "import torch\ntrainer.checkpoint(block)\ncheckpoint(block)\n",
  },
  "torch.profiler": {
    pos: "import torch\nfrom torch.profiler import profile, ProfilerActivity\nwith profile(activities=[ProfilerActivity.CPU]) as prof:\n    m(x)\n",
    line: 2,
    neg: "import torch\nwith profiler.profile():\n    pass\n",
  },
  "torch.sdpa": {
    pos: "import torch.nn.functional as F\nfrom torch import nn\nattn = nn.MultiheadAttention(512, 8)\no = F.scaled_dot_product_attention(q, k, v, is_causal=True)\n",
    line: 3,
    neg: "import torch\nclass MultiheadAttention:\n    pass\na = MultiheadAttention()\nlayers.MultiheadAttention(8)\n",
  },
  "torch.mobile": {
    pos: "import torch\nfrom torch.utils.mobile_optimizer import optimize_for_mobile\nopt = optimize_for_mobile(traced)\nopt._save_for_lite_interpreter('m.ptl')\n",
    line: 2,
    neg: "import torch\n# opt._save_for_lite_interpreter('m.ptl')\nnote = 'torch.utils.mobile_optimizer'\n",
  },
  lightning: {
    pos: "import pytorch_lightning as pl\nclass M(pl.LightningModule):\n    pass\n",
    line: 1,
    neg: "import torch\nlightning = 'fast'\nlightning.Trainer()\n",
  },
  "tf.function": {
    pos: "import tensorflow as tf\n\n@tf.function(jit_compile=True)\ndef step(x):\n    return x\n",
    line: 3,
    neg: "import tensorflow as tf\nf = tf.function  # not called\nobj.function(x)\n",
  },
  "tf.xla": {
    pos: "import tensorflow as tf\nmodel.compile(optimizer='adam', jit_compile=True)\n",
    line: 2,
    neg: "import tensorflow as tf\nmodel.compile(jit_compile=False)\nopts = {'jit_compile': True}\n",
  },
  "tf.distribute": {
    pos: "import tensorflow as tf\nstrategy = tf.distribute.MirroredStrategy()\n",
    line: 2,
    neg: "import tensorflow as tf\nstrategy = tf.distribute.TPUStrategy(resolver)\nMirroredStrategy()\n",
  },
  "tf.tpu": {
    pos: "import tensorflow as tf\nresolver = tf.distribute.cluster_resolver.TPUClusterResolver(tpu='')\ntf.tpu.experimental.initialize_tpu_system(resolver)\n",
    line: 2,
    neg: "import tensorflow as tf\ns = tf.distribute.MirroredStrategy()\n'''tf.tpu.experimental.initialize_tpu_system'''\n",
  },
  "tf.lite": {
    pos: "import tensorflow as tf\nconverter = tf.lite.TFLiteConverter.from_keras_model(model)\nopen('model.tflite', 'wb').write(converter.convert())\n",
    line: 2,
    neg: "import tensorflow as tf\n'''Export to model.tflite later.'''\n# open('model.tflite')\nprint('see the .tflite docs')\nignore_files = ['*.h5', '*.tflite', '*.onnx']\n",
  },
  "tf.saved_model": {
    pos: "import tensorflow as tf\ntf.saved_model.save(model, 'export/1')\nmodel.export('export/2')\n",
    line: 2,
    neg: "import tensorflow as tf\nmodel.save('model.keras')\nmodel.save(path)\n",
  },
  "tf.serving": {
    pos: "import requests\nr = requests.post('http://localhost:8501/v1/models/resnet:predict', json=payload)\n",
    line: 2,
    neg: "import requests\n'''POST http://localhost:8501/v1/models/resnet:predict'''\n# requests.post('http://h/v1/models/m:predict')\n",
  },
  "tf.mixed_precision": {
    pos: "from tensorflow import keras\nkeras.mixed_precision.set_global_policy('mixed_float16')\n",
    line: 2,
    neg: "import tensorflow as tf\n# keras.mixed_precision.set_global_policy('mixed_float16')\ntorch_precision = 'bf16'\n",
  },
  "tf.data": {
    pos: "import tensorflow as tf\nds = tf.data.Dataset.from_tensor_slices(x).prefetch(tf.data.AUTOTUNE)\n",
    line: 2,
    neg: "import tensorflow as tf\nds = data.Dataset(x)\nself.data.Dataset\n",
  },
  "tf.gradient_tape": {
    pos: "import tensorflow as tf\nwith tf.GradientTape() as tape:\n    loss = f(x)\n",
    line: 2,
    neg: "import tensorflow as tf\nwith GradientTape() as tape:\n    pass\n",
  },
  "tf.profiler": {
    pos: "import tensorflow as tf\ntf.profiler.experimental.start('logs')\n",
    line: 2,
    neg: "import tensorflow as tf\nprofiler.experimental.start('logs')\n",
  },
  "tf.v1": {
    pos: "import tensorflow as tf\nsess = tf.Session()\nx = tf.placeholder(tf.float32)\n",
    line: 2,
    neg: "import tensorflow as tf\nSession = make_session\nsess = Session()\n\"\"\"tf.Session() was TF1\"\"\"\n",
  },
  tfx: {
    pos: "from tfx import v1 as tfx\npipeline = tfx.dsl.Pipeline(components=[])\n",
    line: 1,
    neg: "import tensorflow as tf\ntfx = None\n",
  },
  tfjs: {
    pos: "import tensorflowjs as tfjs\ntfjs.converters.save_keras_model(model, 'web_model')\n",
    line: 1,
    neg: "import tensorflow as tf\n# import tensorflowjs\n",
  },
  onnx: {
    pos: "import onnxruntime as ort\nsess = ort.InferenceSession('model.onnx')\n",
    line: 1,
    neg: "import torch\nsess = ort.InferenceSession('model.onnx')\n",
  },
  torchserve: {
    pos: "from ts.torch_handler.base_handler import BaseHandler\nclass H(BaseHandler):\n    pass\n",
    line: 1,
    neg: "import torch\nfrom .ts.torch_handler import BaseHandler\n",
  },
  "keras.backend": {
    pos: 'import os\n\nos.environ["KERAS_BACKEND"] = "jax"\n\nimport keras\n',
    line: 3,
    // a read of the variable, a message that names it, a value computed elsewhere
    neg: 'import os\nbackend = os.environ.get("KERAS_BACKEND")\nprint("set KERAS_BACKEND to jax")\nos.environ["KERAS_BACKEND"] = backend\n',
  },
  "hf.transformers": {
    pos: "from transformers import AutoModel\nm = AutoModel.from_pretrained('bert-base-uncased')\n",
    line: 1,
    neg: "import torch\n# from transformers import AutoModel\nx = 'transformers'\n",
  },
};

/** Wrappers that turn real code into a mention that is not a usage. */
const TRAPS: Record<string, (code: string) => string> = {
  comment: (code) => code.split("\n").map((l) => `# ${l}`).join("\n"),
  docstring: (code) => `def f():\n    """\n${code.replace(/"""/g, "'''")}\n    """\n    return 1\n`,
  "bare string": (code) => `x = 1\n'''${code.replace(/'''/g, '"""')}'''\n`,
};

describe("feature detection per catalog feature", () => {
  it("has a case for every feature in the catalog", () => {
    expect(Object.keys(CASES).sort()).toEqual(FEATURES.map((f) => f.id).sort());
  });
  for (const [id, c] of Object.entries(CASES)) {
    it(`${id}: detected in real code`, () => {
      const u = usages(c.pos, id);
      expect(u.length).toBeGreaterThan(0);
      expect(u[0]?.line).toBe(c.line);
      expect(u[0]?.path).toBe("pkg/mod.py");
    });
    it(`${id}: not detected in the trap`, () => {
      expect(usages(c.neg, id)).toEqual([]);
    });
    for (const [trap, wrap] of Object.entries(TRAPS)) {
      it(`${id}: not detected when the real code is inside a ${trap}`, () => {
        expect(usages(wrap(c.pos), id)).toEqual([]);
      });
    }
  }
});

describe("settings named by a string and given by the next one (keras.backend)", () => {
  it("takes the value after the name on the same line, in the forms that set it", () => {
    const src = [
      "import os",
      'os.environ["KERAS_BACKEND"] = "torch"',
      "os.environ.setdefault('KERAS_BACKEND', 'jax')",
      'os.environ.update({"KERAS_BACKEND": "tensorflow"})',
      'os.environ["KERAS_BACKEND"] = "tensorflow-gpu"', // not a backend
      'label = "KERAS_BACKEND"',
      '"jax"', // a value on a line of its own is no setting
    ].join("\n");
    expect(usages(src, "keras.backend").map((u) => [u.line, u.detail])).toEqual([
      [2, 'KERAS_BACKEND="torch"'],
      [3, 'KERAS_BACKEND="jax"'],
      [4, 'KERAS_BACKEND="tensorflow"'],
    ]);
  });
});

describe("alias resolution and call details", () => {
  it("matches keyword rows only in files importing what they need", () => {
    expect(usages("import torch\nmodel.compile(jit_compile=True)\n", "tf.xla")).toEqual([]);
    expect(usages("import keras\nmodel.compile(jit_compile=True)\n", "tf.xla").map((u) => u.detail)).toEqual(["jit_compile=True"]);
  });

  it("resolves aliases and records call details", () => {
    const src = [
      "import torch as T",
      "from torch import compile as c",
      "import tensorflow.compat.v1 as tf",
      "from torch.nn.parallel import DistributedDataParallel as DDP",
      "m = T.compile(m, mode=\"max-autotune\", fullgraph=True, dynamic=None, backend=b)",
      "m2 = c(m, mode='reduce-overhead')",
      "s = tf.Session()",
      "d = DDP(model)",
    ].join("\n");
    const u = usages(src);
    const compile = u.filter((x) => x.feature === "torch.compile");
    expect(compile.map((x) => [x.line, x.column, x.matched, x.detail])).toEqual([
      [5, 5, "torch.compile", 'mode="max-autotune", fullgraph=True, dynamic=None'],
      [6, 6, "torch.compile", 'mode="reduce-overhead"'],
    ]);
    expect(u.find((x) => x.feature === "tf.v1" && x.line === 7)?.matched).toBe("tensorflow.compat.v1.Session");
    expect(u.find((x) => x.feature === "torch.ddp" && x.line === 8)?.matched).toBe("torch.nn.parallel.DistributedDataParallel");
  });

  it("tracks imports inside functions, try blocks, one-line compound statements and parenthesised lists", () => {
    const src = [
      "try: import torch",
      "except ImportError: torch = None",
      "if TYPE_CHECKING:",
      "    from torch.distributed.fsdp import (",
      "        FullyShardedDataParallel as FSDP,  # the wrapper",
      "        MixedPrecision,",
      "    )",
      "def build():",
      "    import tensorflow as tf",
      "    return tf.data.Dataset.range(3), FSDP(m)",
    ].join("\n");
    const r = scanPythonSource(src, "a.py");
    expect(r.imports.map((i) => `${i.module}@${i.line}`)).toEqual([
      "torch@1",
      "torch.distributed.fsdp.FullyShardedDataParallel@5",
      "torch.distributed.fsdp.MixedPrecision@6",
      "tensorflow@9",
    ]);
    expect(r.usages.filter((u) => u.line === 10).map((u) => u.feature).sort()).toEqual(["tf.data", "torch.fsdp"]);
  });

  it("ignores relative and star imports for aliases, and unrelated imports in the output", () => {
    const r = scanPythonSource("from . import torch\nfrom .models import tf\nfrom torch import *\nimport numpy as np\ntorch.compile(m)\ncompile(m)\n", "a.py");
    expect(r.imports.map((i) => i.module)).toEqual(["torch"]);
    expect(r.usages).toEqual([]);
    const all = scanPythonSource("import numpy as np\n", "a.py", { allImports: true });
    expect(all.imports.map((i) => i.module)).toEqual(["numpy"]);
  });

  it("reports tf.keras used through `import tensorflow as tf` as a tensorflow.keras import", () => {
    const r = scanPythonSource("import tensorflow as tf\n\nm = tf.keras.Sequential()\nl = tf.keras.layers.Dense(3)\n", "a.py");
    expect(r.imports.map((i) => `${i.module}@${i.line}`)).toEqual(["tensorflow@1", "tensorflow.keras@3"]);
  });

  it("puts the cell on every location when given one", () => {
    const r = scanPythonSource("import torch\ntorch.compile(m)\n", "nb.ipynb", { cell: 4 });
    expect(r.imports[0]?.cell).toBe(4);
    expect(r.usages[0]?.cell).toBe(4);
  });

  it("does not take keyword argument names, definitions or f-string contents as references", () => {
    const src = 'import torch\ndef compile(torch=None): pass\nf(torch=1)\nx = f"{torch.compile(m)}"\nclass torch_compile: pass\n';
    expect(usages(src)).toEqual([]);
  });

  it("a 3.12 f-string with nested quotes does not hide the code after it", () => {
    const src = 'import torch\nmsg = f"{cfg["torch.compile"]}"\nm = torch.compile(m)\n';
    expect(usages(src, "torch.compile").map((u) => u.line)).toEqual([3]);
  });
});

describe("broken input", () => {
  it("keeps scanning after an unterminated string and reports one parse-error with its line", () => {
    const src = "import torch\ns = 'oops\nt = '''also broken\nm = torch.compile(m)\n";
    const r = scanPythonSource(src, "broken.py");
    expect(r.usages.map((u) => `${u.feature}@${u.line}`)).toEqual(["torch.compile@4"]);
    expect(r.problems).toEqual([expect.objectContaining({ kind: "parse-error", path: "broken.py", line: 2 })]);
  });

  it("recovers from an unclosed bracket at the next top-level statement", () => {
    const src = "x = foo(1,\nimport torch\ntorch.compile(m)\n";
    const r = scanPythonSource(src, "b.py");
    expect(r.imports.map((i) => i.module)).toEqual(["torch"]);
    expect(r.usages.map((u) => u.line)).toEqual([3]);
    expect(r.problems).toHaveLength(1);
  });

  it("scans Python 2 code and flags it once", () => {
    const src = 'import tensorflow as tf\nprint "start"\nsess = tf.Session()\nexec "x = 1"\nprint `sess`\n';
    const r = scanPythonSource(src, "old.py");
    expect(r.usages.map((u) => `${u.feature}@${u.line}`)).toEqual(["tf.v1@3"]);
    expect(r.problems).toEqual([expect.objectContaining({ kind: "parse-error", line: 2 })]);
  });

  it("takes Python 2 syntax as valid in a file whose #! line runs Python 2", () => {
    const body = 'import tensorflow as tf\nprint "start"\nsess = tf.Session()\n';
    for (const shebang of ["#!/usr/bin/env python2\n", "#!/usr/bin/python2.7\n"]) {
      const r = scanPythonSource(shebang + body, "old.py");
      expect(r.usages.map((u) => `${u.feature}@${u.line}`)).toEqual(["tf.v1@4"]);
      expect(r.problems).toEqual([]);
    }
    for (const shebang of ["#!/usr/bin/env python\n", "#!/usr/bin/env python3\n", "# python2 is gone\n", "#!/usr/bin/env python2x\n"]) {
      expect(scanPythonSource(shebang + body, "old.py").problems).toEqual([expect.objectContaining({ kind: "parse-error", line: 3 })]);
    }
  });

  it("survives deep nesting and NUL bytes", () => {
    const deep = "import torch\nx = " + "[".repeat(50_000) + "]".repeat(50_000) + "\ntorch.compile(m)\n";
    expect(usages(deep, "torch.compile").map((u) => u.line)).toEqual([3]);
    expect(usages("import torch\x00\ntorch.compile(m)\n", "torch.compile")).toHaveLength(1);
  });

  it("skips files without any trigger word without tokenizing", () => {
    expect(TRIGGER_WORDS).toContain("torch");
    expect(TRIGGER_WORDS).not.toContain("torchvision");
    expect(scanPythonSource("import numpy as np\nnp.compile(x)\n", "a.py")).toEqual({ imports: [], usages: [], declared: [], problems: [] });
  });

  it("never throws on arbitrary input", () => {
    const pieces = ["import torch as T\n", "T.compile(", ")", "f'{", "}'", '"""', "'", "(", "\n", "\\\n", "@T.jit.script\n", "x=", "jit_compile=True", ",", "\x00", "é", "from . import (a,"];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(""))), (src) => {
        const r = scanPythonSource(src, "x.py");
        return Array.isArray(r.usages) && r.problems.length <= 1;
      }),
      { numRuns: 1500 },
    );
  });
});

describe("usages behind a version or hasattr check (FeatureUsage.guarded)", () => {
  const guarded = (src: string, feature: string) => usages(src, feature).map((u) => [u.line, u.guarded === true]);
  it("marks usages under an if/elif that checks the version or the attribute, at any depth, and the else of one", () => {
    // horovod/spark/keras/util.py, horovod's elastic example, DeepSpeed's flops profiler
    const src = [
      "import tensorflow as tf",
      "import torch",
      "import torch.nn.functional as F",
      "from packaging import version",
      "def prefetch(dataset, size):",
      "    if size > 0:",
      "        dataset = dataset.prefetch(size)",
      "    elif hasattr(tf.data, 'AUTOTUNE'):",
      "        dataset = dataset.prefetch(tf.data.AUTOTUNE)",
      "    return dataset.prefetch(tf.data.AUTOTUNE)",
      "if version.parse(tf.__version__) >= version.parse('2.4.0'):",
      "    for name in ['mixed_float16']:",
      "        tf.keras.mixed_precision.set_global_policy(name)",
      "if torch.__version__ < '2':",
      "    model = model",
      "else:",
      "    # compile when it exists",
      "    model = torch.compile(model)",
      "attn = F.scaled_dot_product_attention if hasattr(F, 'scaled_dot_product_attention') else None",
      "if hasattr(torch, 'compile'):",
      "    pass",
      "model = torch.compile(model)",
      "if self.training:",
      "    model = torch.compile(model)",
    ].join("\n");
    expect(guarded(src, "tf.data")).toEqual([
      [8, true], // the check itself
      [9, true],
      [10, false],
    ]);
    expect(guarded(src, "tf.mixed_precision").filter(([line]) => line === 13)).toEqual([[13, true]]);
    expect(guarded(src, "torch.compile")).toEqual([
      [18, true],
      [22, false], // after the check's block, not inside it
      [24, false], // a condition about something else
    ]);
    expect(guarded(src, "torch.sdpa")).toEqual([[19, true]]);
  });
  it("an else belongs to its own if chain, not to a for loop's or to a check further up", () => {
    const src = "import torch\nif torch.__version__ >= '2':\n    pass\nfor m in models:\n    pass\nelse:\n    model = torch.compile(model)\n";
    expect(guarded(src, "torch.compile")).toEqual([[7, false]]);
  });
  it("follows a flag set from a check (nanoGPT's self.flash), not one set from anything else", () => {
    const src = [
      "import torch",
      "class CausalSelfAttention:",
      "    def __init__(self):",
      "        self.flash = hasattr(torch.nn.functional, 'scaled_dot_product_attention')",
      "        self.dropout: float = 0.1",
      "    def forward(self, q, k, v):",
      "        if self.flash:",
      "            y = torch.nn.functional.scaled_dot_product_attention(q, k, v)",
      "        if self.dropout:",
      "            y = torch.nn.functional.scaled_dot_product_attention(q, k, v)",
      "        return y",
    ].join("\n");
    expect(guarded(src, "torch.sdpa").filter(([line]) => line !== 4)).toEqual([
      [8, true],
      [10, false],
    ]);
  });
  it("follows a flag set to True/False inside a version check's block, also as one part of `a and b` (TorchServe's PT2_AVAILABLE)", () => {
    // pytorch/serve ts/torch_handler/base_handler.py; Stability-AI/generative-models sgm/modules/attention.py
    const src = [
      "import packaging.version",
      "import torch",
      'if packaging.version.parse(torch.__version__) >= packaging.version.parse("2.0.0a"):',
      "    PT2_AVAILABLE = True",
      "else:",
      "    PT2_AVAILABLE = False",
      "SDP = True  # set outside any check",
      "if x:",
      "    SELF = True",
      "class Handler:",
      "    def initialize(self, valid_backend):",
      "        if PT2_AVAILABLE and valid_backend:",
      "            self.model = torch.compile(self.model)",
      "        if valid_backend and not PT2_AVAILABLE:",
      "            self.model = torch.compile(self.model)",
      "        if SDP:",
      "            self.model = torch.compile(self.model)",
      "        if SELF and valid_backend:",
      "            self.model = torch.compile(self.model)",
      "        if PT2_AVAILABLE or valid_backend:",
      "            self.model = torch.compile(self.model)",
    ].join("\n");
    expect(guarded(src, "torch.compile")).toEqual([
      [13, true],
      [15, true],
      [17, false], // a flag set outside a check
      [19, false], // set under a condition about something else
      [21, false], // `or`: the body also runs without the check
    ]);
  });
  it("a flag whose only assignment sits under a check of itself is not a version check (and ends)", () => {
    const src = ["import torch", "if FLAG:", "    FLAG = True", "if FLAG:", "    m = torch.compile(m)", ""].join("\n");
    expect(guarded(src, "torch.compile")).toEqual([[5, false]]);
  });
  it("a name imported under a version check is guarded, by the check above the statement (volcengine/verl's fsdp_utils.py)", () => {
    const src = [
      "import torch",
      "from packaging import version",
      'if version.parse(torch.__version__) >= version.parse("2.6"):',
      "    from torch.distributed.fsdp import (",
      "        MixedPrecisionPolicy,",
      "        fully_shard,",
      "    )",
      "from torch.distributed.fsdp import fully_shard as shard",
      "",
    ].join("\n");
    expect(guarded(src, "torch.fsdp")).toEqual([
      [6, true],
      [8, false],
    ]);
  });
  it("reads CRLF and CR line ends alike", () => {
    for (const nl of ["\r\n", "\r"]) {
      const src = ["import torch", "if hasattr(torch, 'compile'):", "    m = torch.compile(m)", "n = torch.compile(n)", "if version_ok: pass", ""].join(nl);
      expect(guarded(src, "torch.compile"), JSON.stringify(nl)).toEqual([
        [3, true],
        [4, false],
      ]);
    }
  });
  it("leaves features without a minimum version alone", () => {
    expect(usages("import torch\nif hasattr(torch, 'jit'):\n    torch.jit.script(f)\n", "torch.jit").map((u) => u.guarded)).toEqual([undefined]);
  });
});

describe("the version-guard reader's memo gives the answers a fresh reading gives", () => {
  const stmt = fc.constantFrom(
    "if hasattr(torch, 'compile'):",
    "if torch.__version__ >= '2':",
    "elif hasattr(F, 'scaled_dot_product_attention'):",
    "if x:",
    "elif y:",
    "else:",
    "for m in ms:",
    "def f():",
    "m = torch.compile(m)",
    "y = F.scaled_dot_product_attention(q, k, v)",
    "flash = hasattr(F, 'scaled_dot_product_attention')",
    "if flash:",
    "x = 1",
    "# note",
    "",
  );
  const line = fc.tuple(fc.integer({ min: 0, max: 4 }), stmt).map(([depth, s]) => "    ".repeat(depth) + s);
  it("on random block structures", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const src = "import torch\nimport torch.nn.functional as F\n" + lines.join("\n") + "\n";
        const starts = [0];
        for (let i = 0; i < src.length; i++) if (src[i] === "\n") starts.push(i + 1);
        for (const u of scanPythonSource(src, "m.py").usages) {
          if (u.feature !== "torch.compile" && u.feature !== "torch.sdpa") continue;
          expect(u.guarded === true, `${src}\nline ${u.line}`).toBe(versionGuarded(src, starts[u.line - 1]!));
        }
      }),
      { numRuns: 300 },
    );
  });
  it("20,000 usages in one block are all read", () => {
    const src = ["import torch", "if hasattr(torch, 'compile'):", ...Array.from({ length: 20000 }, () => "    m = torch.compile(m)")].join("\n");
    const u = scanPythonSource(src, "gen.py").usages.filter((x) => x.feature === "torch.compile");
    expect(u).toHaveLength(20000);
    expect(u.every((x) => x.guarded === true)).toBe(true);
  });
});

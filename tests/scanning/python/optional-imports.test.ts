/**
 * ImportFact.optional: imports the code copes without (try/except ImportError, contextlib.suppress). Blocks are
 * found by indentation, including across lines the scanner's line skipper consumes without tokens.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanNotebook } from "../../../src/scanning/notebook.js";
import { scanPythonSource } from "../../../src/scanning/python/scanner.js";

/** [module, line, optional] of every reported import, in order. */
function imps(src: string, allImports = false): [string, number, boolean][] {
  return scanPythonSource(src, "pkg/mod.py", { allImports }).imports.map((i) => [i.module, i.line, i.optional === true]);
}
/** Modules imported optionally / required. */
function split(src: string): { optional: string[]; required: string[] } {
  const all = imps(src);
  return { optional: all.filter((i) => i[2]).map((i) => i[0]), required: all.filter((i) => !i[2]).map((i) => i[0]) };
}

describe("optional imports: try/except shapes that make an import optional", () => {
  it("the yolov5 models/common.py shape: tflite_runtime is optional, the tensorflow fallback in the handler is not", () => {
    const src = [
      "import torch",
      "class DetectMultiBackend(nn.Module):",
      "    def __init__(self, weights, tflite=False, edgetpu=False):",
      "        if onnx:",
      "            import onnxruntime",
      "        elif tflite or edgetpu:",
      "            try:  # https://coral.ai/docs/edgetpu/tflite-python/",
      "                from tflite_runtime.interpreter import Interpreter, load_delegate",
      "            except ImportError:",
      "                import tensorflow as tf",
      "                Interpreter, load_delegate = tf.lite.Interpreter, tf.lite.experimental.load_delegate",
      "            if edgetpu:",
      "                delegate = {'Linux': 'libedgetpu.so.1'}[platform.system()]",
      "",
    ].join("\n");
    expect(imps(src)).toEqual([
      ["torch", 1, false],
      ["onnxruntime", 5, false],
      ["tflite_runtime.interpreter.Interpreter", 8, true],
      ["tflite_runtime.interpreter.load_delegate", 8, true],
      ["tensorflow", 10, false],
    ]);
  });

  it.each([
    ["ImportError", "except ImportError:"],
    ["ModuleNotFoundError with a name", "except ModuleNotFoundError as e:"],
    ["Exception", "except Exception:"],
    ["BaseException", "except BaseException as err:"],
    ["a bare except", "except:"],
    ["a tuple", "except (OSError, ImportError) as e:"],
    ["a tuple over two lines with a comment", "except (OSError,  # no wheel\n        ImportError):"],
    ["a space before the colon", "except ImportError :"],
  ])("catching %s", (_name, clause) => {
    const src = `import os\ntry:\n    import torch\n    import torchvision.models as tvm\n${clause}\n    torch = None\n`;
    expect(split(src)).toEqual({ optional: ["torch", "torchvision.models"], required: [] });
  });

  it("the one-line forms `try: import x` and `except ImportError: x = None`", () => {
    expect(imps("try: import tensorflow as tf\nexcept ImportError: tf = None\nimport torch\n")).toEqual([
      ["tensorflow", 1, true],
      ["torch", 3, false],
    ]);
    expect(imps("try: from torch import nn; import onnx\nexcept ImportError: pass\n")).toEqual([
      ["torch.nn", 1, true],
      ["onnx", 1, true],
    ]);
  });

  it("a later except clause may be the one that copes", () => {
    const src = "try:\n    import jax\nexcept ValueError:\n    log('bad')\nexcept ImportError:\n    jax = None\n";
    expect(imps(src)).toEqual([["jax", 2, true]]);
  });

  it("the body may hold nested blocks, blank lines and comments, and tabs", () => {
    const src = "try:\n    if sys.platform == 'darwin':\n        x = 1\n\n    # the fast path\n    import onnxruntime as ort\nexcept ImportError:\n    ort = None\n";
    expect(imps(src)).toEqual([["onnxruntime", 6, true]]);
    expect(imps("def f():\n\ttry:\n\t\timport torch\n\texcept ImportError:\n\t\treturn None\n\timport tensorflow\n")).toEqual([
      ["torch", 3, true],
      ["tensorflow", 6, false],
    ]);
    expect(imps("try:\r\n    import torch\r\nexcept ImportError:\r\n    pass\r\nimport jax\r\n")).toEqual([
      ["torch", 2, true],
      ["jax", 5, false],
    ]);
  });

  it("nested try: an import is optional when any enclosing try copes", () => {
    const src = [
      "try:",
      "    try:",
      "        import keras",
      "    except ValueError:",
      "        import onnx",
      "    import onnxruntime",
      "except ImportError:",
      "    pass",
      "try:",
      "    import jax",
      "except KeyError:",
      "    pass",
      "",
    ].join("\n");
    expect(imps(src)).toEqual([
      ["keras", 3, true],
      ["onnx", 5, true],
      ["onnxruntime", 6, true],
      ["jax", 10, false],
    ]);
  });

  it("with contextlib.suppress(ImportError): and from contextlib import suppress", () => {
    expect(split("import contextlib\nwith contextlib.suppress(ImportError):\n    import torch\nimport jax\n")).toEqual({ optional: ["torch"], required: ["jax"] });
    expect(split("from contextlib import suppress\nwith suppress(AttributeError, ModuleNotFoundError):\n    import onnx\n")).toEqual({ optional: ["onnx"], required: [] });
    expect(split("from contextlib import suppress\nwith suppress(ImportError): import onnx\n")).toEqual({ optional: ["onnx"], required: [] });
    expect(split("from contextlib import suppress\nwith suppress(KeyError):\n    import onnx\n")).toEqual({ optional: [], required: ["onnx"] });
  });

  it("the implied tensorflow.keras import follows the import that bound its alias", () => {
    expect(imps("try:\n    import tensorflow as tf\nexcept ImportError:\n    tf = None\n\nm = tf.keras.Sequential()\n")).toEqual([
      ["tensorflow", 2, true],
      ["tensorflow.keras", 6, true],
    ]);
    expect(imps("import tensorflow as tf\ntry:\n    m = tf.keras.Sequential()\nexcept ImportError:\n    m = None\n")).toEqual([
      ["tensorflow", 1, false],
      ["tensorflow.keras", 3, false],
    ]);
  });

  it("and is inside a function when that import is (ultralytics' DetectMultiBackend loading a SavedModel)", () => {
    const src = [
      "import torch",
      "class DetectMultiBackend(torch.nn.Module):",
      "    def __init__(",
      "        self,",
      '        weights="yolov3-tiny.pt",',
      "    ):",
      "        super().__init__()",
      "        if saved_model:",
      "            import tensorflow as tf",
      "",
      "            model = tf.keras.models.load_model(weights)",
      "",
    ].join("\n");
    expect(scanPythonSource(src, "models/common.py").imports.map((i) => [i.module, i.line, i.lazy === true])).toEqual([
      ["torch", 1, false],
      ["tensorflow", 9, true],
      ["tensorflow.keras", 11, true],
    ]);
    const eager = "import tensorflow as tf\n\ndef build():\n    return tf.keras.Sequential()\n";
    expect(scanPythonSource(eager, "m.py").imports.map((i) => [i.module, i.lazy === true])).toEqual([
      ["tensorflow", false],
      ["tensorflow.keras", false],
    ]);
  });

  it("every import is marked, not only the known ML ones, with allImports", () => {
    expect(imps("try:\n    import ujson as json\nexcept ImportError:\n    import json\n", true)).toEqual([
      ["ujson", 2, true],
      ["json", 4, false],
    ]);
  });

  it("notebook cells use the same scanner: a try in one cell does not reach the next", () => {
    const nb = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "code", metadata: {}, outputs: [], source: ["try:\n", "    import torch\n", "except ImportError:\n", "    torch = None\n"] },
        { cell_type: "code", metadata: {}, outputs: [], source: ["    \n", "import tensorflow as tf\n"] },
      ],
    });
    const r = scanNotebook(nb, "demo.ipynb");
    expect(r.imports.map((i) => [i.module, i.cell, i.line, i.optional === true])).toEqual([
      ["torch", 0, 2, true],
      ["tensorflow", 1, 2, false],
    ]);
  });
});

describe("optional imports: what stays required", () => {
  it("a plain import after the try block, also after lines the skipper consumes", () => {
    expect(split("try:\n    import torch\nexcept ImportError:\n    pass\nimport tensorflow\n")).toEqual({ optional: ["torch"], required: ["tensorflow"] });
    const src = "try:\n    import torch\nexcept ImportError:\n    pass\nx = 1\ndef load():\n    if x:\n        import tensorflow\n";
    expect(split(src)).toEqual({ optional: ["torch"], required: ["tensorflow"] });
  });

  it("imports in finally: and else: bodies, and in the handler", () => {
    const src = [
      "try:",
      "    import torch",
      "except ImportError:",
      "    import jax",
      "else:",
      "    import tensorflow",
      "finally:",
      "    import onnx",
      "",
    ].join("\n");
    expect(split(src)).toEqual({ optional: ["torch"], required: ["jax", "tensorflow", "onnx"] });
  });

  it("a try with only finally:", () => {
    expect(split("try:\n    import torch\nfinally:\n    cleanup()\n")).toEqual({ optional: [], required: ["torch"] });
    expect(split("try: import torch\nfinally: import jax\n")).toEqual({ optional: [], required: ["torch", "jax"] });
  });

  it.each([
    ["except ValueError only", "except ValueError:\n    pass"],
    ["a tuple without an import error", "except (KeyError, AttributeError) as e:\n    pass"],
    ["an attribute named like a builtin", "except errors.Exception:\n    pass"],
    ["a similar name", "except ImportErrorWrapper:\n    pass"],
    ["a handler that re-raises", "except ImportError as e:\n    raise RuntimeError('pip install torch') from e"],
    ["a handler that re-raises after a comment", "except ImportError:  # be loud\n    # torch is required\n    raise"],
    ["a one-line re-raise", "except ImportError: raise"],
  ])("%s", (_name, handler) => {
    expect(split(`try:\n    import torch\n${handler}\n`)).toEqual({ optional: [], required: ["torch"] });
  });

  it("a word `try` or `except` that does not start a statement changes nothing", () => {
    expect(split("retry = try_count\nx = {'try': 1}\nimport torch\ns = 'except ImportError:'\nimport jax\n")).toEqual({ optional: [], required: ["torch", "jax"] });
  });

  it("a module-level import is never optional unless it shares a line with try:", () => {
    const pieces = [
      "try:",
      "try: import onnx",
      "except ImportError:",
      "except ValueError:",
      "except:",
      "finally:",
      "else:",
      "with suppress(ImportError):",
      "import torch",
      "x = 1",
      "def f():",
      "if x:",
      "pass",
      "'''doc\n'''",
      "(a,\n b)",
    ];
    const line = fc.tuple(fc.constantFrom("", "    ", "        ", "\t"), fc.constantFrom(...pieces)).map(([ind, p]) => ind + p);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const src = lines.join("\n") + "\n";
        const lineText = src.split("\n");
        for (const im of scanPythonSource(src, "r.py").imports) {
          const text = lineText[im.line - 1] ?? "";
          if (im.optional && text.startsWith("import ")) return false;
        }
        return true;
      }),
      { numRuns: 1500 },
    );
  });
});

describe("optional imports: under an availability check", () => {
  it("transformers-style helpers, RequirementCache flags, find_spec and TYPE_CHECKING make the import optional", () => {
    const src = [
      "from typing import TYPE_CHECKING",
      "import torch",
      "from .utils import is_deepspeed_available, is_torchao_available",
      "_DEEPSPEED_AVAILABLE = RequirementCache('deepspeed')",
      "if TYPE_CHECKING:",
      "    from transformers import PreTrainedModel",
      "if is_torchao_available():",
      "    # needed for the int4 path",
      "",
      "    import torchao",
      "def zero3(model):",
      "    if is_deepspeed_available() and model.zero3:",
      "        import deepspeed",
      "    return model",
      "def fabric_strategy():",
      "    if _DEEPSPEED_AVAILABLE:",
      "        import deepspeed",
      "def onnx_session(path):",
      "    if importlib.util.find_spec('onnxruntime') is not None: import onnxruntime",
      "",
    ].join("\n");
    expect(imps(src)).toEqual([
      ["torch", 2, false],
      ["transformers.PreTrainedModel", 6, true],
      ["torchao", 10, true],
      ["deepspeed", 13, true],
      ["deepspeed", 17, true],
      ["onnxruntime", 19, true],
    ]);
  });

  it("a negated check, another condition, an else: body or an import below nested code stays required", () => {
    const src = [
      "import torch",
      "if not is_deepspeed_available():",
      "    import deepspeed  # nonsense, but not guarded by availability",
      "if torch.cuda.is_available():",
      "    import onnxruntime",
      "if is_tf_available():",
      "    pass",
      "else:",
      "    import tensorflow",
      "def f():",
      "    if is_flax_available():",
      "        x = 1",
      "    import jax",
      "# if is_timm_available():",
      "import timm",
      "",
    ].join("\n");
    expect(split(src)).toEqual({ optional: [], required: ["torch", "deepspeed", "onnxruntime", "tensorflow", "jax", "timm"] });
  });
});

describe("ImportFact.lazy: an import inside a function body runs only when the function is called", () => {
  /** Modules imported inside a function / at module or class level. */
  const lazy = (src: string) => {
    const all = scanPythonSource(src, "pkg/mod.py").imports;
    return { lazy: all.filter((i) => i.lazy).map((i) => i.module), eager: all.filter((i) => !i.lazy).map((i) => i.module) };
  };
  it("a tracker integration's import in __init__ (huggingface/accelerate's MLflowTracker), at any depth", () => {
    const src = [
      "import torch",
      "class MLflowTracker(GeneralTracker):",
      "    import onnx",
      "    def __init__(self, experiment_name=None, logging_dir=None):",
      "        if logging_dir:",
      "            import mlflow",
      "",
      "async def serve():",
      "    for _ in range(3):",
      "        with ctx():",
      "            import tritonclient.grpc",
      "",
    ].join("\n");
    expect(lazy(src)).toEqual({ lazy: ["mlflow", "tritonclient.grpc"], eager: ["torch", "onnx"] });
  });
  it("after a signature written over several lines (Lightning's XLAStrategy.reduce, MLFlowLogger.__init__)", () => {
    const src = [
      "class XLAStrategy:",
      "    def reduce(",
      "        self, output, group=None, reduce_op=None",
      "    ) -> Tensor:",
      "        if invalid:",
      "            raise ValueError(",
      '                f" {reduce_op}"',
      "            )",
      "        import torch_xla.core.xla_model as xm",
      "",
    ].join("\n");
    expect(lazy(src)).toEqual({ lazy: ["torch_xla.core.xla_model"], eager: [] });
  });
  it("module-level blocks are not functions: if, try, with, class bodies", () => {
    const src = ["if sys.platform == 'linux':", "    import torch_xla", "try:", "    import mlflow", "except ImportError:", "    mlflow = None", "with suppress(ImportError):", "    import kserve", ""].join("\n");
    expect(lazy(src)).toEqual({ lazy: [], eager: ["torch_xla", "mlflow", "kserve"] });
  });
});

describe("the imports the knowledge tables name are reported", () => {
  it("deprecated packages, requirement signals and framework users, and only google.cloud of google", () => {
    const src = "import tensorflow_addons as tfa\nfrom google.cloud import storage\nimport google.protobuf\nimport kserve\nfrom autogluon.tabular import TabularPredictor\nimport requests\n";
    expect(scanPythonSource(src, "app.py").imports.map((i) => i.module)).toEqual(["tensorflow_addons", "google.cloud.storage", "kserve", "autogluon.tabular.TabularPredictor"]);
    // a file whose only such import is one of them is not skipped by the prefilter
    expect(scanPythonSource("from google.cloud import aiplatform\n", "vertex.py").imports.map((i) => i.module)).toEqual(["google.cloud.aiplatform"]);
  });
});

describe("the block readers' memo gives the answers a fresh reading gives", () => {
  // Each import's `lazy`, and its `optional` from an availability check, depend only on the lines above it (a
  // try/except guard does not: its handler comes below), so reading the source cut after that import's line,
  // with the imports above it made `pass` (nothing to remember), must give the same flags as the whole file,
  // where the answers of earlier imports are reused (BlockMemo).
  const stmt = fc.constantFrom("def f():", "async def g(\n    x,\n) -> None:", "class C:", "if is_torch_available():", "if x:", "else:", "import torch", "from onnx import helper", "x = 1", "# note", "", "pass", "if TYPE_CHECKING:");
  const line = fc.tuple(fc.integer({ min: 0, max: 4 }), stmt).map(([depth, s]) => "    ".repeat(depth) + s);
  it("on random block structures", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const src = lines.join("\n") + "\n";
        const srcLines = src.split("\n");
        const whole = scanPythonSource(src, "m.py").imports;
        for (const im of whole) {
          // the lines above this import, every other import made a `pass`: this import is the only one read
          const above = srcLines.slice(0, im.line).map((l, i) => (i < im.line - 1 && /^\s*(import|from)\s/.test(l) ? l.replace(/\S.*$/, "pass") : l));
          const cut = scanPythonSource(above.join("\n") + "\n", "m.py").imports;
          expect(cut).toHaveLength(1);
          const fresh = cut[0]!;
          expect([fresh.line, fresh.lazy === true, fresh.optional === true], src).toEqual([im.line, im.lazy === true, im.optional === true]);
        }
      }),
      { numRuns: 300 },
    );
  });
  it("20,000 imports in one function body are all read (each reuses the previous answer)", () => {
    const src = ["def f():", ...Array.from({ length: 20000 }, (_, i) => (i % 50 === 0 ? "    if is_torch_available():" : "        import torch"))].join("\n");
    const imports = scanPythonSource(src, "gen.py").imports;
    expect(imports).toHaveLength(19600);
    expect(imports.every((i) => i.lazy === true && i.optional === true)).toBe(true);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanNotebook } from "../../src/scanning/notebook.js";
import { primeCodeScanners } from "../../src/scanning/prime.js";
import { PRIME_BROKEN_PYTHON, PRIME_CRLF_TABS, PRIME_NO_FINAL_NEWLINE, PRIME_NOTEBOOK, PRIME_PYTHON, PRIME_UNTERMINATED } from "../../src/scanning/prime-sample.js";
import { scanPythonSource } from "../../src/scanning/python/scanner.js";

// Priming only helps if the samples run the scanner's paths: these tests fail when a sample stops reaching
// them (a construct removed, a prefilter that now skips the sample).

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in the sample: ${needle}`);
  return text.slice(0, i).split("\n").length;
}

describe("the priming samples", () => {
  it("the Python sample imports in every form the scanner tells apart", () => {
    const r = scanPythonSource(PRIME_PYTHON, "prime/sample.py");
    expect(r.problems).toEqual([]);
    const imports = new Map(r.imports.map((i) => [i.module, i]));
    // plain, aliased, dotted, from-import, parenthesized from-import
    for (const m of ["torch", "torch.nn.functional", "tensorflow.compat.v1", "tensorflow.keras", "torch.distributed.fsdp.FullyShardedDataParallel"]) {
      expect(imports.get(m)?.optional, m).toBeUndefined();
    }
    expect(imports.get("onnxruntime")?.optional).toBe(true); // try / except ImportError
    expect(imports.get("tensorflow_addons")?.optional).toBe(true); // with suppress(ImportError)
    expect(imports.get("transformers")?.optional).toBe(true); // if TYPE_CHECKING
    expect(imports.get("torch_xla.core.xla_model")?.optional).toBe(true); // if is_torch_available()
    expect(imports.get("jax")?.optional).toBeUndefined(); // the handler re-raises
    expect(imports.get("tensorflow_hub")?.lazy).toBe(true); // inside a def
    expect([...imports.keys()].some((m) => m.startsWith(".") || m === "utils" || m === "config")).toBe(false); // relative
  });

  it("the Python sample has usages of every kind, and none from its docstrings, comments or strings", () => {
    const r = scanPythonSource(PRIME_PYTHON, "prime/sample.py");
    const features = new Set(r.usages.map((u) => u.feature));
    for (const f of [
      "torch.compile", // call through an import
      "tf.lite", // attribute reference and a `.tflite` path string
      "tf.xla", // keyword argument jit_compile=True
      "tf.saved_model", // method call on a model in a file that imports TensorFlow
      "tf.serving", // REST URL string
      "tf.mixed_precision", // policy name string
      "keras.backend", // a setting named by one string and given by the next
      "torch.fsdp", // aliased from-import
      "tf.v1", // tf.compat.v1 alias
    ]) {
      expect(features, f).toContain(f);
    }
    // a hint inside a string over 100 characters: the matcher shortens what it shows
    expect(r.usages.some((u) => u.feature === "tf.lite" && u.matched?.endsWith("…") === true)).toBe(true);
    const compileLines = r.usages.filter((u) => u.feature === "torch.compile").map((u) => u.line);
    expect(compileLines).toEqual([lineOf(PRIME_PYTHON, "return torch.compile(")]);
  });

  it("the broken sample is recovered from, the CRLF/tab sample resolves its alias", () => {
    const broken = scanPythonSource(PRIME_BROKEN_PYTHON, "prime/broken.py");
    expect(broken.imports.map((i) => i.module)).toEqual(["torch"]);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.message).toMatch(/could not be tokenized cleanly/);
    const open = scanPythonSource(PRIME_UNTERMINATED, "prime/unterminated.py");
    expect(open.problems.map((p) => [p.line, /could not be tokenized cleanly/.test(p.message)])).toEqual([[2, true]]);
    expect(open.imports.map((i) => i.module)).toEqual(["torch"]);
    expect(PRIME_NO_FINAL_NEWLINE.endsWith(")")).toBe(true);
    expect(scanPythonSource(PRIME_NO_FINAL_NEWLINE, "prime/no_final_newline.py").usages.map((u) => [u.feature, u.line])).toEqual([["torch.compile", 2]]);
    const crlf = scanPythonSource(PRIME_CRLF_TABS, "prime/crlf_tabs.py");
    expect(crlf.problems).toEqual([]);
    expect(crlf.usages.map((u) => [u.feature, u.line])).toEqual([["torch.compile", 3]]);
  });

  it("the Python sample, read with no line skipped, gives the same facts (its second priming pass)", () => {
    const fast = scanPythonSource(PRIME_PYTHON, "prime/sample.py");
    const walked = scanPythonSource(PRIME_PYTHON, "prime/sample.py", { fastPath: false });
    expect(walked.imports).toEqual(fast.imports);
    expect(walked.usages).toEqual(fast.usages);
    expect(walked.problems).toEqual([]);
  });

  it("the notebook sample declares its installs and finds usages in code cells only", () => {
    const r = scanNotebook(PRIME_NOTEBOOK, "prime/sample.ipynb");
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => d.name)).toEqual(["torch", "tensorflow", "onnx", "jax", "flax"]);
    expect(r.usages.map((u) => [u.feature, u.cell])).toEqual([
      ["torch.compile", 1],
      ["tf.function", 2],
      ["tf.xla", 2],
      ["tf.lite", 2],
    ]);
  });
});

describe("primeCodeScanners", () => {
  it("changes no result: a fixture repository's code scans the same before and after", () => {
    const root = join(__dirname, "..", "fixtures", "nanogpt-like");
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".py")) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(3);
    const scanAll = () => files.map((f) => scanPythonSource(readFileSync(f, "utf8"), f));
    const before = scanAll();
    expect(before.some((r) => r.usages.length > 0)).toBe(true);
    primeCodeScanners();
    primeCodeScanners(); // once per thread: the second call does nothing
    expect(scanAll()).toEqual(before);
  });
});

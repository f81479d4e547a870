/**
 * The scanner's fast path (Lexer.skipLine, which consumes whole lines that cannot produce a fact, and the
 * filters in front of alias lookups and string literals) must not change a single fact: every result of the
 * default scanner is compared, deeply, with the same scanner run with `fastPath: false` (every line tokenized
 * and walked, every string collected) on the CPython standard library, on a generated ML-shaped tree
 * (scripts/bench/generate.mjs, the benchmark's generator) and on random sources.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scanNotebook } from "../../../src/scanning/notebook.js";
import { scanPythonSource, setScannerFastPath, type PythonScanResult } from "../../../src/scanning/python/scanner.js";
import { Lexer } from "../../../src/scanning/python/tokenizer.js";
// @ts-expect-error: the generator is a plain .mjs module without types
import { generateTree } from "../../../scripts/bench/generate.mjs";

function list(dir: string, ext: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e === "site-packages" || e === "__pycache__") continue;
    const p = join(dir, e);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) list(p, ext, out);
    else if (e.endsWith(ext)) out.push(p);
  }
  return out;
}

/** The scan without the fast path: the slow, obviously-complete walk over every token. */
function slow(src: string, path: string, allImports = false): PythonScanResult {
  return scanPythonSource(src, path, { allImports, fastPath: false });
}

/** Deep comparison of imports (with `optional`), usages, declared and problems; JSON first, for speed. */
function same(src: string, path: string, allImports = false): void {
  const fast = scanPythonSource(src, path, { allImports });
  const ref = slow(src, path, allImports);
  if (JSON.stringify(fast) !== JSON.stringify(ref)) expect({ path, ...fast }).toEqual({ path, ...ref });
}

afterEach(() => {
  setScannerFastPath(true);
  vi.restoreAllMocks();
});

describe("scanPythonSource: the fast path switch", () => {
  const src = "import torch as T\nimport os\n\nx = os.path.join('a', 'b')\n# comment\ny = [i * 2 for i in range(10)]\nT.compile(m)\n";

  it("skips lines by default and tokenizes every line with fastPath: false", () => {
    const skip = vi.spyOn(Lexer.prototype, "skipLine");
    const fast = scanPythonSource(src, "a.py");
    expect(skip.mock.results.some((r) => r.value === true)).toBe(true);
    skip.mockClear();
    const ref = scanPythonSource(src, "a.py", { fastPath: false });
    expect(skip).not.toHaveBeenCalled();
    expect(fast).toEqual(ref);
    expect(ref.usages.map((u) => u.feature)).toContain("torch.compile");
  });

  it("setScannerFastPath switches scanners built without the option (notebooks) and returns the old setting", () => {
    const nb = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "code", metadata: {}, outputs: [], execution_count: 1, source: ["import torch as T\n", "x = 1\n", "y = 2\n"] },
        { cell_type: "code", metadata: {}, outputs: [], execution_count: 2, source: ["z = 3\n", "T.compile(m)\n"] },
      ],
    });
    const skip = vi.spyOn(Lexer.prototype, "skipLine");
    const fast = scanNotebook(nb, "n.ipynb");
    expect(skip.mock.results.some((r) => r.value === true)).toBe(true);
    skip.mockClear();
    expect(setScannerFastPath(false)).toBe(true);
    const ref = scanNotebook(nb, "n.ipynb");
    expect(skip).not.toHaveBeenCalled();
    expect(setScannerFastPath(true)).toBe(false);
    expect(fast).toEqual(ref);
    expect(ref.usages.some((u) => u.feature === "torch.compile" && u.cell === 1)).toBe(true);
  });
});

const ML_HEADER = "import torch as T\nimport tensorflow as tf\nfrom torch.jit import save, export as ex\nimport numpy as np\n";
/** Binds builtins the stdlib calls on thousands of lines, at every depth, to features: the aliases are hot. */
const HOT_HEADER = "from torch import compile as len\nfrom torch.jit import script as str\n";

describe("scanPythonSource: fast path against the same scanner without it", () => {
  it("gives identical results on the CPython standard library (as is, with ML imports, and with CRLF)", () => {
    const dir = execFileSync("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
    const files = list(dir, ".py");
    expect(files.length).toBeGreaterThan(500);
    let n = 0;
    let optional = 0;
    let hot = 0;
    for (const [i, p] of files.entries()) {
      const src = readFileSync(p, "utf8");
      same(src, p);
      if (i % 3 === 0) same(ML_HEADER + src, p);
      if (i % 7 === 0) same(ML_HEADER + src.replace(/\n/g, "\r\n"), p);
      if (i % 5 === 0) {
        same(HOT_HEADER + src, p);
        hot += scanPythonSource(HOT_HEADER + src, p).usages.length;
      }
      if (i % 11 === 0) {
        same(src, p, true);
        optional += slow(src, p, true).imports.filter((im) => im.optional === true).length;
      }
      n++;
    }
    expect(n).toBe(files.length);
    // The stdlib's `try: import x except ImportError:` blocks: `optional` is part of what is compared.
    expect(optional).toBeGreaterThan(10);
    expect(hot).toBeGreaterThan(1000);
  });

  it("gives identical results on a generated ML tree, .py files and notebooks", () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-diff-"));
    try {
      (generateTree as (d: string, s: { variant: string; sizeMb: number; seed: number }) => unknown)(dir, { variant: "source", sizeMb: 3, seed: 7 });
      const py = list(dir, ".py");
      const nb = list(dir, ".ipynb");
      expect(py.length).toBeGreaterThan(50);
      expect(nb.length).toBeGreaterThan(0);
      let usages = 0;
      for (const p of py) {
        const src = readFileSync(p, "utf8");
        same(src, p);
        usages += scanPythonSource(src, p).usages.length;
      }
      expect(usages).toBeGreaterThan(100);
      let nbUsages = 0;
      for (const p of nb) {
        const text = readFileSync(p, "utf8");
        const fast = scanNotebook(text, p);
        setScannerFastPath(false);
        const ref = scanNotebook(text, p);
        setScannerFastPath(true);
        expect({ path: p, ...fast }).toEqual({ path: p, ...ref });
        nbUsages += fast.usages.length;
      }
      expect(nbUsages).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("agrees on edge cases of the line skipper", () => {
    const cases = [
      "import torch as T\nx = 1T\ny = 0xFFT + 1jT + 1e5T\nz = .5T\n",
      "import tensorflow as tf\nif x:\n    a = 1\n  b = tf.keras.Model()\n",
      "import torch as T\ns = 'a\\\n T.compile(m)'\nT.jit.save(m, 'x.pt')\n",
      "import tensorflow as tf\nm.save('model.tflite')\nq = \"\"\"doc\n.tflite\n\"\"\"\nconv = tf.lite.TFLiteConverter\n",
      'import tensorflow as tf\nx = f"{y}.tflite"\np = f"""\n{z}\nmixed_float16"""\ntf.keras.mixed_precision.set_global_policy("mixed_float16")\n',
      "import torch as T\nx = (1,\n  2)\nT.compile(m)\ny = [a for a in b] # T.compile\n\tz = 1\n",
      "import torch as T\nx = 'never closed\nT.compile(m)\ny = '''never\n",
      "import torch\nprint 'hi'\nexec code\nx = `y`\ntorch.compile(m)\n",
      "import torch as T\r\nx = 1\r\nT.compile(m)\r\n# c\r\n",
      "import torch as T\nx = a!b\ny = a != b\nT.compile(m) $\n",
      "import torch as T\nx = naïve\nT.compile(m)\nπ = T.jit.script(f)\n",
      "from torch.jit import save\nsave(m, 'p')\nx.save('model.pt')\nm.export(jit_compile=True)\nf(experimental_compile=True)\n",
      "import torch as T\ndef f(x=1):\n    return x\n@T.compile\ndef g(): ...\nclass A(T.nn.Module): pass\n",
      "import torch as T\nx = b'\\x00' + rb\"\\d\" + u'z' + Rb'''q\n''' + T.tensor(1)\n",
      "import torch as T\nx = T\\\n  .compile(m)\ny = 1 \\\n+ 2\n",
      "x = 1\nimport torch as T\nT.compile(m)\n  \n\f\nT.jit.trace(m)",
      "import torch as T\nx = f'{a!r}' f\"{b:{c}}\" f'{d[\"e\"]}' + T.compile(m)\n",
      "try:\n    import torch as T\nexcept ImportError:\n    T = None\nelse:\n    T.compile(m)\nfinally:\n  x = 1\nT.jit.save(m, 'x.pt')\n",
      "import contextlib\nwith contextlib.suppress(ImportError):\n    import tensorflow as tf\ntf.keras.Model()\n",
      // Blocks that end on a line the skipper consumes (the indentation stack must still see the dedent).
      "try:\n    import torch as T\n    x = 1\nexcept ImportError:\n    pass\ny = 2\nimport tensorflow as tf\n",
      "try:\n    x = 1\ny = 2\nimport torch\nexcept ImportError:\n    pass\n",
      "try:\n    try:\n        import torch\n    except KeyError:\n        pass\n    z = 1\nexcept ImportError:\n    pass\n",
      "with suppress(ImportError):\n    a = 1\n  b = 2\n    import torch\n",
      // `suppress` bound by no import (found by the random test below: the skipper used to consume the line).
      "with suppress(ImportError):\n\timport torch as T\n",
      "import os\nwith contextlib.suppress(ModuleNotFoundError):\n    import tensorflow as tf\n",
      "try:\n    import torch\n    # c\n\n    x = (1,\n 2)\nexcept (OSError, ImportError) as e:\n    y = 1\n",
    ];
    for (const [i, src] of cases.entries()) {
      same(src, `case${i}.py`);
      same(src, `case${i}.py`, true);
    }
  });

  it("agrees on random Python-like sources", () => {
    const pieces = [
      "import torch as T\n",
      "import tensorflow as tf\n",
      "from torch.jit import save\n",
      "T.compile(m)",
      "tf.function",
      "@tf.function(jit_compile=True)\n",
      "save(m, 'x.tflite')",
      ".save(",
      "x",
      " = ",
      "1",
      "0x1F",
      "T",
      "(",
      ")",
      "[",
      "]",
      ",",
      ".",
      ":",
      "\n",
      "\r\n",
      "    ",
      "\t",
      "# torch.compile\n",
      "'s'",
      '"mixed_float16"',
      "'''doc\n'''",
      'f"{x}"',
      "f'{T.compile}.tflite'",
      "\\\n",
      "!",
      "$",
      "def ",
      "class ",
      "print ",
      "é",
      "jit_compile=True",
      "=",
      "try:",
      "except ImportError:",
      "except",
      "finally:",
      "with suppress(ImportError):",
      // Aliases of modules the audit does not know are not candidates (the line is skipped), yet stay bound.
      "import numpy as np\n",
      "from numpy import save\n",
      "np.save(",
      "np",
      "import torch.nn.functional as F\n",
      "F.relu(x)",
      '"""a\\""" b"""',
      "\r",
      // f-strings the line skipper ends without the lexer (and some it must hand over).
      'f"{a(}"',
      'f"{x:{w}}"',
      'f"{d[1:2]}"',
      'f"}"',
      'f"{{x}}"',
      'f"{x!r}"',
      'f"{x#}"',
      "f'{a}{b:>{c}.{d}}'",
      'f"{',
      "rf'{x}'",
      "{",
      "}",
    ];
    // Short lines, so that many of them qualify for the skipper and its state hand-over is exercised.
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join(""));
    const src = fc.array(line, { maxLength: 24 }).map((a) => a.join("\n"));
    fc.assert(
      fc.property(src, fc.boolean(), (s, allImports) => {
        return JSON.stringify(scanPythonSource(s, "r.py", { allImports })) === JSON.stringify(slow(s, "r.py", allImports));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * The scanner's fast path (Lexer.skipLine, candidate filters, hint finder) must not change a single fact: every
 * result is compared with the frozen pre-optimisation scanner in ./reference/ on the CPython standard library,
 * on a generated ML-shaped tree (scripts/bench/generate.mjs, the benchmark's generator) and on random sources.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanNotebook } from "../../../src/scanning/notebook.js";
import { scanPythonSource } from "../../../src/scanning/python/scanner.js";
import { scanNotebook as refScanNotebook } from "./reference/notebook.js";
import { scanPythonSource as refScanPythonSource } from "./reference/scanner.js";
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

/**
 * The scanner's results without ImportFact.optional, which the frozen reference predates (tests/scanning/python/
 * scanner.test.ts covers it); everything else is compared as is.
 */
function withoutOptional<T extends { imports: object[] }>(r: T): T {
  return { ...r, imports: r.imports.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => k !== "optional"))) };
}

function same(src: string, path: string, allImports = false): void {
  const mine = withoutOptional(scanPythonSource(src, path, { allImports }));
  const ref = refScanPythonSource(src, path, { allImports });
  if (JSON.stringify(mine) !== JSON.stringify(ref)) expect({ path, ...mine }).toEqual({ path, ...ref });
}

const ML_HEADER = "import torch as T\nimport tensorflow as tf\nfrom torch.jit import save, export as ex\nimport numpy as np\n";

describe("scanPythonSource: fast path against the frozen reference", () => {
  it("gives identical results on the CPython standard library (as is, with ML imports, and with CRLF)", () => {
    const dir = execFileSync("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
    const files = list(dir, ".py");
    expect(files.length).toBeGreaterThan(500);
    let n = 0;
    for (const [i, p] of files.entries()) {
      const src = readFileSync(p, "utf8");
      same(src, p);
      if (i % 3 === 0) same(ML_HEADER + src, p);
      if (i % 7 === 0) same(ML_HEADER + src.replace(/\n/g, "\r\n"), p);
      if (i % 11 === 0) same(src, p, true);
      n++;
    }
    expect(n).toBe(files.length);
  });

  it("gives identical results on a generated ML tree, .py files and notebooks", () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-diff-"));
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
    for (const p of nb) {
      const text = readFileSync(p, "utf8");
      expect(withoutOptional(scanNotebook(text, p))).toEqual(refScanNotebook(text, p));
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
    ];
    for (const [i, src] of cases.entries()) same(src, `case${i}.py`);
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
    ];
    // Short lines, so that many of them qualify for the skipper and its state hand-over is exercised.
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join(""));
    const src = fc.array(line, { maxLength: 24 }).map((a) => a.join("\n"));
    fc.assert(
      fc.property(src, (s) => {
        return JSON.stringify(withoutOptional(scanPythonSource(s, "r.py"))) === JSON.stringify(refScanPythonSource(s, "r.py"));
      }),
      { numRuns: 3000 },
    );
  });
});

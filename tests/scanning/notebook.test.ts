import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNotebookCells, scanNotebook } from "../../src/scanning/notebook.js";
// @ts-expect-error: the bench generator is plain .mjs without types
import { notebook as benchNotebook } from "../../scripts/bench/content.mjs";
// @ts-expect-error: plain .mjs without types
import { Rng } from "../../scripts/bench/prng.mjs";

function nb4(cells: { cell_type: string; source: string | string[]; outputs?: unknown[] }[]): string {
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: cells.map((c) => ({ metadata: {}, ...c })) });
}

/** Lines as Jupyter stores them: a list of strings that keep their newlines. */
function lines(src: string): string[] {
  return src.split(/(?<=\n)/);
}

describe("scanNotebook", () => {
  it("locates usages by cell index (markdown cells counted) and line within the cell, with aliases across cells", () => {
    const text = nb4([
      { cell_type: "markdown", source: ["# Training with torch.compile\n", "Call `torch.compile(model)`."] },
      { cell_type: "code", source: lines("import os\nimport torch as T\n"), outputs: [{ output_type: "stream", text: ["torch.compile"] }] },
      { cell_type: "raw", source: "T.compile(m)" },
      { cell_type: "code", source: lines("# compile it\n\nmodel = T.compile(model)\n") },
    ]);
    const r = scanNotebook(text, "nb/train.ipynb");
    expect(r.imports).toEqual([{ module: "torch", path: "nb/train.ipynb", line: 2, column: 8, cell: 1 }]);
    expect(r.usages.map((u) => [u.feature, u.cell, u.line])).toEqual([["torch.compile", 3, 3]]);
    expect(r.problems).toEqual([]);
  });

  it("turns %pip / !pip / %conda installs into declared dependencies and skips IPython lines", () => {
    const text = nb4([
      {
        cell_type: "code",
        source: lines(
          [
            '%pip install -q torch==2.1 "tensorflow>=2.13" --index-url https://x/simple transformers[torch]',
            "!pip install -U -r requirements.txt keras  # comment torchvision",
            "%conda install -c pytorch -y pytorch=2.1 pytorch-cuda=11.8",
            "!python -m pip install \\",
            "    onnxruntime-gpu>=1.16 && echo done torchaudio",
            "files = !ls",
            "[path] = !ls -td ./mlruns/0/* | head -1",
            "a, b = !echo 1 2",
            "model?",
            "%matplotlib inline",
            "import torch",
            "torch.compile(m)",
          ].join("\n"),
        ),
      },
    ]);
    const r = scanNotebook(text, "nb.ipynb");
    expect(r.declared.map((d) => [d.name, d.normalizedName, d.specifier, d.source, d.ecosystem, d.line, d.cell])).toEqual([
      ["torch", "torch", "==2.1", "notebook:%pip", "pypi", 1, 0],
      ["tensorflow", "tensorflow", ">=2.13", "notebook:%pip", "pypi", 1, 0],
      ["transformers", "transformers", "", "notebook:%pip", "pypi", 1, 0],
      ["keras", "keras", "", "notebook:%pip", "pypi", 2, 0],
      ["pytorch", "pytorch", "=2.1", "notebook:%conda", "conda", 3, 0],
      ["pytorch-cuda", "pytorch-cuda", "=11.8", "notebook:%conda", "conda", 3, 0],
      ["onnxruntime-gpu", "onnxruntime-gpu", ">=1.16", "notebook:%pip", "pypi", 4, 0],
    ]);
    expect(r.declared[2]?.extras).toEqual(["torch"]);
    expect(r.usages.map((u) => [u.feature, u.line])).toEqual([["torch.compile", 12]]);
    expect(r.problems).toEqual([]);
    // Python comparisons and arithmetic that merely contain `=` and `%` or `!` stay Python
    const py = scanNotebook(nb4([{ cell_type: "code", source: lines("import torch\nok = a != b\nx = y %2\nz = (w <= 3)\ntorch.compile(m)\n") }]), "c.ipynb");
    expect(py.usages.map((u) => [u.feature, u.line])).toEqual([["torch.compile", 5]]);
    expect(py.problems).toEqual([]);
  });

  it("an assigned shell command runs on over backslash-continued lines (SeldonIO/seldon-core's pipeline notebook)", () => {
    const source = [
      "import torch",
      "while True:",
      "    base64Res = !seldon pipeline inspect speech-to-sentiment.outputs --format json \\",
      "          --request-id ${REQUEST_ID}",
      "    j = json.loads(base64Res[0])",
      "    model = torch.compile(model)",
    ].join("\n");
    const r = scanNotebook(nb4([{ cell_type: "code", source: lines(source) }]), "huggingface.ipynb");
    expect(r.problems).toEqual([]);
    expect(r.usages.map((u) => [u.feature, u.line])).toEqual([["torch.compile", 6]]);
  });

  it("a `%`, `!` or `?` line inside brackets or a string is Python, not IPython (tensorflow/docs' multi-worker tutorial)", () => {
    const text = nb4([
      {
        cell_type: "code",
        source: lines(
          [
            "import tensorflow as tf",
            "print('Epoch: %d, accuracy: %f.'",
            "      %(epoch.numpy(), train_accuracy.result()))",
            "same = (a",
            "        != b)",
            'HELP = """Install first:',
            "!pip install tensorflow-text",
            '"""',
            "x = 1 + \\",
            "    2",
            "strategy = tf.distribute.MirroredStrategy()",
            "!pip install keras-hub",
          ].join("\n"),
        ),
      },
    ]);
    const r = scanNotebook(text, "multi_worker_with_ctl.ipynb");
    expect(r.problems).toEqual([]);
    expect(r.usages.map((u) => [u.feature, u.line])).toEqual([["tf.distribute", 11]]);
    // only the real shell escape declares a package, not the one in the docstring
    expect(r.declared.map((d) => [d.name, d.line])).toEqual([["keras-hub", 12]]);
  });

  it("handles cell magics: %%bash installs, %%writefile is not code, %%time still is", () => {
    const text = nb4([
      { cell_type: "code", source: "%%bash\npip install tfx==1.14\n" },
      { cell_type: "code", source: "%%writefile app.py\nimport torch\ntorch.compile(m)\n" },
      { cell_type: "code", source: "%%time\nimport torch\ntorch.compile(m)\n" },
    ]);
    const r = scanNotebook(text, "nb.ipynb");
    expect(r.declared.map((d) => [d.name, d.cell, d.line])).toEqual([["tfx", 0, 2]]);
    expect(r.usages.map((u) => [u.feature, u.cell, u.line])).toEqual([["torch.compile", 2, 3]]);
  });

  it("takes a cell magic after leading comment lines (tensorflow's `# docs_infra: no_execute` convention)", () => {
    const text = nb4([
      { cell_type: "code", source: lines("# docs_infra: no_execute\n%%bigquery --project {PROJECT}\nSELECT *\nFROM `tfx-oss-public.palmer_penguins.palmer_penguins`\nLIMIT 5") },
      { cell_type: "code", source: lines("# install the runtime\n\n%%bash\npip install tensorflow==2.15.0\n") },
      { cell_type: "code", source: lines("# a comment, then Python with a modulo\nimport torch\nx = 5 %2\ntorch.compile(m)\n") },
    ]);
    const r = scanNotebook(text, "tfx/vertex_pipelines_bq.ipynb");
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.cell, d.line])).toEqual([["tensorflow", "==2.15.0", 1, 4]]);
    expect(r.usages.map((u) => [u.feature, u.cell, u.line])).toEqual([["torch.compile", 2, 4]]);
  });

  it("tells a notebook made for Google Colab: its metadata, a google.colab import, or an Open-in-Colab link", () => {
    const code = { cell_type: "code", source: lines("import tensorflow as tf\n") };
    const withMeta = (metadata: unknown) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata, cells: [{ metadata: {}, ...code }] });
    // tensorflow/docs, fchollet's notebooks: Colab saves a `colab` section in the notebook's metadata
    expect(scanNotebook(withMeta({ colab: { provenance: [] }, kernelspec: { name: "python3" } }), "a.ipynb").colab).toBe(true);
    expect(scanNotebook(nb4([{ cell_type: "code", source: lines("from google.colab import files\nimport tensorflow as tf\n") }]), "b.ipynb").colab).toBe(true);
    const badge = '<a href="https://colab.research.google.com/github/org/repo/blob/main/b.ipynb"><img src="https://colab.research.google.com/assets/colab-badge.svg"/></a>';
    expect(scanNotebook(nb4([{ cell_type: "markdown", source: [badge] }, code]), "c.ipynb").colab).toBe(true);
    // not Colab: no such sign, a `colab` key only inside a cell's outputs or in a nested metadata entry, a link in code
    expect(scanNotebook(nb4([code]), "d.ipynb").colab).toBeUndefined();
    expect(scanNotebook(withMeta({ kernelspec: { name: "python3", colab: 1 } }), "e.ipynb").colab).toBeUndefined();
    const inOutput = nb4([{ ...code, outputs: [{ output_type: "stream", name: "stdout", text: ["see colab.research.google.com and google.colab"] }] }]);
    expect(scanNotebook(inOutput, "f.ipynb").colab).toBeUndefined();
    expect(scanNotebook(nb4([{ cell_type: "code", source: lines("URL = 'https://colab.research.google.com/x'\n") }]), "g.ipynb").colab).toBeUndefined();
  });

  it("takes Python 2 syntax as valid in a notebook whose kernel is Python 2 (aymericdamien/TensorFlow-Examples)", () => {
    const code = { cell_type: "code", source: lines('import tensorflow as tf\nsess = tf.Session()\nprint "a=2, b=3"\n') };
    const withMeta = (metadata: unknown) => JSON.stringify({ nbformat: 4, nbformat_minor: 0, metadata, cells: [{ metadata: {}, ...code }] });
    const scanned = (metadata: unknown) => {
      const r = scanNotebook(withMeta(metadata), "notebooks/basic_operations.ipynb");
      // the code is read either way
      expect(r.usages.map((u) => [u.feature, u.line])).toEqual([["tf.v1", 2]]);
      return r.problems.map((p) => [p.line, p.message]);
    };
    expect(scanned({ kernelspec: { display_name: "IPython (Python 2.7)", language: "python", name: "python2" }, language_info: { name: "python", version: "2.7.8" } })).toEqual([]);
    expect(scanned({ kernelspec: { display_name: "Python [default]", language: "python", name: "conda-root-py" }, language_info: { name: "python", version: "2.7.12" } })).toEqual([]);
    // a Python 3 kernel, or none said: the print statement is reported
    const py2 = [[3, "Python 2 syntax (print/exec statement); the rest was still scanned"]];
    expect(scanned({ kernelspec: { name: "python3" }, language_info: { name: "python", version: "3.10.12" } })).toEqual(py2);
    expect(scanned({})).toEqual(py2);
  });

  it("reads no Python from a notebook in another language (onnx/tutorials' IHaskell notebook)", () => {
    const cells = [{ cell_type: "code", source: lines('import Menoh\nmain = do\n  model <- makeModel "tensorflow"\n') }, { cell_type: "code", source: lines("import tensorflow as tf\n") }];
    const withMeta = (metadata: unknown) => JSON.stringify({ nbformat: 4, nbformat_minor: 2, metadata, cells: cells.map((c) => ({ metadata: {}, ...c })) });
    const haskell = scanNotebook(withMeta({ kernelspec: { display_name: "Haskell", language: "haskell", name: "haskell" }, language_info: { name: "haskell", version: "8.2.2" } }), "tutorials/OnnxMenohHaskellImport.ipynb");
    expect(haskell).toEqual({ imports: [], usages: [], declared: [], problems: [] });
    expect(scanNotebook(withMeta({ kernelspec: { language: "R", name: "ir" } }), "r.ipynb").imports).toEqual([]);
    expect(scanNotebook(withMeta({ language_info: { name: "julia", version: "1.9.0" } }), "j.ipynb").imports).toEqual([]);
    // Python under any of its names is read, and so is a kernel whose language is not known to be another one
    for (const metadata of [{ language_info: { name: "python" } }, { kernelspec: { language: "python", name: "python3" } }, { kernelspec: { name: "conda-env" } }, {}, { language_info: { name: "python3.10" } }, { kernelspec: { language: "pyspark" } }, { language_info: { name: "sos" } }]) {
      expect(scanNotebook(withMeta(metadata), "py.ipynb").imports.map((i) => i.module)).toEqual(["tensorflow"]);
    }
  });

  it("reads nbformat 3 (worksheets, `input`)", () => {
    const text = JSON.stringify({
      nbformat: 3,
      worksheets: [
        {
          cells: [
            { cell_type: "heading", level: 1, source: ["import tensorflow as tf"] },
            { cell_type: "code", language: "python", input: ["import tensorflow as tf\n", "sess = tf.Session()\n"], outputs: [] },
          ],
        },
      ],
    });
    const r = scanNotebook(text, "old.ipynb");
    expect(r.usages.map((u) => [u.feature, u.cell, u.line])).toEqual([["tf.v1", 1, 2]]);
    expect(r.imports.map((i) => [i.module, i.cell])).toEqual([["tensorflow", 1]]);
  });

  it("reports broken JSON, missing keys and wrong types as one parse-error", () => {
    for (const bad of ["{not json", "[]", '{"cells": 3}', "null"]) {
      const r = scanNotebook(bad, "bad.ipynb");
      expect(r.problems).toEqual([expect.objectContaining({ kind: "parse-error", path: "bad.ipynb" })]);
    }
    const r = scanNotebook(JSON.stringify({ cells: [{ cell_type: "code", source: 42 }, { cell_type: "code", source: "import torch\ntorch.compile(m)" }] }), "x.ipynb");
    expect(r.problems).toEqual([expect.objectContaining({ kind: "parse-error", cell: 0 })]);
    expect(r.usages.map((u) => u.cell)).toEqual([1]);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.array(fc.string()).map((srcs) => nb4(srcs.map((s) => ({ cell_type: "code", source: s }))))), (text) => {
        const r = scanNotebook(text, "p.ipynb");
        return Array.isArray(r.usages) && r.problems.length <= 1;
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * The reference: what the notebook reader returned when it was `JSON.parse` over the whole text (kept here
 * only, to check the streaming reader against it).
 */
function referenceCells(text: string): unknown {
  let nb: unknown;
  try {
    nb = JSON.parse(text);
  } catch {
    return { ok: false, reason: "json" };
  }
  if (!nb || typeof nb !== "object" || Array.isArray(nb)) return { ok: false, reason: "shape" };
  const o = nb as Record<string, unknown>;
  let cells: unknown[];
  let nbformat3 = false;
  if (Array.isArray(o.cells)) cells = o.cells;
  else if (Array.isArray(o.worksheets)) {
    nbformat3 = true;
    cells = [];
    for (const ws of o.worksheets) {
      const wc = ws && typeof ws === "object" ? (ws as Record<string, unknown>).cells : undefined;
      if (Array.isArray(wc)) cells.push(...wc);
    }
  } else return { ok: false, reason: "shape" };
  return {
    ok: true,
    nbformat3,
    cells: cells.map((c) => {
      if (!c || typeof c !== "object" || Array.isArray(c)) return { object: false };
      const cell = c as Record<string, unknown>;
      return { object: true, cellType: cell.cell_type, source: nbformat3 ? (cell.input ?? cell.source) : cell.source };
    }),
  };
}

/** The streaming reader's answer in the reference's shape (sources read, error messages dropped). */
function streamedCells(text: string): unknown {
  const r = readNotebookCells(text);
  if (!r.ok) return { ok: false, reason: r.reason };
  return { ok: true, nbformat3: r.nbformat3, cells: r.cells.map((c) => (c.object ? { object: true, cellType: c.cellType, source: c.source() } : c)) };
}

function agree(text: string): void {
  expect(streamedCells(text)).toEqual(referenceCells(text));
}

function listNotebooks(dir: string, out: string[] = []): string[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) listNotebooks(p, out);
    else if (e.endsWith(".ipynb")) out.push(p);
  }
  return out;
}

/**
 * Serialises a value as JSON with the liberties JSON allows, driven by `choices`: whitespace (all four kinds)
 * around tokens, `\\uXXXX` for any character (so keys like `cell\\u005ftype`), short escapes, `\\/`.
 */
function looseJson(v: unknown, choices: number[]): string {
  let k = 0;
  const pick = (n: number): number => (choices.length ? (choices[k++ % choices.length] ?? 0) % n : 0);
  const WS = ["", "", " ", "\n", "\r\n", "\t", " \n\t "];
  const ws = (): string => WS[pick(WS.length)] ?? "";
  const str = (t: string): string => {
    let out = '"';
    for (let i = 0; i < t.length; i++) {
      const ch = t[i] ?? "";
      const c = t.charCodeAt(i);
      const mode = pick(7);
      if (mode === 0 || (c < 32 && mode > 2) || (c >= 0xd800 && c <= 0xdfff && mode > 3)) {
        const hex = c.toString(16).padStart(4, "0");
        out += "\\u" + (mode === 1 ? hex.toUpperCase() : hex);
      }
      else if (c === 47 && mode === 1) out += "\\/";
      else out += JSON.stringify(ch).slice(1, -1);
    }
    return out + '"';
  };
  const val = (x: unknown): string => {
    if (x === null || typeof x !== "object") return typeof x === "string" ? str(x) : JSON.stringify(x) ?? "null";
    if (Array.isArray(x)) return "[" + ws() + x.map((e) => ws() + val(e) + ws()).join(",") + ws() + "]";
    return "{" + ws() + Object.entries(x).map(([key, e]) => ws() + str(key) + ws() + ":" + ws() + val(e) + ws()).join(",") + ws() + "}";
  };
  return ws() + val(v) + ws();
}

const anyChar = fc.oneof(
  fc.constantFrom("[", "]", "{", "}", '"', "\\", ",", ":", "\n", "\u0000", "\u001f", "é", "\u2028", "😀", "\ud83d", "\ude00", "\ufeff"),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const weirdString = fc.array(anyChar, { maxLength: 12 }).map((a) => a.join(""));
const sourceValue = fc.oneof(
  { weight: 4, arbitrary: weirdString },
  { weight: 4, arbitrary: fc.array(weirdString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 42, true, {}, [1, "a"], [["x"]]) },
);
/** Outputs: deep, bracket- and quote-laden JSON (fc.jsonValue with our strings mixed in). */
const outputs = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    weirdString,
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(weirdString, tie("v"), { maxKeys: 3 }),
  ),
})).v;
const cell = fc
  .record(
    {
      cell_type: fc.oneof(
        { weight: 6, arbitrary: fc.constant("code") },
        { weight: 3, arbitrary: fc.constantFrom("markdown", "raw", "heading", "Code", "code ") },
        { weight: 1, arbitrary: fc.constantFrom(null, 1, ["code"]) },
      ),
      source: sourceValue,
      input: sourceValue,
      outputs,
      attachments: fc.dictionary(weirdString, outputs, { maxKeys: 2 }),
      metadata: outputs,
    },
    { requiredKeys: ["cell_type"] },
  )
  .chain((c) =>
    // Occasionally a duplicate key (the last one counts) or a non-object cell.
    fc.oneof(
      { weight: 8, arbitrary: fc.constant<unknown>(c) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 3, "cell", [c]) },
    ),
  );
const notebookValue = fc.oneof(
  { weight: 5, arbitrary: fc.record({ cells: fc.array(cell, { maxLength: 5 }), metadata: outputs, nbformat: fc.constant(4) }, { requiredKeys: ["cells"] }) },
  {
    weight: 3,
    arbitrary: fc.record({
      nbformat: fc.constant(3),
      worksheets: fc.array(fc.oneof({ weight: 4, arbitrary: fc.record({ cells: fc.oneof(fc.array(cell, { maxLength: 4 }), outputs) }, { requiredKeys: [] }) }, { weight: 1, arbitrary: outputs }), { maxLength: 3 }),
      cells: fc.option(outputs),
    }, { requiredKeys: ["worksheets"] }),
  },
  { weight: 1, arbitrary: outputs },
);

/** Adds a duplicate of one member (with another value) to a serialised object text, before or after the original. */
function withDuplicate(text: string, key: string, value: unknown, before: boolean): string {
  const t = text.trimStart();
  if (!t.startsWith("{") || t.startsWith("{}")) return text;
  const member = JSON.stringify(key) + ":" + JSON.stringify(value);
  return before ? "{" + member + "," + t.slice(1) : t.replace(/\}\s*$/, "," + member + "}");
}

describe("readNotebookCells: same cells as JSON.parse, without building outputs", () => {
  it("agrees on every notebook in tests/fixtures and examples", () => {
    const files = [...listNotebooks("tests/fixtures"), ...listNotebooks("examples")];
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      agree(text);
    }
  });

  it("agrees on the benchmark generator's notebooks (logs, base64 plots, tensors)", () => {
    let codeCells = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const fw = ["torch", "tf", "both", "none"][seed % 4];
      const text = (benchNotebook as (r: unknown, fw: string, size: number) => string)(new Rng(seed), fw ?? "torch", 20_000 + seed * 15_000);
      agree(text);
      const r = readNotebookCells(text);
      if (r.ok) codeCells += r.cells.filter((c) => c.object && c.cellType === "code").length;
    }
    expect(codeCells).toBeGreaterThan(30);
  });

  it("agrees on generated notebook-shaped JSON: escapes, surrogates, brackets in strings, nested outputs, odd whitespace", () => {
    let withCode = 0;
    fc.assert(
      fc.property(notebookValue, fc.array(fc.nat(), { maxLength: 40 }), (v, choices) => {
        const text = looseJson(v, choices);
        agree(text);
        const r = readNotebookCells(text);
        if (r.ok && r.cells.some((c) => c.object && c.cellType === "code")) withCode++;
      }),
      { numRuns: 600 },
    );
    // The generator is not degenerate: many samples have code cells whose sources were read.
    expect(withCode).toBeGreaterThan(100);
  });

  it("takes the last of duplicate keys, as JSON.parse does", () => {
    fc.assert(
      fc.property(notebookValue, fc.constantFrom("cells", "worksheets", "nbformat"), outputs, fc.boolean(), (v, key, other, before) => {
        agree(withDuplicate(JSON.stringify(v), key, other, before));
      }),
      { numRuns: 300 },
    );
    const dupCell = '{"cells":[{"cell_type":"markdown","source":"a","cell_type":"code","source":["import torch\\n"],"source":"x = 1"}]}';
    agree(dupCell);
    expect(streamedCells(dupCell)).toEqual({ ok: true, nbformat3: false, cells: [{ object: true, cellType: "code", source: "x = 1" }] });
    agree('{"cells":[],"cells":{"0":{}}}');
    agree('{"cells":5,"worksheets":[{"cells":[{"cell_type":"code","input":null,"source":"s"}]},[],null,{"cells":[1],"cells":[{"cell\\u005ftype":"code","\\u0069nput":"i"}]}]}');
  });

  it("reports a parse error exactly when JSON.parse throws (mutated, truncated and hand-made bad texts)", () => {
    const mutate = fc.tuple(notebookValue, fc.array(fc.nat(), { maxLength: 20 }), fc.nat(), fc.constantFrom("del", "ins", "cut"), fc.constantFrom(..."{}[]\",:\\u0 \t\u0001\u00a0\ufefftfn-.e+1".split(""))).map(([v, choices, at, op, ch]) => {
      const t = looseJson(v, choices);
      const i = t.length ? at % t.length : 0;
      return op === "del" ? t.slice(0, i) + t.slice(i + 1) : op === "ins" ? t.slice(0, i) + ch + t.slice(i) : t.slice(0, i);
    });
    const outcomes = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(mutate, (text) => {
        agree(text);
        outcomes[readNotebookCells(text).ok || (readNotebookCells(text) as { reason: string }).reason === "shape" ? "valid" : "invalid"]++;
      }),
      { numRuns: 1500 },
    );
    expect(outcomes.valid).toBeGreaterThan(100);
    expect(outcomes.invalid).toBeGreaterThan(300);
    const bad = [
      "",
      " ",
      "\ufeff{}",
      "{} x",
      "{}{}",
      '{"cells":[],}',
      '{"cells":[1,]}',
      '{"cells":[{"outputs":[01]}]}',
      '{"cells":[{"outputs":[1.]}]}',
      '{"cells":[{"outputs":[.5]}]}',
      '{"cells":[{"outputs":[-]}]}',
      '{"cells":[{"outputs":[1e]}]}',
      '{"cells":[{"outputs":[+1]}]}',
      '{"cells":[{"outputs":["\\x41"]}]}',
      '{"cells":[{"outputs":["\\u12G4"]}]}',
      '{"cells":[{"outputs":["tab\there"]}]}',
      '{"cells":[{"outputs":["\\"]}]}',
      '{"cells":[{"outputs":[tru]}]}',
      '{"cells":[{"outputs":[True]}]}',
      '{"cells":[{"outputs":[NaN]}]}',
      '{"cells":[{"outputs":{"a" 1}}]}',
      '{"cells":[{"outputs":{a:1}}]}',
      '{"cells":[{"outputs":[1 2]}]}',
      '{"cells":[{"outputs":[[[]]}]}',
      '{"cells":[{"outputs":[\u00a0]}]}',
      '{"cells":[{"outputs":[\u000b1]}]}',
      "{'cells':[]}",
      '{"cells":[]',
    ];
    for (const t of bad) {
      expect(() => JSON.parse(t)).toThrow();
      agree(t);
      const r = scanNotebook(t, "bad.ipynb");
      expect(r.problems).toEqual([expect.objectContaining({ kind: "parse-error", path: "bad.ipynb" })]);
      expect(r.problems[0]?.message).toMatch(/^notebook is not valid JSON: .+ at line \d+, column \d+$/);
    }
    for (const t of ['{"cells":[{"outputs":[-0.0e+00, 1E-7, 0, -1.5]}]}', '{"cells":[{"outputs":["\\u00e9\\ud83d\\ude00\\ud800\\/\\b\\f"]}]}', '\r\n\t {"cells":[]}\n']) agree(t);
  });

  it("points at the line and column of the syntax error", () => {
    const r = scanNotebook('{\n  "cells": [\n    {"cell_type": "code", "source": "import torch", "outputs": [1,, 2]}\n  ]\n}', "nb.ipynb");
    expect(r.problems[0]?.message).toBe("notebook is not valid JSON: unexpected character \",\" at line 3, column 67");
  });

  it("walks any nesting depth in outputs without recursion", () => {
    const depth = 200_000;
    const text = `{"cells":[{"cell_type":"code","outputs":[${"[".repeat(depth)}"]}"${"]".repeat(depth)}],"source":"import torch\\ntorch.compile(m)"}]}`;
    agree(text);
    expect(scanNotebook(text, "deep.ipynb").usages.map((u) => [u.feature, u.cell, u.line])).toEqual([["torch.compile", 0, 2]]);
    const unbalanced = `{"cells":[{"cell_type":"code","outputs":[${"[".repeat(depth)}${"]".repeat(depth - 1)}],"source":"x"}]}`;
    agree(unbalanced);
    expect(scanNotebook(unbalanced, "deep.ipynb").problems).toEqual([expect.objectContaining({ kind: "parse-error" })]);
  });

  it("scans a notebook with megabytes of outputs and attachments exactly like one without them", () => {
    const code = (src: string, out: unknown[]) => ({ cell_type: "code", metadata: {}, execution_count: 1, source: lines(src), outputs: out });
    const png = "iVBORw0KGgo" + "A".repeat(3_000_000) + "\\\"]}{[";
    const heavy = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "markdown", metadata: {}, source: ["![plot](attachment:p.png)"], attachments: { "p.png": { "image/png": png } } },
        code("import torch as T\n%pip install torch==2.2\n", [{ output_type: "stream", name: "stdout", text: ["import tensorflow as tf\n", "T.compile(x)\n".repeat(50_000)] }]),
        code("model = T.compile(model)\n", [{ output_type: "display_data", data: { "image/png": png, "text/plain": ['"]}'] }, metadata: {} }]),
      ],
    };
    const light = { ...heavy, cells: heavy.cells.map((c) => ({ ...c, outputs: [], attachments: {} })) };
    const a = scanNotebook(JSON.stringify(heavy, null, 1), "heavy.ipynb");
    const b = scanNotebook(JSON.stringify(light), "heavy.ipynb");
    expect(a).toEqual(b);
    expect(a.imports.map((i) => [i.module, i.cell])).toEqual([["torch", 1]]);
    expect(a.usages.map((u) => [u.feature, u.cell, u.line])).toEqual([["torch.compile", 2, 1]]);
    expect(a.declared.map((d) => [d.name, d.specifier, d.cell, d.line])).toEqual([["torch", "==2.2", 1, 2]]);
  });
});

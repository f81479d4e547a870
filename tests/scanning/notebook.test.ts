import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanNotebook } from "../../src/scanning/notebook.js";

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
    expect(r.usages.map((u) => [u.feature, u.line])).toEqual([["torch.compile", 10]]);
    expect(r.problems).toEqual([]);
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

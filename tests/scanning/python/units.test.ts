import { describe, expect, it } from "vitest";
import { PythonFileScanner, scanPythonSource } from "../../../src/scanning/python/scanner.js";

// One PythonFileScanner scans several units (a notebook's cells); each unit gets its own scan state.
describe("PythonFileScanner across units", () => {
  it("keeps aliases across cells and puts each cell's index (including 0) on its facts", () => {
    const s = new PythonFileScanner("nb.ipynb", { fastPath: true });
    s.scan("import torch as T\n", 0);
    s.scan("model = T.compile(net, mode='max-autotune')\n", 1);
    s.scan("x = foo(\n", 2); // unclosed call: the state must not leak into the next cell
    s.scan("y = T.compile(m)\n", 3);
    expect(s.result.imports).toEqual([{ module: "torch", path: "nb.ipynb", line: 1, column: 8, cell: 0 }]);
    const compile = s.result.usages.filter((u) => u.feature === "torch.compile");
    expect(compile.map((u) => [u.cell, u.line, u.column, u.detail])).toEqual([
      [1, 1, 9, 'mode="max-autotune"'],
      [3, 1, 5, undefined],
    ]);
    expect(s.result.problems).toEqual([expect.objectContaining({ kind: "parse-error", cell: 2 })]);
  });

  it("gives no cell to facts of a plain file, and cell 0 when asked for", () => {
    const src = "import torch\ntorch.compile(m)\n";
    const plain = scanPythonSource(src, "a.py");
    // Import facts have every property from the start (one shape for V8); an unset one is undefined and is
    // left out of the JSON report.
    expect(plain.imports[0]?.cell).toBeUndefined();
    expect(JSON.parse(JSON.stringify(plain.imports[0]))).not.toHaveProperty("cell");
    expect(plain.usages.every((u) => !("cell" in u))).toBe(true);
    const inCell = scanPythonSource(src, "a.py", { cell: 0 });
    expect(inCell.imports[0]?.cell).toBe(0);
    expect(inCell.usages.length).toBeGreaterThan(0);
    expect(inCell.usages.every((u) => u.cell === 0)).toBe(true);
  });

  it("gives the same facts with and without the fast path when units are scanned in turn", () => {
    const cells = ["import tensorflow as tf\n", "try:\n    import torch\nexcept ImportError:\n    torch = None\n", "m = tf.keras.Sequential()\n"];
    const run = (fastPath: boolean) => {
      const s = new PythonFileScanner("nb.ipynb", { fastPath });
      cells.forEach((c, i) => s.scan(c, i));
      return s.result;
    };
    const fast = run(true);
    expect(fast).toEqual(run(false));
    expect(fast.imports.find((i) => i.module === "torch")).toMatchObject({ optional: true, cell: 1 });
    expect(fast.imports.find((i) => i.module === "tensorflow.keras")).toMatchObject({ cell: 2, line: 1 });
  });
});

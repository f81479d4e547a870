import { describe, expect, it } from "vitest";
import { renderText } from "../../src/output/text.js";
import { hostile, hybrid, noMl, pytorchFit, tfMismatch } from "./fixtures.js";

const ANSI = /\u001b\[[0-9;]*m/;

describe("renderText", () => {
  it("gives the verdict, frameworks with versions, features with one witness, dependencies and findings", () => {
    const out = renderText(pytorchFit());
    const lines = out.split("\n");
    expect(lines[1]).toBe("PyTorch: fits this project (PyTorch 87 / TensorFlow 79)".replace("87", String(pytorchFit().fit!.scores.pytorch)).replace("79", String(pytorchFit().fit!.scores.tensorflow)));
    expect(out).toContain("PyTorch (primary): imported at src/model/train.py:3; declared torch >=2.1,<2.6 (locked 2.5.1), torch ~=2.5");
    expect(out).toMatch(/^ {4}torch\.compile +src\/model\/train\.py:42 \(2 uses\) mode="max-autotune"$/m);
    expect(out).toMatch(/^ {4}torch\.quantization +notebooks\/explore\.ipynb:cell 7:line 4/m);
    expect(out).toContain("  requirements.txt:2  torch >=2.1,<2.6 locked 2.5.1");
    // Features grouped: the interop group comes after PyTorch's features.
    expect(out.indexOf("  Interop & serving")).toBeGreaterThan(out.indexOf("torch.ddp"));
    // Findings, most severe first, with codes.
    const f = lines.filter((l) => /^ {2}\S.*: (error|warning|info) MFA/.test(l));
    expect(f.map((l) => l.match(/MFA\d+/)![0])).toEqual(["MFA101", "MFA102", "MFA301"]);
    expect(f[0]).toBe("  src/model/backbone.py:1 (+1): error MFA101 [missing-dependency] transformers is imported but not declared in any manifest.");
    expect(out).toContain("Compared with 4f2c1e0d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d");
    expect(out).toContain("max-autotune: The article calls");
    expect(out).not.toMatch(ANSI);
    expect(out).not.toMatch(/undefined|NaN/);
  });

  it("says Keras comes with a declared TensorFlow when it has no declaration of its own", () => {
    const report = pytorchFit();
    report.frameworks.push(
      { id: "tensorflow", imported: true, importWitnesses: [{ path: "export/tflite.py", line: 3 }], importCount: 2, declared: [{ path: "requirements.txt", line: 5, name: "tensorflow", specifier: ">=2.15", resolvedVersion: null, source: "requirements" }] },
      { id: "keras", imported: true, importWitnesses: [{ path: "export/tflite.py", line: 9 }], importCount: 1, declared: [] },
    );
    expect(renderText(report)).toContain("  Keras: imported at export/tflite.py:9; not declared itself (comes with TensorFlow)");
    report.frameworks[1]!.declared = [];
    expect(renderText(report)).toContain("  Keras: imported at export/tflite.py:9; not declared\n");
  });

  it("names the first 6 distinct declarations of a framework, then how many more (pytorch/serve pins torch in 24 ways)", () => {
    const report = pytorchFit();
    const pt = report.frameworks.find((f) => f.id === "pytorch")!;
    const cuda = ["101", "102", "111", "113", "116", "117", "118", "121"];
    pt.declared = cuda.map((c, i) => ({ path: `requirements/torch_cu${c}_linux.txt`, line: 4, name: "torch", specifier: `==2.${i}.0+cu${c}`, resolvedVersion: null, source: "requirements" }));
    // the same pin twice is one, however it is spaced
    pt.declared.push({ ...pt.declared[0]!, path: "requirements/torch_cu101_windows.txt" }, { ...pt.declared[1]!, path: "requirements/torch_cu102_windows.txt", specifier: "== 2.1.0+cu102" });
    const out = renderText(report);
    expect(out).toContain("; declared torch ==2.0.0+cu101, torch ==2.1.0+cu102, torch ==2.2.0+cu111, torch ==2.3.0+cu113, torch ==2.4.0+cu116, torch ==2.5.0+cu117, and 2 more\n");
    // ... and the Declared dependencies section still lists every file.
    for (const c of cuda) expect(out).toContain(`  requirements/torch_cu${c}_linux.txt:4  torch`);
    // Seven distinct are all named: "and 1 more" would save nothing.
    pt.declared = pt.declared.slice(0, 7);
    expect(renderText(report)).toContain(", torch ==2.6.0+cu118\n");
  });

  it("colours only when asked", () => {
    const plain = renderText(tfMismatch());
    const coloured = renderText(tfMismatch(), { color: true });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(/\u001b\[31merror MFA302\u001b\[39m/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });

  it("reports mismatch, hybrid and no-ml verdicts", () => {
    expect(renderText(tfMismatch())).toContain("TensorFlow: mismatch, the project's priorities favour PyTorch");
    expect(renderText(hybrid())).toContain("Hybrid: PyTorch + TensorFlow");
    const none = renderText(noMl());
    expect(none).toContain("No PyTorch or TensorFlow found");
    expect(none).toContain("Findings (0)\n  none");
  });

  it("strips terminal escape sequences and newlines from repository strings", () => {
    const r = hostile();
    r.findings[0]!.message = "bad \u001b[2J\u001b]0;owned\u0007 name\nnext";
    const out = renderText(r, { color: false });
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u0007");
    expect(out).toContain("bad  [2J ]0;owned  name next");
  });
});

describe("declared Docker images", () => {
  it("read as image:tag, pip requirements as name and specifier", async () => {
    const { declaredLabel } = await import("../../src/output/common.js");
    expect(declaredLabel({ name: "pytorch/pytorch", specifier: "2.1.0-cuda12.1-cudnn8-runtime", source: "dockerfile:from" })).toBe("pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime");
    expect(declaredLabel({ name: "torch", specifier: ">=2.1", source: "requirements" })).toBe("torch >=2.1");
    expect(declaredLabel({ name: "torch", specifier: "", source: "requirements" })).toBe("torch");
  });
});

/**
 * A PyTorch library with optional backends, as torchrl, timm and sentence-transformers have them: the
 * framework is declared, another one is imported only inside the method that uses it, an export helper
 * imports onnx on demand, and an ONNX runtime session is created in a class body (that runs at import time).
 * Traps: the same imports written in a docstring and a comment.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import { auditRoot } from "./helpers.js";

const FILES: Record<string, string> = {
  "pyproject.toml": `[project]
name = "vla-tools"
version = "0.3.0"
dependencies = ["torch>=2.1", "numpy"]
`,
  "vla_tools/preprocessing.py": `"""Image preprocessing.

The reference implementation uses TensorFlow (\`import tensorflow as tf\`); see _tensorflow below.
"""
import torch


class Resize:
    def __init__(self, size: int, backend: str = "torch"):
        self.size = size
        self.backend = backend

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        if self.backend == "tensorflow":
            return self._tensorflow(images)
        return torch.nn.functional.interpolate(images, size=(self.size, self.size))

    def _tensorflow(self, images: torch.Tensor) -> torch.Tensor:
        import tensorflow as tf  # the reference resize, only for parity checks

        out = tf.image.resize(images.permute(0, 2, 3, 1).numpy(), (self.size, self.size), method="lanczos3")
        return torch.from_numpy(out.numpy()).permute(0, 3, 1, 2)
`,
  "vla_tools/export.py": `import torch


def export_onnx(model, path):
    # import onnx at module level would make onnx a hard dependency
    import onnx

    torch.onnx.export(model, torch.randn(1, 3, 224, 224), path)
    onnx.checker.check_model(path)
    return path


class OnnxRunner:
    import onnxruntime as ort

    def __init__(self, path):
        self.session = self.ort.InferenceSession(path)
`,
};

let root: string;
let report: Report;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "mfa-on-demand-"));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  report = await auditRoot(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("on-demand backends", () => {
  it("holds imports inside methods and functions to MFA103 warnings, and a class-body import to MFA101", () => {
    const got = report.findings
      .filter((f) => f.code === "MFA101" || f.code === "MFA103")
      .map((f) => [f.code, f.severity, f.fingerprint, f.locations.map((l) => `${l.path}:${l.line}`)]);
    expect(got).toEqual([
      ["MFA101", "error", "MFA101:onnxruntime", ["vla_tools/export.py:14"]],
      ["MFA103", "warning", "MFA103:onnx", ["vla_tools/export.py:6"]],
      ["MFA103", "warning", "MFA103:tensorflow", ["vla_tools/preprocessing.py:19"]],
    ]);
  });

  it("does not count on-demand TensorFlow as a stack the library runs on", () => {
    expect(report.primaryFramework).toBe("pytorch");
    expect(report.fit?.verdict).toBe("fit");
  });
});

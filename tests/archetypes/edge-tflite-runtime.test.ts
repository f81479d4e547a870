/**
 * An edge-inference app shaped like google-coral/pycoral's examples: a Raspberry Pi with a Coral accelerator runs
 * a compiled `.tflite` model through `tflite_runtime`, and full TensorFlow is never installed on the device
 * (commented out in requirements.txt). Traps: `tf.lite.TFLiteConverter` in the module docstring and
 * `tf.lite.Interpreter` in a comment, a `.tflite` path inside a help text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import { renderMarkdown } from "../../src/output/markdown.js";
import { auditRoot, feature, findingsOf, fixtureRoot, lineOf, places } from "./helpers.js";

const ROOT = fixtureRoot("edge-tflite-runtime");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("edge-tflite-runtime: TensorFlow Lite models without TensorFlow", () => {
  it("finds no framework, and says what of TensorFlow the code uses without it", () => {
    expect(report.frameworks).toEqual([]);
    expect(report.fit?.verdict).toBe("no-ml");
    expect(report.fit?.explanation).toContain("What the code uses from TensorFlow (TensorFlow Lite / LiteRT: tf.lite, 3 uses) works without the framework itself");
  });

  it("counts the runtime import, the model path and the requirement, not the docstring, comment or help text", () => {
    expect(places(feature(report, "tf.lite").witnesses)).toEqual([
      { path: "classify.py", line: lineOf(ROOT, "classify.py", "from tflite_runtime.interpreter import") },
      { path: "classify.py", line: lineOf(ROOT, "classify.py", "DEFAULT_MODEL = ") },
      { path: "requirements.txt", line: lineOf(ROOT, "requirements.txt", "tflite-runtime==") },
    ]);
    expect(report.fit?.requirements.find((r) => r.id === "mobile-edge")?.evidence).toEqual(["tf.lite", "dist:tflite-runtime", "artifact:*.tflite"]);
  });

  it("the comment's headline names TensorFlow Lite instead of claiming no ML at all", () => {
    const md = renderMarkdown(report);
    expect(md).toContain("➖ **No PyTorch or TensorFlow found** (only TensorFlow Lite / LiteRT)");
    expect(md).not.toContain("No ML framework found");
  });

  it("points at the runtime's successor, ai-edge-litert", () => {
    expect(findingsOf(report, "MFA302").map((f) => f.fingerprint)).toEqual(["MFA302:tflite-runtime"]);
  });
});

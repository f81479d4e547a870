/**
 * The bundled example (examples/mixed-vision-app) is what the README's first command audits: it must
 * keep producing the report its own README promises.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import { EXAMPLES, auditRoot, describeFindings, feature, findingsOf, framework, hasFindingAt, lineOf, places } from "./helpers.js";

const ROOT = join(EXAMPLES, "mixed-vision-app");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("examples/mixed-vision-app", () => {
  it("is a hybrid PyTorch + TensorFlow stack, PyTorch primary", () => {
    expect(framework(report, "pytorch").imported).toBe(true);
    expect(framework(report, "tensorflow").imported).toBe(true);
    expect(report.primaryFramework).toBe("pytorch");
    expect(report.fit?.verdict).toBe("hybrid");
    expect(findingsOf(report, "MFA401")).toHaveLength(1);
  });

  it("shows the bridge: torch.onnx.export, ONNX, TFLite conversion, torch.compile", () => {
    expect(places(feature(report, "torch.onnx").witnesses)).toEqual([{ path: "bridge/export_onnx.py", line: lineOf(ROOT, "bridge/export_onnx.py", "torch.onnx.export(") }]);
    expect(places(feature(report, "tf.lite").witnesses)).toContainEqual({ path: "mobile/convert_tflite.py", line: lineOf(ROOT, "mobile/convert_tflite.py", "tf.lite.TFLiteConverter.from_saved_model") });
    expect(places(feature(report, "torch.compile").witnesses)).toEqual([{ path: "research/train.py", line: lineOf(ROOT, "research/train.py", "model = torch.compile(model)") }]);
    expect(feature(report, "onnx").witnesses.length).toBeGreaterThan(0);
    expect(report.fit?.requirements.map((r) => r.id)).toContain("mobile-edge");
  });

  it("MFA101: tflite_runtime is imported but not declared", () => {
    const line = lineOf(ROOT, "mobile/benchmark_tflite.py", "from tflite_runtime.interpreter import Interpreter");
    expect(hasFindingAt(report, "MFA101", "mobile/benchmark_tflite.py", line), describeFindings(report)).toBe(true);
  });

  it("MFA102: timm is declared but never imported", () => {
    expect(hasFindingAt(report, "MFA102", "requirements.txt", lineOf(ROOT, "requirements.txt", "timm>=0.9.12")), describeFindings(report)).toBe(true);
    // the other declared packages are all imported
    for (const needle of ["torch>=2.1", "torchvision>=0.16", "onnx>=1.15", "onnxruntime>=1.16", "tensorflow>=2.15"]) {
      expect(hasFindingAt(report, "MFA102", "requirements.txt", lineOf(ROOT, "requirements.txt", needle)), needle).toBe(false);
    }
  });

  it("MFA302: onnx-tf is no longer maintained, tflite_runtime is superseded by ai-edge-litert", () => {
    expect(hasFindingAt(report, "MFA302", "requirements.txt", lineOf(ROOT, "requirements.txt", "onnx-tf==1.10.0")), describeFindings(report)).toBe(true);
    const tflite = lineOf(ROOT, "mobile/benchmark_tflite.py", "from tflite_runtime.interpreter import Interpreter");
    expect(hasFindingAt(report, "MFA302", "mobile/benchmark_tflite.py", tflite), describeFindings(report)).toBe(true);
  });

  it("the article corrections that apply: LiteRT and onnx-tf, at their code locations", () => {
    const notes = new Map((report.fit?.outdatedNotes ?? []).map((n) => [n.topic, n]));
    expect(places(notes.get("onnx-tf")?.locations ?? [])).toContainEqual({ path: "bridge/onnx_to_tf.py", line: lineOf(ROOT, "bridge/onnx_to_tf.py", "from onnx_tf.backend import prepare") });
    expect(places(notes.get("tflite-litert")?.locations ?? [])).toContainEqual({ path: "mobile/benchmark_tflite.py", line: lineOf(ROOT, "mobile/benchmark_tflite.py", "from tflite_runtime.interpreter import Interpreter") });
  });

  it("MFA301: torch.cuda.amp.autocast is deprecated", () => {
    expect(hasFindingAt(report, "MFA301", "research/train.py", lineOf(ROOT, "research/train.py", "with torch.cuda.amp.autocast(")), describeFindings(report)).toBe(true);
  });

  it("no parse errors and no version-too-old findings", () => {
    expect(findingsOf(report, "MFA001")).toEqual([]);
    expect(findingsOf(report, "MFA201"), describeFindings(report)).toEqual([]);
  });
});

/**
 * YOLOv5-shaped detector repository: PyTorch training, export.py to TorchScript / ONNX / CoreML /
 * SavedModel / TFLite with `import tensorflow as tf` inside functions, export extras commented out in
 * requirements.txt but installed by the Dockerfile. Traps: `# tensorflow>=2.4.1` and `# tensorflowjs`
 * commented out (not declared), `from torch.cuda import amp` alias, formats named only in the docstring table.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import {
  auditRoot,
  describeFindings,
  exactLineOf,
  feature,
  featureIds,
  findingsOf,
  fixtureRoot,
  framework,
  hasFindingAt,
  lineOf,
  linesOf,
  places,
} from "./helpers.js";

const ROOT = fixtureRoot("yolov5-like");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("yolov5-like: frameworks", () => {
  it("finds PyTorch (primary) and TensorFlow imported inside export functions", () => {
    const ids = report.frameworks.map((f) => f.id);
    expect(ids).toContain("pytorch");
    expect(ids).toContain("tensorflow");
    expect(ids).not.toContain("jax");
    expect(report.primaryFramework).toBe("pytorch");
  });

  it("witnesses `import tensorflow as tf` inside export_saved_model / export_tflite and in models/tf.py", () => {
    const tf = framework(report, "tensorflow");
    expect(tf.imported).toBe(true);
    const w = places(tf.importWitnesses);
    const inFunctions = linesOf(ROOT, "export.py", "    import tensorflow as tf");
    expect(inFunctions).toHaveLength(2);
    for (const line of inFunctions) expect(w).toContainEqual({ path: "export.py", line });
    expect(w).toContainEqual({ path: "models/tf.py", line: exactLineOf(ROOT, "models/tf.py", "import tensorflow as tf") });
  });

  it("does not treat the commented-out `# tensorflow>=2.4.1` requirement as a declaration", () => {
    expect(framework(report, "tensorflow").declared).toEqual([]);
  });

  it("reads torch from requirements.txt (with its inline comment) and from the NVIDIA base image", () => {
    const pt = framework(report, "pytorch");
    expect(pt.declared).toContainEqual(
      expect.objectContaining({ path: "requirements.txt", line: lineOf(ROOT, "requirements.txt", "torch>=1.8.0"), name: "torch", specifier: ">=1.8.0" }),
    );
    expect(pt.declared).toContainEqual(
      expect.objectContaining({
        path: "utils/docker/Dockerfile",
        line: lineOf(ROOT, "utils/docker/Dockerfile", "FROM nvcr.io/nvidia/pytorch"),
        specifier: "23.05-py3",
      }),
    );
  });

  it("sees `from tensorflow import keras` as Keras", () => {
    const keras = framework(report, "keras");
    expect(places(keras.importWitnesses)).toContainEqual({ path: "models/tf.py", line: lineOf(ROOT, "models/tf.py", "from tensorflow import keras") });
  });
});

describe("yolov5-like: export features", () => {
  it("torch.onnx at the torch.onnx.export call, and onnx from the function-level import", () => {
    expect(places(feature(report, "torch.onnx").witnesses)).toEqual([{ path: "export.py", line: lineOf(ROOT, "export.py", "torch.onnx.export(") }]);
    expect(places(feature(report, "onnx").witnesses)).toContainEqual({ path: "export.py", line: exactLineOf(ROOT, "export.py", "import onnx") });
  });

  it("torch.jit at both torch.jit.trace calls (TorchScript and CoreML exports)", () => {
    const w = places(feature(report, "torch.jit").witnesses);
    const traces = linesOf(ROOT, "export.py", "torch.jit.trace(model, im, strict=False)");
    expect(traces).toHaveLength(2);
    for (const line of traces) expect(w).toContainEqual({ path: "export.py", line });
  });

  it("torch.mobile through the imported optimize_for_mobile helper", () => {
    expect(places(feature(report, "torch.mobile").witnesses)).toContainEqual({
      path: "export.py",
      line: lineOf(ROOT, "export.py", "optimize_for_mobile(ts)._save_for_lite_interpreter"),
    });
  });

  it("tf.lite at the converter and at the '.tflite' file the code writes", () => {
    const w = places(feature(report, "tf.lite").witnesses);
    expect(w).toContainEqual({ path: "export.py", line: lineOf(ROOT, "export.py", "tf.lite.TFLiteConverter.from_keras_model") });
    expect(w).toContainEqual({ path: "export.py", line: lineOf(ROOT, "export.py", "f = file.with_suffix('.tflite')") });
  });

  it("tf.saved_model from save_format='tf'", () => {
    expect(places(feature(report, "tf.saved_model").witnesses)).toContainEqual({
      path: "export.py",
      line: lineOf(ROOT, "export.py", 'keras_model.save(f, save_format="tf")'),
    });
  });

  it("torch.amp through torch.cuda.amp.autocast and the `from torch.cuda import amp` alias", () => {
    const w = places(feature(report, "torch.amp").witnesses);
    expect(w).toContainEqual({ path: "utils/autobatch.py", line: lineOf(ROOT, "utils/autobatch.py", "with torch.cuda.amp.autocast(amp):") });
    expect(w).toContainEqual({ path: "train.py", line: lineOf(ROOT, "train.py", "scaler = amp.GradScaler(enabled=cuda)") });
    expect(w).toContainEqual({ path: "train.py", line: lineOf(ROOT, "train.py", "with amp.autocast(enabled=cuda):") });
  });

  it("reports neither tfjs (commented-out requirement) nor features that are not used", () => {
    const ids = featureIds(report);
    for (const absent of ["tfjs", "torch.compile", "tf.serving", "tf.function", "tf.distribute", "torch.quantization"]) {
      expect(ids, absent).not.toContain(absent);
    }
  });
});

describe("yolov5-like: findings and fit", () => {
  it("MFA101: tensorflow is imported but only declared in a comment", () => {
    const tfImports = [
      ...linesOf(ROOT, "export.py", "    import tensorflow as tf").map((line) => ({ path: "export.py", line })),
      { path: "models/tf.py", line: exactLineOf(ROOT, "models/tf.py", "import tensorflow as tf") },
    ];
    const missing = findingsOf(report, "MFA101").filter((f) =>
      f.locations.some((l) => tfImports.some((t) => t.path === l.path && t.line === l.line)),
    );
    expect(missing, describeFindings(report)).toHaveLength(1);
    expect(missing[0]!.id).toBe("missing-dependency");
    expect(missing[0]!.severity).toBe("error");
    expect(missing[0]!.message.toLowerCase()).toContain("tensorflow");
  });

  it("no MFA101 for onnx and coremltools: the Dockerfile's `pip install ... coremltools onnx` declares them", () => {
    expect(hasFindingAt(report, "MFA101", "export.py", exactLineOf(ROOT, "export.py", "import onnx")), describeFindings(report)).toBe(false);
    expect(hasFindingAt(report, "MFA101", "export.py", exactLineOf(ROOT, "export.py", "import coremltools as ct"))).toBe(false);
    expect(findingsOf(report, "MFA101").filter((f) => /\bonnx\b|coremltools/i.test(f.message))).toEqual([]);
  });

  it("MFA301: torch.cuda.amp.autocast is deprecated in favour of torch.amp.autocast('cuda')", () => {
    expect(
      hasFindingAt(report, "MFA301", "utils/autobatch.py", lineOf(ROOT, "utils/autobatch.py", "with torch.cuda.amp.autocast(amp):")),
      describeFindings(report),
    ).toBe(true);
  });

  it("is a hybrid stack (PyTorch training, TensorFlow exports) with an MFA401 finding", () => {
    expect(report.fit?.verdict).toBe("hybrid");
    expect(findingsOf(report, "MFA401")).toHaveLength(1);
    expect(findingsOf(report, "MFA001")).toEqual([]);
  });
});

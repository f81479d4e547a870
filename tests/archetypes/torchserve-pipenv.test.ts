/**
 * A TorchServe deployment managed with Pipenv: Pipfile + Pipfile.lock, a Containerfile and a
 * Dockerfile.gpu on pytorch/torchserve images, a handler that quantizes with the old
 * `torch.quantization` namespace and compiles with mode="max-autotune" (both points where the article
 * is out of date, so the report should carry the corrections at these locations).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import { auditRoot, describeFindings, feature, findingsOf, fixtureRoot, framework, frameworkIds, lineOf, places } from "./helpers.js";

const ROOT = fixtureRoot("torchserve-pipenv");
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("torchserve-pipenv: declarations", () => {
  it("PyTorch only, declared in the Pipfile (resolved by Pipfile.lock) and by both serving images", () => {
    expect(frameworkIds(report)).toEqual(["pytorch"]);
    const pt = framework(report, "pytorch");
    expect(pt.declared).toContainEqual(
      expect.objectContaining({ path: "Pipfile", line: lineOf(ROOT, "Pipfile", 'torch = {version = "==2.2.1"'), name: "torch", specifier: "==2.2.1", resolvedVersion: "2.2.1" }),
    );
    expect(pt.declared).toContainEqual(expect.objectContaining({ path: "Containerfile", line: lineOf(ROOT, "Containerfile", "FROM pytorch/torchserve"), specifier: "0.9.0-cpu" }));
    expect(pt.declared).toContainEqual(expect.objectContaining({ path: "Dockerfile.gpu", line: 1, specifier: "0.9.0-gpu" }));
  });
});

describe("torchserve-pipenv: features", () => {
  it("torchserve from the handler import, the Pipfile and the images", () => {
    const w = places(feature(report, "torchserve").witnesses);
    expect(w).toContainEqual({ path: "handler.py", line: lineOf(ROOT, "handler.py", "from ts.torch_handler.base_handler import BaseHandler") });
    expect(w).toContainEqual({ path: "Pipfile", line: lineOf(ROOT, "Pipfile", 'torchserve = "==0.9.0"') });
    expect(w).toContainEqual({ path: "Containerfile", line: lineOf(ROOT, "Containerfile", "FROM pytorch/torchserve") });
  });

  it("torch.quantization at quantize_dynamic and torch.compile with its mode as a detail", () => {
    expect(places(feature(report, "torch.quantization").witnesses)).toEqual([{ path: "handler.py", line: lineOf(ROOT, "handler.py", "quantize_dynamic(") }]);
    const compile = feature(report, "torch.compile");
    expect(places(compile.witnesses)).toEqual([{ path: "handler.py", line: lineOf(ROOT, "handler.py", "torch.compile(self.model") }]);
    expect((compile.details ?? []).join(" ")).toContain("max-autotune");
  });
});

describe("torchserve-pipenv: fit", () => {
  it("carries the article corrections for max-autotune and the torch.quantization namespace, at the handler lines", () => {
    const notes = new Map((report.fit?.outdatedNotes ?? []).map((n) => [n.topic, n]));
    expect(places(notes.get("max-autotune")?.locations ?? [])).toContainEqual({ path: "handler.py", line: lineOf(ROOT, "handler.py", "torch.compile(self.model") });
    expect(places(notes.get("torch-quantization-namespace")?.locations ?? [])).toContainEqual({ path: "handler.py", line: lineOf(ROOT, "handler.py", "quantize_dynamic(") });
    expect(notes.has("tensorflow-gpu")).toBe(false);
  });

  it("production-serving is inferred from TorchServe; nothing missing, nothing hybrid", () => {
    expect(report.fit?.requirements.find((r) => r.id === "production-serving")?.evidence).toContain("torchserve");
    for (const code of ["MFA001", "MFA101", "MFA201", "MFA401"]) {
      expect(findingsOf(report, code), `${code}\n${describeFindings(report)}`).toEqual([]);
    }
  });
});

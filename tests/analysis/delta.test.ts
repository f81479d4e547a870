import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import { computeDelta } from "../../src/analysis/delta.js";
import { config } from "./helpers.js";
import { mixedRepo, nanoGpt } from "./fixtures.js";

describe("computeDelta", () => {
  it("reports what the head adds and removes by framework, feature and fingerprint", () => {
    const base = analyze(nanoGpt(), config());
    const head = analyze(mixedRepo(), config());
    const d = computeDelta(base, head, "abc123");
    expect(d.base).toBe("abc123");
    expect(d.added.frameworks).toEqual(["tensorflow"]);
    expect(d.removed.frameworks).toEqual([]);
    expect(d.added.features).toEqual(["torch.onnx", "tf.saved_model", "onnx"]);
    expect(d.removed.features).toEqual(["torch.ddp", "torch.amp", "torch.sdpa"]);
    expect(d.added.findings.map((f) => f.fingerprint).sort()).toEqual(["MFA302:onnx-tf", "MFA401:pytorch+tensorflow"]);
    expect(d.removed.findings).toEqual([]);
  });
  it("moving a finding to another line is not a change", () => {
    const a = analyze(nanoGpt("==1.13.1"), config());
    const moved = nanoGpt("==1.13.1");
    moved.files[0]!.usages.find((u) => u.feature === "torch.compile")!.line = 999;
    const b = analyze(moved, config());
    const d = computeDelta(a, b, "base");
    expect(d.added.findings).toEqual([]);
    expect(d.removed.findings).toEqual([]);
  });
  it("fixing the pin removes the finding", () => {
    const d = computeDelta(analyze(nanoGpt("==1.13.1"), config()), analyze(nanoGpt(">=2.1"), config()), "base");
    expect(d.removed.findings.map((f) => f.fingerprint)).toEqual(["MFA201:torch.compile:requirements.txt", "MFA201:torch.sdpa:requirements.txt"]);
    expect(d.added.findings).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { computeOutputs } from "../../src/github/outputs.js";
import type { Report } from "../../src/core/types.js";

const report = (over: Partial<Report> = {}): Report => ({
  schemaVersion: 1,
  tool: { name: "ml-framework-audit", version: "0.1.0" },
  root: ".",
  stats: { filesScanned: 3, bytesScanned: 100, durationMs: 5 },
  frameworks: [
    { id: "pytorch", imported: true, importWitnesses: [{ path: "a.py", line: 1 }], declared: [] },
    { id: "tensorflow", imported: false, importWitnesses: [], declared: [{ path: "requirements.txt", line: 2, name: "tensorflow", specifier: "", resolvedVersion: null }] },
  ],
  primaryFramework: "pytorch",
  features: [],
  fit: { requirements: [], criteria: [], scores: { pytorch: 71.6, tensorflow: 140 }, verdict: "mismatch", explanation: "" },
  findings: [{ code: "MFA102", id: "unused-dependency", severity: "warning", message: "m", locations: [] }],
  delta: null,
  ...over,
});

describe("computeOutputs", () => {
  it("maps the report onto the documented outputs", () => {
    expect(computeOutputs(report(), { reportPath: "/tmp/r.json", commentUrl: "https://x/1", failed: true, cacheHit: true })).toEqual({
      frameworks: "pytorch,tensorflow",
      "primary-framework": "pytorch",
      "fit-pytorch": "72",
      "fit-tensorflow": "100",
      verdict: "mismatch",
      mismatch: "true",
      findings: "1",
      "findings-introduced": "",
      failed: "true",
      report: "/tmp/r.json",
      "comment-url": "https://x/1",
      "cache-hit": "true",
    });
  });

  it("reports no-ml and empty scores without a fit, and counts introduced findings with a delta", () => {
    const { fit: _fit, ...noFit } = report();
    const out = computeOutputs(
      { ...noFit, frameworks: [], primaryFramework: null, delta: { base: "abc", added: { frameworks: [], features: [], findings: noFit.findings }, removed: { frameworks: [], features: [], findings: [] } } },
      { reportPath: "r", failed: false },
    );
    expect(out).toMatchObject({ frameworks: "", "primary-framework": "", "fit-pytorch": "", verdict: "no-ml", mismatch: "false", "findings-introduced": "1", "comment-url": "", "cache-hit": "false" });
  });
});

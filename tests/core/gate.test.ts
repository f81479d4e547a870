import { describe, expect, it } from "vitest";
import { evaluateGate, FailOnError, parseFailOn } from "../../src/core/gate.js";
import type { Finding, Report } from "../../src/core/types.js";

function finding(id: string, code: string, severity: Finding["severity"]): Finding {
  return { id, code, severity, message: `${id} here`, locations: [{ path: "train.py", line: 1 }], fingerprint: `${code}:x` };
}

function report(findings: Finding[], opts: { verdict?: "fit" | "mismatch"; added?: Finding[] } = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: "ml-framework-audit", version: "0.0.0" },
    root: ".",
    stats: { filesScanned: 1, bytesScanned: 1, durationMs: 1 },
    frameworks: [],
    primaryFramework: "pytorch",
    features: [],
    fit: { requirements: [], criteria: [], scores: { pytorch: 50, tensorflow: 70 }, verdict: opts.verdict ?? "fit", explanation: "" },
    findings,
    delta: opts.added ? { base: "abc", added: { frameworks: [], features: [], findings: opts.added }, removed: { frameworks: [], features: [], findings: [] } } : null,
  };
}

const policy = finding("policy-violation", "MFA501", "error");
const missing = finding("missing-dependency", "MFA101", "error");
const unused = finding("unused-dependency", "MFA102", "warning");
const mismatch = finding("framework-mismatch", "MFA402", "warning");

describe("parseFailOn", () => {
  it("accepts ids, codes, severities, mismatch and never, case-insensitively", () => {
    const s = parseFailOn("missing-dependency, MFA102,warning\nmismatch");
    expect([...s.ids].sort()).toEqual(["missing-dependency", "unused-dependency"]);
    expect(s.minSeverity).toBe("warning");
    expect(s.mismatch).toBe(true);
    expect(parseFailOn("never").never).toBe(true);
  });
  it("names the unknown item", () => {
    expect(() => parseFailOn("missing-dependency,misssing")).toThrow(FailOnError);
    expect(() => parseFailOn("misssing")).toThrow(/unknown item 'misssing'/);
    expect(() => parseFailOn("never,error")).toThrow(/never/);
  });
});

describe("evaluateGate", () => {
  it("fails on a named finding in the repository and says what matched in one line", () => {
    const r = evaluateGate(report([policy, unused]), parseFailOn("policy-violation"), "repository");
    expect(r.failed).toBe(true);
    expect(r.reason).toMatch(/1 × MFA501 policy-violation/);
    expect(r.reason).not.toContain("\n");
    expect(evaluateGate(report([unused]), parseFailOn("policy-violation"), "repository").failed).toBe(false);
  });
  it("severity means that severity or worse", () => {
    expect(evaluateGate(report([unused]), parseFailOn("error"), "repository").failed).toBe(false);
    expect(evaluateGate(report([unused]), parseFailOn("warning"), "repository").failed).toBe(true);
    expect(evaluateGate(report([missing]), parseFailOn("warning"), "repository").failed).toBe(true);
  });
  it("scope introduced judges only what the delta adds", () => {
    const r = report([missing, unused], { added: [unused] });
    expect(evaluateGate(r, parseFailOn("missing-dependency"), "introduced").failed).toBe(false);
    expect(evaluateGate(r, parseFailOn("missing-dependency"), "repository").failed).toBe(true);
    expect(evaluateGate(r, parseFailOn("unused-dependency"), "introduced").failed).toBe(true);
  });
  it("mismatch fails on the verdict in the repository, and only on a new mismatch finding in a PR", () => {
    expect(evaluateGate(report([], { verdict: "mismatch" }), parseFailOn("mismatch"), "repository").failed).toBe(true);
    expect(evaluateGate(report([mismatch], { verdict: "mismatch", added: [] }), parseFailOn("mismatch"), "introduced").failed).toBe(false);
    expect(evaluateGate(report([mismatch], { verdict: "mismatch", added: [mismatch] }), parseFailOn("mismatch"), "introduced").failed).toBe(true);
  });
  it("never never fails", () => {
    expect(evaluateGate(report([policy, missing]), parseFailOn("never"), "repository").failed).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { planAnnotations, ANNOTATIONS_PER_LEVEL } from "../../src/github/annotations.js";
import type { Finding, Severity } from "../../src/core/types.js";

const finding = (severity: Severity, i: number, path = `src/m${i}.py`): Finding => ({
  code: severity === "error" ? "MFA101" : severity === "warning" ? "MFA201" : "MFA301",
  id: `kind-${severity}`,
  severity,
  message: `problem ${i}`,
  locations: [{ path, line: i + 1 }],
});

describe("planAnnotations", () => {
  it("annotates each finding at its file and line, prefixed with the scanned folder", () => {
    const out = planAnnotations([finding("warning", 0, "train.py"), finding("error", 1, "nb/a.ipynb")], "services/trainer");
    expect(out).toEqual([
      { level: "error", title: "MFA101 kind-error", message: "problem 1", file: "services/trainer/nb/a.ipynb", startLine: 2 },
      { level: "warning", title: "MFA201 kind-warning", message: "problem 0", file: "services/trainer/train.py", startLine: 1 },
    ]);
    expect(planAnnotations([finding("info", 0, "a.py")], ".")[0]!.file).toBe("a.py");
    expect(planAnnotations([finding("info", 0, "a.py")], "./")[0]!.file).toBe("a.py");
  });

  it("caps each level at 10, most severe first, and ends with one notice counting the rest", () => {
    const findings = [...Array.from({ length: 14 }, (_, i) => finding("info", i)), ...Array.from({ length: 12 }, (_, i) => finding("error", i)), finding("warning", 0)];
    const out = planAnnotations(findings, ".");
    const count = (l: string) => out.filter((a) => a.level === l).length;
    expect(count("error")).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count("warning")).toBe(1);
    expect(count("notice")).toBe(ANNOTATIONS_PER_LEVEL);
    expect(out[0]!.level).toBe("error");
    const last = out[out.length - 1]!;
    const shown = out.length - 1;
    expect(last.file).toBeUndefined();
    expect(last.message).toContain(`${findings.length - shown} more findings`);
  });

  it("adds no overflow notice when everything fits, and keeps findings without a location", () => {
    const f: Finding = { code: "MFA900", id: "x", severity: "warning", message: "no place", locations: [] };
    const out = planAnnotations([f], ".");
    expect(out).toEqual([{ level: "warning", title: "MFA900 x", message: "no place" }]);
  });
});

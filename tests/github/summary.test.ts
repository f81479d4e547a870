import { describe, expect, it } from "vitest";
import { fitSummary, SUMMARY_LIMIT_BYTES, truncateBytes } from "../../src/github/summary.js";

describe("fitSummary", () => {
  it("passes a small summary through untouched", () => {
    expect(fitSummary(() => "# ok\n")).toEqual({ markdown: "# ok\n", shortened: false });
  });

  it("asks the renderer for less when multi-byte text exceeds 1 MiB", () => {
    const asked: number[] = [];
    // A renderer that honours maxLength in characters, with 3-byte characters.
    const render = (max: number) => {
      asked.push(max);
      return "表".repeat(Math.min(max, 600_000));
    };
    const plan = fitSummary(render);
    expect(plan.shortened).toBe(true);
    expect(Buffer.byteLength(plan.markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(asked.length).toBeGreaterThan(1);
  });

  it("cuts as a last resort when the renderer ignores the length, and says so", () => {
    const plan = fitSummary(() => "x".repeat(3 * SUMMARY_LIMIT_BYTES));
    expect(plan.shortened).toBe(true);
    expect(Buffer.byteLength(plan.markdown)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(plan.markdown).toContain("cut here to fit the size limit");
  });
});

describe("truncateBytes", () => {
  it("never splits a character and closes an open code fence", () => {
    const s = "```\n" + "é".repeat(1000);
    const out = truncateBytes(s, 500);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(500);
    expect(out).not.toContain("\uFFFD");
    expect((out.match(/^```/gm) ?? []).length).toBe(2);
  });
});

/**
 * The analysis' indexed shortcuts give the same answers as the plain definitions they replaced, and the
 * analysis stays linear: a tree with many usages and many declaring files is analysed in bounded time.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Location } from "../../src/core/types.js";
import { compareLoc } from "../../src/analysis/context.js";
import { locations, MAX_FINDING_LOCATIONS, toLocation } from "../../src/analysis/findings/common.js";
import { specAllowsAtLeast } from "../../src/analysis/versions.js";
import { detachStrings, ownString } from "../../src/scanning/scan-code.js";

/** The definition: dedupe, sort everything (stably), cap. */
function reference(list: readonly { path: string; line?: number; cell?: number; column?: number }[], first: readonly Location[] = []): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  const add = (l: Location) => {
    const k = `${l.path}\u0000${l.cell ?? ""}\u0000${l.line}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(l);
  };
  first.forEach(add);
  list.map(toLocation).sort(compareLoc).forEach(add);
  return out.slice(0, MAX_FINDING_LOCATIONS);
}

const loc = fc.record(
  {
    path: fc.constantFrom("a.py", "b/c.py", "b/d.ipynb", "z.py"),
    line: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constant(undefined)),
    cell: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(undefined)),
    column: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(undefined)),
  },
  { requiredKeys: ["path"] },
);

describe("locations (bounded selection)", () => {
  it("equals sort-everything-then-cap on arbitrary input, with and without leading locations", () => {
    fc.assert(
      fc.property(fc.array(loc, { maxLength: 120 }), fc.array(loc, { maxLength: 25 }), (list, firstRaw) => {
        const first = firstRaw.map(toLocation);
        expect(locations(list)).toEqual(reference(list));
        expect(locations(list, first)).toEqual(reference(list, first));
      }),
      { numRuns: 400 },
    );
  });

  it("picks the first locations of 300,000 usages given in reverse order", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({ path: `f${String(300_000 - i).padStart(6, "0")}.py`, line: 1 + (i % 50) }));
    const got = locations(many);
    expect(got).toHaveLength(MAX_FINDING_LOCATIONS);
    expect(got[0]).toEqual({ path: "f000001.py", line: 1 + (299_999 % 50) });
  });
});

describe("specAllowsAtLeast memo", () => {
  it("answers the same the first and the second time, for different frameworks and minimums", () => {
    const cases: [string, string, "pytorch" | "tensorflow", boolean | null][] = [
      ["==1.13.1", "2.0", "pytorch", false],
      [">=1.13", "2.0", "pytorch", true],
      ["<2.0", "2.1", "tensorflow", false],
      ["~=2.11", "2.12", "tensorflow", true],
      ["not a spec", "2.0", "pytorch", null],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [spec, min, fw, want] of cases) expect(specAllowsAtLeast(spec, min, fw)).toBe(want);
    }
  });
});

describe("detachStrings", () => {
  it("keeps every value while copying the strings of every record", () => {
    const text = "import torch\n" + "x".repeat(10_000) + "torch.compile(model, mode='max-autotune')\n";
    const matched = text.slice(10_013, 10_026);
    const facts = {
      path: "a.py",
      kind: "python" as const,
      bytes: text.length,
      imports: [{ module: "torch", line: 1 }],
      usages: [{ feature: "torch.compile", path: "a.py", line: 2, matched, detail: "mode='max-autotune'" }],
      declared: [{ name: "torch", normalizedName: "torch", specifier: ">=2", extras: ["cuda-extra-name"], line: 1, path: "r.txt", ecosystem: "pypi" as const, source: "requirements" }],
      locked: [],
      problems: [],
    };
    const before = JSON.parse(JSON.stringify(facts)) as unknown;
    expect(detachStrings(facts as never)).toEqual(before);
    expect(ownString(matched)).toBe(matched);
    expect(ownString("short")).toBe("short");
  });
});

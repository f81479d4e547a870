import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STRING_HINTS, StringHintFinder } from "../../../src/scanning/python/match.js";

/** The first offset at or after `from` where any hint starts, by plain indexOf: what the finder must answer. */
function naiveNext(text: string, from: number): number {
  let best = text.length;
  for (const h of STRING_HINTS) {
    const at = text.indexOf(h, from);
    if (at >= 0 && at < best) best = at;
  }
  return best;
}

describe("StringHintFinder (the string hints the line skipper asks about)", () => {
  it("covers every hint of the catalogue, those in its regex and those it searches with indexOf", () => {
    expect(STRING_HINTS.length).toBeGreaterThan(4); // so both kinds of search are exercised below
    for (const h of STRING_HINTS) {
      const text = `x = 1\nmodel_path = "out/${h}"\n`;
      expect(new StringHintFinder(text).next(0), h).toBe(text.indexOf(h));
      expect(new StringHintFinder(text).next(text.indexOf(h) + 1), h).toBe(text.length);
    }
  });
  it("answers as a plain search would, for increasing offsets, on text built from pieces of the hints", () => {
    const pieces = [...STRING_HINTS, ...STRING_HINTS.map((h) => h.slice(0, 4)), ...STRING_HINTS.map((h) => h.slice(2)), "\n", " ", "'", '"', "x", "."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.array(fc.nat(200), { maxLength: 12 }), (parts, steps) => {
        const text = parts.join("");
        const finder = new StringHintFinder(text);
        let from = 0;
        for (const step of steps) {
          from = Math.min(text.length, from + step);
          expect(finder.next(from)).toBe(naiveNext(text, from));
        }
      }),
      { numRuns: 400 },
    );
  });
});

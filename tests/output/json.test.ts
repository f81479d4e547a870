import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/output/json.js";
import type { Report } from "../../src/core/types.js";
import { hostile, noMl, pytorchFit, tfMismatch } from "./fixtures.js";

describe("renderJson", () => {
  it("round-trips the report exactly", () => {
    for (const r of [pytorchFit(), tfMismatch(), noMl(), hostile()]) {
      const text = renderJson(r);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(r)));
    }
  });

  it("has every contract field, in the contract's order, with 2-space indent and a trailing newline", () => {
    const text = renderJson(pytorchFit());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "schemaVersion": 1,');
    const obj = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(obj)).toEqual(["schemaVersion", "tool", "root", "stats", "frameworks", "primaryFramework", "features", "fit", "findings", "delta"]);
    const fw = (obj.frameworks as Record<string, unknown>[])[0]!;
    expect(Object.keys(fw)).toEqual(["id", "imported", "importWitnesses", "declared"]);
    expect(Object.keys((fw.declared as object[])[0]!).slice(0, 5)).toEqual(["path", "line", "name", "specifier", "resolvedVersion"]);
    const fit = obj.fit as Record<string, unknown>;
    expect(Object.keys(fit).slice(0, 5)).toEqual(["requirements", "criteria", "scores", "verdict", "explanation"]);
    expect(Object.keys((fit.criteria as object[])[0]!).slice(0, 4)).toEqual(["id", "weight", "pytorch", "tensorflow"]);
    const finding = (obj.findings as object[])[0]!;
    expect(Object.keys(finding).slice(0, 5)).toEqual(["code", "id", "severity", "message", "locations"]);
    expect(Object.keys(obj.delta as object)).toEqual(["base", "added", "removed"]);
    expect(Object.keys((obj.delta as { added: object }).added)).toEqual(["frameworks", "features", "findings"]);
    expect(Object.keys((obj.stats as object))).toEqual(["filesScanned", "bytesScanned", "durationMs"]);
  });

  it("is byte-stable whatever order the keys were built in", () => {
    const r = pytorchFit();
    const shuffled = JSON.parse(JSON.stringify(r, Object.keys(r).reverse().concat(...collectKeys(r)).filter((k, i, a) => a.indexOf(k) === i))) as Report;
    const reversed = reverseKeys(r) as Report;
    expect(renderJson(reversed)).toBe(renderJson(r));
    expect(renderJson(shuffled)).toBe(renderJson(r));
  });

  it("writes delta and fit as null when absent, and keeps unknown keys after the known ones", () => {
    const r = { ...noMl(), fit: undefined, extra: 1, aaa: 2 } as unknown as Report;
    const obj = JSON.parse(renderJson(r)) as Record<string, unknown>;
    expect(obj.fit).toBeNull();
    expect(obj.delta).toBeNull();
    expect(Object.keys(obj).slice(-2)).toEqual(["aaa", "extra"]);
  });
});

describe("renderJson against its definition", () => {
  // The definition renderJson replaced: a copy of everything with each object's keys in report order (contract
  // keys first, then alphabetical; undefined and function values left out), through JSON.stringify.
  const ORDER = ["schemaVersion", "fit", "delta", "code", "id", "path", "line", "cell", "message", "locations"];
  function orderKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(orderKeys);
    if (value === null || typeof value !== "object") return value;
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== "function");
    const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : Infinity);
    entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[k] = orderKeys(v);
    return out;
  }
  const key = fc.constantFrom("path", "line", "cell", "code", "id", "message", "zeta", "alpha", "0", "10", "2", "__proto__", "toJSON");
  const object = (value: fc.Arbitrary<unknown>) =>
    fc.array(fc.tuple(key, value), { maxLength: 5 }).map((entries) => {
      const o: Record<string, unknown> = {};
      // own properties even for `__proto__`, as JSON.parse would make them
      for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    });
  const value = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant(() => 1),
      fc.array(tie("value"), { maxLength: 4 }),
      object(tie("value")),
    ),
  })).value;

  it("writes what JSON.stringify of a key-sorted copy writes, for any keys and values", () => {
    fc.assert(
      fc.property(object(value), (o) => {
        const report = o as unknown as Report;
        expect(renderJson(report)).toBe(JSON.stringify(orderKeys({ ...report, fit: report.fit ?? null, delta: report.delta ?? null }), null, 2) + "\n");
      }),
      { numRuns: 500 },
    );
  });
});

function collectKeys(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(collectKeys);
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => [k, ...collectKeys(x)]);
  return [];
}

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

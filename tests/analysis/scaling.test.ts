/**
 * The analysis' indexed shortcuts give the same answers as the plain definitions they replaced, and the
 * analysis stays linear: a tree with many usages and many declaring files is analysed in bounded time.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Facts, FeatureUsage, FileFacts, FileKind, ImportFact, Location } from "../../src/core/types.js";
import { buildContext, compareLoc, DottedIndex, sortNearlyInOrder, underRef, type LocatedUsage } from "../../src/analysis/context.js";
import { locations, MAX_FINDING_LOCATIONS, selectPlaces, toLocation } from "../../src/analysis/findings/common.js";
import { config } from "./helpers.js";
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

describe("locations of a list in order", () => {
  it("stops early with the same result as a pass over all of it", () => {
    fc.assert(
      fc.property(fc.array(loc, { maxLength: 120 }), (list) => {
        const sorted = [...list].sort((a, b) => compareLoc({ ...a, line: a.line ?? 0 }, { ...b, line: b.line ?? 0 }));
        expect(locations(sorted, [], true)).toEqual(reference(sorted));
      }),
      { numRuns: 300 },
    );
  });
});

describe("selectPlaces without line normalisation", () => {
  it("equals dedupe, stable sort and cut of the places as given", () => {
    const place = (l: { path: string; line?: number; cell?: number }): Location => ({ path: l.path, line: l.line!, ...(l.cell !== undefined ? { cell: l.cell } : {}) });
    const withLine = loc.map((l) => ({ ...l, line: l.line ?? 3 }));
    fc.assert(
      fc.property(fc.array(withLine, { maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (list, room) => {
        const seen = new Set<string>();
        const want: Location[] = [];
        for (const l of list.map(place).sort(compareLoc)) {
          const k = `${l.path}\u0000${l.cell ?? ""}\u0000${l.line}`;
          if (seen.has(k)) continue;
          seen.add(k);
          want.push(l);
        }
        expect(selectPlaces(list, room, place, false)).toEqual(want.slice(0, room));
      }),
      { numRuns: 300 },
    );
  });
});

// Records the way scanners write them, with the odd cases the context must keep exact: records placed in
// another file (a requirements `-r` include), records without a path, files sharing a path, files and
// records out of order, duplicates, a cell of -1 next to none, lines below 1.
const PATHS = ["a.py", "b/c.py", "b/d.ipynb", "req.txt", "z.py"];
const where = fc.constantFrom("own", "own", "own", "none", "other");
const place = { line: fc.integer({ min: -1, max: 4 }), cell: fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 1 })), column: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 2 })) };
const fileArb = fc.record({
  path: fc.constantFrom(...PATHS),
  other: fc.constantFrom(...PATHS),
  kind: fc.constantFrom<FileKind>("python", "notebook", "requirements"),
  imports: fc.array(fc.record({ module: fc.constantFrom("torch", "torch.nn", "tensorflow.keras", "", "torchvision"), where, ...place }), { maxLength: 6 }),
  usages: fc.array(fc.record({ feature: fc.constantFrom("torch.compile", "torch.amp", "tf.lite", "zz.unknown"), detail: fc.constantFrom(undefined, "", "a", "b"), where, ...place }), { maxLength: 8 }),
});

function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o)) if ((o as Record<string, unknown>)[k] === undefined) delete (o as Record<string, unknown>)[k];
  return o;
}

type RawFile = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function toFacts(raw: RawFile[]): Facts {
  const files = raw.map((f): FileFacts => {
    const pathOf = (w: string) => (w === "own" ? f.path : w === "none" ? "" : f.other);
    return {
      path: f.path,
      kind: f.kind,
      bytes: 1,
      imports: f.imports.map(({ where: w, ...i }) => strip({ ...i, path: pathOf(w) }) as ImportFact),
      usages: f.usages.map(({ where: w, ...u }) => strip({ ...u, path: pathOf(w) }) as FeatureUsage),
      declared: [],
      locked: [],
      problems: [],
    };
  });
  return { root: ".", files, artifacts: [], localModules: [], problems: [], stats: { filesScanned: files.length, bytesScanned: 1, durationMs: 1 } };
}

describe("buildContext (records grouped by path, sorted per file)", () => {
  it("gives the usages, imports and per-feature lists of the plain definition: copy, dedupe, sort everything", () => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 7 }), (raw) => {
        const facts = toFacts(raw);
        const before = structuredClone(facts);
        const ctx = buildContext(facts, config());
        expect(facts).toEqual(before); // the scanners' records are shared, never changed
        // The definition the context replaced.
        const usages: (LocatedUsage & { kind: FileKind })[] = [];
        const imports: ImportFact[] = [];
        for (const f of facts.files) {
          if (f.kind === "python" || f.kind === "notebook") for (const i of f.imports) if (i.module) imports.push({ ...i, path: i.path || f.path });
          for (const u of f.usages) usages.push({ ...u, path: u.path || f.path, kind: f.kind });
        }
        const seen = new Set<string>();
        const distinct = usages.filter((u) => {
          const k = `${u.feature}\u0000${u.path}\u0000${u.cell ?? ""}\u0000${u.line}\u0000${u.detail ?? ""}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        distinct.sort((a, b) => compareLoc(a, b) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
        imports.sort(compareLoc);
        const bare = ({ kind: _kind, fileKind: _fileKind, derived: _derived, ...u }: LocatedUsage & { kind?: FileKind }) => u;
        expect(ctx.usages.map(bare)).toEqual(distinct.map(bare));
        expect(ctx.imports).toEqual(imports);
        for (const [feature, entry] of ctx.byFeature) {
          const all = distinct.filter((u) => u.feature === feature);
          expect(entry.all.map(bare)).toEqual(all.map(bare));
          const places = new Set(all.map((u) => `${u.path}\u0000${u.cell ?? ""}\u0000${u.line}`));
          expect(entry.places.length).toBe(places.size);
          expect(entry.inCode).toBe(all.filter((u) => u.kind === "python" || u.kind === "notebook").length);
          expect([...entry.details].sort()).toEqual([...new Set(all.map((u) => u.detail).filter((d) => d))].sort());
        }
        expect([...ctx.byFeature.keys()].sort()).toEqual([...new Set(distinct.map((u) => u.feature))].sort());
      }),
      { numRuns: 400 },
    );
  });
});

describe("sortNearlyInOrder", () => {
  it("sorts as a stable sort does, in order or nearly or not at all", () => {
    const byKey = (a: { k: number }, b: { k: number }) => a.k - b.k;
    const records = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 300 }).map((ks) => ks.map((k, i) => ({ k, i })));
    fc.assert(
      fc.property(records, fc.constantFrom("as-is", "sorted", "reversed", "nearly"), (list, how) => {
        const input = how === "sorted" ? [...list].sort(byKey) : how === "reversed" ? [...list].sort(byKey).reverse() : how === "nearly" ? [...list].sort(byKey).map((r, i, a) => (i % 7 === 3 && a[i + 1] ? a[i + 1]! : i % 7 === 4 ? a[i - 1]! : r)) : list;
        const before = [...input];
        expect(sortNearlyInOrder(input, byKey)).toEqual([...input].sort(byKey));
        expect(input).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe("DottedIndex", () => {
  it("finds what a pass over every item with underRef finds, in input order", () => {
    const name = fc.constantFrom("torch", "torch.nn", "torch.nn.functional", "torchvision", "tensorflow.keras", "tensorflow", ".rel", "", "a.b.c");
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), fc.array(name, { minLength: 1, maxLength: 3 }), (names, refs) => {
        const items = names.map((n, i) => ({ n, i }));
        const index = new DottedIndex<{ n: string; i: number }>((x) => x.n, items);
        expect(index.underAny(refs)).toEqual(items.filter((x) => refs.some((r) => underRef(x.n, r))));
        for (const r of refs) {
          const matched = new Set<string>();
          expect(index.under(r, matched)).toEqual(items.filter((x) => underRef(x.n, r)));
          expect(matched).toEqual(new Set(names.filter((n) => underRef(n, r))));
          expect(index.has(r)).toBe(names.some((n) => underRef(n, r)));
        }
        const some = [...new Set(names)].slice(0, 2);
        const all = items.filter((x) => some.includes(x.n));
        expect(index.first(some, 3)).toEqual({ count: all.length, items: all.slice(0, 3) });
      }),
      { numRuns: 400 },
    );
  });
});

describe("DottedIndex by folder (items in path order, as the import index is)", () => {
  it("forEachUnderIn / hasUnderIn / firstUnder agree with a filter over every item", () => {
    const name = fc.constantFrom("torch", "torch.nn", "torchvision", "tensorflow");
    // prefixes that trip a plain startsWith: `a` vs `ab/`, `a.py`, `a/` itself
    const path = fc.constantFrom("a.py", "a/x.py", "a/b/y.py", "ab/z.py", "b/a/x.py", "x.py", "a-b/x.py");
    const folder = fc.constantFrom("", "a", "a/b", "ab", "b", "c");
    fc.assert(
      fc.property(fc.array(fc.tuple(name, path), { maxLength: 30 }), name, folder, (pairs, ref, dir) => {
        const items: { n: string; p: string; i: number }[] = pairs.map(([n, p], i) => ({ n, p, i })).sort((x, y) => (x.p < y.p ? -1 : x.p > y.p ? 1 : x.i - y.i));
        const index = new DottedIndex<{ n: string; p: string; i: number }>((x) => x.n, items);
        const inside = (p: string) => dir === "" || p.startsWith(`${dir}/`);
        const want = items.filter((x) => underRef(x.n, ref) && inside(x.p));
        const got: typeof items = [];
        index.forEachUnderIn(ref, dir, (x) => x.p, (x) => got.push(x));
        expect(got.sort((x, y) => x.i - y.i)).toEqual([...want].sort((x, y) => x.i - y.i));
        expect(index.hasUnderIn(ref, dir, (x) => x.p)).toBe(want.length > 0);
        expect(index.firstUnder(ref)).toEqual(items.find((x) => underRef(x.n, ref)));
      }),
      { numRuns: 400 },
    );
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

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import type { FileKind } from "../../../src/core/types.js";
import { repoContext } from "./helpers.js";

const KINDS: FileKind[] = ["requirements", "pyproject", "setup-py", "setup-cfg", "pipfile", "pipfile-lock", "pixi", "cog", "conda", "dockerfile", "package-json", "poetry-lock", "uv-lock"];

describe("readManifest", () => {
  it("returns nothing for kinds that are not manifests", () => {
    for (const kind of ["python", "notebook", "artifact"] as const) {
      expect(readManifest(kind, "import torch\n", repoContext("x"))).toEqual({ declared: [], locked: [], usages: [], problems: [] });
    }
  });

  it("no reader throws on arbitrary text (the catch-all is never reached) and every record is well-formed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.string({ unit: "binary", maxLength: 400 }), (kind, text) => {
        const r = readManifest(kind, text, repoContext("dir/file", { "dir/other.txt": text }));
        for (const p of r.problems) {
          expect(p.message).not.toMatch(/^could not read/);
          expect(p.path.length).toBeGreaterThan(0);
          if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
        }
        for (const d of r.declared) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.name.length).toBeGreaterThan(0);
          expect(typeof d.specifier).toBe("string");
        }
        for (const u of r.usages) expect(u.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 1500 },
    );
  });

  it("survives binary-looking and huge single-line input", () => {
    const junk = "\u0000\uFFFD[[{{((" + "a".repeat(200_000);
    for (const kind of KINDS) {
      const r = readManifest(kind, junk, repoContext("f"));
      expect(r.problems.every((p) => !p.message.startsWith("could not read"))).toBe(true);
    }
  });
});

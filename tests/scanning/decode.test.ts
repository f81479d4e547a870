import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/scanning/decode.js";

describe("decodeSource", () => {
  it("drops a UTF-8 BOM", () => {
    const r = decodeSource(Buffer.from("\ufeffimport torch\n", "utf8"));
    expect(r).toEqual({ ok: true, text: "import torch\n" });
  });
  it("honours a PEP 263 coding line for non-UTF-8 bytes", () => {
    const bytes = Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\ns = '"), Buffer.from([0xe9]), Buffer.from("'\nimport torch\n")]);
    const r = decodeSource(bytes);
    expect(r.ok && r.text).toContain("s = 'é'");
    expect(r.ok && r.text).toContain("import torch");
  });
  it("falls back to Latin-1 for invalid UTF-8 without a declaration", () => {
    const r = decodeSource(Buffer.from([0x69, 0x6d, 0x70, 0xff, 0x0a]));
    expect(r.ok).toBe(true);
  });
  it("refuses binary content", () => {
    const r = decodeSource(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    expect(r).toEqual({ ok: false, reason: expect.stringContaining("binary") });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { scanRepository } from "../../src/core/engine.js";
import { decodeSource } from "../../src/scanning/decode.js";

/** UTF-16 with a byte order mark, as Windows PowerShell's `>` writes it (little-endian, CRLF). */
function utf16(text: string, endian: "le" | "be" = "le"): Buffer {
  const le = Buffer.from("\ufeff" + text, "utf16le");
  return endian === "le" ? le : Buffer.from(le).swap16();
}

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
  it("reads UTF-16 with a byte order mark only when asked (requirements and conda files)", () => {
    const text = "torch==2.3.1\r\nnumpy\r\n";
    expect(decodeSource(utf16(text), { utf16Bom: true })).toEqual({ ok: true, text });
    expect(decodeSource(utf16(text, "be"), { utf16Bom: true })).toEqual({ ok: true, text });
    // Python does not read UTF-16 source: a .py in UTF-16 stays refused
    expect(decodeSource(utf16("import torch\n"))).toEqual({ ok: false, reason: expect.stringContaining("binary") });
    // a lone surrogate is not UTF-16 text
    expect(decodeSource(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), { utf16Bom: true })).toEqual({ ok: false, reason: expect.stringContaining("UTF-16") });
  });
});

describe("UTF-16 manifests in a repository", () => {
  it("declares what a PowerShell-written requirements file, its include and a conda environment list", async () => {
    const root = mkdtempSync(join(tmpdir(), "mfa-utf16-"));
    try {
      writeFileSync(join(root, "requirements.txt"), utf16("-r base.txt\r\ntensorflow==2.15.0\r\n"));
      writeFileSync(join(root, "base.txt"), utf16("numpy==1.26.4\r\n", "be"));
      writeFileSync(join(root, "environment.yml"), utf16("name: tf\r\ndependencies:\r\n  - python=3.10\r\n  - pip:\r\n    - keras==2.15.0\r\n"));
      writeFileSync(join(root, "train.py"), "import tensorflow as tf\nimport keras\n");
      const facts = await scanRepository(root, DEFAULT_CONFIG, { jobs: 1 });
      const declared = (path: string) => facts.files.find((f) => f.path === path)?.declared.map((d) => `${d.name}${d.specifier}`);
      expect(declared("requirements.txt")).toEqual(expect.arrayContaining(["tensorflow==2.15.0", "numpy==1.26.4"]));
      expect(declared("environment.yml")).toEqual(expect.arrayContaining(["keras==2.15.0"]));
      expect(facts.files.flatMap((f) => f.problems)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});


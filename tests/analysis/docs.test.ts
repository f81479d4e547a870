import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../../src/analysis/findings/docs.js";
import { FINDING_KINDS, docFileName } from "../../src/analysis/findings/registry.js";
import { RULES } from "../../src/analysis/findings/index.js";

const root = join(import.meta.dirname, "..", "..");

describe("finding registry and docs", () => {
  it("codes and ids are unique, well-formed, and each has a rule", () => {
    expect(new Set(FINDING_KINDS.map((k) => k.code)).size).toBe(FINDING_KINDS.length);
    expect(new Set(FINDING_KINDS.map((k) => k.id)).size).toBe(FINDING_KINDS.length);
    for (const k of FINDING_KINDS) {
      expect(k.code).toMatch(/^MFA\d{3}$/);
      expect(k.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(RULES[k.code]).toBeTypeOf("function");
    }
    expect(Object.keys(RULES).sort()).toEqual(FINDING_KINDS.map((k) => k.code).sort());
  });
  it("docs/findings is up to date (run `npx tsx scripts/gen-docs.ts` when this fails)", () => {
    const docs = generatedDocs();
    for (const [rel, text] of docs) {
      const abs = join(root, rel);
      expect(existsSync(abs), `${rel} is missing`).toBe(true);
      expect(readFileSync(abs, "utf8"), `${rel} is stale`).toBe(text);
    }
    const pages = readdirSync(join(root, "docs/findings")).filter((f) => /^MFA\d{3}-/.test(f));
    expect(pages.sort()).toEqual(FINDING_KINDS.map(docFileName).sort());
  });
});

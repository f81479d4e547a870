/**
 * Speed and grammar checks for the requirements reader: long and hostile lines stay linear, and the fast
 * marker check never accepts a marker the full PEP 508 grammar (pip-requirements-js) rejects.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePipRequirementsLine } from "pip-requirements-js";
import { isWellFormedMarker, parsePep508 } from "../../../src/scanning/manifests/common.js";
import { read } from "./helpers.js";

function readLine(text: string) {
  return read("requirements", "requirements.txt", text);
}

/** Hostile single lines, each built at a given length. Several made older regexes backtrack quadratically. */
const HOSTILE_LINES: Record<string, (n: number) => string> = {
  "long name then garbage": (n) => `${"a".repeat(n)} !`,
  "dotted name then garbage": (n) => `${"a.".repeat(n / 2)}!`,
  "long name before an unclosed ${": (n) => `${"a".repeat(n)}==\${`,
  "many ${x} then an unmatchable marker": (n) => `a==${"${x}".repeat(n / 4)};\u2028`,
  "blanks around @": (n) => `a${" ".repeat(n / 2)}@${" ".repeat(n / 2)}x y`,
  "blanks before ===": (n) => `a${" ".repeat(n)}x===`,
  "long specifier list then garbage": (n) => `a${"==1,".repeat(n / 4)} x`,
  "unclosed quotes in an option": (n) => `-r "${" '".repeat(n / 2)}`,
  "deeply nested marker": (n) => `a ; ${"(".repeat(n / 2)}python_version > '3'${")".repeat(n / 2)}`,
};

describe("requirements reader speed", () => {
  for (const [name, make] of Object.entries(HOSTILE_LINES)) {
    // A catastrophic (quadratic) regex on such a line took many seconds at this size; the test's timeout
    // is the guard. Speed itself is measured by the benchmark, never asserted here.
    it(`reads a ${name} line of 80,000 characters without hanging`, () => {
      const r = readLine(make(80_000));
      // Whatever the line is, it ends as a declaration or a problem: never silently nothing.
      expect(r.declared.length + r.problems.length).toBeGreaterThan(0);
    }, 20_000);
  }

  it("reads 10,000 requirements that all carry markers", () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(`pkg-${i}[extra]>=1.${i},<2 ; python_version >= "3.${i % 13}" and (sys_platform == "linux" or platform_machine != 'arm64')`);
    const r = read("requirements", "requirements.txt", lines.join("\n"));
    expect(r.problems).toEqual([]);
    expect(r.declared).toHaveLength(10_000);
    expect(r.declared[9_999]).toMatchObject({ name: "pkg-9999", specifier: ">=1.9999,<2", extras: ["extra"], marker: `python_version >= "3.2" and (sys_platform == "linux" or platform_machine != 'arm64')` });
  });
});

describe("the fast marker check", () => {
  it("accepts real markers and rejects broken ones", () => {
    for (const ok of [`python_version >= "3.9"`, `sys_platform == 'linux' and platform_machine == 'x86_64'`, `(os_name == "nt" or os_name == "posix") and extra == "gpu"`, `"linux" in sys_platform`, `platform_system not in "Windows Darwin"`, `python_version<'3.12'`]) {
      expect(isWellFormedMarker(ok), ok).toBe(true);
    }
    for (const bad of ["", "python_version", `python_version >= `, `python_version >= "3" and`, `(python_version > "3"`, `python_version > "3")`, `foo == "1"`, `python_version not "3"`, `python_version >= "3" "4"`, `'unterminated == python_version`]) {
      expect(isWellFormedMarker(bad), bad).toBe(false);
    }
  });

  it("never accepts a marker the full grammar rejects (differential, on random token sequences)", () => {
    const token = fc.constantFrom("python_version", "sys_platform", "extra", "os_name", "foo", "'3.9'", '"linux"', "'a\"b'", "==", ">=", "<", "~=", "===", "in", "not", "and", "or", "(", ")", " ", ";", "!", "=");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const marker = tokens.join(" ");
        if (!isWellFormedMarker(marker)) return;
        expect(() => parsePipRequirementsLine(`x; ${marker}`, { includeLocations: true }), marker).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives the same requirement as the full grammar for name[extras] specs ; marker", () => {
    const r = parsePep508(`Torch_Vision[cuda, extra2] >= 0.16 , <1 ; python_version >= "3.9" and extra == 'x'`);
    expect(r).toEqual({ name: "Torch_Vision", specifier: ">= 0.16 , <1", extras: ["cuda", "extra2"], marker: `python_version >= "3.9" and extra == 'x'` });
    // A marker the fast check cannot read still goes to the full grammar, which reports it.
    expect(parsePep508(`torch>=2 ; python_version >>> "3"`)).toHaveProperty("error");
  });
});

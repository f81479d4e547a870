import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { digestedFiles, forgetOnCodeChange } from "../../src/scanning/collect.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mfa-collect-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("forgetOnCodeChange", () => {
  it("drops facts and analysis written by other code, once, and keeps them while the code is the same", () => {
    writeFileSync(join(dir, "facts-v1.json"), "{}");
    writeFileSync(join(dir, "analysis-v1.json"), "{}");
    writeFileSync(join(dir, "code-v1.txt"), "written-by-an-older-build");
    writeFileSync(join(dir, "unrelated.txt"), "kept");
    forgetOnCodeChange(dir);
    expect(existsSync(join(dir, "facts-v1.json"))).toBe(false);
    expect(existsSync(join(dir, "analysis-v1.json"))).toBe(false);
    expect(readFileSync(join(dir, "unrelated.txt"), "utf8")).toBe("kept");
    const marker = readFileSync(join(dir, "code-v1.txt"), "utf8");
    expect(marker).toMatch(/^[0-9a-f]{40}$/);
    // Same code: what the next run writes stays.
    writeFileSync(join(dir, "facts-v1.json"), "{}");
    forgetOnCodeChange(dir);
    expect(existsSync(join(dir, "facts-v1.json"))).toBe(true);
  });

  it("creates the folder when it does not exist, and never throws on an unusable one", () => {
    const fresh = join(dir, "a", "b");
    forgetOnCodeChange(fresh);
    expect(existsSync(join(fresh, "code-v1.txt"))).toBe(true);
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "x");
    expect(() => forgetOnCodeChange(file)).not.toThrow();
  });
});

describe("digestedFiles", () => {
  const dist = ["cli.js", "12.cli.js", "402.cli.js", "index.js", "239.index.js", "402.index.js", "worker.js", "package.json", "cli.licenses.txt"];
  it("in dist/, covers the running bundle's chunks and the worker, not the other bundle's", () => {
    expect(digestedFiles("/x/dist/12.cli.js", dist)).toEqual(["12.cli.js", "402.cli.js", "cli.js", "worker.js"]);
    expect(digestedFiles("/x/dist/cli.js", dist)).toEqual(["12.cli.js", "402.cli.js", "cli.js", "worker.js"]);
    expect(digestedFiles("/x/dist/index.js", dist)).toEqual(["239.index.js", "402.index.js", "index.js", "worker.js"]);
  });
  it("run from sources, covers every code file beside the module", () => {
    expect(digestedFiles("/x/src/scanning/collect.ts", ["collect.ts", "cache.ts", "README.md", "worker.ts"])).toEqual(["cache.ts", "collect.ts", "worker.ts"]);
  });
});

/**
 * action.yml and the example workflows (docs/workflows/*.yml and the YAML blocks in README.md) are
 * validated with @action-validator/core. Its bundled schema (0.6.0) predates `node24`, so action.yml is
 * checked as is (the only error allowed is that enum) and again with `node20` substituted (no error at all).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUT_DEFAULTS } from "../../src/github/inputs.js";

const require = createRequire(import.meta.url);
const { validateAction, validateWorkflow } = require("@action-validator/core") as typeof import("@action-validator/core");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const actionText = readFileSync(join(ROOT, "action.yml"), "utf8");
const action = parse(actionText) as { runs: { using: string; main: string }; inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { description: string }> };

describe("action.yml", () => {
  it("is a valid action (node24 aside, which the validator's schema does not know yet)", () => {
    const errors = validateAction(actionText).errors;
    const paths = JSON.stringify(errors);
    expect(paths).toContain("/runs/using");
    expect(validateAction(actionText.replace("using: node24", "using: node20")).errors).toEqual([]);
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares every contract input with a description and the defaults the code uses", () => {
    for (const name of ["github-token", "path", "config", "comment", "fail-on", "fail-scope", "sarif", "report-file", "cache", "cache-dir"]) {
      expect(action.inputs[name]?.description.length).toBeGreaterThan(20);
    }
    expect(action.inputs["github-token"]!.default).toBe("${{ github.token }}");
    for (const [name, value] of Object.entries(INPUT_DEFAULTS)) expect(action.inputs[name]?.default, name).toBe(value);
  });

  it("declares every contract output", () => {
    for (const name of ["frameworks", "primary-framework", "fit-pytorch", "fit-tensorflow", "verdict", "mismatch", "findings", "report", "comment-url", "cache-hit"]) {
      expect(action.outputs[name]?.description.length, name).toBeGreaterThan(5);
    }
  });
});

describe("example workflows", () => {
  const dir = join(ROOT, "docs", "workflows");
  const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));
  it("exist", () => expect(files.length).toBeGreaterThanOrEqual(4));
  for (const f of files) {
    it(`${f} is a valid workflow that grants explicit permissions`, () => {
      const text = readFileSync(join(dir, f), "utf8");
      expect(validateWorkflow(text).errors).toEqual([]);
      expect((parse(text) as { permissions?: unknown }).permissions).toBeDefined();
    });
  }

  it("the YAML workflow blocks in README.md are valid", () => {
    const md = readFileSync(join(ROOT, "README.md"), "utf8");
    const blocks = [...md.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => /^on:/m.test(b));
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) expect(validateWorkflow(b).errors, b.split("\n")[0]).toEqual([]);
  });
});

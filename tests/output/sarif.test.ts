import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { FINGERPRINT_KEY, renderSarif } from "../../src/output/sarif.js";
import { HOSTILE, huge, hostile, noMl, pytorchFit, tfMismatch } from "./fixtures.js";

/**
 * The SARIF 2.1.0 schema shipped by @microsoft/jest-sarif is draft-04 (`"$schema": ".../draft-04/schema#"`,
 * root `id`). Ajv 8 has no draft-04 class, but this schema uses no draft-04-only keyword (no boolean
 * exclusiveMinimum/Maximum), so the default (draft-07) class validates it identically once the root
 * `id` is spelled `$id` and the draft-04 `$schema` is dropped. One of its patterns is not valid in
 * Unicode mode (`...]?$`), hence `unicodeRegExp: false`.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const path = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  const schema = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  expect(schema.$schema).toBe("http://json-schema.org/draft-04/schema#");
  const { $schema: _drop, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: id } as Record<string, unknown>);
}

const validate = sarifValidator();

function valid(log: unknown): void {
  const ok = validate(JSON.parse(JSON.stringify(log)));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe("renderSarif", () => {
  it("is valid SARIF 2.1.0 for every fixture", () => {
    for (const r of [pytorchFit(), tfMismatch(), noMl(), hostile(), huge(300)]) valid(renderSarif(r, { informationUri: "https://example.org/mfa" }));
  });

  it("the validator rejects a broken log (it is not vacuous)", () => {
    const log = renderSarif(pytorchFit()) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = "fatal";
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(false);
  });

  it("declares one rule per finding code with name, description, help link and default level", () => {
    const log = renderSarif(pytorchFit());
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe("ml-framework-audit");
    expect(driver.version).toBe("0.1.0");
    expect(driver.rules!.map((r) => r.id)).toEqual(["MFA101", "MFA102", "MFA301"]);
    const r101 = driver.rules![0]!;
    expect(r101.name).toBe("missing-dependency");
    expect(r101.shortDescription?.text).toBe("Missing dependency");
    expect(r101.helpUri).toBe("https://example.org/ml-framework-audit/rules/MFA101");
    expect(r101.defaultConfiguration?.level).toBe("error");
    expect(driver.rules![2]!.defaultConfiguration?.level).toBe("note");
    const big = renderSarif(huge(300)).runs[0]!.tool.driver.rules!;
    expect(big).toHaveLength(7);
  });

  it("maps each finding to a result with level, message, relative location and fingerprint", () => {
    const log = renderSarif(pytorchFit());
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(3);
    const missing = results.find((r) => r.ruleId === "MFA101")!;
    expect(missing.level).toBe("error");
    expect(missing.ruleIndex).toBe(0);
    expect(missing.message.text).toBe("transformers is imported but not declared in any manifest.");
    expect(missing.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: "src/model/backbone.py", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } });
    expect(missing.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).toBe("src/model/heads.py");
    expect(missing.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: "MFA101:transformers" });
    const info = results.find((r) => r.ruleId === "MFA301")!;
    expect(info.level).toBe("note");
    // Notebook: the notebook file at line 1, the cell named in the location's message.
    expect(info.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
    expect(info.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("notebooks/explore.ipynb");
    expect(info.locations![0]!.message!.text).toBe("Notebook notebooks/explore.ipynb:cell 7:line 4");
  });

  it("attaches a finding without location to the framework's manifest", () => {
    const results = renderSarif(tfMismatch()).runs[0]!.results!;
    const mismatch = results.find((r) => r.ruleId === "MFA402")!;
    expect(mismatch.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("requirements.txt");
    expect(mismatch.message.text).toContain("no location of its own");
    expect(results.find((r) => r.ruleId === "MFA302")!.partialFingerprints![FINGERPRINT_KEY]).toBe("MFA302:tensorflow-gpu");
  });

  it("encodes hostile paths as URI references and drops a non-http help link", () => {
    const log = renderSarif(hostile());
    const res = log.runs[0]!.results![0]!;
    const uri = res.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    expect(decodeURIComponent(uri)).toBe(`src/${HOSTILE}.py`.replace("http://x", "http:/x"));
    expect(uri).not.toMatch(/[\s<>`|]/);
    expect(log.runs[0]!.tool.driver.rules![0]!.helpUri).toBeUndefined();
    expect(res.message.text).not.toContain("\n");
  });

  it("emits an empty, valid run when there are no findings", () => {
    const log = renderSarif(noMl());
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });
});

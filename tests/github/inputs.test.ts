import { describe, expect, it } from "vitest";
import { InputError, parseInputs, INPUT_DEFAULTS, splitList } from "../../src/github/inputs.js";

const from = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("parseInputs", () => {
  it("applies the defaults when the inputs are empty (local runs)", () => {
    const i = parseInputs(from({ "github-token": "t" }));
    expect(i).toMatchObject({ token: "t", path: ".", config: INPUT_DEFAULTS.config, configExplicit: false, comment: "always", failOn: "policy-violation", failScope: "introduced", sarif: "", reportFile: "", commentAuthor: "", cacheDir: "", cache: false });
    expect(i.failOnSpec.ids.has("policy-violation")).toBe(true);
  });

  it("parses fail-on lists through the shared gate, case-insensitively", () => {
    const i = parseInputs(from({ "fail-on": "MFA101, Warning,\nmismatch", comment: "On-Change", "fail-scope": "REPOSITORY" }));
    expect(i.failOnSpec.codes.has("MFA101")).toBe(true);
    expect(i.failOnSpec.minSeverity).toBe("warning");
    expect(i.failOnSpec.mismatch).toBe(true);
    expect(i.comment).toBe("on-change");
    expect(i.failScope).toBe("repository");
  });

  it("reads cache as a YAML boolean", () => {
    expect(parseInputs(from({ cache: "true" })).cache).toBe(true);
    expect(parseInputs(from({ cache: "TRUE" })).cache).toBe(true);
    expect(parseInputs(from({ cache: "False" })).cache).toBe(false);
    expect(parseInputs(from({ cache: "true", "cache-dir": ".mfa-cache" }))).toMatchObject({ cache: true, cacheDir: ".mfa-cache" });
  });

  it("marks a non-default config as explicit", () => {
    expect(parseInputs(from({ config: "ci/audit.yml" })).configExplicit).toBe(true);
  });

  it("rejects bad values with one line naming the input", () => {
    const err = (v: Record<string, string>) => {
      try {
        parseInputs(from(v));
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as Error).message;
      }
      throw new Error("no error");
    };
    expect(err({ comment: "sometimes" })).toBe("Input 'comment': must be one of always, on-change, on-failure, never (got 'sometimes')");
    expect(err({ "fail-scope": "pr" })).toMatch(/^Input 'fail-scope': must be one of introduced, repository/);
    expect(err({ "fail-on": "policy-violation, no-such-thing" })).toMatch(/^Input 'fail-on': unknown item 'no-such-thing'/);
    expect(err({ "fail-on": "never, error" })).toMatch(/^Input 'fail-on': 'never' cannot be combined/);
    expect(err({ "comment-author": "not a login" })).toMatch(/^Input 'comment-author'/);
    expect(err({ cache: "yes" })).toBe("Input 'cache': must be true or false (got 'yes')");
    for (const m of [err({ comment: "x" })]) expect(m).not.toContain("\n");
  });

  it("never echoes the token in an error", () => {
    expect(() => parseInputs(from({ "github-token": "ghp_secret", comment: "x" }))).toThrow(/^(?!.*ghp_secret)/);
  });
});

describe("splitList", () => {
  it("splits on commas and newlines and drops blanks", () => {
    expect(splitList(" a, b ,\n c,, ")).toEqual(["a", "b", "c"]);
  });
});

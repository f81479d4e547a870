import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig } from "../../src/config/load.js";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { matchGlob } from "../../src/config/glob.js";

function err(text: string): ConfigError {
  try {
    parseConfig(text, ".github/ml-framework-audit.yml");
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("reads every key into the camelCase Config with defaults", () => {
    const c = parseConfig(
      [
        "priorities:",
        "  research-speed: 5",
        "  production-readiness: 3",
        "targets: [mobile-edge]",
        "margin: 15",
        "policy:",
        "  allowed-frameworks: [pytorch]",
        "  forbidden-features: [tf.v1]",
        "  forbidden-packages: [TensorFlow_GPU]",
        'include: ["src/**"]',
        'exclude: ["third_party/**"]',
        "ignore:",
        "  - id: unused-dependency",
        '    paths: ["docs/**"]',
        "overrides:",
        '  - paths: ["legacy/**"]',
        "    policy:",
        "      allowed-frameworks: [pytorch, tensorflow]",
        "max-file-size: 1000000",
      ].join("\n"),
      "cfg.yml",
    );
    expect(c).toEqual({
      priorities: { "research-speed": 5, "production-readiness": 3 },
      targets: ["mobile-edge"],
      margin: 15,
      policy: { allowedFrameworks: ["pytorch"], forbiddenFeatures: ["tf.v1"], forbiddenPackages: ["tensorflow-gpu"] },
      include: ["src/**"],
      exclude: ["third_party/**"],
      ignore: [{ id: "unused-dependency", paths: ["docs/**"] }],
      overrides: [{ paths: ["legacy/**"], policy: { allowedFrameworks: ["pytorch", "tensorflow"] } }],
      maxFileSize: 1000000,
    });
  });
  it("empty file and comments-only file give the defaults", () => {
    expect(parseConfig("", "c.yml")).toEqual(DEFAULT_CONFIG);
    expect(parseConfig("# nothing yet\n", "c.yml")).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.margin).toBe(10);
    expect(DEFAULT_CONFIG.maxFileSize).toBe(5 * 1024 * 1024);
  });
  it("unknown top-level key: names it, suggests the right one, gives the line", () => {
    const e = err("margin: 5\ntarget: [tpu]\n");
    expect(e.message).toBe(
      '.github/ml-framework-audit.yml:2: target: unknown key "target" (did you mean "targets"?); allowed: priorities, targets, margin, policy, include, exclude, ignore, overrides, max-file-size',
    );
    expect(e.message.split("\n")).toHaveLength(1);
  });
  it("bad priority value names the key path and the bound", () => {
    const e = err("priorities:\n  research-speed: 9\n");
    expect(e.message).toBe(".github/ml-framework-audit.yml:2: priorities.research-speed: expected at most 5");
    expect(e.keyPath).toBe("priorities.research-speed");
  });
  it("unknown criterion under priorities", () => {
    expect(err("priorities:\n  speed: 3\n").message).toMatch(/:2: priorities\.speed: unknown key "speed".*allowed: research-speed, production-readiness/);
  });
  it("wrong type and wrong enum value", () => {
    expect(err("margin: ten\n").message).toBe(".github/ml-framework-audit.yml:1: margin: expected a number");
    expect(err("targets: [mobile]\n").message).toMatch(/^\.github\/ml-framework-audit\.yml:1: targets\[0\]: expected one of research, production-serving, mobile-edge/);
    expect(err("policy:\n  allowed-frameworks: pytorch\n").message).toMatch(/:2: policy\.allowed-frameworks: expected a list/);
  });
  it("unknown feature IDs list near matches", () => {
    const e = err("policy:\n  forbidden-features: [torch.compile, tf.V1, torch.compiled]\n");
    expect(e.message).toMatch(/policy\.forbidden-features\[1\]: unknown feature ID "tf.V1"; did you mean "tf.v1"/);
  });
  it("ignore entries need an id or a code, in the right shape", () => {
    expect(err("ignore:\n  - paths: [docs/**]\n").message).toMatch(/ignore\[0\]: an `id` or a `code`/);
    expect(err("ignore:\n  - code: 102\n").message).toMatch(/ignore\[0\]\.code: expected a string/);
    expect(err("ignore:\n  - code: X102\n").message).toMatch(/ignore\[0\]\.code: .*MFA102/);
  });
  it("YAML syntax errors carry the line", () => {
    const e = err("margin: 5\npolicy:\n  allowed-frameworks: [pytorch\n");
    expect(e.message).toMatch(/^\.github\/ml-framework-audit\.yml:\d+: invalid YAML: /);
    expect(err("margin: 5\nmargin: 6\n").message).toBe(".github/ml-framework-audit.yml:2: invalid YAML: Map keys must be unique");
  });
  it("a top-level list is rejected", () => {
    expect(err("- margin: 5\n").message).toMatch(/expected a mapping/);
  });
});

describe("loadConfig", () => {
  const dir = mkdtempSync(join(tmpdir(), "mfa-config-"));
  it("missing default file -> defaults; missing explicit file -> ConfigError naming it", () => {
    expect(loadConfig(undefined, dir)).toEqual(DEFAULT_CONFIG);
    expect(() => loadConfig("custom.yml", dir, { explicit: true })).toThrow(/custom\.yml: config file not found/);
    expect(loadConfig("custom.yml", dir)).toEqual(DEFAULT_CONFIG);
  });
  it("reads .github/ml-framework-audit.yml and records its path", () => {
    mkdirSync(join(dir, ".github"), { recursive: true });
    writeFileSync(join(dir, ".github/ml-framework-audit.yml"), "margin: 20\n");
    const c = loadConfig(undefined, dir);
    expect(c.margin).toBe(20);
    expect(c.source).toBe(".github/ml-framework-audit.yml");
  });
  it("errors name the file relative to the root", () => {
    writeFileSync(join(dir, "bad.yml"), "margin: -1\n");
    expect(() => loadConfig("bad.yml", dir, { explicit: true })).toThrow("bad.yml:1: margin: expected at least 0");
  });
});

describe("glob", () => {
  it.each([
    ["docs/a.md", "docs/**", true],
    ["docs/x/y.md", "docs/**", true],
    ["src/docs/a.md", "docs/**", false],
    ["src/a.ipynb", "*.ipynb", true],
    ["a.py", "**/*.py", true],
    ["x/y/a.py", "**/*.py", true],
    ["x/y/a.py", "x/*.py", false],
    ["legacy/m.py", "legacy", true],
    ["legacy/m.py", "legacy/", true],
    ["tests/t_1.py", "tests/t_?.py", true],
    ["a/b.yml", "a/*.{yml,yaml}", true],
    ["a/b.yaml", "a/*.{yml,yaml}", true],
    ["a/b.json", "a/*.{yml,yaml}", false],
    ["requirements-dev.txt", "requirements-[a-z]*.txt", true],
  ])("%s ~ %s -> %s", (path, glob, expected) => {
    expect(matchGlob(path, glob)).toBe(expected);
  });
});

/**
 * The config file (`.github/ml-framework-audit.yml`) comes from the pull request's tree like everything else:
 * a hostile one must give a one-line configuration error (exit 2), never an internal error, a hang, or a
 * read of a file outside the repository.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load.js";

let dir: string;
let root: string;
const CONFIG = ".github/ml-framework-audit.yml";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mfa-sec-config-"));
  root = join(dir, "repo");
  mkdirSync(join(root, ".github"), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function aliasBomb(key: string): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(",")}]`);
  lines.push(`${key}: *a9`);
  return lines.join("\n") + "\n";
}

describe("a hostile config file", () => {
  it("a YAML alias bomb is a ConfigError naming the file, not an internal error", () => {
    writeFileSync(join(root, CONFIG), aliasBomb("targets"));
    let thrown: unknown;
    try {
      loadConfig(undefined, root);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toContain(CONFIG);
  });

  it("a config symlinked to a file outside the repository is not read (its keys never reach the error message)", () => {
    const outside = join(dir, "outside.yml");
    writeFileSync(outside, "OUTSIDE_SECRET_KEY_7f3a: 1\n");
    symlinkSync(outside, join(root, CONFIG));
    let message = "";
    try {
      loadConfig(undefined, root);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toContain("OUTSIDE_SECRET_KEY_7f3a");
  });

  it("a config that is a FIFO fails at once instead of blocking on the read", () => {
    execFileSync("mkfifo", [join(root, CONFIG)]);
    expect(() => loadConfig(undefined, root)).toThrow(ConfigError);
  });

  it("a config with markup in its values gives a one-line error", () => {
    writeFileSync(join(root, CONFIG), 'margin: "</details> @octocat\\n[x](https://evil.example)"\n');
    let message = "";
    try {
      loadConfig(undefined, root);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/margin/);
    expect(message.includes("\n")).toBe(false);
  });
});

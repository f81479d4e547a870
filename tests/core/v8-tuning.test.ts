/**
 * The V8 flags the CLI and the action set for themselves: only on the V8 they were measured on (Node 20's),
 * never over a user's own choice.
 */
import { describe, expect, it } from "vitest";
import { v8FlagsFor } from "../../src/core/v8-tuning.js";

describe("v8FlagsFor", () => {
  it("turns TurboFan inlining off on Node 20's V8 (11.3)", () => {
    expect(v8FlagsFor("11.3.244.8-node.33", [])).toEqual(["--no-turbo-inlining"]);
  });

  it("leaves Node 22's and Node 24's V8 alone (not faster there)", () => {
    expect(v8FlagsFor("12.4.254.21-node.33", [])).toEqual([]);
    expect(v8FlagsFor("13.6.233.17-node.37", [])).toEqual([]);
    expect(v8FlagsFor("", [])).toEqual([]);
  });

  it("keeps inlining as the user set it, on the command line or in NODE_OPTIONS", () => {
    expect(v8FlagsFor("11.3.244.8-node.33", ["--turbo-inlining"])).toEqual([]);
    expect(v8FlagsFor("11.3.244.8-node.33", ["--max-old-space-size=4096 --no-turbo-inlining"])).toEqual([]);
    expect(v8FlagsFor("11.3.244.8-node.33", ["--max-old-space-size=4096"])).toEqual(["--no-turbo-inlining"]);
  });
});

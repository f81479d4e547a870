/** isWithin: the one "inside the root?" test of discovery, the include reader, the config loader and the base's writer. */
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { isWithin } from "../../src/core/paths.js";

const root = join(sep, "repo");

describe("isWithin", () => {
  it("takes the root and what is below it, and a name that only begins with two dots", () => {
    expect(isWithin(root, root)).toBe(true);
    expect(isWithin(root, join(root, "pkg", "model.py"))).toBe(true);
    expect(isWithin(root, join(root, "..data.py"))).toBe(true);
    expect(isWithin(root, join(root, "pkg", "...", "x.py"))).toBe(true);
  });

  it("refuses the parent, a sibling and anything reached through ..", () => {
    expect(isWithin(root, sep)).toBe(false);
    expect(isWithin(root, join(sep, "repo2", "x.py"))).toBe(false);
    expect(isWithin(root, join(root, "..", "x.py"))).toBe(false);
    expect(isWithin(join(root, "pkg"), join(root, "x.py"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { detailParts } from "../../src/output/common.js";
import { renderMarkdown } from "../../src/output/markdown.js";
import { renderText } from "../../src/output/text.js";
import { pytorchFit } from "./fixtures.js";

// Lightning-AI/litgpt's Trainer calls: each detail is one call's keyword arguments.
const LIGHTNING = [
  'accelerator="cuda", max_epochs=1, precision="bf16-true"',
  'devices=1, accelerator="cuda", max_epochs=1, precision="bf16-true"',
  'devices=1, max_epochs=2, accumulate_grad_batches=8, precision="bf16-true"',
  'max_epochs=1, overfit_batches=2, precision="bf16-true"',
];

describe("feature details in the text and the comment", () => {
  it("lists each keyword argument once, in order, and counts what it leaves out", () => {
    expect(detailParts(LIGHTNING, 5)).toEqual({
      parts: ['accelerator="cuda"', "max_epochs=1", 'precision="bf16-true"', "devices=1", "max_epochs=2"],
      more: 2,
    });
    expect(detailParts(['mode="reduce-overhead"', 'mode="reduce-overhead", dynamic=True'], 5)).toEqual({ parts: ['mode="reduce-overhead"', "dynamic=True"], more: 0 });
    // a comma inside a value is not a new pair; a detail that is not keyword arguments stays whole
    expect(detailParts(['dtype="a, b", x=1', "mixed_float16"], 5).parts).toEqual(['dtype="a, b"', "x=1", "mixed_float16"]);
  });
  it("both renderers show the distinct parts", () => {
    const report = pytorchFit();
    const f = report.features[0]!;
    f.details = LIGHTNING;
    const md = renderMarkdown(report);
    expect(md).toContain('— `accelerator="cuda"`, `max_epochs=1`, `precision="bf16-true"`, `devices=1`, `max_epochs=2` and 2 more');
    const text = renderText(report, { color: false });
    expect(text).toContain('accelerator="cuda", max_epochs=1, precision="bf16-true", devices=1, max_epochs=2 (+2 more)');
  });
});

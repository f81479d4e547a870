import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import { computeDelta, deltaIsEmpty, fileShifts } from "../../src/analysis/delta.js";
import { config } from "./helpers.js";
import { facts, mixedRepo, nanoGpt, py, req } from "./fixtures.js";

const WITH_FILES = { usageFiles: true };

describe("computeDelta", () => {
  it("reports what the head adds and removes by framework, feature and fingerprint", () => {
    const base = analyze(nanoGpt(), config());
    const head = analyze(mixedRepo(), config());
    const d = computeDelta(base, head, "abc123");
    expect(d.base).toBe("abc123");
    expect(d.added.frameworks).toEqual(["tensorflow"]);
    expect(d.removed.frameworks).toEqual([]);
    expect(d.added.features).toEqual(["torch.onnx", "tf.saved_model", "onnx"]);
    expect(d.removed.features).toEqual(["torch.ddp", "torch.amp", "torch.sdpa"]);
    expect(d.added.findings.map((f) => f.fingerprint).sort()).toEqual(["MFA302:onnx-tf", "MFA401:pytorch+tensorflow"]);
    expect(d.removed.findings).toEqual([]);
  });
  it("moving a finding to another line is not a change", () => {
    const a = analyze(nanoGpt("==1.13.1"), config());
    const moved = nanoGpt("==1.13.1");
    moved.files[0]!.usages.find((u) => u.feature === "torch.compile")!.line = 999;
    const b = analyze(moved, config());
    const d = computeDelta(a, b, "base");
    expect(d.added.findings).toEqual([]);
    expect(d.removed.findings).toEqual([]);
  });
  it("fixing the pin removes the finding", () => {
    const d = computeDelta(analyze(nanoGpt("==1.13.1"), config()), analyze(nanoGpt(">=2.1"), config()), "base");
    expect(d.removed.findings.map((f) => f.fingerprint)).toEqual(["MFA201:torch.compile:requirements.txt", "MFA201:torch.sdpa:requirements.txt"]);
    expect(d.added.findings).toEqual([]);
  });

  it("names the files a framework spreads to, even when the framework and its features were there before", () => {
    const base = analyze(mixedRepo(), config(), WITH_FILES);
    const grown = mixedRepo();
    // The PR: TensorFlow imported in the training script too (twice: one file, its first import named), and
    // torch.compile used in a new file.
    grown.files[0]!.imports.push({ path: "research/train.py", line: 7, module: "tensorflow" }, { path: "research/train.py", line: 9, module: "tensorflow.data" });
    grown.files.push(py("research/finetune.py", [["torch", 1]], [["torch.compile", 12, { matched: "torch.compile" }]]));
    const d = computeDelta(base, analyze(grown, config(), WITH_FILES), "base");
    expect(d.added.frameworks).toEqual([]);
    expect(d.added.features).toEqual([]);
    expect(deltaIsEmpty(d)).toBe(false);
    expect(d.files!.frameworks).toEqual([
      { id: "pytorch", added: [{ path: "research/finetune.py", line: 1 }], removed: [] },
      { id: "tensorflow", added: [{ path: "research/train.py", line: 7 }], removed: [] },
    ]);
    expect(d.files!.features).toEqual([{ id: "torch.compile", added: [{ path: "research/finetune.py", line: 12 }], removed: [] }]);
    // And back: the same files, now removed, at the base's lines.
    const back = computeDelta(analyze(grown, config(), WITH_FILES), base, "head");
    expect(back.files!.features).toEqual([{ id: "torch.compile", added: [], removed: [{ path: "research/finetune.py", line: 12 }] }]);
  });
  it("an unchanged tree has an empty delta; without either side's usage files the delta has no files part", () => {
    const a = analyze(nanoGpt(), config(), WITH_FILES);
    const d = computeDelta(a, analyze(nanoGpt(), config(), WITH_FILES), "base");
    expect(d.files).toEqual({ frameworks: [], features: [] });
    expect(deltaIsEmpty(d)).toBe(true);
    // Only asked for: a report that is not one side of a delta does not carry them.
    const plain = analyze(nanoGpt(), config());
    expect(plain.usageFiles).toBeUndefined();
    expect(computeDelta(plain, a, "base").files).toBeUndefined();
  });
  it("a notebook's place keeps its cell; a file renamed is added at its new path and removed at the old", () => {
    const shifts = fileShifts(
      [{ id: "torch.compile", files: [{ path: "old/train.py", line: 4 }, { path: "nb.ipynb", line: 2, cell: 3 }] }],
      [{ id: "torch.compile", files: [{ path: "new/train.py", line: 4 }, { path: "nb.ipynb", line: 1, cell: 5 }] }],
    );
    expect(shifts).toEqual([{ id: "torch.compile", added: [{ path: "new/train.py", line: 4 }], removed: [{ path: "old/train.py", line: 4 }] }]);
  });
  it("usage files come from the analysis: one place per file, the first, declarations included", () => {
    const r = analyze(facts([py("a.py", [["torch", 3], ["torch.nn", 4]], [["torch.compile", 9], ["torch.compile", 20]]), py("b.py", [["os", 1]])]), config(), WITH_FILES);
    expect(r.usageFiles).toEqual({ frameworks: [{ id: "pytorch", files: [{ path: "a.py", line: 3 }] }], features: [{ id: "torch.compile", files: [{ path: "a.py", line: 9 }] }] });
    const declared = analyze(nanoGpt(), config(), WITH_FILES).usageFiles!;
    // transformers declared in requirements.txt counts as a use of hf.transformers (features.md)
    expect(declared.features.find((f) => f.id === "hf.transformers")?.files).toEqual([{ path: "requirements.txt", line: 3 }]);
    expect(declared.features.find((f) => f.id === "hf.transformers")?.declaredOnly).toEqual(["requirements.txt"]);
    expect(declared.features.find((f) => f.id === "torch.compile")?.declaredOnly).toBeUndefined();
    // as the requirements reader writes it: the manifest's own usage of the feature (not derived by the analysis)
    const manifestFile = { ...req("requirements.txt", [["transformers", "", 3]]), usages: [{ feature: "hf.transformers", path: "requirements.txt", line: 3, matched: "transformers" }] };
    const own = analyze(facts([py("model.py", [["transformers", 212]], [["hf.transformers", 212]]), manifestFile]), config(), WITH_FILES).usageFiles!;
    expect(own.features.find((f) => f.id === "hf.transformers")).toEqual({
      id: "hf.transformers",
      files: [{ path: "model.py", line: 212 }, { path: "requirements.txt", line: 3 }],
      declaredOnly: ["requirements.txt"],
    });
  });
  it("marks a shift whose every added file only declares the feature's distribution, not one with a use in code", () => {
    const base = [{ id: "hf.transformers", files: [{ path: "model.py", line: 212 }] }];
    const byManifest = fileShifts(base, [{ id: "hf.transformers", files: [{ path: "model.py", line: 212 }, { path: "requirements.txt", line: 3 }], declaredOnly: ["requirements.txt"] }]);
    expect(byManifest).toEqual([{ id: "hf.transformers", added: [{ path: "requirements.txt", line: 3 }], removed: [], addedByDeclarationOnly: true }]);
    const mixed = fileShifts(base, [
      { id: "hf.transformers", files: [{ path: "model.py", line: 212 }, { path: "requirements.txt", line: 3 }, { path: "serve.py", line: 4 }], declaredOnly: ["requirements.txt"] },
    ]);
    expect(mixed[0]!.addedByDeclarationOnly).toBeUndefined();
    // only removed files: nothing added to describe
    expect(fileShifts(base, [{ id: "hf.transformers", files: [], declaredOnly: [] }])[0]!.addedByDeclarationOnly).toBeUndefined();
  });
});

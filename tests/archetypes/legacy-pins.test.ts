/**
 * Pins from 2022 never revisited: torch==1.13.1 (pulled in by `-r requirements/base.txt`) while the code
 * uses torch.compile and F.scaled_dot_product_attention (both need torch 2.0), tensorflow-gpu==2.10.0
 * left over and never imported, pytorch_lightning with `Trainer(precision=16)`, a `-c` constraints file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types.js";
import {
  auditRoot,
  describeFindings,
  feature,
  findingsOf,
  fixtureRoot,
  framework,
  hasFindingAt,
  lineOf,
  places,
} from "./helpers.js";

const ROOT = fixtureRoot("legacy-pins");
const MODEL = "src/legacy_seg/model.py";
const TRAIN = "src/legacy_seg/train.py";
let report: Report;

beforeAll(async () => {
  report = await auditRoot(ROOT);
});

describe("legacy-pins: declarations", () => {
  it("follows `-r requirements/base.txt`: torch==1.13.1 is declared in the included file", () => {
    expect(framework(report, "pytorch").declared).toContainEqual(
      expect.objectContaining({ path: "requirements/base.txt", line: lineOf(ROOT, "requirements/base.txt", "torch==1.13.1"), name: "torch", specifier: "==1.13.1" }),
    );
  });

  it("tensorflow-gpu is declared but TensorFlow is never imported", () => {
    const tf = framework(report, "tensorflow");
    expect(tf.imported).toBe(false);
    expect(tf.importWitnesses).toEqual([]);
    expect(tf.declared).toEqual([
      expect.objectContaining({ path: "requirements.txt", line: lineOf(ROOT, "requirements.txt", "tensorflow-gpu==2.10.0"), name: "tensorflow-gpu", specifier: "==2.10.0" }),
    ]);
    expect(report.primaryFramework).toBe("pytorch");
  });

  it("features used by the code", () => {
    expect(places(feature(report, "torch.compile").witnesses)).toEqual([{ path: MODEL, line: lineOf(ROOT, MODEL, "model = torch.compile(model)") }]);
    expect(places(feature(report, "torch.sdpa").witnesses)).toEqual([{ path: MODEL, line: lineOf(ROOT, MODEL, "F.scaled_dot_product_attention(") }]);
    expect(places(feature(report, "lightning").witnesses)).toContainEqual({ path: TRAIN, line: lineOf(ROOT, TRAIN, "import pytorch_lightning as pl") });
  });
});

describe("legacy-pins: findings", () => {
  const pinLine = () => lineOf(ROOT, "requirements/base.txt", "torch==1.13.1");

  it("MFA201 for torch.compile: torch==1.13.1 allows no version >= 2.0", () => {
    const compileLine = lineOf(ROOT, MODEL, "model = torch.compile(model)");
    const hits = findingsOf(report, "MFA201").filter(
      (f) => f.locations.some((l) => l.path === MODEL && l.line === compileLine) || f.message.includes("torch.compile"),
    );
    expect(hits, describeFindings(report)).toHaveLength(1);
    expect(hits[0]!.severity).toBe("error");
    expect(hits[0]!.locations.some((l) => l.path === "requirements/base.txt" && l.line === pinLine())).toBe(true);
  });

  it("MFA201 for scaled_dot_product_attention, pointing at the pin as well", () => {
    const sdpaLine = lineOf(ROOT, MODEL, "F.scaled_dot_product_attention(");
    const hits = findingsOf(report, "MFA201").filter(
      (f) => f.locations.some((l) => l.path === MODEL && l.line === sdpaLine) || /torch\.sdpa|scaled_dot_product_attention/.test(f.message),
    );
    expect(hits, describeFindings(report)).toHaveLength(1);
    expect(hits[0]!.locations.some((l) => l.path === "requirements/base.txt" && l.line === pinLine())).toBe(true);
  });

  it("MFA302 for tensorflow-gpu and MFA102 because nothing imports it", () => {
    const line = lineOf(ROOT, "requirements.txt", "tensorflow-gpu==2.10.0");
    expect(hasFindingAt(report, "MFA302", "requirements.txt", line), describeFindings(report)).toBe(true);
    expect(hasFindingAt(report, "MFA102", "requirements.txt", line), describeFindings(report)).toBe(true);
  });

  it("MFA301 for Lightning's `precision=16` (now spelled \"16-mixed\")", () => {
    expect(hasFindingAt(report, "MFA301", TRAIN, lineOf(ROOT, TRAIN, "pl.Trainer(precision=16")), describeFindings(report)).toBe(true);
  });

  it("pytorch_lightning is flagged as superseded by `lightning` (MFA301 at the import or MFA302 at the pin)", () => {
    const importLine = lineOf(ROOT, TRAIN, "import pytorch_lightning as pl");
    const pin = lineOf(ROOT, "requirements.txt", "pytorch-lightning==1.9.5");
    expect(
      hasFindingAt(report, "MFA301", TRAIN, importLine) || hasFindingAt(report, "MFA302", "requirements.txt", pin),
      describeFindings(report),
    ).toBe(true);
  });

  it("no MFA101: torch, torchvision and pytorch_lightning are all declared; not hybrid (TF is never used)", () => {
    expect(findingsOf(report, "MFA101"), describeFindings(report)).toEqual([]);
    expect(findingsOf(report, "MFA401")).toEqual([]);
    expect(report.fit?.verdict).not.toBe("hybrid");
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import { lineOf, read, repoContext } from "./helpers.js";

const PKG = `{
  "name": "webcam-pose",
  "private": true,
  "scripts": { "dev": "vite", "@tensorflow/tfjs": "not a dependency" },
  "dependencies": {
    "@tensorflow-models/pose-detection": "^2.1.3",
    "@tensorflow/tfjs": "^4.17.0",
    "@tensorflow/tfjs-backend-webgl": "4.17.0",
    "onnxruntime-web": "1.17.1",
    "react": "^18.2.0"
  },
  "devDependencies": {
    "@tensorflow/tfjs-node": "^4.17.0",
    "vite": "^5.1.0"
  },
  "peerDependencies": { "onnxruntime-node": ">=1.16" }
}
`;

describe("package.json", () => {
  it("declares only the ML packages, with lines and groups", () => {
    const r = read("package-json", "web/package.json", PKG);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line, d.group ?? null, d.ecosystem])).toEqual([
      ["@tensorflow/tfjs", "^4.17.0", lineOf(PKG, '"@tensorflow/tfjs": "^4'), null, "npm"],
      ["@tensorflow/tfjs-backend-webgl", "4.17.0", lineOf(PKG, "tfjs-backend-webgl"), null, "npm"],
      ["onnxruntime-web", "1.17.1", lineOf(PKG, "onnxruntime-web"), null, "npm"],
      ["@tensorflow/tfjs-node", "^4.17.0", lineOf(PKG, "tfjs-node"), "dev", "npm"],
      ["onnxruntime-node", ">=1.16", lineOf(PKG, "onnxruntime-node"), "peer", "npm"],
    ]);
    expect(r.usages.map((u) => [u.feature, u.matched])).toEqual([
      ["tfjs", "@tensorflow/tfjs"],
      ["onnx", "onnxruntime-web"],
      ["tfjs", "@tensorflow/tfjs-node"],
      ["onnx", "onnxruntime-node"],
    ]);
  });

  it("reports invalid JSON and wrong section types without throwing", () => {
    const bad = read("package-json", "package.json", '{\n  "dependencies": {\n    "@tensorflow/tfjs": "^4"\n  \n');
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatchObject({ kind: "parse-error", path: "package.json" });
    const wrong = read("package-json", "package.json", '{"dependencies": ["@tensorflow/tfjs"], "devDependencies": {"onnxruntime-web": "1"}}');
    expect(wrong.declared.map((d) => d.name)).toEqual(["onnxruntime-web"]);
    expect(wrong.problems).toHaveLength(1);
    expect(read("package-json", "package.json", "[1,2]").problems).toHaveLength(1);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("{", "}", '"dependencies"', ":", '"@tensorflow/tfjs"', ",", '"1"', "[", "]", "\n", " ", "null") }), (text) => {
        const r = readManifest("package-json", text, repoContext("package.json"));
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

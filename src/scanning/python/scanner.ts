/**
 * The Python scanner: one streaming pass over the tokens of a file (or of a notebook's code cells, in order)
 * that tracks import aliases and records what match.ts turns into feature usages.
 *
 * What it understands, with no parser and no recursion:
 * - import statements anywhere (inside functions, `try`, `if TYPE_CHECKING:`, after `:` on one line),
 *   `import a.b as c`, `from a.b import (c as d,\n e)`; relative and star imports bind nothing;
 * - dotted references whose head is a name bound by an import, resolved to the full dotted name
 *   (`T.compile` -> `torch.compile`); attribute access on anything else (`self.compile`) is never a ref, and a
 *   name that no import bound is never a ref (aliases are file-global and in textual order: a shadowing
 *   assignment is not tracked, a use before the import is not resolved);
 * - whether a ref is called or used as a decorator, and its literal keyword arguments;
 * - keyword arguments and method calls on any object (for the catalog's `keywords` / `methodCalls` rows);
 * - executed string literals (a string statement on its own, e.g. a docstring, is not executed).
 *
 * Comments, docstrings, strings and f-strings are single tokens, so a feature named inside them is never seen.
 *
 * `imports` reports every import whose top-level module the audit knows (isKnownImport: the frameworks,
 * the ML packages of IMPORT_DISTRIBUTIONS, the catalog's modules, the modules other knowledge tables name);
 * `allImports: true` reports all of them (and turns the prefilter off). For `from a.b import c` the module reported is `a.b.c` (c may be a submodule or a
 * name: only the prefix matters to the analysis); `from a.b import *` reports `a.b`. A file that uses
 * `tf.keras` through `import tensorflow as tf` gets one extra import `tensorflow.keras` at its first such use,
 * so that the Keras framework is detected from code (features.md: "`tf.keras` used").
 *
 * Optional imports: an import in the body of a `try:` that has an `except` clause catching ImportError,
 * ModuleNotFoundError, Exception, BaseException (alone or in a tuple) or everything (bare `except:`), and whose
 * handler does not simply start with `raise`, gets `optional: true`; so does one in the body of
 * `with contextlib.suppress(ImportError):`. Blocks are found by indentation (the lexer's indentation stack, which
 * also sees the lines Lexer.skipLine consumes): nested `try` blocks work, `except`/`else`/`finally` bodies are
 * not optional, and the one-line forms `try: import x` / `with suppress(ImportError): import x` are understood.
 * So is an import directly under `if <availability check>:` (`is_torch_available()`, `find_spec(...)`,
 * `_DEEPSPEED_AVAILABLE`, `TYPE_CHECKING`; see availabilityGuarded), read from the source at the import.
 * The implied `tensorflow.keras` import is optional when the import that bound its alias is.
 */
import { topOf } from "../../core/names.js";
import type { DeclaredDependency, FeatureUsage, ImportFact, ScanProblem } from "../../core/types.js";
import {
  K_COMMENT,
  K_DEDENT,
  K_EOF,
  K_ERROR,
  K_FSTRING,
  K_INDENT,
  K_NAME,
  K_NEWLINE,
  K_NL,
  K_NUMBER,
  K_OP,
  K_STRING,
  Lexer,
  identKey,
} from "./tokenizer.js";
import {
  KEYWORD_NAMES,
  isKnownImport,
  METHOD_NAMES,
  StringHintFinder,
  hasTrigger,
  matchFeatures,
  type ImportSeen,
  type KwArg,
  type MethodCallFact,
  type RefFact,
  type StringFact,
} from "./match.js";

export interface PythonScanResult {
  imports: ImportFact[];
  usages: FeatureUsage[];
  declared: DeclaredDependency[];
  problems: ScanProblem[];
  /** Notebooks only: made for Google Colab (FileFacts.colab). */
  colab?: true;
}

export interface PythonScanOptions {
  /** Notebook cell index to put on every location. */
  cell?: number;
  /** Report imports of every module (not only the known ML ones) and skip the prefilter. */
  allImports?: boolean;
  /**
   * Internal, for tests and benchmarks: `false` turns the scanner's fast path off, so that every line goes
   * through the full token walk (no Lexer.skipLine, every string literal collected, alias lookups without the
   * bit-mask filters). The results must be identical either way (tests/scanning/python/differential.test.ts).
   * Default: the module default (see setScannerFastPath), normally on.
   */
  fastPath?: boolean;
  /**
   * The code is Python 2 (a notebook whose kernel is `python2`; by default, a file whose `#!` line names
   * `python2`): a print or exec statement is its valid syntax there, not a parse error.
   */
  python2?: boolean;
}

/** A `#!` first line that runs the file with Python 2 (`#!/usr/bin/env python2`, `#!/usr/bin/python2.7`). */
const PYTHON2_SHEBANG = /^#![^\n]*\bpython2(?:\.\d+)?(?![\w.])/;

let fastPathDefault = true;

/**
 * Internal, for tests and benchmarks: the fast-path setting of scanners created without an explicit `fastPath`
 * option from now on (this is how the notebook scanner, which builds its own PythonFileScanner, is switched).
 * Returns the previous setting, so that a caller can restore it.
 */
export function setScannerFastPath(on: boolean): boolean {
  const was = fastPathDefault;
  fastPathDefault = on;
  return was;
}

// Previous significant token, as far as the scanner cares.
const SIG_OTHER = 0;
const SIG_NAME = 1;
const SIG_OPEN = 2; // `(` of a call
const SIG_COMMA = 3;
const SIG_DOT = 4;
const SIG_CLOSE = 5; // `)` or `]`

// Keyword-argument state inside a call.
const KW_NONE = 0;
const KW_VALUE = 2; // after `name=`
const KW_LITERAL = 3; // after `name=<literal>`

interface Frame {
  isCall: boolean;
  ref: RefFact | null;
  method: MethodCallFact | null;
  kwargs: KwArg[] | null;
}

const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_STAR = 42;
const CH_COMMA = 44;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_COLON = 58;
const CH_SEMI = 59;
const CH_EQ = 61;
const CH_AT = 64;
const CH_LBRACKET = 91;
const CH_RBRACKET = 93;
const CH_LBRACE = 123;
const CH_RBRACE = 125;

/** Exception classes whose handler catches a failed import. */
const COPING_EXCEPTIONS: ReadonlySet<string> = new Set(["ImportError", "ModuleNotFoundError", "Exception", "BaseException"]);

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

/**
 * Reads the exception list of an `except` (from `pos`, just after the keyword; or of `suppress(`, after its
 * parenthesis with `close` set) on the raw text, without moving the lexer. Returns the offset of the clause's
 * `:` (of the closing `)` with `close`) when a coping exception is named or the clause is bare, else -1.
 * Strings, comments outside brackets or anything unexpected give -1 (not optional: the safe side).
 */
function copingClauseEnd(src: string, pos: number, close: boolean): number {
  const n = Math.min(src.length, pos + 4000);
  let depth = close ? 1 : 0;
  let named = false;
  let copes = false;
  let afterDot = false;
  let afterAs = false;
  for (let i = pos; i < n; ) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) i++;
    else if (c === 92 /* \ */ && (src.charCodeAt(i + 1) === 10 || src.charCodeAt(i + 1) === 13)) i += 2;
    else if (c === 10 || c === 13) {
      if (depth === 0) return -1;
      i++;
    } else if (c === 35 /* # */) {
      if (depth === 0) return -1;
      while (i < n && src.charCodeAt(i) !== 10) i++;
    } else if (c === CH_LPAREN || c === CH_LBRACKET) {
      depth++;
      i++;
    } else if (c === CH_RPAREN || c === CH_RBRACKET) {
      depth--;
      i++;
      if (close && depth === 0) return copes ? i - 1 : -1;
      if (depth < 0) return -1;
    } else if (c === CH_COLON && depth === 0) {
      return copes || !named ? i : -1;
    } else if (c === CH_DOT) {
      afterDot = true;
      i++;
    } else if (isIdentChar(c) && !(c >= 48 && c <= 57)) {
      let e = i + 1;
      while (e < n && isIdentChar(src.charCodeAt(e))) e++;
      const word = src.slice(i, e);
      if (word === "as" && depth === 0) afterAs = true;
      else if (!afterAs) {
        named = true;
        if (!afterDot && COPING_EXCEPTIONS.has(word)) copes = true;
      }
      afterDot = false;
      i = e;
    } else if (c === CH_COMMA || c === CH_STAR) {
      afterDot = false;
      i++;
    } else return -1;
  }
  return -1;
}

/** Whether the handler whose header ends with the `:` at `colon` starts with `raise` (it does not cope then). */
function handlerReraises(src: string, colon: number): boolean {
  const n = src.length;
  let i = colon + 1;
  for (;;) {
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13) i++;
      else break;
    }
    if (i < n && src.charCodeAt(i) === 35) {
      while (i < n && src.charCodeAt(i) !== 10) i++;
      continue;
    }
    break;
  }
  return src.startsWith("raise", i) && !isIdentChar(src.charCodeAt(i + 5));
}

/** Whether the `except` clause starting after `pos` catches a failed import and its handler copes. */
function exceptCopes(src: string, pos: number): boolean {
  const colon = copingClauseEnd(src, pos, false);
  return colon >= 0 && !handlerReraises(src, colon);
}

/** Whether the `with` statement starting after `pos` is `with [contextlib.]suppress(<coping exception>...)`. */
function withSuppressCopes(src: string, pos: number): boolean {
  const m = /^[ \t]*(?:contextlib[ \t]*\.[ \t]*)?suppress[ \t]*\(/.exec(src.slice(pos, pos + 64));
  return m !== null && copingClauseEnd(src, pos + m[0].length, true) >= 0;
}

/**
 * A condition that holds only when an optional package can be imported: `is_torch_available()`,
 * `is_deepspeed_zero3_enabled()` (transformers' and diffusers' helpers), `importlib.util.find_spec("x")`,
 * `_DEEPSPEED_AVAILABLE` (lightning's RequirementCache flags), `TYPE_CHECKING` (imports for type checkers only).
 * A condition that starts with `not` guards the other way and is not one.
 */
const AVAILABILITY_CONDITION = /^(?!not\b)[^#]*?(?:\bis_\w+_(?:available|enabled)\s*\(|\bfind_spec\s*\(|\b_?[A-Z][A-Z0-9_]*_AVAILABLE\b|\bTYPE_CHECKING\b)/;

/**
 * Whether the import statement starting at `pos` sits directly in the body of an `if`/`elif` whose condition is
 * an availability check (AVAILABILITY_CONDITION), read from the source: the one-line form `if c: import x`, or
 * the nearest line above with less indentation (blank and comment lines skipped). A header this does not
 * recognise (a condition over several lines, a body inside brackets) leaves the import required, which costs
 * only a finding that could have been spared. Only indented or one-line-body imports are looked at.
 */
function availabilityGuarded(src: string, pos: number, memo: BlockMemo): boolean {
  const lineStart = lineStartOf(src, pos);
  const before = src.slice(lineStart, pos);
  if (before.trim() !== "") return headerGuards(before);
  const indent = pos - lineStart;
  if (indent === 0) return false;
  const remember = memo.start(src, indent, lineStart);
  let end = lineStart;
  for (let scanned = 0; end > 0 && scanned < MAX_ENCLOSING_SCAN; scanned++) {
    const { start, lineEnd } = lineBefore(src, end);
    const known = memo.answerAt(start);
    if (known !== undefined) return remember(known);
    const line = src.slice(start, lineEnd);
    end = start;
    const text = line.trimStart();
    if (text === "" || text.startsWith("#")) continue;
    if (line.length - text.length >= indent) continue;
    return remember(headerGuards(line));
  }
  return remember(false);
}

/** Where the line holding `pos` starts. */
function lineStartOf(src: string, pos: number): number {
  let i = pos;
  while (i > 0 && src.charCodeAt(i - 1) !== 10 && src.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** The line that ends just before `end` (where the next line starts): its start, and its end before the newline. */
function lineBefore(src: string, end: number): { start: number; lineEnd: number } {
  let start = end - 1;
  if (src.charCodeAt(start) === 10 && start > 0 && src.charCodeAt(start - 1) === 13) start--;
  const lineEnd = start;
  while (start > 0 && src.charCodeAt(start - 1) !== 10 && src.charCodeAt(start - 1) !== 13) start--;
  return { start, lineEnd };
}

/** How far back the block readers below read (lines) before they give up: a hostile file must not make them quadratic. */
const MAX_ENCLOSING_SCAN = 4000;

/**
 * The answers a backward block reader (availabilityGuarded, insideFunction) gave for earlier imports of one
 * source, by the import's indentation: reading back from an import at indentation k, every line down to the
 * previous import at indentation k is indented k or more, so reaching that import's line gives its answer.
 * Consecutive imports in one block (a long `if TYPE_CHECKING:` block, 20,000 generated ones) then cost one
 * line each instead of the whole block each.
 */
class BlockMemo {
  private src: string | undefined;
  private readonly byIndent = new Map<number, { lineStart: number; value: boolean }>();
  private indent = 0;
  /** Block header lines (by where they start) already known to be inside a function or not (insideFunction). */
  readonly headers = new Map<number, boolean>();

  /** Starts a query for the import line at `lineStart`; returns the function that records its answer. */
  start(src: string, indent: number, lineStart: number): (value: boolean) => boolean {
    if (this.src !== src) {
      this.src = src;
      this.byIndent.clear();
      this.headers.clear();
    }
    this.indent = indent;
    return (value) => {
      this.byIndent.set(indent, { lineStart, value });
      return value;
    };
  }

  /** The answer recorded for an import of the current indentation whose line starts at `lineStart`, if any. */
  answerAt(lineStart: number): boolean | undefined {
    const e = this.byIndent.get(this.indent);
    return e !== undefined && e.lineStart === lineStart ? e.value : undefined;
  }
}

/**
 * Whether the indented import statement starting at `pos` is inside a function body (`def` / `async def`, at
 * any depth of blocks), read backwards through the headers of its enclosing blocks: the nearest line above with
 * less indentation, then the nearest above that with less again, up to the module level. Such an import runs
 * only when the function is called (accelerate imports mlflow inside its MLflow tracker's `__init__`).
 */
function insideFunction(src: string, pos: number, memo: BlockMemo): boolean {
  const lineStart = lineStartOf(src, pos);
  let indent = pos - lineStart;
  if (indent === 0 || src.slice(lineStart, pos).trim() !== "") return false;
  const remember = memo.start(src, indent, lineStart);
  // The block headers climbed through share the answer (each is inside a function exactly when the import is,
  // short of a `def` header itself): recorded, so a later import that climbs to one of them stops there.
  const headers: number[] = [];
  const answer = (value: boolean) => {
    for (const h of headers) memo.headers.set(h, value);
    return remember(value);
  };
  let end = lineStart;
  for (let scanned = 0; end > 0 && scanned < MAX_ENCLOSING_SCAN; scanned++) {
    const { start, lineEnd } = lineBefore(src, end);
    if (headers.length === 0) {
      const known = memo.answerAt(start);
      if (known !== undefined) return answer(known);
    }
    const line = src.slice(start, lineEnd);
    end = start;
    const text = line.trimStart();
    if (text === "" || text.startsWith("#")) continue;
    const level = line.length - text.length;
    if (level === indent) {
      // A sibling block header already answered has the same enclosing blocks (the previous `if` of a chain).
      const sibling = memo.headers.get(start);
      if (sibling !== undefined) return answer(sibling);
    }
    // A closing bracket ends a statement written over several lines (`    ) -> Tensor:` after a long `def`
    // signature): the statement's own first line is further up.
    if (level >= indent || /^[)\]}]/.test(text)) continue;
    if (/^(?:async\s+)?def\s/.test(text)) return answer(true);
    if (level === 0) return answer(false);
    const known = memo.headers.get(start);
    if (known !== undefined) return answer(known);
    headers.push(start);
    indent = level;
  }
  return answer(false);
}

/**
 * A condition that checks for a feature before its use: `hasattr(...)`, or anything naming a version
 * (`version.parse(tf.__version__) >= ...`, `required_torch_version(min_version=2.0)`, `TORCH_VERSION >= (2, 0)`).
 */
const VERSION_CHECK = /\bhasattr\s*\(|version/i;
/** A header line `if c:` / `elif c:` (group 2: the condition) or `else:` (group 1). */
const BRANCH_HEADER = /^\s*(?:(else)\s*:|(?:el)?if\s+(.*):)\s*(?:#.*)?$/;

/**
 * Whether an `if`/`elif` condition checks a version or an attribute: directly, or through a flag the source
 * sets from such a check (nanoGPT: `self.flash = hasattr(torch.nn.functional, 'scaled_dot_product_attention')`
 * then `if self.flash:`), or sets to `True`/`False` inside the block of one (TorchServe's `PT2_AVAILABLE = True`
 * under `if packaging.version.parse(torch.__version__) >= ...:`). In a condition of the form `a and b`, one
 * such part is enough: the body runs only when every part holds.
 */
function conditionChecks(condition: string, src: string, flags: Map<string, boolean>): boolean {
  if (VERSION_CHECK.test(condition)) return true;
  for (const part of condition.split(/\band\b/)) {
    const flag = /^\s*(?:not\s+)?([A-Za-z_][\w.]*)\s*$/.exec(part)?.[1];
    if (flag !== undefined && flagChecks(flag, src, flags)) return true;
  }
  return false;
}

/** Whether the source sets `flag` from a version or attribute check (conditionChecks); memoised in `flags`. */
function flagChecks(flag: string, src: string, flags: Map<string, boolean>): boolean {
  // one search of the source per flag (`flags` is the unit's memo)
  let answer = flags.get(flag);
  if (answer !== undefined) return answer;
  answer = false;
  // false while the question is open: a flag set under a check of itself (`if F: F = True`) ends here
  flags.set(flag, false);
  const assigned = new RegExp(`(^|[\\r\\n])([ \\t]*)${flag.replace(/\./g, "\\.")}[ \\t]*(?::[^=\\r\\n]*)?=(?!=)([^\\r\\n]*)`, "g");
  for (const m of src.matchAll(assigned)) {
    const value = m[3]!;
    if (VERSION_CHECK.test(value)) answer = true;
    else if (m[2] !== "" && /^\s*(?:True|False)\s*(?:#.*)?$/.test(value) && versionGuarded(src, m.index + m[1]!.length, flags)) answer = true;
    if (answer) break;
  }
  flags.set(flag, answer);
  return answer;
}

/**
 * Whether the line starting at `lineStart` (a usage's line) runs only after a version or `hasattr` check
 * (FeatureUsage.guarded): a conditional expression on the line itself (`x if hasattr(F, "sdpa") else y`), a
 * one-line `if c: use()`, or an enclosing `if`/`elif` header whose condition checks, or an `else:` whose
 * `if`/`elif` chain does, at any depth (read backwards as insideFunction does, at most MAX_ENCLOSING_SCAN lines).
 */
export function versionGuarded(src: string, lineStart: number, flags: Map<string, boolean> = new Map(), memo?: BlockMemo): boolean {
  let lineEnd = lineStart;
  while (lineEnd < src.length && src.charCodeAt(lineEnd) !== 10 && src.charCodeAt(lineEnd) !== 13) lineEnd++;
  const own = src.slice(lineStart, lineEnd);
  // (a usage in the check itself is guarded too: `elif hasattr(tf.data, "AUTOTUNE"):`)
  const ownIf = /\b(?:el)?if\b([^#]*)/.exec(own);
  if (ownIf && VERSION_CHECK.test(ownIf[1]!)) return true;
  let indent = own.length - own.trimStart().length;
  // Consecutive usages in one block: reading back from a usage at indentation k reaches the previous one asked
  // at k before any header, and its answer is this one's (BlockMemo, as for the import readers).
  const first = indent;
  const remember = memo !== undefined && indent > 0 ? memo.start(src, indent, lineStart) : (value: boolean) => value;
  let end = lineStart;
  // after an `else:` header: the chain's `if`/`elif` headers at its indentation decide
  let chainLevel = -1;
  for (let scanned = 0; end > 0 && (indent > 0 || chainLevel >= 0) && scanned < MAX_ENCLOSING_SCAN; scanned++) {
    const { start, lineEnd: le } = lineBefore(src, end);
    if (memo !== undefined && indent === first && chainLevel < 0) {
      const known = memo.answerAt(start);
      if (known !== undefined) return remember(known);
    }
    end = start;
    const line = src.slice(start, le);
    const text = line.trimStart();
    if (text === "" || text.startsWith("#")) continue;
    const level = line.length - text.length;
    if (chainLevel >= 0 && level === chainLevel) {
      const h = BRANCH_HEADER.exec(line);
      if (h?.[2] !== undefined && conditionChecks(h[2], src, flags)) return remember(true);
      // the chain's first `if` ends it; so does anything else (the `else` of a `for`, `while` or `try`)
      if (h?.[2] === undefined || /^if\b/.test(text)) chainLevel = -1;
      continue;
    }
    if (level >= indent || /^[)\]}]/.test(text)) continue;
    chainLevel = -1;
    const h = BRANCH_HEADER.exec(line);
    if (h?.[1] !== undefined) chainLevel = level;
    else if (h?.[2] !== undefined && conditionChecks(h[2], src, flags)) return remember(true);
    indent = level;
  }
  return remember(false);
}

/** Whether a line is an `if`/`elif` header (up to its colon) whose condition is an availability check. */
function headerGuards(line: string): boolean {
  const condition = BRANCH_HEADER.exec(line)?.[2];
  return condition !== undefined && AVAILABILITY_CONDITION.test(condition);
}

/** Whether only indentation precedes `pos` on its line (Lexer.firstOnLine is false after an INDENT/DEDENT). */
function startsLine(src: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = src.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0xfeff) return true;
    if (c !== 32 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/** An open `try:` or `with suppress(...):` block, for optional imports. */
interface GuardBlock {
  /** Indentation level of the `try` / `with` line. */
  level: number;
  isTry: boolean;
  /** Still in the guarded body (a `try` leaves it at its first `except` / `finally`). */
  body: boolean;
  /** A handler copes with a failed import (always for suppress blocks). */
  copes: boolean;
  /** Imports of the body seen before the handlers were known. */
  pending: ImportFact[] | null;
}

const NO_LEVEL = 1 << 30;

function lenBit(len: number): number {
  return len < 31 ? 1 << len : 1 << 31;
}

/**
 * Identifiers that make a line worth the full token walk even when no alias is bound: the words that start an
 * import or a Python 2 statement, those that open or end a guard block (`try`, `except`, and `suppress` of
 * `with [contextlib.]suppress(...)`, whose name need not be a bound alias), and the catalog's keyword-argument
 * and method names.
 */
const STATIC_CANDIDATES: readonly string[] = [
  ...new Set(["import", "from", "print", "exec", "try", "except", "suppress", ...KEYWORD_NAMES, ...METHOD_NAMES]),
];

const STATIC_KEYS = new Uint8Array(4096);
for (const w of STATIC_CANDIDATES) STATIC_KEYS[identKey(w, 0, w.length)] = 1;

/**
 * An empty array whose elements are already of V8's most general kind. An empty literal starts as an array of
 * small integers and changes kind on its first push of an object, and the optimized push of the first
 * import of every file met the old kind ("not a Smi") and was thrown away.
 */
function objectArray<T>(): T[] {
  const a: unknown[] = [null];
  a.length = 0;
  return a as T[];
}

/** The lexer of no unit (PythonFileScanner's until its first scan). */
const EMPTY_LEXER = new Lexer("");

/**
 * A new import fact, every property present from the start (undefined until set). Facts of one shape keep the
 * scanner's optimized code valid: facts that grew `cell`, `optional` and `lazy` in different orders had up to
 * eight shapes, and each new one seen by optimized code threw it away ("wrong map") for V8 to compile again.
 * JSON output and the cache leave undefined properties out, as they left the missing ones.
 */
function importFact(module: string, path: string, line: number, column: number, cell: number | undefined): ImportFact {
  return { module, path, line, column, cell, optional: undefined, lazy: undefined };
}

/** Scanner state that persists across the units of one file (a notebook's cells share aliases). */
export class PythonFileScanner {
  readonly path: string;
  readonly allImports: boolean;
  /** Whether the fast path (line skipper and lookup filters) is on; see PythonScanOptions.fastPath. */
  readonly fastPath: boolean;
  /** Python 2 code (PythonScanOptions.python2): its print and exec statements are not reported. */
  readonly python2: boolean;
  readonly result: PythonScanResult = { imports: objectArray<ImportFact>(), usages: [], declared: [], problems: [] };
  private bindings = new Map<string, string>();
  private bindMask = 0;
  /** Which ASCII first characters bound aliases have (bit c&31 of word c>>5), to skip most lookups. */
  private firstMask = new Uint32Array(4);
  private nonAsciiAlias = false;
  private importedModules = new Set<string>();
  private kerasImplied = false;
  /** The implied `tensorflow.keras` import and the import that bound its alias (it inherits `optional` and `lazy`). */
  private impliedKeras: ImportFact | null = null;
  private impliedKerasSource: ImportFact | undefined;
  /** The reported import that bound each alias (for the implied import's `optional`). */
  private bindingFacts = new Map<string, ImportFact>();
  private problemReported = false;

  constructor(path: string, opts: { allImports?: boolean; fastPath?: boolean; python2?: boolean } = {}) {
    this.path = path;
    this.allImports = opts.allImports === true;
    this.fastPath = opts.fastPath ?? fastPathDefault;
    this.python2 = opts.python2 === true;
  }

  /**
   * identKey of every static candidate and every known-module alias bound so far (never cleared: a stale key
   * only costs a lookup): the table Lexer.skipLine reads inline before calling isCandidate. STATIC_KEYS itself
   * until the first alias is bound, then a copy (most files bind one, but a scanner costs no allocation until then).
   */
  private candKeys = STATIC_KEYS;
  /** Earlier answers of the backward block readers for this file (see BlockMemo). */
  private readonly guardMemo = new BlockMemo();
  private readonly lazyMemo = new BlockMemo();

  /**
   * The aliases whose target is a module the audit knows (isKnownImport): only a reference through one of
   * them can match the catalog, so only they make a line worth the token walk. `np` for `numpy` stays bound (a
   * resolved `np.save(...)` is a reference, not a method call) but a line that only uses it is skipped whole.
   */
  private knownAliases = new Set<string>();

  private bind(alias: string, target: string): void {
    this.bindings.set(alias, target);
    if (isKnownImport(target)) {
      this.knownAliases.add(alias);
      if (alias.length > 0) {
        const key = identKey(alias, 0, alias.length);
        if (this.candKeys === STATIC_KEYS) this.candKeys = STATIC_KEYS.slice();
        this.candKeys[key] = 1;
      }
    } else this.knownAliases.delete(alias);
    this.bindMask |= lenBit(alias.length);
    const c = alias.charCodeAt(0);
    if (c < 128) this.firstMask[c >> 5] = (this.firstMask[c >> 5] ?? 0) | (1 << (c & 31));
    else this.nonAsciiAlias = true;
  }

  private unbind(alias: string): void {
    this.bindings.delete(alias);
    this.knownAliases.delete(alias);
    this.bindingFacts.delete(alias);
  }

  private bindFact(alias: string, fact: ImportFact | null): void {
    if (fact) this.bindingFacts.set(alias, fact);
    else this.bindingFacts.delete(alias);
  }

  /**
   * Whether an identifier could matter to the scanner (Lexer.skipLine's test): an alias of a known module or a
   * static candidate. False positives only cost speed; a false negative would lose a fact.
   */
  isCandidate(src: string, start: number, end: number): boolean {
    const key = identKey(src, start, end);
    if (STATIC_KEYS[key] === 1) {
      for (const w of STATIC_CANDIDATES) if (w.length === end - start && src.startsWith(w, start)) return true;
    }
    return this.candKeys[key] === 1 && this.knownAliases.size !== 0 && this.knownAliases.has(src.slice(start, end));
  }

  private lookup(src: string, start: number, end: number): string | undefined {
    if (!this.fastPath) return this.bindings.get(src.slice(start, end));
    if ((this.bindMask & lenBit(end - start)) === 0) return undefined;
    const c = src.charCodeAt(start);
    if (c < 128 ? ((this.firstMask[c >> 5] ?? 0) & (1 << (c & 31))) === 0 : !this.nonAsciiAlias) return undefined;
    return this.bindings.get(src.slice(start, end));
  }

  /** Reports one parse-error per file (the first unit that has one). */
  private problem(line: number, message: string, cell: number | undefined): void {
    if (this.problemReported) return;
    this.problemReported = true;
    const p: ScanProblem = { kind: "parse-error", path: this.path, line, message };
    if (cell !== undefined) p.cell = cell;
    this.result.problems.push(p);
  }

  // The unit being scanned (set by scan), for the import statement reader below, which runs as methods rather
  // than as functions made per unit: optimized code of a per-unit function was thrown away whenever it met
  // another unit's copy of a function it had inlined ("wrong call target"), and compiled again.
  private lx: Lexer = EMPTY_LEXER;
  private src = "";
  private unitCell: number | undefined = undefined;
  private unitRefs: RefFact[] = [];
  private importsSeen: ImportSeen[] = [];
  /** Open try / suppress blocks (innermost last). */
  private blocks: GuardBlock[] = [];
  /** The import statement being read is inside an open try / suppress block. */
  private importGuarded = false;
  /** The import statement being read sits under `if <availability check>:` (availabilityGuarded). */
  private importAvailable = false;
  /**
   * The import statement being read is indented (it may be inside a function: insideFunction), where it
   * starts, and, once a module of it is reported, whether it is inside a function (asked once per statement:
   * `from x import a, b, c` reports three imports).
   */
  private importIndented = false;
  private importStart = 0;
  private importLazy: boolean | undefined = undefined;
  /** The first line with a character Python does not allow there (0: none yet). */
  private strayLine = 0;
  /** The token that ended the last readDotted. */
  private dottedNext = 0;

  /** Marks an import optional, or keeps it for the handlers of the try blocks it is in. */
  private guard(im: ImportFact): void {
    const blocks = this.blocks;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i]!;
      if (!b.body) continue;
      if (b.copes) {
        im.optional = true;
        return;
      }
      (b.pending ??= []).push(im);
    }
  }

  /** Next token that is not NL or a comment. */
  private nextSig(): number {
    const lx = this.lx;
    for (;;) {
      const k = lx.next();
      if (k !== K_NL && k !== K_COMMENT) return k;
    }
  }

  private isOp(k: number, ch: number): boolean {
    const lx = this.lx;
    return k === K_OP && lx.end - lx.start === 1 && this.src.charCodeAt(lx.start) === ch;
  }

  private isWord(k: number, w: string): boolean {
    const lx = this.lx;
    return k === K_NAME && lx.end - lx.start === w.length && this.src.startsWith(w, lx.start);
  }

  /** GuardTest for the matcher: whether the fact at `start` of the unit being scanned runs after a version check. */
  guarded(start: number): boolean {
    return versionGuarded(this.src, lineStartOf(this.src, start), this.flags, this.versionMemo);
  }
  /** versionGuarded's answers by indentation, for consecutive usages in one block. */
  private readonly versionMemo = new BlockMemo();
  /** versionGuarded's answers about flags (`if self.flash:`) in the unit being scanned (cleared after it). */
  private readonly flags = new Map<string, boolean>();

  private recordImport(module: string, line: number, col: number): ImportFact | null {
    this.importedModules.add(module);
    this.importsSeen.push({ module, line, col });
    // Its start is the import statement's: a version check around the statement guards the names it binds
    // (volcengine/verl: `if version.parse(torch.__version__) >= version.parse("2.6"): from torch.distributed.fsdp import fully_shard`).
    this.unitRefs.push({ name: module, line, col, start: this.importStart, called: false, decorator: false, fromImport: true });
    if (this.allImports || isKnownImport(module)) {
      const im = importFact(module, this.path, line, col + 1, this.unitCell);
      this.result.imports.push(im);
      if (this.importAvailable) im.optional = true;
      else if (this.importGuarded) this.guard(im);
      if (this.importIndented && (this.importLazy ??= insideFunction(this.src, this.importStart, this.lazyMemo))) im.lazy = true;
      return im;
    }
    return null;
  }

  /** Reads `NAME(.NAME)*` starting at the current NAME token: returns the dotted text; dottedNext is the token after it. */
  private readDotted(): string {
    const lx = this.lx;
    let text = lx.text();
    let k = this.nextSig();
    while (this.isOp(k, CH_DOT)) {
      k = this.nextSig();
      if (k !== K_NAME) break;
      text += "." + lx.text();
      k = this.nextSig();
    }
    this.dottedNext = k;
    return text;
  }

  private endOfStatement(k: number): boolean {
    return k === K_NEWLINE || k === K_EOF || this.isOp(k, CH_SEMI);
  }

  /** Parses an import statement whose first keyword was just read. Returns the token that ended it. */
  private parseImport(isFrom: boolean): number {
    const lx = this.lx;
    let k = this.nextSig();
    if (!isFrom) {
      while (k === K_NAME) {
        const line = lx.line;
        const col = lx.col;
        const text = this.readDotted();
        k = this.dottedNext;
        let alias: string | null = null;
        if (this.isWord(k, "as")) {
          k = this.nextSig();
          if (k === K_NAME) {
            alias = lx.text();
            k = this.nextSig();
          }
        }
        const fact = this.recordImport(text, line, col);
        if (alias !== null) {
          this.bind(alias, text);
          this.bindFact(alias, fact);
        } else {
          const head = topOf(text);
          this.bind(head, head);
          this.bindFact(head, fact);
        }
        if (!this.isOp(k, CH_COMMA)) break;
        k = this.nextSig();
      }
    } else {
      let relative = false;
      while (k === K_OP && this.src.charCodeAt(lx.start) === CH_DOT) {
        relative = true;
        k = this.nextSig();
      }
      let module = "";
      let modLine = lx.line;
      let modCol = lx.col;
      if (k === K_NAME && !this.isWord(k, "import")) {
        modLine = lx.line;
        modCol = lx.col;
        module = this.readDotted();
        k = this.dottedNext;
      }
      if (this.isWord(k, "import")) {
        k = this.nextSig();
        if (this.isOp(k, CH_LPAREN)) k = this.nextSig();
        for (;;) {
          if (this.isOp(k, CH_STAR)) {
            if (!relative && module) this.recordImport(module, modLine, modCol);
            k = this.nextSig();
          } else if (k === K_NAME) {
            const name = lx.text();
            const line = lx.line;
            const col = lx.col;
            k = this.nextSig();
            let alias = name;
            if (this.isWord(k, "as")) {
              k = this.nextSig();
              if (k === K_NAME) {
                alias = lx.text();
                k = this.nextSig();
              }
            }
            if (relative || !module) this.unbind(alias);
            else {
              const full = module + "." + name;
              const fact = this.recordImport(full, line, col);
              this.bind(alias, full);
              this.bindFact(alias, fact);
            }
          } else break;
          if (this.isOp(k, CH_COMMA)) {
            k = this.nextSig();
            continue;
          }
          break;
        }
        if (this.isOp(k, CH_RPAREN)) k = this.nextSig();
      }
    }
    while (!this.endOfStatement(k)) {
      if (k === K_ERROR && this.strayLine === 0) this.strayLine = lx.line;
      k = this.nextSig();
    }
    return k;
  }

  /** Scans one unit of Python source (a file, or one code cell) and appends to `result`. Never throws. */
  scan(src: string, cell?: number): void {
    const lx = new Lexer(src);
    const refs: RefFact[] = [];
    const kwargs: KwArg[] = [];
    const methods: MethodCallFact[] = [];
    const strings: StringFact[] = [];
    const importsSeen: ImportSeen[] = [];
    const blocks: GuardBlock[] = [];
    this.lx = lx;
    this.src = src;
    this.unitCell = cell;
    this.unitRefs = refs;
    this.importsSeen = importsSeen;
    this.blocks = blocks;
    this.strayLine = 0;
    const fast = this.fastPath;
    // Without the fast path every string literal is collected (matchFeatures finds nothing in one without a hint).
    // The finder's first search answers whether the unit has a hint at all, and its result is kept for the walk.
    const hints = new StringHintFinder(src);
    const stringsWanted = !fast || hints.next(0) < src.length;
    const wantMethods = METHOD_NAMES.size > 0;

    let stmtStart = true;
    let afterColon = false;
    let prevSig = SIG_OTHER;
    let decoratorNext = false;
    let skipDefName = false;
    let py2Line = 0;
    let py2Pending = 0;

    // The dotted chain being read.
    let chainActive = false;
    let chainResolved: string | null = null;
    let chainLen = 0;
    let chainLine = 0;
    let chainCol = 0;
    let chainHeadStart = 0;
    let chainHeadEnd = 0;
    let chainLastStart = 0;
    let chainLastEnd = 0;
    let chainDecorator = false;
    let chainKwCandidate = false;

    // Calls and keyword arguments.
    const frames: Frame[] = [];
    let pendingRef: RefFact | null = null;
    let pendingMethod: MethodCallFact | null = null;
    let kwPhase = KW_NONE;
    let kwCur: KwArg | null = null;
    let kwNeg = false;
    let kwValue = "";
    let firstArgPhase = 0; // 1: just after `(` of a method call we track; 2: saw a plain string
    let firstArgBody = "";

    let pendingStrings: StringFact[] | null = null;

    // A `:` outside brackets on this logical line: what follows on the line is a one-line block body
    // (`try: import a; import b`), one level deeper than the line.
    let colonOnLine = false;
    lx.minIndentLevel = NO_LEVEL;
    /**
     * Closes the blocks that ended before a statement at indentation `level`: those the lexer's indentation went
     * back to (or below) since the last call. `except` keeps the `try` at its own level open.
     */
    const syncBlocks = (level: number, isExcept: boolean): void => {
      const low = Math.min(lx.minIndentLevel, level);
      lx.minIndentLevel = NO_LEVEL;
      for (;;) {
        const b = blocks[blocks.length - 1];
        if (b === undefined || b.level < low) return;
        if (b.level === low && isExcept && b.isTry && low === level) return;
        blocks.pop();
      }
    };
    const topFrame = (): Frame | undefined => frames[frames.length - 1];

    const commitKw = (): void => {
      if (kwPhase === KW_LITERAL && kwCur) kwCur.value = kwValue;
      kwPhase = KW_NONE;
      kwCur = null;
      kwNeg = false;
    };

    /** Ends the chain at token k; returns true when k (a keyword argument's `=`) was consumed. */
    const finalizeChain = (k: number): boolean => {
      chainActive = false;
      const c = k === K_OP && lx.end - lx.start === 1 ? src.charCodeAt(lx.start) : 0;
      const open = c === CH_LPAREN;
      if (chainKwCandidate && chainLen === 1 && c === CH_EQ) {
        // `f(name=...)`: a keyword argument's name, not a reference.
        const frame = topFrame();
        const name = src.slice(chainHeadStart, chainHeadEnd);
        kwCur = { name, value: undefined, line: chainLine, col: chainCol, start: chainHeadStart };
        if (frame?.kwargs) frame.kwargs.push(kwCur);
        else if (frame) frame.kwargs = [kwCur];
        if (KEYWORD_NAMES.has(name)) kwargs.push(kwCur);
        kwPhase = KW_VALUE;
        kwNeg = false;
        prevSig = SIG_OTHER;
        return true;
      }
      if (chainResolved !== null) {
        const ref: RefFact = { name: chainResolved, line: chainLine, col: chainCol, start: chainHeadStart, called: open, decorator: chainDecorator };
        refs.push(ref);
        if (open) pendingRef = ref;
        if (!this.kerasImplied && (chainResolved === "tensorflow.keras" || chainResolved.startsWith("tensorflow.keras."))) {
          this.kerasImplied = true;
          const im = importFact("tensorflow.keras", this.path, chainLine, chainCol + 1, cell);
          this.result.imports.push(im);
          this.impliedKeras = im;
          this.impliedKerasSource = this.bindingFacts.get(src.slice(chainHeadStart, chainHeadEnd));
        }
      } else if (open && chainLen >= 2 && wantMethods) {
        const name = src.slice(chainLastStart, chainLastEnd);
        if (METHOD_NAMES.has(name)) {
          pendingMethod = { method: name, line: chainLine, col: chainCol, start: chainHeadStart, firstArg: undefined };
          methods.push(pendingMethod);
        }
      }
      return false;
    };

    // Lines in which no identifier is a candidate are consumed whole by Lexer.skipLine, but only where the
    // scanner's state is the one every NEWLINE leaves (nothing pending, no open call, at a statement start):
    // such a line then yields no fact and leaves that state unchanged. Strings can be skipped only when string
    // literals are not collected.
    // A string literal can lead to a fact only through a string hint in its text (match.ts STRING_HINTS), or
    // as a call's argument (then the call's name is a candidate and the line is not skipped).
    const skipHints = stringsWanted ? hints : null;
    // Without the fast path no line is skipped: every token of the unit goes through the loop below.
    if (fast) while (lx.skipLine(this.candKeys, this, skipHints));

    for (;;) {
      let k = lx.next();
      if (k === K_NL || k === K_COMMENT) continue;

      // A string statement on its own (docstring, bare string) is not executed; anything else makes it so.
      if (pendingStrings !== null && k !== K_STRING && k !== K_FSTRING) {
        if (!(k === K_NEWLINE || k === K_EOF || k === K_DEDENT || k === K_INDENT || this.isOp(k, CH_SEMI))) {
          for (const s of pendingStrings) strings.push(s);
        }
        pendingStrings = null;
      }
      if (py2Pending !== 0) {
        if ((k === K_STRING || k === K_NUMBER || k === K_NAME) && py2Line === 0) py2Line = py2Pending;
        py2Pending = 0;
      }

      if (chainActive) {
        if (k === K_OP && lx.end - lx.start === 1 && src.charCodeAt(lx.start) === CH_DOT && prevSig === SIG_NAME) {
          prevSig = SIG_DOT;
          continue;
        }
        if (k === K_NAME && prevSig === SIG_DOT) {
          chainLen++;
          chainLastStart = lx.start;
          chainLastEnd = lx.end;
          if (chainResolved !== null) chainResolved += "." + lx.text();
          prevSig = SIG_NAME;
          continue;
        }
        if (finalizeChain(k)) continue;
      }

      switch (k) {
        case K_NAME: {
          const start = lx.start;
          const len = lx.end - start;
          if ((stmtStart || afterColon) && frames.length === 0) {
            const isImport = len === 6 && src.startsWith("import", start);
            const isFrom = len === 4 && src.startsWith("from", start);
            if (isImport || isFrom) {
              this.importGuarded = false;
              if (blocks.length !== 0) {
                syncBlocks(lx.indentLevel + (colonOnLine ? 1 : 0), false);
                this.importGuarded = blocks.length !== 0;
              }
              this.importAvailable = (colonOnLine || lx.indentLevel > 0) && availabilityGuarded(src, start, this.guardMemo);
              this.importIndented = lx.indentLevel > 0;
              this.importStart = start;
              this.importLazy = undefined;
              k = this.parseImport(isFrom);
              this.importGuarded = false;
              this.importAvailable = false;
              this.importIndented = false;
              if (k !== K_OP) colonOnLine = false; // the statement ended with its line, not at a `;`
              stmtStart = true;
              afterColon = false;
              prevSig = SIG_OTHER;
              frames.length = 0;
              if (k === K_EOF) break;
              continue;
            }
          }
          if (stmtStart && ((len === 5 && src.startsWith("print", start)) || (len === 4 && src.startsWith("exec", start)))) {
            py2Pending = lx.line;
          }
          if (stmtStart && frames.length === 0 && (len === 3 || len === 4 || len === 6) && startsLine(src, start)) {
            if (len === 3 && src.startsWith("try", start)) {
              const level = lx.indentLevel;
              syncBlocks(level, false);
              blocks.push({ level, isTry: true, body: true, copes: false, pending: null });
            } else if (len === 6 && src.startsWith("except", start) && blocks.length !== 0) {
              const level = lx.indentLevel;
              syncBlocks(level, true);
              const b = blocks[blocks.length - 1];
              if (b !== undefined && b.isTry && b.level === level) {
                b.body = false;
                if (!b.copes && exceptCopes(src, lx.end)) {
                  b.copes = true;
                  for (const im of b.pending ?? []) im.optional = true;
                  b.pending = null;
                }
              }
            } else if (len === 4 && src.startsWith("with", start) && withSuppressCopes(src, lx.end)) {
              const level = lx.indentLevel;
              syncBlocks(level, false);
              blocks.push({ level, isTry: false, body: true, copes: true, pending: null });
            }
          }
          stmtStart = false;
          afterColon = false;
          if (skipDefName) {
            skipDefName = false;
            prevSig = SIG_NAME;
            break;
          }
          if ((len === 3 && src.startsWith("def", start)) || (len === 5 && src.startsWith("class", start))) {
            skipDefName = true;
            prevSig = SIG_OTHER;
            break;
          }
          if (kwPhase === KW_VALUE) {
            if (
              (len === 4 && (src.startsWith("True", start) || src.startsWith("None", start))) ||
              (len === 5 && src.startsWith("False", start))
            ) {
              kwValue = lx.text();
              kwPhase = KW_LITERAL;
              prevSig = SIG_OTHER;
              break;
            }
            kwPhase = KW_NONE;
          } else if (kwPhase === KW_LITERAL) kwPhase = KW_NONE;
          firstArgPhase = 0;
          // Start a chain.
          chainActive = true;
          chainLine = lx.line;
          chainCol = lx.col;
          chainHeadStart = start;
          chainHeadEnd = lx.end;
          chainLastStart = start;
          chainLastEnd = lx.end;
          chainDecorator = decoratorNext;
          decoratorNext = false;
          const top = topFrame();
          chainKwCandidate = top !== undefined && top.isCall && (prevSig === SIG_OPEN || prevSig === SIG_COMMA);
          if (prevSig === SIG_DOT) {
            // Attribute of a call result or subscript (`f().export(...)`): never a ref, may be a method call.
            chainResolved = null;
            chainLen = 2;
          } else {
            chainResolved = this.lookup(src, start, lx.end) ?? null;
            chainLen = 1;
          }
          prevSig = SIG_NAME;
          break;
        }
        case K_STRING:
        case K_FSTRING: {
          const wantBody = stringsWanted || kwPhase === KW_VALUE || firstArgPhase === 1;
          const body = wantBody ? src.slice(lx.start + lx.strPrefixLen + lx.strQuoteLen, lx.end - lx.strQuoteLen) : "";
          if (kwPhase === KW_VALUE && k === K_STRING && body.length <= 200) {
            kwValue = lx.strQuoteLen === 1 && !body.includes('"') && !body.includes("\\") ? `"${body}"` : lx.text();
            kwPhase = KW_LITERAL;
          } else kwPhase = kwPhase === KW_LITERAL ? KW_LITERAL : KW_NONE;
          if (firstArgPhase === 1 && k === K_STRING && (lx.strFlags & 2) === 0) {
            firstArgPhase = 2;
            firstArgBody = body;
          } else firstArgPhase = 0;
          if (stringsWanted) {
            const fact: StringFact = { body, line: lx.line, col: lx.col, start: lx.start };
            if (pendingStrings !== null) pendingStrings.push(fact);
            else if (stmtStart) pendingStrings = [fact];
            else strings.push(fact);
          }
          stmtStart = false;
          afterColon = false;
          prevSig = SIG_OTHER;
          break;
        }
        case K_NUMBER: {
          if (kwPhase === KW_VALUE) {
            kwValue = (kwNeg ? "-" : "") + lx.text();
            kwPhase = KW_LITERAL;
          } else kwPhase = KW_NONE;
          firstArgPhase = 0;
          stmtStart = false;
          afterColon = false;
          prevSig = SIG_OTHER;
          break;
        }
        case K_OP: {
          const c = lx.end - lx.start === 1 ? src.charCodeAt(lx.start) : 0;
          const wasStmtStart = stmtStart;
          stmtStart = false;
          afterColon = false;
          if (c === CH_LPAREN || c === CH_LBRACKET || c === CH_LBRACE) {
            const isCall = c === CH_LPAREN && (prevSig === SIG_NAME || prevSig === SIG_CLOSE);
            // (set by finalizeChain, which TypeScript's narrowing does not see)
            const ref = isCall ? (pendingRef as RefFact | null) : null;
            const method = isCall ? (pendingMethod as MethodCallFact | null) : null;
            if (ref) ref.kwargs = [];
            frames.push({ isCall, ref, method, kwargs: ref ? (ref.kwargs ?? null) : null });
            firstArgPhase = method ? 1 : 0;
            pendingRef = null;
            pendingMethod = null;
            kwPhase = KW_NONE;
            prevSig = isCall ? SIG_OPEN : SIG_OTHER;
            break;
          }
          pendingRef = null;
          pendingMethod = null;
          if (c === CH_RPAREN || c === CH_RBRACKET || c === CH_RBRACE) {
            const f = frames.pop();
            if (f?.isCall) {
              commitKw();
              if (firstArgPhase === 2 && f.method) f.method.firstArg = firstArgBody;
            }
            kwPhase = KW_NONE;
            firstArgPhase = 0;
            prevSig = c === CH_RBRACE ? SIG_OTHER : SIG_CLOSE;
            break;
          }
          if (c === CH_COMMA) {
            const f = topFrame();
            if (f?.isCall) {
              commitKw();
              if (firstArgPhase === 2 && f.method) f.method.firstArg = firstArgBody;
            }
            kwPhase = KW_NONE;
            firstArgPhase = 0;
            prevSig = SIG_COMMA;
            break;
          }
          if (c === CH_DOT) {
            prevSig = SIG_DOT;
            break;
          }
          if (c === CH_MINUS && kwPhase === KW_VALUE) {
            kwNeg = true;
            prevSig = SIG_OTHER;
            break;
          }
          kwPhase = KW_NONE;
          firstArgPhase = 0;
          if (c === CH_AT && wasStmtStart) decoratorNext = true;
          else if (c === CH_SEMI) stmtStart = true;
          else if (c === CH_COLON && frames.length === 0) {
            afterColon = true;
            colonOnLine = true;
          }
          prevSig = SIG_OTHER;
          break;
        }
        case K_NEWLINE:
        case K_INDENT:
        case K_DEDENT:
          stmtStart = true;
          afterColon = false;
          decoratorNext = false;
          skipDefName = false;
          kwPhase = KW_NONE;
          firstArgPhase = 0;
          prevSig = SIG_OTHER;
          if (k === K_NEWLINE) {
            if (frames.length !== 0) frames.length = 0;
            colonOnLine = false;
            if (fast) while (lx.skipLine(this.candKeys, this, skipHints));
          }
          break;
        case K_ERROR:
          if (this.strayLine === 0) this.strayLine = lx.line;
          stmtStart = false;
          kwPhase = KW_NONE;
          firstArgPhase = 0;
          prevSig = SIG_OTHER;
          break;
        default:
          break;
      }
      if (k === K_EOF) break;
    }

    // The implied import is where the alias's import is: optional with it, inside a function with it.
    if (this.impliedKeras !== null && this.impliedKerasSource?.optional === true) this.impliedKeras.optional = true;
    if (this.impliedKeras !== null && this.impliedKerasSource?.lazy === true) this.impliedKeras.lazy = true;

    const err = lx.errors[0];
    if (err) this.problem(err.line, `Python source could not be tokenized cleanly: ${err.message}; the rest was still scanned`, cell);
    else if (py2Line && !this.python2) this.problem(py2Line, "Python 2 syntax (print/exec statement); the rest was still scanned", cell);
    else if (this.strayLine) this.problem(this.strayLine, "unexpected character in Python source; the rest was still scanned", cell);

    const usages = matchFeatures({
      path: this.path,
      cell,
      refs,
      imports: importsSeen,
      kwargs,
      methods,
      strings,
      importedModules: this.importedModules,
      guards: this,
    });
    for (const u of usages) this.result.usages.push(u);
    // The unit's text is not kept past its scan (a notebook's scanner lives as long as all of its cells).
    this.lx = EMPTY_LEXER;
    this.src = "";
    this.flags.clear();
  }
}

/** Scans one Python file. Never throws; bad input becomes a `parse-error` problem. */
export function scanPythonSource(source: string, path: string, opts: PythonScanOptions = {}): PythonScanResult {
  const empty: PythonScanResult = { imports: [], usages: [], declared: [], problems: [] };
  if (typeof source !== "string") return empty;
  if (!opts.allImports && !hasTrigger(source)) return empty;
  const s = new PythonFileScanner(path, { allImports: opts.allImports, fastPath: opts.fastPath, python2: opts.python2 ?? PYTHON2_SHEBANG.test(source) });
  try {
    s.scan(source, opts.cell);
  } catch (e) {
    s.result.problems.push({ kind: "parse-error", path, message: `internal scanner error: ${(e as Error).message}` });
  }
  return s.result;
}

/**
 * An exact, error-tolerant Python tokenizer (the token boundaries of CPython's `tokenize` module).
 *
 * - One pass over char codes, no regex, no recursion (f-string nesting uses an explicit stack), never throws.
 * - `Lexer` is the allocation-free core: `next()` returns a numeric kind and exposes the token's bounds as
 *   fields; the scanner consumes it directly and only slices the text it needs.
 * - `tokenize()` builds `Token` objects for other users (e.g. the setup.py reader).
 *
 * Differences from CPython, all deliberate:
 * - A whole f-string (also 3.12 nested quotes `f"{d["k"]}"`, nested f-strings, format specs) is ONE `fstring`
 *   token, like Python 3.11's single STRING token.
 * - Errors never stop the scan. An unterminated single-line string ends at its line's end; an unterminated
 *   triple-quoted string only swallows its own first line (the rest of the file is tokenized again); a line
 *   starting at column 0 with `def`/`class`/`import`/`from` while brackets are still open closes them
 *   (a missing `)` costs one statement, not the file). Each recovery is recorded in `errors`.
 * - Columns are 0-based offsets in UTF-16 code units within the physical line.
 */

export type TokenType =
  | "name"
  | "number"
  | "string"
  | "op"
  | "newline"
  | "nl"
  | "comment"
  | "indent"
  | "dedent"
  | "fstring"
  | "errortoken"
  | "eof";

export interface Token {
  type: TokenType;
  value: string;
  /** 1-based line of the token's first character. */
  line: number;
  /** 0-based column (UTF-16 code units) of the token's first character. */
  col: number;
  /** Offset of the first character in the source. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface TokenizeError {
  line: number;
  message: string;
}

// Numeric token kinds of the Lexer (kept as plain constants: cheap comparisons, no enum emit concerns).
export const K_EOF = 0;
export const K_NAME = 1;
export const K_NUMBER = 2;
export const K_STRING = 3;
export const K_FSTRING = 4;
export const K_OP = 5;
export const K_NEWLINE = 6;
export const K_NL = 7;
export const K_COMMENT = 8;
export const K_INDENT = 9;
export const K_DEDENT = 10;
export const K_ERROR = 11;

const KIND_NAMES: readonly TokenType[] = [
  "eof",
  "name",
  "number",
  "string",
  "fstring",
  "op",
  "newline",
  "nl",
  "comment",
  "indent",
  "dedent",
  "errortoken",
];

export function kindName(kind: number): TokenType {
  return KIND_NAMES[kind] ?? "errortoken";
}

// Char codes.
const C_TAB = 9;
const C_LF = 10;
const C_FF = 12;
const C_CR = 13;
const C_SPACE = 32;
const C_BANG = 33;
const C_DQUOTE = 34;
const C_HASH = 35;
const C_SQUOTE = 39;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_STAR = 42;
const C_MINUS = 45;
const C_DOT = 46;
const C_SLASH = 47;
const C_0 = 48;
const C_9 = 57;
const C_COLON = 58;
const C_LT = 60;
const C_EQ = 61;
const C_GT = 62;
const C_LBRACKET = 91;
const C_BACKSLASH = 92;
const C_RBRACKET = 93;
const C_UNDERSCORE = 95;
const C_LBRACE = 123;
const C_RBRACE = 125;

/** Identifier character table for ASCII; non-ASCII is decided by isIdentNonAscii. */
const IDENT_START = new Uint8Array(128);
const IDENT_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === C_UNDERSCORE;
  IDENT_START[c] = letter ? 1 : 0;
  IDENT_PART[c] = letter || (c >= C_0 && c <= C_9) ? 1 : 0;
}

/** Non-ASCII code units that cannot be part of a Python identifier (spaces, BOM); the rest are accepted. */
function isIdentNonAscii(c: number): boolean {
  return !(
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x85
  );
}

/** Operators whose second char is `=` (`+=`, `==`, `<=`, `!=`, `:=`, `@=` ...). */
const EQ_SECOND = new Uint8Array(128);
for (const ch of "+-*/%&|^@<>=!:") EQ_SECOND[ch.charCodeAt(0)] = 1;
/** Single-char operators. */
const OP1 = new Uint8Array(128);
for (const ch of "()[]{}:,;+-*/|&<>=.%~^@") OP1[ch.charCodeAt(0)] = 1;

// String prefix flags.
const P_RAW = 1;
const P_BYTES = 2;
const P_F = 4;

/**
 * Returns the prefix flags (+8 so that 0 means "not a prefix") of an identifier that may prefix a string:
 * r u b f br rb fr rf (and 3.14's t tr rt, treated like f), any case.
 */
function stringPrefixFlags(src: string, start: number, end: number): number {
  const len = end - start;
  if (len > 2) return 0;
  let flags = 8;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i) | 0x20; // lower-case ASCII letters
    if (c === 114 /* r */) {
      if (flags & P_RAW) return 0;
      flags |= P_RAW;
    } else if (c === 98 /* b */) {
      if (flags & (P_BYTES | P_F)) return 0;
      flags |= P_BYTES;
    } else if (c === 102 /* f */ || c === 116 /* t */) {
      if (flags & (P_BYTES | P_F)) return 0;
      flags |= P_F;
    } else if (c === 117 /* u */) {
      if (len !== 1) return 0;
    } else return 0;
  }
  return flags;
}

/** End offset of the number token starting at pos (a digit, or `.` followed by a digit). */
function numberEnd(src: string, n: number, pos: number): number {
  let p = pos;
  const c0 = src.charCodeAt(p);
  const c1 = p + 1 < n ? src.charCodeAt(p + 1) | 0x20 : 0;
  if (c0 === C_0 && (c1 === 120 /* x */ || c1 === 111 /* o */ || c1 === 98 /* b */)) {
    p += 2;
    while (p < n) {
      const c = src.charCodeAt(p);
      const l = c | 0x20;
      if ((c >= C_0 && c <= C_9) || c === C_UNDERSCORE || (c1 === 120 && l >= 97 && l <= 102)) p++;
      else break;
    }
    return p;
  }
  p = digitsEnd(src, n, p);
  if (p < n && src.charCodeAt(p) === C_DOT) p = digitsEnd(src, n, p + 1);
  if (p < n && (src.charCodeAt(p) | 0x20) === 101 /* e */) {
    let q = p + 1;
    const s = q < n ? src.charCodeAt(q) : 0;
    if (s === 43 || s === C_MINUS) q++;
    const d = q < n ? src.charCodeAt(q) : 0;
    if (d >= C_0 && d <= C_9) p = digitsEnd(src, n, q);
  }
  if (p < n && (src.charCodeAt(p) | 0x20) === 106 /* j */) p++;
  else if (p < n && (src.charCodeAt(p) | 0x20) === 108 /* Python 2 long suffix l */) p++;
  return p;
}

/**
 * For Lexer.skipLine: the end of the f-string whose quote is at `qpos` when it is of the simple kind, else -1
 * (the caller then runs the lexer). Simple: one quote, on one line, no backslash, and replacement fields that
 * hold no quote and no `#` (`f"got {x!r:>{w}}"`, `f"{a[i](j)}"`, `{{` / `}}` escapes). Within that subset this
 * follows lexFString step for step: a field's expression counts (, [ and { as brackets, `}` closes a bracket
 * first and the field at bracket depth 0, `:` at depth 0 starts the format spec, in which `{` opens a nested
 * field and `}` ends the spec; a lone `}` in the literal part is skipped. tests/scanning/python/differential.test.ts
 * compares the two paths.
 */
const FS_EXPR = 1;
const FS_SPEC = 2;
const FS_KINDS: number[] = [];
const FS_DEPTHS: number[] = [];
export function simpleFStringEnd(src: string, n: number, qpos: number): number {
  const q = src.charCodeAt(qpos);
  if (qpos + 1 < n && src.charCodeAt(qpos + 1) === q) return -1; // empty or triple-quoted
  // Open fields, innermost last: kind (FS_EXPR / FS_SPEC) and, for an expression, its bracket depth (module
  // scratch arrays: this runs for every f-string of a skipped line, and never re-enters itself).
  const kinds = FS_KINDS;
  const depths = FS_DEPTHS;
  kinds.length = 0;
  depths.length = 0;
  for (let i = qpos + 1; i < n; i++) {
    const d = src.charCodeAt(i);
    if (d === C_BACKSLASH || d === C_LF || d === C_CR) return -1;
    const top = kinds.length - 1;
    if (top < 0 || kinds[top] === FS_SPEC) {
      // The literal part, or a format spec.
      if (d === C_SQUOTE || d === C_DQUOTE) {
        if (top < 0 && d === q) return i + 1;
        if (top >= 0) return -1;
      } else if (d === C_LBRACE) {
        if (top < 0 && i + 1 < n && src.charCodeAt(i + 1) === C_LBRACE) i++;
        else {
          kinds.push(FS_EXPR);
          depths.push(0);
        }
      } else if (d === C_RBRACE) {
        if (top >= 0) {
          kinds.pop();
          depths.pop();
        } else if (i + 1 < n && src.charCodeAt(i + 1) === C_RBRACE) i++;
      }
      continue;
    }
    // A field's expression.
    if (d === C_SQUOTE || d === C_DQUOTE || d === C_HASH) return -1;
    const depth = depths[top] ?? 0;
    if (d === C_LPAREN || d === C_LBRACKET || d === C_LBRACE) depths[top] = depth + 1;
    else if (d === C_RPAREN || d === C_RBRACKET) {
      if (depth > 0) depths[top] = depth - 1;
    } else if (d === C_RBRACE) {
      if (depth > 0) depths[top] = depth - 1;
      else {
        kinds.pop();
        depths.pop();
      }
    } else if (d === C_COLON && depth === 0) kinds[top] = FS_SPEC;
    else if (d === C_BANG && i + 1 < n && src.charCodeAt(i + 1) === C_EQ) i++;
  }
  return -1;
}

function digitsEnd(src: string, n: number, p: number): number {
  while (p < n) {
    const c = src.charCodeAt(p);
    if ((c >= C_0 && c <= C_9) || c === C_UNDERSCORE) p++;
    else break;
  }
  return p;
}

// Character classes of Lexer.skipLine (ASCII; 0 = the line does not qualify).
const LC_OP = 1;
const LC_IDENT = 2;
const LC_SPACE = 3;
const LC_DIGIT = 4;
const LC_DOT = 5;
const LC_OPEN = 6;
const LC_CLOSE = 7;
const LC_BANG = 8;
const LC_QUOTE = 9;
const LC_HASH = 10;
const LC_LF = 11;
const LC_CR = 12;
const LINE_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (IDENT_START[c] === 1) LINE_CLASS[c] = LC_IDENT;
  else if (c >= C_0 && c <= C_9) LINE_CLASS[c] = LC_DIGIT;
}
for (const ch of ":,;+-*/|&<>=%~^@") LINE_CLASS[ch.charCodeAt(0)] = LC_OP;
LINE_CLASS[C_SPACE] = LC_SPACE;
LINE_CLASS[C_TAB] = LC_SPACE;
LINE_CLASS[C_FF] = LC_SPACE;
LINE_CLASS[C_DOT] = LC_DOT;
LINE_CLASS[C_LPAREN] = LC_OPEN;
LINE_CLASS[C_LBRACKET] = LC_OPEN;
LINE_CLASS[C_LBRACE] = LC_OPEN;
LINE_CLASS[C_RPAREN] = LC_CLOSE;
LINE_CLASS[C_RBRACKET] = LC_CLOSE;
LINE_CLASS[C_RBRACE] = LC_CLOSE;
LINE_CLASS[C_BANG] = LC_BANG;
LINE_CLASS[C_SQUOTE] = LC_QUOTE;
LINE_CLASS[C_DQUOTE] = LC_QUOTE;
LINE_CLASS[C_HASH] = LC_HASH;
LINE_CLASS[C_LF] = LC_LF;
LINE_CLASS[C_CR] = LC_CR;

// Line ends of a file, for Lexer.skipLine: not yet looked at, LF only, CRLF (no lone CR), a lone CR somewhere.
const CR_UNKNOWN = 0;
const CR_NONE = 1;
const CR_CRLF = 2;
const CR_LONE = 3;

/**
 * Lexer.skipLine's questions to its caller, asked of objects rather than of functions made per file: optimized
 * code that called a closure of one file held it weakly and was thrown away once the file's scanner was
 * collected (V8's "weak objects" deopt), to be compiled again.
 */
export interface CandidateTest {
  /** Whether the identifier `src[start, end)` could matter to the caller (false positives only cost speed). */
  isCandidate(src: string, start: number, end: number): boolean;
}
/** The string hints of a source (match.ts StringHintFinder). */
export interface HintSearch {
  /** Offset of the first hint that starts at or after `from` (never decreasing), or the source's length. */
  next(from: number): number;
}

/**
 * A cheap hash of an identifier (length, first and last char) into 0..4095: Lexer.skipLine reads a caller's
 * table of these inline and confirms a hit with a call, so most identifiers cost no call at all.
 */
export function identKey(src: string, start: number, end: number): number {
  return ((end - start) * 961 + src.charCodeAt(start) * 31 + src.charCodeAt(end - 1)) & 4095;
}

const RECOVERY_KEYWORDS = new Set(["def", "class", "import", "from"]);

/**
 * The streaming tokenizer. Call `next()` until it returns K_EOF; after each call the token is
 * `src.slice(start, end)` at `line`/`col`. For strings, `strPrefixLen`/`strQuoteLen` locate the body.
 */
export class Lexer {
  readonly src: string;
  readonly n: number;
  pos = 0;
  /** Current line (1-based) and the offset where it starts. */
  private curLine = 1;
  private curLineStart = 0;
  /** Open bracket depth. */
  depth = 0;
  private indents: number[] = [0];
  /**
   * The lowest indentation level (see `indentLevel`) a dedent reached since the caller last set this (to a large
   * number); kept by both next() and skipLine, so a caller can tell that a block ended on a line it never saw.
   */
  minIndentLevel = 1 << 30;
  private atBOL = true;
  private pendingDedents = 0;
  /** Whether the current logical line already has a significant token (decides NEWLINE vs NL). */
  private lineHasTokens = false;
  private continued = false;
  private done = false;
  private eofNewlineEmitted = false;
  /** The file's line ends, found on the first skipLine call (CR_*). */
  private crMode = CR_UNKNOWN;

  // The current token.
  kind = K_EOF;
  start = 0;
  end = 0;
  line = 1;
  col = 0;
  strPrefixLen = 0;
  strQuoteLen = 0;
  /** String flags of the current string token (P_RAW | P_BYTES | P_F). */
  strFlags = 0;
  /** True when the current token starts its physical line (after indentation). */
  firstOnLine = false;

  readonly errors: TokenizeError[] = [];

  constructor(src: string) {
    this.src = src;
    this.n = src.length;
    if (this.n > 0 && src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Depth of the indentation stack (0 at module level); at a line's first token, that line's block level. */
  get indentLevel(): number {
    return this.indents.length - 1;
  }

  /** The text of the current token. */
  text(): string {
    return this.src.slice(this.start, this.end);
  }

  private err(line: number, message: string): void {
    if (this.errors.length < 50) this.errors.push({ line, message });
  }

  private set(kind: number, start: number, end: number): number {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.line = this.curLine;
    this.col = start - this.curLineStart;
    this.pos = end;
    return kind;
  }

  next(): number {
    const src = this.src;
    const n = this.n;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      this.firstOnLine = false;
      return this.set(K_DEDENT, this.pos, this.pos);
    }
    if (this.done) return this.set(K_EOF, this.pos, this.pos);

    for (;;) {
      let pos = this.pos;
      let bol = false;
      if (this.atBOL) {
        this.atBOL = false;
        bol = true;
        if (this.depth === 0 && !this.continued) {
          // Measure indentation.
          let col = 0;
          let p = pos;
          for (; p < n; p++) {
            const c = src.charCodeAt(p);
            if (c === C_SPACE) col++;
            else if (c === C_TAB) col = (((col / 8) | 0) + 1) * 8;
            else if (c === C_FF) col = 0;
            else break;
          }
          const c = p < n ? src.charCodeAt(p) : -1;
          if (c !== -1 && c !== C_HASH && c !== C_LF && c !== C_CR && !(c === C_BACKSLASH && this.isNewlineAt(p + 1))) {
            const indents = this.indents;
            const top = indents[indents.length - 1] ?? 0;
            if (col > top) {
              indents.push(col);
              this.pos = p;
              this.firstOnLine = false;
              return this.set(K_INDENT, pos, p);
            }
            if (col < top) {
              let pops = 0;
              while (indents.length > 1 && (indents[indents.length - 1] ?? 0) > col) {
                indents.pop();
                pops++;
              }
              if (indents.length - 1 < this.minIndentLevel) this.minIndentLevel = indents.length - 1;
              if ((indents[indents.length - 1] ?? 0) !== col) {
                this.err(this.curLine, "unindent does not match any outer indentation level");
                indents.push(col);
              }
              this.pendingDedents = pops - 1;
              this.pos = p;
              this.firstOnLine = false;
              return this.set(K_DEDENT, p, p);
            }
          }
        }
      }
      this.continued = false;
      // Skip whitespace.
      while (pos < n) {
        const c = src.charCodeAt(pos);
        if (c === C_SPACE || c === C_TAB || c === C_FF) pos++;
        else break;
      }
      this.pos = pos;
      const firstOnLine = bol;
      this.firstOnLine = firstOnLine;
      if (pos >= n) return this.eof();
      const c = src.charCodeAt(pos);

      if (c === C_LF || c === C_CR) {
        let e = pos + 1;
        if (c === C_CR && e < n && src.charCodeAt(e) === C_LF) e++;
        const kind = this.depth === 0 && this.lineHasTokens ? K_NEWLINE : K_NL;
        this.set(kind, pos, e);
        if (kind === K_NEWLINE) this.lineHasTokens = false;
        this.curLine++;
        this.curLineStart = e;
        this.atBOL = true;
        return kind;
      }
      if (c === C_HASH) {
        let e = pos + 1;
        while (e < n) {
          const d = src.charCodeAt(e);
          if (d === C_LF || d === C_CR) break;
          e++;
        }
        return this.set(K_COMMENT, pos, e);
      }
      if (c === C_BACKSLASH) {
        if (this.isNewlineAt(pos + 1)) {
          let e = pos + 2;
          if (src.charCodeAt(pos + 1) === C_CR && e < n && src.charCodeAt(e) === C_LF) e++;
          this.pos = e;
          this.curLine++;
          this.curLineStart = e;
          this.continued = true;
          this.atBOL = true;
          if (e >= n) {
            this.err(this.curLine - 1, "unexpected end of file after line continuation");
          }
          continue;
        }
        this.lineHasTokens = true;
        return this.set(K_ERROR, pos, pos + 1);
      }

      // Recovery: a statement keyword at column 0 while brackets are open means a bracket was never closed.
      if (firstOnLine && this.depth > 0 && pos === this.curLineStart && c < 128 && IDENT_START[c] === 1) {
        let e = pos + 1;
        while (e < n && this.isIdentPart(src.charCodeAt(e))) e++;
        if (e - pos <= 6 && RECOVERY_KEYWORDS.has(src.slice(pos, e))) {
          this.err(this.curLine, "unclosed bracket before this line");
          this.depth = 0;
          this.atBOL = true;
          const kind = this.lineHasTokens ? K_NEWLINE : K_NL;
          this.lineHasTokens = false;
          this.set(kind, pos, pos);
          this.pos = pos;
          return kind;
        }
      }

      this.lineHasTokens = true;
      if ((c < 128 && IDENT_START[c] === 1) || (c >= 128 && isIdentNonAscii(c))) {
        let e = pos + 1;
        while (e < n) {
          const d = src.charCodeAt(e);
          if (d < 128 ? IDENT_PART[d] === 1 : isIdentNonAscii(d)) e++;
          else break;
        }
        if (e < n && e - pos <= 2) {
          const q = src.charCodeAt(e);
          if (q === C_SQUOTE || q === C_DQUOTE) {
            const flags = stringPrefixFlags(src, pos, e);
            if (flags !== 0) return this.lexString(pos, e, flags & 7);
          }
        }
        return this.set(K_NAME, pos, e);
      }
      if (c >= C_0 && c <= C_9) return this.lexNumber(pos);
      if (c === C_DOT) {
        const d = pos + 1 < n ? src.charCodeAt(pos + 1) : 0;
        if (d >= C_0 && d <= C_9) return this.lexNumber(pos);
        if (d === C_DOT && pos + 2 < n && src.charCodeAt(pos + 2) === C_DOT) return this.set(K_OP, pos, pos + 3);
        return this.set(K_OP, pos, pos + 1);
      }
      if (c === C_SQUOTE || c === C_DQUOTE) return this.lexString(pos, pos, 0);
      if (c < 128 && (OP1[c] === 1 || c === C_BANG)) {
        if (c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE) {
          this.depth++;
          return this.set(K_OP, pos, pos + 1);
        }
        if (c === C_RPAREN || c === C_RBRACKET || c === C_RBRACE) {
          if (this.depth > 0) this.depth--;
          return this.set(K_OP, pos, pos + 1);
        }
        const d = pos + 1 < n ? src.charCodeAt(pos + 1) : 0;
        if (d === C_EQ && EQ_SECOND[c] === 1) return this.set(K_OP, pos, pos + 2);
        if (c === C_BANG) return this.set(K_ERROR, pos, pos + 1);
        if ((c === C_STAR || c === C_SLASH || c === C_LT || c === C_GT) && d === c) {
          const e = pos + 2 < n && src.charCodeAt(pos + 2) === C_EQ ? pos + 3 : pos + 2;
          return this.set(K_OP, pos, e);
        }
        if (c === C_MINUS && d === C_GT) return this.set(K_OP, pos, pos + 2);
        if (c === C_LT && d === C_GT) return this.set(K_OP, pos, pos + 2); // Python 2 `<>` (ERRORTOKEN-free in 3.x tokenize)
        return this.set(K_OP, pos, pos + 1);
      }
      // Anything else (backtick, `$`, `?`, NUL, stray non-identifier unicode) is an error token of one code point.
      let e = pos + 1;
      if (c >= 0xd800 && c <= 0xdbff && e < n) e++;
      return this.set(K_ERROR, pos, e);
    }
  }

  private isIdentPart(c: number): boolean {
    return c < 128 ? IDENT_PART[c] === 1 : isIdentNonAscii(c);
  }

  private isNewlineAt(p: number): boolean {
    if (p >= this.n) return false;
    const c = this.src.charCodeAt(p);
    return c === C_LF || c === C_CR;
  }

  private eof(): number {
    const pos = this.n;
    this.pos = pos;
    this.firstOnLine = false;
    if (this.lineHasTokens && !this.eofNewlineEmitted) {
      this.eofNewlineEmitted = true;
      this.lineHasTokens = false;
      if (this.depth > 0) this.err(this.curLine, "unexpected end of file inside brackets");
      return this.set(K_NEWLINE, pos, pos);
    }
    if (this.depth > 0 && !this.eofNewlineEmitted) {
      this.eofNewlineEmitted = true;
      this.err(this.curLine, "unexpected end of file inside brackets");
    }
    if (this.indents.length > 1) {
      this.indents.pop();
      return this.set(K_DEDENT, pos, pos);
    }
    this.done = true;
    return this.set(K_EOF, pos, pos);
  }

  private lexNumber(pos: number): number {
    return this.set(K_NUMBER, pos, numberEnd(this.src, this.n, pos));
  }

  /**
   * Fast path for the scanner: consumes one whole physical line starting at the beginning of a logical line
   * when that line is blank, a comment, or a complete simple statement (ASCII only, brackets closed on the
   * line, no backslash outside strings, strings only when `hints` finds no string hint inside any of them) in
   * which no identifier is a candidate. An identifier is a candidate when `keys[identKey(...)]` is set and
   * `candidates` confirms it: the key table is read inline, so the common identifier costs no call. `hints`
   * null means no string can matter. Lexer state (line, indentation stack and its errors) ends up exactly as if the
   * line's tokens had been read with `next()`. Returns false, changing nothing, when the line does not qualify.
   * Callers use it only where the line's tokens cannot matter to them (see PythonFileScanner.scan).
   *
   * Line ends: LF, and CRLF in a file without a lone CR (checked once per file); a file with a lone CR (old Mac
   * line ends) is never skipped, which costs speed only.
   */
  skipLine(keys: Uint8Array, candidates: CandidateTest, hints: HintSearch | null): boolean {
    if (!this.atBOL || this.depth !== 0 || this.continued || this.pendingDedents !== 0 || this.done || this.lineHasTokens) return false;
    if (this.crMode !== CR_NONE) {
      if (this.crMode === CR_UNKNOWN) this.crMode = this.src.indexOf("\r") < 0 ? CR_NONE : /\r(?!\n)/.test(this.src) ? CR_LONE : CR_CRLF;
      if (this.crMode === CR_LONE) return false;
    }
    const src = this.src;
    const n = this.n;
    let p = this.pos;
    let col = 0;
    for (; p < n; p++) {
      const c = src.charCodeAt(p);
      if (c === C_SPACE) col++;
      else if (c === C_TAB) col = (((col / 8) | 0) + 1) * 8;
      else if (c === C_FF) col = 0;
      else break;
    }
    if (p >= n) return false;
    let c = src.charCodeAt(p);
    if (c === C_LF || c === C_CR || c === C_HASH) {
      // Blank or comment-only line: an NL (and a COMMENT) token, no indentation change.
      const e = c === C_LF ? p : src.indexOf("\n", p);
      if (e < 0) return false;
      this.pos = e + 1;
      this.curLine++;
      this.curLineStart = e + 1;
      return true;
    }
    let depth = 0;
    let lines = 0;
    for (;;) {
      if (p >= n) return false;
      c = src.charCodeAt(p);
      if (c >= 128) return false;
      switch (LINE_CLASS[c]) {
        case LC_IDENT: {
          let e = p + 1;
          let d = 0;
          while (e < n) {
            d = src.charCodeAt(e);
            if (d < 128 && IDENT_PART[d] === 1) e++;
            else break;
          }
          if (e - p <= 2 && (d === C_SQUOTE || d === C_DQUOTE) && e < n) {
            const flags = stringPrefixFlags(src, p, e);
            if (flags !== 0) {
              if ((flags & P_F) === 0) {
                p = e;
                continue; // a plain string: the quote is handled next
              }
              const simple = simpleFStringEnd(src, n, e);
              if (simple >= 0) {
                if (hints !== null && hints.next(p) < simple) return false;
                p = simple;
                continue;
              }
              const fe = this.fstringEnd(p, e, flags & 7);
              if (fe.end < 0 || (hints !== null && hints.next(p) < fe.end)) return false;
              lines += fe.lines;
              p = fe.end;
              continue;
            }
          }
          if (d >= 128 && e < n) return false;
          if (keys[((e - p) * 961 + c * 31 + src.charCodeAt(e - 1)) & 4095] === 1 && candidates.isCandidate(src, p, e)) return false;
          p = e;
          continue;
        }
        case LC_OP:
        case LC_SPACE:
          p++;
          continue;
        case LC_DIGIT:
          p = numberEnd(src, n, p);
          continue;
        case LC_DOT: {
          const d = p + 1 < n ? src.charCodeAt(p + 1) : 0;
          p = d >= C_0 && d <= C_9 ? numberEnd(src, n, p) : p + 1;
          continue;
        }
        case LC_OPEN:
          depth++;
          p++;
          continue;
        case LC_CLOSE:
          if (depth > 0) depth--;
          p++;
          continue;
        case LC_BANG:
          if (p + 1 < n && src.charCodeAt(p + 1) === C_EQ) {
            p += 2;
            continue;
          }
          return false;
        case LC_QUOTE: {
          const sStart = p;
          const q = c;
          if (p + 2 < n && src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
            // Triple-quoted: may span lines. Its end is the first closing triple quote not escaped by an odd
            // run of backslashes (a backslash escapes one character, so `\\"""` still closes).
            const close = q === C_DQUOTE ? '"""' : "'''";
            let i = p + 3;
            for (;;) {
              const e = src.indexOf(close, i);
              if (e < 0) return false;
              let b = 0;
              while (e - b - 1 >= i && src.charCodeAt(e - b - 1) === C_BACKSLASH) b++;
              if ((b & 1) === 1) {
                i = e + 1;
                continue;
              }
              i = e + 3;
              break;
            }
            if (hints !== null && hints.next(sStart) < i) return false;
            for (let nl = src.indexOf("\n", sStart); nl >= 0 && nl < i; nl = src.indexOf("\n", nl + 1)) lines++;
            p = i;
            continue;
          }
          let i = p + 1;
          for (;;) {
            if (i >= n) return false;
            const d = src.charCodeAt(i);
            if (d === q) break;
            if (d === C_BACKSLASH) {
              const x = i + 1 < n ? src.charCodeAt(i + 1) : 0;
              if (x === C_LF || x === C_CR) return false;
              i += 2;
            } else if (d === C_LF || d === C_CR) return false;
            else i++;
          }
          if (hints !== null && hints.next(sStart) < i + 1) return false;
          p = i + 1;
          continue;
        }
        case LC_HASH: {
          // Up to the line feed (in a CRLF file the CR before it is part of the line end).
          const e = src.indexOf("\n", p);
          if (e < 0) return false;
          p = e;
          continue;
        }
        case LC_LF:
          if (depth !== 0) return false;
          break;
        case LC_CR:
          // Only CRLF reaches here (see crMode): the line ends at the LF.
          if (depth !== 0) return false;
          p++;
          break;
        default:
          return false; // backslash, error characters
      }
      break;
    }
    // Accepted: apply the indentation of the line as next() would, then move past its newline.
    const indents = this.indents;
    const top = indents[indents.length - 1] ?? 0;
    if (col > top) indents.push(col);
    else if (col < top) {
      while (indents.length > 1 && (indents[indents.length - 1] ?? 0) > col) indents.pop();
      if (indents.length - 1 < this.minIndentLevel) this.minIndentLevel = indents.length - 1;
      if ((indents[indents.length - 1] ?? 0) !== col) {
        this.err(this.curLine, "unindent does not match any outer indentation level");
        indents.push(col);
      }
    }
    this.pos = p + 1;
    this.curLine += lines + 1;
    this.curLineStart = p + 1;
    return true;
  }

  /**
   * For skipLine: the end of the f-string at `start` (quote at `qpos`) as next() would lex it and the number of
   * newlines inside, or end -1 when it is unterminated. Leaves the lexer's position, line and errors as they were.
   */
  private fstringEnd(start: number, qpos: number, flags: number): { end: number; lines: number } {
    const line = this.curLine;
    const lineStart = this.curLineStart;
    const pos = this.pos;
    const nErrors = this.errors.length;
    const kind = this.lexString(start, qpos, flags);
    const out = { end: kind === K_FSTRING ? this.end : -1, lines: this.curLine - line };
    this.curLine = line;
    this.curLineStart = lineStart;
    this.pos = pos;
    this.errors.length = nErrors;
    return out;
  }

  /** Advance the line counter over a newline at p; returns the offset after it. */
  private newlineAt(p: number): number {
    const src = this.src;
    let e = p + 1;
    if (src.charCodeAt(p) === C_CR && e < this.n && src.charCodeAt(e) === C_LF) e++;
    this.curLine++;
    this.curLineStart = e;
    return e;
  }

  /**
   * A string starting at `start` (prefix) with its quote at `qpos`. Plain strings take a tight loop;
   * f-strings go through lexFString. On an unterminated string, recovers (see the file comment).
   */
  private lexString(start: number, qpos: number, flags: number): number {
    const src = this.src;
    const n = this.n;
    const q = src.charCodeAt(qpos);
    const triple = qpos + 2 < n && src.charCodeAt(qpos + 1) === q && src.charCodeAt(qpos + 2) === q;
    const qlen = triple ? 3 : 1;
    const startLine = this.curLine;
    const startLineStart = this.curLineStart;
    const startCol = start - startLineStart;
    this.strPrefixLen = qpos - start;
    this.strQuoteLen = qlen;
    this.strFlags = flags;
    if (flags & P_F) return this.lexFString(start, qpos, q, triple);
    let p = qpos + qlen;
    for (;;) {
      if (p >= n) break;
      const c = src.charCodeAt(p);
      if (c === q) {
        if (!triple) return this.finishString(K_STRING, start, p + 1, startLine, startCol);
        if (p + 2 < n && src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
          return this.finishString(K_STRING, start, p + 3, startLine, startCol);
        }
        p++;
      } else if (c === C_BACKSLASH) {
        if (p + 1 < n) {
          const d = src.charCodeAt(p + 1);
          if (d === C_LF || d === C_CR) p = this.newlineAt(p + 1);
          else p += 2;
        } else p++;
      } else if (c === C_LF || c === C_CR) {
        if (!triple) {
          this.err(startLine, "unterminated string literal");
          return this.finishString(K_ERROR, start, p, startLine, startCol);
        }
        p = this.newlineAt(p);
      } else p++;
    }
    return this.unterminatedAtEof(start, startLine, startLineStart, startCol, triple);
  }

  private finishString(kind: number, start: number, end: number, line: number, col: number): number {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.line = line;
    this.col = col;
    this.pos = end;
    return kind;
  }

  /** EOF inside a string: the error token covers only the rest of the opening line; scanning resumes after it. */
  private unterminatedAtEof(start: number, startLine: number, startLineStart: number, startCol: number, triple: boolean): number {
    const src = this.src;
    this.err(startLine, triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
    let e = start;
    while (e < this.n) {
      const c = src.charCodeAt(e);
      if (c === C_LF || c === C_CR) break;
      e++;
    }
    this.curLine = startLine;
    this.curLineStart = startLineStart;
    return this.finishString(K_ERROR, start, e, startLine, startCol);
  }

  /**
   * f-strings with an explicit frame stack: STR (literal part of some string), EXPR (a replacement field's
   * expression, with its own bracket depth) and SPEC (a format spec, which may nest replacement fields).
   */
  private lexFString(start: number, qpos: number, q0: number, triple0: boolean): number {
    const src = this.src;
    const n = this.n;
    const startLine = this.curLine;
    const startLineStart = this.curLineStart;
    const startCol = start - startLineStart;
    // Frame arrays. kind: 0 STR, 1 EXPR, 2 SPEC.
    const fk: number[] = [0];
    const fq: number[] = [q0];
    const ft: boolean[] = [triple0];
    const fflags: number[] = [this.strFlags];
    const fdepth: number[] = [0];
    const fowner: number[] = [0];
    let p = qpos + (triple0 ? 3 : 1);
    let failed = false;
    while (fk.length > 0) {
      if (p >= n) {
        failed = true;
        break;
      }
      const top = fk.length - 1;
      const kind = fk[top] ?? 0;
      const c = src.charCodeAt(p);
      if (kind !== 1) {
        const owner = kind === 0 ? top : (fowner[top] ?? 0);
        const oq = fq[owner] ?? 0;
        const otriple = ft[owner] ?? false;
        const oflags = fflags[owner] ?? 0;
        if (c === C_BACKSLASH) {
          if (p + 1 >= n) {
            p++;
            continue;
          }
          const d = src.charCodeAt(p + 1);
          if (d === C_LF || d === C_CR) p = this.newlineAt(p + 1);
          else if (d === C_LBRACE || d === C_RBRACE) p++; // a backslash does not escape a brace: `\{{` is `\` + `{{`
          else if (d === 78 /* N */ && (oflags & (P_RAW | P_F)) === P_F && p + 2 < n && src.charCodeAt(p + 2) === C_LBRACE) {
            // \N{NAME}: the braces belong to the escape.
            let e = p + 3;
            while (e < n && src.charCodeAt(e) !== C_RBRACE && src.charCodeAt(e) !== oq && src.charCodeAt(e) !== C_LF) e++;
            p = e < n && src.charCodeAt(e) === C_RBRACE ? e + 1 : e;
          } else p += 2;
          continue;
        }
        if (c === oq) {
          if (!otriple) {
            fk.length = owner;
            p++;
            this.truncateFrames(fq, ft, fflags, fdepth, fowner, owner);
            continue;
          }
          if (p + 2 < n && src.charCodeAt(p + 1) === oq && src.charCodeAt(p + 2) === oq) {
            fk.length = owner;
            p += 3;
            this.truncateFrames(fq, ft, fflags, fdepth, fowner, owner);
            continue;
          }
          p++;
          continue;
        }
        if (c === C_LF || c === C_CR) {
          if (!otriple) {
            failed = true;
            break;
          }
          p = this.newlineAt(p);
          continue;
        }
        if (oflags & P_F) {
          if (c === C_LBRACE) {
            if (kind === 0 && p + 1 < n && src.charCodeAt(p + 1) === C_LBRACE) {
              p += 2;
              continue;
            }
            fk.push(1);
            fq.push(0);
            ft.push(false);
            fflags.push(0);
            fdepth.push(0);
            fowner.push(owner);
            p++;
            continue;
          }
          if (c === C_RBRACE) {
            if (kind === 2) {
              this.popFrame(fk, fq, ft, fflags, fdepth, fowner);
              p++;
            } else p += p + 1 < n && src.charCodeAt(p + 1) === C_RBRACE ? 2 : 1;
            continue;
          }
        }
        p++;
        continue;
      }
      // EXPR frame.
      const owner = fowner[top] ?? 0;
      if (c === C_SQUOTE || c === C_DQUOTE) {
        p = this.pushNested(p, 0, fk, fq, ft, fflags, fdepth, fowner);
        continue;
      }
      if ((c < 128 && IDENT_START[c] === 1) || (c >= 128 && isIdentNonAscii(c))) {
        let e = p + 1;
        while (e < n && this.isIdentPart(src.charCodeAt(e))) e++;
        if (e < n && e - p <= 2) {
          const qq = src.charCodeAt(e);
          if (qq === C_SQUOTE || qq === C_DQUOTE) {
            const flags = stringPrefixFlags(src, p, e);
            if (flags !== 0) {
              p = this.pushNested(e, flags & 7, fk, fq, ft, fflags, fdepth, fowner);
              continue;
            }
          }
        }
        p = e;
        continue;
      }
      if (c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE) {
        fdepth[top] = (fdepth[top] ?? 0) + 1;
        p++;
        continue;
      }
      if (c === C_RPAREN || c === C_RBRACKET) {
        if ((fdepth[top] ?? 0) > 0) fdepth[top] = (fdepth[top] ?? 0) - 1;
        p++;
        continue;
      }
      if (c === C_RBRACE) {
        if ((fdepth[top] ?? 0) > 0) fdepth[top] = (fdepth[top] ?? 0) - 1;
        else this.popFrame(fk, fq, ft, fflags, fdepth, fowner);
        p++;
        continue;
      }
      if (c === C_COLON && (fdepth[top] ?? 0) === 0) {
        fk[top] = 2;
        p++;
        continue;
      }
      if (c === C_BANG && p + 1 < n && src.charCodeAt(p + 1) === C_EQ) {
        p += 2;
        continue;
      }
      if (c === C_HASH) {
        while (p < n && src.charCodeAt(p) !== C_LF && src.charCodeAt(p) !== C_CR) p++;
        continue;
      }
      if (c === C_BACKSLASH && p + 1 < n && (src.charCodeAt(p + 1) === C_LF || src.charCodeAt(p + 1) === C_CR)) {
        p = this.newlineAt(p + 1);
        continue;
      }
      if (c === C_LF || c === C_CR) {
        if (!(ft[owner] ?? false)) {
          failed = true;
          break;
        }
        p = this.newlineAt(p);
        continue;
      }
      p++;
    }
    if (!failed) return this.finishString(K_FSTRING, start, p, startLine, startCol);
    if (!triple0 && this.curLine === startLine) {
      this.err(startLine, "unterminated f-string");
      return this.finishString(K_ERROR, start, p, startLine, startCol);
    }
    return this.unterminatedAtEof(start, startLine, startLineStart, startCol, triple0);
  }

  private pushNested(
    qpos: number,
    flags: number,
    fk: number[],
    fq: number[],
    ft: boolean[],
    fflags: number[],
    fdepth: number[],
    fowner: number[],
  ): number {
    const src = this.src;
    const q = src.charCodeAt(qpos);
    const triple = qpos + 2 < this.n && src.charCodeAt(qpos + 1) === q && src.charCodeAt(qpos + 2) === q;
    fk.push(0);
    fq.push(q);
    ft.push(triple);
    fflags.push(flags);
    fdepth.push(0);
    fowner.push(fk.length - 1);
    return qpos + (triple ? 3 : 1);
  }

  private popFrame(fk: number[], fq: number[], ft: boolean[], fflags: number[], fdepth: number[], fowner: number[]): void {
    fk.pop();
    fq.pop();
    ft.pop();
    fflags.pop();
    fdepth.pop();
    fowner.pop();
  }

  private truncateFrames(fq: number[], ft: boolean[], fflags: number[], fdepth: number[], fowner: number[], len: number): void {
    fq.length = len;
    ft.length = len;
    fflags.length = len;
    fdepth.length = len;
    fowner.length = len;
  }
}

/** Tokenize a whole source into Token objects. Never throws. */
export function tokenize(source: string): Token[] {
  const lx = new Lexer(typeof source === "string" ? source : String(source));
  const out: Token[] = [];
  for (;;) {
    const k = lx.next();
    out.push({ type: KIND_NAMES[k] ?? "errortoken", value: lx.text(), line: lx.line, col: lx.col, start: lx.start, end: lx.end });
    if (k === K_EOF) break;
  }
  return out;
}

/** Tokenize and also return the recovered errors (first ones, with their lines). */
export function tokenizeWithErrors(source: string): { tokens: Token[]; errors: TokenizeError[] } {
  const lx = new Lexer(source);
  const tokens: Token[] = [];
  for (;;) {
    const k = lx.next();
    tokens.push({ type: KIND_NAMES[k] ?? "errortoken", value: lx.text(), line: lx.line, col: lx.col, start: lx.start, end: lx.end });
    if (k === K_EOF) break;
  }
  return { tokens, errors: lx.errors };
}

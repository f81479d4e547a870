/**
 * setup.py, read statically: it is tokenized (never executed) and only literal values are understood:
 * `setup(install_requires=[...], extras_require={...}, tests_require=[...])`, where a value may be a
 * module-level variable (`REQUIRED = [...]`, extended with `+=`, `.append()`, `.extend()`; a dict of extras
 * filled one group at a time, `extras["nlp"] = [...]`, whose entries other values may name) or a `+`
 * concatenation of those; a set literal of requirements reads as a list. A conditional expression
 * (`["tensorflow-gpu"] if gpu else ["tensorflow"]`) declares both branches, and a call of a function the file
 * defines stands for what its `return` statements give (stable-baselines' `find_tf_dependency()`). Hugging
 * Face's idiom of one `_deps` list of pins named as `deps["torch"]` or `deps_list("torch", "accelerate")`
 * reads as those pins (Parser.requirementNamed), and a call that names one requirements file of the repository
 * (`fetch_requirements("requirements/runtime.txt")`, `open(os.path.join(here, "requirements.txt")).readlines()`)
 * reads as that file's requirements (Parser.requirementsFileRead). Anything else computed at run time (other
 * file reads, comprehensions, other calls) is simply not declared, except a requirement
 * whose name is written and only its version computed (`"onnx>=" + onnx_version`, `f"torch=={TORCH_VERSION}"`,
 * `"tensorflow" + ">=%s" % v`): that declares the package, version unknown.
 */
import { tokenizeWithErrors, type Token } from "../python/tokenizer.js";
import type { ManifestContext } from "./index.js";
import { manifestKind } from "./kind.js";
import { readRequirements, resolveRelative } from "./requirements.js";
import { declare, emptyResult, provide, parsePep508, problem, specifierErrorMessage, type ManifestResult } from "./common.js";

/** A string literal with the line it is written on. */
interface Str {
  value: string;
  line: number;
  /** Only the start of the string is known (the rest is computed): `value` is that start. */
  prefixOnly?: true;
}
/**
 * A list is `partial` when some of its items are computed (a comprehension, a `*spread`, a call) and were left
 * out. A `prefix` is a string whose start is written and whose rest is computed.
 */
type Value = { t: "str"; s: Str } | { t: "prefix"; s: Str } | { t: "list"; items: Str[]; partial?: true } | { t: "dict"; entries: Map<string, Value> } | { t: "dynamic" };

/**
 * The distribution a requirement names when only its start is known: the name must be followed by what ends
 * a name (an extras bracket, a version operator, `@`, `;`), since `"tensorflow" + suffix` may be
 * `tensorflow-gpu`.
 */
function prefixName(start: string): string | undefined {
  return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\]\s*)?(?:===|==|~=|!=|<=|>=|<|>|@|;)/.exec(start)?.[1];
}

/** A value as one requirement string: a literal, or a prefix whose package name is written; else undefined. */
function requirementItem(v: Value): Str | undefined {
  if (v.t === "str") return v.s;
  if (v.t === "prefix" && prefixName(v.s.value)) return { ...v.s, prefixOnly: true };
  return undefined;
}

/** The literal text of an f-string up to its first replacement field (`f"torch=={v}"` -> `torch==`). */
export function fstringPrefix(token: string): string | undefined {
  const m = /^([fFrR]{1,2})('''|"""|'|")/.exec(token);
  if (!m || !/[fF]/.test(m[1] ?? "")) return undefined;
  const body = token.slice(m[0].length);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "{" || c === "}") {
      if (body[i + 1] === c) {
        out += c;
        i++;
        continue;
      }
      break;
    }
    if (c === "\\" || body.startsWith(m[2]!, i)) break; // escapes are not worth decoding for a name
    out += c;
  }
  return out;
}

/** The literal text of a `%`-format string up to its first conversion (`">=%s,<%s" % v` -> `>=`). */
export function percentPrefix(format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== "%") out += format[i];
    else if (format[i + 1] === "%") out += format[++i];
    else break;
  }
  return out;
}

/** The literal text of a `str.format` template up to its first replacement field (`"torch=={}"` -> `torch==`). */
export function formatPrefix(template: string): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== "{" && c !== "}") out += c;
    else if (template[i + 1] === c) out += template[++i];
    else break;
  }
  return out;
}

/**
 * Either of two values (a conditional expression's branches, a function's return statements), as the list of
 * every requirement either may be: each is one way the file declares its dependencies.
 */
function either(a: Value, b: Value): Value {
  const acc = new Alternatives();
  acc.add(a);
  acc.add(b);
  return acc.value();
}

/** Requirements gathered from several values (either()'s branches, a function's return statements), in order. */
class Alternatives {
  private readonly items: Str[] = [];
  private partial = false;
  private any = false;
  add(v: Value): void {
    this.any = true;
    const item = requirementItem(v);
    if (item) this.items.push(item);
    else if (v.t === "list") {
      for (const i of v.items) this.items.push(i);
      if (v.partial) this.partial = true;
    } else this.partial = true;
  }
  /** DYNAMIC when nothing was added or nothing readable was. */
  value(): Value {
    if (!this.any || (this.items.length === 0 && this.partial)) return DYNAMIC;
    return this.partial ? { t: "list", items: this.items, partial: true } : { t: "list", items: this.items };
  }
}

const DYNAMIC: Value = { t: "dynamic" };
const MAX_DEPTH = 64;

/** The value of a Python string literal token (prefixes r/u/b, single or triple quotes); undefined for f-strings/bytes. */
export function stringLiteral(token: string): string | undefined {
  const m = /^([rRuUbB]{0,2})('''|"""|'|")/.exec(token);
  if (!m) return undefined;
  const prefix = (m[1] ?? "").toLowerCase();
  if (prefix.includes("b")) return undefined;
  const q = m[2] ?? '"';
  let body = token.slice(m[0].length);
  if (body.endsWith(q)) body = body.slice(0, -q.length);
  if (prefix.includes("r")) return body;
  return body.replace(/\\(\r\n|\n|\r|[\\'"abfnrtv]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})/g, (_m, e: string) => {
    if (e.startsWith("\n") || e.startsWith("\r")) return "";
    if (e.startsWith("x") || e.startsWith("u")) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v" } as Record<string, string>)[e] ?? e;
  });
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Token[],
    private readonly vars: Map<string, Value>,
    /** What each function the file has defined so far returns (either() of its return statements). */
    private readonly returns: ReadonlyMap<string, Value> = new Map(),
    /** The requirements of a requirements file the setup.py names (a path as written in it), if it can be read. */
    private readonly requirementsFile: (written: string) => string[] | undefined = () => undefined,
  ) {}

  get pos(): number {
    return this.i;
  }
  set pos(v: number) {
    this.i = v;
  }
  peek(k = 0): Token | undefined {
    return this.toks[this.i + k];
  }
  private isOp(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.type === "op" && t.value === v;
  }

  /** At the `if` of a conditional expression: move past its `else` (true) or, without one, leave it (false). */
  private skipToElse(): boolean {
    let depth = 0;
    for (let k = this.i + 1; k < this.toks.length; k++) {
      const t = this.toks[k] as Token;
      if (t.type === "eof" || (depth === 0 && t.type === "newline")) return false;
      if (t.type === "op" && "([{".includes(t.value)) depth++;
      else if (t.type === "op" && ")]}".includes(t.value)) {
        if (--depth < 0) return false;
      } else if (depth === 0 && t.type === "op" && (t.value === "," || t.value === ":")) return false;
      else if (depth === 0 && t.type === "name" && t.value === "else") {
        this.i = k + 1;
        return true;
      }
    }
    return false;
  }

  /** Skip a balanced expression up to (not including) a `,` `)` `]` `}` `:` at depth 0, or a newline. */
  skipExpr(): void {
    let depth = 0;
    for (; this.i < this.toks.length; this.i++) {
      const t = this.toks[this.i] as Token;
      if (t.type === "eof") return;
      if (depth === 0 && (t.type === "newline" || (t.type === "op" && [",", ")", "]", "}", ":"].includes(t.value)))) return;
      if (t.type === "op" && "([{".includes(t.value)) depth++;
      else if (t.type === "op" && ")]}".includes(t.value)) depth--;
    }
  }

  /** expr := term ('+' term)* */
  expr(depth = 0): Value {
    const start = this.i;
    let v = this.term(depth);
    while (this.isOp("+")) {
      this.i++;
      v = concat(v, this.term(depth));
    }
    // `a if condition else b`: either branch
    if (this.peek()?.type === "name" && this.peek()?.value === "if" && depth < MAX_DEPTH && this.skipToElse()) v = either(v, this.expr(depth + 1));
    const t = this.peek();
    const atEnd = !t || t.type === "newline" || t.type === "eof" || (t.type === "op" && [",", ")", "]", "}", ":"].includes(t.value));
    if (!atEnd) {
      this.i = start;
      this.skipExpr();
      return DYNAMIC;
    }
    return v;
  }

  private term(depth: number): Value {
    const t = this.peek();
    if (!t || depth > MAX_DEPTH) return DYNAMIC;
    if (t.type === "string" || t.type === "fstring") {
      const parts: string[] = [];
      const line = t.line;
      let ok = true;
      let prefix = false;
      while (this.peek()?.type === "string" || this.peek()?.type === "fstring") {
        const tok = this.peek() as Token;
        this.i++;
        if (prefix || !ok) continue;
        const s = tok.type === "string" ? stringLiteral(tok.value) : undefined;
        if (s !== undefined) {
          parts.push(s);
          continue;
        }
        const start = tok.type === "fstring" ? fstringPrefix(tok.value) : undefined;
        if (start === undefined) ok = false;
        else {
          parts.push(start);
          prefix = true;
        }
      }
      if (!ok) return DYNAMIC;
      let value = parts.join("");
      // `"torch>=%s" % v` and `"torch>={}".format(v)`: the text up to the first field is written
      if (!prefix && this.isOp("%")) {
        this.i++;
        this.skipTerm();
        value = percentPrefix(value);
        prefix = true;
      } else if (!prefix && this.isOp(".") && this.peek(1)?.value === "format" && this.isOp("(", 2)) {
        this.i += 3;
        this.skipTo(")");
        if (this.isOp(")")) this.i++;
        value = formatPrefix(value);
        prefix = true;
      }
      return { t: prefix ? "prefix" : "str", s: { value, line } };
    }
    if (t.type === "op" && (t.value === "[" || t.value === "(")) return this.sequence(t.value === "[" ? "]" : ")", depth);
    if (t.type === "op" && t.value === "{") {
      // `{"a", "b"}` is a set of requirements (read as a list), `{"k": v}` a dict.
      if (!this.isOp("}", 1) && this.isSetLiteral()) return this.sequence("}", depth);
      this.i++;
      const entries = new Map<string, Value>();
      while (this.peek() && !this.isOp("}") && this.peek()?.type !== "eof") {
        const key = this.expr(depth + 1);
        if (this.isOp(":")) {
          this.i++;
          const value = this.expr(depth + 1);
          if (key.t === "str") entries.set(key.s.value, value);
        } else if (!this.isOp(",")) {
          this.skipTo("}");
          break;
        }
        if (this.isOp(",")) this.i++;
        else if (!this.isOp("}")) this.skipTo("}");
      }
      if (this.isOp("}")) this.i++;
      return { t: "dict", entries };
    }
    if (t.type === "name") {
      // a call that reads a requirements file the file names: `fetch_requirements("requirements/base.txt")`,
      // `open(os.path.join(here, "requirements.txt")).readlines()`, `Path("requirements.txt").read_text().split()`
      if (this.isOp("(", 1) || this.isOp(".", 1)) {
        const read = this.requirementsFileRead(t.line);
        if (read) return read;
      }
      // dict(key=[...], ...)
      if (t.value === "dict" && this.isOp("(", 1)) {
        this.i += 2;
        const entries = new Map<string, Value>();
        for (const [k, v] of this.keywordArgs(depth + 1)) entries.set(k, v);
        return { t: "dict", entries };
      }
      if ((t.value === "list" || t.value === "tuple") && this.isOp("(", 1)) {
        this.i += 2;
        const v = this.expr(depth + 1);
        if (this.isOp(")")) this.i++;
        else this.skipTo(")");
        return v;
      }
      // a call of a function defined above: what it returns (its arguments are not looked at), unless that is
      // computed and every argument names a requirement of the file: `deps_list("torch", "accelerate")`
      const returned = this.isOp("(", 1) ? this.returns.get(t.value) : undefined;
      if (returned) {
        const named = returned.t === "dynamic" || (returned.t === "list" && returned.partial) ? this.requirementsNamedByArgs(1) : undefined;
        return this.callStandsFor(2, named ? { t: "list", items: named } : returned);
      }
      // a plain variable (not an attribute access or a call)
      if (!this.isOp(".", 1) && !this.isOp("(", 1) && !this.isOp("[", 1)) {
        this.i++;
        return this.vars.get(t.value) ?? DYNAMIC;
      }
      // an entry of a dict variable: `extras["test"]`
      const key = this.subscriptKey(1);
      if (key !== undefined && !this.isOp(".", 4) && !this.isOp("(", 4) && !this.isOp("[", 4)) {
        this.i += 4;
        const dict = this.vars.get(t.value);
        const named = dict?.t === "dict" && dict.entries.has(key) ? undefined : this.requirementNamed(key);
        return (dict?.t === "dict" ? dict.entries.get(key) : undefined) ?? (named ? { t: "str", s: named } : DYNAMIC);
      }
      const passed = this.listPassedToCall();
      if (passed) return passed;
    }
    this.skipTerm();
    return DYNAMIC;
  }

  /**
   * At a name that starts a call or attribute chain: when the chain holds exactly one string naming a
   * requirements file that can be read (microsoft/DeepSpeed's `fetch_requirements('requirements/requirements.txt')`,
   * coqui-ai/TTS's `open(os.path.join(cwd, "requirements.txt"), "r").readlines()`), moves past the chain and gives
   * that file's requirements, written at the line of the call. Such helpers strip comments and options and keep
   * the requirements; what the file declares is read exactly as pip would read it.
   */
  private requirementsFileRead(line: number): Value | undefined {
    const start = this.i;
    this.skipTerm();
    const end = this.i;
    this.i = start;
    let found: string[] | undefined;
    for (let k = start; k < end; k++) {
      const tok = this.toks[k] as Token;
      if (tok.type !== "string") continue;
      const written = stringLiteral(tok.value);
      if (written === undefined || !/\.(txt|in|pip)$/.test(written)) continue;
      const reqs = this.requirementsFile(written);
      if (reqs === undefined) continue;
      if (found) return undefined; // two files: which one is read is not known
      found = reqs;
    }
    if (!found) return undefined;
    this.i = end;
    return { t: "list", items: found.map((value) => ({ value, line })) };
  }

  /**
   * The requirement string of a list variable of the file whose name, as written, is `key`: Hugging Face's
   * setup.py idiom (transformers, diffusers, open-r1, alignment-handbook) keeps every pin in one `_deps` list,
   * builds `deps = {name: requirement}` from it with a comprehension, and names entries as `deps["torch"]` or
   * `deps_list("torch", "accelerate")`. The name is read as that comprehension's regex reads it: up to the
   * first of `[`, `]`, space or a version operator character.
   */
  private requirementNamed(key: string): Str | undefined {
    for (const v of this.vars.values()) {
      if (v.t !== "list") continue;
      for (const item of v.items) if (!item.prefixOnly && /^[^!=<>~ [\]]+/.exec(item.value)?.[0] === key) return item;
    }
    return undefined;
  }

  /** At a call whose `(` is `k` tokens ahead: the requirements its arguments name when all are such strings. */
  private requirementsNamedByArgs(k: number): Str[] | undefined {
    const items: Str[] = [];
    let j = k + 1;
    for (;;) {
      const arg = this.peek(j);
      if (arg?.type !== "string") return undefined;
      const key = stringLiteral(arg.value);
      const item = key === undefined ? undefined : this.requirementNamed(key);
      if (!item) return undefined;
      items.push(item);
      if (this.isOp(")", j + 1)) return items;
      if (!this.isOp(",", j + 1)) return undefined;
      j += 2;
      if (this.isOp(")", j)) return items;
    }
  }

  /**
   * At a call of a function the file does not define whose first argument is a list variable
   * (`install_requires = ag.get_dependency_version_ranges(install_requires)`, autogluon): that list's items,
   * computed (partial). Such a function adds version ranges or markers to the requirements it is given far
   * more often than it drops one, and reading nothing would report every one of them as undeclared.
   */
  private listPassedToCall(): Value | undefined {
    let k = 0;
    while (this.isOp(".", k + 1) && this.peek(k + 2)?.type === "name") k += 2;
    const arg = this.peek(k + 2);
    if (!this.isOp("(", k + 1) || arg?.type !== "name" || !(this.isOp(",", k + 3) || this.isOp(")", k + 3))) return undefined;
    const list = this.vars.get(arg.value);
    if (list?.t !== "list") return undefined;
    return this.callStandsFor(k + 2, { t: "list", items: list.items, partial: true });
  }

  /**
   * Moves past a call whose arguments start `argsAt` tokens ahead and returns `value` for it, or DYNAMIC when an
   * attribute, call or subscript follows the call (`f(x).copy()`: what that gives is not known).
   */
  private callStandsFor(argsAt: number, value: Value): Value {
    this.i += argsAt;
    this.skipTo(")");
    if (this.isOp(")")) this.i++;
    if (!this.isOp(".") && !this.isOp("(") && !this.isOp("[")) return value;
    this.skipTerm();
    return DYNAMIC;
  }

  /** The items of a list, tuple or set literal whose opening bracket is the current token, up to `close`. */
  private sequence(close: string, depth: number): Value {
    this.i++;
    const items: Str[] = [];
    let dynamic = false;
    while (this.peek() && !this.isOp(close) && this.peek()?.type !== "eof") {
      if (this.peek()?.type === "name" && this.peek()?.value === "for") {
        dynamic = true; // comprehension
      }
      if (this.isOp("*")) {
        this.i++;
        dynamic = true;
      }
      const before = this.i;
      const v = this.expr(depth + 1);
      const item = requirementItem(v);
      if (item) items.push(item);
      else if (v.t === "list") items.push(...v.items);
      else dynamic = true;
      if (this.isOp(",")) this.i++;
      else if (!this.isOp(close)) {
        if (this.i === before) this.i++;
        this.skipTo(close);
        dynamic = true;
      }
    }
    if (this.isOp(close)) this.i++;
    // `("a")` is a parenthesised string, `("a",)` a tuple: both are fine as a list of requirements.
    return dynamic ? (items.length > 0 ? { t: "list", items, partial: true } : DYNAMIC) : { t: "list", items };
  }

  /** The key of a `[ "string" ]` subscript starting `k` tokens ahead, if it is one. */
  subscriptKey(k: number): string | undefined {
    const key = this.peek(k + 1);
    if (!this.isOp("[", k) || key?.type !== "string" || !this.isOp("]", k + 2)) return undefined;
    return stringLiteral(key.value);
  }

  /** At `{`: whether the braces hold a set (`{"a", "b"}`, `{x for ...}`), not a dict (a `:` at depth 1). */
  private isSetLiteral(): boolean {
    let depth = 0;
    for (let k = this.i; k < this.toks.length; k++) {
      const t = this.toks[k] as Token;
      if (t.type === "eof") return false;
      if (t.type !== "op") continue;
      if ("([{".includes(t.value)) depth++;
      else if (")]}".includes(t.value)) {
        depth--;
        if (depth === 0) return true;
      } else if (depth === 1 && t.value === ":") return false;
    }
    return false;
  }

  /** Skip one operand (a name with trailing calls/attributes/subscripts, or a single token). */
  private skipTerm(): void {
    const t = this.peek();
    if (!t) return;
    this.i++;
    if (t.type === "op" && "([{".includes(t.value)) {
      this.skipTo(t.value === "(" ? ")" : t.value === "[" ? "]" : "}");
      if (this.isOp(")") || this.isOp("]") || this.isOp("}")) this.i++;
    }
    while (this.isOp(".") || this.isOp("(") || this.isOp("[")) {
      const open = this.peek()?.value;
      this.i++;
      if (open === ".") {
        if (this.peek()?.type === "name") this.i++;
        continue;
      }
      const close = open === "(" ? ")" : "]";
      this.skipTo(close);
      if (this.isOp(close)) this.i++;
    }
  }

  /** Move to the matching `close` at the current depth (not past it). */
  skipTo(close: string): void {
    let depth = 0;
    for (; this.i < this.toks.length; this.i++) {
      const t = this.toks[this.i] as Token;
      if (t.type === "eof") return;
      if (t.type !== "op") continue;
      if ("([{".includes(t.value)) depth++;
      else if (")]}".includes(t.value)) {
        if (depth === 0 && t.value === close) return;
        depth--;
        if (depth < 0) return;
      }
    }
  }

  /** `name=expr, ...)` after an opening parenthesis; consumes the closing `)`. */
  keywordArgs(depth: number): [string, Value][] {
    const out: [string, Value][] = [];
    while (this.peek() && !this.isOp(")") && this.peek()?.type !== "eof") {
      const t = this.peek() as Token;
      if (t.type === "name" && this.isOp("=", 1)) {
        this.i += 2;
        out.push([t.value, this.expr(depth)]);
      } else if (this.isOp("**")) {
        // `setup(**setup_args)` with `setup_args = {"install_requires": [...], ...}` (tensorflow/model-analysis)
        this.i++;
        const spread = this.expr(depth);
        if (spread.t === "dict") out.push(...spread.entries);
      } else {
        this.skipExpr();
      }
      if (this.isOp(",")) this.i++;
      else if (!this.isOp(")")) {
        this.skipTo(")");
        break;
      }
    }
    if (this.isOp(")")) this.i++;
    return out;
  }
}

function concat(a: Value, b: Value): Value {
  if (a.t === "list" && b.t === "list") return a.partial || b.partial ? { t: "list", items: [...a.items, ...b.items], partial: true } : { t: "list", items: [...a.items, ...b.items] };
  if (a.t === "str" && b.t === "str") return { t: "str", s: { value: a.s.value + b.s.value, line: a.s.line } };
  // a written start and a computed rest: `"onnx>=" + onnx_version`
  if (a.t === "str" && (b.t === "prefix" || b.t === "dynamic")) return { t: "prefix", s: { value: a.s.value + (b.t === "prefix" ? b.s.value : ""), line: a.s.line } };
  if (a.t === "prefix" && b.t !== "list" && b.t !== "dict") return a;
  // keep what is known, and that something is not
  if (a.t === "list" && b.t === "dynamic") return { ...a, partial: true };
  if (a.t === "dynamic" && b.t === "list") return { ...b, partial: true };
  return DYNAMIC;
}

/** Whether a requirement list (or a dict of them, for extras_require) was only partly read. */
function isPartial(v: Value): boolean {
  if (v.t === "dynamic") return true;
  if (v.t === "prefix") return prefixName(v.s.value) === undefined;
  if (v.t === "list") return v.partial === true;
  if (v.t === "dict") return [...v.entries.values()].some(isPartial);
  return false;
}

function requirementStrings(v: Value): Str[] {
  if (v.t === "list") return v.items;
  if (v.t === "prefix") return [requirementItem(v)].filter((s): s is Str => s !== undefined);
  if (v.t === "str") {
    // a single string may hold several newline-separated requirements
    return v.s.value.split(/\r?\n/).map((value, k) => ({ value, line: v.s.line + k }));
  }
  return [];
}

export function readSetupPy(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  const { tokens, errors } = tokenizeWithErrors(text);
  const firstError = errors[0];
  if (firstError) problem(result, { kind: "parse-error", path: ctx.path, line: firstError.line, message: `setup.py is not valid Python here (${firstError.message}); only the readable parts were used` });
  const toks = tokens.filter((t) => t.type !== "comment" && t.type !== "nl");
  const vars = new Map<string, Value>();
  const returns = new Map<string, Value>();
  const p = new Parser(toks, vars, returns, (written) => requirementsOfFile(ctx, written));
  // The function being read (one not nested in another): its return statements are what a call of it gives.
  let fn: { name: string; indent: number; line: number; returned: Alternatives; nested?: { indent: number; line: number } } | undefined;
  let indent = 0;
  while (p.pos < toks.length) {
    const t = p.peek() as Token;
    if (t.type === "eof") break;
    if (t.type === "indent") indent++;
    else if (t.type === "dedent") indent--;
    const prev = toks[p.pos - 1];
    const atStatement = !prev || prev.type === "newline" || prev.type === "indent" || prev.type === "dedent";
    const next = toks[p.pos + 1];
    if (fn && atStatement && t.type !== "indent" && t.type !== "dedent" && indent <= fn.indent && t.line !== fn.line) {
      returns.set(fn.name, fn.returned.value());
      fn = undefined;
    }
    // a function defined inside the one being read returns for itself, not for it
    if (fn?.nested && atStatement && t.type !== "indent" && t.type !== "dedent" && indent <= fn.nested.indent && t.line !== fn.nested.line) fn.nested = undefined;
    if (atStatement && t.type === "name" && t.value === "def" && next?.type === "name") {
      if (!fn) {
        fn = { name: next.value, indent, line: t.line, returned: new Alternatives() };
        returns.delete(next.value); // redefined: the new body decides
      } else if (!fn.nested) fn.nested = { indent, line: t.line };
      p.pos += 2;
      continue;
    }
    if (fn && !fn.nested && t.type === "name" && t.value === "return") {
      p.pos++;
      const end = p.peek();
      // a bare `return` gives None, which declares nothing
      if (end && end.type !== "newline" && end.type !== "eof") {
        fn.returned.add(p.expr());
      }
      continue;
    }
    if (atStatement && t.type === "name" && next?.type === "op" && (next.value === "=" || next.value === "+=")) {
      p.pos += 2;
      const v = p.expr();
      if (next.value === "=") vars.set(t.value, v);
      else vars.set(t.value, concat(vars.get(t.value) ?? DYNAMIC, v));
      continue;
    }
    // NAME["group"] = [...] / += [...]: an entry of a dict of extras built one group at a time
    const key = atStatement && t.type === "name" ? p.subscriptKey(1) : undefined;
    const op = key !== undefined ? toks[p.pos + 4] : undefined;
    if (key !== undefined && op?.type === "op" && (op.value === "=" || op.value === "+=")) {
      p.pos += 5;
      const v = p.expr();
      const cur = vars.get(t.value);
      if (cur?.t === "dict") {
        const entries = new Map(cur.entries);
        entries.set(key, op.value === "=" ? v : concat(entries.get(key) ?? DYNAMIC, v));
        vars.set(t.value, { t: "dict", entries });
      }
      continue;
    }
    // NAME.append("x") / NAME.extend([...])
    if (atStatement && t.type === "name" && next?.type === "op" && next.value === "." && (toks[p.pos + 2]?.value === "append" || toks[p.pos + 2]?.value === "extend") && toks[p.pos + 3]?.value === "(") {
      const method = toks[p.pos + 2]?.value;
      p.pos += 4;
      const v = p.expr();
      const cur = vars.get(t.value);
      if (cur?.t === "list") {
        const item = method === "append" ? requirementItem(v) : undefined;
        // a list that was partial stays so after an append; appending a computed item makes it partial
        if (item) vars.set(t.value, { ...cur, items: [...cur.items, item] });
        else if (method === "append") vars.set(t.value, { ...cur, partial: true });
        else vars.set(t.value, concat(cur, v));
      }
      continue;
    }
    // setup(...) / setuptools.setup(...)
    if (t.type === "name" && t.value === "setup" && next?.type === "op" && next.value === "(" && toks[p.pos - 1]?.value !== "def") {
      p.pos += 2;
      for (const [key, value] of p.keywordArgs(0)) {
        if (key === "name" && value.t === "str") provide(result, value.s.value);
        if ((key === "install_requires" || key === "tests_require" || key === "extras_require") && isPartial(value)) result.partial = true;
        if (key === "install_requires") declareAll(result, ctx, requirementStrings(value), undefined);
        else if (key === "tests_require") declareAll(result, ctx, requirementStrings(value), "tests");
        else if (key === "extras_require") {
          const dict = value.t === "dict" ? value : undefined;
          for (const [group, reqs] of dict?.entries ?? []) declareAll(result, ctx, requirementStrings(reqs), group);
        }
      }
      continue;
    }
    p.pos++;
  }
  return result;
}

/**
 * The requirements of a requirements file a setup.py names, as strings, or undefined when the path does not name
 * a requirements file of the repository or it cannot be read. The path is taken relative to the setup.py (the
 * folder the helpers join it to: `os.path.dirname(__file__)`, the working directory of `pip install .`).
 */
function requirementsOfFile(ctx: ManifestContext, written: string): string[] | undefined {
  const path = resolveRelative(ctx.path, written);
  if (path === undefined || manifestKind(path) !== "requirements") return undefined;
  let text: string | undefined;
  try {
    text = ctx.readFile(path);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  const read = readRequirements(text, { path, readFile: ctx.readFile });
  return read.declared.filter((d) => d.ecosystem === "pypi").map((d) => {
    const extras = d.extras && d.extras.length > 0 ? `[${d.extras.join(",")}]` : "";
    const marker = d.marker ? `; ${d.marker}` : "";
    return d.url ? `${d.name}${extras} @ ${d.url}${marker}` : `${d.name}${extras}${d.specifier}${marker}`;
  });
}

function declareAll(result: ManifestResult, ctx: ManifestContext, reqs: Str[], group: string | undefined): void {
  for (const r of reqs) {
    if (r.prefixOnly) {
      // The package is known, its version is computed when setup.py runs.
      const name = prefixName(r.value);
      if (name) declare(result, { path: ctx.path, line: r.line, name, specifier: "", source: "setup-py", group, ecosystem: "pypi" });
      continue;
    }
    const text = r.value.replace(/(^|\s)#.*$/, "").trim();
    if (text === "") continue;
    const parsed = parsePep508(text);
    if ("error" in parsed) {
      problem(result, { kind: "parse-error", path: ctx.path, line: r.line, message: `cannot read requirement "${text.slice(0, 120)}": ${parsed.error}` });
      continue;
    }
    if (parsed.specifierError) problem(result, { kind: "parse-error", path: ctx.path, line: r.line, message: specifierErrorMessage(text, parsed.specifierError) });
    declare(result, { path: ctx.path, line: r.line, name: parsed.name, specifier: parsed.specifier, extras: parsed.extras, marker: parsed.marker, url: parsed.url, source: "setup-py", group, ecosystem: "pypi" });
  }
}

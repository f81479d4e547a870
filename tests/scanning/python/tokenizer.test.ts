import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { K_FSTRING, Lexer, simpleFStringEnd, tokenize, tokenizeWithErrors, type Token } from "../../../src/scanning/python/tokenizer.js";

const ORACLE = fileURLToPath(new URL("./cpython_tokens.py", import.meta.url));

function stdlibDir(): string {
  return execFileSync("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
}

/** Every .py file under dir (sorted, so the sample is deterministic), skipping site-packages. */
function listPy(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e === "site-packages" || e === "__pycache__") continue;
    const p = join(dir, e);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) listPy(p, out);
    else if (e.endsWith(".py")) out.push(p);
  }
  return out;
}

type Triple = [string, number, number];

function ours(source: string): Triple[] {
  const out: Triple[] = [];
  for (const t of tokenize(source)) {
    if (t.type === "name" || t.type === "comment") out.push([t.type, t.line, t.col]);
    else if (t.type === "string" || t.type === "fstring") out.push(["string", t.line, t.col]);
  }
  return out;
}

/** Hand-written sources that are valid Python 3.11 (so CPython 3.11's tokenize is the oracle). */
const TRICKY: Record<string, string> = {
  "fstrings.py": [
    'name = "x"',
    "a = f'{name!r:>{10}} and {{braces}} {name + \"q\"}'",
    'b = rf"raw {name}\\d" F"{name:{\'>\'}{5}}" fR\'\'\'multi',
    "line {name} # not a comment",
    "\"\"\"''' # c",
    'c = f"{\'torch.compile\'}" # f-string with a string inside',
    'd = f"\\N{BULLET} {name}"',
    'e = f"{ {\'a\': 1}[\'a\'] }"',
  ].join("\n"),
  "continuations.py": "x = 1 + \\\n    2  # c\ny = (1,\n  # inside\n     2)\nif x: \\\n  pass\nz = [\n\n]\n",
  "unicode_names.py": "π = 3.14\nnaïve = 'é'  # é\n変数 = π * 2\ndef émoji(): return '😀'  # 😀 after astral\nx = 1 # ok\n",
  "crlf.py": "import torch\r\n\r\nclass A:\r\n    '''doc\r\n    more'''\r\n    x = 1  # c\r\n",
  "tabs.py": "if True:\n\tif True:\n\t\tx = 1 # t\n\ty = 2\n        z = 3\n",
  "prefixes.py": "a = b'x' + B\"y\" + u'z' + R'\\'' + Rb'\\\\' + bR\"\"\"q\"\"\" + br''\nrbx = 1\nfoo = 1e-5 + 0x1F + 0o7 + 0b1 + 1_000.5j + .5\n",
  "strings_everywhere.py": 'def f():\n    """torch.compile in a docstring"""\n    s = \'#not comment\'  # real comment\n    return s\n"bare"\n',
  "no_trailing_newline.py": "x = (1,\n 2)",
  "decorators.py": "@torch.compile(mode='max-autotune')\ndef f(x): return x\n@ tf.function\ndef g(): ...\n",
};

describe("tokenize: differential against CPython's tokenize", () => {
  it("matches NAME, STRING and COMMENT positions on a stdlib sample and tricky sources", () => {
    const all = listPy(stdlibDir());
    expect(all.length).toBeGreaterThan(500);
    const step = Math.max(1, Math.floor(all.length / 150));
    const sample = all.filter((_, i) => i % step === 0).slice(0, 160);
    const dir = mkdtempSync(join(tmpdir(), "mfa-tok-"));
    const tricky = Object.entries(TRICKY).map(([name, src]) => {
      const p = join(dir, name);
      writeFileSync(p, src);
      return p;
    });
    const paths = [...sample, ...tricky];
    const oracle = JSON.parse(
      execFileSync("python3", [ORACLE], { input: JSON.stringify(paths), encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }),
    ) as Record<string, { skip?: string; tokens?: Triple[] }>;
    let compared = 0;
    for (const p of paths) {
      const o = oracle[p];
      if (!o?.tokens) {
        // The tricky sources are valid: the oracle must accept them all.
        expect(tricky.includes(p) ? `${p}: ${o?.skip}` : "skipped").toBe("skipped");
        continue;
      }
      const mine = ours(readFileSync(p, "utf8"));
      if (JSON.stringify(mine) !== JSON.stringify(o.tokens)) {
        const i = mine.findIndex((t, k) => JSON.stringify(t) !== JSON.stringify(o.tokens?.[k]));
        expect({ path: p, index: i, ours: mine[i], cpython: o.tokens[i] }).toEqual({ path: p, index: i, ours: o.tokens[i], cpython: o.tokens[i] });
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(130);
  });
});

function types(src: string): string[] {
  return tokenize(src)
    .filter((t) => t.type !== "eof")
    .map((t) => `${t.type}:${t.value}`);
}

describe("tokenize: Python 3.12 f-strings and recovery", () => {
  it("keeps a 3.12 f-string with nested same quotes as one token", () => {
    const toks = tokenize('x = f"{d["torch.compile"]} {f"{y}"}" # c\nz = 1\n');
    const f = toks.filter((t) => t.type === "fstring");
    expect(f.map((t) => t.value)).toEqual(['f"{d["torch.compile"]} {f"{y}"}"']);
    expect(toks.find((t) => t.type === "comment")?.value).toBe("# c");
    expect(toks.filter((t) => t.type === "name").map((t) => t.value)).toEqual(["x", "z"]);
  });

  it("treats a format spec's nested replacement fields and \\N{...} escapes correctly", () => {
    const toks = tokenize("a = f'{x:{w}.{p}f}' + f'\\N{DASH}{y}'\nb = 2\n");
    expect(toks.filter((t) => t.type === "fstring")).toHaveLength(2);
    expect(toks.filter((t) => t.type === "name").map((t) => t.value)).toEqual(["a", "b"]);
  });

  it("a backslash before a brace does not escape it (kubeflow/pipelines' rf-string regex)", () => {
    const line = String.raw`pattern = rf"\"\{{\{{\$\.inputs\.parameters\[(?:'|\"|\"){key}(?:'|\"|\")]\}}\}}\""`;
    for (const src of [line, String.raw`a = f"\{{" + rf"\{x}" + f"\\{y}"`]) {
      const { tokens, errors } = tokenizeWithErrors(src + "\nimport torch\n");
      expect(errors, src).toEqual([]);
      expect(tokens.filter((t) => t.type === "name").map((t) => t.value).slice(-2)).toEqual(["import", "torch"]);
    }
  });

  it("recovers from an unterminated single-quoted string at the end of its line", () => {
    const { tokens, errors } = tokenizeWithErrors("s = 'open\nimport torch\n");
    expect(tokens.find((t) => t.type === "errortoken")?.value).toBe("'open");
    expect(tokens.filter((t) => t.type === "name").map((t) => t.value)).toEqual(["s", "import", "torch"]);
    expect(errors[0]?.line).toBe(1);
  });

  it("an unterminated triple-quoted string does not swallow the rest of the file", () => {
    const { tokens, errors } = tokenizeWithErrors('x = 1\ns = """never closed\nimport torch\ntorch.compile(m)\n');
    const names = tokens.filter((t) => t.type === "name").map((t) => `${t.value}@${t.line}`);
    expect(names).toContain("torch@3");
    expect(names).toContain("compile@4");
    expect(errors.map((e) => e.line)).toEqual([2]);
  });

  it("closes brackets left open when a statement keyword starts a line at column 0", () => {
    const { tokens, errors } = tokenizeWithErrors("x = foo(1,\nimport torch\ny = 2\n");
    // A zero-width NEWLINE ends the broken statement just before `import`, which then is a statement of its own.
    const newlines = tokens.filter((t) => t.type === "newline").map((t) => `${t.line}:${t.value.length}`);
    expect(newlines).toEqual(["2:0", "2:1", "3:1"]);
    expect(errors[0]?.message).toMatch(/bracket/);
  });

  it("tokenizes Python 2 code without losing later lines", () => {
    const src = 'print "hello"\nx = `y`\nexec "code"\nprint >>f, x\nimport tensorflow as tf\n';
    const t = types(src);
    expect(t).toContain('string:"hello"');
    expect(t).toContain("errortoken:`");
    expect(t).toContain("name:tensorflow");
  });

  it("handles NUL bytes and deep nesting without throwing", () => {
    expect(types("a\u0000b = 1\n")).toContain("errortoken:\u0000");
    const deep = "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n";
    const t = tokenize(deep);
    expect(t.filter((k) => k.type === "newline")).toHaveLength(1);
    const deepF = "x = f'" + "{f'".repeat(2000) + "'}".repeat(2000) + "'\ny = 1\n";
    expect(tokenize(deepF).filter((k) => k.type === "name").map((k) => k.value)).toEqual(["x", "y"]);
  });

  it("emits INDENT/DEDENT like CPython, including at end of file", () => {
    expect(types("if a:\n    b\nc\n").filter((s) => s.startsWith("indent") || s.startsWith("dedent"))).toEqual(["indent:    ", "dedent:"]);
    expect(types("if a:\n  if b:\n    c").slice(-3)).toEqual(["newline:", "dedent:", "dedent:"]);
  });
});

describe("tokenize: properties", () => {
  it("never throws and covers the source in order", () => {
    const pieces = [..."abf \"'{}()[]#\\\n\r\t:=.@!%$`0123\u0000é", "😀", "rb'", 'f"', '"""', "'''", "\\\n", "import ", "torch."];
    const pyish = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), pyish), (src) => {
        const toks: Token[] = tokenize(src);
        let prevEnd = 0;
        for (const t of toks) {
          if (t.start < prevEnd || t.end < t.start || t.end > src.length) return false;
          if (t.value !== src.slice(t.start, t.end)) return false;
          prevEnd = t.end;
        }
        return toks[toks.length - 1]?.type === "eof";
      }),
      { numRuns: 2000 },
    );
  });
});

describe("simpleFStringEnd (the line skipper's f-string shortcut)", () => {
  it("ends an f-string where the lexer ends it, whenever it answers", () => {
    const piece = fc.constantFrom("{", "}", "{{", "}}", "x", "a.b", "(", ")", "[", "]", ":", "!r", "!=", ">", "w", " ", "'", '"', "#", "\\", "é", "1", ",", "=");
    let answered = 0;
    fc.assert(
      fc.property(fc.constantFrom('"', "'"), fc.array(piece, { maxLength: 14 }), fc.constantFrom("", " + y", "\nz = 1"), (q, parts, tail) => {
        const src = `f${q}${parts.join("")}${q}${tail}\n`;
        const end = simpleFStringEnd(src, src.length, 1);
        if (end < 0) return true;
        answered++;
        const lx = new Lexer(src);
        const kind = lx.next();
        return kind === K_FSTRING && lx.start === 0 && lx.end === end;
      }),
      { numRuns: 20000 },
    );
    // The shortcut must actually answer for the common shapes, not only hand everything to the lexer.
    expect(answered).toBeGreaterThan(1000);
    for (const s of ['f"got {x!r}"', "f'{a[i](j):>{w}}'", 'f"{{literal}} {x}"', 'f"}"']) expect(simpleFStringEnd(s, s.length, 1)).toBe(s.length);
    for (const s of ['f"{x["k"]}"', 'f"a\\n{x}"', 'f"{x#}"', 'f"""{x}"""', 'f"{x']) expect(simpleFStringEnd(s, s.length, 1)).toBe(-1);
  });
});

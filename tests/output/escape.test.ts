import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeHtml, escapeInlineCode, escapeMarkdown, mermaidLabel, safeUrl, singleLine } from "../../src/output/escape.js";
import { blobUrl, encodePath, locationLabel, locationText } from "../../src/output/links.js";
import { all, parse, textOf } from "./mdast.js";

const ZW = /\u200b/g;
/** Strings rich in Markdown/HTML syntax. */
const hostileChars = fc.string({ unit: fc.constantFrom(..."`*_[]()<>!#|\\&@:/.-+~=$\"'{} \n\tabcXYZ019wh\u200b\u202eé漢"), maxLength: 60 });
const anyText = fc.oneof(hostileChars, fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }));

describe("escapeMarkdown", () => {
  it("round-trips any string as plain text in a paragraph: no link, HTML, emphasis or code", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const tree = parse(`A ${escapeMarkdown(s)} Z`);
        expect(tree.children).toHaveLength(1);
        const para = tree.children![0]!;
        expect(para.type).toBe("paragraph");
        for (const n of all(para)) expect(["paragraph", "text"]).toContain(n.type);
        expect(textOf(para).replace(ZW, "")).toBe(`A ${singleLine(s)} Z`.replace(ZW, ""));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("never breaks a table cell", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const tree = parse(`| a | b |\n|---|---|\n| x ${escapeMarkdown(s)} y | z |`);
        const rows = all(tree, "tableRow");
        expect(rows).toHaveLength(2);
        expect(rows[1]!.children).toHaveLength(2);
        expect(textOf(rows[1]!.children![0]!).replace(ZW, "")).toBe(`x ${singleLine(s)} y`.replace(ZW, "").replace(/\s+$/, ""));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("defuses mentions, issue references and bare URLs with a zero-width space", () => {
    const out = escapeMarkdown("ping @octocat about #12, see https://x.io and www.x.io or GH-7");
    expect(out).toContain("@\u200boctocat");
    expect(out).toContain("#\u200b12");
    expect(out).not.toMatch(/https?:\/\//);
    expect(textOf(parse(out))).not.toMatch(/@o|#1|https:\/\/|www\.x|GH-7/);
  });

  it("replaces bidi overrides so a name cannot reorder the line", () => {
    expect(escapeMarkdown("a\u202eb")).toBe("a\ufffdb");
  });
});

describe("escapeInlineCode", () => {
  it("shows any non-blank string verbatim in a code span", () => {
    fc.assert(
      fc.property(anyText.filter((s) => singleLine(s).trim() !== ""), (s) => {
        const tree = parse(`x ${escapeInlineCode(s)} y`);
        const codes = all(tree, "inlineCode");
        expect(codes).toHaveLength(1);
        expect(codes[0]!.value).toBe(singleLine(s));
      }),
      { numRuns: 400, seed: 9 },
    );
  });

  it("keeps a table cell intact with pipes inside the span", () => {
    fc.assert(
      fc.property(anyText.filter((s) => singleLine(s).trim() !== ""), (s) => {
        const tree = parse(`| a | b |\n|---|---|\n| ${escapeInlineCode(s, { table: true })} | z |`);
        const row = all(tree, "tableRow")[1]!;
        expect(row.children).toHaveLength(2);
        expect(all(row.children![0]!, "inlineCode")[0]!.value).toBe(singleLine(s));
      }),
      { numRuns: 300, seed: 10 },
    );
  });

  it("uses a fence longer than any backtick run", () => {
    expect(escapeInlineCode("a``b")).toBe("``` a``b ```");
    expect(escapeInlineCode("plain")).toBe("`plain`");
    expect(escapeInlineCode("")).toBe("\\(empty\\)");
  });
});

describe("escapeHtml, mermaidLabel, safeUrl", () => {
  it("escapes HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  });
  it("keeps Mermaid labels to harmless characters", () => {
    expect(mermaidLabel('Research"]\nx-axis [1')).toBe("Research x-axis 1");
    expect(mermaidLabel('"]')).toBe("?");
  });
  it("accepts only http(s) URLs and encodes what would end a link destination", () => {
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("data:text/html,x")).toBeUndefined();
    expect(safeUrl("not a url")).toBeUndefined();
    expect(safeUrl("https://e.org/a (b)")).toBe("https://e.org/a%20%28b%29");
  });
});

describe("links", () => {
  const ctx = { serverUrl: "https://github.example.com/", repository: "acme/vision", sha: "abc123" };
  it("builds blob permalinks with encoded segments and a line anchor", () => {
    expect(blobUrl(ctx, { path: "src/my model (v2)/train#1.py", line: 9 })).toBe("https://github.example.com/acme/vision/blob/abc123/src/my%20model%20%28v2%29/train%231.py#L9");
    expect(blobUrl(ctx, { path: "nb/a.ipynb", line: 3, cell: 4 })).toBe("https://github.example.com/acme/vision/blob/abc123/nb/a.ipynb");
    expect(blobUrl({ ...ctx, serverUrl: "javascript:x" }, { path: "a.py", line: 1 })).toBeUndefined();
    expect(encodePath("./a b/ü.py")).toBe("a%20b/%C3%BC.py");
  });
  it("labels notebook cells with the 0-based index of the JSON report and keeps path:line for files", () => {
    expect(locationLabel({ path: "nb/a.ipynb", line: 3, cell: 4 })).toBe("nb/a.ipynb (cell 4, line 3)");
    expect(locationText({ path: "nb/a.ipynb", line: 3, cell: 0 })).toBe("nb/a.ipynb:cell 0:line 3");
    expect(locationText({ path: "a.py", line: 12 })).toBe("a.py:12");
  });
});

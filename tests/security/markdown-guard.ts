/**
 * Checks a rendered PR comment the way GitHub will read it: parsed with CommonMark + GFM (unified,
 * remark-parse, remark-gfm), then every node that could carry an attack is inspected. Shared by the
 * markdown-injection tests.
 */
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export function parseMarkdown(md: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(md);
}

export function walk(node: Nodes, visit: (n: Nodes, parents: Nodes[]) => void, parents: Nodes[] = []): void {
  visit(node, parents);
  if ("children" in node) for (const c of node.children) walk(c as Nodes, visit, [...parents, node]);
}

/** Tags the renderer itself writes; anything else in an `html` node came from somewhere it should not. */
const OWN_TAGS = new Set(["details", "summary", "br", "sub", "sup"]);
/** Raw-HTML taint: the renderer writes its own `<details>`/`<summary>`, so only attack-only text counts. */
const NEVER_IN_OWN_HTML = ["onerror", "onload", "javascript:", "src=", "href=", "style="];

export interface GuardOptions {
  /** Substrings that only repository text carries: they must not be inside any URL or raw HTML. */
  taint: readonly string[];
  /** URL prefixes the renderer may link to (docs pages). Their URLs must not carry any taint. */
  allowedUrlPrefixes: readonly string[];
  /**
   * Blob-permalink prefix: a link under it carries the repository path, percent-encoded segment by segment,
   * so it is checked for staying an encoded path (no raw characters that end or change the destination).
   */
  blobPrefix?: string;
}

/** What may follow the blob prefix: percent-encoded path segments and an optional `#Lnn` anchor. */
const ENCODED_PATH = /^(?:[A-Za-z0-9\-._~%!$&'*+,;=:@]+\/)*[A-Za-z0-9\-._~%!$&'*+,;=:@]+(?:#L\d+(?:-L\d+)?)?$/;

/** Problems found in the comment; an empty list means the comment is safe. */
export function inspectComment(md: string, opts: GuardOptions): string[] {
  const problems: string[] = [];
  const tree = parseMarkdown(md);
  const opens: Record<string, number> = {};
  const closes: Record<string, number> = {};
  walk(tree, (n, parents) => {
    switch (n.type) {
      case "link":
      case "image": {
        const url = n.url;
        if (opts.blobPrefix && url.startsWith(opts.blobPrefix)) {
          const rest = url.slice(opts.blobPrefix.length);
          if (!ENCODED_PATH.test(rest) || /[()<>"'\s`\\]/.test(rest)) problems.push(`blob link with a raw (unencoded) path: ${url}`);
        } else {
          if (!opts.allowedUrlPrefixes.some((p) => url.startsWith(p))) problems.push(`${n.type} to an unexpected URL: ${url}`);
          for (const t of opts.taint) if (url.toLowerCase().includes(t.toLowerCase())) problems.push(`${n.type} URL carries repository text "${t}": ${url}`);
        }
        if (n.type === "image") problems.push(`image node: ${url}`);
        break;
      }
      case "linkReference":
      case "imageReference":
      case "definition":
      case "footnoteReference":
      case "footnoteDefinition":
        problems.push(`${n.type} node: ${JSON.stringify(toString(n)).slice(0, 120)}`);
        break;
      case "html": {
        const v = n.value;
        if (isOwnComment(v)) break;
        for (const t of [...opts.taint.filter((x) => !/^<\/?(details|summary)>$/i.test(x)), ...NEVER_IN_OWN_HTML]) {
          if (v.toLowerCase().includes(t.toLowerCase())) problems.push(`raw HTML carries repository text "${t}": ${v.slice(0, 200)}`);
        }
        for (const m of v.matchAll(/<\/?\s*([A-Za-z][\w-]*)([^>]*)>/g)) {
          const tag = (m[1] ?? "").toLowerCase();
          const attrs = (m[2] ?? "").trim();
          if (!OWN_TAGS.has(tag)) problems.push(`raw HTML tag <${tag}>: ${v.slice(0, 200)}`);
          if (attrs !== "" && attrs !== "open" && attrs !== "/") problems.push(`raw HTML attributes ${attrs}: ${v.slice(0, 200)}`);
          if (tag === "details" || tag === "summary") {
            const count = (m[0].startsWith("</") ? closes : opens) as Record<string, number>;
            count[tag] = (count[tag] ?? 0) + 1;
          }
        }
        break;
      }
      case "text": {
        // GitHub turns @login, #123 and GH-123 in text (not in code) into mentions and references.
        if (parents.some((p) => p.type === "inlineCode" || p.type === "code")) break;
        const v = n.value;
        const mention = /(^|[^\w`\u200b])@[A-Za-z0-9]/.exec(v);
        if (mention) problems.push(`@-mention in text: ${JSON.stringify(v.slice(Math.max(0, mention.index - 20), mention.index + 30))}`);
        const ref = /(^|[\s(])(#|GH-)\d/i.exec(v);
        if (ref) problems.push(`issue reference in text: ${JSON.stringify(v.slice(Math.max(0, ref.index - 20), ref.index + 30))}`);
        break;
      }
    }
  });
  for (const tag of ["details", "summary"]) {
    if ((opens[tag] ?? 0) !== (closes[tag] ?? 0)) problems.push(`<${tag}> opened ${opens[tag] ?? 0} times but closed ${closes[tag] ?? 0} times`);
  }
  return problems;
}

function isOwnComment(v: string): boolean {
  return /^<!--[^]*-->$/.test(v.trim()) && !/-->[^]/.test(v.trim().slice(0, -3));
}

/** The comment's visible text (code spans included), with the renderer's ZWSPs removed and whitespace folded. */
export function visibleText(md: string): string {
  return foldText(toString(parseMarkdown(md)));
}

/** Folds a repository string the way a single-line rendering shows it. */
export function foldText(s: string): string {
  return s
    .replace(/\u200b/g, "")
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, "\ufffd")
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .trim();
}

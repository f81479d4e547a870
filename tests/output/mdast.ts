/** Test helper: parse Markdown the way GitHub does (CommonMark + GFM) and query the tree. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  lang?: string | null;
  depth?: number;
  children?: MdNode[];
}

const processor = unified().use(remarkParse).use(remarkGfm);

export function parse(md: string): MdNode {
  return processor.parse(md) as unknown as MdNode;
}

export function all(node: MdNode, type?: string): MdNode[] {
  const out: MdNode[] = [];
  const walk = (n: MdNode) => {
    if (!type || n.type === type) out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return out;
}

/** The visible text of a node (text and inline code values). */
export function textOf(node: MdNode): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

/** `<details>` / `</details>` balance over the html nodes, in document order (never negative). */
export function detailsBalance(tree: MdNode): { opens: number; closes: number; minDepth: number } {
  let depth = 0;
  let minDepth = 0;
  let opens = 0;
  let closes = 0;
  for (const h of all(tree, "html")) {
    for (const m of (h.value ?? "").matchAll(/<\/?details>/g)) {
      if (m[0] === "<details>") {
        opens++;
        depth++;
      } else {
        closes++;
        depth--;
        minDepth = Math.min(minDepth, depth);
      }
    }
  }
  return { opens, closes, minDepth };
}

/** Every table: header cell count and each row's cell count. */
export function tableShapes(tree: MdNode): { columns: number; rows: number[] }[] {
  return all(tree, "table").map((t) => {
    const rows = (t.children ?? []).map((r) => (r.children ?? []).length);
    return { columns: rows[0] ?? 0, rows };
  });
}

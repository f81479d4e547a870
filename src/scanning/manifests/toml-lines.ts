/**
 * TOML parsers give values, not positions. This finds where a table's key or array item is written by
 * searching the text after the table header, so every declared dependency gets its real line.
 */
import { LineIndex } from "./common.js";

interface Header {
  /** Normalised dotted name (quotes and spaces removed). */
  name: string;
  /** Offset of the header line's start. */
  start: number;
  /** Offset just after the header line. */
  bodyStart: number;
}

function normaliseDotted(raw: string): string {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while (consumed < raw.length && (m = re.exec(raw)) !== null) {
    if (m[0] === "") break;
    parts.push(m[1] ?? m[2] ?? m[3] ?? "");
    consumed = re.lastIndex;
  }
  return consumed >= raw.trim().length ? parts.join(".") : raw.replace(/\s+/g, "");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export class TomlLocator {
  readonly lines: LineIndex;
  private readonly headers: Header[] = [];
  /** Per (table,key): next offset to search from, so repeated items map to successive lines. */
  private readonly cursors = new Map<string, number>();

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    const re = /^[ \t]*\[\[?([^\]\r\n]+)\]\]?[ \t]*(?:#.*)?$/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.headers.push({ name: normaliseDotted(m[1] ?? ""), start: m.index, bodyStart: m.index + m[0].length });
    }
  }

  /** [start, end) of the body of the first table with this dotted name ("" = the root table). */
  private region(table: string): [number, number] | undefined {
    if (table === "") return [0, this.headers[0]?.start ?? this.text.length];
    const i = this.headers.findIndex((h) => h.name === table);
    if (i < 0) return undefined;
    const h = this.headers[i] as Header;
    return [h.bodyStart, this.headers[i + 1]?.start ?? this.text.length];
  }

  /** Line of a table header, if the table has one. */
  headerLine(table: string): number | undefined {
    const h = this.headers.find((x) => x.name === table);
    return h ? this.lines.lineAt(h.start) : undefined;
  }

  private keyOffset(table: string, key: string): number | undefined {
    const keyRe = `(?:${escapeRe(key)}|"${escapeRe(key)}"|'${escapeRe(key)}')`;
    const region = this.region(table);
    if (region) {
      const body = this.text.slice(region[0], region[1]);
      const m = new RegExp(`^[ \\t]*${keyRe}[ \\t]*=`, "m").exec(body);
      if (m) return region[0] + m.index + (m[0].length - m[0].trimStart().length);
    }
    // `[table.key]` sub-table form (Poetry: `[tool.poetry.dependencies.torch]`).
    const sub = this.headers.find((h) => h.name === (table === "" ? key : `${table}.${key}`));
    if (sub) return sub.start;
    // Dotted key in a parent table: `project.dependencies = [...]`, `dependencies.torch = "..."`.
    const parts = table === "" ? [] : table.split(".");
    for (let i = parts.length - 1; i >= 0; i--) {
      const parent = parts.slice(0, i).join(".");
      const rest = [...parts.slice(i), key].map(escapeRe).join(String.raw`\s*\.\s*`);
      const pr = this.region(parent);
      if (!pr) continue;
      const m = new RegExp(`^[ \\t]*${rest}[ \\t]*=`, "m").exec(this.text.slice(pr[0], pr[1]));
      if (m) return pr[0] + m.index;
    }
    return undefined;
  }

  /** Line of `key = ...` in a table (falls back to the table header, then 1). */
  keyLine(table: string, key: string): number {
    const off = this.keyOffset(table, key);
    if (off !== undefined) return this.lines.lineAt(off);
    return this.headerLine(table) ?? 1;
  }

  /** Line of a string item of the array `key = [...]` in a table. Successive calls for equal items advance. */
  arrayItemLine(table: string, key: string, item: string): number {
    const keyOff = this.keyOffset(table, key);
    if (keyOff === undefined) return this.headerLine(table) ?? 1;
    const cursorKey = `${table}\u0000${key}\u0000${item}`;
    const from = this.cursors.get(cursorKey) ?? keyOff;
    const region = this.region(table);
    const end = region && keyOff >= region[0] && keyOff < region[1] ? region[1] : this.text.length;
    const candidates = [`"${item}"`, `'${item}'`, `"""${item}"""`, `'''${item}'''`, JSON.stringify(item)];
    let best = -1;
    for (const c of candidates) {
      const i = this.text.indexOf(c, from);
      if (i >= 0 && i < end && (best < 0 || i < best)) best = i;
    }
    if (best < 0) return this.lines.lineAt(keyOff);
    this.cursors.set(cursorKey, best + 1);
    return this.lines.lineAt(best);
  }
}

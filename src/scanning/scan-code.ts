/**
 * The per-file scan of code (Python sources and notebooks), apart from the manifest readers so that the scan
 * worker (dist/worker.js) bundles and loads only the tokenizer, the matcher and the notebook reader: the
 * manifest parsers (pip-requirements-js with its grammar engine, the TOML and YAML parsers, the Dockerfile
 * parser) cost a worker about as much start-up time as it spends on a small tree. Manifests are scanned on
 * the main thread (src/scanning/scan-file.ts); both paths share readSource, so a file gives the same facts
 * wherever it is scanned.
 */
import { readFileSync } from "node:fs";
import type { DiscoveredFile, FileFacts, ScanProblem } from "../core/types.js";
import { blobId } from "./cache.js";
import { isTemplatePath } from "../knowledge/layout.js";
import { decodeSource, UTF16_KINDS } from "./decode.js";
import { scanNotebook } from "./notebook.js";
import { scanPythonSource } from "./python/scanner.js";
import { renderTemplatePlaceholders } from "./template.js";

export function emptyFacts(file: DiscoveredFile): FileFacts {
  return { path: file.path, kind: file.kind, bytes: 0, imports: [], usages: [], declared: [], locked: [], problems: [] };
}

/**
 * Reads and decodes a file into `facts` (bytes, blob id when asked). Returns its text (a project template's
 * with its Jinja neutralised: src/scanning/template.ts), or undefined after recording why it was not read
 * (unreadable, binary content).
 */
export function readSource(file: DiscoveredFile, facts: FileFacts, hash: boolean): string | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file.abs);
  } catch (e) {
    facts.problems.push({ kind: "skipped", path: file.path, message: `unreadable: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
    return undefined;
  }
  facts.bytes = buf.length;
  if (hash) facts.blob = blobId(buf);
  const decoded = decodeSource(buf, { utf16Bom: UTF16_KINDS.has(file.kind) });
  if (!decoded.ok) {
    facts.problems.push({ kind: "skipped", path: file.path, message: decoded.reason });
    return undefined;
  }
  return isTemplatePath(file.path) ? renderTemplatePlaceholders(decoded.text, file.kind) : decoded.text;
}

/** A scanner bug must not lose the rest of the report: the file becomes a parse-error. */
export function scanFailed(facts: FileFacts, e: unknown): void {
  facts.problems.push({ kind: "parse-error", path: facts.path, message: `could not be read: ${(e as Error)?.message ?? String(e)}` });
}

/**
 * A copy of `s` that does not keep the string it was cut from alive. V8 represents `text.slice(a, b)` (13
 * characters or more) as a view into `text`: a usage's `matched` or `detail` cut from a 200 KB source kept
 * the whole source in memory for the rest of the audit. Concatenating and slicing again makes V8 flatten the
 * short string into fresh memory.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

const FACT_LISTS = ["imports", "usages", "declared", "locked", "problems"] as const;

/** Replaces every string field of the facts' records by its own copy (see ownString); returns `facts`. */
export function detachStrings(facts: FileFacts): FileFacts {
  for (const list of FACT_LISTS) {
    for (const rec of facts[list] as unknown as Record<string, unknown>[]) {
      for (const key in rec) {
        const v = rec[key];
        if (typeof v === "string") rec[key] = ownString(v);
        else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (typeof v[i] === "string") v[i] = ownString(v[i] as string);
      }
    }
  }
  return facts;
}

/** True for the kinds scanCodeFile reads (the ones a worker may be handed). */
export function isCodeKind(kind: FileFacts["kind"]): boolean {
  return kind === "python" || kind === "notebook";
}

/** Scans one Python source or notebook. Never throws; any other kind gives empty facts. */
export function scanCodeFile(file: DiscoveredFile, opts: { hash?: boolean } = {}): FileFacts {
  const facts = emptyFacts(file);
  if (!isCodeKind(file.kind)) return facts;
  const text = readSource(file, facts, opts.hash === true);
  if (text === undefined) return facts;
  try {
    const r = file.kind === "python" ? scanPythonSource(text, file.path) : scanNotebook(text, file.path);
    facts.imports = r.imports;
    facts.usages = r.usages;
    facts.declared = r.declared;
    facts.problems = r.problems as ScanProblem[];
    if (r.colab) facts.colab = true;
    detachStrings(facts);
  } catch (e) {
    scanFailed(facts, e);
  }
  return facts;
}

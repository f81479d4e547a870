/**
 * One file in, its facts out: the unit of work of the scan (pure given the file's bytes, so it can run in a
 * worker and be cached by content hash). Dispatches on the file kind found by discovery.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { DiscoveredFile, FileFacts, ScanProblem } from "../core/types.js";
import { blobId } from "./cache.js";
import { decodeSource } from "./decode.js";
import { readManifest } from "./manifests/index.js";
import { scanNotebook } from "./notebook.js";
import { scanPythonSource } from "./python/scanner.js";

/** Largest file an include (`-r other.txt`) may pull in. */
const MAX_INCLUDE_BYTES = 8 * 1024 * 1024;

function emptyFacts(file: DiscoveredFile): FileFacts {
  return { path: file.path, kind: file.kind, bytes: 0, imports: [], usages: [], declared: [], locked: [], problems: [] };
}

/** Reads a repo-relative path for a manifest include, refusing anything outside the root. */
export function makeRepoReader(realRoot: string): (rel: string) => string | undefined {
  return (rel) => {
    if (rel.includes("\0")) return undefined;
    const abs = join(realRoot, rel);
    try {
      const real = realpathSync(abs);
      const r = relative(realRoot, real);
      if (r.startsWith("..") || r.startsWith(sep) || /^[A-Za-z]:/.test(r)) return undefined;
      const st = statSync(real);
      if (!st.isFile() || st.size > MAX_INCLUDE_BYTES) return undefined;
      const decoded = decodeSource(readFileSync(real));
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Scans one discovered file. Never throws: a failure becomes a problem on the file. */
export function scanFile(file: DiscoveredFile, readRepoFile: (rel: string) => string | undefined, opts: { hash?: boolean } = {}): FileFacts {
  const facts = emptyFacts(file);
  if (file.kind === "artifact") return facts;
  let buf: Buffer;
  try {
    buf = readFileSync(file.abs);
  } catch (e) {
    facts.problems.push({ kind: "skipped", path: file.path, message: `unreadable: ${(e as NodeJS.ErrnoException).code ?? "error"}` });
    return facts;
  }
  facts.bytes = buf.length;
  if (opts.hash) facts.blob = blobId(buf);
  const decoded = decodeSource(buf);
  if (!decoded.ok) {
    facts.problems.push({ kind: "skipped", path: file.path, message: decoded.reason });
    return facts;
  }
  try {
    if (file.kind === "python") {
      Object.assign(facts, pick(scanPythonSource(decoded.text, file.path)));
    } else if (file.kind === "notebook") {
      Object.assign(facts, pick(scanNotebook(decoded.text, file.path)));
    } else {
      const r = readManifest(file.kind, decoded.text, { path: file.path, readFile: readRepoFile });
      facts.declared = r.declared;
      facts.locked = r.locked;
      facts.usages = r.usages;
      facts.problems = r.problems;
      // setup.py is Python too: its imports (e.g. `import torch` for a CUDA extension build) are real code.
      if (file.kind === "setup-py") {
        const py = scanPythonSource(decoded.text, file.path);
        facts.imports = py.imports;
        facts.usages = [...facts.usages, ...py.usages];
      }
    }
  } catch (e) {
    // A scanner bug must not lose the rest of the report: the file becomes a parse-error.
    facts.problems.push({ kind: "parse-error", path: file.path, message: `could not be read: ${(e as Error).message}` });
  }
  return facts;
}

function pick(r: { imports: FileFacts["imports"]; usages: FileFacts["usages"]; declared: FileFacts["declared"]; problems: ScanProblem[] }) {
  return { imports: r.imports, usages: r.usages, declared: r.declared, problems: r.problems };
}

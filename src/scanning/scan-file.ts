/**
 * One file in, its facts out: the unit of work of the scan (pure given the file's bytes, so it can run in a
 * worker and be cached by content hash). Dispatches on the file kind found by discovery.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { DiscoveredFile, FileFacts } from "../core/types.js";
import { decodeSource } from "./decode.js";
import { readManifest } from "./manifests/index.js";
import { scanPythonSource } from "./python/scanner.js";
import { detachStrings, emptyFacts, isCodeKind, readSource, scanCodeFile, scanFailed } from "./scan-code.js";

// The code scanner too, for the threads' queue (src/scanning/parallel.ts): one lazily loaded module for every
// scanner, so an audit whose facts all come from the cache loads none of them.
export { isCodeKind, scanCodeFile };

/** Largest file an include (`-r other.txt`) may pull in. */
const MAX_INCLUDE_BYTES = 8 * 1024 * 1024;

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
  if (isCodeKind(file.kind)) return scanCodeFile(file, opts);
  const facts = emptyFacts(file);
  if (file.kind === "artifact") return facts;
  const text = readSource(file, facts, opts.hash === true);
  if (text === undefined) return facts;
  try {
    const r = readManifest(file.kind, text, { path: file.path, readFile: readRepoFile });
    facts.declared = r.declared;
    facts.locked = r.locked;
    facts.usages = r.usages;
    facts.problems = r.problems;
    // setup.py is Python too: its imports (e.g. `import torch` for a CUDA extension build) are real code.
    if (file.kind === "setup-py") {
      const py = scanPythonSource(text, file.path);
      facts.imports = py.imports;
      facts.usages = [...facts.usages, ...py.usages];
    }
    detachStrings(facts);
  } catch (e) {
    scanFailed(facts, e);
  }
  return facts;
}

/**
 * One file in, its facts out: the unit of work of the scan (pure given the file's bytes, so it can run in a
 * worker and be cached by content hash). Dispatches on the file kind found by discovery.
 */
import type { DiscoveredFile, FileFacts, FileRead } from "../core/types.js";
import { readManifest } from "./manifests/index.js";
import { scanPythonSource } from "./python/scanner.js";
import { recordingReader, type RepoReader } from "./repo-reader.js";
import { isTemplatePath } from "../knowledge/layout.js";
import { holdsPlaceholder } from "./template.js";
import { detachStrings, emptyFacts, isCodeKind, readSource, scanCodeFile, scanFailed } from "./scan-code.js";

// The code scanner too, for the threads' queue (src/scanning/parallel.ts): one lazily loaded module for every
// scanner, so an audit whose facts all come from the cache loads none of them.
export { isCodeKind, scanCodeFile };
export { makeRepoReader } from "./repo-reader.js";
export { primeCodeScanners, PRIME_MIN_BYTES } from "./prime.js";

/**
 * Scans one discovered file. Never throws: a failure becomes a problem on the file. The other files a manifest
 * reads through `readRepoFile` are recorded in the facts' `reads` (the facts cache checks them).
 */
export function scanFile(file: DiscoveredFile, readRepoFile: RepoReader, opts: { hash?: boolean } = {}): FileFacts {
  if (isCodeKind(file.kind)) return scanCodeFile(file, opts);
  const facts = emptyFacts(file);
  if (file.kind === "artifact") return facts;
  const text = readSource(file, facts, opts.hash === true);
  if (text === undefined) return facts;
  const reads: FileRead[] = [];
  try {
    const r = readManifest(file.kind, text, { path: file.path, readFile: recordingReader(readRepoFile, reads) });
    // A template's version placeholder (`torchvision=={{ cookiecutter.torchvision_version }}`) is chosen when
    // the template is rendered: the requirement stays, unpinned.
    facts.declared = isTemplatePath(file.path) ? r.declared.map((d) => (holdsPlaceholder(d.specifier) ? { ...d, specifier: "" } : d)) : r.declared;
    facts.locked = r.locked;
    facts.usages = r.usages;
    facts.problems = r.problems;
    if (r.partial) facts.partialDeclarations = true;
    if (r.provides?.length) facts.provides = r.provides;
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
  // Also after a failure: what was read so far is what the facts depend on.
  if (reads.length > 0) facts.reads = reads;
  return facts;
}

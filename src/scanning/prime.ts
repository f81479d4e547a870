/**
 * Primes the code scanners of this thread before a large scan: one pass over small samples
 * (prime-sample.ts) that run every path of the lexer, the scanner, the matcher and the notebook reader once,
 * and the copy of the facts' strings that follows each scan (detachStrings).
 *
 * Why: V8 optimizes a hot function with the type feedback gathered so far. A branch that never ran has none,
 * and the first file that takes it throws the optimized code away ("insufficient type feedback"), the function
 * runs unoptimized again and is compiled anew. On the 50 MB bench tree that happened ~20 times to the scanner's
 * functions (the statement walker three times, the lexer's token reader six times), and each compile of the
 * statement walker alone costs 130-240 ms of a core. Compiles run on V8's background threads, which on a
 * 2-core machine compete with the scanning threads. Measured on the 10 MB tree, 5 alternating runs each
 * (docs/performance.md): CPU of the compiler threads 370 ms instead of 510 ms (medians), wall 632 ms instead of
 * 681 ms; 146 instead of 167 optimizing compiles on the 50 MB tree.
 *
 * The samples' facts are discarded, and the scanners keep no state between files, so priming changes no
 * result. It costs ~25 ms on a cold thread (mostly the first compilation of the scanner's functions to
 * bytecode, which the first real file would pay anyway), so it runs only before a scan of at least
 * PRIME_MIN_BYTES of code, and once per thread.
 */
import type { FileFacts } from "../core/types.js";
import { scanNotebook } from "./notebook.js";
import { PRIME_BROKEN_PYTHON, PRIME_CRLF_TABS, PRIME_NO_FINAL_NEWLINE, PRIME_NOTEBOOK, PRIME_PYTHON, PRIME_UNTERMINATED } from "./prime-sample.js";
import { scanPythonSource } from "./python/scanner.js";
import { detachStrings } from "./scan-code.js";

/** Below this many bytes of Python and notebooks to scan on a thread, priming is not worth its cost. */
export const PRIME_MIN_BYTES = 2 * 1024 * 1024;

let primed = false;

/** Runs the samples through the code scanners, the first time it is called on this thread. */
export function primeCodeScanners(): void {
  if (primed) return;
  primed = true;
  try {
    const py = scanPythonSource(PRIME_PYTHON, "prime/sample.py");
    // Once more with no line skipped: most of the sample's lines name no candidate, so with the fast path the
    // line skipper consumes them and the token reader never sees their string prefixes and operators.
    scanPythonSource(PRIME_PYTHON, "prime/sample.py", { fastPath: false });
    scanPythonSource(PRIME_BROKEN_PYTHON, "prime/broken.py");
    scanPythonSource(PRIME_UNTERMINATED, "prime/unterminated.py");
    scanPythonSource(PRIME_NO_FINAL_NEWLINE, "prime/no_final_newline.py");
    scanPythonSource(PRIME_CRLF_TABS, "prime/crlf_tabs.py");
    const nb = scanNotebook(PRIME_NOTEBOOK, "prime/sample.ipynb");
    for (const [r, kind] of [[py, "python"], [nb, "notebook"]] as const) {
      const facts: FileFacts = { path: "prime", kind, bytes: 0, imports: r.imports, usages: r.usages, declared: r.declared, locked: [], problems: r.problems };
      detachStrings(facts);
    }
  } catch {
    // The scanners never throw on bad input; if they did here, the real scan reports it per file.
  }
}

/**
 * In-memory throughput of the Python and notebook scanners over a tree (default: the generated 50 MB bench
 * tree), one thread. Files are read and decoded first; only the scan is timed.
 * Usage: npx tsx scripts/bench-scan-tree.ts [DIR] [--runs N] [--no-fast-path]
 *   --no-fast-path  also time the scanners with the fast path off (`fastPath: false`: no line skipper, every
 *                   line tokenized and walked), the path tests/scanning/python/differential.test.ts compares with
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { K_EOF, Lexer } from "../src/scanning/python/tokenizer.js";
import { scanPythonSource, setScannerFastPath } from "../src/scanning/python/scanner.js";
import { hasTrigger } from "../src/scanning/python/match.js";
import { scanNotebook } from "../src/scanning/notebook.js";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 3 : 3;
const withSlowPath = args.includes("--no-fast-path");
const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs") ?? join(tmpdir(), "ml-framework-audit-bench", "source-50mb-seed20240-g3");

function list(d: string, out: { py: string[]; nb: string[] }): void {
  for (const e of readdirSync(d)) {
    if (e === "__pycache__" || e === "node_modules" || e === ".git") continue;
    const p = join(d, e);
    const st = statSync(p);
    if (st.isDirectory()) list(p, out);
    else if (e.endsWith(".py")) out.py.push(p);
    else if (e.endsWith(".ipynb")) out.nb.push(p);
  }
}

const files = { py: [] as string[], nb: [] as string[] };
list(dir, files);
const py = files.py.map((p) => ({ path: p, text: readFileSync(p, "utf8") }));
const nb = files.nb.map((p) => ({ path: p, text: readFileSync(p, "utf8") }));
const pyMB = py.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
const nbMB = nb.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;

function time(label: string, mb: number, fn: () => number): number {
  fn(); // warm-up
  let best = Infinity;
  let out = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    out = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const rate = mb / (best / 1000);
  console.log(`${label.padEnd(46)} ${best.toFixed(0).padStart(6)} ms  ${rate.toFixed(1).padStart(7)} MB/s  (${out})`);
  return rate;
}

console.log(`${dir}\n${py.length} .py files ${pyMB.toFixed(1)} MB, ${nb.length} notebooks ${nbMB.toFixed(1)} MB; best of ${runs}`);
time("hasTrigger (prefilter) over .py", pyMB, () => py.reduce((n, f) => n + (hasTrigger(f.text) ? 1 : 0), 0));
time("tokenize only (Lexer.next over every token)", pyMB, () => {
  let n = 0;
  for (const f of py) {
    const lx = new Lexer(f.text);
    while (lx.next() !== K_EOF) n++;
  }
  return n;
});
const full = time("scanPythonSource (full scan)", pyMB, () => py.reduce((n, f) => n + scanPythonSource(f.text, f.path).usages.length, 0));
time("scanNotebook", nbMB, () => nb.reduce((n, f) => n + scanNotebook(f.text, f.path).usages.length, 0));

if (withSlowPath) {
  const slow = time("scanPythonSource, fastPath: false", pyMB, () =>
    py.reduce((n, f) => n + scanPythonSource(f.text, f.path, { fastPath: false }).usages.length, 0),
  );
  setScannerFastPath(false);
  time("scanNotebook, fast path off", nbMB, () => nb.reduce((n, f) => n + scanNotebook(f.text, f.path).usages.length, 0));
  setScannerFastPath(true);
  console.log(`speed-up of scanPythonSource from the fast path: ${(full / slow).toFixed(2)}x`);
}

/**
 * Throughput of the Python tokenizer and scanner over the CPython standard library (files already in memory).
 * Usage: npx tsx scripts/bench-python-scanner.ts [DIR]
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Lexer, K_EOF } from "../src/scanning/python/tokenizer.js";
import { scanPythonSource } from "../src/scanning/python/scanner.js";

function listPy(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    if (e === "site-packages" || e === "__pycache__") continue;
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) listPy(p, out);
    else if (e.endsWith(".py")) out.push(p);
  }
  return out;
}

const dir = process.argv[2] ?? execFileSync("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
const sources = listPy(dir).map((p) => readFileSync(p, "utf8"));
const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s), 0);
const mb = bytes / 1e6;

function time(label: string, fn: () => number): void {
  fn(); // warm-up
  const runs = 3;
  let best = Infinity;
  let out = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    out = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`${label.padEnd(44)} ${best.toFixed(0).padStart(6)} ms  ${(mb / (best / 1000)).toFixed(1).padStart(7)} MB/s  (${out})`);
}

console.log(`${sources.length} files, ${mb.toFixed(1)} MB from ${dir}`);
time("Lexer.next() over every token", () => {
  let n = 0;
  for (const s of sources) {
    const lx = new Lexer(s);
    while (lx.next() !== K_EOF) n++;
  }
  return n;
});
time("scanPythonSource, no prefilter (allImports)", () => {
  let n = 0;
  for (const s of sources) n += scanPythonSource(s, "x.py", { allImports: true }).imports.length;
  return n;
});
time("scanPythonSource (default, with prefilter)", () => {
  let n = 0;
  for (const s of sources) n += scanPythonSource(s, "x.py").imports.length;
  return n;
});
const ml = sources.map((s) => "import torch as T\nimport tensorflow as tf\n" + s);
time("scanPythonSource, every file imports torch+tf", () => {
  let n = 0;
  for (const s of ml) n += scanPythonSource(s, "x.py").usages.length;
  return n;
});

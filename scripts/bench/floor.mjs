#!/usr/bin/env node
// `node scripts/bench/floor.mjs DIR [--runs N]`: what one pass over a tree's Python sources costs in this
// Node, whatever the scanner: the floor under the audit's scan phase (docs/performance.md, "The floor").
//
// Loads every .py file under DIR once, then times, per pass over all of them (median of --runs, after one
// warm-up pass): reading and decoding the files, indexOf('\n') from line to line, one regex alternation of
// the words the feature catalog triggers on, a loop that looks at every character through a class table
// (the least a lexer does), and a loop that also finds each identifier's bounds and hashes it (what a lexer
// that must recognise names does; the audit's line skipper is that loop plus string, comment and bracket
// handling). Prints ms and MB/s for each. Not part of the tests.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs, TextDecoder } from "node:util";

const { values, positionals } = parseArgs({ options: { runs: { type: "string", default: "5" } }, allowPositionals: true });
const dir = positionals[0];
if (!dir) {
  console.error("usage: node scripts/bench/floor.mjs DIR [--runs N]");
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs) || 5);

const PRUNED = new Set([".git", "node_modules", ".venv", "venv", "__pycache__"]);
const paths = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!PRUNED.has(e.name)) walk(join(d, e.name));
    } else if (e.isFile() && e.name.endsWith(".py")) paths.push(join(d, e.name));
  }
})(dir);
const utf8 = new TextDecoder("utf-8");
const texts = paths.map((p) => utf8.decode(readFileSync(p)));
const bytes = texts.reduce((n, t) => n + t.length, 0);

// The words a usage can start with (a subset of the catalog's trigger words, enough for the regex's speed).
const WORDS = ["jax", "tfx", "kfp", "flax", "onnx", "timm", "torch", "keras", "\\.tflite", "diffusers", "lightning", "deepspeed", "tensorflow", "accelerate", "coremltools", "transformers", "mixed_float16", "tflite_runtime"];
const TRIGGER = new RegExp(WORDS.join("|"), "g");

const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /[A-Za-z_]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 2 : "'\"#\\()[]{}\n".includes(ch) ? 3 : 0;
}

const passes = {
  "read + decode (every file from disk)": () => {
    let n = 0;
    for (const p of paths) n += utf8.decode(readFileSync(p)).length;
    return n;
  },
  "indexOf('\\n') line to line": () => {
    let n = 0;
    for (const t of texts) for (let p = t.indexOf("\n"); p >= 0; p = t.indexOf("\n", p + 1)) n++;
    return n;
  },
  "one regex alternation of the trigger words": () => {
    let n = 0;
    for (const t of texts) {
      TRIGGER.lastIndex = 0;
      while (TRIGGER.exec(t) !== null) n++;
    }
    return n;
  },
  "every character through a class table": () => {
    let n = 0;
    for (const t of texts) {
      const len = t.length;
      for (let i = 0; i < len; i++) {
        const c = t.charCodeAt(i);
        if (c >= 128 || CLASS[c] === 3) n++;
      }
    }
    return n;
  },
  "same, with identifier bounds and a hash of each": () => {
    let h = 0;
    for (const t of texts) {
      const len = t.length;
      for (let i = 0; i < len; i++) {
        const c = t.charCodeAt(i);
        if (c < 128 && CLASS[c] === 1) {
          let e = i + 1;
          while (e < len) {
            const d = t.charCodeAt(e);
            if (d < 128 && CLASS[d] !== 0 && CLASS[d] !== 3) e++;
            else break;
          }
          h = (h + (e - i) * 961 + c * 31 + t.charCodeAt(e - 1)) & 4095;
          i = e - 1;
        }
      }
    }
    return h;
  },
};

console.log(`${paths.length} .py files, ${(bytes / 1e6).toFixed(1)} MB (characters) under ${dir}; Node ${process.versions.node}; median of ${runs} passes after one warm-up`);
const rows = [];
for (const [label, pass] of Object.entries(passes)) {
  pass();
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    pass();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[times.length >> 1];
  rows.push([label, `${Math.round(ms)} ms`, `${Math.round(bytes / 1e3 / ms)} MB/s`]);
}
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padStart(w[2])}`);

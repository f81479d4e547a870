#!/usr/bin/env node
// `node scripts/bench/node-floor.mjs DIR [--runs N]`: the least a Node process can do for an audit, end to end,
// set beside ripgrep as the bench runs it. Not part of the tests.
//
// In turns (A B A B ...), a fresh `node` process that walks DIR, reads and decodes every Python file and
// notebook (and the manifests, by a rough name test), runs one regex alternation of the bench's keywords over
// each and counts the matches; and ripgrep with the bench's own arguments (keywords.mjs). Prints the medians
// and their ratio: the ratio from which any audit in Node starts, before it tokenizes a line, at Node's boot,
// its first-time compilation of the pass and reading the files. scripts/bench/floor.mjs, by contrast, times
// warm passes inside one process.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, TextDecoder } from "node:util";
import { loadSearchSpec, ripgrepArgs } from "./keywords.mjs";
import { measure, median } from "./measure.mjs";

const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SELF = fileURLToPath(import.meta.url);

const { values, positionals } = parseArgs({ options: { runs: { type: "string", default: "5" }, child: { type: "boolean", default: false } }, allowPositionals: true });
const dir = positionals[0];
if (!dir) {
  console.error("usage: node scripts/bench/node-floor.mjs DIR [--runs N]");
  process.exit(2);
}
const spec = loadSearchSpec(REPO);

if (values.child) {
  // The pass itself: no tokenizing, no facts, no report.
  const trigger = new RegExp(spec.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "g");
  const pruned = new Set(spec.prunedDirs);
  const wanted = /\.(py|pyw|ipynb)$|^(pyproject\.toml|setup\.cfg|Pipfile|Dockerfile.*|.*requirements.*\.txt|.*environment.*\.ya?ml)$/;
  const utf8 = new TextDecoder();
  let files = 0;
  let matches = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!pruned.has(e.name)) walk(join(d, e.name));
      } else if (e.isFile() && wanted.test(e.name)) {
        files++;
        const text = utf8.decode(readFileSync(join(d, e.name)));
        trigger.lastIndex = 0;
        while (trigger.exec(text) !== null) matches++;
      }
    }
  };
  walk(dir);
  console.log(`${files} files, ${matches} matches`);
  process.exit(0);
}

const runs = Math.max(1, Number(values.runs) || 5);
const time = (cmd, args) => {
  const r = measure(cmd, args);
  if (r.status !== 0 && !(cmd === "rg" && r.status === 1)) throw new Error(`${cmd} exited ${r.status}: ${(r.error ?? r.stderr).trim().split("\n")[0]}`);
  return { ms: r.wallMs, out: r.stdout.trim() };
};
const nodeMs = [];
const rgMs = [];
const rgArgs = ripgrepArgs(dir, spec);
let what = "";
time(process.execPath, [SELF, dir, "--child"]); // warm-up, which also fills the page cache
time("rg", rgArgs);
for (let i = 0; i < runs; i++) {
  const a = time(process.execPath, [SELF, dir, "--child"]);
  const b = time("rg", rgArgs);
  nodeMs.push(a.ms);
  rgMs.push(b.ms);
  what = a.out;
}
const n = median(nodeMs);
const r = median(rgMs);
console.log(`${dir}: ${what}`);
console.log(`node, walk + read + one regex of ${spec.keywords.length} keywords: median ${n.toFixed(0)} ms; ripgrep: median ${r.toFixed(0)} ms; ratio ${(n / r).toFixed(2)}x (${runs} runs each)`);

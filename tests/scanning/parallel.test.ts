/**
 * The threaded scan (ScanPool: main thread + workers pulling batches from one queue) against the in-process
 * scan, on a generated tree with every readable kind. The worker is the real src/scanning/worker.ts, bundled
 * with esbuild into a temporary folder the way scripts/build.mjs bundles it into dist/.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiscoveredFile } from "../../src/core/types.js";
import { discoverFiles } from "../../src/scanning/discovery.js";
import { batches, ScanPool, scanInParallel } from "../../src/scanning/parallel.js";
import { makeRepoReader, scanFile } from "../../src/scanning/scan-file.js";

let root: string;
let workerJs: string;
let files: DiscoveredFile[];

function put(rel: string, content: string) {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

function notebook(cells: string[]): string {
  return JSON.stringify({
    cells: cells.map((c) => ({ cell_type: "code", source: c.split(/(?<=\n)/), metadata: {}, outputs: [], execution_count: null })),
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });
}

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "mfa-par-")));
  const out = mkdtempSync(join(tmpdir(), "mfa-par-worker-"));
  workerJs = join(out, "worker.mjs");
  await build({ entryPoints: [join(__dirname, "../../src/scanning/worker.ts")], bundle: true, platform: "node", format: "esm", outfile: workerJs, logLevel: "silent" });
  // 60 projects of varied sizes: frameworks used under aliases, a syntax error, a binary .py, notebooks, manifests.
  for (let p = 0; p < 60; p++) {
    const pad = "# filler line that names no framework at all\n".repeat(1 + ((p * 37) % 300));
    put(`p${p}/train.py`, `import torch as T\nfrom torch.nn.parallel import DistributedDataParallel as DDP\nmodel = T.compile(net)\n${pad}x = DDP(model)\n`);
    put(`p${p}/serve.py`, `import tensorflow as tf\nconverter = tf.lite.TFLiteConverter.from_saved_model("m")\n${pad}`);
    if (p % 7 === 0) put(`p${p}/broken.py`, `import torch\nx = """never closed\n`);
    if (p % 11 === 0) put(`p${p}/blob.py`, "\u0000\u0001binary");
    put(`p${p}/nb.ipynb`, notebook([`import jax\nimport torch\n`, `torch.cuda.amp.autocast()\n${pad}`]));
    put(`p${p}/requirements.txt`, `torch==1.${p % 14}.0\ntensorflow>=2.${p % 16}\nnumpy\n`);
    if (p % 5 === 0) put(`p${p}/Dockerfile`, `FROM pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime\nRUN pip install transformers\n`);
    if (p % 4 === 0) put(`p${p}/pyproject.toml`, `[project]\nname = "p${p}"\ndependencies = ["torch>=2.0", "lightning"]\n`);
  }
  files = (await discoverFiles(root)).files.filter((f) => f.kind !== "artifact");
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(dirname(workerJs), { recursive: true, force: true });
});

describe("batches", () => {
  it("puts every index in exactly one batch, largest files first, each batch within the byte bound", () => {
    const all = files.map((_, i) => i);
    const out = batches(files, all, 4096);
    expect(out.flat().sort((a, b) => a - b)).toEqual(all);
    for (const b of out) {
      const bytes = b.reduce((n, i) => n + files[i]!.size, 0);
      // a batch over the bound holds a single (large) file
      if (bytes > 4096) expect(b).toHaveLength(1);
    }
    const sizes = out.flat().map((i) => files[i]!.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe("ScanPool", () => {
  const inProcess = () => {
    const reader = makeRepoReader(root);
    return files.map((f) => scanFile(f, reader, { hash: true }));
  };

  it("gives the same facts, in input order, as the in-process scan (main thread + 2 workers)", async () => {
    const pool = ScanPool.start(3, workerJs);
    expect(pool.size).toBe(2);
    try {
      const threaded = await pool.scan(root, files, true);
      expect(threaded.map((f) => f.path)).toEqual(files.map((f) => f.path));
      expect(threaded).toEqual(inProcess());
      // the tree really exercised the worker path: code facts with usages and a parse error came back
      expect(threaded.some((f) => f.kind === "notebook" && f.usages.length > 0)).toBe(true);
      expect(threaded.some((f) => f.problems.some((p) => p.kind === "parse-error"))).toBe(true);
      expect(threaded.every((f) => typeof f.blob === "string" || f.problems.some((p) => p.kind === "skipped"))).toBe(true);
    } finally {
      pool.close();
    }
  }, 60_000);

  it("can scan twice with the same workers, and a pool without workers scans on the main thread alone", async () => {
    const pool = ScanPool.start(2, workerJs);
    try {
      const a = await pool.scan(root, files, false);
      const b = await pool.scan(root, files.slice(0, 25), false);
      expect(b).toEqual(a.slice(0, 25));
    } finally {
      pool.close();
    }
    const none = ScanPool.start(4, undefined);
    expect(none.size).toBe(0);
    expect(await none.scan(root, files, true)).toEqual(inProcess());
  }, 60_000);

  it("rescans the batches of a worker that dies instead of losing their files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-par-crash-"));
    const crashing = join(dir, "crash.mjs");
    // A worker that accepts batches and exits without answering.
    const marker = join(dir, "got-a-batch");
    writeFileSync(
      crashing,
      `import { writeFileSync } from "node:fs";\nimport { parentPort } from "node:worker_threads";\nparentPort.on("message", (m) => { if (m) writeFileSync(${JSON.stringify(marker)}, String(m.files.length)); process.exit(3); });\n`,
    );
    const pool = ScanPool.start(2, crashing);
    try {
      const threaded = await pool.scan(root, files, true);
      expect(threaded).toEqual(inProcess());
      // the dead worker had been handed files, and they are in the result all the same
      expect(Number(readFileSync(marker, "utf8"))).toBeGreaterThan(0);
    } finally {
      pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("scanInParallel keeps small inputs in-process and returns input order", async () => {
    const few = files.slice(0, 5);
    const reader = makeRepoReader(root);
    expect(await scanInParallel(root, few, 4)).toEqual(few.map((f) => scanFile(f, reader)));
  });
});

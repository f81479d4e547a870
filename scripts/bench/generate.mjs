// Builds the benchmark trees: a monorepo of ML projects of a given size, deterministically from a seed.
// A tree is reused when a finished one with the same variant, size, seed and generator version exists
// (the marker file `.bench-tree.json` is written last, so an interrupted generation is redone).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Rng } from "./prng.mjs";
import { generatedModule, manifests, notebook, otherFiles, pythonModule } from "./content.mjs";

/** Bump when the generated content changes, so old trees are not reused. */
export const GENERATOR_VERSION = 3;
export const MARKER = ".bench-tree.json";
const MB = 1_000_000;

/**
 * @typedef {{ variant: "source" | "binary", sizeMb: number, seed: number }} TreeSpec
 * @typedef {{ dir: string, spec: TreeSpec, generatorVersion: number, sourceFiles: number, sourceBytes: number,
 *   otherFiles: number, otherBytes: number, binaryFiles: number, binaryBytes: number, reused?: boolean, seconds?: number }} TreeInfo
 */

/** @param {TreeSpec} spec */
export function treeName(spec) {
  return `${spec.variant}-${spec.sizeMb}mb-seed${spec.seed}-g${GENERATOR_VERSION}`;
}

/**
 * Returns the tree for `spec` under `baseDir`, generating it when no finished copy exists.
 * @param {string} baseDir
 * @param {TreeSpec} spec
 * @returns {TreeInfo}
 */
export function ensureTree(baseDir, spec) {
  const dir = join(baseDir, treeName(spec));
  const marker = join(dir, MARKER);
  if (existsSync(marker)) {
    try {
      const info = JSON.parse(readFileSync(marker, "utf8"));
      if (info.generatorVersion === GENERATOR_VERSION && info.spec?.seed === spec.seed && info.spec?.sizeMb === spec.sizeMb && info.spec?.variant === spec.variant) {
        return { ...info, dir, reused: true };
      }
    } catch {
      // unreadable marker: regenerate
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const info = generateTree(dir, spec);
  info.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  writeFileSync(marker, JSON.stringify(info, null, 2) + "\n");
  return info;
}

class Writer {
  constructor(root) {
    this.root = root;
    this.dirs = new Set();
    this.sourceFiles = 0;
    this.sourceBytes = 0;
    this.otherFiles = 0;
    this.otherBytes = 0;
    this.binaryFiles = 0;
    this.binaryBytes = 0;
    this.byCategory = {};
  }
  /**
   * @param {"source"|"other"|"binary"} kind
   * @param {string} [category] source category whose share of the bytes is steered ("notebook", "generated")
   */
  write(rel, data, kind, category) {
    const abs = join(this.root, rel);
    const d = dirname(abs);
    if (!this.dirs.has(d)) {
      mkdirSync(d, { recursive: true });
      this.dirs.add(d);
    }
    writeFileSync(abs, data);
    const n = typeof data === "string" ? Buffer.byteLength(data) : data.length;
    this[`${kind}Files`]++;
    this[`${kind}Bytes`] += n;
    if (category) this.byCategory[category] = (this.byCategory[category] ?? 0) + n;
  }
  /** Bytes still needed for `category` to hold `share` of `total` source bytes. */
  deficit(category, share, total) {
    return share * total - (this.byCategory[category] ?? 0);
  }
}

const NAMES = ["vision", "speech", "ranker", "llm", "detector", "segment", "forecast", "recsys", "ocr", "diffusion", "tabular", "graph", "translate", "asr", "tts", "embed"];

/**
 * Writes one ML project (manifests, package, scripts, tests, notebooks) of about `budget` source bytes.
 * @param {Writer} w
 * @param {Rng} r
 */
function writeProject(w, r, prefix, index, budget) {
  const name = `${r.pick(NAMES)}-${r.pick(NAMES)}-${index}`;
  const pkg = name.replace(/-/g, "_");
  const fw = r.weighted([
    [45, "torch"],
    [30, "tf"],
    [10, "both"],
    [15, "none"],
  ]);
  const base = `${prefix}/${name}`;
  const start = w.sourceBytes;
  const used = () => w.sourceBytes - start;
  for (const [rel, text] of manifests(r.fork(1), fw === "none" ? "torch" : fw, name)) w.write(`${base}/${rel}`, text, "source");
  for (const [rel, text] of otherFiles(r.fork(2))) w.write(`${base}/${rel}`, text, "other");
  w.write(`${base}/src/${pkg}/__init__.py`, `"""${name}."""\n__version__ = "0.1.0"\n`, "source");

  // Shares of the whole tree's source bytes are steered, not drawn per project, so that every size has the
  // same mix (otherwise the small trees' ratios would differ by composition, not by scale): notebooks
  // (mostly outputs) ~30%, big generated modules ~5%, the rest hand-written-looking modules and manifests.
  const projected = w.sourceBytes + budget;
  const nbBudget = Math.min(budget * 0.6, w.deficit("notebook", 0.3, projected));
  let i = 0;
  while (used() < nbBudget) {
    const size = Math.min(r.logSize(20_000, 1_500_000), Math.max(20_000, nbBudget - used()));
    w.write(`${base}/notebooks/${String(i++).padStart(2, "0")}_${r.pick(NAMES)}.ipynb`, notebook(r.fork(i), fw, size), "source", "notebook");
  }
  const genBudget = w.deficit("generated", 0.05, projected);
  if (genBudget > 100_000) {
    const size = Math.min(r.logSize(300_000, 3_000_000), genBudget);
    w.write(`${base}/src/${pkg}/_generated_${r.pick(["vocab", "tables", "proto"])}${r.chance(0.3) ? "_pb2" : ""}.py`, generatedModule(r.fork(99), size), "source", "generated");
  }
  const folders = ["models", "data", "utils", "layers", "training", "serving", "eval"];
  i = 0;
  while (used() < budget) {
    const size = r.chance(0.03) ? r.logSize(60_000, 250_000) : r.logSize(800, 30_000);
    const modFw = fw === "none" || r.chance(0.25) ? "none" : fw;
    const rel = r.chance(0.12) ? `tests/test_${r.pick(folders)}_${i}.py` : r.chance(0.1) ? `scripts/${r.pick(["train", "export", "eval", "serve"])}_${i}.py` : `src/${pkg}/${r.pick(folders)}/${r.pick(NAMES)}_${i}.py`;
    w.write(`${base}/${rel}`, pythonModule(r.fork(1000 + i), modFw, size), "source");
    i++;
  }
}

/** Binary payloads the audit must never open: dataset images, weights, archives, arrays. */
function writeBinaries(w, r, budget) {
  const kinds = [
    // [share of bytes, folder, extensions, min size, max size, header]
    [0.45, "datasets/images", [".jpg", ".png"], 4_000, 60_000],
    [0.3, "weights", [".pt", ".safetensors", ".onnx", ".h5", ".tflite", ".ckpt"], 2_000_000, 12_000_000],
    [0.1, "archives", [".tar.gz", ".zip"], 1_000_000, 8_000_000],
    [0.15, "datasets/arrays", [".npy", ".parquet", ".tfrecord", ".bin"], 200_000, 4_000_000],
  ];
  const headers = { ".jpg": [0xff, 0xd8, 0xff, 0xe0], ".png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ".pt": [0x50, 0x4b, 0x03, 0x04], ".zip": [0x50, 0x4b, 0x03, 0x04], ".tar.gz": [0x1f, 0x8b], ".npy": [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59] };
  // One random block reused with a varying offset: the bytes look binary (NULs included) without
  // costing a full PRNG pass per file.
  const block = r.bytes(16 * 1024 * 1024);
  for (const [share, folder, exts, lo, hi] of kinds) {
    const target = budget * share;
    let written = 0;
    let n = 0;
    while (written < target) {
      const ext = r.pick(exts);
      const size = Math.min(r.logSize(lo, hi), block.length, Math.max(1_000, Math.ceil(target - written)));
      const off = r.int(0, block.length - size);
      const data = Buffer.from(block.subarray(off, off + size));
      const h = headers[ext];
      if (h) for (let k = 0; k < h.length && k < data.length; k++) data[k] = h[k];
      const sub = folder === "datasets/images" ? `/${r.pick(["cat", "dog", "car", "tree", "person", "boat"])}` : "";
      w.write(`${folder}${sub}/${String(n++).padStart(5, "0")}${ext}`, data, "binary");
      written += size;
    }
  }
}

/**
 * Generates the tree into `dir` (which must not exist). Deterministic in `spec`.
 * @param {string} dir
 * @param {TreeSpec} spec
 * @returns {TreeInfo}
 */
export function generateTree(dir, spec) {
  const r = new Rng(spec.seed ^ (spec.sizeMb * 7919) ^ (spec.variant === "binary" ? 0x5eed : 0));
  const w = new Writer(dir);
  const total = spec.sizeMb * MB;
  // The binary variant: 10% source, the rest data and weights.
  const sourceTarget = spec.variant === "binary" ? total * 0.1 : total;
  w.write(".gitignore", ["*.log", "outputs/", "__pycache__/", ".ipynb_checkpoints/", "wandb/", ""].join("\n"), "other");
  w.write("README.md", "# Benchmark monorepo\n\nGenerated by scripts/bench/generate.mjs; not a real project.\n", "other");
  // Shared, framework-free libraries: ~8% of the source.
  let i = 0;
  while (w.sourceBytes < sourceTarget * 0.08) {
    w.write(`libs/common/${r.pick(["io", "text", "metrics", "config"])}/mod_${i}.py`, pythonModule(r.fork(i), "none", r.logSize(1_000, 20_000)), "source");
    i++;
  }
  let p = 0;
  while (w.sourceBytes < sourceTarget) {
    const budget = Math.min(r.logSize(400_000, 2_500_000), Math.max(50_000, sourceTarget - w.sourceBytes));
    writeProject(w, r.fork(10_000 + p), "projects", p, budget);
    p++;
  }
  if (spec.variant === "binary") writeBinaries(w, r.fork(77), total - w.sourceBytes);
  return {
    dir,
    spec,
    generatorVersion: GENERATOR_VERSION,
    sourceFiles: w.sourceFiles,
    sourceBytes: w.sourceBytes,
    otherFiles: w.otherFiles,
    otherBytes: w.otherBytes,
    binaryFiles: w.binaryFiles,
    binaryBytes: w.binaryBytes,
  };
}

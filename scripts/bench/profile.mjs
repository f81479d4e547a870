// Where the audit's time goes: runs the CLI under `node --cpu-prof` and summarises the profile by self
// time per function and per source module. dist/cli.js is minified, so the bench can first bundle an
// unminified copy with a source map (ncc, into .bench/, never into dist/) and map each function back to its
// TypeScript file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Bundles the CLI (src/cli/index.ts -> index.js) and the scan worker (src/scanning/worker.ts -> worker.js,
 * beside it, where the engine looks for it) unminified, with source maps, into `outDir`, as
 * scripts/build.mjs does for dist/. Type errors do not stop it (--transpile-only): it only has to run.
 * @returns {{ cli?: string, error?: string }}
 */
export function buildProfilingCli(repoRoot, outDir) {
  const ncc = join(repoRoot, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
  if (!existsSync(ncc)) return { error: "ncc is not installed" };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const entries = [
    { src: "src/cli/index.ts", out: "index.js" },
    { src: "src/scanning/worker.ts", out: "worker.js" },
  ];
  for (const e of entries) {
    if (!existsSync(join(repoRoot, e.src))) continue;
    const tmp = join(outDir, `.tmp-${e.out}`);
    const r = spawnSync(process.execPath, [ncc, "build", join(repoRoot, e.src), "-o", tmp, "-s", "--no-source-map-register", "--transpile-only", "-q"], { cwd: repoRoot, encoding: "utf8" });
    if (r.status !== 0) return { error: (r.stderr || r.stdout || "ncc failed").trim().split("\n").slice(-5).join("\n") };
    for (const f of readdirSync(tmp)) {
      const target = f === "index.js" || f === "index.mjs" ? e.out : f === "index.js.map" || f === "index.mjs.map" ? `${e.out}.map` : f;
      if (f === "package.json" || existsSync(join(outDir, target))) continue;
      renameSync(join(tmp, f), join(outDir, target));
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  return { cli: join(outDir, "index.js") };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes a source map's `mappings` into per-generated-line sorted segments [col, srcIndex, srcLine]. */
export function decodeMappings(mappings) {
  const lines = [];
  let src = 0;
  let srcLine = 0;
  for (const lineText of mappings.split(";")) {
    const segs = [];
    let col = 0;
    for (const seg of lineText.split(",")) {
      if (!seg) continue;
      const vals = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += vals[0] ?? 0;
      if (vals.length >= 4) {
        src += vals[1];
        srcLine += vals[2];
        segs.push([col, src, srcLine]);
      }
    }
    lines.push(segs);
  }
  return lines;
}

function lookup(decoded, sources, line, col) {
  const segs = decoded[line];
  if (!segs || segs.length === 0) return undefined;
  let best = segs[0];
  for (const s of segs) {
    if (s[0] <= col) best = s;
    else break;
  }
  return { source: sources[best[1]] ?? "?", line: best[2] + 1 };
}

function shortSource(s) {
  const clean = s.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const nm = clean.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = clean.slice(nm + "node_modules/".length).split("/");
    return `npm:${rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  return clean;
}

/**
 * Self time per function and per module of a V8 .cpuprofile.
 * @param {any} profile parsed .cpuprofile JSON
 * @param {{ mapFor?: (file: string) => any, top?: number }} [opts] the source map of a bundle file, if any
 */
export function summariseProfile(profile, opts = {}) {
  const top = opts.top ?? Number(process.env.PROF_TOP ?? 15);
  const byId = new Map();
  for (const n of profile.nodes ?? []) byId.set(n.id, n);
  const self = new Map();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = Math.max(0, deltas[i] ?? 0);
    totalUs += dt;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  // One source map per bundle file (ncc splits worker chunks into their own files).
  const maps = new Map();
  const mapOf = (url) => {
    if (!maps.has(url)) {
      const raw = opts.mapFor?.(url);
      maps.set(url, raw ? { decoded: decodeMappings(raw.mappings ?? ""), sources: raw.sources ?? [] } : undefined);
    }
    return maps.get(url);
  };
  const fnTotals = new Map();
  const modTotals = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const cf = n.callFrame ?? {};
    let where = cf.url ? cf.url.replace(/^file:\/\//, "") : "";
    let module = where ? where.split("/").slice(-1)[0] : cf.functionName || "(native)";
    const sm = where.endsWith(".js") ? mapOf(where) : undefined;
    if (sm) {
      const m = lookup(sm.decoded, sm.sources, cf.lineNumber, cf.columnNumber);
      if (m) {
        module = shortSource(m.source);
        where = `${module}:${m.line}`;
      }
    } else if (where.startsWith("node:")) {
      module = where;
    } else if (where) {
      where = `${where.split("/").slice(-1)[0]}:${cf.lineNumber + 1}`;
    }
    if (!cf.url) module = cf.functionName; // (garbage collector), (program), (idle)
    const key = `${cf.functionName || "(anonymous)"}  ${where}`;
    fnTotals.set(key, (fnTotals.get(key) ?? 0) + us);
    modTotals.set(module, (modTotals.get(module) ?? 0) + us);
  }
  const rank = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, pct: totalUs ? (100 * us) / totalUs : 0 }));
  return { totalMs: totalUs / 1000, functions: rank(fnTotals), modules: rank(modTotals) };
}

/**
 * Runs `node --cpu-prof <cli> <dir> --format json` once and summarises the profile.
 * @returns {{ error?: string, summary?: ReturnType<typeof summariseProfile>, file?: string }}
 */
export function profileAudit(cli, dir, profDir, extraArgs = []) {
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const r = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profDir}`, cli, dir, "--format", "json", ...extraArgs], { maxBuffer: 1 << 30, encoding: "utf8" });
  if (r.status !== 0 && r.status !== 1) return { error: `audit exited ${r.status}: ${(r.stderr ?? "").trim().split("\n")[0]}` };
  const files = readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile"));
  if (files.length === 0) return { error: "no .cpuprofile written" };
  // The main thread's profile is the biggest one when workers also wrote theirs.
  const sized = files.map((f) => ({ f, size: readFileSync(join(profDir, f)).length })).sort((a, b) => b.size - a.size);
  const summaries = [];
  const mapFor = (file) => {
    try {
      return existsSync(`${file}.map`) ? JSON.parse(readFileSync(`${file}.map`, "utf8")) : undefined;
    } catch {
      return undefined;
    }
  };
  for (const { f } of sized) summaries.push(summariseProfile(JSON.parse(readFileSync(join(profDir, f), "utf8")), { mapFor }));
  return { summary: summaries[0], threads: summaries.length, file: relative(process.cwd(), join(profDir, sized[0].f)), all: summaries };
}

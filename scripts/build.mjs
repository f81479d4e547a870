#!/usr/bin/env node
// Type errors are the typecheck step's job (npm run typecheck); ncc only transpiles.
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Both are ESM bundles: @actions/* are ESM-only, so TypeScript emits ESM and ncc keeps it.
// ncc writes each entry into its own folder; the files are moved to dist/ and shared chunks kept.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync, existsSync, chmodSync } from "node:fs";
import { join } from "node:path";

const entries = [
  { src: "src/github/index.ts", out: "index.js" },
  { src: "src/cli/index.ts", out: "cli.js" },
  { src: "src/scanning/worker.ts", out: "worker.js" },
];
// Everything is built in a private folder and swapped in at the end, so a reader of dist/ (a test, the
// benchmark) never sees it half-written.
// `--out DIR` builds elsewhere than dist/ (a second checkout's work in progress, a profiling build).
const outAt = process.argv.indexOf("--out");
const target = outAt >= 0 && process.argv[outAt + 1] ? process.argv[outAt + 1] : "dist";
const tmp = `.build-tmp-${process.pid}`;
const out = join(tmp, "dist");
rmSync(tmp, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const ncc = join("node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
for (const e of entries) {
  const dir = join(tmp, e.out.replace(/\.js$/, ""));
  execFileSync(process.execPath, [ncc, "build", e.src, "-o", dir, "--minify", "--transpile-only", "--no-source-map-register", "--license", "licenses.txt", "-q"], {
    stdio: "inherit",
  });
  // ncc names every entry's lazy chunks `<id>.index.js`; two entries can emit different chunks under one
  // name. Each entry other than the action's gets its own suffix (`<id>.cli.js`), in the chunk file names
  // and in the chunk-name function of its runtime (`__nccwpck_require__.u`).
  const base = e.out.replace(/\.js$/, "");
  if (base !== "index") {
    const main = join(dir, "index.js");
    const code = readFileSync(main, "utf8");
    const renamed = code.split('".index.js"').join(`".${base}.js"`);
    if (renamed === code && readdirSync(dir).some((f) => /^\d+\.index\.js$/.test(f))) {
      throw new Error(`ncc runtime of ${e.src} names its chunks in an unexpected way: cannot give them a suffix`);
    }
    writeFileSync(main, renamed);
    for (const f of readdirSync(dir)) {
      const m = /^(\d+)\.index\.js$/.exec(f);
      if (m) renameSync(join(dir, f), join(dir, `${m[1]}.${base}.js`));
    }
  }
  for (const f of readdirSync(dir)) {
    if (f === "index.js") renameSync(join(dir, f), join(out, e.out));
    else if (f === "licenses.txt") renameSync(join(dir, f), join(out, e.out.replace(/\.js$/, ".licenses.txt")));
    else if (f === "package.json") continue;
    else if (!existsSync(join(out, f))) renameSync(join(dir, f), join(out, f));
    else if (!readFileSync(join(out, f)).equals(readFileSync(join(dir, f)))) {
      // Two bundles emitted different chunks under one name: refuse rather than ship a broken bundle.
      throw new Error(`ncc chunk ${f} of ${e.src} collides with another entry's chunk of the same name`);
    }
  }
}
writeFileSync(join(out, "package.json"), JSON.stringify({ type: "module" }, null, 2) + "\n");
// The CLI is executable with a shebang (ncc keeps the one in src/cli/index.ts).
const cliPath = join(out, "cli.js");
const cli = readFileSync(cliPath, "utf8");
if (!cli.startsWith("#!")) writeFileSync(cliPath, "#!/usr/bin/env node\n" + cli);
chmodSync(cliPath, 0o755);
const old = join(tmp, "old");
try {
  if (existsSync(target)) renameSync(target, old);
  renameSync(out, target);
} catch (e) {
  if (e.code !== "EXDEV") throw e;
  // --out on another file system (e.g. /tmp): copied, not swapped.
  rmSync(target, { recursive: true, force: true });
  cpSync(out, target, { recursive: true });
}
rmSync(tmp, { recursive: true, force: true });

#!/usr/bin/env node
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Both are ESM bundles: @actions/* are ESM-only, so TypeScript emits ESM and ncc keeps it.
// ncc writes each entry into its own folder; the files are moved to dist/ and shared chunks kept.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync, existsSync, chmodSync } from "node:fs";
import { join } from "node:path";

const entries = [
  { src: "src/github/index.ts", out: "index.js" },
  { src: "src/cli/index.ts", out: "cli.js" },
  { src: "src/scanning/worker.ts", out: "worker.js" },
];
const tmp = ".build-tmp";
rmSync(tmp, { recursive: true, force: true });
rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
const ncc = join("node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
for (const e of entries) {
  const dir = join(tmp, e.out.replace(/\.js$/, ""));
  execFileSync(process.execPath, [ncc, "build", e.src, "-o", dir, "--minify", "--no-source-map-register", "--license", "licenses.txt", "-q"], {
    stdio: "inherit",
  });
  for (const f of readdirSync(dir)) {
    if (f === "index.js") renameSync(join(dir, f), join("dist", e.out));
    else if (f === "licenses.txt") renameSync(join(dir, f), join("dist", e.out.replace(/\.js$/, ".licenses.txt")));
    else if (f === "package.json") continue;
    else if (!existsSync(join("dist", f))) renameSync(join(dir, f), join("dist", f));
  }
}
rmSync(tmp, { recursive: true, force: true });
writeFileSync("dist/package.json", JSON.stringify({ type: "module" }, null, 2) + "\n");
// The CLI is executable with a shebang (ncc keeps the one in src/cli/index.ts).
const cli = readFileSync("dist/cli.js", "utf8");
if (!cli.startsWith("#!")) writeFileSync("dist/cli.js", "#!/usr/bin/env node\n" + cli);
chmodSync("dist/cli.js", 0o755);

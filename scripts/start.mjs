#!/usr/bin/env node
// `npm start [-- PATH and options]`: runs the bundled CLI, on the bundled example repository when no
// PATH is given, so a fresh clone shows a real report with one command.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const hasPath = args.some((a, i) => !a.startsWith("-") && !["-f", "--format", "-o", "--output", "-c", "--config", "--base", "--fail-on", "--fail-scope"].includes(args[i - 1] ?? ""));
// npm runs scripts from the package root; a PATH the user gives is relative to where they typed the command.
const root = join(here, "..");
const cwd = hasPath ? (process.env.INIT_CWD ?? process.cwd()) : root;
const argv = hasPath ? args : [join("examples", "mixed-vision-app"), ...args];
const r = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...argv], { stdio: "inherit", cwd });
process.exit(r.status ?? 2);

/**
 * Writes docs/sample-comment.md: the PR comment rendered from a JSON report (`--format json` output).
 *
 *   npx tsx scripts/gen-sample-comment.ts REPORT.json [--out docs/sample-comment.md]
 *       [--server https://github.com --repo owner/name --sha COMMIT]   (blob links as in a PR)
 *       [--max-length N] [--hint "the job summary"]
 *
 * Exit 2 with a one-line message on a bad flag or an unreadable/invalid report.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Report } from "../src/core/types.js";
import { renderMarkdown, type MarkdownOptions } from "../src/output/markdown.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function fail(message: string): never {
  process.stderr.write(`gen-sample-comment: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { report: string; out: string; flags: Map<string, string> } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  const known = new Set(["--out", "--server", "--repo", "--sha", "--max-length", "--hint"]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const [name, inline] = a.split("=", 2) as [string, string | undefined];
      if (!known.has(name)) fail(`unknown flag ${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined) fail(`${name} needs a value`);
      flags.set(name, value);
    } else positional.push(a);
  }
  if (positional.length !== 1) fail("give exactly one JSON report path");
  return { report: positional[0]!, out: flags.get("--out") ?? join(root, "docs/sample-comment.md"), flags };
}

function readReport(path: string): Report {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(`${path} is not JSON: ${(e as Error).message}`);
  }
  const r = data as Partial<Report> | null;
  if (!r || typeof r !== "object" || r.schemaVersion !== 1) fail(`${path}: not an ml-framework-audit report (schemaVersion must be 1)`);
  for (const key of ["frameworks", "features", "findings"] as const) if (!Array.isArray(r[key])) fail(`${path}: "${key}" must be an array`);
  return r as Report;
}

const { report: reportPath, out, flags } = parseArgs(process.argv.slice(2));
const report = readReport(resolve(reportPath));
const opts: MarkdownOptions = { marker: "<!-- ml-framework-audit:workflow=sample;path=. -->", fullReportHint: flags.get("--hint") ?? "the job summary" };
const server = flags.get("--server");
const repo = flags.get("--repo");
const sha = flags.get("--sha");
if (server || repo || sha) {
  if (!server || !repo || !sha) fail("--server, --repo and --sha go together");
  opts.links = { serverUrl: server, repository: repo, sha };
}
const max = flags.get("--max-length");
if (max !== undefined) {
  const n = Number(max);
  if (!Number.isInteger(n) || n <= 0) fail(`--max-length must be a positive integer, got ${max}`);
  opts.maxLength = n;
}
const md = renderMarkdown(report, opts);
writeFileSync(out, md);
process.stdout.write(`wrote ${out} (${md.length} characters)\n`);

/**
 * The command line: `ml-framework-audit [PATH] [--format ...] [--output FILE] [--config FILE] [--base REF]`.
 * Exit codes (contracts.md): 0 done and nothing fail-on names was found; 1 fail-on matched; 2 usage or
 * configuration error, with a one-line message naming the bad flag, file, key or line.
 */
import { trace } from "../core/trace.js";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config/load.js";
import { audit, GitRefError } from "../core/engine.js";
import { DEFAULT_FAIL_ON, evaluateGate, FailOnError, parseFailOn, type FailScope } from "../core/gate.js";
import type { Report } from "../core/types.js";
import { TOOL_VERSION } from "../core/version.js";
import { renderJson } from "../output/json.js";
import { renderMarkdown } from "../output/markdown.js";
import { renderSarif } from "../output/sarif.js";
import { renderText } from "../output/text.js";

export const FORMATS = ["text", "markdown", "json", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: ml-framework-audit [PATH] [options]

Audits the machine-learning repository at PATH (default: the current folder) statically:
frameworks, features, declared dependencies, fit against the PyTorch-vs-TensorFlow criteria, findings.

Options:
  -f, --format FORMAT    text (default), markdown (the PR comment body), json, sarif
  -o, --output FILE      write the report to FILE instead of standard output
  -c, --config FILE      config file (default: PATH/.github/ml-framework-audit.yml when present)
      --base REF         add the delta of the working tree against git REF (e.g. origin/main)
      --fail-on LIST     exit 1 when these are found: finding ids or codes, error|warning|info,
                         mismatch, or never (default: ${DEFAULT_FAIL_ON})
      --fail-scope S     repository (default) or introduced (only what --base's delta adds)
  -j, --jobs N           threads for the scan (default: the number of cores, at most 8)
      --cache DIR        keep per-file facts in DIR; later audits scan only changed files
      --color / --no-color  force colour on or off in text output (default: on for a terminal)
  -v, --version          print the version
  -h, --help             print this help

Exit codes: 0 audit done, nothing fail-on names was found; 1 fail-on matched; 2 usage or configuration error.`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

class UsageError extends Error {}

interface CliOptions {
  path: string;
  format: Format;
  output?: string;
  config?: string;
  base?: string;
  failOn: string;
  failScope: FailScope;
  color?: boolean;
  jobs?: number;
  cache?: string;
}

function parse(argv: string[]): CliOptions | "help" | "version" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        base: { type: "string" },
        "fail-on": { type: "string" },
        "fail-scope": { type: "string" },
        jobs: { type: "string", short: "j" },
        cache: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    // node's messages name the flag, e.g. "Unknown option '--frmat'"
    throw new UsageError((e as Error).message.split("\n")[0] ?? "invalid arguments");
  }
  const v = parsed.values;
  if (v.help) return "help";
  if (v.version) return "version";
  if (parsed.positionals.length > 1) throw new UsageError(`expected at most one PATH, got: ${parsed.positionals.join(" ")}`);
  const format = (v.format ?? "text") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: '${v.format}' is not one of ${FORMATS.join(", ")}`);
  const failScope = (v["fail-scope"] ?? "repository") as FailScope;
  if (failScope !== "repository" && failScope !== "introduced") {
    throw new UsageError(`--fail-scope: '${v["fail-scope"]}' is not one of repository, introduced`);
  }
  if (failScope === "introduced" && !v.base) throw new UsageError("--fail-scope introduced needs --base REF");
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs: '${v.jobs}' is not a whole number from 1 to 64`);
  }
  return {
    path: parsed.positionals[0] ?? ".",
    format,
    output: v.output,
    config: v.config,
    base: v.base,
    failOn: v["fail-on"] ?? DEFAULT_FAIL_ON,
    failScope,
    color: v["no-color"] ? false : v.color ? true : undefined,
    jobs,
    cache: v.cache,
  };
}

export function render(report: Report, format: Format, color: boolean): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "sarif":
      return JSON.stringify(renderSarif(report), null, 2) + "\n";
    case "text":
      return renderText(report, { color });
  }
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse(argv);
  } catch (e) {
    io.stderr(`ml-framework-audit: ${(e as Error).message}\n`);
    return 2;
  }
  if (opts === "help") {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (opts === "version") {
    io.stdout(TOOL_VERSION + "\n");
    return 0;
  }
  try {
    trace("main:start");
    const root = resolve(io.cwd, opts.path);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`PATH: '${opts.path}' is not a folder`);
    const spec = parseFailOn(opts.failOn);
    const configFile = opts.config ? resolve(io.cwd, opts.config) : undefined;
    const config = loadConfig(configFile, root, { explicit: Boolean(opts.config) });
    const report = await audit({ root, displayRoot: opts.path, config, jobs: opts.jobs, cacheDir: opts.cache ? resolve(io.cwd, opts.cache) : undefined, ...(opts.base ? { base: { ref: opts.base } } : {}) });
    const color = opts.color ?? (io.isTTY && !opts.output && !io.env.NO_COLOR && io.env.TERM !== "dumb");
    const out = render(report, opts.format, opts.format === "text" && color);
    trace("render:end");
    if (opts.output) writeFileSync(resolve(io.cwd, opts.output), out);
    else io.stdout(out);
    const gate = evaluateGate(report, spec, opts.failScope);
    if (gate.failed) {
      io.stderr(gate.reason + "\n");
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof FailOnError || e instanceof GitRefError) {
      io.stderr(`ml-framework-audit: ${e.message}\n`);
      return 2;
    }
    io.stderr(`ml-framework-audit: internal error: ${(e as Error).stack ?? e}\n`);
    return 3;
  }
}

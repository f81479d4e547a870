/**
 * The command line: `ml-framework-audit [PATH] [--format ...] [--output FILE] [--config FILE] [--base REF]`.
 * Exit codes (contracts.md): 0 done and nothing fail-on names was found; 1 fail-on matched; 2 usage or
 * configuration error, with a one-line message naming the bad flag, file, key or line.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Config } from "../config/schema.js";
import { DEFAULT_FAIL_ON, evaluateGate, FailOnError, parseFailOn, type FailScope } from "../core/gate.js";
import { trace, traceThreadCpu } from "../core/trace.js";
import type { Report } from "../core/types.js";
import { TOOL_VERSION } from "../core/version.js";

// Only what parsing the arguments needs is imported above. The config reader, the engine and the renderers
// are loaded when they are used, so `--help` and a usage error do not wait for them, an audit without a
// config file never loads the YAML parser, and an audit never loads the renderers of the other formats.

/**
 * The config files loadConfig looks for when none is named (its DEFAULT_CANDIDATES; tests/cli checks that
 * the two lists agree). Known here so that their absence is seen without loading the config reader.
 */
export const CONFIG_CANDIDATES: readonly string[] = [".github/ml-framework-audit.yml", ".github/ml-framework-audit.yaml"];

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
  -j, --jobs N           threads for the scan (default: the number of cores, at most 8;
                         on 2 cores a second thread only for trees over 128 MB)
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

export async function render(report: Report, format: Format, color: boolean): Promise<string> {
  switch (format) {
    case "json":
      return (await import("../output/json.js")).renderJson(report);
    case "markdown":
      return (await import("../output/markdown.js")).renderMarkdown(report);
    case "sarif":
      return JSON.stringify((await import("../output/sarif.js")).renderSarif(report), null, 2) + "\n";
    case "text":
      return (await import("../output/text.js")).renderText(report, { color });
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
  // The modules that define ConfigError and GitRefError, once loaded: an error of theirs is a usage error.
  let configModule: typeof import("../config/load.js") | undefined;
  let engineModule: typeof import("../core/engine.js") | undefined;
  try {
    trace("main:start");
    const root = resolve(io.cwd, opts.path);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`PATH: '${opts.path}' is not a folder`);
    const spec = parseFailOn(opts.failOn);
    const configFile = opts.config ? resolve(io.cwd, opts.config) : undefined;
    let config: Config;
    if (configFile === undefined && !CONFIG_CANDIDATES.some((c) => existsSync(join(root, c)))) {
      // What loadConfig returns when there is no file, without the YAML parser.
      config = structuredClone((await import("../config/defaults.js")).DEFAULT_CONFIG);
    } else {
      configModule = await import("../config/load.js");
      config = configModule.loadConfig(configFile, root, { explicit: Boolean(opts.config) });
    }
    engineModule = await import("../core/engine.js");
    const report = await engineModule.audit({ root, displayRoot: opts.path, config, jobs: opts.jobs, cacheDir: opts.cache ? resolve(io.cwd, opts.cache) : undefined, ...(opts.base ? { base: { ref: opts.base } } : {}) });
    const color = opts.color ?? (io.isTTY && !opts.output && !io.env.NO_COLOR && io.env.TERM !== "dumb");
    const out = await render(report, opts.format, opts.format === "text" && color);
    trace("render:end");
    traceThreadCpu();
    if (opts.output) writeFileSync(resolve(io.cwd, opts.output), out);
    else io.stdout(out);
    const gate = evaluateGate(report, spec, opts.failScope);
    if (gate.failed) {
      io.stderr(gate.reason + "\n");
      return 1;
    }
    return 0;
  } catch (e) {
    const userError =
      e instanceof UsageError ||
      e instanceof FailOnError ||
      (configModule !== undefined && e instanceof configModule.ConfigError) ||
      (engineModule !== undefined && e instanceof engineModule.GitRefError);
    if (userError) {
      io.stderr(`ml-framework-audit: ${e.message}\n`);
      return 2;
    }
    io.stderr(`ml-framework-audit: internal error: ${(e as Error).stack ?? e}\n`);
    return 3;
  }
}

#!/usr/bin/env node
/**
 * CLI entry. `--version` answers before the engine is loaded (the cold start stays small); everything else
 * goes through main(), loaded on demand.
 */
import { TOOL_VERSION } from "../core/version.js";
import { tuneV8 } from "../core/v8-tuning.js";

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(TOOL_VERSION + "\n");
} else {
  tuneV8();
  const { main } = await import("./main.js");
  const code = await main(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}

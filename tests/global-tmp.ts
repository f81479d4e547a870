/**
 * Vitest global setup: every temporary folder of a test run goes into one folder of its own, removed when
 * the run ends. Tests (and the CLI and action they start as child processes, which inherit the environment)
 * create theirs with os.tmpdir(), which reads TMPDIR; without this, each run left a few hundred folders in
 * the system's temporary folder, since a failing test skips its own cleanup and child processes' leftovers
 * have no owner.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "mfa-test-run-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}

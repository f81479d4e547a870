// The action's start-up: how long the bundled action (dist/index.js) takes from process start to the
// start of its walk over the repository (the engine's `discover:start` trace line, in ms since the process
// started, so Node's own boot is included). The action runs as a runner starts it: every input of action.yml
// with its default (INPUT_*), a push event payload from @octokit/webhooks-examples, GITHUB_* variables,
// output and summary files, on the bundled example repository. A push event makes no API call; the API URL
// points at a closed local port all the same, so nothing can reach the network.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { median } from "./measure.mjs";

/** A push payload: the first example of @octokit/webhooks-examples, or a minimal one when it is not installed. */
function pushPayload(repoRoot) {
  try {
    const require = createRequire(join(repoRoot, "package.json"));
    const all = require("@octokit/webhooks-examples/api.github.com/index.json");
    const push = all.find((e) => e.name === "push")?.examples?.[0];
    if (push) return push;
  } catch {
    // not installed: fall through
  }
  const sha = "0".repeat(40);
  return { ref: "refs/heads/main", before: sha, after: sha, repository: { name: "example", full_name: "example/example", owner: { login: "example" } } };
}

/**
 * Runs the action `runs` times (after one warm-up) and returns the median and minimum time to its first
 * file, or `{ error }`.
 * @returns {{ ms?: number, minMs?: number, runs?: number, error?: string }}
 */
export function actionStart(repoRoot, actionJs, workspace, runs = 7) {
  if (!existsSync(actionJs)) return { error: `${actionJs} does not exist` };
  const tmp = mkdtempSync(join(tmpdir(), "mfa-bench-action-"));
  try {
    const payload = pushPayload(repoRoot);
    writeFileSync(join(tmp, "event.json"), JSON.stringify(payload));
    const inputs = parseYaml(readFileSync(join(repoRoot, "action.yml"), "utf8")).inputs ?? {};
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: "true",
      CI: "true",
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: join(tmp, "event.json"),
      GITHUB_REPOSITORY: payload.repository?.full_name ?? "example/example",
      GITHUB_SHA: payload.after ?? "0".repeat(40),
      GITHUB_REF: payload.ref ?? "refs/heads/main",
      GITHUB_WORKSPACE: workspace,
      GITHUB_API_URL: "http://127.0.0.1:9",
      GITHUB_SERVER_URL: "https://github.com",
      RUNNER_TEMP: join(tmp, "runner-temp"),
      MFA_TRACE: "1",
    };
    for (const [name, def] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = def?.default === undefined ? "" : String(def.default);
    env["INPUT_GITHUB-TOKEN"] = "ghs_benchTokenNeverSent";
    const times = [];
    for (let i = 0; i <= runs; i++) {
      writeFileSync(join(tmp, "output"), "");
      writeFileSync(join(tmp, "summary.md"), "");
      const r = spawnSync(process.execPath, [actionJs], { cwd: workspace, env: { ...env, GITHUB_OUTPUT: join(tmp, "output"), GITHUB_STEP_SUMMARY: join(tmp, "summary.md") }, encoding: "utf8" });
      const m = /mfa-trace ([\d.]+) discover:start/.exec(`${r.stderr ?? ""}${r.stdout ?? ""}`);
      if (!m) return { error: `no discover:start trace (exit ${r.status}): ${(r.stderr || r.stdout || "").trim().split("\n").slice(-2).join(" ")}` };
      if (i > 0) times.push(Number(m[1]));
    }
    return { ms: median(times), minMs: Math.min(...times), runs };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

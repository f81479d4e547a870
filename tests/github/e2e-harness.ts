/**
 * The end-to-end harness shared by e2e.test.ts and e2e-cache.test.ts: a real git repository with a base and
 * a head commit, webhook payloads from @octokit/webhooks-examples, and the bundled action (dist/index.js) run
 * as a child process with the environment a runner sets.
 */
import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// MFA_DIST_DIR: test another build of the action (`node scripts/build.mjs --out DIR`) than the committed dist/.
export const DIST = join(process.env.MFA_DIST_DIR ? resolve(process.env.MFA_DIST_DIR) : join(ROOT, "dist"), "index.js");
export const FIXTURE = join(ROOT, "tests", "github", "fixtures", "repos", "vision");
export const TOKEN = "ghs_e2eSecretToken9f8e7d6c5b4a39281706";
export const OWNER = "Codertocat";
export const REPO = "Hello-World";

const require = createRequire(import.meta.url);

/** The defaults action.yml declares, which the runner passes as INPUT_* when a workflow does not set them. */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries((parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default?: unknown }> }).inputs).map(
    ([name, def]) => [name, def.default === undefined ? "" : String(def.default)],
  ),
);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as { name: string; examples: Record<string, unknown>[] }[];
// Webhook payloads are deep, loosely typed JSON; the tests rewrite a few fields of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Payload = Record<string, any>;
export const example = (event: string, action?: string) =>
  structuredClone(examples.find((e) => e.name === event)!.examples.find((x) => action === undefined || x.action === action)!) as Payload;

export const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

export interface Repo {
  dir: string;
  base: string;
  head: string;
}

export function makeRepo(extra: Record<string, string> = {}): Repo {
  const dir = mkdtempSync(join(tmpdir(), "mfa-e2e-repo-"));
  git(dir, "init", "-q");
  cpSync(join(FIXTURE, "base"), dir, { recursive: true });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  const base = git(dir, "rev-parse", "HEAD");
  cpSync(join(FIXTURE, "head"), dir, { recursive: true });
  for (const [p, text] of Object.entries(extra)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "head");
  return { dir, base, head: git(dir, "rev-parse", "HEAD") };
}

export function prPayload(repo: Repo, number = 2): Payload {
  const p = example("pull_request", "synchronize");
  p.number = number;
  p.pull_request.number = number;
  p.pull_request.base.sha = repo.base;
  p.pull_request.head.sha = repo.head;
  return p;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  all: string;
}

export interface RunOptions {
  /** The local GitHub API (api-server.ts). */
  apiUrl: string;
  repo: Repo;
  event: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  sha?: string;
  /** More environment (e.g. the cache service's variables). */
  env?: Record<string, string>;
  /** RUNNER_TEMP; default: a new folder per run. */
  runnerTemp?: string;
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(opts: RunOptions): Promise<RunResult> {
  const tmp = mkdtempSync(join(tmpdir(), "mfa-e2e-run-"));
  const eventPath = join(tmp, "event.json");
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const outputFile = join(tmp, "output");
  const summaryFile = join(tmp, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  // As the runner does: every input of action.yml with its default, then the workflow's `with:` values.
  const inputs: Record<string, string> = { ...ACTION_DEFAULTS, "github-token": TOKEN, ...opts.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: opts.sha ?? opts.repo.head,
    GITHUB_WORKFLOW: "ML audit",
    GITHUB_WORKSPACE: opts.repo.dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: opts.runnerTemp ?? join(tmp, "runner-temp"),
    ML_FRAMEWORK_AUDIT_RETRY_BASE_MS: "5",
    ...opts.env,
  };
  // The runner upper-cases input names and keeps dashes.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [DIST], { cwd: opts.repo.dir, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  const outputsText = readFileSync(outputFile, "utf8");
  const summary = readFileSync(summaryFile, "utf8");
  return { code, stdout, stderr, outputs: parseOutputs(outputsText), summary, all: stdout + stderr + outputsText + summary };
}

/**
 * End to end: the bundled action (dist/index.js) runs as a child process with the environment a runner
 * sets (./e2e-harness.ts), against a local GitHub API (./api-server.ts) that validates every request against
 * GitHub's OpenAPI description. The scanned repository is a real git repository with a base and a head commit.
 * The Actions cache (`cache: true`) is tested in ./e2e-cache.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "./api-server.js";
import { DIST, example, FIXTURE, makeRepo, OWNER, prPayload, REPO, runAction as runWith, TOKEN, type RunOptions } from "./e2e-harness.js";

let gh: FakeGitHub;
let apiUrl: string;
const runAction = (opts: Omit<RunOptions, "apiUrl">) => runWith({ ...opts, apiUrl });

const PR = 2;
const ours = () => gh.ourComments(PR).filter((c) => c.login === "github-actions[bot]");
const writes = () => gh.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.operation}`);

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error("dist/index.js is missing: run `npm run build` first");
  gh = new FakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN });
  apiUrl = await gh.start();
});
afterAll(() => gh.stop());
afterEach(() => {
  expect(gh.violations).toEqual([]);
  gh.comments = [];
  gh.pulls = [];
  gh.injected = [];
  gh.writeStatus = null;
  gh.tokenUser = null;
  gh.reset();
});

describe("pull_request", () => {
  it("first run creates one comment with the delta; reruns update it; 30 reruns still leave one", async () => {
    const repo = makeRepo();
    const first = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(ours()).toHaveLength(1);
    const comment = ours()[0]!;
    expect(comment.body.startsWith("<!-- ml-framework-audit:ML audit:. -->")).toBe(true);
    expect(comment.body).toMatch(/tensorflow|TensorFlow/);
    // Where the PR puts TensorFlow, linked at the head commit.
    expect(comment.body).toContain(
      `- **TensorFlow**: imported in 1 more file ([\`export_tflite.py:1\`](https://github.com/Codertocat/Hello-World/blob/${repo.head}/export_tflite.py#L1))`,
    );
    expect(first.outputs["comment-url"]).toContain(`#issuecomment-${comment.id}`);
    expect((first.outputs.frameworks ?? "").split(",").sort()).toEqual(["pytorch", "tensorflow"]);
    expect(first.outputs["findings-introduced"]).not.toBe("");
    expect(JSON.parse(readFileSync(first.outputs.report!, "utf8")).delta.base).toBe(repo.base);
    // The base was read from git: train.py is the same in both trees, requirements.txt changed.
    expect(first.stdout).toContain("Base audited: 2 files; 1 unchanged (facts reused), 1 scanned.");
    expect(first.summary).toContain("TensorFlow");
    expect(first.summary).not.toContain("<!-- ml-framework-audit:ML audit");

    gh.reset();
    const second = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(second.code).toBe(0);
    expect(writes()).toEqual(["PATCH issues/update-comment"]);
    expect(ours().map((c) => c.id)).toEqual([comment.id]);

    for (let i = 0; i < 30; i++) await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(ours().map((c) => c.id)).toEqual([comment.id]);
  }, 240_000);

  it("two concurrent runs end with one comment", async () => {
    const repo = makeRepo();
    const [a, b] = await Promise.all([0, 1].map(() => runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } })));
    expect([a!.code, b!.code]).toEqual([0, 0]);
    expect(ours()).toHaveLength(1);
  });

  it("leaves another bot's and a user's comment with our marker alone", async () => {
    const repo = makeRepo();
    const marker = "<!-- ml-framework-audit:ML audit:. -->";
    const other = gh.addComment(PR, `${marker}\nfrom another bot`, "other-app[bot]", "Bot");
    const user = gh.addComment(PR, `${marker}\nquoted by a user`, "octocat");
    const r = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    expect(gh.comments.find((c) => c.id === other.id)!.body).toBe(`${marker}\nfrom another bot`);
    expect(gh.comments.find((c) => c.id === user.id)!.body).toBe(`${marker}\nquoted by a user`);
    expect(ours()).toHaveLength(1);
    expect(writes()).toEqual(["POST issues/create-comment"]);
  });

  it("a read-only token (fork PR) gets a warning, exit 0, and the summary", async () => {
    const repo = makeRepo();
    gh.writeStatus = 403;
    const r = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*workflow_run.*report-file/);
    expect(r.summary).toContain("TensorFlow");
    expect(r.outputs.verdict).toBeTruthy();
    expect(gh.comments).toHaveLength(0);
  });

  it("rides out a 429 and a 502 before succeeding", async () => {
    const repo = makeRepo();
    gh.injected = [
      { method: "GET", path: /\/issues\/\d+\/comments$/, status: 429, headers: { "retry-after": "1" }, message: "You have exceeded a secondary rate limit" },
      { method: "GET", path: /\/issues\/\d+\/comments$/, status: 502, message: "Server Error" },
    ];
    const r = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    expect(gh.requests.filter((q) => q.operation === "issues/list-comments").map((q) => q.status).slice(0, 3)).toEqual([429, 502, 200]);
    expect(ours()).toHaveLength(1);
  });

  it("fails with a one-line reason when fail-on matches what the PR introduces, and passes with never", async () => {
    const repo = makeRepo();
    const failing = await runAction({ repo, event: "pull_request", payload: prPayload(repo) });
    expect(failing.code).toBe(1);
    const errors = failing.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::ml-framework-audit: fail-on matched introduced by this change: .*policy-violation/);
    expect(failing.outputs.failed).toBe("true");
    const passing = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(passing.code).toBe(0);
    expect(passing.outputs.failed).toBe("false");
  });

  it("judges only what the PR adds with fail-scope introduced", async () => {
    // The base already violates the policy in the same way: the PR adds nothing new of that kind.
    const repo = makeRepo();
    const samePolicy = prPayload(repo);
    samePolicy.pull_request.base.sha = repo.head; // base == head: the delta is empty
    const r = await runAction({ repo, event: "pull_request", payload: samePolicy });
    expect(r.code).toBe(0);
    const whole = await runAction({ repo, event: "pull_request", payload: samePolicy, inputs: { "fail-scope": "repository" } });
    expect(whole.code).toBe(1);
  });

  it("on-change makes no PATCH when the body is unchanged", async () => {
    const repo = makeRepo();
    await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { comment: "on-change", "fail-on": "never" } });
    gh.reset();
    await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { comment: "on-change", "fail-on": "never" } });
    expect(writes()).toEqual([]);
    expect(ours()).toHaveLength(1);
  });

  it("on-failure updates a stale failure comment once the problems are gone", async () => {
    const repo = makeRepo();
    const fail = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { comment: "on-failure" } });
    expect(fail.code).toBe(1);
    expect(ours()).toHaveLength(1);
    const passing = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { comment: "on-failure", "fail-on": "never" } });
    expect(passing.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/problems this comment reported earlier are gone/);
  });

  it("keeps an oversized comment under GitHub's limit", async () => {
    const many: Record<string, string> = {};
    // Every malformed notebook is its own parse-error finding: 600 of them make a report far over the limit.
    for (let i = 0; i < 600; i++) many[`notebooks/batch_${i % 20}/broken_experiment_notebook_number_${i}.ipynb`] = '{"cells": [';
    const repo = makeRepo(many);
    const r = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    const body = ours()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(20_000);
    expect(body).toMatch(/shortened/);
    expect(Number(r.outputs.findings)).toBeGreaterThan(600);
    expect(r.summary.length).toBeGreaterThan(body.length);
  }, 120_000);

  it("never leaks the token", async () => {
    const repo = makeRepo();
    gh.writeStatus = 403;
    const r = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { sarif: "out/audit.sarif" } });
    // The only occurrence is the mask command itself, which the runner consumes (core.setSecret).
    expect(r.stdout.split("\n").filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
    expect(r.all.replace(`::add-mask::${TOKEN}`, "")).not.toContain(TOKEN);
    expect(readFileSync(join(repo.dir, "out/audit.sarif"), "utf8")).not.toContain(TOKEN);
    expect(readFileSync(r.outputs.report!, "utf8")).not.toContain(TOKEN);
  });
});

describe("pull_request without git history", () => {
  it("rebuilds the base through the API (list-files + get-content) and reports the delta", async () => {
    const repo = makeRepo();
    // A checkout without the base commit and without a remote to fetch it from: drop .git entirely.
    const bare = mkdtempSync(join(tmpdir(), "mfa-e2e-nogit-"));
    cpSync(repo.dir, bare, { recursive: true, filter: (src) => src !== join(repo.dir, ".git") && !src.startsWith(join(repo.dir, ".git") + "/") });
    gh.changedFiles = [
      { filename: "requirements.txt", status: "modified" },
      { filename: "export_tflite.py", status: "added" },
    ];
    gh.baseContents = new Map([["requirements.txt", readFileSync(join(FIXTURE, "base", "requirements.txt"), "utf8")]]);
    const r = await runAction({ repo: { ...repo, dir: bare }, event: "pull_request", payload: prPayload(repo) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Base rebuilt from the API");
    // No git index in this checkout to vouch for the head's files: the rebuilt base is scanned whole.
    expect(r.stdout).toContain("Base audited: 2 files; 0 unchanged (facts reused), 2 scanned.");
    const ops = gh.requests.map((q) => q.operation);
    expect(ops).toContain("pulls/list-files");
    expect(gh.requests.filter((q) => q.operation === "repos/get-content").map((q) => [q.path, q.query.ref])).toEqual([
      ["/repos/Codertocat/Hello-World/contents/requirements.txt", repo.base],
    ]);
    const report = JSON.parse(readFileSync(r.outputs.report!, "utf8")) as { delta: { base: string; added: { frameworks: string[] } } };
    expect(report.delta.base).toBe(repo.base);
    expect(report.delta.added.frameworks).toContain("tensorflow");
    gh.changedFiles = [];
    gh.baseContents = new Map();
  });
});

describe("other events", () => {
  it("push writes the summary and outputs only, judging the whole repository", async () => {
    const repo = makeRepo();
    const payload = example("push");
    payload.after = repo.head;
    const r = await runAction({ repo, event: "push", payload });
    expect(gh.requests).toEqual([]);
    expect(r.summary.length).toBeGreaterThan(100);
    expect(r.outputs.frameworks).toContain("tensorflow");
    expect(r.outputs["comment-url"]).toBe("");
    expect(r.outputs["findings-introduced"]).toBe("");
    expect(r.code).toBe(1); // the policy violation is in the repository
  });

  it("rejects a bad input with one line naming it", async () => {
    const repo = makeRepo();
    const r = await runAction({ repo, event: "push", payload: example("push"), inputs: { comment: "sometimes" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::Input 'comment': must be one of always, on-change, on-failure, never \(got 'sometimes'\)$/m);
  });

  it("fails on an explicitly named config file that is missing", async () => {
    const repo = makeRepo();
    const r = await runAction({ repo, event: "push", payload: example("push"), inputs: { config: "ci/missing.yml" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*ci\/missing\.yml.*not found/);
  });

  it("workflow_run with report-file finds a fork PR by head SHA and comments", async () => {
    const repo = makeRepo();
    const audit = await runAction({ repo, event: "pull_request", payload: prPayload(repo), inputs: { comment: "never", "fail-on": "never" } });
    const reportFile = join(repo.dir, "downloaded-report.json");
    cpSync(audit.outputs.report!, reportFile);
    gh.reset();
    const payload = example("workflow_run", "completed");
    payload.workflow_run.head_sha = repo.head;
    payload.workflow_run.pull_requests = [];
    gh.pulls = [{ number: 41, headSha: repo.head, headRef: String(payload.workflow_run.head_branch), headOwner: "a-forker", state: "open" }];
    const r = await runAction({ repo, event: "workflow_run", payload, inputs: { "report-file": "downloaded-report.json" } });
    expect(r.code).toBe(0);
    expect(gh.requests[0]!.operation).not.toBe("pulls/list-files");
    expect(gh.requests.some((q) => q.operation === "repos/list-pull-requests-associated-with-commit")).toBe(true);
    const comments = gh.ourComments(41);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/TensorFlow/);
    expect(r.outputs["comment-url"]).toContain("#issuecomment-");
  });
});

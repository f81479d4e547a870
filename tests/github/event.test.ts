import { createRequire } from "node:module";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contextFromEnv, ContextError, readPayload } from "../../src/github/event.js";

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as { name: string; examples: Record<string, unknown>[] }[];
const payload = (event: string, action?: string) => examples.find((e) => e.name === event)!.examples.find((x) => action === undefined || x.action === action)!;
const env = (name: string) => ({ GITHUB_EVENT_NAME: name, GITHUB_REPOSITORY: "Codertocat/Hello-World", GITHUB_SHA: "f".repeat(40), GITHUB_WORKFLOW: "CI" });

describe("contextFromEnv", () => {
  it("reads a real pull_request payload: number, base and head sha", () => {
    const p = payload("pull_request", "synchronize") as { number: number; pull_request: { base: { sha: string }; head: { sha: string } } };
    const ctx = contextFromEnv(env("pull_request"), p);
    expect(ctx).toMatchObject({ kind: "pull_request", owner: "Codertocat", repo: "Hello-World", pullNumber: p.number, baseSha: p.pull_request.base.sha, headSha: p.pull_request.head.sha });
    expect(contextFromEnv(env("pull_request_target"), p).kind).toBe("pull_request");
  });

  it("treats push, schedule and workflow_dispatch as whole-repository runs", () => {
    const push = contextFromEnv(env("push"), payload("push"));
    expect(push.kind).toBe("push");
    expect(push.pullNumber).toBeUndefined();
    expect(push.baseSha).toBeUndefined();
    expect(contextFromEnv(env("schedule"), {}).kind).toBe("other");
    expect(contextFromEnv(env("workflow_dispatch"), {}).kind).toBe("other");
  });

  it("reads merge_group base and head", () => {
    const ctx = contextFromEnv(env("merge_group"), { merge_group: { base_sha: "a".repeat(40), head_sha: "b".repeat(40) } });
    expect(ctx).toMatchObject({ kind: "merge_group", baseSha: "a".repeat(40), headSha: "b".repeat(40) });
    expect(ctx.pullNumber).toBeUndefined();
  });

  it("reads a workflow_run payload, with its empty pull_requests list", () => {
    const p = payload("workflow_run", "completed") as { workflow_run: { head_sha: string; head_branch: string; name: string } };
    const ctx = contextFromEnv(env("workflow_run"), p);
    expect(ctx.workflowRun).toMatchObject({ headSha: p.workflow_run.head_sha, headBranch: p.workflow_run.head_branch, name: p.workflow_run.name, pullNumbers: [] });
  });

  it("uses GITHUB_API_URL and GITHUB_SERVER_URL (GHES)", () => {
    const ctx = contextFromEnv({ ...env("push"), GITHUB_API_URL: "https://ghe.example.com/api/v3/", GITHUB_SERVER_URL: "https://ghe.example.com" }, {});
    expect(ctx.apiUrl).toBe("https://ghe.example.com/api/v3");
    expect(ctx.serverUrl).toBe("https://ghe.example.com");
  });

  it("fails clearly without a repository or a PR number", () => {
    expect(() => contextFromEnv({ GITHUB_EVENT_NAME: "push" }, {})).toThrow(ContextError);
    expect(() => contextFromEnv(env("pull_request"), { pull_request: {} })).toThrow(/no pull request number/);
  });
});

describe("readPayload", () => {
  it("returns {} for a missing or broken file", () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-ev-"));
    writeFileSync(join(dir, "bad.json"), "{oops");
    expect(readPayload(join(dir, "bad.json"))).toEqual({});
    expect(readPayload(join(dir, "none.json"))).toEqual({});
    expect(readPayload(undefined)).toEqual({});
  });
});

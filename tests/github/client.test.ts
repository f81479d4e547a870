import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, describeApiError, retryBaseFromEnv, statusOf } from "../../src/github/client.js";
import { FakeGitHub } from "./api-server.js";

const TOKEN = "ghp_clientTestToken1111111111111111111";
let gh: FakeGitHub;
let url: string;
beforeAll(async () => {
  gh = new FakeGitHub({ owner: "octo", repo: "ml", token: TOKEN });
  url = await gh.start();
});
afterAll(() => gh.stop());

describe("createClient", () => {
  it("retries a rate limit (429) and a 502, then succeeds", async () => {
    gh.reset();
    gh.tokenUser = "octocat";
    gh.injected = [
      { path: /^\/user$/, status: 429, headers: { "retry-after": "1", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000)) }, message: "API rate limit exceeded" },
      { path: /^\/user$/, status: 502, message: "Bad gateway" },
    ];
    const client = createClient({ token: TOKEN, baseUrl: url, retryBaseMs: 5 });
    const { data } = await client.rest.users.getAuthenticated();
    expect(data.login).toBe("octocat");
    expect(gh.requests.map((r) => r.status)).toEqual([429, 502, 200]);
    expect(gh.violations).toEqual([]);
  });

  it("gives up after the retries with the status in the error, never the token", async () => {
    gh.reset();
    gh.injected = [{ path: /^\/user$/, status: 503, times: 10 }];
    const client = createClient({ token: TOKEN, baseUrl: url, retryBaseMs: 1, retries: 2 });
    const error = await client.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(statusOf(error)).toBe(503);
    expect(gh.requests).toHaveLength(3);
    expect(describeApiError(error)).toMatch(/^HTTP 503/);
    expect(describeApiError(error)).not.toContain(TOKEN);
    gh.injected = [];
  });

  it("does not retry 404", async () => {
    gh.reset();
    const client = createClient({ token: TOKEN, baseUrl: url, retryBaseMs: 1 });
    const error = await client.rest.issues.deleteComment({ owner: "octo", repo: "ml", comment_id: 1 }).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(404);
    expect(gh.requests).toHaveLength(1);
  });
});

describe("retryBaseFromEnv", () => {
  it("defaults to one second and accepts a smaller base for tests", () => {
    expect(retryBaseFromEnv({})).toBe(1000);
    expect(retryBaseFromEnv({ ML_FRAMEWORK_AUDIT_RETRY_BASE_MS: "5" })).toBe(5);
    expect(retryBaseFromEnv({ ML_FRAMEWORK_AUDIT_RETRY_BASE_MS: "-1" })).toBe(1000);
  });
});

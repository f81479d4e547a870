import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Client } from "../../src/github/client.js";
import {
  composeBody,
  fitCommentMarkdown,
  GITHUB_ACTIONS_BOT,
  isOwnComment,
  markerFor,
  resolveIdentity,
  upsertComment,
  COMMENT_LIMIT_CHARS,
  type Identity,
  type UpsertOptions,
} from "../../src/github/comment.js";
import { FakeGitHub } from "./api-server.js";

const TOKEN = "ghs_commentTestToken000000000000000000";
const target = { owner: "octo", repo: "ml", issueNumber: 7 };
const bot: Identity = { login: GITHUB_ACTIONS_BOT, source: "installation-token" };
const marker = markerFor("CI", ".");

let gh: FakeGitHub;
let client: Client;
beforeAll(async () => {
  gh = new FakeGitHub({ owner: "octo", repo: "ml", token: TOKEN });
  const url = await gh.start();
  client = createClient({ token: TOKEN, baseUrl: url, retryBaseMs: 1 });
});
afterAll(() => gh.stop());
afterEach(() => {
  expect(gh.violations).toEqual([]);
  gh.comments = [];
  gh.reset();
  gh.tokenUser = null;
  gh.writeStatus = null;
});

const opts = (over: Partial<UpsertOptions> = {}): UpsertOptions => ({
  marker,
  markdown: "report v1",
  mode: "always",
  failing: false,
  identity: bot,
  resolvedNote: "problems gone",
  ...over,
});
const writes = () => gh.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.operation}`);

describe("markerFor", () => {
  it("is per workflow and path and cannot close the HTML comment early", () => {
    expect(markerFor("CI", "services/a")).toBe("<!-- ml-framework-audit:CI:services/a -->");
    expect(markerFor("CI", "a")).not.toBe(markerFor("CI", "b"));
    const evil = markerFor("x --> <img src=x>", ".");
    expect(evil.indexOf("-->")).toBe(evil.length - 3);
  });
});

describe("isOwnComment", () => {
  const c = (login: string, body: string) => ({ id: 1, body, user: { login }, html_url: "", created_at: "" });
  it("needs both the marker and our author", () => {
    expect(isOwnComment(c(GITHUB_ACTIONS_BOT, `${marker}\nx`), marker, bot)).toBe(true);
    expect(isOwnComment(c("mallory", `${marker}\nx`), marker, bot)).toBe(false);
    expect(isOwnComment(c(GITHUB_ACTIONS_BOT, "no marker"), marker, bot)).toBe(false);
    expect(isOwnComment(c(GITHUB_ACTIONS_BOT, `${markerFor("Other", ".")}\nx`), marker, bot)).toBe(false);
  });
});

describe("resolveIdentity", () => {
  it("uses GET /user for a user token and falls back to github-actions[bot] on 403", async () => {
    gh.tokenUser = "octocat";
    expect(await resolveIdentity(client)).toEqual({ login: "octocat", source: "user" });
    gh.tokenUser = null;
    expect(await resolveIdentity(client)).toEqual(bot);
    expect(await resolveIdentity(client, "my-app[bot]")).toEqual({ login: "my-app[bot]", source: "input" });
  });
});

describe("upsertComment", () => {
  it("creates once, then updates in place", async () => {
    const first = await upsertComment(client, target, opts());
    expect(first.action).toBe("created");
    expect(gh.ourComments(7)).toHaveLength(1);
    expect(gh.ourComments(7)[0]!.body).toBe(composeBody(marker, "report v1", false));
    const second = await upsertComment(client, target, opts({ markdown: "report v2" }));
    expect(second).toMatchObject({ action: "updated", id: first.id });
    expect(gh.ourComments(7)).toHaveLength(1);
    expect(gh.ourComments(7)[0]!.body).toContain("report v2");
  });

  it("leaves another author's comment with our marker alone", async () => {
    const foreign = gh.addComment(7, composeBody(marker, "spoofed", false), "mallory");
    const r = await upsertComment(client, target, opts());
    expect(r.action).toBe("created");
    expect(gh.comments.find((c) => c.id === foreign.id)?.body).toContain("spoofed");
    expect(gh.ourComments(7)).toHaveLength(2);
  });

  it("finds our comment beyond the first page of 100", async () => {
    for (let i = 0; i < 150; i++) gh.addComment(7, `chatter ${i}`, "someone");
    const ours = gh.addComment(7, composeBody(marker, "old", false), GITHUB_ACTIONS_BOT, "Bot");
    const r = await upsertComment(client, target, opts());
    expect(r).toMatchObject({ action: "updated", id: ours.id });
    expect(gh.requests.filter((q) => q.operation === "issues/list-comments").map((q) => q.query.page ?? "1")).toEqual(["1", "2"]);
  });

  it("collapses duplicates from concurrent runs to the oldest", async () => {
    const a = gh.addComment(7, composeBody(marker, "run A", false), GITHUB_ACTIONS_BOT, "Bot");
    gh.addComment(7, composeBody(marker, "run B", false), GITHUB_ACTIONS_BOT, "Bot");
    const r = await upsertComment(client, target, opts({ markdown: "run C" }));
    expect(r.id).toBe(a.id);
    expect(r.deleted).toHaveLength(1);
    expect(gh.ourComments(7).map((c) => c.id)).toEqual([a.id]);
    expect(gh.ourComments(7)[0]!.body).toContain("run C");
  });

  it("on-change sends no PATCH when the body is unchanged", async () => {
    await upsertComment(client, target, opts({ mode: "on-change" }));
    gh.reset();
    const r = await upsertComment(client, target, opts({ mode: "on-change" }));
    expect(r.action).toBe("unchanged");
    expect(writes()).toEqual([]);
  });

  it("on-failure: no comment while passing, a comment when failing, and a resolved update afterwards", async () => {
    expect((await upsertComment(client, target, opts({ mode: "on-failure" }))).action).toBe("skipped");
    expect(gh.ourComments(7)).toHaveLength(0);
    expect((await upsertComment(client, target, opts({ mode: "on-failure", failing: true, markdown: "bad" }))).action).toBe("created");
    const r = await upsertComment(client, target, opts({ mode: "on-failure", failing: false, markdown: "good" }));
    expect(r.action).toBe("resolved");
    const body = gh.ourComments(7)[0]!.body;
    expect(body).toContain("problems gone");
    expect(body).toContain("good");
    // Once resolved, a passing run leaves it alone.
    gh.reset();
    expect((await upsertComment(client, target, opts({ mode: "on-failure", markdown: "good again" }))).action).toBe("skipped");
    expect(writes()).toEqual([]);
  });

  it("never makes no request", async () => {
    expect((await upsertComment(client, target, opts({ mode: "never" }))).action).toBe("skipped");
    expect(gh.requests).toEqual([]);
  });

  it("propagates a 403 from a read-only token", async () => {
    gh.writeStatus = 403;
    await expect(upsertComment(client, target, opts())).rejects.toMatchObject({ status: 403 });
  });
});

describe("fitCommentMarkdown", () => {
  it("keeps a short body and cuts an oversized one under the limit, closing an open fence", () => {
    expect(fitCommentMarkdown(() => "short", "see x")).toBe("short");
    const huge = "```\n" + "line of text\n".repeat(10_000);
    const out = fitCommentMarkdown(() => huge, "see the job summary");
    expect(out.length).toBeLessThan(COMMENT_LIMIT_CHARS - 500);
    expect((out.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(out).toContain("see the job summary");
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Client } from "../../src/github/client.js";
import { findPullRequest, readReportFile, ReportFileError } from "../../src/github/report-file.js";
import type { WorkflowRunInfo } from "../../src/github/event.js";
import { FakeGitHub } from "./api-server.js";

const report = {
  schemaVersion: 1,
  tool: { name: "ml-framework-audit", version: "0.1.0" },
  root: ".",
  stats: { filesScanned: 1, bytesScanned: 10, durationMs: 1 },
  frameworks: [{ id: "pytorch", imported: true, importWitnesses: [{ path: "a.py", line: 1 }], declared: [] }],
  primaryFramework: "pytorch",
  features: [],
  findings: [{ code: "MFA101", id: "missing-dependency", severity: "error", message: "torch is imported but not declared", locations: [{ path: "a.py", line: 1 }] }],
  delta: null,
};
const dir = mkdtempSync(join(tmpdir(), "mfa-rf-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe("readReportFile", () => {
  it("reads a report written by this tool", () => {
    expect(readReportFile(file("ok.json", JSON.stringify(report))).findings[0]!.code).toBe("MFA101");
  });
  it("rejects a missing file, broken JSON and a foreign shape with one line naming the input", () => {
    expect(() => readReportFile(join(dir, "missing.json"))).toThrow(/^Input 'report-file': cannot read .*ENOENT/);
    expect(() => readReportFile(file("bad.json", "{"))).toThrow(/is not JSON/);
    expect(() => readReportFile(file("foreign.json", JSON.stringify({ ...report, tool: { name: "other", version: "1" } })))).toThrow(ReportFileError);
    expect(() => readReportFile(file("sev.json", JSON.stringify({ ...report, findings: [{ ...report.findings[0], severity: "fatal" }] })))).toThrow(/findings\.0\.severity/);
  });
});

const TOKEN = "ghs_reportFileToken3333333333333333333";
let gh: FakeGitHub;
let client: Client;
beforeAll(async () => {
  gh = new FakeGitHub({ owner: "octo", repo: "ml", token: TOKEN });
  client = createClient({ token: TOKEN, baseUrl: await gh.start(), retryBaseMs: 1 });
});
afterAll(() => gh.stop());

const run = (over: Partial<WorkflowRunInfo> = {}): WorkflowRunInfo => ({ name: "audit", headSha: "a".repeat(40), headBranch: "feature", headOwner: "forker", pullNumbers: [], event: "pull_request", ...over });

describe("findPullRequest", () => {
  it("takes the number from the event when GitHub filled it", async () => {
    gh.reset();
    expect(await findPullRequest(client, "octo", "ml", run({ pullNumbers: [5] }))).toEqual({ number: 5, how: "event" });
    expect(gh.requests).toEqual([]);
  });

  it("finds a fork PR by its head commit when pull_requests is empty", async () => {
    gh.reset();
    gh.pulls = [
      { number: 8, headSha: "a".repeat(40), headRef: "feature", headOwner: "forker", state: "closed" },
      { number: 9, headSha: "a".repeat(40), headRef: "feature", headOwner: "forker", state: "open" },
    ];
    expect(await findPullRequest(client, "octo", "ml", run())).toEqual({ number: 9, how: "commit" });
    expect(gh.violations).toEqual([]);
  });

  it("falls back to owner:branch, and requires the head sha to match", async () => {
    gh.reset();
    // The commit lookup knows nothing (e.g. the fork's commit is not associated yet).
    gh.pulls = [{ number: 11, headSha: "a".repeat(40), headRef: "feature", headOwner: "forker", state: "open", associated: false }];
    expect(await findPullRequest(client, "octo", "ml", run())).toEqual({ number: 11, how: "branch" });
    gh.reset();
    gh.pulls = [{ number: 12, headSha: "c".repeat(40), headRef: "feature", headOwner: "forker", state: "open", associated: false }];
    expect(await findPullRequest(client, "octo", "ml", run())).toBeUndefined();
    expect(gh.requests.map((r) => r.operation)).toEqual(["repos/list-pull-requests-associated-with-commit", "pulls/list"]);
    expect(gh.requests[1]!.query.head).toBe("forker:feature");
    expect(gh.violations).toEqual([]);
  });
});

/**
 * Comment-only mode for the fork-safe two-workflow pattern: an unprivileged `pull_request` workflow audits
 * and uploads the JSON report as an artifact; a `workflow_run` workflow (base repository context, write
 * token, never checks out the PR's code) downloads it and calls the action with `report-file`.
 * The report comes from untrusted code's run: it is size-capped and shape-checked here, and every string in
 * it goes through the markdown renderer's escaping like any report.
 */
import { readFileSync, statSync } from "node:fs";
import { z } from "zod";
import type { Report } from "../core/types.js";
import type { Client } from "./client.js";
import type { WorkflowRunInfo } from "./event.js";

export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export class ReportFileError extends Error {
  override name = "ReportFileError";
}

const Loc = z.object({ path: z.string(), line: z.number().int(), cell: z.number().int().optional(), column: z.number().int().optional() });
const ReportShape = z.looseObject({
  schemaVersion: z.literal(1),
  tool: z.looseObject({ name: z.literal("ml-framework-audit"), version: z.string() }),
  root: z.string(),
  stats: z.looseObject({ filesScanned: z.number(), bytesScanned: z.number(), durationMs: z.number() }),
  frameworks: z.array(z.looseObject({ id: z.string(), imported: z.boolean(), importWitnesses: z.array(Loc), declared: z.array(z.looseObject({})) })),
  primaryFramework: z.string().nullable(),
  features: z.array(z.looseObject({ id: z.string(), framework: z.string(), witnesses: z.array(Loc) })),
  fit: z.looseObject({ scores: z.object({ pytorch: z.number(), tensorflow: z.number() }), verdict: z.string() }).optional(),
  findings: z.array(
    z.looseObject({ code: z.string(), id: z.string(), severity: z.enum(["error", "warning", "info"]), message: z.string(), locations: z.array(Loc) }),
  ),
  delta: z.looseObject({ base: z.string() }).nullable(),
});

/** Reads and checks a JSON report written by this tool; errors name the file. */
export function readReportFile(path: string): Report {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_REPORT_BYTES) throw new ReportFileError(`Input 'report-file': ${path} is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof ReportFileError) throw error;
    throw new ReportFileError(`Input 'report-file': cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportFileError(`Input 'report-file': ${path} is not JSON (${(error as Error).message})`);
  }
  const parsed = ReportShape.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReportFileError(`Input 'report-file': ${path} is not an ml-framework-audit JSON report (at ${issue?.path.join(".") || "top level"}: ${issue?.message})`);
  }
  return parsed.data as unknown as Report;
}

export interface FoundPull {
  number: number;
  how: "event" | "commit" | "branch";
}

/**
 * The pull request a workflow_run belongs to: `workflow_run.pull_requests` when GitHub filled it (same-repo
 * PRs), else the open PRs associated with the head commit, else the open PRs whose head is owner:branch
 * (fork PRs: GitHub leaves `pull_requests` empty for them). Only a PR whose head sha is the run's is taken.
 */
export async function findPullRequest(client: Client, owner: string, repo: string, run: WorkflowRunInfo): Promise<FoundPull | undefined> {
  const first = run.pullNumbers[0];
  if (first !== undefined) return { number: first, how: "event" };
  if (!run.headSha) return undefined;
  const { data: bySha } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: run.headSha, per_page: 100 });
  const open = bySha.filter((p) => p.state === "open" && p.head.sha === run.headSha && p.base.repo.full_name.toLowerCase() === `${owner}/${repo}`.toLowerCase());
  if (open[0]) return { number: open[0].number, how: "commit" };
  if (run.headBranch && run.headOwner) {
    const { data: byBranch } = await client.rest.pulls.list({ owner, repo, state: "open", head: `${run.headOwner}:${run.headBranch}`, per_page: 100 });
    const match = byBranch.find((p) => p.head.sha === run.headSha);
    if (match) return { number: match.number, how: "branch" };
  }
  return undefined;
}

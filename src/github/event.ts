/**
 * Decides, per event, what the run is about: the repository, the pull request (if any), and the base and
 * head commits. Pure: it reads the environment and the event payload it is given.
 */
import { readFileSync } from "node:fs";

export type EventKind = "pull_request" | "merge_group" | "push" | "workflow_run" | "other";

export interface RunContext {
  eventName: string;
  kind: EventKind;
  owner: string;
  repo: string;
  /** GITHUB_SHA: the commit the workflow runs on (for pull_request, the merge commit). */
  sha: string;
  workflow: string;
  serverUrl: string;
  apiUrl: string;
  /** The pull request number when the event is about one PR (pull_request, pull_request_target). */
  pullNumber?: number;
  /** The base commit to diff against: PR base sha or merge-group base sha. */
  baseSha?: string;
  /** The PR's head commit (for permalinks and workflow_run lookups). */
  headSha?: string;
  /** workflow_run: the triggering run's details. */
  workflowRun?: WorkflowRunInfo;
  payload: Record<string, unknown>;
}

export interface WorkflowRunInfo {
  name: string;
  headSha: string;
  headBranch: string | null;
  /** owner login of the head repository (a fork's owner for fork PRs). */
  headOwner: string | null;
  /** PR numbers GitHub attached to the run (empty for fork PRs). */
  pullNumbers: number[];
  event: string;
}

export class ContextError extends Error {
  override name = "ContextError";
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : undefined);

/** Reads the event payload file; a missing or unreadable file is an empty payload (schedule, local runs). */
export function readPayload(path: string | undefined): Obj {
  if (!path) return {};
  try {
    return obj(JSON.parse(readFileSync(path, "utf8"))) ?? {};
  } catch {
    return {};
  }
}

export function contextFromEnv(env: NodeJS.ProcessEnv, payload: Obj): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const repository = env.GITHUB_REPOSITORY ?? str(obj(payload.repository)?.full_name) ?? "";
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new ContextError("GITHUB_REPOSITORY is not set (expected owner/name)");
  const ctx: RunContext = {
    eventName,
    kind: "other",
    owner,
    repo,
    sha: env.GITHUB_SHA ?? "",
    workflow: env.GITHUB_WORKFLOW ?? "workflow",
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    payload,
  };
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = obj(payload.pull_request);
    ctx.kind = "pull_request";
    ctx.pullNumber = num(pr?.number) ?? num(payload.number);
    ctx.baseSha = str(obj(pr?.base)?.sha);
    ctx.headSha = str(obj(pr?.head)?.sha);
    if (ctx.pullNumber === undefined) throw new ContextError(`The ${eventName} event payload has no pull request number`);
  } else if (eventName === "merge_group") {
    const mg = obj(payload.merge_group);
    ctx.kind = "merge_group";
    ctx.baseSha = str(mg?.base_sha);
    ctx.headSha = str(mg?.head_sha);
  } else if (eventName === "push") {
    ctx.kind = "push";
  } else if (eventName === "workflow_run") {
    const wr = obj(payload.workflow_run);
    ctx.kind = "workflow_run";
    if (wr) {
      const prs = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
      ctx.workflowRun = {
        name: str(wr.name) ?? str(obj(payload.workflow)?.name) ?? "workflow",
        headSha: str(wr.head_sha) ?? "",
        headBranch: str(wr.head_branch) ?? null,
        headOwner: str(obj(obj(wr.head_repository)?.owner)?.login) ?? null,
        pullNumbers: prs.map((p) => num(obj(p)?.number)).filter((n): n is number => n !== undefined),
        event: str(wr.event) ?? "",
      };
      ctx.headSha = ctx.workflowRun.headSha || undefined;
    }
  }
  return ctx;
}

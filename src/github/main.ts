/**
 * The action: orchestration only. Each step lives in its own module:
 * inputs.ts (validated inputs) -> event.ts (what the run is about) -> [cache.ts restore] -> engine audit
 * -> [cache.ts save] (+ base.ts for the PR's base) -> gate (fail-on) -> outputs.ts / annotations.ts / summary.ts
 * / comment.ts -> exit status. The cache steps run with `cache: true` only.
 */
import * as core from "@actions/core";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { computeDelta } from "../analysis/delta.js";
import { ConfigError, loadConfig } from "../config/load.js";
import { audit, auditGitRef, BASE_CACHE_FOLDER, GitRefError, resolveRef, type KnownFacts } from "../core/engine.js";
import { evaluateGate, type GateResult } from "../core/gate.js";
import type { Report, ScanStats } from "../core/types.js";
import { renderJson } from "../output/json.js";
import { renderMarkdown } from "../output/markdown.js";
import { renderSarif } from "../output/sarif.js";
import { planAnnotations } from "./annotations.js";
import { prepareBase, repoPrefixOf } from "./base.js";
import { planCache, restoreFactsCache, saveFactsCache } from "./cache.js";
import { createClient, describeApiError, retryBaseFromEnv, statusOf, type Client } from "./client.js";
import { fitCommentMarkdown, markerFor, resolveIdentity, upsertComment, type CommentResult } from "./comment.js";
import { contextFromEnv, ContextError, readPayload, type RunContext } from "./event.js";
import { InputError, parseInputs, type ActionInputs } from "./inputs.js";
import { computeOutputs, type ActionOutputs } from "./outputs.js";
import { findPullRequest, readReportFile, ReportFileError } from "./report-file.js";
import { fitSummary } from "./summary.js";

const FORK_HINT =
  "The token cannot write comments here (typical for pull requests from forks, whose GITHUB_TOKEN is read-only). " +
  "The report is in the job summary and the outputs. To get the PR comment, use the two-workflow pattern: " +
  "upload the JSON report (output `report`) as an artifact, and comment from a `workflow_run` workflow with the `report-file` input " +
  "(see the README, \"Pull requests from forks\"). Or set `comment: never` to silence this warning.";

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const ctx = contextFromEnv(process.env, readPayload(process.env.GITHUB_EVENT_PATH));
    const client = createClient({
      token: inputs.token,
      baseUrl: ctx.apiUrl,
      retryBaseMs: retryBaseFromEnv(process.env),
      log: { debug: core.debug, info: core.info, warning: core.warning },
    });
    if (inputs.reportFile) await commentFromReportFile(inputs, ctx, client);
    else await auditAndReport(inputs, ctx, client);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof ContextError || error instanceof ReportFileError || error instanceof GitRefError) {
      core.setFailed(error.message);
    } else {
      core.setFailed(`ml-framework-audit failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}

function workspaceOf(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

async function auditAndReport(inputs: ActionInputs, ctx: RunContext, client: Client): Promise<void> {
  const workspace = workspaceOf();
  const root = resolve(workspace, inputs.path);
  const configPath = isAbsolute(inputs.config) ? inputs.config : join(workspace, inputs.config);
  const config = loadConfig(configPath, root, { explicit: inputs.configExplicit });

  const cachePlan = inputs.cache ? planCache({ env: process.env, workspace, root, cacheDir: inputs.cacheDir }) : undefined;
  const restored = cachePlan ? await core.group("Restore the facts cache", () => restoreFactsCache(cachePlan)) : undefined;
  const cacheDir = cachePlan ? cachePlan.dir : inputs.cacheDir ? resolve(workspace, inputs.cacheDir) : undefined;
  const isPr = ctx.kind === "pull_request" || ctx.kind === "merge_group";
  // In a pull request the head's facts are kept for the audit of the base (files it did not touch are not
  // scanned twice).
  let headKnown: KnownFacts | undefined;
  const keepKnown = isPr && ctx.baseSha ? (known: KnownFacts) => (headKnown = known) : undefined;
  const report = await core.group("Audit", () =>
    audit({ root, displayRoot: inputs.path, config, cacheDir, ...(keepKnown ? { onKnownFacts: keepKnown, forDelta: true } : {}) }),
  );
  let baseStats: ScanStats | undefined;
  try {
    // The base's tree is audited with a cache folder of its own inside the same folder (see BASE_CACHE_FOLDER).
    const baseCache = cacheDir ? join(cacheDir, BASE_CACHE_FOLDER) : undefined;
    if (isPr && ctx.baseSha) baseStats = await core.group("Base of the pull request", () => addDelta(report, inputs, ctx, client, root, workspace, config, baseCache, headKnown));
  } finally {
    // Saved once both audits are done (or the base's failed): a later failure (the comment, the gate) does not
    // make the facts any less valid.
    if (cachePlan && restored) await core.group("Save the facts cache", () => saveFactsCache(cachePlan, restored, sumCacheStats(report.stats, baseStats)));
  }

  const scope = isPr && report.delta ? inputs.failScope : "repository";
  if (isPr && !report.delta && inputs.failScope === "introduced") core.info("No delta against the base: fail-on judges the whole repository.");
  const gate = evaluateGate(report, inputs.failOnSpec, scope);

  const reportPath = writeReport(report);
  if (inputs.sarif) {
    const sarifPath = resolve(workspace, inputs.sarif);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, JSON.stringify(renderSarif(report), null, 2) + "\n");
    core.info(`SARIF written to ${sarifPath}`);
  }

  for (const a of planAnnotations(report.findings, inputs.path)) {
    const props = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.startLine ? { startLine: a.startLine } : {}) };
    if (a.level === "error") core.error(a.message, props);
    else if (a.level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }

  const links = { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha: ctx.headSha ?? ctx.sha };
  const render = (hint: string, r: Report = report) => (maxLength?: number) => renderMarkdown(r, { links, ...(maxLength ? { maxLength } : {}), fullReportHint: hint });

  await writeSummary(render("the JSON report (the step's `report` output)"));

  let commentUrl: string | undefined;
  if (ctx.kind === "pull_request" && ctx.pullNumber !== undefined) {
    const markdown = fitCommentMarkdown(render("the job summary of this run", withoutTiming(report)), "see the job summary");
    const result = await comment(client, ctx, ctx.pullNumber, markerFor(ctx.workflow, inputs.path), markdown, inputs, gate);
    commentUrl = result?.url;
  }

  setOutputs(computeOutputs(report, { reportPath, commentUrl, failed: gate.failed, cacheHit: restored?.kind === "hit" }));
  if (gate.failed) core.setFailed(gate.reason);
  else core.info(`ml-framework-audit: nothing that fail-on (${inputs.failOn}) names was found${scope === "introduced" ? " among the changes" : ""}.`);
}

/** Cache hits and misses of the head's audit and the base's together (what decides whether to save). */
function sumCacheStats(head: ScanStats, base: ScanStats | undefined): Pick<ScanStats, "cacheHits" | "cacheMisses"> {
  if (!base || head.cacheMisses === undefined || base.cacheMisses === undefined) return head;
  return { cacheHits: (head.cacheHits ?? 0) + (base.cacheHits ?? 0), cacheMisses: head.cacheMisses + base.cacheMisses };
}

/** Adds the delta against the PR's base to `report`; returns the base audit's scan statistics when it ran one from git. */
async function addDelta(
  report: Report,
  inputs: ActionInputs,
  ctx: RunContext,
  client: Client,
  root: string,
  workspace: string,
  config: ReturnType<typeof loadConfig>,
  cacheDir: string | undefined,
  known: KnownFacts | undefined,
): Promise<ScanStats | undefined> {
  const baseSha = ctx.baseSha;
  if (!baseSha) return undefined;
  const source = await prepareBase({
    root,
    repoPrefix: repoPrefixOf(root, workspace, inputs.path),
    baseSha,
    client,
    owner: ctx.owner,
    repo: ctx.repo,
    pullNumber: ctx.pullNumber,
    log: core.info,
  });
  if (source.kind === "none") {
    core.warning(`No delta against the base ${baseSha.slice(0, 12)}: ${source.reason}. Use actions/checkout with fetch-depth: 0 (or 2) for the delta.`);
    return;
  }
  if (source.kind === "git") {
    core.info(`Base ${baseSha.slice(0, 12)} ${source.how === "present" ? "is in the checkout" : "was fetched"}; auditing its tree.`);
    // The head was just audited: the base takes its facts for every file the PR did not change.
    const baseReport = await auditGitRef(root, source.ref, config, undefined, cacheDir, known);
    core.info(describeBaseScan(baseReport.stats));
    report.delta = computeDelta(baseReport, report, resolveRef(root, source.ref));
    return baseReport.stats;
  }
  try {
    core.info(`Base rebuilt from the API: ${source.fetched} changed file(s) fetched at ${baseSha.slice(0, 12)}, ${source.removed} added file(s) left out.`);
    // The rebuilt tree is the head's with the changed files replaced: the others keep the head's facts.
    const baseReport = await audit({ root: source.dir, displayRoot: inputs.path, config, known, forDelta: true });
    core.info(describeBaseScan(baseReport.stats));
    report.delta = computeDelta(baseReport, report, baseSha);
  } finally {
    source.cleanup();
  }
}

/** One log line on the base's audit: how many files it took over (from the head or a cache) and scanned. */
function describeBaseScan(stats: ScanStats): string {
  const files = `${stats.filesScanned} file${stats.filesScanned === 1 ? "" : "s"}`;
  if (stats.cacheHits === undefined) return `Base audited: ${files}, all scanned.`;
  return `Base audited: ${files}; ${stats.cacheHits} unchanged (facts reused), ${stats.cacheMisses ?? 0} scanned.`;
}

function writeReport(report: Report): string {
  const dir = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(dir, { recursive: true });
  const path = join(mkdtempSync(join(dir, "ml-framework-audit-")), "report.json");
  writeFileSync(path, renderJson(report));
  return path;
}

async function writeSummary(render: (maxLength: number) => string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info("GITHUB_STEP_SUMMARY is not set: no job summary written.");
    return;
  }
  const plan = fitSummary(render);
  if (plan.shortened) core.info("The report is larger than the 1 MiB job-summary limit: the summary is shortened.");
  try {
    await core.summary.addRaw(plan.markdown, true).write();
  } catch (error) {
    core.warning(`The job summary could not be written: ${describeApiError(error)}`);
  }
}

async function comment(client: Client, ctx: RunContext, pullNumber: number, marker: string, markdown: string, inputs: ActionInputs, gate: GateResult): Promise<CommentResult | undefined> {
  if (inputs.comment === "never") return undefined;
  try {
    const identity = await resolveIdentity(client, inputs.commentAuthor || undefined);
    core.debug(`Comments are matched by author ${identity.login} (${identity.source}).`);
    const result = await upsertComment(client, { owner: ctx.owner, repo: ctx.repo, issueNumber: pullNumber }, {
      marker,
      markdown,
      mode: inputs.comment,
      failing: gate.failed,
      identity,
      resolvedNote: `> [!NOTE]\n> The problems this comment reported earlier are gone as of ${(ctx.headSha ?? ctx.sha).slice(0, 12) || "the latest run"}.`,
    });
    if (result.deleted.length) core.info(`Removed ${result.deleted.length} duplicate comment(s) left by concurrent runs.`);
    core.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ""}`);
    return result;
  } catch (error) {
    const s = statusOf(error);
    if (s === 403 || s === 404) {
      core.warning(`${FORK_HINT} (${describeApiError(error)})`);
      return undefined;
    }
    throw error;
  }
}

async function commentFromReportFile(inputs: ActionInputs, ctx: RunContext, client: Client): Promise<void> {
  if (ctx.kind !== "workflow_run" || !ctx.workflowRun) {
    throw new InputError(`Input 'report-file': comment-only mode runs on the workflow_run event (this run is ${ctx.eventName || "unknown"})`);
  }
  const report = readReportFile(resolve(workspaceOf(), inputs.reportFile));
  const gate = evaluateGate(report, inputs.failOnSpec, report.delta ? inputs.failScope : "repository");
  const found = await findPullRequest(client, ctx.owner, ctx.repo, ctx.workflowRun);
  let commentUrl: string | undefined;
  if (!found) {
    core.warning(`No open pull request has head ${ctx.workflowRun.headSha.slice(0, 12) || "(unknown)"}: no comment written.`);
  } else {
    core.info(`Pull request #${found.number} found (by ${found.how}).`);
    const links = { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha: ctx.workflowRun.headSha };
    const markdown = fitCommentMarkdown((maxLength?: number) => renderMarkdown(withoutTiming(report), { links, ...(maxLength ? { maxLength } : {}), fullReportHint: "the audit run's job summary" }), "see the audit run's job summary");
    const result = await comment(client, ctx, found.number, markerFor(ctx.workflowRun.name, inputs.path), markdown, inputs, gate);
    commentUrl = result?.url;
  }
  setOutputs(computeOutputs(report, { reportPath: resolve(workspaceOf(), inputs.reportFile), commentUrl, failed: gate.failed }));
}

/**
 * The comment leaves out the scan duration (the renderer omits a non-finite one): it changes on every run,
 * and `comment: on-change` must see an identical body when the findings are identical.
 */
function withoutTiming(report: Report): Report {
  return { ...report, stats: { ...report.stats, durationMs: Number.NaN } };
}

function setOutputs(outputs: ActionOutputs): void {
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
}

/**
 * pip requirements files (`requirements*.txt`, `requirements/*.txt`), following `-r` includes and `-c`
 * constraints through the context. Nothing is installed or fetched: remote includes are reported and skipped.
 */
import type { ManifestContext } from "./index.js";
import {
  declare,
  emptyResult,
  nameFromVcsUrl,
  nameFromWheelUrl,
  parsePep508,
  problem,
  stripBom,
  versionFromWheelUrl,
  type ManifestDependency,
  type ManifestResult,
  type ParsedRequirement,
} from "./common.js";
import { normalizeDistName } from "../../knowledge/packages.js";

/** One logical line of a requirements file: continuation lines joined, comments removed. */
export interface LogicalLine {
  /** 1-based number of the first physical line. */
  line: number;
  text: string;
}

/** Remove a `#` comment (at the start or after whitespace) and trailing blanks, in linear time. */
export function stripComment(line: string): string {
  const m = /(?:^|\s)#/.exec(line);
  return (m ? line.slice(0, m.index) : line).trim();
}

/** Split into logical lines the way pip does: join `\` continuations, then strip `#` comments. */
export function logicalLines(text: string): LogicalLine[] {
  const physical = stripBom(text).split(/\r\n|\n|\r/);
  const out: LogicalLine[] = [];
  let pending: string[] = [];
  let pendingLine = 0;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] ?? "";
    const isComment = /^\s*#/.test(raw);
    if (!raw.endsWith("\\") || isComment) {
      if (pending.length > 0) {
        pending.push(isComment ? "" : raw);
        out.push({ line: pendingLine, text: pending.join("") });
        pending = [];
      } else {
        out.push({ line: i + 1, text: raw });
      }
    } else {
      if (pending.length === 0) pendingLine = i + 1;
      pending.push(raw.slice(0, -1));
    }
  }
  if (pending.length > 0) out.push({ line: pendingLine, text: pending.join("") });
  for (const l of out) l.text = stripComment(l.text);
  return out.filter((l) => l.text !== "");
}

/** What a single requirement line (without options) refers to. */
export type RequirementTarget =
  | { kind: "requirement"; req: ParsedRequirement }
  | { kind: "local" }
  | { kind: "error"; message: string };

const URL_START = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|(?:git|hg|svn|bzr)\+)/;

/** Classify one requirement (no leading option): PEP 508, a bare URL (wheel / VCS / archive), or a local path. */
export function parseRequirementTarget(input: string): RequirementTarget {
  let text = input.trim();
  if (URL_START.test(text)) {
    // A bare URL, optionally followed by ` ; marker`.
    let marker: string | undefined;
    const semi = text.search(/\s;/);
    if (semi >= 0) {
      marker = text.slice(semi).trim().slice(1).trim();
      text = text.slice(0, semi).trim();
    }
    const name = nameFromVcsUrl(text) ?? nameFromWheelUrl(text);
    if (!name) return { kind: "error", message: `cannot tell the distribution name of the URL ${text} (add #egg=name or use "name @ url")` };
    return { kind: "requirement", req: { name, specifier: "", extras: [], url: text, ...(marker ? { marker } : {}) } };
  }
  const isNamedUrl = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\s*\[[^\]]*\])?\s*@/.test(text);
  if (!isNamedUrl && (text === "." || text === ".." || /^(\.{1,2}[\\/]|[\\/]|~|[A-Za-z]:[\\/])/.test(text) || (/[\\/]/.test(text) && !/\s@\s|@/.test(text)) || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(text))) {
    const wheel = nameFromWheelUrl(text);
    if (wheel) return { kind: "requirement", req: { name: wheel, specifier: "", extras: [], url: text } };
    return { kind: "local" };
  }
  const parsed = parsePep508(text);
  if ("error" in parsed) {
    // pip expands `${VAR}` before parsing: `torch==${TORCH_VERSION}` is valid, its version just is not known here.
    const withVar = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)([^;]*\$\{[A-Za-z0-9_]+\}[^;]*)(?:;(.*))?$/.exec(text);
    if (withVar && /^\s*(===|~=|==|!=|<=|>=|<|>)/.test(withVar[2] ?? "")) {
      const marker = withVar[3]?.trim();
      return { kind: "requirement", req: { name: withVar[1] ?? "", specifier: (withVar[2] ?? "").trim(), extras: [], ...(marker ? { marker } : {}) } };
    }
    return { kind: "error", message: parsed.error };
  }
  return { kind: "requirement", req: parsed };
}

/** pip's split of a requirement line into the requirement and its trailing per-requirement options. */
function splitTrailingOptions(text: string): string {
  const tokens = text.split(" ");
  const idx = tokens.findIndex((t, i) => i > 0 && t.startsWith("-"));
  return idx < 0 ? text : tokens.slice(0, idx).join(" ");
}

/** Split an option line into tokens, honouring simple quotes. */
function optionTokens(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

const INDEX_OPTIONS = new Set(["-i", "--index-url", "--extra-index-url", "-f", "--find-links"]);

/** posix dirname / join / normalise; returns undefined when the result leaves the root. */
export function resolveRelative(fromFile: string, target: string): string | undefined {
  if (target.startsWith("/") || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith("~")) return undefined;
  const base = fromFile.includes("/") ? fromFile.slice(0, fromFile.lastIndexOf("/")).split("/") : [];
  const parts = [...base];
  for (const seg of target.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.length > 0 ? parts.join("/") : undefined;
}

interface Walk {
  ctx: ManifestContext;
  result: ManifestResult;
  chain: string[];
  visited: Set<string>;
  indexUrls: string[];
  /** Dependencies of this file tree (to attach index URLs once all options are known). */
  pypiDeps: ManifestDependency[];
}

/** Read a requirements file and everything it includes. */
export function readRequirements(text: string, ctx: ManifestContext): ManifestResult {
  const walk: Walk = { ctx, result: emptyResult(), chain: [], visited: new Set(), indexUrls: [], pypiDeps: [] };
  walkFile(walk, ctx.path, text, "requirements", undefined);
  attachIndexes(walk.pypiDeps, walk.indexUrls);
  return walk.result;
}

export function attachIndexes(deps: ManifestDependency[], indexUrls: string[]): void {
  if (indexUrls.length === 0) return;
  for (const d of deps) if (!d.url) d.indexUrls = [...indexUrls];
}

function walkFile(walk: Walk, path: string, text: string, mode: "requirements" | "constraints", includedFrom: string | undefined): void {
  walk.visited.add(`${mode}:${path}`);
  walk.chain.push(path);
  try {
    for (const { line, text: content } of logicalLines(text)) {
      handleLine(walk, path, line, content, mode, includedFrom);
    }
  } finally {
    walk.chain.pop();
  }
}

/** Handle one logical requirements line (shared with the conda `pip:` list via {@link readRequirementLine}). */
function handleLine(walk: Walk, path: string, line: number, content: string, mode: "requirements" | "constraints", includedFrom: string | undefined): void {
  const { result } = walk;
  if (content.startsWith("-")) {
    const tokens = optionTokens(content);
    const head = tokens[0] ?? "";
    const eq = head.indexOf("=");
    let opt = eq > 0 && head.startsWith("--") ? head.slice(0, eq) : head;
    let value = eq > 0 && head.startsWith("--") ? head.slice(eq + 1) : tokens[1];
    // `-rfile.txt`, `-cfile.txt`, `-efoo`
    if (/^-[rcefi]./.test(head) && !head.startsWith("--")) {
      opt = head.slice(0, 2);
      value = head.slice(2);
    }
    if (opt === "-r" || opt === "--requirement" || opt === "-c" || opt === "--constraint") {
      const incMode = opt === "-r" || opt === "--requirement" ? mode : "constraints";
      if (!value) {
        problem(result, { kind: "parse-error", path, line, message: `${opt} needs a file name` });
        return;
      }
      include(walk, path, line, value, incMode);
      return;
    }
    if (opt === "-e" || opt === "--editable") {
      if (!value) {
        problem(result, { kind: "parse-error", path, line, message: `${opt} needs a path or URL` });
        return;
      }
      const target = parseRequirementTarget(value);
      if (target.kind === "requirement" && target.req.url && mode === "requirements") {
        record(walk, path, line, target.req, includedFrom);
      }
      return;
    }
    if (INDEX_OPTIONS.has(opt)) {
      if (value && !walk.indexUrls.includes(value)) walk.indexUrls.push(value);
      return;
    }
    return; // --pre, --hash at line start, --trusted-host, --use-feature, unknown options: nothing to declare
  }
  const reqText = splitTrailingOptions(content);
  // `torch==1.8.1+cu111 -f https://download.pytorch.org/whl/torch_stable.html`: keep the index it names
  const trailing = optionTokens(content.slice(reqText.length));
  for (let k = 0; k < trailing.length; k++) {
    const tok = trailing[k] ?? "";
    const eq = tok.indexOf("=");
    const opt = eq > 0 ? tok.slice(0, eq) : tok;
    if (!INDEX_OPTIONS.has(opt)) continue;
    const value = eq > 0 ? tok.slice(eq + 1) : trailing[++k];
    if (value && !walk.indexUrls.includes(value)) walk.indexUrls.push(value);
  }
  const target = parseRequirementTarget(reqText);
  if (target.kind === "local") return;
  if (target.kind === "error") {
    problem(result, { kind: "parse-error", path, line, message: `cannot read requirement "${content.slice(0, 120)}": ${target.message}` });
    return;
  }
  if (mode === "constraints") {
    const pinned = /^===?\s*([^\s,*]+)$/.exec(target.req.specifier)?.[1] ?? (target.req.url ? versionFromWheelUrl(target.req.url) : undefined);
    if (pinned) result.locked.push({ path, normalizedName: normalizeDistName(target.req.name), version: pinned });
    return;
  }
  record(walk, path, line, target.req, includedFrom);
}

function record(walk: Walk, path: string, line: number, req: ParsedRequirement, includedFrom: string | undefined): void {
  const dep = declare(walk.result, {
    path,
    line,
    name: req.name,
    specifier: req.specifier,
    extras: req.extras,
    marker: req.marker,
    url: req.url,
    source: "requirements",
    ecosystem: "pypi",
    includedFrom,
  });
  walk.pypiDeps.push(dep);
}

function include(walk: Walk, fromPath: string, line: number, target: string, mode: "requirements" | "constraints"): void {
  const { result } = walk;
  const what = mode === "constraints" ? "constraints file" : "requirements file";
  if (URL_START.test(target)) {
    problem(result, { kind: "skipped", path: fromPath, line, message: `remote ${what} ${target} is not fetched` });
    return;
  }
  const resolved = resolveRelative(fromPath, target);
  if (resolved === undefined) {
    problem(result, { kind: "skipped", path: fromPath, line, message: `${what} ${target} is outside the scanned directory and was not read` });
    return;
  }
  if (walk.chain.includes(resolved)) {
    problem(result, { kind: "skipped", path: fromPath, line, message: `${what} ${target} includes itself through a cycle (${[...walk.chain, resolved].join(" -> ")}); the cycle was cut` });
    return;
  }
  if (walk.visited.has(`${mode}:${resolved}`)) return;
  let text: string | undefined;
  try {
    text = walk.ctx.readFile(resolved);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    problem(result, { kind: "parse-error", path: fromPath, line, message: `${what} ${target} (${resolved}) does not exist or cannot be read` });
    return;
  }
  walkFile(walk, resolved, text, mode, fromPath);
}

/**
 * Read one line of a pip requirement list outside a requirements file (the conda `pip:` section, a
 * Dockerfile's `pip install` argument). Includes are followed like in a requirements file.
 */
export function readRequirementLine(
  result: ManifestResult,
  ctx: ManifestContext,
  line: number,
  content: string,
  source: string,
  indexUrls: string[],
): ManifestDependency | undefined {
  const walk: Walk = { ctx, result, chain: [ctx.path], visited: new Set([`requirements:${ctx.path}`]), indexUrls, pypiDeps: [] };
  const text = stripComment(content);
  if (text === "") return undefined;
  const before = result.declared.length;
  handleLine(walk, ctx.path, line, text, "requirements", undefined);
  for (let i = before; i < result.declared.length; i++) {
    const d = result.declared[i] as ManifestDependency;
    if (d.path === ctx.path && d.line === line) d.source = source;
  }
  return walk.pypiDeps.find((d) => d.path === ctx.path && d.line === line);
}

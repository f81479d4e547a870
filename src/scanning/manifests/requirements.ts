/**
 * pip requirements files (`requirements*.txt`, `requirements/*.txt`, also `.in`, `.pip` and `reqs/`), following `-r` includes and `-c`
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
  specifierErrorMessage,
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
    // A bare URL, optionally followed by `; marker`: pip splits a URL's marker off at "; " (a `;` alone may be
    // part of the URL); ` ;` is taken too (oobabooga/text-generation-webui: `...cu124-py3-none-win_amd64.whl;
    // platform_system == "Windows"`).
    let marker: string | undefined;
    const semi = text.search(/\s;|;\s/);
    if (semi >= 0) {
      marker = text.slice(semi).trim().slice(1).trim();
      text = text.slice(0, semi).trim();
    }
    const name = nameFromVcsUrl(text) ?? nameFromWheelUrl(text);
    if (!name) return { kind: "error", message: `cannot tell the distribution name of the URL ${text} (add #egg=name or use "name @ url")` };
    return { kind: "requirement", req: { name, specifier: "", extras: [], url: text, ...(marker ? { marker } : {}) } };
  }
  const isNamedUrl = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\s*\[[^\]]*\])?\s*@/.test(text);
  // `.`, `..`, and with extras (`.[ci]`: jax-ml/jax's docs/requirements.txt installs the checkout with its ci extra)
  if (!isNamedUrl && (/^\.{1,2}\s*(?:\[[^\]]*\])?$/.test(text) || /^(\.{1,2}[\\/]|[\\/]|~|[A-Za-z]:[\\/])/.test(text) || (/[\\/]/.test(text) && !/\s@\s|@/.test(text)) || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(text))) {
    const wheel = nameFromWheelUrl(text);
    if (wheel) return { kind: "requirement", req: { name: wheel, specifier: "", extras: [], url: text } };
    return { kind: "local" };
  }
  // pip splits the marker off at `;` itself and takes an empty one as none (`h5py==3.13.0;`, tensorflow/text).
  text = text.replace(/\s*;\s*$/, "");
  const parsed = parsePep508(text);
  if ("error" in parsed) {
    // pip expands `${VAR}` before parsing: `torch==${TORCH_VERSION}` is valid, its version just is not known here.
    const withVar = requirementWithVariable(text);
    if (withVar) return { kind: "requirement", req: withVar };
    return { kind: "error", message: parsed.error };
  }
  return { kind: "requirement", req: parsed };
}

const DIST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const VARIABLE = /\$\{[A-Za-z0-9_]+\}/;

/**
 * `name <op> ...${VAR}... [; marker]`: a version pip only knows after expanding the variable. Read in pieces
 * (name, then the text up to `;`) instead of one regex: a single pattern with two `[^;]*` around `\$\{` backtracks
 * quadratically on a long line.
 */
function requirementWithVariable(text: string): ParsedRequirement | undefined {
  if (!text.includes("${")) return undefined;
  const name = DIST_NAME.exec(text)?.[0];
  if (!name) return undefined;
  const rest = text.slice(name.length);
  const semi = rest.indexOf(";");
  const specifier = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  if (!/^(===|~=|==|!=|<=|>=|<|>)/.test(specifier) || !VARIABLE.test(specifier)) return undefined;
  const marker = semi < 0 ? undefined : rest.slice(semi + 1).trim();
  return { name, specifier, extras: [], ...(marker ? { marker } : {}) };
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

/**
 * The options pip understands in a requirements file, with whether each takes a value: the file-wide ones
 * (pip's `req_file.SUPPORTED_OPTIONS`) and the per-requirement ones (`SUPPORTED_OPTIONS_REQ`). pip builds one
 * parser from both lists, so either kind is syntactically valid on any line; any other option makes pip
 * refuse the whole file.
 */
const PIP_OPTIONS: ReadonlyMap<string, boolean> = new Map([
  ["-r", true],
  ["--requirement", true],
  ["-c", true],
  ["--constraint", true],
  ["-e", true],
  ["--editable", true],
  ["-i", true],
  ["--index-url", true],
  ["--extra-index-url", true],
  ["--no-index", false],
  ["-f", true],
  ["--find-links", true],
  ["--pre", false],
  ["--prefer-binary", false],
  ["--require-hashes", false],
  ["--only-binary", true],
  ["--no-binary", true],
  ["--trusted-host", true],
  ["--use-feature", true],
  // per requirement
  ["--hash", true],
  ["--config-settings", true],
  ["-C", true],
  ["--global-option", true],
  ["--install-option", true],
]);
const LONG_OPTIONS = [...PIP_OPTIONS.keys()].filter((o) => o.startsWith("--"));

/** Short options that take a value, which pip also accepts glued to the letter (`-rfile.txt`, `-Ckey=value`). */
const SHORT_WITH_VALUE = /^-[rceifC]./;

/** pip parses the options with optparse, which also takes an unambiguous prefix of a long option (`--extra-index`). */
function canonicalOption(opt: string): string | undefined {
  if (PIP_OPTIONS.has(opt)) return opt;
  if (!opt.startsWith("--") || opt.length < 3) return undefined;
  const matches = LONG_OPTIONS.filter((o) => o.startsWith(opt));
  return matches.length === 1 ? matches[0] : undefined;
}

interface OptionToken {
  /** The option as pip names it (`--extra-index-url`), or as written when it is unknown. */
  opt: string;
  /** The value, when glued (`--opt=value`, `-rfile`) or taken from the next token. */
  value: string | undefined;
  known: boolean;
}

/** Read the options in a token list: `--opt=value`, `--opt value`, `-rvalue`, `-r value`. Other words are skipped. */
function readOptions(tokens: string[]): OptionToken[] {
  const out: OptionToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] ?? "";
    if (!tok.startsWith("-") || tok === "-") continue;
    let opt = tok;
    let value: string | undefined;
    if (tok.startsWith("--")) {
      const eq = tok.indexOf("=");
      if (eq > 0) {
        opt = tok.slice(0, eq);
        value = tok.slice(eq + 1);
      }
    } else if (SHORT_WITH_VALUE.test(tok)) {
      opt = tok.slice(0, 2);
      value = tok.slice(2);
    }
    const canonical = canonicalOption(opt);
    if (canonical === undefined) {
      out.push({ opt, value, known: false });
      continue;
    }
    if (PIP_OPTIONS.get(canonical) === true && value === undefined) {
      const next = tokens[k + 1];
      if (next !== undefined && !next.startsWith("-")) {
        value = next;
        k++;
      }
    }
    out.push({ opt: canonical, value, known: true });
  }
  return out;
}

/** A short, single-line rendering of an option for a message. */
function shownOption(o: OptionToken): string {
  const text = o.value !== undefined && o.value !== "" ? `${o.opt}${o.opt.startsWith("--") ? "=" : ""}${o.value}` : o.opt;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

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
  /** The root's .gitmodules, read once per walk on the first missing include (null: there is none). */
  gitmodules?: string | null;
  /** Includes found in a git submodule that is not checked out, per including file and submodule (reported once each). */
  inSubmodules?: Map<string, { fromPath: string; line: number; submodule: string; what: string; targets: string[] }>;
}

/** One problem per including file and submodule: microsoft/BitNet includes five files of llama.cpp's. */
function reportSubmoduleIncludes(walk: Walk): void {
  for (const { fromPath, line, submodule, what, targets } of walk.inSubmodules?.values() ?? []) {
    const named = targets.length === 1 ? `${what} ${targets[0]} is` : `${targets.length} ${what}s it includes (${targets.join(", ")}) are`;
    problem(walk.result, { kind: "skipped", path: fromPath, line, message: `${named} in the git submodule ${submodule}, which is not checked out (actions/checkout: \`submodules: true\`), and not read` });
  }
}

/** Read a requirements file and everything it includes. */
export function readRequirements(text: string, ctx: ManifestContext): ManifestResult {
  const walk: Walk = { ctx, result: emptyResult(), chain: [], visited: new Set(), indexUrls: [], pypiDeps: [] };
  walkFile(walk, ctx.path, text, "requirements", undefined);
  attachIndexes(walk.pypiDeps, walk.indexUrls);
  reportSubmoduleIncludes(walk);
  return walk.result;
}

export function attachIndexes(deps: ManifestDependency[], indexUrls: string[]): void {
  if (indexUrls.length === 0) return;
  for (const d of deps) if (!d.url) d.indexUrls = [...indexUrls];
}

/** The header pip-compile (pip-tools) and `uv pip compile` write at the top of their output. */
const COMPILED_HEADER = /^#.*\bautogenerated by (?:pip-compile|uv)\b/im;
/** A `# via` reason that makes an entry of a compiled file direct: an input requirements file, or a project's own metadata. */
const DIRECT_REASON = /^(?:-r\s|-r$|.*\((?:setup\.py|setup\.cfg|pyproject\.toml)\)$)/;

/**
 * The lines of a compiled requirements file (the output of pip-compile or `uv pip compile`) whose entries are
 * only there as dependencies of other entries: their `# via` annotations name packages, never an input file
 * (`# via -r requirements.in`) or a project (`# via mypkg (pyproject.toml)`). Such an entry is a resolved
 * version, not a declaration (tensorflow/text's `requirements_lock_3_12.txt` pins keras `# via tensorflow`).
 * Empty for any other file, and for entries without annotations (`--no-annotate`).
 */
export function transitiveLines(text: string): Set<number> {
  const out = new Set<number>();
  if (!COMPILED_HEADER.test(text.slice(0, 2000))) return out;
  const lines = stripBom(text).split(/\r\n|\n|\r/);
  let entry = 0; // the line of the entry the annotations below belong to
  let reasons: string[] = [];
  let inVia = false;
  const close = () => {
    if (entry > 0 && reasons.length > 0 && !reasons.some((r) => DIRECT_REASON.test(r))) out.add(entry);
    entry = 0;
    reasons = [];
    inVia = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const comment = /^\s+#\s?(.*)$/.exec(raw);
    if (comment) {
      const body = (comment[1] ?? "").trim();
      const via = /^via\b\s*(.*)$/.exec(body);
      if (via) {
        inVia = true;
        if (via[1]) reasons.push(via[1].trim());
      } else if (inVia && body !== "") reasons.push(body);
      continue;
    }
    // pip-tools before 5.5 wrote the reasons on the entry's own (last) line: `six==1.15.0  # via -r a.in, tensorflow`.
    const inline = /\s#\s*via\s+(.+)$/.exec(raw);
    if (/^\s/.test(raw) || raw === "") {
      if (inline && entry > 0) reasons.push(...inline[1]!.split(",").map((s) => s.trim()));
      continue; // `--hash` continuation lines, blank lines
    }
    if (/^[#-]/.test(raw)) {
      close(); // a top-level comment or an option ends the entry
      continue;
    }
    close();
    entry = i + 1;
    if (inline) reasons.push(...inline[1]!.split(",").map((s) => s.trim()));
  }
  close();
  return out;
}

function walkFile(walk: Walk, path: string, text: string, mode: "requirements" | "constraints", includedFrom: string | undefined): void {
  walk.visited.add(`${mode}:${path}`);
  walk.chain.push(path);
  try {
    const transitive = mode === "requirements" ? transitiveLines(text) : undefined;
    for (const { line, text: content } of logicalLines(text)) {
      handleLine(walk, path, line, content, transitive?.has(line) ? "constraints" : mode, includedFrom);
    }
  } finally {
    walk.chain.pop();
  }
}

/** Handle one logical requirements line (shared with the conda `pip:` list via {@link readRequirementLine}). */
function handleLine(walk: Walk, path: string, line: number, content: string, mode: "requirements" | "constraints", includedFrom: string | undefined): void {
  const { result } = walk;
  if (content.startsWith("-")) {
    const options = readOptions(optionTokens(content));
    const first = options[0];
    if (first?.known && (first.opt === "-r" || first.opt === "--requirement" || first.opt === "-c" || first.opt === "--constraint")) {
      const { opt, value } = first;
      if (!value) {
        problem(result, { kind: "parse-error", path, line, message: `${opt} needs a file name` });
        return;
      }
      include(walk, path, line, value, opt === "-r" || opt === "--requirement" ? mode : "constraints");
      return;
    }
    if (first?.known && (first.opt === "-e" || first.opt === "--editable")) {
      if (!first.value) {
        problem(result, { kind: "parse-error", path, line, message: `${first.opt} needs a path or URL` });
        return;
      }
      const target = parseRequirementTarget(first.value);
      if (target.kind === "requirement" && target.req.url && mode === "requirements") {
        record(walk, path, line, target.req, includedFrom);
      }
      return;
    }
    // --pre, --no-index, --trusted-host, --use-feature ...: nothing to declare, but keep the indexes named.
    useOptions(walk, path, line, options, "");
    return;
  }
  const reqText = splitTrailingOptions(content);
  // `torch==1.8.1+cu111 -f https://download.pytorch.org/whl/torch_stable.html`: keep the index it names.
  useOptions(walk, path, line, readOptions(optionTokens(content.slice(reqText.length))), " after a requirement");
  const target = parseRequirementTarget(reqText);
  if (target.kind === "local") return;
  if (target.kind === "error") {
    problem(result, { kind: "parse-error", path, line, message: `cannot read requirement "${content.slice(0, 120)}": ${target.message}` });
    return;
  }
  if (target.req.specifierError) problem(result, { kind: "parse-error", path, line, message: specifierErrorMessage(reqText, target.req.specifierError) });
  if (mode === "constraints") {
    const pinned = /^===?\s*([^\s,*]+)$/.exec(target.req.specifier)?.[1] ?? (target.req.url ? versionFromWheelUrl(target.req.url) : undefined);
    if (pinned) result.locked.push({ path, normalizedName: normalizeDistName(target.req.name), version: pinned });
    return;
  }
  record(walk, path, line, target.req, includedFrom);
}

/** Record the indexes an option list names, and report each option pip does not know. */
function useOptions(walk: Walk, path: string, line: number, options: OptionToken[], where: string): void {
  for (const o of options) {
    if (!o.known) {
      problem(walk.result, { kind: "parse-error", path, line, message: `unknown pip option ${shownOption(o)}${where}: pip stops on it, this audit ignored it and read the rest of the file` });
      continue;
    }
    if (INDEX_OPTIONS.has(o.opt) && o.value && !walk.indexUrls.includes(o.value)) walk.indexUrls.push(o.value);
  }
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
    if (walk.gitmodules === undefined) {
      try {
        walk.gitmodules = walk.ctx.readFile(".gitmodules") ?? null;
      } catch {
        walk.gitmodules = null;
      }
    }
    const submodule = walk.gitmodules === null ? undefined : submoduleHolding(walk.gitmodules, resolved);
    if (submodule !== undefined) {
      // actions/checkout leaves submodules out unless asked (`submodules: true`); pip would fail the same way
      const key = `${fromPath}\u0000${submodule}\u0000${what}`;
      walk.inSubmodules ??= new Map();
      const seen = walk.inSubmodules.get(key);
      if (seen) seen.targets.push(target);
      else walk.inSubmodules.set(key, { fromPath, line, submodule, what, targets: [target] });
      return;
    }
    problem(result, { kind: "parse-error", path: fromPath, line, message: `${what} ${target} (${resolved}) does not exist or cannot be read` });
    return;
  }
  walkFile(walk, resolved, text, mode, fromPath);
}

/** The path of the git submodule (listed in the root's .gitmodules text) that holds repo-relative `path`, if any. */
function submoduleHolding(modules: string, path: string): string | undefined {
  for (const m of modules.matchAll(/^[ \t]*path[ \t]*=[ \t]*(.+?)[ \t]*$/gm)) {
    const sub = (m[1] ?? "").replace(/^\.\//, "").replace(/\/+$/, "");
    if (sub !== "" && path.startsWith(sub + "/")) return sub;
  }
  return undefined;
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
  reportSubmoduleIncludes(walk);
  for (let i = before; i < result.declared.length; i++) {
    const d = result.declared[i] as ManifestDependency;
    if (d.path === ctx.path && d.line === line) d.source = source;
  }
  return walk.pypiDeps.find((d) => d.path === ctx.path && d.line === line);
}

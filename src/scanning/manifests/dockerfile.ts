/**
 * Dockerfiles / Containerfiles: `FROM` images (resolving global `ARG` defaults) and packages installed by
 * `RUN pip install`, `python -m pip install`, `uv pip install`, `conda|mamba|micromamba install|create`.
 * `-r file` arguments are not followed: requirements files are discovered and read on their own.
 */
import type { Dockerfile, Instruction } from "dockerfile-ast";
import { dockerfileAst } from "../../core/on-demand.js";
import type { ManifestContext } from "./index.js";
import { parseCondaSpec } from "./conda.js";
import { parseRequirementTarget } from "./requirements.js";
import { declare, emptyResult, errorMessage, featuresOfDockerImage, LineIndex, problem, repositoryFolder, type ManifestResult } from "./common.js";

export interface ImageRef {
  /** Repository as written, registry included, without tag/digest: `nvcr.io/nvidia/pytorch`. */
  name: string;
  tag: string;
  digest?: string;
}

/** Split `registry/repo:tag@sha256:...` into its parts. */
export function splitImage(image: string): ImageRef {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  let tag = "";
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, ...(digest ? { digest } : {}) };
}

/** A variable reference: `${VAR}` or `${VAR:-default}` / `${VAR-default}` (name, default), or `$VAR` (name). */
const VARIABLE_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Expand `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}` with a resolver; unknown variables stay as written. */
export function expandVariables(input: string, resolve: (name: string) => string | undefined): string {
  return input.replace(VARIABLE_REF, (whole, braced: string | undefined, def: string | undefined, bare: string | undefined) => {
    const value = resolve((braced ?? bare) as string);
    if (value !== undefined && value !== "") return value;
    if (def !== undefined) return def;
    return whole;
  });
}

interface ShellToken {
  value: string;
  offset: number;
  /** true for `&&`, `||`, `;`, `|`, `&`, `(`, `)` */
  op?: boolean;
}

/**
 * Split a RUN command's raw text into shell words and control operators, with each word's offset.
 * Escaped newlines are whitespace; physical lines that start with `#` inside a continued RUN are dropped (Docker does too).
 */
export function shellTokens(raw: string, base: number, escapeChar: string): ShellToken[] {
  const out: ShellToken[] = [];
  let cur = "";
  let start = -1;
  let quote: string | null = null;
  const flush = (): void => {
    if (start >= 0) out.push({ value: cur, offset: base + start });
    cur = "";
    start = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    // start of a physical line inside a continued instruction: drop comment lines
    if ((i === 0 || raw[i - 1] === "\n" || raw[i - 1] === "\r") && quote === null) {
      const lineEnd = /[\r\n]/g;
      lineEnd.lastIndex = i;
      const le = lineEnd.exec(raw);
      const lineText = raw.slice(i, le ? le.index : raw.length);
      if (i > 0 && /^\s*#/.test(lineText)) {
        // skip the comment line and its line break
        const nl = raw.slice(i + lineText.length, i + lineText.length + 2);
        i += lineText.length + (nl === "\r\n" ? 2 : nl.length > 0 ? 1 : 0) - 1;
        continue;
      }
    }
    if (c === escapeChar && quote !== "'") {
      const next = raw[i + 1];
      if (next === "\n" || next === "\r") {
        if (next === "\r" && raw[i + 2] === "\n") i++;
        i++;
        if (quote === null) flush();
        continue;
      }
      // trailing whitespace after the escape char before the newline also continues the line
      const wsRe = /[ \t]*(\r\n|\n|\r)/y;
      wsRe.lastIndex = i + 1;
      const ws = wsRe.exec(raw);
      if (ws) {
        i += ws[0].length;
        if (quote === null) flush();
        continue;
      }
      if (next !== undefined) {
        if (start < 0) start = i;
        cur += next;
        i++;
        continue;
      }
    }
    if (quote !== null) {
      if (c === quote) quote = null;
      else cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      if (start < 0) start = i;
      quote = c;
      continue;
    }
    if (c === "\n" || c === "\r") {
      // an unescaped newline only occurs in heredocs (`RUN <<EOF`): it ends a shell command
      flush();
      out.push({ value: ";", offset: base + i, op: true });
      continue;
    }
    if (/\s/.test(c)) {
      flush();
      continue;
    }
    const two = raw.slice(i, i + 2);
    if (two === "&&" || two === "||") {
      flush();
      out.push({ value: two, offset: base + i, op: true });
      i++;
      continue;
    }
    if (c === ";" || c === "|" || c === "&" || c === "(" || c === ")") {
      flush();
      out.push({ value: c, offset: base + i, op: true });
      continue;
    }
    if (start < 0) start = i;
    cur += c;
  }
  flush();
  return out;
}

const PIP_VALUE_OPTS = new Set([
  "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
  "-t", "--target", "--prefix", "--root", "--platform", "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy",
  "--progress-bar", "--cache-dir", "--trusted-host", "--log", "--retries", "--timeout", "--no-binary", "--only-binary", "-C",
  "--config-settings", "--global-option", "--install-option", "--report", "--python", "--proxy", "--cert", "--client-cert",
  "--exists-action", "--keyring-provider", "--use-feature", "--use-deprecated", "--root-user-action", "--index-strategy", "-p",
]);
const PIP_INDEX_OPTS = new Set(["-i", "--index-url", "--extra-index-url", "-f", "--find-links"]);
const CONDA_VALUE_OPTS = new Set(["-c", "--channel", "-n", "--name", "-p", "--prefix", "--file", "--repodata-fn", "--platform", "--subdir", "--solver"]);
const PREFIX_WORDS = new Set(["sudo", "env", "time", "nice", "exec", "command", "nohup"]);

type Installer = { kind: "pip"; args: ShellToken[] } | { kind: "conda"; args: ShellToken[] };

/** Recognise an installer command; returns the tokens after `install`. */
/** `git clone` options followed by a value (the rest are flags). */
const GIT_CLONE_VALUE_OPTS = new Set(["-b", "--branch", "--depth", "-c", "--config", "-j", "--jobs", "-o", "--origin", "--reference", "--separate-git-dir", "--shallow-since", "--shallow-exclude", "-u", "--upload-pack", "--template", "--filter"]);

/**
 * The repositories a RUN instruction clones, and the folder its commands run in: `git clone URL [DIR] && cd DIR
 * && pip install -e .` installs the project of URL (mlcommons/training clones a fork of transformers that way), as
 * `pip install git+URL` would. The folder is followed through `cd` within the instruction only.
 */
class ClonedRepos {
  private readonly dirs = new Map<string, string>();
  private cwd: string | undefined;

  /** Takes note of a `git clone` or `cd` command; returns whether it was one. */
  follow(words: readonly ShellToken[]): boolean {
    const w = words.map((t) => t.value);
    if (w[0] === "cd") {
      const dir = (w[1] ?? "").replace(/\/+$/, "");
      const last = dir.slice(dir.lastIndexOf("/") + 1);
      this.cwd = this.dirs.has(dir) ? dir : this.dirs.has(last) ? last : undefined;
      return true;
    }
    if (w[0] !== "git" || w[1] !== "clone") return false;
    const positional: string[] = [];
    for (let k = 2; k < w.length; k++) {
      const v = w[k]!;
      if (v.startsWith("-")) {
        if (!v.includes("=") && GIT_CLONE_VALUE_OPTS.has(v)) k++;
      } else positional.push(v);
    }
    const url = positional[0];
    if (!url || url.includes("$")) return true;
    const dir = (positional[1] ?? repositoryFolder(url)).replace(/\/+$/, "");
    if (dir) this.dirs.set(dir, url);
    return true;
  }

  /** `git+URL` when `value` (a pip install target) is a clone this instruction made: `.` inside it, or its folder. */
  urlOf(value: string): string | undefined {
    const v = value.replace(/\/+$/, "").replace(/^\.\//, "");
    const dir = v === "." ? this.cwd : this.dirs.has(v) ? v : undefined;
    const url = dir === undefined ? undefined : this.dirs.get(dir);
    if (!url) return undefined;
    return /^(git|hg|svn|bzr)\+/.test(url) ? url : `git+${url}`;
  }
}

export function installerOf(words: ShellToken[]): Installer | undefined {
  let i = 0;
  while (i < words.length) {
    const w = words[i]?.value ?? "";
    if (PREFIX_WORDS.has(w) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || (w.startsWith("-") && i > 0 && PREFIX_WORDS.has(words[i - 1]?.value ?? ""))) i++;
    else break;
  }
  const prog = (words[i]?.value ?? "").split("/").pop() ?? "";
  const at = (k: number): string => words[k]?.value ?? "";
  if (/^pip(\d+(\.\d+)?)?$/.test(prog)) {
    let k = i + 1;
    while (at(k).startsWith("-")) k++; // global options such as --no-cache-dir before the subcommand
    return at(k) === "install" ? { kind: "pip", args: words.slice(k + 1) } : undefined;
  }
  if (/^python(\d+(\.\d+)?)?$/.test(prog)) {
    let k = i + 1;
    while (at(k).startsWith("-") && at(k) !== "-m") k++;
    if (at(k) !== "-m" || at(k + 1) !== "pip") return undefined;
    k += 2;
    while (at(k).startsWith("-")) k++;
    return at(k) === "install" ? { kind: "pip", args: words.slice(k + 1) } : undefined;
  }
  if (prog === "uv" && at(i + 1) === "pip" && at(i + 2) === "install") return { kind: "pip", args: words.slice(i + 3) };
  if (/^(conda|mamba|micromamba)$/.test(prog)) {
    let k = i + 1;
    while (at(k).startsWith("-")) k++;
    return at(k) === "install" || at(k) === "create" ? { kind: "conda", args: words.slice(k + 1) } : undefined;
  }
  return undefined;
}

export function readDockerfile(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  let df: Dockerfile;
  try {
    df = dockerfileAst().DockerfileParser.parse(text);
  } catch (e) {
    problem(result, { kind: "parse-error", path: ctx.path, message: `cannot parse Dockerfile: ${errorMessage(e)}` });
    return result;
  }
  const lines = new LineIndex(text);
  const globalArgs = new Map<string, string>();
  for (const arg of df.getInitialARGs()) {
    const p = arg.getProperty();
    const v = p?.getValue();
    if (p && v !== null && v !== undefined) globalArgs.set(p.getName(), v);
  }
  // Every name an ARG instruction declares: a value taken from one is a default a build may override.
  const argNames = new Set<string>();
  for (const arg of df.getARGs()) {
    const name = arg.getProperty()?.getName();
    if (name) argNames.add(name);
  }
  const stages = new Set<string>();
  let escapeChar = "\\";
  try {
    escapeChar = df.getEscapeCharacter();
  } catch {
    /* default */
  }

  for (const from of df.getFROMs()) {
    const line = from.getRange().start.line + 1;
    const args = from.getArguments().map((a) => a.getValue());
    const idx = args.findIndex((a) => !a.startsWith("--"));
    const rawImage = idx >= 0 ? args[idx] : undefined;
    const asIdx = args.findIndex((a, k) => k > idx && a.toLowerCase() === "as");
    const stage = asIdx >= 0 ? args[asIdx + 1] : undefined;
    if (!rawImage) {
      problem(result, { kind: "parse-error", path: ctx.path, line, message: "FROM without an image name" });
    } else {
      const image = expandVariables(rawImage, (n) => globalArgs.get(n));
      const ref = splitImage(image);
      const known = stages.has(image.toLowerCase()) || image.toLowerCase() === "scratch";
      if (!known && !image.includes("$") && ref.name !== "") {
        const normalizedName = ref.name.toLowerCase();
        declare(result, { path: ctx.path, line, name: ref.name, normalizedName, specifier: ref.tag !== "" ? ref.tag : ref.digest ? `@${ref.digest}` : "", source: "dockerfile:from", ecosystem: "docker", buildArg: buildArgOf(rawImage, argNames) });
        for (const feature of featuresOfDockerImage(normalizedName)) result.usages.push({ feature, path: ctx.path, line, matched: ref.name, ...(ref.tag ? { detail: `${ref.name}:${ref.tag}` } : {}) });
      }
    }
    if (stage) stages.add(stage.toLowerCase());
  }

  for (const ins of df.getInstructions()) {
    if (ins.getKeyword() !== "RUN") continue;
    readRun(result, ctx, df, ins, lines, escapeChar, argNames);
  }
  return result;
}

/** The first build argument (a name some ARG declares) that `raw` refers to, if any. */
function buildArgOf(raw: string, argNames: ReadonlySet<string>): string | undefined {
  for (const m of raw.matchAll(VARIABLE_REF)) {
    const name = (m[1] ?? m[3])!;
    if (argNames.has(name)) return name;
  }
  return undefined;
}

/** The `source` of what an installer command declares, by installer. */
export interface InstallSources {
  pip: string;
  conda: string;
}

const DOCKERFILE_SOURCES: InstallSources = { pip: "dockerfile:pip", conda: "dockerfile:conda" };

/** How declareInstalls places and expands what it reads. */
export interface InstallContext {
  /** The line of a token. */
  lineOf(t: ShellToken): number;
  /** The value of a variable where the token is, if known. */
  resolve(t: ShellToken): (name: string) => string | undefined;
  sources: InstallSources;
  /** The Dockerfile's build arguments (a declaration that names one records it). */
  argNames?: ReadonlySet<string>;
}

/**
 * Declares what the pip / uv pip / conda install commands of a shell command line install (`tokens`, from
 * shellTokens): package names with their specifiers, index URLs and channels in force; a clone the same line
 * made is installed as its URL. Shared by a Dockerfile's RUN and cog.yaml's `build.run`.
 */
export function declareInstalls(result: ManifestResult, ctx: ManifestContext, tokens: readonly ShellToken[], how: InstallContext): void {
  let cmd: ShellToken[] = [];
  const commands: ShellToken[][] = [];
  for (const t of tokens) {
    if (t.op) {
      if (cmd.length) commands.push(cmd);
      cmd = [];
    } else cmd.push(t);
  }
  if (cmd.length) commands.push(cmd);
  const clones = new ClonedRepos();
  for (const words of commands) {
    if (clones.follow(words)) continue;
    const inst = installerOf(words);
    if (!inst) continue;
    const indexUrls: string[] = [];
    let channel: string | undefined;
    const packages: ShellToken[] = [];
    const valueOpts = inst.kind === "pip" ? PIP_VALUE_OPTS : CONDA_VALUE_OPTS;
    for (let k = 0; k < inst.args.length; k++) {
      const t = inst.args[k] as ShellToken;
      const v = t.value;
      if (v.startsWith("-")) {
        const eq = v.indexOf("=");
        const opt = v.startsWith("--") && eq > 0 ? v.slice(0, eq) : v;
        let value: string | undefined = v.startsWith("--") && eq > 0 ? v.slice(eq + 1) : undefined;
        if (value === undefined && valueOpts.has(opt)) {
          value = inst.args[k + 1]?.value;
          k++;
        }
        if (value !== undefined) value = expandVariables(value, how.resolve(t));
        if (inst.kind === "pip" && PIP_INDEX_OPTS.has(opt) && value) indexUrls.push(value);
        if (inst.kind === "conda" && (opt === "-c" || opt === "--channel") && value && channel === undefined) channel = value;
        if (inst.kind === "pip" && (opt === "-e" || opt === "--editable") && value) packages.push({ value, offset: t.offset });
        continue;
      }
      packages.push(t);
    }
    for (const t of packages) {
      const value = expandVariables(t.value, how.resolve(t));
      if (value === "" || value.includes("$") || value.includes("`")) continue;
      const line = how.lineOf(t);
      if (inst.kind === "pip") {
        const target = parseRequirementTarget(clones.urlOf(value) ?? value);
        if (target.kind !== "requirement") continue;
        const r = target.req;
        declare(result, { path: ctx.path, line, name: r.name, specifier: r.specifier, extras: r.extras, marker: r.marker, url: r.url, source: how.sources.pip, ecosystem: "pypi", indexUrls: indexUrls.length && !r.url ? [...indexUrls] : undefined, buildArg: how.argNames ? buildArgOf(t.value, how.argNames) : undefined });
      } else {
        const spec = parseCondaSpec(value);
        if (!spec) continue;
        declare(result, { path: ctx.path, line, name: spec.name, specifier: spec.specifier, source: how.sources.conda, ecosystem: "conda", channel: spec.channel ?? channel, buildArg: how.argNames ? buildArgOf(t.value, how.argNames) : undefined });
      }
    }
  }
}

function readRun(result: ManifestResult, ctx: ManifestContext, df: Dockerfile, ins: Instruction, lines: LineIndex, escapeChar: string, argNames: ReadonlySet<string>): void {
  const range = ins.getArgumentsRange();
  if (!range) return;
  const start = lines.startOf(range.start.line + 1) + range.start.character;
  const end = lines.startOf(range.end.line + 1) + range.end.character;
  const raw = lines.text.slice(start, end);
  let tokens: ShellToken[];
  if (raw.trimStart().startsWith("[")) {
    try {
      const arr: unknown = JSON.parse(raw);
      if (!Array.isArray(arr) || !arr.every((x) => typeof x === "string")) return;
      // exec form: ["/bin/sh", "-c", "pip install ..."] runs a shell; otherwise the words are the command
      const shIdx = arr.findIndex((x, k) => k > 0 && x === "-c" && /(^|\/)(ba)?sh$/.test(arr[0] as string));
      tokens = shIdx > 0 ? shellTokens(String(arr[shIdx + 1] ?? ""), start, "\\").map((t) => ({ ...t, offset: start })) : (arr as string[]).map((value) => ({ value, offset: start }));
    } catch {
      tokens = shellTokens(raw, start, escapeChar);
    }
  } else {
    tokens = shellTokens(raw, start, escapeChar);
  }
  const lineOf = (t: ShellToken): number => lines.lineAt(t.offset);
  const resolve = (t: ShellToken) => (n: string): string | undefined => {
    try {
      const v = df.resolveVariable(n, lineOf(t) - 1);
      return typeof v === "string" ? v : undefined;
    } catch {
      return undefined;
    }
  };
  declareInstalls(result, ctx, tokens, { lineOf, resolve, sources: DOCKERFILE_SOURCES, argNames });
}

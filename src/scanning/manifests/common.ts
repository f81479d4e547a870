/**
 * Helpers shared by the manifest readers: result accumulation, offset -> line mapping, PEP 508 parsing,
 * and the catalogued-feature lookup for declared distributions.
 */
import { pipRequirements } from "../../core/on-demand.js";
import type { DeclaredDependency, Ecosystem, FeatureUsage, LockedVersion, ScanProblem } from "../../core/types.js";
import { FEATURES } from "../../knowledge/features.js";
import { normalizeDistName } from "../../knowledge/packages.js";

/**
 * A declared dependency with the reader's extra context. The extra fields are optional and only present
 * when the manifest says something about them (see the report for the proposed `types.ts` additions).
 */
export interface ManifestDependency extends DeclaredDependency {
  /** Package indexes / find-links the installer was pointed at for this dependency (`--extra-index-url ...`). */
  indexUrls?: string[];
  /** Conda channel (`pytorch::pytorch`, or the Pipfile `index` name's URL is in indexUrls). */
  channel?: string;
  /** For dependencies read through `-r` includes: the file whose include led here. */
  includedFrom?: string;
}

export interface ManifestResult {
  declared: DeclaredDependency[];
  locked: LockedVersion[];
  usages: FeatureUsage[];
  problems: ScanProblem[];
  /** The file computes part of its dependency list (see FileFacts.partialDeclarations). */
  partial?: boolean;
  /** The distribution this manifest builds, by its own name (see FileFacts.provides). */
  provides?: string[];
}

/** Records the name of the distribution a manifest builds (pyproject `project.name`, setup.py `name=`, ...). */
export function provide(result: ManifestResult, name: unknown): void {
  if (typeof name !== "string" || name.trim() === "") return;
  (result.provides ??= []).push(name.trim());
}

export function emptyResult(): ManifestResult {
  return { declared: [], locked: [], usages: [], problems: [] };
}

/** Strip a UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Maps string offsets to 1-based line numbers (any of \n, \r\n, \r ends a line). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Offset of the start of a 1-based line. */
  startOf(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}

/** The message of anything thrown, on one line. */
export function errorMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const first = raw.split(/\r?\n/).find((l) => l.trim() !== "") ?? "unknown error";
  return first.trim().slice(0, 300);
}

// ---------------------------------------------------------------------------
// PEP 508
// ---------------------------------------------------------------------------

export interface ParsedRequirement {
  name: string;
  specifier: string;
  extras: string[];
  marker?: string;
  url?: string;
  /** Why pip refuses the version specifier (specifierProblem), when it does. The requirement is still read. */
  specifierError?: string;
}

const CLAUSE = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*(\S+?)\s*$/;
/** A release with a trailing `.*` (`2.7.*`, `1!2.*`): the only versions a prefix match may name. */
const PREFIX_VERSION = /^(?:\d+!)?\d+(?:\.\d+)*\.\*$/;

/**
 * What PEP 440 forbids in a version specifier that the requirement grammar lets through, or undefined: a
 * `.*` prefix match after any operator but `==` and `!=` (`tensorflow>=2.7.*`, refused by pip since
 * packaging 22), a `.*` anywhere but at the end of a release, and `~=` with a single release segment (`~=2`).
 */
export function specifierProblem(specifier: string): string | undefined {
  if (specifier === "") return undefined;
  for (const clause of specifier.split(",")) {
    const m = CLAUSE.exec(clause);
    if (!m) continue; // the grammar already vouched for its shape
    const [, op, version] = m as unknown as [string, string, string];
    if (op === "===") continue;
    if (version.includes("*")) {
      if (op !== "==" && op !== "!=") return `\`${op}${version}\`: a \`.*\` version is only allowed after \`==\` or \`!=\` (PEP 440)`;
      if (!PREFIX_VERSION.test(version)) return `\`${op}${version}\`: \`.*\` may only end a release number (PEP 440)`;
    }
    if (op === "~=" && !/^(?:\d+!)?\d+\.\d+/.test(version)) return `\`~=${version}\`: a compatible-release clause needs at least two release numbers, as in \`~=${version.replace(/\.\*$/, "")}.0\` (PEP 440)`;
  }
  return undefined;
}

/** The parse-error a requirement with a specifier pip refuses becomes (the requirement itself is still declared). */
export function specifierErrorMessage(text: string, why: string): string {
  return `pip refuses "${text.slice(0, 120)}", an invalid version specifier: ${why}. The audit read the requirement as written`;
}

const NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
const ONE_SPEC = String.raw`(?:===|~=|==|!=|<=|>=|<|>)\s*[A-Za-z0-9_.*+!-]+`;
/** The common shape `name[extras] specs` without marker or URL, matched without the full grammar (fast path). */
// Written so that no two `\s*` can split the same run of blanks (no polynomial backtracking); the input is trimmed.
const SIMPLE_REQ = new RegExp(
  String.raw`^(${NAME})(?:\s*\[([A-Za-z0-9._,\s-]*)\])?(?:\s*((?:\(\s*)?${ONE_SPEC}(?:\s*,\s*${ONE_SPEC})*(?:\s*\))?))?$`,
);

/**
 * `name[extras] @ url [; marker]`. The URL is any run of non-blanks, as in `packaging` (and so pip): it may hold
 * `${VAR}` (pip expands it at install time; here it stays as written), `%2B`, `@` for credentials or a VCS ref.
 * A marker needs a blank before its `;`, else the `;` belongs to the URL. Each `\s*` is separated from the
 * next by a literal, so the match stays linear.
 */
const NAMED_URL_REQ = new RegExp(String.raw`^(${NAME})\s*(?:\[([^\]]*)\]\s*)?@\s*(\S+)(?:\s+;([^]*))?$`);

const MARKER_VARIABLES = new Set([
  "python_version",
  "python_full_version",
  "os_name",
  "sys_platform",
  "platform_release",
  "platform_system",
  "platform_version",
  "platform_machine",
  "platform_python_implementation",
  "implementation_name",
  "implementation_version",
  "extra",
  // legacy spellings `packaging` still accepts
  "os.name",
  "sys.platform",
  "platform.version",
  "platform.machine",
  "platform.python_implementation",
  "python_implementation",
]);
const MARKER_TOKEN = /\s*(?:(\()|(\))|'([^']*)'|"([^"]*)"|(~=|==|!=|<=|>=|<|>)|([A-Za-z_][A-Za-z0-9_.]*))/y;

/**
 * Whether a PEP 508 environment marker is well formed, in one left-to-right pass with a parenthesis counter
 * (no recursion, so 100,000 nested parentheses cost nothing). `false` means "let the full grammar decide"; `===`
 * is left to it too (pip-requirements-js rejects it in markers, so accepting it here would change results).
 */
export function isWellFormedMarker(marker: string): boolean {
  MARKER_TOKEN.lastIndex = 0;
  let depth = 0;
  // expect: "operand" (left value or "("), "op", "value" (right value), "after" ("and" / "or" / ")" / end)
  let expect: "operand" | "op" | "value" | "after" = "operand";
  let pendingNot = false;
  while (MARKER_TOKEN.lastIndex < marker.length) {
    const start = MARKER_TOKEN.lastIndex;
    const m = MARKER_TOKEN.exec(marker);
    if (!m) {
      if (/^\s*$/.test(marker.slice(start))) break;
      return false;
    }
    const word = m[6];
    const isValue = m[3] !== undefined || m[4] !== undefined || (word !== undefined && MARKER_VARIABLES.has(word));
    if (expect === "operand") {
      if (m[1]) depth++;
      else if (isValue) expect = "op";
      else return false;
    } else if (expect === "op") {
      if (pendingNot) {
        if (word !== "in") return false;
        pendingNot = false;
        expect = "value";
      } else if (m[5] || word === "in") expect = "value";
      else if (word === "not") pendingNot = true;
      else return false;
    } else if (expect === "value") {
      if (!isValue) return false;
      expect = "after";
    } else if (m[2]) {
      if (--depth < 0) return false;
    } else if (word === "and" || word === "or") expect = "operand";
    else return false;
  }
  return expect === "after" && depth === 0;
}

/** Check a marker with the PEP 508 grammar; returns the error, or undefined when it is valid. */
function markerError(marker: string): string | undefined {
  if (isWellFormedMarker(marker)) return undefined;
  try {
    pipRequirements().parsePipRequirementsLine(`x; ${marker}`, { includeLocations: true });
    return undefined;
  } catch (e) {
    return `invalid environment marker "${marker.slice(0, 120)}": ${errorMessage(e).replace(/^Failed to parse requirements line\.\s*(?:Line \d+, col \d+:\s*)?/, "")}`;
  }
}

/**
 * Parse one PEP 508 requirement string (`torch[cuda]>=2.1,<3; python_version >= "3.9"`, `pkg @ https://...`).
 * Returns an error message instead of throwing.
 */
export function parsePep508(input: string): ParsedRequirement | { error: string } {
  const parsed = parsePep508Shape(input);
  if ("error" in parsed) return parsed;
  const bad = specifierProblem(parsed.specifier);
  return bad ? { ...parsed, specifierError: bad } : parsed;
}

function parsePep508Shape(input: string): ParsedRequirement | { error: string } {
  const text = input.trim();
  if (text === "") return { error: "empty requirement" };
  const simple = SIMPLE_REQ.exec(text);
  if (simple) {
    const name = simple[1] ?? "";
    let spec = (simple[3] ?? "").trim();
    if (spec.startsWith("(") && spec.endsWith(")")) spec = spec.slice(1, -1).trim();
    const extras = (simple[2] ?? "")
      .split(",")
      .map((e) => e.trim())
      .filter((e) => e !== "");
    return { name, specifier: spec, extras };
  }
  // `name[extras] specs ; marker`, the other common shape: the fast path on the part before `;`, the marker
  // checked on its own (the full grammar is ~100x slower per character).
  const semi = text.indexOf(";");
  if (semi > 0 && !text.includes("@")) {
    const head = SIMPLE_REQ.exec(text.slice(0, semi).trim());
    const marker = text.slice(semi + 1).trim();
    if (head && marker !== "" && isWellFormedMarker(marker)) {
      let spec = (head[3] ?? "").trim();
      if (spec.startsWith("(") && spec.endsWith(")")) spec = spec.slice(1, -1).trim();
      const extras = (head[2] ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
      return { name: head[1] ?? "", specifier: spec, extras, marker };
    }
  }
  const named = NAMED_URL_REQ.exec(text);
  if (named) {
    const marker = named[4]?.trim();
    if (named[4] !== undefined && !marker) return { error: "empty environment marker after \";\"" };
    const bad = marker ? markerError(marker) : undefined;
    if (bad) return { error: bad };
    const extras = (named[2] ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
    return { name: named[1] ?? "", specifier: "", extras, url: named[3] ?? "", ...(marker ? { marker } : {}) };
  }
  // `===` trips the grammar of pip-requirements-js; handle `name===version [; marker]` directly.
  const arbitrary = text.includes("===") ? new RegExp(String.raw`^(${NAME})(?:\s*\[([^\]]*)\])?\s*(===[^\s;]+)(?:\s*;(.+))?$`).exec(text) : null;
  if (arbitrary) {
    const extras = (arbitrary[2] ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
    const marker = arbitrary[4]?.trim();
    return { name: arbitrary[1] ?? "", specifier: arbitrary[3] ?? "", extras, ...(marker ? { marker } : {}) };
  }
  try {
    // the grammar is loaded here, on first use (src/core/on-demand.ts)
    const parsed = pipRequirements().parsePipRequirementsLine(text, { includeLocations: true });
    if (!parsed) return { error: "empty requirement" };
    const d = parsed.data;
    if (d.type !== "ProjectName" && d.type !== "ProjectURL") return { error: `not a requirement: ${text}` };
    const extras = (d.extras ?? []).map((e) => e.data);
    const markerLoc = d.environmentMarkerTree?.location;
    const marker = markerLoc ? text.slice(markerLoc.startIdx, markerLoc.endIdx).replace(/^\s*;\s*/, "").trim() : undefined;
    if (d.type === "ProjectURL") {
      if (d.url.data.trim() === "") return { error: `missing URL after "@"` };
      return { name: d.name.data, specifier: "", extras, url: d.url.data, ...(marker ? { marker } : {}) };
    }
    const specs = d.versionSpec ?? [];
    let specifier = "";
    const first = specs[0];
    const last = specs[specs.length - 1];
    if (first && last) specifier = text.slice(first.location.startIdx, last.location.endIdx).trim();
    return { name: d.name.data, specifier, extras, ...(marker ? { marker } : {}) };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** `torch-2.1.0+cu121-cp311-cp311-linux_x86_64.whl` -> `torch` (wheel file names escape `-` in names as `_`). */
export function nameFromWheelUrl(url: string): string | undefined {
  const file = decodeURIComponentSafe(url.split(/[?#]/)[0]?.split("/").pop() ?? "");
  const m = /^([A-Za-z0-9][A-Za-z0-9._]*)-[0-9][^-]*-.*\.whl$/i.exec(file);
  return m?.[1];
}

/** The version part of a wheel file name, if any. */
export function versionFromWheelUrl(url: string): string | undefined {
  const file = decodeURIComponentSafe(url.split(/[?#]/)[0]?.split("/").pop() ?? "");
  return /^[A-Za-z0-9][A-Za-z0-9._]*-([0-9][^-]*)-.*\.whl$/i.exec(file)?.[1];
}

/**
 * A code host's archive of a repository (`https://github.com/NVIDIA/dllogger/archive/<ref>.zip`, `/tarball/`,
 * `/zipball/`, `codeload.github.com/o/r/zip/<ref>`, GitLab's `/-/archive/`): the repository's name, the same
 * guess a VCS URL without `#egg=` gets.
 */
const HOSTED_ARCHIVE = /^https?:\/\/(?:github\.com\/[^/]+\/([^/]+)\/(?:archive|tarball|zipball)\/|codeload\.github\.com\/[^/]+\/([^/]+)\/(?:zip|tar\.gz|legacy\.zip|legacy\.tar\.gz)\/|gitlab\.com\/(?:[^/]+\/)+?([^/]+)\/-\/archive\/)/i;

/** `pkg-1.2.0.tar.gz` / `pkg-1.2.0.zip` (an sdist's file name) -> `pkg`. */
const SDIST_FILE = /^([A-Za-z0-9][A-Za-z0-9._-]*?)-[0-9][A-Za-z0-9._+!-]*\.(?:tar\.gz|zip|tar\.bz2|tgz)$/i;
/**
 * An archive named for its package alone, without a version (kubeflow/examples: `.../0.1.22/kfp.tar.gz`); not
 * one named for a ref (`latest.zip`, `master.tar.gz`, `v1.2.zip`, a commit hash), which says nothing of it.
 */
const BARE_ARCHIVE = /^([A-Za-z][A-Za-z0-9._-]*)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/i;
const REF_NAME = /^(?:latest|master|main|head|trunk|stable|release|dev|develop|nightly|download|archive|source|src|v?\d[\w.]*|[0-9a-f]{7,40})$/i;

function nameFromArchiveFile(file: string): string | undefined {
  const sdist = SDIST_FILE.exec(file)?.[1];
  if (sdist) return sdist;
  const bare = BARE_ARCHIVE.exec(file)?.[1];
  return bare && !REF_NAME.test(bare) ? bare : undefined;
}

/** Name of a VCS / archive URL: `#egg=name`, else the repository basename, else an sdist's or archive's file name. */
export function nameFromVcsUrl(url: string): string | undefined {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return egg[1];
  const hosted = HOSTED_ARCHIVE.exec(url);
  const repo = hosted?.[1] ?? hosted?.[2] ?? hosted?.[3];
  if (repo) return repo.replace(/\.git$/, "");
  if (/^https?:\/\//i.test(url)) return nameFromArchiveFile(decodeURIComponentSafe(url.split(/[?#]/)[0]?.split("/").pop() ?? ""));
  if (!/^(git|hg|svn|bzr)\+/.test(url)) return undefined;
  const base = repositoryFolder(url.replace(/@[^/@]*$/, ""));
  return base && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(base) ? base : undefined;
}

/** The last path segment of a repository URL without `.git` (the folder `git clone URL` makes), or "". */
export function repositoryFolder(url: string): string {
  return url.replace(/[#?].*$/, "").replace(/\/+$/, "").split("/").pop()?.replace(/\.git$/, "") ?? "";
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------
// Feature usages for declared distributions
// ---------------------------------------------------------------------------

const FEATURES_BY_DISTRIBUTION: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const f of FEATURES) {
    for (const d of f.distributions ?? []) {
      const key = d.startsWith("@") ? d.toLowerCase() : normalizeDistName(d);
      const list = map.get(key) ?? [];
      if (!list.includes(f.id)) list.push(f.id);
      map.set(key, list);
    }
  }
  return map;
})();

/** The catalogued features a declared distribution counts as (by normalised name; npm names as written, lower-cased). */
export function featuresOfDistribution(normalizedName: string): string[] {
  return FEATURES_BY_DISTRIBUTION.get(normalizedName) ?? [];
}

/** The features whose `dockerImages` pattern matches an image name (without tag). */
export function featuresOfDockerImage(image: string): string[] {
  return FEATURES.filter((f) => (f.dockerImages ?? []).some((re) => re.test(image))).map((f) => f.id);
}

/** Build a DeclaredDependency and record it (plus its feature usages) in the result. */
export function declare(
  result: ManifestResult,
  dep: Omit<ManifestDependency, "normalizedName" | "extras"> & { normalizedName?: string; extras?: string[] },
): ManifestDependency {
  const normalizedName = dep.normalizedName ?? (dep.ecosystem === "npm" || dep.ecosystem === "docker" ? dep.name.toLowerCase() : normalizeDistName(dep.name));
  const out: ManifestDependency = { ...dep, normalizedName, extras: dep.extras ?? [] };
  for (const key of Object.keys(out) as (keyof ManifestDependency)[]) {
    if (out[key] === undefined) delete out[key];
  }
  result.declared.push(out);
  for (const feature of featuresOfDistribution(normalizedName)) {
    result.usages.push({ feature, path: out.path, line: out.line, matched: out.name });
  }
  return out;
}

export function problem(result: ManifestResult, p: ScanProblem): void {
  const clean: ScanProblem = { kind: p.kind, path: p.path, message: p.message };
  if (p.line !== undefined && Number.isFinite(p.line) && p.line >= 1) clean.line = p.line;
  result.problems.push(clean);
}

export type { Ecosystem };

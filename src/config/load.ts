/**
 * Reading the config file: YAML -> zod validation -> Config. Every problem is a ConfigError whose message is
 * one line naming the file, the line where known, the key path (`priorities.research-speed`) and what was
 * expected.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Document, LineCounter } from "yaml";
import { yaml } from "../core/on-demand.js";
import type { z } from "zod";
import { FEATURES } from "../knowledge/features.js";
import { isWithin } from "../core/paths.js";
import { ConfigFileSchema, DEFAULT_CONFIG, DEFAULT_CONFIG_PATH, toConfig, type Config } from "./schema.js";

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    message: string,
    readonly file?: string,
    readonly keyPath?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

type PathSeg = string | number;

function formatPath(path: readonly PathSeg[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out || "(top level)";
}

/** 1-based line of the node at `path` (or of the key `key` inside it) in the YAML document. */
function lineOf(doc: Document, lc: LineCounter, path: readonly PathSeg[], key?: string): number | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (yaml().isMap(node)) node = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg)?.value;
    else if (yaml().isSeq(node) && typeof seg === "number") node = node.items[seg];
    else return undefined;
  }
  if (key !== undefined && yaml().isMap(node)) {
    const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    node = pair?.key;
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export function nearMatches(word: string, candidates: readonly string[], max = 3): string[] {
  const w = word.toLowerCase();
  return candidates
    .map((c) => ({ c, d: editDistance(w, c.toLowerCase()) - (c.toLowerCase().includes(w) || w.includes(c.toLowerCase()) ? 2 : 0) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(w.length / 3)))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

function describeIssue(issue: z.core.$ZodIssue): { path: PathSeg[]; key?: string; expected: string } {
  const path = issue.path.filter((p): p is PathSeg => typeof p === "string" || typeof p === "number");
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeysAt(path);
      const keys = issue.keys.map((k) => {
        const near = nearMatches(k, allowed, 1);
        return near.length ? `"${k}" (did you mean "${near[0]}"?)` : `"${k}"`;
      });
      return {
        path,
        key: issue.keys[0],
        expected: `unknown key${issue.keys.length > 1 ? "s" : ""} ${keys.join(", ")}; allowed: ${allowed.join(", ")}`,
      };
    }
    case "invalid_type":
      return { path, expected: `expected ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "a mapping" : `a ${issue.expected}`}` };
    case "invalid_value": {
      const values = issue.values.map(String);
      return { path, expected: `expected one of ${values.join(", ")}` };
    }
    case "invalid_key": {
      return { path, expected: `unknown key; ${issue.message}` };
    }
    case "too_big":
      return { path, expected: `expected at most ${String(issue.maximum)}` };
    case "too_small":
      return { path, expected: issue.origin === "array" ? `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? "y" : "ies"}` : `expected at least ${String(issue.minimum)}` };
    default:
      return { path, expected: issue.message };
  }
}

function allowedKeysAt(path: readonly PathSeg[]): string[] {
  const top = Object.keys(ConfigFileSchema.shape);
  const policy = ["allowed-frameworks", "forbidden-features", "forbidden-packages"];
  const names = path.filter((p): p is string => typeof p === "string");
  if (names.length === 0) return top;
  const last = names[names.length - 1];
  if (last === "policy") return policy;
  if (last === "ignore") return ["id", "code", "paths"];
  if (last === "overrides") return ["paths", "policy"];
  if (last === "priorities") return ["research-speed", "production-readiness", "learning-curve", "performance", "ecosystem", "community", "enterprise-support"];
  return top;
}

const FEATURE_IDS = FEATURES.map((f) => f.id);

/** Parse and validate config text. `file` is only used in messages. Throws ConfigError. */
export function parseConfig(text: string, file: string): Config {
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? (e.pos ? lc.linePos(e.pos[0]).line : undefined);
    const what = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw new ConfigError(`${file}${line ? `:${line}` : ""}: invalid YAML: ${what}`, file, undefined, line);
  }
  let raw: unknown;
  try {
    // maxAliasCount bounds alias expansion: a "billion laughs" file is an error, not a hang.
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new ConfigError(`${file}: invalid YAML: ${(e as Error).message.split("\n")[0]}`, file);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${file}: (top level): expected a mapping of settings (priorities, targets, margin, policy, ...)`, file);
  }
  const parsed = ConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    const parts = parsed.error.issues.map((issue) => {
      const d = describeIssue(issue);
      const keyPath = d.key !== undefined ? formatPath([...d.path, d.key]) : formatPath(d.path);
      const line = lineOf(doc, lc, d.path, d.key);
      return { line, keyPath, text: `${keyPath}: ${d.expected}` };
    });
    const first = parts[0]!;
    const msg = `${file}${first.line ? `:${first.line}` : ""}: ${parts.map((p) => p.text).join("; ")}`;
    throw new ConfigError(msg, file, first.keyPath, first.line);
  }
  // Feature IDs must be catalogued (in the main policy and in overrides).
  const checks: { path: PathSeg[]; ids: string[] }[] = [];
  if (parsed.data.policy?.["forbidden-features"]) checks.push({ path: ["policy", "forbidden-features"], ids: parsed.data.policy["forbidden-features"] });
  parsed.data.overrides?.forEach((o, i) => {
    if (o.policy["forbidden-features"]) checks.push({ path: ["overrides", i, "policy", "forbidden-features"], ids: o.policy["forbidden-features"] });
  });
  for (const c of checks) {
    c.ids.forEach((id, i) => {
      if (FEATURE_IDS.includes(id)) return;
      const near = nearMatches(id, FEATURE_IDS);
      const line = lineOf(doc, lc, [...c.path, i]);
      const keyPath = formatPath([...c.path, i]);
      throw new ConfigError(
        `${file}${line ? `:${line}` : ""}: ${keyPath}: unknown feature ID "${id}"; ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(", ")}? ` : ""}expected a feature ID from features.md (e.g. tf.v1, torch.compile)`,
        file,
        keyPath,
        line,
      );
    });
  }
  return toConfig(parsed.data);
}

function isInsideRoot(root: string, abs: string): boolean {
  try {
    return isWithin(realpathSync(root), realpathSync(abs));
  } catch {
    return false;
  }
}

/** The files loadConfig reads, relative to the root, when none is named (the first that exists). */
export const DEFAULT_CANDIDATES: readonly string[] = [DEFAULT_CONFIG_PATH, ".github/ml-framework-audit.yaml"];

/**
 * Load the config for the repository at `root`. `file` is relative to root (or absolute). A missing file
 * gives DEFAULT_CONFIG unless `explicit` (the user named it), then it is a ConfigError.
 */
export function loadConfig(file: string | undefined, root: string, opts: { explicit?: boolean } = {}): Config {
  const candidates = file ? [file] : DEFAULT_CANDIDATES;
  for (const cand of candidates) {
    const abs = isAbsolute(cand) ? cand : join(root, cand);
    if (!existsSync(abs)) continue;
    const rel = relative(root, abs).split(sep).join("/");
    const inside = isWithin(root, abs);
    const display = inside ? rel : abs;
    if (!statSync(abs).isFile()) throw new ConfigError(`${display}: expected a regular YAML file`, display);
    // A config inside the repository comes with the pull request: it must not lead outside the repository.
    if (inside && !isInsideRoot(root, abs)) {
      throw new ConfigError(`${display}: is a symbolic link to outside the repository: not read`, display);
    }
    let text: string;
    try {
      text = readFileSync(abs, "utf8");
    } catch (e) {
      throw new ConfigError(`${display}: cannot read the config file (${(e as Error).message})`, display);
    }
    const cfg = parseConfig(text, display);
    return { ...cfg, source: display };
  }
  if (opts.explicit) {
    const shown = file ?? DEFAULT_CONFIG_PATH;
    throw new ConfigError(`${shown}: config file not found (looked in ${isAbsolute(shown) ? shown : join(root, shown)})`, shown);
  }
  return structuredClone(DEFAULT_CONFIG);
}

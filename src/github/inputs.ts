/**
 * The action's inputs: read once, validated with zod, defaults in one place (action.yml mirrors them).
 * Every error is one line naming the input.
 */
import { z } from "zod";
import { FailOnError, parseFailOn, type FailOnSpec } from "../core/gate.js";

export const COMMENT_MODES = ["always", "on-change", "on-failure", "never"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const FAIL_SCOPES = ["introduced", "repository"] as const;
export type FailScope = (typeof FAIL_SCOPES)[number];

export const DEFAULT_CONFIG_PATH = ".github/ml-framework-audit.yml";
const BOOLEANS = ["true", "false"] as const;

/** Defaults, identical to action.yml (the runner fills them in; they also apply under local-action). */
export const INPUT_DEFAULTS = {
  path: ".",
  config: DEFAULT_CONFIG_PATH,
  comment: "always",
  "fail-on": "policy-violation",
  "fail-scope": "introduced",
  sarif: "",
  "report-file": "",
  "comment-author": "",
  "cache-dir": "",
  cache: "false",
} as const;

export const InputsSchema = z.object({
  "github-token": z.string(),
  path: z.string().min(1, "must not be empty"),
  config: z.string(),
  comment: z.enum(COMMENT_MODES, { error: `must be one of ${COMMENT_MODES.join(", ")}` }),
  "fail-on": z.string(),
  "fail-scope": z.enum(FAIL_SCOPES, { error: `must be one of ${FAIL_SCOPES.join(", ")}` }),
  sarif: z.string(),
  "report-file": z.string(),
  "cache-dir": z.string(),
  cache: z.enum(BOOLEANS, { error: "must be true or false" }),
  "comment-author": z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/, "must be a GitHub login such as my-app[bot]").or(z.literal("")),
});

export interface ActionInputs {
  token: string;
  path: string;
  /** Config file path (relative to `path`), or undefined for none. */
  config: string;
  /** True when the user named a config file other than the default: a missing file is then an error. */
  configExplicit: boolean;
  comment: CommentMode;
  /** `fail-on` as given (comma list), and parsed by the shared gate (src/core/gate.ts). */
  failOn: string;
  failOnSpec: FailOnSpec;
  failScope: FailScope;
  sarif: string;
  reportFile: string;
  /** Login whose comments are ours (overrides the identity lookup), or "". */
  commentAuthor: string;
  /** Folder of the per-file facts cache, or "" (with `cache` off: the user keeps it, e.g. with actions/cache). */
  cacheDir: string;
  /** Keep the facts cache between runs with the Actions cache service (src/github/cache.ts). */
  cache: boolean;
}

export class InputError extends Error {
  override name = "InputError";
}

/** Splits a comma/newline list, trimming entries and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Validates raw inputs (as `core.getInput` returns them: "" when unset).
 * `get(name)` returns the raw string for an input name.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const raw = (name: keyof typeof INPUT_DEFAULTS): string => {
    const v = get(name).trim();
    return v === "" ? INPUT_DEFAULTS[name] : v;
  };
  const candidate = {
    "github-token": get("github-token").trim(),
    path: raw("path"),
    config: raw("config"),
    comment: raw("comment").toLowerCase(),
    "fail-on": raw("fail-on"),
    "fail-scope": raw("fail-scope").toLowerCase(),
    sarif: get("sarif").trim(),
    "report-file": get("report-file").trim(),
    "comment-author": get("comment-author").trim(),
    "cache-dir": get("cache-dir").trim(),
    // YAML booleans as the runner passes them: true/True/TRUE, false/False/FALSE.
    cache: raw("cache").toLowerCase(),
  };
  const result = InputsSchema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? "input");
    const given = (candidate as Record<string, unknown>)[name];
    const shown = name === "github-token" ? "" : ` (got '${String(given)}')`;
    throw new InputError(`Input '${name}': ${issue?.message ?? "invalid value"}${shown}`);
  }
  const v = result.data;
  let failOnSpec: FailOnSpec;
  try {
    failOnSpec = parseFailOn(v["fail-on"]);
  } catch (error) {
    if (error instanceof FailOnError) throw new InputError(`Input '${error.message.replace(/^fail-on: /, "fail-on': ")}`);
    throw error;
  }
  if (splitList(v["fail-on"]).length === 0) throw new InputError("Input 'fail-on': must not be empty (use 'never' to never fail)");
  return {
    token: v["github-token"],
    path: v.path,
    config: v.config,
    configExplicit: v.config !== DEFAULT_CONFIG_PATH,
    comment: v.comment,
    failOn: v["fail-on"],
    failOnSpec,
    failScope: v["fail-scope"],
    sarif: v.sarif,
    reportFile: v["report-file"],
    commentAuthor: v["comment-author"],
    cacheDir: v["cache-dir"],
    cache: v.cache === "true",
  };
}

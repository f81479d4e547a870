/**
 * The `Config` the program reads (camelCase) and its defaults, apart from the zod schema (schema.ts) so that
 * an audit without a config file never loads zod: the CLI and the engine take DEFAULT_CONFIG from here.
 * tests/config checks that the schema gives exactly these defaults for an empty file.
 */
import type { FrameworkId } from "../core/types.js";
import type { CriterionId } from "../knowledge/matrix.js";
import type { RequirementId } from "../knowledge/usecases.js";

export const DEFAULT_CONFIG_PATH = ".github/ml-framework-audit.yml";
export const DEFAULT_MARGIN = 10;
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface Policy {
  /** Frameworks the project may use; undefined = any. */
  allowedFrameworks?: FrameworkId[];
  /** Feature IDs (features.md) the project must not use. */
  forbiddenFeatures: string[];
  /** Distributions / images (normalised names) the project must not declare. */
  forbiddenPackages: string[];
}

export interface IgnoreRule {
  id?: string;
  code?: string;
  /** Path globs; absent = everywhere. */
  paths?: string[];
}

/** Policy replacements for parts of the tree (e.g. a `legacy/` folder that may still use TensorFlow). */
export interface Override {
  paths: string[];
  policy: Partial<Policy>;
}

export interface Config {
  priorities: Partial<Record<CriterionId, number>>;
  targets: RequirementId[];
  margin: number;
  policy: Policy;
  include: string[];
  exclude: string[];
  ignore: IgnoreRule[];
  overrides: Override[];
  maxFileSize: number;
  /** Repo-relative path of the file this config was read from (not a YAML key); used as a finding location. */
  source?: string;
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  priorities: {},
  targets: [],
  margin: DEFAULT_MARGIN,
  policy: { forbiddenFeatures: [], forbiddenPackages: [] },
  include: [],
  exclude: [],
  ignore: [],
  overrides: [],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
}) as Config;

/**
 * The config file (.github/ml-framework-audit.yml) as a zod schema over the YAML's own (kebab-case) keys,
 * turned into the `Config` the rest of the program reads (camelCase; type and defaults in defaults.ts).
 * Documented key by key in docs/configuration.md.
 */
import { z } from "zod";
import { FRAMEWORK_IDS, type FrameworkId } from "../core/types.js";
import { CRITERION_IDS, type CriterionId } from "../knowledge/matrix.js";
import { REQUIREMENT_IDS, type RequirementId } from "../knowledge/usecases.js";
import { normalizeDistName } from "../knowledge/packages.js";

export {
  DEFAULT_CONFIG,
  DEFAULT_CONFIG_PATH,
  DEFAULT_MARGIN,
  DEFAULT_MAX_FILE_SIZE,
  type Config,
  type IgnoreRule,
  type Override,
  type Policy,
} from "./defaults.js";
import { DEFAULT_MARGIN, DEFAULT_MAX_FILE_SIZE, type Config, type Policy } from "./defaults.js";

const frameworkEnum = z.enum(FRAMEWORK_IDS as [FrameworkId, ...FrameworkId[]]);
const criterionEnum = z.enum(CRITERION_IDS as [CriterionId, ...CriterionId[]]);
const requirementEnum = z.enum(REQUIREMENT_IDS as [RequirementId, ...RequirementId[]]);
const glob = z.string().min(1, "a non-empty path glob");
const globs = z.array(glob);

const policyInput = z.strictObject({
  "allowed-frameworks": z.array(frameworkEnum).optional(),
  "forbidden-features": z.array(z.string().min(1)).optional(),
  "forbidden-packages": z.array(z.string().min(1)).optional(),
});

const ignoreInput = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, "a finding id such as unused-dependency").optional(),
    code: z.string().regex(/^MFA\d{3}$/, "a finding code such as MFA102").optional(),
    paths: globs.optional(),
  })
  .refine((r) => r.id !== undefined || r.code !== undefined, { message: "an `id` or a `code` (or both)" });

/** The file's shape, keys as the user writes them. */
export const ConfigFileSchema = z.strictObject({
  priorities: z.partialRecord(criterionEnum, z.number().int().min(0).max(5)).optional(),
  targets: z.array(requirementEnum).optional(),
  margin: z.number().min(0).max(100).optional(),
  policy: policyInput.optional(),
  include: globs.optional(),
  exclude: globs.optional(),
  ignore: z.array(ignoreInput).optional(),
  overrides: z.array(z.strictObject({ paths: globs.min(1), policy: policyInput })).optional(),
  "max-file-size": z.number().int().positive().optional(),
});

export type ConfigFile = z.infer<typeof ConfigFileSchema>;

function toPolicy(p: z.infer<typeof policyInput>): Partial<Policy> {
  const out: Partial<Policy> = {};
  if (p["allowed-frameworks"]) out.allowedFrameworks = [...new Set(p["allowed-frameworks"])];
  if (p["forbidden-features"]) out.forbiddenFeatures = [...new Set(p["forbidden-features"])];
  if (p["forbidden-packages"]) out.forbiddenPackages = [...new Set(p["forbidden-packages"].map(normalizeDistName))];
  return out;
}

/** Validated file -> Config, defaults filled in. */
export function toConfig(file: ConfigFile): Config {
  const policy = toPolicy(file.policy ?? {});
  return {
    priorities: { ...(file.priorities ?? {}) },
    targets: [...new Set(file.targets ?? [])],
    margin: file.margin ?? DEFAULT_MARGIN,
    policy: {
      ...(policy.allowedFrameworks ? { allowedFrameworks: policy.allowedFrameworks } : {}),
      forbiddenFeatures: policy.forbiddenFeatures ?? [],
      forbiddenPackages: policy.forbiddenPackages ?? [],
    },
    include: file.include ?? [],
    exclude: file.exclude ?? [],
    ignore: (file.ignore ?? []).map((r) => ({ ...r })),
    overrides: (file.overrides ?? []).map((o) => ({ paths: o.paths, policy: toPolicy(o.policy) })),
    maxFileSize: file["max-file-size"] ?? DEFAULT_MAX_FILE_SIZE,
  };
}

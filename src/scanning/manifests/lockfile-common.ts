/** Shared reading of TOML lock files with `[[package]] name / version` (poetry.lock, uv.lock). */
import type { ManifestContext } from "./index.js";
import { emptyResult, problem, type ManifestResult } from "./common.js";
import { isTable, parseTomlText } from "./pyproject.js";
import { normalizeDistName } from "../../knowledge/packages.js";

export function readTomlPackageLock(text: string, ctx: ManifestContext, what: string): ManifestResult {
  const result = emptyResult();
  const doc = parseTomlText(text, ctx.path, result);
  if (!doc) return result;
  const packages = doc.package;
  if (packages === undefined) return result;
  if (!Array.isArray(packages)) {
    problem(result, { kind: "parse-error", path: ctx.path, message: `${what}: "package" should be an array of tables` });
    return result;
  }
  for (const p of packages) {
    if (!isTable(p) || typeof p.name !== "string") continue;
    if (typeof p.version !== "string" || p.version === "") continue; // editable / virtual packages have no version
    result.locked.push({ path: ctx.path, normalizedName: normalizeDistName(p.name), version: p.version });
  }
  return result;
}

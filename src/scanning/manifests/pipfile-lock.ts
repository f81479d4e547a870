/** Pipfile.lock (JSON): `default` / `develop` maps of name -> { version: "==x" } -> resolved versions. */
import type { ManifestContext } from "./index.js";
import { emptyResult, errorMessage, problem, stripBom, type ManifestResult } from "./common.js";
import { isTable } from "./pyproject.js";
import { normalizeDistName } from "../../knowledge/packages.js";

export function readPipfileLock(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  let doc: unknown;
  try {
    doc = JSON.parse(stripBom(text));
  } catch (e) {
    problem(result, { kind: "parse-error", path: ctx.path, message: `invalid JSON: ${errorMessage(e)}` });
    return result;
  }
  if (!isTable(doc)) {
    problem(result, { kind: "parse-error", path: ctx.path, message: "Pipfile.lock should be a JSON object" });
    return result;
  }
  for (const section of ["default", "develop"]) {
    const deps = doc[section];
    if (!isTable(deps)) continue;
    for (const [name, info] of Object.entries(deps)) {
      if (!isTable(info) || typeof info.version !== "string") continue;
      const version = info.version.replace(/^===?\s*/, "").trim();
      if (version !== "") result.locked.push({ path: ctx.path, normalizedName: normalizeDistName(name), version });
    }
  }
  return result;
}

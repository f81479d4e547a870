/**
 * Dependency manifests: which files are manifests, and one reader per format. Every reader is a plain
 * function over the file's text; bad input becomes a ScanProblem, never an exception.
 */
import type { FileKind } from "../../core/types.js";
import { emptyResult, errorMessage, type ManifestResult } from "./common.js";
import { readRequirements } from "./requirements.js";
import { readPyproject } from "./pyproject.js";
import { readSetupCfg } from "./setup-cfg.js";
import { readSetupPy } from "./setup-py.js";
import { readPipfile } from "./pipfile.js";
import { readPipfileLock } from "./pipfile-lock.js";
import { readPixi } from "./pixi.js";
import { readCog } from "./cog.js";
import { readPoetryLock } from "./poetry-lock.js";
import { readUvLock } from "./uv-lock.js";
import { readConda } from "./conda.js";
import { readDockerfile } from "./dockerfile.js";
import { readPackageJson } from "./package-json.js";

export type { ManifestResult, ManifestDependency } from "./common.js";
export { manifestKind } from "./kind.js";

export interface ManifestContext {
  /** Repo-relative path of the file being read. */
  path: string;
  /** Read another repo file by repo-relative path (for `-r`/`-c` includes). Returns undefined when it is missing, unreadable or outside the scanned root. */
  readFile(relPath: string): string | undefined;
}

/** Read one manifest. Never throws: anything unexpected becomes a `parse-error` problem for the path. */
export function readManifest(kind: FileKind, text: string, ctx: ManifestContext): ManifestResult {
  try {
    switch (kind) {
      case "requirements":
        return readRequirements(text, ctx);
      case "pyproject":
        return readPyproject(text, ctx);
      case "setup-py":
        return readSetupPy(text, ctx);
      case "setup-cfg":
        return readSetupCfg(text, ctx);
      case "pipfile":
        return readPipfile(text, ctx);
      case "pipfile-lock":
        return readPipfileLock(text, ctx);
      case "pixi":
        return readPixi(text, ctx);
      case "cog":
        return readCog(text, ctx);
      case "conda":
        return readConda(text, ctx);
      case "dockerfile":
        return readDockerfile(text, ctx);
      case "package-json":
        return readPackageJson(text, ctx);
      case "poetry-lock":
        return readPoetryLock(text, ctx);
      case "uv-lock":
        return readUvLock(text, ctx);
      default:
        return emptyResult();
    }
  } catch (e) {
    const result = emptyResult();
    result.problems.push({ kind: "parse-error", path: ctx.path, message: `could not read ${kind} manifest: ${errorMessage(e)}` });
    return result;
  }
}

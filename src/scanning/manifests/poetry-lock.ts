/** poetry.lock: `[[package]] name = ..., version = ...` -> resolved versions. */
import type { ManifestContext } from "./index.js";
import type { ManifestResult } from "./common.js";
import { readTomlPackageLock } from "./lockfile-common.js";

export function readPoetryLock(text: string, ctx: ManifestContext): ManifestResult {
  return readTomlPackageLock(text, ctx, "poetry.lock");
}

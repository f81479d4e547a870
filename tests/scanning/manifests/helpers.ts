import { readManifest, type ManifestContext } from "../../../src/scanning/manifests/index.js";
import type { FileKind } from "../../../src/core/types.js";

/** A repository held in memory: path -> content. */
export function repoContext(path: string, files: Record<string, string> = {}): ManifestContext & { reads: string[] } {
  const reads: string[] = [];
  return {
    path,
    reads,
    readFile(rel: string) {
      reads.push(rel);
      return Object.prototype.hasOwnProperty.call(files, rel) ? files[rel] : undefined;
    },
  };
}

export function read(kind: FileKind, path: string, text: string, files: Record<string, string> = {}) {
  return readManifest(kind, text, repoContext(path, files));
}

/** 1-based line of the first line containing `needle` (to assert lines against the fixture text itself). */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  const lines = text.split(/\r\n|\n|\r/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? "").includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`fixture has no line containing ${needle}`);
}

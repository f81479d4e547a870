/**
 * Reading another file of the repository on behalf of a manifest (`-r other.txt` in a requirements file, a
 * conda `pip:` section, a Dockerfile's `pip install -r`), and the record of what was read. A file's facts then
 * depend on more than its own bytes: the facts cache (src/scanning/cache.ts) reuses them only while every file
 * they read still reads the same, which it checks with the same reader.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { isWithin } from "../core/paths.js";
import type { FileRead } from "../core/types.js";
import { decodeSource } from "./decode.js";
import { crypto } from "../core/on-demand.js";

/** Reads a repo-relative path as text; undefined when it is missing, unreadable, binary or outside the root. */
export type RepoReader = (rel: string) => string | undefined;

/** Largest file an include (`-r other.txt`) may pull in. */
export const MAX_INCLUDE_BYTES = 8 * 1024 * 1024;

/** Reads a repo-relative path for a manifest include, refusing anything outside the root. */
export function makeRepoReader(realRoot: string): RepoReader {
  return (rel) => {
    if (rel.includes("\0")) return undefined;
    const abs = join(realRoot, rel);
    try {
      const real = realpathSync(abs);
      if (!isWithin(realRoot, real)) return undefined;
      const st = statSync(real);
      if (!st.isFile() || st.size > MAX_INCLUDE_BYTES) return undefined;
      // an include is a requirements file (pip reads a UTF-16 one with a BOM too)
      const decoded = decodeSource(readFileSync(real), { utf16Bom: true });
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };
}

/** A digest of what a reader returned (null: nothing could be read). */
export function readDigest(text: string | undefined): string | null {
  return text === undefined ? null : crypto().createHash("sha1").update(text).digest("hex");
}

/** A reader that also records every path it was asked for, with a digest of the answer, in `reads`. */
export function recordingReader(read: RepoReader, reads: FileRead[]): RepoReader {
  return (rel) => {
    const text = read(rel);
    reads.push({ path: rel, digest: readDigest(text) });
    return text;
  };
}

/** Whether every recorded read still gives the same answer. */
export function readsUnchanged(reads: readonly FileRead[], read: RepoReader): boolean {
  for (const r of reads) if (readDigest(read(r.path)) !== r.digest) return false;
  return true;
}

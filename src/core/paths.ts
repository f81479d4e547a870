/**
 * Whether `target` is `root` itself or lies below it (both absolute, resolved as far as the caller needs).
 * `path.relative` then starts with no `..` segment and is not absolute (another drive on Windows). A name
 * that merely begins with two dots (`..data.py`) is inside: only a whole `..` segment leads out.
 */
import { isAbsolute, relative, sep } from "node:path";

export function isWithin(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

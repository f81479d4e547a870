/**
 * Which code a manifest governs. A manifest governs its project: its own folder and everything below, or, for
 * a manifest kept in a folder of manifests (`requirements/`, `docker/`, see MANIFEST_FOLDERS), that folder's
 * parent. A file of code is governed by the manifests of the nearest project that contains it: in a monorepo of
 * independent examples (pytorch/examples), `gcn/requirements.txt` says nothing about `distributed/FSDP2/`.
 */
import { MANIFEST_FOLDERS } from "../knowledge/layout.js";

/** The folder of a repo-relative `/`-separated path ("" for the root). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/** The project folder a manifest at `path` governs ("" for the whole repository). */
export function manifestScope(path: string): string {
  let dir = folderOf(path);
  while (dir !== "") {
    const name = dir.slice(dir.lastIndexOf("/") + 1).toLowerCase();
    if (!MANIFEST_FOLDERS.has(name)) break;
    dir = folderOf(dir);
  }
  return dir;
}

/**
 * The nearest of `scopes` that contains `path` (the folder itself or an ancestor), or undefined when none does.
 * `memo` keeps the answer per folder (the usages of a tree share few folders).
 */
export function governingScope(path: string, scopes: ReadonlySet<string>, memo: Map<string, string | null>): string | undefined {
  const start = folderOf(path);
  const known = memo.get(start);
  if (known !== undefined) return known ?? undefined;
  let dir = start;
  let found: string | null = null;
  for (;;) {
    if (scopes.has(dir)) {
      found = dir;
      break;
    }
    if (dir === "") break;
    dir = folderOf(dir);
  }
  memo.set(start, found);
  return found ?? undefined;
}

/**
 * Which code a manifest governs, for the findings that weigh declarations against code (MFA101, MFA102,
 * MFA201). A manifest governs its project: its own folder and everything below, or, for a manifest kept in a
 * folder of manifests (`requirements/`, `docker/`, see MANIFEST_FOLDERS), that folder's parent (also from
 * deeper down: `requirements/pytorch/base.txt`). A project
 * folder that holds no code at all (`docs/requirements.txt`) governs the whole repository. In a monorepo of
 * independent examples (pytorch/examples), `gcn/requirements.txt` says nothing about `distributed/FSDP2/`.
 */
import type { Facts, FileKind } from "../core/types.js";
import { ENVIRONMENT_FOLDERS, MANIFEST_FOLDERS } from "../knowledge/layout.js";
import { CODE_KINDS } from "./context.js";

/** The folder of a repo-relative `/`-separated path ("" for the root). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/** The project folder a manifest at `path` names by where it is ("" for the whole repository). */
export function manifestScope(path: string): string {
  let dir = folderOf(path);
  // Below an environment folder at any depth (`requirements/pytorch/base.txt`): the project around that folder.
  const parts = dir === "" ? [] : dir.split("/");
  const env = parts.findIndex((p) => ENVIRONMENT_FOLDERS.has(p.toLowerCase()));
  if (env >= 0) dir = parts.slice(0, env).join("/");
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
export function governingScope(path: string, scopes: ReadonlySet<string>, memo: Map<string, readonly string[]>): string | undefined {
  return containingScopes(path, scopes, memo, NONE)[0];
}

const NONE: readonly string[] = [];

/**
 * The project folders of a tree's manifests, given which files are code. A Dockerfile is usually built from the
 * root of the project it serves (`docker build -f utils/docker/Dockerfile .` in ultralytics/yolov5), and a
 * notebook's `%pip install` sets up the environment its project's code runs in: both govern the nearest
 * project, at or above their own folder, that another manifest defines, and the repository when there is none;
 * except a Dockerfile beside code files, in a repository with no manifest at its root: that folder is its
 * project (mlcommons/training's `large_language_model_pretraining/nemo/Dockerfile`, whose NeMo base image
 * provides Lightning to the code beside it, not to the other benchmarks).
 */
export class Projects {
  /** Every folder that holds code, at any depth below it. */
  private readonly codeFolders = new Set<string>();
  /** The folders that hold code files themselves. */
  private readonly ownCodeFolders = new Set<string>();
  /** The scopes of the manifests other than Dockerfiles. */
  private readonly projectRoots = new Set<string>();
  private readonly kinds: ReadonlyMap<string, FileKind>;
  private readonly scopes = new Map<string, string>();
  /** Projects with a manifest that computes part of its dependency list (FileFacts.partialDeclarations), and those manifests. */
  private readonly partialScopes = new Map<string, string[]>();

  constructor(kinds: ReadonlyMap<string, FileKind>, isCode: (kind: FileKind) => boolean, partialManifests: Iterable<string> = []) {
    this.kinds = kinds;
    for (const [path, kind] of kinds) {
      if (!isCode(kind)) continue;
      let dir = folderOf(path);
      this.ownCodeFolders.add(dir);
      while (!this.codeFolders.has(dir)) {
        this.codeFolders.add(dir);
        if (dir === "") break;
        dir = folderOf(dir);
      }
    }
    for (const [path, kind] of kinds) if (!isCode(kind) && kind !== "dockerfile" && kind !== "artifact") this.projectRoots.add(this.scopeOf(path));
    for (const path of partialManifests) {
      const scope = this.scopeOf(path);
      const paths = this.partialScopes.get(scope);
      if (paths) paths.push(path);
      else this.partialScopes.set(scope, [path]);
    }
  }

  /** Whether a manifest of the project `scope` computes part of its dependency list: its declarations may be incomplete. */
  isPartial(scope: string): boolean {
    return this.partialScopes.has(scope);
  }

  /** The manifests computing part of their dependency list whose projects contain the file at `path`. */
  partialManifestsOver(path: string): string[] {
    const out: string[] = [];
    for (const [scope, paths] of this.partialScopes) if (scope === "" || path.startsWith(`${scope}/`)) out.push(...paths);
    return out;
  }

  /** The project folder the manifest at `path` governs. */
  scopeOf(path: string): string {
    let scope = this.scopes.get(path);
    if (scope === undefined) {
      scope = manifestScope(path);
      const kind = this.kinds.get(path);
      if (kind === "dockerfile" || kind === "notebook") {
        const own = scope;
        while (scope !== "" && !this.projectRoots.has(scope)) scope = folderOf(scope);
        // No manifest defines a project around it, the repository's root included: a Dockerfile kept beside code
        // governs that code (a monorepo of independent benchmarks, each folder with its own Dockerfile), not the
        // whole repository. One in a folder of its own (`tools/docker/Dockerfile`) still serves the repository.
        if (scope === "" && !this.projectRoots.has("") && kind === "dockerfile" && own !== "" && own === folderOf(path) && this.ownCodeFolders.has(own)) scope = own;
      } else if (!this.codeFolders.has(scope)) scope = "";
      this.scopes.set(path, scope);
    }
    return scope;
  }
}

const projectsByKinds = new WeakMap<ReadonlyMap<string, FileKind>, Projects>();

/** The Projects of an analysis context (built once per context, from its file kinds and facts). */
export function projectsOf(ctx: { kinds: ReadonlyMap<string, FileKind>; facts: Facts }): Projects {
  let p = projectsByKinds.get(ctx.kinds);
  if (!p) {
    const partial = ctx.facts.files.filter((f) => f.partialDeclarations === true).map((f) => f.path);
    projectsByKinds.set(ctx.kinds, (p = new Projects(ctx.kinds, (k) => CODE_KINDS.has(k), partial)));
  }
  return p;
}

/**
 * The folders of `scopes` that contain `path`, nearest first; when none does, `fallback` (the code belongs to no
 * project: the repository's declarations as a whole stand for it). Memoized per folder.
 */
export function containingScopes(path: string, scopes: ReadonlySet<string>, memo: Map<string, readonly string[]>, fallback: readonly string[]): readonly string[] {
  const start = folderOf(path);
  let out = memo.get(start);
  if (out) return out;
  const found: string[] = [];
  let dir = start;
  for (;;) {
    if (scopes.has(dir)) found.push(dir);
    if (dir === "") break;
    dir = folderOf(dir);
  }
  out = found.length ? found : fallback;
  memo.set(start, out);
  return out;
}

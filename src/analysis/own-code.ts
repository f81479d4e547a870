/**
 * Where a repository's own code lives, for choosing the place that best shows a package or feature in use
 * (a framework's "first at", MFA101/MFA103's first place, a feature's first witness). Three ranks:
 *
 * 0. code in a package the repository builds: the folder right below a `src/` folder at any depth
 *    (`src/peft/` in huggingface/peft, `tabular/src/autogluon/` in autogluon's monorepo, namespace packages
 *    included), or, without such a src layout, a folder at the root with an `__init__.py` (`ts/` in
 *    pytorch/serve, `models/` in ultralytics/yolov5), or the sub-package of a root namespace package that a
 *    manifest builds by that name (`megatron/core/` of NVIDIA/Megatron-LM's megatron-core: `megatron/` has
 *    no `__init__.py`);
 * 1. other code of the project (root scripts, folders without `__init__.py`, and notebooks anywhere outside
 *    rank 2: a notebook is never a module of the package it sits in, as tensorflow/ranking's
 *    tensorflow_ranking/datasets/rd_suite/RD_Suite_Eval_Script.ipynb is not);
 * 2. code around the project: docs, tests, examples, benchmarks, scripts (isAuxiliaryCodePath), also inside a
 *    package (`src/pkg/tests/`).
 *
 * Path order alone named huggingface/peft's PyTorch "first at method_comparison/MetaMathQA/run.py" and
 * pytorch/serve's at kubernetes/kserve/..., folders that sort before the package and hold no package.
 */
import { isAuxiliaryFolder, isTestFileName } from "../knowledge/layout.js";

const IDENT = /^[A-Za-z_]\w*$/;

export class OwnCode {
  /** Package folders with their trailing `/`. */
  private readonly roots: string[];

  private constructor(roots: Iterable<string>) {
    this.roots = [...new Set(roots)].sort();
  }

  /** No package known: ranks 1 and 2 only. */
  static readonly NONE = new OwnCode([]);

  /**
   * The package folders among repo-relative `/`-separated paths of scanned files. `distributions`: the names
   * the repository's manifests give the distributions they build (FileFacts.provides); when a package folder
   * is named like one of them, only such folders count (pytorch/torchtune's torchtune/, not recipes/ beside it).
   */
  static fromPaths(paths: Iterable<string>, distributions: Iterable<string> = []): OwnCode {
    const atRoot: string[] = [];
    const belowSrc: string[] = [];
    /** Folders two deep with an `__init__.py` (`megatron/core`), candidates for a namespace package's part. */
    const second: string[] = [];
    const packages = new Set<string>();
    for (const path of paths) {
      if (!path.endsWith("/__init__.py")) continue;
      const parts = path.split("/");
      packages.add(path.slice(0, -"/__init__.py".length));
      if (parts.length === 3) second.push(`${parts[0]}/${parts[1]}`);
      let root: string | undefined;
      let src = false;
      // (a negative start would count from the end: `src/__init__.py` has no folder below src/)
      const at = parts.length >= 3 ? parts.lastIndexOf("src", parts.length - 3) : -1;
      if (at >= 0) {
        root = parts.slice(0, at + 2).join("/");
        src = true;
      } else if (parts.length === 2) root = parts[0];
      if (root === undefined || !IDENT.test(root.slice(root.lastIndexOf("/") + 1))) continue;
      if (isAuxiliaryFolder(root)) continue;
      (src ? belowSrc : atRoot).push(`${root}/`);
    }
    const names = new Set<string>();
    for (const d of distributions) names.add(d.trim().replace(/[-.]+/g, "_").toLowerCase());
    // A part of a namespace package (its parent folder has no `__init__.py`) counts only when a manifest builds
    // it by name: two-deep packages are otherwise tools' and configs' folders as often as a project's code.
    const namespaced = second
      .filter((f) => !packages.has(f.slice(0, f.indexOf("/"))) && !isAuxiliaryFolder(f) && names.has(f.replace("/", "_").toLowerCase()))
      .map((f) => `${f}/`);
    // A `src/` folder inside a root package is part of it (keras-team/keras' keras/src/, Megatron-LM's
    // megatron/core/distributed/fsdp/src/). With a src layout the distribution is built from src/; packages
    // beside it (huggingface/peft's method_comparison/) are the repository's tooling.
    const enclosing = [...atRoot, ...namespaced];
    const layout = belowSrc.filter((r) => !enclosing.some((p) => r.startsWith(p)));
    const roots = layout.length > 0 ? layout : enclosing;
    const named = roots.filter((r) => namespaced.includes(r) || names.has(r.slice(r.lastIndexOf("/", r.length - 2) + 1, -1).toLowerCase()));
    return new OwnCode(named.length > 0 ? named : roots);
  }

  /** The package folders (for tests and traces). */
  get packages(): readonly string[] {
    return this.roots;
  }

  /**
   * The import names of the packages (`src/nncf/` -> `nncf`, `tabular/src/autogluon/` -> `autogluon`,
   * `megatron/core/` -> `megatron.core`, `src/` itself -> `src`).
   */
  get importNames(): readonly string[] {
    return this.roots.map((root) => {
      const parts = root.slice(0, -1).split("/");
      // (a negative start would count from the end: `src/` itself has no folder above it)
      const src = parts.length >= 2 ? parts.lastIndexOf("src", parts.length - 2) : -1;
      return parts.slice(src + 1).join(".");
    });
  }

  /** The rank of a folder's files by the folder alone: asked for every import and usage offered as a first place. */
  private readonly byFolder = new Map<string, 0 | 1 | 2>();

  /** 0: in a package the repository builds; 1: other own code; 2: code around the project (isAuxiliaryCodePath). */
  rank(path: string): 0 | 1 | 2 {
    const slash = path.lastIndexOf("/");
    if (isTestFileName(path.slice(slash + 1))) return 2;
    const folder = slash > 0 ? path.slice(0, slash) : "";
    let r = this.byFolder.get(folder);
    if (r === undefined) {
      const inside = `${folder}/`;
      r = folder !== "" && isAuxiliaryFolder(folder) ? 2 : this.roots.some((root) => inside.startsWith(root)) ? 0 : 1;
      this.byFolder.set(folder, r);
    }
    return r === 0 && path.endsWith(".ipynb") ? 1 : r;
  }
}

/**
 * Each file's declarations of a compared framework with their pins, as the version checks judge them: MFA201
 * (a feature newer than every allowed release) and MFA301 (a deprecation newer than every pin). Built once per
 * framework and analysis context.
 */
import type { DeclaredDependency } from "../core/types.js";
import type { AnalysisContext } from "./context.js";
import { frameworkOfDeclared } from "./frameworks.js";
import { projectsOf } from "./scope.js";
import { frameworkPins, type FrameworkPin } from "./versions.js";

/** A file's declarations of one framework. */
export interface DeclaringFile {
  path: string;
  /**
   * The project folder the file governs (src/analysis/scope.ts), or, for a notebook, the notebook itself: its
   * `%pip install tensorflow==2.3.0` sets up its own kernel, not the code beside it (tensorflow/probability's
   * release notebook for TFP 0.11 judged 128 uses of jit_compile across the repository).
   */
  scope: string;
  /** A notebook: it governs only its own code. */
  own?: true;
  /**
   * The declarations the file is judged by (a Dockerfile that pip-installs the framework by that line, not by its
   * base image), and their pins (undefined: unpinned or unreadable).
   */
  judged: DeclaredDependency[];
  pins: (FrameworkPin | undefined)[];
}

const memo = new WeakMap<AnalysisContext, Map<string, readonly DeclaringFile[]>>();

/** The files that declare `framework`, in path order. */
export function declaringFiles(ctx: AnalysisContext, framework: string): readonly DeclaringFile[] {
  let perFramework = memo.get(ctx);
  if (!perFramework) memo.set(ctx, (perFramework = new Map()));
  let files = perFramework.get(framework);
  if (files) return files;
  const pinOf = new Map<DeclaredDependency, FrameworkPin>(frameworkPins(ctx.declared).map((p) => [p.dep, p]));
  const projects = projectsOf(ctx);
  const perFile = new Map<string, DeclaredDependency[]>();
  for (const d of ctx.declared) {
    if (frameworkOfDeclared(d) !== framework) continue;
    if (!perFile.has(d.path)) perFile.set(d.path, []);
    perFile.get(d.path)!.push(d);
  }
  files = [...perFile]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, decls]) => {
      const judged = decls.some((d) => d.ecosystem !== "docker") ? decls.filter((d) => d.ecosystem !== "docker") : decls;
      const own = ctx.kinds.get(path) === "notebook";
      return { path, scope: own ? path : projects.scopeOf(path), ...(own ? { own: true as const } : {}), judged, pins: judged.map((d) => pinOf.get(d)) };
    });
  perFramework.set(framework, files);
  return files;
}

/**
 * Whether places run on a framework release from before a change: the project that governs each place pins the
 * framework, in every one of its declarations, below the release that deprecated or removed something. MFA301
 * (a deprecated API: karpathy/llama2.c pins `torch==2.0.1` and uses torch.cuda.amp.GradScaler, whose replacement
 * is newer than the pin) and MFA302 (a removed package: hojonathanho/diffusion pins `tensorflow==1.15.0` with
 * `tensorflow-estimator==1.15.1`) then say that the code runs as written there and the change belongs with the
 * upgrade.
 */
import { FRAMEWORK_NAMES } from "../../core/names.js";
import type { DeclaredDependency } from "../../core/types.js";
import type { DeprecationStatus, FrameworkRelease } from "../../knowledge/deprecations.js";
import type { AnalysisContext } from "../context.js";
import { declaringFiles } from "../framework-declarations.js";
import { governingScope } from "../scope.js";
import { pinAllowsAtLeast, type FrameworkPin } from "../versions.js";
import { plural } from "./common.js";


/** A project folder's declarations of one framework (declaringFiles: notebooks set up only themselves, left out). */
interface PinnedProject {
  pins: (FrameworkPin | undefined)[];
  decls: DeclaredDependency[];
}

/** The projects that declare each framework, and which of them governs a path; built on first use. */
export class FrameworkProjects {
  private readonly byFramework = new Map<string, { scopes: Map<string, PinnedProject>; folders: Set<string>; memo: Map<string, readonly string[]> }>();
  constructor(private readonly ctx: AnalysisContext) {}

  private of(framework: string) {
    let entry = this.byFramework.get(framework);
    if (entry) return entry;
    const scopes = new Map<string, PinnedProject>();
    for (const file of declaringFiles(this.ctx, framework)) {
      if (file.own) continue;
      const project = scopes.get(file.scope) ?? { pins: [], decls: [] };
      project.decls.push(...file.judged);
      project.pins.push(...file.pins);
      scopes.set(file.scope, project);
    }
    entry = { scopes, folders: new Set(scopes.keys()), memo: new Map() };
    this.byFramework.set(framework, entry);
    return entry;
  }

  /** The project that governs `path` when every one of its declarations pins a release below `version`. */
  below(path: string, framework: string, version: string): PinnedProject | undefined {
    const { scopes, folders, memo } = this.of(framework);
    const scope = governingScope(path, folders, memo);
    const project = scope === undefined ? undefined : scopes.get(scope);
    if (!project || project.pins.some((pin) => pin === undefined || pinAllowsAtLeast(pin, version) !== false)) return undefined;
    return project;
  }
}

/**
 * The sentence a finding adds when every place runs on a release from before the change (FrameworkProjects.below),
 * naming the first place's project and a pin of it (one in the first place's file if there is one); "" otherwise. `runs` says what still works there ("the code runs
 * as written"); a removed thing blocks the upgrade, a deprecated one only asks for it.
 */
export function pinnedBelowNote(from: FrameworkRelease | undefined, status: DeprecationStatus, hits: readonly { path: string }[], projects: FrameworkProjects, runs: string): string {
  if (!from || hits.length === 0) return "";
  let first: PinnedProject | undefined;
  for (const h of hits) {
    const project = projects.below(h.path, from.framework, from.version);
    if (!project) return "";
    first ??= project;
  }
  // the pin in the first place's own file when it has one (a removed package's declaration beside TensorFlow's)
  const at = Math.max(0, first!.decls.findIndex((x) => x.path === hits[0]!.path));
  const d = first!.decls[at]!;
  const pin = first!.pins[at]!;
  // as the text report shows a declaration; a version from a lock file says so
  const shown = pin.source === "lock" ? `\`${d.name}==${pin.version}\` (from the lock file)` : `\`${d.ecosystem === "docker" ? `${d.name}:${d.specifier}` : `${d.name} ${d.specifier.trim()}`}\``;
  const more = first!.decls.length > 1 ? ` and ${plural(first!.decls.length - 1, "more declaration")}` : "";
  const tail = status === "removed" ? `moving to ${from.version} or later needs this change first` : "the replacement may need a newer release: this is for the upgrade";
  return ` The project pins ${FRAMEWORK_NAMES[from.framework]} below ${from.version} (${shown} in ${d.path}${more}), where ${runs}; ${tail}.`;
}

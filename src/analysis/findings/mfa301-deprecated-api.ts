/**
 * MFA301 deprecated-api: calls/imports of deprecated, removed or maintenance-mode framework APIs. When every
 * place is in a project whose declarations all pin the framework below the release that deprecated or removed
 * the API (karpathy/llama2.c: `torch==2.0.1` and torch.cuda.amp.GradScaler, whose replacement
 * torch.amp.GradScaler("cuda") is newer than that pin), the message says the code runs as written there and
 * the change belongs with the upgrade.
 */
import type { DeclaredDependency, Finding } from "../../core/types.js";
import { DEPRECATED_APIS, type DeprecatedApi } from "../../knowledge/deprecations.js";
import { DottedIndex, type AnalysisContext, type LocatedUsage } from "../context.js";
import { declaringFiles } from "../framework-declarations.js";
import { governingScope } from "../scope.js";
import { pinAllowsAtLeast, type FrameworkPin } from "../versions.js";
import { finding, leadLocations, plural, type AnalysisState } from "./common.js";

const NAME = { pytorch: "PyTorch", tensorflow: "TensorFlow" } as const;

/** A project folder's declarations of one framework (declaringFiles: notebooks set up only themselves, left out). */
interface PinnedProject {
  pins: (FrameworkPin | undefined)[];
  decls: DeclaredDependency[];
}

/** The projects that declare each framework, and which of them governs a path; built on first use. */
class FrameworkProjects {
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

/** The sentence MFA301 adds when every place runs on a release from before the change (FrameworkProjects.below). */
function pinnedBelowNote(api: DeprecatedApi, hits: readonly { path: string }[], projects: FrameworkProjects): string {
  const from = api.from;
  if (!from || hits.length === 0) return "";
  let first: PinnedProject | undefined;
  for (const h of hits) {
    const project = projects.below(h.path, from.framework, from.version);
    if (!project) return "";
    first ??= project;
  }
  const d = first!.decls[0]!;
  const pin = first!.pins[0]!;
  // as the text report shows a declaration; a version from a lock file says so
  const shown = pin.source === "lock" ? `\`${d.name}==${pin.version}\` (from the lock file)` : `\`${d.ecosystem === "docker" ? `${d.name}:${d.specifier}` : `${d.name} ${d.specifier.trim()}`}\``;
  const more = first!.decls.length > 1 ? ` and ${plural(first!.decls.length - 1, "more declaration")}` : "";
  const tail = api.status === "removed" ? `moving to ${from.version} or later needs this change first` : "the replacement may need a newer release: this is for the upgrade";
  return ` The project pins ${NAME[from.framework]} below ${from.version} (${shown} in ${d.path}${more}), where the code runs as written; ${tail}.`;
}

type Hit = { path: string; line: number; cell?: number; column?: number };

/** A name equal to one of the deprecated references or under it (underRef of any `refs` entry). */
const UNDER_ANY_REF = new RegExp(`^(?:${DEPRECATED_APIS.flatMap((api) => api.refs ?? []).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:\\.|$)`);

export function deprecatedApis({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  const projects = new FrameworkProjects(ctx);
  // Only the usages under some reference are indexed (a few among many): the index keeps their relative
  // order, which is all the hits' order depends on.
  const candidates = ctx.usages.filter((u) => !u.derived && u.matched !== undefined && UNDER_ANY_REF.test(u.matched));
  const usagesByName = new DottedIndex<LocatedUsage>((u) => u.matched, candidates);
  for (const api of DEPRECATED_APIS) {
    const hits: Hit[] = [];
    const names = new Set<string>();
    for (const ref of api.refs ?? []) {
      for (const u of usagesByName.under(ref, names)) hits.push(u);
      for (const i of ctx.importIndex.under(ref, names)) hits.push(i);
    }
    if (api.detail) {
      for (const u of ctx.byFeature.get(api.detail.feature)?.all ?? []) {
        // The message names the argument that matched, not the call's other arguments.
        const m = api.detail.pattern.exec(u.detail ?? "");
        if (!m) continue;
        hits.push(u);
        names.add(m[0]);
      }
    }
    if (hits.length === 0) continue;
    const locs = leadLocations(hits, ctx.ownCode);
    const shown = [...names].sort().slice(0, 3);
    const verb = api.status === "removed" ? "was removed in" : api.status === "maintenance" ? "is in maintenance mode:" : api.status === "renamed" ? "was renamed in" : "is deprecated since";
    out.push(
      finding(
        "MFA301",
        api.id,
        `${shown.map((n) => `\`${n}\``).join(", ")} (${plural(locs.length, "place")}): ${api.title} ${verb} ${api.since}. Use ${api.replacement}. ${api.note}${pinnedBelowNote(api, hits, projects)}`,
        locs,
        api.source,
      ),
    );
  }
  return out;
}

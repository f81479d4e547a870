/**
 * MFA201 version-too-old: the code uses a feature that no version allowed by a declaration provides. A usage is
 * judged by the declarations of the project that contains it (src/analysis/scope.ts): in a monorepo, one
 * project's old pin is not a problem of another project's code.
 */
import { FRAMEWORK_NAMES } from "../../core/names.js";
import type { Finding, Location } from "../../core/types.js";
import { VERSION_RULES, type VersionRule } from "../../knowledge/versions.js";
import type { FeatureUsages, LocatedUsage } from "../context.js";
import { declaringFiles, type DeclaringFile } from "../framework-declarations.js";
import { governingScope } from "../scope.js";
import { pinAllowsAtLeast } from "../versions.js";
import { at, finding, locations, locationsAfter, plural, toLocation, type AnalysisState } from "./common.js";

/** Manifests a message names when several of one project are too old (the locations list them all). */
const MAX_LISTED = 3;

function usagesFor(rule: VersionRule, byFeature: ReadonlyMap<string, FeatureUsages>): LocatedUsage[] {
  const all = byFeature.get(rule.feature)?.all ?? [];
  const match = rule.match;
  // A usage the code reaches only after checking the version or the attribute (FeatureUsage.guarded) copes with
  // an older release.
  if (!match) return all.filter((u) => !u.derived && u.guarded !== true);
  // A feature's usages mostly repeat the same name and detail one after the other: the answer for the previous
  // usage is reused for them (a pattern without the g or y flag answers by the text alone).
  const reuse = !match.global && !match.sticky;
  let last: { matched: string; detail: string; ok: boolean } | undefined;
  return all.filter((u) => {
    if (u.derived || u.guarded === true) return false;
    const matched = u.matched ?? "";
    const detail = u.detail ?? "";
    if (!reuse || last === undefined || last.matched !== matched || last.detail !== detail) last = { matched, detail, ok: match.test(matched) || match.test(detail) };
    return last.ok;
  });
}

/** What a message shows of a file (the same for every rule), built when a rule first finds it too old. */
const shownCache = new WeakMap<DeclaringFile, { text: string; locs: Location[] }>();

function shownOf(file: DeclaringFile): { text: string; locs: Location[] } {
  const cached = shownCache.get(file);
  if (cached) return cached;
  const { judged, pins } = file;
  const text = judged
    .map((d, i) => {
      const pin = pins[i];
      return `\`${d.name}${pin?.source === "docker-tag" || pin?.source === "docker-image" ? `:${d.specifier}` : pin?.source === "lock" ? `==${pin.version}` : d.specifier}\``;
    })
    .join(", ");
  const fromLock = pins.some((p) => p?.source === "lock");
  const shown = { text: fromLock ? `${text} (version from the lock file)` : text, locs: judged.map(toLocation) };
  shownCache.set(file, shown);
  return shown;
}

export function versionTooOld({ ctx }: AnalysisState): Finding[] {
  const out: Finding[] = [];
  // Each rule reads only its feature's usages (indexed in the context) and its framework's declarations
  // (declaringFiles), so the cost stays linear in the tree (a large monorepo has thousands of declaring files).
  const byFeature = ctx.byFeature;
  // Whether a file allows a new enough version depends on the framework and the minimum only, and rules share
  // minimums: the files are judged once per (framework, minimum). A declaration that allows (or may allow:
  // unpinned / unreadable) a new enough version clears its file.
  const tooOld = new Map<string, DeclaringFile[]>();
  const tooOldFiles = (framework: string, since: string) => {
    const key = `${framework}\u0000${since}`;
    let files = tooOld.get(key);
    if (!files) {
      files = declaringFiles(ctx, framework).filter((f) => f.pins.every((pin) => pin !== undefined && pinAllowsAtLeast(pin, since) === false));
      tooOld.set(key, files);
    }
    return files;
  };
  // The project folders that declare each framework, and which of them governs each folder of code; and the
  // notebooks that declare it, each governing itself.
  const scopes = new Map<string, { folders: Set<string>; notebooks: Set<string>; memo: Map<string, readonly string[]> }>();
  const scopesOf = (framework: string) => {
    let entry = scopes.get(framework);
    if (!entry) {
      const files = declaringFiles(ctx, framework);
      entry = { folders: new Set(files.filter((f) => !f.own).map((f) => f.scope)), notebooks: new Set(files.filter((f) => f.own).map((f) => f.path)), memo: new Map() };
      scopes.set(framework, entry);
    }
    return entry;
  };
  for (const rule of VERSION_RULES) {
    const uses = usagesFor(rule, byFeature);
    if (uses.length === 0) continue;
    const files = tooOldFiles(rule.framework, rule.since);
    if (files.length === 0) continue;
    // The usages each too-old file's project governs.
    const { folders, notebooks, memo } = scopesOf(rule.framework);
    const governed = new Map<string, LocatedUsage[]>();
    // a file's usages come together: its project is looked up once
    let lastPath: string | undefined;
    let list: LocatedUsage[] | undefined;
    for (const u of uses) {
      if (u.path !== lastPath) {
        lastPath = u.path;
        const scope = notebooks.has(u.path) ? u.path : governingScope(u.path, folders, memo);
        list = scope === undefined ? undefined : governed.get(scope);
        if (scope !== undefined && !list) governed.set(scope, (list = []));
      }
      list?.push(u);
    }
    // The first places of use, computed once per project: every file of that project lists the same ones (the
    // location records are shared; nothing changes a location once made).
    const places = new Map<string, { count: number; locs: Location[]; after: (first: readonly Location[]) => Location[] }>();
    const placesIn = (scope: string, list: LocatedUsage[]) => {
      let p = places.get(scope);
      if (!p) {
        const locs = locations(list, [], true);
        places.set(scope, (p = { count: list.length, locs, after: locationsAfter(locs) }));
      }
      return p;
    };
    // the part of the message that is the same for every file
    const head = `${rule.what} needs ${FRAMEWORK_NAMES[rule.framework]} >= ${rule.since}, but `;
    // One finding per project: the files of a project that are all too old are alternatives of one setup
    // (pytorch/serve pins torch per CUDA version in requirements/torch_cu101_linux.txt, torch_cu102_linux.txt,
    // ...: one finding per file made 33 of them for three features).
    const byScope = new Map<string, DeclaringFile[]>();
    for (const file of files) {
      if (!governed.has(file.scope)) continue;
      const same = byScope.get(file.scope);
      if (same) same.push(file);
      else byScope.set(file.scope, [file]);
    }
    for (const [scope, same] of byScope) {
      const p = placesIn(scope, governed.get(scope)!);
      const tail = `: no permitted version provides it. Used at ${at(p.locs[0])}${p.count > 1 ? ` and ${plural(p.count - 1, "more place")}` : ""}.`;
      const first = same[0]!;
      const manifests =
        same.length === 1
          ? `${first.path} allows only ${shownOf(first).text}`
          : `${same.length} manifests of this project allow only older versions: ${same
              .slice(0, MAX_LISTED)
              .map((f) => `${f.path} (${shownOf(f).text})`)
              .join(", ")}${same.length > MAX_LISTED ? ` and ${plural(same.length - MAX_LISTED, "more", "more")}` : ""}`;
      out.push(finding("MFA201", `${rule.id}:${first.path}`, `${head}${manifests}${tail}`, p.after(same.flatMap((f) => shownOf(f).locs)), rule.source));
    }
  }
  return out;
}

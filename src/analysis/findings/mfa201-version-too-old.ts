/** MFA201 version-too-old: the code uses a feature that no version allowed by a declaration provides. */
import type { DeclaredDependency, Finding } from "../../core/types.js";
import { VERSION_RULES, type VersionRule } from "../../knowledge/versions.js";
import type { LocatedUsage } from "../context.js";
import { frameworkOfDeclared } from "../frameworks.js";
import { frameworkPins, pinAllowsAtLeast, type FrameworkPin } from "../versions.js";
import { at, finding, locations, plural, toLocation, type AnalysisState } from "./common.js";

const NAME = { pytorch: "PyTorch", tensorflow: "TensorFlow" } as const;

function usagesFor(rule: VersionRule, byFeature: ReadonlyMap<string, readonly LocatedUsage[]>): LocatedUsage[] {
  return (byFeature.get(rule.feature) ?? []).filter((u) => {
    if (u.derived) return false;
    if (!rule.match) return true;
    return rule.match.test(u.matched ?? "") || rule.match.test(u.detail ?? "");
  });
}

export function versionTooOld({ ctx }: AnalysisState): Finding[] {
  const pins = frameworkPins(ctx.declared);
  const pinOf = new Map<DeclaredDependency, FrameworkPin>(pins.map((p) => [p.dep, p]));
  const out: Finding[] = [];
  // Indexed once: each rule reads only its feature's usages and its framework's declarations, so the cost
  // stays linear in the tree (a large monorepo has thousands of declaring files and usages).
  const byFeature = new Map<string, LocatedUsage[]>();
  for (const u of ctx.usages) {
    let list = byFeature.get(u.feature);
    if (!list) byFeature.set(u.feature, (list = []));
    list.push(u);
  }
  const perFramework = new Map<string, [string, DeclaredDependency[]][]>();
  const declaredOf = (framework: string) => {
    let files = perFramework.get(framework);
    if (files) return files;
    // Declarations of the framework, per file. A Dockerfile that pip-installs the framework is judged by that line.
    const perFile = new Map<string, DeclaredDependency[]>();
    for (const d of ctx.declared) {
      if (frameworkOfDeclared(d) !== framework) continue;
      if (!perFile.has(d.path)) perFile.set(d.path, []);
      perFile.get(d.path)!.push(d);
    }
    files = [...perFile].sort(([a], [b]) => (a < b ? -1 : 1));
    perFramework.set(framework, files);
    return files;
  };
  for (const rule of VERSION_RULES) {
    const uses = usagesFor(rule, byFeature);
    if (uses.length === 0) continue;
    // The first places of use, computed once per rule: every file's finding lists the same ones.
    const useLocs = locations(uses);
    for (const [path, decls] of declaredOf(rule.framework)) {
      const hasPip = decls.some((d) => d.ecosystem !== "docker");
      const judged = hasPip ? decls.filter((d) => d.ecosystem !== "docker") : decls;
      const verdicts = judged.map((d) => {
        const pin = pinOf.get(d);
        return { d, pin, ok: pin ? pinAllowsAtLeast(pin, rule.since) : null };
      });
      // any declaration that allows (or may allow: unpinned / unreadable) a new enough version clears the file
      if (verdicts.some((v) => v.ok !== false)) continue;
      const shown = verdicts.map((v) => `\`${v.d.name}${v.pin?.source === "docker-tag" || v.pin?.source === "docker-image" ? `:${v.d.specifier}` : v.pin?.source === "lock" ? `==${v.pin.version}` : v.d.specifier}\``).join(", ");
      const declLocs = verdicts.map((v) => toLocation(v.d));
      out.push(
        finding(
          "MFA201",
          `${rule.id}:${path}`,
          `${rule.what} needs ${NAME[rule.framework]} >= ${rule.since}, but ${path} allows only ${shown}${verdicts.some((v) => v.pin?.source === "lock") ? " (version from the lock file)" : ""}: no permitted version provides it. Used at ${at(useLocs[0])}${uses.length > 1 ? ` and ${plural(uses.length - 1, "more place")}` : ""}. Source: ${rule.source}`,
          locations(useLocs, declLocs),
        ),
      );
    }
  }
  return out;
}

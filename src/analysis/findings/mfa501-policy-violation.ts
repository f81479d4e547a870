/** MFA501 policy-violation: frameworks, features or packages the config's policy (and its overrides) forbid. */
import type { Finding, FrameworkId } from "../../core/types.js";
import type { Config, Policy } from "../../config/schema.js";
import { matchAny } from "../../config/glob.js";
import { frameworkOfImport } from "../../knowledge/packages.js";
import { imageName } from "../context.js";
import { frameworkOfDeclared, frameworksOfImport } from "../frameworks.js";
import { finding, locations, plural, type AnalysisState } from "./common.js";

/** The policy in force at a path: the global policy with every matching override applied in order. */
export function policyAt(config: Config, path: string): Policy {
  let p: Policy = config.policy;
  for (const o of config.overrides) {
    if (matchAny(path, o.paths)) p = { ...p, ...o.policy };
  }
  return p;
}

type Loc = { path: string; line: number; cell?: number };

export function policyViolations({ ctx }: AnalysisState): Finding[] {
  const cfg = ctx.config;
  const policies = [cfg.policy, ...cfg.overrides.map((o) => o.policy)];
  const out: Finding[] = [];
  // The policy of each path is worked out once: a file holds many imports and usages, and each override is
  // a glob match.
  const byPath = new Map<string, Policy>();
  const policyOf = (path: string): Policy => {
    let p = byPath.get(path);
    if (!p) byPath.set(path, (p = policyAt(cfg, path)));
    return p;
  };

  // Frameworks (tf.keras is TensorFlow; only standalone keras counts as Keras here).
  if (policies.some((p) => p.allowedFrameworks !== undefined)) {
    const hits = new Map<FrameworkId, Loc[]>();
    const add = (fw: FrameworkId, l: Loc) => {
      if (!hits.has(fw)) hits.set(fw, []);
      hits.get(fw)!.push(l);
    };
    for (const imp of ctx.imports) {
      for (const fw of frameworksOfImport(imp.module)) {
        if (fw === "keras" && frameworkOfImport(imp.module) === "keras" && imp.module.startsWith("tensorflow.")) continue;
        const allowed = policyOf(imp.path).allowedFrameworks;
        if (allowed && !allowed.includes(fw)) add(fw, imp);
      }
    }
    for (const d of ctx.declared) {
      const fw = frameworkOfDeclared(d);
      if (!fw) continue;
      const allowed = policyOf(d.path).allowedFrameworks;
      if (allowed && !allowed.includes(fw)) add(fw, d);
    }
    for (const [fw, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const allowedList = cfg.policy.allowedFrameworks ?? [];
      out.push(
        finding(
          "MFA501",
          `framework:${fw}`,
          `Framework \`${fw}\` is used (${plural(locs.length, "place")}) but the policy allows only ${allowedList.length ? allowedList.map((a) => `\`${a}\``).join(", ") : "the frameworks listed in its overrides"} here (policy.allowed-frameworks).`,
          locations(locs),
        ),
      );
    }
  }

  // Features.
  if (policies.some((p) => (p.forbiddenFeatures ?? []).length > 0)) {
    const hits = new Map<string, Loc[]>();
    for (const u of ctx.usages) {
      if (!policyOf(u.path).forbiddenFeatures.includes(u.feature)) continue;
      if (!hits.has(u.feature)) hits.set(u.feature, []);
      hits.get(u.feature)!.push(u);
    }
    for (const [feat, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out.push(finding("MFA501", `feature:${feat}`, `Feature \`${feat}\` is used (${plural(locs.length, "place")}) but policy.forbidden-features lists it.`, locations(locs, [], true)));
    }
  }

  // Packages.
  if (policies.some((p) => (p.forbiddenPackages ?? []).length > 0)) {
    const hits = new Map<string, Loc[]>();
    for (const d of ctx.declared) {
      const name = d.ecosystem === "docker" ? imageName(d) : d.normalizedName;
      if (!policyOf(d.path).forbiddenPackages.includes(name)) continue;
      if (!hits.has(name)) hits.set(name, []);
      hits.get(name)!.push(d);
    }
    for (const [name, locs] of [...hits].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out.push(finding("MFA501", `package:${name}`, `Package \`${name}\` is declared (${plural(locs.length, "place")}) but policy.forbidden-packages lists it.`, locations(locs, [], true)));
    }
  }
  return out;
}

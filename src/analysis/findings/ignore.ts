/**
 * Config `ignore`: a rule matches a finding by `id` and/or `code` (both must match when both are given).
 * Without `paths` the finding is dropped; with `paths` the locations under those globs are dropped, and the
 * finding only when none is left.
 */
import type { Finding } from "../../core/types.js";
import type { IgnoreRule } from "../../config/schema.js";
import { matchAny } from "../../config/glob.js";

function ruleMatches(rule: IgnoreRule, f: Finding): boolean {
  if (rule.id !== undefined && rule.id !== f.id) return false;
  if (rule.code !== undefined && rule.code !== f.code) return false;
  return rule.id !== undefined || rule.code !== undefined;
}

export function applyIgnores(findings: readonly Finding[], rules: readonly IgnoreRule[]): Finding[] {
  if (rules.length === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const matching = rules.filter((r) => ruleMatches(r, f));
    if (matching.length === 0) {
      out.push(f);
      continue;
    }
    if (matching.some((r) => r.paths === undefined)) continue;
    const globs = matching.flatMap((r) => r.paths ?? []);
    const kept = f.locations.filter((l) => !matchAny(l.path, globs));
    if (f.locations.length > 0 && kept.length === 0) continue;
    out.push(kept.length === f.locations.length ? f : { ...f, locations: kept });
  }
  return out;
}

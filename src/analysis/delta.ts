/** The PR delta: what the head introduces or removes relative to the base, by framework, feature and finding fingerprint. */
import type { Delta, FeatureId, Finding, FrameworkId, Report } from "../core/types.js";

export function findingKey(f: Finding): string {
  if (f.fingerprint) return f.fingerprint;
  const l = f.locations[0];
  return `${f.code}:${l ? l.path : ""}:${f.message}`;
}

export function computeDelta(base: Pick<Report, "frameworks" | "features" | "findings">, head: Pick<Report, "frameworks" | "features" | "findings">, baseRef: string): Delta {
  const fwBase = new Set<FrameworkId>(base.frameworks.map((f) => f.id));
  const fwHead = new Set<FrameworkId>(head.frameworks.map((f) => f.id));
  const ftBase = new Set<FeatureId>(base.features.map((f) => f.id));
  const ftHead = new Set<FeatureId>(head.features.map((f) => f.id));
  const fdBase = new Set(base.findings.map(findingKey));
  const fdHead = new Set(head.findings.map(findingKey));
  return {
    base: baseRef,
    added: {
      frameworks: head.frameworks.map((f) => f.id).filter((id) => !fwBase.has(id)),
      features: head.features.map((f) => f.id).filter((id) => !ftBase.has(id)),
      findings: head.findings.filter((f) => !fdBase.has(findingKey(f))),
    },
    removed: {
      frameworks: base.frameworks.map((f) => f.id).filter((id) => !fwHead.has(id)),
      features: base.features.map((f) => f.id).filter((id) => !ftHead.has(id)),
      findings: base.findings.filter((f) => !fdHead.has(findingKey(f))),
    },
  };
}

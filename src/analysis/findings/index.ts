/** All finding rules, in code order. Adding a finding = a module + a registry row + a line here. */
import { SEVERITY_ORDER, type Finding } from "../../core/types.js";
import type { AnalysisState, FindingRule } from "./common.js";
import { parseErrors } from "./mfa001-parse-error.js";
import { skippedFiles } from "./mfa002-skipped-file.js";
import { missingDependencies } from "./mfa101-missing-dependency.js";
import { unusedDependencies } from "./mfa102-unused-dependency.js";
import { missingOnDemandDependencies } from "./mfa103-missing-on-demand-dependency.js";
import { versionTooOld } from "./mfa201-version-too-old.js";
import { deprecatedApis } from "./mfa301-deprecated-api.js";
import { deprecatedPackages } from "./mfa302-deprecated-package.js";
import { hybridStack } from "./mfa401-hybrid-stack.js";
import { frameworkMismatch } from "./mfa402-framework-mismatch.js";
import { deploymentGaps } from "./mfa403-deployment-gap.js";
import { policyViolations } from "./mfa501-policy-violation.js";
import { applyIgnores } from "./ignore.js";

export const RULES: Readonly<Record<string, FindingRule>> = {
  MFA001: parseErrors,
  MFA002: skippedFiles,
  MFA101: missingDependencies,
  MFA102: unusedDependencies,
  MFA103: missingOnDemandDependencies,
  MFA201: versionTooOld,
  MFA301: deprecatedApis,
  MFA302: deprecatedPackages,
  MFA401: hybridStack,
  MFA402: frameworkMismatch,
  MFA403: deploymentGaps,
  MFA501: policyViolations,
};

export function sortFindings(findings: Finding[]): Finding[] {
  // The sort keys are built once per finding rather than in every comparison (a large tree has thousands).
  const keyed = findings.map((f) => {
    const l = f.locations[0];
    return { f, severity: SEVERITY_ORDER[f.severity], place: l ? `${l.path}\u0000${String(l.line).padStart(8, "0")}` : "", fingerprint: f.fingerprint ?? "" };
  });
  keyed.sort((a, b) => {
    const s = a.severity - b.severity;
    if (s) return s;
    if (a.f.code !== b.f.code) return a.f.code < b.f.code ? -1 : 1;
    if (a.place !== b.place) return a.place < b.place ? -1 : 1;
    return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
  });
  keyed.forEach((k, i) => (findings[i] = k.f));
  return findings;
}

/** Run every rule, apply config `ignore`, sort (severity, code, location). */
export function runFindings(state: AnalysisState): Finding[] {
  const all = Object.values(RULES).flatMap((rule) => rule(state));
  return sortFindings(applyIgnores(all, state.ctx.config.ignore));
}

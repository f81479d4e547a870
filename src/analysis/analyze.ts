/**
 * Facts + Config -> the analysed parts of the Report: frameworks, primary framework, features, fit (with
 * requirements, weighted criteria, scores, verdict, explanation, article corrections) and findings.
 * Pure: no I/O, same input -> same output.
 */
import type { Facts, Report } from "../core/types.js";
import type { Config } from "../config/schema.js";
import { buildContext, featureFramework } from "./context.js";
import { buildFeatures } from "./features.js";
import { computeFit } from "./fit.js";
import { buildFrameworks, codeEvidence, primaryOf } from "./frameworks.js";
import { runFindings } from "./findings/index.js";
import { outdatedNotes } from "./notes.js";
import { inferRequirements } from "./requirements.js";
import { buildUsageFiles } from "./usage-files.js";

export type AnalysisResult = Pick<Report, "frameworks" | "primaryFramework" | "features" | "fit" | "findings" | "usageFiles">;

export interface AnalyzeOptions {
  /** Also say where each framework and feature is used (AnalysisResult.usageFiles): only a delta needs it. */
  usageFiles?: boolean;
}

export function analyze(facts: Facts, config: Config, opts: AnalyzeOptions = {}): AnalysisResult {
  const ctx = buildContext(facts, config);
  const analysed = buildFrameworks(ctx);
  const primaryFramework = primaryOf(analysed, codeEvidence(ctx, analysed, featureFramework));
  const features = buildFeatures(ctx);
  const requirements = inferRequirements(ctx, features, analysed);
  const fit = computeFit({ frameworks: analysed, primary: primaryFramework, requirements, config, features });
  fit.outdatedNotes = outdatedNotes(ctx, analysed);
  const findings = runFindings({ ctx, frameworks: analysed, primaryFramework, features, fit });
  // The share's denominator is the same on every framework: the report keeps it out of each one.
  const frameworks = analysed.map(({ mlFiles: _, ...f }) => f);
  if (!opts.usageFiles) return { frameworks, primaryFramework, features, fit, findings };
  const usageFiles = buildUsageFiles(
    ctx,
    frameworks.map((f) => f.id),
    features.map((f) => f.id),
  );
  return { frameworks, primaryFramework, features, fit, findings, usageFiles };
}

/**
 * Display names for the stable IDs of the report (frameworks, criteria, requirements, verdicts).
 * Unknown IDs fall back to the ID itself; callers escape whatever they print.
 */
import { FRAMEWORK_NAMES } from "../core/names.js";
import type { ComparedFramework, Severity } from "../core/types.js";

export { FRAMEWORK_NAMES };

export function frameworkName(id: string): string {
  return (FRAMEWORK_NAMES as Record<string, string>)[id] ?? id;
}

export const COMPARED: readonly ComparedFramework[] = ["pytorch", "tensorflow"];

/** The article's criteria, in its order: long label (table) and short label (chart axis). */
export const CRITERIA: Readonly<Record<string, { label: string; short: string }>> = {
  "research-speed": { label: "Research & development speed", short: "Research" },
  "production-readiness": { label: "Production readiness", short: "Production" },
  "learning-curve": { label: "Learning curve (ease)", short: "Learning" },
  performance: { label: "Performance", short: "Performance" },
  ecosystem: { label: "Ecosystem", short: "Ecosystem" },
  community: { label: "Community", short: "Community" },
  "enterprise-support": { label: "Enterprise support", short: "Enterprise" },
};

export function criterionLabel(id: string): string {
  return CRITERIA[id]?.label ?? id;
}

export function criterionShort(id: string): string {
  return CRITERIA[id]?.short ?? id;
}

export const REQUIREMENTS: Readonly<Record<string, string>> = {
  research: "research & prototyping",
  "production-serving": "production serving",
  "mobile-edge": "mobile / edge deployment",
  tpu: "TPU training",
  gcp: "Google Cloud",
  "mlops-pipeline": "MLOps pipeline",
  "large-scale-training": "large-scale training",
  "legacy-tf-assets": "existing TensorFlow assets",
};

export function requirementLabel(id: string): string {
  return REQUIREMENTS[id] ?? id;
}

export const WEIGHT_SOURCES: Readonly<Record<string, string>> = {
  config: "config",
  inferred: "inferred",
  default: "default",
};

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "note" };
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: "🛑", warning: "⚠️", info: "ℹ️" };

/** How the comment cites its source for the stars (the article's title is a proper name). */
export const ARTICLE_CITATION = "“PyTorch vs TensorFlow 2025年最新比較” (Daily Hack, June 2025)";

/** Humanise a kebab-case finding id: `missing-dependency` -> `Missing dependency`. */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words === "" ? id : words[0]!.toUpperCase() + words.slice(1);
}

/** Plural helper: `plural(1, "finding")` -> "1 finding", `plural(2, "finding")` -> "2 findings". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : pluralWord}`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "0 B";
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

export function formatScore(n: number | undefined): string {
  return typeof n === "number" && Number.isFinite(n) ? String(Math.round(n)) : "–";
}

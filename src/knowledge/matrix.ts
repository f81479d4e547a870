/**
 * The article's decision matrix (section 意思決定マトリックス) as data: seven criteria, the stars it gives
 * each framework, and its pick. The importance column did not survive in the article's text, so the
 * weights come from the project (config `priorities`) or from the inferred requirements (src/analysis/fit.ts).
 */
import type { ComparedFramework } from "../core/types.js";

export type CriterionId =
  | "research-speed"
  | "production-readiness"
  | "learning-curve"
  | "performance"
  | "ecosystem"
  | "community"
  | "enterprise-support";

export const CRITERION_IDS: readonly CriterionId[] = [
  "research-speed",
  "production-readiness",
  "learning-curve",
  "performance",
  "ecosystem",
  "community",
  "enterprise-support",
];

export interface Criterion {
  id: CriterionId;
  /** The article's Japanese label. */
  ja: string;
  title: string;
  stars: Record<ComparedFramework, number>;
  /** The article's pick: a framework, "equal" or "depends" (用途次第). */
  pick: ComparedFramework | "equal" | "depends";
  source: string;
}

const SRC = "article §意思決定マトリックス";

export const MATRIX: readonly Criterion[] = [
  { id: "research-speed", ja: "研究開発速度", title: "Research & development speed", stars: { pytorch: 5, tensorflow: 3 }, pick: "pytorch", source: SRC },
  { id: "production-readiness", ja: "本番環境対応", title: "Production readiness", stars: { pytorch: 3, tensorflow: 5 }, pick: "tensorflow", source: SRC },
  { id: "learning-curve", ja: "学習曲線", title: "Learning curve (ease)", stars: { pytorch: 5, tensorflow: 3 }, pick: "pytorch", source: SRC },
  { id: "performance", ja: "パフォーマンス", title: "Performance", stars: { pytorch: 4, tensorflow: 4 }, pick: "equal", source: SRC },
  { id: "ecosystem", ja: "エコシステム", title: "Ecosystem", stars: { pytorch: 4, tensorflow: 5 }, pick: "depends", source: SRC },
  { id: "community", ja: "コミュニティ", title: "Community", stars: { pytorch: 5, tensorflow: 4 }, pick: "pytorch", source: SRC },
  { id: "enterprise-support", ja: "企業サポート", title: "Enterprise support", stars: { pytorch: 3, tensorflow: 5 }, pick: "tensorflow", source: SRC },
];

export const CRITERION_BY_ID: ReadonlyMap<CriterionId, Criterion> = new Map(MATRIX.map((c) => [c.id, c]));

export function isCriterionId(s: string): s is CriterionId {
  return (CRITERION_IDS as readonly string[]).includes(s);
}

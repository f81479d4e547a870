/**
 * Mermaid chart of the weighted score per criterion. Mermaid's `xychart-beta` stacks several `bar`
 * series on top of each other (one framework would hide the other), so PyTorch is the one `bar` series
 * and TensorFlow the one `line` series; the title says which is which (xychart has no legend).
 */
import type { CriterionReport } from "../core/types.js";
import { weighted } from "./common.js";
import { mermaidLabel } from "./escape.js";
import { criterionShort } from "./labels.js";

export interface ChartSeries {
  labels: string[];
  bar: number[];
  line: number[];
  max: number;
}

export function chartSeries(criteria: readonly CriterionReport[]): ChartSeries {
  const labels = criteria.map((c) => mermaidLabel(criterionShort(c.id)));
  const bar: number[] = [];
  const line: number[] = [];
  for (const c of criteria) {
    const w = weighted(c);
    bar.push(clean(w.pytorch));
    line.push(clean(w.tensorflow));
  }
  const max = Math.max(5, ...bar, ...line);
  return { labels, bar, line, max: Math.ceil(max / 5) * 5 };
}

function clean(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : 0;
}

/** The Mermaid source (without the fence), or undefined when there is nothing to draw. */
const PYTORCH_COLOUR = "#ee4c2c";
const TENSORFLOW_COLOUR = "#ff8f00";

export function mermaidChart(criteria: readonly CriterionReport[]): string | undefined {
  if (criteria.length === 0) return undefined;
  const s = chartSeries(criteria);
  if (s.bar.every((v) => v === 0) && s.line.every((v) => v === 0)) return undefined;
  const labels = s.labels.map((l) => `"${l}"`).join(", ");
  return [
    // The frameworks' own colours (PyTorch's red-orange bars, TensorFlow's amber line); the default theme
    // draws pale bars that are hard to tell from the background.
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PYTORCH_COLOUR}, ${TENSORFLOW_COLOUR}"}}}}%%`,
    "xychart-beta",
    `    title "Weighted score per criterion (bars: PyTorch, line: TensorFlow)"`,
    `    x-axis [${labels}]`,
    `    y-axis "weight x stars" 0 --> ${s.max}`,
    `    bar [${s.bar.join(", ")}]`,
    `    line [${s.line.join(", ")}]`,
  ].join("\n");
}

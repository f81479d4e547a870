/**
 * The JSON report (contracts.md "JSON report"): stable key order, 2-space indentation, trailing newline.
 * Keys named in the contract come first in the contract's order; any other key follows in alphabetical
 * order, so two runs over the same repository produce byte-identical output.
 */
import type { Report } from "../core/types.js";

/** Contract order of every key name used in the report (a key's meaning is the same wherever it appears). */
const KEY_ORDER = [
  // Report
  "schemaVersion", "tool", "root", "stats", "frameworks", "primaryFramework", "features", "fit", "findings", "delta",
  // stats
  "filesScanned", "bytesScanned", "durationMs",
  // findings start with code, then id; frameworks and features with id
  "code", "id", "framework", "imported", "importWitnesses", "declared", "witnesses", "count", "details",
  // locations and declared dependencies; tool (name, version)
  "path", "line", "cell", "column", "name", "version", "specifier", "resolvedVersion", "source", "group",
  // fit
  "requirements", "criteria", "scores", "verdict", "explanation", "favoured", "margin", "outdatedNotes", "recommendations",
  "weight", "pytorch", "tensorflow", "evidence", "weightSource", "weighted", "topic", "note",
  // findings
  "severity", "message", "locations", "helpUri", "fingerprint",
  // delta
  "base", "added", "removed",
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function orderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== "function");
  entries.sort(([a], [b]) => {
    const ra = RANK.get(a);
    const rb = RANK.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = orderKeys(v);
  return out;
}

/** The JSON report. `fit` and `delta` are always present (null when the report has none). */
export function renderJson(report: Report): string {
  const full = { ...report, fit: report.fit ?? null, delta: report.delta ?? null };
  return JSON.stringify(orderKeys(full), null, 2) + "\n";
}

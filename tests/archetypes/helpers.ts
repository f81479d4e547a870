/**
 * Shared helpers for the archetype tests: run the whole engine on a fixture repository and locate
 * the expected witnesses by searching the fixture's own files, so that editing a fixture moves the
 * expected line numbers with it (while each test still states explicitly WHAT it expects WHERE).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit } from "../../src/core/engine.js";
import type { FeatureReport, Finding, FrameworkId, FrameworkReport, Location, Report } from "../../src/core/types.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(HERE, "..", "fixtures");
export const EXAMPLES = join(HERE, "..", "..", "examples");

/** Audits a folder with the default configuration, exactly as `ml-framework-audit <root>` would. */
export async function auditRoot(root: string): Promise<Report> {
  return audit({ root, config: DEFAULT_CONFIG });
}

export function fixtureRoot(name: string): string {
  return join(FIXTURES, name);
}

/** The lines (1-based) of `file` (repo-relative, under `root`) containing `needle`. */
export function linesOf(root: string, file: string, needle: string): number[] {
  const lines = readFileSync(join(root, file), "utf8").split(/\r?\n/);
  const found: number[] = [];
  lines.forEach((text, i) => {
    if (text.includes(needle)) found.push(i + 1);
  });
  if (found.length === 0) throw new Error(`fixture ${file} no longer contains ${JSON.stringify(needle)}`);
  return found;
}

/** The single line of `file` containing `needle`; throws if it is missing or ambiguous. */
export function lineOf(root: string, file: string, needle: string): number {
  const found = linesOf(root, file, needle);
  if (found.length !== 1) {
    throw new Error(`${JSON.stringify(needle)} occurs on lines ${found.join(", ")} of ${file}: use a unique needle`);
  }
  return found[0]!;
}

/** The single line whose whole text (trimmed) equals `text`. */
export function exactLineOf(root: string, file: string, text: string): number {
  const lines = readFileSync(join(root, file), "utf8").split(/\r?\n/);
  const found = lines.flatMap((l, i) => (l.trim() === text ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`${JSON.stringify(text)} is on ${found.length} lines of ${file}`);
  return found[0]!;
}

interface NotebookJson {
  cells: { cell_type: string; source: string | string[] }[];
}

/** Where `needle` is in a notebook: the 0-based cell index and the 1-based line within that cell's source. */
export function cellLineOf(root: string, file: string, needle: string): { cell: number; line: number } {
  const nb = JSON.parse(readFileSync(join(root, file), "utf8")) as NotebookJson;
  const hits: { cell: number; line: number }[] = [];
  nb.cells.forEach((c, cell) => {
    const source = Array.isArray(c.source) ? c.source.join("") : c.source;
    source.split("\n").forEach((text, i) => {
      if (text.includes(needle)) hits.push({ cell, line: i + 1 });
    });
  });
  if (hits.length !== 1) throw new Error(`${JSON.stringify(needle)} found ${hits.length} times in ${file}`);
  return hits[0]!;
}

export function framework(report: Report, id: FrameworkId): FrameworkReport {
  const fw = report.frameworks.find((f) => f.id === id);
  if (!fw) throw new Error(`framework ${id} not in report (found: ${report.frameworks.map((f) => f.id).join(", ")})`);
  return fw;
}

export function feature(report: Report, id: string): FeatureReport {
  const f = report.features.find((x) => x.id === id);
  if (!f) throw new Error(`feature ${id} not in report (found: ${featureIds(report).join(", ")})`);
  return f;
}

export function featureIds(report: Report): string[] {
  return report.features.map((f) => f.id).sort();
}

export function frameworkIds(report: Report): string[] {
  return report.frameworks.map((f) => f.id).sort();
}

export function findingsOf(report: Report, code: string): Finding[] {
  return report.findings.filter((f) => f.code === code);
}

/** Locations reduced to path/line/cell, for exact comparisons that ignore optional columns. */
export function places(locations: readonly Location[]): { path: string; line: number; cell?: number }[] {
  return locations.map((l) => (l.cell === undefined ? { path: l.path, line: l.line } : { path: l.path, line: l.line, cell: l.cell }));
}

/** True when some finding of `code` has a location at path:line. */
export function hasFindingAt(report: Report, code: string, path: string, line: number): boolean {
  return findingsOf(report, code).some((f) => f.locations.some((l) => l.path === path && l.line === line));
}

/** A short dump of the findings, to make assertion failures readable. */
export function describeFindings(report: Report): string {
  return report.findings
    .map((f) => `${f.code} ${f.id} @ ${f.locations.map((l) => `${l.path}:${l.line}${l.cell === undefined ? "" : `#${l.cell}`}`).join(",")}: ${f.message}`)
    .join("\n");
}

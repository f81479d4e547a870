/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per finding code that occurs, one result per finding.
 * Paths are relative URIs against %SRCROOT%; notebook locations point at the notebook file (line 1, as
 * the cell's line has no place in the .ipynb JSON) and name the cell in the location's message.
 */
import type { Log, Location as SarifLocation, ReportingDescriptor, Result, Run } from "sarif";
import type { Finding, Location, Report, Severity } from "../core/types.js";
import { SEVERITY_ORDER } from "../core/types.js";
import { sortFindings } from "./common.js";
import { safeUrl, singleLine } from "./escape.js";
import { humanizeId } from "./labels.js";
import { encodePath, isNotebookLocation, locationText } from "./links.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** The key of our fingerprint in `partialFingerprints` (versioned, as SARIF recommends). */
export const FINGERPRINT_KEY = "mlFrameworkAudit/v1";

export interface SarifOptions {
  informationUri?: string;
}

const LEVEL: Record<Severity, Result.level> = { error: "error", warning: "warning", info: "note" };

function level(s: Severity): Result.level {
  return LEVEL[s] ?? "note";
}

function isLine(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1;
}

function physical(loc: Pick<Location, "path" | "line" | "cell" | "column">, id?: number): SarifLocation {
  const notebook = isNotebookLocation(loc as Location);
  const region: { startLine: number; startColumn?: number } = { startLine: !notebook && isLine(loc.line) ? loc.line : 1 };
  if (!notebook && isLine(loc.column)) region.startColumn = loc.column;
  const out: SarifLocation = {
    physicalLocation: {
      artifactLocation: { uri: encodePath(loc.path) || ".", uriBaseId: "%SRCROOT%" },
      region,
    },
  };
  if (id !== undefined) out.id = id;
  if (notebook) out.message = { text: `Notebook ${singleLine(locationText(loc as Location))}` };
  return out;
}

/** The first declared manifest of the primary framework, for findings that have no location of their own. */
function fallbackLocation(report: Report): Location | undefined {
  const primary = report.frameworks.find((f) => f.id === report.primaryFramework) ?? report.frameworks[0];
  const d = primary?.declared[0];
  return d ? { path: d.path, line: d.line } : undefined;
}

function ruleFor(f: Finding, findings: readonly Finding[]): ReportingDescriptor {
  // The most severe level this code is reported with is its default.
  const worst = findings.filter((x) => x.code === f.code).reduce<Severity>((acc, x) => (SEVERITY_ORDER[x.severity] < SEVERITY_ORDER[acc] ? x.severity : acc), f.severity);
  const rule: ReportingDescriptor = {
    id: f.code,
    name: f.id,
    shortDescription: { text: humanizeId(f.id) },
    defaultConfiguration: { level: level(worst) },
    properties: { tags: ["ml-framework-audit", f.id] },
  };
  const help = safeUrl(f.helpUri);
  if (help) {
    rule.helpUri = help;
    rule.help = { text: `See ${help}`, markdown: `See [${f.code} ${f.id}](${help}).` };
  }
  return rule;
}

export function renderSarif(report: Report, opts: SarifOptions = {}): Log {
  const findings = sortFindings(report.findings);
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const f of findings) {
    if (ruleIndex.has(f.code)) continue;
    ruleIndex.set(f.code, rules.length);
    rules.push(ruleFor(f, findings));
  }
  const fallback = fallbackLocation(report);
  const results: Result[] = findings.map((f) => {
    const message = singleLine(f.message).trim() || humanizeId(f.id);
    const result: Result = {
      ruleId: f.code,
      ruleIndex: ruleIndex.get(f.code) ?? 0,
      level: level(f.severity),
      message: { text: message },
    };
    const [first, ...rest] = f.locations;
    if (first) {
      result.locations = [physical(first)];
      if (rest.length) result.relatedLocations = rest.map((l, i) => physical(l, i + 1));
    } else if (fallback) {
      result.locations = [physical(fallback)];
      result.message = { text: `${message} (reported on the framework's manifest: the finding has no location of its own)` };
    }
    if (f.fingerprint) result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
    result.properties = { id: f.id, severity: f.severity };
    return result;
  });
  const driver: Run["tool"]["driver"] = { name: "ml-framework-audit", rules };
  const version = typeof report.tool?.version === "string" ? report.tool.version : "";
  if (version) driver.version = version;
  if (/^\d+\.\d+\.\d+/.test(version)) driver.semanticVersion = version;
  const info = safeUrl(opts.informationUri);
  if (info) driver.informationUri = info;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: `The scanned root (${singleLine(report.root || ".")}).` } } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

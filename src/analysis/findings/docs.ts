/** Renders docs/findings/<CODE>-<id>.md from the registry (scripts/gen-docs.ts writes them; a test checks they are fresh). */
import { docFileName, FINDING_KINDS, type FindingKind } from "./registry.js";

export const GENERATED_NOTE = "<!-- Generated from src/analysis/findings/registry.ts by `npx tsx scripts/gen-docs.ts`. Do not edit by hand. -->";

export function renderFindingDoc(k: FindingKind): string {
  const lines = [
    GENERATED_NOTE,
    "",
    `# ${k.code} ${k.id}: ${k.title}`,
    "",
    `Default severity: **${k.severity}**`,
    "",
    k.summary,
    "",
    "## Why it matters",
    "",
    k.why,
    "",
    "## Example",
    "",
  ];
  for (const ex of k.example) lines.push(`\`${ex.file}\`:`, "", "```" + ex.lang, ex.code, "```", "");
  lines.push(
    "## How to fix",
    "",
    k.fix,
    "",
    "## Not reported",
    "",
    k.notReported,
    "",
    "## Silencing",
    "",
    "In `.github/ml-framework-audit.yml`:",
    "",
    "```yaml",
    "ignore:",
    `  - id: ${k.id}          # or: code: ${k.code}`,
    '    paths: ["examples/**"]   # optional: only there',
    "```",
    "",
  );
  return lines.join("\n");
}

export function renderIndex(): string {
  const rows = FINDING_KINDS.map((k) => `| [${k.code}](${docFileName(k)}) | \`${k.id}\` | ${k.severity} | ${k.title} |`);
  return [GENERATED_NOTE, "", "# Findings", "", "| code | id | default severity | what |", "|---|---|---|---|", ...rows, ""].join("\n");
}

/** Every generated file, path relative to the repository root -> content. */
export function generatedDocs(): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of FINDING_KINDS) out.set(`docs/findings/${docFileName(k)}`, renderFindingDoc(k));
  out.set("docs/findings/README.md", renderIndex());
  return out;
}

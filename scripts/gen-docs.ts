/**
 * Writes the generated documentation (docs/findings/*.md) from the finding registry.
 * Run: npx tsx scripts/gen-docs.ts   (tests/analysis/docs.test.ts fails when the files are stale)
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedDocs } from "../src/analysis/findings/docs.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const docs = generatedDocs();
mkdirSync(join(root, "docs/findings"), { recursive: true });
// drop pages of findings that no longer exist (codes are never reused, but ids may be fixed)
for (const f of readdirSync(join(root, "docs/findings"))) {
  if (/^MFA\d{3}-.*\.md$/.test(f) && !docs.has(`docs/findings/${f}`)) rmSync(join(root, "docs/findings", f));
}
for (const [rel, text] of docs) writeFileSync(join(root, rel), text);
console.log(`wrote ${docs.size} files`);

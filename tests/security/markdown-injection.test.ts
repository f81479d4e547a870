/**
 * Nothing from the repository reaches the PR comment unescaped: file names, import and distribution names,
 * versions, image names and parse-error messages cannot open links or images, inject HTML, split table
 * cells, @-mention anyone, reference issues or close the `<details>` blocks. The comment is parsed back with
 * CommonMark + GFM and inspected node by node (markdown-guard.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { audit } from "../../src/core/engine.js";
import type { Finding, Location, Report } from "../../src/core/types.js";
import { renderMarkdown } from "../../src/output/markdown.js";
import type { LinkContext } from "../../src/output/links.js";
import { generateHostileNamesRepo, INJECTIONS, type HostileNamesManifest } from "../hostile/generate.js";
import { foldText, inspectComment, parseMarkdown, visibleText, walk } from "./markdown-guard.js";

const LINKS: LinkContext = { serverUrl: "https://github.com", repository: "acme/vision", sha: "0123456789abcdef0123456789abcdef01234567" };
const BLOB_PREFIX = `${LINKS.serverUrl}/${LINKS.repository}/blob/${LINKS.sha}/`;
const TAINT = ["evil.example", "onerror", "alert(1)", "javascript:", "octocat"];

/** URLs the renderer may legitimately link to for this report: finding docs, article corrections, blob permalinks. */
function trustedUrls(report: Report): string[] {
  const urls: string[] = [];
  for (const f of report.findings) if (f.helpUri) urls.push(f.helpUri);
  for (const n of report.fit?.outdatedNotes ?? []) if (n.source) urls.push(n.source);
  return urls;
}

// ---------------------------------------------------------------------------------------------------------
// A hand-made report with a payload in every field that carries repository text
// ---------------------------------------------------------------------------------------------------------

function hostileReport(): Report {
  const loc = (path: string, line = 1, cell?: number): Location => (cell === undefined ? { path, line } : { path, line, cell });
  const finding = (i: number, payload: string): Finding => ({
    code: i % 2 ? "MFA001" : "MFA002",
    id: i % 2 ? "parse-error" : "skipped-file",
    severity: "warning",
    message: `could not read requirement "${payload}": ${payload}`,
    locations: [loc(`dir ${payload}/file ${payload}.py`, i + 1)],
    helpUri: "https://docs.example.org/findings/MFA001",
  });
  return {
    schemaVersion: 1,
    tool: { name: "ml-framework-audit", version: "0.1.0" },
    root: "[root](https://evil.example)",
    stats: { filesScanned: 3, bytesScanned: 100, durationMs: 1 },
    frameworks: [
      {
        id: "pytorch",
        imported: true,
        importWitnesses: INJECTIONS.map((p, i) => loc(`w ${p}.py`, i + 1)),
        declared: INJECTIONS.map((p, i) => ({ path: `req ${p}/requirements.txt`, line: i + 1, name: `torch ${p}`, specifier: `==2.1 ${p}`, resolvedVersion: `2.1.0 ${p}`, group: `g ${p}`, source: `src ${p}` })),
      },
      { id: "tensorflow", imported: false, importWitnesses: [], declared: [{ path: "<img src=x onerror=alert(1)>.txt", line: 1, name: "tensorflow", specifier: "</details>", resolvedVersion: null }] },
    ],
    primaryFramework: "pytorch",
    features: [
      { id: "torch.compile", framework: "pytorch", witnesses: INJECTIONS.map((p, i) => loc(`nb ${p}.ipynb`, 1, i)), count: 40, details: INJECTIONS.map((p) => `mode="${p}"`) },
      { id: "tf.lite", framework: "tensorflow", witnesses: [loc("[a](https://evil.example).py", 2)], details: ["<img src=x onerror=alert(1)>"] },
    ],
    fit: {
      requirements: [{ id: "mobile-edge", evidence: INJECTIONS.map((p) => `artifact:${p}.tflite`) }],
      criteria: [{ id: "production-readiness", weight: 3, pytorch: 3, tensorflow: 5 }],
      scores: { pytorch: 40, tensorflow: 60 },
      verdict: "mismatch",
      explanation: "The scores favour TensorFlow for this project.",
      favoured: "tensorflow",
      margin: 10,
      outdatedNotes: [{ topic: "max-autotune", note: "The article's advice is dated.", locations: INJECTIONS.map((p, i) => loc(`o ${p}.py`, i + 1)), source: "https://pytorch.org/docs/stable/generated/torch.compile.html" }],
    },
    findings: INJECTIONS.map((p, i) => finding(i, p)),
    delta: {
      base: "</details>@octocat",
      added: { frameworks: ["tensorflow"], features: ["tf.lite"], findings: [finding(1, "<img src=x onerror=alert(1)>")] },
      removed: { frameworks: [], features: [], findings: [finding(2, "[x](https://evil.example)")] },
    },
  };
}

describe("markdown comment: a hand-made report with a payload in every repository-controlled field", () => {
  const report = hostileReport();
  for (const [label, opts] of [
    ["without links (CLI)", {}],
    ["with blob links (PR)", { links: LINKS }],
  ] as const) {
    it(`creates no link, image, HTML, mention or broken <details> from repository text, ${label}`, () => {
      const md = renderMarkdown(report, { ...opts, maxLength: 1_000_000 });
      expect(inspectComment(md, { taint: TAINT, allowedUrlPrefixes: [...trustedUrls(report), "https://docs.example.org/"], blobPrefix: BLOB_PREFIX })).toEqual([]);
    });
  }

  it("shows each hostile path and message as the literal text it is", () => {
    const md = renderMarkdown(report, { links: LINKS, maxLength: 1_000_000 });
    const text = visibleText(md);
    for (const f of report.findings) {
      expect(text).toContain(foldText(f.locations[0]!.path));
    }
    // A payload in a table cell does not add cells: every findings-table row has as many cells as its header.
    walk(parseMarkdown(md), (n) => {
      if (n.type !== "table") return;
      const width = n.children[0]?.children.length ?? 0;
      for (const row of n.children) expect(row.children.length).toBe(width);
    });
  });

  it("still escapes when the comment is cut down to fit GitHub's size limit", () => {
    for (const maxLength of [2_000, 6_000, 20_000]) {
      const md = renderMarkdown(report, { links: LINKS, maxLength });
      expect(md.length).toBeLessThanOrEqual(maxLength);
      expect(inspectComment(md, { taint: TAINT, allowedUrlPrefixes: [...trustedUrls(report), "https://docs.example.org/"], blobPrefix: BLOB_PREFIX })).toEqual([]);
    }
  });

  it("the guard itself catches each kind of injection (so a passing test means something)", () => {
    const guard = (md: string) => inspectComment(md, { taint: TAINT, allowedUrlPrefixes: [], blobPrefix: BLOB_PREFIX });
    expect(guard("see [x](https://evil.example)")).not.toEqual([]);
    expect(guard("![i](https://github.com/acme/vision/blob/x.png)")).not.toEqual([]);
    expect(guard(`[f](${BLOB_PREFIX}a(b).py)`)).not.toEqual([]);
    expect(guard("<summary>x</summary><b>bold</b>")).not.toEqual([]);
    expect(guard("a <img src=x onerror=alert(1)> b")).not.toEqual([]);
    expect(guard("<details>\n<summary>s</summary>\n\nx\n\n</details>\n\n</details>\n")).not.toEqual([]);
    expect(guard("ping @octocat now")).not.toEqual([]);
    expect(guard("fixes #12")).not.toEqual([]);
    expect(guard("visit www.evil.example")).not.toEqual([]);
    expect(guard("[ref][evil]\n\n[evil]: https://evil.example")).not.toEqual([]);
    expect(guard("ping @\u200boctocat, `@octocat` in code")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// A real repository whose names are the payloads, through the whole engine
// ---------------------------------------------------------------------------------------------------------

describe("markdown comment: the hostile-names repository through the engine", () => {
  let dir: string;
  let repo: HostileNamesManifest;
  let report: Report;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mfa-names-"));
    repo = generateHostileNamesRepo(dir);
    report = await audit({ root: repo.root, config: DEFAULT_CONFIG });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports the hostile files by their real names", () => {
    const paths = new Set(report.findings.flatMap((f) => f.locations.map((l) => l.path)));
    // Each payload's binary `.py` is a skipped file and its broken notebook a parse error.
    INJECTIONS.forEach((p, i) => {
      const safe = p.replace(/\//g, "\u2215");
      expect(paths, `blob ${i}`).toContain(`p${i}-${safe}/blob ${safe}.py`);
      expect(paths, `notebook ${i}`).toContain(`p${i}-${safe}/broken.ipynb`);
    });
  });

  for (const [label, opts] of [
    ["without links (CLI)", {}],
    ["with blob links (PR)", { links: LINKS }],
  ] as const) {
    it(`renders a comment with no injected link, image, HTML, mention or <details> break, ${label}`, () => {
      const md = renderMarkdown(report, { ...opts, maxLength: 1_000_000 });
      expect(inspectComment(md, { taint: [...TAINT, ...repo.taint.filter((t) => t !== "comment")], allowedUrlPrefixes: trustedUrls(report), blobPrefix: BLOB_PREFIX })).toEqual([]);
    });
  }

  it("shows every finding's path literally in the comment", () => {
    const text = visibleText(renderMarkdown(report, { links: LINKS, maxLength: 1_000_000 }));
    for (const f of report.findings) for (const l of f.locations) expect(text).toContain(foldText(l.path));
  });

  it("stays safe at GitHub's real size limit", () => {
    const md = renderMarkdown(report, { links: LINKS });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(inspectComment(md, { taint: TAINT, allowedUrlPrefixes: trustedUrls(report), blobPrefix: BLOB_PREFIX })).toEqual([]);
  });
});

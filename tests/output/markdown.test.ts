import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { COMMENT_MARKER_PREFIX, DEFAULT_MAX_LENGTH, renderMarkdown } from "../../src/output/markdown.js";
import { renderJson } from "../../src/output/json.js";
import { renderText } from "../../src/output/text.js";
import type { LinkContext } from "../../src/output/links.js";
import type { Report } from "../../src/core/types.js";
import { HOSTILE, huge, hostile, hybrid, noMl, pytorchFit, tfMismatch } from "./fixtures.js";
import { all, detailsBalance, parse, tableShapes, textOf, type MdNode } from "./mdast.js";

const SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";
const links: LinkContext = { serverUrl: "https://github.com", repository: "acme/vision", sha: SHA };
const BLOB = `https://github.com/acme/vision/blob/${SHA}/`;

/** The first node a reader sees (html comments are invisible). */
function firstVisible(tree: MdNode): MdNode | undefined {
  return (tree.children ?? []).find((n) => !(n.type === "html" && (n.value ?? "").startsWith("<!--")));
}

function headingTexts(tree: MdNode): string[] {
  return all(tree, "heading").map(textOf);
}

function expectWellFormed(md: string): MdNode {
  const tree = parse(md);
  const d = detailsBalance(tree);
  expect(d.opens).toBe(d.closes);
  expect(d.minDepth).toBe(0);
  for (const t of tableShapes(tree)) for (const r of t.rows) expect(r).toBe(t.columns);
  expect(md).not.toMatch(/undefined|NaN|\[object Object\]/);
  return tree;
}

describe("renderMarkdown: where a PR spreads a framework or feature", () => {
  const report = pytorchFit();
  const many = Array.from({ length: 5 }, (_, i) => ({ path: `pipelines/p${i}.py`, line: i + 1 }));
  report.delta = {
    base: "b".repeat(40),
    added: { frameworks: [], features: [], findings: [] },
    removed: { frameworks: [], features: [], findings: [] },
    files: {
      frameworks: [{ id: "tensorflow", added: [{ path: "train.py", line: 976 }], removed: [] }],
      features: [
        { id: "torch.compile", added: many, removed: [{ path: "old/bench.py", line: 7 }] },
        ...Array.from({ length: 8 }, (_, i) => ({ id: `feature.${i}`, added: [{ path: "nb.ipynb", line: 2, cell: i }], removed: [] })),
      ],
    },
  };
  const md = renderMarkdown(report, { links });
  const tree = expectWellFormed(md);
  const section = md.slice(md.indexOf("### This PR"), md.indexOf("### Findings"));

  it("is a change even when no framework, feature or finding is new", () => {
    expect(section).not.toContain("No change");
    expect(section).toContain("- Files:");
  });

  it("names each framework's and feature's new files, linked to the head, and the files it left, unlinked", () => {
    const items = all(tree, "listItem").map(textOf);
    expect(items).toContain("TensorFlow: imported in 1 more file (train.py:976)");
    expect(items).toContain("torch.compile: used in 5 more files (pipelines/p0.py:1, pipelines/p1.py:2, pipelines/p2.py:3 and 2 more); no longer in 1 file (old/bench.py:7)");
    // a manifest line is a declaration, not a use
    const declared = pytorchFit();
    declared.delta = {
      ...report.delta!,
      files: { frameworks: [], features: [{ id: "hf.transformers", added: [{ path: "requirements.txt", line: 3 }], removed: [], addedByDeclarationOnly: true }] },
    };
    expect(all(expectWellFormed(renderMarkdown(declared, { links })), "listItem").map(textOf)).toContain("hf.transformers: declared in 1 more file (requirements.txt:3)");
    const hrefs = all(tree, "link").map((l) => l.url);
    expect(hrefs).toContain(`${BLOB}train.py#L976`);
    expect(hrefs).toContain(`${BLOB}pipelines/p0.py#L1`);
    expect(hrefs.some((h) => h?.includes("old/bench.py"))).toBe(false);
  });

  it("lists eight frameworks or features and counts the rest", () => {
    expect(section).toContain("feature.5");
    expect(section).not.toContain("feature.6");
    expect(section).toContain("…and 2 more frameworks or features");
    const one = pytorchFit();
    one.delta = { ...report.delta!, files: { frameworks: [], features: report.delta!.files!.features.slice(0, 9) } };
    expect(renderMarkdown(one, { links })).toContain("…and 1 more framework or feature\n");
    expect(section).toContain("nb.ipynb (cell 0, line 2)");
  });
});

describe("renderMarkdown: a PR that only adds files importing the primary framework", () => {
  it("is no change to the ML stack: a PyTorch project's new file importing torch is routine", () => {
    const report = pytorchFit();
    report.delta = {
      base: "c".repeat(40),
      added: { frameworks: [], features: [], findings: [] },
      removed: { frameworks: [], features: [], findings: [] },
      files: { frameworks: [{ id: "pytorch", added: [{ path: "models/new_head.py", line: 3 }], removed: [] }], features: [] },
    };
    const md = renderMarkdown(report, { links });
    expect(md).toContain("No change to the ML stack compared with base `cccccccccccc`.");
    expect(md).not.toContain("new_head.py");
    expect(renderText(report, { color: false })).not.toContain("new_head.py");
    // the JSON report keeps it
    expect(JSON.parse(renderJson(report)).delta.files.frameworks[0].added).toEqual([{ path: "models/new_head.py", line: 3 }]);
  });
});

describe("renderMarkdown: the Stack table", () => {
  it("counts every import, not the witnesses listed, and says when a framework is imported only optionally", () => {
    const report = pytorchFit();
    report.frameworks[0]!.importCount = 4_812;
    report.frameworks.push({ id: "tensorflow", imported: true, importWitnesses: [{ path: "notebooks/LibriSpeech.ipynb", line: 5, cell: 3 }], importCount: 1, declared: [], optionalOnly: true });
    const tree = expectWellFormed(renderMarkdown(report, { links }));
    const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
    const rows = stack.children!.slice(1).map((r) => r.children!.map(textOf));
    expect(rows[0]![1]).toBe("4,812 places, e.g. src/model/train.py:3");
    expect(rows[1]).toEqual(["TensorFlow", "1 place, e.g. notebooks/LibriSpeech.ipynb (cell 3, line 5) (only optionally: try/except ImportError or an availability check)", "not declared"]);
  });
  it("says when a framework is incidental (a few files, declared nowhere for the code to run)", () => {
    const report = pytorchFit();
    report.frameworks.push({ id: "tensorflow", imported: true, importWitnesses: [{ path: "timm/data/tf_preprocessing.py", line: 25 }], importCount: 1, importFiles: 1, declared: [], incidental: true });
    const tree = expectWellFormed(renderMarkdown(report, { links }));
    const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
    const rows = stack.children!.slice(1).map((r) => r.children!.map(textOf));
    expect(rows[1]).toEqual(["TensorFlow", "1 place, e.g. timm/data/tf_preprocessing.py:25 (incidental: a few files, declared nowhere for the code to run)", "not declared"]);
  });
  it("says when Colab's runtime ships an undeclared framework to the notebooks made for Colab", () => {
    const rowsWith = (n: number) => {
      const report = pytorchFit();
      report.frameworks.push({ id: "tensorflow", imported: true, importWitnesses: [{ path: "course/ch3.ipynb", line: 1, cell: 2 }], importCount: 4, importFiles: n, declared: [], colabNotebooks: n });
      const tree = expectWellFormed(renderMarkdown(report, { links }));
      const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
      return stack.children!.slice(1).map((r) => r.children!.map(textOf));
    };
    expect(rowsWith(3)[1]![2]).toBe("not declared; Colab's runtime ships it to the 3 notebooks made for Colab");
    expect(rowsWith(1)[1]![2]).toBe("not declared; Colab's runtime ships it to the notebook made for Colab");
  });
  it("says Keras comes with a declared TensorFlow, unless Keras is the primary framework; and marks on-demand imports", () => {
    const tfDeclared = [{ path: "requirements.txt", line: 1, name: "tensorflow", specifier: ">=2.2.0", resolvedVersion: null, source: "requirements" }];
    const rowsOf = (primary: "tensorflow" | "keras") => {
      const report = pytorchFit();
      report.primaryFramework = primary;
      report.frameworks = [
        { id: "tensorflow", imported: true, importWitnesses: [{ path: "graphics/conv.py", line: 3 }], importCount: 9, declared: tfDeclared },
        { id: "keras", imported: true, importWitnesses: [{ path: "graphics/conv_test.py", line: 370 }], importCount: 2, declared: [] },
        { id: "pytorch", imported: true, importWitnesses: [{ path: "tools/port.py", line: 40 }], importCount: 1, importFiles: 1, declared: [], incidental: true, onDemandOnly: true },
      ];
      const tree = expectWellFormed(renderMarkdown(report, { links }));
      const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
      return stack.children!.slice(1).map((r) => r.children!.map(textOf));
    };
    const rows = rowsOf("tensorflow");
    expect(rows[1]).toEqual(["Keras", "2 places, e.g. graphics/conv_test.py:370", "not declared itself (comes with TensorFlow)"]);
    expect(rows[2]).toEqual(["PyTorch", "1 place, e.g. tools/port.py:40 (incidental: only inside functions, declared nowhere for the code to run)", "not declared"]);
    expect(rowsOf("keras")[1]![2]).toBe("not declared");
  });
  it("says so when an incidental framework is declared, but only for tests, docs or CI", () => {
    const report = pytorchFit();
    const declared = [{ path: "backends/nxp/requirements-tests-pypi.txt", line: 1, name: "tensorflow", specifier: "==2.18.0", resolvedVersion: null, source: "requirements" }];
    report.frameworks.push({ id: "tensorflow", imported: true, importWitnesses: [{ path: "backends/nxp/tests/executors.py", line: 39 }], importCount: 4, importFiles: 2, declared, incidental: true });
    const tree = expectWellFormed(renderMarkdown(report, { links }));
    const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
    const rows = stack.children!.slice(1).map((r) => r.children!.map(textOf));
    expect(rows[1]![1]).toBe("4 places, e.g. backends/nxp/tests/executors.py:39 (incidental: a few files, declared only for tests, docs, CI or a notebook's own setup)");
  });
});

describe("renderMarkdown: no framework in the stack", () => {
  it("does not say that a framework imported only on the side fits (onnx/onnx: PyTorch in three test helpers)", () => {
    for (const aside of [{ incidental: true as const, onDemandOnly: true as const }, { optionalOnly: true as const }]) {
      const report = pytorchFit();
      report.frameworks = [{ id: "pytorch", imported: true, importWitnesses: [{ path: "tests/reference_test.py", line: 1995 }], importCount: 3, importFiles: 1, declared: [], ...aside }];
      report.fit!.scores = { pytorch: 50, tensorflow: 90 };
      report.fit!.favoured = "tensorflow";
      const first = textOf(firstVisible(expectWellFormed(renderMarkdown(report, { links })))!);
      expect(first).toBe("➖ No PyTorch or TensorFlow stack in this project; its requirements would favour TensorFlow (PyTorch 50 / TensorFlow 90)");
      expect(renderText(report).split("\n")[1]).toBe("No PyTorch or TensorFlow stack in this project; its requirements would favour TensorFlow (PyTorch 50 / TensorFlow 90)");
      // declared (kubeflow/training-operator's examples): the team's word makes it the framework in use
      report.frameworks[0]!.declared = [{ path: "examples/pytorch/requirements.txt", line: 1, name: "torch", specifier: "", resolvedVersion: null, source: "requirements" }];
      expect(textOf(firstVisible(expectWellFormed(renderMarkdown(report, { links })))!)).toBe("✅ PyTorch — fits this project (PyTorch 50 / TensorFlow 90)");
    }
  });
});

describe("renderMarkdown: a framework only around the package (optuna/optuna)", () => {
  it("is no stack even though its extras declare it, and the Stack table says why", () => {
    const report = pytorchFit();
    const declared = [{ path: "pyproject.toml", line: 74, name: "torch", specifier: "", resolvedVersion: null, source: "pyproject:project" }];
    report.frameworks = [{ id: "pytorch", imported: true, importWitnesses: [{ path: "optuna/_gp/acqf.py", line: 20 }], importCount: 17, importFiles: 5, declared, incidental: true, aroundPackageOnly: true }];
    report.fit!.scores = { pytorch: 49, tensorflow: 91 };
    report.fit!.favoured = "tensorflow";
    const tree = expectWellFormed(renderMarkdown(report, { links }));
    expect(textOf(firstVisible(tree)!)).toBe("➖ No PyTorch or TensorFlow stack in this project; its requirements would favour TensorFlow (PyTorch 49 / TensorFlow 91)");
    const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
    const rows = stack.children!.slice(1).map((r) => r.children!.map(textOf));
    expect(rows[0]![1]).toBe("17 places, e.g. optuna/_gp/acqf.py:20 (incidental: the package imports it only optionally, the rest is tests, docs or examples; declared only as an extra or for that code)");
  });
});

describe("renderMarkdown: PyTorch project that fits", () => {
  const report = pytorchFit();
  const md = renderMarkdown(report, { links, marker: "<!-- ml-framework-audit:workflow=ci;path=. -->" });
  const tree = expectWellFormed(md);

  it("puts the hidden marker first and the verdict with both scores on the first visible line", () => {
    expect(md.startsWith("<!-- ml-framework-audit:workflow=ci;path=. -->\n")).toBe(true);
    const first = firstVisible(tree)!;
    expect(first.type).toBe("paragraph");
    const text = textOf(first);
    expect(text).toContain("PyTorch — fits");
    expect(text).toContain(`PyTorch ${report.fit!.scores.pytorch} / TensorFlow ${report.fit!.scores.tensorflow}`);
  });

  it("opens with the PR delta before the detail sections", () => {
    const h = headingTexts(tree);
    expect(h[0]).toBe("This PR");
    const delta = md.slice(md.indexOf("### This PR"), md.indexOf("### Findings"));
    expect(delta).toContain("added `torch.compile`");
    expect(delta).toContain("removed `torch.jit`");
    expect(delta).toContain("1 new");
    expect(delta).toContain("4f2c1e0d9b8a");
  });

  it("renders the criteria table with stars, weights, their source and weighted scores", () => {
    const tables = all(tree, "table");
    const criteria = tables.find((t) => textOf(t.children![0]!).startsWith("Criterion"))!;
    expect(criteria).toBeDefined();
    const rows = criteria.children!.map((r) => r.children!.map(textOf));
    expect(rows[0]).toEqual(["Criterion", "Weight", "Weight from", "PyTorch", "TensorFlow", "PyTorch × weight", "TensorFlow × weight"]);
    expect(rows).toHaveLength(1 + 7 + 2);
    const research = rows.find((r) => r[0] === "Research & development speed")!;
    expect(research).toEqual(["Research & development speed", "5", "inferred: research", "★★★★★", "★★★☆☆", "25", "15"]);
    const perf = rows.find((r) => r[0] === "Performance")!;
    expect(perf[2]).toBe("default");
    const total = rows.find((r) => r[0] === "Total")!;
    const sum = (k: "pytorch" | "tensorflow") => report.fit!.criteria.reduce((a, c) => a + c.weight * c[k], 0);
    expect(total[5]).toBe(String(sum("pytorch")));
    expect(total[6]).toBe(String(sum("tensorflow")));
    expect(rows.at(-1)!.slice(5)).toEqual([String(report.fit!.scores.pytorch), String(report.fit!.scores.tensorflow)]);
  });

  it("shows how the totals become the fit score: the decision-matrix and use-case parts (hpcaitech/ColossalAI: 119 vs 121 gave 64 vs 75)", () => {
    const r = pytorchFit();
    const fit = r.fit!;
    const matrix = (k: "pytorch" | "tensorflow") => Math.round((1000 * fit.criteria.reduce((a, c) => a + c.weight * c[k], 0)) / (5 * fit.criteria.reduce((a, c) => a + c.weight, 0))) / 10;
    fit.matrixScores = { pytorch: matrix("pytorch"), tensorflow: matrix("tensorflow") };
    fit.useCaseScores = { pytorch: 75, tensorflow: 25 };
    fit.scores = { pytorch: Math.round(0.6 * fit.matrixScores.pytorch + 0.4 * 75), tensorflow: Math.round(0.6 * fit.matrixScores.tensorflow + 0.4 * 25) };
    const rows = all(expectWellFormed(renderMarkdown(r, { links })), "table")
      .find((t) => textOf(t.children![0]!).startsWith("Criterion"))!
      .children!.map((row) => row.children!.map(textOf));
    expect(rows).toHaveLength(1 + 7 + 4);
    expect(rows.slice(-3).map((row) => [row[0], row[5], row[6]])).toEqual([
      ["Decision-matrix part: the totals on 0–100 (60% of the score)", String(fit.matrixScores.pytorch), String(fit.matrixScores.tensorflow)],
      ["Use-case part: requirements that favour each, on 0–100 (40%)", "75", "25"],
      ["Fit score (0–100)", String(fit.scores.pytorch), String(fit.scores.tensorflow)],
    ]);
  });

  it("draws a Mermaid chart with exactly one bar series (PyTorch) and one line series (TensorFlow)", () => {
    const code = all(tree, "code").filter((c) => c.lang === "mermaid");
    expect(code).toHaveLength(1);
    const src = code[0]!.value!;
    const lines = src.split("\n").map((l) => l.trim());
    // An init directive gives the series the frameworks' colours, then the chart itself.
    const init = JSON.parse(lines[0]!.replace(/^%%\{init: /, "").replace(/\}%%$/, "")) as { themeVariables: { xyChart: { plotColorPalette: string } } };
    expect(init.themeVariables.xyChart.plotColorPalette.split(",").map((c) => c.trim())).toEqual(["#ee4c2c", "#ff8f00"]);
    expect(lines[1]).toBe("xychart-beta");
    const bars = lines.filter((l) => l.startsWith("bar "));
    const line = lines.filter((l) => l.startsWith("line "));
    expect(bars).toHaveLength(1);
    expect(line).toHaveLength(1);
    const nums = (l: string) => JSON.parse(l.slice(l.indexOf("["))) as number[];
    expect(nums(bars[0]!)).toEqual(report.fit!.criteria.map((c) => c.weight * c.pytorch));
    expect(nums(line[0]!)).toEqual(report.fit!.criteria.map((c) => c.weight * c.tensorflow));
    const axis = lines.find((l) => l.startsWith("x-axis"))!;
    expect(JSON.parse(axis.slice(axis.indexOf("[")))).toHaveLength(7);
    expect(src).toMatch(/bars: PyTorch, line: TensorFlow/);
  });

  it("links evidence to blob permalinks at the exact line; notebooks link to the file and name the cell", () => {
    const urls = all(tree, "link").map((l) => l.url!);
    expect(urls).toContain(`${BLOB}src/model/train.py#L42`);
    expect(urls).toContain(`${BLOB}requirements.txt#L2`);
    const nb = all(tree, "link").filter((l) => l.url === `${BLOB}notebooks/explore.ipynb`);
    expect(nb.length).toBeGreaterThan(0);
    expect(nb.map(textOf)).toContain("notebooks/explore.ipynb (cell 7, line 4)");
    for (const u of urls) expect(u.startsWith(BLOB) || u.startsWith("https://example.org/") || u.startsWith("https://pytorch.org/")).toBe(true);
  });

  it("lists findings most severe first, each rule linking to its help page", () => {
    const findings = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Severity"))!;
    const rows = findings.children!.slice(1).map((r) => r.children!.map(textOf));
    expect(rows.map((r) => r[1]!.split(" ")[0])).toEqual(["MFA101", "MFA102", "MFA301"]);
    expect(rows[0]![0]).toContain("error");
    const ruleLink = all(findings, "link").find((l) => textOf(l) === "MFA101 missing-dependency");
    expect(ruleLink?.url).toBe("https://example.org/ml-framework-audit/rules/MFA101");
    expect(rows[0]![3]).toBe("src/model/backbone.py:1, src/model/heads.py:2");
  });

  it("shows the stack with declared specifiers and features grouped by framework", () => {
    const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
    const row = stack.children![1]!.children!.map(textOf);
    expect(row[0]).toBe("PyTorch (primary)");
    expect(row[2]).toContain("torch >=2.1,<2.6 (locked 2.5.1) in requirements.txt:2");
    expect(row[2]).toContain("torch ~=2.5 in pyproject.toml:12");
    const lists = all(tree, "list");
    const featureList = lists.find((l) => textOf(l).startsWith("PyTorch (4)"))!;
    expect(featureList).toBeDefined();
    const groups = featureList.children!.map((li) => textOf(li.children![0]!));
    expect(groups).toEqual(["PyTorch (4)", "Interop & serving (1)"]);
    expect(textOf(featureList)).toContain('torch.compile at src/model/train.py:42, 2 uses — mode="max-autotune"');
  });

  it("states where the article is out of date and the recommendations", () => {
    expect(headingTexts(tree)).toEqual(expect.arrayContaining(["Where the article is out of date", "Recommendations"]));
    const src = all(tree, "link").find((l) => textOf(l) === "source");
    expect(src?.url).toBe("https://pytorch.org/docs/stable/generated/torch.compile.html");
  });

  it("collapses the chart and the evidence in <details> with a blank line after the summary", () => {
    expect(md).toMatch(/<details>\n<summary>Chart: weighted score per criterion<\/summary>\n\n```mermaid/);
    expect(md).toMatch(/<details>\n<summary>Evidence: \d+ locations<\/summary>\n\n\| Evidence \| Where \|/);
    expect(md).not.toContain("shortened");
  });
});

describe("renderMarkdown: other verdicts", () => {
  it("names a mismatch and the favoured framework; a finding without location shows a dash", () => {
    const r = tfMismatch();
    const md = renderMarkdown(r);
    const tree = expectWellFormed(md);
    const verdict = textOf(firstVisible(tree)!);
    expect(verdict).toContain("TensorFlow — mismatch");
    expect(verdict).toContain("favour PyTorch");
    expect(verdict).toContain("margin 10");
    const findings = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Severity"))!;
    const noLoc = findings.children!.map((row) => row.children!.map(textOf)).find((c) => c[1]!.startsWith("MFA402"))!;
    expect(noLoc[3]).toBe("—");
    // No LinkContext: locations are code spans, no links to GitHub.
    expect(all(tree, "link").filter((l) => l.url!.includes("/blob/"))).toHaveLength(0);
    expect(all(tree, "inlineCode").map((c) => c.value)).toContain("requirements.txt:1");
    expect(md).toContain("Weights: this project's.");
    expect(textOf(tree)).toContain("your config");
  });

  it("describes a hybrid stack and a PR that changes nothing", () => {
    const md = renderMarkdown(hybrid(), { links });
    const tree = expectWellFormed(md);
    expect(textOf(firstVisible(tree)!)).toContain("Hybrid — PyTorch + TensorFlow");
    expect(md).toContain("No change to the ML stack compared with base `0123456789ab`.");
    expect(md).toContain("No problems found.");
    expect(md).toContain("Pin the ONNX opset");
  });

  it("says there is no ML without empty tables or charts", () => {
    const md = renderMarkdown(noMl());
    const tree = expectWellFormed(md);
    expect(textOf(firstVisible(tree)!)).toContain("No ML framework found");
    expect(all(tree, "table")).toHaveLength(0);
    expect(all(tree, "code")).toHaveLength(0);
    expect(md).not.toContain("<details>");
  });

  it("degrades gracefully when the optional fit fields are absent", () => {
    const r = pytorchFit();
    const fit = r.fit!;
    delete fit.favoured;
    delete fit.margin;
    delete fit.outdatedNotes;
    delete fit.recommendations;
    for (const c of fit.criteria) {
      delete c.weightSource;
      delete c.evidence;
      delete c.weighted;
    }
    for (const f of r.findings) delete f.helpUri;
    const md = renderMarkdown(r, { links });
    const tree = expectWellFormed(md);
    expect(headingTexts(tree)).not.toContain("Where the article is out of date");
    const criteria = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Criterion"))!;
    const research = criteria.children!.map((row) => row.children!.map(textOf)).find((c) => c[0] === "Research & development speed")!;
    expect(research.slice(5)).toEqual(["25", "15"]);
    expect(research[2]).toBe("—");
    expect(textOf(firstVisible(tree)!)).toContain("PyTorch — fits");
  });

  it("works without a fit section at all", () => {
    const r: Report = { ...pytorchFit(), fit: undefined };
    const md = renderMarkdown(r);
    const tree = expectWellFormed(md);
    expect(textOf(firstVisible(tree)!)).toContain("PyTorch is the primary framework");
    expect(all(tree, "code")).toHaveLength(0);
  });

  it("prefixes the title on the verdict line and sanitises a marker that tries to close itself", () => {
    const md = renderMarkdown(noMl(), { title: "ML audit (ci)", marker: "<!-- ml-framework-audit:x --> @octocat <b>hi</b> <!--" });
    const tree = parse(md);
    const html = all(tree, "html");
    expect(html[0]!.value!.startsWith(COMMENT_MARKER_PREFIX)).toBe(true);
    expect(html[0]!.value!.match(/-->/g)).toHaveLength(1);
    expect(md.split("\n")[0]).toBe(html[0]!.value);
    expect(textOf(firstVisible(tree)!)).toMatch(/^ML audit \(ci\): ➖ No ML framework found/);
    expect(textOf(tree)).not.toContain("octocat");
  });
});

describe("renderMarkdown: a finding's source", () => {
  const withSource = (message: string, sourceUri: string | undefined): Report => {
    const r = pytorchFit();
    r.findings = [{ code: "MFA301", id: "deprecated-api", severity: "warning", message, locations: [{ path: "train.py", line: 196 }], ...(sourceUri ? { sourceUri } : {}) }];
    return r;
  };
  const url = "https://github.com/pytorch/pytorch/releases/tag/v2.4.0";
  const cellOf = (md: string) => {
    const table = all(expectWellFormed(md), "table").find((t) => textOf(t.children![0]!).startsWith("Severity"))!;
    return table.children![1]!.children![2]!;
  };
  it("links the closing \"Source: <url>\" of a message when the URL is the finding's sourceUri", () => {
    const cell = cellOf(renderMarkdown(withSource(`\`torch.cuda.amp.autocast\` (1 place): deprecated since PyTorch 2.4. Source: ${url}`, url)));
    expect(all(cell, "link").map((l) => [textOf(l), l.url])).toEqual([["Source", url]]);
    expect(textOf(cell)).toBe("torch.cuda.amp.autocast (1 place): deprecated since PyTorch 2.4. Source");
  });
  it("leaves the text alone (escaped, no link) without a sourceUri, when it is not the message's end, or not http(s)", () => {
    const cases: [string, string | undefined][] = [
      [`deprecated. Source: ${url}`, undefined],
      [`deprecated. Source: ${url} and more`, url],
      ["deprecated. Source: javascript:alert(1)", "javascript:alert(1)"],
    ];
    for (const [message, sourceUri] of cases) {
      const cell = cellOf(renderMarkdown(withSource(message, sourceUri)));
      expect(all(cell, "link"), message).toEqual([]);
      expect(textOf(cell).replace(/\u200b/g, "")).toBe(message);
    }
  });
});

describe("renderMarkdown: hostile repository strings", () => {
  const md = renderMarkdown(hostile(), { links });
  const tree = expectWellFormed(md);
  const ours = /^(<!-- ml-framework-audit -->|<details>\n<summary>[^<]*<\/summary>|<\/details>|<br>|<sub>|<\/sub>)$/;

  it("creates no links other than our permalinks and vetted https sources, and no images", () => {
    for (const l of all(tree, "link")) expect(l.url!.startsWith(BLOB) || l.url!.startsWith("https://example.org/")).toBe(true);
    // Each path segment percent-encoded (the `/` inside the name are directory separators).
    expect(all(tree, "link").map((l) => l.url)).toContain(`${BLOB}src/evil%5D%28http%3A/x%29%60%7C%3Cimg%20src%3Dx%3E%40octocat%20%231%3C/details%3E.py#L7`);
    expect(all(tree, "image")).toHaveLength(0);
    expect(all(tree, "link").some((l) => l.url!.startsWith("javascript"))).toBe(false);
    // The hostile link syntax survives only as literal text (in code spans or as escaped text).
    expect(all(tree, "inlineCode").some((c) => c.value!.includes("](http://x)"))).toBe(true);
  });

  it("creates no HTML other than the comment's own structure", () => {
    for (const h of all(tree, "html")) expect(h.value).toMatch(ours);
  });

  it("leaves no mention, issue reference, bare URL or e-mail a renderer could pick up in text", () => {
    for (const t of all(tree, "text")) {
      expect(t.value).not.toMatch(/@[A-Za-z0-9]/);
      expect(t.value).not.toMatch(/#\d/);
      expect(t.value).not.toMatch(/https?:\/\//);
      expect(t.value).not.toMatch(/www\./i);
      expect(t.value).not.toMatch(/GH-\d/i);
    }
    // Still readable: the message text survives apart from zero-width spaces.
    const msg = all(tree, "tableCell").map(textOf).find((c) => c.includes("is imported"))!;
    expect(msg.replace(/\u200b/g, "")).toContain("![x](http://evil/img.png) <b>bold</b> **strong** # heading");
  });

  it("keeps headings, emphasis and structure ours", () => {
    const headings = all(tree, "heading").map(textOf);
    for (const h of headings) expect(["This PR", "Findings (1)", "Fit against the article's criteria", "Stack", "Where the article is out of date", "Recommendations"]).toContain(h);
    // The message's **strong**, ~~s~~ and $x^2$ stay literal; only our own bold labels exist.
    expect(all(tree, "strong").map(textOf)).not.toContain("strong");
    expect(all(tree, "delete")).toHaveLength(0);
    expect(all(tree, "emphasis")).toHaveLength(0);
    const stack = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Framework"))!;
    expect(stack.children![1]!.children).toHaveLength(3);
    expect(textOf(stack.children![1]!.children![2]!)).toContain(`${HOSTILE} ==1.0 | <script>alert(1)</script>`);
  });

  it("shows hostile names verbatim inside code spans", () => {
    const codes = all(tree, "inlineCode").map((c) => c.value);
    expect(codes).toContain(`src/${HOSTILE}.py:7`);
    expect(codes).toContain(`nb/${HOSTILE}.ipynb (cell 0, line 2)`);
    expect(codes).toContain("a b | c |");
  });
});

describe("renderMarkdown: size limit", () => {
  it("keeps a 5,000-finding report under the limit, says what was cut and where the full report is", () => {
    const r = huge();
    const md = renderMarkdown(r, { links, fullReportHint: "the job summary" });
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    const tree = expectWellFormed(md);
    expect(textOf(firstVisible(tree)!)).toContain("PyTorch — fits");
    const notice = all(tree, "blockquote").map(textOf).find((t) => t.includes("This comment was shortened"))!;
    expect(notice).toContain("The full report is in the job summary.");
    expect(notice).toMatch(/of 5,000 findings/);
    // The most severe findings are the ones kept.
    const rows = all(tree, "tableRow").map((r) => r.children!.map(textOf));
    const severities = rows.filter((r) => /error|warning|note/.test(r[0] ?? "")).map((r) => r[0]!);
    expect(severities.length).toBeGreaterThan(10);
    expect(severities[0]).toContain("error");
    // The comment uses the room it has.
    expect(md.length).toBeGreaterThan(DEFAULT_MAX_LENGTH * 0.9);
  });

  it("fits any limit without breaking rows, links or <details>", () => {
    const r = huge(600);
    fc.assert(
      fc.property(fc.integer({ min: 600, max: 90_000 }), (max) => {
        const md = renderMarkdown(r, { links, maxLength: max, fullReportHint: "[the artifact](https://github.com/acme/vision/actions/runs/1)" });
        expect(md.length).toBeLessThanOrEqual(max);
        const tree = expectWellFormed(md);
        expect(textOf(firstVisible(tree)!)).toContain("PyTorch — fits");
        for (const l of all(tree, "link")) expect(l.url).toMatch(/^https:\/\/github\.com\/acme\/vision\/|^https:\/\/(example\.org|pytorch\.org)\//);
        if (md.length < renderMarkdown(r, { links, maxLength: 10_000_000 }).length) expect(md).toContain("shortened");
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it("keeps the most important sections and drops the least important first", () => {
    const r = huge(300);
    const full = renderMarkdown(r, { links, maxLength: 10_000_000 });
    const cut = renderMarkdown(r, { links, maxLength: Math.floor(full.length * 0.6) });
    expect(cut).toContain("### This PR");
    expect(cut).toContain("### Fit against the article's criteria");
    expect(cut).toMatch(/Left out: the evidence table|Left out: \d[\d,]* of [\d,]+ evidence rows/);
    const cut2 = renderMarkdown(r, { links, maxLength: Math.floor(full.length * 0.2) });
    expect(cut2).not.toContain("<summary>Evidence");
    expect(cut2).toContain("### Findings (300)");
  });
});

describe("renderMarkdown: odd values from upstream", () => {
  it("renders NaN scores, bad lines, empty paths and unknown ids without throwing or printing junk", () => {
    const r = pytorchFit();
    r.fit!.scores = { pytorch: Number.NaN, tensorflow: Number.POSITIVE_INFINITY };
    r.fit!.criteria[0]!.weight = Number.NaN;
    r.fit!.criteria.push({ id: "made-up-criterion", weight: 2, pytorch: 9, tensorflow: -1 });
    r.findings.push({ code: "", id: "", severity: "info", message: "", locations: [{ path: "", line: 0 }, { path: "x.py", line: -3, cell: -1 }] });
    r.features.push({ id: "", framework: "interop", witnesses: [] });
    r.stats = { filesScanned: Number.NaN, bytesScanned: -1, durationMs: Number.NaN };
    const md = renderMarkdown(r, { links: { serverUrl: "not a url", repository: "", sha: "" } });
    const tree = expectWellFormed(md);
    expect(textOf(firstVisible(tree)!)).toContain("PyTorch – / TensorFlow –");
    expect(all(tree, "link").filter((l) => l.url!.includes("/blob/"))).toHaveLength(0);
    const criteria = all(tree, "table").find((t) => textOf(t.children![0]!).startsWith("Criterion"))!;
    const madeUp = criteria.children!.map((row) => row.children!.map(textOf)).find((c) => c[0] === "made-up-criterion")!;
    expect(madeUp.slice(3, 5)).toEqual(["★★★★★", "☆☆☆☆☆"]);
  });
});

describe("finding messages", () => {
  it("turn the analysis' backtick-quoted names into code spans, in the list and in the table", () => {
    const r: Report = pytorchFit();
    r.findings = [{ code: "MFA101", id: "missing-dependency", severity: "error", message: "`tflite_runtime` is imported but no manifest declares `tflite-runtime`.", locations: [{ path: "m.py", line: 6 }] }];
    r.delta = { base: "a".repeat(40), added: { frameworks: [], features: [], findings: r.findings }, removed: { frameworks: [], features: [], findings: [] } };
    const tree = parse(renderMarkdown(r));
    const codes = all(tree, "inlineCode").map((n) => n.value);
    expect(codes.filter((c) => c === "tflite_runtime")).toHaveLength(2);
    expect(codes.filter((c) => c === "tflite-runtime")).toHaveLength(2);
    expect(all(tree, "text").some((t) => t.value?.includes("`"))).toBe(false);
  });

  it("cannot be turned into markup by backticks in repository text", () => {
    const r: Report = pytorchFit();
    r.findings = [{ code: "MFA001", id: "parse-error", severity: "warning", message: "`a`](http://evil.example) `<img src=x>` @octocat`[x](y)", locations: [{ path: "x.py", line: 1 }] }];
    const tree = parse(renderMarkdown(r));
    expect(all(tree, "link").map((l) => l.url).filter((u) => u?.includes("evil"))).toEqual([]);
    expect(all(tree, "image")).toEqual([]);
    expect(all(tree, "html").map((h) => h.value).filter((v) => v?.includes("img"))).toEqual([]);
  });
});

describe("the explanation", () => {
  it("shows its first sentence and folds the arithmetic into <details>", () => {
    const r: Report = pytorchFit();
    r.fit!.explanation = "PyTorch is the framework in use (9 imports, first at train.py:3). Weighting the matrix, PyTorch scores 81.5 and TensorFlow 58. The verdict is fit.";
    const md = renderMarkdown(r);
    const tree = parse(md);
    const paragraphs = all(tree, "paragraph").map(textOf);
    expect(paragraphs).toContain("PyTorch is the framework in use (9 imports, first at train.py:3).");
    expect(md).toMatch(/<summary>How the verdict was reached<\/summary>\n\nWeighting the matrix, PyTorch scores 81\\?\.5 and TensorFlow 58\\?\. The verdict is fit\\?\./);
    expect(detailsBalance(tree).opens).toBe(detailsBalance(tree).closes);
  });

  it("stays one paragraph when it is one sentence", () => {
    const r: Report = pytorchFit();
    r.fit!.explanation = "The code is written for PyTorch.";
    expect(renderMarkdown(r)).not.toContain("How the verdict was reached");
  });
});

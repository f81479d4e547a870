// What ripgrep searches for, and in which files, derived from the audit's own sources at run time.
//
// The bench is plain .mjs and cannot import the TypeScript catalog, so it reads the source text of
// src/knowledge/features.ts, packages.ts, providers.ts, signals.ts and deprecations.ts and pulls out, with regular expressions over the
// source, every name that can start a usage: dotted refs/calls/imports, keyword-argument names, distribution
// names, import names, and the literal parts of the string and Docker-image patterns. Names that contain
// another name of the list are dropped (ripgrep finds the shorter one on the same line anyway), leaving the
// smallest set of fixed strings with the same matching lines. When the catalog changes, the keyword list
// follows without an edit here.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Fields of FeatureDef whose string arrays hold names that start a usage. */
const NAME_FIELDS = ["refs", "calls", "imports", "keywordsNeedImport", "distributions", "stringHints"];
/** Record constants of packages.ts whose keys are distribution or import names. */
const KEYED_RECORDS = ["DISTRIBUTION_FRAMEWORK", "IMPORT_FRAMEWORK", "IMPORT_DISTRIBUTIONS"];
/** Shortest literal taken from a regular expression: shorter ones would match almost every line. */
const MIN_REGEX_LITERAL = 4;

function stringsIn(text) {
  const out = [];
  for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) out.push(m[1] ?? m[2]);
  return out;
}

/** The body of a bracketed block starting at `open` (index of `[` or `{`), quotes respected. */
function bracketBody(text, open) {
  const close = text[open] === "[" ? "]" : "}";
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === "\\") i++;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === text[open]) depth++;
    else if (c === close && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Regex literals `/.../flags` in TypeScript source (in the positions the catalog uses them). */
function regexLiterals(text) {
  const out = [];
  for (const m of text.matchAll(/(?<=[[,:(]\s*)\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\]|\\.)*\])+)\/[a-z]*/g)) out.push(m[1]);
  return out;
}

/**
 * The longest run of literal characters a regex source requires at top level (outside groups and
 * classes), or "" when there is none. `\.`-style escapes count as literal characters; a quantifier that
 * makes the previous character optional ends the run before that character.
 */
export function requiredLiteral(source) {
  let best = "";
  let run = "";
  let depth = 0;
  const end = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const n = source[++i] ?? "";
      if (/[A-Za-z0-9]/.test(n)) end(); // \s \w \d \b ...: not a literal
      else if (depth === 0) run += n;
    } else if (c === "(") {
      end();
      depth++;
    } else if (c === ")") {
      depth = Math.max(0, depth - 1);
      if (/[?*]/.test(source[i + 1] ?? "") || source[i + 1] === "{") i++;
    } else if (c === "[") {
      end();
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
      if (/[?*+]/.test(source[i + 1] ?? "")) i++;
    } else if (c === "?" || c === "*" || c === "{") {
      run = run.slice(0, -1);
      end();
      if (c === "{") while (i < source.length && source[i] !== "}") i++;
    } else if (c === "+") {
      end();
    } else if (c === "|") {
      // A top-level alternation: no literal is required by every branch. Inside a group it only
      // matters that the group is not part of the run (already ended at "(").
      if (depth === 0) return "";
    } else if (c === "^" || c === "$" || c === ".") {
      end();
    } else if (depth === 0) run += c;
  }
  end();
  return best;
}

/** Drops every name that contains another name of the list; sorted, unique. */
export function minimalKeywords(names) {
  const uniq = [...new Set(names.map((s) => s.trim()).filter((s) => s.length >= 2))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept = [];
  for (const n of uniq) if (!kept.some((k) => n.includes(k))) kept.push(n);
  return kept.sort();
}

/**
 * Extracts the raw names from the catalog sources.
 * @param {string} featuresTs text of src/knowledge/features.ts
 * @param {string} packagesTs text of src/knowledge/packages.ts
 * @param {string} [providersTs] text of src/knowledge/providers.ts (the libraries whose imports the scanner records)
 * @param {string[]} [otherTables] texts of src/knowledge/signals.ts and deprecations.ts (their `imports:` lists)
 */
export function extractNames(featuresTs, packagesTs, providersTs = "", otherTables = []) {
  const names = [];
  const catalogStart = featuresTs.indexOf("FEATURES");
  const catalog = catalogStart >= 0 ? featuresTs.slice(catalogStart) : featuresTs;
  for (const field of NAME_FIELDS) {
    for (const m of catalog.matchAll(new RegExp(`\\b${field}\\s*:\\s*\\[`, "g"))) {
      names.push(...stringsIn(bracketBody(catalog, m.index + m[0].length - 1)));
    }
  }
  // keyword arguments: { name: "jit_compile", value: "True" }
  for (const m of catalog.matchAll(/\bkeywords\s*:\s*\[/g)) {
    const body = bracketBody(catalog, m.index + m[0].length - 1);
    for (const k of body.matchAll(/\bname\s*:\s*"([^"]+)"/g)) names.push(k[1]);
  }
  // strings: [/.../] and dockerImages: [/.../]
  for (const m of catalog.matchAll(/\b(strings|dockerImages)\s*:\s*\[/g)) {
    for (const src of regexLiterals(bracketBody(catalog, m.index + m[0].length - 1))) {
      const lit = requiredLiteral(src);
      if (lit.length >= MIN_REGEX_LITERAL) names.push(lit);
    }
  }
  for (const rec of KEYED_RECORDS) {
    const m = new RegExp(`\\b${rec}\\b[^=]*=\\s*\\{`).exec(packagesTs);
    if (!m) continue;
    const body = bracketBody(packagesTs, m.index + m[0].length - 1);
    for (const k of body.matchAll(/^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z_][\w]*))\s*:/gm)) names.push(k[1] ?? k[2] ?? k[3]);
  }
  // Docker images named by framework (DOCKER_IMAGE_FRAMEWORK patterns).
  const docker = /\bDOCKER_IMAGE_FRAMEWORK\b[^=]*=\s*\[/.exec(packagesTs);
  if (docker) {
    for (const src of regexLiterals(bracketBody(packagesTs, docker.index + docker[0].length - 1))) {
      const lit = requiredLiteral(src);
      if (lit.length >= MIN_REGEX_LITERAL) names.push(lit);
    }
  }
  // Import names of the libraries that use a framework for the code (USED_BY_IMPORT's lists).
  const users = /\bUSED_BY_IMPORT\b[^=]*=\s*\{/.exec(providersTs);
  if (users) names.push(...stringsIn(bracketBody(providersTs, users.index + users[0].length - 1).replace(/\/\/.*$/gm, "")).map((m) => m.split(".")[0]));
  // The imports the requirement signals and the deprecated packages name (the scanner's prefilter has them too;
  // a module under `google` is kept whole, as there).
  for (const text of otherTables) {
    for (const m of text.matchAll(/\bimports\s*:\s*\[/g)) {
      for (const mod of stringsIn(bracketBody(text, m.index + m[0].length - 1))) names.push(mod.startsWith("google.") ? mod : mod.split(".")[0]);
    }
  }
  return names;
}

/**
 * The folders discovery never enters (PRUNED_DIRS in src/scanning/discovery.ts), so ripgrep skips them too.
 * @param {string} discoveryTs
 */
export function extractPrunedDirs(discoveryTs) {
  const m = /\bPRUNED_DIRS\b[^=]*=\s*\[/.exec(discoveryTs);
  return m ? stringsIn(bracketBody(discoveryTs, m.index + m[0].length - 1)) : [];
}

/**
 * The files the audit reads, as ripgrep globs. Mirrors classify() in src/scanning/discovery.ts and
 * manifestKind() in src/scanning/manifests/index.ts (whose rules are code, not data, so they are restated
 * here; the bench's --check compares the two on the generated trees). Artifacts are excluded: the audit
 * notes them by name and never opens them.
 */
export const INCLUDE_GLOBS = [
  "*.py",
  "*.pyw",
  "*.ipynb",
  "pyproject.toml",
  "setup.cfg",
  "Pipfile",
  "Pipfile.lock",
  "pixi.toml",
  "cog.yaml",
  "package.json",
  "poetry.lock",
  "uv.lock",
  "Containerfile",
  "Containerfile.*",
  "Dockerfile",
  "Dockerfile.*",
  "**/requirements/**/*.txt",
  "**/requirements/**/*.in",
  "**/requirements/**/*.pip",
  "**/reqs/**/*.txt",
  "**/reqs/**/*.in",
  "**/reqs/**/*.pip",
];
/** Case-insensitive globs (`--iglob`). */
export const INCLUDE_IGLOBS = ["*requirements*.txt", "*requirements*.in", "*requirements*.pip", "?*.dockerfile", "*environment*.yml", "*environment*.yaml", "conda.yml", "conda.yaml", "conda[-_]*.yml", "conda[-_]*.yaml", "!conda[-_]build[-_]config*", "!conda[-_]lock*", "!.github/workflows/conda*"];

/**
 * Reads the catalog from the repository at `repoRoot`.
 * @returns {{ keywords: string[], rawCount: number, prunedDirs: string[] }}
 */
export function loadSearchSpec(repoRoot) {
  const read = (p) => {
    try {
      return readFileSync(join(repoRoot, p), "utf8");
    } catch {
      return "";
    }
  };
  const raw = extractNames(read("src/knowledge/features.ts"), read("src/knowledge/packages.ts"), read("src/knowledge/providers.ts"), [read("src/knowledge/signals.ts"), read("src/knowledge/deprecations.ts")]);
  return { keywords: minimalKeywords(raw), rawCount: raw.length, prunedDirs: extractPrunedDirs(read("src/scanning/discovery.ts")) };
}

/** ripgrep's arguments for a search of `dir`: count matching lines per file, fixed strings, the audit's files. */
export function ripgrepArgs(dir, spec) {
  const args = ["-c", "-F", "--no-messages", "--hidden", "--no-require-git", "--no-ignore-parent", "--no-ignore-global", "--no-ignore-exclude", "--no-ignore-dot"];
  for (const g of INCLUDE_GLOBS) args.push("-g", g);
  for (const g of INCLUDE_IGLOBS) args.push("--iglob", g);
  for (const d of spec.prunedDirs) args.push("-g", `!${d}/`);
  for (const k of spec.keywords) args.push("-e", k);
  args.push("--", dir);
  return args;
}

/**
 * package.json: only the ML runtimes of the npm world (`@tensorflow/*`, `onnxruntime-*` and the npm
 * distributions of the feature catalog) are declared; other npm packages are not the audit's business.
 */
import type { ManifestContext } from "./index.js";
import { declare, emptyResult, errorMessage, featuresOfDistribution, LineIndex, problem, stripBom, type ManifestResult } from "./common.js";
import { isTable } from "./pyproject.js";

const SECTIONS: readonly [string, string | undefined][] = [
  ["dependencies", undefined],
  ["devDependencies", "dev"],
  ["optionalDependencies", "optional"],
  ["peerDependencies", "peer"],
];

function isMlPackage(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith("@tensorflow/") || n.startsWith("onnxruntime") || featuresOfDistribution(n).length > 0;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function readPackageJson(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  const source = stripBom(text);
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch (e) {
    const pos = /position (\d+)/.exec(errorMessage(e));
    const line = pos ? new LineIndex(source).lineAt(Number(pos[1])) : undefined;
    problem(result, { kind: "parse-error", path: ctx.path, line, message: `invalid JSON: ${errorMessage(e)}` });
    return result;
  }
  if (!isTable(doc)) {
    problem(result, { kind: "parse-error", path: ctx.path, message: "package.json should be a JSON object" });
    return result;
  }
  const lines = new LineIndex(source);
  for (const [section, group] of SECTIONS) {
    const deps = doc[section];
    if (deps === undefined) continue;
    if (!isTable(deps)) {
      problem(result, { kind: "parse-error", path: ctx.path, message: `"${section}" should be an object of package names to versions` });
      continue;
    }
    const sectionMatch = new RegExp(`"${escapeRe(section)}"\\s*:\\s*\\{`).exec(source);
    const from = sectionMatch ? sectionMatch.index : 0;
    for (const [name, version] of Object.entries(deps)) {
      if (!isMlPackage(name)) continue;
      const re = new RegExp(`"${escapeRe(name)}"\\s*:`, "g");
      re.lastIndex = from;
      const m = re.exec(source);
      const line = m ? lines.lineAt(m.index) : sectionMatch ? lines.lineAt(sectionMatch.index) : 1;
      const spec = typeof version === "string" ? version : "";
      const url = /^(https?:|git\+|git:|github:|file:)/.test(spec) ? spec : undefined;
      declare(result, { path: ctx.path, line, name, specifier: url ? "" : spec, url, source: `package-json:${section}`, group, ecosystem: "npm" });
    }
  }
  return result;
}

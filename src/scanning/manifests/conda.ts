/**
 * conda environment files (`environment.yml`, `conda-environment.yaml` ...): the `dependencies` list of
 * conda match specs and its nested `- pip:` list. Aliases are never expanded, so alias bombs cost nothing.
 */
import type { Node as YamlNode } from "yaml";
import { yaml } from "../../core/on-demand.js";
import type { ManifestContext } from "./index.js";
import { attachIndexes, readRequirementLine } from "./requirements.js";
import { declare, emptyResult, errorMessage, LineIndex, problem, stripBom, type ManifestDependency, type ManifestResult } from "./common.js";

export interface CondaSpec {
  channel?: string;
  name: string;
  /** As written after the name (`=2.1`, `>=2.0,<3`, `2.1.*`, `=2.1=py311_0`, `[version='>=2']`), "" when unpinned. */
  specifier: string;
}

/** Parse a conda match spec such as `pytorch::pytorch>=2.0` or `conda-forge::tensorflow=2.15`. */
export function parseCondaSpec(input: string): CondaSpec | undefined {
  const m = /^(?:([^\s:]+)::)?([A-Za-z0-9_][A-Za-z0-9_.-]*)(.*)$/s.exec(input.trim());
  if (!m) return undefined;
  const rest = (m[3] ?? "").trim();
  if (rest !== "" && !/^[=<>!~[\d*]/.test(rest)) return undefined;
  return { ...(m[1] ? { channel: m[1] } : {}), name: m[2] ?? "", specifier: rest };
}

/**
 * A YAML manifest's document (aliases kept as aliases), its line index, and whether it parsed cleanly; the
 * first syntax error becomes a problem with its line. Undefined when the text is not YAML at all.
 */
export function parseYamlManifest(text: string, path: string, result: ManifestResult): { root: unknown; lines: LineIndex; clean: boolean } | undefined {
  const source = stripBom(text);
  const lines = new LineIndex(source);
  let doc;
  try {
    doc = yaml().parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: false });
  } catch (e) {
    problem(result, { kind: "parse-error", path, message: `invalid YAML: ${errorMessage(e)}` });
    return undefined;
  }
  const firstError = doc.errors[0];
  if (firstError) {
    problem(result, { kind: "parse-error", path, line: firstError.linePos?.[0]?.line ?? lines.lineAt(firstError.pos[0]), message: `invalid YAML: ${errorMessage(firstError)}` });
  }
  return { root: doc.contents, lines, clean: firstError === undefined };
}

function isListOfMappings(node: unknown): boolean {
  return yaml().isSeq(node) && node.items.length > 0 && node.items.every((item) => yaml().isMap(item));
}

export function readConda(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  const parsed = parseYamlManifest(text, ctx.path, result);
  if (!parsed) return result;
  const { root, lines } = parsed;
  if (!yaml().isMap(root)) {
    // A list of mappings is some other tool's YAML under a conda-like name (determined-ai's schema test cases
    // in `environment.yaml`): not a conda environment, so nothing to report. A list of package specs is one
    // that lost its `dependencies:` key, and a scalar is not an environment at all.
    if (root !== null && parsed.clean && !isListOfMappings(root)) problem(result, { kind: "parse-error", path: ctx.path, message: "a conda environment file should be a mapping with a `dependencies` list" });
    return result;
  }
  const deps = root.get("dependencies", true) as YamlNode | undefined;
  if (deps === undefined || deps === null || (yaml().isScalar(deps) && deps.value === null)) return result;
  const lineOf = (n: { range?: [number, number, number] | null }): number => lines.lineAt(n.range?.[0] ?? 0);
  /** Aliases are never resolved (an alias bomb would cost exponential time and memory): say what was left out. */
  const aliasNotExpanded = (node: YamlNode, where: string): void => {
    const name = yaml().isAlias(node) ? String(node.source).slice(0, 60) : "";
    problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(node as { range?: [number, number, number] }), message: `YAML alias not expanded: *${name} in ${where} was ignored (write the packages out in the list)` });
  };
  if (yaml().isAlias(deps)) {
    aliasNotExpanded(deps, "`dependencies`");
    return result;
  }
  if (!yaml().isSeq(deps)) {
    problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(deps as { range?: [number, number, number] }), message: "`dependencies` should be a list" });
    return result;
  }
  for (const item of deps.items) {
    if (yaml().isAlias(item)) {
      aliasNotExpanded(item, "`dependencies`");
      continue;
    }
    if (yaml().isScalar(item)) {
      if (typeof item.value !== "string") {
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: `unexpected ${typeof item.value} in \`dependencies\`; it was ignored` });
        continue;
      }
      const spec = parseCondaSpec(item.value);
      if (!spec) {
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: `cannot read conda package spec "${item.value.slice(0, 120)}"` });
        continue;
      }
      declare(result, { path: ctx.path, line: lineOf(item), name: spec.name, specifier: spec.specifier, source: "conda", ecosystem: "conda", channel: spec.channel });
    } else if (yaml().isMap(item)) {
      const pip = item.get("pip", true) as YamlNode | undefined;
      if (pip === undefined) continue;
      if (yaml().isAlias(pip)) {
        aliasNotExpanded(pip, "the `pip:` entry");
        continue;
      }
      if (!yaml().isSeq(pip)) {
        problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: "the `pip:` entry should be a list" });
        continue;
      }
      const indexUrls: string[] = [];
      const pipDeps: ManifestDependency[] = [];
      const before = result.declared.length;
      for (const p of pip.items) {
        if (yaml().isAlias(p)) {
          aliasNotExpanded(p, "the `pip:` list");
          continue;
        }
        if (!yaml().isScalar(p) || typeof p.value !== "string") {
          problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(p as { range?: [number, number, number] }), message: "a `pip:` list item should be a requirement string; it was ignored" });
          continue;
        }
        readRequirementLine(result, ctx, lineOf(p), p.value, "conda:pip", indexUrls);
      }
      for (let i = before; i < result.declared.length; i++) pipDeps.push(result.declared[i] as ManifestDependency);
      attachIndexes(pipDeps, indexUrls);
    }
  }
  return result;
}

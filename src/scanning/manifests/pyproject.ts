/**
 * pyproject.toml: PEP 621 `[project]`, PEP 735 `[dependency-groups]`, Poetry, PDM, Hatch and uv tables.
 * A wrongly typed value is a problem for that key only; the other tables are still read.
 */
import { parse as parseToml } from "smol-toml";
import type { ManifestContext } from "./index.js";
import { declare, emptyResult, provide, errorMessage, parsePep508, problem, specifierErrorMessage, stripBom, type ManifestResult } from "./common.js";
import { normalizeDistName } from "../../knowledge/packages.js";
import { readPixiTables } from "./pixi.js";
import { TomlLocator } from "./toml-lines.js";

export type Table = Record<string, unknown>;

export function isTable(v: unknown): v is Table {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

interface Reader {
  result: ManifestResult;
  loc: TomlLocator;
  path: string;
}

/** Parse TOML text; a syntax error becomes a problem (with its line) and `undefined`. */
export function parseTomlText(text: string, path: string, result: ManifestResult): Table | undefined {
  try {
    return parseToml(stripBom(text)) as Table;
  } catch (e) {
    const line = (e as { line?: unknown }).line;
    problem(result, { kind: "parse-error", path, line: typeof line === "number" ? line : undefined, message: `invalid TOML: ${errorMessage(e)}` });
    return undefined;
  }
}

export function readPyproject(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  const doc = parseTomlText(text, ctx.path, result);
  if (!doc) return result;
  const r: Reader = { result, loc: new TomlLocator(stripBom(text)), path: ctx.path };

  // PEP 621
  const project = doc.project;
  if (project !== undefined && !isTable(project)) wrongType(r, "", "project", "a table");
  if (isTable(project)) {
    provide(result, project.name);
    // PEP 621 `dynamic`: the build backend computes these lists (from requirements files or code).
    const dynamic = project.dynamic;
    if (Array.isArray(dynamic) && dynamic.some((k) => k === "dependencies" || k === "optional-dependencies")) result.partial = true;
    pep508List(r, "project", "dependencies", project.dependencies, "pyproject:project", undefined);
    const opt = project["optional-dependencies"];
    if (opt !== undefined) {
      if (!isTable(opt)) wrongType(r, "project", "optional-dependencies", "a table of lists");
      else for (const [extra, list] of Object.entries(opt)) pep508List(r, "project.optional-dependencies", extra, list, "pyproject:project", extra);
    }
  }

  // PEP 735
  const groups = doc["dependency-groups"];
  if (groups !== undefined) {
    if (!isTable(groups)) wrongType(r, "", "dependency-groups", "a table of lists");
    else {
      for (const [group, list] of Object.entries(groups)) {
        pep508List(r, "dependency-groups", group, list, "pyproject:dependency-groups", group, (item) => {
          if (isTable(item) && typeof item["include-group"] === "string") {
            const target = item["include-group"];
            if (!(target in groups)) {
              problem(result, { kind: "parse-error", path: r.path, line: r.loc.keyLine("dependency-groups", group), message: `dependency group "${group}" includes the unknown group "${target}"` });
            }
            return true;
          }
          return false;
        });
      }
    }
  }

  const tool = isTable(doc.tool) ? doc.tool : undefined;

  // Poetry
  const poetry = tool && isTable(tool.poetry) ? tool.poetry : undefined;
  if (poetry) {
    provide(result, poetry.name);
    const extrasOf = poetryExtras(poetry);
    poetryTable(r, "tool.poetry", "dependencies", poetry.dependencies, undefined, extrasOf);
    poetryTable(r, "tool.poetry", "dev-dependencies", poetry["dev-dependencies"], "dev", extrasOf);
    if (poetry.group !== undefined) {
      if (!isTable(poetry.group)) wrongType(r, "tool.poetry", "group", "a table");
      else
        for (const [g, def] of Object.entries(poetry.group)) {
          if (isTable(def)) poetryTable(r, `tool.poetry.group.${g}`, "dependencies", def.dependencies, g, extrasOf);
        }
    }
  }

  // PDM
  const pdm = tool && isTable(tool.pdm) ? tool.pdm : undefined;
  if (pdm && pdm["dev-dependencies"] !== undefined) {
    const dev = pdm["dev-dependencies"];
    if (!isTable(dev)) wrongType(r, "tool.pdm", "dev-dependencies", "a table of lists");
    else for (const [g, list] of Object.entries(dev)) pep508List(r, "tool.pdm.dev-dependencies", g, list, "pyproject:pdm", g);
  }

  // Hatch
  const hatch = tool && isTable(tool.hatch) ? tool.hatch : undefined;
  if (hatch && isTable(hatch.envs)) {
    for (const [env, def] of Object.entries(hatch.envs)) {
      if (!isTable(def)) continue;
      for (const key of ["dependencies", "extra-dependencies"]) {
        if (def[key] !== undefined) pep508List(r, `tool.hatch.envs.${env}`, key, def[key], "pyproject:hatch", env);
      }
    }
  }

  // pixi (src/scanning/manifests/pixi.ts)
  if (tool && isTable(tool.pixi)) readPixiTables(r, tool.pixi, "tool.pixi");

  // uv
  const uv = tool && isTable(tool.uv) ? tool.uv : undefined;
  if (uv && uv["dev-dependencies"] !== undefined) pep508List(r, "tool.uv", "dev-dependencies", uv["dev-dependencies"], "pyproject:uv", "dev");
  if (uv) attachUvIndexes(r, uv);
  return result;
}

/** A problem for `table.key` having the wrong type, at the key's line (also used by the pixi reader). */
export function wrongType(r: Reader, table: string, key: string, expected: string): void {
  problem(r.result, { kind: "parse-error", path: r.path, line: r.loc.keyLine(table, key), message: `${table ? `${table}.` : ""}${key} should be ${expected}; it was ignored` });
}

/** A list of PEP 508 strings under `table.key`. */
function pep508List(r: Reader, table: string, key: string, list: unknown, source: string, group: string | undefined, special?: (item: unknown) => boolean): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    wrongType(r, table, key, "a list of requirement strings");
    return;
  }
  for (const item of list) {
    if (special?.(item)) continue;
    if (typeof item !== "string") {
      problem(r.result, { kind: "parse-error", path: r.path, line: r.loc.keyLine(table, key), message: `${table}.${key} contains a ${Array.isArray(item) ? "list" : typeof item} where a requirement string belongs; it was ignored` });
      continue;
    }
    const line = r.loc.arrayItemLine(table, key, item);
    const parsed = parsePep508(item);
    if ("error" in parsed) {
      problem(r.result, { kind: "parse-error", path: r.path, line, message: `cannot read requirement "${item.slice(0, 120)}": ${parsed.error}` });
      continue;
    }
    if (parsed.specifierError) problem(r.result, { kind: "parse-error", path: r.path, line, message: specifierErrorMessage(item, parsed.specifierError) });
    declare(r.result, { path: r.path, line, name: parsed.name, specifier: parsed.specifier, extras: parsed.extras, marker: parsed.marker, url: parsed.url, source, group, ecosystem: "pypi" });
  }
}

/** Poetry `[tool.poetry.extras]`: dependency name -> the extras that enable it. */
function poetryExtras(poetry: Table): Map<string, string> {
  const out = new Map<string, string>();
  if (!isTable(poetry.extras)) return out;
  for (const [extra, names] of Object.entries(poetry.extras)) {
    if (!Array.isArray(names)) continue;
    for (const n of names) if (typeof n === "string" && !out.has(n.toLowerCase())) out.set(n.toLowerCase(), extra);
  }
  return out;
}

function poetryTable(r: Reader, parent: string, key: string, deps: unknown, group: string | undefined, extrasOf: Map<string, string>): void {
  if (deps === undefined) return;
  if (!isTable(deps)) {
    wrongType(r, parent, key, "a table");
    return;
  }
  const table = `${parent}.${key}`;
  for (const [name, value] of Object.entries(deps)) {
    if (name.toLowerCase() === "python") continue;
    const line = r.loc.keyLine(table, name);
    const entries = Array.isArray(value) ? value : [value];
    for (const v of entries) {
      const base = { path: r.path, line, name, source: "pyproject:poetry", ecosystem: "pypi" as const };
      if (typeof v === "string") {
        declare(r.result, { ...base, specifier: v.trim() === "*" ? "" : v.trim(), group });
      } else if (isTable(v)) {
        const version = typeof v.version === "string" ? v.version.trim() : "";
        const extras = Array.isArray(v.extras) ? v.extras.filter((e): e is string => typeof e === "string") : [];
        const marker = typeof v.markers === "string" ? v.markers : undefined;
        const url = typeof v.git === "string" ? `git+${v.git}${typeof v.rev === "string" ? `@${v.rev}` : typeof v.tag === "string" ? `@${v.tag}` : typeof v.branch === "string" ? `@${v.branch}` : ""}` : typeof v.url === "string" ? v.url : typeof v.path === "string" ? v.path : undefined;
        const optionalGroup = v.optional === true && group === undefined ? extrasOf.get(name.toLowerCase()) ?? "optional" : group;
        declare(r.result, { ...base, specifier: version === "*" ? "" : version, extras, marker, url, group: optionalGroup });
      } else {
        problem(r.result, { kind: "parse-error", path: r.path, line, message: `${table}.${name} should be a version string or a table; it was ignored` });
      }
    }
  }
}

/** `[tool.uv.sources] torch = [{ index = "pytorch-cu121" }]` + `[[tool.uv.index]]` -> index URLs on those deps. */
function attachUvIndexes(r: Reader, uv: Table): void {
  const indexes = new Map<string, string>();
  if (Array.isArray(uv.index)) {
    for (const i of uv.index) if (isTable(i) && typeof i.name === "string" && typeof i.url === "string") indexes.set(i.name, i.url);
  }
  if (!isTable(uv.sources) || indexes.size === 0) return;
  for (const [name, src] of Object.entries(uv.sources)) {
    const list = Array.isArray(src) ? src : [src];
    const urls = list.flatMap((s) => (isTable(s) && typeof s.index === "string" && indexes.has(s.index) ? [indexes.get(s.index) as string] : []));
    if (urls.length === 0) continue;
    for (const d of r.result.declared) {
      if (d.path === r.path && d.normalizedName === normalizeDistName(name)) (d as { indexUrls?: string[] }).indexUrls = [...new Set(urls)];
    }
  }
}

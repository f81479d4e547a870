/**
 * pixi manifests (`pixi.toml`, or the `[tool.pixi]` tables of a pyproject.toml): conda packages under
 * `dependencies`, PyPI packages under `pypi-dependencies`, each also per feature (`feature.<name>.*`, the
 * feature's name as the group) and per platform (`target.<platform>.*`, `feature.<name>.target.<platform>.*`).
 * Build-time tables (`host-dependencies`, `build-dependencies`) are left out: they build the package, the code
 * does not import them. A PyPI dependency on the project's own folder (`{ path = ".", editable = true }`) names
 * the project itself.
 */
import type { ManifestContext } from "./index.js";
import { declare, emptyResult, problem, provide, stripBom, type ManifestResult } from "./common.js";
import { isTable, parseTomlText, wrongType, type Table } from "./pyproject.js";
import { TomlLocator } from "./toml-lines.js";

interface PixiReader {
  result: ManifestResult;
  loc: TomlLocator;
  path: string;
}

export function readPixi(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  const doc = parseTomlText(text, ctx.path, result);
  if (!doc) return result;
  readPixiTables({ result, loc: new TomlLocator(stripBom(text)), path: ctx.path }, doc, "");
  return result;
}

/** Reads the pixi tables of `doc`, written under the dotted table `prefix` ("" in pixi.toml, "tool.pixi" in pyproject.toml). */
export function readPixiTables(r: PixiReader, doc: Table, prefix: string): void {
  const at = (...parts: string[]) => [prefix, ...parts].filter((p) => p !== "").join(".");
  // one table's packages, and its platforms' (`target.<platform>`)
  const env = (table: Table, path: string, group: string | undefined) => {
    const targets = isTable(table.target) ? Object.entries(table.target).map(([platform, def]) => [def, at(path, "target", platform)] as const) : [];
    for (const [def, where] of [[table, at(path)] as const, ...targets]) {
      if (!isTable(def)) continue;
      dependencyTable(r, where, "dependencies", def.dependencies, group, "conda");
      dependencyTable(r, where, "pypi-dependencies", def["pypi-dependencies"], group, "pypi");
    }
  };
  env(doc, "", undefined);
  if (isTable(doc.feature)) {
    for (const [name, def] of Object.entries(doc.feature)) if (isTable(def)) env(def, `feature.${name}`, name);
  }
}

function dependencyTable(r: PixiReader, parent: string, key: string, deps: unknown, group: string | undefined, ecosystem: "conda" | "pypi"): void {
  if (deps === undefined) return;
  if (!isTable(deps)) {
    wrongType(r, parent, key, "a table of packages");
    return;
  }
  const table = parent ? `${parent}.${key}` : key;
  for (const [name, value] of Object.entries(deps)) {
    const line = r.loc.keyLine(table, name);
    const base = { path: r.path, line, name, group, ecosystem, source: ecosystem === "conda" ? "pixi" : "pixi:pypi" };
    if (typeof value === "string") {
      declare(r.result, { ...base, specifier: specifierOf(value, ecosystem) });
      continue;
    }
    if (!isTable(value)) {
      problem(r.result, { kind: "parse-error", path: r.path, line, message: `${table}.${name} should be a version string or a table; it was ignored` });
      continue;
    }
    const version = typeof value.version === "string" ? specifierOf(value.version, ecosystem) : "";
    if (ecosystem === "conda") {
      declare(r.result, { ...base, specifier: version, channel: typeof value.channel === "string" ? value.channel : undefined });
      continue;
    }
    if (typeof value.path === "string" && /^\.?\/?$/.test(value.path.trim())) {
      provide(r.result, name); // the project itself, installed from its own folder
      continue;
    }
    const extras = Array.isArray(value.extras) ? value.extras.filter((e): e is string => typeof e === "string") : [];
    const ref = [value.tag, value.branch, value.rev].find((x): x is string => typeof x === "string");
    const url = typeof value.git === "string" ? `git+${value.git}${ref ? `@${ref}` : ""}` : typeof value.url === "string" ? value.url : typeof value.path === "string" ? value.path : undefined;
    declare(r.result, { ...base, specifier: version, extras, url, indexUrls: typeof value.index === "string" ? [value.index] : undefined });
  }
}

/**
 * The specifier as the other readers keep it: "" for any version (`*`); a conda version written bare (`2.1`,
 * `3.10.*`) gets conda's `=` (environment.yml's `pytorch=2.1`: the 2.1 series), anything else stays as written.
 */
function specifierOf(spec: string, ecosystem: "conda" | "pypi"): string {
  const s = spec.trim();
  if (s === "*" || s === "") return "";
  return ecosystem === "conda" && /^\d/.test(s) ? `=${s}` : s;
}

/** Pipfile (pipenv): `[packages]` and `[dev-packages]`; `[[source]]` only supplies index URLs. */
import type { ManifestContext } from "./index.js";
import { declare, emptyResult, problem, stripBom, type ManifestResult } from "./common.js";
import { isTable, parseTomlText } from "./pyproject.js";
import { TomlLocator } from "./toml-lines.js";

const MARKER_KEYS = ["markers", "sys_platform", "platform_machine", "os_name", "platform_system", "python_version", "platform_python_implementation", "implementation_name"];

export function readPipfile(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  const doc = parseTomlText(text, ctx.path, result);
  if (!doc) return result;
  const loc = new TomlLocator(stripBom(text));
  const sources = new Map<string, string>();
  if (Array.isArray(doc.source)) {
    for (const s of doc.source) if (isTable(s) && typeof s.name === "string" && typeof s.url === "string") sources.set(s.name, s.url);
  }
  for (const [table, group] of [["packages", undefined], ["dev-packages", "dev"]] as const) {
    const deps = doc[table];
    if (deps === undefined) continue;
    if (!isTable(deps)) {
      problem(result, { kind: "parse-error", path: ctx.path, line: loc.keyLine("", table), message: `[${table}] should be a table; it was ignored` });
      continue;
    }
    for (const [name, value] of Object.entries(deps)) {
      const line = loc.keyLine(table, name);
      const base = { path: ctx.path, line, name, source: "pipfile", group, ecosystem: "pypi" as const };
      if (typeof value === "string") {
        declare(result, { ...base, specifier: value.trim() === "*" ? "" : value.trim() });
      } else if (isTable(value)) {
        const version = typeof value.version === "string" ? value.version.trim() : "";
        const extras = Array.isArray(value.extras) ? value.extras.filter((e): e is string => typeof e === "string") : [];
        const markers = MARKER_KEYS.flatMap((k) => {
          const v = value[k];
          if (typeof v !== "string") return [];
          return k === "markers" ? [v] : [`${k} ${v}`];
        });
        const url = typeof value.git === "string" ? `git+${value.git}${typeof value.ref === "string" ? `@${value.ref}` : ""}` : typeof value.file === "string" ? value.file : typeof value.path === "string" ? value.path : undefined;
        const index = typeof value.index === "string" ? sources.get(value.index) ?? value.index : undefined;
        declare(result, {
          ...base,
          specifier: version === "*" ? "" : version,
          extras,
          marker: markers.length > 0 ? markers.join(" and ") : undefined,
          url,
          indexUrls: index ? [index] : undefined,
        });
      } else {
        problem(result, { kind: "parse-error", path: ctx.path, line, message: `[${table}] ${name} should be a version string or a table; it was ignored` });
      }
    }
  }
  return result;
}

/** setup.cfg (setuptools declarative config): `[options] install_requires` / `tests_require`, `[options.extras_require]`. */
import type { ManifestContext } from "./index.js";
import { declare, emptyResult, provide, parsePep508, problem, specifierErrorMessage, stripBom, type ManifestResult } from "./common.js";
import { stripComment } from "./requirements.js";

interface IniValue {
  section: string;
  key: string;
  line: number;
  /** Value lines with their physical line numbers (the first may be the text after `=`). */
  values: { line: number; text: string }[];
}

/** A small INI reader in configparser's spirit: sections, `key = value` / `key: value`, indented continuations. */
export function parseIni(text: string, path: string, result: ManifestResult): IniValue[] {
  const out: IniValue[] = [];
  let section = "";
  let current: IniValue | undefined;
  const lines = stripBom(text).split(/\r\n|\n|\r/);
  let reported = false;
  const bad = (line: number, message: string): void => {
    if (!reported) problem(result, { kind: "parse-error", path, line, message });
    reported = true; // one problem per file; the rest is still read
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) return;
    const indented = /^\s/.test(raw);
    if (indented && current) {
      current.values.push({ line, text: trimmed });
      return;
    }
    if (trimmed.startsWith("[")) {
      const m = /^\[([^\]]+)\]\s*(?:[#;].*)?$/.exec(trimmed);
      if (!m) {
        bad(line, `malformed section header ${trimmed.slice(0, 80)}`);
        current = undefined;
        return;
      }
      section = (m[1] ?? "").trim();
      current = undefined;
      return;
    }
    const sep = trimmed.search(/[=:]/);
    const kv = sep > 0 ? [trimmed, trimmed.slice(0, sep).trim(), trimmed.slice(sep + 1).trim()] : null;
    if (!kv) {
      bad(line, `line ${line} is neither a section, a key = value pair, nor an indented continuation`);
      current = undefined;
      return;
    }
    if (section === "") bad(line, `key "${kv[1]}" appears before any [section]`);
    current = { section, key: (kv[1] ?? "").trim(), line, values: [] };
    if ((kv[2] ?? "").trim() !== "") current.values.push({ line, text: (kv[2] ?? "").trim() });
    out.push(current);
  });
  return out;
}

export function readSetupCfg(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  for (const entry of parseIni(text, ctx.path, result)) {
    if (entry.section === "metadata" && entry.key === "name") provide(result, stripComment(entry.values[0]?.text ?? ""));
    let group: string | undefined;
    if (entry.section === "options" && entry.key === "install_requires") group = undefined;
    else if (entry.section === "options" && entry.key === "tests_require") group = "tests";
    else if (entry.section === "options.extras_require") group = entry.key;
    else continue;
    for (const v of entry.values) {
      const text = stripComment(v.text);
      if (text === "") continue;
      if (/^file\s*:/.test(text)) continue; // `file: requirements.txt`: that file is read on its own
      const parsed = parsePep508(text);
      if ("error" in parsed) {
        problem(result, { kind: "parse-error", path: ctx.path, line: v.line, message: `cannot read requirement "${text.slice(0, 120)}": ${parsed.error}` });
        continue;
      }
      if (parsed.specifierError) problem(result, { kind: "parse-error", path: ctx.path, line: v.line, message: specifierErrorMessage(text, parsed.specifierError) });
      declare(result, { path: ctx.path, line: v.line, name: parsed.name, specifier: parsed.specifier, extras: parsed.extras, marker: parsed.marker, url: parsed.url, source: "setup-cfg", group, ecosystem: "pypi" });
    }
  }
  return result;
}

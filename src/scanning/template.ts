/**
 * Files of a project template (cookiecutter, copier: a Jinja placeholder in a folder or file name, see
 * knowledge/layout.ts isTemplatePath) hold Jinja until they are rendered: `name = {{ cookiecutter.module_name|tojson }}`
 * in a pyproject.toml, `{% if cookiecutter.use_wandb == 'yes' %}` around an import. The readers see them with
 * every Jinja statement and comment blanked (so both branches of an `{% if %}` count, as a render could give
 * either) and every `{{ expression }}` replaced by a neutral value of the same length: a name where a bare word
 * fits (Python, requirements, YAML), a quoted string where TOML expects a value. Lines and columns are kept.
 */
import type { FileKind } from "../core/types.js";

/** What a `{{ expression }}` is written as, character for character. */
const TEMPLATE_FILL = "_";

/** Whether a value read from a template holds a placeholder (`{{x}}`, the shortest, is five characters). */
export function holdsPlaceholder(value: string): boolean {
  return value.includes("_____");
}

const TOML_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(["pyproject", "pipfile", "pixi"]);

/** Whether offset `at` of `text` is inside a quoted string of its line (quotes counted from the line start). */
function insideQuotes(text: string, at: number): boolean {
  let quote = 0;
  for (let i = text.lastIndexOf("\n", at - 1) + 1; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && quote !== 0) i++;
    else if (quote === 0 && (c === 34 || c === 39)) quote = c;
    else if (c === quote) quote = 0;
  }
  return quote !== 0;
}

/** `s` with every character but line ends replaced by `fill`. */
function blank(s: string, fill: string): string {
  return s.replace(/[^\r\n]/g, fill);
}

/** The text a template file's reader sees (see the module comment); text without Jinja is returned as is. */
export function renderTemplatePlaceholders(text: string, kind: FileKind): string {
  if (!text.includes("{{") && !text.includes("{%") && !text.includes("{#")) return text;
  const toml = TOML_KINDS.has(kind);
  return text.replace(/\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|\{\{[\s\S]*?\}\}/g, (m, offset: number) => {
    if (m[1] !== "{") return blank(m, " ");
    if (toml && !insideQuotes(text, offset)) return `"${blank(m.slice(2), TEMPLATE_FILL)}"`;
    return blank(m, TEMPLATE_FILL);
  });
}

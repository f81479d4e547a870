/**
 * Cog (Replicate) model environments, `cog.yaml`: `build.python_packages` (requirement strings, pip's syntax),
 * `build.python_requirements` (a requirements file, read like a `-r` include) and the pip / conda install
 * commands of `build.run` (shell commands, as a Dockerfile's RUN is read: what needs `--no-build-isolation`,
 * such as flash-attn, is installed there). The container's other settings (`gpu`, `cuda`, `system_packages`)
 * install no Python distribution by name and are left out. Aliases are never expanded.
 */
import type { Node as YamlNode } from "yaml";
import { yaml } from "../../core/on-demand.js";
import { parseYamlManifest } from "./conda.js";
import type { ManifestContext } from "./index.js";
import { declareInstalls, shellTokens, type InstallSources } from "./dockerfile.js";
import { attachIndexes, readRequirementLine } from "./requirements.js";
import { emptyResult, problem, type ManifestDependency, type ManifestResult } from "./common.js";

const COG_RUN_SOURCES: InstallSources = { pip: "cog:pip", conda: "cog:conda" };

export function readCog(text: string, ctx: ManifestContext): ManifestResult {
  const result = emptyResult();
  const parsed = parseYamlManifest(text, ctx.path, result);
  if (!parsed) return result;
  const { root, lines } = parsed;
  const build = yaml().isMap(root) ? (root.get("build", true) as YamlNode | undefined) : undefined;
  if (!yaml().isMap(build)) return result;
  const lineOf = (n: unknown): number => lines.lineAt((n as { range?: [number, number, number] | null }).range?.[0] ?? 0);
  const indexUrls: string[] = [];
  const before = result.declared.length;
  const packages = build.get("python_packages", true) as YamlNode | undefined;
  if (yaml().isSeq(packages)) {
    for (const item of packages.items) {
      if (yaml().isScalar(item) && typeof item.value === "string") readRequirementLine(result, ctx, lineOf(item), item.value, "cog", indexUrls);
      else problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(item), message: "a `build.python_packages` item should be a requirement string; it was ignored" });
    }
  } else if (packages !== undefined && !(yaml().isScalar(packages) && packages.value === null)) {
    problem(result, { kind: "parse-error", path: ctx.path, line: lineOf(packages), message: "`build.python_packages` should be a list of requirement strings; it was ignored" });
  }
  const requirements = build.get("python_requirements", true) as YamlNode | undefined;
  if (yaml().isScalar(requirements) && typeof requirements.value === "string" && requirements.value.trim() !== "") {
    readRequirementLine(result, ctx, lineOf(requirements), `-r ${requirements.value.trim()}`, "cog", indexUrls);
  }
  attachIndexes(result.declared.slice(before) as ManifestDependency[], indexUrls);
  // build.run: a command string, or `{command, mounts}`; everything it installs is placed at its item's line
  const run = build.get("run", true) as YamlNode | undefined;
  if (yaml().isSeq(run)) {
    for (const item of run.items) {
      const command = yaml().isScalar(item) ? item.value : yaml().isMap(item) ? item.get("command") : undefined;
      if (typeof command !== "string") continue;
      const line = lineOf(item);
      declareInstalls(result, ctx, shellTokens(command, 0, "\\"), { lineOf: () => line, resolve: () => () => undefined, sources: COG_RUN_SOURCES });
    }
  }
  return result;
}

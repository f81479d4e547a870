/**
 * Which paths are dependency manifests. Apart from the readers (index.ts) so that discovery can classify
 * paths without loading the parsers behind them (pip-requirements-js and its grammar engine, smol-toml,
 * dockerfile-ast): an audit whose manifests all come from the facts cache never loads them.
 */
import type { FileKind } from "../../core/types.js";
import { isRequirementsPath, REQUIREMENTS_EXT } from "../../knowledge/layout.js";

/** The manifest kind of a repo-relative path, or undefined if it is not a manifest. */
export function manifestKind(path: string): FileKind | undefined {
  const parts = path.replace(/\\/g, "/").split("/");
  const base = parts[parts.length - 1] ?? "";
  if (parts.includes("node_modules")) return undefined;
  const lower = base.toLowerCase();
  // pip's format under the names projects give it (src/knowledge/layout.ts).
  if (REQUIREMENTS_EXT.test(lower)) return isRequirementsPath(parts.join("/")) ? "requirements" : undefined;
  switch (base) {
    case "pyproject.toml":
      return "pyproject";
    case "setup.py":
      return "setup-py";
    case "setup.cfg":
      return "setup-cfg";
    case "Pipfile":
      return "pipfile";
    case "Pipfile.lock":
      return "pipfile-lock";
    case "pixi.toml":
      return "pixi";
    case "cog.yaml":
      return "cog";
    case "package.json":
      return "package-json";
    case "poetry.lock":
      return "poetry-lock";
    case "uv.lock":
      return "uv-lock";
    case "Containerfile":
      return "dockerfile";
  }
  if (base === "Dockerfile" || base.startsWith("Dockerfile.") || (lower.endsWith(".dockerfile") && base.length > ".dockerfile".length)) return "dockerfile";
  if (base.startsWith("Containerfile.")) return "dockerfile";
  if (/^[^/]*environment[^/]*\.ya?ml$/i.test(base)) return "conda";
  if (isCondaFileName(base) && !isWorkflowPath(parts)) return "conda";
  return undefined;
}

/**
 * Conda environment files under the other names projects give them: `conda.yaml` (facebookresearch/dinov2,
 * MLflow projects and models), `conda-extras.yaml`, `conda_env.yml`. Not conda-build's `conda_build_config.yaml`
 * nor conda-lock's `conda-lock.yml`, which have other formats.
 */
function isCondaFileName(base: string): boolean {
  return /^conda(?:[-_][^/]*)?\.ya?ml$/i.test(base) && !/^conda[-_](?:build[-_]config|lock)\b/i.test(base);
}

/** `.github/workflows/conda.yml` is a GitHub Actions workflow, whatever its name says. */
function isWorkflowPath(parts: readonly string[]): boolean {
  const i = parts.indexOf(".github");
  return i >= 0 && parts[i + 1] === "workflows";
}

/**
 * How repositories lay out their manifests, for deciding which code a manifest governs (MFA201 judges a
 * usage by the declarations of its own project, not by a sibling project's pins).
 */

/**
 * Folder names that hold a project's manifests rather than its code: `requirements/base.txt`,
 * `docker/Dockerfile`, `envs/environment.yml`, `.devcontainer/Dockerfile`. A manifest in such a folder governs
 * the folder's parent (and everything under it), not only the folder. Compared lower-case.
 */
export const MANIFEST_FOLDERS: ReadonlySet<string> = new Set([
  "requirements",
  "requirement",
  "reqs",
  "deps",
  "dependencies",
  "env",
  "envs",
  "environment",
  "environments",
  "conda",
  "docker",
  "dockerfiles",
  "container",
  "containers",
  ".devcontainer",
  "ci",
  ".ci",
  ".circleci",
  ".github",
  "deploy",
  "deployment",
  "deployments",
  "infra",
  "k8s",
]);

/**
 * How repositories lay out their manifests, for deciding which code a manifest governs (MFA201 judges a
 * usage by the declarations of its own project, not by a sibling project's pins).
 */

/**
 * Folder names whose manifests set up an environment for the project around them rather than for the folder's
 * own code: folders of manifests (`requirements/base.txt`, `docker/Dockerfile`, `envs/environment.yml`,
 * `.devcontainer/Dockerfile`), and the documentation and test folders, whose builds import the project's
 * code (facebookresearch/detectron2's `docs/requirements.txt` installs timm for Sphinx to import the
 * library). A manifest in such a folder governs the folder's parent (and everything under it). Compared
 * lower-case.
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
  "docs",
  "doc",
  "documentation",
  "tests",
  "test",
]);

/**
 * How repositories lay out their manifests, for deciding which code a manifest governs (MFA201 judges a
 * usage by the declarations of its own project, not by a sibling project's pins).
 */

/**
 * Folder names whose manifests set up an environment for the project around them rather than for the folder's
 * own code: folders of manifests (`requirements/base.txt`, `docker/Dockerfile`, `envs/environment.yml`,
 * `.devcontainer/Dockerfile`), folders that package the project (`pip_package/setup.py`), and the documentation and test folders, whose builds import the project's
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
  // packaging folders: the TensorFlow projects' `pip_package/setup.py` (tensorboard, tensorflow_hub, lingvo,
  // paxml), tensorflow/quantum's `release/setup.py`, NVIDIA/TensorRT's `python/packaging/requirements.txt`
  "pip_package",
  "release",
  "packaging",
  "docs",
  "doc",
  "documentation",
  "tests",
  "test",
]);

/** Documentation and test folders: their manifests install what builds the docs or runs the tests. */
const TOOLING_FOLDERS: ReadonlySet<string> = new Set(["docs", "doc", "documentation", "tests", "test"]);

/**
 * The folders of MANIFEST_FOLDERS that hold nothing but environment set-up (not docs or tests, which may hold
 * projects of their own): a manifest anywhere below one (`requirements/pytorch/base.txt` in
 * Lightning-AI/pytorch-lightning, beside a helper script) still sets up the project around that folder.
 */
export const ENVIRONMENT_FOLDERS: ReadonlySet<string> = new Set([...MANIFEST_FOLDERS].filter((f) => !TOOLING_FOLDERS.has(f)));

/**
 * Below this share of the files that import an ML framework, a compared framework that no manifest declares
 * for the code to run is incidental (FrameworkReport.incidental). Measured on 22 real repositories: the
 * incidental imports were 0.3-5.6% of the ML files (one or two files each), the smallest real second stack
 * 8.3% (ultralytics/yolov5's TensorFlow export code, 3 of 36 files), which also declares it.
 */
export const INCIDENTAL_SHARE = 0.1;

/** Dependency groups and extras that install tools around the code, not what it runs on (lower-case words). */
const NON_RUNTIME_GROUP = /(^|[-_.\s])(dev|develop|development|test|tests|testing|doc|docs|documentation|lint|linting|typing|mypy|style|ci|bench|benchmark|benchmarks)([-_.\s]|$)/i;
/** Requirements files of tooling: `requirements-dev.txt`, `requirements_test.txt`, `dev-requirements.txt`, `requirements/docs.txt`. */
const NON_RUNTIME_FILE = /(^|[-_.])(dev|test|tests|testing|doc|docs|lint|ci)([-_.]|$)/i;
const NON_RUNTIME_FOLDERS: ReadonlySet<string> = new Set([...TOOLING_FOLDERS, ".github", ".circleci", "ci", ".ci"]);

/**
 * Folders whose files in pip's requirements format are manifests whatever their names, at any depth below
 * (`requirements/base.txt`, Lightning-AI/pytorch-lightning's `requirements/pytorch/test.txt`,
 * apple/coremltools' `reqs/pytorch.pip`).
 */
const REQUIREMENTS_FOLDERS: ReadonlySet<string> = new Set(["requirements", "reqs"]);
/** The extensions of pip's requirements format (`.in`: pip-tools). */
export const REQUIREMENTS_EXT = /\.(txt|in|pip)$/i;

/**
 * Whether a repo-relative `/`-separated path is a pip requirements file: a `.txt`, pip-tools `.in` or `.pip`
 * file named `*requirements*`, or any such file below a requirements folder.
 */
export function isRequirementsPath(path: string): boolean {
  const parts = path.split("/");
  const file = (parts.pop() ?? "").toLowerCase();
  if (!REQUIREMENTS_EXT.test(file)) return false;
  return file.includes("requirements") || parts.some((p) => REQUIREMENTS_FOLDERS.has(p.toLowerCase()));
}

/** Whether a declaration says the code needs the package to run (not only to test, lint or build docs). */
export function isRuntimeDeclaration(d: { path: string; group?: string }): boolean {
  if (d.group !== undefined && NON_RUNTIME_GROUP.test(d.group)) return false;
  const parts = d.path.split("/");
  const file = parts.pop() ?? "";
  if (parts.some((p) => NON_RUNTIME_FOLDERS.has(p.toLowerCase()))) return false;
  return !(isRequirementsPath(d.path) && NON_RUNTIME_FILE.test(file.replace(/requirements/gi, "")));
}

/**
 * Whether a path lies in a project template: a folder or file name with a Jinja placeholder, as cookiecutter
 * and copier name them (`{{ cookiecutter.repo_name }}/pyproject.toml`, the `{{cookiecutter.modelname}}` model
 * templates vendored with Hugging Face transformers). Such files hold template syntax until they are rendered.
 */
export function isTemplatePath(path: string): boolean {
  const open = path.indexOf("{{");
  return open >= 0 && path.indexOf("}}", open + 2) > 0;
}

/** Test files by name (pytest's defaults and its `conftest.py`). */
const TEST_FILE = /^(test_.*|.*_test|conftest)\.py$/;

/**
 * Folders of code around a project rather than of it: documentation, tests, examples, benchmarks, tutorials,
 * demos, notebook collections (openai/whisper's notebooks/ evaluate the package in whisper/), maintenance scripts
 * and tools, CI helpers, guides. Where such a folder holds all the code, its first import is still the one shown:
 * this only ranks the project's own code first.
 */
const AUXILIARY_CODE_FOLDERS: ReadonlySet<string> = new Set([
  ...TOOLING_FOLDERS, "g3doc", "docsrc", "examples", "example", "benchmarks", "benchmark", "tutorials", "tutorial", "notebooks", "colab", "colabs", "demo", "demos", "scripts", "tools", "ci", "guides", "testdata",
]);

/** Docs folders with a suffix: SeldonIO/MLServer's `docs-gb`, `docs_src`. */
const DOCS_FOLDER = /^(docs?|documentation)[-_]/i;
/** Test folders by name: `tests`, `integration_tests` (keras-team/keras), `unit-tests`, `test_util`, `make_test_op`. */
const TEST_FOLDER = /^([a-z0-9]+[-_])?tests?([-_][a-z0-9]+)?$/i;

/**
 * Whether a path is code around the project rather than the project itself: below one of those folders
 * (`docs/conf.py` imports the library for Sphinx) or a hidden one, or a test file by name.
 */
export function isAuxiliaryCodePath(path: string): boolean {
  const slash = path.lastIndexOf("/");
  return isTestFileName(path.slice(slash + 1)) || (slash > 0 && isAuxiliaryFolder(path.slice(0, slash)));
}

/** isAuxiliaryCodePath's test of a file's name alone (pytest's test files and `conftest.py`). */
export function isTestFileName(name: string): boolean {
  return TEST_FILE.test(name);
}

/** isAuxiliaryCodePath's test of a folder (`/`-separated, without the file): whether any of its parts is one. */
export function isAuxiliaryFolder(folder: string): boolean {
  // A hidden folder holds tooling (open-mmlab/mmpretrain's .dev_scripts/, .github/, .circleci/).
  return folder.split("/").some((p) => p.startsWith(".") || AUXILIARY_CODE_FOLDERS.has(p.toLowerCase()) || DOCS_FOLDER.test(p) || TEST_FOLDER.test(p));
}

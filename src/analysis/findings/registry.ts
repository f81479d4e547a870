/**
 * Every finding kind the audit can report: stable code and id (never renamed or reused), default severity,
 * and its documentation. docs/findings/<CODE>-<id>.md is generated from this table (scripts/gen-docs.ts);
 * a test fails when the pages are stale.
 */
import type { Severity } from "../../core/types.js";

export interface FindingKind {
  code: string;
  id: string;
  severity: Severity;
  title: string;
  /** One sentence: what the finding reports. */
  summary: string;
  /** Why it matters. */
  why: string;
  /** A minimal example that triggers it (shown as code blocks). */
  example: { file: string; lang: string; code: string }[];
  /** How to fix it. */
  fix: string;
  /** When it does NOT fire (the conservative edges). */
  notReported: string;
}

export const DOCS_BASE = "https://github.com/ml-framework-audit/ml-framework-audit/blob/main/docs/findings/";

export function docFileName(kind: Pick<FindingKind, "code" | "id">): string {
  return `${kind.code}-${kind.id}.md`;
}

export function helpUri(kind: Pick<FindingKind, "code" | "id">): string {
  return DOCS_BASE + docFileName(kind);
}

export const FINDING_KINDS: readonly FindingKind[] = [
  {
    code: "MFA001",
    id: "parse-error",
    severity: "warning",
    title: "File could not be parsed",
    summary: "A manifest, notebook or source file in the repository is malformed, so the audit could not read it.",
    why: "Whatever that file declares or imports is missing from the report: a broken requirements file or notebook can hide a framework, a dependency or a deprecated API. The audit keeps going with the other files. It also reports requirements pip itself refuses though the audit could read them, such as a version specifier PEP 440 forbids (`tensorflow>=2.7.*`: `.*` only after `==` or `!=`; `torch~=2`: `~=` needs two release numbers): the audit keeps the declaration as written, pip stops on the line. A file with several problems is one finding that lists them, with a location for each place.",
    example: [{ file: "pyproject.toml", lang: "toml", code: '[project\nname = "demo"\ndependencies = ["torch>=2.1"]' }],
    fix: "Fix the syntax at the reported line (the file usually fails for pip, Poetry or Jupyter as well), or exclude the file with `exclude` in the config if it is a deliberate fixture.",
    notReported: "Files the audit does not read (by extension or because they match `exclude`); files of a project template, named with a Jinja placeholder as cookiecutter and copier name them (`{{ cookiecutter.repo_name }}/pyproject.toml`), which hold template syntax until rendered: what parses in them is still read. Print and exec statements in code that says it is Python 2 (a notebook whose kernel is `python2`, a file whose `#!` line runs `python2`), where they are valid. Notebooks whose kernel is another language (R, Julia, Haskell): they are not read as Python.",
  },
  {
    code: "MFA002",
    id: "skipped-file",
    severity: "info",
    title: "File skipped",
    summary: "A file was not scanned: too large (`max-file-size`), unreadable, binary, or a symlink leading outside the repository; or a file a manifest includes was not read: a remote requirements file, or one in a git submodule that is not checked out.",
    why: "Skipped files are not part of the evidence. Usually harmless (vendored data, generated notebooks), but worth a glance when a framework seems to be missing from the report.",
    example: [{ file: ".github/ml-framework-audit.yml", lang: "yaml", code: "max-file-size: 100000   # a 2 MB notebook is now skipped" }],
    fix: "Raise `max-file-size`, or silence the finding for the path with `ignore: [{code: MFA002, paths: [\"data/**\"]}]`.",
    notReported: "Files excluded on purpose by `exclude` or `.gitignore`-style rules of the discovery step.",
  },
  {
    code: "MFA101",
    id: "missing-dependency",
    severity: "error",
    title: "ML package imported but not declared",
    summary: "Code imports an ML package (torch, tensorflow, transformers, onnxruntime, ...) that no manifest of its project declares.",
    why: "A fresh install from the manifests will fail with ImportError, or silently pick whatever version another package pulls in transitively. Pinning the framework is what makes training and serving reproducible. In a repository of several projects (one requirements.txt per example, say), a file counts the declarations of every project folder that contains it: the repository's own manifests and its subproject's. A manifest governs its folder, or the parent of a folder that sets up an environment for the code around it (`requirements/`, `docker/`, `docs/`, `tests/`, ...); one in a folder without code governs the repository; a Dockerfile, and a notebook's `%pip install`, govern the nearest project at or above them that another manifest defines. Code under no project is judged by every declaration of the repository. A notebook made for Google Colab (its metadata has a `colab` section, a cell uses `google.colab`, or it links to colab.research.google.com) runs on Colab's runtime, which ships PyTorch, TensorFlow, Keras, JAX, Transformers and their usual companions: those count as provided for it, as they do for a project whose Docker image ships them.",
    example: [
      { file: "requirements.txt", lang: "text", code: "numpy>=1.26" },
      { file: "train.py", lang: "python", code: "import torch\nfrom transformers import AutoModel" },
    ],
    fix: "Declare the distribution that provides the import (`torch`, `transformers`, ...) in the manifest the project installs from: requirements.txt, pyproject.toml, environment.yml or the Dockerfile (an official framework image such as `pytorch/pytorch` counts for the framework itself).",
    notReported: "First-party modules (a local package or module of the same name, or the project's own package: the name its pyproject.toml, setup.py or setup.cfg gives the distribution it builds), imports not in the audit's ML package table, and packages that a declared Docker base image ships (pytorch/pytorch provides torch, torchvision and torchaudio; tensorflow/tensorflow provides tensorflow and keras), imports in a project whose manifest computes its dependency list in code (a setup.py that builds install_requires with a function, a pyproject.toml with `dynamic = [\"dependencies\"]`: it may declare anything, so the repository's declarations as a whole judge that code), and optional imports: those in the body of a `try:` whose `except` catches ImportError, ModuleNotFoundError, Exception or everything (unless the handler just re-raises), or of `with contextlib.suppress(ImportError):`, or directly under an `if` that checks availability (`is_torch_available()`, `importlib.util.find_spec(...)`, `_DEEPSPEED_AVAILABLE`, `TYPE_CHECKING`). The code runs without them; where the same package is also imported unguarded, only those places are listed. A package whose required imports are all inside function bodies is MFA103 (missing-on-demand-dependency), a warning.",
  },
  {
    code: "MFA102",
    id: "unused-dependency",
    severity: "warning",
    title: "ML framework declared but never imported",
    summary: "A manifest declares an ML framework or library that no Python file or notebook of its project imports.",
    why: "Framework wheels are large (a CUDA build of torch or tensorflow is several GB): an unused one slows every install and image build, widens the attack surface and confuses readers about which stack the project runs on. A subproject's manifest (`examples/gligen/requirements.txt`) counts only the imports of its own folder; a manifest at the root, in `requirements/`, `docs/`, `tests/` and similar folders, or in a folder without code counts imports anywhere.",
    example: [
      { file: "requirements.txt", lang: "text", code: "torch==2.3.1\ntensorflow==2.16.1" },
      { file: "train.py", lang: "python", code: "import torch" },
    ],
    fix: "Remove the declaration, or move it to the optional group that actually needs it. If the package is used without an import (a plugin, a CLI), silence it with `ignore: [{id: unused-dependency, paths: [\"requirements.txt\"]}]`.",
    notReported: "Docker images; repositories without any Python code; packages used through a CLI or counted as a feature by their declaration (torchserve, tensorflowjs, tf2onnx, onnxruntime, transformers, lightning, accelerate, deepspeed, ...); companions used by an imported library (torchvision/torchaudio next to torch, keras or a framework acting as Keras' backend, keras pinned beside TensorFlow, which `tf.keras` loads, jaxlib next to jax, a framework under a library built on it: Lightning, Transformers, timm, AutoGluon, fastai, Ultralytics, TensorFlow Recommenders, ...; src/knowledge/providers.ts); entries of a pip-compile or uv output that are only there for other entries (`# via tensorflow`); in a project whose code imports the package the repository builds (a test environment beside a library, when that package is an ML library the audit knows), what that package's own code imports (BentoML's `tests/e2e/.../requirements.txt` installing torch for `bentoml`'s PyTorch integration).",
  },
  {
    code: "MFA103",
    id: "missing-on-demand-dependency",
    severity: "warning",
    title: "ML package imported on demand but not declared",
    summary: "An ML package that no manifest of its project declares is imported only inside function bodies: an optional backend, an export helper, a loader for another library's weights.",
    why: "The code imports and runs without the package until one of those functions is called; then it fails with ImportError on a fresh install, and nothing tells users which package (or which version) that path needs. It is MFA101's check, held to a warning: a module-level import breaks the import of the module itself, an on-demand one only the feature that needs it. The projects that judge the code are MFA101's.",
    example: [
      { file: "requirements.txt", lang: "text", code: "torch>=2.1" },
      { file: "export.py", lang: "python", code: "import torch\n\ndef export_onnx(model, path):\n    import onnx\n    torch.onnx.export(model, torch.randn(1, 3, 224, 224), path)\n    onnx.checker.check_model(path)" },
    ],
    fix: "Declare the distribution, as an optional extra when the feature is optional (`[project.optional-dependencies] onnx = [\"onnx>=1.15\"]`, or a requirements file of its own), or guard the import (`try: import onnx / except ImportError: onnx = None`) and handle its absence.",
    notReported: "Everything MFA101 does not report (optional imports, first-party modules, packages a declared Docker image ships, projects that compute their dependency list). A package also imported at module level, or in a class body, is MFA101, which then lists its on-demand places too.",
  },
  {
    code: "MFA201",
    id: "version-too-old",
    severity: "error",
    title: "Pinned framework version lacks a feature the code uses",
    summary: "The code uses a feature (torch.compile, jit_compile, FSDP2 fully_shard, ...) that no version allowed by the project's declaration provides.",
    why: "The code fails at run time (AttributeError / unexpected keyword) on the versions the manifests install. The check follows PEP 440 for pip specifiers, Poetry constraints (`^1.13` is `>=1.13,<2`, a bare `1.13.1` is `==1.13.1`), conda match specs, the tags of the official Docker images and lock-file versions, and fires only when *no* allowed version is new enough. Several manifests of one project that are all too old for the same feature (a pin per CUDA version, a Dockerfile beside requirements.txt) make one finding that lists them.",
    example: [
      { file: "requirements.txt", lang: "text", code: "torch==1.13.1" },
      { file: "train.py", lang: "python", code: "import torch\nmodel = torch.compile(model)   # needs torch >= 2.0" },
    ],
    fix: "Raise the pin to at least the version named in the message (and refresh the lock file), or stop using the feature.",
    notReported: "Unpinned or open-ended declarations (`torch`, `torch>=1.8`), direct URLs, and unreadable Docker tags (`latest`, NGC `23.10-py3`). A usage the code reaches only after checking the version or the attribute: under `if`/`elif` (or the `else` of one) whose condition names a version or calls `hasattr`, directly or through a flag set from one (`elif hasattr(tf.data, 'AUTOTUNE'):`, `if required_torch_version(min_version=2.0):`, nanoGPT's `if self.flash:`), or in a conditional expression that does. A version a Dockerfile takes from a build argument's default (`ARG TENSORFLOW_PACKAGE=tensorflow-cpu==1.15.0` ... `pip install ${TENSORFLOW_PACKAGE}`, `FROM pytorch/pytorch:${TAG}`): a build may pass another with `--build-arg`. A Dockerfile whose `pip install` line declares the framework is judged by that line, not by its base image. In a repository of several projects, code is judged only by the manifests of the nearest project that contains it (a manifest governs its folder and everything below; one kept in `requirements/`, `docker/`, `docs/`, `tests/` or a similar folder governs that folder's parent): `examples/old/requirements.txt` pinning `torch<2.0` says nothing about `examples/new/train.py`. A notebook's `%pip install tensorflow==2.3.0` judges that notebook's own code only.",
  },
  {
    code: "MFA301",
    id: "deprecated-api",
    severity: "warning",
    title: "Deprecated or removed framework API",
    summary: "The code calls an API that its framework has deprecated, removed or put in maintenance mode (torch.cuda.amp, tf.estimator, tf.contrib, TorchScript, Lightning precision=16, ...).",
    why: "Deprecated APIs warn today and break on upgrade; removed ones pin the project to an old release. Several of them appear in the comparison article itself, which predates the replacements. When every place is in a project whose declarations all pin the framework below the release that made the change (`torch==2.0.1` with `torch.cuda.amp.GradScaler`, deprecated in 2.4; `tensorflow<2` with `tf.contrib`), the message says so: the code runs as written on that pin, the replacement may not exist there yet, and the change belongs with the upgrade.",
    example: [{ file: "train.py", lang: "python", code: "from torch.cuda.amp import autocast\nwith autocast():\n    loss = model(x)" }],
    fix: "Switch to the replacement named in the message (e.g. `torch.amp.autocast(\"cuda\")`, `torch.ao.quantization` / torchao, `torch.export`, Keras instead of Estimators).",
    notReported: "Mentions in comments, docstrings or Markdown cells: only real code counts.",
  },
  {
    code: "MFA302",
    id: "deprecated-package",
    severity: "warning",
    title: "Deprecated, renamed or unmaintained package",
    summary: "A manifest declares (or code imports) a package that is gone, renamed or no longer maintained: tensorflow-gpu, pytorch-lightning, tflite-runtime, onnx-tf, tensorflow-addons, torchtext, ...",
    why: "Such packages stop receiving fixes and wheels for new Python and CUDA versions, and some (tensorflow-gpu) refuse to install at all in current versions. When a package stopped with a TensorFlow release (tensorflow-gpu at 2.11, tensorflow-estimator at 2.16) and every place is in a project that pins TensorFlow below it (`tensorflow==1.15.0` beside `tensorflow-estimator==1.15.1`), the message says so: the package installs and works on that pin, and the change belongs with the upgrade.",
    example: [{ file: "requirements.txt", lang: "text", code: "tensorflow-gpu==2.10.1" }],
    fix: "Replace it with the successor named in the message (tensorflow, lightning, ai-edge-litert, onnxruntime/tf2onnx, ...).",
    notReported: "Packages that are merely old versions of maintained projects (see version-too-old for those).",
  },
  {
    code: "MFA401",
    id: "hybrid-stack",
    severity: "info",
    title: "PyTorch and TensorFlow both used",
    summary: "Both frameworks are imported in real code.",
    why: "The comparison article recommends this split only with an explicit boundary (research in PyTorch, production in TensorFlow, ONNX in between). Without one, the project carries two CUDA stacks and two sets of upgrade risks.",
    example: [
      { file: "research/train.py", lang: "python", code: "import torch" },
      { file: "serving/export.py", lang: "python", code: "import tensorflow as tf" },
    ],
    fix: "Make the boundary explicit: export with `torch.onnx.export` (pin `opset_version`, mark the batch axis in `dynamic_axes`) and serve the ONNX model with onnxruntime, or convert it with maintained tools (not onnx-tf). If the split is intended, silence the finding with `ignore: [{id: hybrid-stack}]`.",
    notReported:
      "A framework that is only declared, or only mentioned in comments; one imported only inside `try: ... except ImportError`; and an incidental one: imported in under 10% of the files that import an ML framework, or only inside function bodies (an optional backend), and declared by no manifest for the code to run (a requirements file, extra or group for tests, docs or linting does not count), such as a single notebook cell that compares a JAX model with its PyTorch port.",
  },
  {
    code: "MFA402",
    id: "framework-mismatch",
    severity: "warning",
    title: "The other framework fits the project's requirements better",
    summary: "Weighed by the article's criteria and use cases, the framework not in use scores more than `margin` points higher than the one in use.",
    why: "The requirements the code shows (mobile/edge deployment, TPU training, TF Serving, research tooling, ...) are the ones the article uses to pick a framework; a large gap is worth a conscious decision. See docs/fit-model.md for the exact computation.",
    example: [
      { file: "app/convert.py", lang: "python", code: "import torch\n# the project also ships .tflite models and targets TPUs" },
      { file: ".github/ml-framework-audit.yml", lang: "yaml", code: "targets: [mobile-edge, tpu, gcp]" },
    ],
    fix: "Either record the team's priorities in the config (`priorities`), which re-weights the criteria, or raise `margin`; or plan the migration of the parts that need the other framework.",
    notReported: "Hybrid stacks (see hybrid-stack) and repositories without PyTorch or TensorFlow.",
  },
  {
    code: "MFA403",
    id: "deployment-gap",
    severity: "warning",
    title: "Deployment target without a deployment path",
    summary: "A requirement (from code or config `targets`) has nothing in the repository that can deliver it: mobile/edge without LiteRT/TF Lite, ExecuTorch, Core ML or TensorFlow.js; production serving without any servable export or server; TPU without a TPU code path.",
    why: "The team said (or the code implies) where the model must run, but no converter, runtime or export exists yet; the article's guidance for that target cannot apply until one does.",
    example: [
      { file: ".github/ml-framework-audit.yml", lang: "yaml", code: "targets: [mobile-edge]" },
      { file: "train.py", lang: "python", code: "import torch  # no converter, no .tflite/.pte model" },
    ],
    fix: "Add the deployment path: `tf.lite.TFLiteConverter` / ai-edge-torch / ExecuTorch / coremltools for devices; SavedModel + TF Serving, TorchServe, torch.export or ONNX for serving; TPUStrategy, torch_xla or jax[tpu] for TPUs. Or drop the target.",
    notReported: "Requirements without a target or code signal.",
  },
  {
    code: "MFA501",
    id: "policy-violation",
    severity: "error",
    title: "Team policy violated",
    summary: "The repository uses a framework outside `policy.allowed-frameworks`, a feature listed in `policy.forbidden-features`, or declares a package listed in `policy.forbidden-packages` (per-path `overrides` may change the policy for parts of the tree).",
    why: "The policy is the team's own rule, written in the config file; this finding is how it is enforced on pull requests.",
    example: [
      { file: ".github/ml-framework-audit.yml", lang: "yaml", code: "policy:\n  allowed-frameworks: [pytorch]\n  forbidden-features: [tf.v1]" },
      { file: "legacy/model.py", lang: "python", code: "import tensorflow as tf\nsess = tf.compat.v1.Session()" },
    ],
    fix: "Remove the use, or change the policy (or add an `overrides` entry for the path) if the exception is intended.",
    notReported: "tf.keras counts as TensorFlow, not as a separate Keras framework; standalone `keras` counts as Keras.",
  },
];

export const FINDING_KIND_BY_CODE: ReadonlyMap<string, FindingKind> = new Map(FINDING_KINDS.map((k) => [k.code, k]));
export const FINDING_KIND_BY_ID: ReadonlyMap<string, FindingKind> = new Map(FINDING_KINDS.map((k) => [k.id, k]));

export function kind(code: string): FindingKind {
  const k = FINDING_KIND_BY_CODE.get(code);
  if (!k) throw new Error(`unknown finding code ${code}`);
  return k;
}

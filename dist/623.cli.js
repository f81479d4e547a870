export const id = 623;
export const ids = [623];
export const modules = {

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fM: () => (/* binding */ kind),
/* harmony export */   mH: () => (/* binding */ FINDING_KINDS),
/* harmony export */   qU: () => (/* binding */ helpUri)
/* harmony export */ });
/* unused harmony exports DOCS_BASE, docFileName, FINDING_KIND_BY_CODE, FINDING_KIND_BY_ID */
const DOCS_BASE = "https://github.com/ml-framework-audit/ml-framework-audit/blob/main/docs/findings/";
function docFileName(kind) {
    return `${kind.code}-${kind.id}.md`;
}
function helpUri(kind) {
    return DOCS_BASE + docFileName(kind);
}
const FINDING_KINDS = [
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
        notReported: "A framework that is only declared, or only mentioned in comments; one imported only inside `try: ... except ImportError`; and an incidental one: imported in under 10% of the files that import an ML framework, or only inside function bodies (an optional backend), and declared by no manifest for the code to run (a requirements file, extra or group for tests, docs or linting does not count), such as a single notebook cell that compares a JAX model with its PyTorch port.",
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
const FINDING_KIND_BY_CODE = new Map(FINDING_KINDS.map((k) => [k.code, k]));
const FINDING_KIND_BY_ID = new Map(FINDING_KINDS.map((k) => [k.id, k]));
function kind(code) {
    const k = FINDING_KIND_BY_CODE.get(code);
    if (!k)
        throw new Error(`unknown finding code ${code}`);
    return k;
}


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: CONFIG_CANDIDATES, FORMATS, USAGE, render

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/analysis/findings/registry.ts
var registry = __webpack_require__(8358);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/core/gate.ts
/**
 * `fail-on`: decides whether the audit fails the check. Shared by the CLI (exit code 1) and the action
 * (setFailed), so both judge a report the same way.
 *
 * Items (comma- or newline-separated): a finding id (`missing-dependency`) or code (`MFA101`); a severity
 * (`error`, `warning`, `info`), meaning findings of that severity or worse; `mismatch` (the fit verdict);
 * `never` (nothing fails). Scope `introduced` judges only what the PR adds (the report's delta);
 * `repository` judges every finding.
 */


const DEFAULT_FAIL_ON = "policy-violation";
class FailOnError extends Error {
}
const SEVERITIES = ["error", "warning", "info"];
/** Parses a fail-on list; throws FailOnError naming the first unknown item. */
function parseFailOn(value) {
    const spec = { never: false, mismatch: false, ids: new Set(), codes: new Set() };
    const items = value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    for (const raw of items) {
        const item = raw.toLowerCase();
        if (item === "never")
            spec.never = true;
        else if (item === "mismatch")
            spec.mismatch = true;
        else if (SEVERITIES.includes(item)) {
            const sev = item;
            if (!spec.minSeverity || types/* SEVERITY_ORDER */.B[sev] > types/* SEVERITY_ORDER */.B[spec.minSeverity])
                spec.minSeverity = sev;
        }
        else {
            const kind = registry/* FINDING_KINDS */.mH.find((k) => k.id === item || k.code.toLowerCase() === item);
            if (!kind) {
                const known = ["never", "mismatch", ...SEVERITIES, ...registry/* FINDING_KINDS */.mH.map((k) => k.id)].join(", ");
                throw new FailOnError(`fail-on: unknown item '${raw}' (expected one of: ${known}, or a code like MFA101)`);
            }
            spec.ids.add(kind.id);
            spec.codes.add(kind.code);
        }
    }
    if (spec.never && items.length > 1)
        throw new FailOnError("fail-on: 'never' cannot be combined with other items");
    return spec;
}
function matches(spec, f) {
    if (spec.ids.has(f.id) || spec.codes.has(f.code))
        return true;
    if (spec.mismatch && f.id === "framework-mismatch")
        return true;
    return spec.minSeverity !== undefined && types/* SEVERITY_ORDER */.B[f.severity] <= types/* SEVERITY_ORDER */.B[spec.minSeverity];
}
/** Judges a report. With scope `introduced` and a delta, only the findings the change adds count. */
function evaluateGate(report, spec, scope) {
    if (spec.never)
        return { failed: false, reason: "", matched: [] };
    const judged = scope === "introduced" && report.delta ? report.delta.added.findings : report.findings;
    const matched = judged.filter((f) => matches(spec, f));
    // A mismatch verdict counts even if the analysis emitted no finding for it (repository scope only:
    // in a PR the mismatch finding itself must be new).
    const verdictMismatch = spec.mismatch && report.fit?.verdict === "mismatch" && !(scope === "introduced" && report.delta) && !matched.some((f) => f.id === "framework-mismatch");
    if (matched.length === 0 && !verdictMismatch)
        return { failed: false, reason: "", matched: [] };
    const where = scope === "introduced" && report.delta ? "introduced by this change" : "in the repository";
    const parts = [];
    if (verdictMismatch)
        parts.push("the fit verdict is mismatch");
    const byId = new Map();
    for (const f of matched)
        byId.set(`${f.code} ${f.id}`, (byId.get(`${f.code} ${f.id}`) ?? 0) + 1);
    for (const [k, n] of byId)
        parts.push(`${n} × ${k}`);
    return { failed: true, reason: `ml-framework-audit: fail-on matched ${where}: ${parts.join(", ")}`, matched };
}

// EXTERNAL MODULE: ./src/core/trace.ts
var trace = __webpack_require__(4186);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command line: `ml-framework-audit [PATH] [--format ...] [--output FILE] [--config FILE] [--base REF]`.
 * Exit codes (contracts.md): 0 done and nothing fail-on names was found; 1 fail-on matched; 2 usage or
 * configuration error, with a one-line message naming the bad flag, file, key or line.
 */






// Only what parsing the arguments needs is imported above. The config reader, the engine and the renderers
// are loaded when they are used, so `--help` and a usage error do not wait for them, an audit without a
// config file never loads the YAML parser, and an audit never loads the renderers of the other formats.
/**
 * The config files loadConfig looks for when none is named (its DEFAULT_CANDIDATES; tests/cli checks that
 * the two lists agree). Known here so that their absence is seen without loading the config reader.
 */
const CONFIG_CANDIDATES = [".github/ml-framework-audit.yml", ".github/ml-framework-audit.yaml"];
const FORMATS = ["text", "markdown", "json", "sarif"];
const USAGE = `Usage: ml-framework-audit [PATH] [options]

Audits the machine-learning repository at PATH (default: the current folder) statically:
frameworks, features, declared dependencies, fit against the PyTorch-vs-TensorFlow criteria, findings.

Options:
  -f, --format FORMAT    text (default), markdown (the PR comment body), json, sarif
  -o, --output FILE      write the report to FILE instead of standard output
  -c, --config FILE      config file (default: PATH/.github/ml-framework-audit.yml when present)
      --base REF         add the delta of the working tree against git REF (e.g. origin/main)
      --fail-on LIST     exit 1 when these are found: finding ids or codes, error|warning|info,
                         mismatch, or never (default: ${DEFAULT_FAIL_ON})
      --fail-scope S     repository (default) or introduced (only what --base's delta adds)
  -j, --jobs N           threads for the scan (default: the number of cores, at most 8;
                         on 2 cores a second thread only for trees over 128 MB)
      --cache DIR        keep per-file facts in DIR; later audits scan only changed files
      --color / --no-color  force colour on or off in text output (default: on for a terminal)
  -v, --version          print the version
  -h, --help             print this help

Exit codes: 0 audit done, nothing fail-on names was found; 1 fail-on matched; 2 usage or configuration error.`;
class UsageError extends Error {
}
function parse(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: "string", short: "f" },
                output: { type: "string", short: "o" },
                config: { type: "string", short: "c" },
                base: { type: "string" },
                "fail-on": { type: "string" },
                "fail-scope": { type: "string" },
                jobs: { type: "string", short: "j" },
                cache: { type: "string" },
                color: { type: "boolean" },
                "no-color": { type: "boolean" },
                version: { type: "boolean", short: "v" },
                help: { type: "boolean", short: "h" },
            },
        });
    }
    catch (e) {
        // node's messages name the flag, e.g. "Unknown option '--frmat'"
        throw new UsageError(e.message.split("\n")[0] ?? "invalid arguments");
    }
    const v = parsed.values;
    if (v.help)
        return "help";
    if (v.version)
        return "version";
    if (parsed.positionals.length > 1)
        throw new UsageError(`expected at most one PATH, got: ${parsed.positionals.join(" ")}`);
    const format = (v.format ?? "text");
    if (!FORMATS.includes(format))
        throw new UsageError(`--format: '${v.format}' is not one of ${FORMATS.join(", ")}`);
    const failScope = (v["fail-scope"] ?? "repository");
    if (failScope !== "repository" && failScope !== "introduced") {
        throw new UsageError(`--fail-scope: '${v["fail-scope"]}' is not one of repository, introduced`);
    }
    if (failScope === "introduced" && !v.base)
        throw new UsageError("--fail-scope introduced needs --base REF");
    let jobs;
    if (v.jobs !== undefined) {
        jobs = Number(v.jobs);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
            throw new UsageError(`--jobs: '${v.jobs}' is not a whole number from 1 to 64`);
    }
    return {
        path: parsed.positionals[0] ?? ".",
        format,
        output: v.output,
        config: v.config,
        base: v.base,
        failOn: v["fail-on"] ?? DEFAULT_FAIL_ON,
        failScope,
        color: v["no-color"] ? false : v.color ? true : undefined,
        jobs,
        cache: v.cache,
    };
}
async function render(report, format, color) {
    switch (format) {
        case "json":
            return (await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.bind(__webpack_require__, 7711))).renderJson(report);
        case "markdown":
            return (await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(465)]).then(__webpack_require__.bind(__webpack_require__, 465))).renderMarkdown(report);
        case "sarif":
            return JSON.stringify((await __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 324))).renderSarif(report), null, 2) + "\n";
        case "text":
            return (await __webpack_require__.e(/* import() */ 218).then(__webpack_require__.bind(__webpack_require__, 218))).renderText(report, { color });
    }
}
/** Runs the CLI; returns the exit code. */
async function main(argv, io) {
    let opts;
    try {
        opts = parse(argv);
    }
    catch (e) {
        io.stderr(`ml-framework-audit: ${e.message}\n`);
        return 2;
    }
    if (opts === "help") {
        io.stdout(USAGE + "\n");
        return 0;
    }
    if (opts === "version") {
        io.stdout(version/* TOOL_VERSION */.w + "\n");
        return 0;
    }
    // The modules that define ConfigError and GitRefError, once loaded: an error of theirs is a usage error.
    let configModule;
    let engineModule;
    try {
        (0,trace/* trace */.u)("main:start");
        const root = (0,external_node_path_.resolve)(io.cwd, opts.path);
        if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
            throw new UsageError(`PATH: '${opts.path}' is not a folder`);
        const spec = parseFailOn(opts.failOn);
        const configFile = opts.config ? (0,external_node_path_.resolve)(io.cwd, opts.config) : undefined;
        let config;
        if (configFile === undefined && !CONFIG_CANDIDATES.some((c) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, c)))) {
            // What loadConfig returns when there is no file, without the YAML parser.
            config = structuredClone((await __webpack_require__.e(/* import() */ 954).then(__webpack_require__.bind(__webpack_require__, 1954))).DEFAULT_CONFIG);
        }
        else {
            configModule = await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(816), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 9827));
            config = configModule.loadConfig(configFile, root, { explicit: Boolean(opts.config) });
        }
        engineModule = await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(759), __webpack_require__.e(428)]).then(__webpack_require__.bind(__webpack_require__, 2428));
        const report = await engineModule.audit({ root, displayRoot: opts.path, config, jobs: opts.jobs, cacheDir: opts.cache ? (0,external_node_path_.resolve)(io.cwd, opts.cache) : undefined, ...(opts.base ? { base: { ref: opts.base } } : {}) });
        const color = opts.color ?? (io.isTTY && !opts.output && !io.env.NO_COLOR && io.env.TERM !== "dumb");
        const out = await render(report, opts.format, opts.format === "text" && color);
        (0,trace/* trace */.u)("render:end");
        (0,trace/* traceThreadCpu */.S)();
        if (opts.output)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, opts.output), out);
        else
            io.stdout(out);
        const gate = evaluateGate(report, spec, opts.failScope);
        if (gate.failed) {
            io.stderr(gate.reason + "\n");
            return 1;
        }
        return 0;
    }
    catch (e) {
        const userError = e instanceof UsageError ||
            e instanceof FailOnError ||
            (configModule !== undefined && e instanceof configModule.ConfigError) ||
            (engineModule !== undefined && e instanceof engineModule.GitRefError);
        if (userError) {
            io.stderr(`ml-framework-audit: ${e.message}\n`);
            return 2;
        }
        io.stderr(`ml-framework-audit: internal error: ${e.stack ?? e}\n`);
        return 3;
    }
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   Gt: () => (/* binding */ FRAMEWORK_IDS),
/* harmony export */   Z6: () => (/* binding */ UNRATED_PRIMARY),
/* harmony export */   k8: () => (/* binding */ runsOn),
/* harmony export */   n_: () => (/* binding */ frameworkInUse),
/* harmony export */   ww: () => (/* binding */ inStack)
/* harmony export */ });
/* unused harmony export KERAS_BACKEND_FRAMEWORK */
/**
 * The plain data that flows through the engine:
 *   discovery -> per-file facts (scanning) -> Facts -> Report (analysis) -> renderers.
 * Nothing here imports anything: every layer depends on these shapes, not on each other.
 */
const FRAMEWORK_IDS = ["pytorch", "tensorflow", "keras", "jax", "mlx"];
/** Frameworks that can be a project's primary framework without the article rating them (it compares PyTorch and TensorFlow). */
const UNRATED_PRIMARY = new Set(["jax", "mlx"]);
/** The framework a Keras 3 backend (KERAS_BACKEND) runs models on; `numpy` and `openvino` train nothing. */
const KERAS_BACKEND_FRAMEWORK = { jax: "jax", tensorflow: "tensorflow", torch: "pytorch" };
/**
 * The framework a project's models run on, given its primary framework: Keras whose code selects one backend
 * (FrameworkReport.backends: `os.environ["KERAS_BACKEND"] = "jax"`) runs on that backend's framework; any other
 * primary framework, or Keras with no backend or several, runs on itself.
 */
function runsOn(primary, frameworks) {
    if (primary !== "keras")
        return primary ?? null;
    const backends = frameworks.find((f) => f.id === "keras")?.backends;
    return (backends?.length === 1 ? KERAS_BACKEND_FRAMEWORK[backends[0]] : undefined) ?? primary;
}
/** Imported in code as a stack the project runs on: not only optionally, not incidentally. */
function inStack(f) {
    return Boolean(f?.imported && !f.optionalOnly && !f.incidental);
}
/**
 * The compared framework the project actually runs on, or null (none, or a project on JAX, MLX or
 * backend-agnostic Keras only, or one whose primary framework is JAX or MLX: its PyTorch or TensorFlow code is
 * a data pipeline, a weight converter or a port beside the models, which the article does not rate). The fit
 * (src/analysis/fit.ts) is weighed for it, and the reports' headlines say so.
 */
function frameworkInUse(frameworks, primary) {
    // Keras on one backend runs on that backend's framework (KERAS_BACKEND=jax: not rated; torch: PyTorch)
    const runs = runsOn(primary, frameworks);
    if (runs !== null && UNRATED_PRIMARY.has(runs))
        return null;
    if (runs !== primary && (runs === "pytorch" || runs === "tensorflow"))
        return runs;
    const compared = frameworks.filter((f) => f.id === "pytorch" || f.id === "tensorflow");
    // A framework imported only optionally (try/except ImportError) or incidentally is not what the project runs
    // on; without any in the stack, a declared one is (the team's word), but never one that is only set aside,
    // nor an optional backend of the package declared only as its extra (aroundPackageOnly).
    const imported = compared.filter(inStack);
    const pool = imported.length > 0 ? imported : compared.filter((f) => f.declared.length > 0 && f.aroundPackageOnly !== true);
    if (pool.length === 1)
        return pool[0].id;
    if (pool.length === 0)
        return null;
    if (primary === "pytorch" || primary === "tensorflow")
        return primary;
    const byImports = [...pool].sort((a, b) => (b.importCount ?? 0) - (a.importCount ?? 0) || b.declared.length - a.declared.length || (a.id < b.id ? -1 : 1));
    return byImports[0].id;
}
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };


/***/ })

};

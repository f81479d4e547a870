/**
 * The plain data that flows through the engine:
 *   discovery -> per-file facts (scanning) -> Facts -> Report (analysis) -> renderers.
 * Nothing here imports anything: every layer depends on these shapes, not on each other.
 */

/** Frameworks the audit recognises (features.md "Frameworks"). */
export type FrameworkId = "pytorch" | "tensorflow" | "keras" | "jax" | "mlx";
export const FRAMEWORK_IDS: readonly FrameworkId[] = ["pytorch", "tensorflow", "keras", "jax", "mlx"];
/** Frameworks that can be a project's primary framework without the article rating them (it compares PyTorch and TensorFlow). */
export const UNRATED_PRIMARY: ReadonlySet<FrameworkId> = new Set<FrameworkId>(["jax", "mlx"]);

/** The framework a Keras 3 backend (KERAS_BACKEND) runs models on; `numpy` and `openvino` train nothing. */
export const KERAS_BACKEND_FRAMEWORK: Readonly<Record<string, FrameworkId>> = { jax: "jax", tensorflow: "tensorflow", torch: "pytorch" };

/**
 * The framework a project's models run on, given its primary framework: Keras whose code selects one backend
 * (FrameworkReport.backends: `os.environ["KERAS_BACKEND"] = "jax"`) runs on that backend's framework; any other
 * primary framework, or Keras with no backend or several, runs on itself.
 */
export function runsOn(primary: FrameworkId | null | undefined, frameworks: readonly Pick<FrameworkReport, "id" | "backends">[]): FrameworkId | null {
  if (primary !== "keras") return primary ?? null;
  const backends = frameworks.find((f) => f.id === "keras")?.backends;
  return (backends?.length === 1 ? KERAS_BACKEND_FRAMEWORK[backends[0]!] : undefined) ?? primary;
}

/** The two frameworks the article compares; fit scores exist for these. */
export type ComparedFramework = "pytorch" | "tensorflow";

type StackFacts = Pick<FrameworkReport, "id" | "imported" | "optionalOnly" | "incidental" | "aroundPackageOnly" | "declared" | "importCount" | "backends">;

/** Imported in code as a stack the project runs on: not only optionally, not incidentally. */
export function inStack(f: Pick<FrameworkReport, "imported" | "optionalOnly" | "incidental"> | undefined): boolean {
  return Boolean(f?.imported && !f.optionalOnly && !f.incidental);
}

/**
 * The compared framework the project actually runs on, or null (none, or a project on JAX, MLX or
 * backend-agnostic Keras only, or one whose primary framework is JAX or MLX: its PyTorch or TensorFlow code is
 * a data pipeline, a weight converter or a port beside the models, which the article does not rate). The fit
 * (src/analysis/fit.ts) is weighed for it, and the reports' headlines say so.
 */
export function frameworkInUse(frameworks: readonly StackFacts[], primary: FrameworkId | null): ComparedFramework | null {
  // Keras on one backend runs on that backend's framework (KERAS_BACKEND=jax: not rated; torch: PyTorch)
  const runs = runsOn(primary, frameworks);
  if (runs !== null && UNRATED_PRIMARY.has(runs)) return null;
  if (runs !== primary && (runs === "pytorch" || runs === "tensorflow")) return runs;
  const compared = frameworks.filter((f) => f.id === "pytorch" || f.id === "tensorflow");
  // A framework imported only optionally (try/except ImportError) or incidentally is not what the project runs
  // on; without any in the stack, a declared one is (the team's word), but never one that is only set aside,
  // nor an optional backend of the package declared only as its extra (aroundPackageOnly).
  const imported = compared.filter(inStack);
  const pool = imported.length > 0 ? imported : compared.filter((f) => f.declared.length > 0 && f.aroundPackageOnly !== true);
  if (pool.length === 1) return pool[0]!.id as ComparedFramework;
  if (pool.length === 0) return null;
  if (primary === "pytorch" || primary === "tensorflow") return primary;
  const byImports = [...pool].sort((a, b) => (b.importCount ?? 0) - (a.importCount ?? 0) || b.declared.length - a.declared.length || (a.id < b.id ? -1 : 1));
  return byImports[0]!.id as ComparedFramework;
}

/** A feature ID from features.md, e.g. "torch.compile" (see src/knowledge/features.ts). */
export type FeatureId = string;

/** A place in the repository. `path` is repo-relative with `/`, `line` is 1-based. */
export interface Location {
  path: string;
  line: number;
  /** Notebooks: 0-based index into the notebook's `cells` array. */
  cell?: number;
  /** 1-based column, where known. */
  column?: number;
}

// ---------------------------------------------------------------------------
// Discovery
// ---------------------------------------------------------------------------

export type FileKind =
  | "python"
  | "notebook"
  | "requirements"
  | "pyproject"
  | "setup-py"
  | "setup-cfg"
  | "pipfile"
  | "pixi"
  | "cog"
  | "pipfile-lock"
  | "conda"
  | "dockerfile"
  | "package-json"
  | "poetry-lock"
  | "uv-lock"
  /** A model artifact seen by name only (.tflite, .pb, .h5, .keras, .onnx, .pt ...): never opened. */
  | "artifact";

export interface DiscoveredFile {
  /** Repo-relative, `/`-separated. */
  path: string;
  /** Absolute path on disk (inside the scanned root). */
  abs: string;
  size: number;
  /** Modification time (ms), for the facts cache's quick check. */
  mtimeMs?: number;
  kind: FileKind;
}

// ---------------------------------------------------------------------------
// Facts produced by scanning
// ---------------------------------------------------------------------------

export type Ecosystem = "pypi" | "conda" | "npm" | "docker";

/** One dependency declared by a manifest (or a notebook's `%pip install`). */
export interface DeclaredDependency {
  path: string;
  line: number;
  cell?: number;
  /** The distribution name as written: `tensorflow-cpu`, `torch`, `pytorch` (conda), `pytorch/pytorch` (docker image). */
  name: string;
  /** PEP 503 normalised name (lower-case, runs of -_. become -); docker images: repository without tag. */
  normalizedName: string;
  /** Version specifier as written (`>=2.1,<3`, `==2.15.*`), or "" when unpinned. Docker: the tag. */
  specifier: string;
  extras: string[];
  /** PEP 508 environment marker as written, if any. */
  marker?: string;
  /** Direct reference (`name @ https://...`, a wheel URL, a VCS URL). */
  url?: string;
  /** Where it was declared, e.g. "requirements", "pyproject:project", "pyproject:poetry", "conda", "conda:pip", "dockerfile:from", "dockerfile:pip", "notebook:%pip". */
  source: string;
  /** Optional/extras group, PEP 735 group, Poetry group, ... `undefined` for the main dependencies. */
  group?: string;
  ecosystem: Ecosystem;
  /** Resolved version from a lock file, filled in by the engine; null when no lock file pins it. */
  resolvedVersion?: string | null;
  /** Package indexes / find-links in force for this declaration (pip options, uv and Pipfile sources). */
  indexUrls?: string[];
  /** Conda channel (`pytorch::pytorch`, `-c pytorch`). */
  channel?: string;
  /** For a declaration reached through `-r`, the requirements file that included it. */
  includedFrom?: string;
  /**
   * Dockerfiles: the build argument whose default gave the requirement or image its text
   * (`ARG TENSORFLOW_PACKAGE=tensorflow-cpu==1.15.0` then `pip install ${TENSORFLOW_PACKAGE}`, `FROM
   * pytorch/pytorch:${TAG}`). A build may pass another value (`--build-arg`; horovod's CI builds its test
   * images with a dozen TensorFlow versions), so version checks do not hold the default as a pin.
   */
  buildArg?: string;
}

/** A version pinned by a lock file (poetry.lock, uv.lock, Pipfile.lock). */
export interface LockedVersion {
  path: string;
  normalizedName: string;
  version: string;
}

/** An `import` in real code. `module` is the full dotted module (`torch.nn.parallel`); for `from X import Y` it is X.Y when Y may be a module. */
export interface ImportFact extends Location {
  module: string;
  /**
   * Inside a `try:` whose handlers catch ImportError / ModuleNotFoundError (or a broader Exception / bare except):
   * the code copes without it.
   */
  optional?: boolean;
  /**
   * Inside a function body (`def`): it runs only when the function is called, e.g. a tracker integration that
   * imports mlflow in its `__init__`. Still a dependency; not evidence of what the project is built for.
   */
  lazy?: true;
}

/** A use of a catalogued feature (features.md) in real code, a manifest or a Dockerfile. */
export interface FeatureUsage extends Location {
  feature: FeatureId;
  /** Short literal context worth reporting, e.g. `mode="max-autotune"`, `precision=16`. */
  detail?: string;
  /** The resolved dotted name or pattern that matched, e.g. `torch.nn.parallel.DistributedDataParallel`. */
  matched?: string;
  /**
   * The code checks for the feature before it uses it: the usage sits under an `if`/`elif` (or the `else` of
   * one, or a conditional expression) whose condition tests a version or `hasattr` (`elif hasattr(tf.data,
   * 'AUTOTUNE'):`, `if required_torch_version(min_version=2.0):`), or a flag set from one (nanoGPT's
   * `if self.flash:`). Set only for features with a minimum version (knowledge/versions.ts); MFA201 does not
   * hold such a usage against an older pin.
   */
  guarded?: true;
}

/** A problem reading one file: it becomes a `parse-error` or `skipped` finding; the audit goes on. */
export interface ScanProblem {
  kind: "parse-error" | "skipped";
  path: string;
  line?: number;
  cell?: number;
  message: string;
}

/** Everything learned from one file. Per-file so it can be computed in a worker and cached by content hash. */
export interface FileFacts {
  path: string;
  kind: FileKind;
  bytes: number;
  imports: ImportFact[];
  usages: FeatureUsage[];
  declared: DeclaredDependency[];
  locked: LockedVersion[];
  problems: ScanProblem[];
  /**
   * The manifest computes part of its dependency list (a setup.py that builds install_requires in code, a
   * pyproject.toml whose `dynamic` names its dependencies): `declared` may be incomplete, and the findings do
   * not take its project's silence about a package as an answer.
   */
  partialDeclarations?: true;
  /**
   * Distributions this manifest builds, by the name it gives its own project (`[project] name`,
   * `[tool.poetry] name`, setup.cfg `[metadata] name`, setup.py `name=`). Code that imports that name imports
   * the project itself (first-party), even where its package folder is laid out under another name.
   */
  provides?: string[];
  /**
   * A notebook made for Google Colab: its metadata has a `colab` section, a code cell uses `google.colab`, or a
   * markdown cell links to colab.research.google.com. It runs on Colab's runtime, which ships the packages
   * COLAB_PROVIDES lists (src/knowledge/providers.ts).
   */
  colab?: true;
  /** git blob id of the bytes scanned (only when the facts cache asked for it). */
  blob?: string;
  /**
   * Other files of the repository these facts were also read from (a requirements file's `-r`/`-c` includes,
   * followed from any manifest), in the order read. Absent when the file read no other.
   */
  reads?: FileRead[];
}

/** A file a manifest read besides itself, and a digest of the text read (null: it could not be read). */
export interface FileRead {
  path: string;
  digest: string | null;
}

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  durationMs: number;
  /** With a facts cache: files whose facts were reused / scanned anew. */
  cacheHits?: number;
  cacheMisses?: number;
}

/** The whole repository's facts: the input of the analysis. */
export interface Facts {
  /** The scanned root as the user gave it (for display), e.g. ".". */
  root: string;
  files: FileFacts[];
  /** Model artifacts present in the tree (by name only): .tflite, .pb, .h5, .keras, .onnx, saved_model.pb ... */
  artifacts: string[];
  /** Top-level Python module names that are first-party (a local package or module of that name exists). */
  localModules: string[];
  /** Problems not tied to one scanned file's content (unreadable file, symlink outside root, file too large...). */
  problems: ScanProblem[];
  stats: ScanStats;
}

// ---------------------------------------------------------------------------
// Report (contracts.md "JSON report"): extend freely, never rename.
// ---------------------------------------------------------------------------

export type Severity = "error" | "warning" | "info";
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type Verdict = "fit" | "mismatch" | "hybrid" | "no-ml";

export interface DeclaredRef {
  path: string;
  line: number;
  name: string;
  specifier: string;
  resolvedVersion: string | null;
  cell?: number;
  source?: string;
  group?: string;
}

export interface FrameworkReport {
  id: FrameworkId;
  imported: boolean;
  /**
   * Where it is imported, in path order, except that the first is the import that best shows it in use: one the
   * project's own code needs (not in docs, tests, examples or benchmarks; not optional; not inside a function).
   */
  importWitnesses: Location[];
  declared: DeclaredRef[];
  /** How many import statements were found (importWitnesses lists at most 20). */
  importCount?: number;
  /** In how many files (sources, notebooks) an import of it is not optional. */
  importFiles?: number;
  /**
   * Every import of the framework is optional (in a `try:` whose handler copes with ImportError, or under an
   * availability check such as `if is_tf_available():`): the code runs without it, so it does not count as a
   * stack the project runs on (no hybrid verdict from it alone).
   */
  optionalOnly?: true;
  /**
   * PyTorch or TensorFlow imported in only a few of the files that import an ML framework (under 10%), or only
   * inside function bodies (onDemandOnly), and declared by no manifest for the code to run: a helper on the side
   * (a weight converter, one notebook, an optional backend), not a stack the project runs on. It does not make
   * a hybrid verdict, nor is it the framework in use.
   */
  incidental?: true;
  /**
   * With `incidental`: the reason is that every required import of the framework is inside a function body
   * (an optional backend or helper that loads it when called), however many files have one.
   */
  onDemandOnly?: true;
  /**
   * With `incidental`: the reason is that the package the repository builds imports the framework only optionally
   * (or not at all), its required imports are all in tests, docs, tutorials or examples, and no main dependency
   * declares it (only extras or groups): an optional backend of the package, however many files import it.
   */
  aroundPackageOnly?: true;
  /**
   * Keras only: the backends its code selects through KERAS_BACKEND (feature `keras.backend`), the most often
   * set first. Keras 3 runs models on the backend named; with exactly one, that backend's framework is the
   * stack (runsOn).
   */
  backends?: string[];
  /**
   * Declared by no manifest, and imported in this many notebooks made for Google Colab (FileFacts.colab), whose
   * runtime ships it (COLAB_PROVIDES): those notebooks need no declaration of it (MFA101 leaves them out).
   */
  colabNotebooks?: number;
}

export interface FeatureReport {
  id: FeatureId;
  framework: FrameworkId | "interop";
  witnesses: Location[];
  /** Total number of usages found (witnesses may be capped). */
  count?: number;
  details?: string[];
}

export interface RequirementReport {
  id: string;
  /** Feature IDs (or other signals, e.g. `artifact:*.tflite`, `target:config`) that made the audit infer it. */
  evidence: string[];
  /**
   * Met on the PyTorch side through the article's ONNX boundary (the code exports with torch.onnx and the only
   * evidence is onnxruntime): the requirement counts as neutral in the use-case part, not for TensorFlow.
   */
  bridged?: true;
}

export interface CriterionReport {
  id: string;
  /** The project's weight (importance 1-5; 0 = ignored). */
  weight: number;
  /** The article's stars (1-5) for each framework. */
  pytorch: number;
  tensorflow: number;
  /** Where the weight came from. */
  weightSource?: "config" | "inferred" | "default";
  /** Requirement IDs / evidence that moved this criterion's weight. */
  evidence?: string[];
  /** weight x stars, per framework. */
  weighted?: { pytorch: number; tensorflow: number };
}

/** A place where the project uses something the article describes in an out-of-date or wrong way. */
export interface OutdatedNote {
  /** Stable topic id, e.g. "max-autotune", "torch-quantization-namespace", "pytorch-mobile". */
  topic: string;
  /** The report's own words: what the article says vs. what is true now, with the version facts. */
  note: string;
  /** Where the project touches this topic. */
  locations: Location[];
  /** Primary source for the correction (docs URL). */
  source?: string;
}

export interface FitReport {
  requirements: RequirementReport[];
  criteria: CriterionReport[];
  scores: { pytorch: number; tensorflow: number };
  verdict: Verdict;
  explanation: string;
  /** The framework the scores favour (null on a tie within the margin or with no ML). */
  favoured?: ComparedFramework | null;
  /** The margin used for `mismatch`. */
  margin?: number;
  /** Article corrections that apply to this project. */
  outdatedNotes?: OutdatedNote[];
  /** Concrete advice (e.g. the ONNX boundary for hybrid stacks). */
  recommendations?: string[];
  /** The decision-matrix part of the scores (0-100, one decimal), 60% of them (src/analysis/fit.ts). */
  matrixScores?: { pytorch: number; tensorflow: number };
  /** The use-case part of the scores (0-100, one decimal), 40% of them. */
  useCaseScores?: { pytorch: number; tensorflow: number };
  [extra: string]: unknown;
}

export interface Finding {
  /** Stable code, e.g. "MFA101". */
  code: string;
  /** Stable kebab-case id, e.g. "missing-dependency". */
  id: string;
  severity: Severity;
  message: string;
  locations: Location[];
  /** Link to the finding's documentation page. */
  helpUri?: string;
  /**
   * Where the fact behind the finding comes from (a release note, a project's announcement): the URL the message
   * ends with as "Source: <url>", from the audit's own knowledge tables (MFA201, MFA301, MFA302).
   */
  sourceUri?: string;
  /** Stable identity across runs, used by the PR delta (code + subject, not line numbers). */
  fingerprint?: string;
}

/** One location per file (the first there) where a framework is imported or a feature used. */
export interface IdFiles {
  id: string;
  files: Location[];
  /**
   * Features only: the files among `files` whose only places are declarations (a requirements line, a Dockerfile's
   * `pip install`: features.md counts a declared distribution as a use), so the PR comment can say "declared in".
   */
  declaredOnly?: string[];
}

/**
 * Which files import each framework and use each feature: what the PR delta compares to say where a
 * framework or feature spread to or left. In memory only (the JSON report leaves it out).
 */
export interface UsageFiles {
  frameworks: IdFiles[];
  features: IdFiles[];
}

/** Files that started (`added`, head locations) or stopped (`removed`, base locations) importing a framework or using a feature. */
export interface FileShift {
  id: string;
  added: Location[];
  removed: Location[];
  /** Every added file only declares the feature's distribution (IdFiles.declaredOnly): nothing in it uses it in code. */
  addedByDeclarationOnly?: true;
}

/** The file shifts of a delta, per framework and per feature. */
export interface FileShifts {
  frameworks: FileShift[];
  features: FileShift[];
}

export interface DeltaSide {
  frameworks: FrameworkId[];
  features: FeatureId[];
  findings: Finding[];
}

export interface Delta {
  base: string;
  added: DeltaSide;
  removed: DeltaSide;
  /**
   * Per framework (imports) and feature (usages): the files where it appears or disappears, also when the
   * framework or feature itself was there before. Absent when either side's report has no UsageFiles.
   */
  files?: FileShifts;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: "ml-framework-audit"; version: string };
  root: string;
  stats: ScanStats;
  frameworks: FrameworkReport[];
  primaryFramework: FrameworkId | null;
  features: FeatureReport[];
  fit?: FitReport;
  findings: Finding[];
  delta: Delta | null;
  /** Where each framework and feature appears, for the delta; not part of the JSON report. */
  usageFiles?: UsageFiles;
}

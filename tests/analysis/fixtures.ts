/**
 * Hand-built Facts shaped like what the scanners produce for real repositories. Builders keep tests short;
 * the repositories below mirror well-known layouts (nanoGPT, a Keras app with TFLite + TF Serving, a TF1
 * Estimator/TPU codebase, a mixed research/production repo, an empty repo).
 */
import type { DeclaredDependency, Ecosystem, Facts, FeatureUsage, FileFacts, FileKind, ImportFact, LockedVersion, ScanProblem } from "../../src/core/types.js";
import { normalizeDistName } from "../../src/knowledge/packages.js";

type Imp = [module: string, line: number, cell?: number];
type Use = [feature: string, line: number, extra?: { matched?: string; detail?: string; cell?: number }];

export function py(path: string, imports: Imp[], usages: Use[] = [], kind: FileKind = "python"): FileFacts {
  return {
    path,
    kind,
    bytes: 1000,
    imports: imports.map(([module, line, cell]): ImportFact => ({ path, line, module, ...(cell !== undefined ? { cell } : {}) })),
    usages: usages.map(([feature, line, extra]): FeatureUsage => ({
      path,
      line,
      feature,
      ...(extra?.matched ? { matched: extra.matched } : {}),
      ...(extra?.detail ? { detail: extra.detail } : {}),
      ...(extra?.cell !== undefined ? { cell: extra.cell } : {}),
    })),
    declared: [],
    locked: [],
    problems: [],
  };
}

export function nb(path: string, imports: Imp[], usages: Use[] = []): FileFacts {
  return py(path, imports, usages, "notebook");
}

type Dep = [name: string, specifier: string, line: number, opts?: { extras?: string[]; source?: string; marker?: string; group?: string; buildArg?: string }];

export function manifest(path: string, kind: FileKind, deps: Dep[], ecosystem: Ecosystem = "pypi"): FileFacts {
  return {
    path,
    kind,
    bytes: 200,
    imports: [],
    usages: [],
    declared: deps.map(([name, specifier, line, opts]): DeclaredDependency => ({
      path,
      line,
      name,
      normalizedName: ecosystem === "docker" ? name.toLowerCase() : normalizeDistName(name),
      specifier,
      extras: opts?.extras ?? [],
      source: opts?.source ?? (ecosystem === "docker" ? "dockerfile:from" : ecosystem === "conda" ? "conda" : kind),
      ecosystem,
      ...(opts?.marker ? { marker: opts.marker } : {}),
      ...(opts?.group ? { group: opts.group } : {}),
      ...(opts?.buildArg ? { buildArg: opts.buildArg } : {}),
    })),
    locked: [],
    problems: [],
  };
}

export const req = (path: string, deps: Dep[]) => manifest(path, "requirements", deps);

/** A Dockerfile: `from` = [image, tag, line]; pip = pip-installed deps. */
export function dockerfile(path: string, from: [string, string, number][], pip: Dep[] = []): FileFacts {
  const f = manifest(path, "dockerfile", from.map(([image, tag, line]) => [image, tag, line] as Dep), "docker");
  const p = manifest(path, "dockerfile", pip.map(([n, s, l, o]) => [n, s, l, { ...o, source: "dockerfile:pip" }] as Dep));
  return { ...f, declared: [...f.declared, ...p.declared] };
}

export function lock(path: string, kind: FileKind, versions: [string, string][]): FileFacts {
  return {
    path,
    kind,
    bytes: 5000,
    imports: [],
    usages: [],
    declared: [],
    locked: versions.map(([name, version]): LockedVersion => ({ path, normalizedName: normalizeDistName(name), version })),
    problems: [],
  };
}

export function facts(files: FileFacts[], extra: { artifacts?: string[]; localModules?: string[]; problems?: ScanProblem[] } = {}): Facts {
  return {
    root: ".",
    files,
    artifacts: extra.artifacts ?? [],
    localModules: extra.localModules ?? [],
    problems: extra.problems ?? [],
    stats: { filesScanned: files.length, bytesScanned: files.reduce((s, f) => s + f.bytes, 0), durationMs: 1 },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Repositories
// ---------------------------------------------------------------------------------------------------------

/** nanoGPT-like: train.py with DDP, torch.compile, AMP; model.py with SDPA; requirements unpinned torch. */
export function nanoGpt(torchSpec = ""): Facts {
  return facts(
    [
      py(
        "train.py",
        [["os", 19], ["numpy", 24], ["torch", 25], ["torch.nn.parallel.DistributedDataParallel", 26], ["torch.distributed.init_process_group", 27], ["model.GPTConfig", 29]],
        [
          ["torch.ddp", 246, { matched: "torch.nn.parallel.DistributedDataParallel" }],
          ["torch.compile", 241, { matched: "torch.compile" }],
          ["torch.amp", 113, { matched: "torch.amp.autocast" }],
        ],
      ),
      py("model.py", [["math", 10], ["torch", 13], ["torch.nn", 14], ["torch.nn.functional", 15]], [["torch.sdpa", 62, { matched: "torch.nn.functional.scaled_dot_product_attention" }]]),
      py("sample.py", [["torch", 7], ["tiktoken", 8], ["model.GPT", 9]]),
      nb("scaling_laws.ipynb", [["torch", 3, 1], ["matplotlib.pyplot", 4, 1]]),
      req("requirements.txt", [["torch", torchSpec, 1], ["numpy", "", 2], ["transformers", "", 3], ["tiktoken", "", 4]]),
    ],
    { localModules: ["model", "train", "sample"] },
  );
}

/** A Keras app converted to TFLite and served with TF Serving. */
export function kerasTfliteServing(tfSpec = ">=2.15"): Facts {
  return facts(
    [
      py(
        "src/train.py",
        [["tensorflow", 1], ["tensorflow.keras.layers", 2], ["tensorflow.keras.Model", 3]],
        [
          ["tf.data", 20, { matched: "tensorflow.data.AUTOTUNE" }],
          ["tf.mixed_precision", 12, { matched: "tensorflow.keras.mixed_precision.set_global_policy", detail: 'mixed_float16' }],
          ["tf.saved_model", 80, { matched: "tensorflow.saved_model.save" }],
          ["tf.function", 40, { matched: "tensorflow.function" }],
        ],
      ),
      py("src/convert.py", [["tensorflow", 1]], [["tf.lite", 5, { matched: "tensorflow.lite.TFLiteConverter.from_saved_model" }]]),
      py("client/predict.py", [["requests", 1], ["json", 2]], [["tf.serving", 9, { matched: "/v1/models/my_model:predict" }]]),
      req("requirements.txt", [["tensorflow", tfSpec, 1], ["numpy", "", 2]]),
      dockerfile("serving/Dockerfile", [["tensorflow/serving", "2.15.0", 1]]),
    ],
    { artifacts: ["models/mobilenet.tflite"], localModules: ["src", "client"] },
  );
}

/** A TF1 codebase: Estimators, TPUEstimator, tf.contrib, tensorflow==1.15. */
export function tf1EstimatorTpu(): Facts {
  return facts(
    [
      py(
        "run_classifier.py",
        [["tensorflow", 3], ["modeling", 5], ["tokenization", 6]],
        [
          ["tf.v1", 30, { matched: "tensorflow.estimator.RunConfig" }],
          ["tf.tpu", 31, { matched: "tensorflow.contrib.tpu.TPUEstimator" }],
          ["tf.tpu", 44, { matched: "tensorflow.contrib.cluster_resolver.TPUClusterResolver" }],
          ["tf.v1", 44, { matched: "tensorflow.contrib.cluster_resolver.TPUClusterResolver" }],
          ["tf.v1", 60, { matched: "tensorflow.placeholder" }],
        ],
      ),
      py("modeling.py", [["tensorflow", 1], ["six", 2]], [["tf.v1", 100, { matched: "tensorflow.contrib.layers.layer_norm" }]]),
      req("requirements.txt", [["tensorflow", "==1.15.5", 1], ["google-cloud-storage", "", 2]]),
    ],
    { artifacts: ["checkpoints/bert_model.pb"], localModules: ["modeling", "tokenization", "run_classifier"] },
  );
}

/** Research in PyTorch, production in TensorFlow, ONNX in between (with the article's onnx_tf). */
export function mixedRepo(): Facts {
  return facts(
    [
      py("research/train.py", [["torch", 1], ["transformers.AutoModel", 2]], [["hf.transformers", 2, { matched: "transformers" }], ["torch.compile", 30, { matched: "torch.compile", detail: 'mode="max-autotune"' }]]),
      py("research/export.py", [["torch", 1], ["onnx", 2]], [["torch.onnx", 10, { matched: "torch.onnx.export" }], ["onnx", 10, { matched: "torch.onnx.export" }]]),
      py("serving/load.py", [["onnx", 1], ["onnx_tf.backend", 2], ["tensorflow", 3]], [["onnx", 2, { matched: "onnx_tf" }], ["tf.saved_model", 12, { matched: "tensorflow.saved_model.load" }]]),
      req("requirements.txt", [["torch", ">=2.1", 1], ["tensorflow", ">=2.15", 2], ["onnx", "", 3], ["onnx-tf", "==1.10.0", 4], ["transformers", "", 5]]),
    ],
    { localModules: ["research", "serving"] },
  );
}

export function emptyRepo(): Facts {
  return facts([py("scripts/hello.py", [["os", 1], ["sys", 2]]), manifest("pyproject.toml", "pyproject", [["requests", ">=2", 5, { source: "pyproject:project" }]])]);
}

import { describe, expect, it } from "vitest";
import { runsOn, type ImportFact } from "../../src/core/types.js";
import { analyze } from "../../src/analysis/analyze.js";
import { config } from "./helpers.js";
import { dockerfile, emptyRepo, facts, kerasTfliteServing, manifest, mixedRepo, nanoGpt, nb, py, req, tf1EstimatorTpu } from "./fixtures.js";

const codes = (r: ReturnType<typeof analyze>) => r.findings.map((f) => f.code);

describe("analyze: nanoGPT-like PyTorch trainer", () => {
  const r = analyze(nanoGpt(), config());
  it("finds PyTorch only, imported, with sorted witnesses and the declaration", () => {
    expect(r.frameworks.map((f) => f.id)).toEqual(["pytorch"]);
    const pt = r.frameworks[0]!;
    expect(pt.imported).toBe(true);
    expect(pt.importWitnesses[0]).toEqual({ path: "model.py", line: 13 });
    expect(pt.importWitnesses.map((w) => w.path)).toEqual([...pt.importWitnesses.map((w) => w.path)].sort());
    expect(pt.importWitnesses).toContainEqual({ path: "scaling_laws.ipynb", line: 3, cell: 1 });
    expect(pt.declared).toEqual([{ path: "requirements.txt", line: 1, name: "torch", specifier: "", resolvedVersion: null, source: "requirements" }]);
    expect(r.primaryFramework).toBe("pytorch");
  });
  it("reports features with witnesses and infers research + large-scale-training", () => {
    expect(r.features.map((f) => f.id)).toEqual(["torch.compile", "torch.ddp", "torch.amp", "torch.sdpa", "hf.transformers"]);
    expect(r.features.find((f) => f.id === "torch.compile")!.witnesses).toEqual([{ path: "train.py", line: 241 }]);
    expect(r.fit!.requirements.map((q) => q.id)).toEqual(["research", "large-scale-training"]);
    expect(r.fit!.requirements[0]!.evidence).toContain("torch.compile");
    expect(r.fit!.requirements[1]!.evidence).toEqual(["torch.ddp"]);
  });
  it("scores PyTorch ahead and calls it a fit, explaining with numbers", () => {
    const fit = r.fit!;
    expect(fit.scores.pytorch).toBeGreaterThan(fit.scores.tensorflow + 10);
    // the worked example in docs/fit-model.md §5
    expect(fit.scores).toEqual({ pytorch: 81, tensorflow: 58 });
    expect(fit.matrixScores).toEqual({ pytorch: 84.8, tensorflow: 80.8 });
    expect(fit.useCaseScores).toEqual({ pytorch: 75, tensorflow: 25 });
    expect(fit.verdict).toBe("fit");
    expect(fit.favoured).toBe("pytorch");
    expect(fit.explanation).toContain(`PyTorch scores ${fit.scores.pytorch}`);
    expect(fit.explanation).toContain("research");
    const rs = fit.criteria.find((c) => c.id === "research-speed")!;
    expect(rs).toMatchObject({ weight: 4, weightSource: "inferred", evidence: ["research"], weighted: { pytorch: 20, tensorflow: 12 } });
    expect(fit.criteria.find((c) => c.id === "enterprise-support")).toMatchObject({ weight: 3, weightSource: "default" });
  });
  it("has no dependency findings (torch and transformers declared)", () => {
    expect(codes(r)).not.toContain("MFA101");
    expect(codes(r)).not.toContain("MFA102");
    expect(codes(r)).not.toContain("MFA201");
  });
  it("emits only the article corrections the project touches", () => {
    expect(r.fit!.outdatedNotes!.map((n) => n.topic)).toEqual(["better-transformer"]);
    expect(r.fit!.outdatedNotes![0]!.locations).toEqual([{ path: "model.py", line: 62 }]);
  });
});

describe("analyze: Keras app with TFLite and TF Serving", () => {
  const r = analyze(kerasTfliteServing(), config());
  it("counts tf.keras as TensorFlow (and Keras), TensorFlow primary", () => {
    expect(r.frameworks.map((f) => f.id)).toEqual(["tensorflow", "keras"]);
    expect(r.primaryFramework).toBe("tensorflow");
    const tf = r.frameworks.find((f) => f.id === "tensorflow")!;
    expect(tf.declared.map((d) => d.path)).toEqual(["requirements.txt", "serving/Dockerfile"]);
  });
  it("infers production-serving and mobile-edge, with artifact and image evidence", () => {
    const reqs = Object.fromEntries(r.fit!.requirements.map((q) => [q.id, q.evidence]));
    expect(Object.keys(reqs)).toEqual(["production-serving", "mobile-edge"]);
    expect(reqs["production-serving"]).toContain("docker:tensorflow/serving");
    expect(reqs["mobile-edge"]).toEqual(["tf.lite", "artifact:*.tflite"]);
  });
  it("scores TensorFlow far ahead: fit", () => {
    expect(r.fit!.scores.tensorflow - r.fit!.scores.pytorch).toBeGreaterThan(30);
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.criteria.find((c) => c.id === "production-readiness")).toMatchObject({ weight: 5, evidence: ["production-serving", "mobile-edge"] });
  });
  it("the serving image counts as a tf.serving usage", () => {
    const w = r.features.find((f) => f.id === "tf.serving")!.witnesses;
    expect(w).toEqual([{ path: "client/predict.py", line: 9 }, { path: "serving/Dockerfile", line: 1 }]);
  });
  it("notes LiteRT and Keras 3 for this project", () => {
    expect(r.fit!.outdatedNotes!.map((n) => n.topic).sort()).toEqual(["keras-multi-backend", "tflite-litert"]);
  });
});

describe("analyze: TF1 Estimator + TPU repository", () => {
  const r = analyze(tf1EstimatorTpu(), config());
  it("infers tpu, gcp and legacy-tf-assets (from tf.v1, the .pb artifact and the 1.x pin)", () => {
    const reqs = Object.fromEntries(r.fit!.requirements.map((q) => [q.id, q.evidence]));
    expect(Object.keys(reqs)).toEqual(["tpu", "gcp", "legacy-tf-assets"]);
    expect(reqs["legacy-tf-assets"]).toEqual(["tf.v1", "artifact:*.pb", "pin:tensorflow==1.15.5"]);
    expect(reqs["gcp"]).toEqual(["dist:google-cloud-storage"]);
  });
  it("names a TF 1.x Docker image once as the pin (deepinsight/insightface's stylegan2 Dockerfile)", () => {
    const f = tf1EstimatorTpu();
    f.files.push(dockerfile("external/stylegan2/Dockerfile", [["tensorflow/tensorflow", "1.15.0-gpu-py3", 7]]));
    const reqs = Object.fromEntries(analyze(f, config()).fit!.requirements.map((q) => [q.id, q.evidence]));
    expect(reqs["legacy-tf-assets"]).toContain("pin:tensorflow/tensorflow:1.15.0-gpu-py3");
  });
  it("fits TensorFlow and flags the removed APIs", () => {
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.favoured).toBe("tensorflow");
    const fps = r.findings.map((f) => f.fingerprint);
    expect(fps).toEqual(expect.arrayContaining(["MFA301:tf.contrib", "MFA301:tf.estimator", "MFA301:tf1-toplevel"]));
  });
});

describe("analyze: mixed research/production repository", () => {
  const r = analyze(mixedRepo(), config());
  it("is hybrid, recommends the ONNX boundary and corrects onnx-tf", () => {
    expect(r.fit!.verdict).toBe("hybrid");
    expect(r.fit!.recommendations!.join(" ")).toMatch(/torch\.onnx\.export.*opset_version.*dynamic_axes/);
    expect(r.fit!.recommendations!.join(" ")).toMatch(/onnx-tf.*no longer maintained/);
    const hybrid = r.findings.find((f) => f.code === "MFA401")!;
    expect(hybrid.locations).toEqual([{ path: "research/export.py", line: 1 }, { path: "serving/load.py", line: 3 }]);
    expect(hybrid.message).toContain("onnx-tf");
  });
  it("notes max-autotune only where it is used", () => {
    const n = r.fit!.outdatedNotes!.find((x) => x.topic === "max-autotune")!;
    expect(n.locations).toEqual([{ path: "research/train.py", line: 30 }]);
    expect(n.note).toMatch(/fastest/);
    expect(r.features.find((f) => f.id === "torch.compile")!.details).toEqual(['mode="max-autotune"']);
  });
});

describe("analyze: repositories without ML", () => {
  it("empty repo -> no-ml, no frameworks, null primary", () => {
    const r = analyze(emptyRepo(), config());
    expect(r.frameworks).toEqual([]);
    expect(r.primaryFramework).toBeNull();
    expect(r.fit!.verdict).toBe("no-ml");
    expect(r.fit!.favoured).toBeNull();
    expect(r.findings).toEqual([]);
  });
  it("truly empty facts do not throw", () => {
    const r = analyze(facts([]), config());
    expect(r.fit!.verdict).toBe("no-ml");
  });
});

describe("analyze: mismatch", () => {
  it("a PyTorch project whose targets are mobile, TPU and GCP is a mismatch", () => {
    const r = analyze(nanoGpt(), config({ targets: ["mobile-edge", "tpu", "gcp", "production-serving"] }));
    expect(r.fit!.requirements.find((q) => q.id === "tpu")!.evidence).toEqual(["target:config"]);
    expect(r.fit!.verdict).toBe("mismatch");
    expect(r.fit!.favoured).toBe("tensorflow");
    expect(r.findings.map((f) => f.fingerprint)).toContain("MFA402:pytorch->tensorflow");
    expect(r.fit!.explanation).toMatch(/more than the margin of 10/);
  });
  it("a larger margin turns the same project into a fit", () => {
    const base = analyze(nanoGpt(), config({ targets: ["mobile-edge", "tpu", "gcp", "production-serving"] }));
    const gap = base.fit!.scores.tensorflow - base.fit!.scores.pytorch;
    const r = analyze(nanoGpt(), config({ targets: ["mobile-edge", "tpu", "gcp", "production-serving"], margin: gap }));
    expect(r.fit!.verdict).toBe("fit");
    expect(r.findings.map((f) => f.code)).not.toContain("MFA402");
  });
  it("config priorities override inferred weights", () => {
    const r = analyze(kerasTfliteServing(), config({ priorities: { "research-speed": 5, "production-readiness": 0 } }));
    const c = r.fit!.criteria;
    expect(c.find((x) => x.id === "research-speed")).toMatchObject({ weight: 5, weightSource: "config" });
    expect(c.find((x) => x.id === "production-readiness")).toMatchObject({ weight: 0, weightSource: "config", weighted: { pytorch: 0, tensorflow: 0 } });
  });
});

describe("analyze: keras and jax decisions", () => {
  it("standalone keras with torch imported: PyTorch is the stack in use, not hybrid", () => {
    const r = analyze(facts([py("m.py", [["keras", 1], ["torch", 2]]), req("requirements.txt", [["keras", ">=3", 1], ["torch", "", 2]])]), config());
    expect(r.frameworks.map((f) => f.id)).toEqual(["pytorch", "keras"]);
    expect(r.fit!.verdict).not.toBe("hybrid");
    expect(r.fit!.explanation).toMatch(/^PyTorch is the framework in use/);
  });
  it("the primary framework is the one imported in the most files, not the one with the most catalogued usages", () => {
    // google-research/big_vision: JAX models in most files, TensorFlow input pipelines with many tf.* usages
    const files = Array.from({ length: 10 }, (_, i) => py(`big_vision/models/m${i}.py`, [["jax", 1], ["flax.linen", 2]]));
    for (let i = 0; i < 7; i++) {
      const uses: [string, number][] = Array.from({ length: 30 }, (_, k) => ["tf.v1", 10 + k]);
      files.push(py(`big_vision/pp/ops_${i}.py`, [["tensorflow.compat.v1", 1]], [...uses, ["tf.data", 50]]));
    }
    const r = analyze(facts(files), config());
    expect(r.frameworks.map((f) => [f.id, f.importFiles])).toEqual([["tensorflow", 7], ["jax", 10]]);
    expect(r.primaryFramework).toBe("jax");
    expect(r.fit!.explanation).toMatch(/^JAX is the primary framework \(20 imports/);
  });
  it("JAX primary with PyTorch and TensorFlow both beside it is no hybrid, and the explanation names all three", () => {
    // AI-Hypercomputer/maxtext, google-research/scenic: JAX models, TensorFlow input pipelines, PyTorch checkpoint converters
    const files = Array.from({ length: 12 }, (_, i) => py(`src/models/m${i}.py`, [["jax", 1], ["flax.linen", 2]]));
    files.push(py("src/input/tfds_pipeline.py", [["tensorflow", 1], ["jax", 2]]), py("src/input/grain_ops.py", [["tensorflow", 3]]));
    files.push(py("tools/convert_hf.py", [["torch", 1], ["jax", 5]]), py("tools/convert_llama.py", [["torch", 1]]));
    const decl = req("requirements.txt", [["jax", ">=0.4.30", 1], ["tensorflow", "", 2], ["torch", "", 3]]);
    const r = analyze(facts([...files, decl]), config());
    expect(r.primaryFramework).toBe("jax");
    expect(r.frameworks.filter((f) => f.incidental).map((f) => f.id)).toEqual([]);
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toMatch(/^JAX is the primary framework \(26 imports, first at src\/input\/tfds_pipeline\.py:2\); the project also imports PyTorch \(2 imports[^)]*\) and TensorFlow \(2 imports[^)]*\) beside it\./);
    expect(r.findings.map((f) => f.code)).not.toContain("MFA401");
    // the same imports with PyTorch as the primary framework are the article's hybrid
    const torchFirst = [...files.filter((f) => !f.path.startsWith("src/models/")), ...Array.from({ length: 12 }, (_, i) => py(`src/models/t${i}.py`, [["torch", 1]]))];
    expect(analyze(facts([...torchFirst, decl]), config()).fit!.verdict).toBe("hybrid");
  });
  it("MLX is a framework of its own: primary over PyTorch conversion scripts, no framework in use, no mismatch", () => {
    // ml-explore/mlx-examples: MLX models in most folders, torch only in the weight converters
    const files = Array.from({ length: 8 }, (_, i) => py(`ex${i}/model.py`, [["mlx.core", 1], ["mlx.nn", 2]]));
    files.push(py("clip/convert.py", [["torch", 1], ["mlx.core", 2]]), py("lora/lora.py", [["mlx_lm", 3]]));
    const decl = req("clip/requirements.txt", [["mlx", ">=0.18", 1], ["torch", "", 2], ["mlx-lm", "==0.24.1", 3]]);
    const r = analyze(facts([...files, decl]), config({ margin: 0 }));
    expect(r.frameworks.map((f) => [f.id, f.importFiles, f.declared.map((d) => d.name)])).toEqual([
      ["pytorch", 1, ["torch"]],
      ["mlx", 10, ["mlx", "mlx-lm"]],
    ]);
    expect(r.primaryFramework).toBe("mlx");
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toMatch(/^MLX is the primary framework \(18 imports, first at clip\/convert\.py:2\); the project also imports PyTorch \(1 import/);
    // No dependency finding: mlx and mlx-lm are declared, and so is torch.
    expect(r.findings.filter((f) => f.code === "MFA101" || f.code === "MFA102")).toEqual([]);
  });
  it("Keras on one KERAS_BACKEND runs on that backend's framework; on several, Keras stays Keras", () => {
    // fchollet/deep-learning-with-python-notebooks (3rd edition): Keras 3 on JAX, tf.data pipelines beside it
    const backendUse = (value: string, line = 3): [string, number, { detail: string }] => ["keras.backend", line, { detail: `KERAS_BACKEND="${value}"` }];
    const book = (values: string[]) => {
      const files = Array.from({ length: 6 }, (_, i) => py(`chapter${i}.ipynb`, [["keras", 5]], [backendUse(values[i % values.length]!)], "notebook"));
      files.push(py("chapter8.ipynb", [["keras", 5], ["tensorflow", 6]], [], "notebook"), py("chapter9.ipynb", [["keras", 5], ["tensorflow", 6]], [], "notebook"));
      return analyze(facts([...files, req("requirements.txt", [["keras", "", 1]])]), config({ targets: ["research"] }));
    };
    const jax = book(["jax"]);
    expect(jax.primaryFramework).toBe("keras");
    expect(jax.frameworks.find((f) => f.id === "keras")!.backends).toEqual(["jax"]);
    expect(runsOn(jax.primaryFramework, jax.frameworks)).toBe("jax");
    // not "TensorFlow is the framework in use ... mismatch": the models run on JAX, which the article does not rate
    expect(jax.fit!.verdict).toBe("fit");
    expect(jax.fit!.explanation).toMatch(/^Keras is the primary framework \(8 imports[^)]*\), with KERAS_BACKEND set to "jax" in its code, so its models run on JAX; the project also imports TensorFlow \(2 imports/);
    expect(jax.findings.map((f) => f.code)).not.toContain("MFA402");
    // the same book without the backend line is Keras on TensorFlow, as the article reads Keras
    const tfOnly = analyze(facts([py("a.ipynb", [["keras", 5]], [], "notebook"), py("b.ipynb", [["keras", 5], ["tensorflow", 6]], [], "notebook")]), config({ targets: ["research"] }));
    expect(tfOnly.fit!.verdict).toBe("mismatch");
    // qqwweee/keras-yolo3: the headline names Keras, and so does the explanation's first sentence
    expect(tfOnly.fit!.explanation).toMatch(/^Keras is the primary framework \(2 imports, first at a\.ipynb:5\), on TensorFlow, its default backend, which the code imports too \(1 import, first at b\.ipynb:6\); the fit is weighed for TensorFlow\./);
    // Keras on PyTorch: PyTorch is the stack in use, even where no file imports torch
    const torch = book(["torch"]);
    expect(runsOn(torch.primaryFramework, torch.frameworks)).toBe("pytorch");
    expect(torch.fit!.verdict).toBe("fit");
    expect(torch.fit!.favoured).toBe("pytorch");
    expect(torch.fit!.explanation).toMatch(/^Keras is the primary framework \([^)]*\), with KERAS_BACKEND set to "torch" in its code, so its models run on PyTorch\./);
    // several backends (keras-team/keras-hub's tests): Keras stays Keras, and the explanation says so
    const multi = book(["torch", "torch", "jax"]);
    expect(multi.frameworks.find((f) => f.id === "keras")!.backends).toEqual(["torch", "jax"]);
    expect(runsOn(multi.primaryFramework, multi.frameworks)).toBe("keras");
    expect(multi.fit!.explanation).toContain('Its code sets KERAS_BACKEND to "torch" and "jax" in different places: Keras runs its models on more than one backend.');
    expect(multi.fit!.verdict).toBe(tfOnly.fit!.verdict);
  });
  it("JAX only: not rated by the article, verdict fit without mismatch", () => {
    const r = analyze(facts([py("m.py", [["jax", 1], ["flax.linen", 2]]), req("requirements.txt", [["jax", "", 1], ["flax", "", 2]])]), config({ targets: ["tpu"] }));
    expect(r.primaryFramework).toBe("jax");
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toMatch(/neither PyTorch nor TensorFlow/);
  });
  it("declared-only frameworks are listed but do not make a hybrid", () => {
    const r = analyze(facts([py("a.py", [["torch", 1]]), req("requirements.txt", [["torch", "", 1], ["tensorflow", "", 2]])]), config());
    expect(r.frameworks.map((f) => [f.id, f.imported])).toEqual([["pytorch", true], ["tensorflow", false]]);
    expect(r.fit!.verdict).not.toBe("hybrid");
  });
  it("a framework imported only optionally (openai/whisper's `try: import tensorflow`) does not make a hybrid", () => {
    const optionalTf = (alsoRequired: boolean) => {
      const nbFile = py("notebooks/LibriSpeech.ipynb", [["tensorflow", 5, 3], ["torch", 9, 3]], [], "notebook");
      nbFile.imports[0]!.optional = true;
      const files = [py("whisper/model.py", [["torch", 1]]), nbFile, req("requirements.txt", [["torch", "", 1]])];
      if (alsoRequired) files.push(py("export.py", [["tensorflow", 12]])); // yolov5: guarded here, plain there
      return analyze(facts(files), config());
    };
    const r = optionalTf(false);
    expect(r.frameworks.map((f) => [f.id, f.imported, f.optionalOnly ?? false])).toEqual([["pytorch", true, false], ["tensorflow", true, true]]);
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toMatch(/^PyTorch is the framework in use/);
    expect(codes(r)).not.toContain("MFA401");
    const both = optionalTf(true);
    expect(both.frameworks.find((f) => f.id === "tensorflow")!.optionalOnly).toBeUndefined();
    expect(both.fit!.verdict).toBe("hybrid");
  });
  it("docker-only TensorFlow is found with the image as declaration", () => {
    const r = analyze(facts([dockerfile("Dockerfile", [["tensorflow/tensorflow", "2.15.0-gpu", 1]])]), config());
    expect(r.frameworks[0]).toMatchObject({ id: "tensorflow", imported: false, declared: [{ path: "Dockerfile", line: 1, name: "tensorflow/tensorflow", specifier: "2.15.0-gpu" }] });
    expect(r.primaryFramework).toBe("tensorflow");
  });
});

describe("analyze: a package nothing imports is no evidence of a requirement", () => {
  /**
   * huggingface/diffusers' shape: PyTorch research code (diffusers, transformers, torch.compile), a serving
   * helper that imports onnxruntime, and CI images that `pip install pytorch-lightning`, which no code imports.
   * The lightning declaration made an mlops-pipeline requirement and, with it, a mismatch.
   */
  const dockerPip = (path: string, dist: string, line: number) => {
    const f = manifest(path, "dockerfile", [[dist, "", line, { source: "dockerfile:pip" }]]);
    f.usages.push({ feature: "lightning", path, line, matched: dist }); // as the Dockerfile scanner records it
    return f;
  };
  const diffusersLike = (extra: ReturnType<typeof py>[] = []) =>
    analyze(
      facts([
        ...Array.from({ length: 6 }, (_, i) => py(`src/diffusers/models/m${i}.py`, [["torch", 1], ["transformers", 2]], [["torch.compile", 30], ["torch.sdpa", 40], ["hf.transformers", 2]])),
        py("src/diffusers/pipelines/onnx_utils.py", [["onnxruntime", 5]]),
        req("requirements.txt", [["torch", ">=2.1", 1], ["transformers", "", 2], ["diffusers", "", 3]]),
        dockerPip("docker/diffusers-pytorch-cuda/Dockerfile", "pytorch-lightning", 55),
        dockerPip("docker/diffusers-pytorch-xformers-cuda/Dockerfile", "pytorch-lightning", 54),
        ...extra,
      ]),
      config(),
    );

  it("pytorch-lightning only installed in CI images: no mlops-pipeline, and no mismatch", () => {
    const r = diffusersLike();
    expect(r.features.map((f) => f.id)).toContain("lightning"); // still a usage (features.md: declared counts)
    expect(r.fit!.requirements.map((q) => q.id)).toEqual(["research", "production-serving"]);
    expect(r.fit!.requirements[0]!.evidence).not.toContain("lightning");
    expect(r.fit!.verdict).toBe("fit");
  });

  it("once code imports lightning, it is evidence again", () => {
    const r = diffusersLike([py("examples/train_lit.py", [["pytorch_lightning", 1]])]);
    expect(r.fit!.requirements.map((q) => q.id)).toEqual(["research", "production-serving", "mlops-pipeline"]);
    expect(r.fit!.requirements.find((q) => q.id === "mlops-pipeline")!.evidence).toEqual(["lightning"]);
  });

  it("a declared package: unused is no evidence, imported or used without an import (a CLI, an image) is", () => {
    const run = (...files: ReturnType<typeof py>[]) => {
      const r = analyze(facts([py("train.py", [["torch", 1]]), ...files]), config());
      return Object.fromEntries(r.fit!.requirements.map((q) => [q.id, q.evidence]));
    };
    expect(run(req("requirements.txt", [["onnxruntime", "", 1]]))["production-serving"]).toBeUndefined();
    expect(run(req("requirements.txt", [["onnxruntime", "", 1]]), py("serve.py", [["onnxruntime", 1]]))["production-serving"]).toEqual(["dist:onnxruntime", "import:onnxruntime"]);
    // tensorflowjs is used through its converter CLI; mlflow and deepspeed by their launchers
    expect(run(req("requirements.txt", [["tensorflowjs", "", 1]]))["mobile-edge"]).toEqual(["tfjs", "dist:tensorflowjs"]);
    expect(run(req("requirements.txt", [["mlflow", "", 1]]))["mlops-pipeline"]).toEqual(["dist:mlflow"]);
    // a serving image is the deployment itself
    expect(run(dockerfile("serving/Dockerfile", [["tensorflow/serving", "2.15.0", 1]]))["production-serving"]).toEqual(["tf.serving", "docker:tensorflow/serving"]);
  });
});

describe("analyze: imports are requirement evidence only where the project needs them", () => {
  const lib = (xla: ImportFact) =>
    analyze(facts([py("src/trainer.py", [["torch", 1]]), { ...py("src/accelerators/xla.py", [["torch", 1]]), imports: [{ path: "src/accelerators/xla.py", line: 1, module: "torch" }, xla] }, req("requirements.txt", [["torch", "", 1]])]), config());
  it("a module-level import of torch_xla is TPU evidence", () => {
    const r = lib({ path: "src/accelerators/xla.py", line: 3, module: "torch_xla.core.xla_model" });
    expect(r.fit!.requirements.find((q) => q.id === "tpu")?.evidence).toEqual(["import:torch_xla"]);
    // and the report says the article's "TPU means TensorFlow" is out of date, where torch_xla is imported
    const note = r.fit!.outdatedNotes!.find((n) => n.topic === "tpu-pytorch-xla");
    expect(note?.locations).toEqual([{ path: "src/accelerators/xla.py", line: 3 }]);
    expect(lib({ path: "src/accelerators/xla.py", line: 3, module: "jax" }).fit!.outdatedNotes?.map((n) => n.topic) ?? []).not.toContain("tpu-pytorch-xla");
  });
  it("a declared package the code imports only on demand is no evidence either (torchmetrics' DNSMOS onnxruntime)", () => {
    const metrics = (imp: Partial<ImportFact>) =>
      analyze(
        facts([
          py("src/metrics/accuracy.py", [["torch", 1]]),
          { ...py("src/metrics/audio/dnsmos.py", [["torch", 1]]), imports: [{ path: "src/metrics/audio/dnsmos.py", line: 1, module: "torch" }, { path: "src/metrics/audio/dnsmos.py", line: 40, module: "onnxruntime", ...imp }] },
          req("requirements.txt", [["torch", "", 1]]),
          req("requirements/audio.txt", [["onnxruntime", ">=1.12", 10]]),
        ]),
        config(),
      );
    expect(metrics({ lazy: true }).fit!.requirements.find((q) => q.id === "production-serving")).toBeUndefined();
    expect(metrics({ optional: true }).fit!.requirements.find((q) => q.id === "production-serving")).toBeUndefined();
    expect(metrics({}).fit!.requirements.find((q) => q.id === "production-serving")?.evidence).toEqual(["dist:onnxruntime", "import:onnxruntime"]);
  });
  it("the same for packages only the requirement signals know (composer's MLflow logger and GCS object store)", () => {
    const composer = (imp: Partial<ImportFact> | null) =>
      analyze(
        facts([
          py("composer/trainer.py", [["torch", 1]]),
          {
            ...py("composer/loggers/mlflow_logger.py", [["torch", 1]]),
            imports: [
              { path: "composer/loggers/mlflow_logger.py", line: 1, module: "torch" },
              ...(imp ? [{ path: "composer/loggers/mlflow_logger.py", line: 52, module: "mlflow.MlflowClient", ...imp }] : []),
              ...(imp ? [{ path: "composer/utils/gcs_object_store.py", line: 66, module: "google.cloud.storage.Client", ...imp }] : []),
            ],
          },
          req("requirements.txt", [["torch", "", 1], ["mlflow", ">=2.14", 2], ["google-cloud-storage", "", 3]]),
        ]),
        config(),
      ).fit!.requirements.map((q) => [q.id, q.evidence]);
    expect(composer({ lazy: true })).toEqual([]);
    expect(composer({ optional: true })).toEqual([]);
    expect(composer({})).toEqual([
      ["gcp", ["dist:google-cloud-storage", "import:google.cloud"]],
      ["mlops-pipeline", ["dist:mlflow", "import:mlflow"]],
    ]);
    // Declared and never imported: MLflow has a CLI, a Google Cloud client may be used by a tool; the declaration counts.
    expect(composer(null)).toEqual([
      ["gcp", ["dist:google-cloud-storage"]],
      ["mlops-pipeline", ["dist:mlflow"]],
    ]);
  });
  it("one inside a function (Lightning's XLAStrategy) or behind an availability check (accelerate) is not", () => {
    expect(lib({ path: "src/accelerators/xla.py", line: 3, module: "torch_xla.core.xla_model", lazy: true }).fit!.requirements.find((q) => q.id === "tpu")).toBeUndefined();
    expect(lib({ path: "src/accelerators/xla.py", line: 3, module: "torch_xla.core.xla_model", optional: true }).fit!.requirements.find((q) => q.id === "tpu")).toBeUndefined();
  });
});

describe("analyze: production serving through the article's ONNX boundary", () => {
  /**
   * facebookresearch/segment-anything's shape: a PyTorch model, scripts/export_onnx_model.py exporting it with
   * torch.onnx.export, a notebook running the .onnx file with onnxruntime, onnxruntime in setup.py's `all` extra.
   * It was a 42-point "mismatch" (TensorFlow 91, PyTorch 49) from production-serving alone.
   */
  const samLike = (extra: ReturnType<typeof py>[] = [], targets: string[] = []) =>
    analyze(
      facts([
        ...["image_encoder", "mask_decoder", "prompt_encoder", "sam", "transformer"].map((m) => py(`segment_anything/modeling/${m}.py`, [["torch", 7], ["torch.nn", 8]])),
        py("scripts/export_onnx_model.py", [["torch", 7], ["onnxruntime", 20]], [["torch.onnx", 150, { detail: "opset_version=17" }], ["onnx", 20]]),
        py("notebooks/onnx_model_example.ipynb", [["torch", 2, 7], ["onnxruntime", 4, 7]], [["onnx", 4]], "notebook"),
        manifest("setup.py", "setup-py", [["onnxruntime", "", 14, { source: "setup-py", group: "all" }]]),
        ...extra,
      ]),
      config({ targets: targets as never }),
    );

  it("onnxruntime serving a torch.onnx export: production-serving is met on the PyTorch side, neutral, fit", () => {
    const r = samLike();
    expect(r.fit!.requirements).toEqual([{ id: "production-serving", evidence: ["dist:onnxruntime", "import:onnxruntime"], bridged: true }]);
    expect(r.fit!.useCaseScores).toEqual({ pytorch: 50, tensorflow: 50 });
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toContain("production-serving (dist:onnxruntime, import:onnxruntime; met through the ONNX boundary the article recommends");
    // the requirement still weighs the criteria it raises
    expect(r.fit!.criteria.find((c) => c.id === "production-readiness")).toMatchObject({ weight: 4, weightSource: "inferred" });
    expect(codes(r)).not.toContain("MFA402");
  });

  it("a Triton client serving the export is the same boundary (WongKinYiu/yolov7's deploy/triton-inference-server)", () => {
    const r = samLike([py("deploy/triton-inference-server/client.py", [["tritonclient.grpc", 9]])]);
    expect(r.fit!.requirements).toEqual([{ id: "production-serving", evidence: ["dist:onnxruntime", "import:onnxruntime", "import:tritonclient"], bridged: true }]);
    expect(r.fit!.verdict).toBe("fit");
  });

  it("without the torch.onnx export, or with other serving evidence, or declared as a target, it leans to TensorFlow", () => {
    const noExport = analyze(facts([py("serve.py", [["torch", 1], ["onnxruntime", 2]]), req("requirements.txt", [["torch", "", 1], ["onnxruntime", "", 2]])]), config());
    expect(noExport.fit!.requirements).toEqual([{ id: "production-serving", evidence: ["dist:onnxruntime", "import:onnxruntime"] }]);
    expect(noExport.fit!.verdict).toBe("mismatch");
    const savedModel = samLike([py("serving/export_tf.py", [["tensorflow", 1]], [["tf.saved_model", 5]])]);
    expect(savedModel.fit!.requirements.find((q) => q.id === "production-serving")!.bridged).toBeUndefined();
    const target = samLike([], ["production-serving"]);
    expect(target.fit!.requirements).toEqual([{ id: "production-serving", evidence: ["dist:onnxruntime", "import:onnxruntime", "target:config"] }]);
    expect(target.fit!.verdict).toBe("mismatch");
  });
});

describe("analyze: an incidental framework does not make a hybrid", () => {
  /**
   * huggingface/pytorch-image-models' shape: PyTorch in `n` modules, and one helper that imports TensorFlow 1
   * (preprocessing to check weights ported from TensorFlow), declared by whatever `declare` adds.
   */
  const timmLike = (n: number, declare: ReturnType<typeof py>[] = [], tfFiles = 1) => {
    const files = Array.from({ length: n }, (_, i) => py(`timm/models/m${String(i).padStart(3, "0")}.py`, [["torch", 1]]));
    for (let i = 0; i < tfFiles; i++) files.push(py(`timm/data/tf_preprocessing${i}.py`, [["tensorflow.compat.v1", 25]]));
    files.push(req("requirements.txt", [["torch", ">=1.7", 1]]), ...declare);
    return analyze(facts(files), config());
  };

  it("TensorFlow in 1 of 20 ML files and declared nowhere: incidental, PyTorch is in use, no MFA401", () => {
    const r = timmLike(19);
    const tf = r.frameworks.find((f) => f.id === "tensorflow")!;
    expect(tf).toMatchObject({ imported: true, importFiles: 1, incidental: true });
    expect(r.frameworks.find((f) => f.id === "pytorch")).toMatchObject({ importFiles: 19 });
    expect(r.frameworks.find((f) => f.id === "pytorch")!.incidental).toBeUndefined();
    expect(r.fit!.verdict).not.toBe("hybrid");
    expect(r.fit!.explanation).toMatch(/^PyTorch is the framework in use \(19 imports, first at timm\/models\/m000\.py:1\)\. TensorFlow is imported in 1 of the 20 files/);
    expect(r.fit!.explanation).toContain("20 files that import an ML framework and no manifest declares it, so it is counted as incidental");
    expect(codes(r)).not.toContain("MFA401");
    expect(codes(r)).toContain("MFA101"); // still imported and undeclared
    // the share's denominator stays out of the report
    expect(Object.keys(tf)).not.toContain("mlFiles");
  });

  it("declared for the code to run (requirements.txt, an extra, a Dockerfile's pip install): part of the stack", () => {
    const declared = [
      req("requirements-tf.txt", [["tensorflow", ">=2.15", 1]]),
      manifest("pyproject.toml", "pyproject", [["tensorflow", ">=2.15", 30, { source: "pyproject:project", group: "tf-port" }]]),
    ];
    for (const d of declared) {
      const r = timmLike(19, [d]);
      expect(r.frameworks.find((f) => f.id === "tensorflow")!.incidental, d.path).toBeUndefined();
      expect(r.fit!.verdict, d.path).toBe("hybrid");
    }
  });

  it("declared only to test, lint or build docs, or by the notebook that imports it: still incidental", () => {
    const notebookPip = manifest("notebooks/compare_with_tf.ipynb", "notebook", [["tensorflow", "", 1, { source: "notebook:%pip" }]]);
    const tooling = [
      notebookPip,
      req("requirements-dev.txt", [["tensorflow", "", 1]]),
      req("docs/requirements.txt", [["tensorflow", "", 1]]),
      manifest("pyproject.toml", "pyproject", [["tensorflow", "", 30, { source: "pyproject:project", group: "testing" }]]),
      manifest("Pipfile", "pipfile", [["tensorflow", "", 9, { source: "pipfile", group: "dev" }]]),
    ];
    for (const d of tooling) {
      const r = timmLike(19, [d]);
      expect(r.frameworks.find((f) => f.id === "tensorflow")!.incidental, d.path).toBe(true);
      expect(r.fit!.verdict, d.path).not.toBe("hybrid");
      // pytorch/executorch: `backends/nxp/requirements-tests-pypi.txt` pins tensorflow; "no manifest declares it" would be false
      expect(r.fit!.explanation, d.path).toContain("import an ML framework and declared only for tests, docs, CI or a notebook's own setup, so it is counted as incidental");
    }
  });

  it("the share is of files, and 10% is enough to count: 1 of 10, or 2 of 20, is part of the stack", () => {
    expect(timmLike(9).frameworks.find((f) => f.id === "tensorflow")!.incidental).toBeUndefined();
    expect(timmLike(9).fit!.verdict).toBe("hybrid");
    expect(timmLike(18, [], 2).frameworks.find((f) => f.id === "tensorflow")!.incidental).toBeUndefined();
    expect(timmLike(19, [], 2).frameworks.find((f) => f.id === "tensorflow")!.incidental).toBe(true);
  });

  it("a small project with one TFLite conversion script is a hybrid, declared or not", () => {
    const r = analyze(facts([py("train.py", [["torch", 1]]), py("model.py", [["torch", 1]]), py("mobile/convert_tflite.py", [["tensorflow", 5]], [["tf.lite", 9]])]), config());
    expect(r.frameworks.find((f) => f.id === "tensorflow")!.incidental).toBeUndefined();
    expect(r.fit!.verdict).toBe("hybrid");
  });

  it("a JAX project (google/flax's docs notebooks import torch for data loading): no framework in use, verdict fit", () => {
    const files = Array.from({ length: 30 }, (_, i) => py(`flax/nnx/m${i}.py`, [["jax", 1], ["flax", 2]]));
    files.push(py("examples/imagenet/input_pipeline.py", [["tensorflow", 3]]), py("examples/lm1b/input_pipeline.py", [["tensorflow", 3]]), py("examples/wmt/input_pipeline.py", [["tensorflow", 3]]));
    files.push(py("docs_nnx/guides/data_loaders.ipynb", [["torch", 2, 1], ["tensorflow", 3, 1]], [], "notebook"));
    files.push(manifest("pyproject.toml", "pyproject", [["jax", ">=0.4", 16, { source: "pyproject:project" }], ["torch", "", 64, { source: "pyproject:project", group: "testing" }]]));
    files.push(req("examples/imagenet/requirements.txt", [["tensorflow", "", 1]]));
    const r = analyze(facts(files), config({ targets: ["tpu"] }));
    expect(r.primaryFramework).toBe("jax");
    expect(r.frameworks.find((f) => f.id === "pytorch")).toMatchObject({ importFiles: 1, incidental: true });
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toMatch(/^JAX is the primary framework \(60 imports, first at flax\/nnx\/m0\.py:1\); the project also imports TensorFlow \(4 imports/);
    // TPU favours TensorFlow, but a JAX project is not judged by the article: never a mismatch
    expect(r.fit!.favoured).toBe("tensorflow");
    expect(codes(r)).not.toContain("MFA402");
  });
});

describe("analyze: a framework only around the package the repository builds is not its stack (optuna/optuna)", () => {
  /**
   * optuna's shape: the package's GP sampler imports torch only under `if TYPE_CHECKING:` (optional), tutorial/ and
   * tests/ import it for real, the `optional` and `document` extras and the `test` group declare it, and a Google
   * Cloud Storage extra makes the requirements favour TensorFlow.
   */
  const optunaLike = (extra: ReturnType<typeof py>[] = []) => {
    const optionalTorch = (path: string): ReturnType<typeof py> => {
      const f = py(path, [["torch", 20]]);
      f.imports![0]!.optional = true;
      return f;
    };
    const files = [
      py("optuna/__init__.py", []),
      optionalTorch("optuna/_gp/acqf.py"),
      optionalTorch("optuna/_gp/gp.py"),
      py("optuna/artifacts/_gcs.py", [["google.cloud.storage", 15]]),
      py("tutorial/10_key_features/005_visualization.py", [["torch", 51]]),
      py("tutorial/20_recipes/002_multi_objective.py", [["torch", 30]]),
      py("tests/gp_tests/test_gp.py", [["torch", 7]]),
      manifest("pyproject.toml", "pyproject", [
        ["torch", "", 61, { source: "pyproject:project", group: "document" }],
        ["google-cloud-storage", "", 67, { source: "pyproject:project", group: "optional" }],
        ["torch", "", 74, { source: "pyproject:project", group: "optional" }],
        ["torch", "", 99, { source: "pyproject:dependency-groups", group: "test" }],
      ]),
      ...extra,
    ];
    return analyze(facts(files), config());
  };

  it("PyTorch is incidental, no framework is in use, and the Cloud Storage extra makes no mismatch", () => {
    const r = optunaLike();
    expect(r.frameworks.find((f) => f.id === "pytorch")).toMatchObject({ imported: true, importFiles: 3, incidental: true, aroundPackageOnly: true });
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toMatch(/^No framework is part of the project's stack/);
    expect(r.fit!.explanation).toContain(
      "PyTorch is imported by the package only optionally, if at all, and otherwise only in tests, docs, tutorials or examples (3 files), and no main dependency declares it (only extras, groups or the manifests of that code), so it is counted as incidental",
    );
    expect(codes(r)).not.toContain("MFA402");
  });

  it("the set-aside framework's features and TensorFlow 1 pins are no requirement evidence (microsoft/LoRA, microsoft/qlib)", () => {
    const files = [
      py("loralib/__init__.py", []),
      py("loralib/layers.py", [["torch", 5]]),
      py("loralib/utils.py", [["torch", 3]], [["torch.ddp", 40]]),
      req("requirements.txt", [["torch", ">=1.9", 1]]),
      py("examples/NLU/run_tf_squad.py", [["tensorflow", 25]], [["tf.saved_model", 80], ["tf.tpu", 90]]),
      py("examples/benchmarks/TFT/tft_model.py", [["tensorflow", 36]], [["tf.v1", 50]]),
      req("examples/benchmarks/TFT/requirements.txt", [["tensorflow-gpu", "==1.15.0", 1]]),
    ];
    const r = analyze(facts(files), config());
    expect(r.frameworks.find((f) => f.id === "tensorflow")).toMatchObject({ incidental: true, aroundPackageOnly: true });
    expect(r.fit!.requirements).toEqual([{ id: "large-scale-training", evidence: ["torch.ddp"] }]);
    expect(r.fit!.verdict).toBe("fit");
    expect(codes(r)).not.toContain("MFA402");
    // With TensorFlow in the stack (a main dependency), the same code is evidence, and a hybrid.
    const hybrid = analyze(facts([...files, req("requirements-tf.txt", [["tensorflow", "<2", 1]])]), config());
    expect(hybrid.fit!.requirements.map((q) => q.id)).toEqual(["production-serving", "tpu", "large-scale-training", "legacy-tf-assets"]);
    expect(hybrid.fit!.verdict).toBe("hybrid");
  });

  it("part of the stack when a main dependency declares it, or the package needs it", () => {
    const main = optunaLike([manifest("setup.cfg", "setup-cfg", [["torch", ">=2", 12, { source: "setup-cfg" }]])]);
    expect(main.frameworks.find((f) => f.id === "pytorch")!.incidental).toBeUndefined();
    expect(main.fit!.verdict).toBe("mismatch");
    const needed = optunaLike([py("optuna/samplers/_gp/sampler.py", [["torch", 12]])]);
    expect(needed.frameworks.find((f) => f.id === "pytorch")!.incidental).toBeUndefined();
    // a repository that builds no package (a tutorial collection) keeps its framework
    const noPackage = analyze(facts([py("tutorial/basics.py", [["torch", 1]]), py("tests/test_basics.py", [["torch", 1]]), manifest("pyproject.toml", "pyproject", [["torch", "", 9, { source: "pyproject:project", group: "docs" }]])]), config());
    expect(noPackage.frameworks.find((f) => f.id === "pytorch")!.aroundPackageOnly).toBeUndefined();
  });
});

describe("analyze: the framework in use is never one only set aside", () => {
  it("Keras 3 with one incidental torch file: no framework in use, and the explanation does not call PyTorch used", () => {
    const files = Array.from({ length: 20 }, (_, i) => py(`src/layers/l${i}.py`, [["keras", 1]]));
    files.push(py("tools/convert_torch_weights.py", [["torch", 3]]), req("requirements.txt", [["keras", ">=3", 1]]));
    const r = analyze(facts(files), config());
    expect(r.frameworks.find((f) => f.id === "pytorch")!.incidental).toBe(true);
    expect(r.fit!.verdict).toBe("fit");
    expect(r.fit!.explanation).toMatch(/^The project uses Keras but neither PyTorch nor TensorFlow directly; the article does not rate it,.* PyTorch is imported in 1 of the 21 files/);
  });
  it("names the primary framework first among those it uses (google/jax: one jax2tf example imports Keras)", () => {
    const files = Array.from({ length: 20 }, (_, i) => py(`jax/_src/m${i}.py`, [["jax", 1]]));
    files.push(py("jax/experimental/jax2tf/examples/keras_reuse_main.py", [["keras", 51]]), req("requirements.txt", [["jax", "", 1]]));
    const r = analyze(facts(files), config());
    expect(r.primaryFramework).toBe("jax");
    expect(r.fit!.explanation).toMatch(/^The project uses JAX and Keras but neither PyTorch nor TensorFlow directly; the article does not rate them,/);
  });
  it("only an optional TensorFlow import: no stack at all; declared as well: TensorFlow is in use", () => {
    const optional = () => {
      const f = py("mylib/export.py", [["tensorflow", 5]]);
      f.imports[0]!.optional = true;
      return f;
    };
    const bare = analyze(facts([optional(), py("mylib/core.py", [["numpy", 1]])]), config());
    expect(bare.fit!.explanation).toMatch(/^No framework is part of the project's stack, so the scores only say which of PyTorch and TensorFlow its requirements would favour\. TensorFlow is imported only optionally/);
    const declared = analyze(facts([optional(), req("requirements.txt", [["tensorflow", ">=2.15", 1]])]), config());
    expect(declared.fit!.explanation).toMatch(/^TensorFlow is the framework in use/);
  });
});

describe("analyze: determinism", () => {
  it("same facts in a different file order give the same report", () => {
    const a = nanoGpt();
    const b = { ...a, files: [...a.files].reverse() };
    expect(analyze(b, config())).toEqual(analyze(a, config()));
  });
  it("caps witnesses at 20 but counts all", () => {
    const imports: [string, number][] = Array.from({ length: 30 }, (_, i) => ["torch", i + 1]);
    const uses: [string, number][] = Array.from({ length: 30 }, (_, i) => ["torch.compile", i + 1]);
    const r = analyze(facts([py("big.py", imports, uses)]), config());
    expect(r.frameworks[0]!.importWitnesses).toHaveLength(20);
    const f = r.features[0]!;
    expect(f.witnesses).toHaveLength(20);
    expect(f.count).toBe(30);
  });
});

describe("analyze: the first witness of a framework is an import the project's own code needs", () => {
  // facebookresearch/pytorchvideo: path order put docs/source/conf.py's optional `import torch` first
  const optional = (f: ReturnType<typeof py>, k: "optional" | "lazy") => {
    for (const i of f.imports) i[k] = true;
    return f;
  };
  it("passes over docs, tests, examples and imports the code does not need, keeping the rest in path order", () => {
    const files = [
      optional(py("docs/source/conf.py", [["torch", 22]]), "optional"),
      py("examples/train_demo.py", [["torch", 3]]),
      optional(py("pkg/hub.py", [["torch", 40]]), "lazy"),
      py("pkg/models/net.py", [["torch", 7]]),
      py("tests/test_net.py", [["torch", 1]]),
    ];
    const pt = analyze(facts(files), config()).frameworks.find((f) => f.id === "pytorch")!;
    expect(pt.importWitnesses.map((w) => `${w.path}:${w.line}`)).toEqual([
      "pkg/models/net.py:7",
      "docs/source/conf.py:22",
      "examples/train_demo.py:3",
      "pkg/hub.py:40",
      "tests/test_net.py:1",
    ]);
  });
  it("else the project's own code even when it imports lazily, else a needed import, else path order", () => {
    const lazyOwn = [py("tests/test_api.py", [["torch", 8]]), optional(py("src/litserve/api.py", [["torch", 260]]), "lazy")];
    expect(analyze(facts(lazyOwn), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "src/litserve/api.py", line: 260 });
    const onlyAround = [optional(py("docs/conf.py", [["torch", 5]]), "optional"), py("tests/test_x.py", [["torch", 2]])];
    expect(analyze(facts(onlyAround), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "tests/test_x.py", line: 2 });
   });
  it("passes over notebook collections, demos and hidden folders (openai/whisper: notebooks/ evaluates the package)", () => {
    const whisper = [nb("notebooks/LibriSpeech.ipynb", [["torch", 9, 3]]), py("demo/app.py", [["torch", 1]]), py("whisper/__init__.py", [["torch", 8]])];
    expect(analyze(facts(whisper), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "whisper/__init__.py", line: 8 });
    // google-deepmind/gemma's colabs/, SeldonIO/MLServer's GitBook docs in docs-gb/
    const colabs = [nb("colabs/lora_sampling.ipynb", [["jax", 3, 2]]), py("docs-gb/examples/custom/app.py", [["jax", 1]]), py("gemma/gm/nn/_modules.py", [["jax", 17]])];
    expect(analyze(facts(colabs), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "gemma/gm/nn/_modules.py", line: 17 });
    // d2l-ai/d2l-en: ci/docker/print_versions.py imports every framework to print its version
    const d2l = [py("ci/docker/print_versions.py", [["torch", 21]]), py("d2l/torch.py", [["torch", 9]])];
    expect(analyze(facts(d2l), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "d2l/torch.py", line: 9 });
    // keras-team/keras: guides/ (keras.io's guides) and integration_tests/ around keras/src/
    const keras = [py("guides/custom_train_step_in_torch.py", [["torch", 50]]), py("integration_tests/import_test.py", [["torch", 3]]), py("keras/src/backend/torch/core.py", [["torch", 6]])];
    expect(analyze(facts(keras), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "keras/src/backend/torch/core.py", line: 6 });
    // open-mmlab/mmpretrain: a hidden folder of development scripts
    const mm = [py(".dev_scripts/benchmark_regression/1-benchmark_valid.py", [["torch", 11]]), py("mmpretrain/apis/model.py", [["torch", 3]])];
    expect(analyze(facts(mm), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "mmpretrain/apis/model.py", line: 3 });
    // a repository of notebooks alone: the first of them
    const course = [nb("notebooks/02_train.ipynb", [["torch", 2, 1]]), nb("notebooks/01_intro.ipynb", [["torch", 4, 2]])];
    expect(analyze(facts(course), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "notebooks/01_intro.ipynb", cell: 2 });
  });
  it("leads with a package the repository builds: src/ layout first, else a root package (huggingface/peft, pytorch/serve)", () => {
    const init = (path: string) => py(path, []);
    // peft: method_comparison/ is a package beside the src/ layout, and sorts first
    const peft = [init("method_comparison/__init__.py"), py("method_comparison/MetaMathQA/run.py", [["torch", 32]]), init("src/peft/__init__.py"), py("src/peft/helpers.py", [["torch", 23]])];
    expect(analyze(facts(peft), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "src/peft/helpers.py", line: 23 });
    // serve: kubernetes/ (no __init__.py) sorts before the ts/ package
    const serve = [py("kubernetes/kserve/handler.py", [["torch", 1]]), init("ts/__init__.py"), py("ts/handler_utils/pippy.py", [["torch", 7]])];
    const pt = analyze(facts(serve), config()).frameworks[0]!;
    expect(pt.importWitnesses.map((w) => `${w.path}:${w.line}`)).toEqual(["ts/handler_utils/pippy.py:7", "kubernetes/kserve/handler.py:1"]);
    // keras-team/keras: keras/src/ is inside the root package keras/, not a src layout beside it
    const keras = [py("keras/__init__.py", [["torch", 9]]), init("keras/src/backend/__init__.py"), py("keras/src/backend/torch/core.py", [["torch", 6]])];
    expect(analyze(facts(keras), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "keras/__init__.py", line: 9 });
    // pytorch/torchtune: recipes/ is a package too, but torchtune/ is the one pyproject.toml builds
    const tune = [init("recipes/__init__.py"), py("recipes/full_finetune.py", [["torch", 13]]), init("torchtune/__init__.py"), py("torchtune/_cli/run.py", [["torch", 18]]), { ...manifest("pyproject.toml", "pyproject", []), provides: ["torchtune"] }];
    expect(analyze(facts(tune), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "torchtune/_cli/run.py", line: 18 });
    // a package's own import inside a function still comes after a needed import of its root scripts
    const lazyPkg = [py("app.py", [["torch", 3]]), init("pkg/__init__.py"), optional(py("pkg/model.py", [["torch", 40]]), "lazy")];
    expect(analyze(facts(lazyPkg), config()).frameworks[0]!.importWitnesses[0]).toMatchObject({ path: "app.py", line: 3 });
  });
  it("orders a notebook's imports by cell, then line", () => {
    const book = nb("course/ch1.ipynb", [["tensorflow", 17, 3], ["tensorflow", 2, 5]]);
    const tf = analyze(facts([book]), config()).frameworks.find((f) => f.id === "tensorflow")!;
    expect(tf.importWitnesses.map((w) => [w.cell, w.line])).toEqual([
      [3, 17],
      [5, 2],
    ]);
  });
});

describe("analyze: TensorFlow 1.x code is a TensorFlow asset only when TensorFlow is in the stack", () => {
  it("a one-file TF-to-PyTorch weight converter is no legacy-tf-assets requirement (timesler/facenet-pytorch)", () => {
    const models = Array.from({ length: 14 }, (_, i) => py(`models/m${i}.py`, [["torch", 1]]));
    const converter = py("models/utils/tensorflow2pytorch.py", [["tensorflow", 1], ["torch", 2]], [["tf.v1", 40, { matched: "tensorflow.compat.v1.Session" }]]);
    const r = analyze(facts([...models, converter, req("requirements.txt", [["torch", ">=2.2", 1]])]), config());
    expect(r.frameworks.find((f) => f.id === "tensorflow")).toMatchObject({ incidental: true });
    expect(r.features.map((f) => f.id)).toContain("tf.v1");
    expect(r.fit!.requirements.map((q) => q.id)).not.toContain("legacy-tf-assets");
    expect(r.fit!.verdict).toBe("fit");
    // the same converter with TensorFlow declared for the code: TensorFlow is in the stack, its 1.x code counts
    const declared = analyze(facts([...models, converter, req("requirements.txt", [["torch", ">=2.2", 1], ["tensorflow", "<2", 2]])]), config());
    expect(declared.fit!.requirements.find((q) => q.id === "legacy-tf-assets")?.evidence).toContain("tf.v1");
  });
});

describe("analyze: a feature's first place is a use in the project's own code", () => {
  it("leads with the first use in its own code, the rest in path order (keras-team/keras-hub's tf.data)", () => {
    const files = [
      py("benchmarks/glue.py", [["tensorflow", 1]], [["tf.data", 81, { matched: "tensorflow.data.Dataset" }]]),
      py("examples/train.py", [["tensorflow", 1]], [["tf.data", 5, { matched: "tensorflow.data.Dataset" }]]),
      py("keras_hub/src/models/causal_lm.py", [["tensorflow", 1]], [["tf.data", 232, { matched: "tensorflow.data.Dataset" }]]),
      py("keras_hub/src/tests/test_case.py", [["tensorflow", 1]], [["tf.data", 9, { matched: "tensorflow.data.Dataset" }]]),
    ];
    const f = analyze(facts(files), config()).features.find((x) => x.id === "tf.data")!;
    expect(f.witnesses.map((w) => `${w.path}:${w.line}`)).toEqual([
      "keras_hub/src/models/causal_lm.py:232",
      "benchmarks/glue.py:81",
      "examples/train.py:5",
      "keras_hub/src/tests/test_case.py:9",
    ]);
    expect(f.count).toBe(4);
  });
  it("a use in a package the repository builds leads over root scripts (ultralytics/yolov5's models/)", () => {
    const files = [
      py("export.py", [["torch", 1]], [["torch.jit", 269, { matched: "torch.jit.trace" }]]),
      py("models/__init__.py", []),
      py("models/common.py", [["torch", 1]], [["torch.jit", 494, { matched: "torch.jit.load" }]]),
      py("tests/test_export.py", [["torch", 1]], [["torch.jit", 3, { matched: "torch.jit.trace" }]]),
    ];
    const f = analyze(facts(files), config()).features.find((x) => x.id === "torch.jit")!;
    expect(f.witnesses.map((w) => `${w.path}:${w.line}`)).toEqual(["models/common.py:494", "export.py:269", "tests/test_export.py:3"]);
  });
  it("a declaration never leads over a use in code; without any in its own code, path order", () => {
    // huggingface/smolagents: transformers declared in pyproject.toml and used in src/smolagents/
    const smol = [
      manifest("pyproject.toml", "pyproject", [["transformers", ">=4.0", 81, { source: "pyproject:project" }]]),
      py("src/smolagents/default_tools.py", [["transformers", 659]], [["hf.transformers", 659, { matched: "transformers" }]]),
    ];
    const hf = analyze(facts(smol), config()).features.find((x) => x.id === "hf.transformers")!;
    expect(hf.witnesses[0]).toMatchObject({ path: "src/smolagents/default_tools.py", line: 659 });
    const around = [py("tests/test_a.py", [["torch", 1]], [["torch.compile", 4, { matched: "torch.compile" }]]), py("benchmarks/b.py", [["torch", 1]], [["torch.compile", 7, { matched: "torch.compile" }]])];
    const tc = analyze(facts(around), config()).features.find((x) => x.id === "torch.compile")!;
    expect(tc.witnesses.map((w) => w.path)).toEqual(["benchmarks/b.py", "tests/test_a.py"]);
    // Lightning-AI/pytorch-lightning: an example's requirements.txt declares torchao, its train.py (same
    // folder, after it in path order) imports torchao.float8; no use in the package itself.
    const lightning = [
      req("examples/fabric/fp8_distributed_transformer/requirements.txt", [["torchao", ">=0.7.0", 1]]),
      py("examples/fabric/fp8_distributed_transformer/train.py", [["torchao.float8", 7]], [["torch.quantization", 7, { matched: "torchao.float8" }]]),
      py("src/lightning/__init__.py", [["torch", 1]]),
    ];
    const q = analyze(facts(lightning), config()).features.find((x) => x.id === "torch.quantization")!;
    expect(q.witnesses.map((w) => `${w.path}:${w.line}`)).toEqual(["examples/fabric/fp8_distributed_transformer/train.py:7", "examples/fabric/fp8_distributed_transformer/requirements.txt:1"]);
  });
});

/**
 * How the audit infers the article's requirements (src/knowledge/usecases.ts) from evidence in the
 * repository. Each requirement lists the signals that imply it; any one signal is enough. The evidence string
 * recorded in the report is shown in brackets:
 * - feature IDs from the catalog                     [feature ID, e.g. `tf.lite`]
 * - declared distributions (normalised names)        [`dist:<name>`]
 * - imported top-level modules                       [`import:<module>`]
 * - Docker `FROM` images (regex over the image name) [`docker:<image>`]
 * - model artifacts in the tree (regex over the path)[`artifact:<glob label>`]
 * - declared extras (e.g. `jax[tpu]`)                [`dist:<name>[<extra>]`]
 * The config `targets` key adds requirements with the evidence `target:config`.
 */
import type { FrameworkId } from "../core/types.js";
import type { RequirementId } from "./usecases.js";

export interface RequirementSignals {
  requirement: RequirementId;
  features?: string[];
  distributions?: string[];
  /** Prefixes of normalised distribution names, e.g. `google-cloud-` for every Google Cloud client library. */
  distributionPrefixes?: string[];
  /** `name[extra]` pairs (normalised name, extra lower-case). */
  extras?: { name: string; extra: string }[];
  imports?: string[];
  dockerImages?: { pattern: RegExp; label: string }[];
  artifacts?: { pattern: RegExp; label: string }[];
  /** Why these signals mean this requirement (one line, shown in docs/fit-model.md). */
  why: string;
  /**
   * When every piece of evidence is one of `evidence` and the code also uses `feature`, the project meets the
   * requirement on the PyTorch side through the article's ONNX boundary: the requirement counts as neutral.
   */
  bridge?: { feature: string; evidence: string[] };
  /**
   * The signal's features count only when this framework is in the project's stack (imported, not only
   * optionally, not incidental): TensorFlow 1.x code in a one-file weight converter of a PyTorch project
   * (timesler/facenet-pytorch's models/utils/tensorflow2pytorch.py) is no TensorFlow asset the project keeps.
   */
  featuresNeedStack?: FrameworkId;
}

export const REQUIREMENT_SIGNALS: readonly RequirementSignals[] = [
  {
    requirement: "research",
    features: ["hf.transformers", "torch.compile", "torch.sdpa", "lightning"],
    distributions: ["diffusers", "timm", "peft", "torch-geometric", "stable-baselines3", "accelerate"],
    imports: ["diffusers", "timm", "peft", "torch_geometric", "stable_baselines3"],
    why: "Current-architecture libraries (Transformers, diffusers, timm, PEFT) and PyTorch 2 research tooling are what the article's research list describes.",
  },
  {
    requirement: "production-serving",
    features: ["tf.serving", "tf.saved_model", "torchserve"],
    distributions: ["onnxruntime", "onnxruntime-gpu", "tritonclient", "bentoml", "kserve", "seldon-core"],
    imports: ["onnxruntime", "tritonclient", "bentoml", "kserve"],
    dockerImages: [
      { pattern: /^(docker\.io\/)?tensorflow\/serving$/, label: "tensorflow/serving" },
      { pattern: /^(docker\.io\/)?pytorch\/torchserve$/, label: "pytorch/torchserve" },
      { pattern: /^nvcr\.io\/nvidia\/tritonserver$/, label: "nvcr.io/nvidia/tritonserver" },
      { pattern: /^([\w-]+-docker\.pkg\.dev\/vertex-ai\/prediction|gcr\.io\/cloud-aiplatform\/prediction)\//, label: "vertex-ai/prediction" },
    ],
    why: "A serving runtime, a serving image or an exported serving format means the model is deployed behind an endpoint.",
    // The article's hybrid approach (§ONNX による相互運用): export the PyTorch model with torch.onnx.export and
    // serve the .onnx file with onnxruntime. facebookresearch/segment-anything does exactly that and was a
    // 42-point "mismatch" from it alone.
    // NVIDIA Triton serves the exported .onnx (or a TensorRT engine built from it) the same way: WongKinYiu/yolov7
    // exports with torch.onnx.export and ships a Triton client.
    bridge: {
      feature: "torch.onnx",
      evidence: ["dist:onnxruntime", "dist:onnxruntime-gpu", "import:onnxruntime", "dist:tritonclient", "import:tritonclient", "docker:nvcr.io/nvidia/tritonserver"],
    },
  },
  {
    requirement: "mobile-edge",
    features: ["tf.lite", "torch.mobile", "tfjs"],
    distributions: ["coremltools", "tflite-runtime", "ai-edge-litert", "ai-edge-torch", "executorch", "tensorflowjs"],
    imports: ["coremltools", "ai_edge_torch"],
    artifacts: [
      { pattern: /\.tflite$/i, label: "*.tflite" },
      { pattern: /\.ptl$/i, label: "*.ptl" },
      { pattern: /\.pte$/i, label: "*.pte" },
      { pattern: /\.mlmodel$|\.mlpackage(\/|$)/i, label: "*.mlmodel" },
    ],
    why: "On-device runtimes and converters (LiteRT/TF Lite, ExecuTorch, Core ML, TensorFlow.js) and on-device model files.",
  },
  {
    requirement: "tpu",
    features: ["tf.tpu"],
    distributions: ["libtpu", "libtpu-nightly", "torch-xla", "cloud-tpu-client"],
    extras: [{ name: "jax", extra: "tpu" }],
    imports: ["torch_xla"],
    why: "TPU strategies and resolvers, the TPU runtime (libtpu), torch_xla or `jax[tpu]`.",
  },
  {
    requirement: "gcp",
    distributionPrefixes: ["google-cloud-"],
    imports: ["google.cloud"],
    dockerImages: [
      { pattern: /^[\w-]+-docker\.pkg\.dev\/vertex-ai\//, label: "vertex-ai image" },
      { pattern: /^gcr\.io\/deeplearning-platform-release\//, label: "deeplearning-platform-release image" },
      { pattern: /^gcr\.io\/cloud-aiplatform\//, label: "cloud-aiplatform image" },
    ],
    why: "Google Cloud client libraries (e.g. google-cloud-aiplatform, google-cloud-storage) and Vertex AI / Deep Learning Container images.",
  },
  {
    requirement: "mlops-pipeline",
    features: ["tfx", "lightning"],
    distributions: ["kfp", "mlflow", "zenml", "metaflow", "clearml", "kedro"],
    imports: ["kfp", "mlflow", "zenml", "metaflow", "clearml", "kedro"],
    why: "Pipeline and experiment-lifecycle tooling: TFX, Kubeflow Pipelines, MLflow, ZenML, Metaflow, Lightning.",
  },
  {
    requirement: "large-scale-training",
    features: ["torch.ddp", "torch.fsdp", "torch.tensor_parallel", "tf.distribute"],
    distributions: ["deepspeed", "megatron-core", "horovod"],
    imports: ["deepspeed", "megatron", "horovod"],
    why: "Data/model parallel training: DDP, FSDP, tensor parallelism, tf.distribute strategies, DeepSpeed, Megatron, Horovod.",
  },
  {
    requirement: "legacy-tf-assets",
    features: ["tf.v1"],
    featuresNeedStack: "tensorflow",
    artifacts: [
      { pattern: /(^|\/)saved_model\.pbtxt?$/i, label: "saved_model.pb" },
      { pattern: /\.pb$/i, label: "*.pb" },
      { pattern: /\.h5$/i, label: "*.h5" },
    ],
    why: "TensorFlow 1.x code (Session, placeholder, estimator, compat.v1) and stored TensorFlow graphs or HDF5 Keras models.",
  },
];

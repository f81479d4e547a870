import type { FrameworkId } from "./types.js";

/** Display names of the framework IDs (and of the catalog's interop group), for messages and reports. */
export const FRAMEWORK_NAMES: Readonly<Record<FrameworkId | "interop", string>> = {
  pytorch: "PyTorch",
  tensorflow: "TensorFlow",
  keras: "Keras",
  jax: "JAX",
  mlx: "MLX",
  interop: "Interop & serving",
};

/** The first dotted component of a module or reference name (`torch` for `torch.nn.functional`). */
export function topOf(name: string): string {
  const dot = name.indexOf(".");
  return dot === -1 ? name : name.slice(0, dot);
}

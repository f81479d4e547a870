/** The article's library ecosystem table (section ライブラリエコシステム) as data. */
import type { ComparedFramework } from "../core/types.js";

export interface EcosystemArea {
  area: string;
  pytorch: string[];
  tensorflow: string[];
  /** Who the article says is ahead in this area. */
  lead: ComparedFramework | "both";
  /** How strongly (the article's wording, summarised). */
  strength: "far-ahead" | "ahead" | "slightly-ahead" | "more-mature" | "equal";
  /** Normalised distributions for each side, to connect the table with declared dependencies. */
  distributions: { pytorch: string[]; tensorflow: string[] };
  source: string;
}

const SRC = "article §ライブラリエコシステム";

export const ECOSYSTEM: readonly EcosystemArea[] = [
  { area: "NLP", pytorch: ["Hugging Face Transformers"], tensorflow: ["TF Text"], lead: "pytorch", strength: "far-ahead", distributions: { pytorch: ["transformers"], tensorflow: ["tensorflow-text"] }, source: SRC },
  { area: "Vision", pytorch: ["torchvision", "timm"], tensorflow: ["TF Vision"], lead: "both", strength: "equal", distributions: { pytorch: ["torchvision", "timm"], tensorflow: ["tf-models-official"] }, source: SRC },
  { area: "Reinforcement learning", pytorch: ["Stable Baselines3"], tensorflow: ["TF Agents"], lead: "pytorch", strength: "slightly-ahead", distributions: { pytorch: ["stable-baselines3"], tensorflow: ["tf-agents"] }, source: SRC },
  { area: "Graph neural networks", pytorch: ["PyTorch Geometric"], tensorflow: ["TF GNN"], lead: "pytorch", strength: "ahead", distributions: { pytorch: ["torch-geometric"], tensorflow: ["tensorflow-gnn"] }, source: SRC },
  { area: "MLOps", pytorch: ["PyTorch Lightning"], tensorflow: ["TFX"], lead: "tensorflow", strength: "more-mature", distributions: { pytorch: ["lightning", "pytorch-lightning"], tensorflow: ["tfx"] }, source: SRC },
  { area: "Mobile", pytorch: ["PyTorch Mobile"], tensorflow: ["TF Lite"], lead: "tensorflow", strength: "ahead", distributions: { pytorch: ["executorch"], tensorflow: ["tflite-runtime", "ai-edge-litert"] }, source: SRC },
];

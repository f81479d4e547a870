/**
 * The first framework release that provides each feature (or a specific form of it). The analysis compares
 * these with declared version specifiers (PEP 440), conda specifiers, Docker tags and lock-file versions
 * (src/analysis/versions.ts). A rule fires only when the declaration allows no release at or above `since`.
 *
 * `verified`: "search" = confirmed against the linked source while writing this table; "release-notes" = taken
 * from the linked official release notes from knowledge of them (re-check when editing).
 */
import type { ComparedFramework, FeatureId } from "../core/types.js";

export interface VersionRule {
  /** Stable rule id, part of the finding fingerprint. */
  id: string;
  feature: FeatureId;
  framework: ComparedFramework;
  /** What exactly needs the version (shown in messages). */
  what: string;
  /** Minimum release, PEP 440. */
  since: string;
  /**
   * When set, only usages whose `matched` (or `detail`) matches count; otherwise every usage of the feature.
   * Used where only one form of a feature is new (`jit_compile=True` vs the older `experimental_compile`).
   */
  match?: RegExp;
  source: string;
  verified: "search" | "release-notes";
}

export const VERSION_RULES: readonly VersionRule[] = [
  {
    id: "torch.compile",
    feature: "torch.compile",
    framework: "pytorch",
    what: "torch.compile",
    since: "2.0",
    source: "https://pytorch.org/blog/pytorch-2.0-release/",
    verified: "release-notes",
  },
  {
    id: "torch.sdpa",
    feature: "torch.sdpa",
    framework: "pytorch",
    what: "torch.nn.functional.scaled_dot_product_attention",
    since: "2.0",
    match: /scaled_dot_product_attention/,
    source: "https://pytorch.org/blog/pytorch-2.0-release/",
    verified: "release-notes",
  },
  {
    id: "torch.fsdp",
    feature: "torch.fsdp",
    framework: "pytorch",
    what: "FullyShardedDataParallel (the beta API with auto_wrap_policy, MixedPrecision and ShardingStrategy)",
    since: "1.12",
    match: /FullyShardedDataParallel/,
    source: "https://pytorch.org/blog/pytorch-1.12-released/",
    verified: "release-notes",
  },
  {
    id: "torch.fsdp.fully_shard",
    feature: "torch.fsdp",
    framework: "pytorch",
    what: "fully_shard from torch.distributed.fsdp (FSDP2)",
    since: "2.6",
    match: /^torch\.distributed\.fsdp\.fully_shard(?!\w)/,
    source: "https://github.com/pytorch/pytorch/pull/141868",
    verified: "search",
  },
  {
    id: "torch.export",
    feature: "torch.export",
    framework: "pytorch",
    what: "torch.export",
    since: "2.1",
    source: "https://pytorch.org/blog/pytorch-2-1/",
    verified: "release-notes",
  },
  {
    id: "torch.autocast",
    feature: "torch.amp",
    framework: "pytorch",
    what: "torch.autocast / torch.amp.autocast",
    since: "1.10",
    match: /^torch\.(amp\.)?autocast(?!\w)/,
    source: "https://github.com/pytorch/pytorch/releases/tag/v1.10.0",
    verified: "release-notes",
  },
  {
    id: "tf.jit_compile",
    feature: "tf.xla",
    framework: "tensorflow",
    what: "jit_compile=True",
    since: "2.5",
    match: /jit_compile/,
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.5.0",
    verified: "release-notes",
  },
  {
    id: "tf.keras.mixed_precision",
    feature: "tf.mixed_precision",
    framework: "tensorflow",
    what: "the non-experimental tf.keras.mixed_precision API",
    since: "2.4",
    match: /^tensorflow\.keras\.mixed_precision(?!\.experimental)(\.|$)/,
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
    verified: "release-notes",
  },
  {
    id: "tf.data.AUTOTUNE",
    feature: "tf.data",
    framework: "tensorflow",
    what: "tf.data.AUTOTUNE",
    since: "2.4",
    match: /^tensorflow\.data\.AUTOTUNE$/,
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.4.0",
    verified: "release-notes",
  },
  {
    id: "tf.distribute.TPUStrategy",
    feature: "tf.tpu",
    framework: "tensorflow",
    what: "tf.distribute.TPUStrategy (non-experimental)",
    since: "2.3",
    match: /^tensorflow\.distribute\.TPUStrategy(?!\w)/,
    source: "https://github.com/tensorflow/tensorflow/releases/tag/v2.3.0",
    verified: "release-notes",
  },
];

/**
 * Known releases per framework, used as candidates when asking "does this specifier allow any release at or
 * above X?" (together with the versions written in the specifier itself). Minor releases are enough: the
 * candidates also include each specifier version and its successors.
 */
export const KNOWN_RELEASES: Readonly<Record<ComparedFramework, readonly string[]>> = {
  pytorch: [
    "0.4.0", "0.4.1", "1.0.0", "1.0.1", "1.1.0", "1.2.0", "1.3.0", "1.3.1", "1.4.0", "1.5.0", "1.5.1", "1.6.0", "1.7.0", "1.7.1",
    "1.8.0", "1.8.1", "1.9.0", "1.9.1", "1.10.0", "1.10.1", "1.10.2", "1.11.0", "1.12.0", "1.12.1", "1.13.0", "1.13.1",
    "2.0.0", "2.0.1", "2.1.0", "2.1.1", "2.1.2", "2.2.0", "2.2.1", "2.2.2", "2.3.0", "2.3.1", "2.4.0", "2.4.1", "2.5.0", "2.5.1",
    "2.6.0", "2.7.0", "2.7.1", "2.8.0", "2.9.0",
  ],
  tensorflow: [
    "1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0", "1.5.0", "1.6.0", "1.7.0", "1.8.0", "1.9.0", "1.10.0", "1.11.0", "1.12.0", "1.13.1",
    "1.14.0", "1.15.0", "1.15.5", "2.0.0", "2.1.0", "2.2.0", "2.3.0", "2.3.4", "2.4.0", "2.4.4", "2.5.0", "2.5.3", "2.6.0", "2.6.5",
    "2.7.0", "2.7.4", "2.8.0", "2.8.4", "2.9.0", "2.9.3", "2.10.0", "2.10.1", "2.11.0", "2.11.1", "2.12.0", "2.12.1", "2.13.0",
    "2.13.1", "2.14.0", "2.14.1", "2.15.0", "2.15.1", "2.16.1", "2.16.2", "2.17.0", "2.17.1", "2.18.0", "2.18.1", "2.19.0", "2.20.0",
  ],
};

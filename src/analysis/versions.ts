/**
 * Which framework versions a declaration allows. Handles PEP 440 specifiers (with @renovatebot/pep440),
 * conda match specs, Docker tags of the official framework images, Vertex AI / Deep Learning Container
 * image names, and lock-file versions (checked instead of the specifier when present).
 *
 * The question asked is always "does this declaration allow at least one release >= X?", answered over a
 * candidate set: the known releases of the framework, every version written in the specifier and its
 * successors, X itself and a far-future version. Unreadable or unpinned declarations answer `null` (unknown),
 * which never produces a finding.
 */
import { ge, satisfies, validRange, valid } from "@renovatebot/pep440";
import type { ComparedFramework, DeclaredDependency } from "../core/types.js";
import { frameworkOfDistribution } from "../knowledge/packages.js";
import { KNOWN_RELEASES } from "../knowledge/versions.js";
import { imageName, imageTag } from "./context.js";

export type VersionSource = "lock" | "specifier" | "conda" | "docker-tag" | "docker-image";

export interface FrameworkPin {
  dep: DeclaredDependency;
  framework: ComparedFramework;
  source: VersionSource;
  /** What was read, for messages: `==1.13.1`, `1.13.1-cuda11.6-cudnn8-runtime`, `2.0.1 (poetry.lock)`. */
  shown: string;
  /** PEP 440 specifier equivalent (for specifier/conda sources). */
  spec?: string;
  /** Exact version (lock / docker). */
  version?: string;
}

const OFFICIAL_IMAGES: readonly { pattern: RegExp; framework: ComparedFramework }[] = [
  { pattern: /^(docker\.io\/)?(library\/)?pytorch\/pytorch$/, framework: "pytorch" },
  { pattern: /^(docker\.io\/)?tensorflow\/tensorflow$/, framework: "tensorflow" },
];

/** Vertex AI training / Deep Learning Container images carry the version in the name: `pytorch-gpu.1-13`, `tf2-cpu.2-11`. */
const VERSIONED_NAME = /(?:^|\/)(pytorch|tf2?|tensorflow)(?:-[a-z0-9]+)*\.(\d+)-(\d+)(?:[.:]|$)/;

/** Convert a conda match spec to PEP 440 (`1.13` / `=1.13` -> `==1.13.*`; build strings dropped). */
export function condaToPep440(spec: string): string[] {
  // bracket form: `[version='>=2,<3']`
  const bracket = /\[\s*version\s*=\s*(['"]?)([^'"\]]+)\1/.exec(spec);
  if (bracket) spec = bracket[2]!;
  const alts = spec.trim().split("|").map((s) => s.trim()).filter(Boolean);
  return alts.map((alt) => {
    const token = alt.split(/\s+/)[0]!;
    const m = /^(=)?(\d[\w.]*?)(\.?\*)?(=[\w.*-]+)?$/.exec(token);
    if (m) {
      const ver = m[2]!;
      return `==${ver}.*`;
    }
    const exact = /^==(\d[\w.]*)(=[\w.*-]+)?$/.exec(token);
    if (exact) return `==${exact[1]}`;
    return token.replace(/=[A-Za-z_][\w.*-]*$/, "");
  });
}

/** `1.2.3` -> `1.3` (`~`: the next minor, or the next major when only the major is written). */
function tildeUpper(parts: number[]): string {
  return parts.length === 1 ? `${parts[0]! + 1}` : `${parts[0]}.${parts[1]! + 1}`;
}

/** `1.2.3` -> `2`, `0.2.3` -> `0.3`, `0.0.3` -> `0.0.4` (`^`: the next release of the leftmost non-zero part). */
function caretUpper(parts: number[]): string {
  let i = parts.findIndex((p) => p !== 0);
  if (i < 0) i = parts.length - 1; // ^0.0 -> <0.1, ^0 -> <1
  const upper = parts.slice(0, i + 1);
  upper[i] = upper[i]! + 1;
  return upper.join(".");
}

/**
 * Converts a Poetry version constraint to PEP 440 (alternatives joined by ` | `, as frameworkPins' specs):
 * `^2.1` -> `>=2.1,<3`, `~1.13` -> `>=1.13,<1.14`, a bare `2.12.1` -> `==2.12.1`, `1.13.*` -> `==1.13.*`,
 * `>= 1.2, < 2` and `>=1.2 <2` -> `>=1.2,<2`, `^1.0 || ^2.0` -> two alternatives. PEP 440 operators pass
 * through. Returns null for anything else (never guessed). Rules: python-poetry.org/docs/dependency-specification.
 */
export function poetryToPep440(constraint: string): string | null {
  const alternatives = constraint.split(/\|\|?/).map((s) => s.trim());
  const out: string[] = [];
  for (const alt of alternatives) {
    if (alt === "" || alt === "*") return ""; // any version
    const atoms = alt.replace(/(===|~=|==|!=|>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s*,\s*|\s+/).filter(Boolean);
    const parts: string[] = [];
    for (const atom of atoms) {
      const m = /^(===|~=|==|!=|>=|<=|>|<|=|\^|~)?(\d+(?:\.\d+)*)(\.\*|[a-z+][\w.+-]*)?$/i.exec(atom);
      if (!m) return null;
      const [, op = "", version = "", tail = ""] = m;
      const nums = version.split(".").map(Number);
      if (op === "^" || op === "~") {
        if (tail === ".*") return null;
        parts.push(`>=${version}${tail}`, `<${op === "^" ? caretUpper(nums) : tildeUpper(nums)}`);
      } else if (op === "" || op === "=") parts.push(`==${version}${tail}`);
      else parts.push(`${op}${version}${tail}`);
    }
    if (parts.length === 0) return null;
    out.push(parts.join(","));
  }
  return out.join(" | ");
}

/** The version a Docker image declaration pins, if readable. */
export function dockerVersion(dep: DeclaredDependency): { framework: ComparedFramework; version: string; source: VersionSource } | null {
  const name = imageName(dep);
  const official = OFFICIAL_IMAGES.find((o) => o.pattern.test(name));
  if (official) {
    const m = /^v?(\d+\.\d+(?:\.\d+)?)(?![\d.])/.exec(imageTag(dep));
    return m ? { framework: official.framework, version: m[1]!, source: "docker-tag" } : null;
  }
  const v = VERSIONED_NAME.exec(name);
  if (v && /(vertex-ai|deeplearning-platform-release|cloud-aiplatform)/.test(name)) {
    const framework: ComparedFramework = v[1] === "pytorch" ? "pytorch" : "tensorflow";
    return { framework, version: `${v[2]}.${v[3]}`, source: "docker-image" };
  }
  return null;
}

/** Every declaration of PyTorch / TensorFlow whose version can be read. */
export function frameworkPins(declared: readonly DeclaredDependency[]): FrameworkPin[] {
  const out: FrameworkPin[] = [];
  for (const dep of declared) {
    // a version a build argument's default gave is one a build may replace: not a pin (DeclaredDependency.buildArg)
    if (dep.buildArg !== undefined) continue;
    if (dep.ecosystem === "docker") {
      const dv = dockerVersion(dep);
      if (dv) out.push({ dep, framework: dv.framework, source: dv.source, shown: `${imageName(dep)}:${imageTag(dep) || dv.version}`, version: dv.version });
      continue;
    }
    if (dep.ecosystem !== "pypi" && dep.ecosystem !== "conda") continue;
    const fw = frameworkOfDistribution(dep.normalizedName);
    if (fw !== "pytorch" && fw !== "tensorflow") continue;
    if (dep.resolvedVersion && valid(dep.resolvedVersion)) {
      out.push({ dep, framework: fw, source: "lock", shown: `${dep.resolvedVersion} (locked)`, version: dep.resolvedVersion });
      continue;
    }
    if (dep.url || !dep.specifier.trim()) continue;
    const isConda = dep.ecosystem === "conda" || dep.source === "conda";
    if (isConda) {
      out.push({ dep, framework: fw, source: "conda", shown: dep.specifier.trim(), spec: condaToPep440(dep.specifier).join(" | ") });
    } else if (dep.source === "pyproject:poetry") {
      // Poetry's own constraint syntax (`^2.1`, `~1.13`, a bare `2.12.1`): unreadable as PEP 440, so converted.
      const spec = poetryToPep440(dep.specifier);
      if (spec) out.push({ dep, framework: fw, source: "specifier", shown: dep.specifier.trim(), spec });
    } else {
      out.push({ dep, framework: fw, source: "specifier", shown: dep.specifier.trim(), spec: dep.specifier.trim() });
    }
  }
  return out;
}

function successors(v: string): string[] {
  const parts = v.split(".").map((p) => parseInt(p, 10));
  if (parts.some((p) => Number.isNaN(p))) return [];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const next = parts.slice(0, i + 1);
    next[i] = next[i]! + 1;
    out.push(next.join("."));
  }
  out.push(v + ".1", v + ".post1");
  return out;
}

/**
 * Answers already computed, by (framework, min, spec): a monorepo repeats the same few specifiers in hundreds
 * of manifests, and each answer costs dozens of PEP 440 comparisons. Pure inputs, so a memo is safe; it is
 * emptied when it grows past a bound (a hostile tree may write many distinct specifiers).
 */
const answers = new Map<string, boolean | null>();
const MAX_ANSWERS = 10_000;

function memo(key: string, compute: () => boolean | null): boolean | null {
  const hit = answers.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, value);
  return value;
}

/** Does a PEP 440 specifier allow any release >= min? null when the specifier is unreadable. */
export function specAllowsAtLeast(spec: string, min: string, framework: ComparedFramework): boolean | null {
  return memo(`s\u0000${framework}\u0000${min}\u0000${spec}`, () => computeSpecAllowsAtLeast(spec, min, framework));
}

/** The release numbers of a version (`2.4.0` of `2.4.0.dev20240328+cpu`, `1!2.0` of `1!2.0rc1`). */
function releaseOf(v: string): string {
  return /^(?:\d+!)?\d+(?:\.\d+)*/.exec(v)?.[0] ?? v;
}

/** A PEP 440 version as written in a specifier, with its pre, post, dev and local parts. */
const VERSION_TOKEN = /(?:\d+!)?\d+(?:\.\d+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview|post|rev|r|dev)[-_.]?\d*)*(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?/gi;

function computeSpecAllowsAtLeast(spec: string, min: string, framework: ComparedFramework): boolean | null {
  const alternatives = spec.split("|").map((s) => s.trim()).filter(Boolean);
  if (alternatives.length === 0) return null;
  let unknown = false;
  for (const alt of alternatives) {
    if (!validRange(alt)) {
      unknown = true;
      continue;
    }
    const written = alt.match(/\d+(?:\.\d+)*/g) ?? [];
    // The versions as written, with pre/post/dev parts and local labels: `==2.4.0+cu118` (a CUDA build of
    // torch) matches only a candidate with that same local label, so the release numbers alone never do.
    const whole = alt.match(VERSION_TOKEN) ?? [];
    const candidates = new Set<string>([...KNOWN_RELEASES[framework], min, "9999.0", ...written, ...written.flatMap(successors), ...whole]);
    for (const c of candidates) {
      if (!valid(c)) continue;
      // A pre-release or nightly of the release that brought the feature has it: compare release numbers.
      if (ge(releaseOf(c), min) && satisfies(c, alt)) return true;
    }
  }
  return unknown ? null : false;
}

/** Does the pin allow a version >= min? null = unknown (never reported). */
export function pinAllowsAtLeast(pin: FrameworkPin, min: string): boolean | null {
  if (pin.version !== undefined) {
    const version = pin.version;
    return memo(`v\u0000${min}\u0000${version}`, () => (valid(version) || /^\d+\.\d+$/.test(version) ? ge(releaseOf(version), min) : null));
  }
  if (pin.spec !== undefined) return specAllowsAtLeast(pin.spec, min, pin.framework);
  return null;
}

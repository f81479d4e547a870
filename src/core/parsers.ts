/**
 * The YAML and Dockerfile parsers, loaded on first use: a repository without a conda environment, cog.yaml,
 * config file or Dockerfile never needs them, and evaluating them costs ~8 and ~6 ms of a start (CPU profile of
 * the bundled example). Loaded as src/core/builtins.ts loads Node's built-ins.
 */
import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import type * as DockerfileAst from "dockerfile-ast";

declare const require: ((id: "yaml" | "dockerfile-ast") => unknown) | undefined;

let yamlModule: typeof Yaml | undefined;
let dockerfileModule: typeof DockerfileAst | undefined;

export function yaml(): typeof Yaml {
  yamlModule ??= (typeof require === "function" ? require("yaml") : createRequire(import.meta.url)("yaml")) as typeof Yaml;
  return yamlModule;
}

export function dockerfileAst(): typeof DockerfileAst {
  dockerfileModule ??= (typeof require === "function" ? require("dockerfile-ast") : createRequire(import.meta.url)("dockerfile-ast")) as typeof DockerfileAst;
  return dockerfileModule;
}

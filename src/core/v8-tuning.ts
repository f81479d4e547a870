/**
 * V8 settings for the audit's own process. Only the entry points (the CLI's and the action's) apply them, so
 * the engine imported as a library (the tests, another tool) never changes its host's flags.
 *
 * On Node 20 (V8 11), TurboFan's inlining made the scan compile much more than it gained: the optimizing
 * compiles of the line skipper, the statement walker and the feature matcher run on background threads that
 * compete with the two scanning threads on a 2-core runner. Without inlining, 6 alternating runs on each bench
 * tree were 5-9% faster (the 200 MB tree: median 2.05 s against 2.18 s; 10 MB: 0.44 against 0.48 s) and the
 * helper threads' CPU fell by a quarter (docs/performance.md). On Node 24 (V8 13.6, the action's runtime,
 * which also has Maglev) the same flag changed nothing measurable, so it is left alone there, as on any
 * V8 not measured.
 */
import { setFlagsFromString } from "node:v8";
import { trace } from "./trace.js";

/** The V8 flags this process should set: `v8Version` is process.versions.v8, `userOptions` the node options given. */
export function v8FlagsFor(v8Version: string, userOptions: readonly string[]): string[] {
  const major = Number.parseInt(v8Version, 10);
  if (major !== 11) return [];
  // A user who set inlining either way (node --turbo-inlining, NODE_OPTIONS) keeps their choice.
  if (userOptions.some((o) => o.includes("turbo-inlining"))) return [];
  return ["--no-turbo-inlining"];
}

/** Sets v8FlagsFor's flags for this process (workers started later share them); returns what it set. */
export function tuneV8(): string[] {
  const flags = v8FlagsFor(process.versions.v8, [...process.execArgv, process.env.NODE_OPTIONS ?? ""]);
  for (const f of flags) setFlagsFromString(f);
  if (flags.length > 0) trace(`v8-flags ${flags.join(" ")}`);
  return flags;
}

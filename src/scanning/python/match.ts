/**
 * Turns what the Python scanner saw (resolved dotted references, imports, keyword arguments, method calls,
 * executed string literals) into FeatureUsage[] using the catalog in src/knowledge/features.ts.
 *
 * All indexes are built once at module load from the data; matching a name costs one Map lookup per dotted
 * prefix of the name.
 */
import { VERSION_RULES } from "../../knowledge/versions.js";
import { topOf } from "../../core/names.js";
import type { FeatureUsage } from "../../core/types.js";
import { FEATURES, type FeatureDef } from "../../knowledge/features.js";
import { IMPORT_DISTRIBUTIONS, IMPORT_FRAMEWORK } from "../../knowledge/packages.js";
import { USED_BY_IMPORT } from "../../knowledge/providers.js";
import { REQUIREMENT_SIGNALS } from "../../knowledge/signals.js";
import { DEPRECATED_PACKAGES } from "../../knowledge/deprecations.js";

/** A dotted reference after alias resolution, e.g. `torch.compile` at 12:5. */
export interface RefFact {
  name: string;
  line: number;
  /** 0-based column. */
  col: number;
  /** Offset in the unit's source (for a name bound by an import statement, the statement's; -1 when not known). */
  start: number;
  called: boolean;
  decorator: boolean;
  /** The name is bound by an import statement (`from torch.ao.quantization import quantize_dynamic`). */
  fromImport?: boolean;
  /** Keyword arguments of the call: value is the literal as written (strings normalised to "..."), or undefined. */
  kwargs?: KwArg[];
}

export interface KwArg {
  name: string;
  value: string | undefined;
  line: number;
  col: number;
  start: number;
}

export interface MethodCallFact {
  method: string;
  line: number;
  col: number;
  start: number;
  /** Body of the first positional argument when it is a plain (non-f) string literal. */
  firstArg: string | undefined;
}

export interface StringFact {
  body: string;
  line: number;
  col: number;
  start: number;
}

export interface ImportSeen {
  module: string;
  line: number;
  col: number;
}

type Indexed = { feature: FeatureDef; pattern: string };

function pushIndex(map: Map<string, Indexed[]>, key: string, v: Indexed): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

const REF_INDEX = new Map<string, Indexed[]>();
const CALL_INDEX = new Map<string, Indexed[]>();
const IMPORT_INDEX = new Map<string, Indexed[]>();
const KEYWORD_FEATURES: FeatureDef[] = [];
const METHOD_FEATURES: FeatureDef[] = [];
const STRING_FEATURES: FeatureDef[] = [];

for (const f of FEATURES) {
  for (const r of f.refs ?? []) pushIndex(REF_INDEX, r, { feature: f, pattern: r });
  for (const r of f.calls ?? []) pushIndex(CALL_INDEX, r, { feature: f, pattern: r });
  for (const r of f.imports ?? []) pushIndex(IMPORT_INDEX, r, { feature: f, pattern: r });
  if (f.keywords?.length) KEYWORD_FEATURES.push(f);
  if (f.methodCalls?.length) METHOD_FEATURES.push(f);
  if (f.strings?.length) STRING_FEATURES.push(f);
}

/** Keyword argument names worth recording (any call, any object). */
export const KEYWORD_NAMES: ReadonlySet<string> = new Set(KEYWORD_FEATURES.flatMap((f) => (f.keywords ?? []).map((k) => k.name)));
/** Method names worth recording. */
export const METHOD_NAMES: ReadonlySet<string> = new Set(METHOD_FEATURES.flatMap((f) => (f.methodCalls ?? []).map((m) => m.name)));
/** Substrings one of which every matching string literal contains. */
export const STRING_HINTS: readonly string[] = [...new Set(STRING_FEATURES.flatMap((f) => f.stringHints ?? []))];


/**
 * Modules the other knowledge tables name: the libraries that use a declared framework for the code
 * (providers.ts: autogluon uses torch), the imports that are evidence of a requirement (signals.ts: kserve,
 * torch_xla, mlflow, google.cloud) and the deprecated packages (deprecations.ts: tensorflow_addons). Until they
 * were listed here the scanner never reported these imports, and those table rows could not match.
 */
const TABLE_IMPORTS: readonly string[] = [
  ...Object.values(USED_BY_IMPORT).flat(),
  ...REQUIREMENT_SIGNALS.flatMap((s) => s.imports ?? []),
  ...DEPRECATED_PACKAGES.flatMap((p) => p.imports ?? []),
];

/** Top-level names of a table's modules: a dotted module under a common top (`google.cloud`) is kept whole instead. */
const SHARED_TOPS: ReadonlySet<string> = new Set(["google"]);

/**
 * Top-level import names the audit knows about: imports of other modules are not reported (a file's result
 * must not depend on whether the prefilter let it through).
 */
export const KNOWN_IMPORT_HEADS: ReadonlySet<string> = new Set([
  ...Object.keys(IMPORT_FRAMEWORK).map(topOf),
  ...Object.keys(IMPORT_DISTRIBUTIONS).map(topOf),
  ...FEATURES.flatMap((f) => [...(f.refs ?? []), ...(f.calls ?? []), ...(f.imports ?? [])].map(topOf)),
  ...TABLE_IMPORTS.map(topOf).filter((t) => !SHARED_TOPS.has(t)),
]);

/** Dotted modules known whole, whose top-level name is too common to know (`google.cloud`, not all of `google`). */
const KNOWN_DOTTED: readonly string[] = TABLE_IMPORTS.filter((m) => SHARED_TOPS.has(topOf(m)));

/** Whether the scanner reports an import of `module` (and follows references through its aliases). */
export function isKnownImport(module: string): boolean {
  if (KNOWN_IMPORT_HEADS.has(topOf(module))) return true;
  return KNOWN_DOTTED.some((p) => isUnder(module, p));
}

/**
 * Words one of which any file with something to report contains: the known import names (a ref needs an
 * import, whose text names the module), keyword names, string hints. Words that contain another word are
 * dropped (`torchvision` is covered by `torch`); dotted import entries are kept whole (`ts.torch_handler`,
 * not the two-letter `ts`).
 */
function triggerWords(): string[] {
  const words = new Set<string>();
  for (const k of Object.keys(IMPORT_FRAMEWORK)) words.add(k);
  for (const k of Object.keys(IMPORT_DISTRIBUTIONS)) words.add(k);
  for (const m of TABLE_IMPORTS) words.add(SHARED_TOPS.has(topOf(m)) ? m : topOf(m));
  for (const f of FEATURES) {
    for (const r of [...(f.refs ?? []), ...(f.calls ?? [])]) words.add(topOf(r));
    for (const r of f.imports ?? []) words.add(topOf(r).length >= 4 ? topOf(r) : r);
  }
  // Keyword and method rows that need an import are covered by the import's words.
  for (const f of KEYWORD_FEATURES) if (!f.keywordsNeedImport?.length) for (const k of f.keywords ?? []) words.add(k.name);
  for (const f of METHOD_FEATURES) if (!f.methodCallsNeedImport?.length) for (const m of f.methodCalls ?? []) words.add(m.name);
  for (const h of STRING_HINTS) words.add(h);
  const list = [...words].sort((a, b) => a.length - b.length);
  return list.filter((w, i) => !list.slice(0, i).some((shorter) => w.includes(shorter)));
}

export const TRIGGER_WORDS: readonly string[] = triggerWords();

/** One regex over all trigger words: measured about twice as fast as one `includes` per word. */
const TRIGGER_RE = new RegExp(TRIGGER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"));

/** Cheap prefilter: does the text contain any word that could lead to a fact? */
export function hasTrigger(text: string): boolean {
  return TRIGGER_RE.test(text);
}

/**
 * The string hints, searched in one pass per text. Measured on the 200 MB bench tree's 136 MB of Python: one
 * alternation regex of the first four hints runs at ~0.8-0.9 GB/s, and any fifth alternative (`KERAS_BACKEND`,
 * even a made-up `QQQQQQQQQQQQQ`) halves that for all of them (0.3-0.4 GB/s); `indexOf` of one long hint is
 * ~8 GB/s (13-17 ms), but of `.tflite` only ~1.2 GB/s. So the first REGEX_HINTS hints of the catalogue share
 * the regex, and each later one is searched with its own `indexOf`.
 */
const REGEX_HINTS = 4;
const escapeHint = (h: string) => h.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const HINT_SOURCE = STRING_HINTS.slice(0, REGEX_HINTS).map(escapeHint).join("|");
const HINT_SEARCH = HINT_SOURCE ? new RegExp(HINT_SOURCE, "g") : /(?!)/g;
const INDEXOF_HINTS: readonly string[] = STRING_HINTS.slice(REGEX_HINTS);

/**
 * Finds string hints in one text at increasing offsets; the next occurrence of each search is cached, so the
 * text is read at most once per search (the shared regex's lastIndex is set on every search, so finders never
 * disturb each other).
 */
export class StringHintFinder {
  private readonly text: string;
  private at = -1;
  /** The next occurrence of each INDEXOF_HINTS entry found so far (-1: not searched yet). */
  private readonly later: number[] = INDEXOF_HINTS.map(() => -1);
  constructor(text: string) {
    this.text = text;
  }
  /** Offset of the first hint occurrence that starts at or after `from` (from must not decrease), or text.length. */
  next(from: number): number {
    if (this.at < from) {
      HINT_SEARCH.lastIndex = from;
      const m = HINT_SEARCH.exec(this.text);
      this.at = m === null ? this.text.length : m.index;
    }
    let first = this.at;
    for (let k = 0; k < this.later.length; k++) {
      let at = this.later[k]!;
      if (at < from) {
        at = this.text.indexOf(INDEXOF_HINTS[k]!, from);
        this.later[k] = at = at < 0 ? this.text.length : at;
      }
      if (at < first) first = at;
    }
    return first;
  }
}

const MAX_DETAIL = 160;

function formatKwargs(kwargs: KwArg[] | undefined): string | undefined {
  if (!kwargs) return undefined;
  const parts: string[] = [];
  for (const k of kwargs) if (k.value !== undefined) parts.push(`${k.name}=${k.value}`);
  if (parts.length === 0) return undefined;
  const s = parts.join(", ");
  return s.length > MAX_DETAIL ? s.slice(0, MAX_DETAIL - 1) + "…" : s;
}

/** True when `module` is `base` or a submodule of it. */
export function isUnder(module: string, base: string): boolean {
  return module === base || (module.length > base.length && module.startsWith(base) && module.charCodeAt(base.length) === 46);
}

export interface MatchInput {
  path: string;
  cell?: number;
  refs: RefFact[];
  imports: ImportSeen[];
  kwargs: KwArg[];
  methods: MethodCallFact[];
  strings: StringFact[];
  /** Full module names imported so far in this file (for the `...NeedImport` conditions). */
  importedModules: ReadonlySet<string>;
  /** Asked for the usages of features with a minimum version: whether a check guards the fact at `start`. */
  guards?: GuardTest | null;
}

/** Whether the code at an offset runs only after a version or `hasattr` check (FeatureUsage.guarded). */
export interface GuardTest {
  guarded(start: number): boolean;
}

/** Features with a minimum version (knowledge/versions.ts): only their usages are asked about guards. */
const VERSIONED_FEATURES: ReadonlySet<string> = new Set(VERSION_RULES.map((r) => r.feature));

function importsAny(imported: ReadonlySet<string>, needs: readonly string[] | undefined): boolean {
  if (!needs || needs.length === 0) return true;
  for (const m of imported) for (const n of needs) if (isUnder(m, n)) return true;
  return false;
}

/**
 * The usages of one unit, de-duplicated per (feature, cell, line, column). A class rather than functions made per
 * call: optimized code that inlined one call's functions held them weakly and was thrown away once they were
 * collected (V8's "weak objects" deopt), to be compiled again.
 */
class UsageList {
  readonly out: FeatureUsage[] = [];
  private readonly seen = new Set<string>();
  constructor(
    private readonly path: string,
    private readonly cell: number | undefined,
    private readonly guards: GuardTest | null,
  ) {}

  add(feature: FeatureDef, line: number, col: number, matched: string, detail: string | undefined, start: number): void {
    const key = `${feature.id}\u0000${this.cell ?? ""}\u0000${line}\u0000${col}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const u: FeatureUsage = { feature: feature.id, path: this.path, line, column: col + 1, matched };
    if (this.cell !== undefined) u.cell = this.cell;
    if (detail !== undefined) u.detail = detail;
    if (start >= 0 && this.guards !== null && VERSIONED_FEATURES.has(feature.id) && this.guards.guarded(start)) u.guarded = true;
    this.out.push(u);
  }

  /** Adds a usage for each catalogued hit of `hits`. */
  addAll(hits: readonly { feature: FeatureDef }[] | undefined, line: number, col: number, matched: string, detail: string | undefined, start: number): void {
    if (hits) for (const h of hits) this.add(h.feature, line, col, matched, detail, start);
  }
}

/** The dotted prefix of `name` that ends before `end` (`end` === name.length: the name itself). */
function prefixTo(name: string, end: number): string {
  return end === name.length ? name : name.slice(0, end);
}

function byPosition(a: FeatureUsage, b: FeatureUsage): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/** Matches the facts against the catalog. Usages are de-duplicated per (feature, line, column). */
export function matchFeatures(input: MatchInput): FeatureUsage[] {
  const usages = new UsageList(input.path, input.cell, input.guards ?? null);

  // Each dotted prefix of a name, longest first (`a.b.c`, `a.b`, `a`): a prefix ends where the one before it has its last dot.
  for (const r of input.refs) {
    const detail = formatKwargs(r.kwargs);
    const callable = r.called || r.decorator;
    for (let end = r.name.length; end > 0; end = r.name.lastIndexOf(".", end - 1)) {
      const p = prefixTo(r.name, end);
      usages.addAll(REF_INDEX.get(p), r.line, r.col, r.name, detail, r.start);
      if (callable) usages.addAll(CALL_INDEX.get(p), r.line, r.col, r.name, detail, r.start);
    }
  }
  for (const im of input.imports) {
    for (let end = im.module.length; end > 0; end = im.module.lastIndexOf(".", end - 1)) {
      usages.addAll(IMPORT_INDEX.get(prefixTo(im.module, end)), im.line, im.col, im.module, undefined, -1);
    }
  }
  if (input.kwargs.length > 0) {
    for (const f of KEYWORD_FEATURES) {
      if (!importsAny(input.importedModules, f.keywordsNeedImport)) continue;
      for (const k of input.kwargs) {
        for (const want of f.keywords ?? []) {
          if (want.name !== k.name) continue;
          if (want.value !== undefined && want.value !== k.value) continue;
          const text = k.value === undefined ? k.name : `${k.name}=${k.value}`;
          usages.add(f, k.line, k.col, text, text, k.start);
        }
      }
    }
  }
  if (input.methods.length > 0) {
    for (const f of METHOD_FEATURES) {
      if (!importsAny(input.importedModules, f.methodCallsNeedImport)) continue;
      for (const m of input.methods) {
        for (const want of f.methodCalls ?? []) {
          if (want.name !== m.method) continue;
          if (want.firstArg && (m.firstArg === undefined || !want.firstArg.test(m.firstArg))) continue;
          usages.add(f, m.line, m.col, `.${m.method}()`, m.firstArg !== undefined ? `.${m.method}("${m.firstArg}")` : undefined, m.start);
        }
      }
    }
  }
  const strings = input.strings;
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i]!;
    for (const f of STRING_FEATURES) {
      for (const re of f.strings ?? []) {
        if (!re.test(s.body)) continue;
        if (f.stringValue) {
          // a setting: its value is the next string literal of the line
          const value = strings[i + 1];
          if (value !== undefined && value.line === s.line && f.stringValue.test(value.body)) {
            usages.add(f, s.line, s.col, `${s.body}=${value.body}`, `${s.body}="${value.body}"`, s.start);
          }
        } else {
          const shown = s.body.length > 100 ? s.body.slice(0, 99) + "…" : s.body;
          usages.add(f, s.line, s.col, shown, `"${shown}"`, s.start);
        }
      }
    }
  }
  return usages.out.sort(byPosition);
}

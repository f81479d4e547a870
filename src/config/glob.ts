/**
 * Glob matching for config paths (include/exclude, ignore, overrides) on repo-relative `/` paths, with
 * picomatch (the matcher fast-glob uses). .gitignore-like conveniences on top: a pattern without `/`
 * matches at any depth (`*.ipynb`), and a pattern naming a folder (`docs`, `docs/`, `docs/**`) covers
 * everything below it.
 */
import picomatch from "picomatch";

const cache = new Map<string, (path: string) => boolean>();

/**
 * The test of a path by itself, without the folder rule below: the path matches a glob, or (for a glob
 * without `/`) its last segment does. Discovery walks the tree folder by folder and applies this to each
 * folder once, instead of to every ancestor of every file.
 */
export function compileOwnGlobs(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map((g) => {
    let p = g.trim().replace(/^\.\//, "");
    if (p.endsWith("/")) p += "**";
    return p;
  });
  if (patterns.length === 0) return () => false;
  const isMatch = picomatch(patterns, { dot: true });
  const anyDepth = patterns.filter((p) => !p.includes("/"));
  const anyDepthMatch = anyDepth.length ? picomatch(anyDepth, { dot: true, basename: true }) : undefined;
  return anyDepthMatch ? (path) => isMatch(path) || anyDepthMatch(path) : isMatch;
}

/** One predicate for a list of globs. */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const own = compileOwnGlobs(globs);
  return (path) => {
    if (own(path)) return true;
    // A glob naming a folder covers the files below it: try each ancestor folder of the path.
    for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
      if (own(path.slice(0, i))) return true;
    }
    return false;
  };
}

export function matchGlob(path: string, glob: string): boolean {
  let m = cache.get(glob);
  if (!m) {
    m = compileGlobs([glob]);
    cache.set(glob, m);
  }
  return m(path);
}

export function matchAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchGlob(path, g));
}

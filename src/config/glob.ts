/**
 * A small, dependency-free glob matcher for config paths (ignore/overrides), on repo-relative `/` paths.
 * Supports `**` (any number of segments), `*` and `?` (within a segment), `{a,b}` alternatives and `[...]`
 * classes. A pattern without `/` matches the basename anywhere (`*.ipynb`), like .gitignore; a trailing `/`
 * or a directory pattern matches everything under it (`docs/` and `docs` both match `docs/a.md`).
 */

const cache = new Map<string, RegExp>();

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? "\\" + c : c;
}

function translate(glob: string): string {
  let re = "";
  let i = 0;
  let braceDepth = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        // `**/` -> zero or more directories; a trailing `**` -> anything
        const atSegStart = i === 0 || glob[i - 1] === "/";
        if (atSegStart && glob[i + 2] === "/") {
          re += "(?:[^/]*(?:/|$))*";
          i += 3;
          continue;
        }
        re += ".*";
        i += 2;
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end === -1) re += "\\[";
      else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith("!")) body = "^" + body.slice(1);
        re += "[" + body.replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else if (c === "{") {
      braceDepth++;
      re += "(?:";
    } else if (c === "}" && braceDepth > 0) {
      braceDepth--;
      re += ")";
    } else if (c === "," && braceDepth > 0) {
      re += "|";
    } else {
      re += escapeRe(c);
    }
    i++;
  }
  return re;
}

export function globToRegExp(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let p = pattern.trim().replace(/^\.\//, "");
  let anchored = p.includes("/") && !p.endsWith("/") ? true : p.replace(/\/$/, "").includes("/");
  if (p.startsWith("/")) {
    p = p.slice(1);
    anchored = true;
  }
  p = p.replace(/\/$/, "");
  const body = translate(p);
  const prefix = anchored ? "^" : "^(?:.*/)?";
  const re = new RegExp(prefix + body + "(?:/.*)?$");
  cache.set(pattern, re);
  return re;
}

export function matchGlob(path: string, pattern: string): boolean {
  return globToRegExp(pattern).test(path.replace(/^\.\//, ""));
}

export function matchAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchGlob(path, p));
}

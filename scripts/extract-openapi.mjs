#!/usr/bin/env node
// Extracts the operations the action calls from GitHub's OpenAPI description into a small test fixture.
//
//   node scripts/extract-openapi.mjs PATH/TO/@octokit/openapi/generated/api.github.com.json [OUT]
//
// OUT defaults to tests/github/fixtures/openapi-subset.json. It keeps only those operations (by
// operationId), the components they reference (transitively), and records where the spec came from.
// It installs nothing: get the spec with
//   mkdir -p /tmp/oa && cd /tmp/oa && npm init -y && npm install --no-save @octokit/openapi
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const OPERATIONS = [
  "users/get-authenticated",
  "issues/list-comments",
  "issues/create-comment",
  "issues/update-comment",
  "issues/delete-comment",
  "pulls/list-files",
  "pulls/list",
  "repos/get-content",
  "repos/list-pull-requests-associated-with-commit",
];
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const [specPath, outPath = "tests/github/fixtures/openapi-subset.json"] = process.argv.slice(2);
if (!specPath) {
  console.error("usage: node scripts/extract-openapi.mjs PATH/TO/api.github.com.json [OUT]");
  process.exit(2);
}
const spec = JSON.parse(readFileSync(specPath, "utf8"));
let pkgVersion = null;
try {
  pkgVersion = JSON.parse(readFileSync(join(dirname(specPath), "..", "package.json"), "utf8")).version;
} catch {
  // the spec was copied out of its package: the version is then unknown
}

const paths = {};
const found = new Set();
for (const [p, item] of Object.entries(spec.paths)) {
  for (const m of METHODS) {
    const op = item[m];
    if (op && OPERATIONS.includes(op.operationId)) {
      paths[p] ??= {};
      if (item.parameters) paths[p].parameters = item.parameters;
      paths[p][m] = op;
      found.add(op.operationId);
    }
  }
}
const missing = OPERATIONS.filter((o) => !found.has(o));
if (missing.length) {
  console.error(`operations not in the spec: ${missing.join(", ")}`);
  process.exit(1);
}

// Collect every "#/components/<kind>/<name>" reachable from the kept operations.
const components = {};
const seen = new Set();
function walk(node) {
  if (Array.isArray(node)) return node.forEach(walk);
  if (!node || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string" && v.startsWith("#/components/")) {
      if (seen.has(v)) continue;
      seen.add(v);
      const [, , kind, name] = v.split("/");
      const target = spec.components?.[kind]?.[name];
      if (target === undefined) throw new Error(`dangling $ref ${v}`);
      (components[kind] ??= {})[name] = target;
      walk(target);
    } else walk(v);
  }
}
walk(paths);

const subset = {
  openapi: spec.openapi,
  info: { ...spec.info, "x-extracted": { from: "@octokit/openapi generated/api.github.com.json", package: pkgVersion, operations: OPERATIONS } },
  servers: spec.servers,
  paths,
  components,
};
writeFileSync(outPath, JSON.stringify(subset, null, 1) + "\n");
const n = Object.values(components).reduce((a, c) => a + Object.keys(c).length, 0);
console.log(`${outPath}: ${found.size} operations, ${n} components, spec ${spec.info.version} (@octokit/openapi ${pkgVersion ?? "unknown"})`);

/**
 * A local stand-in for the GitHub REST API for end-to-end tests. Every request is checked against its
 * operation in GitHub's OpenAPI description (tests/github/fixtures/openapi-subset.json, extracted by
 * scripts/extract-openapi.mjs): unknown method+path, bad path/query parameters or a request body that does not
 * match the operation's schema are recorded in `violations` (tests assert it stays empty). Responses are the
 * spec's examples with the state's fields filled in, and are themselves validated against the response schema.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const SPEC_PATH = new URL("./fixtures/openapi-subset.json", import.meta.url);

/** OpenAPI 3.0 `nullable: true` -> JSON Schema `type: [T, "null"]` (or anyOf with null when there is no type). */
export function convertNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (!node || typeof node !== "object") return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) if (k !== "nullable" && k !== "discriminator" && k !== "example" && k !== "examples") out[k] = convertNullable(v);
  if (node.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else return { anyOf: [out, { type: "null" }] };
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== "object") return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/components/") ? `components${v}` : rewriteRefs(v);
  return out;
}

interface Param {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  validate: ValidateFunction;
  type?: string;
}

interface Operation {
  id: string;
  method: string;
  template: string;
  regex: RegExp;
  pathNames: string[];
  params: Param[];
  body?: ValidateFunction;
  responses: Map<number, { validate?: ValidateFunction; example?: Json }>;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  type: "Bot" | "User";
  created_at: string;
  updated_at: string;
}

export interface PullState {
  number: number;
  headSha: string;
  headRef: string;
  headOwner: string;
  state: "open" | "closed";
  /** Whether repos/list-pull-requests-associated-with-commit returns it (default true). */
  associated?: boolean;
}

export interface Injected {
  method?: string;
  /** Matched against the request path (without query). */
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many requests this answers (default 1). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  operation?: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  token: string;
  /** Login of the token for GET /user; null: an installation token (GET /user answers 403). */
  tokenUser: string | null = null;
  /** Author of comments created with the token. */
  botLogin = "github-actions[bot]";
  /** Status for comment writes (403: a read-only fork token). */
  writeStatus: number | null = null;
  comments: StoredComment[] = [];
  pulls: PullState[] = [];
  /** pulls/list-files entries and base-side file contents (path -> text) for repos/get-content. */
  changedFiles: { filename: string; status: string; previous_filename?: string }[] = [];
  baseContents = new Map<string, string>();
  injected: Injected[] = [];
  requests: LoggedRequest[] = [];
  violations: string[] = [];
  private nextId = 1000;
  private clock = Date.parse("2024-01-01T00:00:00Z");
  private server?: Server;
  private ops: Operation[] = [];
  private ajv: Ajv;
  private baseUrl = "";
  readonly specVersion: string;

  constructor(opts: { owner: string; repo: string; token: string }) {
    this.owner = opts.owner;
    this.repo = opts.repo;
    this.token = opts.token;
    const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as Obj;
    this.specVersion = String((spec.info as Obj).version);
    this.ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    (addFormatsModule as unknown as (a: Ajv) => void)(this.ajv);
    const components = spec.components as Obj;
    this.ajv.addSchema(rewriteRefs(convertNullable({ components })) as object, "components");
    this.loadOperations(spec, components);
  }

  private resolve(node: Json, components: Obj): Obj {
    let n = node as Obj;
    while (typeof n.$ref === "string") {
      const [, , kind, name] = n.$ref.split("/");
      n = (components[kind!] as Obj)[name!] as Obj;
    }
    return n;
  }

  private compile(schema: Json): ValidateFunction {
    return this.ajv.compile(rewriteRefs(convertNullable(schema)) as object);
  }

  private loadOperations(spec: Obj, components: Obj): void {
    for (const [template, item] of Object.entries(spec.paths as Obj)) {
      for (const [method, opJson] of Object.entries(item as Obj)) {
        if (method === "parameters") continue;
        const op = opJson as Obj;
        const pathNames: string[] = [];
        const regex = new RegExp(
          "^" +
            template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_m, name: string) => {
              pathNames.push(name);
              return name === "path" ? "(.+)" : "([^/]+)";
            }) +
            "$",
        );
        const params: Param[] = ((op.parameters as Json[]) ?? []).map((p) => {
          const r = this.resolve(p, components);
          const schema = r.schema as Obj;
          return { name: String(r.name), in: r.in as Param["in"], required: r.required === true, validate: this.compile(schema), type: typeof schema.type === "string" ? schema.type : undefined };
        });
        let body: ValidateFunction | undefined;
        const rb = op.requestBody ? this.resolve(op.requestBody, components) : undefined;
        const rbSchema = ((rb?.content as Obj | undefined)?.["application/json"] as Obj | undefined)?.schema;
        if (rbSchema) body = this.compile(rbSchema);
        const responses = new Map<number, { validate?: ValidateFunction; example?: Json }>();
        for (const [code, respJson] of Object.entries(op.responses as Obj)) {
          const resp = this.resolve(respJson, components);
          const content = resp.content as Obj | undefined;
          const media = content ? ((content["application/json"] ?? Object.values(content)[0]) as Obj) : undefined;
          let example: Json | undefined;
          const ex = media?.examples ? (Object.values(media.examples as Obj)[0] as Obj) : undefined;
          if (ex) example = (this.resolve(ex, components).value ?? null) as Json;
          responses.set(Number(code), { validate: media?.schema ? this.compile(media.schema) : undefined, example });
        }
        this.ops.push({ id: String(op.operationId), method: method.toUpperCase(), template, regex, pathNames, params, body, responses });
      }
    }
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  reset(): void {
    this.requests = [];
    this.violations = [];
  }

  ourComments(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  addComment(issue: number, body: string, login: string, type: "Bot" | "User" = "User"): StoredComment {
    const now = new Date((this.clock += 1000)).toISOString().replace(/\.\d+Z$/, "Z");
    const c: StoredComment = { id: this.nextId++, issue, body, login, type, created_at: now, updated_at: now };
    this.comments.push(c);
    return c;
  }

  private example(op: Operation, status: number): Json {
    return structuredClone(op.responses.get(status)?.example ?? null);
  }

  private commentJson(op: Operation, status: number, c: StoredComment): Json {
    const base = (this.example(op, status) ?? {}) as Obj;
    const item = (Array.isArray(base) ? base[0] : base) as Obj;
    const user = { ...(item.user as Obj), login: c.login, type: c.type, id: c.login.length * 7919 };
    return {
      ...item,
      id: c.id,
      node_id: Buffer.from(`IssueComment${c.id}`).toString("base64"),
      body: c.body,
      user,
      created_at: c.created_at,
      updated_at: c.updated_at,
      url: `${this.baseUrl}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.baseUrl}/repos/${this.owner}/${this.repo}/issues/${c.issue}`,
    };
  }

  private pullJson(op: Operation, p: PullState): Json {
    const items = this.example(op, 200) as Json[];
    const item = structuredClone(items[0]) as Obj;
    const head = item.head as Obj;
    const base = item.base as Obj;
    return {
      ...item,
      number: p.number,
      state: p.state,
      // The spec's own example lists a team without the `type` its schema requires.
      requested_teams: [],
      head: { ...head, sha: p.headSha, ref: p.headRef, label: `${p.headOwner}:${p.headRef}`, user: { ...(head.user as Obj), login: p.headOwner } },
      base: { ...base, repo: { ...(base.repo as Obj), full_name: `${this.owner}/${this.repo}`, name: this.repo } },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const method = req.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const query = Object.fromEntries(url.searchParams.entries());
    const log: LoggedRequest = { method, path: url.pathname, query, status: 0 };
    this.requests.push(log);
    const send = (status: number, body?: Json, headers: Record<string, string> = {}) => {
      log.status = status;
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-github-api-version-selected": "2022-11-28", ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
      send(status, { message, documentation_url: "https://docs.github.com/rest", status: String(status) }, headers);

    const op = this.ops.find((o) => o.method === method && o.regex.test(url.pathname));
    if (!op) {
      this.violations.push(`unknown route ${method} ${url.pathname}`);
      return fail(404, "Not Found");
    }
    log.operation = op.id;
    const m = op.regex.exec(url.pathname)!;
    const pathValues: Record<string, string> = {};
    op.pathNames.forEach((n, i) => (pathValues[n] = decodeURIComponent(m[i + 1]!)));

    // Parameters.
    for (const p of op.params) {
      const value = p.in === "path" ? pathValues[p.name] : p.in === "query" ? query[p.name] : undefined;
      if (value === undefined) {
        if (p.required) this.violations.push(`${op.id}: missing required ${p.in} parameter ${p.name}`);
        continue;
      }
      const typed = p.type === "integer" || p.type === "number" ? Number(value) : p.type === "boolean" ? value === "true" ? true : value === "false" ? false : value : value;
      if (!p.validate(typed)) this.violations.push(`${op.id}: ${p.in} parameter ${p.name}=${value}: ${this.ajv.errorsText(p.validate.errors)}`);
    }
    for (const q of Object.keys(query)) if (!op.params.some((p) => p.in === "query" && p.name === q)) this.violations.push(`${op.id}: unknown query parameter ${q}`);
    // Body.
    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(raw);
        log.body = body;
      } catch {
        this.violations.push(`${op.id}: request body is not JSON`);
      }
    }
    if (op.body) {
      if (body === undefined) this.violations.push(`${op.id}: request body missing`);
      else if (!op.body(body)) this.violations.push(`${op.id}: request body: ${this.ajv.errorsText(op.body.errors)}`);
    } else if (raw && method !== "GET") this.violations.push(`${op.id}: unexpected request body`);
    if (pathValues.owner !== this.owner || pathValues.repo !== this.repo) {
      if (op.pathNames.includes("owner")) return fail(404, "Not Found");
    }
    // Auth.
    const auth = req.headers.authorization ?? "";
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) return fail(401, "Bad credentials");

    // Injected failures (rate limits, 5xx) come before the real answer.
    const inj = this.injected.find((i) => (!i.method || i.method === method) && (!i.path || i.path.test(url.pathname)));
    if (inj) {
      inj.times = (inj.times ?? 1) - 1;
      if (inj.times <= 0) this.injected.splice(this.injected.indexOf(inj), 1);
      return fail(inj.status, inj.message ?? "Injected failure", inj.headers);
    }

    const answer = (status: number, json: Json, headers: Record<string, string> = {}) => {
      const v = op.responses.get(status)?.validate;
      if (v && !v(json)) this.violations.push(`test server bug: ${op.id} ${status} response: ${this.ajv.errorsText(v.errors)}`);
      send(status, json, headers);
    };
    const page = (items: Json[]) => {
      const perPage = Number(query.per_page ?? 30);
      const n = Number(query.page ?? 1);
      const slice = items.slice((n - 1) * perPage, n * perPage);
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const headers: Record<string, string> = {};
      if (n < last) {
        const next = new URL(url);
        next.searchParams.set("page", String(n + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      answer(200, slice, headers);
    };

    switch (op.id) {
      case "users/get-authenticated": {
        if (this.tokenUser === null) return fail(403, "Resource not accessible by integration");
        const ex = this.example(op, 200) as Obj;
        return answer(200, { ...ex, login: this.tokenUser });
      }
      case "issues/list-comments":
        return page(this.ourComments(Number(pathValues.issue_number)).map((c) => this.commentJson(op, 200, c)));
      case "issues/create-comment": {
        if (this.writeStatus) return fail(this.writeStatus, "Resource not accessible by integration");
        const c = this.addComment(Number(pathValues.issue_number), String((body as Obj).body), this.botLogin, "Bot");
        return answer(201, this.commentJson(op, 201, c), { location: `${this.baseUrl}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}` });
      }
      case "issues/update-comment": {
        const c = this.comments.find((x) => x.id === Number(pathValues.comment_id));
        if (!c) return fail(404, "Not Found");
        if (this.writeStatus) return fail(this.writeStatus, "Resource not accessible by integration");
        c.body = String((body as Obj).body);
        c.updated_at = new Date((this.clock += 1000)).toISOString().replace(/\.\d+Z$/, "Z");
        return answer(200, this.commentJson(op, 200, c));
      }
      case "issues/delete-comment": {
        const i = this.comments.findIndex((x) => x.id === Number(pathValues.comment_id));
        if (i < 0) return fail(404, "Not Found");
        if (this.writeStatus) return fail(this.writeStatus, "Resource not accessible by integration");
        this.comments.splice(i, 1);
        log.status = 204;
        res.writeHead(204);
        res.end();
        return;
      }
      case "repos/list-pull-requests-associated-with-commit":
        return page(this.pulls.filter((p) => p.headSha === pathValues.commit_sha && p.associated !== false).map((p) => this.pullJson(op, p)));
      case "pulls/list": {
        const state = query.state ?? "open";
        return page(
          this.pulls
            .filter((p) => (state === "all" || p.state === state) && (!query.head || `${p.headOwner}:${p.headRef}` === query.head))
            .map((p) => this.pullJson(op, p)),
        );
      }
      case "pulls/list-files": {
        const item = (this.example(op, 200) as Json[])[0] as Obj;
        return page(this.changedFiles.map((f) => ({ ...item, filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) })));
      }
      case "repos/get-content": {
        const text = this.baseContents.get(pathValues.path!);
        if (text === undefined) return fail(404, "Not Found");
        const ex = this.example(op, 200) as Obj;
        const name = pathValues.path!.split("/").pop()!;
        return answer(200, { ...ex, name, path: pathValues.path!, size: Buffer.byteLength(text), encoding: "base64", content: Buffer.from(text).toString("base64").replace(/(.{60})/g, "$1\n") });
      }
      default:
        this.violations.push(`test server has no handler for ${op.id}`);
        return fail(501, "Not implemented in the test server");
    }
  }
}

/**
 * A local stand-in for the Actions cache service v2, the protocol @actions/cache speaks on github.com
 * (ACTIONS_CACHE_SERVICE_V2 + ACTIONS_RESULTS_URL): twirp JSON endpoints under
 * /twirp/github.actions.results.api.v1.CacheService/, and the blob storage behind the signed URLs they hand
 * out. An upload goes through @azure/storage-blob (one PUT Blob for archives under 128 MiB); a download of a
 * URL that is not *.blob.core.windows.net is a plain GET. Everything listens on 127.0.0.1.
 *
 * Lookup follows the service: the key must match exactly, a restore key by prefix (newest entry first),
 * and the version (a hash of the paths and compression, computed by the client) must match too.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const SERVICE = "/twirp/github.actions.results.api.v1.CacheService/";

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  createdAt: number;
  /** Set by the blob PUT. */
  archive?: Buffer;
  finalized: boolean;
}

export interface CacheRequest {
  method: string;
  /** Path without the query (the signature). */
  path: string;
  /** The twirp method, or "blob-put" / "blob-get". */
  op: string;
  body?: Record<string, unknown>;
  status: number;
}

export class FakeCacheService {
  readonly token: string;
  entries: CacheEntry[] = [];
  requests: CacheRequest[] = [];
  /** Violations of the protocol as this stand-in knows it (tests assert it stays empty). */
  violations: string[] = [];
  /** When set, every request is answered with this status (a broken service). */
  failStatus: number | null = null;
  private server?: Server;
  private baseUrl = "";
  private nextId = 1;
  private clock = 0;
  /** Signature of each blob URL handed out, by entry id. */
  private signatures = new Map<number, string>();

  constructor(token: string) {
    this.token = token;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    // ACTIONS_RESULTS_URL ends with a slash on runners.
    return `${this.baseUrl}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  reset(): void {
    this.entries = [];
    this.requests = [];
    this.violations = [];
    this.failStatus = null;
  }

  ops(): string[] {
    return this.requests.map((r) => r.op);
  }

  private blobUrl(entry: CacheEntry): string {
    const sig = randomBytes(12).toString("base64url");
    this.signatures.set(entry.id, sig);
    // Path style (account/container/blob), as for a storage emulator: the Azure SDK accepts an IP host so.
    return `${this.baseUrl}/devstoreaccount1/actions-cache/entry-${entry.id}.tzst?sv=2023-11-03&sr=b&sp=rcw&sig=${encodeURIComponent(sig)}`;
  }

  private lookup(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const usable = this.entries.filter((e) => e.finalized && e.version === version);
    const exact = usable.find((e) => e.key === key);
    if (exact) return exact;
    for (const prefix of restoreKeys) {
      const newest = usable.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.createdAt - a.createdAt)[0];
      if (newest) return newest;
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const method = req.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const log: CacheRequest = { method, path: url.pathname, op: "unknown", status: 0 };
    this.requests.push(log);
    const json = (status: number, body: Record<string, unknown>) => {
      log.status = status;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    // Twirp errors carry `code` and `msg`.
    const twirpError = (status: number, code: string, msg: string) => json(status, { code, msg });

    if (url.pathname.startsWith(SERVICE)) {
      log.op = url.pathname.slice(SERVICE.length);
      if (method !== "POST") this.violations.push(`${log.op}: method ${method}`);
      if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) this.violations.push(`${log.op}: content-type ${req.headers["content-type"]}`);
      if (req.headers.authorization !== `Bearer ${this.token}`) return twirpError(401, "unauthenticated", "bad runtime token");
      try {
        log.body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      } catch {
        this.violations.push(`${log.op}: body is not JSON`);
        return twirpError(400, "malformed", "body is not JSON");
      }
      if (this.failStatus) return twirpError(this.failStatus, "internal", "injected failure");
      const body = log.body;
      const key = String(body.key ?? "");
      const version = String(body.version ?? "");
      if (!key || !/^[0-9a-f]{64}$/.test(version)) this.violations.push(`${log.op}: key or version missing: ${JSON.stringify(body)}`);
      switch (log.op) {
        case "GetCacheEntryDownloadURL": {
          const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
          const hit = this.lookup(key, restoreKeys, version);
          if (!hit) return json(200, { ok: false, signed_download_url: "", matched_key: "" });
          return json(200, { ok: true, signed_download_url: this.blobUrl(hit), matched_key: hit.key });
        }
        case "CreateCacheEntry": {
          if (this.entries.some((e) => e.key === key && e.version === version)) return twirpError(409, "already_exists", "cache entry with the same key, version, and scope already exists");
          const entry: CacheEntry = { id: this.nextId++, key, version, createdAt: ++this.clock, finalized: false };
          this.entries.push(entry);
          return json(200, { ok: true, signed_upload_url: this.blobUrl(entry) });
        }
        case "FinalizeCacheEntryUpload": {
          const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
          if (!entry?.archive) return json(200, { ok: false, entry_id: "0", message: "no upload for this key" });
          if (String(body.size_bytes) !== String(entry.archive.length)) this.violations.push(`FinalizeCacheEntryUpload: size_bytes ${String(body.size_bytes)} != uploaded ${entry.archive.length}`);
          entry.finalized = true;
          return json(200, { ok: true, entry_id: String(entry.id) });
        }
        default:
          this.violations.push(`unknown twirp method ${log.op}`);
          return twirpError(404, "bad_route", "no such method");
      }
    }

    const blob = /^\/devstoreaccount1\/actions-cache\/entry-(\d+)\.tzst$/.exec(url.pathname);
    if (blob) {
      log.op = method === "PUT" ? "blob-put" : "blob-get";
      const entry = this.entries.find((e) => e.id === Number(blob[1]));
      if (!entry || url.searchParams.get("sig") !== this.signatures.get(entry.id)) {
        log.status = 403;
        res.writeHead(403, { "content-type": "application/xml" });
        res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>');
        return;
      }
      if (this.failStatus) {
        log.status = this.failStatus;
        res.writeHead(this.failStatus);
        res.end();
        return;
      }
      const headers = { "x-ms-request-id": randomBytes(8).toString("hex"), "x-ms-version": "2023-11-03", date: new Date().toUTCString() };
      if (method === "PUT") {
        if (req.headers["x-ms-blob-type"] !== "BlockBlob") this.violations.push(`blob PUT without x-ms-blob-type: BlockBlob (${req.headers["x-ms-blob-type"]})`);
        if (entry.finalized) this.violations.push(`blob PUT to the finalized entry ${entry.key}`);
        entry.archive = raw;
        log.status = 201;
        res.writeHead(201, { ...headers, etag: `"0x${entry.id.toString(16)}"`, "last-modified": new Date().toUTCString(), "content-length": "0" });
        res.end();
        return;
      }
      if (method === "GET") {
        if (!entry.archive) {
          log.status = 404;
          res.writeHead(404);
          res.end();
          return;
        }
        log.status = 200;
        res.writeHead(200, { ...headers, "content-type": "application/octet-stream", "content-length": String(entry.archive.length) });
        res.end(entry.archive);
        return;
      }
    }
    this.violations.push(`unknown route ${method} ${url.pathname}`);
    log.status = 404;
    res.writeHead(404);
    res.end();
  }
}

/**
 * The REST client: @octokit/rest with retry (5xx, 429) and throttling (primary and secondary rate limits).
 * The API base comes from GITHUB_API_URL so GitHub Enterprise Server works unchanged.
 */
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type Client = InstanceType<typeof Octokit>;

const AuditOctokit = Octokit.plugin(retry, throttling);

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Milliseconds per "second" of backoff; 1000 in production. ML_FRAMEWORK_AUDIT_RETRY_BASE_MS lowers it in tests. */
  retryBaseMs?: number;
  /** Retries for 5xx / 429 and for rate limits. */
  retries?: number;
  log?: { debug: (m: string) => void; info: (m: string) => void; warning: (m: string) => void };
  userAgent?: string;
}

export function retryBaseFromEnv(env: NodeJS.ProcessEnv): number {
  const v = Number(env.ML_FRAMEWORK_AUDIT_RETRY_BASE_MS);
  return Number.isFinite(v) && v >= 0 ? v : 1000;
}

export function createClient(opts: ClientOptions): Client {
  const retries = opts.retries ?? 3;
  const base = opts.retryBaseMs ?? 1000;
  const log = opts.log;
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const what = `${options.method ?? "GET"} ${options.url ?? ""}`;
    if (retryCount < retries) {
      log?.info(`GitHub API ${kind} hit on ${what}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries}).`);
      return true;
    }
    log?.warning(`GitHub API ${kind} hit on ${what}; giving up after ${retries} retries.`);
    return false;
  };
  return new AuditOctokit({
    auth: opts.token || undefined,
    baseUrl: opts.baseUrl,
    userAgent: opts.userAgent ?? "ml-framework-audit",
    retry: { retries, retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
    },
    log: {
      debug: (m: string) => log?.debug(m),
      info: (m: string) => log?.debug(m),
      warn: (m: string) => log?.debug(m),
      error: (m: string) => log?.debug(m),
    },
  });
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  if (error !== null && typeof error === "object" && "status" in error) {
    const s = (error as { status: unknown }).status;
    return typeof s === "number" ? s : undefined;
  }
  return undefined;
}

/** A one-line description of an API error that never contains the token. */
export function describeApiError(error: unknown): string {
  const status = statusOf(error);
  const msg = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return status ? `HTTP ${status}: ${msg}` : msg ?? "unknown error";
}

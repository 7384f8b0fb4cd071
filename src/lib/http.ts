import got, { type Got, type Method, RequestError, TimeoutError } from "got";
import { performance } from "node:perf_hooks";
import { VendorError } from "./errors.js";
import type { UpstreamStats } from "./upstream-stats.js";
import type { Logger } from "./logger.js";

/**
 * The one outbound HTTP path for every vendor (DESIGN "lib/": the shared got instance).
 *
 * Retry policy is a discriminated union, not a flag:
 * - `none`: never retried. The default, and the only choice for non-idempotent creates
 *   (ClientTether create_client, Comunik8 lead/add): a retry after a lost response could
 *   create a second record.
 * - `safe`: retried with exponential backoff and jitter on network errors, 408/429/5xx;
 *   `Retry-After` is honoured. For GETs and writes the vendor makes idempotent.
 */
export type RetryPolicy = { kind: "none" } | { kind: "safe"; limit: number; baseDelayMs?: number };

export interface VendorRequest {
  vendor: string;
  /** Vendor operation name for stats and metrics, e.g. `read_client_by_id`. */
  operation: string;
  method: Method;
  url: string;
  searchParams?: Record<string, string | number | boolean>;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  retry?: RetryPolicy;
  timeoutMs?: number;
}

export interface VendorResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed JSON body, or `undefined` when the body is not JSON (HTML error pages, truncation). */
  json: unknown;
}

export interface Http {
  /**
   * Sends one request. Never throws for an HTTP status (vendor `errors.ts` decide what a
   * status means); throws VendorError UPSTREAM_TIMEOUT / UPSTREAM_ERROR when no response came.
   */
  request(stats: UpstreamStats, req: VendorRequest): Promise<VendorResponse>;
}

export interface HttpOptions {
  logger: Logger;
  defaultTimeoutMs?: number;
  /** Per-vendor timeout overrides (ms). */
  timeouts?: Record<string, number>;
}

export function parseJsonOrUndefined(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createHttp(opts: HttpOptions): Http {
  const base: Got = got.extend({ throwHttpErrors: false, responseType: "text", followRedirect: false });
  return {
    async request(stats, req) {
      const timeout = req.timeoutMs ?? opts.timeouts?.[req.vendor] ?? opts.defaultTimeoutMs ?? 10_000;
      const policy = req.retry ?? { kind: "none" };
      const started = performance.now();
      try {
        const res = await base(req.url, {
          method: req.method,
          searchParams: req.searchParams,
          headers: req.headers,
          json: req.json,
          form: req.form,
          timeout: { connect: Math.min(timeout, 5000), request: timeout },
          retry:
            policy.kind === "none"
              ? { limit: 0 }
              : {
                  limit: policy.limit,
                  methods: [req.method],
                  statusCodes: [408, 429, 500, 502, 503, 504],
                  maxRetryAfter: timeout,
                  calculateDelay: ({ attemptCount, computedValue, retryOptions }) => {
                    if (computedValue === 0 || attemptCount > retryOptions.limit) return 0;
                    const base = policy.baseDelayMs ?? 100;
                    const backoff = base * 2 ** (attemptCount - 1);
                    // got computes Retry-After into computedValue when the header is present
                    return Math.max(backoff + Math.random() * base, Math.min(computedValue, timeout));
                  },
                },
        });
        const status = res.statusCode;
        stats.record({ vendor: req.vendor, operation: req.operation, status, ms: performance.now() - started });
        return { status, headers: res.headers, text: res.body, json: parseJsonOrUndefined(res.body) };
      } catch (e) {
        stats.record({ vendor: req.vendor, operation: req.operation, status: "error", ms: performance.now() - started });
        const code = e instanceof RequestError ? e.code : undefined;
        opts.logger.warn({ vendor: req.vendor, operation: req.operation, code }, "upstream request failed");
        if (e instanceof TimeoutError) {
          throw new VendorError("UPSTREAM_TIMEOUT", req.vendor, `${req.vendor} did not answer within ${timeout} ms`);
        }
        throw new VendorError("UPSTREAM_ERROR", req.vendor, `${req.vendor} could not be reached (${code ?? "network error"})`, {
          vendorCode: code,
        });
      }
    },
  };
}

import got, { type Got, type Method, RequestError, TimeoutError } from "got";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { VendorError } from "./errors.js";
import type { UpstreamStats } from "./upstream-stats.js";
import type { Logger } from "./logger.js";
import { CircuitBreakers, CircuitOpenError, DEFAULT_BREAKER, NotCounted, type CircuitListener } from "./circuit-breaker.js";
import { createRateLimiter, type RateLimiter } from "./rate-limit.js";
import { failSpan, withUpstreamSpan } from "./tracing.js";
import type { Span } from "@opentelemetry/api";

/**
 * The one outbound HTTP path for every vendor (DESIGN "lib/": the shared got instance).
 *
 * Every call is one `<vendor> <operation>` tracing span (lib/tracing.ts; a no-op unless an
 * OpenTelemetry SDK is registered) and goes: outbound rate limit (tenant+vendor) → circuit breaker (tenant+vendor) →
 * one got attempt with connect/response timeouts → retry decision. All of it is bounded by
 * one deadline per call (`deadlineMs`): no caller ever waits longer, whatever the vendor does.
 *
 * Retry policy is a discriminated union, not a flag:
 * - `none`: never retried. The default, and the only choice for non-idempotent creates
 *   (a create call): a retry after a lost response could
 *   create a second record.
 * - `safe`: for GETs and writes the vendor makes idempotent (a create-or-update by key).
 *   Retried on no response (reset, refused, timeout) and on 408/429/500/502/503/504, with
 *   exponential backoff plus jitter (`baseDelayMs · 2^(n-1) + random(0, baseDelayMs)`); for
 *   429/503 a `Retry-After` (seconds or HTTP date) replaces the backoff. A retry whose wait
 *   would pass the deadline is not made: the last answer is returned as it is.
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
  /**
   * Whose credentials this call uses (`ctx.tenant.id`). Circuit breakers and outbound rate
   * limits are per tenant+vendor; calls without it share the "global" ones.
   */
  tenantId?: string;
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
   * Sends one request (retried per its policy). Never throws for an HTTP status (vendor
   * `errors.ts` decide what a status means); throws VendorError UPSTREAM_TIMEOUT /
   * UPSTREAM_ERROR when no response came, UPSTREAM_ERROR `circuitOpen: true` when the
   * tenant+vendor circuit is open, RATE_LIMITED when the outbound limit leaves no slot
   * before the deadline.
   */
  request(stats: UpstreamStats, req: VendorRequest): Promise<VendorResponse>;
  /** For readiness and tests: the tenant+vendor circuit state. */
  circuitState?(tenantId: string, vendor: string): string;
  close?(): Promise<void>;
}

/** Per-vendor upstream policy; `server.upstream.<vendorId>` (or `default`) in the tenants file. */
export const VendorHttpPolicySchema = z
  .object({
    /** TCP connect timeout per attempt. */
    connectTimeoutMs: z.number().int().positive().optional(),
    /** Time from request sent to response headers, per attempt. */
    responseTimeoutMs: z.number().int().positive().optional(),
    /** Whole call: every attempt, backoff and rate-limit wait. */
    deadlineMs: z.number().int().positive().optional(),
    /** Outbound requests per second per tenant for this vendor; omit for no limit. */
    rateLimit: z.object({ perSecond: z.number().positive(), burst: z.number().int().positive().optional() }).nullable().optional(),
    breaker: z
      .object({ consecutiveFailures: z.number().int().positive(), halfOpenAfterMs: z.number().int().positive() })
      .partial()
      .optional(),
    /** Largest response body accepted; a bigger one is cut off (UPSTREAM_ERROR RESPONSE_TOO_LARGE). */
    maxResponseBytes: z.number().int().positive().optional(),
  })
  .strict();
export type VendorHttpPolicyInput = z.infer<typeof VendorHttpPolicySchema>;

interface VendorHttpPolicy {
  connectTimeoutMs: number;
  responseTimeoutMs: number;
  deadlineMs: number;
  rateLimit: { perSecond: number; burst?: number } | null;
  breaker: { consecutiveFailures: number; halfOpenAfterMs: number };
  maxResponseBytes: number;
}

const DEFAULT_POLICY: VendorHttpPolicy = {
  connectTimeoutMs: 3000,
  responseTimeoutMs: 10_000,
  deadlineMs: 20_000,
  rateLimit: null,
  breaker: DEFAULT_BREAKER,
  maxResponseBytes: 10_000_000,
};

export interface HttpOptions {
  logger: Logger;
  /** Per-vendor policy (`default` applies to every vendor not listed). */
  upstream?: Record<string, VendorHttpPolicyInput>;
  /** Shares outbound rate limits across replicas. */
  redisUrl?: string;
  /** Prefix of the shared counters in Redis (LEADGRAPH_CACHE_NAMESPACE). */
  redisNamespace?: string;
  rateLimiter?: RateLimiter;
  /** Tenant+vendor circuits opening and closing (metrics count them per vendor). */
  onCircuitChange?: CircuitListener;
}

export const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export function parseJsonOrUndefined(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `Retry-After` as milliseconds from `now` (delta-seconds or HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const DEADLINE = Symbol("deadline passed");

class ResponseTooLarge extends Error {
  readonly code = "RESPONSE_TOO_LARGE";
  constructor(readonly limit: number) {
    super(`response larger than ${limit} bytes`);
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createHttp(opts: HttpOptions): Http {
  const base: Got = got.extend({ throwHttpErrors: false, responseType: "text", followRedirect: false, retry: { limit: 0 } });
  const policyCache = new Map<string, VendorHttpPolicy>();
  const policyFor = (vendor: string): VendorHttpPolicy => {
    let p = policyCache.get(vendor);
    if (!p) {
      const d = opts.upstream?.default ?? {};
      const v = opts.upstream?.[vendor] ?? {};
      p = {
        connectTimeoutMs: v.connectTimeoutMs ?? d.connectTimeoutMs ?? DEFAULT_POLICY.connectTimeoutMs,
        responseTimeoutMs: v.responseTimeoutMs ?? d.responseTimeoutMs ?? DEFAULT_POLICY.responseTimeoutMs,
        deadlineMs: v.deadlineMs ?? d.deadlineMs ?? DEFAULT_POLICY.deadlineMs,
        rateLimit: (v.rateLimit !== undefined ? v.rateLimit : d.rateLimit) ?? null,
        breaker: { ...DEFAULT_BREAKER, ...d.breaker, ...v.breaker },
        maxResponseBytes: v.maxResponseBytes ?? d.maxResponseBytes ?? DEFAULT_POLICY.maxResponseBytes,
      };
      policyCache.set(vendor, p);
    }
    return p;
  };
  const breakers = new CircuitBreakers((vendor) => policyFor(vendor).breaker, opts.onCircuitChange);
  const limiter = opts.rateLimiter ?? createRateLimiter({ redisUrl: opts.redisUrl, namespace: opts.redisNamespace, logger: opts.logger });

  const attempt = async (stats: UpstreamStats, req: VendorRequest, p: VendorHttpPolicy, remaining: number): Promise<VendorResponse> => {
    const started = performance.now();
    const responseMs = Math.min(p.responseTimeoutMs, remaining);
    let tooLarge = false;
    try {
      const pending = base(req.url, {
        method: req.method,
        searchParams: req.searchParams,
        headers: req.headers,
        json: req.json,
        form: req.form,
        // `request` bounds the whole attempt (headers and body) by what is left of the deadline.
        timeout: { connect: Math.min(p.connectTimeoutMs, remaining), response: responseMs, request: remaining },
      });
      // A vendor streaming an endless or huge body must not fill our memory.
      pending.on("downloadProgress", ({ transferred }) => {
        if (transferred > p.maxResponseBytes && !tooLarge) {
          tooLarge = true;
          pending.cancel();
        }
      });
      const res = await pending;
      stats.record({ vendor: req.vendor, operation: req.operation, status: res.statusCode, ms: performance.now() - started });
      return { status: res.statusCode, headers: res.headers, text: res.body, json: parseJsonOrUndefined(res.body) };
    } catch (e) {
      stats.record({ vendor: req.vendor, operation: req.operation, status: "error", ms: performance.now() - started });
      if (tooLarge) throw new ResponseTooLarge(p.maxResponseBytes);
      // cut short by the request's own deadline: the vendor did nothing wrong
      if (e instanceof TimeoutError && Date.now() >= stats.deadlineAt - 5) throw new NotCounted(e);
      throw e;
    }
  };

  const send = async (stats: UpstreamStats, req: VendorRequest, span: Span): Promise<VendorResponse> => {
    const p = policyFor(req.vendor);
    const policy = req.retry ?? { kind: "none" };
    const tenantId = req.tenantId ?? "global";
    // the call's own deadline, or the request's (server.requestDeadlineMs) when that comes first
    const deadline = Math.min(Date.now() + p.deadlineMs, stats.deadlineAt);
    const requestBound = stats.deadlineAt < Date.now() + p.deadlineMs;
    const log = { tenant: tenantId, vendor: req.vendor, operation: req.operation };
    for (let n = 1; ; n++) {
      span.setAttribute("leadgraph.attempts", n);
      if (p.rateLimit) {
        const admission = await limiter.acquire(`${tenantId}:${req.vendor}`, p.rateLimit, deadline - Date.now());
        if (!admission.ok) {
          opts.logger.warn({ ...log, retryAfterMs: admission.retryAfterMs }, "outbound rate limit: no slot before the deadline");
          const message = `${req.vendor}: outbound rate limit of ${p.rateLimit.perSecond} requests/second reached`;
          throw new VendorError("RATE_LIMITED", req.vendor, message, {
            retryAfterSeconds: Math.max(1, Math.ceil(admission.retryAfterMs / 1000)),
          });
        }
      }
      const remaining = deadline - Date.now();
      let res: VendorResponse | undefined;
      let failure: unknown;
      if (remaining <= 0) failure = DEADLINE;
      else {
        try {
          res = await breakers.run(tenantId, req.vendor, () => attempt(stats, req, p, remaining), (r) => r.status >= 500);
        } catch (e) {
          if (e instanceof CircuitOpenError) {
            span.setAttribute("leadgraph.circuit_open", true);
            opts.logger.warn(log, "circuit open: failing fast");
            const message = `${req.vendor} is failing; its circuit breaker is open and the call was not made`;
            throw new VendorError("UPSTREAM_ERROR", req.vendor, message, { circuitOpen: true });
          }
          failure = e;
        }
      }
      const retryable =
        policy.kind === "safe" &&
        n <= policy.limit &&
        (failure !== undefined ? !(failure instanceof ResponseTooLarge) : RETRY_STATUSES.has(res!.status));
      if (retryable) {
        const baseDelay = policy.baseDelayMs ?? 100;
        const hinted = res && (res.status === 429 || res.status === 503) ? parseRetryAfter(res.headers["retry-after"]) : undefined;
        const delay = hinted ?? baseDelay * 2 ** (n - 1) + Math.random() * baseDelay;
        if (Date.now() + delay < deadline) {
          opts.logger.warn(
            { ...log, attempt: n, status: res?.status, code: codeOf(failure), delayMs: Math.round(delay) },
            "upstream attempt failed: retrying",
          );
          await sleep(delay);
          continue;
        }
      }
      if (res) return res;
      const code = codeOf(failure);
      opts.logger.warn({ ...log, attempt: n, code }, "upstream request failed");
      if (requestBound && Date.now() >= deadline - 5 && (failure instanceof TimeoutError || failure === DEADLINE)) {
        const message = `${req.vendor}: the request's deadline (server.requestDeadlineMs) passed before this call finished; abandoned`;
        throw new VendorError("UPSTREAM_TIMEOUT", req.vendor, message, { vendorCode: "REQUEST_DEADLINE" });
      }
      if (failure instanceof TimeoutError || failure === DEADLINE) {
        throw new VendorError("UPSTREAM_TIMEOUT", req.vendor, `${req.vendor} did not answer in time`, { vendorCode: code });
      }
      throw new VendorError("UPSTREAM_ERROR", req.vendor, `${req.vendor} could not be reached (${code ?? "network error"})`, {
        vendorCode: code,
      });
    }
  };

  return {
    request: (stats, req) =>
      withUpstreamSpan(req.vendor, req.operation, req.method, async (span) => {
        const res = await send(stats, req, span);
        span.setAttribute("http.response.status_code", res.status);
        // OTel HTTP client convention: any 4xx/5xx marks the span failed
        if (res.status >= 400) failSpan(span, `HTTP_${res.status}`);
        return res;
      }),
    circuitState: (tenantId, vendor) => breakers.state(tenantId, vendor),
    close: () => limiter.close(),
  };
}

/**
 * The same Http with `tenantId` defaulted to one tenant: `vendorCall` hands adapters this, so
 * breakers and rate limits are per tenant+vendor even when an adapter does not pass it.
 */
export function httpForTenant(http: Http, tenantId: string): Http {
  // no `close`: an adapter must not shut the shared limiter down
  return { request: (stats, req) => http.request(stats, req.tenantId ? req : { ...req, tenantId }), circuitState: http.circuitState };
}

function codeOf(e: unknown): string | undefined {
  return e instanceof RequestError || e instanceof ResponseTooLarge ? e.code : e === DEADLINE ? "ETIMEDOUT" : e ? "ERR_UNKNOWN" : undefined;
}

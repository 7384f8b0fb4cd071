import got, { RequestError } from "got";
import { performance } from "node:perf_hooks";
import { parseRetryAfter } from "../../lib/http.js";
import { webhookHeaders } from "./signature.js";

/**
 * One delivery attempt of one webhook message to one endpoint (Standard Webhooks 1.0,
 * "Delivery success and failure"). Retrying, scheduling and disabling are the outbox's job;
 * this only sends and classifies.
 *
 * Why got in stream mode and not the shared instance of lib/http.ts: that one carries vendor
 * policy (breakers, rate limits, spans) and hooks that may add vendor credentials; a partner's
 * endpoint gets a bare client of its own. Stream mode, because the status arrives with the
 * `response` event before the body, so a huge or endless body is counted chunk by chunk and the
 * connection dropped at the cap without losing the classification (the promise API's
 * downloadProgress + cancel would reject and drop the response).
 */

export interface WebhookMessage {
  /** `webhook-id`: the same on every retry of this message (receivers dedupe on it). */
  id: string;
  type: string;
  /** When the event happened; the attempt's own time goes in `webhook-timestamp`. */
  timestamp: Date;
  data: unknown;
}

export interface WebhookTarget {
  url: string;
  /** `whsec_<base64>` */
  secret: string;
}

export interface SendWebhookOptions {
  /** Whole attempt: connect, send, response headers and the (capped) body. The spec suggests 15–30 s. */
  timeoutMs: number;
  /** Response bytes read before the connection is dropped; the body itself is never used. */
  maxResponseBytes: number;
  /** The attempt's clock, for tests. */
  now?: () => Date;
}

export type WebhookOutcome = "DELIVERED" | "GONE" | "RETRYABLE";

export interface WebhookAttemptResult {
  /** DELIVERED: 2xx. GONE: 410, disable the endpoint. RETRYABLE: anything else, incl. 3xx and no response. */
  outcome: WebhookOutcome;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  /** Why it was not delivered (never the secret, the signature or the response body), or null. */
  error: string | null;
  /** From `Retry-After` on a 429 or 503, uncapped: the caller bounds it by its own backoff maximum. */
  retryAfterMs: number | null;
  durationMs: number;
}

/** The exact JSON text that is signed and sent. */
export function messageBody(message: WebhookMessage): string {
  return JSON.stringify({ type: message.type, timestamp: message.timestamp.toISOString(), data: message.data ?? null });
}

// Everything got would otherwise decide for us is pinned here: no redirects (spec: a 3xx is a
// failure), no retries (the outbox retries, with the same webhook-id), no decompression (we never
// read the body, and raw bytes are what the cap should count), no cookies, no HTTP error throws.
const client = got.extend({
  followRedirect: false,
  retry: { limit: 0 },
  throwHttpErrors: false,
  decompress: false,
  cookieJar: undefined,
  http2: false,
});

function targetUrl(raw: string): URL {
  const url = new URL(raw);
  // The config schema refuses these already; checked again because a URL's userinfo would go out
  // as an Authorization header.
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username !== "" || url.password !== "") {
    throw new TypeError("a webhook URL must be http(s) without credentials");
  }
  return url;
}

function classify(status: number): WebhookOutcome {
  if (status >= 200 && status <= 299) return "DELIVERED";
  if (status === 410) return "GONE";
  return "RETRYABLE";
}

function describeFailure(e: unknown, timeoutMs: number): string {
  if (e instanceof RequestError) {
    if (e.name === "TimeoutError") return `timed out after ${timeoutMs} ms`;
    // got's messages name the host and port, never headers or the body
    return e.code ? `${e.code}: ${e.message}` : e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

function statusError(status: number, cutOffAt: number | null, failure: unknown, timeoutMs: number): string {
  return [
    status >= 300 && status <= 399 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}`,
    ...(cutOffAt !== null ? [`response body cut off at ${cutOffAt} bytes`] : []),
    ...(failure ? [`then ${describeFailure(failure, timeoutMs)}`] : []),
  ].join("; ");
}

/**
 * Sends `message` to `endpoint`. Resolves for every HTTP or network outcome; rejects only for a
 * programming error (an unusable URL, secret or message id), which the config schema rules out.
 */
export async function sendWebhook(
  message: WebhookMessage,
  endpoint: WebhookTarget,
  opts: SendWebhookOptions,
): Promise<WebhookAttemptResult> {
  const url = targetUrl(endpoint.url);
  const body = messageBody(message);
  const timestampSec = Math.floor((opts.now?.() ?? new Date()).getTime() / 1000);
  const headers = webhookHeaders({ msgId: message.id, timestampSec, body, secret: endpoint.secret });
  const started = performance.now();

  return await new Promise((resolve) => {
    let status: number | null = null;
    let retryAfter: string | string[] | undefined;
    let received = 0;
    let settled = false;
    const stream = client.stream.post(url, { body, headers, timeout: { request: opts.timeoutMs } });

    const finish = (failure: unknown, cutOff = false) => {
      if (settled) return;
      settled = true;
      const durationMs = Math.round(performance.now() - started);
      if (status === null) {
        resolve({ outcome: "RETRYABLE", status, error: describeFailure(failure, opts.timeoutMs), retryAfterMs: null, durationMs });
        return;
      }
      // A status is the receiver's answer even when its body then overflows or stalls.
      const outcome = classify(status);
      const retryAfterMs = status === 429 || status === 503 ? (parseRetryAfter(retryAfter) ?? null) : null;
      const error = outcome === "DELIVERED" ? null : statusError(status, cutOff ? opts.maxResponseBytes : null, failure, opts.timeoutMs);
      resolve({ outcome, status, error, retryAfterMs, durationMs });
    };

    stream.on("response", (res: { statusCode: number; headers: Record<string, string | string[] | undefined> }) => {
      status = res.statusCode;
      retryAfter = res.headers["retry-after"];
    });
    stream.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > opts.maxResponseBytes) {
        finish(null, true);
        stream.destroy();
      }
    });
    stream.on("end", () => finish(null));
    stream.on("error", (e: unknown) => finish(e));
    // whatever else ends the socket (a reset mid-body), the attempt must still settle
    stream.on("close", () => finish(new Error("connection closed before the response ended")));
  });
}

import { VendorError, type FieldProblem } from "../../lib/errors.js";
import type { VendorResponse } from "../../lib/http.js";
import type { PropexoErrorBody, PropexoZodIssue } from "./types.js";

/**
 * Propexo's documented fail states, funnelled by one `switch` into LeadGraph's error codes.
 * Messages are sanitized: the upstream body is logged by the client, and never contains or
 * echoes the bearer token here.
 */
export const PROPEXO_VENDOR = "propexo";

export type PropexoFailState =
  /** 400 `{"error":{"code":"invalid_request","message":"…","details":{…Zod issues…}}}` (also unknown fields). */
  | "INVALID_REQUEST"
  /** 401: missing or wrong bearer token. */
  | "UNAUTHORIZED"
  /** 403: the token may not act for this integration. */
  | "FORBIDDEN"
  /** 404: unknown path or job. */
  | "NOT_FOUND"
  /** 429 after 150 requests/minute (`x-ratelimit-limit`, `x-ratelimit-remaining`). */
  | "RATE_LIMITED"
  /** 5xx. */
  | "SERVER_ERROR"
  /** Anything else, or a 2xx body that is not the documented shape. */
  | "UNEXPECTED";

export function failStateOf(status: number): PropexoFailState | null {
  if (status >= 200 && status < 300) return null;
  if (status === 400 || status === 422) return "INVALID_REQUEST";
  if (status === 401) return "UNAUTHORIZED";
  if (status === 403) return "FORBIDDEN";
  if (status === 404) return "NOT_FOUND";
  if (status === 429) return "RATE_LIMITED";
  if (status >= 500) return "SERVER_ERROR";
  return "UNEXPECTED";
}

function header(headers: VendorResponse["headers"], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Seconds to wait after a 429: `retry-after` (seconds or HTTP date), else `x-ratelimit-reset`
 * (seconds until reset, or an epoch timestamp when it is that large), else a full 60 s window.
 */
export function retryAfterSeconds(headers: VendorResponse["headers"], now = Date.now()): number {
  const ra = header(headers, "retry-after");
  if (ra) {
    const n = Number(ra);
    if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
    const at = Date.parse(ra);
    if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - now) / 1000));
  }
  const reset = Number(header(headers, "x-ratelimit-reset"));
  if (Number.isFinite(reset) && reset >= 0) {
    if (reset > 1e12) return Math.max(0, Math.ceil((reset - now) / 1000)); // epoch ms
    if (reset > 1e9) return Math.max(0, Math.ceil(reset - now / 1000)); // epoch s
    return Math.ceil(reset);
  }
  return 60;
}

/** `details` in any of the shapes seen (vendor-notes: "Zod issues") → `{wireField, message}`. */
export function zodIssuesOf(details: unknown): { wireField: string; message: string }[] {
  const out: { wireField: string; message: string }[] = [];
  const fromIssue = (i: PropexoZodIssue) => {
    if (i.code === "unrecognized_keys" && Array.isArray(i.keys)) {
      for (const k of i.keys) out.push({ wireField: String(k), message: "is not a field Propexo accepts" });
      return;
    }
    const first = Array.isArray(i.path) ? i.path.find((p) => typeof p === "string") : undefined;
    out.push({ wireField: first ?? "", message: i.message ?? "is invalid" });
  };
  if (Array.isArray(details)) details.forEach((i) => fromIssue(i as PropexoZodIssue));
  else if (details && typeof details === "object") {
    const d = details as Record<string, unknown>;
    if (Array.isArray(d.issues)) d.issues.forEach((i) => fromIssue(i as PropexoZodIssue));
    else if (d.fieldErrors && typeof d.fieldErrors === "object") {
      // ZodError.flatten(): { formErrors: [...], fieldErrors: { field: [messages] } }
      for (const [k, msgs] of Object.entries(d.fieldErrors as Record<string, unknown>)) {
        for (const m of [msgs].flat()) out.push({ wireField: k, message: String(m) });
      }
      for (const m of Array.isArray(d.formErrors) ? d.formErrors : []) out.push({ wireField: "", message: String(m) });
    } else {
      // ZodError.format(): { _errors: [...], field: { _errors: [messages] } }
      for (const [k, v] of Object.entries(d)) {
        const msgs = k === "_errors" ? v : (v as { _errors?: unknown })?._errors;
        for (const m of Array.isArray(msgs) ? msgs : []) out.push({ wireField: k === "_errors" ? "" : k, message: String(m) });
      }
    }
  }
  return out;
}

function errorBodyOf(res: VendorResponse): PropexoErrorBody["error"] {
  const j = res.json as Partial<PropexoErrorBody> | undefined;
  return j && typeof j === "object" && j.error && typeof j.error === "object" ? j.error : {};
}

function clip(s: string | undefined, n = 200): string | undefined {
  return s == null ? undefined : s.length > n ? `${s.slice(0, n)}…` : s;
}

/**
 * A non-2xx Propexo answer (or an undocumented 2xx body) → VendorError. `fieldPath` turns a
 * wire field (`call_status`) into the unified field the caller sent (`input.entrata.callStatus`).
 * BAD_USER_INPUT becomes a REJECTED delivery with fieldErrors; the rest become FAILED.
 */
export function propexoError(
  res: VendorResponse,
  fieldPath: (wireField: string) => string = (f) => f,
  state: PropexoFailState = failStateOf(res.status) ?? "UNEXPECTED",
): VendorError {
  const err = errorBodyOf(res);
  const vendorCode = err.code ?? `HTTP_${res.status}`;
  switch (state) {
    case "INVALID_REQUEST": {
      const fieldErrors: FieldProblem[] = zodIssuesOf(err.details).map((i) => ({ field: fieldPath(i.wireField), message: i.message }));
      return new VendorError("BAD_USER_INPUT", PROPEXO_VENDOR, `Propexo rejected the request: ${clip(err.message) ?? "invalid request"}`, {
        vendorCode,
        fieldErrors,
      });
    }
    case "UNAUTHORIZED":
      return new VendorError(
        "UPSTREAM_ERROR",
        PROPEXO_VENDOR,
        "Propexo refused the tenant's bearer token (HTTP 401): check vendors.propexo.token",
        { vendorCode: "HTTP_401" },
      );
    case "FORBIDDEN":
      return new VendorError(
        "UPSTREAM_ERROR",
        PROPEXO_VENDOR,
        "Propexo does not allow this token to write for the integration (HTTP 403): check vendors.propexo.integrationId",
        { vendorCode: "HTTP_403" },
      );
    case "NOT_FOUND":
      return new VendorError("NOT_FOUND", PROPEXO_VENDOR, `Propexo answered 404: ${clip(err.message) ?? "not found"}`, { vendorCode });
    case "RATE_LIMITED": {
      const wait = retryAfterSeconds(res.headers);
      return new VendorError("RATE_LIMITED", PROPEXO_VENDOR, `Propexo rate limit reached (150 requests/minute); retry in ${wait} s`, {
        vendorCode: "HTTP_429",
        retryAfterSeconds: wait,
      });
    }
    case "SERVER_ERROR":
      return new VendorError("UPSTREAM_ERROR", PROPEXO_VENDOR, `Propexo failed (HTTP ${res.status})`, { vendorCode: `HTTP_${res.status}` });
    case "UNEXPECTED":
      return new VendorError("UPSTREAM_ERROR", PROPEXO_VENDOR, `Propexo gave an unexpected answer (HTTP ${res.status})`, {
        vendorCode: `HTTP_${res.status}`,
      });
  }
}

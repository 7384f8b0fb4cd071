import { VendorError, type FieldProblem } from "../../lib/errors.js";
import { parseRetryAfter, type VendorResponse } from "../../lib/http.js";
import { VENDOR_ID } from "./config.js";
import type { ClientTetherEnvelope } from "./types.js";

/**
 * What a ClientTether answer means. The doc's "Response Strings" table is the whole list of
 * fail states; a key name in `resultCode` is its validation form
 * (`{resultCode: "KeyName", Message: "Validation Issue"}`).
 */
export type ClientTetherOutcome =
  | { kind: "ok"; code: "CT200" }
  | { kind: "not_found"; code: "CT515" }
  | { kind: "validation"; key: string; message: string }
  /** CT501 "Missing Required Key:Value Pair(s)": a validation outcome; `key` when the answer names it. */
  | { kind: "missing"; code: "CT501"; key: string | null; message: string }
  | { kind: "conflict"; code: "CT520"; message: string }
  | { kind: "error"; code: string; message: string };

/**
 * vendor-notes.md: real responses say `ResultCode: "CT_200"`, the doc also `resultCode` and
 * `CT200` — so the key is found case-insensitively and codes are compared without `_`.
 */
export function resultCodeOf(body: unknown): { code: string | null; message: string | null } {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { code: null, message: null };
  let code: string | null = null;
  let message: string | null = null;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const key = k.toLowerCase();
    if (key === "resultcode" && v != null) code = String(v);
    else if (key === "message" && v != null) message = String(v);
  }
  return { code, message };
}

/** `CT_200` → `CT200`; key names (validation form) are returned untouched. */
export function normaliseCode(code: string): string {
  const c = code.trim();
  return /^ct_?\d+$/i.test(c) ? c.replace(/_/g, "").toUpperCase() : c;
}

/** The doc's table, each code with its documented message. */
export const RESULT_CODES: Record<string, string> = {
  CT200: "Success",
  CT400: "Bad Request",
  CT404: "Request Not Found",
  CT500: "Unknown Error",
  CT501: "Missing Required Key:Value Pair(s)",
  CT510: "CTSCODE does not match",
  CT512: "Can not delete as requested. Parameter is still in use.",
  CT515: "No Record Found",
  CT520: "Duplicate Entry",
  CT525: "Insert Failed",
};

/** One switch over the documented fail states. */
export function classify(body: ClientTetherEnvelope | unknown): ClientTetherOutcome {
  const { code: rawCode, message } = resultCodeOf(body);
  if (rawCode == null) return { kind: "error", code: "NO_RESULT_CODE", message: "ClientTether answered without a result code" };
  const code = normaliseCode(rawCode);
  const msg = message ?? RESULT_CODES[code] ?? "";
  switch (code) {
    case "CT200":
      return { kind: "ok", code: "CT200" };
    case "CT515": // No Record Found
      return { kind: "not_found", code: "CT515" };
    case "CT520": // Duplicate Entry
      return { kind: "conflict", code: "CT520", message: msg };
    case "CT501": // Missing Required Key:Value Pair(s)
      return { kind: "missing", code: "CT501", key: missingKeyOf(body, msg), message: msg };
    case "CT400": // Bad Request
    case "CT404": // Request Not Found (the supported request name is unknown)
    case "CT500": // Unknown Error
    case "CT510": // CTSCODE does not match
    case "CT512": // Can not delete as requested. Parameter is still in use.
    case "CT525": // Insert Failed
      return { kind: "error", code, message: msg };
    default:
      // "{{Key}} Value outside defined limits … {resultCode: "KeyName", Message: "Validation Issue"}"
      if (/^CT\d+$/.test(code)) return { kind: "error", code, message: msg };
      return { kind: "validation", key: rawCode, message: msg || "Validation Issue" };
  }
}

/**
 * The key a CT501 answer says is missing, where it can be read: a key field of the answer
 * (`key`, `missing_key`, `field`) or the text after the doc's message
 * (`Missing Required Key:Value Pair(s): lastName`, `… - lastName`, `… (lastName)`). The doc
 * shows only the bare message, so null is the usual answer.
 */
export function missingKeyOf(body: unknown, message: string): string | null {
  if (body && typeof body === "object" && !Array.isArray(body)) {
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      if (["key", "missing_key", "missingkey", "field"].includes(k.toLowerCase()) && typeof v === "string" && KEY.test(v.trim())) {
        return v.trim();
      }
    }
  }
  const m = /Pair\(s\)\s*(?::|-|–)?\s*\(?([A-Za-z][A-Za-z0-9_]*)\)?\s*\.?$/.exec(message);
  return m ? m[1]! : null;
}
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** ClientTether parameter → unified field path, for validation answers on lead writes. */
export const CLIENT_FIELD_PATHS: Record<string, string> = {
  firstName: "input.firstName",
  lastName: "input.lastName",
  email: "input.email",
  phone: "input.phone",
  second_phone: "input.secondaryPhone",
  compName: "input.company",
  job_title: "input.jobTitle",
  address: "input.address.street",
  city: "input.address.city",
  state: "input.address.state",
  zip: "input.address.postalCode",
  external_id: "input.externalId",
  tag: "input.tags",
  lead_source_id: "input.source",
};

export function fieldPathFor(key: string, paths: Record<string, string> = CLIENT_FIELD_PATHS, extraPrefix = "input.extra"): string {
  return paths[key] ?? `${extraPrefix}.${key}`;
}

/** A non-ok outcome as the error a resolver or delivery reports (sanitized message, vendor code kept). */
export function outcomeError(
  outcome: Exclude<ClientTetherOutcome, { kind: "ok" }>,
  operation: string,
  paths?: Record<string, string>,
  extraPrefix?: string,
): VendorError {
  switch (outcome.kind) {
    case "not_found":
      return new VendorError("NOT_FOUND", VENDOR_ID, `ClientTether ${operation}: No Record Found`, { vendorCode: "CT515" });
    case "conflict":
      return new VendorError("CONFLICT", VENDOR_ID, `ClientTether ${operation}: Duplicate Entry`, { vendorCode: "CT520" });
    case "validation": {
      const field: FieldProblem = {
        field: fieldPathFor(outcome.key, paths, extraPrefix),
        message: `ClientTether: ${outcome.message} (${outcome.key})`,
      };
      return new VendorError("BAD_USER_INPUT", VENDOR_ID, `ClientTether ${operation}: ${outcome.message} on ${outcome.key}`, {
        vendorCode: outcome.key,
        fieldErrors: [field],
      });
    }
    case "missing": {
      // a validation outcome: the delivery is REJECTED, naming the field when ClientTether named the key
      const fieldErrors: FieldProblem[] = outcome.key
        ? [{ field: fieldPathFor(outcome.key, paths, extraPrefix), message: `ClientTether: required (${outcome.key})` }]
        : [];
      const what = outcome.key ? ` (${outcome.key})` : "";
      return new VendorError("BAD_USER_INPUT", VENDOR_ID, `ClientTether ${operation}: ${RESULT_CODES.CT501}${what}`, {
        vendorCode: "CT501",
        fieldErrors,
      });
    }
    case "error":
      return new VendorError("UPSTREAM_ERROR", VENDOR_ID, `ClientTether ${operation}: ${outcome.message || outcome.code}`, {
        vendorCode: outcome.code,
      });
  }
}

/** HTTP-level failures: "If the request is not recognized by the system, the API server will respond with an HTTP error code." */
/** Seconds to wait after a 429 when ClientTether sends no `Retry-After` (its doc names no window). */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

export function httpError(status: number, operation: string, headers: VendorResponse["headers"] = {}): VendorError {
  if (status === 401 || status === 403) {
    const message = `ClientTether refused the credentials (HTTP ${status}) on ${operation}: check accessToken and webKey`;
    return new VendorError("UPSTREAM_ERROR", VENDOR_ID, message, { vendorCode: `HTTP_${status}` });
  }
  if (status === 429) {
    // passed on like the other vendors' 429s: `Retry-After` (seconds or HTTP date) when sent
    const ms = parseRetryAfter(headers["retry-after"]);
    const retryAfterSeconds = ms === undefined ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.ceil(ms / 1000));
    return new VendorError("RATE_LIMITED", VENDOR_ID, `ClientTether rate-limited ${operation}`, {
      vendorCode: "HTTP_429",
      retryAfterSeconds,
    });
  }
  return new VendorError("UPSTREAM_ERROR", VENDOR_ID, `ClientTether answered HTTP ${status} on ${operation}`, {
    vendorCode: `HTTP_${status}`,
  });
}

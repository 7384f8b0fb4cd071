import type { VendorResponse } from "../../lib/http.js";
import { Comunik8AddError, Comunik8CancelWarning, type Comunik8ValidationErrors } from "./types.js";

/**
 * Every documented Comunik8 answer, funnelled by one `switch` per operation into a small typed
 * outcome (comunik8-leads-api.txt "RESPONSE" and "Fail States"). mapper.ts turns outcomes into
 * Deliveries; nothing here knows GraphQL.
 *
 * Business outcomes come as HTTP 200 `{saved:true, processed:false, error}` (vendor-notes.md);
 * validation failures as 400 `{field: {"0": message}}`; 500 is "contact us".
 */
export interface Comunik8FieldProblem {
  /** Comunik8's own field name (`email`, `first_name`, `data`, …). */
  field: string;
  message: string;
}

export type Comunik8Failure = {
  kind: "failed";
  code: "UPSTREAM_ERROR" | "RATE_LIMITED";
  /** The HTTP status or the vendor's own words. */
  vendorCode: string;
  message: string;
  retryAfterSeconds?: number;
};

export type Comunik8AddOutcome =
  | { kind: "created" }
  | { kind: "validated" }
  | { kind: "existing"; message: string }
  | { kind: "scheduled"; message: string }
  | { kind: "unknown_type"; message: string }
  | { kind: "invalid"; problems: Comunik8FieldProblem[] }
  | Comunik8Failure;

export type Comunik8CancelOutcome =
  | { kind: "cancelled" }
  | { kind: "not_found"; message: string }
  | { kind: "already_processed"; message: string }
  | { kind: "unknown_call_group"; message: string }
  | { kind: "save_error"; message: string }
  | { kind: "invalid"; problems: Comunik8FieldProblem[] }
  | Comunik8Failure;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** `{"email":{"0":"Email cannot be blank."}}` → [{field:"email", message}]. Also accepts arrays and strings. */
export function parseValidationErrors(body: unknown): Comunik8FieldProblem[] {
  if (!isObject(body)) return [];
  const out: Comunik8FieldProblem[] = [];
  for (const [field, v] of Object.entries(body as Comunik8ValidationErrors)) {
    const messages = typeof v === "string" ? [v] : Array.isArray(v) ? v : isObject(v) ? Object.values(v) : [];
    for (const m of messages) if (typeof m === "string") out.push({ field, message: m });
  }
  return out;
}

/** Field-error bodies have only object/array/string values keyed by field names; result bodies have booleans. */
function looksLikeValidation(body: unknown): boolean {
  return isObject(body) && Object.keys(body).length > 0 && Object.values(body).every((v) => isObject(v) || Array.isArray(v)) ;
}

function transportFailure(res: VendorResponse): Comunik8Failure | undefined {
  if (res.status === 429) {
    const ra = Number(res.headers["retry-after"]);
    return {
      kind: "failed",
      code: "RATE_LIMITED",
      vendorCode: "HTTP_429",
      message: "Comunik8 is rate limiting requests",
      retryAfterSeconds: Number.isFinite(ra) ? ra : undefined,
    };
  }
  if (res.status >= 500) {
    // "HTTP Status: 500 … If you get this error and believe your request is valid, please contact us."
    return {
      kind: "failed",
      code: "UPSTREAM_ERROR",
      vendorCode: `HTTP_${res.status}`,
      message: `Comunik8 answered HTTP ${res.status} (server error)`,
    };
  }
  if (res.status !== 200 && res.status !== 400) {
    // Undocumented (e.g. 401/403 for a wrong key, 404 for a wrong baseUrl).
    return {
      kind: "failed",
      code: "UPSTREAM_ERROR",
      vendorCode: `HTTP_${res.status}`,
      message: `Comunik8 answered HTTP ${res.status}; check the tenant's comunik8 baseUrl and key`,
    };
  }
  return undefined;
}

const unexpected = (res: VendorResponse): Comunik8Failure => ({
  kind: "failed",
  code: "UPSTREAM_ERROR",
  vendorCode: res.json === undefined ? "invalid-json" : "unexpected-response",
  message: `Comunik8 answered HTTP ${res.status} with a body LeadGraph does not recognise`,
});

/** lead/add (also with `test: true`). */
export function classifyAddLead(res: VendorResponse): Comunik8AddOutcome {
  const failure = transportFailure(res);
  if (failure) return failure;
  const body = res.json;
  if (looksLikeValidation(body)) {
    // 400 "Validation failed": missing required fields and the malformed-`data` state alike.
    return { kind: "invalid", problems: parseValidationErrors(body) };
  }
  // "Validation failed — HTTP Status: 400" even when the body is not the field-error form
  if (res.status === 400) return { kind: "invalid", problems: [] };
  if (!isObject(body)) return unexpected(res);
  if (body.test === "ok") return { kind: "validated" };
  if (body.saved === true && body.processed === true) return { kind: "created" };
  if (body.saved === true && body.processed === false && typeof body.error === "string") {
    switch (body.error) {
      case Comunik8AddError.EXISTING_CONTACT:
        return { kind: "existing", message: body.error };
      case Comunik8AddError.ALREADY_SCHEDULED:
        return { kind: "scheduled", message: body.error };
      case Comunik8AddError.UNKNOWN_TYPE:
        return { kind: "unknown_type", message: body.error };
      default:
        return {
          kind: "failed",
          code: "UPSTREAM_ERROR",
          vendorCode: body.error,
          message: `Comunik8 saved the lead but did not process it: ${body.error}`,
        };
    }
  }
  return unexpected(res);
}

/**
 * The doc prints the "Type doesn't exist" answer with its warning unquoted
 * (`"warning": server error (call group)`), which is not JSON. If the dialler really sends
 * that, read the two fields from the text rather than call a documented answer malformed.
 */
function cancelWarningFromText(text: string): Record<string, unknown> | undefined {
  const cancelled = /"cancelled"\s*:\s*false\b/.exec(text);
  const warning = /"warning"\s*:\s*"?([^"\n\r}]*?)"?\s*(?:[,}\n\r]|$)/.exec(text);
  return cancelled && warning ? { cancelled: false, warning: warning[1]!.trim() } : undefined;
}

/** lead/cancel. */
export function classifyCancelLead(res: VendorResponse): Comunik8CancelOutcome {
  const failure = transportFailure(res);
  if (failure) return failure;
  const body = res.json ?? cancelWarningFromText(res.text);
  if (looksLikeValidation(body)) return { kind: "invalid", problems: parseValidationErrors(body) };
  if (res.status === 400) return { kind: "invalid", problems: [] };
  if (!isObject(body)) return unexpected(res);
  if (body.cancelled === true) return { kind: "cancelled" };
  if (body.cancelled === false) {
    const warning = typeof body.warning === "string" ? body.warning : "";
    switch (warning) {
      case Comunik8CancelWarning.CALL_GROUP: // "Type doesn't exist"
        return { kind: "unknown_call_group", message: warning };
      case Comunik8CancelWarning.NOT_FOUND: // "Lead is not found"
        return { kind: "not_found", message: warning };
      case Comunik8CancelWarning.ALREADY_PROCESSED: // "Lead has already been dialed"
        return { kind: "already_processed", message: warning };
      case Comunik8CancelWarning.SAVE: // "Other error"
        return { kind: "save_error", message: warning };
      default:
        return {
          kind: "failed",
          code: "UPSTREAM_ERROR",
          vendorCode: warning || "not-cancelled",
          message: `Comunik8 did not cancel the lead${warning ? `: ${warning}` : ""}`,
        };
    }
  }
  return unexpected(res);
}

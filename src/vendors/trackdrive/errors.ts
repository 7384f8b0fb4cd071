import type { VendorResponse } from "../../lib/http.js";
import type { TrackdriveCreateOrUpdateResponse, TrackdriveLead } from "./types.js";

/**
 * Trackdrive's answers funnelled by one `switch` into a typed outcome. The doc gives no
 * verbatim bodies ("HTTP 200 with the serialized lead", vendor-notes.md), so parsing is
 * tolerant: a `success` flag and a `lead` object with an `id`; errors as
 * `{success:false, errors:{field:[…]}}`, `errors:[…]` or `error`/`message` strings.
 */
export interface TrackdriveFieldProblem {
  /** Trackdrive parameter name, or `base` for a problem with the whole request. */
  field: string;
  message: string;
}

export type TrackdriveOutcome =
  /** `created`: true/false when the answer says so, null when it cannot be told. */
  | { kind: "ok"; created: boolean | null; lead: TrackdriveLead | null }
  | { kind: "invalid"; status: number; problems: TrackdriveFieldProblem[] }
  | { kind: "failed"; code: "UPSTREAM_ERROR" | "RATE_LIMITED"; vendorCode: string; message: string; retryAfterSeconds?: number };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

export function parseProblems(body: unknown): TrackdriveFieldProblem[] {
  if (!isObject(body)) return typeof body === "string" && body ? [{ field: "base", message: body }] : [];
  const b = body as TrackdriveCreateOrUpdateResponse;
  const out: TrackdriveFieldProblem[] = [];
  const errors = b.errors;
  if (typeof errors === "string") out.push({ field: "base", message: errors });
  else if (Array.isArray(errors)) for (const m of errors) out.push({ field: "base", message: String(m) });
  else if (isObject(errors)) {
    for (const [field, v] of Object.entries(errors)) for (const m of [v].flat()) out.push({ field, message: String(m) });
  }
  if (!out.length && typeof b.error === "string") out.push({ field: "base", message: b.error });
  if (!out.length && typeof b.message === "string") out.push({ field: "base", message: b.message });
  return out;
}

/** Create vs update: an explicit flag, else HTTP 201, else the lead's created_at === updated_at. */
export function wasCreated(status: number, body: TrackdriveCreateOrUpdateResponse): boolean | null {
  if (typeof body.created === "boolean") return body.created;
  if (status === 201) return true;
  const c = body.lead?.created_at;
  const u = body.lead?.updated_at;
  if (c && u) {
    const [tc, tu] = [Date.parse(c), Date.parse(u)];
    return Number.isNaN(tc) || Number.isNaN(tu) ? c === u : tc === tu;
  }
  return null;
}

export function classifyCreateOrUpdate(res: VendorResponse): TrackdriveOutcome {
  const body = res.json;
  switch (true) {
    case res.status === 200 || res.status === 201: {
      if (!isObject(body))
        return {
          kind: "failed",
          code: "UPSTREAM_ERROR",
          vendorCode: "invalid-json",
          message: `Trackdrive answered HTTP ${res.status} with a body LeadGraph does not recognise`,
        };
      const b = body as TrackdriveCreateOrUpdateResponse;
      if (b.success === false) return { kind: "invalid", status: res.status, problems: parseProblems(b) };
      const lead = isObject(b.lead) ? b.lead : null;
      // a success says so or carries the lead: a 200 with neither (`{}`, an empty page) proves nothing was stored
      if (b.success !== true && lead?.id == null) {
        return {
          kind: "failed",
          code: "UPSTREAM_ERROR",
          vendorCode: "unexpected-response",
          message: `Trackdrive answered HTTP ${res.status} without success or a lead; LeadGraph cannot tell whether it stored the lead`,
        };
      }
      return { kind: "ok", created: wasCreated(res.status, b), lead };
    }
    case res.status === 400 || res.status === 422:
      return { kind: "invalid", status: res.status, problems: parseProblems(body ?? res.text) };
    case res.status === 401 || res.status === 403:
      // The message names the config key, never the token itself.
      return {
        kind: "failed",
        code: "UPSTREAM_ERROR",
        vendorCode: `HTTP_${res.status}`,
        message: "Trackdrive refused the lead token; check the tenant's trackdrive leadToken / scheduleLeadToken",
      };
    case res.status === 404:
      return {
        kind: "failed",
        code: "UPSTREAM_ERROR",
        vendorCode: "HTTP_404",
        message: "Trackdrive answered 404; check the tenant's trackdrive baseUrl",
      };
    case res.status === 429: {
      const ra = Number(res.headers["retry-after"]);
      return {
        kind: "failed",
        code: "RATE_LIMITED",
        vendorCode: "HTTP_429",
        message: "Trackdrive is rate limiting requests",
        retryAfterSeconds: Number.isFinite(ra) ? ra : undefined,
      };
    }
    case res.status >= 500:
      return {
        kind: "failed",
        code: "UPSTREAM_ERROR",
        vendorCode: `HTTP_${res.status}`,
        message: `Trackdrive answered HTTP ${res.status} (server error)`,
      };
    default:
      return {
        kind: "failed",
        code: "UPSTREAM_ERROR",
        vendorCode: `HTTP_${res.status}`,
        message: `Trackdrive answered HTTP ${res.status}`,
      };
  }
}

import { describe, expect, it } from "vitest";
import type { VendorResponse } from "../../../src/lib/http.js";
import { failStateOf, propexoError, retryAfterSeconds, zodIssuesOf } from "../../../src/vendors/propexo/errors.js";
import { fieldPathOf } from "../../../src/vendors/propexo/mapper.js";
import { eventInput, fixture } from "./fixtures.js";

const TOKEN = "propexo_secret_token_abc123";

function res(status: number, body?: unknown, headers: Record<string, string> = {}): VendorResponse {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status, headers, text, json };
}

describe("propexoError: one outcome per documented Propexo fail state", () => {
  it("INVALID_REQUEST: 400 {error:{code,message,details: Zod issues}} → BAD_USER_INPUT with fieldErrors under unified names", () => {
    const f = fixture("create-event-invalid-request.json");
    const input = eventInput(f.input);
    const e = propexoError(res(400, f.response.body), (w) => fieldPathOf(w, input));
    expect(failStateOf(400)).toBe("INVALID_REQUEST");
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", vendor: "propexo", vendorCode: "invalid_request" });
    expect(e.fieldErrors).toEqual(f.output.fieldErrors);
    expect(e.message).toMatch(/^Propexo rejected the request/);
  });

  it("UNAUTHORIZED: 401 → UPSTREAM_ERROR naming the config key, never the token", () => {
    const e = propexoError(res(401, { error: { code: "unauthorized", message: `Invalid token ${TOKEN}` } }));
    expect(failStateOf(401)).toBe("UNAUTHORIZED");
    expect(e.extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "HTTP_401" });
    expect(e.message).toMatch(/vendors\.propexo\.token/);
    expect(JSON.stringify({ m: e.message, x: e.extensions })).not.toContain(TOKEN);
  });

  it("FORBIDDEN: 403 → UPSTREAM_ERROR pointing at the integration id", () => {
    const e = propexoError(res(403, { error: { code: "forbidden", message: "nope" } }));
    expect(failStateOf(403)).toBe("FORBIDDEN");
    expect(e.extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "HTTP_403" });
    expect(e.message).toMatch(/integrationId/);
  });

  it("NOT_FOUND: 404 → NOT_FOUND", () => {
    const e = propexoError(res(404, { error: { code: "not_found", message: "Write job not found" } }));
    expect(failStateOf(404)).toBe("NOT_FOUND");
    expect(e.extensions).toMatchObject({ code: "NOT_FOUND", vendorCode: "not_found" });
  });

  it("RATE_LIMITED: 429 → RATE_LIMITED with retryAfterSeconds from the headers", () => {
    const e = propexoError(
      res(
        429,
        { error: { code: "rate_limit_exceeded" } },
        { "x-ratelimit-limit": "150", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "42" },
      ),
    );
    expect(failStateOf(429)).toBe("RATE_LIMITED");
    expect(e.extensions).toMatchObject({ code: "RATE_LIMITED", vendorCode: "HTTP_429", retryAfterSeconds: 42 });
  });

  it("SERVER_ERROR: 5xx → UPSTREAM_ERROR with the status as vendorCode", () => {
    const e = propexoError(res(503, "<html>Service Unavailable</html>"));
    expect(failStateOf(500)).toBe("SERVER_ERROR");
    expect(e.extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "HTTP_503" });
    expect(e.message).not.toContain("<html>");
  });

  it("UNEXPECTED: any other status, or a 2xx without the documented shape → UPSTREAM_ERROR", () => {
    expect(failStateOf(302)).toBe("UNEXPECTED");
    expect(propexoError(res(302)).extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "HTTP_302" });
    expect(propexoError(res(200, { ok: true }), undefined, "UNEXPECTED").message).toMatch(/unexpected answer \(HTTP 200\)/);
  });

  it("2xx is not a fail state", () => {
    expect(failStateOf(200)).toBeNull();
  });
});

describe("retryAfterSeconds", () => {
  it("prefers retry-after seconds", () => expect(retryAfterSeconds({ "retry-after": "17", "x-ratelimit-reset": "40" })).toBe(17));
  it("reads retry-after as an HTTP date", () =>
    expect(retryAfterSeconds({ "retry-after": new Date(1_000_000 + 30_000).toUTCString() }, 1_000_000)).toBe(30));
  it("reads x-ratelimit-reset as epoch seconds when it is one", () =>
    expect(retryAfterSeconds({ "x-ratelimit-reset": "1700000045" }, 1_700_000_000_000)).toBe(45));
  it("falls back to the one-minute window", () => expect(retryAfterSeconds({})).toBe(60));
});

describe("zodIssuesOf: every shape Propexo's 'Zod issues' details may take", () => {
  const expected = [{ wireField: "call_status", message: "Invalid enum value" }];
  it("a serialised ZodError {issues:[…]}", () =>
    expect(zodIssuesOf({ issues: [{ path: ["call_status"], message: "Invalid enum value" }], name: "ZodError" })).toEqual(expected));
  it("a bare issue array", () => expect(zodIssuesOf([{ path: ["call_status"], message: "Invalid enum value" }])).toEqual(expected));
  it("flatten() {fieldErrors}", () =>
    expect(zodIssuesOf({ formErrors: [], fieldErrors: { call_status: ["Invalid enum value"] } })).toEqual(expected));
  it("format() {field:{_errors}}", () =>
    expect(zodIssuesOf({ _errors: [], call_status: { _errors: ["Invalid enum value"] } })).toEqual(expected));
  it("unrecognized_keys: one error per unknown key", () =>
    expect(
      zodIssuesOf({ issues: [{ code: "unrecognized_keys", keys: ["a_b", "c"], path: [], message: "Unrecognized key(s)" }] }).map(
        (i) => i.wireField,
      ),
    ).toEqual(["a_b", "c"]));
  it("nothing usable → no field errors", () => expect(zodIssuesOf(undefined)).toEqual([]));
});

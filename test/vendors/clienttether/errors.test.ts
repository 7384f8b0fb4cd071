import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { classify, normaliseCode, outcomeError, resultCodeOf, httpError } from "../../../src/vendors/clienttether/errors.js";

const codes = JSON.parse(readFileSync(new URL("../../../src/vendors/clienttether/fixtures/result-codes.json", import.meta.url), "utf8"))
  .codes as { resultCode: string; Message: string }[];
const answer = (c: string) => codes.find((x) => x.resultCode === c)!;

describe("ClientTether result codes (clienttether-api-v2.txt, Response Strings)", () => {
  it("reads the key case-insensitively and compares codes without underscores", () => {
    expect(resultCodeOf({ ResultCode: "CT_200", Message: "Success" })).toEqual({ code: "CT_200", message: "Success" });
    expect(resultCodeOf({ resultcode: "CT515", message: "No Record Found" }).code).toBe("CT515");
    expect(normaliseCode("CT_200")).toBe("CT200");
    expect(normaliseCode("ct_515")).toBe("CT515");
    expect(normaliseCode("phone")).toBe("phone");
    expect(classify({ ResultCode: "CT_200" })).toEqual({ kind: "ok", code: "CT200" });
    expect(classify({ RESULTCODE: "CT_515" }).kind).toBe("not_found");
  });

  it("CT200 Success is ok", () => {
    expect(classify(answer("CT200"))).toEqual({ kind: "ok", code: "CT200" });
  });

  it("CT400 Bad Request → UPSTREAM_ERROR with vendorCode", () => {
    const e = outcomeError(classify(answer("CT400")) as never, "create_client");
    expect(e.extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendor: "clienttether", vendorCode: "CT400" });
  });

  it("CT404 Request Not Found → UPSTREAM_ERROR", () => {
    expect(outcomeError(classify(answer("CT404")) as never, "x").extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "CT404" });
  });

  it("CT500 Unknown Error → UPSTREAM_ERROR", () => {
    expect(outcomeError(classify(answer("CT500")) as never, "x").extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "CT500" });
  });

  it("CT501 Missing Required Key:Value Pair(s) → BAD_USER_INPUT (a REJECTED delivery), no field named when the answer names none", () => {
    const e = outcomeError(classify(answer("CT501")) as never, "create_client");
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", vendorCode: "CT501", fieldErrors: [] });
    expect(e.message).toContain("Missing Required");
  });

  it("CT501 naming its key (after the message or in a key field) → a fieldError on the unified field", () => {
    for (const body of [
      { resultCode: "CT501", Message: "Missing Required Key:Value Pair(s): lastName" },
      { resultCode: "CT501", Message: "Missing Required Key:Value Pair(s)", key: "lastName" },
    ]) {
      const e = outcomeError(classify(body) as never, "create_client");
      expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", vendorCode: "CT501", fieldErrors: [{ field: "input.lastName" }] });
    }
  });

  it("CT510 CTSCODE does not match → UPSTREAM_ERROR", () => {
    expect(outcomeError(classify(answer("CT510")) as never, "x").extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "CT510" });
  });

  it("CT512 parameter still in use → UPSTREAM_ERROR", () => {
    expect(outcomeError(classify(answer("CT512")) as never, "delete_lead_source_by_id").extensions).toMatchObject({
      code: "UPSTREAM_ERROR",
      vendorCode: "CT512",
    });
  });

  it("CT515 No Record Found → not found (NOT_FOUND when it is an error)", () => {
    const o = classify(answer("CT515"));
    expect(o.kind).toBe("not_found");
    expect(outcomeError(o as never, "update_client_by_id").extensions).toMatchObject({ code: "NOT_FOUND", vendorCode: "CT515" });
  });

  it("CT520 Duplicate Entry → CONFLICT", () => {
    expect(outcomeError(classify(answer("CT520")) as never, "create_tag").extensions).toMatchObject({
      code: "CONFLICT",
      vendorCode: "CT520",
    });
  });

  it("CT525 Insert Failed → UPSTREAM_ERROR", () => {
    expect(outcomeError(classify(answer("CT525")) as never, "create_client").extensions).toMatchObject({
      code: "UPSTREAM_ERROR",
      vendorCode: "CT525",
    });
  });

  it("{resultCode: <key>, Message: Validation Issue} → BAD_USER_INPUT with a field error naming the unified field", () => {
    const o = classify(answer("phone"));
    expect(o).toEqual({ kind: "validation", key: "phone", message: "Validation Issue" });
    const e = outcomeError(o as never, "create_client");
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", vendorCode: "phone" });
    expect(e.fieldErrors).toEqual([{ field: "input.phone", message: "ClientTether: Validation Issue (phone)" }]);
    expect(outcomeError(classify({ resultCode: "zip", Message: "Validation Issue" }) as never, "x").fieldErrors[0]!.field).toBe(
      "input.address.postalCode",
    );
    expect(outcomeError(classify({ resultCode: "favorite_color", Message: "Validation Issue" }) as never, "x").fieldErrors[0]!.field).toBe(
      "input.extra.favorite_color",
    );
  });

  it("an unlisted CT code and a body without a result code are UPSTREAM_ERROR", () => {
    expect(classify({ resultCode: "CT999", Message: "?" })).toMatchObject({ kind: "error", code: "CT999" });
    expect(classify({ hello: 1 })).toMatchObject({ kind: "error", code: "NO_RESULT_CODE" });
    expect(classify("<html>")).toMatchObject({ kind: "error" });
  });

  it("HTTP refusals (headers missing or wrong) never echo the credentials", () => {
    const e = httpError(401, "read_client_list");
    expect(e.extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "HTTP_401" });
    expect(httpError(429, "x").extensions.code).toBe("RATE_LIMITED");
  });

  it("HTTP 429 passes retryAfterSeconds on: from Retry-After (seconds or date), else the 60 s default", () => {
    expect(httpError(429, "x", { "retry-after": "17" }).extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 17 });
    const date = new Date(Date.now() + 30_000).toUTCString();
    expect(httpError(429, "x", { "retry-after": date }).extensions.retryAfterSeconds).toBeGreaterThanOrEqual(28);
    expect(httpError(429, "x").extensions.retryAfterSeconds).toBe(60);
  });
});

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { BadInputError } from "../../../src/lib/errors.js";
import {
  fromCancel,
  fromLead,
  resolveLeadType,
  toAddDelivery,
  toCancelDelivery,
  toCustomData,
  toLead,
  toUnifiedField,
} from "../../../src/vendors/comunik8/mapper.js";
import { classifyAddLead, classifyCancelLead } from "../../../src/vendors/comunik8/errors.js";
import type { Comunik8Config } from "../../../src/vendors/comunik8/config.js";
import type { LeadInput } from "../../../src/model/lead.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../src/vendors/comunik8/fixtures/${name}`, import.meta.url), "utf8"));
const config: Comunik8Config = {
  baseUrl: "http://c8.test",
  key: "k",
  leadTypes: ["motor-trade", "home-insurance"],
  defaultType: "motor-trade",
};
const res = (status: number, body: unknown) => ({
  status,
  headers: {},
  text: typeof body === "string" ? body : JSON.stringify(body),
  json: typeof body === "string" ? undefined : body,
});
const john: LeadInput = { firstName: "John", lastName: "Doe", email: "john.doe@example.com", phone: "07840258823" };

function badField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadInputError) return e.problems[0]?.field;
    throw e;
  }
  return undefined;
}

describe("comunik8 mapper: fromLead", () => {
  it("builds the doc's delayed submission body exactly, data as an escaped JSON string", () => {
    const f = fixture("lead-add.json");
    const body = fromLead(f.input, f.options, { config, country: f.tenant.defaultCountry, root: "input" });
    expect(body).toEqual(f.request);
    expect(typeof body.data).toBe("string");
    expect(JSON.parse(body.data!)).toEqual({ vehicle_make: "Ford", addresss: "123 Greenacre Road" });
  });

  it("builds the doc's test body with test: true (boolean)", () => {
    const f = fixture("lead-add-test.json");
    expect(fromLead(f.input, f.options, { config, country: "GB", root: "input" }, { test: true })).toEqual(f.request);
  });

  it("sends mobile and other_phone in national format for the tenant's country", () => {
    const gb = fromLead({ ...john, phone: "+44 7840 258823", secondaryPhone: "+44 20 7946 0958" }, null, {
      config,
      country: "GB",
      root: "input",
    });
    expect(gb.mobile).toBe("07840258823");
    expect(gb.other_phone).toBe("02079460958");
    const us = fromLead({ ...john, phone: "+1 (303) 555-0147" }, null, { config, country: "US", root: "input" });
    expect(us.mobile).toBe("3035550147");
  });

  it("refuses a number from another country (no national form the dialler could call)", () => {
    expect(badField(() => fromLead({ ...john, phone: "+1 303 555 0147" }, null, { config, country: "GB", root: "input" }))).toBe(
      "input.phone",
    );
    expect(badField(() => fromLead({ ...john, secondaryPhone: "+1 303 555 0147" }, null, { config, country: "GB", root: "input" }))).toBe(
      "input.secondaryPhone",
    );
    // +1 covers the US and Canada alike
    expect(fromLead({ ...john, phone: "+1 416 555 0199" }, null, { config, country: "US", root: "input" }).mobile).toBe("4165550199");
  });

  it("uses the tenant's default type and subtype, and per-call overrides", () => {
    const cfg = { ...config, defaultSubtype: "valeter" };
    expect(fromLead(john, null, { config: cfg, country: "GB", root: "input" })).toMatchObject({ type: "motor-trade", subtype: "valeter" });
    expect(fromLead(john, { type: "home-insurance", subtype: "buildings" }, { config: cfg, country: "GB", root: "input" })).toMatchObject({
      type: "home-insurance",
      subtype: "buildings",
    });
  });

  it("refuses a type the tenant does not list before anything is sent", () => {
    expect(badField(() => fromLead(john, { type: "boats" }, { config, country: "GB", root: "input" }))).toBe("options.comunik8.type");
  });

  it("accepts any type when the tenant lists none, and requires one when there is no default", () => {
    const open: Comunik8Config = { baseUrl: "http://c8.test", key: "k" };
    expect(fromLead(john, { type: "boats" }, { config: open, country: "GB", root: "input" }).type).toBe("boats");
    expect(badField(() => fromLead(john, null, { config: open, country: "GB", root: "input" }))).toBe("options.comunik8.type");
  });

  it("names each required field (email, first_name, surname, mobile) by its unified path", () => {
    const ctx = { config, country: "GB", root: "input" };
    expect(badField(() => fromLead({ ...john, email: null }, null, ctx))).toBe("input.email");
    expect(badField(() => fromLead({ ...john, firstName: "  " }, null, ctx))).toBe("input.firstName");
    expect(badField(() => fromLead({ ...john, lastName: undefined }, null, ctx))).toBe("input.lastName");
    expect(badField(() => fromLead({ ...john, phone: null }, null, ctx))).toBe("input.phone");
    expect(badField(() => fromLead({ ...john, phone: "12" }, null, ctx))).toBe("input.phone");
    expect(badField(() => fromLead({ ...john, phone: null }, null, { ...ctx, root: "lead" }))).toBe("lead.phone");
  });

  it("sends delays in seconds and refuses negative or fractional delays", () => {
    expect(fromLead(john, { delaySeconds: 600 }, { config, country: "GB", root: "input" }).delays).toBe(600);
    expect(fromLead(john, { delaySeconds: 0 }, { config, country: "GB", root: "input" }).delays).toBeUndefined();
    expect(badField(() => fromLead(john, { delaySeconds: -5 }, { config, country: "GB", root: "input" }))).toBe(
      "options.comunik8.delaySeconds",
    );
  });

  it("omits data when there is nothing extra (an empty data field is a Comunik8 fail state)", () => {
    expect(fromLead(john, null, { config, country: "GB", root: "input" }).data).toBeUndefined();
  });
});

describe("comunik8 mapper: toCustomData", () => {
  it("serialises our extra lead fields, custom fields, extra and options.data (later wins)", () => {
    const data = toCustomData(
      {
        company: "Acme",
        jobTitle: "Buyer",
        address: { street: "1 High St", city: "Leeds", postalCode: "LS1 1AA", country: "GB" },
        source: "web",
        externalId: "x-1",
        tags: ["hot"],
        customFields: [{ key: "vehicle_make", value: "Ford" }, { key: "empty", value: null }],
        extra: { budget: 5000 },
      },
      { vehicle_make: "Vauxhall" },
    );
    expect(data).toEqual({
      company: "Acme",
      job_title: "Buyer",
      street: "1 High St",
      city: "Leeds",
      postal_code: "LS1 1AA",
      country: "GB",
      source: "web",
      external_id: "x-1",
      tags: ["hot"],
      vehicle_make: "Vauxhall",
      budget: 5000,
    });
    expect(toCustomData({})).toBeNull();
  });
});

describe("comunik8 mapper: fromCancel", () => {
  it("builds the doc's cancel body", () => {
    const f = fixture("lead-cancel.json");
    expect(fromCancel(f.input, { config, country: "GB", root: "input" })).toEqual(f.request);
  });
  it("defaults the type and refuses an unlisted one on input.type", () => {
    expect(fromCancel({ phone: "07840258823" }, { config, country: "GB", root: "input" }).type).toBe("motor-trade");
    expect(badField(() => fromCancel({ phone: "07840258823", type: "boats" }, { config, country: "GB", root: "input" }))).toBe(
      "input.type",
    );
  });
});

describe("comunik8 mapper: toUnifiedField", () => {
  it("maps Comunik8 field names to unified paths", () => {
    expect(
      ["email", "first_name", "surname", "mobile", "other_phone", "data", "type", "subtype", "delays", "vehicle"].map((f) =>
        toUnifiedField(f, "input"),
      ),
    ).toEqual([
      "input.email",
      "input.firstName",
      "input.lastName",
      "input.phone",
      "input.secondaryPhone",
      "input.customFields",
      "options.comunik8.type",
      "options.comunik8.subtype",
      "options.comunik8.delaySeconds",
      "input.extra.vehicle",
    ]);
    expect(toUnifiedField("type", "input", "cancel")).toBe("input.type");
  });
});

describe("comunik8 mapper: toLead", () => {
  it("reads back what was sent, E.164 phones, data keys into fields and custom fields, raw without test", () => {
    const body = fromLead(
      { ...john, company: "Acme", address: { city: "Leeds" }, customFields: [{ key: "vehicle_make", value: "Ford" }] },
      { subtype: "valeter" },
      { config, country: "GB", root: "input" },
      { test: true },
    );
    const lead = toLead(body, "GB");
    expect(lead).toMatchObject({
      id: "comunik8:lead:motor-trade:07840258823",
      nativeId: "motor-trade:07840258823",
      vendor: "COMUNIK8",
      firstName: "John",
      lastName: "Doe",
      phone: "+447840258823",
      company: "Acme",
      address: { city: "Leeds", street: null },
      customFields: [{ key: "vehicle_make", value: "Ford", values: ["Ford"] }],
    });
    expect(lead.raw).not.toHaveProperty("test");
    expect(Object.isFrozen(lead)).toBe(true);
  });
});

describe("comunik8 responses → deliveries (one per documented response)", () => {
  const sent = fromLead(john, null, { config, country: "GB", root: "input" });
  const add = (status: number, body: unknown, scheduled = false) =>
    toAddDelivery(classifyAddLead(res(status, body)), sent, { country: "GB", root: "input", scheduled });

  it('{"saved":true,"processed":true} → CREATED with the lead', () => {
    const f = fixture("lead-add.json");
    const d = add(f.response.status, f.response.body);
    expect(d).toMatchObject({ status: "CREATED", nativeId: "motor-trade:07840258823", details: { saved: true, processed: true } });
    expect(d.lead?.phone).toBe("+447840258823");
  });

  it("pins the whole CREATED delivery", () => {
    const { lead, ...rest } = add(200, { saved: true, processed: true });
    expect(lead?.id).toBe("comunik8:lead:motor-trade:07840258823");
    expect(rest).toMatchInlineSnapshot(`
      {
        "details": {
          "delaySeconds": 0,
          "mobile": "07840258823",
          "processed": true,
          "saved": true,
          "subtype": null,
          "type": "motor-trade",
        },
        "error": null,
        "event": null,
        "fieldErrors": [],
        "message": null,
        "nativeId": "motor-trade:07840258823",
        "status": "CREATED",
        "vendor": "COMUNIK8",
      }
    `);
  });

  it('{"saved":true,"processed":true} from scheduleCallback → SCHEDULED', () => {
    expect(add(200, { saved: true, processed: true }, true).status).toBe("SCHEDULED");
  });

  it('{"test":"ok"} → VALIDATED', () => {
    const f = fixture("lead-add-test.json");
    expect(add(f.response.status, f.response.body)).toMatchObject({ status: "VALIDATED", lead: null, details: { test: "ok" } });
  });

  for (const c of fixture("lead-add-fail-states.json").cases) {
    it(`${c.name} → ${c.output.status}`, () => {
      const d = add(c.response.status, c.response.body);
      expect(d.status).toBe(c.output.status);
      if (c.output.message) expect(d.message).toBe(c.output.message);
      if (c.output.fieldErrors) expect(d.fieldErrors).toEqual(c.output.fieldErrors);
      if (c.output.errorCode) expect(d.error?.code).toBe(c.output.errorCode);
      if (c.output.vendorCode) expect(d.error?.vendorCode).toBe(c.output.vendorCode);
    });
  }

  it("several 400 field errors map to several unified fields", () => {
    const d = add(400, {
      email: { 0: "Email cannot be blank." },
      first_name: { 0: "First Name cannot be blank." },
      surname: ["Surname cannot be blank."],
      mobile: { 0: "Mobile is not a valid phone number." },
    });
    expect(d.fieldErrors.map((f) => f.field)).toEqual(["input.email", "input.firstName", "input.lastName", "input.phone"]);
  });

  it("a 400 without the field-error form → REJECTED with no field named", () => {
    expect(add(400, "Bad Request")).toMatchObject({
      status: "REJECTED",
      fieldErrors: [],
      error: { code: "BAD_USER_INPUT", vendorCode: "HTTP_400", message: "Comunik8 refused the lead" },
    });
  });

  it("an undocumented error string with saved:true,processed:false → FAILED keeping the vendor's words", () => {
    expect(add(200, { saved: true, processed: false, error: "Blacklisted" })).toMatchObject({
      status: "FAILED",
      error: { code: "UPSTREAM_ERROR", vendorCode: "Blacklisted" },
    });
  });

  it("a 200 that is not JSON → FAILED invalid-json", () => {
    expect(add(200, "<html>oops</html>")).toMatchObject({ status: "FAILED", error: { vendorCode: "invalid-json" } });
  });

  it("403 (wrong key, undocumented) → FAILED naming config, not the key", () => {
    const d = add(403, { error: "Invalid API key" });
    expect(d).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_403" } });
    expect(d.error?.message).toContain("comunik8 baseUrl and key");
  });

  it("429 → FAILED RATE_LIMITED with the retry time", () => {
    const d = toAddDelivery(classifyAddLead({ status: 429, headers: { "retry-after": "12" }, text: "", json: undefined }), sent, {
      country: "GB",
      root: "input",
    });
    expect(d.error).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 12 });
  });
});

describe("comunik8 cancel responses → deliveries (one per documented response)", () => {
  const sent = { type: "motor-trade", mobile: "07840258823" };
  const cancel = (status: number, body: unknown) => toCancelDelivery(classifyCancelLead(res(status, body)), sent, "input");

  it('{"cancelled":true} → CANCELLED', () => {
    const f = fixture("lead-cancel.json");
    expect(cancel(f.response.status, f.response.body)).toMatchObject({ status: "CANCELLED", nativeId: f.output.nativeId });
  });

  for (const c of fixture("lead-cancel-fail-states.json").cases) {
    it(`${c.name} → ${c.output.status} ${c.output.errorCode}`, () => {
      const d = cancel(c.response.status, c.response.body);
      expect(d.status).toBe(c.output.status);
      expect(d.error?.code).toBe(c.output.errorCode);
      expect(d.error?.vendorCode).toBe(c.output.vendorCode);
      if (c.output.fieldErrors) expect(d.fieldErrors).toEqual(c.output.fieldErrors);
    });
  }

  it("the doc's unquoted warning (not JSON) is still read: REJECTED on input.type", () => {
    const text = `{\n    "cancelled": false,\n    "warning": server error (call group)\n}`;
    const d = toCancelDelivery(classifyCancelLead({ status: 200, headers: {}, text, json: undefined }), sent, "input");
    expect(d).toMatchObject({ status: "REJECTED", error: { code: "BAD_USER_INPUT", vendorCode: "server error (call group)" } });
    expect(d.fieldErrors.map((f) => f.field)).toEqual(["input.type"]);
    // other text that is not JSON stays a malformed answer
    expect(
      toCancelDelivery(classifyCancelLead({ status: 200, headers: {}, text: "<html>oops</html>", json: undefined }), sent, "input").error
        ?.vendorCode,
    ).toBe("invalid-json");
  });

  it("a 400 on cancel maps type to input.type and mobile to input.phone", () => {
    expect(
      cancel(400, { type: { 0: "Type cannot be blank." }, mobile: { 0: "Mobile cannot be blank." } }).fieldErrors.map((f) => f.field),
    ).toEqual(["input.type", "input.phone"]);
  });
});

describe("comunik8 resolveLeadType", () => {
  it("trims and falls back to the default subtype", () => {
    expect(resolveLeadType({ ...config, defaultSubtype: "x" }, " home-insurance ", null, "t")).toEqual({
      type: "home-insurance",
      subtype: "x",
    });
  });
});

describe("comunik8 answers on a retry after an unknown outcome (DELIVERY.md)", () => {
  const sent = fromLead(john, null, { config, country: "GB", root: "input" });
  const scheduled = { saved: true, processed: false, error: "Another call is already scheduled" };
  const add = (body: unknown, o: { scheduled?: boolean; retry?: boolean }) =>
    toAddDelivery(classifyAddLead(res(200, body)), sent, { country: "GB", root: "input", ...o });

  it('"Another call is already scheduled" is EXISTING on a retry, of a lead and of a callback alike', () => {
    for (const asCallback of [false, true]) {
      expect(add(scheduled, { scheduled: asCallback, retry: true })).toMatchObject({
        status: "EXISTING",
        nativeId: "motor-trade:07840258823",
        details: { retry: true, saved: true, processed: false },
      });
    }
  });

  it('"Another call is already scheduled" stays SCHEDULED on a first attempt', () => {
    expect(add(scheduled, {}).status).toBe("SCHEDULED");
    expect(add(scheduled, { retry: false }).details).not.toHaveProperty("retry");
  });

  it('"Existing Contact" and a fresh save answer the same on a retry as on a first attempt', () => {
    expect(add({ saved: true, processed: false, error: "Existing Contact" }, { retry: true }).status).toBe("EXISTING");
    expect(add({ saved: true, processed: true }, { retry: true }).status).toBe("CREATED");
  });

  it('cancel: "not found" is CANCELLED on a retry (the first cancel removed it), FAILED NOT_FOUND on a first attempt', () => {
    const c = { type: "motor-trade", mobile: "07840258823" };
    const notFound = classifyCancelLead(res(200, { cancelled: false, warning: "not found" }));
    expect(toCancelDelivery(notFound, c, "input", { retry: true })).toMatchObject({ status: "CANCELLED", details: { retry: true } });
    expect(toCancelDelivery(notFound, c, "input")).toMatchObject({ status: "FAILED", error: { code: "NOT_FOUND" } });
    const dialled = classifyCancelLead(res(200, { cancelled: false, warning: "already processed" }));
    expect(toCancelDelivery(dialled, c, "input", { retry: true })).toMatchObject({ status: "FAILED", error: { code: "CONFLICT" } });
  });
});

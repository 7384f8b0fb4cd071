import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { BadInputError } from "../../../src/lib/errors.js";
import {
  fromLead,
  toDelivery,
  toLead,
  toTokens,
  toTrackdriveTime,
  toUnifiedField,
  toValidatedDelivery,
} from "../../../src/vendors/trackdrive/mapper.js";
import { classifyCreateOrUpdate, wasCreated } from "../../../src/vendors/trackdrive/errors.js";
import { chooseToken } from "../../../src/vendors/trackdrive/index.js";
import { normaliseCallerId, parseTrackdriveTime } from "../../../src/vendors/trackdrive/simulator.js";
import type { LeadInput } from "../../../src/model/lead.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../src/vendors/trackdrive/fixtures/${name}`, import.meta.url), "utf8"));
const res = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers,
  text: typeof body === "string" ? body : JSON.stringify(body),
  json: typeof body === "string" ? undefined : body,
});
const ctx = { country: "US", root: "input" };
const dates = (o: Record<string, unknown>) => ({
  ...o,
  scheduleCallbackAt: o.scheduleCallbackAt ? new Date(o.scheduleCallbackAt as string) : undefined,
  nextActionAt: o.nextActionAt ? new Date(o.nextActionAt as string) : undefined,
});

function badField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadInputError) return e.problems[0]?.field;
    throw e;
  }
  return undefined;
}

describe("trackdrive mapper: fromLead", () => {
  it("builds the doc's curl example body: caller_id in E.164 and data as a hash", () => {
    const f = fixture("create-or-update.json");
    expect(fromLead(f.input, null, { country: f.tenant.defaultCountry, root: "input" })).toEqual(f.request);
  });

  it("reaches every documented parameter from options.trackdrive", () => {
    const f = fixture("create-or-update-all-params.json");
    expect(fromLead(f.input, dates(f.options), ctx)).toEqual(f.request);
  });

  it("formats times as `2021-07-23 14:26:43 +0000`", () => {
    expect(toTrackdriveTime(new Date("2021-07-23T16:26:43+02:00"))).toBe("2021-07-23 14:26:43 +0000");
  });

  it("takes scheduleCallback's at/inSeconds over the options", () => {
    const p = fromLead({ phone: "3035550147" }, { scheduleCallbackInSeconds: 5 }, ctx, { at: new Date("2030-01-01T00:00:00Z") });
    expect(p).toMatchObject({ schedule_callback_at: "2030-01-01 00:00:00 +0000" });
    expect(p.schedule_callback_in_seconds).toBeUndefined();
    expect(fromLead({ phone: "3035550147" }, null, ctx, { inSeconds: 3600 }).schedule_callback_in_seconds).toBe(3600);
  });

  it("refuses both callback forms at once, negative counts, and a lead with neither phone nor email", () => {
    expect(badField(() => fromLead({ phone: "3035550147" }, { scheduleCallbackAt: new Date(), scheduleCallbackInSeconds: 5 }, ctx))).toBe(
      "options.trackdrive.scheduleCallbackInSeconds",
    );
    expect(badField(() => fromLead({ phone: "3035550147" }, { hoursToExpire: -1 }, ctx))).toBe("options.trackdrive.hoursToExpire");
    expect(badField(() => fromLead({ phone: "3035550147" }, { maxContactAttempts: 1.5 }, ctx))).toBe(
      "options.trackdrive.maxContactAttempts",
    );
    expect(badField(() => fromLead({ firstName: "A" }, null, ctx))).toBe("input.phone");
    expect(badField(() => fromLead({ phone: "12" }, null, { country: "US", root: "lead" }))).toBe("lead.phone");
  });

  it("sends an email-only lead without caller_id", () => {
    expect(fromLead({ email: "a@example.com" }, null, ctx)).toEqual({ email: "a@example.com" });
  });

  it("sends caller_id in E.164 whatever the input format and the tenant's country", () => {
    expect(fromLead({ phone: "(303) 555-0147" }, null, ctx).caller_id).toBe("+13035550147");
    expect(fromLead({ phone: "07840 258823" }, null, { country: "GB", root: "input" }).caller_id).toBe("+447840258823");
  });
});

describe("trackdrive mapper: toTokens", () => {
  it("turns our fields, custom fields, extra and options.data into tokens", () => {
    const input: LeadInput = {
      firstName: "Ada",
      lastName: "Lovelace",
      secondaryPhone: "303 555 0148",
      company: "AE",
      jobTitle: "CTO",
      address: { street: "1 Main", city: "Denver", state: "CO", postalCode: "80202", country: "US" },
      source: "web",
      externalId: "e1",
      tags: ["a"],
      customFields: [{ key: "loan_amount", value: "501" }],
      extra: { sub_id: 7 },
    };
    expect(toTokens(input, "US", "input", { tracking: "t" })).toEqual({
      first_name: "Ada",
      last_name: "Lovelace",
      secondary_phone: "+13035550148",
      company: "AE",
      job_title: "CTO",
      address: "1 Main",
      city: "Denver",
      state: "CO",
      zip: "80202",
      country: "US",
      source: "web",
      external_id: "e1",
      tags: ["a"],
      loan_amount: "501",
      sub_id: 7,
      tracking: "t",
    });
  });
});

describe("trackdrive mapper: toLead", () => {
  it("maps the serialized lead, tokens into fields and custom fields, raw kept", () => {
    const f = fixture("create-or-update-all-params.json");
    const lead = toLead(f.response.body.lead, "US")!;
    expect(lead).toMatchObject({
      id: "trackdrive:lead:9003",
      nativeId: "9003",
      phone: "+13035550147",
      email: "ada@example.com",
      firstName: "Ada",
      lastName: "Lovelace",
      customFields: [{ key: "loan_amount" }, { key: "tracking_token" }],
    });
    expect(lead.createdAt?.toISOString()).toBe("2026-11-23T12:00:00.000Z");
    expect(lead.raw).toBe(f.response.body.lead);
  });
  it("is null without an id", () => {
    expect(toLead({ caller_id: "+13035550147" }, "US")).toBeNull();
  });
});

describe("trackdrive: create vs update", () => {
  it("uses an explicit created flag, then HTTP 201, then created_at === updated_at", () => {
    expect(wasCreated(200, { created: false, lead: { created_at: "x", updated_at: "x" } })).toBe(false);
    expect(wasCreated(201, {})).toBe(true);
    expect(wasCreated(200, { lead: { created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00.000Z" } })).toBe(true);
    expect(wasCreated(200, { lead: { created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:01Z" } })).toBe(false);
    expect(wasCreated(200, { lead: {} })).toBeNull();
  });
});

describe("trackdrive responses → deliveries", () => {
  const sent = { caller_id: "+18004506787" };
  const deliver = (r: ReturnType<typeof res>, scheduled = false) =>
    toDelivery(classifyCreateOrUpdate(r), { country: "US", root: "input", token: "OFFER", sent, scheduled });

  it("a created lead → CREATED with its id", () => {
    const f = fixture("create-or-update.json");
    expect(deliver(res(f.response.status, f.response.body))).toMatchObject({
      status: "CREATED",
      nativeId: f.output.nativeId,
      details: { created: true, token: "OFFER" },
    });
  });

  it("an updated lead → UPDATED with the assigned numbers in details", () => {
    const f = fixture("create-or-update-all-params.json");
    expect(deliver(res(f.response.status, f.response.body))).toMatchObject({
      status: f.output.status,
      nativeId: f.output.nativeId,
      details: f.output.details,
    });
  });

  it("assigned numbers sent without formatting are reported in E.164", () => {
    const d = deliver(res(200, { success: true, lead: { id: 1, trackdrive_number_plain: "8005550001", sms_number_plain: "18885550002" } }));
    expect(d.details).toMatchObject({ trackdriveNumber: "+18005550001", smsNumber: "+18885550002" });
  });

  it("pins the whole UPDATED delivery (lead aside)", () => {
    const f = fixture("create-or-update-all-params.json");
    const { lead, ...rest } = deliver(res(f.response.status, f.response.body));
    expect(lead?.id).toBe("trackdrive:lead:9003");
    expect(rest).toMatchInlineSnapshot(`
      {
        "details": {
          "callbackAt": null,
          "callbackInSeconds": null,
          "created": false,
          "smsNumber": "+18885550002",
          "token": "OFFER",
          "trackdriveNumber": "+18005550001",
        },
        "error": null,
        "event": null,
        "fieldErrors": [],
        "message": null,
        "nativeId": "9003",
        "status": "UPDATED",
        "vendor": "TRACKDRIVE",
      }
    `);
  });

  it("success from scheduleCallback → SCHEDULED", () => {
    const f = fixture("create-or-update.json");
    expect(deliver(res(200, f.response.body), true).status).toBe("SCHEDULED");
  });

  it("success:true without a lead → CREATED with no lead", () => {
    expect(deliver(res(200, { success: true }))).toMatchObject({ status: "CREATED", lead: null, nativeId: null });
  });

  for (const c of fixture("create-or-update-fail-states.json").cases) {
    it(`${c.name} → ${c.output.status} ${c.output.errorCode}`, () => {
      const d = deliver(res(c.response.status, c.response.body, c.response.headers ?? {}));
      expect(d.status).toBe(c.output.status);
      expect(d.error?.code).toBe(c.output.errorCode);
      if (c.output.vendorCode) expect(d.error?.vendorCode).toBe(c.output.vendorCode);
      if (c.output.retryAfterSeconds) expect(d.error?.retryAfterSeconds).toBe(c.output.retryAfterSeconds);
      if (c.output.fieldErrors) expect(d.fieldErrors).toEqual(c.output.fieldErrors);
    });
  }

  it("a 200 that is not JSON → FAILED", () => {
    expect(deliver(res(200, "<html/>"))).toMatchObject({ status: "FAILED", error: { vendorCode: "invalid-json" } });
  });

  it("validate-only → VALIDATED listing the parameters that would be sent", () => {
    expect(toValidatedDelivery({ token: "OFFER", sent: { caller_id: "+1", data: {} } })).toMatchObject({
      status: "VALIDATED",
      details: { parameters: ["caller_id", "data"] },
    });
  });

  it("maps parameters to unified fields", () => {
    expect(
      ["caller_id", "email", "data", "base", "lead_priority", "next_action_at", "lead_token", "zzz"].map((f) => toUnifiedField(f, "lead")),
    ).toEqual([
      "lead.phone",
      "lead.email",
      "lead.customFields",
      "lead",
      "options.trackdrive.leadPriority",
      "options.trackdrive.nextActionAt",
      "options.trackdrive.token",
      "lead.extra.zzz",
    ]);
  });
});

describe("trackdrive token choice", () => {
  const both = { baseUrl: "http://td", leadToken: "offer", scheduleLeadToken: "sched" };
  const offerOnly = { baseUrl: "http://td", leadToken: "offer" };
  it("offer for createLead, schedule for scheduleCallback, caller's choice wins", () => {
    expect(chooseToken(both, null, "OFFER")).toEqual({ kind: "OFFER", value: "offer" });
    expect(chooseToken(both, null, "SCHEDULE")).toEqual({ kind: "SCHEDULE", value: "sched" });
    expect(chooseToken(both, "OFFER" as never, "SCHEDULE")).toEqual({ kind: "OFFER", value: "offer" });
  });
  it("falls back to leadToken for a default SCHEDULE; refuses an explicit one when unconfigured", () => {
    expect(chooseToken(offerOnly, null, "SCHEDULE")).toEqual({ kind: "OFFER", value: "offer" });
    expect(badField(() => chooseToken(offerOnly, "SCHEDULE" as never, "OFFER"))).toBe("options.trackdrive.token");
  });
});

describe("trackdrive simulator rules", () => {
  it("normalises caller_id to E.164", () => {
    expect(normaliseCallerId("(800) 450-6787")).toBe("+18004506787");
    expect(normaliseCallerId("18004506787")).toBe("+18004506787");
    expect(normaliseCallerId("+44 7840 258823")).toBe("+447840258823");
    expect(normaliseCallerId("12345")).toBe("invalid");
  });
  it("parses only the documented time form", () => {
    expect(parseTrackdriveTime("2021-07-23 14:26:43 +0000")?.toISOString()).toBe("2021-07-23T14:26:43.000Z");
    expect(parseTrackdriveTime("2021-07-23 08:26:43 -0600")?.toISOString()).toBe("2021-07-23T14:26:43.000Z");
    expect(parseTrackdriveTime("2021-07-23T14:26:43Z")).toBeNull();
  });
});

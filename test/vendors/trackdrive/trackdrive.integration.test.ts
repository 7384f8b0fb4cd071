import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BADTOKEN_KEY,
  BAD_TD_TOKEN,
  CREATE_LEAD,
  SCHEDULE_CALLBACK,
  UK_KEY,
  VALIDATE_LEAD,
  startWriteApp,
  type WriteApp,
} from "../write-app.js";
import {
  TRACKDRIVE_DEMO_OFFER_TOKEN,
  TRACKDRIVE_DEMO_SCHEDULE2_TOKEN,
  TRACKDRIVE_DEMO_SCHEDULE_TOKEN,
} from "../../../src/vendors/trackdrive/simulator.js";
import { rejection } from "../../helpers/deliveries.js";

const ada = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  phone: "(303) 555-0147",
  customFields: [{ key: "loan_amount", value: "501" }],
};
const TD = ["TRACKDRIVE"];

describe("Trackdrive through GraphQL (createLead / validateLead / scheduleCallback)", () => {
  let w: WriteApp;
  beforeAll(async () => {
    // a short answer timeout for the lost-answer test; a breaker that does not open midway
    w = await startWriteApp({ upstream: { trackdrive: { responseTimeoutMs: 300, breaker: { consecutiveFailures: 50 } } } });
  });
  afterAll(() => w.app.close());
  beforeEach(() => {
    w.c8.reset();
    w.td.reset();
  });
  afterEach(() => {
    w.td.assertNoUnexpectedCalls();
    expect(w.c8.callCount()).toBe(0);
  });

  const create = async (input: object, options?: object, apiKey?: string) => {
    const res = await w.app.gql(CREATE_LEAD, { input, targets: TD, options }, { apiKey });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createLead.deliveries[0];
  };

  it("a new caller_id → CREATED: POST /api/v1/leads/create_or_update?lead_token=<offer token> " +
    "with E.164 caller_id and data tokens", async () => {
    const d = await create(ada);
    expect(d).toMatchObject({
      vendor: "TRACKDRIVE",
      status: "CREATED",
      assignedNumbers: null,
      details: { created: true, token: "OFFER", trackdriveNumber: null, smsNumber: null },
    });
    expect(d.lead).toMatchObject({
      id: `trackdrive:lead:${d.nativeId}`,
      phone: "+13035550147",
      email: "ada@example.com",
      firstName: "Ada",
      customFields: [{ key: "loan_amount", value: "501" }],
    });
    const [call] = w.td.calls("leads_create_or_update");
    expect(call!.query).toEqual({ lead_token: TRACKDRIVE_DEMO_OFFER_TOKEN });
    expect(call!.body).toEqual({
      caller_id: "+13035550147",
      email: "ada@example.com",
      data: { first_name: "Ada", last_name: "Lovelace", loan_amount: "501" },
    });
  });

  it("the same caller_id again → UPDATED, same lead, data merged", async () => {
    const first = await create(ada);
    const second = await create({ phone: "+13035550147", customFields: [{ key: "credit", value: "good" }] });
    expect(second).toMatchObject({ status: "UPDATED", nativeId: first.nativeId, details: { created: false } });
    expect(w.td.state.leads.filter((l) => l.caller_id === "+13035550147")).toHaveLength(1);
    expect(w.td.state.leads.find((l) => l.caller_id === "+13035550147")!.data).toMatchObject({ loan_amount: "501", credit: "good" });
  });

  it("the seeded lead (doc example data) is updated, not duplicated", async () => {
    const d = await create({ phone: "303-555-0100" });
    expect(d).toMatchObject({ status: "UPDATED", nativeId: "9001" });
  });

  it("assign_trackdrive_number / assign_sms_number → numbers in the delivery, stable on update", async () => {
    const d = await create(ada, { trackdrive: { assignTrackdriveNumber: true, assignSmsNumber: true } });
    expect(d.details.trackdriveNumber).toMatch(/^\+1800555\d{4}$/);
    expect(d.details.smsNumber).toMatch(/^\+1888555\d{4}$/);
    expect(d.assignedNumbers).toEqual({ dialing: d.details.trackdriveNumber, sms: d.details.smsNumber });
    expect(w.td.calls("leads_create_or_update")[0]!.body).toMatchObject({ assign_trackdrive_number: true, assign_sms_number: true });
    const again = await create(ada, { trackdrive: { assignTrackdriveNumber: true } });
    expect(again).toMatchObject({
      status: "UPDATED",
      details: { trackdriveNumber: d.details.trackdriveNumber, smsNumber: d.details.smsNumber },
    });
  });

  it("every documented parameter reaches the wire from options.trackdrive", async () => {
    const d = await create(ada, {
      trackdrive: {
        contactFieldType: "2",
        scheduleCallbackAt: "2030-07-23T16:26:43+02:00",
        updateAllMatchingLeads: false,
        applyTo: "calls",
        assignTrackdriveNumber: false,
        assignSmsNumber: false,
        leadPriority: 3,
        restartSchedule: true,
        autoFormatNestedFields: false,
        nextActionAt: "2030-07-23T14:30:00Z",
        hoursToExpire: 48,
        maxContactAttempts: 6,
        data: { tracking_token: "abc" },
      },
    });
    expect(d.status).toBe("CREATED");
    expect(w.td.calls("leads_create_or_update")[0]!.body).toEqual({
      caller_id: "+13035550147",
      email: "ada@example.com",
      contact_field_type: "2",
      schedule_callback_at: "2030-07-23 14:26:43 +0000",
      update_all_matching_leads: false,
      apply_to: "calls",
      assign_trackdrive_number: false,
      assign_sms_number: false,
      lead_priority: 3,
      restart_schedule: true,
      auto_format_nested_fields: false,
      next_action_at: "2030-07-23 14:30:00 +0000",
      hours_to_expire: 48,
      max_contact_attempts: 6,
      data: { first_name: "Ada", last_name: "Lovelace", loan_amount: "501", tracking_token: "abc" },
    });
    const lead = w.td.state.leads.find((l) => l.caller_id === "+13035550147")!;
    expect(lead).toMatchObject({
      schedule_callback_at: "2030-07-23T14:26:43.000Z",
      next_action_at: "2030-07-23T14:30:00.000Z",
      lead_priority: 3,
      max_contact_attempts: 6,
      contact_field_type_id: "2",
    });
  });

  it("update_all_matching_leads applies the data to the lead on every schedule of the offer", async () => {
    // The same caller on two schedules of one offer (auto, life), as in the doc's use case.
    await create(ada, { trackdrive: { token: "SCHEDULE" } });
    const other = await fetch(`${w.td.url}/api/v1/leads/create_or_update?lead_token=${TRACKDRIVE_DEMO_SCHEDULE2_TOKEN}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ caller_id: "+13035550147" }),
    });
    expect(other.status).toBe(200);
    const d = await create(
      { phone: "3035550147" },
      { trackdrive: { token: "SCHEDULE", updateAllMatchingLeads: true, data: { tracking_token: "t-1" } } },
    );
    expect(d.status).toBe("UPDATED");
    const mine = w.td.state.leads.filter((l) => l.caller_id === "+13035550147");
    expect(mine.map((l) => l.schedule_id).sort()).toEqual([701, 702]);
    expect(mine.every((l) => l.data.tracking_token === "t-1")).toBe(true);
  });

  it("token: SCHEDULE uses the schedule lead token; the schedule scope is separate from the offer scope", async () => {
    await create(ada);
    const d = await create(ada, { trackdrive: { token: "SCHEDULE" } });
    expect(d).toMatchObject({ status: "CREATED", details: { token: "SCHEDULE" } });
    expect(w.td.calls("leads_create_or_update")[1]!.query).toEqual({ lead_token: TRACKDRIVE_DEMO_SCHEDULE_TOKEN });
  });

  it("token: SCHEDULE without a configured scheduleLeadToken → BAD_USER_INPUT, nothing sent", async () => {
    const res = await w.app.gql(
      CREATE_LEAD,
      { input: ada, targets: TD, options: { trackdrive: { token: "SCHEDULE" } } },
      { apiKey: UK_KEY },
    );
    expect(rejection(res.body, "createLead").fields).toContain("options.trackdrive.token");
    expect(w.td.callCount()).toBe(0);
  });

  it("a token Trackdrive refuses → FAILED (401) without the token anywhere", async () => {
    const d = await create(ada, undefined, BADTOKEN_KEY);
    expect(d).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_401" } });
    expect(w.td.calls("leads_create_or_update")[0]!.query).toEqual({ lead_token: BAD_TD_TOKEN });
    expect(JSON.stringify(d)).not.toContain(BAD_TD_TOKEN);
    expect(w.app.rawLogs.join("\n")).not.toContain(BAD_TD_TOKEN);
  });

  it("a parameter the simulator refuses (422) → REJECTED on the unified field", async () => {
    const d = await create(ada, { trackdrive: { contactFieldType: "999" } });
    expect(d).toMatchObject({ status: "REJECTED", error: { code: "BAD_USER_INPUT", vendorCode: "HTTP_422" } });
    expect(d.fieldErrors).toEqual([
      { field: "options.trackdrive.contactFieldType", message: "contact_field_type is not a contact field type of this account" },
    ]);
  });

  it("HTTP 500 once: create_or_update is retried (it matches on caller_id) → CREATED", async () => {
    w.td.inject("leads_create_or_update", { status: 500, body: "<html>oops</html>", contentType: "text/html", times: 1 });
    expect(await create(ada)).toMatchObject({ status: "CREATED", error: null });
    expect(w.td.calls("leads_create_or_update")).toHaveLength(2);
    expect(w.td.state.leads.filter((l) => l.caller_id === "+13035550147")).toHaveLength(1);
  });

  it("an attempt that times out but still lands at Trackdrive: it and the retry make one lead, never two", async () => {
    // the simulator holds the first attempt 1 s before storing it, past the 300 ms answer timeout;
    // the retry (100–200 ms after the timeout) stores the lead first
    w.td.inject("leads_create_or_update", { delayMs: 1000, passThrough: true, times: 1 });
    expect(await create(ada)).toMatchObject({ status: "CREATED", error: null });
    await new Promise((r) => setTimeout(r, 800)); // the first attempt lands now, as an update
    expect(w.td.calls("leads_create_or_update")).toHaveLength(2);
    expect(w.td.state.leads.filter((l) => l.caller_id === "+13035550147")).toHaveLength(1);
  });

  it("restartSchedule: sent once, never retried (a replay would restart the schedule again)", async () => {
    w.td.inject("leads_create_or_update", { status: 500, body: "oops", contentType: "text/plain", times: 1 });
    expect(await create(ada, { trackdrive: { restartSchedule: true } })).toMatchObject({
      status: "FAILED",
      error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_500" },
    });
    expect(w.td.calls("leads_create_or_update")).toHaveLength(1);
  });

  it("HTTP 500 on every attempt → FAILED after three attempts", async () => {
    w.td.inject("leads_create_or_update", { status: 500, body: "<html>oops</html>", contentType: "text/html" });
    expect(await create(ada)).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_500" } });
    expect(w.td.calls("leads_create_or_update")).toHaveLength(3);
  });

  it("HTTP 429 → FAILED RATE_LIMITED with the retry time", async () => {
    w.td.inject("leads_create_or_update", { status: 429, body: "", headers: { "retry-after": "30" }, times: 1 });
    expect(await create(ada)).toMatchObject({ status: "FAILED", error: { code: "RATE_LIMITED", retryAfterSeconds: 30 } });
  });

  it("validateLead → VALIDATED after LeadGraph's own checks; nothing is sent (no test mode)", async () => {
    const res = await w.app.gql(VALIDATE_LEAD, { input: ada, targets: TD });
    expect(res.body.data.validateLead.deliveries[0]).toMatchObject({ status: "VALIDATED" });
    expect(w.td.callCount()).toBe(0);
    const bad = await w.app.gql(VALIDATE_LEAD, { input: { firstName: "A" }, targets: TD });
    expect(rejection(bad.body, "validateLead").fields).toContain("input.phone");
  });

  describe("scheduleCallback", () => {
    it("at → schedule_callback_at in `YYYY-MM-DD HH:MM:SS +0000` with the schedule token → SCHEDULED", async () => {
      const at = "2031-03-09T09:30:00-07:00";
      const res = await w.app.gql(SCHEDULE_CALLBACK, { lead: ada, at, targets: TD });
      expect(res.body.data.scheduleCallback.deliveries[0]).toMatchObject({
        status: "SCHEDULED",
        details: { token: "SCHEDULE", callbackAt: "2031-03-09 16:30:00 +0000" },
      });
      const [call] = w.td.calls("leads_create_or_update");
      expect(call!.query).toEqual({ lead_token: TRACKDRIVE_DEMO_SCHEDULE_TOKEN });
      expect(call!.body).toMatchObject({ caller_id: "+13035550147", schedule_callback_at: "2031-03-09 16:30:00 +0000" });
      expect(w.td.state.leads.find((l) => l.caller_id === "+13035550147")!.schedule_callback_at).toBe("2031-03-09T16:30:00.000Z");
    });

    it("inSeconds → schedule_callback_in_seconds", async () => {
      const res = await w.app.gql(SCHEDULE_CALLBACK, { lead: ada, inSeconds: 3600, targets: TD });
      expect(res.body.data.scheduleCallback.deliveries[0]).toMatchObject({ status: "SCHEDULED", details: { callbackInSeconds: 3600 } });
      expect(w.td.calls("leads_create_or_update")[0]!.body).toMatchObject({ schedule_callback_in_seconds: 3600 });
    });

    it("falls back to the offer token when the tenant has no scheduleLeadToken", async () => {
      await w.app.gql(SCHEDULE_CALLBACK, { lead: { phone: "07840 258823" }, inSeconds: 60, targets: TD }, { apiKey: UK_KEY });
      expect(w.td.calls("leads_create_or_update")[0]!.query).toEqual({ lead_token: TRACKDRIVE_DEMO_OFFER_TOKEN });
    });
  });

  describe("phone formats (E.164)", () => {
    it.each([["(303) 555-0147"], ["303.555.0147"], ["+1 303 555 0147"], ["1-303-555-0147"]])(
      "US tenant: %s → +13035550147",
      async (phone) => {
        await create({ phone });
        expect(w.td.calls("leads_create_or_update")[0]!.body).toMatchObject({ caller_id: "+13035550147" });
      },
    );
    it.each([["07840 258823"], ["+44 7840 258823"]])("UK tenant: %s → +447840258823", async (phone) => {
      const d = await create({ phone, secondaryPhone: "020 7946 0958" }, undefined, UK_KEY);
      expect(w.td.calls("leads_create_or_update")[0]!.body).toMatchObject({
        caller_id: "+447840258823",
        data: { secondary_phone: "+442079460958" },
      });
      expect(d.lead.phone).toBe("+447840258823");
    });
  });

  it("the simulator extracts nested contact fields with auto_format_nested_fields", async () => {
    const res = await fetch(`${w.td.url}/api/v1/leads/create_or_update?lead_token=${TRACKDRIVE_DEMO_OFFER_TOKEN}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ auto_format_nested_fields: "yes", contact: { phone: "(720) 555-0199", email: "n@example.com" } }),
    });
    expect(await res.json()).toMatchObject({ success: true, lead: { caller_id: "+17205550199", email: "n@example.com" } });
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CANCEL_LEAD, CREATE_LEAD, SCHEDULE_CALLBACK, UK_KEY, VALIDATE_LEAD, startWriteApp, type WriteApp } from "../write-app.js";
import { COMUNIK8_DEMO_KEY } from "../../../src/vendors/comunik8/simulator.js";
import { rejection } from "../../helpers/deliveries.js";

const ada = { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: "(303) 555-0147" };
const C8 = ["COMUNIK8"];

describe("Comunik8 through GraphQL (createLead / validateLead / cancelLead / scheduleCallback)", () => {
  let w: WriteApp;
  beforeAll(async () => {
    w = await startWriteApp();
  });
  afterAll(() => w.app.close());
  beforeEach(() => {
    w.c8.reset();
    w.td.reset();
  });
  afterEach(() => {
    w.c8.assertNoUnexpectedCalls();
    expect(w.td.callCount()).toBe(0);
  });

  const create = async (input: object, options?: object, apiKey?: string) => {
    const res = await w.app.gql(CREATE_LEAD, { input, targets: C8, options }, { apiKey });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createLead.deliveries[0];
  };

  it("{saved, processed} → CREATED: POST /lead/add?key=… with the doc's JSON body and data as a JSON string", async () => {
    const d = await create({ ...ada, company: "Analytical Engines", customFields: [{ key: "vehicle_make", value: "Ford" }] });
    expect(d).toMatchObject({ vendor: "COMUNIK8", status: "CREATED", nativeId: "motor-trade:3035550147", error: null, fieldErrors: [] });
    expect(d.lead).toMatchObject({
      id: "comunik8:lead:motor-trade:3035550147",
      phone: "+13035550147",
      firstName: "Ada",
      company: "Analytical Engines",
    });
    const [call] = w.c8.calls("lead_add");
    expect(call!.query).toEqual({ key: COMUNIK8_DEMO_KEY });
    expect(call!.headers["content-type"]).toContain("application/json");
    expect(call!.body).toEqual({
      email: "ada@example.com",
      first_name: "Ada",
      surname: "Lovelace",
      mobile: "3035550147",
      type: "motor-trade",
      data: '{"company":"Analytical Engines","vehicle_make":"Ford"}',
    });
    expect(w.c8.state.leads.has("motor-trade|3035550147")).toBe(true);
  });

  it("sends type, subtype and delays from options.comunik8", async () => {
    const d = await create(ada, { comunik8: { type: "home-insurance", subtype: "buildings", delaySeconds: 600 } });
    expect(d.status).toBe("CREATED");
    expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ type: "home-insurance", subtype: "buildings", delays: 600 });
    expect(d.details).toMatchObject({ delaySeconds: 600, type: "home-insurance" });
  });

  it('{test:"ok"} → VALIDATED: validateLead sends test: true and nothing is saved', async () => {
    const res = await w.app.gql(VALIDATE_LEAD, { input: ada, targets: C8 });
    expect(res.body.data.validateLead).toMatchObject({ ok: true, deliveries: [{ status: "VALIDATED", details: { test: "ok" } }] });
    expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ test: true, mobile: "3035550147" });
    expect(w.c8.state.leads.has("motor-trade|3035550147")).toBe(false);
    expect((await create(ada)).status).toBe("CREATED");
  });

  it('"Existing Contact" → EXISTING when the same mobile and type were already dialled', async () => {
    expect((await create(ada)).status).toBe("CREATED");
    const d = await create({ ...ada, firstName: "Augusta" });
    expect(d).toMatchObject({ status: "EXISTING", message: "Existing Contact", nativeId: "motor-trade:3035550147" });
  });

  it('"Another call is already scheduled" → SCHEDULED with the message', async () => {
    expect((await create(ada, { comunik8: { delaySeconds: 3600 } })).status).toBe("CREATED");
    const d = await create(ada, { comunik8: { delaySeconds: 60 } });
    expect(d).toMatchObject({ status: "SCHEDULED", message: "Another call is already scheduled" });
  });

  it('"Unknown Type" → REJECTED on options.comunik8.type (tenant lists no types, so the vendor decides)', async () => {
    const d = await create({ ...ada, phone: "07840 258823" }, { comunik8: { type: "boats" } }, UK_KEY);
    expect(d).toMatchObject({ status: "REJECTED", message: "Unknown Type", error: { code: "BAD_USER_INPUT", vendorCode: "Unknown Type" } });
    expect(d.fieldErrors).toEqual([{ field: "options.comunik8.type", message: 'Comunik8 does not know lead type "boats"' }]);
  });

  it("an unknown type is caught before sending when the tenant lists its types", async () => {
    const res = await w.app.gql(CREATE_LEAD, { input: ada, targets: C8, options: { comunik8: { type: "boats" } } });
    expect(rejection(res.body, "createLead").fields).toContain("options.comunik8.type");
    expect(w.c8.callCount()).toBe(0);
  });

  it("missing required fields are BAD_USER_INPUT naming the unified field, nothing sent", async () => {
    const res = await w.app.gql(CREATE_LEAD, { input: { ...ada, email: null }, targets: C8 });
    expect(rejection(res.body, "createLead").fields).toContain("input.email");
    expect(w.c8.callCount()).toBe(0);
  });

  it('HTTP 400 {"email":{"0":"Email cannot be blank."}} → REJECTED with fieldErrors on input.email', async () => {
    w.c8.inject("lead_add", { status: 400, body: JSON.stringify({ email: { 0: "Email cannot be blank." } }), times: 1 });
    const d = await create(ada);
    expect(d).toMatchObject({ status: "REJECTED", error: { code: "BAD_USER_INPUT", vendorCode: "HTTP_400" } });
    expect(d.fieldErrors).toEqual([{ field: "input.email", message: "Email cannot be blank." }]);
  });

  it("a number from another country is refused before sending (its national form would lose the country code)", async () => {
    const res = await w.app.gql(CREATE_LEAD, { input: { ...ada, phone: "+44 7840 258823" }, targets: C8 });
    expect(rejection(res.body, "createLead").fields).toContain("input.phone");
    expect(w.c8.callCount()).toBe(0);
  });

  it("the simulator's own 400: a mobile that is not 9–11 national digits", async () => {
    const res = await fetch(`${w.c8.url}/lead/add?key=${COMUNIK8_DEMO_KEY}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "", first_name: "A", surname: "B", mobile: "+4930123456789", type: "motor-trade" }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ email: { 0: "Email cannot be blank." }, mobile: { 0: "Mobile is not a valid phone number." } });
  });

  it("malformed data (400 on `data`) → REJECTED on input.customFields", async () => {
    w.c8.inject("lead_add", { status: 400, body: JSON.stringify({ data: { 0: "Empty or invalid content of `data` field" } }), times: 1 });
    const d = await create({ ...ada, customFields: [{ key: "k", value: "v" }] });
    expect(d).toMatchObject({
      status: "REJECTED",
      fieldErrors: [{ field: "input.customFields", message: "Empty or invalid content of `data` field" }],
    });
  });

  it("the simulator refuses a data field that is not a JSON-object string", async () => {
    const res = await fetch(`${w.c8.url}/lead/add?key=${COMUNIK8_DEMO_KEY}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: "a@b.co",
        first_name: "A",
        surname: "B",
        mobile: "07840258823",
        type: "motor-trade",
        data: { vehicle_make: "Ford" },
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ data: { 0: "Empty or invalid content of `data` field" } });
  });

  it("HTTP 500 → FAILED UPSTREAM_ERROR", async () => {
    w.c8.inject("lead_add", { status: 500, body: "Internal Server Error", contentType: "text/plain", times: 1 });
    const d = await create(ada);
    expect(d).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_500" }, lead: null });
  });

  describe("cancelLead", () => {
    const cancel = async (input: object, apiKey?: string) => {
      const res = await w.app.gql(CANCEL_LEAD, { input, targets: C8 }, { apiKey });
      expect(res.body.errors).toBeUndefined();
      return res.body.data.cancelLead.deliveries[0];
    };

    it("{cancelled:true} → CANCELLED: a waiting call is withdrawn (POST /lead/cancel {type, mobile})", async () => {
      await create(ada, { comunik8: { delaySeconds: 3600 } });
      const d = await cancel({ phone: "+1 303 555 0147" });
      expect(d).toMatchObject({ status: "CANCELLED", nativeId: "motor-trade:3035550147" });
      const [call] = w.c8.calls("lead_cancel");
      expect(call!.body).toEqual({ type: "motor-trade", mobile: "3035550147" });
      expect(call!.query).toEqual({ key: COMUNIK8_DEMO_KEY });
      expect(w.c8.state.leads.has("motor-trade|3035550147")).toBe(false);
    });

    it('"not found" → FAILED NOT_FOUND', async () => {
      expect(await cancel({ phone: "3035550199" })).toMatchObject({
        status: "FAILED",
        message: "not found",
        error: { code: "NOT_FOUND", vendorCode: "not found" },
      });
    });

    it('"already processed" → FAILED CONFLICT after the dialler has called the lead', async () => {
      await create(ada);
      expect(await cancel({ phone: ada.phone })).toMatchObject({
        status: "FAILED",
        message: "already processed",
        error: { code: "CONFLICT", vendorCode: "already processed" },
      });
    });

    it('"server error (call group)" → REJECTED on input.type (the type does not exist)', async () => {
      const d = await cancel({ phone: "07840258823", type: "boats" }, UK_KEY);
      expect(d).toMatchObject({
        status: "REJECTED",
        error: { code: "BAD_USER_INPUT", vendorCode: "server error (call group)" },
        fieldErrors: [{ field: "input.type" }],
      });
    });

    it('"server error (save)" → FAILED UPSTREAM_ERROR', async () => {
      w.c8.inject("lead_cancel", { status: 200, body: JSON.stringify({ cancelled: false, warning: "server error (save)" }), times: 1 });
      expect(await cancel({ phone: "3035550101" })).toMatchObject({
        status: "FAILED",
        error: { code: "UPSTREAM_ERROR", vendorCode: "server error (save)" },
      });
    });

    it("HTTP 500 → FAILED", async () => {
      w.c8.inject("lead_cancel", { status: 500, body: "boom", contentType: "text/plain", times: 1 });
      expect(await cancel({ phone: "3035550101" })).toMatchObject({
        status: "FAILED",
        error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_500" },
      });
    });

    it("a seeded waiting lead can be cancelled, a seeded dialled one cannot", async () => {
      expect((await cancel({ phone: "202-555-0101" })).status).toBe("CANCELLED");
      expect((await cancel({ phone: "202-555-0102" })).error.code).toBe("CONFLICT");
    });
  });

  describe("scheduleCallback (Comunik8 `delays`)", () => {
    it("inSeconds → lead/add with delays and a SCHEDULED delivery", async () => {
      const res = await w.app.gql(SCHEDULE_CALLBACK, { lead: ada, inSeconds: 900, targets: C8 });
      expect(res.body.data.scheduleCallback.deliveries[0]).toMatchObject({ status: "SCHEDULED", details: { delaySeconds: 900 } });
      expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ delays: 900, mobile: "3035550147" });
    });

    it("at → delays in whole seconds from now", async () => {
      const at = new Date(Date.now() + 600_000).toISOString();
      const res = await w.app.gql(SCHEDULE_CALLBACK, { lead: ada, at, targets: C8 });
      expect(res.body.data.scheduleCallback.deliveries[0].status).toBe("SCHEDULED");
      const delays = w.c8.calls("lead_add")[0]!.body as { delays: number };
      expect(delays.delays).toBeGreaterThan(590);
      expect(delays.delays).toBeLessThanOrEqual(600);
    });

    it("a missing lead phone names lead.phone", async () => {
      const res = await w.app.gql(SCHEDULE_CALLBACK, { lead: { ...ada, phone: null }, inSeconds: 60, targets: C8 });
      expect(rejection(res.body, "scheduleCallback").fields).toContain("lead.phone");
    });
  });

  describe("phone formats (national, tenant's country)", () => {
    it.each([
      ["+44 7840 258823", "07840258823"],
      ["07840 258823", "07840258823"],
      ["7840258823", "07840258823"],
    ])("UK tenant: %s → mobile %s", async (phone, mobile) => {
      const d = await create({ ...ada, phone, secondaryPhone: "+44 20 7946 0958" }, { comunik8: { type: "motor-trade" } }, UK_KEY);
      expect(d.status).toBe("CREATED");
      expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ mobile, other_phone: "02079460958" });
      expect(d.lead.phone).toBe("+447840258823");
    });

    it.each([["(303) 555-0147"], ["+1 303-555-0147"], ["303.555.0147"]])("US tenant: %s → mobile 3035550147", async (phone) => {
      await create({ ...ada, phone });
      expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ mobile: "3035550147" });
    });
  });

  it("never puts the API key in a response or a log line", async () => {
    w.c8.inject("lead_add", { status: 500, body: "err", times: 1 });
    const res = await w.app.gql(CREATE_LEAD, { input: ada, targets: C8 });
    expect(JSON.stringify(res.body)).not.toContain(COMUNIK8_DEMO_KEY);
    expect(w.app.rawLogs.join("\n")).not.toContain(COMUNIK8_DEMO_KEY);
    expect(w.app.logs.some((l) => l.vendor === "comunik8" && l.status === 500)).toBe(true);
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CREATE_LEAD, PARTIAL_KEY, SCHEDULE_CALLBACK, VALIDATE_LEAD, startWriteApp, type WriteApp } from "../write-app.js";
import { rejection } from "../../helpers/deliveries.js";

const ada = { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: "(303) 555-0147" };
const BOTH = ["COMUNIK8", "TRACKDRIVE"];
/** The fields these tests read from a delivery in the answer. */
interface DeliveryJson {
  vendor: string;
  status: string;
  lead: unknown;
}
const byVendor = (deliveries: { vendor: string }[]) =>
  Object.fromEntries(deliveries.map((d) => [d.vendor, d])) as Record<"COMUNIK8" | "TRACKDRIVE", DeliveryJson>;

describe("write fan-out: one createLead to Comunik8 and Trackdrive", () => {
  let w: WriteApp;
  beforeAll(async () => {
    // These tests take Trackdrive down on purpose, several attempts each (create_or_update is
    // retried): a breaker opening midway would change what later tests see. Breakers have their own tests.
    w = await startWriteApp({ upstream: { trackdrive: { breaker: { consecutiveFailures: 50 } } } });
  });
  afterAll(() => w.app.close());
  beforeEach(() => {
    w.c8.reset();
    w.td.reset();
  });
  afterEach(() => {
    w.c8.assertNoUnexpectedCalls();
    w.td.assertNoUnexpectedCalls();
  });

  it("delivers to both, each vendor in its own phone format", async () => {
    const res = await w.app.gql(CREATE_LEAD, { input: ada, targets: BOTH });
    const p = res.body.data.createLead;
    expect(p.ok).toBe(true);
    expect(p.deliveries.map((d: DeliveryJson) => [d.vendor, d.status])).toEqual([["COMUNIK8", "CREATED"], ["TRACKDRIVE", "CREATED"]]);
    expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ mobile: "3035550147" });
    expect(w.td.calls("leads_create_or_update")[0]!.body).toMatchObject({ caller_id: "+13035550147" });
  });

  it("Comunik8 down (500): Trackdrive still CREATED, both deliveries reported", async () => {
    w.c8.inject("lead_add", { status: 500, body: "Internal Server Error", contentType: "text/plain" });
    const res = await w.app.gql(CREATE_LEAD, { input: ada, targets: BOTH });
    const p = res.body.data.createLead;
    expect(res.body.errors).toBeUndefined();
    expect(p.ok).toBe(false);
    const d = byVendor(p.deliveries);
    expect(d.COMUNIK8).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_500" } });
    expect(d.TRACKDRIVE).toMatchObject({ status: "CREATED", error: null });
    expect(w.td.state.leads.some((l) => l.caller_id === "+13035550147")).toBe(true);
  });

  it("Trackdrive down (500): Comunik8 still CREATED, both deliveries reported", async () => {
    w.td.inject("leads_create_or_update", { status: 500, body: "oops", contentType: "text/plain" });
    const p = (await w.app.gql(CREATE_LEAD, { input: ada, targets: BOTH })).body.data.createLead;
    const d = byVendor(p.deliveries);
    expect(p.ok).toBe(false);
    expect(d.TRACKDRIVE).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR" } });
    expect(d.COMUNIK8).toMatchObject({ status: "CREATED" });
    expect(d.COMUNIK8.lead).toMatchObject({ id: "comunik8:lead:motor-trade:3035550147" });
    expect(w.td.calls("leads_create_or_update")).toHaveLength(3); // retried twice, then reported
    expect(w.c8.calls("lead_add")).toHaveLength(1);
  });

  it("Trackdrive unreachable (connection reset): Comunik8 still CREATED", async () => {
    w.td.inject("leads_create_or_update", { reset: true });
    const d = byVendor((await w.app.gql(CREATE_LEAD, { input: ada, targets: BOTH })).body.data.createLead.deliveries);
    expect(d.TRACKDRIVE).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR" } });
    expect(d.COMUNIK8.status).toBe("CREATED");
  });

  it("vendors are called concurrently: each is called before the other has answered", async () => {
    // Both answers are held back 400 ms: called one after the other, the second call would
    // arrive at least 400 ms after the first; called together, both arrive before either answers.
    w.c8.inject("lead_add", { delayMs: 400, passThrough: true, times: 1 });
    w.td.inject("leads_create_or_update", { delayMs: 400, passThrough: true, times: 1 });
    const res = await w.app.gql(CREATE_LEAD, { input: ada, targets: BOTH });
    expect(res.body.data.createLead.ok).toBe(true);
    expect(Math.abs(w.td.calls()[0]!.at - w.c8.calls()[0]!.at)).toBeLessThan(400);
  });

  it("a target the tenant has not configured is a VENDOR_NOT_CONFIGURED delivery, not a crash", async () => {
    const res = await w.app.gql(CREATE_LEAD, { input: ada, targets: BOTH }, { apiKey: PARTIAL_KEY });
    const d = byVendor(res.body.data.createLead.deliveries);
    expect(d.TRACKDRIVE).toMatchObject({ status: "FAILED", error: { code: "VENDOR_NOT_CONFIGURED" } });
    // every delivery that is not a success says why in `message`, not only in error.message
    expect((d.TRACKDRIVE as unknown as { message: string }).message).toMatch(/not configured/);
    expect(d.COMUNIK8.status).toBe("CREATED");
  });

  it("one target's rule blocks only that target: no email → Comunik8 REJECTED on input.email, Trackdrive CREATED", async () => {
    const res = await w.app.gql(CREATE_LEAD, { input: { phone: ada.phone }, targets: BOTH });
    expect(rejection(res.body, "createLead", "COMUNIK8").fields).toEqual(["input.email", "input.firstName", "input.lastName"]);
    expect(byVendor(res.body.data.createLead.deliveries).TRACKDRIVE).toMatchObject({ status: "CREATED" });
    expect(res.body.data.createLead.ok).toBe(false);
    expect(w.c8.callCount()).toBe(0);
    expect(w.td.calls("leads_create_or_update")).toHaveLength(1);
  });

  it("validateLead: Comunik8 test mode plus our checks for Trackdrive", async () => {
    const p = (await w.app.gql(VALIDATE_LEAD, { input: ada, targets: BOTH })).body.data.validateLead;
    expect(p.deliveries.map((d: DeliveryJson) => [d.vendor, d.status])).toEqual([["COMUNIK8", "VALIDATED"], ["TRACKDRIVE", "VALIDATED"]]);
    expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ test: true });
    expect(w.td.callCount()).toBe(0);
  });

  it("scheduleCallback to both: Comunik8 delays and Trackdrive schedule_callback_in_seconds", async () => {
    const p = (await w.app.gql(SCHEDULE_CALLBACK, { lead: ada, inSeconds: 1800, targets: BOTH })).body.data.scheduleCallback;
    expect(p.deliveries.map((d: DeliveryJson) => [d.vendor, d.status])).toEqual([["COMUNIK8", "SCHEDULED"], ["TRACKDRIVE", "SCHEDULED"]]);
    expect(w.c8.calls("lead_add")[0]!.body).toMatchObject({ delays: 1800 });
    expect(w.td.calls("leads_create_or_update")[0]!.body).toMatchObject({ schedule_callback_in_seconds: 1800 });
  });

  it("scheduleCallback: one target's rule blocks only that target", async () => {
    // No email: Comunik8 refuses (required), Trackdrive takes a phone alone.
    const res = await w.app.gql(SCHEDULE_CALLBACK, { lead: { phone: ada.phone }, inSeconds: 60, targets: BOTH });
    expect(rejection(res.body, "scheduleCallback", "COMUNIK8").fields).toContain("lead.email");
    expect(byVendor(res.body.data.scheduleCallback.deliveries).TRACKDRIVE).toMatchObject({ status: "SCHEDULED" });
    expect(w.td.calls().map((c) => (c.body as Record<string, unknown>).schedule_callback_in_seconds)).toEqual([60]);
    expect(w.c8.callCount()).toBe(0);
  });
});

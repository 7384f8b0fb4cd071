import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eventually, pgSchema, postWebhook, SECRET } from "./helpers.js";
import {
  fakeClientTetherAdapter,
  recordingVendor,
  registryWith,
  rejectingComunik8Adapter,
  startFakeClientTether,
  type FakeCt,
} from "./fake-vendors.js";
import { startTestApp, DEMO_API_KEY, type TestApp } from "../../helpers/app.js";
import { hashApiKey, type Tenant } from "../../../src/config.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";
import { createRegistry, vendors } from "../../../src/vendors/registry.js";

const FWD = `{ calendarCompletions(first: 100) { edges { node { calendar { nativeId }
  forwardings { target status attempts lastError leadId eventIds nextAttemptAt } } } } }`;

/** Every app here runs the outbox against the stand-ins. */
const registry = registryWith([fakeClientTetherAdapter, rejectingComunik8Adapter]);

// appointments (the default event type) name the user whose calendar holds them (checked at start-up)
function tenant(ctUrl: string, forward: Record<string, unknown> = { clienttether: { userId: "7" } }): Tenant {
  return {
    id: "acme",
    apiKeys: [hashApiKey(DEMO_API_KEY)],
    defaultCountry: "US",
    timezone: "America/New_York",
    vendors: {
      kartra: { webhookSecret: SECRET, forward: { ...forward, retry: { baseDelayMs: 10, maxDelayMs: 50, maxAttempts: 6 } } },
      clienttether: { baseUrl: ctUrl },
      comunik8: {},
      // the stand-ins' own config, not the real adapters'
    } as unknown as Tenant["vendors"],
  };
}

async function forwardingStatuses(app: TestApp) {
  const rows = await app.store.db.selectFrom("kartra_forwardings").select(["target", "status", "attempts"]).orderBy("id").execute();
  return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
}

const settled = (app: TestApp, n: number) =>
  eventually(async () => {
    const rows = await forwardingStatuses(app);
    return rows.length === n && rows.every((r) => r.status === "SUCCEEDED" || r.status === "FAILED") ? rows : null;
  });

describe("forwarding calendar completions from the durable outbox", () => {
  let ct: FakeCt;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    ct = await startFakeClientTether();
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    ct.sim.reset();
  });
  afterAll(async () => {
    await ct?.sim.close();
  });

  it("upserts the lead into ClientTether and records each session once, through a failing then recovering ClientTether", async () => {
    const app = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url)], env: { LOG_LEVEL: "warn" } });
    apps.push(app);
    ct.sim.inject("create_client", { status: 503, body: "Service Unavailable", times: 2 });
    ct.sim.inject("create_event", { status: 500, body: "{}", times: 1 });
    expect((await postWebhook(app, sampleCalendarComplete({ subscriptionId: 1 }))).status).toBe(200);
    await settled(app, 1);
    expect(ct.clients).toHaveLength(1);
    expect(ct.events.map((e) => e.start)).toEqual(["2020-12-11T14:00:00.000Z", "2020-12-14T14:00:00.000Z"]);
    expect(ct.sim.callCount("create_client")).toBe(3);
    expect(ct.sim.callCount("create_event")).toBe(3);
    const q = await app.gql(FWD);
    expect(q.body.data.calendarCompletions.edges[0].node.forwardings).toEqual([
      {
        target: "CLIENTTETHER",
        status: "SUCCEEDED",
        attempts: 4,
        lastError: null,
        leadId: "clienttether:lead:8000",
        eventIds: ["clienttether:event:500", "clienttether:event:501"],
        nextAttemptAt: null,
      },
    ]);

    // a retried delivery adds no forwarding; a second subscription of the same lead dedupes the client
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 1 }));
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 2, events: [{ event_date: "2021-07-01 09:00", event_duration: 30 }] }));
    await settled(app, 2);
    expect(ct.clients).toHaveLength(1);
    expect(ct.events).toHaveLength(3);
    ct.sim.assertNoUnexpectedCalls();
  });

  it("shows RETRYING with the last error while the target is down, and FAILED once attempts run out", async () => {
    const app = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url)], env: { LOG_LEVEL: "silent" } });
    apps.push(app);
    ct.sim.inject("create_client", { status: 503, body: "down" });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 3 }));
    const retrying = await eventually(async () => {
      const f = (await app.gql(FWD)).body.data.calendarCompletions.edges[0].node.forwardings[0];
      return f.status === "RETRYING" ? f : null;
    });
    expect(retrying).toMatchObject({ lastError: "UPSTREAM_ERROR (503): HTTP 503", leadId: null });
    expect(retrying.nextAttemptAt).not.toBeNull();
    // the outbox depth is exported for alerting
    const metrics = async () => (await fetch(`${app.url}/metrics`)).text();
    await eventually(async () => /leadgraph_webhook_inbox_pending\{queue="kartra_forwardings"\} 1/.test(await metrics()));
    await settled(app, 1);
    const q = await app.gql(FWD);
    expect(q.body.data.calendarCompletions.edges[0].node.forwardings[0]).toMatchObject({ status: "FAILED", attempts: 6 });
    expect(ct.sim.callCount("create_client")).toBe(6);
    expect(ct.clients).toHaveLength(0);
  });

  it("fails at once, without retrying, when the vendor rejects the lead", async () => {
    const app = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url, { comunik8: {} })], env: { LOG_LEVEL: "silent" } });
    apps.push(app);
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 4 }));
    const [row] = await settled(app, 1);
    expect(row).toEqual({ target: "comunik8", status: "FAILED", attempts: 1 });
    const q = await app.gql(FWD);
    expect(q.body.data.calendarCompletions.edges[0].node.forwardings[0].lastError).toMatch(/input\.phone: mobile is not a UK number/);
  });

  it("forwards to any vendor with a lead writer: with an event writer it gets the sessions, without one the lead only", async () => {
    const crm = recordingVendor("acmecrm", { events: true });
    const sink = recordingVendor("leadsink", { events: false });
    const own = createRegistry([...vendors, crm.adapter, sink.adapter]);
    const forward = {
      acmecrm: { eventType: "CALL", leadSource: "Kartra calendar", leadOptions: { plan: "new" }, eventExtra: { note: "x" } },
      leadsink: { leadOptions: { list: "calendar" } },
    };
    const t = tenant(ct.sim.url, forward);
    const acme = { ...t, vendors: { ...t.vendors, acmecrm: {}, leadsink: {} } as Tenant["vendors"] };
    const app = await startTestApp({ registry: own, tenants: () => [acme], env: { LOG_LEVEL: "warn" } });
    apps.push(app);
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 6 }));
    expect(await settled(app, 2)).toEqual([
      { target: "acmecrm", status: "SUCCEEDED", attempts: 1 },
      { target: "leadsink", status: "SUCCEEDED", attempts: 1 },
    ]);
    expect(crm.got.leads).toMatchObject([
      { input: { email: "jane.doe@example.com", source: "Kartra calendar" }, vendorOptions: { plan: "new" } },
    ]);
    expect(crm.got.events.map((e) => [e.type, e.leadId, e.startsAt.toISOString(), e.endsAt, e.extra])).toEqual([
      ["CALL", "acmecrm:lead:1", "2020-12-11T14:00:00.000Z", null, { note: "x", sourceTimeZone: "America/Detroit" }],
      ["CALL", "acmecrm:lead:1", "2020-12-14T14:00:00.000Z", null, { note: "x", sourceTimeZone: "America/Detroit" }],
    ]);
    // no event writer: the lead only, with Kartra's own source (no leadSource given)
    expect(sink.got.leads).toMatchObject([
      { input: { email: "jane.doe@example.com", source: "Facebook ad" }, vendorOptions: { list: "calendar" } },
    ]);
    expect(sink.got.events).toEqual([]);
    const progress = await app.store.db.selectFrom("kartra_forwardings").select(["target", "progress"]).orderBy("target").execute();
    expect(progress.map((r) => [r.target, JSON.parse(r.progress)])).toEqual([
      ["acmecrm", { leadId: "acmecrm:lead:1", events: { 0: "acmecrm:event:e1", 1: "acmecrm:event:e2" } }],
      ["leadsink", { leadId: "leadsink:lead:1" }],
    ]);
    expect(ct.sim.callCount()).toBe(0);
  });

  it("does not start with a forward rule for a vendor the app does not have, and says which", async () => {
    // no simulators of its own: the app fails in start-up, before anything is served
    const tenants = () => [tenant(ct.sim.url, { hubspot: {} })];
    const starting = startTestApp({ registry, simulators: {}, tenants, env: { LOG_LEVEL: "silent" } });
    await expect(starting).rejects.toThrow(/tenant acme: vendors\.kartra\.forward\.hubspot: is not a registered vendor/);
  });

  it("resumes after a restart without creating anything twice", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "kartra-restart-"));
    const env = { LOG_LEVEL: "silent", LEADGRAPH_DATA_DIR: dataDir };
    const first = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url)], env });
    // the lead step succeeds, every event attempt fails: progress is saved after the lead
    ct.sim.inject("create_event", { status: 502, body: "bad gateway" });
    await postWebhook(first, sampleCalendarComplete({ subscriptionId: 5 }));
    await eventually(async () => ct.sim.callCount("create_event") >= 2 || null);
    await first.close();
    ct.sim.clearFaults();
    const second = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url)], env });
    apps.push(second);
    await settled(second, 1);
    expect(await forwardingStatuses(second)).toMatchObject([{ status: "SUCCEEDED" }]);
    expect(ct.sim.callCount("create_client")).toBe(1);
    expect(ct.clients).toHaveLength(1);
    expect(ct.events).toHaveLength(2);
  });

  it("two replicas on one Postgres share the outbox without duplicating a forwarding", async () => {
    const db = await pgSchema();
    try {
      const env = { LOG_LEVEL: "silent", DATABASE_URL: db.url };
      const a = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url)], env });
      const b = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url)], env, simulators: a.simulators });
      apps.push(b, a);
      const completion = (i: number) => sampleCalendarComplete({ subscriptionId: 100 + i, leadId: 100 + i, email: `p${i}@example.com` });
      await Promise.all(Array.from({ length: 20 }, (_, i) => postWebhook(i % 2 ? a : b, completion(i))));
      await settled(a, 20);
      // one lead step per forwarding (the shared sample phone makes them one ClientTether client)
      expect(ct.sim.callCount("create_client")).toBe(20);
      expect(ct.clients).toHaveLength(1);
      expect(ct.events).toHaveLength(40);
      expect(ct.sim.callCount("create_event")).toBe(40);
    } finally {
      await Promise.all(apps.splice(0).map((x) => x.close()));
      await db.drop();
    }
  });
});

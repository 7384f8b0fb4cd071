import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eventually, forwardingRows, OUTBOX_PENDING, pgSchema, postWebhook, SECRET } from "./helpers.js";
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

const FAST_RETRY = { baseDelayMs: 10, maxDelayMs: 50, maxAttempts: 6 };

// appointments (the default event type) name the user whose calendar holds them (checked at start-up)
function tenant(ctUrl: string, forward: Record<string, unknown> = { clienttether: { userId: "7" } }, retry = FAST_RETRY): Tenant {
  return {
    id: "acme",
    apiKeys: [hashApiKey(DEMO_API_KEY)],
    defaultCountry: "US",
    timezone: "America/New_York",
    vendors: {
      kartra: { webhookSecret: SECRET, forward: { ...forward, retry } },
      clienttether: { baseUrl: ctUrl },
      comunik8: {},
      // the stand-ins' own config, not the real adapters'
    } as unknown as Tenant["vendors"],
  };
}

/** The forwardings as the delivery outbox holds them (operation kartra.forward), in the order they were enqueued. */
async function forwardingStatuses(app: TestApp) {
  return (await forwardingRows(app)).map((r) => ({ vendor: r.vendor, status: r.status, attempts: r.attempts }));
}

/** Waits until there are `n` forwardings and none of them is pending (QUEUED or RETRYING) any more. */
const settled = (app: TestApp, n: number) =>
  eventually(async () => {
    const rows = await forwardingStatuses(app);
    return rows.length === n && rows.every((r) => !OUTBOX_PENDING.includes(r.status)) ? rows : null;
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
    expect(await settled(app, 1)).toEqual([{ vendor: "clienttether", status: "CREATED", attempts: 4 }]);
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
    const [first, second] = await forwardingRows(app);
    expect([first!.dedupeKey, second!.dedupeKey]).toEqual([
      `kartra.forward:${first!.payload.webhookSeq}:clienttether`,
      `kartra.forward:${second!.payload.webhookSeq}:clienttether`,
    ]);
    expect(second!.payload.webhookSeq).toBeGreaterThan(first!.payload.webhookSeq);
    expect(second).toMatchObject({ kind: "vendor", status: "CREATED", attempts: 1, progress: { leadId: "clienttether:lead:8000" } });
    expect(ct.clients).toHaveLength(1);
    expect(ct.events).toHaveLength(3);
    ct.sim.assertNoUnexpectedCalls();
  });

  it("logs each forwarding in the delivery log, with its attempts and each attempt's outcome", async () => {
    const app = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url)], env: { LOG_LEVEL: "warn" } });
    apps.push(app);
    ct.sim.inject("create_client", { status: 503, body: "Service Unavailable", times: 1 });
    expect((await postWebhook(app, sampleCalendarComplete({ subscriptionId: 7 }))).status).toBe(200);
    await settled(app, 1);
    const [row] = await forwardingRows(app);
    const log = await app.gql(`{ deliveries(filter: { operation: "kartra.forward" }) { edges { node {
      id operation vendor status attempts nextAttemptAt message history { outcome error { code vendorCode message } } } } } }`);
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data.deliveries.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        id: `leadgraph:delivery:${row!.id}`,
        operation: "kartra.forward",
        vendor: "CLIENTTETHER",
        status: "CREATED",
        attempts: 2,
        nextAttemptAt: null,
        message: "forwarded: the lead and 2 session(s)",
        history: [
          {
            outcome: "RETRYING",
            error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_503", message: "ClientTether answered HTTP 503 on create_client" },
          },
          { outcome: "CREATED", error: null },
        ],
      },
    ]);
    // the same forwarding as the completion reports it
    const q = await app.gql(FWD);
    expect(q.body.data.calendarCompletions.edges[0].node.forwardings).toMatchObject([
      { target: "CLIENTTETHER", status: "SUCCEEDED", attempts: 2, lastError: null },
    ]);
    // the filter is the operation's: no fan-out mutation ran
    const other = await app.gql(`{ deliveries(filter: { operation: "createLead" }) { edges { node { id } } } }`);
    expect(other.body.data.deliveries.edges).toEqual([]);
    expect(ct.sim.callCount("create_client")).toBe(2);
    expect(ct.events).toHaveLength(2);
  });

  it("shows RETRYING with the last error while the target is down, and FAILED once attempts run out", async () => {
    // retries ~0.5 s apart: the outbox depth gauge is refreshed at most once a second, so the forwarding stays pending long enough
    const retry = { baseDelayMs: 500, maxDelayMs: 500, maxAttempts: 6 };
    const app = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url, undefined, retry)], env: { LOG_LEVEL: "silent" } });
    apps.push(app);
    ct.sim.inject("create_client", { status: 503, body: "down" });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 3 }));
    const retrying = await eventually(async () => {
      const f = (await app.gql(FWD)).body.data.calendarCompletions.edges[0].node.forwardings[0];
      return f.status === "RETRYING" ? f : null;
    });
    // the last outcome's error message: what the target answered, and to which call
    expect(retrying).toMatchObject({ lastError: "ClientTether answered HTTP 503 on create_client", leadId: null });
    expect(retrying.nextAttemptAt).not.toBeNull();
    // the outbox depth is exported for alerting
    const metrics = async () => (await fetch(`${app.url}/metrics`)).text();
    await eventually(async () => /leadgraph_webhook_inbox_pending\{queue="delivery_outbox"\} 1\b/.test(await metrics()));
    expect(await settled(app, 1)).toEqual([{ vendor: "clienttether", status: "FAILED", attempts: 6 }]);
    const q = await app.gql(FWD);
    expect(q.body.data.calendarCompletions.edges[0].node.forwardings[0]).toMatchObject({
      status: "FAILED",
      attempts: 6,
      lastError: "ClientTether answered HTTP 503 on create_client",
      nextAttemptAt: null,
    });
    const [row] = await forwardingRows(app);
    expect(row!.result.error).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "HTTP_503" });
    expect(row!.history.map((h) => h.outcome)).toEqual([...Array<string>(5).fill("RETRYING"), "FAILED"]);
    expect(ct.sim.callCount("create_client")).toBe(6);
    expect(ct.clients).toHaveLength(0);
    // settled: the gauge drops back
    await eventually(async () => /leadgraph_webhook_inbox_pending\{queue="delivery_outbox"\} 0\b/.test(await metrics()));
  });

  it("fails at once, without retrying, when the vendor rejects the lead", async () => {
    const app = await startTestApp({ registry, tenants: () => [tenant(ct.sim.url, { comunik8: {} })], env: { LOG_LEVEL: "silent" } });
    apps.push(app);
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 4 }));
    const [row] = await settled(app, 1);
    // a refusal is final: REJECTED in the outbox, FAILED as a forwarding, naming the field the vendor refused
    expect(row).toEqual({ vendor: "comunik8", status: "REJECTED", attempts: 1 });
    const [f] = (await app.gql(FWD)).body.data.calendarCompletions.edges[0].node.forwardings;
    expect(f).toMatchObject({ target: "COMUNIK8", status: "FAILED", attempts: 1, nextAttemptAt: null });
    expect(f.lastError).toMatch(/input\.phone: mobile is not a UK number/);
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
      { vendor: "acmecrm", status: "CREATED", attempts: 1 },
      { vendor: "leadsink", status: "CREATED", attempts: 1 },
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
    const progress = await forwardingRows(app);
    expect(progress.map((r) => [r.vendor, r.progress])).toEqual([
      ["acmecrm", { leadId: "acmecrm:lead:1", events: { 0: "acmecrm:event:e1", 1: "acmecrm:event:e2" } }],
      ["leadsink", { leadId: "leadsink:lead:1" }],
    ]);
    expect(ct.sim.callCount()).toBe(0);
  });

  it("a target that confirms the lead without an id: a final failure naming why, not retried, no session sent", async () => {
    const anon = recordingVendor("anoncrm", { events: true, leadIds: false });
    const t = tenant(ct.sim.url, { anoncrm: { eventType: "CALL" } });
    const acme = { ...t, vendors: { ...t.vendors, anoncrm: {} } as Tenant["vendors"] };
    const own = createRegistry([...vendors, anon.adapter]);
    const app = await startTestApp({ registry: own, tenants: () => [acme], env: { LOG_LEVEL: "silent" } });
    apps.push(app);
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 8 }));
    expect(await settled(app, 1)).toEqual([{ vendor: "anoncrm", status: "FAILED", attempts: 1 }]);
    // (a made-up vendor is not a value of the GraphQL Vendor enum: read the outbox row itself)
    const [row] = await forwardingRows(app);
    expect(row!.result.error).toMatchObject({
      code: "UPSTREAM_ERROR",
      vendorCode: null,
      message: "anoncrm returned no lead id, so sessions cannot be attached to a lead",
    });
    expect(row!.history.map((h) => h.outcome)).toEqual(["FAILED"]);
    expect(row).toMatchObject({ nextAttemptAt: null, progress: { leadId: null } });
    // no retry would change it: the lead was sent once and no session without a lead to attach it to
    expect(anon.got.leads).toHaveLength(1);
    expect(anon.got.events).toEqual([]);
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
    expect(await forwardingStatuses(second)).toMatchObject([{ vendor: "clienttether", status: "CREATED" }]);
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

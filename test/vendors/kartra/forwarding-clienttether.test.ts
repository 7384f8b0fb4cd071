import { afterEach, describe, expect, it } from "vitest";
import { eventually, postWebhook, SECRET, type Loose } from "./helpers.js";
import { startTestApp, demoTenant, type TestApp } from "../../helpers/app.js";
import type { Tenant } from "../../../src/config.js";
import type { Simulator } from "../../../src/simulators/harness.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";
import { clientTetherSimState } from "../../../src/vendors/clienttether/simulator.js";

/**
 * Kartra → ClientTether forwarding through the real ClientTether adapter and its simulator (the
 * outbox mechanics have their own tests with a stand-in target in forwarding.test.ts): the
 * documented create_client and create_client_event rules are what the forwarded data must pass.
 */
const FWD = `{ calendarCompletions(first: 10) { edges { node { calendar { nativeId }
  forwardings { target status attempts lastError leadId eventIds } } } } }`;

function tenant(
  sims: Record<string, Simulator>,
  clienttether: Record<string, unknown>,
  retry = { baseDelayMs: 10, maxDelayMs: 50, maxAttempts: 5 },
): Tenant {
  const t = demoTenant(sims);
  const kartra = { webhookSecret: SECRET, forward: { clienttether, retry } };
  return { ...t, vendors: { ...t.vendors, kartra } as Tenant["vendors"] };
}

async function settledForwardings(app: TestApp, n: number) {
  return eventually(async () => {
    type Edge = { node: { calendar: { nativeId: string }; forwardings: Loose[] } };
    const edges = (await app.gql(FWD)).body.data.calendarCompletions.edges as Edge[];
    const all = edges.flatMap((e) => e.node.forwardings.map((f) => ({ subscription: e.node.calendar.nativeId, ...f })));
    return all.length === n && all.every((f) => f.status === "SUCCEEDED" || f.status === "FAILED") ? all : null;
  });
}

describe("Kartra → ClientTether forwarding, real adapter and simulator", () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const start = async (clienttether: Record<string, unknown>, o: { retry?: Parameters<typeof tenant>[2]; ctTimeoutMs?: number } = {}) => {
    app = await startTestApp({
      tenants: (sims) => [tenant(sims, clienttether, o.retry)],
      env: { LOG_LEVEL: "warn" },
      config: o.ctTimeoutMs
        ? (c) => ({ ...c, server: { ...c.server, upstream: { clienttether: { responseTimeoutMs: o.ctTimeoutMs } } } })
        : undefined,
    });
    const sim = app.simulators.clienttether!;
    return { app, sim, st: clientTetherSimState(sim) };
  };
  type SimState = ReturnType<typeof clientTetherSimState>;
  const clientsByEmail = (st: SimState, email: string) => [...st.clients.values()].filter((c) => c.email === email);
  const eventsOf = (st: SimState, clientId: string) => [...st.events.values()].filter((e) => String(e.client_id) === clientId);

  const first =
    "creates the client with the configured lead source, then one Appointment per session on the user's calendar, " +
    "through a failing then recovering ClientTether";
  it(first, async () => {
    const { app, sim, st } = await start({ userId: "124", leadSource: "HomeAdvisor" });
    sim.inject("create_client", { status: 503, body: "Service Unavailable", times: 1 });
    sim.inject("create_client_event", { status: 500, body: "{}", times: 1 });
    expect((await postWebhook(app, sampleCalendarComplete({ subscriptionId: 71 }))).status).toBe(200);
    const [f] = await settledForwardings(app, 1);
    expect(f).toMatchObject({ target: "CLIENTTETHER", status: "SUCCEEDED", attempts: 3, lastError: null });

    const [client, ...others] = clientsByEmail(st, "jane.doe@example.com");
    expect(others).toEqual([]);
    expect(client).toMatchObject({
      firstName: "Jane",
      lastName: "Doe",
      phone: "3135550142",
      lead_source_id: "234",
      external_id: "kartra:1",
    });
    expect(f.leadId).toBe(`clienttether:lead:${client!.client_id}`);
    // 09:00 and 09:00 in Detroit are 09:00 in the tenant's New York; ends from event_duration (60, 120 min)
    const events = eventsOf(st, String(client!.client_id)).map((e) => [
      e.event_type,
      e.user_id,
      e.event_date,
      e.event_time,
      e.event_end_date,
      e.event_end_time,
    ]);
    expect(events).toEqual([
      ["Appointment", "124", "2020:12:11", "09:00:00", "2020:12:11", "10:00:00"],
      ["Appointment", "124", "2020:12:14", "09:00:00", "2020:12:14", "11:00:00"],
    ]);
    expect(f.eventIds).toHaveLength(2);
    expect(sim.callCount("create_client")).toBe(2);
    expect(sim.callCount("create_client_event")).toBe(3);
  });

  it("an event create that times out but lands: the retry finds it instead of recording the session twice", async () => {
    // lands after 500 ms, past the 200 ms timeout; the retry comes 800–1200 ms after the timeout
    const retry = { baseDelayMs: 1000, maxDelayMs: 1000, maxAttempts: 5 };
    const { app, sim, st } = await start({ userId: "124" }, { ctTimeoutMs: 200, retry });
    sim.inject("create_client_event", { delayMs: 500, passThrough: true, times: 1 });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 76 }));
    const [f] = await settledForwardings(app, 1);
    expect(f).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
    const [client] = clientsByEmail(st, "jane.doe@example.com");
    const events = eventsOf(st, String(client!.client_id));
    expect(events.map((e) => e.event_date)).toEqual(["2020:12:11", "2020:12:14"]);
    expect(f.eventIds).toEqual(events.map((e) => `clienttether:event:${e.event_id}`));
    expect(sim.callCount("create_client_event")).toBe(2); // the late one, then only the second session
    expect(sim.callCount("read_all_events")).toBeGreaterThan(0);
  });

  it("upserts: a later completion for the same person updates that client and adds only its own sessions", async () => {
    const { app, st } = await start({ userId: "124" });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 72 }));
    await settledForwardings(app, 1);
    const [client] = clientsByEmail(st, "jane.doe@example.com");
    client!.compName = "stale";
    const events = [{ event_date: "2021-07-01 09:00", event_duration: 30 }];
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 73, events }));
    const all = await settledForwardings(app, 2);
    expect(all.map((f) => f.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    expect(clientsByEmail(st, "jane.doe@example.com")).toHaveLength(1);
    expect(st.clients.get(String(client!.client_id))!.compName).toBe("Acme Detroit");
    expect(eventsOf(st, String(client!.client_id))).toHaveLength(3);
    expect(new Set(all.map((f) => f.leadId))).toEqual(new Set([`clienttether:lead:${client!.client_id}`]));
  });

  it("CALL sessions: no user needed, and no end (ClientTether gives only appointments one)", async () => {
    const { app, st } = await start({ eventType: "CALL" });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 74 }));
    const [f] = await settledForwardings(app, 1);
    expect(f.status).toBe("SUCCEEDED");
    const [client] = clientsByEmail(st, "jane.doe@example.com");
    const events = eventsOf(st, String(client!.client_id));
    expect(events.map((e) => e.event_type)).toEqual(["Call", "Call"]);
    expect(events.every((e) => e.event_end_date === undefined && e.user_id === undefined)).toBe(true);
  });

  it("a lead source ClientTether does not have is a final failure naming it, not endless retries", async () => {
    const { app, sim } = await start({ userId: "124", leadSource: "Facebook ad" });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 75 }));
    const [f] = await settledForwardings(app, 1);
    expect(f).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(f.lastError).toMatch(/input\.source.*no lead source named "Facebook ad"/);
    expect(sim.callCount("create_client")).toBe(0);
  });
});

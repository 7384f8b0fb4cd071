import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgSchema, postWebhook, REDIS_URL, type Loose } from "./helpers.js";
import { wsClient, collect } from "./ws.js";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import { DEMO_KARTRA_SECRET, sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";
import type { Client } from "graphql-ws";

const SUB = `subscription($after: String) { calendarCompleted(after: $after) { cursor calendar { nativeId } } }`;

/**
 * Two replicas sharing one Postgres and the real Redis: a webhook received by A reaches a
 * subscriber connected to B. Each run uses its own database and a unique tenant-free topic
 * space (the demo tenant) — only this file uses Redis for Kartra topics.
 */
describe("calendarCompleted across two instances over Redis", () => {
  let db: Awaited<ReturnType<typeof pgSchema>>;
  let a: TestApp & { ownSims: boolean };
  let b: TestApp & { ownSims: boolean };
  let client: Client;
  beforeAll(async () => {
    db = await pgSchema();
    const env = { DATABASE_URL: db.url, REDIS_URL, LOG_LEVEL: "warn" };
    a = await startTestApp({ env });
    b = await startTestApp({ env, simulators: a.simulators });
    client = wsClient(b.url);
  });
  afterAll(async () => {
    await client?.dispose();
    await b?.close();
    await a?.close();
    await db?.drop();
  });

  it("uses Postgres and Redis", () => {
    expect(a.store.dialect).toBe("postgres");
    expect(b.cache.kind).toMatch(/redis/i);
  });

  it("delivers a webhook posted to instance A to a subscriber on instance B, after replaying from its cursor", async () => {
    const run = Date.now() % 1_000_000;
    await postWebhook(a, sampleCalendarComplete({ subscriptionId: run }), { secret: DEMO_KARTRA_SECRET });
    await postWebhook(a, sampleCalendarComplete({ subscriptionId: run + 1 }), { secret: DEMO_KARTRA_SECRET });
    const all = await b.gql(`{ calendarCompletions(first: 100) { edges { cursor node { calendar { nativeId } } } } }`);
    const first = all.body.data.calendarCompletions.edges.find((e: Loose) => e.node.calendar.nativeId === String(run));
    const sub = collect(client, SUB, { after: first.cursor });
    await sub.count(1); // replayed from the shared store: B's Redis subscription is active now
    await postWebhook(a, sampleCalendarComplete({ subscriptionId: run + 2 }), { secret: DEMO_KARTRA_SECRET });
    await sub.count(2);
    // and a webhook into B reaches B's subscriber too
    await postWebhook(b, sampleCalendarComplete({ subscriptionId: run + 3 }), { secret: DEMO_KARTRA_SECRET });
    await sub.count(3);
    expect(sub.items.map((i) => Number(i.calendarCompleted.calendar.nativeId))).toEqual([run + 1, run + 2, run + 3]);
    sub.dispose();
  });
});

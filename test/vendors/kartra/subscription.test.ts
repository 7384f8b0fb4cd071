import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook, startKartraApp, type Dialect, type Loose } from "./helpers.js";
import type { TestApp } from "../../helpers/app.js";
import { wsClient, collect } from "./ws.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";
import type { Client } from "graphql-ws";
import { payloadHash, receive } from "../../../src/vendors/kartra/inbox.js";

const SUB = `subscription($filter: CalendarCompletionFilter, $after: String) {
  calendarCompleted(filter: $filter, after: $after) { id cursor status lead { id email } calendar { nativeId sessions { startsAt } } }
}`;

async function cursorOf(app: Pick<TestApp, "gql">, subscriptionId: number): Promise<string> {
  const r = await app.gql(`{ calendarCompletions(first: 500) { edges { cursor node { calendar { nativeId } } } } }`);
  return r.body.data.calendarCompletions.edges.find((e: Loose) => e.node.calendar.nativeId === String(subscriptionId)).cursor;
}

describe.each<Dialect>(["sqlite", "postgres"])("calendarCompleted subscription (in-process pub/sub) (%s)", (dialect) => {
  let app: Awaited<ReturnType<typeof startKartraApp>>;
  let client: Client;
  beforeAll(async () => {
    app = await startKartraApp(dialect);
    client = wsClient(app.url);
  });
  afterAll(async () => {
    await client?.dispose();
    await app?.stop();
  });

  it("replays completions stored after the cursor, then delivers new ones live", async () => {
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 1 }));
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 2 }));
    const sub = collect(client, SUB, { after: await cursorOf(app, 1) });
    await sub.count(1);
    expect(sub.items.map((i) => i.calendarCompleted.calendar.nativeId)).toEqual(["2"]);
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 3 }));
    await sub.count(2);
    const sessions = [{ startsAt: "2020-12-11T14:00:00.000Z" }, { startsAt: "2020-12-14T14:00:00.000Z" }];
    expect(sub.items[1]).toMatchObject({
      calendarCompleted: { status: "Completed", lead: { id: "kartra:lead:1" }, calendar: { nativeId: "3", sessions } },
    });
    // a duplicate delivery is not published again
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 3 }));
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 4 }));
    await sub.count(3);
    expect(sub.items.map((i) => i.calendarCompleted.calendar.nativeId)).toEqual(["2", "3", "4"]);
    sub.dispose();
  });

  it("delivers live without `after`: every completion stored after the subscription started, in order", async () => {
    const sub = collect(client, `subscription { calendarCompleted { calendar { nativeId } } }`);
    // graphql-ws gives no "subscribed" signal: post until the first one arrives; from then on
    // every later delivery must arrive, in order.
    const posted: number[] = [];
    for (let id = 300; !sub.items.length; id++) {
      posted.push(id);
      await postWebhook(app, sampleCalendarComplete({ subscriptionId: id }));
      if (!sub.items.length) await new Promise((r) => setTimeout(r, 10));
    }
    const firstSeen = Number(sub.items[0].calendarCompleted.calendar.nativeId);
    for (const id of [400, 401, 402]) {
      posted.push(id);
      await postWebhook(app, sampleCalendarComplete({ subscriptionId: id }));
    }
    const expected = posted.slice(posted.indexOf(firstSeen));
    await sub.count(expected.length);
    expect(sub.items.map((i) => Number(i.calendarCompleted.calendar.nativeId))).toEqual(expected);
    sub.dispose();
  });

  it("misses nothing and repeats nothing when webhooks arrive while the subscriber reconnects", async () => {
    const anchor = await cursorOf(app, 402);
    const ids = Array.from({ length: 30 }, (_, i) => 100 + i);
    const posting = Promise.all(ids.slice(0, 15).map((id) => postWebhook(app, sampleCalendarComplete({ subscriptionId: id }))));
    const sub = collect(client, SUB, { after: anchor });
    await posting;
    await Promise.all(ids.slice(15).map((id) => postWebhook(app, sampleCalendarComplete({ subscriptionId: id }))));
    await sub.count(30);
    const got = sub.items.map((i) => Number(i.calendarCompleted.calendar.nativeId));
    expect([...got].sort((a, b) => a - b)).toEqual(ids);
    sub.dispose();
  });

  it("delivers, in order, a completion whose publish was lost, as soon as a later one is published", async () => {
    const sub = collect(client, SUB, { after: await cursorOf(app, 129) });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 150 }));
    await sub.count(1);
    // stored but never published (a replica crashed between commit and publish, or Redis dropped it)
    const body = sampleCalendarComplete({ subscriptionId: 151 });
    const entry = {
      tenantId: "demo",
      action: "calendar_complete",
      payload: JSON.stringify(body),
      leadId: "1",
      email: "jane.doe@example.com",
      leadJson: null,
      calendarId: "42",
      classId: "7",
      subscriptionId: "151",
      status: "Completed",
      forwardTo: [],
    };
    await receive(app.store, entry, payloadHash(body));
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 152 }));
    await sub.count(3);
    expect(sub.items.map((i) => i.calendarCompleted.calendar.nativeId)).toEqual(["150", "151", "152"]);
    sub.dispose();
  });

  it("applies the filter to replayed and live completions", async () => {
    const anchor = await cursorOf(app, 4);
    const sub = collect(client, SUB, { after: anchor, filter: { email: "ONLY@example.com" } });
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 200, email: "someone@example.com" }));
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 201, email: "only@example.com" }));
    await sub.count(1);
    await postWebhook(app, sampleCalendarComplete({ subscriptionId: 202, email: "only@example.com" }));
    await sub.count(2);
    expect(sub.items.map((i) => i.calendarCompleted.calendar.nativeId)).toEqual(["201", "202"]);
    sub.dispose();
  });

  it("refuses a bad cursor with BAD_USER_INPUT", async () => {
    const sub = collect(client, SUB, { after: "garbage" });
    await expect(sub.count(1)).rejects.toMatchObject([{ extensions: { code: "BAD_USER_INPUT", field: "after" } }]);
  });

  it("refuses a connection without an API key", async () => {
    const anon = wsClient(app.url, "wrong-key");
    const sub = collect(anon, SUB, {});
    await expect(sub.count(1)).rejects.toBeDefined();
    await anon.dispose();
  });
});

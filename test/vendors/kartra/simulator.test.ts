import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedCount, type Loose } from "./helpers.js";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import { DEMO_KARTRA_SECRET, DEMO_SEED, seedDemoCompletions } from "../../../src/vendors/kartra/simulator.js";

describe("Kartra simulator and demo mode", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { LOG_LEVEL: "info" } });
  });
  afterAll(() => app?.close());

  it("binds the demo tenant to the fixed secret and seeds its inbox once (a restart adds nothing)", async () => {
    expect((app.tenants[0]!.vendors as Loose).kartra).toEqual({ webhookSecret: DEMO_KARTRA_SECRET });
    const q = await app.gql(`{ calendarCompletions { edges { node { lead { email }
      calendar { id sessions { startsAt startsAtLocal } } } } } }`);
    const ids = q.body.data.calendarCompletions.edges.map((e: Loose) => e.node.calendar.id);
    expect(ids).toEqual(DEMO_SEED.map((o) => `kartra:calendar:${o.subscriptionId}`));
    // the second seed session sits in the fall-back hour: the first 01:30 (EDT) is taken
    expect(q.body.data.calendarCompletions.edges[1].node.calendar.sessions[0]).toEqual({
      startsAt: "2026-11-01T05:30:00.000Z",
      startsAtLocal: "2026-11-01T01:30:00-04:00",
    });
    await seedDemoCompletions(app.services);
    expect(await storedCount(app as never)).toBe(DEMO_SEED.length);
  });

  it("POSTs a sample calendar_complete to the URL it is given, the way Kartra does", async () => {
    const before = await storedCount(app as never);
    const sim = app.simulators.kartra!;
    const url = `${app.url}/webhooks/kartra/${DEMO_KARTRA_SECRET}`;
    const res = await fetch(`${sim.url}/send`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url, numbers: "strings", contentType: null, subscriptionId: 31337 }),
    });
    expect(await res.json()).toMatchObject({ status: 200, body: { ok: true, duplicate: false } });
    expect(sim.calls("send")).toHaveLength(1);
    expect(await storedCount(app as never)).toBe(before + 1);
    const row = await app.store.db
      .selectFrom("kartra_webhooks")
      .select("payload")
      .where("subscription_id", "=", "31337")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.payload).action_details.calendar.calendar_subscription_id).toBe("31337");
    const sent = await (await fetch(`${sim.url}/sent`)).json();
    expect(JSON.stringify(sent)).not.toContain(DEMO_KARTRA_SECRET);
    // the secret is part of the URL: request logs must not carry it
    expect(app.logs.some((l) => l.msg === "kartra webhook stored")).toBe(true);
    expect(app.rawLogs.join("\n")).toContain("/webhooks/kartra/");
    expect(app.rawLogs.join("\n")).not.toContain(DEMO_KARTRA_SECRET);
  });
});

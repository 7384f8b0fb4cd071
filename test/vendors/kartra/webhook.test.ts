import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { postWebhook, SECRET, startKartraApp, storedCount, type Dialect, type Loose } from "./helpers.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../src/vendors/kartra/fixtures/${name}`, import.meta.url), "utf8"));
/** The sample completion with one change made to it. */
const changed = (change: (body: Loose) => unknown) => {
  const body = sampleCalendarComplete();
  change(body);
  return body;
};

const COMPLETIONS = `query($filter: CalendarCompletionFilter, $first: Int, $after: String) {
  calendarCompletions(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status lead { id email phone } calendar { id calendarId classId hosts { email } vendorTimeZone
      sessions { startsAt endsAt startsAtLocal sourceTimeZone type } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe.each<Dialect>(["sqlite", "postgres"])("Kartra webhook inbox (%s)", (dialect) => {
  let app: Awaited<ReturnType<typeof startKartraApp>>;
  beforeAll(async () => {
    app = await startKartraApp(dialect);
  });
  afterAll(() => app?.stop());

  it("stores an integer-typed calendar_complete posted to /webhooks/kartra/:secret and answers 200 after commit", async () => {
    const before = await storedCount(app);
    const res = await postWebhook(app, fixture("calendar-complete.json"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, duplicate: false });
    expect(await storedCount(app)).toBe(before + 1);
    const q = await app.gql(COMPLETIONS, { filter: { email: "JANE.DOE@example.com", status: "completed" } });
    expect(q.body.errors).toBeUndefined();
    const node = q.body.data.calendarCompletions.edges[0].node;
    expect(node).toMatchObject({
      status: "Completed",
      lead: { id: "kartra:lead:1", email: "jane.doe@example.com", phone: "+13135550142" },
      calendar: { id: "kartra:calendar:123", calendarId: "42", classId: "7", vendorTimeZone: "America/Detroit" },
    });
    expect(node.calendar.sessions).toEqual([
      {
        startsAt: "2020-12-11T14:00:00.000Z",
        endsAt: "2020-12-11T15:00:00.000Z",
        startsAtLocal: "2020-12-11T09:00:00-05:00",
        sourceTimeZone: "America/Detroit",
        type: "CALENDAR_SESSION",
      },
      {
        startsAt: "2020-12-14T14:00:00.000Z",
        endsAt: "2020-12-14T16:00:00.000Z",
        startsAtLocal: "2020-12-14T09:00:00-05:00",
        sourceTimeZone: "America/Detroit",
        type: "CALENDAR_SESSION",
      },
    ]);
  });

  it("reads sessions across both daylight-saving changes in vendor_timezone, webhook to GraphQL", async () => {
    // America/Detroit 2021: 02:00 → 03:00 on March 14, 02:00 → 01:00 on November 7
    const events = [
      { event_date: "2021-03-13 09:00", event_duration: 60 }, // EST, the day before
      { event_date: "2021-03-14 02:30", event_duration: 60 }, // in the gap: moves forward to 03:30 EDT
      { event_date: "2021-03-15 09:00", event_duration: 60 }, // EDT
      { event_date: "2021-11-07 01:30", event_duration: 60 }, // happens twice: the first (EDT)
      { event_date: "2021-11-08 09:00", event_duration: 60 }, // EST again
    ];
    expect((await postWebhook(app, sampleCalendarComplete({ subscriptionId: 2021, events }))).status).toBe(200);
    const q = await app.gql(COMPLETIONS, { filter: { calendarId: "42" }, first: 100 });
    const node = q.body.data.calendarCompletions.edges.find((e: Loose) => e.node.calendar.id === "kartra:calendar:2021").node;
    expect(node.calendar.sessions.map((x: Loose) => [x.startsAt, x.startsAtLocal])).toEqual([
      ["2021-03-13T14:00:00.000Z", "2021-03-13T09:00:00-05:00"],
      ["2021-03-14T07:30:00.000Z", "2021-03-14T03:30:00-04:00"],
      ["2021-03-15T13:00:00.000Z", "2021-03-15T09:00:00-04:00"],
      ["2021-11-07T05:30:00.000Z", "2021-11-07T01:30:00-04:00"],
      ["2021-11-08T14:00:00.000Z", "2021-11-08T09:00:00-05:00"],
    ]);
  });

  it("stores a string-typed payload (Kartra's own example style) sent with no Content-Type, via ?secret=", async () => {
    const body = fixture("calendar-complete-strings.json");
    body.action_details.calendar.calendar_subscription_id = "124";
    const res = await postWebhook(app, body, { contentType: null, query: true });
    expect(res.status).toBe(200);
    const q = await app.gql(COMPLETIONS, { filter: { calendarId: "42", classId: "7" }, first: 50 });
    const found = q.body.data.calendarCompletions.edges.find((e: Loose) => e.node.calendar.id === "kartra:calendar:124");
    expect(found.node.calendar.sessions[0].startsAt).toBe("2020-12-11T14:00:00.000Z");
  });

  it("stores a body that starts with a UTF-8 byte-order mark, without the mark", async () => {
    const body = sampleCalendarComplete({ subscriptionId: 92_001 });
    const res = await fetch(`${app.url}/webhooks/kartra/${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(body))]),
    });
    expect(res.status).toBe(200);
    const row = await app.store.db
      .selectFrom("kartra_webhooks")
      .select("payload")
      .where("subscription_id", "=", "92001")
      .executeTakeFirstOrThrow();
    expect(row.payload).toBe(JSON.stringify(body));
  });

  it("parses JSON sent as text/plain or form content types too", async () => {
    for (const [i, ct] of ["text/plain", "application/x-www-form-urlencoded"].entries()) {
      const res = await postWebhook(app, sampleCalendarComplete({ subscriptionId: 900 + i }), { contentType: ct });
      expect(res.status).toBe(200);
    }
  });

  it("stores a retried delivery once and still answers 2xx (duplicate: true)", async () => {
    const body = sampleCalendarComplete({ subscriptionId: 555 });
    const first = await postWebhook(app, body);
    const before = await storedCount(app);
    const again = await postWebhook(app, JSON.stringify(body, null, 2));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, id: first.body.id });
    expect(await storedCount(app)).toBe(before);
    // a new status of the same subscription is a new delivery
    const changed = await postWebhook(app, sampleCalendarComplete({ subscriptionId: 555, status: "Cancelled" }));
    expect(changed.body.duplicate).toBe(false);
    expect(await storedCount(app)).toBe(before + 1);
  });

  it("answers 404 to an unknown secret and stores nothing", async () => {
    const before = await storedCount(app);
    for (const o of [{ secret: "wrong-secret-wrong-secret" }, { secret: "wrong-secret-wrong-secret", query: true }]) {
      const res = await postWebhook(app, sampleCalendarComplete(), o);
      expect(res.status).toBe(404);
    }
    const none = await fetch(`${app.url}/webhooks/kartra`, { method: "POST", body: "{}" });
    expect(none.status).toBe(404);
    expect(await storedCount(app)).toBe(before);
  });

  it.each([
    ["not JSON", "{lead:", /body is not valid JSON/],
    ["empty body", "", /body is empty/],
    ["a JSON array", "[]", /\(body\): expected a JSON object/],
    ["no action", { lead: { id: 1 } }, /action: is required/],
    [
      "a lead id that is not a number",
      changed((b) => (b.lead.id = "abc")),
      /lead\.id: expected an integer or a string of digits, got "abc"/,
    ],
    [
      "an option list for an input_field",
      changed((b) => (b.lead.custom_fields[0].field_value = [{ option_id: 1, option_value: "x" }])),
      /lead\.custom_fields\.0\.field_value: must be a string for field_type input_field/,
    ],
    [
      "a string for a checkbox",
      changed((b) => (b.lead.custom_fields[3].field_value = "Yoga")),
      /lead\.custom_fields\.3\.field_value: must be a list of \{option_id, option_value\} for field_type checkbox/,
    ],
    [
      "an option without option_id",
      changed((b) => (b.lead.custom_fields[2].field_value = [{ option_value: "Gold" }])),
      /lead\.custom_fields\.2\.field_value\.0\.option_id/,
    ],
    ["no calendar", { lead: { id: 1 }, action: "calendar_complete", action_details: {} }, /action_details\.calendar: is required/],
    [
      "an unknown time zone",
      sampleCalendarComplete({ vendorTimezone: "America/Atlantis" }),
      /action_details\.calendar\.vendor_timezone: "America\/Atlantis" is not an IANA time zone/,
    ],
    [
      "a bad event_date",
      sampleCalendarComplete({ events: [{ event_date: "12/11/2020 9am", event_duration: 60 }] }),
      /action_details\.calendar\.events\.0\.event_date: expected "YYYY-mm-dd HH:MM"/,
    ],
    [
      "a non-numeric duration",
      sampleCalendarComplete({ events: [{ event_date: "2020-12-11 09:00", event_duration: "an hour" as Loose }] }),
      /action_details\.calendar\.events\.0\.event_duration/,
    ],
    [
      "no subscription id",
      changed((b) => delete b.action_details.calendar.calendar_subscription_id),
      /action_details\.calendar\.calendar_subscription_id/,
    ],
  ])("refuses %s with 400 naming the path, storing nothing", async (_name, body, message) => {
    const before = await storedCount(app);
    const res = await postWebhook(app, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid_payload");
    expect(res.body.message).toMatch(message);
    expect(await storedCount(app)).toBe(before);
  });

  it("serves a lead's latest record: a later delivery replaces it, a retried earlier one does not", async () => {
    const delivery = (sub: number, email: string) =>
      changed((b) => {
        (b.lead as Loose).id = 4242;
        (b.lead as Loose).email = email;
        ((b.action_details as Loose).calendar as Loose).calendar_subscription_id = sub;
      });
    const first = delivery(90001, "first@example.com");
    expect((await postWebhook(app, first)).body).toMatchObject({ ok: true, duplicate: false });
    const lead = async () => (await app.gql(`{ lead(id: "kartra:lead:4242") { email } }`)).body.data.lead;
    expect(await lead()).toEqual({ email: "first@example.com" });
    expect((await postWebhook(app, delivery(90002, "second@example.com"))).body).toMatchObject({ ok: true, duplicate: false });
    expect(await lead()).toEqual({ email: "second@example.com" });
    // Kartra retries the first delivery: a duplicate, stored once, and the lead keeps the newer record
    expect((await postWebhook(app, first)).body).toMatchObject({ ok: true, duplicate: true });
    expect(await lead()).toEqual({ email: "second@example.com" });
    const rows = await app.store.db.selectFrom("kartra_leads").selectAll().where("lead_id", "=", "4242").execute();
    expect(rows).toHaveLength(1);
  });

  it("keeps unknown fields and stores other actions as raw events", async () => {
    const before = await storedCount(app);
    const res = await postWebhook(app, fixture("buy-product.json"));
    expect(res.status).toBe(200);
    expect(await storedCount(app)).toBe(before + 1);
    const row = await app.store.db.selectFrom("kartra_webhooks").selectAll().where("action", "=", "buy_product").executeTakeFirstOrThrow();
    expect(JSON.parse(row.payload)).toEqual(fixture("buy-product.json"));
    const strings = await app.gql(`{ lead(id: "kartra:lead:1") { raw } }`);
    expect(strings.body.data.lead.raw).toHaveProperty("linkedin");
    // the buyer's lead record (documented shape) is served too, and other actions are not completions
    const buyer = await app.gql(`{ lead(id: "kartra:lead:2") { email calendars { edges { node { id } } } }
      calendarCompletions(filter: { email: "sam@example.com" }) { edges { cursor } } }`);
    expect(buyer.body.data).toEqual({ lead: { email: "sam@example.com", calendars: { edges: [] } }, calendarCompletions: { edges: [] } });
  });

  it("refuses a body over the size limit with 413 and stores nothing", async () => {
    const before = await storedCount(app);
    const big = sampleCalendarComplete();
    (big.lead as Loose).padding = "x".repeat(1_100_000);
    const res = await postWebhook(app, big);
    expect(res.status).toBe(413);
    expect(await storedCount(app)).toBe(before);
  });

  it("stores every one of 1,000 webhooks posted concurrently", async () => {
    const before = await storedCount(app);
    const post = (i: number) => postWebhook(app, sampleCalendarComplete({ subscriptionId: 10_000 + i, leadId: 5000 + (i % 50) }));
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => post(i)));
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(await storedCount(app)).toBe(before + 1000);
  });

  it("keeps a lead's newest record when its deliveries share one batch", async () => {
    // posted together, so the group commit writes them in one transaction (on Postgres, one statement)
    const bodies = Array.from({ length: 20 }, (_, i) =>
      changed((b) => {
        (b.lead as Loose).id = 4343;
        (b.lead as Loose).email = `n${i}@example.com`;
        ((b.action_details as Loose).calendar as Loose).calendar_subscription_id = 91_000 + i;
      }),
    );
    const results = await Promise.all(bodies.map((b) => postWebhook(app, b)));
    expect(results.filter((r) => r.status !== 200 || r.body.duplicate !== false)).toEqual([]);
    const rows = await app.store.db.selectFrom("kartra_webhooks").select(["seq", "email"]).where("lead_id", "=", "4343").execute();
    const newest = rows.reduce((a, b) => (Number(b.seq) > Number(a.seq) ? b : a));
    const lead = await app.store.db.selectFrom("kartra_leads").selectAll().where("lead_id", "=", "4343").execute();
    expect(lead.map((l) => [Number(l.last_seq), l.email])).toEqual([[Number(newest.seq), newest.email]]);
  });

  it("stores a delivery repeated within one burst once: one answer new, the others duplicates of its id", async () => {
    const before = await storedCount(app);
    const repeated = sampleCalendarComplete({ subscriptionId: 77_001 });
    const others = Array.from({ length: 30 }, (_, i) => sampleCalendarComplete({ subscriptionId: 78_000 + i }));
    // posted together, so the group commit puts the copies into one transaction with the others
    const results = await Promise.all([repeated, ...others, repeated, repeated].map((b) => postWebhook(app, b)));
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    const copies = [results[0]!, results[31]!, results[32]!].map((r) => r.body);
    expect(copies.filter((b: Loose) => !b.duplicate)).toHaveLength(1);
    expect(new Set(copies.map((b: Loose) => b.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(31);
    expect(await storedCount(app)).toBe(before + 31);
  });
});

describe("Kartra webhook acknowledgement", () => {
  it("answers 5xx, not 2xx, and keeps nothing when the store cannot commit the delivery", async () => {
    const app = await startKartraApp("sqlite", { LOG_LEVEL: "silent" });
    try {
      // break the second statement of the receive transaction: the webhook insert must roll back
      await app.store.db.schema.dropTable("kartra_leads").execute();
      const res = await fetch(`${app.url}/webhooks/kartra/${SECRET}`, { method: "POST", body: JSON.stringify(sampleCalendarComplete()) });
      expect(res.status).toBe(500);
      expect(await storedCount(app)).toBe(0);
    } finally {
      await app.stop();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook, startKartraApp, type Dialect, type Loose } from "./helpers.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";

describe.each<Dialect>(["sqlite", "postgres"])("Kartra in the unified graph (%s)", (dialect) => {
  let app: Awaited<ReturnType<typeof startKartraApp>>;
  beforeAll(async () => {
    app = await startKartraApp(dialect);
    await postWebhook(app, sampleCalendarComplete({ leadId: 77, email: "Pat@Example.com", subscriptionId: 700 }));
    const events = [{ event_date: "2021-07-01 09:00", event_duration: 30 }];
    await postWebhook(app, sampleCalendarComplete({ leadId: 77, email: "Pat@Example.com", subscriptionId: 701, events }));
    await postWebhook(app, sampleCalendarComplete({ leadId: 78, email: "other@example.com", subscriptionId: 702 }));
    // a later delivery for subscription 700 with a new status supersedes the first
    await postWebhook(app, sampleCalendarComplete({ leadId: 77, email: "Pat@Example.com", subscriptionId: 700, status: "Rescheduled" }));
  });
  afterAll(() => app?.stop());

  it("serves lead(id: kartra:lead:<id>) with its calendars (latest state of each subscription)", async () => {
    const res = await app.gql(`{ lead(id: "kartra:lead:77") { id vendor nativeId email firstName customFields { key type values }
      kartra { lastName2 gdpr { status communications } blacklisted }
      calendars { totalCount pageInfo { hasNextPage } edges { node {
        id status calendarName hosts { firstName email } sessions { id startsAt endsAt sourceTimeZone startsAtLocal }
      } } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.lead.calendars).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    const lead = { ...res.body.data.lead, calendars: res.body.data.lead.calendars.edges.map((e: { node: unknown }) => e.node) };
    expect(lead).toMatchObject({
      id: "kartra:lead:77",
      vendor: "KARTRA",
      nativeId: "77",
      email: "Pat@Example.com",
      firstName: "Jane",
      kartra: { lastName2: "Smith", gdpr: { status: "ACCEPTED", communications: "AGREED" }, blacklisted: false },
    });
    const interests = lead.customFields.find((f: Loose) => f.key === "interests");
    expect(interests).toEqual({ key: "interests", type: "checkbox", values: ["Yoga", "Pilates"] });
    expect(lead.calendars.map((c: Loose) => [c.id, c.status])).toEqual([
      ["kartra:calendar:700", "Rescheduled"],
      ["kartra:calendar:701", "Completed"],
    ]);
    expect(lead.calendars[1].sessions).toEqual([
      {
        id: "kartra:event:701.0",
        startsAt: "2021-07-01T13:00:00.000Z",
        endsAt: "2021-07-01T13:30:00.000Z",
        sourceTimeZone: "America/Detroit",
        startsAtLocal: "2021-07-01T09:00:00-04:00",
      },
    ]);
  });

  it("returns null for an unknown Kartra lead", async () => {
    const res = await app.gql(`{ lead(id: "kartra:lead:999999") { id } }`);
    expect(res.body).toMatchObject({ data: { lead: null } });
  });

  it("lists Kartra leads in leads(filter: {vendor: KARTRA, email}) case-insensitively", async () => {
    const all = await app.gql(`{ leads(filter: { vendor: KARTRA }, first: 10) { totalCount edges { node { id } } } }`);
    expect(all.body.data.leads.edges.map((e: Loose) => e.node.id).sort()).toEqual(["kartra:lead:77", "kartra:lead:78"]);
    const one = await app.gql(`{ leads(filter: { vendor: KARTRA, email: "pat@EXAMPLE.com" }) { totalCount edges { node { id email } } } }`);
    expect(one.body.data.leads).toEqual({ totalCount: 1, edges: [{ node: { id: "kartra:lead:77", email: "Pat@Example.com" } }] });
    const page = await app.gql(`{ leads(filter: { vendor: KARTRA }, first: 1) { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(page.body.data.leads.pageInfo.hasNextPage).toBe(true);
  });

  it("refuses lead filters Kartra leads cannot answer instead of ignoring them", async () => {
    const res = await app.gql(`{ leads(filter: { vendor: KARTRA, phone: "3135550142" }) { edges { cursor } } }`);
    expect(res.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.phone" });
  });

  it("resolves node() for calendars, completions and sessions", async () => {
    const res = await app.gql(`{
      lead: node(id: "kartra:lead:78") { id ... on Lead { email } }
      cal: node(id: "kartra:calendar:701") { id ... on Calendar { classId className leadId } }
      ev: node(id: "kartra:event:701.0") { id ... on Event { type startsAt } }
      missing: node(id: "kartra:calendar:424242") { id }
    }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      lead: { id: "kartra:lead:78", email: "other@example.com" },
      cal: { id: "kartra:calendar:701", classId: "7", className: "Intro coaching", leadId: "kartra:lead:77" },
      ev: { id: "kartra:event:701.0", type: "CALENDAR_SESSION", startsAt: "2021-07-01T13:00:00.000Z" },
      missing: null,
    });
  });

  it("pages calendarCompletions oldest first with cursors and filters", async () => {
    const q = `query($f: CalendarCompletionFilter, $after: String) { calendarCompletions(filter: $f, first: 2, after: $after) {
      edges { cursor node { id calendar { nativeId } } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const p1 = await app.gql(q, {});
    expect(p1.body.data.calendarCompletions.edges.map((e: Loose) => e.node.calendar.nativeId)).toEqual(["700", "701"]);
    expect(p1.body.data.calendarCompletions.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await app.gql(q, { after: p1.body.data.calendarCompletions.pageInfo.endCursor });
    expect(p2.body.data.calendarCompletions.edges.map((e: Loose) => e.node.calendar.nativeId)).toEqual(["702", "700"]);
    expect(p2.body.data.calendarCompletions.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const node = await app.gql(`query($id: ID!) { node(id: $id) { ... on CalendarCompletion { status } } }`, {
      id: p2.body.data.calendarCompletions.edges[1].node.id,
    });
    expect(node.body.data.node).toEqual({ status: "Rescheduled" });

    const filtered = await app.gql(q, { f: { email: "other@example.com" } });
    expect(filtered.body.data.calendarCompletions.edges.map((e: Loose) => e.node.calendar.nativeId)).toEqual(["702"]);
    const none = await app.gql(q, { f: { since: new Date(Date.now() + 60_000).toISOString() } });
    expect(none.body.data.calendarCompletions.edges).toEqual([]);
    const until = await app.gql(q, { f: { until: new Date(Date.now() + 60_000).toISOString(), status: "RESCHEDULED" } });
    expect(until.body.data.calendarCompletions.edges).toHaveLength(1);
  });

  it("refuses a cursor it did not issue as BAD_USER_INPUT naming `after`", async () => {
    const res = await app.gql(`{ calendarCompletions(after: "bm9wZQ") { edges { cursor } } }`);
    expect(res.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("answers VENDOR_NOT_CONFIGURED for a tenant without Kartra", async () => {
    const { startTestApp } = await import("../../helpers/app.js");
    const { hashApiKey } = await import("../../../src/config.js");
    const t2 = { id: "t2", apiKeys: [hashApiKey("k2-key")], defaultCountry: "US", timezone: "America/New_York", vendors: {} };
    const other = await startTestApp({ tenants: () => [t2] });
    try {
      const res = await other.gql(`{ calendarCompletions { edges { cursor } } }`, {}, { apiKey: "k2-key" });
      expect(res.body.errors![0].extensions.code).toBe("VENDOR_NOT_CONFIGURED");
    } finally {
      await other.close();
    }
  });
});

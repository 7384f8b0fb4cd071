import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "./helpers.js";
import { collect, wsClient } from "./ws.js";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import { hashApiKey, type Tenant } from "../../../src/config.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";

/**
 * Two tenants, each with its own Kartra webhook secret, on one server and one store: what
 * tenant A receives is never visible to tenant B — not in queries, node lookups, lead search or
 * the live subscription — even for the same Kartra lead and subscription ids.
 */
const KEY_A = "lg_test_kartra_a_5d1e";
const KEY_B = "lg_test_kartra_b_8c2f";
const SECRET_A = "kartra-secret-tenant-a-0001";
const SECRET_B = "kartra-secret-tenant-b-0002";
const tenant = (id: string, key: string, secret: string): Tenant => ({
  id,
  apiKeys: [hashApiKey(key)],
  defaultCountry: "US",
  timezone: "America/New_York",
  vendors: { kartra: { webhookSecret: secret } } as Tenant["vendors"],
});

describe("Kartra inbox: tenant isolation", () => {
  let app: TestApp;
  let clientB: Client;
  beforeAll(async () => {
    app = await startTestApp({ tenants: () => [tenant("a", KEY_A, SECRET_A), tenant("b", KEY_B, SECRET_B)], env: { LOG_LEVEL: "warn" } });
    clientB = wsClient(app.url, KEY_B);
  });
  afterAll(async () => {
    await clientB?.dispose();
    await app?.close();
  });

  const asB = (q: string) => app.gql(q, {}, { apiKey: KEY_B });
  const asA = (q: string) => app.gql(q, {}, { apiKey: KEY_A });

  it("B sees none of A's completions, leads or calendars; A sees its own", async () => {
    const liveB = collect(clientB, `subscription { calendarCompleted { lead { email } calendar { id } } }`);
    await new Promise((r) => setTimeout(r, 100)); // B's subscription is registered
    const fromA = sampleCalendarComplete({ leadId: 501, email: "only.a@example.com", subscriptionId: 5001 });
    expect((await postWebhook(app, fromA, { secret: SECRET_A })).status).toBe(200);

    const completions = `{ calendarCompletions(first: 50) { edges { node { calendar { id } } } } }`;
    expect((await asA(completions)).body.data.calendarCompletions.edges).toHaveLength(1);
    expect((await asB(completions)).body.data.calendarCompletions.edges).toEqual([]);
    expect((await asA(`{ lead(id: "kartra:lead:501") { email } }`)).body.data.lead).toEqual({ email: "only.a@example.com" });
    expect((await asB(`{ lead(id: "kartra:lead:501") { email } }`)).body.data.lead).toBeNull();
    expect((await asB(`{ node(id: "kartra:calendar:5001") { id } }`)).body.data.node).toBeNull();
    const leadsOfA = `{ leads(filter: { vendor: KARTRA, email: "only.a@example.com" }) { totalCount edges { node { id } } } }`;
    expect((await asB(leadsOfA)).body.data.leads).toMatchObject({ edges: [] });

    // the same Kartra ids arriving for B are B's own record, not A's
    const fromB = sampleCalendarComplete({ leadId: 501, email: "b.version@example.com", subscriptionId: 5001 });
    await postWebhook(app, fromB, { secret: SECRET_B });
    expect((await asB(`{ lead(id: "kartra:lead:501") { email } }`)).body.data.lead).toEqual({ email: "b.version@example.com" });
    expect((await asA(`{ lead(id: "kartra:lead:501") { email } }`)).body.data.lead).toEqual({ email: "only.a@example.com" });
    await liveB.count(1);
    await new Promise((r) => setTimeout(r, 100));
    // B's delivery only: A's (the same calendar id) never reached B's socket
    expect(liveB.items).toEqual([
      { calendarCompleted: { lead: { email: "b.version@example.com" }, calendar: { id: "kartra:calendar:5001" } } },
    ]);
    liveB.dispose();
  });

  it("a webhook posted with A's secret is refused under any other secret", async () => {
    const posted = await postWebhook(app, sampleCalendarComplete({ subscriptionId: 5002 }), { secret: "kartra-secret-nobody-0003" });
    expect(posted.status).toBe(404);
  });
});

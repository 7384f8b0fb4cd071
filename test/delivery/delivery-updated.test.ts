import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTenant } from "../../src/app.js";
import { hashApiKey, type Tenant } from "../../src/config.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { collect, wsClient } from "../vendors/kartra/ws.js";

/** `deliveryUpdated` over graphql-ws: every status change of the tenant's deliveries, the first one included. */
const KEY = "lg_test_updates_d31f";
const OTHER_KEY = "lg_test_updates_other_77e0";
const SUB = `subscription($filter: DeliveryFilter) {
  deliveryUpdated(filter: $filter) { id vendor status attempts operation error { vendorCode } }
}`;
const CREATE = `mutation($input: LeadInput!, $targets: [Vendor!], $mode: DeliveryMode) {
  createLead(input: $input, targets: $targets, mode: $mode) { deliveries { id status } }
}`;

describe("deliveryUpdated", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      tenants: (sims) => {
        const base = demoTenant(sims);
        const t: Tenant = {
          ...base,
          id: "updates",
          apiKeys: [hashApiKey(KEY)],
          delivery: { retry: true, maxAttempts: 5, maxAgeSeconds: 600, leaseSeconds: 5, backoff: { initialMs: 100, maxMs: 200 } },
        };
        return [t, { ...t, id: "other", apiKeys: [hashApiKey(OTHER_KEY)] }];
      },
    });
  });
  afterAll(() => app.close());

  it("sends QUEUED, then each attempt's outcome: RETRYING, then CREATED; a filter narrows it; other tenants see none", async () => {
    const client = wsClient(app.url, KEY);
    const other = wsClient(app.url, OTHER_KEY);
    const all = collect(client, SUB);
    const onlyFinal = collect(client, SUB, { filter: { vendor: "COMUNIK8", status: "CREATED" } });
    const theirs = collect(other, SUB);
    await new Promise((r) => setTimeout(r, 200)); // the subscriptions are registered
    app.simulators.comunik8!.inject("lead_add", { status: 500, body: "down", contentType: "text/plain", times: 1 });
    const res = await app.gql(
      CREATE,
      {
        input: { firstName: "Sub", lastName: "Scriber", phone: "(303) 555-0811", email: "sub@example.com" },
        targets: ["COMUNIK8"],
        mode: "ASYNC",
      },
      { apiKey: KEY },
    );
    const id = res.body.data.createLead.deliveries[0].id;
    await all.count(3);
    const mine = all.items.map((x) => x.deliveryUpdated).filter((d: { id: string }) => d.id === id);
    expect(mine.map((d: { status: string; attempts: number }) => [d.status, d.attempts])).toEqual([
      ["QUEUED", 0],
      ["RETRYING", 1],
      ["CREATED", 2],
    ]);
    expect(mine[1]).toMatchObject({ operation: "createLead", vendor: "COMUNIK8", error: { vendorCode: "HTTP_500" } });
    await onlyFinal.count(1);
    expect(onlyFinal.items.map((x) => x.deliveryUpdated.status)).toEqual(["CREATED"]);
    expect(theirs.items).toHaveLength(0);
    all.dispose();
    onlyFinal.dispose();
    theirs.dispose();
    await client.dispose();
    await other.dispose();
  });
});

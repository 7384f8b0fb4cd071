import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoTenant } from "../../src/app.js";
import { hashApiKey, type Tenant } from "../../src/config.js";
import type { Simulator } from "../../src/simulators/harness.js";
import type { Comunik8Simulator } from "../../src/vendors/comunik8/simulator.js";
import { generateSecret } from "../../src/delivery/webhooks/signature.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "../helpers/webhook-receiver.js";

/**
 * Issue 15's promise over real HTTP, against the simulators with their faults: a lead LeadGraph
 * accepts is delivered once per vendor, the partner hears of it through a signed webhook that the
 * `standardwebhooks` library verifies, and the delivery log says what happened.
 */
const KEY = "lg_test_delivery_5e2a";
const NO_HOOKS_KEY = "lg_test_delivery_nohooks_9b1c";
const SECRET = generateSecret();

const DELIVERY = `id vendor status attempts nextAttemptAt operation nativeId createdAt updatedAt
  error { code vendorCode message } history { at outcome durationMs error { code vendorCode } }`;
const CREATE = `mutation($input: LeadInput!, $targets: [Vendor!], $mode: DeliveryMode, $key: String) {
  createLead(input: $input, targets: $targets, mode: $mode, idempotencyKey: $key) { ok replayed deliveries { ${DELIVERY} } }
}`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Delivery { ${DELIVERY} } } }`;
const RETRY = `mutation($id: ID!) { retryDelivery(id: $id) { ${DELIVERY} } }`;
const CANCEL = `mutation($id: ID!) { cancelDelivery(id: $id) { ${DELIVERY} } }`;
const LOG = `query($filter: DeliveryFilter, $first: Int, $after: String) {
  deliveries(filter: $filter, first: $first, after: $after) { edges { cursor node { ${DELIVERY} } } pageInfo { hasNextPage endCursor } }
}`;
const HOOKS = `query($filter: WebhookDeliveryFilter) {
  webhookDeliveries(filter: $filter, first: 50) {
    edges { node { id messageId eventType url status attempts lastResponseStatus lastError } }
  }
}`;

let seq = 0;
/** A lead no earlier test has sent (the simulators keep their state between tests of a file). */
const freshLead = () => {
  seq += 1;
  const n = String(1000 + seq).slice(-4);
  return { firstName: `Del${seq}`, lastName: "Ivery", email: `del${seq}-${Date.now()}@example.com`, phone: `(303) 555-${n}` };
};

interface D {
  id: string;
  vendor: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  nativeId: string | null;
  error: { code: string; vendorCode: string | null; message: string } | null;
  history: { outcome: string; error: { code: string } | null }[];
}

describe("guaranteed delivery (outbox, delivery log, signed webhooks)", () => {
  let app: TestApp;
  let receiver: WebhookReceiver;
  let c8: Comunik8Simulator;
  let sims: Record<string, Simulator>;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secret: SECRET });
    app = await startTestApp({
      tenants: (s) => {
        const base = demoTenant(s);
        const tenant: Tenant = {
          ...base,
          id: "partner",
          apiKeys: [hashApiKey(KEY)],
          // small numbers so a test sees several attempts; the defaults are the README's
          delivery: { retry: true, maxAttempts: 4, maxAgeSeconds: 3600, leaseSeconds: 5, backoff: { initialMs: 150, maxMs: 400 } },
          webhooks: [{ url: `${receiver.url}/hooks`, secret: SECRET, events: ["delivery.succeeded", "delivery.failed"] }],
        };
        return [tenant, { ...tenant, id: "quiet", apiKeys: [hashApiKey(NO_HOOKS_KEY)], webhooks: [] }];
      },
    });
    sims = app.simulators;
    c8 = sims.comunik8 as Comunik8Simulator;
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });
  beforeEach(() => {
    for (const s of Object.values(sims)) s.clearFaults();
  });
  afterEach(() => {
    for (const s of Object.values(sims)) s.clearFaults();
  });

  const gql = (query: string, variables: Record<string, unknown>, apiKey = KEY) => app.gql(query, variables, { apiKey });
  const node = async (id: string): Promise<D> => (await gql(NODE, { id })).body.data.node;
  const until = async (id: string, status: string, ms = 8000): Promise<D> => {
    let d: D | undefined;
    await waitFor(async () => (d = await node(id)).status === status, ms, `delivery ${id} ${status}`);
    return d!;
  };
  const c8Leads = (phone: string) =>
    [...c8.state.leads.values()].filter((l) => String(l.mobile).endsWith(phone.replace(/\D/g, "").slice(-7)));
  const hooksFor = (id: string) => receiver.requests.filter((r) => (r.json as { data?: { id?: string } })?.data?.id === id);

  it("Comunik8 down then back: ClientTether CREATED, Comunik8 RETRYING, then CREATED once, a verified delivery.succeeded", async () => {
    c8.inject("lead_add", { status: 500, body: "down", contentType: "text/plain", times: 2 });
    const lead = freshLead();
    const res = await gql(CREATE, { input: lead, targets: ["CLIENTTETHER", "COMUNIK8"] });
    expect(res.body.errors).toBeUndefined();
    const [ct, cm] = res.body.data.createLead.deliveries as D[];
    expect(ct).toMatchObject({ vendor: "CLIENTTETHER", status: "CREATED", attempts: 1 });
    expect(cm).toMatchObject({
      vendor: "COMUNIK8",
      status: "RETRYING",
      attempts: 1,
      error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_500" },
    });
    expect(Date.parse(cm!.nextAttemptAt!)).toBeGreaterThan(Date.parse(res.headers.get("date") ?? "") - 1000);
    expect(res.body.data.createLead.ok).toBe(false);

    const done = await until(cm!.id, "CREATED");
    expect(done.attempts).toBe(3);
    expect(done.history.map((h) => h.outcome)).toEqual(["RETRYING", "RETRYING", "CREATED"]);
    expect(done.nextAttemptAt).toBeNull();
    expect(c8Leads(lead.phone)).toHaveLength(1);

    await waitFor(() => hooksFor(cm!.id).length > 0, 5000, "delivery.succeeded webhook");
    const [hook] = hooksFor(cm!.id);
    expect(hook!.verified).toBe(true);
    expect(hook!.headers["webhook-id"]).toMatch(/^msg_/);
    expect(hook!.json).toMatchObject({
      type: "delivery.succeeded",
      data: { id: cm!.id, vendor: "COMUNIK8", status: "CREATED", attempts: 3 },
    });
    // ClientTether's delivery was final in the request: the partner had its answer, no webhook
    expect(hooksFor(ct!.id)).toHaveLength(0);
  });

  it("exhausted attempts → FAILED and a verified delivery.failed; retryDelivery then succeeds with a fresh budget", async () => {
    c8.inject("lead_add", { status: 503, body: "busy", contentType: "text/plain", times: 4 });
    const lead = freshLead();
    const d = (await gql(CREATE, { input: lead, targets: ["COMUNIK8"] })).body.data.createLead.deliveries[0] as D;
    expect(d.status).toBe("RETRYING");
    const failed = await until(d.id, "FAILED");
    expect(failed).toMatchObject({ attempts: 4, nextAttemptAt: null, error: { vendorCode: "HTTP_503" } });
    expect(failed.history.map((h) => h.outcome)).toEqual(["RETRYING", "RETRYING", "RETRYING", "FAILED"]);
    await waitFor(() => hooksFor(d.id).length > 0, 5000, "delivery.failed webhook");
    expect(hooksFor(d.id)[0]).toMatchObject({ verified: true, json: { type: "delivery.failed", data: { id: d.id, status: "FAILED" } } });
    expect(c8Leads(lead.phone)).toHaveLength(0);

    const again = (await gql(RETRY, { id: d.id })).body.data.retryDelivery as D;
    expect(again).toMatchObject({ id: d.id, status: "QUEUED", attempts: 0 });
    const ok = await until(d.id, "CREATED");
    expect(ok.attempts).toBe(1);
    expect(ok.history.at(-1)!.outcome).toBe("CREATED");
    expect(c8Leads(lead.phone)).toHaveLength(1);
    await waitFor(() => hooksFor(d.id).some((h) => (h.json as { type: string }).type === "delivery.succeeded"), 5000, "second webhook");

    // only a FAILED delivery can be retried
    const refused = await gql(RETRY, { id: d.id });
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(refused.body.errors?.[0].message).toMatch(/CREATED/);
  });

  it("REJECTED is final at once and never retried; a malformed or foreign delivery id is refused", async () => {
    c8.inject("lead_add", { status: 400, body: JSON.stringify({ mobile: { 0: "The mobile is invalid" } }), times: 1 });
    const calls = c8.calls("lead_add").length;
    const d = (await gql(CREATE, { input: freshLead(), targets: ["COMUNIK8"] })).body.data.createLead.deliveries[0] as D;
    expect(d).toMatchObject({ status: "REJECTED", attempts: 1, nextAttemptAt: null });
    await new Promise((r) => setTimeout(r, 600)); // longer than the backoff: nothing comes back
    expect((await node(d.id)).attempts).toBe(1);
    expect(c8.calls("lead_add")).toHaveLength(calls + 1);
    const bad = await gql(NODE, { id: "leadgraph:delivery:abc" });
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "id" } });
    // another tenant's delivery does not exist for this one
    expect((await gql(NODE, { id: d.id }, NO_HOOKS_KEY)).body.data.node).toBeNull();
  });

  it("ASYNC: one QUEUED delivery per target and no vendor call before the answer; the workers deliver after it", async () => {
    const before = { ct: sims.clienttether!.callCount(), c8: c8.callCount(), td: sims.trackdrive!.callCount() };
    const lead = freshLead();
    const res = await gql(CREATE, { input: lead, targets: ["CLIENTTETHER", "COMUNIK8", "TRACKDRIVE"], mode: "ASYNC" });
    const ds = res.body.data.createLead.deliveries as D[];
    expect(ds.map((d) => [d.vendor, d.status, d.attempts])).toEqual([
      ["CLIENTTETHER", "QUEUED", 0],
      ["COMUNIK8", "QUEUED", 0],
      ["TRACKDRIVE", "QUEUED", 0],
    ]);
    expect({ ct: sims.clienttether!.callCount(), c8: c8.callCount(), td: sims.trackdrive!.callCount() }).toEqual(before);
    const final = await Promise.all(ds.map((d) => until(d.id, "CREATED")));
    expect(final.every((d) => d.attempts === 1 && d.nativeId)).toBe(true);
    expect(c8Leads(lead.phone)).toHaveLength(1);
    await waitFor(() => ds.every((d) => hooksFor(d.id).length === 1), 5000, "one delivery.succeeded per target");
  });

  it("an idempotent replay answers the same deliveries with their current status", async () => {
    c8.inject("lead_add", { status: 502, body: "gateway", contentType: "text/plain", times: 1 });
    const vars = { input: freshLead(), targets: ["COMUNIK8"], key: `replay-${Date.now()}` };
    const calls = c8.calls("lead_add").length;
    const first = (await gql(CREATE, vars)).body.data.createLead;
    expect(first.deliveries[0]).toMatchObject({ status: "RETRYING" });
    await until(first.deliveries[0].id, "CREATED");
    const replay = (await gql(CREATE, vars)).body.data.createLead;
    expect(replay.replayed).toBe(true);
    expect(replay.deliveries[0]).toMatchObject({ id: first.deliveries[0].id, status: "CREATED", attempts: 2 });
    expect(c8.calls("lead_add")).toHaveLength(calls + 2);
  });

  it("cancelDelivery stops a RETRYING delivery; it becomes CANCELLED and is never attempted again", async () => {
    c8.inject("lead_add", { status: 500, body: "down", contentType: "text/plain" });
    const d = (await gql(CREATE, { input: freshLead(), targets: ["COMUNIK8"] }, NO_HOOKS_KEY)).body.data.createLead.deliveries[0] as D;
    expect(d.status).toBe("RETRYING");
    const cancelled = (await gql(CANCEL, { id: d.id }, NO_HOOKS_KEY)).body.data.cancelDelivery as D;
    expect(cancelled).toMatchObject({ status: "CANCELLED", nextAttemptAt: null });
    const calls = c8.calls("lead_add").length;
    await new Promise((r) => setTimeout(r, 800));
    expect(c8.calls("lead_add")).toHaveLength(calls);
    const again = await gql(CANCEL, { id: d.id }, NO_HOOKS_KEY);
    expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
  });

  it("deliveries: this tenant's log, newest first, filtered, in pages", async () => {
    const mine = (await gql(LOG, { first: 100 })).body.data.deliveries.edges.map((e: { node: D }) => e.node) as (D & {
      createdAt: string;
    })[];
    expect(mine.length).toBeGreaterThanOrEqual(8);
    const times = mine.map((d) => Date.parse(d.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const failed = (await gql(LOG, { filter: { vendor: "COMUNIK8", status: "REJECTED" } })).body.data.deliveries.edges;
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed.every((e: { node: D }) => e.node.vendor === "COMUNIK8" && e.node.status === "REJECTED")).toBe(true);
    const page1 = (await gql(LOG, { first: 2 })).body.data.deliveries;
    const page2 = (await gql(LOG, { first: 2, after: page1.pageInfo.endCursor })).body.data.deliveries;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges[0].node.id).toBe(mine[2]!.id);
    // the other tenant's deliveries are not in this log
    const theirs = (await gql(LOG, { first: 100 }, NO_HOOKS_KEY)).body.data.deliveries.edges.map((e: { node: D }) => e.node.id);
    expect(theirs.some((id: string) => mine.some((d) => d.id === id))).toBe(false);
  });

  it("webhookDeliveries: each message with its status and attempts; secrets never in the log or the API", async () => {
    const hooks = (await gql(HOOKS, { filter: { eventType: "delivery.succeeded" } })).body.data.webhookDeliveries.edges;
    expect(hooks.length).toBeGreaterThanOrEqual(3);
    expect(hooks.every((e: { node: { status: string; attempts: number } }) => e.node.status === "DELIVERED" && e.node.attempts >= 1)).toBe(
      true,
    );
    expect(JSON.stringify(hooks)).not.toContain(SECRET);
    expect(app.rawLogs.join("\n")).not.toContain(SECRET.slice(6));
  });
});

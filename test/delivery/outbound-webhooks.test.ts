import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTenant } from "../../src/app.js";
import { configuredSecrets, hashApiKey, type Tenant } from "../../src/config.js";
import { scrubString } from "../../src/lib/logger.js";
import { generateSecret } from "../../src/delivery/webhooks/signature.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "../helpers/webhook-receiver.js";

/**
 * Outbound webhooks through the outbox (Standard Webhooks 1.0), against a real receiver that
 * verifies every request with the `standardwebhooks` library: retries keep the message id and
 * re-sign, a 410 disables the endpoint for every replica (in the store) until
 * enableWebhookEndpoint, and a stored Kartra completion is announced as kartra.calendar_completed.
 */
const KEY = "lg_test_hooks_41d0";
const SECRET = generateSecret();
const KARTRA_SECRET = "kartra-hooks-secret-7b2e";

const CREATE = `mutation($input: LeadInput!) {
  createLead(input: $input, targets: [COMUNIK8]) { deliveries { id status } }
}`;
const HOOKS = `query($filter: WebhookDeliveryFilter) {
  webhookDeliveries(filter: $filter, first: 50) {
    edges { node { id messageId eventType url status attempts nextAttemptAt lastResponseStatus lastError } }
  }
}`;
const ENDPOINTS = `{ webhookEndpoints { url events enabled disabledAt } }`;
const ENABLE = `mutation($url: String!) { enableWebhookEndpoint(url: $url) { url enabled disabledAt } }`;

let n = 0;
const lead = () => {
  n += 1;
  return { firstName: `Hook${n}`, lastName: "Test", phone: `(720) 555-${String(2000 + n)}`, email: `hook${n}-${Date.now()}@example.com` };
};

describe("outbound webhooks (Standard Webhooks 1.0, through the outbox)", () => {
  let app: TestApp;
  let receiver: WebhookReceiver;
  let gone: WebhookReceiver;
  let hookUrl: string;
  let goneUrl: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secret: SECRET });
    gone = await startWebhookReceiver({ secret: SECRET });
    hookUrl = `${receiver.url}/partner/hooks`;
    goneUrl = `${gone.url}/old/hooks`;
    app = await startTestApp({
      tenants: (sims) => {
        const base = demoTenant(sims);
        const tenant: Tenant = {
          ...base,
          id: "hooks",
          apiKeys: [hashApiKey(KEY)],
          vendors: { ...base.vendors, kartra: { webhookSecret: KARTRA_SECRET } } as Tenant["vendors"],
          delivery: { retry: true, maxAttempts: 6, maxAgeSeconds: 3600, leaseSeconds: 5, backoff: { initialMs: 100, maxMs: 300 } },
          webhooks: [
            { url: hookUrl, secret: SECRET, events: ["delivery.succeeded", "delivery.failed", "kartra.calendar_completed"] },
            { url: goneUrl, secret: SECRET, events: ["delivery.succeeded"] },
          ],
        };
        return [tenant];
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
    await gone.close();
  });

  const gql = (q: string, v: Record<string, unknown> = {}) => app.gql(q, v, { apiKey: KEY });
  const eventsAt = (r: WebhookReceiver, type: string) => r.requests.filter((x) => (x.json as { type?: string })?.type === type);

  it("a receiver answering 500 three times gets the same webhook-id four times, and every signature verifies", async () => {
    receiver.reply({ status: 500, body: "receiver broke" }, 3);
    const sims = app.simulators;
    sims.comunik8!.inject("lead_add", { status: 500, body: "down", contentType: "text/plain", times: 1 });
    const d = (await gql(CREATE, { input: lead() })).body.data.createLead.deliveries[0];
    expect(d.status).toBe("RETRYING");
    const forThis = () => receiver.requests.filter((x) => (x.json as { data?: { id?: string } })?.data?.id === d.id);
    await waitFor(() => forThis().length >= 4, 10_000, "four attempts at the webhook");
    const got = forThis();
    expect(got).toHaveLength(4);
    expect(new Set(got.map((r) => r.headers["webhook-id"])).size).toBe(1);
    expect(got.every((r) => r.verified)).toBe(true);
    // each attempt is signed anew: its own timestamp, the same body
    expect(new Set(got.map((r) => r.rawBody)).size).toBe(1);
    expect(got.map((r) => r.path)).toEqual(Array(4).fill(new URL(hookUrl).pathname));
    expect(got[0]!.json).toMatchObject({ type: "delivery.succeeded", data: { id: d.id, vendor: "COMUNIK8", status: "CREATED" } });
    expect(got[0]!.headers["content-type"]).toMatch(/application\/json/);
    expect(got[0]!.headers.authorization).toBeUndefined();

    const log = (await gql(HOOKS, { filter: { url: hookUrl, eventType: "delivery.succeeded" } })).body.data.webhookDeliveries.edges;
    const entry = log.find((e: { node: { messageId: string } }) => e.node.messageId === got[0]!.headers["webhook-id"]);
    expect(entry.node).toMatchObject({ status: "DELIVERED", attempts: 4, lastResponseStatus: 200, nextAttemptAt: null });
  });

  it("a 410 from the receiver disables that endpoint until enableWebhookEndpoint; other endpoints are unaffected", async () => {
    gone.reply({ status: 410, body: "gone" }, 1);
    const before = gone.requests.length; // the first test's message reached this endpoint too
    const first = (await gql(CREATE, { input: lead() })).body.data.createLead.deliveries[0];
    expect(first.status).toBe("CREATED"); // final in the request: no webhook for it
    // a delivery that leaves RETRYING is announced, to both endpoints
    app.simulators.comunik8!.inject("lead_add", { status: 503, body: "busy", contentType: "text/plain", times: 1 });
    const d = (await gql(CREATE, { input: lead() })).body.data.createLead.deliveries[0];
    await waitFor(() => gone.requests.length > before, 8000, "the 410");
    await waitFor(
      async () => (await gql(ENDPOINTS)).body.data.webhookEndpoints.some((e: { enabled: boolean }) => !e.enabled),
      5000,
      "disabled",
    );
    const endpoints = (await gql(ENDPOINTS)).body.data.webhookEndpoints;
    expect(endpoints.find((e: { url: string }) => e.url === goneUrl)).toMatchObject({ enabled: false });
    expect(endpoints.find((e: { url: string }) => e.url === hookUrl)).toMatchObject({ enabled: true });
    const goneLog = (await gql(HOOKS, { filter: { url: goneUrl } })).body.data.webhookDeliveries.edges;
    expect(goneLog[0].node).toMatchObject({ status: "FAILED", attempts: 1, lastResponseStatus: 410 });

    // while disabled: the next event is not sent there (nor queued), the live endpoint still gets it
    app.simulators.comunik8!.inject("lead_add", { status: 503, body: "busy", contentType: "text/plain", times: 1 });
    const d2 = (await gql(CREATE, { input: lead() })).body.data.createLead.deliveries[0];
    await waitFor(() => receiver.requests.some((x) => (x.json as { data?: { id?: string } })?.data?.id === d2.id), 8000, "live endpoint");
    expect(gone.requests).toHaveLength(before + 1);
    expect(d.id).not.toBe(d2.id);

    const enabled = (await gql(ENABLE, { url: goneUrl })).body.data.enableWebhookEndpoint;
    expect(enabled).toMatchObject({ url: goneUrl, enabled: true, disabledAt: null });
    app.simulators.comunik8!.inject("lead_add", { status: 503, body: "busy", contentType: "text/plain", times: 1 });
    const d3 = (await gql(CREATE, { input: lead() })).body.data.createLead.deliveries[0];
    await waitFor(() => gone.requests.some((x) => (x.json as { data?: { id?: string } })?.data?.id === d3.id), 8000, "re-enabled endpoint");
    expect(gone.requests.at(-1)!.verified).toBe(true);

    const unknown = await gql(ENABLE, { url: "http://127.0.0.1:1/not-configured" });
    expect(unknown.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "url" } });
  });

  it("webhook signing secrets are scrubbed like vendor credentials, whole or without the whsec_ prefix", () => {
    const secrets = configuredSecrets(app.tenants);
    expect(scrubString(`signing with ${SECRET} failed`, secrets)).toBe("signing with [redacted] failed");
    expect(scrubString(`key ${SECRET.slice(6)}`, secrets)).toBe("key [redacted]");
    expect(app.rawLogs.join("\n")).not.toContain(SECRET.slice(6));
  });

  it("a stored Kartra completion is announced as kartra.calendar_completed, once, even when Kartra retries the webhook", async () => {
    const body = readFileSync(new URL("../../src/vendors/kartra/fixtures/calendar-complete.json", import.meta.url), "utf8");
    const post = () =>
      fetch(`${app.url}/webhooks/kartra/${KARTRA_SECRET}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200); // Kartra's retry: a duplicate, nothing new stored
    await waitFor(() => eventsAt(receiver, "kartra.calendar_completed").length >= 1, 8000, "kartra.calendar_completed");
    await new Promise((r) => setTimeout(r, 300));
    const got = eventsAt(receiver, "kartra.calendar_completed");
    expect(got).toHaveLength(1);
    expect(got[0]!.verified).toBe(true);
    const parsed = JSON.parse(body) as { lead: { email: string }; action_details: { calendar: { calendar_subscription_id: unknown } } };
    expect(got[0]!.json).toMatchObject({
      type: "kartra.calendar_completed",
      data: { vendor: "KARTRA", lead: { email: parsed.lead.email } },
    });
  });
});

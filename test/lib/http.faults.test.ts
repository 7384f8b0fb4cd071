import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CREATE_LEAD, KEY_A, KEY_B, startEchoApp, type EchoApp } from "../fixtures/echo-app.js";
import type { Fault } from "../../src/simulators/harness.js";
import { STANDARD_FAULTS } from "../helpers/faults.js";
import { DEFAULT_DELIVERY_POLICY } from "../../src/model/delivery.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function suite(breaker: { consecutiveFailures: number; halfOpenAfterMs: number }) {
  const s = { e: undefined as unknown as EchoApp };
  beforeAll(async () => {
    // one attempt per request: these pin the HTTP layer's answer to each fault (the outbox's retries are test/delivery's)
    s.e = await startEchoApp({
      delivery: { ...DEFAULT_DELIVERY_POLICY, retry: false },
      config: (c) => ({ ...c, server: { ...c.server, upstream: { comunik8: { responseTimeoutMs: 200, deadlineMs: 800, breaker } } } }),
    });
  });
  afterEach(() => s.e.sim.reset());
  afterAll(() => s.e.close());
  return s;
}

describe("upstream faults through GraphQL (echo vendor over real HTTP)", () => {
  const s = suite({ consecutiveFailures: 1000, halfOpenAfterMs: 1000 });
  const create = (key = KEY_A) => s.e.app.gql(CREATE_LEAD, { input: { firstName: "Ann", phone: "303 555 0199" } }, { apiKey: key });

  // the shared table every vendor runs, with the vendorCode the shared helpers give
  const vendorCodes: Record<string, string | null> = {
    "HTTP 500": "HTTP_500",
    "HTTP 502 with an HTML body": "HTTP_502",
    timeout: null,
    "connection reset": null,
    "malformed JSON": "BAD_RESPONSE",
    "a 200 lacking the expected fields": "BAD_RESPONSE",
  };
  const faults: [string, Fault, string, string | null][] = [
    ...STANDARD_FAULTS.map(
      ([name, fault, code]) => [name, fault, code, vendorCodes[name] ?? null] as [string, Fault, string, string | null],
    ),
    ["HTTP 429", { status: 429, body: "{}", headers: { "retry-after": "30" }, times: 1 }, "RATE_LIMITED", "HTTP_429"],
  ];

  it.each(faults)("%s → a FAILED delivery with a typed error, HTTP 200, one vendor call", async (_name, fault, code, vendorCode) => {
    s.e.sim.inject("create_lead", fault);
    const started = Date.now();
    const res = await create();
    expect(Date.now() - started).toBeLessThan(2500); // deadline 800 ms; the simulator's delay is 3 s
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const d = res.body.data.createLead.deliveries[0];
    expect(d).toMatchObject({ vendor: "COMUNIK8", status: "FAILED", error: { code } });
    if (vendorCode) expect(d.error.vendorCode).toBe(vendorCode);
    expect(d.error.message).not.toMatch(/<html|Bad Gateway/);
    expect(s.e.sim.callCount("create_lead")).toBe(1);
  });
});

describe("circuit breaker through GraphQL", () => {
  const s = suite({ consecutiveFailures: 3, halfOpenAfterMs: 300 });
  const create = (key = KEY_A) => s.e.app.gql(CREATE_LEAD, { input: { firstName: "Ann", phone: "303 555 0199" } }, { apiKey: key });

  it(
    "opens the tenant's circuit after repeated failures: deliveries fail fast with circuitOpen, " +
      "the other tenant is unaffected, and it recovers",
    async () => {
      s.e.sim.inject("create_lead", { status: 503, body: "{}" });
      for (let i = 0; i < 3; i++) expect((await create()).body.data.createLead.deliveries[0].error.circuitOpen).toBeNull();
      const open = await create();
      expect(open.body.data.createLead.deliveries[0]).toMatchObject({
        status: "FAILED",
        error: { code: "UPSTREAM_ERROR", circuitOpen: true },
      });
      expect(s.e.sim.callCount("create_lead")).toBe(3);

      s.e.sim.clearFaults();
      expect((await create(KEY_B)).body.data.createLead.deliveries[0].status).toBe("CREATED");
      expect((await create()).body.data.createLead.deliveries[0].error.circuitOpen).toBe(true);

      await sleep(350);
      expect((await create()).body.data.createLead.deliveries[0].status).toBe("CREATED");
      expect((await create()).body.data.createLead.deliveries[0].status).toBe("CREATED");
    },
  );
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHttp, parseRetryAfter, type Http, type VendorRequest } from "../../src/lib/http.js";
import { VendorError } from "../../src/lib/errors.js";
import { createLogger } from "../../src/lib/logger.js";
import { UpstreamStats } from "../../src/lib/upstream-stats.js";
import type { Simulator } from "../../src/simulators/harness.js";
import { startEchoSimulator } from "../fixtures/echo-vendor.js";

const logger = createLogger({ level: "silent" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function caught(p: Promise<unknown>): Promise<VendorError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(VendorError);
    return e as VendorError;
  }
  throw new Error("expected a VendorError");
}

describe("lib/http: upstream faults over real HTTP", () => {
  let sim: Simulator;
  let http: Http;
  const get = (over: Partial<VendorRequest> = {}): VendorRequest => ({
    vendor: "echo",
    operation: "get_lead",
    method: "GET",
    url: `${sim.url}/leads/1`,
    retry: { kind: "safe", limit: 2, baseDelayMs: 5 },
    tenantId: "t1",
    ...over,
  });
  const post = (over: Partial<VendorRequest> = {}): VendorRequest => ({
    vendor: "echo",
    operation: "create_lead",
    method: "POST",
    url: `${sim.url}/leads`,
    json: { firstName: "Ann" },
    headers: { "x-api-key": "k" },
    tenantId: "t1",
    ...over,
  });

  beforeAll(async () => {
    sim = await startEchoSimulator();
    http = createHttp({
      logger,
      upstream: {
        echo: { connectTimeoutMs: 200, responseTimeoutMs: 150, deadlineMs: 600, breaker: { consecutiveFailures: 1000 } },
      },
    });
  });
  afterEach(() => {
    sim.reset();
  });
  afterAll(async () => {
    await http.close?.();
    await sim.close();
  });

  it("returns a 500 as a response after the safe retries", async () => {
    sim.inject("get_lead", { status: 500, body: '{"error":"boom"}' });
    const res = await http.request(new UpstreamStats(), get());
    expect(res.status).toBe(500);
    expect(sim.callCount("get_lead")).toBe(3);
  });

  it("a 502 with an HTML body comes back as a response with json undefined", async () => {
    sim.inject("get_lead", { status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>", contentType: "text/html" });
    const res = await http.request(new UpstreamStats(), get({ retry: { kind: "none" } }));
    expect(res.status).toBe(502);
    expect(res.json).toBeUndefined();
  });

  it("a vendor that never answers is UPSTREAM_TIMEOUT, well before the simulator's delay and bounded by the deadline", async () => {
    sim.inject("get_lead", { delayMs: 5000, status: 200, body: "{}" });
    const started = Date.now();
    const err = await caught(http.request(new UpstreamStats(), get()));
    expect(err.extensions.code).toBe("UPSTREAM_TIMEOUT");
    // deadline is 600 ms; the simulator would answer after 5000 ms
    expect(Date.now() - started).toBeLessThan(2000);
    expect(sim.callCount("get_lead")).toBeGreaterThanOrEqual(1);
  });

  it("a connection reset is UPSTREAM_ERROR with the socket error code; a safe GET is retried", async () => {
    sim.inject("get_lead", { reset: true });
    const err = await caught(http.request(new UpstreamStats(), get()));
    expect(err.extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendor: "echo" });
    expect(String(err.extensions.vendorCode)).toMatch(/ECONNRESET|EPIPE|ERR_/);
    expect(sim.callCount("get_lead")).toBe(3);
  });

  it("malformed JSON in a 200 comes back with json undefined and the text as sent", async () => {
    sim.inject("get_lead", { status: 200, body: '{"id": 1, "firstName": "Ann' });
    const res = await http.request(new UpstreamStats(), get());
    expect(res.status).toBe(200);
    expect(res.json).toBeUndefined();
    expect(res.text).toBe('{"id": 1, "firstName": "Ann');
  });

  it.each([
    ["HTTP 500", { status: 500, body: "{}" }],
    ["HTTP 503", { status: 503, body: "{}", headers: { "retry-after": "0" } }],
    ["connection reset", { reset: true }],
    ["timeout", { delayMs: 2000, status: 201, body: "{}" }],
  ] as const)("never retries a non-idempotent POST (%s): the simulator sees exactly one call", async (_name, fault) => {
    sim.inject("create_lead", { ...fault });
    const stats = new UpstreamStats();
    try {
      await http.request(stats, post({ retry: { kind: "none" } }));
    } catch (e) {
      expect(e).toBeInstanceOf(VendorError);
    }
    expect(sim.callCount("create_lead")).toBe(1);
    expect(stats.calls).toHaveLength(1);
  });

  it("backs off exponentially between safe retries", async () => {
    sim.inject("get_lead", { status: 503, body: "{}" });
    const h = createHttp({ logger, upstream: { echo: { deadlineMs: 5000, breaker: { consecutiveFailures: 1000 } } } });
    await h.request(new UpstreamStats(), get({ retry: { kind: "safe", limit: 3, baseDelayMs: 40 } }));
    const at = sim.calls("get_lead").map((c) => c.at);
    expect(at).toHaveLength(4);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[1]).toBeGreaterThanOrEqual(75);
    expect(gaps[2]).toBeGreaterThanOrEqual(155);
  });

  it("honours Retry-After on 429 instead of the backoff", async () => {
    sim.inject("get_lead", { status: 429, body: "{}", headers: { "retry-after": "1" }, times: 1 });
    const h = createHttp({ logger, upstream: { echo: { deadlineMs: 5000 } } });
    const res = await h.request(new UpstreamStats(), get({ retry: { kind: "safe", limit: 2, baseDelayMs: 1 } }));
    expect(res.status).toBe(200);
    const [a, b] = sim.calls("get_lead");
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(950);
  });

  it("does not wait for a Retry-After that passes the deadline: the 429 comes back at once, its Retry-After kept", async () => {
    sim.inject("get_lead", { status: 429, body: "{}", headers: { "retry-after": "120" } });
    const res = await http.request(new UpstreamStats(), get());
    expect(sim.callCount("get_lead")).toBe(1);
    expect(res.status).toBe(429);
    expect(res.headers["retry-after"]).toBe("120");
  });

  it("cuts off a response body over maxResponseBytes as UPSTREAM_ERROR RESPONSE_TOO_LARGE", async () => {
    const h = createHttp({ logger, upstream: { echo: { maxResponseBytes: 100_000 } } });
    sim.inject("get_lead", { status: 200, body: JSON.stringify({ id: 1, pad: "x".repeat(2_000_000) }) });
    const err = await caught(h.request(new UpstreamStats(), get()));
    expect(err.extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "RESPONSE_TOO_LARGE" });
    expect(sim.callCount("get_lead")).toBe(1); // not retried: the answer would be as big again
    sim.clearFaults();
    expect((await h.request(new UpstreamStats(), get())).status).toBe(200);
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000 + 5000).toUTCString(), 10_000)).toBe(5000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe("lib/http: circuit breaker per tenant+vendor", () => {
  let sim: Simulator;
  let other: Simulator;
  let http: Http;
  beforeAll(async () => {
    sim = await startEchoSimulator();
    other = await startEchoSimulator();
    http = createHttp({ logger, upstream: { default: { breaker: { consecutiveFailures: 3, halfOpenAfterMs: 200 }, deadlineMs: 2000 } } });
  });
  afterAll(async () => {
    await sim.close();
    await other.close();
  });

  const read = (url: string, vendor: string, tenantId: string): VendorRequest => ({
    vendor,
    operation: "get_lead",
    method: "GET",
    url: `${url}/leads/1`,
    tenantId,
  });

  it(
    "opens after repeated failures, fails fast without calling the vendor, leaves other tenants and vendors alone, and recovers by itself",
    async () => {
      sim.inject("get_lead", { status: 503, body: "{}" });
      for (let i = 0; i < 3; i++) expect((await http.request(new UpstreamStats(), read(sim.url, "alpha", "t1"))).status).toBe(503);
      expect(http.circuitState?.("t1", "alpha")).toBe("open");

      const err = await caught(http.request(new UpstreamStats(), read(sim.url, "alpha", "t1")));
      expect(err.extensions).toMatchObject({ code: "UPSTREAM_ERROR", circuitOpen: true, vendor: "alpha" });
      expect(sim.callCount("get_lead")).toBe(3);

      // another vendor for the same tenant, and the same vendor for another tenant: unaffected
      expect((await http.request(new UpstreamStats(), read(other.url, "beta", "t1"))).status).toBe(200);
      sim.clearFaults();
      expect((await http.request(new UpstreamStats(), read(sim.url, "alpha", "t2"))).status).toBe(200);

      // half-open after 200 ms: one trial call goes through; success closes the circuit
      await sleep(250);
      expect((await http.request(new UpstreamStats(), read(sim.url, "alpha", "t1"))).status).toBe(200);
      expect(http.circuitState?.("t1", "alpha")).toBe("closed");
    },
  );

  it("a failed half-open trial opens the circuit again", async () => {
    sim.inject("get_lead", { reset: true });
    for (let i = 0; i < 3; i++) await caught(http.request(new UpstreamStats(), read(sim.url, "gamma", "t1")));
    expect(http.circuitState?.("t1", "gamma")).toBe("open");
    await sleep(250);
    const trial = await caught(http.request(new UpstreamStats(), read(sim.url, "gamma", "t1")));
    expect(trial.extensions.circuitOpen).toBeUndefined();
    expect(http.circuitState?.("t1", "gamma")).toBe("open");
    sim.clearFaults();
  });
});

describe("lib/http: outbound rate limit per tenant+vendor", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startEchoSimulator();
  });
  afterAll(() => sim.close());

  it("refuses with RATE_LIMITED when no slot frees before the deadline, per tenant", async () => {
    const http = createHttp({ logger, upstream: { echo: { rateLimit: { perSecond: 1, burst: 1 }, deadlineMs: 200 } } });
    const r = (tenantId: string): VendorRequest => ({
      vendor: "echo",
      operation: "get_lead",
      method: "GET",
      url: `${sim.url}/leads/1`,
      tenantId,
    });
    expect((await http.request(new UpstreamStats(), r("t1"))).status).toBe(200);
    const err = await caught(http.request(new UpstreamStats(), r("t1")));
    expect(err.extensions).toMatchObject({ code: "RATE_LIMITED", vendor: "echo" });
    expect(err.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(sim.callCount("get_lead")).toBe(1);
    // another tenant has its own allowance
    expect((await http.request(new UpstreamStats(), r("t2"))).status).toBe(200);
  });

  it("smooths a burst by waiting for slots that come before the deadline", async () => {
    sim.clearCalls();
    const http = createHttp({ logger, upstream: { echo: { rateLimit: { perSecond: 20, burst: 1 }, deadlineMs: 5000 } } });
    const r: VendorRequest = { vendor: "echo", operation: "get_lead", method: "GET", url: `${sim.url}/leads/1`, tenantId: "t1" };
    const res = await Promise.all(Array.from({ length: 5 }, () => http.request(new UpstreamStats(), r)));
    expect(res.map((x) => x.status)).toEqual([200, 200, 200, 200, 200]);
    const at = sim.calls("get_lead").map((c) => c.at);
    // 5 requests at 20/s with no burst span at least 4 × 50 ms
    expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(180);
  });
});

describe("lib/http: tenant scoping and replicas", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startEchoSimulator();
  });
  afterAll(() => sim.close());

  it(
    "httpForTenant (what vendorCall hands adapters) scopes the breaker to the tenant even when the adapter passes no tenantId",
    async () => {
      const { httpForTenant } = await import("../../src/lib/http.js");
      const http = createHttp({ logger, upstream: { echo: { breaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 } } } });
      const req: VendorRequest = { vendor: "echo", operation: "get_lead", method: "GET", url: `${sim.url}/leads/1` };
      sim.inject("get_lead", { status: 500, body: "{}" });
      const a = httpForTenant(http, "tenant-a");
      await a.request(new UpstreamStats(), req);
      await a.request(new UpstreamStats(), req);
      expect(http.circuitState?.("tenant-a", "echo")).toBe("open");
      expect(http.circuitState?.("global", "echo")).toBe("closed");
      sim.clearFaults();
      expect((await httpForTenant(http, "tenant-b").request(new UpstreamStats(), req)).status).toBe(200);
    },
  );
});

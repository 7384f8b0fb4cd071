import { randomUUID } from "node:crypto";
import { REDIS_URL, redisUp } from "../helpers/redis.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisWindowLimiter, TokenBucketLimiter } from "../../src/lib/rate-limit.js";

describe("TokenBucketLimiter", () => {
  it("admits a burst, then one token per 1/perSecond, each waiter holding its place in line", () => {
    let now = 0;
    const b = new TokenBucketLimiter(() => now);
    const limit = { perSecond: 10, burst: 2 };
    expect(b.reserve("k", limit, 1000)).toEqual({ waitMs: 0 });
    expect(b.reserve("k", limit, 1000)).toEqual({ waitMs: 0 });
    expect(b.reserve("k", limit, 1000)).toEqual({ waitMs: 100 });
    expect(b.reserve("k", limit, 1000)).toEqual({ waitMs: 200 });
    // a wait past the caller's budget is refused and reserves nothing
    expect(b.reserve("k", limit, 250)).toEqual({ refusedMs: 300 });
    now = 1000;
    expect(b.reserve("k", limit, 0)).toEqual({ waitMs: 0 });
    // keys are independent
    expect(b.reserve("other", limit, 0)).toEqual({ waitMs: 0 });
  });
});

describe("RedisWindowLimiter (REDIS_URL)", async () => {
  const up = await redisUp();
  const prefix = `leadgraph:test:rl:${randomUUID()}:`;
  let a: RedisWindowLimiter;
  let b: RedisWindowLimiter;
  beforeAll(async () => {
    if (!up) return;
    a = new RedisWindowLimiter(REDIS_URL, undefined, prefix);
    b = new RedisWindowLimiter(REDIS_URL, undefined, prefix);
    expect(await a.ready()).toBe(true);
    expect(await b.ready()).toBe(true);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it.skipIf(!up)("two replicas share one allowance per tenant+vendor", async () => {
    // start early in a one-second window so the burst below stays inside it
    while (Date.now() % 1000 > 300) await new Promise((r) => setTimeout(r, 20));
    const limit = { perSecond: 3 };
    const results = await Promise.all([a, b, a, b, a, b].map((l) => l.acquire("t1:echo", limit, 0)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok)).toHaveLength(3);
    // another tenant's key is untouched
    expect((await b.acquire("t2:echo", limit, 0)).ok).toBe(true);
  });

  it.skipIf(!up)("two LeadGraph replicas (two Http instances) share the outbound limit through Redis", async () => {
    const { createHttp } = await import("../../src/lib/http.js");
    const { createLogger } = await import("../../src/lib/logger.js");
    const { UpstreamStats } = await import("../../src/lib/upstream-stats.js");
    const { startEchoSimulator } = await import("../fixtures/echo-vendor.js");
    const sim = await startEchoSimulator();
    try {
      // The deadline bounds both the wait for a token and the call. Started in the first 100 ms of a
      // window, a request over the limit would wait ≥ 900 ms for the next one, more than any deadline
      // below 900 allows, so it is refused at once; 500 ms leaves the admitted calls room on a loaded
      // machine (at 100 an admitted call that took longer failed the test).
      const upstream = { echo: { rateLimit: { perSecond: 2 }, deadlineMs: 500 } };
      const logger = createLogger({ level: "silent" });
      const r1 = createHttp({ logger, upstream, rateLimiter: a });
      const r2 = createHttp({ logger, upstream, rateLimiter: b });
      const tenantId = `t-${randomUUID()}`;
      while (Date.now() % 1000 > 100) await new Promise((r) => setTimeout(r, 10));
      const results = await Promise.allSettled(
        [r1, r2, r1, r2].map((h) =>
          h.request(new UpstreamStats(), { vendor: "echo", operation: "get_lead", method: "GET", url: `${sim.url}/leads/1`, tenantId }),
        ),
      );
      expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(2);
      const refused = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
      expect(refused.map((x) => (x.reason as { extensions: { code: string } }).extensions.code)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
      expect(sim.callCount("get_lead")).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it("fails open to the in-process bucket when Redis is unreachable", async () => {
    const down = new RedisWindowLimiter("redis://127.0.0.1:1", undefined, prefix);
    const r = await down.acquire("t1:echo", { perSecond: 1 }, 0);
    expect(r.ok).toBe(true);
    expect((await down.acquire("t1:echo", { perSecond: 1 }, 0)).ok).toBe(false);
    await down.close();
  });
});

import { randomUUID } from "node:crypto";
import { REDIS_URL, redisUp } from "../helpers/redis.js";
import { afterAll, describe, expect, it } from "vitest";
import { createAppPubSub, type PubSub } from "../../src/lib/pubsub.js";
import { createRateLimiter, RedisWindowLimiter, type RateLimiter } from "../../src/lib/rate-limit.js";

/**
 * LEADGRAPH_CACHE_NAMESPACE separates everything a deployment keeps in a shared Redis, not only
 * the cache: subscription channels and outbound rate-limit counters too. Replicas of one
 * deployment (same namespace) share them; another deployment (other namespace) sees none of it.
 */
describe("one Redis, two deployments (LEADGRAPH_CACHE_NAMESPACE)", async () => {
  const up = await redisUp();
  const run = randomUUID().slice(0, 8);
  const [nsA, nsB] = [`lg-test-a-${run}`, `lg-test-b-${run}`];
  const closers: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(closers.map((c) => c.close()));
  });
  const pubsub = (ns: string): PubSub => {
    const ps = createAppPubSub(REDIS_URL, ns);
    closers.push(ps);
    return ps;
  };
  const limiter = async (ns: string): Promise<RateLimiter> => {
    const l = createRateLimiter({ redisUrl: REDIS_URL, namespace: ns });
    closers.push(l);
    expect(l).toBeInstanceOf(RedisWindowLimiter);
    expect(await (l as RedisWindowLimiter).ready()).toBe(true); // connected: no in-process fallback
    return l;
  };

  it.skipIf(!up)("a subscription event reaches the other replica of its deployment, never the other deployment", async () => {
    const [a1, a2, b1] = [pubsub(nsA), pubsub(nsA), pubsub(nsB)];
    const topic = "kartra:completed:demo"; // the same tenant id in both deployments
    const seen: { a: unknown[]; b: unknown[] } = { a: [], b: [] };
    const listen = (ps: PubSub, into: unknown[]) => {
      const it = ps.subscribe(topic)[Symbol.asyncIterator]();
      void (async () => {
        for (let r = await it.next(); !r.done; r = await it.next()) into.push(r.value);
      })();
      return it;
    };
    const subs = [listen(a2, seen.a), listen(b1, seen.b)];
    await new Promise((r) => setTimeout(r, 200)); // SUBSCRIBE reaches Redis
    a1.publish(topic, { from: "a" });
    await expect.poll(() => seen.a, { timeout: 3000 }).toEqual([{ from: "a" }]);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.b).toEqual([]);
    await Promise.all(subs.map((s) => s.return?.()));
  });

  it.skipIf(!up)("outbound rate limits are shared by a deployment's replicas, separate between deployments", async () => {
    const [a1, a2, b1] = await Promise.all([limiter(nsA), limiter(nsA), limiter(nsB)]);
    while (Date.now() % 1000 > 300) await new Promise((r) => setTimeout(r, 20)); // one window for the burst
    const limit = { perSecond: 2 };
    const ok = async (l: RateLimiter) => (await l.acquire("demo:trackdrive", limit, 0)).ok;
    expect([await ok(a1), await ok(a2), await ok(a1)]).toEqual([true, true, false]);
    expect([await ok(b1), await ok(b1)]).toEqual([true, true]);
  });
});

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createCache } from "../../src/cache/index.js";
import { estimateBytes, LruMap } from "../../src/cache/lru-map.js";
import { createLogger } from "../../src/lib/logger.js";
import { toLead } from "../../src/vendors/clienttether/mapper.js";
import { demoClient } from "../../src/vendors/clienttether/simulator.js";
import type { Lead } from "../../src/model/lead.js";

/**
 * The in-memory cache (the default, no Redis) stays bounded however many distinct leads pass
 * through it: 100,000 mapped ClientTether leads go through createCache(...).forTenant(...).set
 * and the LRU's entry count and byte estimate never pass their configured bounds, and the heap
 * after a full GC has grown by an amount on the order of the byte bound — not of the 100,000
 * leads. Without the bound, each assertion here fails (the heap one by hundreds of MB).
 */

// A real full collection without starting the worker with --expose-gc: the flag can be turned
// on at runtime, and a fresh context then exposes `gc`.
const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  })();

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Lead number `i` as LeadGraph caches it: the simulator's demo record (a distinct id) through the real mapper. */
function lead(i: number): Lead {
  return toLead(demoClient(i, String(10_000_000 + i)), { defaultCountry: "US", timezone: "America/New_York" });
}

const LEADS = 100_000;
const silent = createLogger({ level: "silent" });

/** Sets LEADS distinct leads; checks the bounds after every write and returns the peak seen. */
async function fill(maxEntries: number, maxBytes: number) {
  const cache = createCache({ maxEntries, maxBytes, logger: silent });
  const lru = cache.keyv.store as LruMap<string, unknown>;
  expect(lru).toBeInstanceOf(LruMap);
  const tenant = cache.forTenant("acme");
  let peakEntries = 0;
  let peakBytes = 0;
  for (let i = 0; i < LEADS; i++) {
    await tenant.set("clienttether:client", String(i), lead(i), 60);
    peakEntries = Math.max(peakEntries, lru.size);
    peakBytes = Math.max(peakBytes, lru.totalBytes);
  }
  return { cache, lru, tenant, peakEntries, peakBytes };
}

describe("in-memory cache: memory stays flat over 100,000 distinct leads", () => {
  it("the leads are realistic: a few hundred bytes to a few KB each as the LRU counts them", () => {
    for (const i of [0, 1, 3, 4, 99_999]) {
      const bytes = estimateBytes(lead(i));
      expect(bytes).toBeGreaterThan(300);
      expect(bytes).toBeLessThan(4096);
    }
  });

  it("bounded by bytes: never over maxBytes, and the heap grows by about the bound, not by the leads", async () => {
    const maxBytes = 8 * 1024 * 1024;
    const before = heapAfterGc();
    const { cache, lru, tenant, peakEntries, peakBytes } = await fill(1_000_000, maxBytes);
    expect(peakBytes).toBeLessThanOrEqual(maxBytes);
    // the bound was reached (evicting), not vacuous: full to within one lead of it
    expect(lru.totalBytes).toBeGreaterThan(maxBytes - 4096);
    expect(peakEntries).toBeLessThan(LEADS);
    const estimatedAll = Array.from({ length: 10 }, (_, k) => estimateBytes(lead(k * 9_999))).reduce((a, b) => a + b, 0) * (LEADS / 10);
    expect(estimatedAll).toBeGreaterThan(5 * maxBytes); // what keeping every lead would have cost

    const growth = heapAfterGc() - before;
    // Live objects cost somewhat more than their serialized estimate (object headers, the
    // Map's own tables); 3× the bound plus a little slack leaves room for that and is still
    // far below the ~100k leads kept without a bound.
    expect(growth).toBeLessThan(3 * maxBytes + 8 * 1024 * 1024);

    // least recently used went first: the newest lead is there, the oldest is not
    expect(await tenant.get("clienttether:client", String(LEADS - 1))).toMatchObject({ nativeId: String(10_000_000 + LEADS - 1) });
    expect(await tenant.get("clienttether:client", "0")).toBeUndefined();
    lru.clear();
    await cache.close();
  });

  it("bounded by entries: never more than maxEntries, whatever the byte bound allows", async () => {
    const maxEntries = 2_000;
    const { cache, lru, tenant, peakEntries, peakBytes } = await fill(maxEntries, 64 * 1024 * 1024);
    expect(peakEntries).toBe(maxEntries);
    expect(lru.size).toBe(maxEntries);
    expect(peakBytes).toBeLessThan(64 * 1024 * 1024);
    expect(await tenant.get("clienttether:client", String(LEADS - maxEntries))).toBeDefined();
    expect(await tenant.get("clienttether:client", String(LEADS - maxEntries - 1))).toBeUndefined();
    await cache.close();
  });
});

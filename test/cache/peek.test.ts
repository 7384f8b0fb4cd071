import { describe, expect, it } from "vitest";
import { createCache } from "../../src/cache/index.js";
import { createLogger } from "../../src/lib/logger.js";
import { UpstreamStats } from "../../src/lib/upstream-stats.js";

const logger = createLogger({ level: "silent" });

describe("TenantCache.peek (the in-process store answering at once)", () => {
  it("returns what set stored, by reference, and counts a hit; a miss returns undefined and counts nothing", async () => {
    const cache = createCache({ logger });
    const stats = new UpstreamStats();
    const t = cache.forTenant("t1", stats);
    const value = Object.freeze({ client_id: 1 });
    await t.set("ns", "1", value, 60);
    expect(t.peek!("ns", "1")).toBe(value);
    expect(t.peek!("ns", "2")).toBeUndefined();
    expect({ hits: stats.cacheHits, misses: stats.cacheMisses }).toEqual({ hits: 1, misses: 0 });
    // the miss is counted once, by the read the caller falls back to
    expect(await t.get("ns", "2")).toBeUndefined();
    expect({ hits: stats.cacheHits, misses: stats.cacheMisses }).toEqual({ hits: 1, misses: 1 });
  });

  it("sees only its tenant's entries and nothing once an entry expired or was deleted", async () => {
    const cache = createCache({ logger });
    const a = cache.forTenant("a");
    await a.set("ns", "k", "A", 60);
    expect(cache.forTenant("b").peek!("ns", "k")).toBeUndefined();
    await a.set("ns", "short", "x", 0.001);
    await new Promise((r) => setTimeout(r, 5));
    expect(a.peek!("ns", "short")).toBeUndefined();
    await a.delete("ns", ["k"]);
    expect(a.peek!("ns", "k")).toBeUndefined();
  });

  it("is absent on a Redis cache: every read there goes through keyv", () => {
    const cache = createCache({ logger, redisUrl: "redis://127.0.0.1:6379" });
    expect(cache.forTenant("t").peek).toBeUndefined();
    return cache.close();
  });
});

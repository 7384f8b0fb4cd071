import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { createRedisClient, RedisHealth } from "../lib/redis.js";
import type { Logger } from "../lib/logger.js";

/**
 * The Redis layer of the cache (keyv's Map-like store contract, so keyv keeps its TTLs and
 * serialization), failing open fast: every command is bounded by `CACHE_COMMAND_TIMEOUT_MS`,
 * and after the first failure the health flag skips Redis entirely (a read answers "miss" at
 * once) until a PING answers again. Reads never throw; writes are dropped while Redis is down.
 */
export const CACHE_COMMAND_TIMEOUT_MS = 100;

export class GuardedRedisStore {
  /** Set by keyv (LEADGRAPH_CACHE_NAMESPACE). */
  namespace?: string;
  readonly health: RedisHealth;

  constructor(url: string, logger?: Logger) {
    this.health = new RedisHealth(createRedisClient(url, { role: "cache", logger, commandTimeoutMs: CACHE_COMMAND_TIMEOUT_MS }));
  }

  get(key: string): Promise<string | undefined> {
    return this.health.run(async (r) => (await r.get(key)) ?? undefined, undefined);
  }

  getMany(keys: string[]): Promise<(string | undefined)[]> {
    const misses = keys.map(() => undefined);
    return this.health.run(async (r) => (await r.mget(keys)).map((v) => v ?? undefined), misses);
  }

  async set(key: string, value: string, ttlMs?: number): Promise<boolean> {
    return this.health.run(async (r) => {
      if (ttlMs && ttlMs > 0) await r.set(key, value, "PX", ttlMs);
      else await r.set(key, value);
      return true;
    }, false);
  }

  delete(key: string): Promise<boolean> {
    return this.health.run(async (r) => (await r.del(key)) > 0, false);
  }

  has(key: string): Promise<boolean> {
    return this.health.run(async (r) => (await r.exists(key)) > 0, false);
  }

  /** Deletes this namespace's keys (tests). */
  async clear(): Promise<void> {
    await this.health.run(async (r) => {
      let cursor = "0";
      do {
        const [next, keys] = await r.scan(cursor, "MATCH", `${this.namespace ?? ""}:*`, "COUNT", 500);
        cursor = next;
        if (keys.length) await r.del(...keys);
      } while (cursor !== "0");
    }, undefined);
  }

  /** For /readyz: a round trip, bounded by the command timeout; false at once while the flag is down. */
  async ping(): Promise<boolean> {
    return this.health.run(async (r) => (await r.ping()) === "PONG", false);
  }

  disconnect(): void {
    this.health.close();
  }
}

/** Apollo's persisted-query cache on the same guarded client: a miss while Redis is down makes the client resend the query. */
export function persistedQueryCache(store: GuardedRedisStore, prefix: string): KeyValueCache<string> {
  return {
    get: (key) => store.get(`${prefix}:${key}`),
    set: async (key, value, opts) => {
      await store.set(`${prefix}:${key}`, value, opts?.ttl ? opts.ttl * 1000 : undefined);
    },
    delete: (key) => store.delete(`${prefix}:${key}`),
  };
}

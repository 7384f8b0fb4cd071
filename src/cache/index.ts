import { Keyv } from "keyv";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { GuardedRedisStore, persistedQueryCache } from "./redis-store.js";
import { LruMap } from "./lru-map.js";
import type { Logger } from "../lib/logger.js";
import type { UpstreamStats } from "../lib/upstream-stats.js";
import type { Metrics } from "../lib/metrics.js";

/**
 * Three layers of caching for vendor reads, each for a reason:
 * - layer 0: DataLoader memo — per request, unbounded, dropped with the response. Makes the
 *   same lead asked twice in one query cost one read.
 * - layer 1: keyv over an in-process LRU (bounded, TTL) — the default; no servers needed.
 * - layer 2: keyv over Redis when REDIS_URL is set — shared by replicas, so a lead cached by
 *   one is served by all and a write through one invalidates it for all.
 * Keys are `<tenant>:<vendor namespace>:<key>`: one tenant never reads another's entries. In
 * Redis they sit under LEADGRAPH_CACHE_NAMESPACE, so deployments (or test runs) sharing one
 * Redis never read each other's entries either.
 * Writes through LeadGraph delete the keys they change. The cache fails open: when Redis is
 * down reads miss and writes are swallowed, and requests go to the vendor. Redis commands are
 * bounded at 100 ms, and after one failure a health flag skips Redis until it answers a PING
 * again (redis-store.ts): a read while Redis is down costs what a miss costs.
 */
export interface TenantCache {
  get<T>(ns: string, key: string): Promise<T | undefined>;
  getMany<T>(ns: string, keys: string[]): Promise<(T | undefined)[]>;
  /**
   * A hit the in-process store can answer at once, counted as one; undefined for anything else
   * (a miss, an expired entry, or a Redis cache), which the caller then asks `get`/`getMany`
   * for, so a miss is counted once, there. A warm read answered this way needs no loader and
   * no promise: graphql-js then completes the field synchronously.
   */
  peek?<T>(ns: string, key: string): T | undefined;
  set(ns: string, key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(ns: string, keys: string[]): Promise<void>;
  /** Bound to one request's stats so hits/misses show in `extensions.upstream`. */
  withStats(stats: UpstreamStats): TenantCache;
}

export interface AppCache {
  keyv: Keyv;
  kind: "memory" | "redis";
  forTenant(tenantId: string, stats?: UpstreamStats): TenantCache;
  /** For /readyz: can we read and write? */
  ping(): Promise<boolean>;
  /** Apollo's persisted-query cache: on Redis (shared by replicas) when REDIS_URL is set, else undefined (Apollo's own LRU). */
  persistedQueries?: KeyValueCache<string>;
  close(): Promise<void>;
}

export interface CacheOptions {
  redisUrl?: string;
  /** Redis key prefix (LEADGRAPH_CACHE_NAMESPACE, default `leadgraph`); ignored in memory. */
  namespace?: string;
  maxEntries?: number;
  maxBytes?: number;
  logger: Logger;
  metrics?: Metrics;
}

export function createCache(opts: CacheOptions): AppCache {
  const redis = opts.redisUrl ? new GuardedRedisStore(opts.redisUrl, opts.logger) : undefined;
  const memory = redis ? undefined : new LruMap<string, unknown>(opts.maxEntries ?? 50_000, opts.maxBytes ?? 64 * 1024 * 1024);
  const keyv = memory
    ? // No JSON round-trip in-process: values are plain frozen data, stored by reference.
      new Keyv({ store: memory, serialize: undefined, deserialize: undefined })
    : new Keyv({ store: redis, namespace: opts.namespace ?? "leadgraph" });
  keyv.on("error", (err: unknown) => opts.logger.warn({ err: (err as Error)?.message }, "cache error (failing open)"));
  const shared: Shared = { keyv, memory, logger: opts.logger, metrics: opts.metrics };
  const forTenant = (tenantId: string, stats?: UpstreamStats): TenantCache => new TenantView(shared, tenantId, stats);

  return {
    keyv,
    kind: opts.redisUrl ? "redis" : "memory",
    forTenant,
    persistedQueries: redis ? persistedQueryCache(redis, `${opts.namespace ?? "leadgraph"}-apq`) : undefined,
    async ping() {
      if (redis) return redis.ping();
      try {
        await keyv.set("__ping", "1", 5000);
        return (await keyv.get("__ping")) === "1";
      } catch {
        return false;
      }
    },
    async close() {
      if (redis) redis.disconnect();
      else await keyv.disconnect().catch(() => {});
    },
  };
}

interface Shared {
  keyv: Keyv;
  /** The in-process store under keyv; undefined on Redis. */
  memory?: LruMap<string, unknown>;
  logger: Logger;
  metrics?: Metrics;
}

/**
 * One tenant's view of the cache, optionally bound to a request's stats. A class, not an object
 * of closures: every request makes one, and its methods live on the prototype.
 */
class TenantView implements TenantCache {
  readonly peek?: <T>(ns: string, key: string) => T | undefined;

  constructor(
    private readonly shared: Shared,
    private readonly tenantId: string,
    private readonly stats?: UpstreamStats,
  ) {
    // absent on Redis, so callers see there is no synchronous answer to ask for
    this.peek = shared.memory ? this.peekMemory : undefined;
  }

  private key(ns: string, key: string): string {
    return `${this.tenantId}:${ns}:${key}`;
  }

  private count(ns: string, hit: boolean): void {
    this.shared.metrics?.cache.inc({ namespace: ns, result: hit ? "hit" : "miss" });
    if (!this.stats) return;
    if (hit) this.stats.cacheHits++;
    else this.stats.cacheMisses++;
  }

  async get<T>(ns: string, key: string): Promise<T | undefined> {
    const v = await this.shared.keyv.get<T>(this.key(ns, key)).catch(() => undefined);
    this.count(ns, v !== undefined);
    return v as T | undefined;
  }

  async getMany<T>(ns: string, keys: string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const { keyv } = this.shared;
    const vs = (await keyv.getMany<T>(keys.map((key) => this.key(ns, key))).catch(() => keys.map(() => undefined))) as (T | undefined)[];
    for (const v of vs) this.count(ns, v !== undefined);
    return vs;
  }

  private peekMemory<T>(ns: string, key: string): T | undefined {
    const { keyv, memory } = this.shared;
    // keyv keeps `{ value, expires }` under its own prefixed key; this reads the same entry
    const k = this.key(ns, key);
    const entry = memory!.get(keyv.useKeyPrefix && keyv.namespace ? `${keyv.namespace}:${k}` : k) as
      { value: unknown; expires?: number } | undefined | null;
    if (entry == null || (typeof entry.expires === "number" && Date.now() > entry.expires)) return undefined;
    this.count(ns, true);
    return entry.value as T;
  }

  async set(ns: string, key: string, value: unknown, ttlSeconds: number): Promise<void> {
    if (ttlSeconds <= 0) return;
    await this.shared.keyv.set(this.key(ns, key), value, ttlSeconds * 1000).catch((err: unknown) => {
      this.shared.logger.warn({ err: (err as Error)?.message, ns }, "cache write failed (ignored)");
    });
  }

  async delete(ns: string, keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.shared.keyv.delete(this.key(ns, key)).catch(() => false)));
  }

  withStats(stats: UpstreamStats): TenantCache {
    return new TenantView(this.shared, this.tenantId, stats);
  }
}

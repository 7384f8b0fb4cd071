import type { Redis } from "ioredis";
import { createRedisClient, RedisHealth } from "./redis.js";
import type { Logger } from "./logger.js";

/**
 * Outbound rate limiting per tenant+vendor, so LeadGraph never sends a vendor more than the
 * configured requests per second on behalf of one tenant (vendors throttle per credential).
 *
 * - In-process (default): a token bucket per key, `perSecond` tokens a second, holding at
 *   most `burst`. A caller that finds it empty reserves the next token and waits for it,
 *   so a burst of fan-out is smoothed instead of refused — unless the wait would pass the
 *   caller's deadline, then it is refused at once with the wait it would have needed.
 * - Shared (REDIS_URL set): a fixed one-second window counted in Redis (INCR + PEXPIRE in one
 *   Lua call), so every replica draws from the same allowance. A fixed window admits up to
 *   2× the rate across a window boundary — accepted for its one round trip per request. When
 *   Redis is unreachable the limiter fails open to the in-process bucket (and logs it).
 */
export interface RateLimit {
  perSecond: number;
  /** Largest burst (bucket size). Default: `perSecond`. In-process only. */
  burst?: number;
}

export type Admission = { ok: true; waitedMs: number } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  /** Waits for a slot under `limit` for `key` for at most `maxWaitMs`. */
  acquire(key: string, limit: RateLimit, maxWaitMs: number): Promise<Admission>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class TokenBucketLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Reserves a token; returns how long to wait for it, or a refusal when that is too long. */
  reserve(key: string, limit: RateLimit, maxWaitMs: number): { waitMs: number } | { refusedMs: number } {
    const burst = Math.max(1, limit.burst ?? limit.perSecond);
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * limit.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    // Tokens may go negative: each waiter holds its place in line.
    const waitMs = b.tokens >= 1 ? 0 : ((1 - b.tokens) / limit.perSecond) * 1000;
    if (waitMs > maxWaitMs) return { refusedMs: Math.ceil(waitMs) };
    b.tokens -= 1;
    return { waitMs };
  }

  async acquire(key: string, limit: RateLimit, maxWaitMs: number): Promise<Admission> {
    const r = this.reserve(key, limit, maxWaitMs);
    if ("refusedMs" in r) return { ok: false, retryAfterMs: r.refusedMs };
    if (r.waitMs > 0) await sleep(r.waitMs);
    return { ok: true, waitedMs: r.waitMs };
  }

  async close() {}
}

const WINDOW_SCRIPT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return c`;

export class RedisWindowLimiter implements RateLimiter {
  private readonly redis: Redis;
  private readonly health: RedisHealth;
  private readonly fallback = new TokenBucketLimiter();
  private warned = false;

  constructor(
    redisUrl: string,
    private readonly logger?: Logger,
    private readonly prefix = "leadgraph:rl:",
  ) {
    // No offline queue: while Redis is down a command fails at once and we fall back,
    // instead of every outbound vendor call waiting on a reconnect.
    // Commands bounded at 200 ms, and skipped while the health flag is down (lib/redis.ts).
    this.health = new RedisHealth(createRedisClient(redisUrl, { role: "rate-limit", logger, commandTimeoutMs: 200 }));
    this.redis = this.health.client;
  }

  async acquire(key: string, limit: RateLimit, maxWaitMs: number): Promise<Admission> {
    const started = Date.now();
    for (;;) {
      const now = Date.now();
      const window = Math.floor(now / 1000);
      let count: number;
      try {
        if (!this.health.healthy) throw new Error("redis unavailable");
        count = Number(await this.redis.eval(WINDOW_SCRIPT, 1, `${this.prefix}${key}:${window}`, "2000"));
        this.warned = false;
      } catch (e) {
        if (this.health.healthy) this.health.fail(e);
        if (!this.warned) this.logger?.warn({ err: (e as Error).message }, "rate limiter: Redis unavailable, limiting in-process");
        this.warned = true;
        return this.fallback.acquire(key, limit, maxWaitMs - (now - started));
      }
      if (count <= Math.max(1, Math.floor(limit.perSecond))) return { ok: true, waitedMs: now - started };
      const untilNext = (window + 1) * 1000 - now + 1;
      if (now - started + untilNext > maxWaitMs) return { ok: false, retryAfterMs: untilNext };
      await sleep(untilNext);
    }
  }

  /** Resolves once connected (true) or after `timeoutMs` (false); until then calls limit in-process. */
  async ready(timeoutMs = 2000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!this.health.healthy) {
      if (Date.now() >= until) return false;
      await sleep(10);
    }
    return true;
  }

  async close() {
    this.health.close();
  }
}

/** `namespace` (LEADGRAPH_CACHE_NAMESPACE) prefixes the Redis counters: deployments sharing a Redis keep their own allowances. */
export function createRateLimiter(opts: { redisUrl?: string; namespace?: string; logger?: Logger }): RateLimiter {
  return opts.redisUrl
    ? new RedisWindowLimiter(opts.redisUrl, opts.logger, `${opts.namespace ?? "leadgraph"}:rl:`)
    : new TokenBucketLimiter();
}

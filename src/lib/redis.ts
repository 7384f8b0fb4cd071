import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "./logger.js";

/**
 * Every Redis connection LeadGraph opens, with bounds (DESIGN "When infrastructure fails"):
 * - `connectTimeout` 1 s per connection attempt, reconnects every ≤ 1 s forever;
 * - `commandTimeout` per command (the cache passes 100 ms: a cache that answers later than a
 *   vendor miss costs is worth nothing);
 * - no offline queue unless asked: while Redis is down a command fails at once;
 * - a command timeout drops the connection and reconnects. A connection a partition silently
 *   dropped (no RST, no FIN) never errors by itself, and TCP keepalive cannot see it when a
 *   proxy or NAT in between still answers: the timeout is what notices;
 * - an `error` listener on every client, so no Redis fault is ever an unhandled event.
 */
export interface RedisClientOptions {
  logger?: Logger;
  /** What the client is for, in log lines (`cache`, `pubsub-publish`, …). */
  role: string;
  /** Per command; 0 = none (the subscriber, whose queued SUBSCRIBEs must not expire). Default 1000. */
  commandTimeoutMs?: number;
  /** Queue commands while disconnected (only the subscriber, whose SUBSCRIBEs must reach Redis). */
  offlineQueue?: boolean;
}

export const REDIS_CONNECT_TIMEOUT_MS = 1000;
/** Longest a connection may stay connected-but-not-ready before it is dropped and retried. */
const READY_TIMEOUT_MS = 1500;

export function createRedisClient(url: string, opts: RedisClientOptions): Redis {
  const options: RedisOptions = {
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    commandTimeout: opts.commandTimeoutMs === 0 ? undefined : (opts.commandTimeoutMs ?? 1000),
    enableOfflineQueue: opts.offlineQueue ?? false,
    maxRetriesPerRequest: opts.offlineQueue ? null : 0,
    keepAlive: 1000,
    retryStrategy: (times) => Math.min(times * 100, 1000),
    lazyConnect: false,
  };
  const client = new Redis(url, options);
  let warned = false;
  client.on("error", (err: Error) => {
    // one line per outage, not one per reconnect attempt
    if (!warned) opts.logger?.warn({ role: opts.role, err: err.message }, "redis error (will reconnect)");
    warned = true;
  });
  client.on("ready", () => {
    if (warned) opts.logger?.info({ role: opts.role }, "redis reconnected");
    warned = false;
  });
  // Connected but never ready: the TCP handshake reached something (a proxy, a NAT) and the ready
  // check is lost in a partition. ioredis waits forever there; start over instead.
  let connectedAt = 0;
  client.on("connect", () => (connectedAt = Date.now()));
  const watchdog = setInterval(() => {
    if (client.status === "connect" && Date.now() - connectedAt > READY_TIMEOUT_MS) client.disconnect(true);
  }, 250).unref();
  client.on("end", () => clearInterval(watchdog));
  return client;
}

/** Whether an error means "this connection is stuck" (as opposed to Redis answering an error). */
export function isTimeout(err: unknown): boolean {
  return /timed? ?out/i.test((err as Error)?.message ?? "");
}

/** `p`, or a timeout error after `ms`. */
export function withTimeout<T>(p: Promise<T>, ms: number, what = "redis command"): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A health flag in front of one client. `healthy` is false from the first failure until a
 * probe (PING, every `probeMs`) answers; while false, callers skip Redis without sending
 * anything, so a read costs no more than a cache miss. A probe that times out reconnects.
 */
export class RedisHealth {
  private up = false;
  private probing?: NodeJS.Timeout;

  constructor(
    readonly client: Redis,
    private readonly probeMs = 500,
  ) {
    client.on("ready", () => void this.probe());
    client.on("close", () => this.trip());
    if (client.status === "ready") this.up = true;
    else this.trip();
  }

  get healthy(): boolean {
    return this.up && this.client.status === "ready";
  }

  /** Runs `fn` when healthy (its failure trips the flag and yields `fallback`), else `fallback` at once. */
  async run<T>(fn: (r: Redis) => Promise<T>, fallback: T): Promise<T> {
    if (!this.healthy) return fallback;
    try {
      return await fn(this.client);
    } catch (err) {
      this.fail(err);
      return fallback;
    }
  }

  /** Like run, but rejects instead of falling back (writes whose caller logs). */
  async must<T>(fn: (r: Redis) => Promise<T>): Promise<T> {
    if (!this.healthy) throw new Error("redis unavailable");
    try {
      return await fn(this.client);
    } catch (err) {
      this.fail(err);
      throw err;
    }
  }

  fail(err: unknown): void {
    this.trip();
    if (isTimeout(err)) this.client.disconnect(true);
  }

  private trip(): void {
    this.up = false;
    this.probing ??= setInterval(() => void this.probe(), this.probeMs).unref();
  }

  private async probe(): Promise<void> {
    if (this.client.status !== "ready") return;
    try {
      await this.client.ping();
      this.up = true;
      clearInterval(this.probing);
      this.probing = undefined;
    } catch (err) {
      this.up = false;
      if (isTimeout(err)) this.client.disconnect(true);
    }
  }

  close(): void {
    clearInterval(this.probing);
    this.probing = undefined;
    this.client.disconnect();
  }
}

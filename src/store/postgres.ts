import pg from "pg";
import type { PostgresPool, PostgresPoolClient } from "kysely";
import { ServiceUnavailableError } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";

/**
 * The Postgres pool behind Kysely, bounded everywhere (DESIGN "When infrastructure fails"):
 * - opening a connection takes at most `PG_CONNECT_TIMEOUT_MS`; waiting for a busy pool's
 *   connection at most `PG_QUEUE_TIMEOUT_MS`, and not at all once the store is known down
 *   (one caller per 250 ms probes it; the first statement that succeeds clears the flag);
 * - a statement runs at most `PG_STATEMENT_TIMEOUT_MS` on the server (`statement_timeout`) and
 *   the client gives up `PG_QUERY_TIMEOUT_MS` after sending it (`query_timeout`), for when the
 *   server never hears of it (a partition);
 * - the server ends a session idle in a transaction for `PG_IDLE_IN_TRANSACTION_TIMEOUT_MS`
 *   (its client was cut off mid-transaction), so its locks do not outlive the partition;
 * - a connection that failed that way (timeout, reset, terminated by the server, failover) is
 *   destroyed on release, not handed to the next caller; idle ones close after 10 s, and TCP
 *   keepalive probes from 5 s;
 * - `error` listeners on the pool and on every client: a connection dropped while idle or in
 *   use is logged, never an unhandled `error` event (which ends a Node process).
 * Every failure of that kind reaches callers as ServiceUnavailableError (`SERVICE_UNAVAILABLE`);
 * SQL errors (a unique violation, …) pass through unchanged.
 */
/** Opening a new connection (TCP, TLS, auth): a partition past the handshake must not hang it. */
export const PG_CONNECT_TIMEOUT_MS = 2000;
/** Waiting for one of the pool's connections while they are all busy (a burst, not an outage). */
export const PG_QUEUE_TIMEOUT_MS = 10_000;
const POOL_MAX = 10;
/** While the store is known down, one caller per this interval tries it; the rest fail at once. */
const PROBE_EVERY_MS = 250;
export const PG_STATEMENT_TIMEOUT_MS = 3000;
export const PG_QUERY_TIMEOUT_MS = 3500;
export const PG_IDLE_IN_TRANSACTION_TIMEOUT_MS = 5000;

/** SQLSTATE classes that mean "the connection or server is gone", not "your SQL is wrong". */
const CONNECTION_SQLSTATE = /^(08|57P|53|58)/;

export function isConnectionFailure(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
    // a SQLSTATE: the server answered; only its connection classes (and 57014 query_canceled,
    // which statement_timeout raises) mean "unavailable"
    return CONNECTION_SQLSTATE.test(e.code) || e.code === "57014";
  }
  if (typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) return true; // ECONNRESET, ECONNREFUSED, EPIPE, ETIMEDOUT
  return /timeout|terminat|Connection|ECONN|socket|not queryable|Client has encountered a connection error/i.test(e.message ?? "");
}

/** The message names the dependency, not its address; the cause (with the driver's text) is in the log. */
const unavailable = (err: unknown) =>
  Object.assign(new ServiceUnavailableError("store", "the store (Postgres) is unavailable: nothing was saved; retry later"), {
    cause: err,
  });

export function createPgPool(connectionString: string, logger?: Logger): PostgresPool & { ping(): Promise<boolean> } {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_MAX,
    // pg's pool applies this to queue waits too; our own queue (below) keeps it to connects
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
    query_timeout: PG_QUERY_TIMEOUT_MS,
    statement_timeout: PG_STATEMENT_TIMEOUT_MS,
    // A client cut off mid-transaction (a partition) never sends its ROLLBACK: the server ends
    // such a session itself, releasing its locks (e.g. a webhook inbox's per-tenant advisory lock).
    idle_in_transaction_session_timeout: PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 5000,
  });
  let warned = false;
  const warn = (err: unknown, where: string) => {
    if (!warned) logger?.warn({ err: (err as Error)?.message, where }, "postgres connection error (will reconnect)");
    warned = true;
  };
  pool.on("error", (err) => warn(err, "idle client"));
  pool.on("connect", (client) => {
    client.on("error", (err) => warn(err, "client"));
    if (warned) logger?.info("postgres reconnected");
    warned = false;
  });

  // Health: down from a connection failure until a statement succeeds. While down, waiters are
  // refused at once and one caller per PROBE_EVERY_MS tries a connection.
  let downSince: number | undefined;
  let lastProbe = 0;
  const markUp = () => (downSince = undefined);
  const markDown = (err: unknown) => {
    downSince ??= Date.now();
    for (const w of waiters.splice(0)) w.reject(unavailable(err));
  };

  // A queue in front of pg's pool: at most POOL_MAX callers hold or open a connection; the
  // rest wait here up to PG_QUEUE_TIMEOUT_MS (a burst), and all are refused when the store goes down.
  let inUse = 0;
  const waiters: { resolve(): void; reject(e: Error): void }[] = [];
  const slot = (): Promise<void> => {
    if (inUse < POOL_MAX) {
      inUse++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const w = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (e: Error) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(w), 1);
        reject(unavailable(new Error(`no store connection free within ${PG_QUEUE_TIMEOUT_MS} ms`)));
      }, PG_QUEUE_TIMEOUT_MS);
      waiters.push(w);
    });
  };
  const freeSlot = () => {
    const next = waiters.shift();
    if (next) next.resolve();
    else inUse--;
  };

  const acquire = async (): Promise<pg.PoolClient> => {
    if (downSince !== undefined) {
      if (Date.now() - lastProbe < PROBE_EVERY_MS) throw unavailable(new Error("store is down (probing)"));
      lastProbe = Date.now();
    }
    await slot();
    try {
      return await pool.connect();
    } catch (err) {
      freeSlot();
      markDown(err);
      throw unavailable(err);
    }
  };

  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let broken: Error | undefined;
    let released = false;
    return {
      query: ((sqlOrCursor: string | object, params?: readonly unknown[]) => {
        if (typeof sqlOrCursor !== "string") return client.query(sqlOrCursor as never);
        // a connection that already failed fails at once (Kysely's ROLLBACK after a timeout would wait again)
        if (broken) return Promise.reject(unavailable(broken));
        return client.query(sqlOrCursor, params as unknown[]).then(
          (r) => (markUp(), r),
          (err: unknown) => {
            if (!isConnectionFailure(err)) throw err;
            broken = err as Error;
            markDown(err);
            throw unavailable(err);
          },
        );
      }) as unknown as PostgresPoolClient["query"],
      // destroyed, not pooled, when it failed: a timed-out connection may still be stuck
      release: () => {
        if (released) return;
        released = true;
        client.release(broken ?? undefined);
        freeSlot();
      },
    };
  };

  return {
    connect: async () => wrap(await acquire()),
    end: () => pool.end(),
    async ping() {
      try {
        const c = wrap(await acquire());
        try {
          await c.query("select 1", []);
          return true;
        } finally {
          c.release();
        }
      } catch {
        return false;
      }
    },
  };
}

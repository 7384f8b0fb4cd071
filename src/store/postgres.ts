import pg from "pg";
import type { PostgresPool, PostgresPoolClient } from "kysely";
import { ServiceUnavailableError } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";

/**
 * The Postgres pool behind Kysely, bounded everywhere (DESIGN "When infrastructure fails"):
 * - acquiring a connection (a free one, or a new one through connect + auth) waits at most
 *   `PG_ACQUIRE_TIMEOUT_MS`;
 * - a statement runs at most `PG_STATEMENT_TIMEOUT_MS` on the server (`statement_timeout`) and
 *   the client gives up `PG_QUERY_TIMEOUT_MS` after sending it (`query_timeout`), for when the
 *   server never hears of it (a partition);
 * - a connection that failed that way (timeout, reset, terminated by the server, failover) is
 *   destroyed on release, not handed to the next caller; idle ones close after 10 s, and TCP
 *   keepalive probes from 5 s;
 * - `error` listeners on the pool and on every client: a connection dropped while idle or in
 *   use is logged, never an unhandled `error` event (which ends a Node process).
 * Every failure of that kind reaches callers as ServiceUnavailableError (`SERVICE_UNAVAILABLE`);
 * SQL errors (a unique violation, …) pass through unchanged.
 */
export const PG_ACQUIRE_TIMEOUT_MS = 2000;
export const PG_STATEMENT_TIMEOUT_MS = 3000;
export const PG_QUERY_TIMEOUT_MS = 3500;

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
    max: 10,
    connectionTimeoutMillis: PG_ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
    query_timeout: PG_QUERY_TIMEOUT_MS,
    statement_timeout: PG_STATEMENT_TIMEOUT_MS,
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

  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let broken: Error | undefined;
    return {
      query: ((sqlOrCursor: string | object, params?: readonly unknown[]) => {
        if (typeof sqlOrCursor !== "string") return client.query(sqlOrCursor as never);
        // a connection that already failed fails at once (Kysely's ROLLBACK after a timeout would wait again)
        if (broken) return Promise.reject(unavailable(broken));
        return client.query(sqlOrCursor, params as unknown[]).catch((err: unknown) => {
          if (!isConnectionFailure(err)) throw err;
          broken = err as Error;
          throw unavailable(err);
        });
      }) as unknown as PostgresPoolClient["query"],
      // destroyed, not pooled, when it failed: a timed-out connection may still be stuck
      release: () => client.release(broken ?? undefined),
    };
  };

  return {
    async connect() {
      try {
        return wrap(await pool.connect());
      } catch (err) {
        throw unavailable(err);
      }
    },
    end: () => pool.end(),
    async ping() {
      try {
        const c = await pool.connect();
        let failed: Error | undefined;
        try {
          await c.query("select 1");
        } catch (err) {
          failed = err as Error;
        } finally {
          c.release(failed);
        }
        return !failed;
      } catch {
        return false;
      }
    },
  };
}

import { randomUUID } from "node:crypto";
import pg from "pg";

export const PG_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/**
 * A throwaway Postgres database for one test file, created through the shared `test`
 * database and dropped afterwards, so migrations and rows never meet another branch's or
 * test file's (Kysely's migrator introspects every schema, so a schema of our own is not
 * enough). Undefined when Postgres is unreachable.
 */
export async function freshPgDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const name = `lg_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1000 });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end().catch(() => {});
    }
  };
  try {
    await admin((c) => c.query(`create database ${name}`));
  } catch {
    return undefined;
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // Not `with (force)` at once: pg's pool.end() resolves before its connections have closed,
      // and a connection the server terminates while closing is an `error` event on a pool that
      // usually has no listener: an unhandled error in the test process (CI, stop 23). Those
      // sessions are gone within milliseconds; force is for one a test leaked.
      const deadline = Date.now() + DROP_WAIT_MS;
      for (;;) {
        try {
          await admin((c) => c.query(`drop database if exists ${name}${Date.now() > deadline ? " with (force)" : ""}`));
          return;
        } catch (e) {
          if ((e as { code?: string }).code !== OBJECT_IN_USE) throw e;
          await new Promise((r) => setTimeout(r, 25));
        }
      }
    },
  };
}

/** How long drop() waits for the database's other sessions to end before it terminates them. */
const DROP_WAIT_MS = 5000;
/** SQLSTATE 55006: "database … is being accessed by other users". */
const OBJECT_IN_USE = "55006";

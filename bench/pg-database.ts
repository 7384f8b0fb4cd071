import pg from "pg";

/** The Postgres the bench runs against (BENCH_DATABASE_URL); each scenario that writes gets a database of its own beside it. */
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/**
 * A throwaway database beside BENCH_DATABASE_URL's, for one scenario, so no earlier run's queued
 * rows are claimed and delivered while it is measured. Throws when it cannot be created.
 */
export async function freshBenchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: BENCH_DATABASE_URL, connectionTimeoutMillis: 2000 });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end().catch(() => {});
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(BENCH_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

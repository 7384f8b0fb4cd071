import { describe, expect, it } from "vitest";
import pg from "pg";
import { freshPgDatabase } from "./pg.js";

const up = await freshPgDatabase().then(async (d) => (await d?.drop(), !!d));

describe("freshPgDatabase().drop()", () => {
  // CI failed on stop 23 with two unhandled errors and every test green: pg's pool.end() resolves
  // once it has asked its connections to close, not once they have, and a `drop … with (force)`
  // right after terminated them: an `error` event on a pool without a listener. Each round here
  // catches what such a pool would have thrown; about one connection in seven was hit before.
  it.runIf(up)("drops right after a pool's end() without terminating the pool's closing connections", async () => {
    const errors: string[] = [];
    for (let round = 0; round < 10; round++) {
      const db = (await freshPgDatabase())!;
      const pool = new pg.Pool({ connectionString: db.url, max: 4 });
      pool.on("error", (e) => errors.push(e.message));
      await Promise.all(Array.from({ length: 8 }, () => pool.query("select pg_sleep(0.01)")));
      await pool.end();
      await db.drop();
    }
    await new Promise((r) => setTimeout(r, 200)); // a terminated connection reports a moment later
    expect(errors).toEqual([]);
  }, 60_000);

  it.runIf(up)("still drops a database whose connection a test leaked, terminating it after the wait", async () => {
    const db = (await freshPgDatabase())!;
    const leaked = new pg.Client({ connectionString: db.url });
    const ended = new Promise<string>((r) => leaked.on("error", (e) => r(e.message)));
    await leaked.connect();
    await db.drop();
    expect(await ended).toMatch(/terminat/);
    const admin = new pg.Client({ connectionString: db.url });
    await expect(admin.connect()).rejects.toThrow(/does not exist/);
  }, 30_000);
});

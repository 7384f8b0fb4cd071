import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import SqliteDatabase from "better-sqlite3";
import { sql, type Transaction } from "kysely";
import { openStore, type Store } from "../../src/store/index.js";
import { createGroupCommit, type Combined } from "../../src/store/group-commit.js";
import type { Database } from "../../src/store/schema.js";
import { freshPgDatabase } from "../helpers/pg.js";

type Dialect = "sqlite" | "postgres";

/** A second connection to the same database, which sees only what has committed. */
interface Observer {
  count(id: string): Promise<number>;
  close(): Promise<void>;
}

describe.each<Dialect>(["sqlite", "postgres"])("group commit (%s)", (dialect) => {
  let store: Store;
  let observer: Observer;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (dialect === "postgres") {
      const db = await freshPgDatabase();
      if (!db) throw new Error("Postgres is not reachable at TEST_DATABASE_URL");
      drop = db.drop;
      store = await openStore({ databaseUrl: db.url, dataDir: "" });
      const client = new pg.Pool({ connectionString: db.url, max: 4 });
      observer = {
        count: async (id) => Number((await client.query("select count(*) as n from gc_rows where id = $1", [id])).rows[0].n),
        close: () => client.end(),
      };
    } else {
      const dataDir = mkdtempSync(path.join(tmpdir(), "lg-group-commit-"));
      store = await openStore({ dataDir, sqliteFile: "gc.sqlite" });
      const other = new SqliteDatabase(path.join(dataDir, "gc.sqlite"), { readonly: true });
      observer = {
        count: async (id) => (other.prepare("select count(*) as n from gc_rows where id = ?").get(id) as { n: number }).n,
        close: async () => void other.close(),
      };
    }
    await sql`create table gc_rows (id text primary key, batch text)`.execute(store.db);
  });

  afterAll(async () => {
    await observer?.close();
    await store?.close();
    await drop?.();
  });

  const insert = (trx: Transaction<Database>, id: string) => sql`insert into gc_rows (id) values (${id})`.execute(trx);

  it("answers each work only after the commit that made its row visible to another connection", async () => {
    const gc = createGroupCommit(store, { maxWaitMs: 5 });
    const seenInside: number[] = [];
    const ids = Array.from({ length: 20 }, (_, i) => `ack-${i}`);
    const answered = await Promise.all(
      ids
        .map((id) =>
          gc.run(async (trx) => {
            await insert(trx, id);
            seenInside.push(await observer.count(id));
            return id;
          }),
        )
        .map((p) => p.then(async (id) => ({ id, visible: await observer.count(id) }))),
    );
    // inside the transaction no other connection sees the row; once answered, every one does
    expect(seenInside).toEqual(ids.map(() => 0));
    expect(answered).toEqual(ids.map((id) => ({ id, visible: 1 })));
  });

  it("runs the works that arrive together in one transaction, and at most maxBatch in one", async () => {
    const gc = createGroupCommit(store, { maxWaitMs: 5, maxBatch: 10 });
    const transactions: Transaction<Database>[] = [];
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        gc.run(async (trx) => {
          transactions.push(trx);
          await insert(trx, `batch-${i}`);
        }),
      ),
    );
    const distinct = [...new Set(transactions)];
    expect(distinct.length).toBe(3);
    expect(distinct.map((t) => transactions.filter((x) => x === t).length)).toEqual([10, 10, 5]);
  });

  it("by default batches what arrives in the same turn of the event loop, and starts at the next one", async () => {
    const gc = createGroupCommit(store);
    const transactions: Transaction<Database>[] = [];
    const work = (id: string) =>
      gc.run(async (trx) => {
        transactions.push(trx);
        await insert(trx, id);
      });
    await Promise.all([work("turn-1"), work("turn-2"), work("turn-3")]);
    expect(new Set(transactions).size).toBe(1);
    // no timer: the batch has started by the time a setImmediate queued after its first work runs,
    // so a work queued then goes to the next batch (a 1 ms timer would still be waiting, and take both)
    transactions.length = 0;
    const first = work("turn-a");
    await new Promise((r) => setImmediate(r));
    await Promise.all([first, work("turn-b")]);
    expect(new Set(transactions).size).toBe(2);
  });

  it("fails only the work that failed: the others of its batch commit and answer their own values", async () => {
    await store.db.transaction().execute((trx) => insert(trx, "taken"));
    const gc = createGroupCommit(store, { maxWaitMs: 5 });
    const ids = ["ok-1", "ok-2", "taken", "ok-3"];
    const results = await Promise.allSettled(
      ids.map((id) =>
        gc.run(async (trx) => {
          await insert(trx, id);
          return id;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(results.filter((r) => r.status === "fulfilled").map((r) => r.value)).toEqual(["ok-1", "ok-2", "ok-3"]);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/unique|UNIQUE|duplicate key/);
    expect(await Promise.all(ids.map((id) => observer.count(id)))).toEqual([1, 1, 1, 1]);
  });

  it.skipIf(dialect === "sqlite")(
    "with concurrency, a second batch commits beside a slow one once parallelFrom works wait, not before",
    async () => {
      const gc = createGroupCommit(store, { maxWaitMs: 0, concurrency: 2, parallelFrom: 3 });
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      const slow = gc.run(async (trx) => {
        await insert(trx, "par-slow");
        await gate;
      });
      await new Promise((r) => setImmediate(r)); // the slow batch has started
      const started: string[] = [];
      const work = (id: string) =>
        gc.run(async (trx) => {
          started.push(id);
          await insert(trx, id);
          return id;
        });
      const first = [work("par-1"), work("par-2")];
      await new Promise((r) => setTimeout(r, 50));
      expect(started).toEqual([]); // two waiting: below parallelFrom, they wait for the running batch
      const third = work("par-3");
      // three waiting: a batch of its own commits while the slow one still holds its transaction open
      expect(await Promise.all([...first, third])).toEqual(["par-1", "par-2", "par-3"]);
      expect(await observer.count("par-3")).toBe(1);
      expect(await observer.count("par-slow")).toBe(0);
      open();
      await slow;
      expect(await observer.count("par-slow")).toBe(1);
    },
  );

  it("rejects a lone work with its own error and leaves nothing of it behind", async () => {
    const gc = createGroupCommit(store, { maxWaitMs: 0 });
    const boom = new Error("refused by the work");
    await expect(
      gc.run(async (trx) => {
        await insert(trx, "rolled-back");
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await observer.count("rolled-back")).toBe(0);
  });

  it("hands the items of one kind to a single writeMany, in arrival order, between the plain works of the batch", async () => {
    const gc = createGroupCommit(store, { maxWaitMs: 5 });
    const calls: { trx: Transaction<Database>; items: string[] }[] = [];
    const order: string[] = [];
    const rows: Combined<string, string> = {
      async writeMany(trx, items) {
        calls.push({ trx, items });
        order.push(`many:${items.join(",")}`);
        await sql`insert into gc_rows (id) select * from ${sql.raw(`(values ${items.map((i) => `('${i}')`).join(",")}) as v`)}`.execute(
          trx,
        );
        return items.map((i) => `stored ${i}`);
      },
    };
    const plain = (id: string) =>
      gc.run(async (trx) => {
        order.push(id);
        await insert(trx, id);
        return id;
      });
    const results = await Promise.all([plain("w-1"), gc.add(rows, "m-1"), plain("w-2"), gc.add(rows, "m-2"), gc.add(rows, "m-3")]);
    expect(results).toEqual(["w-1", "stored m-1", "w-2", "stored m-2", "stored m-3"]);
    expect(calls.map((c) => c.items)).toEqual([["m-1", "m-2", "m-3"]]);
    expect(order).toEqual(["w-1", "many:m-1,m-2,m-3", "w-2"]);
    expect(await Promise.all(["w-1", "w-2", "m-1", "m-2", "m-3"].map((id) => observer.count(id)))).toEqual([1, 1, 1, 1, 1]);
  });

  it("writes each combined item alone when its batch fails: only the failing item is refused", async () => {
    await store.db.transaction().execute((trx) => insert(trx, "m-taken"));
    const gc = createGroupCommit(store, { maxWaitMs: 5 });
    const sizes: number[] = [];
    const rows: Combined<string, string> = {
      async writeMany(trx, items) {
        sizes.push(items.length);
        for (const i of items) await insert(trx, i);
        return items;
      },
    };
    const ids = ["m-ok-1", "m-taken", "m-ok-2"];
    const results = await Promise.allSettled(ids.map((id) => gc.add(rows, id)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(sizes).toEqual([3, 1, 1, 1]);
    expect(await Promise.all(ids.map((id) => observer.count(id)))).toEqual([1, 1, 1]);
  });

  it("flush() resolves once every queued work has committed", async () => {
    const gc = createGroupCommit(store, { maxWaitMs: 20 });
    const runs = ["f-1", "f-2", "f-3"].map((id) => gc.run((trx) => insert(trx, id)));
    await gc.flush();
    expect(await Promise.all(["f-1", "f-2", "f-3"].map((id) => observer.count(id)))).toEqual([1, 1, 1]);
    await Promise.all(runs);
  });
});

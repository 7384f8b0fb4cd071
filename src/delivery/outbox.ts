import { sql, type Generated, type Kysely, type Selectable } from "kysely";
import type { Store } from "../store/index.js";
import type { Database } from "../store/schema.js";
import type { Combined } from "../store/group-commit.js";
import { AppError } from "../lib/errors.js";
import type { DeliveryStatus } from "../model/delivery.js";

declare module "../store/schema.js" {
  interface Database {
    delivery_outbox: {
      id: GeneratedId;
      tenant_id: string;
      kind: OutboxKind;
      operation: string;
      vendor: string | null;
      target: string | null;
      dedupe_key: string | null;
      payload: string;
      status: string;
      attempts: number;
      next_attempt_at: number | null;
      budget_from: number;
      locked_until: number | null;
      lock_owner: string | null;
      progress: string | null;
      result: string | null;
      history: string;
      created_at: number;
      updated_at: number;
    };
    webhook_endpoints: { tenant_id: string; url: string; disabled_at: number | null; reason: string | null };
  }
}

type GeneratedId = Generated<number>;

/** A delivery to a vendor, or a message to a partner's webhook endpoint. */
export type OutboxKind = "vendor" | "webhook";
export type OutboxRow = Selectable<Database["delivery_outbox"]>;

/** Not final: a worker will attempt it (status names shared by both kinds). */
export const PENDING = ["QUEUED", "RETRYING"] as const;

export interface NewOutboxRow {
  tenantId: string;
  kind: OutboxKind;
  operation: string;
  vendor?: string | null;
  target?: string | null;
  dedupeKey?: string | null;
  payload: unknown;
  /** The caller makes the first attempt itself (SYNC): the row is born claimed by `owner`, with its first attempt counted. */
  claimFor?: { owner: string; leaseMs: number };
  /** Held by `owner` without an attempt (ASYNC until the answer is written: `release`); the lease frees it if the owner dies. */
  holdFor?: { owner: string; leaseMs: number };
}

type Db = Kysely<Database>;

/**
 * The outbox table: rows in, leases, settling an attempt, and the log's reads. Every state
 * change is one conditional UPDATE, so two workers (in one process or on two replicas) can never
 * both settle one attempt: the loser's UPDATE matches no row.
 */
export class OutboxTable {
  constructor(private readonly store: Store) {}

  get db(): Db {
    return this.store.db;
  }

  /**
   * Group commit (`store.groupCommit.add(table.inserts, rows)`): every fan-out's rows of one batch.
   * On Postgres rows without a dedupe key go in as one multi-row INSERT per batch (a statement per
   * fan-out would be a round trip each, one after another on the batch's connection); on SQLite,
   * in-process, `insert` per fan-out, so the SQL text stays one of few (the statement cache).
   * Each item gets its own rows with their ids, in order.
   */
  readonly inserts: Combined<NewOutboxRow[], OutboxRow[]> = {
    writeMany: async (trx, items) => {
      const plain = items.every((rows) => rows.every((r) => r.dedupeKey == null));
      if (this.store.dialect !== "postgres" || items.length < 2 || !plain) {
        const out: OutboxRow[][] = [];
        for (const rows of items) out.push(await this.insert(rows, trx));
        return out;
      }
      const all = items.flat();
      if (!all.length) return items.map(() => []);
      // ids come in insertion order, so sorting by id restores the input's
      const rows = (await trx.insertInto("delivery_outbox").values(this.values(all, Date.now())).returningAll().execute()).sort(
        (a, b) => Number(a.id) - Number(b.id),
      );
      let at = 0;
      return items.map((mine) => rows.slice(at, (at += mine.length)));
    },
  };

  private values(rows: NewOutboxRow[], now: number): OutboxValues[] {
    return rows.map((r) => ({
      tenant_id: r.tenantId,
      kind: r.kind,
      operation: r.operation,
      vendor: r.vendor ?? null,
      target: r.target ?? null,
      dedupe_key: r.dedupeKey ?? null,
      payload: JSON.stringify(r.payload ?? null),
      status: "QUEUED",
      attempts: r.claimFor ? 1 : 0,
      next_attempt_at: now,
      budget_from: now,
      locked_until: r.claimFor ? now + r.claimFor.leaseMs : r.holdFor ? now + r.holdFor.leaseMs : null,
      lock_owner: r.claimFor?.owner ?? r.holdFor?.owner ?? null,
      progress: null,
      result: null,
      history: "[]",
      created_at: now,
      updated_at: now,
    }));
  }

  /** Inserts the rows in `db` (a caller's transaction) or in one of their own; returns them with their ids, in order. */
  async insert(rows: NewOutboxRow[], db?: Db): Promise<OutboxRow[]> {
    if (!rows.length) return [];
    const values = this.values(rows, Date.now());
    const write = async (trx: Db) => {
      if (this.store.dialect !== "postgres") return insertSqlite(trx, values);
      // rows with a dedupe key one at a time (a duplicate adds nothing, and the others still go in);
      // the rest in one statement: ids come in insertion order, so sorting by id restores the input's
      const keyed = values.filter((v) => v.dedupe_key != null);
      const plain = values.filter((v) => v.dedupe_key == null);
      const out: OutboxRow[] = plain.length ? await trx.insertInto("delivery_outbox").values(plain).returningAll().execute() : [];
      for (const v of keyed) {
        const row = await trx
          .insertInto("delivery_outbox")
          .values(v)
          .onConflict((oc) => oc.columns(["tenant_id", "dedupe_key"]).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (row) out.push(row);
      }
      return out.sort((a, b) => Number(a.id) - Number(b.id));
    };
    return db ? write(db) : this.db.transaction().execute(write);
  }

  /**
   * Claims up to `limit` due rows for `owner` and counts their attempt. On Postgres the inner
   * SELECT locks with SKIP LOCKED, so replicas claiming at once take different rows instead of
   * queueing on each other; SQLite has one writer at a time, so the statement is atomic as it is.
   */
  async claimDue(owner: string, leaseMs: number, limit: number, now = Date.now()): Promise<OutboxRow[]> {
    const lock = this.store.dialect === "postgres" ? sql` for update skip locked` : sql``;
    const { rows } = await sql<OutboxRow>`
      update delivery_outbox
         set lock_owner = ${owner}, locked_until = ${now + leaseMs}, attempts = attempts + 1, updated_at = ${now}
       where id in (
         select id from delivery_outbox
          where status in ('QUEUED', 'RETRYING') and next_attempt_at <= ${now}
            and (locked_until is null or locked_until < ${now})
          order by next_attempt_at, id
          limit ${limit}${lock})
      returning *`.execute(this.db);
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  /**
   * Lets go of rows `owner` held (holdFor): the workers may claim them now. In `db` (a caller's
   * transaction: group-release.ts) or on its own. The ids go in as one parameter, so the SQL text
   * is the same for any number of them (SQLite's statement cache keeps one statement, not one per
   * list length).
   */
  async release(ids: number[], owner: string, db: Db = this.db): Promise<void> {
    if (ids.length) await this.releaseQuery(ids, owner, db).execute();
  }

  /**
   * The statement `release` runs. It has no status test: with one, both stores' planners, short
   * of statistics on a young table, went through the (status, next_attempt_at) index and visited
   * every pending row per release — 500 µs a batch with 14,000 queued on SQLite, growing with the
   * backlog (test/delivery/outbox.test.ts). Without it the ids are the only way in. The owner test
   * is what matters: a held row is pending until its answer is written and released, and clearing
   * the stale lease of a row settled meanwhile changes nothing.
   */
  releaseQuery(ids: number[], owner: string, db: Db = this.db) {
    const inIds =
      this.store.dialect === "postgres"
        ? sql<boolean>`id = any(${ids.map(Number)}::int[])`
        : sql<boolean>`id in (select value from json_each(${JSON.stringify(ids.map(Number))}))`;
    return db.updateTable("delivery_outbox").set({ lock_owner: null, locked_until: null }).where(inIds).where("lock_owner", "=", owner);
  }

  /** Extends `owner`'s lease; false when the row is no longer theirs (taken over, cancelled). */
  async extend(id: number, owner: string, leaseMs: number, progress?: Record<string, unknown>): Promise<boolean> {
    const now = Date.now();
    const r = await this.db
      .updateTable("delivery_outbox")
      .set({ locked_until: now + leaseMs, updated_at: now, ...(progress ? { progress: JSON.stringify(progress) } : {}) })
      .where("id", "=", id)
      .where("lock_owner", "=", owner)
      .where("status", "in", PENDING)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Records an attempt's outcome and releases the lease; false when the row is no longer `owner`'s. */
  async settle(
    id: number,
    owner: string,
    set: { status: DeliveryStatus | string; nextAttemptAt: number | null; result: unknown; history: unknown[] },
  ): Promise<OutboxRow | undefined> {
    return this.db
      .updateTable("delivery_outbox")
      .set({
        status: set.status,
        next_attempt_at: set.nextAttemptAt,
        result: JSON.stringify(set.result),
        history: JSON.stringify(set.history),
        lock_owner: null,
        locked_until: null,
        updated_at: Date.now(),
      })
      .where("id", "=", id)
      .where("lock_owner", "=", owner)
      .where("status", "in", PENDING)
      .returningAll()
      .executeTakeFirst();
  }

  async get(tenantId: string, id: number, kind: OutboxKind): Promise<OutboxRow | undefined> {
    return this.db
      .selectFrom("delivery_outbox")
      .selectAll()
      .where("id", "=", id)
      .where("tenant_id", "=", tenantId)
      .where("kind", "=", kind)
      .executeTakeFirst();
  }

  async getMany(tenantId: string, ids: number[]): Promise<OutboxRow[]> {
    if (!ids.length) return [];
    return this.db.selectFrom("delivery_outbox").selectAll().where("tenant_id", "=", tenantId).where("id", "in", ids).execute();
  }

  /** The log, newest first (created_at, then id), after a cursor row `(createdAt, id)`. */
  async list(
    tenantId: string,
    kind: OutboxKind,
    filter: {
      vendor?: string | null;
      status?: string | null;
      operation?: string | null;
      target?: string | null;
      since?: number;
      until?: number;
    },
    limit: number,
    after: { createdAt: number; id: number } | null,
  ): Promise<OutboxRow[]> {
    let q = this.db.selectFrom("delivery_outbox").selectAll().where("tenant_id", "=", tenantId).where("kind", "=", kind);
    if (filter.vendor) q = q.where("vendor", "=", filter.vendor);
    if (filter.status) q = q.where("status", "=", filter.status);
    if (filter.operation) q = q.where("operation", "=", filter.operation);
    if (filter.target) q = q.where("target", "=", filter.target);
    if (filter.since != null) q = q.where("created_at", ">=", filter.since);
    if (filter.until != null) q = q.where("created_at", "<", filter.until);
    if (after) {
      const a = after;
      q = q.where((eb) => eb.or([eb("created_at", "<", a.createdAt), eb.and([eb("created_at", "=", a.createdAt), eb("id", "<", a.id)])]));
    }
    return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
  }

  /** FAILED → QUEUED with a fresh attempt budget (retryDelivery). */
  async requeue(tenantId: string, id: number, kind: OutboxKind): Promise<OutboxRow> {
    const now = Date.now();
    const row = await this.db
      .updateTable("delivery_outbox")
      .set({ status: "QUEUED", attempts: 0, next_attempt_at: now, budget_from: now, updated_at: now })
      .where("id", "=", id)
      .where("tenant_id", "=", tenantId)
      .where("kind", "=", kind)
      .where("status", "=", "FAILED")
      .returningAll()
      .executeTakeFirst();
    return row ?? this.refuse(tenantId, id, kind, "only a FAILED delivery can be retried");
  }

  /** QUEUED or RETRYING → CANCELLED, unless an attempt holds it right now (its outcome would be lost). */
  async cancel(tenantId: string, id: number, kind: OutboxKind): Promise<OutboxRow> {
    const now = Date.now();
    const row = await this.db
      .updateTable("delivery_outbox")
      .set({ status: "CANCELLED", next_attempt_at: null, updated_at: now })
      .where("id", "=", id)
      .where("tenant_id", "=", tenantId)
      .where("kind", "=", kind)
      .where("status", "in", PENDING)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
      .returningAll()
      .executeTakeFirst();
    return row ?? this.refuse(tenantId, id, kind, "only a QUEUED or RETRYING delivery that no attempt holds can be cancelled");
  }

  private async refuse(tenantId: string, id: number, kind: OutboxKind, rule: string): Promise<never> {
    const row = await this.get(tenantId, id, kind);
    if (!row) throw new AppError("NOT_FOUND", `no delivery ${id} in this tenant`, { field: "id" });
    const held = row.locked_until != null && Number(row.locked_until) >= Date.now();
    throw new AppError("CONFLICT", `delivery ${id} is ${row.status}${held ? " and an attempt is running" : ""}: ${rule}`, {
      field: "id",
      status: row.status,
    });
  }

  /**
   * Ms until a row can next be claimed (null: nothing pending): its next attempt, or the end of
   * its lease when one holds it longer — a row in flight is not due again until its lease ends.
   */
  async nextDueIn(now = Date.now()): Promise<number | null> {
    const r = await this.db
      .selectFrom("delivery_outbox")
      .select(
        sql<number | string | null>`min(case when locked_until is not null and locked_until > next_attempt_at
          then locked_until + 1 else next_attempt_at end)`.as("due"),
      )
      .where("status", "in", PENDING)
      .executeTakeFirst();
    return r?.due == null ? null : Math.max(0, Number(r.due) - now);
  }

  /** Rows not settled yet, by kind (the outbox depth alerting watches). */
  async depth(): Promise<Record<OutboxKind, number>> {
    const rows = await this.db
      .selectFrom("delivery_outbox")
      .select((eb) => ["kind", eb.fn.countAll<number | string>().as("n")])
      .where("status", "in", PENDING)
      .groupBy("kind")
      .execute();
    const out: Record<OutboxKind, number> = { vendor: 0, webhook: 0 };
    for (const r of rows) out[r.kind] = Number(r.n);
    return out;
  }

  /** Deletes final rows last changed before `before` (retention). */
  async prune(before: number): Promise<number> {
    const r = await this.db
      .deleteFrom("delivery_outbox")
      .where("status", "not in", PENDING)
      .where("updated_at", "<", before)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}

type OutboxValues = Omit<OutboxRow, "id">;

/**
 * SQLite, in-process: a statement per row, as SQL text rather than Kysely's builder (building
 * and compiling the insert was most of its cost), one text for every row so the store prepares it
 * once; a row with a dedupe key that is already there adds nothing. Returned in insertion order.
 */
async function insertSqlite(trx: Db, values: OutboxValues[]): Promise<OutboxRow[]> {
  const out: OutboxRow[] = [];
  for (const v of values) {
    const { rows } = await sql<OutboxRow>`
      insert into delivery_outbox (tenant_id, kind, operation, vendor, target, dedupe_key, payload, status, attempts,
        next_attempt_at, budget_from, locked_until, lock_owner, progress, result, history, created_at, updated_at)
      values (${v.tenant_id}, ${v.kind}, ${v.operation}, ${v.vendor}, ${v.target}, ${v.dedupe_key}, ${v.payload}, ${v.status},
        ${v.attempts}, ${v.next_attempt_at}, ${v.budget_from}, ${v.locked_until}, ${v.lock_owner}, ${v.progress}, ${v.result},
        ${v.history}, ${v.created_at}, ${v.updated_at})
      on conflict (tenant_id, dedupe_key) do nothing
      returning *`.execute(trx);
    if (rows[0]) out.push(rows[0]);
  }
  return out;
}

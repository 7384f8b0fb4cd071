import { hash as digest } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Store } from "../store/index.js";
import type { Database } from "../store/schema.js";
import type { Combined } from "../store/group-commit.js";
import { AppError, badInput } from "../lib/errors.js";
import { reviveDates, stableJson } from "../lib/json.js";

declare module "../store/schema.js" {
  interface Database {
    idempotency_keys: {
      tenant_id: string;
      key: string;
      request_hash: string;
      state: "pending" | "done";
      response: string | null;
      created_at: number;
    };
  }
}

export interface IdempotencyOptions {
  /** How long a key is remembered (config `server.idempotencyTtlSeconds`, default 24 h). */
  ttlMs: number;
  /** How long a duplicate waits for the first request to finish. */
  waitMs: number;
  /**
   * A claim still pending after this long belongs to a request that died (process killed
   * mid-request): the next request with the same key and input takes it over instead of
   * being told "in progress" until the key expires.
   */
  pendingTimeoutMs: number;
}

const DEFAULTS: IdempotencyOptions = { ttlMs: 24 * 3600_000, waitMs: 30_000, pendingTimeoutMs: 5 * 60_000 };

export type Idempotency = ReturnType<typeof createIdempotency>;

/**
 * Idempotency records in the store, one set of settings per app (config
 * `server.idempotencyTtlSeconds` / `idempotencyWaitSeconds`).
 */
export function createIdempotency(store: Store, options: Partial<IdempotencyOptions> = {}) {
  const { ttlMs, waitMs, pendingTimeoutMs } = { ...DEFAULTS, ...stripUndefined(options) };
  const db = store.db;
  let lastPurge = 0;

  /**
   * Every write of a claimed key goes through the store's group commit (the claim, the stored
   * answer, a failed attempt letting go of the key): the mutations arriving together share one
   * transaction instead of costing one each, and each step still resolves only once committed.
   * On Postgres the claims of one batch are one statement, and so are its stored answers (a
   * statement per request would be a round trip each, one after another on the batch's
   * connection); on SQLite, in-process, a statement each. Every write touches nothing but its
   * `trx`, and running one again (a failed batch is retried item by item) does the same, so the
   * group commit's contract holds.
   */
  const pg = store.dialect === "postgres";
  const mine = (trx: Kysely<Database>, tenantId: string, key: string) =>
    trx.deleteFrom("idempotency_keys").where("tenant_id", "=", tenantId).where("key", "=", key);

  interface Claim {
    tenantId: string;
    key: string;
    hash: string;
    now: number;
    /** Also delete every expired record (at most once a minute). */
    purge: boolean;
  }

  /** The claim, or an expired record of its key replaced by it: true when this request holds the key. */
  const claimOne = async (trx: Kysely<Database>, c: Claim): Promise<boolean> => {
    // SQL text, the same on both stores (on SQLite Kysely's builder cost more than the insert)
    const r = await sql`
      insert into idempotency_keys (tenant_id, key, request_hash, state, response, created_at)
      values (${c.tenantId}, ${c.key}, ${c.hash}, 'pending', null, ${c.now})
      on conflict (tenant_id, key) do update set request_hash = excluded.request_hash, state = 'pending', response = null,
        created_at = excluded.created_at
        where idempotency_keys.created_at < ${c.now - ttlMs}`.execute(trx);
    return Number(r.numAffectedRows ?? 0) === 1;
  };

  /**
   * An abandoned claim (its request died before finishing) is taken over atomically: only one
   * of several racing requests matches the old created_at.
   */
  const takeOver = async (trx: Kysely<Database>, c: Claim): Promise<boolean> => {
    const r = await trx
      .updateTable("idempotency_keys")
      .set({ created_at: c.now })
      .where("tenant_id", "=", c.tenantId)
      .where("key", "=", c.key)
      .where("state", "=", "pending")
      .where("request_hash", "=", c.hash)
      .where("created_at", "<", c.now - pendingTimeoutMs)
      .executeTakeFirst();
    return Number(r.numUpdatedRows ?? 0) === 1;
  };

  const claims: Combined<Claim, boolean> = {
    async writeMany(trx, items) {
      if (items.some((c) => c.purge)) {
        const now = Math.max(...items.map((c) => c.now));
        await trx
          .deleteFrom("idempotency_keys")
          .where("created_at", "<", now - ttlMs)
          .execute();
      }
      const ids = items.map((c) => `${c.tenantId}\0${c.key}`);
      let held: boolean[];
      // one key twice in one statement is an error on Postgres: then one claim after the other
      if (pg && items.length > 1 && new Set(ids).size === ids.length) {
        const { rows } = await sql<{ tenant_id: string; key: string }>`
          insert into idempotency_keys (tenant_id, key, request_hash, state, response, created_at)
          select t, k, h, 'pending', null, c
            from unnest(${items.map((c) => c.tenantId)}::text[], ${items.map((c) => c.key)}::text[],
                        ${items.map((c) => c.hash)}::text[], ${items.map((c) => c.now)}::bigint[]) as v(t, k, h, c)
          on conflict (tenant_id, key) do update
            set request_hash = excluded.request_hash, state = 'pending', response = null, created_at = excluded.created_at
            where idempotency_keys.created_at < excluded.created_at - ${ttlMs}::bigint
          returning tenant_id, key`.execute(trx);
        const got = new Set(rows.map((r) => `${r.tenant_id}\0${r.key}`));
        held = ids.map((id) => got.has(id));
      } else {
        held = [];
        for (const c of items) held.push(await claimOne(trx, c));
      }
      for (let i = 0; i < items.length; i++) if (!held[i]) held[i] = await takeOver(trx, items[i]!);
      return held;
    },
  };

  interface Answer {
    tenantId: string;
    key: string;
    response: string;
  }

  const answers: Combined<Answer, void> = {
    async writeMany(trx, items) {
      if (pg && items.length > 1) {
        await sql`
          update idempotency_keys as r set state = 'done', response = v.response
            from unnest(${items.map((a) => a.tenantId)}::text[], ${items.map((a) => a.key)}::text[],
                        ${items.map((a) => a.response)}::text[]) as v(tenant_id, key, response)
           where r.tenant_id = v.tenant_id and r.key = v.key`.execute(trx);
      } else {
        for (const a of items) {
          await sql`update idempotency_keys set state = 'done', response = ${a.response}
                     where tenant_id = ${a.tenantId} and key = ${a.key}`.execute(trx);
        }
      }
      return items.map(() => undefined);
    },
  };

  /**
   * Runs `fn` at most once per (tenant, key). The first request claims the key with an insert
   * (the primary key makes the claim atomic on SQLite and Postgres alike); a replay returns the
   * stored payload without calling any vendor; a concurrent duplicate waits for it; the same
   * key with different input is CONFLICT. A failed first attempt releases the key.
   */
  async function run<T>(
    tenantId: string,
    key: string | null | undefined,
    operation: string,
    input: unknown,
    fn: () => Promise<T>,
  ): Promise<{ result: T; replayed: boolean }> {
    if (!key) return { result: await fn(), replayed: false };
    if (key.length > 255) throw badInput("idempotencyKey", "must be at most 255 characters");
    // as both stores keep it (UTF-8 has no unpaired surrogate: U+FFFD), so a claim is recognised in
    // what a batch's statement returns
    key = key.toWellFormed();
    // one-shot: the same digest as a createHash() chain over the three parts, without the Hash object
    const hash = digest("sha256", `${operation}\0${stableJson(input)}`, "hex");
    const now = Date.now();
    // every expired record, at most once a minute (keys are also expired one by one on use)
    const purge = now - lastPurge >= 60_000;
    if (purge) lastPurge = now;
    const claimed = await store.groupCommit.add(claims, { tenantId, key, hash, now, purge });
    if (claimed) {
      try {
        const result = await fn();
        await store.groupCommit.add(answers, { tenantId, key, response: JSON.stringify(result) });
        return { result, replayed: false };
      } catch (e) {
        await store.groupCommit.run((trx) => mine(trx, tenantId, key).execute());
        throw e;
      }
    }
    const deadline = Date.now() + waitMs;
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      const row = await db
        .selectFrom("idempotency_keys")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("key", "=", key)
        .executeTakeFirst();
      if (!row) return run(tenantId, key, operation, input, fn);
      if (row.request_hash !== hash) {
        throw new AppError("CONFLICT", "idempotencyKey was already used with a different operation or input", { field: "idempotencyKey" });
      }
      if (row.state === "done" && row.response) return { result: reviveDates(JSON.parse(row.response)) as T, replayed: true };
      // Waiting makes sense for a live duplicate, not for a claim older than any request lives
      // (its process died): say so at once, with when the claim may be taken over.
      const age = Date.now() - Number(row.created_at);
      if (Date.now() > deadline || age > waitMs) {
        throw new AppError("CONFLICT", "a request with this idempotencyKey is still in progress", {
          field: "idempotencyKey",
          retryAfterSeconds: Math.max(1, Math.ceil((pendingTimeoutMs - age) / 1000)),
        });
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  return { run };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

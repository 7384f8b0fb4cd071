import { createHash } from "node:crypto";
import type { Store } from "../store/index.js";
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

  /** Deletes every expired record, at most once a minute (keys are also expired one by one on use). */
  async function purgeExpired(now: number): Promise<void> {
    if (now - lastPurge < 60_000) return;
    lastPurge = now;
    await db.deleteFrom("idempotency_keys").where("created_at", "<", now - ttlMs).execute();
  }

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
    const hash = createHash("sha256").update(operation).update("\0").update(stableJson(input)).digest("hex");
    const now = Date.now();
    await purgeExpired(now);
    const mine = () => db.deleteFrom("idempotency_keys").where("tenant_id", "=", tenantId).where("key", "=", key);
    await mine().where("created_at", "<", now - ttlMs).execute();
    const claimed = await db
      .insertInto("idempotency_keys")
      .values({ tenant_id: tenantId, key, request_hash: hash, state: "pending", response: null, created_at: now })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    // An abandoned claim (its request died before finishing) is taken over atomically: only one
    // of several racing requests matches the old created_at.
    const takenOver = async () =>
      Number(
        (
          await db
            .updateTable("idempotency_keys")
            .set({ created_at: now })
            .where("tenant_id", "=", tenantId)
            .where("key", "=", key)
            .where("state", "=", "pending")
            .where("request_hash", "=", hash)
            .where("created_at", "<", now - pendingTimeoutMs)
            .executeTakeFirst()
        ).numUpdatedRows ?? 0,
      ) === 1;
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 1 || (await takenOver())) {
      try {
        const result = await fn();
        await db
          .updateTable("idempotency_keys")
          .set({ state: "done", response: JSON.stringify(result) })
          .where("tenant_id", "=", tenantId)
          .where("key", "=", key)
          .execute();
        return { result, replayed: false };
      } catch (e) {
        await mine().execute();
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

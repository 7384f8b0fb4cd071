import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { OutboxTable } from "../../src/delivery/outbox.js";
import { backoffMs, isRetryable, verdict } from "../../src/delivery/policy.js";
import { DEFAULT_DELIVERY_POLICY, delivery, DeliveryStatus, type DeliveryError } from "../../src/model/delivery.js";
import { freshPgDatabase } from "../helpers/pg.js";

const err = (code: string, vendorCode: string | null, more: Partial<DeliveryError> = {}): DeliveryError => ({
  code,
  vendorCode,
  message: code,
  retryAfterSeconds: null,
  circuitOpen: null,
  ...more,
});
const failed = (e: DeliveryError) => delivery("ACME", DeliveryStatus.FAILED, { error: e });

describe("delivery policy", () => {
  it("retries timeouts, connection errors, 5xx, 429 and open circuits; nothing else", () => {
    expect(isRetryable(failed(err("UPSTREAM_TIMEOUT", null)))).toBe(true);
    expect(isRetryable(failed(err("UPSTREAM_ERROR", null)))).toBe(true); // no answer at all
    expect(isRetryable(failed(err("UPSTREAM_ERROR", "HTTP_503")))).toBe(true);
    expect(isRetryable(failed(err("RATE_LIMITED", "HTTP_429")))).toBe(true);
    expect(isRetryable(failed(err("UPSTREAM_ERROR", "CT500", { circuitOpen: true })))).toBe(true);
    expect(isRetryable(failed(err("UPSTREAM_ERROR", "HTTP_404")))).toBe(false);
    expect(isRetryable(failed(err("UPSTREAM_ERROR", "CT525")))).toBe(false); // a documented business error
    expect(isRetryable(failed(err("VENDOR_NOT_CONFIGURED", null)))).toBe(false);
    expect(isRetryable(delivery("ACME", DeliveryStatus.REJECTED, { error: err("BAD_USER_INPUT", "HTTP_400") }))).toBe(false);
  });

  it("RETRYING at the next backoff step (Retry-After when longer) until attempts or age run out, then FAILED", () => {
    const p = { ...DEFAULT_DELIVERY_POLICY, maxAttempts: 3, maxAgeSeconds: 60, backoff: { initialMs: 1000, maxMs: 4000 } };
    const now = 1_000_000;
    const v1 = verdict(failed(err("UPSTREAM_ERROR", "HTTP_500")), 1, now, p, now);
    expect(v1.status).toBe("RETRYING");
    expect(v1.nextAttemptAt! - now).toBeGreaterThanOrEqual(800);
    expect(v1.nextAttemptAt! - now).toBeLessThanOrEqual(1200);
    const ra = verdict(failed(err("RATE_LIMITED", "HTTP_429", { retryAfterSeconds: 30 })), 1, now, p, now);
    expect(ra.nextAttemptAt! - now).toBe(30_000);
    expect(verdict(failed(err("UPSTREAM_ERROR", "HTTP_500")), 3, now, p, now)).toEqual({ status: "FAILED", nextAttemptAt: null });
    // the next attempt would start after maxAgeSeconds
    expect(verdict(failed(err("UPSTREAM_ERROR", "HTTP_500")), 1, now - 59_500, p, now).status).toBe("FAILED");
    expect(verdict(failed(err("UPSTREAM_ERROR", "HTTP_500")), 1, now, { ...p, retry: false }, now).status).toBe("FAILED");
    expect(verdict(delivery("ACME", DeliveryStatus.CREATED), 1, now, p, now)).toEqual({ status: "CREATED", nextAttemptAt: null });
    expect(verdict({ ...failed(err("UPSTREAM_ERROR", null)), noRetry: true }, 1, now, p, now).status).toBe("FAILED");
    expect(backoffMs(20, 1000, 4000, () => 0.5)).toBe(4000);
  });
});

const pg = await freshPgDatabase();

describe.each([
  ["SQLite", async () => ({ dataDir: mkdtempSync(path.join(tmpdir(), "lg-outbox-")), databaseUrl: undefined })],
  ["Postgres", async () => ({ dataDir: tmpdir(), databaseUrl: pg?.url })],
] as const)("outbox table on %s", (name, options) => {
  let store: Store;
  let dir: string;
  const skip = name === "Postgres" && !pg;
  beforeAll(async () => {
    if (skip) return;
    const o = await options();
    dir = o.dataDir;
    store = await openStore({ dataDir: o.dataDir, databaseUrl: o.databaseUrl, sqliteFile: "outbox.sqlite" });
  });
  afterAll(async () => {
    if (skip) return;
    await store.close();
    if (name === "SQLite") rmSync(dir, { recursive: true, force: true });
    else await pg?.drop();
  });

  it.skipIf(skip)(
    "concurrent claims never take one row twice; an expired lease is taken over and the old owner cannot settle",
    async () => {
      const table = new OutboxTable(store);
      const rows = Array.from({ length: 60 }, (_, i) => ({
        tenantId: "t",
        kind: "vendor" as const,
        operation: "createLead",
        vendor: "acme",
        payload: { i },
      }));
      await table.insert(rows);
      const owners = ["a", "b", "c", "d"];
      const claimed = await Promise.all(owners.map((o) => table.claimDue(o, 60_000, 20)));
      const ids = claimed.flat().map((r) => Number(r.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(60);
      expect(claimed.flat().every((r) => Number(r.attempts) === 1)).toBe(true);

      const [mine] = await table.insert([{ tenantId: "t", kind: "vendor", operation: "createLead", vendor: "acme", payload: {} }]);
      const [first] = await table.claimDue("old", 50, 1, Date.now() + 1);
      expect(Number(first!.id)).toBe(Number(mine!.id));
      expect(await table.claimDue("new", 60_000, 1)).toHaveLength(0); // still leased
      await new Promise((r) => setTimeout(r, 80));
      const [taken] = await table.claimDue("new", 60_000, 1);
      expect(Number(taken!.id)).toBe(Number(mine!.id));
      expect(Number(taken!.attempts)).toBe(2);
      const lost = await table.settle(Number(mine!.id), "old", { status: "CREATED", nextAttemptAt: null, result: {}, history: [] });
      expect(lost).toBeUndefined();
      const won = await table.settle(Number(mine!.id), "new", { status: "CREATED", nextAttemptAt: null, result: {}, history: [] });
      expect(won?.status).toBe("CREATED");
    },
  );

  it.skipIf(skip)("release finds its rows by id, not by scanning the backlog of pending rows", async () => {
    // the finding: with 14,000 rows queued (a replica whose workers are off, or a vendor down),
    // SQLite planned the release through the (status, next_attempt_at) index and visited every
    // pending row: 500 µs per release, growing with the backlog
    const table = new OutboxTable(store);
    const row = (i: number) => ({ tenantId: "t", kind: "vendor" as const, operation: "createLead", vendor: "acme", payload: { i } });
    for (let i = 0; i < 2000; i += 100) await table.insert(Array.from({ length: 100 }, (_, j) => row(i + j)));
    const held = await table.insert([0, 1, 2].map((i) => ({ ...row(i), holdFor: { owner: "answering", leaseMs: 60_000 } })));
    const ids = held.map((r) => Number(r.id));
    const q = table.releaseQuery(ids, "answering").compile();
    const explain = name === "SQLite" ? "explain query plan " : "explain ";
    const { rows: plan } = await store.db.executeQuery<Record<string, string>>(CompiledQuery.raw(explain + q.sql, [...q.parameters]));
    const text = plan.map((r) => r.detail ?? r["QUERY PLAN"]).join("\n");
    expect(text).not.toMatch(/delivery_outbox_due|Seq Scan/);
    expect(text).toMatch(name === "SQLite" ? /INTEGER PRIMARY KEY|rowid/ : /delivery_outbox_pkey/);

    await table.release(ids.slice(0, 2), "answering");
    const after = await table.getMany("t", ids);
    const owner = (id: number) => after.find((r) => Number(r.id) === id)!.lock_owner;
    expect([owner(ids[0]!), owner(ids[1]!), owner(ids[2]!)]).toEqual([null, null, "answering"]);
    await table.release([ids[2]!], "someone else");
    expect((await table.getMany("t", [ids[2]!]))[0]!.lock_owner).toBe("answering");
  });

  it.skipIf(skip)("one row per dedupe key and tenant: a producer that runs twice adds nothing", async () => {
    const table = new OutboxTable(store);
    const item = { tenantId: "t", kind: "vendor" as const, operation: "x.y", vendor: "acme", payload: {}, dedupeKey: "x.y:1" };
    expect(await table.insert([item])).toHaveLength(1);
    expect(await table.insert([item])).toHaveLength(0);
    expect(await table.insert([{ ...item, tenantId: "u" }])).toHaveLength(1);
  });
});

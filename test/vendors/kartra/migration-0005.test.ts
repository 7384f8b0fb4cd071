import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, type Migration } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { migrations } from "../../../src/store/migrations/index.js";
import { kartra } from "../../../src/vendors/kartra/index.js";
import { openStore } from "../../../src/store/index.js";

/**
 * Migration 0005 moves an existing database's Kartra forwardings into the delivery outbox:
 * pending work resumes under the outbox's workers, settled forwardings keep their outcome, and
 * the old table is gone. The database here is built as the last release left it (migrations
 * up to 0003), with rows in `kartra_forwardings`, then opened by this release.
 */
describe("Kartra migration 0005: forwardings into the delivery outbox", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-m0005-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("moves every forwarding with its status, attempts, progress and dedupe key, then drops the old table", async () => {
    const file = path.join(dir, "leadgraph.sqlite");
    const old = new Kysely<Record<string, Record<string, unknown>>>({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) });
    // the last release's migrations: the core ones before the outbox, and Kartra's inbox
    const released: Record<string, Migration> = {
      "0001_init": migrations["0001_init"]!,
      "0002_idempotency": migrations["0002_idempotency"]!,
      "0003_kartra_inbox": kartra.migrations!["0003_kartra_inbox"]!,
    };
    const r = await new Migrator({
      db: old,
      provider: { getMigrations: async () => released },
      migrationTableName: "leadgraph_migrations",
      migrationLockTableName: "leadgraph_migrations_lock",
    }).migrateToLatest();
    expect(r.error).toBeUndefined();
    const now = Date.now();
    const row = (target: string, seq: number, status: string, attempts: number, progress: object) => ({
      tenant_id: "acme",
      webhook_seq: seq,
      target,
      status,
      attempts,
      next_attempt_at: now + 5000,
      locked_until: null,
      lock_owner: null,
      last_error: status === "FAILED" ? "UPSTREAM_ERROR: HTTP 503" : null,
      progress: JSON.stringify(progress),
      created_at: now - 1000,
      updated_at: now,
    });
    await old
      .insertInto("kartra_forwardings")
      .values([
        row("clienttether", 7, "PENDING", 0, {}),
        row("clienttether", 8, "PENDING", 2, { leadId: "clienttether:lead:42" }),
        row("clienttether", 9, "SUCCEEDED", 1, { leadId: "clienttether:lead:43", events: { 0: "clienttether:event:5" } }),
        row("clienttether", 10, "FAILED", 10, {}),
      ])
      .execute();
    await old.destroy();

    const store = await openStore({ dataDir: dir, vendorMigrations: kartra.migrations });
    try {
      const moved = await store.db
        .selectFrom("delivery_outbox")
        .select(["operation", "vendor", "dedupe_key", "payload", "status", "attempts", "progress", "next_attempt_at"])
        .orderBy("id")
        .execute();
      expect(moved.map((m) => [m.dedupe_key, m.status, Number(m.attempts)])).toEqual([
        ["kartra.forward:7:clienttether", "QUEUED", 0],
        ["kartra.forward:8:clienttether", "RETRYING", 2],
        ["kartra.forward:9:clienttether", "CREATED", 1],
        ["kartra.forward:10:clienttether", "FAILED", 10],
      ]);
      expect(moved.every((m) => m.operation === "kartra.forward" && m.vendor === "clienttether")).toBe(true);
      expect(JSON.parse(moved[1]!.payload)).toEqual({ webhookSeq: 8 });
      expect(JSON.parse(moved[2]!.progress!)).toEqual({ leadId: "clienttether:lead:43", events: { 0: "clienttether:event:5" } });
      expect(Number(moved[0]!.next_attempt_at)).toBe(now + 5000);
      expect(moved[2]!.next_attempt_at).toBeNull();
      const tables = await store.db.introspection.getTables();
      expect(tables.map((t) => t.name)).not.toContain("kartra_forwardings");
    } finally {
      await store.close();
    }
  });
});

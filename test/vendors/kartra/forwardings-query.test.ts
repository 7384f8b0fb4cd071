import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../../src/store/index.js";
import { OutboxTable } from "../../../src/delivery/outbox.js";
import { kartra } from "../../../src/vendors/kartra/index.js";
import { forwardDedupeKey } from "../../../src/vendors/kartra/forward.js";
import { forwardingsFor, forwardingsQuery } from "../../../src/vendors/kartra/inbox.js";
import { freshPgDatabase } from "../../helpers/pg.js";

const pg = await freshPgDatabase();

/**
 * A completion's forwardings are read by dedupe-key range, through an index: the LIKE per
 * sequence this replaced read every forwarding of the tenant (a seq scan on Postgres, the whole
 * tenant's part of the index on SQLite), so every completions query slowed as the outbox grew.
 */
describe.each([
  ["SQLite", () => ({ dataDir: mkdtempSync(path.join(tmpdir(), "lg-fwq-")), databaseUrl: undefined })],
  ["Postgres", () => ({ dataDir: tmpdir(), databaseUrl: pg?.url })],
] as const)("Kartra forwardings by completion on %s", (name, options) => {
  let store: Store;
  let dir: string;
  const skip = name === "Postgres" && !pg;
  beforeAll(async () => {
    if (skip) return;
    const o = options();
    dir = o.dataDir;
    store = await openStore({ ...o, sqliteFile: "fwq.sqlite", vendorMigrations: kartra.migrations });
    const table = new OutboxTable(store);
    const row = (tenantId: string, seq: number, vendor: string) => ({
      tenantId,
      kind: "vendor" as const,
      operation: "kartra.forward",
      vendor,
      payload: { webhookSeq: seq },
      dedupeKey: forwardDedupeKey(seq, vendor),
    });
    // sequences that share leading digits (1, 12, 123, 1234) and another tenant's 12
    for (const seq of [1, 12, 123, 1234, 12345]) await table.insert([row("acme", seq, "clienttether"), row("acme", seq, "comunik8")]);
    await table.insert([row("globex", 12, "clienttether")]);
    // a tenant with a history of forwardings, so a planner with statistics has a reason to use the index
    await sql`
      with recursive s(n) as (select 1 union all select n + 1 from s where n < 20000)
      insert into delivery_outbox (tenant_id, kind, operation, vendor, target, dedupe_key, payload, status, attempts,
        next_attempt_at, budget_from, locked_until, lock_owner, progress, result, history, created_at, updated_at)
      select 'acme', 'vendor', 'kartra.forward', 'clienttether', null, 'kartra.forward:' || (n + 100000) || ':clienttether',
        '{}', 'CREATED', 1, null, 0, null, null, null, null, '[]', 0, 0 from s`.execute(store.db);
    await sql`analyze`.execute(store.db);
  });
  afterAll(async () => {
    if (skip) return;
    await store.close();
    if (name === "SQLite") rmSync(dir, { recursive: true, force: true });
    else await pg?.drop();
  });

  it.skipIf(skip)("exactly the rows of the sequences asked for, of the tenant asking", async () => {
    const rows = await forwardingsFor(store.db, "acme", [12, 1234]);
    expect(rows.map((r) => r.dedupe_key).sort()).toEqual(
      [
        "kartra.forward:12:clienttether",
        "kartra.forward:12:comunik8",
        "kartra.forward:1234:clienttether",
        "kartra.forward:1234:comunik8",
      ].sort(),
    );
    expect(await forwardingsFor(store.db, "globex", [1, 123])).toEqual([]);
  });

  it.skipIf(skip)("each sequence is a range of the dedupe-key index, not a scan of the tenant's rows", async () => {
    const q = forwardingsQuery(store.db, "acme", [12, 1234]).compile();
    const explain = name === "SQLite" ? "explain query plan " : "explain ";
    const { rows } = await store.db.executeQuery<Record<string, string>>(CompiledQuery.raw(explain + q.sql, [...q.parameters]));
    const text = rows.map((r) => r.detail ?? r["QUERY PLAN"]).join("\n");
    if (name === "SQLite") expect(text).toMatch(/delivery_outbox_dedupe \(tenant_id=\? AND dedupe_key>\? AND dedupe_key<\?\)/);
    else expect(text).toMatch(/Index Cond: .*dedupe_key/);
    expect(text).not.toMatch(/Seq Scan|SCAN delivery_outbox/);
  });
});

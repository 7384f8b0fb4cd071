import { PostgresAdapter, sql, type Kysely } from "kysely";

/**
 * A completion's forwardings are found by a range of dedupe keys (`forwardingsQuery` in
 * inbox.ts). Postgres compares text in the database's collation, where `kartra.forward:12:` and
 * `kartra.forward:123:` need not sort as bytes do, so the range is taken in "C" and needs an index
 * in "C" beside the unique one. SQLite's index is in BINARY order already: nothing to add there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`create index if not exists delivery_outbox_dedupe_bytes on delivery_outbox (tenant_id, dedupe_key collate "C")`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists delivery_outbox_dedupe_bytes`.execute(db);
}

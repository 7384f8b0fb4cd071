import { PostgresAdapter, type Kysely } from "kysely";

/**
 * The delivery outbox (issue 15): one row per delivery, to a vendor (`kind` vendor: every
 * fan-out target, a webhook source's forwarding, follow-up polls) or to a partner's webhook endpoint
 * (`kind` webhook). The same table is the queryable delivery log; workers claim due rows with a
 * lease. `webhook_endpoints` records an endpoint a receiver disabled (410 Gone), for every replica.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const table = db.schema.createTable("delivery_outbox").ifNotExists();
  // serial (int4) on Postgres: pg returns int8 as strings.
  await (
    pg ? table.addColumn("id", "serial", (c) => c.primaryKey()) : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
  )
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("operation", "varchar(64)", (c) => c.notNull())
    .addColumn("vendor", "varchar(32)")
    .addColumn("target", "varchar(2048)")
    .addColumn("dedupe_key", "varchar(255)")
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "bigint")
    .addColumn("budget_from", "bigint", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .addColumn("lock_owner", "varchar(64)")
    .addColumn("progress", "text")
    .addColumn("result", "text")
    .addColumn("history", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  const index = (name: string, columns: string[]) => db.schema.createIndex(name).ifNotExists().on("delivery_outbox").columns(columns);
  await index("delivery_outbox_due", ["status", "next_attempt_at"]).execute();
  await index("delivery_outbox_log", ["tenant_id", "kind", "created_at", "id"]).execute();
  await index("delivery_outbox_dedupe", ["tenant_id", "dedupe_key"]).unique().execute();

  await db.schema
    .createTable("webhook_endpoints")
    .ifNotExists()
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("url", "varchar(2048)", (c) => c.notNull())
    .addColumn("disabled_at", "bigint")
    .addColumn("reason", "text")
    .addPrimaryKeyConstraint("webhook_endpoints_pk", ["tenant_id", "url"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("webhook_endpoints").ifExists().execute();
  await db.schema.dropTable("delivery_outbox").ifExists().execute();
}

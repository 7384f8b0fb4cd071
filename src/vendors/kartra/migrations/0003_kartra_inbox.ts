import { PostgresAdapter, type Kysely } from "kysely";

/**
 * Kartra webhook inbox (issue 6): every delivery as received (`kartra_webhooks`, one row per
 * distinct delivery, `seq` orders them and backs cursors), the latest record of each lead
 * (`kartra_leads`, for lead(id:) / leads(vendor: KARTRA)) and the forwarding outbox
 * (`kartra_forwardings`, one row per completion and target, written in the same transaction
 * as the webhook so a forwarding exists exactly when its completion does).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  // serial (int4) on Postgres: pg returns int8 as strings; 2^31 deliveries is plenty.
  const serial = (name: string, column: string) => {
    const table = db.schema.createTable(name).ifNotExists();
    return pg
      ? table.addColumn(column, "serial", (c) => c.primaryKey())
      : table.addColumn(column, "integer", (c) => c.primaryKey().autoIncrement());
  };
  const index = (name: string, table: string, columns: string[]) => db.schema.createIndex(name).ifNotExists().on(table).columns(columns);

  await serial("kartra_webhooks", "seq")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("dedupe_key", "varchar(255)", (c) => c.notNull())
    .addColumn("action", "varchar(100)", (c) => c.notNull())
    .addColumn("lead_id", "varchar(40)")
    .addColumn("email", "varchar(320)")
    .addColumn("calendar_id", "varchar(40)")
    .addColumn("class_id", "varchar(40)")
    .addColumn("subscription_id", "varchar(40)")
    .addColumn("status", "varchar(100)")
    .addColumn("payload_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("received_at", "bigint", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .execute();
  await index("kartra_webhooks_dedupe", "kartra_webhooks", ["tenant_id", "dedupe_key"]).unique().execute();
  await index("kartra_webhooks_tenant_action", "kartra_webhooks", ["tenant_id", "action", "seq"]).execute();
  await index("kartra_webhooks_lead", "kartra_webhooks", ["tenant_id", "lead_id"]).execute();
  await index("kartra_webhooks_subscription", "kartra_webhooks", ["tenant_id", "subscription_id"]).execute();

  await db.schema
    .createTable("kartra_leads")
    .ifNotExists()
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("lead_id", "varchar(40)", (c) => c.notNull())
    .addColumn("email", "varchar(320)")
    .addColumn("last_seq", "integer", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("lead", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("kartra_leads_pk", ["tenant_id", "lead_id"])
    .execute();
  await index("kartra_leads_email", "kartra_leads", ["tenant_id", "email"]).execute();

  await serial("kartra_forwardings", "id")
    .addColumn("tenant_id", "varchar(64)", (c) => c.notNull())
    .addColumn("webhook_seq", "integer", (c) => c.notNull())
    .addColumn("target", "varchar(32)", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "bigint", (c) => c.notNull())
    .addColumn("locked_until", "bigint")
    .addColumn("lock_owner", "varchar(64)")
    .addColumn("last_error", "text")
    .addColumn("progress", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await index("kartra_forwardings_unique", "kartra_forwardings", ["webhook_seq", "target"]).unique().execute();
  await index("kartra_forwardings_due", "kartra_forwardings", ["status", "next_attempt_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("kartra_forwardings").ifExists().execute();
  await db.schema.dropTable("kartra_leads").ifExists().execute();
  await db.schema.dropTable("kartra_webhooks").ifExists().execute();
}

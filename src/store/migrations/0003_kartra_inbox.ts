import { PostgresAdapter, type Kysely } from "kysely";

/**
 * Kartra webhook inbox (issue 6): every delivery as received (`kartra_webhooks`, one row per
 * distinct delivery, `seq` orders them and backs cursors), the latest record of each lead
 * (`kartra_leads`, for lead(id:) / leads(vendor: KARTRA)) and the forwarding outbox
 * (`kartra_forwardings`, one row per completion and target, written in the same transaction
 * as the webhook so a forwarding exists exactly when its completion does).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  // serial (int4) on Postgres: pg returns int8 as strings; 2^31 deliveries is plenty.
  const serial = (name: string) => (pg ? db.schema.createTable(name).ifNotExists().addColumn("seq", "serial", (c) => c.primaryKey()) : db.schema.createTable(name).ifNotExists().addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement()));

  await serial("kartra_webhooks")
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
  await db.schema.createIndex("kartra_webhooks_dedupe").ifNotExists().unique().on("kartra_webhooks").columns(["tenant_id", "dedupe_key"]).execute();
  await db.schema.createIndex("kartra_webhooks_tenant_action").ifNotExists().on("kartra_webhooks").columns(["tenant_id", "action", "seq"]).execute();
  await db.schema.createIndex("kartra_webhooks_lead").ifNotExists().on("kartra_webhooks").columns(["tenant_id", "lead_id"]).execute();
  await db.schema.createIndex("kartra_webhooks_subscription").ifNotExists().on("kartra_webhooks").columns(["tenant_id", "subscription_id"]).execute();

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
  await db.schema.createIndex("kartra_leads_email").ifNotExists().on("kartra_leads").columns(["tenant_id", "email"]).execute();

  await (pg
    ? db.schema.createTable("kartra_forwardings").ifNotExists().addColumn("id", "serial", (c) => c.primaryKey())
    : db.schema.createTable("kartra_forwardings").ifNotExists().addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()))
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
  await db.schema.createIndex("kartra_forwardings_unique").ifNotExists().unique().on("kartra_forwardings").columns(["webhook_seq", "target"]).execute();
  await db.schema.createIndex("kartra_forwardings_due").ifNotExists().on("kartra_forwardings").columns(["status", "next_attempt_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("kartra_forwardings").ifExists().execute();
  await db.schema.dropTable("kartra_leads").ifExists().execute();
  await db.schema.dropTable("kartra_webhooks").ifExists().execute();
}

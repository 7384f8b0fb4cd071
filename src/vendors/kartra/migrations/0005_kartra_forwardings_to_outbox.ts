import { sql, type Kysely } from "kysely";

/**
 * Kartra forwarding moved onto the delivery outbox (issue 15): every row of the old
 * `kartra_forwardings` becomes a `delivery_outbox` row of operation `kartra.forward`, with its
 * attempts, progress and dedupe key (`kartra.forward:<webhook seq>:<target>`), so work that was
 * pending resumes under the outbox's workers and settled forwardings stay visible. Runs after
 * the core 0004 that creates the outbox (migrations run in name order).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into delivery_outbox
      (tenant_id, kind, operation, vendor, target, dedupe_key, payload, status, attempts, next_attempt_at, budget_from,
       locked_until, lock_owner, progress, result, history, created_at, updated_at)
    select tenant_id, 'vendor', 'kartra.forward', target, null,
           'kartra.forward:' || cast(webhook_seq as varchar(20)) || ':' || target,
           '{"webhookSeq":' || cast(webhook_seq as varchar(20)) || '}',
           case status when 'SUCCEEDED' then 'CREATED' when 'FAILED' then 'FAILED' when 'PENDING' then
             case when attempts > 0 then 'RETRYING' else 'QUEUED' end else 'QUEUED' end,
           attempts, case when status in ('SUCCEEDED', 'FAILED') then null else next_attempt_at end, created_at,
           null, null, progress, null, '[]', created_at, updated_at
      from kartra_forwardings`.execute(db);
  await db.schema.dropTable("kartra_forwardings").ifExists().execute();
}

export async function down(): Promise<void> {
  // the rows live on in delivery_outbox; 0003's down drops nothing that is still there
}

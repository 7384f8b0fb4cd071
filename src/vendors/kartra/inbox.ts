import { createHash } from "node:crypto";
import { sql, type Generated, type Insertable, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database } from "../../store/schema.js";
import type { Store } from "../../store/index.js";

/**
 * The durable Kartra inbox. A delivery is acknowledged only after `receive()` has committed:
 * the webhook row, the lead's latest record and its forwarding outbox rows go in ONE
 * transaction, so a 2xx means all three exist and a crash before commit means Kartra got no
 * 2xx. Per tenant, sequence order is commit order (see the lock below), which is what makes
 * cursors safe to resume from. Idempotency is the unique (tenant_id, dedupe_key) index: a retried delivery inserts
 * nothing and is answered 2xx with the first delivery's sequence.
 */
declare module "../../store/schema.js" {
  interface Database {
    kartra_webhooks: {
      seq: Generated<number>;
      tenant_id: string;
      dedupe_key: string;
      action: string;
      lead_id: string | null;
      email: string | null;
      calendar_id: string | null;
      class_id: string | null;
      subscription_id: string | null;
      status: string | null;
      payload_hash: string;
      received_at: number;
      payload: string;
    };
    kartra_leads: {
      tenant_id: string;
      lead_id: string;
      email: string | null;
      last_seq: number;
      updated_at: number;
      lead: string;
    };
  }
}

type Db = Kysely<Database>;

/**
 * One stored inbox row as the store returns it and the webhook publishes it (live.ts reads it
 * back); `payload` is the body exactly as received, JSON text.
 */
export interface KartraInboxRow {
  seq: number;
  tenant_id: string;
  action: string;
  lead_id: string | null;
  email: string | null;
  calendar_id: string | null;
  class_id: string | null;
  subscription_id: string | null;
  status: string | null;
  received_at: number;
  payload: string;
}

/** A forwarding as the delivery outbox holds it (operation `kartra.forward`). */
export type ForwardingRow = Pick<
  Selectable<Database["delivery_outbox"]>,
  "vendor" | "dedupe_key" | "status" | "attempts" | "next_attempt_at" | "locked_until" | "result" | "progress" | "updated_at"
>;

/** A forwarding's `progress` column (JSON): each step the target has confirmed. */
export interface ForwardingProgress {
  /** The target's global lead id; null when it confirmed the lead without one. */
  leadId?: string | null;
  /** Session index → the target's global event id. */
  events?: Record<string, string>;
}

export interface InboxEntry {
  tenantId: string;
  action: string;
  /** The body exactly as received (UTF-8 text), stored verbatim. */
  payload: string;
  leadId: string | null;
  email: string | null;
  /** Raw `lead` object as JSON text, when the body had one with an id. */
  leadJson: string | null;
  calendarId: string | null;
  classId: string | null;
  subscriptionId: string | null;
  status: string | null;
  /** Runs in the webhook's transaction once it is stored (not for a duplicate): its outbox rows go here. */
  onStored?: (trx: Kysely<Database>, row: KartraInboxRow) => Promise<void>;
}

export interface Received {
  seq: number;
  duplicate: boolean;
  row: KartraInboxRow;
}

/** sha256 of the body with object keys sorted, so a re-serialised retry still matches. */
export function payloadHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

/**
 * Idempotency key within a tenant (issue 6: "keyed on tenant + subscription id + status +
 * payload hash"). Other actions have no subscription: action + hash.
 */
export function dedupeKey(entry: Pick<InboxEntry, "action" | "subscriptionId" | "status">, hash: string): string {
  return entry.action === "calendar_complete"
    ? `cc|${entry.subscriptionId}|${(entry.status ?? "").slice(0, 100)}|${hash}`
    : `a|${entry.action.slice(0, 100)}|${hash}`;
}

/**
 * A value for an index column (email, status, ids, …): NUL becomes U+FFFD. Postgres text cannot
 * hold NUL ("invalid byte sequence for encoding UTF8: 0x00") and SQLite can; doing it on both
 * keeps them in agreement. The columns only find rows: the model is read from `payload`, the
 * body as received (JSON text, where a NUL is the escape `\u0000`), so `raw` and every field
 * still show exactly what the vendor sent.
 */
const NUL = String.fromCharCode(0);

export function indexText<T extends string | null>(s: T): T {
  return (s === null || !s.includes(NUL) ? s : s.split(NUL).join("\uFFFD")) as T;
}

export async function receive(store: Store, entry: InboxEntry, hash: string, now = Date.now()): Promise<Received> {
  const db = store.db;
  const key = indexText(dedupeKey(entry, hash));
  const values = {
    tenant_id: entry.tenantId,
    dedupe_key: key,
    action: indexText(entry.action.slice(0, 100)),
    lead_id: indexText(entry.leadId),
    email: indexText(entry.email?.toLowerCase().slice(0, 320) ?? null),
    calendar_id: indexText(entry.calendarId),
    class_id: indexText(entry.classId),
    subscription_id: indexText(entry.subscriptionId),
    status: indexText(entry.status?.slice(0, 100) ?? null),
    payload_hash: hash,
    received_at: now,
    payload: entry.payload,
  };
  // group commit: acknowledged after the commit of a transaction this delivery may share with others
  const inserted = await store.groupCommit.run((trx) => writeDelivery(trx, store.dialect, entry, values, now));
  if (inserted != null) return { seq: inserted, duplicate: false, row: { ...values, seq: inserted } };
  const existing = await db
    .selectFrom("kartra_webhooks")
    .selectAll()
    .where("tenant_id", "=", entry.tenantId)
    .where("dedupe_key", "=", key)
    .executeTakeFirstOrThrow();
  return { seq: Number(existing.seq), duplicate: true, row: normalizeRow(existing) };
}

/** The inbox row's columns as receive() fills them: every one set (an optional one to null), so the row can be published as it is. */
type DeliveryValues = Insertable<Database["kartra_webhooks"]> & Omit<KartraInboxRow, "seq">;

/** Tenants whose inbox lock a transaction already holds: a batch of one tenant's deliveries asks once. */
const lockedIn = new WeakMap<Transaction<Database>, Set<string>>();

/**
 * One delivery's durable write, inside `trx`: the webhook row, the lead's latest record and its
 * forwarding outbox rows. Returns the new sequence, or null for a duplicate (nothing written).
 * It may share `trx` with other deliveries and run again alone if the batch fails, so it does
 * nothing outside `trx`.
 */
export async function writeDelivery(
  trx: Transaction<Database>,
  dialect: Store["dialect"],
  entry: InboxEntry,
  values: DeliveryValues,
  now: number,
): Promise<number | null> {
  // One writer per tenant at a time on Postgres, so sequence order is commit order: a
  // subscriber resuming from a cursor can never skip a delivery that committed later with a
  // smaller sequence. (SQLite has a single writer already.) Transactions here are short. Two
  // replicas' batches locking two tenants in opposite orders deadlock; Postgres aborts one
  // and the group commit runs its deliveries again one by one.
  const held = lockedIn.get(trx) ?? new Set<string>();
  lockedIn.set(trx, held);
  if (dialect === "postgres" && !held.has(entry.tenantId)) {
    await sql`select pg_advisory_xact_lock(hashtext(${`kartra-inbox:${entry.tenantId}`}))`.execute(trx);
    held.add(entry.tenantId);
  }
  if (dialect === "postgres" && entry.leadId && entry.leadJson) {
    // One statement, one round trip: the webhook row and the lead's latest record (a
    // data-modifying CTE; the lead upsert sees only the new row's seq, so a duplicate writes
    // neither). The two statements below cost a socket write each, ~11 % of a stored webhook's
    // CPU on Postgres.
    const r = await sql<{ seq: number | string }>`
      with ins as (
        insert into kartra_webhooks (tenant_id, dedupe_key, action, lead_id, email, calendar_id, class_id,
          subscription_id, status, payload_hash, received_at, payload)
        values (${values.tenant_id}, ${values.dedupe_key}, ${values.action}, ${values.lead_id}, ${values.email},
          ${values.calendar_id}, ${values.class_id}, ${values.subscription_id}, ${values.status}, ${values.payload_hash},
          ${values.received_at}, ${values.payload})
        on conflict (tenant_id, dedupe_key) do nothing
        returning seq
      ), lead as (
        insert into kartra_leads (tenant_id, lead_id, email, last_seq, updated_at, lead)
        select ${entry.tenantId}::text, ${values.lead_id}::text, ${values.email}::text, ins.seq, ${now}::bigint, ${entry.leadJson}::text
        from ins
        on conflict (tenant_id, lead_id) do update set
          email = excluded.email, last_seq = excluded.last_seq, updated_at = excluded.updated_at, lead = excluded.lead
          -- concurrent deliveries may commit out of order: the newest sequence wins
          where kartra_leads.last_seq < excluded.last_seq
      )
      select seq from ins`.execute(trx);
    const first = r.rows[0];
    if (!first) return null;
    const seq = Number(first.seq);
    await entry.onStored?.(trx, { ...values, seq });
    return seq;
  }
  const row = await trx
    .insertInto("kartra_webhooks")
    .values(values)
    .onConflict((oc) => oc.columns(["tenant_id", "dedupe_key"]).doNothing())
    .returning("seq")
    .executeTakeFirst();
  if (!row) return null;
  const seq = Number(row.seq);
  if (entry.leadId && entry.leadJson) {
    await trx
      .insertInto("kartra_leads")
      .values({
        tenant_id: entry.tenantId,
        lead_id: values.lead_id!,
        email: values.email,
        last_seq: seq,
        updated_at: now,
        lead: entry.leadJson,
      })
      .onConflict((oc) =>
        oc
          .columns(["tenant_id", "lead_id"])
          .doUpdateSet((eb) => ({
            email: eb.ref("excluded.email"),
            last_seq: eb.ref("excluded.last_seq"),
            updated_at: eb.ref("excluded.updated_at"),
            lead: eb.ref("excluded.lead"),
          }))
          // concurrent deliveries may commit out of order: the newest sequence wins
          .where("kartra_leads.last_seq", "<", seq),
      )
      .execute();
  }
  await entry.onStored?.(trx, { ...values, seq });
  return seq;
}

export function normalizeRow(r: KartraInboxRow): KartraInboxRow {
  return { ...r, seq: Number(r.seq), received_at: Number(r.received_at) };
}

export interface CompletionQuery {
  email?: string | null;
  calendarId?: string | null;
  classId?: string | null;
  status?: string | null;
  since?: Date | null;
  until?: Date | null;
  afterSeq?: number | null;
  /** Inclusive upper bound on the sequence. */
  atMostSeq?: number | null;
  limit: number;
}

/** Stored calendar_complete deliveries matching `q`, oldest first (ascending sequence). */
export async function listCompletions(db: Db, tenantId: string, q: CompletionQuery): Promise<KartraInboxRow[]> {
  let query = db.selectFrom("kartra_webhooks").selectAll().where("tenant_id", "=", tenantId).where("action", "=", "calendar_complete");
  if (q.email) query = query.where("email", "=", q.email.toLowerCase());
  if (q.calendarId) query = query.where("calendar_id", "=", q.calendarId);
  if (q.classId) query = query.where("class_id", "=", q.classId);
  if (q.status) query = query.where((eb) => eb(eb.fn("lower", ["status"]), "=", q.status!.toLowerCase()));
  if (q.since) query = query.where("received_at", ">=", q.since.getTime());
  if (q.until) query = query.where("received_at", "<", q.until.getTime());
  if (q.afterSeq != null) query = query.where("seq", ">", q.afterSeq);
  if (q.atMostSeq != null) query = query.where("seq", "<=", q.atMostSeq);
  const rows = await query.orderBy("seq", "asc").limit(q.limit).execute();
  return rows.map(normalizeRow);
}

export async function getWebhook(db: Db, tenantId: string, seq: number): Promise<KartraInboxRow | null> {
  const r = await db.selectFrom("kartra_webhooks").selectAll().where("tenant_id", "=", tenantId).where("seq", "=", seq).executeTakeFirst();
  return r ? normalizeRow(r) : null;
}

/** The latest calendar_complete delivery for a calendar subscription. */
export async function latestForSubscription(db: Db, tenantId: string, subscriptionId: string): Promise<KartraInboxRow | null> {
  const r = await db
    .selectFrom("kartra_webhooks")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("action", "=", "calendar_complete")
    .where("subscription_id", "=", subscriptionId)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return r ? normalizeRow(r) : null;
}

/** The latest calendar_complete delivery of each of a lead's calendar subscriptions, newest first. */
export async function latestPerSubscriptionForLead(db: Db, tenantId: string, leadId: string): Promise<KartraInboxRow[]> {
  const rows = await db
    .selectFrom("kartra_webhooks")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("action", "=", "calendar_complete")
    .where("lead_id", "=", indexText(leadId))
    .orderBy("seq", "desc")
    .limit(1000)
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.subscription_id!) && !!seen.add(r.subscription_id!)).map(normalizeRow);
}

export async function getLeadRecord(db: Db, tenantId: string, leadId: string): Promise<string | null> {
  const r = await db
    .selectFrom("kartra_leads")
    .select("lead")
    .where("tenant_id", "=", tenantId)
    .where("lead_id", "=", indexText(leadId))
    .executeTakeFirst();
  return r?.lead ?? null;
}

export async function listLeadRecords(
  db: Db,
  tenantId: string,
  filter: { email?: string | null },
  page: { offset: number; limit: number },
): Promise<{ leads: string[]; hasNextPage: boolean; total: number }> {
  let q = db.selectFrom("kartra_leads").where("tenant_id", "=", tenantId);
  if (filter.email) q = q.where("email", "=", indexText(filter.email.toLowerCase()));
  const rows = await q.select("lead").orderBy("last_seq", "desc").offset(page.offset).limit(page.limit + 1).execute();
  const total = await q.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow();
  return { leads: rows.slice(0, page.limit).map((r) => r.lead), hasNextPage: rows.length > page.limit, total: Number(total.n) };
}

/** The forwardings of many completions in one query (DataLoader batch), from the delivery outbox. */
export async function forwardingsFor(db: Db, tenantId: string, seqs: readonly number[]): Promise<ForwardingRow[]> {
  if (!seqs.length) return [];
  return db
    .selectFrom("delivery_outbox")
    .select(["vendor", "dedupe_key", "status", "attempts", "next_attempt_at", "locked_until", "result", "progress", "updated_at"])
    .where("tenant_id", "=", tenantId)
    .where("operation", "=", "kartra.forward")
    .where((eb) => eb.or(seqs.map((seq) => eb("dedupe_key", "like", `kartra.forward:${Number(seq)}:%`))))
    .orderBy("vendor")
    .execute();
}

/** The webhook sequence a forwarding's dedupe key names (`kartra.forward:<seq>:<target>`). */
export function forwardingSeq(r: Pick<ForwardingRow, "dedupe_key">): number {
  return Number((r.dedupe_key ?? "").split(":")[1]);
}

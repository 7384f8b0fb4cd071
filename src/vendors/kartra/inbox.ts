import { createHash } from "node:crypto";
import { PostgresAdapter, sql, type Generated, type Insertable, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Database } from "../../store/schema.js";
import type { Store } from "../../store/index.js";
import type { Combined } from "../../store/group-commit.js";

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
  // loops and += rather than map/join: this runs over every node of every webhook body
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  let s: string;
  if (Array.isArray(v)) {
    s = "[";
    for (let i = 0; i < v.length; i++) s += (i ? "," : "") + canonicalJson(v[i]);
    return `${s}]`;
  }
  const keys = Object.keys(v).sort();
  s = "{";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    s += `${i ? "," : ""}${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`;
  }
  return `${s}}`;
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
  const inserted = await store.groupCommit.add(inboxWrites, { dialect: store.dialect, entry, values, now });
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

/** One delivery's durable write: the webhook row, the lead's latest record and its forwarding outbox rows. */
interface DeliveryWrite {
  dialect: Store["dialect"];
  entry: InboxEntry;
  values: DeliveryValues;
  now: number;
}

/**
 * The deliveries of one group commit, written inside its transaction: each one's new sequence,
 * or null for a duplicate (nothing written). They may run again alone if the batch fails, so
 * nothing here is done outside `trx`.
 */
export const inboxWrites: Combined<DeliveryWrite, number | null> = {
  async writeMany(trx, writes) {
    const seqs = writes[0]!.dialect === "postgres" ? await insertPostgres(trx, writes) : await insertSqlite(trx, writes);
    for (let i = 0; i < writes.length; i++) {
      const seq = seqs[i];
      if (seq != null) await writes[i]!.entry.onStored?.(trx, { ...writes[i]!.values, seq });
    }
    return seqs;
  },
};

/**
 * Postgres: the whole batch in one statement, one round trip (a data-modifying CTE over unnest):
 * the webhook rows and each lead's latest record. Statements inside one transaction run one
 * after another on its connection, so a statement per delivery made a batch of 100 cost 100
 * round trips while every other delivery waited for it.
 *
 * One writer per tenant at a time, so sequence order is commit order: a subscriber resuming
 * from a cursor can never skip a delivery that committed later with a smaller sequence. (SQLite
 * has a single writer already.) Two replicas' batches lock their tenants in the same (sorted)
 * order, so they queue rather than deadlock.
 */
async function insertPostgres(trx: Transaction<Database>, writes: DeliveryWrite[]): Promise<(number | null)[]> {
  for (const tenant of [...new Set(writes.map((w) => w.entry.tenantId))].sort()) {
    await sql`select pg_advisory_xact_lock(hashtext(${`kartra-inbox:${tenant}`}))`.execute(trx);
  }
  const col = <K extends keyof DeliveryValues>(k: K) => writes.map((w) => w.values[k]);
  const r = await sql<{ seq: number | string; tenant_id: string; dedupe_key: string }>`
    with v as (
      select * from unnest(${col("tenant_id")}::text[], ${col("dedupe_key")}::text[], ${col("action")}::text[],
        ${col("lead_id")}::text[], ${col("email")}::text[], ${col("calendar_id")}::text[], ${col("class_id")}::text[],
        ${col("subscription_id")}::text[], ${col("status")}::text[], ${col("payload_hash")}::text[],
        ${col("received_at")}::bigint[], ${col("payload")}::text[], ${writes.map((w) => w.entry.leadJson)}::text[],
        ${writes.map((_, i) => i)}::int[])
      as v(tenant_id, dedupe_key, action, lead_id, email, calendar_id, class_id, subscription_id, status, payload_hash,
        received_at, payload, lead_json, ord)
    ), ins as (
      insert into kartra_webhooks (tenant_id, dedupe_key, action, lead_id, email, calendar_id, class_id,
        subscription_id, status, payload_hash, received_at, payload)
      select tenant_id, dedupe_key, action, lead_id, email, calendar_id, class_id, subscription_id, status, payload_hash,
        received_at, payload
      from v order by ord
      on conflict (tenant_id, dedupe_key) do nothing
      returning seq, tenant_id, dedupe_key
    ), lead as (
      insert into kartra_leads (tenant_id, lead_id, email, last_seq, updated_at, lead)
      -- one row per lead (an upsert may not touch a row twice), its newest delivery of the batch
      select distinct on (v.tenant_id, v.lead_id) v.tenant_id, v.lead_id, v.email, ins.seq, v.received_at, v.lead_json
      from ins join v on v.tenant_id = ins.tenant_id and v.dedupe_key = ins.dedupe_key
      where v.lead_id is not null and v.lead_json is not null
      order by v.tenant_id, v.lead_id, ins.seq desc
      on conflict (tenant_id, lead_id) do update set
        email = excluded.email, last_seq = excluded.last_seq, updated_at = excluded.updated_at, lead = excluded.lead
        -- concurrent deliveries may commit out of order: the newest sequence wins
        where kartra_leads.last_seq < excluded.last_seq
    )
    select seq, tenant_id, dedupe_key from ins`.execute(trx);
  // keys hold no NUL (indexText), so it separates tenant and key; of two equal keys in one batch the first is stored
  const stored = new Map(r.rows.map((row) => [`${row.tenant_id}\0${row.dedupe_key}`, Number(row.seq)]));
  return writes.map((w) => {
    const k = `${w.values.tenant_id}\0${w.values.dedupe_key}`;
    const seq = stored.get(k);
    stored.delete(k);
    return seq ?? null;
  });
}

/**
 * SQLite: in-process statements cost no round trip, so each delivery's two run as they are,
 * written as SQL text: Kysely's query builder (nodes, visitor, frozen objects) was ~6 % of a
 * stored webhook's CPU, and the store prepares each text once.
 */
async function insertSqlite(trx: Transaction<Database>, writes: DeliveryWrite[]): Promise<(number | null)[]> {
  const out: (number | null)[] = [];
  for (const { entry, values: v, now } of writes) {
    const r = await sql<{ seq: number }>`
      insert into kartra_webhooks (tenant_id, dedupe_key, action, lead_id, email, calendar_id, class_id,
        subscription_id, status, payload_hash, received_at, payload)
      values (${v.tenant_id}, ${v.dedupe_key}, ${v.action}, ${v.lead_id}, ${v.email}, ${v.calendar_id}, ${v.class_id},
        ${v.subscription_id}, ${v.status}, ${v.payload_hash}, ${v.received_at}, ${v.payload})
      on conflict (tenant_id, dedupe_key) do nothing
      returning seq`.execute(trx);
    const seq = r.rows[0] ? Number(r.rows[0].seq) : null;
    out.push(seq);
    if (seq == null || !entry.leadId || !entry.leadJson) continue;
    await sql`
      insert into kartra_leads (tenant_id, lead_id, email, last_seq, updated_at, lead)
      values (${entry.tenantId}, ${v.lead_id}, ${v.email}, ${seq}, ${now}, ${entry.leadJson})
      on conflict (tenant_id, lead_id) do update set
        email = excluded.email, last_seq = excluded.last_seq, updated_at = excluded.updated_at, lead = excluded.lead
        -- concurrent deliveries may commit out of order: the newest sequence wins
        where kartra_leads.last_seq < excluded.last_seq`.execute(trx);
  }
  return out;
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
  const rows = await q
    .select("lead")
    .orderBy("last_seq", "desc")
    .offset(page.offset)
    .limit(page.limit + 1)
    .execute();
  const total = await q.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow();
  return { leads: rows.slice(0, page.limit).map((r) => r.lead), hasNextPage: rows.length > page.limit, total: Number(total.n) };
}

/** The forwardings of many completions in one query (DataLoader batch), from the delivery outbox. */
export async function forwardingsFor(db: Db, tenantId: string, seqs: readonly number[]): Promise<ForwardingRow[]> {
  if (!seqs.length) return [];
  return forwardingsQuery(db, tenantId, seqs).execute();
}

/**
 * A completion's forwardings are the rows whose dedupe key starts `kartra.forward:<seq>:`
 * (forward.ts), that is the keys from `…:<seq>:` up to `…:<seq>;` in byte order (';' follows
 * ':'), a range the (tenant, dedupe key) index finds. A LIKE per sequence found them by reading
 * every forwarding the tenant ever had (a seq scan of 41 ms at 200,000 rows on Postgres, growing
 * with the outbox). On Postgres the range is compared in "C", as migration 0006 indexes it.
 */
export function forwardingsQuery(db: Db, tenantId: string, seqs: readonly number[]) {
  const key = db.getExecutor().adapter instanceof PostgresAdapter ? sql<string>`dedupe_key collate "C"` : sql<string>`dedupe_key`;
  return db
    .selectFrom("delivery_outbox")
    .select(["vendor", "dedupe_key", "status", "attempts", "next_attempt_at", "locked_until", "result", "progress", "updated_at"])
    .where("tenant_id", "=", tenantId)
    .where("operation", "=", "kartra.forward")
    .where((eb) =>
      eb.or(
        seqs.map((seq) => {
          const prefix = `kartra.forward:${Number(seq)}`;
          return eb.and([eb(key, ">=", `${prefix}:`), eb(key, "<", `${prefix};`)]);
        }),
      ),
    )
    .orderBy("vendor");
}

/** The webhook sequence a forwarding's dedupe key names (`kartra.forward:<seq>:<target>`). */
export function forwardingSeq(r: Pick<ForwardingRow, "dedupe_key">): number {
  return Number((r.dedupe_key ?? "").split(":")[1]);
}

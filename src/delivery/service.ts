import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Store } from "../store/index.js";
import type { Database } from "../store/schema.js";
import type { Logger } from "../lib/logger.js";
import { scrubSecrets } from "../lib/logger.js";
import type { PubSub } from "../lib/pubsub.js";
import type { Metrics } from "../lib/metrics.js";
import { reviveDates } from "../lib/json.js";
import {
  DEFAULT_DELIVERY_POLICY,
  DeliveryStatus,
  delivery,
  isPending,
  isSuccess,
  type Delivery,
  type DeliveryAttempt,
  type DeliveryPolicy,
} from "../model/delivery.js";
import type { OutboxItem, OutboxPort, Registry, TenantContext } from "../vendors/types.js";
import { OutboxTable, type NewOutboxRow, type OutboxKind, type OutboxRow } from "./outbox.js";
import { verdict } from "./policy.js";
import { GroupRelease } from "./group-release.js";
import { DELIVERY_FAILED, DELIVERY_SUCCEEDED, type WebhookEndpoint } from "./webhooks/endpoint-config.js";

/** A tenant as the outbox reads it: its delivery policy and outbound webhook endpoints. */
export interface DeliveryTenant extends TenantContext {
  delivery?: DeliveryPolicy;
  webhooks?: WebhookEndpoint[];
}

export interface DeliveryServiceOptions {
  store: Store;
  pubsub: PubSub;
  logger: Logger;
  tenants: DeliveryTenant[];
  registry: Registry;
  /** Configured secret values: scrubbed from every stored result and history entry. */
  secrets: string[];
  metrics?: Metrics;
}

/** Global id of a delivery or webhook message in the log. */
export const deliveryGlobalId = (id: number | string) => `leadgraph:delivery:${id}`;
export const webhookDeliveryGlobalId = (id: number | string) => `leadgraph:webhook_delivery:${id}`;

/** Published on every status change, on the tenant's topic (deliveryUpdated). */
export const deliveryTopic = (tenantId: string) => `deliveries:${tenantId}`;
/** Wakes the workers of every replica (on Redis): whichever claims a row first runs it. */
export const KICK_TOPIC = "delivery:kick";

/** One target of a fan-out mutation. */
export interface FanOutTarget {
  /** Adapter id. */
  vendor: string;
  /** What a worker needs to deliver it again (operations.ts). */
  payload: unknown;
  /** Settled before sending (the target's pre-flight refused the input; it is not configured): logged as it is. */
  decided?: Delivery;
  /** The first attempt, in the request (mode SYNC). */
  call?: () => Promise<Delivery>;
}

export type DeliveryMode = "SYNC" | "ASYNC";

const num = (v: unknown): number => Number(v);

/**
 * The durable outbox as the rest of LeadGraph uses it: fan-out deliveries (the first attempt in
 * the request, retries in the background), adapters' background work, outbound webhook messages,
 * and the delivery log's reads. Workers (worker.ts) call `attempt` for each row they claim.
 */
export class DeliveryService implements OutboxPort {
  readonly owner = randomUUID();
  readonly table: OutboxTable;

  /** Lets go of ASYNC fan-outs' held rows once their answer is written, batched. */
  private readonly releases: GroupRelease;

  constructor(readonly opts: DeliveryServiceOptions) {
    this.table = new OutboxTable(opts.store);
    this.releases = new GroupRelease(opts.store, this.table, this.owner, {
      released: () => this.kick(),
      failed: (e, ids) => this.opts.logger.warn({ err: e, deliveries: ids.length }, "queued deliveries wait for their hold to run out"),
    });
  }

  tenant(id: string): DeliveryTenant | undefined {
    return this.opts.tenants.find((t) => t.id === id);
  }

  policy(tenantId: string): DeliveryPolicy {
    return this.tenant(tenantId)?.delivery ?? DEFAULT_DELIVERY_POLICY;
  }

  /** The policy for one row: the tenant's, under what the adapter owning the operation sets for it. */
  policyFor(row: Pick<OutboxRow, "tenant_id" | "operation">): DeliveryPolicy {
    const base = this.policy(row.tenant_id);
    const tenant = this.tenant(row.tenant_id);
    const owner = this.opts.registry.adapters.find((a) => a.operations?.[row.operation]);
    const own = tenant && owner?.deliveryPolicy?.(tenant, row.operation);
    return own ? { ...base, ...own, backoff: { ...base.backoff, ...own.backoff } } : base;
  }

  leaseMs(tenantId: string): number {
    return this.policy(tenantId).leaseSeconds * 1000;
  }

  /** The shortest lease of any tenant: how long a claim holds before its first heartbeat. */
  get minLeaseMs(): number {
    return Math.min(DEFAULT_DELIVERY_POLICY.leaseSeconds * 1000, ...this.opts.tenants.map((t) => this.leaseMs(t.id)));
  }

  // ---- fan-out ----

  /**
   * One delivery per target, each committed to the log before anything is sent. SYNC attempts each
   * target now, under a lease this process holds (a crash mid-call leaves the row to a worker once
   * the lease runs out); ASYNC answers QUEUED and leaves every target to the workers.
   * `retryable`: the operation is one the outbox delivers again (the fan-out mutations).
   */
  async deliver(
    tenantId: string,
    operation: string,
    targets: FanOutTarget[],
    mode: DeliveryMode,
    retryable: boolean,
    afterAnswer: (fn: () => void) => void = (fn) => fn(),
  ): Promise<Delivery[]> {
    const leaseMs = this.leaseMs(tenantId);
    const lock = { owner: this.owner, leaseMs };
    const now = (t: FanOutTarget) => !!t.decided || mode === "SYNC" || !retryable;
    const fresh: NewOutboxRow[] = targets.map((t) => ({
      tenantId,
      kind: "vendor" as const,
      operation,
      vendor: t.vendor,
      payload: t.payload,
      // ASYNC: held until the answer is written, so no vendor is called before it
      ...(now(t) ? { claimFor: lock } : { holdFor: lock }),
    }));
    // group commit: the fan-outs arriving together share one transaction; this answers after it committed
    const rows = fresh.length ? await this.opts.store.groupCommit.add(this.table.inserts, fresh) : [];
    const queued = rows.filter((_, i) => !now(targets[i]!)).map((r) => Number(r.id));
    // released after the answer, with the other releases of the moment, in one UPDATE (group-release.ts)
    if (queued.length) afterAnswer(() => this.releases.add(queued));
    return Promise.all(
      rows.map(async (row, i) => {
        const t = targets[i]!;
        if (!now(t)) return this.announce(row);
        const started = Date.now();
        const outcome = t.decided ?? (await this.withLease(row, () => t.call!()));
        return (await this.settle(row, outcome, started, { retry: retryable && !t.decided, fromWorker: false })) ?? outcome;
      }),
    );
  }

  /** Logs a delivery made outside the outbox (updateLead, deleteLead: never retried) as it came out. */
  async recordFinal(
    tenantId: string,
    operation: string,
    vendor: string,
    payload: unknown,
    outcome: Delivery,
    started: number,
  ): Promise<Delivery> {
    const claimFor = { owner: this.owner, leaseMs: this.leaseMs(tenantId) };
    const [row] = await this.table.insert([{ tenantId, kind: "vendor", operation, vendor, payload, claimFor }]);
    return (await this.settle(row!, outcome, started, { retry: false, fromWorker: false })) ?? outcome;
  }

  /** Runs `fn` while renewing this process's lease on `row`, so no worker takes a long attempt over. */
  async withLease<T>(row: OutboxRow, fn: () => Promise<T>): Promise<T> {
    const leaseMs = this.leaseMs(row.tenant_id);
    const timer = setInterval(() => void this.table.extend(num(row.id), this.owner, leaseMs).catch(() => {}), Math.max(50, leaseMs / 3));
    timer.unref();
    try {
      return await fn();
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * Records an attempt's outcome: final, or RETRYING at the policy's next step. A worker's attempt
   * that ends a delivery which had been QUEUED or RETRYING is announced to the tenant's webhooks.
   * Undefined when the row is no longer this process's (another worker took it over).
   */
  async settle(
    row: OutboxRow,
    outcome: Delivery,
    started: number,
    how: { retry: boolean; fromWorker: boolean },
  ): Promise<Delivery | undefined> {
    const policy = this.policyFor(row);
    const v = verdict(outcome, num(row.attempts), num(row.budget_from), how.retry ? policy : { ...policy, retry: false });
    const attempt: DeliveryAttempt = {
      at: new Date(started),
      outcome: v.status,
      error: outcome.error ? { code: outcome.error.code, vendorCode: outcome.error.vendorCode, message: outcome.error.message } : null,
      durationMs: Date.now() - started,
    };
    const history = [...(JSON.parse(row.history) as unknown[]), attempt];
    const { vendor: _v, status: _s, ...result } = outcome;
    const settled = await this.table.settle(num(row.id), this.owner, {
      status: v.status,
      nextAttemptAt: v.nextAttemptAt,
      // through JSON first: Dates become the ISO strings toDelivery revives (scrubbing walks plain data only)
      result: scrubSecrets(JSON.parse(JSON.stringify(result)), this.opts.secrets, 0, 12),
      history: scrubSecrets(JSON.parse(JSON.stringify(history)), this.opts.secrets, 0, 12) as unknown[],
    });
    if (!settled) {
      this.opts.logger.warn({ delivery: num(row.id) }, "delivery attempt settled elsewhere (lease lost or cancelled); outcome dropped");
      return undefined;
    }
    const d = this.announce(settled);
    if (how.fromWorker && !isPending(d.status)) await this.announceFinal(settled.tenant_id, d);
    return d;
  }

  /** Publishes the row's status to deliveryUpdated and returns it as a Delivery. */
  private announce(row: OutboxRow): Delivery {
    const d = this.toDelivery(row);
    const topic = deliveryTopic(row.tenant_id);
    if (this.opts.pubsub.listening(topic)) this.opts.pubsub.publish(topic, JSON.parse(JSON.stringify(d)));
    return d;
  }

  private async announceFinal(tenantId: string, d: Delivery): Promise<void> {
    if (d.status === DeliveryStatus.CANCELLED && d.operation !== "cancelLead") return;
    const type = isSuccess(d.status) ? DELIVERY_SUCCEEDED : DELIVERY_FAILED;
    await this.emit(tenantId, type, webhookData(d)).catch((e: unknown) =>
      this.opts.logger.error({ err: e, delivery: d.id }, "could not queue the delivery's webhook"),
    );
  }

  // ---- OutboxPort ----

  async enqueue(items: OutboxItem[], db?: Kysely<Database>): Promise<string[]> {
    const rows = await this.table.insert(
      items.map((i) => ({
        tenantId: i.tenantId,
        kind: "vendor",
        operation: i.operation,
        vendor: i.vendor,
        payload: i.payload,
        dedupeKey: i.dedupeKey,
      })),
      db,
    );
    if (!db) this.kick();
    return rows.map((r) => deliveryGlobalId(r.id));
  }

  async emit(tenantId: string, type: string, data: unknown, db?: Kysely<Database>): Promise<void> {
    const endpoints = (this.tenant(tenantId)?.webhooks ?? []).filter((e) => e.events.includes(type));
    if (!endpoints.length) return;
    const disabled = new Set(
      (
        await (db ?? this.table.db)
          .selectFrom("webhook_endpoints")
          .select("url")
          .where("tenant_id", "=", tenantId)
          .where("disabled_at", "is not", null)
          .execute()
      ).map((r) => r.url),
    );
    const timestamp = new Date().toISOString();
    const rows: NewOutboxRow[] = endpoints
      .filter((e) => !disabled.has(e.url))
      .map((e) => ({
        tenantId,
        kind: "webhook",
        operation: type,
        target: e.url,
        // webhook-id: the same on every retry of this message to this endpoint
        payload: { id: `msg_${randomUUID().replace(/-/g, "")}`, type, timestamp, data },
      }));
    await this.table.insert(rows, db);
    if (!db) this.kick();
  }

  kick(): void {
    this.opts.pubsub.publish(KICK_TOPIC, null);
  }

  // ---- the log ----

  toDelivery(row: OutboxRow): Delivery {
    const result = (row.result ? reviveDates(JSON.parse(row.result)) : {}) as Partial<Delivery>;
    const status = row.status as DeliveryStatus;
    const vendor = this.opts.registry.get(row.vendor ?? "")?.name ?? String(row.vendor).toUpperCase();
    // a row just queued (every ASYNC answer) has no attempt yet: nothing to parse
    const history =
      row.history === "[]"
        ? []
        : (JSON.parse(row.history) as (Omit<DeliveryAttempt, "at"> & { at: string })[]).map((h) => ({ ...h, at: new Date(h.at) }));
    const pendingMessage =
      status === DeliveryStatus.QUEUED
        ? "queued: a worker delivers it shortly"
        : status === DeliveryStatus.RETRYING
          ? `will be tried again: ${result.error?.message ?? "the last attempt failed"}`
          : undefined;
    return {
      ...delivery(vendor, status, { ...result, ...(pendingMessage ? { message: pendingMessage } : {}) }),
      id: deliveryGlobalId(row.id),
      operation: row.operation,
      attempts: num(row.attempts),
      nextAttemptAt: isPending(status) ? new Date(num(row.next_attempt_at)) : null,
      createdAt: new Date(num(row.created_at)),
      updatedAt: new Date(num(row.updated_at)),
      history,
    };
  }

  async get(tenantId: string, id: number, kind: OutboxKind = "vendor"): Promise<OutboxRow | undefined> {
    return this.table.get(tenantId, id, kind);
  }

  /** The deliveries by id, with their current status (an idempotent replay answers with these). */
  async current(tenantId: string, deliveries: Delivery[]): Promise<Delivery[]> {
    const ids = deliveries.map((d) => (d.id ? Number(d.id.split(":")[2]) : NaN)).filter((n) => Number.isInteger(n));
    const rows = new Map((await this.table.getMany(tenantId, ids)).map((r) => [num(r.id), r]));
    return deliveries.map((d) => {
      const row = d.id ? rows.get(Number(d.id.split(":")[2])) : undefined;
      return row ? { ...this.toDelivery(row), lead: d.lead ?? null, event: d.event ?? null } : d;
    });
  }

  /** FAILED → QUEUED with a fresh budget; CONFLICT otherwise. */
  async retry(tenantId: string, id: number, kind: OutboxKind = "vendor"): Promise<OutboxRow> {
    const row = await this.table.requeue(tenantId, id, kind);
    if (kind === "webhook") await this.enableEndpoint(tenantId, row.target ?? "");
    this.publishIf(kind, row);
    this.kick();
    return row;
  }

  async cancel(tenantId: string, id: number, kind: OutboxKind = "vendor"): Promise<OutboxRow> {
    const row = await this.table.cancel(tenantId, id, kind);
    this.publishIf(kind, row);
    return row;
  }

  private publishIf(kind: OutboxKind, row: OutboxRow): void {
    if (kind === "vendor") this.announce(row);
  }

  // ---- webhook endpoints ----

  async disableEndpoint(tenantId: string, url: string, reason: string): Promise<void> {
    const now = Date.now();
    await this.table.db
      .insertInto("webhook_endpoints")
      .values({ tenant_id: tenantId, url, disabled_at: now, reason })
      .onConflict((oc) => oc.columns(["tenant_id", "url"]).doUpdateSet({ disabled_at: now, reason }))
      .execute();
  }

  async enableEndpoint(tenantId: string, url: string): Promise<void> {
    await this.table.db.deleteFrom("webhook_endpoints").where("tenant_id", "=", tenantId).where("url", "=", url).execute();
  }

  async endpointDisabled(tenantId: string, url: string): Promise<{ at: Date; reason: string | null } | null> {
    const r = await this.table.db
      .selectFrom("webhook_endpoints")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("url", "=", url)
      .executeTakeFirst();
    return r?.disabled_at != null ? { at: new Date(num(r.disabled_at)), reason: r.reason } : null;
  }
}

/** The Delivery as the API shows it, without its attempt history (`delivery.*` webhook data). */
export function webhookData(d: Delivery): Record<string, unknown> {
  const { history: _h, ...rest } = d;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

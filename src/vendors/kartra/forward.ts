import { randomUUID } from "node:crypto";
import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../../store/schema.js";
import type { Logger } from "../../lib/logger.js";
import type { PubSub } from "../../lib/pubsub.js";
import type { EventWriter, LeadWriter, TenantContext, VendorCallContext, VendorServices } from "../types.js";
import { backgroundScope, callContext } from "../call-context.js";
import { BadInputError, VendorError } from "../../lib/errors.js";
import { toGlobalId } from "../../model/ids.js";
import { DeliveryStatus, type Delivery } from "../../model/delivery.js";
import { DEFAULT_SESSION_EVENT_TYPE, forwardRule, type ForwardTarget, type ForwardTargetConfig, type KartraConfig } from "./config.js";
import { calendarCompleteSchema, type KartraCalendarComplete } from "./schema.js";
import { getWebhook, indexText, type ForwardingProgress, type ForwardingRow } from "./inbox.js";
import { toForwardEventInput, toForwardLeadInput } from "./mapper.js";

/**
 * The forwarding outbox worker. Rows in `kartra_forwardings` are written in the same
 * transaction as their webhook (inbox.ts), so a stored completion always has its forwardings
 * and a duplicate delivery never adds more.
 *
 * A row is claimed with a conditional UPDATE (PENDING and due, or RUNNING with an expired
 * lease) that only one worker — in this process or another replica — can win. Each step's
 * result (the target's lead id, then one event id per session) is saved in `progress` as soon
 * as the target confirms it, so a retry or a restart resumes after the last confirmed step and
 * never creates the lead or a session twice. The window left is a create that landed while its
 * answer was lost (a timeout, a crash before the save): on a retry the lead step is deduplicated
 * by the target (createLead with dedupe by email/phone) and an event step first asks the target
 * whether it already has that event (EventWriter.findEvent).
 *
 * A target is any registered vendor with a lead writer (`forward.<vendor id>`, checked at
 * start-up): it gets the lead and, when its adapter has an event writer, one event per session.
 *
 * Failures are retried with exponential backoff (tenant `forward.retry`); a vendor rejection
 * (REJECTED, BAD_USER_INPUT) or a missing configuration is final (FAILED) at once.
 *
 * Each forwarding calls its target through that tenant's own call context (call-context.ts),
 * so one tenant's failing target opens only that tenant's circuit.
 */
export interface ForwardWorkerOptions {
  /** Longest sleep between scans for due rows (ms). */
  pollMs?: number;
  /** How long a claim holds before another worker may take the row over (ms). */
  leaseMs?: number;
  batch?: number;
}

class Permanent extends Error {}
class LostLease extends Error {}

/**
 * Published by the webhook once it has committed outbox rows; wakes the forwarders (on Redis,
 * every replica's: whichever claims a row first runs it). It carries nothing, so it needs no
 * tenant in its name.
 */
const KICK_TOPIC = "kartra:forwardings";

export function kickForwarders(pubsub: PubSub): void {
  pubsub.publish(KICK_TOPIC, null);
}

export function backoffMs(attempts: number, base: number, max: number, random = Math.random): number {
  const exp = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

const OK: ReadonlySet<DeliveryStatus> = new Set([DeliveryStatus.CREATED, DeliveryStatus.UPDATED, DeliveryStatus.EXISTING]);

function describeFailure(d: Delivery): string {
  const fe = d.fieldErrors.map((f) => `${f.field}: ${f.message}`).join("; ");
  const error = d.error ? `${d.error.code}${d.error.vendorCode ? ` (${d.error.vendorCode})` : ""}: ${d.error.message}` : null;
  // a message repeating the error's (every non-success delivery carries one) says nothing more
  const message = d.message && d.message !== d.error?.message && d.message !== fe ? d.message : null;
  return [error, fe || null, message].filter(Boolean).join(" — ") || d.status;
}

/** A Delivery that is not a success, as an error: final when the vendor refused the data. */
function deliveryError(d: Delivery): Error {
  const msg = describeFailure(d);
  const refused = d.status === DeliveryStatus.REJECTED || d.error?.code === "BAD_USER_INPUT" || d.error?.code === "VENDOR_NOT_CONFIGURED";
  return refused ? new Permanent(msg) : new Error(msg);
}

function isPermanent(e: unknown): boolean {
  if (e instanceof Permanent || e instanceof BadInputError) return true;
  return e instanceof VendorError && ["BAD_USER_INPUT", "VENDOR_NOT_CONFIGURED"].includes(String(e.extensions.code));
}

const kartraOf = (tenant: TenantContext | undefined) => tenant?.vendors.kartra as KartraConfig | undefined;

function retryPolicy(tenant: TenantContext | undefined) {
  const r = kartraOf(tenant)?.forward?.retry;
  return { baseDelayMs: r?.baseDelayMs ?? 5000, maxDelayMs: r?.maxDelayMs ?? 900_000, maxAttempts: r?.maxAttempts ?? 10 };
}

// ---- the outbox table, as one worker (one lease owner) sees it ----

type Db = Kysely<Database>;

/** PENDING and due, or RUNNING with a lease that has run out. */
const due = (now: number) => (eb: ExpressionBuilder<Database, "kartra_forwardings">) =>
  eb.or([
    eb.and([eb("status", "=", "PENDING"), eb("next_attempt_at", "<=", now)]),
    eb.and([eb("status", "=", "RUNNING"), eb("locked_until", "<", now)]),
  ]);

class Outbox {
  readonly owner = randomUUID();

  constructor(
    private readonly db: Db,
    private readonly leaseMs: number,
    readonly batch: number,
  ) {}

  /** Up to a batch of due rows, each claimed by this worker (a row another worker won is skipped). */
  async claimDue(now: number): Promise<ForwardingRow[]> {
    const rows = await this.db.selectFrom("kartra_forwardings").selectAll().where(due(now)).orderBy("id").limit(this.batch).execute();
    const mine: ForwardingRow[] = [];
    for (const r of rows) if (await this.claim(r, now)) mine.push(r);
    return mine;
  }

  private async claim(row: ForwardingRow, now: number): Promise<boolean> {
    const r = await this.db
      .updateTable("kartra_forwardings")
      .set({
        status: "RUNNING",
        lock_owner: this.owner,
        locked_until: now + this.leaseMs,
        attempts: Number(row.attempts) + 1,
        updated_at: now,
      })
      .where("id", "=", row.id)
      .where("attempts", "=", row.attempts)
      .where(due(now))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Saves confirmed steps and extends the lease; LostLease when another worker took the row over. */
  async saveProgress(id: number, progress: ForwardingProgress): Promise<void> {
    const now = Date.now();
    const r = await this.db
      .updateTable("kartra_forwardings")
      .set({ progress: JSON.stringify(progress), locked_until: now + this.leaseMs, updated_at: now })
      .where("id", "=", id)
      .where("lock_owner", "=", this.owner)
      .where("status", "=", "RUNNING")
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new LostLease(`forwarding ${id}: lease lost`);
  }

  async finish(id: number, set: { status: string; next_attempt_at?: number; last_error: string | null }): Promise<void> {
    await this.db
      .updateTable("kartra_forwardings")
      .set({ ...set, last_error: indexText(set.last_error), lock_owner: null, locked_until: null, updated_at: Date.now() })
      .where("id", "=", id)
      .where("lock_owner", "=", this.owner)
      .execute();
  }

  /** Ms until the next row falls due or a lease runs out, within [5, pollMs]. */
  async nextDueIn(pollMs: number): Promise<number> {
    const pending = await this.db
      .selectFrom("kartra_forwardings")
      .select((eb) => eb.fn.min("next_attempt_at").as("next"))
      .where("status", "=", "PENDING")
      .executeTakeFirst();
    const lease = await this.db
      .selectFrom("kartra_forwardings")
      .select((eb) => eb.fn.min("locked_until").as("next"))
      .where("status", "=", "RUNNING")
      .executeTakeFirst();
    const candidates = [pending?.next, lease?.next].filter((x) => x != null).map((x) => Number(x) - Date.now());
    return Math.max(5, Math.min(pollMs, ...candidates));
  }

  /** Rows not settled yet (the outbox depth alerting watches). */
  async depth(): Promise<number> {
    const r = await this.db
      .selectFrom("kartra_forwardings")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("status", "in", ["PENDING", "RUNNING"])
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}

// ---- one attempt at one forwarding ----

/** Everything one attempt needs, resolved from its row. */
interface Job {
  id: number;
  target: ForwardTarget;
  tenant: TenantContext;
  /** The tenant's rule for this target (`forward.<target>`). */
  rule: ForwardTargetConfig;
  leads: LeadWriter<unknown>;
  events: EventWriter<unknown> | undefined;
  vctx: VendorCallContext;
  data: KartraCalendarComplete;
  progress: ForwardingProgress;
  /** An earlier attempt ran: a create whose answer it lost may have landed. */
  retrying: boolean;
  save(progress: ForwardingProgress): Promise<void>;
}

/** The row's tenant, rule, target and webhook, or a final failure naming the one that is missing. */
async function prepare(services: VendorServices, outbox: Outbox, row: ForwardingRow, log: Logger): Promise<Job> {
  const id = Number(row.id);
  const target: ForwardTarget = row.target;
  const tenant = services.tenants.find((t) => t.id === row.tenant_id);
  const rule = forwardRule(kartraOf(tenant)?.forward, target);
  if (!tenant || !rule) throw new Permanent(`no forward rule for ${target} in tenant ${row.tenant_id}`);
  const adapter = services.registry.get(target);
  if (!adapter?.leadWriter) throw new Permanent(`vendors.kartra.forward.${target}: not a registered vendor with a lead writer`);
  if (tenant.vendors[target] == null) throw new Permanent(`VENDOR_NOT_CONFIGURED: ${target} is not configured for this tenant`);
  const hook = await getWebhook(services.store.db, row.tenant_id, Number(row.webhook_seq));
  if (!hook) throw new Permanent(`webhook ${row.webhook_seq} not found`);
  const scope = backgroundScope(services, tenant.id, `kartra-forward-${id}`, log.child({ tenant: tenant.id, target, forwarding: id }));
  return {
    id,
    target,
    tenant,
    rule,
    leads: adapter.leadWriter,
    events: adapter.eventWriter,
    vctx: callContext(services, tenant, target, scope).vctx,
    data: calendarCompleteSchema.parse(JSON.parse(hook.payload)),
    progress: JSON.parse(row.progress || "{}") as ForwardingProgress,
    retrying: Number(row.attempts) > 0,
    save: (progress) => outbox.saveProgress(id, progress),
  };
}

/** Upserts the lead into the target and saves the target's lead id. */
async function leadStep(job: Job): Promise<void> {
  if (job.progress.leadId !== undefined) return;
  const { target, tenant, rule, leads, vctx } = job;
  // A target whose lead source names one of its own (sourceIsReference) cannot take Kartra's free
  // text: it gets a source only from leadSource. Any other gets Kartra's own.
  const source = rule.leadSource ?? (job.leads.sourceIsReference ? null : undefined);
  const input = toForwardLeadInput(job.data.lead, tenant.defaultCountry, source);
  let d = await leads.createLead(vctx, input, { validateOnly: false, dedupe: true, vendorOptions: rule.leadOptions ?? null });
  // an upsert: the client the target already has gets what Kartra knows now
  if (d.status === DeliveryStatus.EXISTING && d.nativeId && leads.updateLead) d = await leads.updateLead(vctx, d.nativeId, input);
  if (!OK.has(d.status)) throw deliveryError(d);
  job.progress.leadId = d.lead?.id ?? (d.nativeId ? toGlobalId(target, "lead", d.nativeId) : null);
  await job.save(job.progress);
}

/** Records each calendar session as an event at the target, saving each event id as it is confirmed. */
async function sessionSteps(job: Job, events: EventWriter<unknown>): Promise<void> {
  const { rule } = job;
  const cal = job.data.action_details.calendar;
  if (!cal.events.length) return;
  const leadId = job.progress.leadId;
  if (!leadId) throw new Permanent(`${job.target} returned no lead id, so sessions cannot be attached to a lead`);
  const done = (job.progress.events ??= {});
  for (const [i, ev] of cal.events.entries()) {
    if (done[i]) continue;
    const input = {
      ...toForwardEventInput(cal, ev, i, leadId, rule.eventType ?? DEFAULT_SESSION_EVENT_TYPE, rule.eventExtra),
      userId: rule.userId != null ? String(rule.userId) : null,
    };
    // A retry may follow a create whose answer was lost but which landed: look first, so a
    // session is never recorded twice (creating an event is not idempotent at the target).
    const found = job.retrying && events.findEvent ? await events.findEvent(job.vctx, input) : null;
    const d = found ?? (await events.createEvent(job.vctx, input));
    if (!OK.has(d.status)) throw deliveryError(d);
    done[i] = d.event?.id ?? toGlobalId(job.target, "event", d.nativeId ?? `unknown-${i}`);
    await job.save(job.progress);
  }
}

/** One attempt: resumes after the last confirmed step (progress) and runs the rest. */
async function attempt(services: VendorServices, outbox: Outbox, row: ForwardingRow, log: Logger): Promise<void> {
  const job = await prepare(services, outbox, row, log);
  await leadStep(job);
  // a target with an event writer also gets the sessions; one without gets the lead only
  if (job.events) await sessionSteps(job, job.events);
}

/** A failed attempt: FAILED when final or out of attempts, else PENDING again after a backoff. */
async function recordFailure(services: VendorServices, outbox: Outbox, row: ForwardingRow, e: unknown, log: Logger): Promise<void> {
  const id = Number(row.id);
  if (e instanceof LostLease) return log.warn({ forwarding: id }, "kartra forwarding lease lost; another worker owns it");
  const attempts = Number(row.attempts) + 1;
  const permanent = isPermanent(e);
  const message = e instanceof Error ? e.message : "internal error";
  const retry = retryPolicy(services.tenants.find((t) => t.id === row.tenant_id));
  if (permanent || attempts >= retry.maxAttempts) {
    await outbox.finish(id, { status: "FAILED", last_error: message.slice(0, 1000) });
    log.error({ forwarding: id, target: row.target, attempts, permanent }, `kartra forwarding failed: ${message}`);
    return;
  }
  const delay = backoffMs(attempts, retry.baseDelayMs, retry.maxDelayMs);
  await outbox.finish(id, { status: "PENDING", next_attempt_at: Date.now() + delay, last_error: message.slice(0, 1000) });
  log.warn({ forwarding: id, target: row.target, attempts, retryInMs: delay }, `kartra forwarding attempt failed: ${message}`);
}

async function forwardRow(services: VendorServices, outbox: Outbox, row: ForwardingRow, log: Logger): Promise<void> {
  try {
    await attempt(services, outbox, row, log);
    await outbox.finish(Number(row.id), { status: "SUCCEEDED", last_error: null });
    log.info({ forwarding: Number(row.id), target: row.target, attempts: Number(row.attempts) + 1 }, "kartra forwarding succeeded");
  } catch (e) {
    await recordFailure(services, outbox, row, e, log);
  }
}

// ---- the loop ----

/** One worker: scans when kicked or when the next row falls due, one scan at a time. */
class ForwardWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** A kick or a full batch arrived during a scan: scan again before sleeping. */
  private again = false;
  private closed = false;
  private readonly kicks: AsyncIterator<unknown>;

  constructor(
    private readonly services: VendorServices,
    private readonly outbox: Outbox,
    private readonly pollMs: number,
    private readonly log: Logger,
  ) {
    this.kicks = services.pubsub.subscribe(KICK_TOPIC)[Symbol.asyncIterator]();
    this.listen().catch((e: unknown) => this.log.error({ err: e }, "kartra forwarder stopped listening for kicks"));
    this.schedule(0);
  }

  private async listen(): Promise<void> {
    for (let r = await this.kicks.next(); !r.done; r = await this.kicks.next()) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.loop(), ms);
    this.timer.unref();
  }

  private loop(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.scan().finally(() => (this.running = undefined));
  }

  /** Scans until nothing is left to claim, then sleeps until the next row falls due. */
  private async scan(): Promise<void> {
    try {
      do {
        this.again = false;
        const mine = await this.outbox.claimDue(Date.now());
        await Promise.all(mine.map((row) => forwardRow(this.services, this.outbox, row, this.log)));
        if (mine.length === this.outbox.batch) this.again = true;
      } while (this.again && !this.closed);
      this.services.metrics?.inboxDepth.set({ queue: "kartra_forwardings" }, await this.outbox.depth());
      this.schedule(await this.outbox.nextDueIn(this.pollMs));
    } catch (e) {
      if (!this.closed) this.log.error({ err: e }, "kartra forwarder scan failed");
      this.schedule(this.pollMs);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.kicks.return?.();
    await this.running;
  }
}

export function startForwardWorker(services: VendorServices, opts: ForwardWorkerOptions = {}): { close(): Promise<void> } {
  const outbox = new Outbox(services.store.db, opts.leaseMs ?? 60_000, opts.batch ?? 10);
  return new ForwardWorker(services, outbox, opts.pollMs ?? 1000, services.logger.child({ component: "kartra-forwarder" }));
}

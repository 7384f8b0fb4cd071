import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Store } from "../../store/index.js";
import type { Tenant } from "../../config.js";
import type { VendorAdapter, VendorCallContext, VendorId, VendorServices } from "../types.js";
import { getAdapter } from "../registry.js";
import { UpstreamStats } from "../../lib/upstream-stats.js";
import { BadInputError, VendorError } from "../../lib/errors.js";
import { toGlobalId } from "../../model/ids.js";
import { DeliveryStatus, EventType } from "../../graphql/types/enums.js";
import type { Delivery } from "../../graphql/types/delivery.type.js";
import type { KartraConfig, ForwardTarget } from "./config.js";
import { calendarCompleteSchema } from "./schema.js";
import { getWebhook } from "./inbox.js";
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
 * Failures are retried with exponential backoff (tenant `forward.retry`); a vendor rejection
 * (REJECTED, BAD_USER_INPUT) or a missing configuration is final (FAILED) at once.
 */
export interface ForwardWorkerOptions {
  /** Longest sleep between scans for due rows (ms). */
  pollMs?: number;
  /** How long a claim holds before another worker may take the row over (ms). */
  leaseMs?: number;
  batch?: number;
  /** Adapter lookup (tests pass fakes); default: the registry. */
  resolveAdapter?: (id: VendorId) => VendorAdapter | undefined;
}

export interface ForwardWorker {
  kick(): void;
  close(): Promise<void>;
}

interface Progress {
  leadId?: string | null;
  events?: Record<string, string>;
}

class Permanent extends Error {}
class LostLease extends Error {}

const workers = new Map<Store, ForwardWorker>();

/** Wake the worker bound to this store (after a webhook added outbox rows). */
export function kickForwarder(store: Store): void {
  workers.get(store)?.kick();
}

const OK = new Set([DeliveryStatus.CREATED, DeliveryStatus.UPDATED, DeliveryStatus.EXISTING]);

function describeFailure(d: Delivery): string {
  const fe = d.fieldErrors.map((f) => `${f.field}: ${f.message}`).join("; ");
  return [d.error ? `${d.error.code}${d.error.vendorCode ? ` (${d.error.vendorCode})` : ""}: ${d.error.message}` : null, fe || null, d.message].filter(Boolean).join(" — ") || d.status;
}

/** A Delivery that is not a success, as an error: final when the vendor refused the data. */
function deliveryError(d: Delivery): Error {
  const msg = describeFailure(d);
  if (d.status === DeliveryStatus.REJECTED || d.error?.code === "BAD_USER_INPUT" || d.error?.code === "VENDOR_NOT_CONFIGURED") return new Permanent(msg);
  return new Error(msg);
}

export function backoffMs(attempts: number, base: number, max: number, random = Math.random): number {
  const exp = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

export function startForwardWorker(services: VendorServices, opts: ForwardWorkerOptions = {}): ForwardWorker {
  const db = services.store.db;
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 60_000;
  const batch = opts.batch ?? 10;
  const resolve = opts.resolveAdapter ?? getAdapter;
  const owner = randomUUID();
  const log = services.logger.child({ component: "kartra-forwarder" });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const tenantOf = (id: string): Tenant | undefined => services.tenants.find((t) => t.id === id);

  const vctxFor = (tenant: Tenant, target: VendorId, config: unknown, rowId: number): VendorCallContext => ({
    tenant,
    config,
    requestId: `kartra-forward-${rowId}`,
    logger: log.child({ tenant: tenant.id, target, forwarding: rowId }),
    http: services.http,
    cache: services.cacheFor(tenant.id),
    store: services.store,
    upstream: new UpstreamStats(services.metrics?.recordUpstream),
    fresh: false,
    memo: new Map(),
    pubsub: services.pubsub,
    metrics: services.metrics,
  });

  type Row = Awaited<ReturnType<typeof claimable>>[number];
  function claimable(now: number) {
    return db
      .selectFrom("kartra_forwardings")
      .selectAll()
      .where((eb) => eb.or([eb.and([eb("status", "=", "PENDING"), eb("next_attempt_at", "<=", now)]), eb.and([eb("status", "=", "RUNNING"), eb("locked_until", "<", now)])]))
      .orderBy("id")
      .limit(batch)
      .execute();
  }

  async function claim(row: Row, now: number): Promise<boolean> {
    const r = await db
      .updateTable("kartra_forwardings")
      .set({ status: "RUNNING", lock_owner: owner, locked_until: now + leaseMs, attempts: Number(row.attempts) + 1, updated_at: now })
      .where("id", "=", row.id)
      .where("attempts", "=", row.attempts)
      .where((eb) => eb.or([eb.and([eb("status", "=", "PENDING"), eb("next_attempt_at", "<=", now)]), eb.and([eb("status", "=", "RUNNING"), eb("locked_until", "<", now)])]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async function saveProgress(id: number, progress: Progress) {
    const now = Date.now();
    const r = await db
      .updateTable("kartra_forwardings")
      .set({ progress: JSON.stringify(progress), locked_until: now + leaseMs, updated_at: now })
      .where("id", "=", id)
      .where("lock_owner", "=", owner)
      .where("status", "=", "RUNNING")
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new LostLease(`forwarding ${id}: lease lost`);
  }

  async function finish(id: number, set: { status: string; next_attempt_at?: number; last_error: string | null }) {
    await db
      .updateTable("kartra_forwardings")
      .set({ ...set, lock_owner: null, locked_until: null, updated_at: Date.now() })
      .where("id", "=", id)
      .where("lock_owner", "=", owner)
      .execute();
  }

  async function run(row: Row): Promise<void> {
    const id = Number(row.id);
    const target = row.target as ForwardTarget;
    const tenant = tenantOf(row.tenant_id);
    const kcfg = (tenant?.vendors as { kartra?: KartraConfig } | undefined)?.kartra;
    const rule = kcfg?.forward?.[target];
    if (!tenant || !rule) throw new Permanent(`no forward rule for ${target} in tenant ${row.tenant_id}`);
    const adapter = resolve(target);
    const config = (tenant.vendors as Record<string, unknown>)[target];
    if (!adapter?.leadWriter || config == null) throw new Permanent(`VENDOR_NOT_CONFIGURED: ${target} is not configured for this tenant`);
    const hook = await getWebhook(db, row.tenant_id, Number(row.webhook_seq));
    if (!hook) throw new Permanent(`webhook ${row.webhook_seq} not found`);
    const data = calendarCompleteSchema.parse(JSON.parse(hook.payload));
    const vctx = vctxFor(tenant, target, config, id);
    const progress = JSON.parse(row.progress || "{}") as Progress;
    const retrying = Number(row.attempts) > 0;

    if (progress.leadId === undefined) {
      const leadOptions = (rule as { leadOptions?: Record<string, unknown> }).leadOptions ?? null;
      const input = target === "clienttether" ? toForwardLeadInput(data.lead, tenant.defaultCountry, kcfg!.forward!.clienttether!.leadSource ?? null) : toForwardLeadInput(data.lead, tenant.defaultCountry);
      let d = await adapter.leadWriter.createLead(vctx, input, { validateOnly: false, dedupe: true, vendorOptions: leadOptions });
      // an upsert: the client the target already has gets what Kartra knows now
      if (d.status === DeliveryStatus.EXISTING && d.nativeId && adapter.leadWriter.updateLead) d = await adapter.leadWriter.updateLead(vctx, d.nativeId, input);
      if (!OK.has(d.status)) throw deliveryError(d);
      progress.leadId = d.lead?.id ?? (d.nativeId ? toGlobalId(target, "lead", d.nativeId) : null);
      await saveProgress(id, progress);
    }

    if (target === "clienttether") {
      const ct = kcfg!.forward!.clienttether!;
      const cal = data.action_details.calendar;
      if (!cal.events.length) return;
      if (!adapter.eventWriter) throw new Permanent(`${target} cannot create events`);
      if (!progress.leadId) throw new Permanent(`${target} returned no lead id, so sessions cannot be attached to a lead`);
      progress.events ??= {};
      for (const [i, ev] of cal.events.entries()) {
        if (progress.events[i]) continue;
        const input = { ...toForwardEventInput(cal, ev, i, progress.leadId, (ct.eventType ?? "APPOINTMENT") as EventType, ct.eventExtra), userId: ct.userId != null ? String(ct.userId) : null };
        // A retry may follow a create whose answer was lost but which landed: look first, so a
        // session is never recorded twice (a create event is not idempotent at ClientTether).
        const found = retrying && adapter.eventWriter.findEvent ? await adapter.eventWriter.findEvent(vctx, input) : null;
        const d = found ?? (await adapter.eventWriter.createEvent(vctx, input));
        if (!OK.has(d.status)) throw deliveryError(d);
        progress.events[i] = d.event?.id ?? toGlobalId(target, "event", d.nativeId ?? `unknown-${i}`);
        await saveProgress(id, progress);
      }
    }
  }

  async function process(row: Row): Promise<void> {
    const id = Number(row.id);
    const attempts = Number(row.attempts) + 1;
    try {
      await run(row);
      await finish(id, { status: "SUCCEEDED", last_error: null });
      log.info({ forwarding: id, target: row.target, attempts }, "kartra forwarding succeeded");
    } catch (e) {
      if (e instanceof LostLease) return log.warn({ forwarding: id }, "kartra forwarding lease lost; another worker owns it");
      const permanent = e instanceof Permanent || e instanceof BadInputError || (e instanceof VendorError && ["BAD_USER_INPUT", "VENDOR_NOT_CONFIGURED"].includes(String(e.extensions.code)));
      const message = e instanceof GraphQLError || e instanceof Permanent || e instanceof Error ? e.message : "internal error";
      const r = (tenantOf(row.tenant_id)?.vendors as { kartra?: KartraConfig } | undefined)?.kartra?.forward?.retry;
      const retry = { baseDelayMs: r?.baseDelayMs ?? 5000, maxDelayMs: r?.maxDelayMs ?? 900_000, maxAttempts: r?.maxAttempts ?? 10 };
      if (permanent || attempts >= retry.maxAttempts) {
        await finish(id, { status: "FAILED", last_error: message.slice(0, 1000) });
        log.error({ forwarding: id, target: row.target, attempts, permanent }, `kartra forwarding failed: ${message}`);
      } else {
        const delay = backoffMs(attempts, retry.baseDelayMs, retry.maxDelayMs);
        await finish(id, { status: "PENDING", next_attempt_at: Date.now() + delay, last_error: message.slice(0, 1000) });
        log.warn({ forwarding: id, target: row.target, attempts, retryInMs: delay }, `kartra forwarding attempt failed: ${message}`);
      }
    }
  }

  async function tick(): Promise<void> {
    const now = Date.now();
    const rows = await claimable(now);
    const mine: Row[] = [];
    for (const r of rows) if (await claim(r, now)) mine.push(r);
    await Promise.all(mine.map(process));
    if (mine.length === batch) again = true;
  }

  async function nextDelay(): Promise<number> {
    const r = await db
      .selectFrom("kartra_forwardings")
      .select((eb) => eb.fn.min("next_attempt_at").as("next"))
      .where("status", "=", "PENDING")
      .executeTakeFirst();
    const lease = await db
      .selectFrom("kartra_forwardings")
      .select((eb) => eb.fn.min("locked_until").as("next"))
      .where("status", "=", "RUNNING")
      .executeTakeFirst();
    const depth = await db
      .selectFrom("kartra_forwardings")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("status", "in", ["PENDING", "RUNNING"])
      .executeTakeFirst();
    services.metrics?.inboxDepth.set({ queue: "kartra_forwardings" }, Number(depth?.n ?? 0));
    const candidates = [r?.next, lease?.next].filter((x) => x != null).map((x) => Number(x) - Date.now());
    return Math.max(5, Math.min(pollMs, ...candidates));
  }

  function schedule(ms: number) {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => loop(), ms);
    timer.unref();
  }

  function loop() {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await tick();
        } while (again && !closed);
        schedule(await nextDelay());
      } catch (e) {
        if (!closed) log.error({ err: e }, "kartra forwarder scan failed");
        schedule(pollMs);
      } finally {
        running = undefined;
      }
    })();
  }

  const worker: ForwardWorker = {
    kick: () => schedule(0),
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
      if (workers.get(services.store) === worker) workers.delete(services.store);
    },
  };
  workers.set(services.store, worker);
  schedule(0);
  return worker;
}

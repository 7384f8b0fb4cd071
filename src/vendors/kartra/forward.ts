import type { EventWriter, LeadWriter, OutboxJob, OutboxOperation, TenantContext, VendorCallContext, VendorServices } from "../types.js";
import { backgroundScope, callContext } from "../call-context.js";
import { toGlobalId } from "../../model/ids.js";
import { delivery, DeliveryStatus, type Delivery } from "../../model/delivery.js";
import { DEFAULT_SESSION_EVENT_TYPE, forwardRule, type ForwardTarget, type ForwardTargetConfig, type KartraConfig } from "./config.js";
import { calendarCompleteSchema, type KartraCalendarComplete } from "./schema.js";
import { getWebhook, type ForwardingProgress } from "./inbox.js";
import { toForwardEventInput, toForwardLeadInput } from "./mapper.js";

/**
 * Kartra forwarding as an operation of the delivery outbox (src/delivery): one outbox row per
 * completion and target, committed in the same transaction as the webhook (webhook.ts), so a
 * stored completion always has its forwardings and a duplicate delivery never adds more. The
 * outbox's workers claim the row under a lease, retry it under the tenant's `delivery` policy,
 * and log it like any delivery (`deliveries(filter: {operation: "kartra.forward"})`).
 *
 * Each step's result (the target's lead id, then one event id per session) is saved in the
 * row's progress as soon as the target confirms it, so a retry or a restart resumes after the
 * last confirmed step and never creates the lead or a session twice. The window left is a create
 * that landed while its answer was lost (a timeout, a crash before the save): on a retry the lead
 * step is deduplicated by the target (createLead with dedupe, and the target's own retry rule:
 * `attempt` ≥ 2) and an event step first asks the target whether it already has that event
 * (EventWriter.findEvent).
 *
 * A target is any registered vendor with a lead writer (`forward.<vendor id>`, checked at
 * start-up): it gets the lead and, when its adapter has an event writer, one event per session.
 * Each forwarding calls its target through that tenant's own call context (call-context.ts), so
 * one tenant's failing target opens only that tenant's circuit.
 */
export const FORWARD_OPERATION = "kartra.forward";

/** One outbox row per completion and target, whatever the number of webhook retries. */
export const forwardDedupeKey = (webhookSeq: number, target: string) => `${FORWARD_OPERATION}:${webhookSeq}:${target}`;

export interface ForwardPayload {
  webhookSeq: number;
}

/** A final outcome decided before the target was called (the rule or the webhook is gone). */
class Permanent extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const OK: ReadonlySet<DeliveryStatus> = new Set([DeliveryStatus.CREATED, DeliveryStatus.UPDATED, DeliveryStatus.EXISTING]);

const kartraOf = (tenant: TenantContext | undefined) => tenant?.vendors.kartra as KartraConfig | undefined;

/** Everything one attempt needs, resolved from its row. */
interface Job {
  target: ForwardTarget;
  name: string;
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
async function prepare(services: VendorServices, job: OutboxJob): Promise<Job> {
  const target: ForwardTarget = job.vendorId;
  const { tenant } = job;
  const rule = forwardRule(kartraOf(tenant)?.forward, target);
  if (!rule) throw new Permanent("VENDOR_NOT_CONFIGURED", `no forward rule for ${target} in tenant ${tenant.id}`);
  const adapter = services.registry.get(target);
  if (!adapter?.leadWriter) {
    throw new Permanent("VENDOR_NOT_CONFIGURED", `vendors.kartra.forward.${target}: not a registered vendor with a lead writer`);
  }
  if (tenant.vendors[target] == null) throw new Permanent("VENDOR_NOT_CONFIGURED", `${target} is not configured for this tenant`);
  const { webhookSeq } = job.payload as ForwardPayload;
  const hook = await getWebhook(services.store.db, tenant.id, Number(webhookSeq));
  if (!hook) throw new Permanent("NOT_FOUND", `kartra webhook ${webhookSeq} not found`);
  const scope = backgroundScope(services, tenant.id, job.id, job.logger);
  const { vctx } = callContext(services, tenant, target, scope);
  vctx.attempt = job.attempt;
  return {
    target,
    name: adapter.name,
    tenant,
    rule,
    leads: adapter.leadWriter,
    events: adapter.eventWriter,
    vctx,
    data: calendarCompleteSchema.parse(JSON.parse(hook.payload)),
    progress: job.progress as ForwardingProgress,
    retrying: job.attempt > 1,
    save: (progress) => job.save(progress as Record<string, unknown>),
  };
}

/** Upserts the lead into the target and saves the target's lead id; a failing Delivery when the target did not take it. */
async function leadStep(job: Job): Promise<Delivery | null> {
  if (job.progress.leadId !== undefined) return null;
  const { target, tenant, rule, leads, vctx } = job;
  // A target whose lead source names one of its own (sourceIsReference) cannot take Kartra's free
  // text: it gets a source only from leadSource. Any other gets Kartra's own.
  const source = rule.leadSource ?? (job.leads.sourceIsReference ? null : undefined);
  const input = toForwardLeadInput(job.data.lead, tenant.defaultCountry, source);
  let d = await leads.createLead(vctx, input, { validateOnly: false, dedupe: true, vendorOptions: rule.leadOptions ?? null });
  // an upsert: the client the target already has gets what Kartra knows now
  if (d.status === DeliveryStatus.EXISTING && d.nativeId && leads.updateLead) d = await leads.updateLead(vctx, d.nativeId, input);
  if (!OK.has(d.status)) return d;
  job.progress.leadId = d.lead?.id ?? (d.nativeId ? toGlobalId(target, "lead", d.nativeId) : null);
  await job.save(job.progress);
  return null;
}

/** Records each calendar session as an event at the target, saving each event id as it is confirmed. */
async function sessionSteps(job: Job, events: EventWriter<unknown>): Promise<Delivery | null> {
  const { rule } = job;
  const cal = job.data.action_details.calendar;
  if (!cal.events.length) return null;
  const leadId = job.progress.leadId;
  if (!leadId) throw new Permanent("UPSTREAM_ERROR", `${job.target} returned no lead id, so sessions cannot be attached to a lead`);
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
    if (!OK.has(d.status)) return d;
    done[i] = d.event?.id ?? toGlobalId(job.target, "event", d.nativeId ?? `unknown-${i}`);
    await job.save(job.progress);
  }
  return null;
}

/**
 * One attempt: resumes after the last confirmed step and runs the rest. Its Delivery is the
 * target's: the lead (CREATED), or the step that failed as the target answered it (the outbox
 * retries what is retryable, under the tenant's policy).
 */
export const forwardOperation: OutboxOperation = async (outboxJob) => {
    const { services } = outboxJob;
    let job: Job | undefined;
    try {
      job = await prepare(services, outboxJob);
      const failed = (await leadStep(job)) ?? (job.events ? await sessionSteps(job, job.events) : null);
      if (failed) return failed;
      const leadId = job.progress.leadId ?? null;
      return delivery(job.name, DeliveryStatus.CREATED, {
        nativeId: leadId?.split(":").slice(2).join(":") ?? null,
        message: `forwarded: the lead${job.progress.events ? ` and ${Object.keys(job.progress.events).length} session(s)` : ""}`,
        details: { leadId, eventIds: Object.values(job.progress.events ?? {}) },
      });
    } catch (e) {
      if (!(e instanceof Permanent)) throw e;
      const name = services.registry.get(outboxJob.vendorId)?.name ?? outboxJob.vendorId;
      // final whatever its code: an UPSTREAM_ERROR without a vendor code would otherwise read as retryable
      return delivery(name, DeliveryStatus.FAILED, {
        noRetry: true,
        error: { code: e.code, message: e.message, vendorCode: null, retryAfterSeconds: null, circuitOpen: null },
      });
    }
};

import type { CallbackWhen, VendorAdapter, VendorCallContext } from "../vendors/types.js";
import type { CancelLeadInput, LeadInput } from "../model/lead.js";
import type { EventInput } from "../model/event.js";
import type { Delivery } from "../model/delivery.js";

/**
 * The fan-out mutations as outbox operations: what a target needs to be delivered again (the
 * payload, stored as JSON) and the one call that delivers it. The resolver's first attempt and a
 * worker's retry run the same function, so a retry sends exactly what the first attempt sent.
 */
export interface CreateLeadPayload {
  input: LeadInput;
  dedupe: boolean;
  vendorOptions: unknown;
}
export interface CancelLeadPayload {
  input: CancelLeadInput;
}
export interface ScheduleCallbackPayload {
  lead: LeadInput;
  at: Date | string | null;
  inSeconds: number | null;
  /** When the caller asked (epoch ms): a retry's `inSeconds` counts from then, not from the retry. */
  acceptedAt: number;
  vendorOptions: unknown;
}
export interface CreateEventPayload {
  input: EventInput;
  vendorOptions: unknown;
}

type Run<P> = (adapter: VendorAdapter, vctx: VendorCallContext, payload: P) => Promise<Delivery>;

const toDate = (v: Date | string | null | undefined): Date | null => (v == null ? null : v instanceof Date ? v : new Date(v));

function when(p: ScheduleCallbackPayload): CallbackWhen {
  if (p.at != null) return { at: toDate(p.at) };
  const elapsed = Math.floor((Date.now() - p.acceptedAt) / 1000);
  return { inSeconds: Math.max(0, (p.inSeconds ?? 0) - (elapsed > 1 ? elapsed : 0)) };
}

const createLead: Run<CreateLeadPayload> = (a, vctx, p) =>
  a.leadWriter!.createLead(vctx, p.input, { validateOnly: false, dedupe: p.dedupe, vendorOptions: p.vendorOptions });

const cancelLead: Run<CancelLeadPayload> = (a, vctx, p) => a.leadWriter!.cancelLead!(vctx, p.input);

const scheduleCallback: Run<ScheduleCallbackPayload> = (a, vctx, p) =>
  a.callbackScheduler!.scheduleCallback(vctx, p.lead, when(p), p.vendorOptions);

const createEvent: Run<CreateEventPayload> = (a, vctx, p) =>
  a.eventWriter!.createEvent(vctx, { ...p.input, startsAt: toDate(p.input.startsAt)!, endsAt: toDate(p.input.endsAt) }, p.vendorOptions);

/** validateLead runs through the log like the others, but is never retried: nothing is created. */
const validateLead: Run<CreateLeadPayload> = (a, vctx, p) =>
  a.leadWriter!.createLead(vctx, p.input, { validateOnly: true, dedupe: p.dedupe, vendorOptions: p.vendorOptions });

/** The fan-out operations, by the mutation's name. */
export const operations: Readonly<Record<string, Run<never>>> = { createLead, validateLead, cancelLead, scheduleCallback, createEvent };

export function runOperation(operation: string, adapter: VendorAdapter, vctx: VendorCallContext, payload: unknown): Promise<Delivery> {
  const run = operations[operation] as Run<unknown> | undefined;
  if (!run) throw new Error(`no outbox operation "${operation}"`);
  return run(adapter, vctx, payload);
}

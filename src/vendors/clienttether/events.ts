import { BadInputError, badInput } from "../../lib/errors.js";
import { missingRequired } from "../../model/requirements.js";
import { DeliveryStatus, type Delivery } from "../../model/delivery.js";
import { EventType, type Event, type EventInput } from "../../model/event.js";
import { dataArray, type FieldPaths } from "./client.js";
import { mapOptions, type ClientTetherContext as Ctx } from "./context.js";
import { clientIdOf, nativeOf } from "./ids.js";
import { loadersFor } from "./loaders.js";
import { toCtDateTime } from "./mapper/datetime.js";
import { CT_EVENT_TYPE, EVENT_REQUIREMENTS, fromEventInput, toEvent } from "./mapper/event.js";
import { stripHtml } from "./mapper/field-rules.js";
import type { EventUpdateInput } from "./model/inputs.js";
import { done, firstRecord, required, type CTResult } from "./result.js";

/** Events: the unified event writer, and the changes and reads only ClientTether has. */

const EVENT_PATHS: FieldPaths = {
  paths: {
    client_id: "input.leadId",
    event_type: "input.type",
    event_date: "input.startsAt",
    event_time: "input.startsAt",
    event_note: "input.description",
    event_end_date: "input.endsAt",
    event_end_time: "input.endsAt",
    user_id: "input.extra.user_id",
    event_manual_action_plan_id: "input.extra.event_manual_action_plan_id",
  },
};

const EVENT_UPDATE_PATHS: FieldPaths = {
  paths: {
    event_id: "id",
    event_type: "input.type",
    event_date: "input.startsAt",
    event_time: "input.startsAt",
    event_note: "input.description",
    event_end_date: "input.endsAt",
    event_end_time: "input.endsAt",
    user_id: "input.userId",
    event_manual_action_plan_id: "input.actionPlanId",
  },
};

export async function createEvent(ctx: Ctx, input: EventInput): Promise<Delivery> {
  const missing = missingRequired(EVENT_REQUIREMENTS, { input }, () => "ClientTether events belong to a lead: give its global id");
  if (missing.length || !input.leadId) throw new BadInputError(missing);
  const clientId = clientIdOf(input.leadId, "input.leadId");
  const params = fromEventInput(input, clientId, mapOptions(ctx));
  // a refused user_id is named where the caller gave it
  const paths = input.userId != null ? { paths: { ...EVENT_PATHS.paths, user_id: "input.userId" } } : EVENT_PATHS;
  // create_client_event has no dedupe of its own: a retry after an unknown outcome looks for the
  // event our earlier attempt may have created before sending it again (DELIVERY.md)
  if ((ctx.attempt ?? 1) >= 2) {
    const existing = await findEvent(ctx, input);
    if (existing) return existing;
  }
  const body = await loadersFor(ctx).api.createClientEvent(params, paths);
  const eventId = String(dataArray<{ event_id?: string }>(body)[0]?.event_id ?? "");
  const event = eventId ? toEvent({ ...params, event_id: eventId }, mapOptions(ctx)) : null;
  return done(DeliveryStatus.CREATED, { nativeId: eventId || null, event });
}

/** An event of the lead with the same type, start and note as `input` would create (read fresh, not from a cache). */
export async function findEvent(ctx: Ctx, input: EventInput): Promise<Delivery | null> {
  if (!input.leadId) return null;
  const clientId = clientIdOf(input.leadId, "input.leadId");
  const p = fromEventInput(input, clientId, mapOptions(ctx));
  const rows = await loadersFor(ctx).api.readEveryEvent({ client_id: clientId });
  const same = (e: (typeof rows)[number]) =>
    e.event_type === p.event_type && e.event_date === p.event_date && e.event_time === p.event_time && e.event_note === p.event_note;
  const hit = rows.find(same);
  if (!hit) return null;
  const event = toEvent({ ...hit, client_id: hit.client_id ?? clientId }, mapOptions(ctx));
  const message = "ClientTether already has this event; nothing was created";
  return done(DeliveryStatus.EXISTING, { nativeId: String(hit.event_id), event, message });
}

export async function updateEvent(ctx: Ctx, eventId: string, input: EventUpdateInput): Promise<CTResult> {
  const native = nativeOf(eventId, "event", "id");
  const p: Record<string, string> = { event_id: native };
  const tz = ctx.tenant.timezone;
  if (input.type) {
    const t = CT_EVENT_TYPE[input.type];
    if (!t) throw badInput("input.type", `ClientTether events are CALL, CONTACT_REMINDER or APPOINTMENT, not ${input.type}`);
    p.event_type = t;
  }
  if (input.description != null) p.event_note = required(stripHtml(input.description), "input.description", "must not be empty");
  if (input.startsAt) {
    const s = toCtDateTime(input.startsAt, tz);
    p.event_date = s.date;
    p.event_time = s.time;
  }
  if (input.endsAt) {
    if (input.type && input.type !== EventType.APPOINTMENT) throw badInput("input.endsAt", "only Appointments have an end in ClientTether");
    if (input.startsAt && input.endsAt <= input.startsAt) throw badInput("input.endsAt", "must be after startsAt");
    const e = toCtDateTime(input.endsAt, tz);
    p.event_end_date = e.date;
    p.event_end_time = e.time;
  }
  if (input.userId) p.user_id = nativeOf(input.userId, "user", "input.userId");
  if (input.actionPlanId) p.event_manual_action_plan_id = nativeOf(input.actionPlanId, "action_plan", "input.actionPlanId");
  if (Object.keys(p).length === 1) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateClientEvent(p, EVENT_UPDATE_PATHS);
  const rec = firstRecord<{ event_id: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), event: rec ? toEvent(rec, mapOptions(ctx)) : null };
}

export async function deleteEvent(ctx: Ctx, eventId: string): Promise<CTResult> {
  const native = nativeOf(eventId, "event", "id");
  await loadersFor(ctx).api.deleteClientEvent(native);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

/** read_appts_by_user_id: the user's appointments for the next 7 days (live; not cached). */
export async function appointments(ctx: Ctx, userId: string): Promise<Event[]> {
  const l = loadersFor(ctx);
  const native = nativeOf(userId, "user", "userId");
  return (await l.limit(() => l.api.readApptsByUserId(native))).map((e) => toEvent(e, mapOptions(ctx)));
}

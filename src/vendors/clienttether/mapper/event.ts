import { badInput } from "../../../lib/errors.js";
import type { CapabilityRequirements } from "../../../model/requirements.js";
import { toGlobalId } from "../../../model/ids.js";
import { EventType, type Event, type EventInput } from "../../../model/event.js";
import { VENDOR, VENDOR_ID } from "../config.js";
import type { ClientTetherEvent } from "../types.js";
import { localIso, parseCtDateTime, toCtDateTime } from "./datetime.js";
import { stripHtml } from "./field-rules.js";
import { frozen, str, type MapOptions } from "./values.js";

const EVENT_TYPES: Record<string, EventType> = {
  call: EventType.CALL,
  "contact reminder": EventType.CONTACT_REMINDER,
  appointment: EventType.APPOINTMENT,
};

/** "event_type: [Call, Contact Reminder, Appointment]" */
export const CT_EVENT_TYPE: Partial<Record<EventType, string>> = {
  [EventType.CALL]: "Call",
  [EventType.CONTACT_REMINDER]: "Contact Reminder",
  [EventType.APPOINTMENT]: "Appointment",
};

export function toEvent(e: ClientTetherEvent, mo: MapOptions): Event {
  const startsAt = parseCtDateTime(e.event_date, e.event_time, mo.timezone);
  return frozen<Event>({
    id: toGlobalId(VENDOR_ID, "event", String(e.event_id)),
    vendor: VENDOR,
    nativeId: String(e.event_id),
    type: EVENT_TYPES[String(e.event_type ?? "").toLowerCase()] ?? EventType.OTHER,
    title: str(e.event_type),
    description: str(e.event_note),
    startsAt,
    endsAt: parseCtDateTime(e.event_end_date, e.event_end_time, mo.timezone),
    // ClientTether sends wall-clock times without a zone: they are read in the tenant's zone
    sourceTimeZone: mo.timezone,
    startsAtLocal: localIso(startsAt, mo.timezone),
    leadId: e.client_id ? toGlobalId(VENDOR_ID, "lead", String(e.client_id)) : null,
    raw: e,
  });
}

/** createEvent for CLIENTTETHER: the Event Parameters table's rules, as fromEventInput and createEvent apply them. */
export const EVENT_REQUIREMENTS: CapabilityRequirements = {
  requiredFields: ["input.leadId"],
  rules: [
    { field: "input.leadId", description: "A ClientTether lead id (clienttether:lead:<digits>)." },
    { field: "input.type", description: "CALL, CONTACT_REMINDER or APPOINTMENT." },
    { field: "input.description", description: "An event note: description, or title when there is none." },
    { field: "input.userId", description: "Required for an APPOINTMENT (the assigned user's calendar); digits." },
    { field: "input.endsAt", description: "Required for an APPOINTMENT (or durationMinutes), after startsAt; other types have no end." },
  ],
};

/**
 * EventInput → create_client_event / update_client_event parameters. Rules from the Event
 * Parameters table: type is Call, Contact Reminder or Appointment; event_note is required;
 * appointments need user_id ("user_id (for Appointment type)") and an end date/time ("Unique for
 * Next Appointment only, you need to provide an end date/time"); other types have no end.
 */
export function fromEventInput(input: EventInput, clientId: string, mo: MapOptions): Record<string, string> {
  const type = CT_EVENT_TYPE[input.type];
  if (!type) throw badInput("input.type", `ClientTether events are CALL, CONTACT_REMINDER or APPOINTMENT, not ${input.type}`);
  const note = stripHtml(input.description ?? input.title ?? "");
  if (!note) throw badInput("input.description", "ClientTether requires an event note (description or title)");
  const start = toCtDateTime(input.startsAt, mo.timezone);
  const out: Record<string, string> = {
    client_id: clientId,
    event_type: type,
    event_date: start.date,
    event_time: start.time,
    event_note: note,
  };
  const extra = input.extra ?? {};
  const userId = input.userId ?? extra.user_id ?? extra.userId;
  const userField = input.userId != null ? "input.userId" : "input.extra.user_id";
  const plan = extra.event_manual_action_plan_id ?? extra.actionPlanId;
  if (userId != null) {
    if (!/^\d+$/.test(String(userId))) throw badInput(userField, "is not a ClientTether user id (digits)");
    out.user_id = String(userId);
  }
  if (plan != null) {
    if (!/^\d+$/.test(String(plan))) {
      throw badInput("input.extra.event_manual_action_plan_id", "is not a ClientTether action plan id (digits)");
    }
    out.event_manual_action_plan_id = String(plan);
  }
  if (input.type === EventType.APPOINTMENT) {
    if (out.user_id == null) throw badInput("input.userId", "is required for an Appointment (the assigned user's calendar)");
    const byDuration = input.durationMinutes != null ? new Date(input.startsAt.getTime() + input.durationMinutes * 60_000) : null;
    const end = input.endsAt ?? byDuration;
    if (!end) throw badInput("input.endsAt", "is required for an Appointment (or give durationMinutes)");
    if (end.getTime() <= input.startsAt.getTime()) throw badInput("input.endsAt", "must be after startsAt");
    const e = toCtDateTime(end, mo.timezone);
    out.event_end_date = e.date;
    out.event_end_time = e.time;
  } else if (input.endsAt != null || input.durationMinutes != null) {
    throw badInput(input.endsAt != null ? "input.endsAt" : "input.durationMinutes", "only Appointments have an end in ClientTether");
  }
  return out;
}

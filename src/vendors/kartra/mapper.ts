import { DateTime as LuxonDateTime } from "luxon";
import type { Address, CustomField, LeadInput } from "../../model/lead.js";
import type { Calendar, CalendarHost } from "../../model/calendar.js";
import { EventType, type Event, type EventInput } from "../../model/event.js";
import { e164OrNull } from "../../lib/phone.js";
import { toGlobalId } from "../../model/ids.js";
import type { Registry } from "../types.js";
import { calendarCompleteSchema, leadSchema, STRING_FIELD_TYPES } from "./schema.js";
import type { KartraCalendar, KartraCalendarEvent, KartraCustomField, KartraLead } from "./types.js";
import { KARTRA_GDPR_COMMUNICATIONS, KARTRA_GDPR_STATUS } from "./types.js";
import type { ForwardingProgress, ForwardingRow, KartraInboxRow } from "./inbox.js";
import { VENDOR } from "./config.js";
import { ForwardingStatus, type CalendarCompletion, type Forwarding, type KartraLeadDetails, type KartraMappedLead } from "./model.js";

/**
 * Kartra → unified model. Pure and total: every optional field defaults to null, `raw`
 * keeps the record exactly as received.
 */

/** vendor-notes.md: "date_joined is YYYY-mm-dd hh:mm:ss (documented elsewhere as Eastern time)". */
export const KARTRA_DATE_JOINED_ZONE = "America/New_York";

const blank = (s: string | null | undefined): string | null => (s == null || s.trim() === "" ? null : s);

export function leadGlobalId(leadId: number | string): string {
  return toGlobalId("kartra", "lead", leadId);
}

export function calendarGlobalId(subscriptionId: number | string): string {
  return toGlobalId("kartra", "calendar", subscriptionId);
}

/** Event native ids: `<calendar_subscription_id>.<index in events[]>`. */
export function eventNativeId(subscriptionId: number | string, index: number): string {
  return `${subscriptionId}.${index}`;
}

export function toCustomField(f: KartraCustomField): CustomField {
  const values = typeof f.field_value === "string" ? [f.field_value] : f.field_value.map((o) => o.option_value);
  return {
    key: f.field_identifier,
    label: null,
    type: f.field_type,
    value: typeof f.field_value === "string" ? f.field_value : values.length ? values.join(", ") : null,
    values,
    raw: f.field_value,
  };
}

/** Kartra sends the country code and the number apart ("+1" / "1" and "3135550142"). */
export function kartraPhoneE164(code: string | null, phone: string | null, defaultCountry: string): string | null {
  if (!blank(phone)) return null;
  const digits = (code ?? "").replace(/[^\d]/g, "");
  const p = phone!.trim();
  if (p.startsWith("+")) return e164OrNull(p, defaultCountry);
  if (digits) return e164OrNull(`+${digits}${p.replace(/[^\d]/g, "")}`, defaultCountry) ?? e164OrNull(p, defaultCountry);
  return e164OrNull(p, defaultCountry);
}

export function parseDateJoined(s: string | null): Date | null {
  if (!blank(s)) return null;
  const dt = LuxonDateTime.fromFormat(s!.trim(), "yyyy-MM-dd HH:mm:ss", { zone: KARTRA_DATE_JOINED_ZONE });
  return dt.isValid ? dt.toJSDate() : null;
}

export function toKartraLeadDetails(l: KartraLead): KartraLeadDetails {
  return {
    lastName2: blank(l.last_name2),
    phoneCountryCode: blank(l.phone_country_code),
    dateJoined: blank(l.date_joined),
    website: blank(l.website),
    ip: blank(l.ip),
    ipCountry: blank(l.ip_country),
    facebook: blank(l.facebook),
    twitter: blank(l.twitter),
    linkedin: blank(l.linkedin),
    salesTaxId: blank(l.sales_tax_id),
    leadPicture: blank(l.lead_picture),
    referringId: l.referring_id,
    blacklisted: l.blacklisted == null ? null : l.blacklisted !== 0,
    sourceId: l.source_id,
    preferredTimeZone: blank(l.lead_preferred_time_zone),
    gdpr: {
      status: l.gdpr_lead_status == null ? null : (KARTRA_GDPR_STATUS[l.gdpr_lead_status] ?? null),
      statusCode: l.gdpr_lead_status,
      statusDate: blank(l.gdpr_lead_status_date),
      statusIp: blank(l.gdpr_lead_status_ip),
      communications: l.gdpr_lead_communications == null ? null : (KARTRA_GDPR_COMMUNICATIONS[l.gdpr_lead_communications] ?? null),
      communicationsCode: l.gdpr_lead_communications,
    },
  };
}

/** The lead's address; null when Kartra has none of its parts. */
function toAddress(l: KartraLead): Address | null {
  if (![l.address, l.city, l.state, l.zip, l.country].some((x) => blank(x))) return null;
  return { street: blank(l.address), city: blank(l.city), state: blank(l.state), postalCode: blank(l.zip), country: blank(l.country) };
}

export function toLead(l: KartraLead, raw: unknown, defaultCountry: string): KartraMappedLead {
  return {
    id: leadGlobalId(l.id),
    vendor: VENDOR,
    nativeId: String(l.id),
    externalId: null,
    firstName: blank(l.first_name),
    middleName: blank(l.middle_name),
    lastName: blank(l.last_name),
    email: blank(l.email),
    phone: kartraPhoneE164(l.phone_country_code, l.phone, defaultCountry),
    secondaryPhone: null,
    company: blank(l.company),
    jobTitle: null,
    address: toAddress(l),
    source: blank(l.source),
    score: l.score,
    tags: [],
    customFields: l.custom_fields.map(toCustomField),
    createdAt: parseDateJoined(l.date_joined),
    updatedAt: null,
    raw,
    kartra: toKartraLeadDetails(l),
  };
}

/** Parses a stored lead record (validated on receipt) back into the unified Lead. */
export function toLeadFromStored(leadJson: string, defaultCountry: string): KartraMappedLead {
  const raw = JSON.parse(leadJson) as unknown;
  return toLead(leadSchema.parse(raw), raw, defaultCountry);
}

/**
 * `event_date` is wall-clock "YYYY-mm-dd HH:MM" in `vendor_timezone` (vendor-notes.md).
 * luxon resolves it with the zone's rules for that date, so DST is right on both sides of a
 * change. A time inside a spring-forward gap does not exist: luxon moves it forward by the gap
 * (02:30 → 03:30). An ambiguous fall-back time (01:30 happens twice) takes the earlier instant,
 * the first time the clock shows it (what Temporal calls "compatible"; luxon alone would take
 * the later one).
 */
export function sessionStart(eventDate: string, zone: string): LuxonDateTime | null {
  const fmt = eventDate.length > 16 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm";
  const dt = LuxonDateTime.fromFormat(eventDate, fmt, { zone });
  if (!dt.isValid) return null;
  const candidates = dt.getPossibleOffsets();
  return candidates.length > 1 ? candidates.reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a)) : dt;
}

export function toSessionEvent(cal: KartraCalendar, ev: KartraCalendarEvent, index: number, leadId: string | null): Event {
  const start = sessionStart(ev.event_date, cal.vendor_timezone);
  const nativeId = eventNativeId(cal.calendar_subscription_id, index);
  return {
    id: toGlobalId("kartra", "event", nativeId),
    vendor: VENDOR,
    nativeId,
    type: EventType.CALENDAR_SESSION,
    title: blank(cal.class_name) ?? blank(cal.calendar_name),
    description: blank(cal.calendar_name),
    startsAt: start ? start.toJSDate() : null,
    endsAt: start ? start.plus({ minutes: ev.event_duration }).toJSDate() : null,
    sourceTimeZone: cal.vendor_timezone,
    startsAtLocal: start ? start.toISO({ suppressMilliseconds: true }) : null,
    leadId,
    raw: ev,
  };
}

export function toCalendarHost(h: KartraCalendar["hosts"][number]): CalendarHost {
  return { firstName: blank(h.host_first_name), lastName: blank(h.host_last_name), email: blank(h.host_email_address) };
}

export function toCalendar(cal: KartraCalendar, leadId: string | null): Calendar {
  return {
    id: calendarGlobalId(cal.calendar_subscription_id),
    vendor: VENDOR,
    nativeId: String(cal.calendar_subscription_id),
    calendarId: String(cal.calendar_id),
    calendarName: blank(cal.calendar_name),
    classId: String(cal.class_id),
    className: blank(cal.class_name),
    hosts: cal.hosts.map(toCalendarHost),
    vendorTimeZone: cal.vendor_timezone,
    status: blank(cal.calendar_subscription_status),
    sessions: cal.events.map((e, i) => toSessionEvent(cal, e, i, leadId)),
    leadId,
    raw: cal,
  };
}

/** Opaque cursor over the inbox sequence: base64url of `k:<seq>`. */
export function completionCursor(seq: number): string {
  return Buffer.from(`k:${seq}`).toString("base64url");
}

/** The sequence in a cursor, or null when it is not one of ours. */
export function parseCompletionCursor(cursor: string): number | null {
  const m = /^k:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString());
  return m ? Number(m[1]) : null;
}

/** A stored calendar_complete row → CalendarCompletion. */
export function toCalendarCompletion(row: KartraInboxRow, defaultCountry: string): CalendarCompletion {
  const raw = JSON.parse(row.payload) as unknown;
  const data = calendarCompleteSchema.parse(raw);
  const rawLead = (raw as { lead: unknown }).lead;
  const lead = toLead(data.lead, rawLead, defaultCountry);
  const calendar = toCalendar(data.action_details.calendar, lead.id);
  return {
    id: toGlobalId("kartra", "completion", row.seq),
    vendor: VENDOR,
    cursor: completionCursor(Number(row.seq)),
    receivedAt: new Date(Number(row.received_at)),
    status: data.action_details.calendar.calendar_subscription_status,
    lead,
    calendar,
    sessions: calendar.sessions,
    raw,
    seq: Number(row.seq),
  };
}

// ---- forwarding: Kartra → inputs for other vendors' LeadWriter / EventWriter ----

/** `source`: what the target calls this lead's source (Kartra's own free-text source by default, null for none). */
export function toForwardLeadInput(l: KartraLead, defaultCountry: string, source: string | null = blank(l.source) ?? "Kartra"): LeadInput {
  const phone = kartraPhoneE164(l.phone_country_code, l.phone, defaultCountry);
  const forwardable = l.custom_fields.filter((f) => STRING_FIELD_TYPES.has(f.field_type) || Array.isArray(f.field_value));
  return {
    firstName: blank(l.first_name),
    lastName: blank(l.last_name),
    email: blank(l.email),
    phone,
    company: blank(l.company),
    address: toAddress(l),
    source,
    externalId: `kartra:${l.id}`,
    customFields: forwardable.map((f) => ({ key: f.field_identifier, value: toCustomField(f).value })),
  };
}

export function toForwardEventInput(
  cal: KartraCalendar,
  ev: KartraCalendarEvent,
  index: number,
  targetLeadId: string | null,
  type: EventType,
  extra: Record<string, unknown> | undefined,
): EventInput {
  const s = toSessionEvent(cal, ev, index, null);
  // only an appointment is given an end and a duration: a call or a reminder is a point in time
  const timed = type === EventType.APPOINTMENT;
  const session = `Kartra subscription ${cal.calendar_subscription_id}, session ${index + 1}`;
  return {
    leadId: targetLeadId,
    type,
    title: s.title ?? "Kartra calendar session",
    description: [blank(cal.calendar_name), blank(cal.class_name), session].filter(Boolean).join(" · "),
    startsAt: s.startsAt!,
    endsAt: timed ? s.endsAt : null,
    durationMinutes: timed ? ev.event_duration : null,
    extra: { ...extra, sourceTimeZone: cal.vendor_timezone },
  };
}

/**
 * An outbox row as its forwarding status. `vendors` turns the row's target id into its GraphQL
 * `Vendor` value; it is passed in (the app's registry) so this stays a pure function.
 */
export function toForwarding(r: ForwardingRow, vendors: Pick<Registry, "get">): Forwarding {
  const progress = JSON.parse(r.progress || "{}") as ForwardingProgress;
  const target = vendors.get(r.vendor ?? "")?.name;
  if (!target) throw new Error(`kartra forwarding target ${r.vendor} is not a registered vendor`);
  const result = (r.result ? JSON.parse(r.result) : {}) as { error?: { message?: string } | null; message?: string | null };
  const pending = r.status === "QUEUED" || r.status === "RETRYING";
  const running = pending && r.locked_until != null && Number(r.locked_until) >= Date.now();
  const status = running
    ? ForwardingStatus.RUNNING
    : r.status === "QUEUED"
      ? ForwardingStatus.PENDING
      : r.status === "RETRYING"
        ? ForwardingStatus.RETRYING
        : SUCCEEDED.has(r.status)
          ? ForwardingStatus.SUCCEEDED
          : ForwardingStatus.FAILED;
  return {
    target,
    status,
    attempts: Number(r.attempts),
    // a refusal may carry field errors only: its message (delivery() fills it from them) says what was wrong
    lastError: status === ForwardingStatus.SUCCEEDED ? null : (result.error?.message ?? result.message ?? null),
    nextAttemptAt: pending && !running && r.next_attempt_at != null ? new Date(Number(r.next_attempt_at)) : null,
    updatedAt: new Date(Number(r.updated_at)),
    leadId: progress.leadId ?? null,
    eventIds: Object.entries(progress.events ?? {})
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, id]) => id),
  };
}

/** Outbox statuses of a forwarding that reached its target. */
const SUCCEEDED: ReadonlySet<string> = new Set(["CREATED", "UPDATED", "EXISTING"]);

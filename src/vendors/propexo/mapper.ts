import { missingRequired, type CapabilityRequirements } from "../../model/requirements.js";
import { DateTime } from "luxon";
import { BadInputError, type FieldProblem } from "../../lib/errors.js";
import { parsePhone } from "../../lib/phone.js";
import { toGlobalId } from "../../model/ids.js";
import { delivery, DeliveryStatus, type Delivery } from "../../model/delivery.js";
import { EventType, type Event, type EventInput as UnifiedEventInput } from "../../model/event.js";
import { EntrataEmailDirection, type EntrataEventInput } from "./graphql.js";
import { WriteStatusState, type WriteStatus } from "./write-status.js";
import { VENDOR } from "./config.js";
import {
  PROPEXO_CALL_STATUSES,
  PROPEXO_WRITE_STATUSES,
  type PropexoCallStatus,
  type PropexoEntrataApplicantEventRequest,
  type PropexoWriteAccepted,
  type PropexoWriteStatus,
} from "./types.js";

/**
 * Pure mapping between the unified Event model and Propexo's Entrata applicant event.
 * The only file that sees both the unified types and the Propexo wire types.
 */

/** The unified event with this vendor's own block (`input.entrata`) beside it. */
export type EventInput = UnifiedEventInput & { entrata?: EntrataEventInput | null };

/** Global id prefix for Propexo/Entrata objects (DESIGN: `entrata:applicant:<id>`). */
export const ENTRATA_PREFIX = "entrata";

// propexo-entrata-create-applicant-event.txt: "Entrata expects all times to be in Mountain Time
// (UTC-7:00 or UTC-6:00 depending on daylight savings)". America/Denver follows US DST rules.
export const ENTRATA_TIME_ZONE = "America/Denver";

// vendor-notes.md (Propexo): "notes ≤ 256 chars", "call_duration integer 0–86400".
export const NOTES_MAX = 256;
export const CALL_DURATION_MAX = 86_400;

/** An instant as Mountain Time wall clock with its offset, e.g. `2024-01-15T09:30:00-07:00`. */
export function toMountainDateTime(at: Date): string {
  return DateTime.fromJSDate(at, { zone: ENTRATA_TIME_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

/** An instant as Mountain Time of day, e.g. `09:30:00` (vendor-notes: "times `09:30:00`"). */
export function toMountainTime(at: Date): string {
  return DateTime.fromJSDate(at, { zone: ENTRATA_TIME_ZONE }).toFormat("HH:mm:ss");
}

export interface EntrataMapContext {
  integrationId: string;
  /** Tenant default country for phones given without +code. */
  defaultCountry: string;
}

/** Which unified field each wire field came from, so Propexo's 400s name the caller's fields. */
export function fieldPathOf(wireField: string, input: EventInput): string {
  const e = "input.entrata";
  switch (wireField) {
    case "integration_id":
      return "config.propexo.integrationId";
    case "applicant_id":
      return input.entrata?.applicantId ? `${e}.applicantId` : input.leadId ? "input.leadId" : `${e}.applicantId`;
    case "event_datetime":
      return "input.startsAt";
    case "appointment_datetime":
      return input.entrata?.appointmentAt ? `${e}.appointmentAt` : "input.startsAt";
    case "time_from":
      return input.entrata?.appointmentAt ? `${e}.appointmentAt` : "input.startsAt";
    case "time_to":
      return input.endsAt ? "input.endsAt" : "input.durationMinutes";
    case "title":
      return "input.title";
    case "notes":
      return input.entrata?.notes != null ? `${e}.notes` : "input.description";
    case "call_phone_number_from":
      return `${e}.callFrom`;
    case "call_phone_number_to":
      return `${e}.callTo`;
    case "call_duration":
      return input.entrata?.callDurationSeconds != null
        ? `${e}.callDurationSeconds`
        : input.endsAt
          ? "input.endsAt"
          : input.durationMinutes != null
            ? "input.durationMinutes"
            : `${e}.callDurationSeconds`;
    case "email_to":
      return input.entrata?.emailTo ? `${e}.emailTo` : `${e}.applicantEmail`;
    default: {
      // application_id → applicationId, call_status → callStatus, email_from → emailFrom, …
      if (!wireField) return "input.entrata";
      return `${e}.${wireField.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}`;
    }
  }
}

function isUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return /^[a-z][a-z0-9+.-]*:$/i.test(u.protocol) && (u.host !== "" || u.protocol === "mailto:");
  } catch {
    return false;
  }
}

function blankToNull(s: string | null | undefined): string | null {
  return s == null || s.trim() === "" ? null : s.trim();
}

/** The applicant: `entrata.applicantId`, or `leadId` given as `entrata:applicant:<id>`. */
function applicantIdOf(input: EventInput, problems: FieldProblem[]): string | null {
  const explicit = blankToNull(input.entrata?.applicantId);
  let fromLead: string | null = null;
  if (input.leadId) {
    const m = /^entrata:applicant:(.+)$/.exec(input.leadId);
    if (m) fromLead = m[1]!;
    else if (!explicit)
      problems.push({
        field: "input.leadId",
        message: `must be an Entrata applicant id (entrata:applicant:<id>) for ENTRATA, or give input.entrata.applicantId`,
      });
  }
  if (explicit && fromLead && explicit !== fromLead) {
    problems.push({ field: "input.entrata.applicantId", message: `"${explicit}" contradicts input.leadId (${input.leadId})` });
  }
  const id = explicit ?? fromLead;
  if (!id && !input.leadId)
    problems.push({ field: "input.entrata.applicantId", message: "is required for ENTRATA (or give input.leadId entrata:applicant:<id>)" });
  return id;
}

function e164(raw: string, field: string, defaultCountry: string, problems: FieldProblem[]): string | null {
  try {
    return parsePhone(raw, field, defaultCountry).number;
  } catch (e) {
    if (e instanceof BadInputError) problems.push(...e.problems);
    else throw e;
    return null;
  }
}

/** What createEvent needs for ENTRATA: fromEventInput checks `requiredFields` from here and applies each rule. */
export const EVENT_REQUIREMENTS: CapabilityRequirements = {
  requiredFields: ["input.entrata", "input.entrata.eventTypeId"],
  rules: [
    {
      field: "input.entrata.applicantId",
      description: "The applicant: input.entrata.applicantId, or input.leadId as entrata:applicant:<id>.",
    },
    { field: "input.entrata.notes", description: `At most ${NOTES_MAX} characters (input.description when notes is not given).` },
    { field: "input.entrata.callAudioLink", description: "A URL." },
    {
      field: "input.entrata.callFrom",
      description: "CALL events need callFrom, callTo, callStatus, callDurationSeconds (0–86400) and callAudioLink.",
    },
  ],
};

/**
 * Unified EventInput → Propexo request body. Every rule the doc states is checked here, before
 * anything is sent; all violations are reported together as one BAD_USER_INPUT naming each field.
 */
export function fromEventInput(input: EventInput, ctx: EntrataMapContext): PropexoEntrataApplicantEventRequest {
  const x = input.entrata;
  if (!x)
    throw new BadInputError([
      { field: "input.entrata", message: "is required when the target is ENTRATA (eventTypeId and the applicant at least)" },
    ]);
  const problems: FieldProblem[] = missingRequired(EVENT_REQUIREMENTS, { input }, () => "must not be blank");

  const applicantId = applicantIdOf(input, problems);
  const eventTypeId = blankToNull(x.eventTypeId);

  const start = input.startsAt;
  if (input.durationMinutes != null && input.durationMinutes < 0)
    problems.push({ field: "input.durationMinutes", message: "must be 0 or more" });
  if (input.endsAt && input.endsAt.getTime() < start.getTime())
    problems.push({ field: "input.endsAt", message: "must not be before startsAt" });
  const lengthMs = input.endsAt
    ? input.endsAt.getTime() - start.getTime()
    : input.durationMinutes != null
      ? input.durationMinutes * 60_000
      : null;

  const notesField = x.notes != null ? "input.entrata.notes" : "input.description";
  const notes = x.notes ?? input.description ?? null;
  if (notes != null && notes.length > NOTES_MAX)
    problems.push({ field: notesField, message: `must be at most ${NOTES_MAX} characters (got ${notes.length})` });

  // doc: call_* are "Required for call event types".
  const isCall = input.type === EventType.CALL;
  const callFrom = x.callFrom ? e164(x.callFrom, "input.entrata.callFrom", ctx.defaultCountry, problems) : null;
  const callTo = x.callTo ? e164(x.callTo, "input.entrata.callTo", ctx.defaultCountry, problems) : null;
  // The call's length defaults to the event's own (a negative one is reported above, once).
  const callDuration = x.callDurationSeconds ?? (isCall && lengthMs != null && lengthMs >= 0 ? Math.round(lengthMs / 1000) : null);
  const durationField =
    x.callDurationSeconds != null ? "input.entrata.callDurationSeconds" : input.endsAt ? "input.endsAt" : "input.durationMinutes";
  if (callDuration != null && (!Number.isInteger(callDuration) || callDuration < 0 || callDuration > CALL_DURATION_MAX)) {
    problems.push({ field: durationField, message: `call duration must be 0–${CALL_DURATION_MAX} seconds (got ${callDuration})` });
  }
  const callStatus = x.callStatus ?? null;
  if (callStatus != null && !(PROPEXO_CALL_STATUSES as readonly string[]).includes(callStatus)) {
    problems.push({ field: "input.entrata.callStatus", message: `must be one of ${PROPEXO_CALL_STATUSES.join(", ")}` });
  }
  const audio = blankToNull(x.callAudioLink);
  if (audio && !isUrl(audio))
    problems.push({ field: "input.entrata.callAudioLink", message: `"${audio.slice(0, 80)}" is not a valid URL` });
  if (isCall) {
    const need: [unknown, string][] = [
      [x.callFrom, "input.entrata.callFrom"],
      [x.callTo, "input.entrata.callTo"],
      [callStatus, "input.entrata.callStatus"],
      [callDuration, "input.entrata.callDurationSeconds"],
      [audio, "input.entrata.callAudioLink"],
    ];
    for (const [v, field] of need)
      if (v == null || v === "") problems.push({ field, message: "is required for CALL events (Entrata call event types)" });
  }

  // doc: email_from "Required for email outgoing event types"; email_to "If specified, this must be
  // the same email address as the lead's primary email address".
  const isEmail = input.type === EventType.EMAIL;
  const direction = x.emailDirection ?? (isEmail ? EntrataEmailDirection.OUTGOING : null);
  if (x.emailDirection != null && !isEmail)
    problems.push({ field: "input.entrata.emailDirection", message: "only applies to EMAIL events" });
  if (isEmail && direction === EntrataEmailDirection.OUTGOING && !blankToNull(x.emailFrom)) {
    problems.push({ field: "input.entrata.emailFrom", message: "is required for outgoing EMAIL events" });
  }
  const applicantEmail = blankToNull(x.applicantEmail);
  const emailToGiven = blankToNull(x.emailTo);
  // Entrata checks email_to only after accepting the write (a FAILURE write status later): with
  // the applicant's email given alongside, a mismatch is caught before anything is sent.
  if (emailToGiven && !applicantEmail) {
    problems.push({
      field: "input.entrata.applicantEmail",
      message: "is required with emailTo: emailTo must be the applicant's primary email, and LeadGraph checks that before sending",
    });
  } else if (emailToGiven && applicantEmail && emailToGiven.toLowerCase() !== applicantEmail.toLowerCase()) {
    problems.push({
      field: "input.entrata.emailTo",
      message: "must be the applicant's primary email address (input.entrata.applicantEmail)",
    });
  }
  const emailTo = emailToGiven ?? (isEmail ? applicantEmail : null);

  if (problems.length) throw new BadInputError(problems);

  const appointmentAt = x.appointmentAt ?? (input.type === EventType.APPOINTMENT ? start : null);
  const windowStart = appointmentAt ?? start;
  const body: PropexoEntrataApplicantEventRequest = {
    integration_id: ctx.integrationId,
    applicant_id: applicantId!,
    event_type_id: eventTypeId!,
    event_datetime: toMountainDateTime(start),
  };
  const put = <K extends keyof PropexoEntrataApplicantEventRequest>(k: K, v: PropexoEntrataApplicantEventRequest[K] | null | undefined) => {
    if (v != null && v !== "") body[k] = v;
  };
  put("application_id", blankToNull(x.applicationId));
  put("event_result_id", blankToNull(x.eventResultId));
  put("event_sub_type_id", blankToNull(x.eventSubTypeId));
  put("employee_id", blankToNull(x.employeeId));
  put("unit_id", blankToNull(x.unitId));
  put("reasons_for_event", blankToNull(x.reasonsForEvent));
  put("notes", notes);
  put("title", blankToNull(input.title));
  put("appointment_datetime", appointmentAt ? toMountainDateTime(appointmentAt) : null);
  // time_from/time_to: the window of the appointment (or of the event) when it has a length.
  if (appointmentAt || lengthMs != null) put("time_from", toMountainTime(windowStart));
  if (lengthMs != null) put("time_to", toMountainTime(new Date(windowStart.getTime() + lengthMs)));
  put("call_phone_number_from", callFrom);
  put("call_phone_number_to", callTo);
  put("call_status", callStatus as PropexoCallStatus | null);
  if (isCall || x.callDurationSeconds != null) put("call_duration", callDuration);
  put("call_audio_link", audio);
  put("email_from", blankToNull(x.emailFrom));
  put("email_to", emailTo);
  put("email_cc", blankToNull(x.emailCc));
  put("email_bcc", blankToNull(x.emailBcc));
  put("email_subject", x.emailSubject ?? null);
  put("email_body", x.emailBody ?? null);
  if (x.emailSend != null) body.email_send = x.emailSend;
  return body;
}

/** The event as queued: Propexo cannot return Entrata's record id, so the id names the job. */
export function toEvent(input: EventInput, sent: PropexoEntrataApplicantEventRequest, accepted: PropexoWriteAccepted): Event {
  const end = input.endsAt ?? (input.durationMinutes != null ? new Date(input.startsAt.getTime() + input.durationMinutes * 60_000) : null);
  return Object.freeze({
    id: toGlobalId(ENTRATA_PREFIX, "job", accepted.meta.job_id),
    vendor: VENDOR,
    nativeId: null,
    type: input.type,
    title: sent.title ?? null,
    description: sent.notes ?? null,
    startsAt: input.startsAt,
    endsAt: end,
    sourceTimeZone: ENTRATA_TIME_ZONE,
    startsAtLocal: sent.event_datetime,
    leadId: toGlobalId(ENTRATA_PREFIX, "applicant", sent.applicant_id),
    raw: accepted,
  });
}

/** 200 `{meta:{job_id}, result}` → CREATED; the write itself is still queued at Propexo. */
/**
 * `retry`: this post follows an attempt whose outcome is unknown (no job id was received). Entrata
 * cannot return the record id and Propexo has no lookup by content, so nothing could be checked
 * first: the delivery says so (`details.mayDuplicate`) rather than claim a single write (DELIVERY.md).
 */
export function toCreatedDelivery(
  input: EventInput,
  sent: PropexoEntrataApplicantEventRequest,
  accepted: PropexoWriteAccepted,
  opts: { retry?: boolean } = {},
): Delivery {
  const jobId = accepted.meta.job_id;
  const queued =
    `Queued by Propexo as job ${jobId}: Entrata writes are asynchronous, ask writeStatus(vendor: ENTRATA, jobId) for the outcome`;
  const retried =
    "; re-posted after an attempt whose answer was lost: if that attempt was written too, the applicant has the event twice";
  return delivery(VENDOR, DeliveryStatus.CREATED, {
    message: opts.retry ? queued + retried : queued,
    event: toEvent(input, sent, accepted),
    details: {
      jobId,
      writeStatus: WriteStatusState.PENDING,
      eventDatetime: sent.event_datetime,
      appointmentDatetime: sent.appointment_datetime ?? null,
      timeFrom: sent.time_from ?? null,
      timeTo: sent.time_to ?? null,
      ...(opts.retry ? { retry: true, mayDuplicate: true } : {}),
    },
  });
}

function errorText(e: unknown): string {
  if (typeof e === "string") return e;
  if (e && typeof e === "object") {
    const o = e as Record<string, unknown>;
    if (typeof o.message === "string") return o.message;
  }
  return JSON.stringify(e);
}

/** GET write-status body → WriteStatus; an unknown `write_status` value reads as PENDING. */
export function toWriteStatus(raw: PropexoWriteStatus, jobId: string): WriteStatus {
  const status = (PROPEXO_WRITE_STATUSES as readonly string[]).includes(raw.write_status)
    ? (raw.write_status as WriteStatusState)
    : WriteStatusState.PENDING;
  const created = raw.created_record_id;
  return Object.freeze({
    vendor: VENDOR,
    jobId,
    status,
    errors: Array.isArray(raw.errors) ? raw.errors.map(errorText) : [],
    createdRecordId: created == null || created === "" ? null : String(created),
    raw,
  });
}

import { badInput, type FieldProblem } from "../../lib/errors.js";
import type { CapabilityRequirements, FieldRule } from "../../model/requirements.js";
import { e164OrNull, toE164 } from "../../lib/phone.js";
import { toGlobalId } from "../../model/ids.js";
import { delivery, DeliveryStatus, type Delivery, type DeliveryError } from "../../model/delivery.js";
import type { CustomField, Lead, LeadInput } from "../../model/lead.js";
import type { TrackdriveLeadOptions } from "./graphql.js";
import { VENDOR } from "./config.js";
import type { TrackdriveFieldProblem, TrackdriveOutcome } from "./errors.js";
import type { TrackdriveLead, TrackdriveLeadParams } from "./types.js";

/**
 * Pure, total mapping unified ⇄ Trackdrive. `root` is the argument the lead came in
 * (`input` for createLead, `lead` for scheduleCallback).
 */
export interface TrackdriveMapContext {
  country: string;
  root: string;
}

/** Lead fields with no create_or_update parameter become `data` tokens under these names. */
const TOKENS = {
  firstName: "first_name",
  lastName: "last_name",
  secondaryPhone: "secondary_phone",
  company: "company",
  jobTitle: "job_title",
  street: "address",
  city: "city",
  state: "state",
  postalCode: "zip",
  country: "country",
  source: "source",
  externalId: "external_id",
  tags: "tags",
} as const;

/** Trackdrive parameter → its field in `options.trackdrive`. */
const OPTION_FIELDS: Record<string, string> = {
  contact_field_type: "contactFieldType",
  schedule_callback_at: "scheduleCallbackAt",
  schedule_callback_in_seconds: "scheduleCallbackInSeconds",
  update_all_matching_leads: "updateAllMatchingLeads",
  apply_to: "applyTo",
  assign_trackdrive_number: "assignTrackdriveNumber",
  assign_sms_number: "assignSmsNumber",
  lead_priority: "leadPriority",
  restart_schedule: "restartSchedule",
  auto_format_nested_fields: "autoFormatNestedFields",
  next_action_at: "nextActionAt",
  hours_to_expire: "hoursToExpire",
  max_contact_attempts: "maxContactAttempts",
  lead_token: "token",
};

const blank = (s: string | null | undefined): boolean => s == null || s.trim() === "";

/** "Must be a valid time EG: 2021-07-23 14:26:43 +0000" (schedule_callback_at): sent in UTC. */
export function toTrackdriveTime(d: Date): string {
  const iso = d.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000`;
}

/** Everything we know about the lead beyond caller_id/email, as `data` tokens. */
export function toTokens(input: LeadInput, country: string, root: string, extra?: Record<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (k: string, v: unknown) => {
    if (v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  };
  put(TOKENS.firstName, input.firstName?.trim());
  put(TOKENS.lastName, input.lastName?.trim());
  if (!blank(input.secondaryPhone)) put(TOKENS.secondaryPhone, toE164(input.secondaryPhone!, `${root}.secondaryPhone`, country));
  put(TOKENS.company, input.company);
  put(TOKENS.jobTitle, input.jobTitle);
  put(TOKENS.street, input.address?.street);
  put(TOKENS.city, input.address?.city);
  put(TOKENS.state, input.address?.state);
  put(TOKENS.postalCode, input.address?.postalCode);
  put(TOKENS.country, input.address?.country);
  put(TOKENS.source, input.source);
  put(TOKENS.externalId, input.externalId);
  put(TOKENS.tags, input.tags ?? undefined);
  for (const cf of input.customFields ?? []) put(cf.key, cf.value);
  for (const [k, v] of Object.entries(input.extra ?? {})) put(k, v);
  for (const [k, v] of Object.entries(extra ?? {})) put(k, v);
  return out;
}

/**
 * What create_or_update needs (createLead/validateLead: `root` "input"; scheduleCallback: "lead").
 * Nothing is required on its own: a phone or an email finds or creates the lead. Each rule is one
 * fromLead applies.
 */
export function leadRequirements(root: string): CapabilityRequirements {
  const rules: FieldRule[] = [
    {
      field: `${root}.phone`,
      description: "A phone (caller_id) or an email is required to find or create the lead.",
      violation: { [root]: { phone: null, email: null } },
    },
    { field: `${root}.phone`, description: "A valid phone number; sent in E.164.", violation: { [root]: { phone: "12" } } },
    {
      field: `${root}.secondaryPhone`,
      description: "When given, a valid phone number (E.164).",
      violation: { [root]: { secondaryPhone: "12" } },
    },
    {
      field: "options.trackdrive.hoursToExpire",
      description: "A whole number, 0 or more.",
      violation: { options: { trackdrive: { hoursToExpire: -1 } } },
    },
    {
      field: "options.trackdrive.maxContactAttempts",
      description: "A whole number, 0 or more.",
      violation: { options: { trackdrive: { maxContactAttempts: -1 } } },
    },
    { field: "options.trackdrive.token", description: "SCHEDULE needs the tenant's trackdrive.scheduleLeadToken." },
  ];
  if (root === "input") {
    rules.push({
      field: "options.trackdrive.scheduleCallbackInSeconds",
      description: "A whole number, 0 or more; not together with scheduleCallbackAt.",
      violation: { options: { trackdrive: { scheduleCallbackInSeconds: -1 } } },
    });
  }
  return { requiredFields: [], rules };
}

/**
 * LeadInput (+ options.trackdrive) → create_or_update parameters. `when` (scheduleCallback's
 * `at`/`inSeconds`) takes precedence over the options' schedule_callback_* fields.
 */
export function fromLead(
  input: LeadInput,
  options: TrackdriveLeadOptions | null | undefined,
  ctx: TrackdriveMapContext,
  when?: { at?: Date | null; inSeconds?: number | null },
): TrackdriveLeadParams {
  const o = options ?? {};
  if (blank(input.phone) && blank(input.email)) {
    throw badInput(`${ctx.root}.phone`, "Trackdrive needs a phone (caller_id) or an email to find or create the lead");
  }
  const at = when ? (when.at ?? null) : (o.scheduleCallbackAt ?? null);
  const inSeconds = when ? (when.inSeconds ?? null) : (o.scheduleCallbackInSeconds ?? null);
  if (!when && at != null && inSeconds != null) {
    throw badInput("options.trackdrive.scheduleCallbackInSeconds", "give scheduleCallbackAt or scheduleCallbackInSeconds, not both");
  }
  const nonNegative = (v: number | null | undefined, field: string) => {
    if (v != null && (!Number.isInteger(v) || v < 0)) throw badInput(field, "must be a whole number, 0 or more");
  };
  nonNegative(inSeconds, when ? "inSeconds" : "options.trackdrive.scheduleCallbackInSeconds");
  nonNegative(o.hoursToExpire, "options.trackdrive.hoursToExpire");
  nonNegative(o.maxContactAttempts, "options.trackdrive.maxContactAttempts");

  const p: TrackdriveLeadParams = {};
  // caller_id: "the number Trackdrive will dial … and send SMS" — E.164 (vendor-notes.md)
  if (!blank(input.phone)) p.caller_id = toE164(input.phone!, `${ctx.root}.phone`, ctx.country);
  if (!blank(input.email)) p.email = input.email!.trim();
  if (!blank(o.contactFieldType)) p.contact_field_type = o.contactFieldType!.trim();
  if (at) p.schedule_callback_at = toTrackdriveTime(at);
  if (inSeconds != null) p.schedule_callback_in_seconds = inSeconds;
  if (o.updateAllMatchingLeads != null) p.update_all_matching_leads = o.updateAllMatchingLeads;
  if (!blank(o.applyTo)) p.apply_to = o.applyTo!;
  if (o.assignTrackdriveNumber != null) p.assign_trackdrive_number = o.assignTrackdriveNumber;
  if (o.assignSmsNumber != null) p.assign_sms_number = o.assignSmsNumber;
  if (o.leadPriority != null) p.lead_priority = o.leadPriority;
  if (o.restartSchedule != null) p.restart_schedule = o.restartSchedule;
  if (o.autoFormatNestedFields != null) p.auto_format_nested_fields = o.autoFormatNestedFields;
  if (o.nextActionAt) p.next_action_at = toTrackdriveTime(o.nextActionAt);
  if (o.hoursToExpire != null) p.hours_to_expire = o.hoursToExpire;
  if (o.maxContactAttempts != null) p.max_contact_attempts = o.maxContactAttempts;
  const data = toTokens(input, ctx.country, ctx.root, o.data);
  if (Object.keys(data).length) p.data = data;
  return p;
}

/** Trackdrive parameter → unified field path. */
export function toUnifiedField(field: string, root: string): string {
  switch (field) {
    case "caller_id":
      return `${root}.phone`;
    case "email":
      return `${root}.email`;
    case "data":
      return `${root}.customFields`;
    case "base":
      return root;
    default:
      return OPTION_FIELDS[field] ? `options.trackdrive.${OPTION_FIELDS[field]}` : `${root}.extra.${field}`;
  }
}

export function toFieldErrors(problems: TrackdriveFieldProblem[], root: string): FieldProblem[] {
  return problems.map((p) => ({
    field: toUnifiedField(p.field, root),
    message: p.field === "base" ? p.message : `${p.field} ${p.message}`,
  }));
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null);
const date = (v: unknown): Date | null => {
  if (typeof v !== "string") return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t);
};

/** The serialized Trackdrive lead → Lead; `raw` keeps it untouched. */
export function toLead(lead: TrackdriveLead, country: string): Lead | null {
  const nativeId = str(lead.id);
  if (!nativeId) return null;
  const data = lead.data && typeof lead.data === "object" ? lead.data : {};
  const known = new Set<string>(Object.values(TOKENS));
  const customFields: CustomField[] = Object.entries(data)
    .filter(([k]) => !known.has(k))
    .map(([key, v]) => {
      const value = v == null ? null : typeof v === "string" ? v : JSON.stringify(v);
      return { key, label: null, type: "token", value, values: value == null ? [] : [value], raw: v };
    });
  const d = (k: string) => str(data[k]);
  const hasAddress = [TOKENS.street, TOKENS.city, TOKENS.state, TOKENS.postalCode, TOKENS.country].some((k) => d(k) != null);
  return Object.freeze({
    id: toGlobalId("trackdrive", "lead", nativeId),
    vendor: VENDOR,
    nativeId,
    externalId: d(TOKENS.externalId),
    firstName: d(TOKENS.firstName),
    middleName: null,
    lastName: d(TOKENS.lastName),
    email: str(lead.email),
    phone: e164OrNull(str(lead.caller_id), country),
    secondaryPhone: e164OrNull(d(TOKENS.secondaryPhone), country),
    company: d(TOKENS.company),
    jobTitle: d(TOKENS.jobTitle),
    address: hasAddress
      ? {
          street: d(TOKENS.street),
          city: d(TOKENS.city),
          state: d(TOKENS.state),
          postalCode: d(TOKENS.postalCode),
          country: d(TOKENS.country),
        }
      : null,
    source: d(TOKENS.source),
    score: null,
    tags: Array.isArray(data[TOKENS.tags]) ? (data[TOKENS.tags] as unknown[]).map(String) : [],
    customFields,
    createdAt: date(lead.created_at),
    updatedAt: date(lead.updated_at),
    raw: lead,
  });
}

const assigned = (v: unknown, country: string): string | null => {
  const raw = str(v);
  return raw ? (e164OrNull(raw, country) ?? raw) : null;
};

export function deliveryError(
  code: string,
  message: string,
  vendorCode: string | null,
  retryAfterSeconds: number | null = null,
): DeliveryError {
  return { code, message, vendorCode, retryAfterSeconds, circuitOpen: null };
}

export interface TrackdriveDeliveryContext {
  country: string;
  root: string;
  /** Which configured token was used (never the token itself). */
  token: "OFFER" | "SCHEDULE";
  sent: TrackdriveLeadParams;
  /** scheduleCallback: success is SCHEDULED rather than CREATED/UPDATED. */
  scheduled?: boolean;
}

export function toDelivery(outcome: TrackdriveOutcome, ctx: TrackdriveDeliveryContext): Delivery {
  switch (outcome.kind) {
    case "ok": {
      const lead = outcome.lead ? toLead(outcome.lead, ctx.country) : null;
      const status = ctx.scheduled ? DeliveryStatus.SCHEDULED : outcome.created === false ? DeliveryStatus.UPDATED : DeliveryStatus.CREATED;
      return delivery(VENDOR, status, {
        nativeId: lead?.nativeId ?? null,
        lead,
        details: {
          token: ctx.token,
          created: outcome.created,
          // "Assign a dialing number and return it in the API response as trackdrive_number_plain"
          // "_plain" numbers may come without formatting or "+": E.164 for the tenant's country when they parse
          trackdriveNumber: assigned(outcome.lead?.trackdrive_number_plain, ctx.country),
          // "Assign an SMS number and return it in the API response as sms_number_plain"
          smsNumber: assigned(outcome.lead?.sms_number_plain, ctx.country),
          callbackAt: ctx.sent.schedule_callback_at ?? null,
          callbackInSeconds: ctx.sent.schedule_callback_in_seconds ?? null,
        },
      });
    }
    case "invalid": {
      const fieldErrors = toFieldErrors(outcome.problems, ctx.root);
      return delivery(VENDOR, DeliveryStatus.REJECTED, {
        message: outcome.problems.map((p) => (p.field === "base" ? p.message : `${p.field} ${p.message}`)).join("; ") || null,
        fieldErrors,
        error: deliveryError(
          "BAD_USER_INPUT",
          `Trackdrive refused ${fieldErrors.map((f) => f.field).join(", ") || "the lead"}`,
          `HTTP_${outcome.status}`,
        ),
      });
    }
    case "failed":
      return delivery(VENDOR, DeliveryStatus.FAILED, {
        error: deliveryError(outcome.code, outcome.message, outcome.vendorCode, outcome.retryAfterSeconds ?? null),
      });
  }
}

/** validateLead: Trackdrive has no test mode, so the lead passed LeadGraph's own checks and nothing was sent. */
export function toValidatedDelivery(ctx: Pick<TrackdriveDeliveryContext, "token" | "sent">): Delivery {
  return delivery(VENDOR, DeliveryStatus.VALIDATED, {
    message: "Checked by LeadGraph; Trackdrive has no validate-only mode, so nothing was sent",
    details: { token: ctx.token, parameters: Object.keys(ctx.sent).sort() },
  });
}

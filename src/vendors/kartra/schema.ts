import { z } from "zod";
import { isIanaZone } from "../../lib/time-zone.js";

/**
 * The documented shape of Kartra's outbound webhook (kartra-webhook-calendar-complete.txt,
 * "If lead completes a calendar"), validated at the door so a malformed body is refused with a
 * 400 naming the path, before anything is stored.
 *
 * vendor-notes.md: "Numbers may arrive as strings: Kartra's own full example sends "id": "1"".
 * Every numeric field therefore accepts an integer or a string of digits and is normalised to
 * a number. Unknown fields are kept (`passthrough`): real payloads carry extras such as
 * `google_plus`, `lead_deleted`.
 */

const DIGITS = /^\s*-?\d+\s*$/;

/** A required integer: 42 or "42". */
export const intLike = z
  .union([z.number(), z.string()], {
    errorMap: (_i, ctx) => ({
      message: ctx.data === undefined ? "is required" : `expected an integer or a string of digits, got ${describe(ctx.data)}`,
    }),
  })
  .superRefine((v, ctx) => {
    if (typeof v === "number" ? !Number.isInteger(v) : !DIGITS.test(v)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected an integer or a string of digits, got ${describe(v)}` });
    }
  })
  .transform((v) => (typeof v === "number" ? v : Number(v.trim())));

/** An optional integer lead attribute: 0, "0", "" or null (empty string = not set). */
const optInt = z
  .union([z.number(), z.string(), z.null()], {
    errorMap: (_i, ctx) => ({ message: `expected an integer, a string of digits or "", got ${describe(ctx.data)}` }),
  })
  .optional()
  .superRefine((v, ctx) => {
    if (v == null || v === "") return;
    if (typeof v === "number" ? !Number.isInteger(v) : !DIGITS.test(v)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected an integer, a string of digits or "", got ${describe(v)}` });
    }
  })
  .transform((v) => (v === undefined || v === null || v === "" ? null : typeof v === "number" ? v : Number(v.trim())));

const optStr = z.string({ invalid_type_error: "expected a string" }).nullable().optional().transform((v) => v ?? null);

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `"${v.length > 30 ? `${v.slice(0, 30)}…` : v}"`;
  return typeof v;
}

/** field_type values whose field_value is a plain string (doc: "In the case of input_field and text_area this will be string"). */
export const STRING_FIELD_TYPES = new Set(["input_field", "text_area"]);

const option = z
  .object({ option_id: intLike, option_value: z.string({ invalid_type_error: "expected a string", required_error: "is required" }) })
  .passthrough();

export const customFieldSchema = z
  .object({
    field_id: intLike,
    field_identifier: z.string({ required_error: "is required", invalid_type_error: "expected a string" }),
    field_type: z.string({ required_error: "is required", invalid_type_error: "expected a string" }),
    field_value: z.union([z.string(), z.array(z.unknown())], {
      errorMap: () => ({ message: "expected a string or a list of {option_id, option_value}" }),
    }),
  })
  .passthrough()
  .superRefine((f, ctx) => {
    const wantsString = STRING_FIELD_TYPES.has(f.field_type);
    if (wantsString && typeof f.field_value !== "string") {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["field_value"], message: `must be a string for field_type ${f.field_type}` });
    }
    if (!wantsString && typeof f.field_value === "string") {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["field_value"],
        message: `must be a list of {option_id, option_value} for field_type ${f.field_type}`,
      });
    }
  })
  .transform((f, ctx) => {
    if (typeof f.field_value === "string") return { ...f, field_value: f.field_value as string | KartraOption[] };
    const out: KartraOption[] = [];
    for (const [i, o] of f.field_value.entries()) {
      const r = option.safeParse(o);
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue, path: ["field_value", i, ...issue.path] });
      else out.push(r.data);
    }
    return { ...f, field_value: out as string | KartraOption[] };
  });

export interface KartraOption {
  option_id: number;
  option_value: string;
  [k: string]: unknown;
}

export const leadSchema = z
  .object({
    id: intLike,
    first_name: optStr,
    middle_name: optStr,
    last_name: optStr,
    last_name2: optStr,
    email: optStr,
    phone_country_code: optStr,
    phone: optStr,
    company: optStr,
    address: optStr,
    city: optStr,
    zip: optStr,
    state: optStr,
    country: optStr,
    date_joined: optStr,
    website: optStr,
    ip: optStr,
    ip_country: optStr,
    facebook: optStr,
    twitter: optStr,
    linkedin: optStr,
    sales_tax_id: optStr,
    lead_picture: optStr,
    source: optStr,
    score: optInt,
    referring_id: optInt,
    blacklisted: optInt,
    source_id: optInt,
    gdpr_lead_status: optInt,
    gdpr_lead_status_date: optStr,
    gdpr_lead_status_ip: optStr,
    gdpr_lead_communications: optInt,
    lead_preferred_time_zone: optStr,
    custom_fields: z.array(customFieldSchema, { invalid_type_error: "expected a list" }).nullable().optional().transform((v) => v ?? []),
  }, { required_error: "is required", invalid_type_error: "expected an object" })
  .passthrough();

/** `events[].event_date` is "YYYY-mm-dd HH:MM" in vendor_timezone (seconds tolerated). */
export const EVENT_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/;

export const calendarSchema = z
  .object({
    calendar_id: intLike,
    calendar_name: optStr,
    class_id: intLike,
    class_name: optStr,
    hosts: z
      .array(z.object({ host_first_name: optStr, host_last_name: optStr, host_email_address: optStr }).passthrough(), {
        invalid_type_error: "expected a list",
      })
      .nullable()
      .optional()
      .transform((v) => v ?? []),
    vendor_timezone: z
      .string({ required_error: "is required", invalid_type_error: "expected a string" })
      .refine((z0) => isIanaZone(z0), (v) => ({ message: `"${v}" is not an IANA time zone` })),
    calendar_subscription_id: intLike,
    events: z.array(
      z
        .object({
          event_date: z
            .string({ required_error: "is required", invalid_type_error: "expected a string" })
            .regex(EVENT_DATE, 'expected "YYYY-mm-dd HH:MM"'),
          event_duration: intLike,
        })
        .passthrough(),
      { required_error: "is required", invalid_type_error: "expected a list" },
    ),
    calendar_subscription_status: z.string({ required_error: "is required", invalid_type_error: "expected a string" }),
  }, { required_error: "is required", invalid_type_error: "expected an object" })
  .passthrough();

export const calendarCompleteSchema = z
  .object({
    lead: leadSchema,
    action: z.literal("calendar_complete"),
    action_details: z
      .object({ calendar: calendarSchema }, { required_error: "is required", invalid_type_error: "expected an object" })
      .passthrough(),
  })
  .passthrough();

/** Any other action shares the envelope {lead, action, action_details}; stored raw, never rejected for its details. */
export const envelopeSchema = z
  .object({
    action: z.string({ required_error: "is required", invalid_type_error: "expected a string" }).min(1, "must not be empty"),
    lead: z.object({ id: intLike.optional(), email: optStr }).passthrough().optional(),
    action_details: z.unknown().optional(),
  }, { invalid_type_error: "expected a JSON object" })
  .passthrough();

export type KartraCalendarComplete = z.output<typeof calendarCompleteSchema>;
export type KartraLeadParsed = z.output<typeof leadSchema>;
export type KartraCalendarParsed = z.output<typeof calendarSchema>;
export type KartraEnvelope = z.output<typeof envelopeSchema>;

export interface Problem {
  path: string;
  message: string;
}

export type Validation =
  | { ok: true; kind: "calendar_complete"; data: KartraCalendarComplete }
  | { ok: true; kind: "other"; data: KartraEnvelope }
  | { ok: false; problems: Problem[] };

function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((i) => ({ path: i.path.length ? i.path.join(".") : "(body)", message: i.message }));
}

// ---- the hot path: a calendar_complete that is valid, checked by hand ----
//
// zod was ~12 % of a stored webhook's CPU. acceptCalendarComplete() applies the same rules as
// calendarCompleteSchema to a body and returns the same output, but only says "valid" or "ask
// zod": anything it is not sure of (any rule broken, a `__proto__` key) goes to the schema, which
// words every failure. So the schema stays the one definition of the rules and their messages;
// test/vendors/kartra/schema-fast-path.test.ts checks that both agree on accepted bodies.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !Object.prototype.hasOwnProperty.call(v, "__proto__");
const isInt = (v: unknown) => (typeof v === "number" ? Number.isInteger(v) : typeof v === "string" && DIGITS.test(v));
const toInt = (v: unknown) => (typeof v === "number" ? v : Number((v as string).trim()));
const isOptStr = (v: unknown) => v == null || typeof v === "string";
const isOptInt = (v: unknown) => v == null || v === "" || isInt(v);
const toOptInt = (v: unknown) => (v == null || v === "" ? null : toInt(v));

const LEAD_STR = [
  "first_name", "middle_name", "last_name", "last_name2", "email", "phone_country_code", "phone", "company", "address",
  "city", "zip", "state", "country", "date_joined", "website", "ip", "ip_country", "facebook", "twitter", "linkedin",
  "sales_tax_id", "lead_picture", "source", "gdpr_lead_status_date", "gdpr_lead_status_ip", "lead_preferred_time_zone",
] as const;
const LEAD_INT = ["score", "referring_id", "blacklisted", "source_id", "gdpr_lead_status", "gdpr_lead_communications"] as const;
const HOST_STR = ["host_first_name", "host_last_name", "host_email_address"] as const;

function fastCustomField(f: unknown): Obj | undefined {
  if (!isObj(f) || !isInt(f.field_id) || typeof f.field_identifier !== "string" || typeof f.field_type !== "string") return undefined;
  const v = f.field_value;
  if (STRING_FIELD_TYPES.has(f.field_type)) return typeof v === "string" ? { ...f, field_id: toInt(f.field_id) } : undefined;
  if (!Array.isArray(v)) return undefined;
  const options: Obj[] = [];
  for (const o of v) {
    if (!isObj(o) || !isInt(o.option_id) || typeof o.option_value !== "string") return undefined;
    options.push({ ...o, option_id: toInt(o.option_id) });
  }
  return { ...f, field_id: toInt(f.field_id), field_value: options };
}

function fastLead(l: unknown): Obj | undefined {
  if (!isObj(l) || !isInt(l.id)) return undefined;
  const out: Obj = { ...l, id: toInt(l.id) };
  for (const k of LEAD_STR) {
    if (!isOptStr(l[k])) return undefined;
    out[k] = l[k] ?? null;
  }
  for (const k of LEAD_INT) {
    if (!isOptInt(l[k])) return undefined;
    out[k] = toOptInt(l[k]);
  }
  const cf = l.custom_fields;
  if (cf == null) out.custom_fields = [];
  else {
    if (!Array.isArray(cf)) return undefined;
    const fields: Obj[] = [];
    for (const f of cf) {
      const r = fastCustomField(f);
      if (!r) return undefined;
      fields.push(r);
    }
    out.custom_fields = fields;
  }
  return out;
}

function fastCalendar(c: unknown): Obj | undefined {
  if (!isObj(c) || !isInt(c.calendar_id) || !isInt(c.class_id) || !isInt(c.calendar_subscription_id)) return undefined;
  if (!isOptStr(c.calendar_name) || !isOptStr(c.class_name) || typeof c.calendar_subscription_status !== "string") return undefined;
  if (typeof c.vendor_timezone !== "string" || !isIanaZone(c.vendor_timezone)) return undefined;
  let hosts: Obj[] = [];
  if (c.hosts != null) {
    if (!Array.isArray(c.hosts)) return undefined;
    hosts = [];
    for (const h of c.hosts) {
      if (!isObj(h)) return undefined;
      const o: Obj = { ...h };
      for (const k of HOST_STR) {
        if (!isOptStr(h[k])) return undefined;
        o[k] = h[k] ?? null;
      }
      hosts.push(o);
    }
  }
  if (!Array.isArray(c.events)) return undefined;
  const events: Obj[] = [];
  for (const e of c.events) {
    if (!isObj(e) || typeof e.event_date !== "string" || !EVENT_DATE.test(e.event_date) || !isInt(e.event_duration)) return undefined;
    events.push({ ...e, event_duration: toInt(e.event_duration) });
  }
  return {
    ...c,
    calendar_id: toInt(c.calendar_id),
    calendar_name: c.calendar_name ?? null,
    class_id: toInt(c.class_id),
    class_name: c.class_name ?? null,
    hosts,
    calendar_subscription_id: toInt(c.calendar_subscription_id),
    events,
  };
}

/** calendarCompleteSchema's output for `body` when it is surely valid; undefined means "ask the schema". */
export function acceptCalendarComplete(body: unknown): KartraCalendarComplete | undefined {
  if (!isObj(body) || body.action !== "calendar_complete" || !isObj(body.action_details)) return undefined;
  const lead = fastLead(body.lead);
  if (!lead) return undefined;
  const calendar = fastCalendar(body.action_details.calendar);
  if (!calendar) return undefined;
  return { ...body, lead, action: "calendar_complete", action_details: { ...body.action_details, calendar } } as KartraCalendarComplete;
}

/** Validates a parsed JSON body: the calendar_complete shape in full, other actions by envelope. */
export function validateKartraWebhook(body: unknown): Validation {
  const fast = acceptCalendarComplete(body);
  if (fast) return { ok: true, kind: "calendar_complete", data: fast };
  // The common case first: a body the full schema accepts always passes the looser envelope, so
  // the envelope's parse (a third of validation's CPU) is needed only to report a failure.
  if ((body as { action?: unknown } | null)?.action === "calendar_complete") {
    const full = calendarCompleteSchema.safeParse(body);
    if (full.success) return { ok: true, kind: "calendar_complete", data: full.data };
  }
  const env = envelopeSchema.safeParse(body);
  if (!env.success) return { ok: false, problems: problemsOf(env.error) };
  if (env.data.action !== "calendar_complete") return { ok: true, kind: "other", data: env.data };
  const full = calendarCompleteSchema.safeParse(body);
  if (!full.success) return { ok: false, problems: problemsOf(full.error) };
  return { ok: true, kind: "calendar_complete", data: full.data };
}

import { DateTime as Luxon } from "luxon";
import { badInput } from "../../lib/errors.js";
import { toGlobalId } from "../../model/ids.js";
import { e164OrNull, toNanp10 } from "../../lib/phone.js";
import { Lead } from "../../graphql/types/lead.type.js";
import { Event } from "../../graphql/types/event.type.js";
import { EventType, Vendor } from "../../graphql/types/enums.js";
import type { CustomField } from "../../graphql/types/custom-field.type.js";
import type { EventInput, LeadInput } from "../../graphql/types/lead.input.js";
import {
  CTAccount,
  CTActionPlan,
  CTActionStep,
  CTLeadSource,
  CTLineItem,
  CTNote,
  CTPayment,
  CTPendingAction,
  CTProposal,
  CTSalesCycle,
  CTTag,
  CTUser,
} from "../../graphql/types/clienttether/reference.type.js";
import type {
  ClientTetherAccount,
  ClientTetherActionPlan,
  ClientTetherClient,
  ClientTetherClientParams,
  ClientTetherEvent,
  ClientTetherHistoryNote,
  ClientTetherLeadSource,
  ClientTetherPayment,
  ClientTetherPendingAction,
  ClientTetherProposal,
  ClientTetherSalesCycle,
  ClientTetherTag,
  ClientTetherUser,
} from "./types.js";

/**
 * Pure, total mappings between ClientTether's wire records and the unified model, and the
 * doc's field rules checked before anything is sent (each failure is BAD_USER_INPUT naming the
 * unified field). Mapped objects are frozen instances of the GraphQL classes (interfaces such as
 * `Node` resolve by class).
 */
export const V = "clienttether";

export interface MapOptions {
  defaultCountry: string;
  /** Tenant IANA zone: ClientTether dates and times carry no offset. */
  timezone: string;
}

function make<T extends object>(cls: abstract new () => T, fields: Omit<T, never>): T {
  return Object.freeze(Object.assign(Object.create(cls.prototype) as T, fields));
}

const str = (v: unknown): string | null => (v == null || v === "" || v === false ? null : String(v));
const int = (v: unknown): number | null => {
  const s = str(v);
  if (s == null || !/^-?\d+$/.test(s.trim())) return null;
  return Number(s);
};

// ───────────────────────────── field rules ─────────────────────────────

/** Client Parameters table: "All parameters mentioned in Client Parameter Table as reserved parameter names." */
export const RESERVED_CLIENT_KEYS = new Set([
  "client_id", "firstName", "lastName", "phone", "smsok", "second_phone", "email", "address", "city", "state", "zip",
  "compName", "tag", "job_title", "external_id", "deal_size", "deal_closed", "age", "education", "gender",
  "high_net_worth", "home_owner_status", "household_income", "length_of_residence", "market_value", "material_status",
  "occupation", "presence_of_children", "creation_date", "presence_of_pets", "anniversary_1", "anniversary_2",
  "facebook", "linkedin", "twitter", "action_plan_id", "sales_cycle_id", "lead_source_id", "client_category",
  "whiteboard", "clients_date_last", "clients_date_next", "new_lead_notification", "contact_type", "assigned_user_id",
]);

/** Enumerations as the doc lists them (`[M, F]`, `[Own, Rent]`, …). */
export const CLIENT_ENUMS: Record<string, readonly string[]> = {
  smsok: ["1", "0"],
  deal_closed: ["1", "0"],
  gender: ["M", "F"],
  home_owner_status: ["Own", "Rent"],
  // the doc spells marital status "material_status"; "marital_status" is accepted as an alias
  material_status: ["Single", "Married", "Divorced"],
  presence_of_children: ["1", "0"],
  presence_of_pets: ["1", "0"],
  // "0= No Notifications (default) 1= Software Notification 2= All Three Notifications"
  new_lead_notification: ["0", "1", "2"],
  // "DB values [1, 2, 3, 4, 5]" = Client, Employee, Partner, Vendor, Other
  contact_type: ["1", "2", "3", "4", "5"],
};
const CONTACT_TYPE_NAMES = ["Client", "Employee", "Partner", "Vendor", "Other"];

const WHOLE_NUMBERS = new Set(["deal_size", "age", "high_net_worth", "household_income", "length_of_residence", "market_value"]);
const DATES = new Set(["creation_date", "anniversary_1", "anniversary_2", "clients_date_last", "clients_date_next"]);
const ID_KEYS = new Set(["action_plan_id", "sales_cycle_id", "lead_source_id", "assigned_user_id", "client_id"]);

/** "US states and CA Province — 2 letter abbreviation only". */
export const US_STATES = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP".split(" ");
export const CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" ");
const STATES = new Set([...US_STATES, ...CA_PROVINCES]);

/** "5 Digit Zip, 5-4 Digit Zip, 5-4-2 Digit Zip, A1A 1A1". */
const ZIP_FORMS = [/^\d{5}$/, /^\d{5}-\d{4}$/, /^\d{5}-\d{4}-\d{2}$/, /^[A-Za-z]\d[A-Za-z] \d[A-Za-z]\d$/];

export function checkState(raw: string, field: string): string {
  const s = raw.trim().toUpperCase();
  if (!STATES.has(s)) throw badInput(field, `"${raw}" is not a 2-letter US state or Canadian province code`);
  return s;
}

export function checkZip(raw: string, field: string): string {
  const z = raw.trim();
  if (!ZIP_FORMS.some((re) => re.test(z))) throw badInput(field, `"${raw}" is not a zip ClientTether accepts: 12345, 12345-6789, 12345-6789-01 or A1A 1A1`);
  return /[A-Za-z]/.test(z) ? z.toUpperCase() : z;
}

/** The doc writes dates `YYYY:MM:DD`; `YYYY-MM-DD` and `YYYY/MM/DD` are accepted from users and sent in the doc's form. */
export function toCtDate(raw: string, field: string): string {
  const m = /^(\d{4})[:\-/](\d{2})[:\-/](\d{2})$/.exec(raw.trim());
  if (!m || !Luxon.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! }).isValid) {
    throw badInput(field, `"${raw}" is not a date; expected YYYY:MM:DD (or YYYY-MM-DD)`);
  }
  return `${m[1]}:${m[2]}:${m[3]}`;
}

/** Expansion parameters: "any non-reserved parameter name and its value as a simple String (striping all HTML)", "Limit of 100 characters". */
export function expansionValue(raw: unknown, field: string): string {
  const s = stripHtml(String(raw ?? ""));
  if (s.length > 100) throw badInput(field, `is ${s.length} characters; ClientTether keeps at most 100 for a custom parameter`);
  return s;
}

export function stripHtml(s: string): string {
  return s.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();
}

function enumValue(key: string, raw: unknown, field: string): string {
  let s = typeof raw === "boolean" ? (raw ? "1" : "0") : String(raw).trim();
  if (key === "contact_type") {
    const byName = CONTACT_TYPE_NAMES.findIndex((n) => n.toLowerCase() === s.toLowerCase());
    if (byName >= 0) s = String(byName + 1);
  }
  const allowed = CLIENT_ENUMS[key]!;
  const hit = allowed.find((a) => a.toLowerCase() === s.toLowerCase());
  if (!hit) throw badInput(field, `"${String(raw)}" is not one of ${allowed.join(", ")}`);
  return hit;
}

/** One client parameter, checked against its rule and turned into its wire string. */
export function clientParam(key: string, raw: unknown, field: string, mo: MapOptions): [string, string] {
  if (key === "marital_status") key = "material_status";
  if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(key)) throw badInput(field, `"${key}" is not a usable ClientTether parameter name`);
  if (raw === null || raw === undefined) return [key, ""];
  if (typeof raw === "object") throw badInput(field, "must be a string or number");
  if (key === "phone" || key === "second_phone") return [key, toNanp10(String(raw), field, mo.defaultCountry)];
  if (key === "state") return [key, checkState(String(raw), field)];
  if (key === "zip") return [key, checkZip(String(raw), field)];
  if (key in CLIENT_ENUMS) return [key, enumValue(key, raw, field)];
  if (DATES.has(key)) return [key, toCtDate(String(raw), field)];
  if (WHOLE_NUMBERS.has(key)) {
    const s = String(raw).trim();
    if (!/^\d+$/.test(s)) throw badInput(field, `"${String(raw)}" is not a whole number`);
    return [key, s];
  }
  if (ID_KEYS.has(key)) {
    const s = String(raw).trim();
    if (!/^\d+$/.test(s)) throw badInput(field, `"${String(raw)}" is not a ClientTether id (digits)`);
    return [key, s];
  }
  if (key === "email") {
    const s = String(raw).trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) throw badInput(field, `"${s}" is not a well formatted email`);
    return [key, s];
  }
  if (RESERVED_CLIENT_KEYS.has(key)) return [key, stripHtml(String(raw))];
  return [key, expansionValue(raw, field)];
}

export interface FromLeadOptions extends MapOptions {
  mode: "create" | "update";
  /** `options.clienttether` on createLead: more client parameters. */
  vendorOptions?: Record<string, unknown> | null;
  vendorOptionsPath?: string;
  /** Filled with wire key → unified field path, so a vendor validation answer can name the field the caller sent. */
  origins?: Record<string, string>;
}

/**
 * A unified LeadInput → ClientTether client parameters. Throws BAD_USER_INPUT naming the unified
 * field on the first rule broken. On create, firstName and lastName are required ("Requires
 * firstName, lastName").
 */
export function fromLeadInput(input: LeadInput, o: FromLeadOptions): ClientTetherClientParams {
  const out: ClientTetherClientParams = {};
  const put = (key: string, value: unknown, field: string) => {
    if (value === undefined) return;
    const [k, v] = clientParam(key, value, field, o);
    out[k] = v;
    if (o.origins) o.origins[k] = field;
  };
  if (o.mode === "create") {
    if (!input.firstName?.trim()) throw badInput("input.firstName", "is required by ClientTether create_client");
    if (!input.lastName?.trim()) throw badInput("input.lastName", "is required by ClientTether create_client");
  }
  put("firstName", input.firstName?.trim(), "input.firstName");
  put("lastName", input.lastName?.trim(), "input.lastName");
  put("email", input.email ?? undefined, "input.email");
  if (input.phone) put("phone", input.phone, "input.phone");
  if (input.secondaryPhone) put("second_phone", input.secondaryPhone, "input.secondaryPhone");
  put("compName", input.company ?? undefined, "input.company");
  put("job_title", input.jobTitle ?? undefined, "input.jobTitle");
  put("external_id", input.externalId ?? undefined, "input.externalId");
  if (input.address) {
    const a = input.address;
    put("address", a.street ?? undefined, "input.address.street");
    put("city", a.city ?? undefined, "input.address.city");
    if (a.state) put("state", a.state, "input.address.state");
    if (a.postalCode) put("zip", a.postalCode, "input.address.postalCode");
    if (a.country && !["US", "USA", "CA", "CAN"].includes(a.country.trim().toUpperCase())) {
      throw badInput("input.address.country", "ClientTether takes US and Canadian addresses only");
    }
  }
  if (input.tags) {
    for (const [i, t] of input.tags.entries()) if (t.includes(",")) throw badInput(`input.tags.${i}`, "a tag cannot contain a comma (ClientTether sends tags comma-separated)");
    out.tag = input.tags.map((t) => stripHtml(t)).filter(Boolean).join(",");
    if (o.origins) o.origins.tag = "input.tags";
  }
  for (const [i, cf] of (input.customFields ?? []).entries()) put(cf.key, cf.value ?? null, `input.customFields.${i}.value`);
  for (const [k, v] of Object.entries(input.extra ?? {})) put(k, v, `input.extra.${k}`);
  const prefix = o.vendorOptionsPath ?? "options.clienttether";
  for (const [k, v] of Object.entries(o.vendorOptions ?? {})) {
    if (v === undefined || v === null) continue;
    if (k === "custom" && Array.isArray(v)) {
      for (const [i, cf] of (v as { key: string; value?: string | null }[]).entries()) put(cf.key, cf.value ?? null, `${prefix}.custom.${i}.value`);
      continue;
    }
    put(OPTION_KEYS[k] ?? k, v, `${prefix}.${k}`);
  }
  return out;
}

/** `ClientTetherLeadOptions` field → client parameter (fields not listed are taken as parameter names). */
export const OPTION_KEYS: Record<string, string> = {
  smsOk: "smsok",
  dealSize: "deal_size",
  dealClosed: "deal_closed",
  highNetWorth: "high_net_worth",
  homeOwnerStatus: "home_owner_status",
  householdIncome: "household_income",
  lengthOfResidence: "length_of_residence",
  marketValue: "market_value",
  maritalStatus: "material_status",
  presenceOfChildren: "presence_of_children",
  presenceOfPets: "presence_of_pets",
  creationDate: "creation_date",
  anniversary1: "anniversary_1",
  anniversary2: "anniversary_2",
  actionPlanId: "action_plan_id",
  salesCycleId: "sales_cycle_id",
  leadSourceId: "lead_source_id",
  assignedUserId: "assigned_user_id",
  clientCategory: "client_category",
  clientsDateLast: "clients_date_last",
  clientsDateNext: "clients_date_next",
  newLeadNotification: "new_lead_notification",
  contactType: "contact_type",
};

// ───────────────────────────── wire → unified ─────────────────────────────

const LEAD_MAPPED = new Set([
  "client_id", "external_id", "firstName", "lastName", "email", "phone", "second_phone", "compName", "job_title",
  "address", "city", "state", "zip", "tag", "lead_source_name", "creation_date",
]);

/** `YYYY:MM:DD` or `YYYY-MM-DD` (+ optional `HH:MM[:SS]`) in the tenant zone → Date; null when it does not parse. */
export function parseCtDateTime(date: unknown, time: unknown, zone: string): Date | null {
  const d = str(date);
  if (!d) return null;
  const m = /^(\d{4})[:\-/](\d{2})[:\-/](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(d.trim());
  if (!m) return null;
  const t = str(time);
  const tm = t ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t.trim()) : null;
  const dt = Luxon.fromObject(
    { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(tm?.[1] ?? m[4] ?? 0), minute: +(tm?.[2] ?? m[5] ?? 0), second: +(tm?.[3] ?? m[6] ?? 0) },
    { zone },
  );
  return dt.isValid ? dt.toJSDate() : null;
}

/** A Date → ClientTether's `YYYY:MM:DD` and `HH:MM:SS` in the tenant zone. */
export function toCtDateTime(at: Date, zone: string): { date: string; time: string } {
  const dt = Luxon.fromJSDate(at, { zone });
  return { date: dt.toFormat("yyyy:MM:dd"), time: dt.toFormat("HH:mm:ss") };
}

function countryOf(state: string | null, zip: string | null): string | null {
  if (state && CA_PROVINCES.includes(state.toUpperCase())) return "CA";
  if (zip && /[A-Za-z]/.test(zip)) return "CA";
  return state || zip ? "US" : null;
}

/**
 * Mapped leads by the client record they came from. The in-memory cache hands back the same
 * (frozen) record object on every hit, so a warm `lead(id)` skips phone parsing and zone
 * conversion — a fifth of its CPU in the benchmark. Records from Redis are new objects and
 * simply miss; the WeakMap lets a record and its lead go together when the cache evicts it.
 */
const mapped = new WeakMap<ClientTetherClient, { mo: string; lead: Lead }>();

/** A client record → Lead. Every parameter not in the unified model stays in `customFields`; `raw` keeps all. */
export function toLead(c: ClientTetherClient, mo: MapOptions): Lead {
  const moKey = `${mo.defaultCountry}|${mo.timezone}`;
  const memo = mapped.get(c);
  if (memo?.mo === moKey) return memo.lead;
  const lead = mapLead(c, mo);
  mapped.set(c, { mo: moKey, lead });
  return lead;
}

function mapLead(c: ClientTetherClient, mo: MapOptions): Lead {
  const state = str(c.state);
  const zip = str(c.zip);
  const street = str(c.address);
  const city = str(c.city);
  const customFields: CustomField[] = Object.entries(c)
    .filter(([k, v]) => !LEAD_MAPPED.has(k) && v != null && v !== "" && typeof v !== "object")
    .map(([k, v]) => ({ key: k, label: null, type: RESERVED_CLIENT_KEYS.has(k) ? "parameter" : "expansion", value: String(v), values: [String(v)], raw: v }));
  return make(Lead, {
    id: toGlobalId(V, "lead", String(c.client_id)),
    vendor: Vendor.CLIENTTETHER,
    nativeId: String(c.client_id),
    externalId: str(c.external_id),
    firstName: str(c.firstName),
    middleName: null,
    lastName: str(c.lastName),
    email: str(c.email),
    phone: e164OrNull(str(c.phone), mo.defaultCountry),
    secondaryPhone: e164OrNull(str(c.second_phone), mo.defaultCountry),
    company: str(c.compName),
    jobTitle: str(c.job_title),
    address: street || city || state || zip ? { street, city, state, postalCode: zip, country: countryOf(state, zip) } : null,
    source: str(c.lead_source_name),
    score: null,
    tags: (str(c.tag) ?? "").split(",").map((t) => t.trim()).filter(Boolean),
    customFields,
    createdAt: parseCtDateTime(c.creation_date, null, mo.timezone),
    updatedAt: null,
    raw: c,
  });
}

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
  return make(Event, {
    id: toGlobalId(V, "event", String(e.event_id)),
    vendor: Vendor.CLIENTTETHER,
    nativeId: String(e.event_id),
    type: EVENT_TYPES[String(e.event_type ?? "").toLowerCase()] ?? EventType.OTHER,
    title: str(e.event_type),
    description: str(e.event_note),
    startsAt,
    endsAt: parseCtDateTime(e.event_end_date, e.event_end_time, mo.timezone),
    // ClientTether sends wall-clock times without a zone: they are read in the tenant's zone
    sourceTimeZone: mo.timezone,
    startsAtLocal: startsAt ? Luxon.fromJSDate(startsAt, { zone: mo.timezone }).toISO({ suppressMilliseconds: true }) : null,
    leadId: e.client_id ? toGlobalId(V, "lead", String(e.client_id)) : null,
    raw: e,
  });
}

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
  const out: Record<string, string> = { client_id: clientId, event_type: type, event_date: start.date, event_time: start.time, event_note: note };
  const extra = input.extra ?? {};
  const userId = input.userId ?? extra.user_id ?? extra.userId;
  const userField = input.userId != null ? "input.userId" : "input.extra.user_id";
  const plan = extra.event_manual_action_plan_id ?? extra.actionPlanId;
  if (userId != null) {
    if (!/^\d+$/.test(String(userId))) throw badInput(userField, "is not a ClientTether user id (digits)");
    out.user_id = String(userId);
  }
  if (plan != null) {
    if (!/^\d+$/.test(String(plan))) throw badInput("input.extra.event_manual_action_plan_id", "is not a ClientTether action plan id (digits)");
    out.event_manual_action_plan_id = String(plan);
  }
  if (input.type === EventType.APPOINTMENT) {
    if (out.user_id == null) throw badInput("input.userId", "is required for an Appointment (the assigned user's calendar)");
    const end = input.endsAt ?? (input.durationMinutes != null ? new Date(input.startsAt.getTime() + input.durationMinutes * 60_000) : null);
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

export function toLeadSource(s: ClientTetherLeadSource): CTLeadSource {
  return make(CTLeadSource, {
    id: toGlobalId(V, "lead_source", String(s.lead_source_id)),
    nativeId: String(s.lead_source_id),
    name: str(s.lead_source_name) ?? "",
    webKey: str(s.lead_source_web_key),
    raw: s,
  });
}

export function toActionPlan(p: ClientTetherActionPlan): CTActionPlan {
  const steps = Array.isArray(p["Action Steps"]) ? p["Action Steps"] : [];
  return make(CTActionPlan, {
    id: toGlobalId(V, "action_plan", String(p.action_plan_id)),
    nativeId: String(p.action_plan_id),
    name: str(p.action_plan_name) ?? "",
    type: str(p.action_plan_type),
    linkId: str(p.action_plan_link_id),
    linkName: str(p.action_plan_link_name),
    nextPlanId: str(p.action_plan_next_plan_id),
    nextPlanName: str(p.action_plan_next_plan_name),
    steps: steps.map((s) => make(CTActionStep, { order: int(s.Order), type: str(s.Type), day: str(s.Date), time: str(s.Time), subject: str(s.Subject), body: str(s.Body) })),
    raw: p,
  });
}

export function toSalesCycle(s: ClientTetherSalesCycle): CTSalesCycle {
  const active = str(s.sales_cycle_active_status);
  return make(CTSalesCycle, {
    id: toGlobalId(V, "sales_cycle", String(s.sales_cycle_id)),
    nativeId: String(s.sales_cycle_id),
    name: str(s.sales_cycle_name) ?? "",
    active: active == null ? null : active === "1",
    order: int(s.sales_cycle_order),
    contactType: int(s.sales_cycle_contact_type),
    raw: s,
  });
}

export function toUser(u: ClientTetherUser): CTUser {
  return make(CTUser, {
    id: toGlobalId(V, "user", String(u.user_id)),
    nativeId: String(u.user_id),
    type: str(u.user_type),
    firstName: str(u.user_first_name),
    lastName: str(u.user_last_name),
    phone: str(u.user_phone),
    email: str(u.user_email),
    username: str(u.user_username) ?? str(u.user_name),
    showCalendar: str(u.user_show_calendar) === "1",
    raw: u,
  });
}

export function toTag(t: ClientTetherTag): CTTag {
  return make(CTTag, { nativeId: str(t.tag_id), value: str(t.tag_value) ?? "" });
}

export function toAccount(a: ClientTetherAccount): CTAccount {
  // account_web_key is a credential (the X-Web-Key of that account): never handed out
  const { account_web_key: _secret, ...raw } = a;
  return make(CTAccount, {
    id: toGlobalId(V, "account", String(a.account_id)),
    nativeId: String(a.account_id),
    type: str(a.account_type),
    name: str(a.account_name),
    firstName: str(a.account_first_name),
    lastName: str(a.account_last_name),
    ownerName: str(a.account_owner_name),
    companyName: str(a.account_company_name),
    email: str(a.account_email),
    phone: str(a.account_phone),
    officePhone: str(a.account_office_phone),
    raw,
  });
}

export function toNote(n: ClientTetherHistoryNote, mo: MapOptions): CTNote {
  return make(CTNote, { nativeId: str(n.note_id), type: str(n.note_type), body: str(n.note_body), createdAt: parseCtDateTime(n.note_date, n.note_time, mo.timezone), raw: n });
}

export function toPendingAction(a: ClientTetherPendingAction, mo: MapOptions): CTPendingAction {
  return make(CTPendingAction, {
    nativeId: str(a.action_id),
    actionPlanId: str(a.action_plan_id),
    actionPlanName: str(a.action_plan_name),
    type: str(a.action_type),
    subject: str(a.action_subject),
    dueAt: parseCtDateTime(a.action_date, a.action_time, mo.timezone),
    raw: a,
  });
}

export function toProposal(p: ClientTetherProposal): CTProposal {
  const items = Array.isArray(p.line_item_detail) ? p.line_item_detail : [];
  return make(CTProposal, {
    // read_proposals needs the client: the global id carries it (`clienttether:proposal:<client_id>:<proposal_id>`)
    id: toGlobalId(V, "proposal", p.client_id ? `${p.client_id}:${p.proposal_id}` : String(p.proposal_id)),
    nativeId: String(p.proposal_id),
    leadId: p.client_id ? toGlobalId(V, "lead", String(p.client_id)) : null,
    type: str(p.proposal_type),
    number: str(p.proposal_num),
    estimator: str(p.estimator),
    productionManager: str(p.production_manager),
    notes: str(p.proposal_notes),
    workNotes: str(p.work_notes),
    finalPrice: str(p.final_price),
    discount: str(p.discount),
    jobStartDate: str(p.job_start_date),
    jobEndDate: str(p.job_end_date),
    lineItems: items.map((i) => make(CTLineItem, { description: str(i.Description), price: str(i["Line Price"]), notes: str(i.Notes) })),
    raw: p,
  });
}

export function toPayment(p: ClientTetherPayment): CTPayment {
  return make(CTPayment, {
    proposalId: str(p.proposal_id),
    proposalNumber: str(p.proposal_number),
    payday: str(p.payday),
    amount: str(p.amount),
    type: str(p.type),
    status: str(p.status),
    createdDate: str(p.created_date),
    raw: p,
  });
}

import { startSimulator, type SimReply, type SimRequest, type Simulator } from "../../simulators/harness.js";
import type { TrackdriveConfig } from "./config.js";

/**
 * A stateful Trackdrive over real HTTP, honouring trackdrive-leads-create-or-update.txt and
 * vendor-notes.md:
 * - `lead_token` (query string or body) must be a known offer or schedule token, else 401.
 * - create_or_update matches on caller_id within the token's offer or schedule: an existing
 *   lead is updated (data merged), otherwise one is created. `update_all_matching_leads`
 *   applies the data to every lead of the offer with that caller_id.
 * - caller_id is normalised to E.164; booleans accept true/false/1/0/yes/no/on/off;
 *   schedule_callback_at / next_action_at must look like `2021-07-23 14:26:43 +0000`;
 *   integers must be integers; `data` must be a hash. Violations → 422 `{success:false, errors:{param:[…]}}`.
 * - assign_trackdrive_number / assign_sms_number assign a number once per lead and return it
 *   as trackdrive_number_plain / sms_number_plain.
 * - auto_format_nested_fields extracts caller_id/phone/email nested in non-standard bodies.
 * - Success: 200 `{success:true, lead:{…, created_at, updated_at}}`; an update moves updated_at.
 */
export const TRACKDRIVE_DEMO_OFFER_TOKEN = "td-offer-demo-51c2";
export const TRACKDRIVE_DEMO_SCHEDULE_TOKEN = "td-schedule-demo-8e0d";
/** A second schedule under the same offer (for update_all_matching_leads). */
export const TRACKDRIVE_DEMO_SCHEDULE2_TOKEN = "td-schedule-life-3b9a";

export interface TrackdriveSimToken {
  kind: "offer" | "schedule";
  offerId: number;
  scheduleId: number | null;
}

export interface TrackdriveSimLead {
  id: number;
  offer_id: number;
  schedule_id: number | null;
  caller_id: string | null;
  email: string | null;
  contact_field_type_id: string | null;
  trackdrive_number_plain: string | null;
  sms_number_plain: string | null;
  lead_priority: number | null;
  data: Record<string, unknown>;
  schedule_callback_at: string | null;
  next_action_at: string | null;
  expires_at: string | null;
  max_contact_attempts: number | null;
  schedule_step: number;
  apply_to: unknown;
  created_at: string;
  updated_at: string;
}

export interface TrackdriveSimState {
  tokens: Map<string, TrackdriveSimToken>;
  contactFieldTypes: Set<string>;
  leads: TrackdriveSimLead[];
  nextId: number;
  nextNumber: number;
}

const BOOL_TRUE = new Set(["true", "1", "yes", "on"]);
const BOOL_FALSE = new Set(["false", "0", "no", "off"]);
const TIME_RE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2})$/;

/** `2021-07-23 14:26:43 +0000` → Date, or null when it does not look like that. */
export function parseTrackdriveTime(v: unknown): Date | null {
  if (typeof v !== "string") return null;
  const m = TIME_RE.exec(v);
  if (!m) return null;
  const t = Date.parse(`${m[1]}T${m[2]}${m[3]}${m[4]}:${m[5]}`);
  return Number.isNaN(t) ? null : new Date(t);
}

function parseBool(v: unknown): boolean | undefined | "invalid" {
  if (v === undefined || v === null || v === "") return undefined;
  const s = String(v).toLowerCase();
  if (BOOL_TRUE.has(s)) return true;
  if (BOOL_FALSE.has(s)) return false;
  return "invalid";
}

function parseInteger(v: unknown): number | undefined | "invalid" {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^-?\d+$/.test(v.trim())) return Number(v);
  return "invalid";
}

/** Trackdrive normalises caller_id to E.164 (NANP assumed for bare 10-digit numbers). */
export function normaliseCallerId(v: unknown): string | null | "invalid" {
  if (v === undefined || v === null || v === "") return null;
  const s = String(v).trim();
  const digits = s.replace(/\D/g, "");
  if (s.startsWith("+")) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : "invalid";
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith("1")) return `+${digits}`;
  return "invalid";
}

function findNested(obj: unknown, keys: string[], depth = 0): unknown {
  if (!obj || typeof obj !== "object" || depth > 3) return undefined;
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    if (keys.includes(k.toLowerCase()) && (typeof v === "string" || typeof v === "number")) return v;
  }
  for (const v of Object.values(obj as Record<string, unknown>)) {
    const found = findNested(v, keys, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function createTrackdriveSpec(state: TrackdriveSimState, seedFn: (s: TrackdriveSimState, seed: boolean) => void) {
  const serialize = (l: TrackdriveSimLead) => ({ ...l, data: { ...l.data } });

  const createOrUpdate = (req: SimRequest): SimReply => {
    const b = (req.body && !Array.isArray(req.body) ? req.body : undefined) as Record<string, unknown> | undefined;
    const tokenValue = req.query.get("lead_token") ?? (typeof b?.lead_token === "string" ? b.lead_token : "");
    const token = state.tokens.get(tokenValue);
    if (!token) return { status: 401, body: { success: false, errors: ["Invalid lead_token"] } };
    if (!b) return { status: 400, body: { success: false, errors: ["Request body must be a JSON object"] } };

    const errors: Record<string, string[]> = {};
    const err = (f: string, m: string) => (errors[f] ??= []).push(m);

    const nested = parseBool(b.auto_format_nested_fields) === true;
    // "Automatically extract contact fields that are nested inside non-standard incoming POST."
    const rawCaller = b.caller_id ?? (nested ? findNested(b, ["caller_id", "phone", "phone_number", "mobile"]) : undefined);
    const rawEmail = b.email ?? (nested ? findNested(b, ["email", "email_address"]) : undefined);
    const callerId = normaliseCallerId(rawCaller);
    if (callerId === "invalid") err("caller_id", "is not a valid phone number");
    const email = rawEmail == null || rawEmail === "" ? null : String(rawEmail);
    if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) err("email", "is invalid");
    if (callerId === null && email === null) err("caller_id", "can't be blank when email is blank");

    const bools: Record<string, boolean | undefined> = {};
    for (const f of [
      "update_all_matching_leads",
      "assign_trackdrive_number",
      "assign_sms_number",
      "restart_schedule",
      "auto_format_nested_fields",
    ]) {
      const v = parseBool(b[f]);
      if (v === "invalid") err(f, "is not a boolean (true/false/1/0/yes/no/on/off)");
      else bools[f] = v;
    }
    const ints: Record<string, number | undefined> = {};
    for (const f of ["schedule_callback_in_seconds", "lead_priority", "max_contact_attempts"]) {
      const v = parseInteger(b[f]);
      if (v === "invalid") err(f, "must be a valid integer");
      else ints[f] = v;
    }
    if (ints.schedule_callback_in_seconds !== undefined && ints.schedule_callback_in_seconds < 0)
      err("schedule_callback_in_seconds", "must be greater than or equal to 0");
    const hours = b.hours_to_expire == null || b.hours_to_expire === "" ? undefined : Number(b.hours_to_expire);
    if (hours !== undefined && (!Number.isFinite(hours) || hours < 0)) err("hours_to_expire", "must be a number");
    const callbackAt = b.schedule_callback_at == null ? null : parseTrackdriveTime(b.schedule_callback_at);
    if (b.schedule_callback_at != null && !callbackAt) err("schedule_callback_at", "must be a valid time EG: 2021-07-23 14:26:43 +0000");
    const nextActionAt = b.next_action_at == null ? null : parseTrackdriveTime(b.next_action_at);
    if (b.next_action_at != null && !nextActionAt) err("next_action_at", "must be a valid time EG: 2021-07-23 14:26:43 +0000");
    if (b.data !== undefined && (typeof b.data !== "object" || b.data === null || Array.isArray(b.data)))
      err("data", "must be a hash of JSON data");
    const cft = b.contact_field_type == null || b.contact_field_type === "" ? null : String(b.contact_field_type);
    if (cft !== null && !state.contactFieldTypes.has(cft)) err("contact_field_type", "is not a contact field type of this account");
    if (Object.keys(errors).length) return { status: 422, body: { success: false, errors } };

    const now = Date.now();
    const sameCaller = (l: TrackdriveSimLead) => (callerId ? l.caller_id === callerId : l.email === email);
    const inScope = (l: TrackdriveSimLead) => l.offer_id === token.offerId && l.schedule_id === token.scheduleId;
    // "If this is true, then the data sent in this request will be applied to all leads that
    //  match the Offer or Schedule and caller_id sent in the request."
    const matches = state.leads.filter(
      (l) => sameCaller(l) && (bools.update_all_matching_leads ? l.offer_id === token.offerId : inScope(l)),
    );
    const created = matches.length === 0;
    if (created) {
      const iso = new Date(now).toISOString();
      const lead: TrackdriveSimLead = {
        id: state.nextId++,
        offer_id: token.offerId,
        schedule_id: token.scheduleId,
        caller_id: callerId,
        email,
        contact_field_type_id: null,
        trackdrive_number_plain: null,
        sms_number_plain: null,
        lead_priority: null,
        data: {},
        schedule_callback_at: null,
        next_action_at: null,
        expires_at: null,
        max_contact_attempts: null,
        schedule_step: 0,
        apply_to: null,
        created_at: iso,
        updated_at: iso,
      };
      state.leads.push(lead);
      matches.push(lead);
    }
    for (const lead of matches) {
      if (!created) {
        // an update always moves updated_at past created_at, so create vs update stays visible
        lead.updated_at = new Date(Math.max(now, Date.parse(lead.updated_at) + 1)).toISOString();
        if (email) lead.email = email;
      }
      if (b.data && typeof b.data === "object") Object.assign(lead.data, b.data);
      if (cft !== null) lead.contact_field_type_id = cft;
      if (ints.lead_priority !== undefined) lead.lead_priority = ints.lead_priority;
      if (ints.max_contact_attempts !== undefined) lead.max_contact_attempts = ints.max_contact_attempts;
      if (hours !== undefined) lead.expires_at = new Date(now + hours * 3600_000).toISOString();
      if (callbackAt) lead.schedule_callback_at = callbackAt.toISOString();
      if (ints.schedule_callback_in_seconds !== undefined)
        lead.schedule_callback_at = new Date(now + ints.schedule_callback_in_seconds * 1000).toISOString();
      if (lead.schedule_callback_at && (callbackAt || ints.schedule_callback_in_seconds !== undefined))
        lead.next_action_at = lead.schedule_callback_at;
      if (nextActionAt) lead.next_action_at = nextActionAt.toISOString();
      if (bools.restart_schedule) lead.schedule_step = 0;
      if (b.apply_to !== undefined) lead.apply_to = b.apply_to;
      // "Assign a dialing number and return it in the API response as trackdrive_number_plain"
      if (bools.assign_trackdrive_number && !lead.trackdrive_number_plain)
        lead.trackdrive_number_plain = `+1800555${String(state.nextNumber++).padStart(4, "0")}`;
      // "Assign an SMS number and return it in the API response as sms_number_plain"
      if (bools.assign_sms_number && !lead.sms_number_plain)
        lead.sms_number_plain = `+1888555${String(state.nextNumber++).padStart(4, "0")}`;
    }
    const answer = matches.find(inScope) ?? matches[0]!;
    return { status: 200, body: { success: true, lead: serialize(answer) } };
  };

  return {
    name: "trackdrive",
    routes: [{ name: "leads_create_or_update", method: "POST", path: "/api/v1/leads/create_or_update", handle: createOrUpdate }],
    reset: ({ seed }: { seed: boolean }) => seedFn(state, seed),
  };
}

export function seedTrackdrive(state: TrackdriveSimState, seed: boolean): void {
  state.tokens = new Map([
    [TRACKDRIVE_DEMO_OFFER_TOKEN, { kind: "offer", offerId: 101, scheduleId: null }],
    [TRACKDRIVE_DEMO_SCHEDULE_TOKEN, { kind: "schedule", offerId: 101, scheduleId: 701 }],
    [TRACKDRIVE_DEMO_SCHEDULE2_TOKEN, { kind: "schedule", offerId: 101, scheduleId: 702 }],
  ]);
  state.contactFieldTypes = new Set(["1", "2"]);
  state.leads = [];
  state.nextId = 9001;
  state.nextNumber = 1;
  if (!seed) return;
  const iso = new Date(Date.now() - 86_400_000).toISOString();
  state.leads.push({
    id: state.nextId++,
    offer_id: 101,
    schedule_id: null,
    caller_id: "+13035550100",
    email: "seeded@example.com",
    contact_field_type_id: null,
    trackdrive_number_plain: null,
    sms_number_plain: null,
    lead_priority: null,
    data: { first_name: "Seeded", last_name: "Lead", loan_amount: "501" },
    schedule_callback_at: null,
    next_action_at: null,
    expires_at: null,
    max_contact_attempts: null,
    schedule_step: 0,
    apply_to: null,
    created_at: iso,
    updated_at: iso,
  });
}

export interface TrackdriveSimulator extends Simulator {
  state: TrackdriveSimState;
}

export async function startTrackdriveSimulator(opts: { seed?: boolean; port?: number } = {}): Promise<TrackdriveSimulator> {
  const state: TrackdriveSimState = { tokens: new Map(), contactFieldTypes: new Set(), leads: [], nextId: 1, nextNumber: 1 };
  const sim = await startSimulator(createTrackdriveSpec(state, seedTrackdrive), opts);
  return Object.assign(sim, { state });
}

export function trackdriveDemoConfig(sim: Simulator): TrackdriveConfig {
  return { baseUrl: sim.url, leadToken: TRACKDRIVE_DEMO_OFFER_TOKEN, scheduleLeadToken: TRACKDRIVE_DEMO_SCHEDULE_TOKEN };
}

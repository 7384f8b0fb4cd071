import { startSimulator, type SimReply, type SimRequest, type Simulator } from "../../simulators/harness.js";
import type { Comunik8Config } from "./config.js";
import { COMUNIK8_DATA_ERROR, Comunik8AddError, Comunik8CancelWarning, type Comunik8ValidationErrors } from "./types.js";

/**
 * A stateful Comunik8 dialler over real HTTP, honouring comunik8-leads-api.txt:
 * - `?key=` must be a known key (undocumented answer: 403 `{"error":"Invalid API key"}`).
 * - FIELDS validation → 400 `{field: {"0": message}}` (required fields, e-mail, phone digits,
 *   `data` must be a non-empty JSON-object string, `delays` a number, `test` "true").
 * - `test: true` → `{"test":"ok"}` and nothing saved.
 * - A type the account does not have → 200 `{saved:true, processed:false, error:"Unknown Type"}`.
 * - A lead is its (type, mobile). Without `delays` the dialler calls at once (the lead is
 *   processed); with `delays` the call waits until then. Adding the same (type, mobile) again
 *   answers "Another call is already scheduled" while the call waits, "Existing Contact" after.
 * - lead/cancel: unknown type → "server error (call group)", no lead → "not found", already
 *   dialled → "already processed", waiting → `{cancelled:true}` and the call is withdrawn.
 *   "server error (save)" and HTTP 500 are reached with `inject`.
 */
export const COMUNIK8_DEMO_KEY = "c8-demo-key-7f3a";
export const COMUNIK8_DEMO_TYPES = ["motor-trade", "home-insurance"];

export interface Comunik8SimLead {
  type: string;
  mobile: string;
  body: Record<string, unknown>;
  /** Epoch ms when the dialler calls (or called) the lead. */
  dialAt: number;
  savedAt: number;
}

export interface Comunik8SimState {
  keys: Set<string>;
  types: Set<string>;
  leads: Map<string, Comunik8SimLead>;
}

const leadKey = (type: string, mobile: string) => `${type}|${mobile}`;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const label: Record<string, string> = {
  email: "Email",
  first_name: "First Name",
  surname: "Surname",
  mobile: "Mobile",
  type: "Type",
  other_phone: "Other Phone",
};

/** National digits: 9–11 digits, optionally with spaces (UK 07840258823, US 3035550101). */
const validPhone = (v: unknown) => typeof v === "string" && /^\d{9,11}$/.test(v.replace(/\s+/g, ""));
const validEmail = (v: unknown) => typeof v === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);

function validateData(v: unknown): boolean {
  if (typeof v !== "string" || v.trim() === "") return false;
  try {
    const parsed = JSON.parse(v) as unknown;
    return !!parsed && typeof parsed === "object" && !Array.isArray(parsed) && Object.keys(parsed).length > 0;
  } catch {
    return false;
  }
}

export function createComunik8Spec(state: Comunik8SimState, seedFn: (s: Comunik8SimState, seed: boolean) => void) {
  const authorised = (req: SimRequest): SimReply | undefined =>
    state.keys.has(req.query.get("key") ?? "") ? undefined : { status: 403, body: { error: "Invalid API key" } };

  const fail = (errors: Comunik8ValidationErrors): SimReply => ({ status: 400, body: errors });
  const isDialled = (lead: Comunik8SimLead) => lead.dialAt <= Date.now();

  const addLead = (req: SimRequest): SimReply => {
    const denied = authorised(req);
    if (denied) return denied;
    const b = (req.body && !Array.isArray(req.body) ? req.body : undefined) as Record<string, unknown> | undefined;
    if (!b) return fail({ body: { 0: "Request body must be a JSON object." } });
    const errors: Comunik8ValidationErrors = {};
    for (const f of ["email", "first_name", "surname", "mobile", "type"])
      if (blank(b[f])) errors[f] = { 0: `${label[f]} cannot be blank.` };
    if (!errors.email && !validEmail(b.email)) errors.email = { 0: "Email is not a valid email address." };
    if (!errors.mobile && !validPhone(b.mobile)) errors.mobile = { 0: "Mobile is not a valid phone number." };
    if (!blank(b.other_phone) && !validPhone(b.other_phone)) errors.other_phone = { 0: "Other Phone is not a valid phone number." };
    if (b.data !== undefined && !validateData(b.data)) errors.data = { 0: COMUNIK8_DATA_ERROR };
    if (b.delays !== undefined && !(typeof b.delays === "number" && b.delays >= 0) && !/^\d+$/.test(String(b.delays)))
      errors.delays = { 0: "Delays must be a number." };
    if (b.test !== undefined && b.test !== true && b.test !== "true") errors.test = { 0: 'Test must be "true".' };
    if (Object.keys(errors).length) return fail(errors);
    // "test … does not save lead"
    if (b.test !== undefined) return { body: { test: "ok" } };
    const type = String(b.type);
    const mobile = String(b.mobile).replace(/\s+/g, "");
    if (!state.types.has(type)) return { body: { saved: true, processed: false, error: Comunik8AddError.UNKNOWN_TYPE } };
    const existing = state.leads.get(leadKey(type, mobile));
    if (existing) {
      // `saved: true, processed: false`: the new data is kept on the contact, no new lead is made
      existing.body = { ...existing.body, ...b };
      return {
        body: {
          saved: true,
          processed: false,
          error: isDialled(existing) ? Comunik8AddError.EXISTING_CONTACT : Comunik8AddError.ALREADY_SCHEDULED,
        },
      };
    }
    const now = Date.now();
    state.leads.set(leadKey(type, mobile), { type, mobile, body: b, dialAt: now + Number(b.delays ?? 0) * 1000, savedAt: now });
    return { body: { saved: true, processed: true } };
  };

  const cancelLead = (req: SimRequest): SimReply => {
    const denied = authorised(req);
    if (denied) return denied;
    const b = (req.body && !Array.isArray(req.body) ? req.body : undefined) as Record<string, unknown> | undefined;
    if (!b) return fail({ body: { 0: "Request body must be a JSON object." } });
    const errors: Comunik8ValidationErrors = {};
    for (const f of ["type", "mobile"]) if (blank(b[f])) errors[f] = { 0: `${label[f]} cannot be blank.` };
    if (!errors.mobile && !validPhone(b.mobile)) errors.mobile = { 0: "Mobile is not a valid phone number." };
    if (Object.keys(errors).length) return fail(errors);
    const type = String(b.type);
    const mobile = String(b.mobile).replace(/\s+/g, "");
    if (!state.types.has(type)) return { body: { cancelled: false, warning: Comunik8CancelWarning.CALL_GROUP } };
    const lead = state.leads.get(leadKey(type, mobile));
    if (!lead) return { body: { cancelled: false, warning: Comunik8CancelWarning.NOT_FOUND } };
    if (isDialled(lead)) return { body: { cancelled: false, warning: Comunik8CancelWarning.ALREADY_PROCESSED } };
    state.leads.delete(leadKey(type, mobile));
    return { body: { cancelled: true } };
  };

  return {
    name: "comunik8",
    routes: [
      { name: "lead_add", method: "POST", path: "/lead/add", handle: addLead },
      { name: "lead_cancel", method: "POST", path: "/lead/cancel", handle: cancelLead },
    ],
    reset: ({ seed }: { seed: boolean }) => seedFn(state, seed),
  };
}

/** Demo data: one lead waiting for its call (cancellable) and one already dialled. */
export function seedComunik8(state: Comunik8SimState, seed: boolean): void {
  state.keys = new Set([COMUNIK8_DEMO_KEY]);
  state.types = new Set(COMUNIK8_DEMO_TYPES);
  state.leads = new Map();
  if (!seed) return;
  const now = Date.now();
  const add = (mobile: string, first: string, dialAt: number) =>
    state.leads.set(leadKey("motor-trade", mobile), {
      type: "motor-trade",
      mobile,
      body: { first_name: first, surname: "Demo", mobile, email: `${first.toLowerCase()}@example.com`, type: "motor-trade" },
      dialAt,
      savedAt: now,
    });
  add("2025550101", "Waiting", now + 7 * 24 * 3600_000);
  add("2025550102", "Dialled", now - 3600_000);
}

export interface Comunik8Simulator extends Simulator {
  state: Comunik8SimState;
}

export async function startComunik8Simulator(opts: { seed?: boolean; port?: number } = {}): Promise<Comunik8Simulator> {
  const state: Comunik8SimState = { keys: new Set(), types: new Set(), leads: new Map() };
  const sim = await startSimulator(createComunik8Spec(state, seedComunik8), opts);
  return Object.assign(sim, { state });
}

export function comunik8DemoConfig(sim: Simulator): Comunik8Config {
  return { baseUrl: sim.url, key: COMUNIK8_DEMO_KEY, leadTypes: [...COMUNIK8_DEMO_TYPES], defaultType: "motor-trade" };
}

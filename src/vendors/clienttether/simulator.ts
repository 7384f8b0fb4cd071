import { createHash } from "node:crypto";
import { startSimulator, type SimReply, type SimRequest, type SimRoute, type Simulator } from "../../simulators/harness.js";
import type {
  ClientTetherAccount,
  ClientTetherActionPlan,
  ClientTetherClient,
  ClientTetherEvent,
  ClientTetherHistoryNote,
  ClientTetherLeadSource,
  ClientTetherPayment,
  ClientTetherPendingAction,
  ClientTetherProposal,
  ClientTetherSalesCycle,
  ClientTetherUser,
} from "./types.js";
import type { ClientTetherConfig } from "./config.js";

/**
 * A stateful ClientTether over real HTTP, honouring clienttether-api-v2.txt:
 * - `X-Access-Token` + `X-Web-Key` on every call; missing or unknown ones "fail at the server
 *   level and not even reach our API" (HTTP 401, no JSON); a well-formed web key that is not
 *   this account's answers CT510 ("CTSCODE does not match").
 * - parameters from the query string, a form body or a JSON body alike (vendor-notes.md);
 *   both GET forms (`read_client_by_id?client_id=1234` and `read_client_by_id/1234`).
 * - result codes as the doc's table; the validation form `{resultCode: "<key>", Message: "Validation Issue"}`
 *   on the first value that does not conform; create_client inserts duplicates; limit/offset
 *   with limit at most 100; an unknown request answers CT404.
 * - seeded demo data (250 clients, so pagination shows) unless started with `seed: false`.
 * CT400/CT500/CT525 have no natural trigger here: tests inject them with `sim.inject(route, {body})`.
 */
export const SIM_ACCESS_TOKEN = "sim-access-token-3f1c";
export const SIM_WEB_KEY = "CT_sim0000000000000000000000000001";
const BASE = "/v2/api";

export interface ClientTetherSimState {
  clients: Map<string, ClientTetherClient>;
  leadSources: Map<string, ClientTetherLeadSource>;
  actionPlans: Map<string, ClientTetherActionPlan>;
  salesCycles: Map<string, ClientTetherSalesCycle>;
  users: Map<string, ClientTetherUser & { user_password?: string }>;
  tags: { tag_id: string; tag_value: string }[];
  accounts: Map<string, ClientTetherAccount>;
  events: Map<string, ClientTetherEvent>;
  notes: ClientTetherHistoryNote[];
  pending: ClientTetherPendingAction[];
  proposals: ClientTetherProposal[];
  payments: ClientTetherPayment[];
  /** Test hook: reads of these client ids answer HTTP 500 (a failing upstream read for one key). */
  failingIds: Set<string>;
  /**
   * Test hook: while `hold` is set, read_client_by_id answers wait until the test calls
   * `release()`; `inFlight` / `maxInFlight` count reads being held (to observe client concurrency).
   */
  hold: { inFlight: number; maxInFlight: number; waiters: (() => void)[]; release(n?: number): void } | null;
  seq: number;
}

const states = new WeakMap<Simulator, ClientTetherSimState>();

/** Starts holding read_client_by_id answers (see `ClientTetherSimState.hold`). */
export function holdReads(state: ClientTetherSimState): NonNullable<ClientTetherSimState["hold"]> {
  const hold: NonNullable<ClientTetherSimState["hold"]> = {
    inFlight: 0,
    maxInFlight: 0,
    waiters: [],
    release(n = Infinity) {
      for (let i = 0; i < n && hold.waiters.length; i++) hold.waiters.shift()!();
    },
  };
  state.hold = hold;
  return hold;
}

/** The simulator's state, for tests that need to look inside or arrange a failure for one id. */
export function clientTetherSimState(sim: Simulator): ClientTetherSimState {
  const s = states.get(sim);
  if (!s) throw new Error("not a ClientTether simulator");
  return s;
}

function emptyState(): ClientTetherSimState {
  return {
    clients: new Map(),
    leadSources: new Map(),
    actionPlans: new Map(),
    salesCycles: new Map(),
    users: new Map(),
    tags: [],
    accounts: new Map(),
    events: new Map(),
    notes: [],
    pending: [],
    proposals: [],
    payments: [],
    failingIds: new Set(),
    hold: null,
    seq: 0,
  };
}

// ───────────────────────────── answers ─────────────────────────────

const ok = (data?: unknown[], extra: Record<string, unknown> = {}): SimReply => ({
  body: { ResultCode: "CT_200", Message: "Success", ...(data ? { TotalRecord: data.length, data } : {}), ...extra },
});
/** Update/Delete answers as the doc writes them: `{"resultCode":"CT200","Message":"Success"}`. */
const okLower = (data?: unknown[]): SimReply => ({ body: { resultCode: "CT200", Message: "Success", ...(data ? { data } : {}) } });
const code = (c: string, message: string, extra: Record<string, unknown> = {}): SimReply => ({ body: { resultCode: c, Message: message, ...extra } });
const notFound = (extra: Record<string, unknown> = {}) => code("CT515", "No Record Found", extra);
const missing = () => code("CT501", "Missing Required Key:Value Pair(s)");
const invalid = (key: string) => code(key, "Validation Issue");
const duplicate = () => code("CT520", "Duplicate Entry");
const inUse = () => code("CT512", "Can not delete as requested. Parameter is still in use.");

class Reject extends Error {
  constructor(readonly reply: SimReply) {
    super("rejected");
  }
}

// ───────────────────────────── rules ─────────────────────────────

const STATES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" "),
);
const ZIPS = [/^\d{5}$/, /^\d{5}-\d{4}$/, /^\d{5}-\d{4}-\d{2}$/, /^[A-Za-z]\d[A-Za-z] \d[A-Za-z]\d$/];
const ENUMS: Record<string, string[]> = {
  smsok: ["1", "0"],
  deal_closed: ["1", "0"],
  gender: ["M", "F"],
  home_owner_status: ["Own", "Rent"],
  material_status: ["Single", "Married", "Divorced"],
  presence_of_children: ["1", "0"],
  presence_of_pets: ["1", "0"],
  new_lead_notification: ["0", "1", "2"],
  contact_type: ["1", "2", "3", "4", "5"],
};
const WHOLE = ["deal_size", "age", "high_net_worth", "household_income", "length_of_residence", "market_value"];
const DATES = ["creation_date", "anniversary_1", "anniversary_2", "clients_date_last", "clients_date_next"];
const RESERVED = new Set([
  "client_id", "firstName", "lastName", "phone", "smsok", "second_phone", "email", "address", "city", "state", "zip", "compName",
  "tag", "job_title", "external_id", "deal_size", "deal_closed", "age", "education", "gender", "high_net_worth", "home_owner_status",
  "household_income", "length_of_residence", "market_value", "material_status", "occupation", "presence_of_children", "creation_date",
  "presence_of_pets", "anniversary_1", "anniversary_2", "facebook", "linkedin", "twitter", "action_plan_id", "sales_cycle_id",
  "lead_source_id", "client_category", "whiteboard", "clients_date_last", "clients_date_next", "new_lead_notification", "contact_type",
  "assigned_user_id",
]);
/** Query-only parameters (Additional Parameters table): never stored. */
const QUERY_ONLY = new Set(["end_date", "limit", "offset"]);

const DATE_DOC = /^\d{4}:\d{2}:\d{2}$/;
/** vendor-notes.md: event dates in either the doc's YYYY:MM:DD or YYYY-MM-DD; times HH:MM:SS or HH:MM. */
const DATE_EITHER = /^\d{4}[:-]\d{2}[:-]\d{2}$/;
const TIME = /^\d{2}:\d{2}(:\d{2})?$/;

function checkClient(p: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, raw] of Object.entries(p)) {
    if (QUERY_ONLY.has(k)) continue;
    const v = String(raw);
    if (v === "") {
      out[k] = v;
      continue;
    }
    if ((k === "phone" || k === "second_phone") && !/^\d{10}$/.test(v)) throw new Reject(invalid(k));
    if (k === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw new Reject(invalid(k));
    if (k === "state" && !STATES.has(v)) throw new Reject(invalid(k));
    if (k === "zip" && !ZIPS.some((re) => re.test(v))) throw new Reject(invalid(k));
    if (ENUMS[k] && !ENUMS[k].includes(v)) throw new Reject(invalid(k));
    if (WHOLE.includes(k) && !/^\d+$/.test(v)) throw new Reject(invalid(k));
    if (DATES.includes(k) && !DATE_DOC.test(v)) throw new Reject(invalid(k));
    if (!RESERVED.has(k)) {
      // Expansion Parameters: "as a simple String (striping all HTML)", "Limit of 100 characters"
      const s = v.replace(/<[^>]*>/g, "");
      if (s.length > 100) throw new Reject(invalid(k));
      out[k] = s;
      continue;
    }
    out[k] = v;
  }
  return out;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}:${String(d.getMonth() + 1).padStart(2, "0")}:${String(d.getDate()).padStart(2, "0")}`;
}

function isoDay(d: string): string {
  return d.replace(/:/g, "-");
}

// ───────────────────────────── the fake ─────────────────────────────

export async function startClientTetherSimulator(opts: { seed?: boolean; port?: number } = {}): Promise<Simulator> {
  let st = emptyState();
  const nextId = (base: number) => String(base + ++st.seq);

  const params = (req: SimRequest): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of req.query) out[k] = v;
    if (req.body && !Array.isArray(req.body)) for (const [k, v] of Object.entries(req.body)) out[k] = v == null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    if (req.params.id) out.__path_id = req.params.id;
    return out;
  };

  const requireKeys = (p: Record<string, string>, keys: string[]) => {
    for (const k of keys) if (p[k] == null || p[k] === "") throw new Reject(missing());
  };

  const clientOr404 = (id: string | undefined) => {
    const c = id ? st.clients.get(id) : undefined;
    if (!c) throw new Reject(notFound());
    return c;
  };

  /** Starting an action plan: its steps become the client's pending actions; a Conversion plan also sets its sales cycle. */
  const startPlan = (c: ClientTetherClient, planId: string | undefined) => {
    st.pending = st.pending.filter((a) => a.client_id !== c.client_id);
    if (!planId || planId === "0") return;
    const plan = st.actionPlans.get(planId);
    if (!plan) throw new Reject(invalid("action_plan_id"));
    if (plan.action_plan_type === "Conversion" && plan.action_plan_link_id) c.sales_cycle_id = String(plan.action_plan_link_id);
    for (const s of plan["Action Steps"] ?? []) {
      st.pending.push({
        action_id: nextId(700000),
        client_id: c.client_id,
        action_plan_id: plan.action_plan_id,
        action_plan_name: plan.action_plan_name,
        action_type: String(s.Type ?? ""),
        action_date: today(),
        action_time: String(s.Time ?? "09:00:00"),
        action_subject: String(s.Subject ?? ""),
      });
    }
  };

  const addNote = (clientId: string, type: string, body: string) => {
    const now = new Date();
    st.notes.push({ note_id: nextId(500000), client_id: clientId, note_type: type, note_body: body, note_date: today(), note_time: now.toTimeString().slice(0, 8) });
  };

  const checkEventFields = (p: Record<string, string>, partial: boolean) => {
    if (p.event_type !== undefined && !["Call", "Contact Reminder", "Appointment"].includes(p.event_type)) throw new Reject(invalid("event_type"));
    for (const k of ["event_date", "event_end_date"]) if (p[k] !== undefined && p[k] !== "" && !DATE_EITHER.test(p[k])) throw new Reject(invalid(k));
    for (const k of ["event_time", "event_end_time"]) if (p[k] !== undefined && p[k] !== "" && !TIME.test(p[k])) throw new Reject(invalid(k));
    if (p.user_id && !st.users.has(p.user_id)) throw new Reject(invalid("user_id"));
    if (p.event_manual_action_plan_id && !st.actionPlans.has(p.event_manual_action_plan_id)) throw new Reject(invalid("event_manual_action_plan_id"));
    if (!partial && p.event_type === "Appointment") requireKeys(p, ["user_id", "event_end_date", "event_end_time"]);
  };

  type H = (p: Record<string, string>, req: SimRequest) => SimReply | Promise<SimReply>;
  const handlers: Record<string, { method: string; byPath?: string; handle: H }> = {
    // ─── Create ───
    create_client: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["firstName", "lastName"]);
        const fields = checkClient(p);
        if (fields.lead_source_id && !st.leadSources.has(fields.lead_source_id)) throw new Reject(invalid("lead_source_id"));
        if (fields.assigned_user_id && !st.users.has(fields.assigned_user_id)) throw new Reject(invalid("assigned_user_id"));
        // no duplicate check: "create_client will insert the record as provided regardless of duplicate nature"
        const c: ClientTetherClient = {
          smsok: "1",
          contact_type: "1",
          new_lead_notification: "0",
          action_plan_id: "0",
          creation_date: today(),
          ...fields,
          client_id: nextId(8100000),
          external_id: fields.external_id ?? "",
        };
        if (c.lead_source_id) c.lead_source_name = st.leadSources.get(String(c.lead_source_id))?.lead_source_name ?? null;
        // "If Lead Source is provided then its attached Action Plan should be initiated unless an Action Plan is also provided"
        let plan: string | undefined = fields.action_plan_id;
        if ((!plan || plan === "0") && c.lead_source_id) {
          plan = [...st.actionPlans.values()].find((a) => a.action_plan_type === "Connection" && a.action_plan_link_id === c.lead_source_id)?.action_plan_id;
          if (plan) c.action_plan_id = plan;
        }
        startPlan(c, plan);
        st.clients.set(String(c.client_id), c);
        return ok([{ client_id: c.client_id, external_id: c.external_id }]);
      },
    },
    create_manual_email: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "email_subject", "email_body"]);
        clientOr404(p.client_id);
        // "Plain Text String with hard returns. No other formatting accepted HTML or otherwise."
        if (/<[a-z!/][^>]*>/i.test(p.email_body!)) throw new Reject(invalid("email_body"));
        if (p.email_date && !DATE_EITHER.test(p.email_date)) throw new Reject(invalid("email_date"));
        if (p.email_time && !TIME.test(p.email_time)) throw new Reject(invalid("email_time"));
        if (p.exclude_contact && !["0", "1"].includes(p.exclude_contact)) throw new Reject(invalid("exclude_contact"));
        addNote(p.client_id!, "Email", `${p.email_subject}\n${p.email_body}`);
        return ok();
      },
    },
    create_manual_text: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "text_body"]);
        clientOr404(p.client_id);
        if (p.text_date && !DATE_EITHER.test(p.text_date)) throw new Reject(invalid("text_date"));
        if (p.text_time && !TIME.test(p.text_time)) throw new Reject(invalid("text_time"));
        addNote(p.client_id!, "Text", p.text_body!);
        return ok();
      },
    },
    create_client_history_note: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "note_body"]);
        clientOr404(p.client_id);
        addNote(p.client_id!, "Integration", p.note_body!);
        return ok();
      },
    },
    create_client_event: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "event_type", "event_date", "event_time", "event_note"]);
        checkEventFields(p, false);
        clientOr404(p.client_id);
        const e: ClientTetherEvent = { event_id: nextId(600000), client_id: p.client_id, event_type: p.event_type, event_date: p.event_date, event_time: p.event_time, event_note: p.event_note };
        for (const k of ["user_id", "event_manual_action_plan_id", "event_end_date", "event_end_time"]) if (p[k]) e[k] = p[k];
        st.events.set(e.event_id, e);
        return ok([{ event_id: e.event_id, client_id: e.client_id }]);
      },
    },
    create_tag: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["tag_value"]);
        if (st.tags.some((t) => t.tag_value.toLowerCase() === p.tag_value!.toLowerCase())) return duplicate();
        const t = { tag_id: nextId(900), tag_value: p.tag_value! };
        st.tags.push(t);
        return ok([t]);
      },
    },
    create_lead_source: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["lead_source_name"]);
        if ([...st.leadSources.values()].some((s) => s.lead_source_name.toLowerCase() === p.lead_source_name!.toLowerCase())) return duplicate();
        const id = nextId(100);
        const s = { lead_source_id: id, lead_source_name: p.lead_source_name!, lead_source_web_key: createHash("md5").update(`ls-${id}`).digest("hex") };
        st.leadSources.set(id, s);
        return ok([s]);
      },
    },
    create_user: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["user_type", "user_first_name", "user_last_name", "user_phone", "user_email", "user_username", "user_show_calendar", "user_password"]);
        if (!["Standard", "Admin"].includes(p.user_type!)) throw new Reject(invalid("user_type"));
        if (!["0", "1"].includes(p.user_show_calendar!)) throw new Reject(invalid("user_show_calendar"));
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.user_email!)) throw new Reject(invalid("user_email"));
        if ([...st.users.values()].some((u) => u.user_username === p.user_username)) return duplicate();
        const id = nextId(3000);
        const u = { user_id: id, user_type: p.user_type, user_first_name: p.user_first_name, user_last_name: p.user_last_name, user_phone: p.user_phone, user_email: p.user_email, user_username: p.user_username, user_show_calendar: p.user_show_calendar, user_password: p.user_password };
        st.users.set(id, u);
        const { user_password: _pw, ...shown } = u;
        return ok([shown]);
      },
    },
    create_action_plan: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["action_plan_name", "action_plan_type"]);
        if (!["Connection", "Conversion", "Retention"].includes(p.action_plan_type!)) throw new Reject(invalid("action_plan_type"));
        if (p.action_plan_link_id && !/^\d+$/.test(p.action_plan_link_id)) throw new Reject(invalid("action_plan_link_id"));
        if (p.action_plan_next_plan_id && !st.actionPlans.has(p.action_plan_next_plan_id)) throw new Reject(invalid("action_plan_next_plan_id"));
        const id = nextId(200);
        const a: ClientTetherActionPlan = {
          action_plan_id: id,
          action_plan_name: p.action_plan_name!,
          action_plan_type: p.action_plan_type!,
          action_plan_link_id: p.action_plan_link_id ?? "",
          action_plan_next_plan_id: p.action_plan_next_plan_id ?? "",
          "Action Steps": [],
        };
        st.actionPlans.set(id, a);
        return ok([a]);
      },
    },
    create_sales_cycle: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["sales_cycle_name", "sales_cycle_active_status", "sales_cycle_order"]);
        if (!["0", "1"].includes(p.sales_cycle_active_status!)) throw new Reject(invalid("sales_cycle_active_status"));
        if (!/^\d+$/.test(p.sales_cycle_order!)) throw new Reject(invalid("sales_cycle_order"));
        if (p.sales_cycle_contact_type && !ENUMS.contact_type!.includes(p.sales_cycle_contact_type)) throw new Reject(invalid("sales_cycle_contact_type"));
        const id = nextId(400);
        const s = { sales_cycle_id: id, sales_cycle_name: p.sales_cycle_name!, sales_cycle_active_status: p.sales_cycle_active_status!, sales_cycle_order: p.sales_cycle_order!, sales_cycle_contact_type: p.sales_cycle_contact_type || "1" };
        st.salesCycles.set(id, s);
        return ok([s]);
      },
    },
    create_immed_call: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["agent_phone", "client_full_name", "client_phone", "say"]);
        if (!/^\d{10}$/.test(p.agent_phone!)) throw new Reject(invalid("agent_phone"));
        if (!/^\d{10}$/.test(p.client_phone!)) throw new Reject(invalid("client_phone"));
        return ok([{ call_id: nextId(1_000_000) }]);
      },
    },
    // ─── Read ───
    read_client_exist: {
      method: "GET",
      handle: (p) => {
        const keys = ["firstName", "lastName", "phone", "email"].filter((k) => p[k]);
        if (!keys.length) return missing();
        const hits = [...st.clients.values()].filter((c) => keys.every((k) => String(c[k] ?? "").toLowerCase() === p[k]!.toLowerCase()));
        if (!hits.length) return notFound({ client_id: false, external_id: p.external_id ?? "" });
        return ok(hits.map((c) => ({ client_id: c.client_id, external_id: c.external_id ?? "" })));
      },
    },
    read_client_by_id: {
      method: "GET",
      byPath: "id",
      handle: async (p) => {
        const hold = st.hold;
        if (hold) {
          hold.inFlight++;
          hold.maxInFlight = Math.max(hold.maxInFlight, hold.inFlight);
          await new Promise<void>((r) => hold.waiters.push(r));
          hold.inFlight--;
        }
        const id = p.__path_id ?? p.client_id;
        if (!id) return missing();
        if (st.failingIds.has(id)) return { status: 500, body: "<html><body>Internal Server Error</body></html>" };
        const c = st.clients.get(id);
        return c ? ok([c]) : notFound();
      },
    },
    read_client_by_external_id: {
      method: "GET",
      byPath: "id",
      handle: (p) => {
        const ext = p.__path_id ?? p.external_id;
        if (!ext) return missing();
        const c = [...st.clients.values()].find((x) => x.external_id === ext);
        if (c && st.failingIds.has(String(c.client_id))) return { status: 500, body: "<html><body>Internal Server Error</body></html>" };
        return c ? ok([c]) : notFound({ client_id: false, external_id: ext });
      },
    },
    read_client_list: {
      method: "GET",
      handle: (p) => {
        // "Default is 100, Max is 100"
        const limit = p.limit === undefined ? 100 : Number(p.limit);
        const offset = p.offset === undefined ? 0 : Number(p.offset);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid("limit");
        if (!Number.isInteger(offset) || offset < 0) return invalid("offset");
        const all = [...st.clients.values()];
        const page = all.slice(offset, offset + limit);
        return { body: { ResultCode: "CT_200", Message: "Success", TotalRecord: all.length, data: page } };
      },
    },
    read_client_history_notes: {
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["client_id"]);
        clientOr404(p.client_id);
        return ok(st.notes.filter((n) => n.client_id === p.client_id));
      },
    },
    read_action_plan_by_id: {
      method: "GET",
      byPath: "id",
      handle: (p) => {
        const id = p.__path_id ?? p.action_plan_id;
        if (!id) return missing();
        const a = st.actionPlans.get(id);
        return a ? ok([withLinkNames(a)]) : notFound();
      },
    },
    read_action_plan_list: {
      method: "GET",
      handle: (p) => {
        // "Accepts: action_plan_name treat as like 'string%'"
        const prefix = (p.action_plan_name ?? "").toLowerCase();
        const plans = [...st.actionPlans.values()].filter((a) => a.action_plan_name.toLowerCase().startsWith(prefix)).map(withLinkNames);
        // "Action Plan Reads will have a two level JSON Array" (vendor-notes.md: groups of plans)
        return { body: { ResultCode: "CT_200", Message: "Success", TotalRecord: plans.length, data: [plans] } };
      },
    },
    read_lead_source_list: { method: "GET", handle: () => ok([...st.leadSources.values()]) },
    read_sales_cycle_list: { method: "GET", handle: () => ok([...st.salesCycles.values()]) },
    read_user_list: {
      method: "GET",
      // "will include all Users and associated Parameters except password"
      handle: () => ok([...st.users.values()].map(({ user_password: _pw, user_username, ...u }) => ({ ...u, user_name: user_username }))),
    },
    read_appts_by_user_id: {
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["user_id"]);
        if (!st.users.has(p.user_id!)) return notFound();
        // "a JSON list of appointments for 7 days from today's date"
        const from = isoDay(today());
        const to = new Date(Date.parse(from) + 7 * 86400_000).toISOString().slice(0, 10);
        return ok([...st.events.values()].filter((e) => e.event_type === "Appointment" && e.user_id === p.user_id && isoDay(String(e.event_date)) >= from && isoDay(String(e.event_date)) <= to));
      },
    },
    read_tags_list: { method: "GET", handle: () => ok(st.tags.map((t) => ({ ...t }))) },
    read_account_list: { method: "GET", handle: () => ok([...st.accounts.values()]) },
    read_pending_actions: {
      method: "GET",
      handle: (p) => {
        if (!p.client_id && !p.external_id) return missing();
        const c = p.client_id ? st.clients.get(p.client_id) : [...st.clients.values()].find((x) => x.external_id === p.external_id);
        if (!c) return notFound();
        return ok(st.pending.filter((a) => a.client_id === c.client_id));
      },
    },
    read_proposals: {
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["client_id"]);
        clientOr404(p.client_id);
        return ok(st.proposals.filter((x) => x.client_id === p.client_id));
      },
    },
    read_proposal_payments: {
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["client_id", "created_date"]);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(p.created_date!)) return invalid("created_date");
        clientOr404(p.client_id);
        return ok(st.payments.filter((x) => x.client_id === p.client_id && String(x.created_date) >= p.created_date!));
      },
    },
    read_all_payments: { method: "GET", handle: () => ok([...st.payments]) },
    read_all_events: {
      method: "GET",
      handle: (p) => {
        if (p.client_id) clientOr404(p.client_id);
        return ok([...st.events.values()].filter((e) => (!p.client_id || e.client_id === p.client_id) && (!p.user_id || e.user_id === p.user_id)));
      },
    },
    // ─── Update ───
    update_client_by_id: { method: "POST", handle: (p) => updateClient(clientOr404(p.client_id || undefined), p, "client_id") },
    update_client_by_external_id: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["external_id"]);
        const c = [...st.clients.values()].find((x) => x.external_id === p.external_id);
        if (!c) return notFound();
        return updateClient(c, p, "external_id");
      },
    },
    update_action_plan_by_id: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["action_plan_id"]);
        const a = st.actionPlans.get(p.action_plan_id!);
        if (!a) return notFound();
        if (p.action_plan_type && !["Connection", "Conversion", "Retention"].includes(p.action_plan_type)) return invalid("action_plan_type");
        for (const k of ["action_plan_name", "action_plan_type", "action_plan_link_id", "action_plan_next_plan_id"]) if (p[k] !== undefined) a[k] = p[k];
        return okLower([withLinkNames(a)]);
      },
    },
    update_lead_source_by_id: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["lead_source_id", "lead_source_name"]);
        const s = st.leadSources.get(p.lead_source_id!);
        if (!s) return notFound();
        s.lead_source_name = p.lead_source_name!;
        return okLower([s]);
      },
    },
    update_sales_cycle_by_id: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["sales_cycle_id"]);
        const s = st.salesCycles.get(p.sales_cycle_id!);
        if (!s) return notFound();
        if (p.sales_cycle_active_status !== undefined && !["0", "1"].includes(p.sales_cycle_active_status)) return invalid("sales_cycle_active_status");
        if (p.sales_cycle_order !== undefined && !/^\d+$/.test(p.sales_cycle_order)) return invalid("sales_cycle_order");
        for (const k of ["sales_cycle_name", "sales_cycle_active_status", "sales_cycle_order", "sales_cycle_contact_type"] as const) if (p[k] !== undefined) s[k] = p[k];
        return okLower([s]);
      },
    },
    update_user_by_id: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["user_id"]);
        const u = st.users.get(p.user_id!);
        if (!u) return notFound();
        if (p.user_show_calendar !== undefined && !["0", "1"].includes(p.user_show_calendar)) return invalid("user_show_calendar");
        // user_type and user_password: "Only in Create"
        for (const k of ["user_first_name", "user_last_name", "user_phone", "user_email", "user_username", "user_show_calendar"] as const) if (p[k] !== undefined) u[k] = p[k];
        const { user_password: _pw, ...shown } = u;
        return okLower([shown]);
      },
    },
    update_account_by_id: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["account_id"]);
        const a = st.accounts.get(p.account_id!);
        if (!a) return notFound();
        // account_username, account_web_key, account_ctphone: "cRud only" / "CRuD Only"
        for (const k of ["account_web_key", "account_ctphone"]) if (p[k] !== undefined) return invalid(k);
        for (const k of ["account_return_phone", "account_return_text"]) if (p[k] !== undefined && !/^\d{10}$/.test(p[k])) return invalid(k);
        if (p.account_type !== undefined && !["Standard", "Multi-level"].includes(p.account_type)) return invalid("account_type");
        for (const [k, v] of Object.entries(p)) if (k.startsWith("account_") && k !== "account_id") a[k] = v;
        return okLower([a]);
      },
    },
    update_client_event: {
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["event_id"]);
        const e = st.events.get(p.event_id!);
        if (!e) return notFound();
        checkEventFields(p, true);
        const next = { ...e };
        for (const k of ["event_type", "event_date", "event_time", "event_note", "user_id", "event_manual_action_plan_id", "event_end_date", "event_end_time"]) if (p[k] !== undefined) next[k] = p[k];
        if (next.event_type === "Appointment" && (!next.user_id || !next.event_end_date || !next.event_end_time)) return missing();
        st.events.set(e.event_id, next);
        return okLower([next]);
      },
    },
    // ─── Delete ───
    delete_client_by_id: {
      method: "DELETE",
      byPath: "id",
      handle: (p) => {
        const c = clientOr404(p.__path_id ?? p.client_id);
        deleteClient(c);
        return okLower();
      },
    },
    delete_client_by_external_id: {
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["external_id"]);
        // "Deletes the Clients with the parameter provided." (every client with that external id)
        const hits = [...st.clients.values()].filter((c) => c.external_id === p.external_id);
        if (!hits.length) return notFound();
        hits.forEach(deleteClient);
        return okLower();
      },
    },
    delete_lead_source_by_id: {
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["lead_source_id"]);
        if (!st.leadSources.has(p.lead_source_id!)) return notFound();
        const used = [...st.clients.values()].some((c) => c.lead_source_id === p.lead_source_id) || [...st.actionPlans.values()].some((a) => a.action_plan_type === "Connection" && a.action_plan_link_id === p.lead_source_id);
        if (used) return inUse();
        st.leadSources.delete(p.lead_source_id!);
        return okLower();
      },
    },
    delete_sales_cycle_by_id: {
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["sales_cycle_id"]);
        if (!st.salesCycles.has(p.sales_cycle_id!)) return notFound();
        if ([...st.clients.values()].some((c) => c.sales_cycle_id === p.sales_cycle_id)) return inUse();
        st.salesCycles.delete(p.sales_cycle_id!);
        return okLower();
      },
    },
    delete_user_by_id: {
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["user_id"]);
        if (!st.users.has(p.user_id!)) return notFound();
        if ([...st.clients.values()].some((c) => c.assigned_user_id === p.user_id)) return inUse();
        st.users.delete(p.user_id!);
        return okLower();
      },
    },
    delete_account_by_id: {
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["account_id"]);
        if (!st.accounts.has(p.account_id!)) return notFound();
        st.accounts.delete(p.account_id!);
        return okLower();
      },
    },
    delete_client_event: {
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["event_id"]);
        if (!st.events.delete(p.event_id!)) return notFound();
        return okLower();
      },
    },
  };

  function withLinkNames(a: ClientTetherActionPlan): ClientTetherActionPlan {
    const link = a.action_plan_link_id
      ? a.action_plan_type === "Conversion"
        ? st.salesCycles.get(String(a.action_plan_link_id))?.sales_cycle_name
        : st.leadSources.get(String(a.action_plan_link_id))?.lead_source_name
      : undefined;
    const next = a.action_plan_next_plan_id ? st.actionPlans.get(String(a.action_plan_next_plan_id))?.action_plan_name : undefined;
    return { ...a, action_plan_link_name: link ?? "", action_plan_next_plan_name: next ?? "" };
  }

  function updateClient(c: ClientTetherClient, p: Record<string, string>, key: "client_id" | "external_id"): SimReply {
    const { client_id: _id, [key]: _k, __path_id: _p, ...rest } = p;
    const fields = checkClient(rest);
    if (fields.lead_source_id && !st.leadSources.has(fields.lead_source_id)) return invalid("lead_source_id");
    const planChanged = fields.action_plan_id !== undefined && fields.action_plan_id !== String(c.action_plan_id ?? "0");
    Object.assign(c, fields);
    if (fields.lead_source_id) c.lead_source_name = st.leadSources.get(fields.lead_source_id)?.lead_source_name ?? null;
    // "If Action Plan is updated, pending actions will be removed."
    if (planChanged) startPlan(c, fields.action_plan_id);
    return okLower([{ ...c }]);
  }

  function deleteClient(c: ClientTetherClient) {
    st.clients.delete(String(c.client_id));
    st.pending = st.pending.filter((a) => a.client_id !== c.client_id);
    for (const [id, e] of st.events) if (e.client_id === c.client_id) st.events.delete(id);
  }

  const authorised = (req: SimRequest): SimReply | null => {
    const token = req.headers["x-access-token"];
    const key = req.headers["x-web-key"];
    // "Without these values being presented in the header of each call, it will fail at the server level and not even reach our API."
    if (token !== SIM_ACCESS_TOKEN || typeof key !== "string" || !key.startsWith("CT_")) {
      return { status: 401, body: "<html><body><h1>401 Unauthorized</h1></body></html>" };
    }
    // a well-formed web key that is not this enterprise's account
    if (key !== SIM_WEB_KEY) return code("CT510", "CTSCODE does not match");
    return null;
  };

  const wrap =
    (h: H) =>
    async (req: SimRequest): Promise<SimReply> => {
      const denied = authorised(req);
      if (denied) return denied;
      if (req.method === "POST" && req.rawBody && req.body === undefined && !/^\s*$/.test(req.rawBody)) return code("CT400", "Bad Request");
      try {
        return await h(params(req), req);
      } catch (e) {
        if (e instanceof Reject) return e.reply;
        throw e;
      }
    };

  const routes: SimRoute[] = [];
  for (const [name, def] of Object.entries(handlers)) {
    // the doc's verbs, but like the live server the query string form is honoured on any of them
    const methods = def.method === "GET" ? ["GET"] : [def.method];
    routes.push({ name, method: methods, path: `${BASE}/${name}`, handle: wrap(def.handle) });
    if (def.byPath) routes.push({ name, method: methods, path: `${BASE}/${name}/:id`, handle: wrap(def.handle) });
  }
  // "If the request is not recognized by the system" → CT404 Request Not Found
  routes.push({ name: "unknown_request", method: ["GET", "POST", "DELETE", "PUT", "PATCH"], path: `${BASE}/:op`, handle: wrap(() => code("CT404", "Request Not Found")) });

  let sim: Simulator | undefined;
  sim = await startSimulator(
    {
      name: "clienttether",
      routes,
      reset: ({ seed }) => {
        st = emptyState();
        if (sim) states.set(sim, st);
        if (seed) seedDemo(st);
      },
    },
    opts,
  );
  states.set(sim, st);
  return sim;
}

export function clientTetherDemoConfig(sim: Simulator): ClientTetherConfig {
  return { baseUrl: `${sim.url}${BASE}`, accessToken: SIM_ACCESS_TOKEN, webKey: SIM_WEB_KEY, concurrency: 8, ttlSeconds: { lead: 60, reference: 600 } };
}

// ───────────────────────────── demo data ─────────────────────────────

const FIRST = ["John", "Anna", "Peter", "Maria", "James", "Linda", "Robert", "Susan", "David", "Karen", "Kent", "Emily", "Carlos", "Aisha", "Wei"];
const LAST = ["Doe", "Smith", "Jones", "Garcia", "Brown", "Miller", "Davis", "Wilson", "Hall", "Clark", "Lopez", "Young", "King", "Chen", "Patel"];
const CITIES: [string, string, string][] = [
  ["Denver", "CO", "80202"],
  ["Austin", "TX", "78701-1234"],
  ["Chicago", "IL", "60601"],
  ["Toronto", "ON", "M5V 2T6"],
  ["Phoenix", "AZ", "85004"],
];

export const DEMO_FIRST_CLIENT_ID = "8051632";

/** Demo client number `i`: the seed data, also the realistic record tests fill caches with. */
export function demoClient(i: number, id = String(8051632 + i)): ClientTetherClient {
  const [city, state, zip] = CITIES[i % CITIES.length]!;
  return {
    client_id: id,
    external_id: String(16051989 + i),
    firstName: FIRST[i % FIRST.length]!,
    lastName: LAST[Math.floor(i / FIRST.length) % LAST.length]!,
    phone: `303${String(5550000 + i).padStart(7, "0")}`,
    smsok: "1",
    second_phone: "",
    email: `client${i}@example.com`,
    address: `${100 + i} Main St`,
    city,
    state,
    zip,
    compName: i % 3 === 0 ? `Company ${i}` : "",
    tag: i % 4 === 0 ? "Hot Lead,LV Show" : "",
    job_title: "",
    creation_date: "2020:01:15",
    action_plan_id: "0",
    sales_cycle_id: i % 2 === 0 ? "123" : "234",
    lead_source_id: i % 2 === 0 ? "123" : "234",
    lead_source_name: i % 2 === 0 ? "Craftjack" : "HomeAdvisor",
    contact_type: "1",
    new_lead_notification: "0",
    assigned_user_id: "123",
    favorite_color: i % 5 === 0 ? "blue" : "",
  };
}

function seedDemo(st: ClientTetherSimState): void {
  st.leadSources.set("123", { lead_source_id: "123", lead_source_name: "Craftjack", lead_source_web_key: "CT-123" });
  st.leadSources.set("234", { lead_source_id: "234", lead_source_name: "HomeAdvisor", lead_source_web_key: "CT-234" });
  st.salesCycles.set("123", { sales_cycle_id: "123", sales_cycle_name: "Apt Scheduled", sales_cycle_active_status: "1", sales_cycle_order: "1", sales_cycle_contact_type: "1" });
  st.salesCycles.set("234", { sales_cycle_id: "234", sales_cycle_name: "Pending", sales_cycle_active_status: "1", sales_cycle_order: "2", sales_cycle_contact_type: "1" });
  st.salesCycles.set("345", { sales_cycle_id: "345", sales_cycle_name: "Dead", sales_cycle_active_status: "0", sales_cycle_order: "1", sales_cycle_contact_type: "1" });
  const steps = [
    { Order: "1", Type: "email", Date: "1", Time: "00:00:00", Subject: "MyFirstEmail", Body: "La te da and doe ray me" },
    { Order: "2", Type: "email", Date: "1", Time: "00:00:00", Subject: "MySecondEmail", Body: "La te da and doe ray me" },
  ];
  st.actionPlans.set("123456", { action_plan_id: "123456", action_plan_name: "New Lead Welcome", action_plan_type: "Connection", action_plan_link_id: "123", action_plan_next_plan_id: "", "Action Steps": steps });
  st.actionPlans.set("234567", { action_plan_id: "234567", action_plan_name: "Nurture Quote", action_plan_type: "Conversion", action_plan_link_id: "234", action_plan_next_plan_id: "", "Action Steps": [{ Order: "1", Type: "text", Date: "2", Time: "10:00:00", Subject: "Checking in", Body: "Any questions about the quote?" }] });
  st.actionPlans.set("345678", { action_plan_id: "345678", action_plan_name: "Annual Retention", action_plan_type: "Retention", action_plan_link_id: "", action_plan_next_plan_id: "", "Action Steps": [] });
  st.users.set("123", { user_id: "123", user_type: "Admin", user_first_name: "Kent", user_last_name: "Hall", user_phone: "1234567890", user_email: "Kent@clienttether.com", user_username: "KentH123", user_show_calendar: "0", user_password: "x" });
  st.users.set("124", { user_id: "124", user_type: "Standard", user_first_name: "Dana", user_last_name: "Reyes", user_phone: "3035550142", user_email: "dana@example.com", user_username: "dana", user_show_calendar: "1", user_password: "x" });
  st.tags.push({ tag_id: "1", tag_value: "123" }, { tag_id: "2", tag_value: "Hot Lead" }, { tag_id: "3", tag_value: "LV Show" });
  st.accounts.set("123456", { account_id: "123456", account_type: "Multi-level", account_name: "Demo Enterprise", account_first_name: "Kent", account_last_name: "Hall", account_owner_name: "Kent Hall", account_company_name: "ClientTether Demo", account_email: "owner@example.com", account_phone: "3039291447", account_office_phone: "3039291400", account_web_key: SIM_WEB_KEY });
  st.accounts.set("123457", { account_id: "123457", account_type: "Standard", account_name: "Demo Denver", account_first_name: "Dana", account_last_name: "Reyes", account_owner_name: "Dana Reyes", account_company_name: "Denver Branch", account_email: "denver@example.com", account_phone: "3035550100", account_office_phone: "3035550101", account_web_key: "CT_denver000000000000000000000002" });

  for (let i = 0; i < 250; i++) {
    const id = String(8051632 + i);
    st.clients.set(id, demoClient(i, id));
  }
  const first = st.clients.get(DEMO_FIRST_CLIENT_ID)!;
  first.action_plan_id = "123456";
  st.pending.push(
    { action_id: "700001", client_id: first.client_id, action_plan_id: "123456", action_plan_name: "New Lead Welcome", action_type: "email", action_date: "2020:01:16", action_time: "09:00:00", action_subject: "MyFirstEmail" },
    { action_id: "700002", client_id: first.client_id, action_plan_id: "123456", action_plan_name: "New Lead Welcome", action_type: "email", action_date: "2020:01:17", action_time: "09:00:00", action_subject: "MySecondEmail" },
  );
  st.events.set("600001", { event_id: "600001", client_id: first.client_id, event_type: "Call", event_date: "2020:01:16", event_time: "10:30:00", event_note: "Intro call", user_id: "123" });
  st.events.set("600002", { event_id: "600002", client_id: first.client_id, event_type: "Appointment", event_date: "2020:01:20", event_time: "14:00:00", event_end_date: "2020:01:20", event_end_time: "15:00:00", event_note: "Estimate visit", user_id: "123" });
  st.notes.push({ note_id: "500001", client_id: first.client_id, note_type: "Integration", note_body: "Lead came from the spring show", note_date: "2020:01:15", note_time: "09:12:00" });
  st.proposals.push({
    proposal_id: "9000000000001",
    client_id: first.client_id,
    proposal_type: "Exterior Painting",
    proposal_num: "P-1001",
    estimator: "Kent Hall",
    production_manager: "Dana Reyes",
    proposal_notes: "Two coats",
    work_notes: "North wall needs scraping",
    final_price: "4200.00",
    discount: "300.00",
    job_start_date: "2020-02-01",
    job_end_date: "2020-02-05",
    line_item_detail: [
      { Description: "Prep and scrape", "Line Price": "900.00", Notes: "" },
      { Description: "Paint", "Line Price": "3600.00", Notes: "Two coats" },
    ],
  });
  st.payments.push(
    { proposal_id: "9000000000001", proposal_number: "P-1001", client_id: first.client_id, payday: "2020-01-20", amount: "1000.00", type: "Card", status: "Deposit", created_date: "2020-01-20" },
    { proposal_id: "9000000000001", proposal_number: "P-1001", client_id: first.client_id, payday: "2020-02-05", amount: "3200.00", type: "Check", status: "Final", created_date: "2020-02-05" },
  );
  st.seq = 0;
}

import type { SimReply } from "../../../simulators/harness.js";
import type { ClientTetherActionPlan, ClientTetherClient } from "../types.js";
import { invalid, notFound, okLower, Reject, type Params } from "./protocol.js";
import { checkClient, DATE_EITHER, requireKeys, TIME, today } from "./rules.js";
import { nextId, type ClientTetherSimState } from "./state.js";

/** What one change to the account sets off beyond its own record: plans start, notes are logged, deletes cascade. */

export function clientOr404(st: ClientTetherSimState, id: string | undefined): ClientTetherClient {
  const c = id ? st.clients.get(id) : undefined;
  if (!c) throw new Reject(notFound());
  return c;
}

/** Starting an action plan: its steps become the client's pending actions; a Conversion plan also sets its sales cycle. */
export function startPlan(st: ClientTetherSimState, c: ClientTetherClient, planId: string | undefined): void {
  st.pending = st.pending.filter((a) => a.client_id !== c.client_id);
  if (!planId || planId === "0") return;
  const plan = st.actionPlans.get(planId);
  if (!plan) throw new Reject(invalid("action_plan_id"));
  if (plan.action_plan_type === "Conversion" && plan.action_plan_link_id) c.sales_cycle_id = String(plan.action_plan_link_id);
  for (const s of plan["Action Steps"] ?? []) {
    st.pending.push({
      action_id: nextId(st, 700000),
      client_id: c.client_id,
      action_plan_id: plan.action_plan_id,
      action_plan_name: plan.action_plan_name,
      action_type: String(s.Type ?? ""),
      action_date: today(),
      action_time: String(s.Time ?? "09:00:00"),
      action_subject: String(s.Subject ?? ""),
    });
  }
}

export function addNote(st: ClientTetherSimState, clientId: string, type: string, body: string): void {
  const now = new Date();
  const note_time = now.toTimeString().slice(0, 8);
  st.notes.push({ note_id: nextId(st, 500000), client_id: clientId, note_type: type, note_body: body, note_date: today(), note_time });
}

export function checkEventFields(st: ClientTetherSimState, p: Params, partial: boolean): void {
  if (p.event_type !== undefined && !["Call", "Contact Reminder", "Appointment"].includes(p.event_type)) {
    throw new Reject(invalid("event_type"));
  }
  const given = (k: string) => p[k] !== undefined && p[k] !== "";
  for (const k of ["event_date", "event_end_date"]) if (given(k) && !DATE_EITHER.test(p[k]!)) throw new Reject(invalid(k));
  for (const k of ["event_time", "event_end_time"]) if (given(k) && !TIME.test(p[k]!)) throw new Reject(invalid(k));
  if (p.user_id && !st.users.has(p.user_id)) throw new Reject(invalid("user_id"));
  if (p.event_manual_action_plan_id && !st.actionPlans.has(p.event_manual_action_plan_id)) {
    throw new Reject(invalid("event_manual_action_plan_id"));
  }
  if (!partial && p.event_type === "Appointment") requireKeys(p, ["user_id", "event_end_date", "event_end_time"]);
}

/** Action plan reads name what the plan links to and what follows it. */
export function withLinkNames(st: ClientTetherSimState, a: ClientTetherActionPlan): ClientTetherActionPlan {
  const link = a.action_plan_link_id
    ? a.action_plan_type === "Conversion"
      ? st.salesCycles.get(String(a.action_plan_link_id))?.sales_cycle_name
      : st.leadSources.get(String(a.action_plan_link_id))?.lead_source_name
    : undefined;
  const next = a.action_plan_next_plan_id ? st.actionPlans.get(String(a.action_plan_next_plan_id))?.action_plan_name : undefined;
  return { ...a, action_plan_link_name: link ?? "", action_plan_next_plan_name: next ?? "" };
}

export function updateClient(st: ClientTetherSimState, c: ClientTetherClient, p: Params, key: "client_id" | "external_id"): SimReply {
  const { client_id: _id, [key]: _k, __path_id: _p, ...rest } = p;
  const fields = checkClient(rest);
  if (fields.lead_source_id && !st.leadSources.has(fields.lead_source_id)) return invalid("lead_source_id");
  const planChanged = fields.action_plan_id !== undefined && fields.action_plan_id !== String(c.action_plan_id ?? "0");
  Object.assign(c, fields);
  if (fields.lead_source_id) c.lead_source_name = st.leadSources.get(fields.lead_source_id)?.lead_source_name ?? null;
  // "If Action Plan is updated, pending actions will be removed."
  if (planChanged) startPlan(st, c, fields.action_plan_id);
  return okLower([{ ...c }]);
}

export function deleteClient(st: ClientTetherSimState, c: ClientTetherClient): void {
  st.clients.delete(String(c.client_id));
  st.pending = st.pending.filter((a) => a.client_id !== c.client_id);
  for (const [id, e] of st.events) if (e.client_id === c.client_id) st.events.delete(id);
}

import { createHash } from "node:crypto";
import type { ClientTetherActionPlan, ClientTetherClient, ClientTetherEvent } from "../types.js";
import { ok, invalid, duplicate, Reject, type Operation } from "./protocol.js";
import { clientOr404, startPlan, addNote, checkEventFields } from "./records.js";
import { checkClient, requireKeys, today, DATE_EITHER, TIME, ENUMS } from "./rules.js";
import { nextId, type ClientTetherSimState } from "./state.js";

/** Create: clients (duplicates allowed, as the doc says), messages, notes, events and reference data. */
export function createRoutes(st: ClientTetherSimState): Operation[] {
  return [
    {
      name: "create_client",
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
          client_id: nextId(st, 8100000),
          external_id: fields.external_id ?? "",
        };
        if (c.lead_source_id) c.lead_source_name = st.leadSources.get(String(c.lead_source_id))?.lead_source_name ?? null;
        // "If Lead Source is provided then its attached Action Plan should be initiated unless an Action Plan is also provided"
        let plan: string | undefined = fields.action_plan_id;
        if ((!plan || plan === "0") && c.lead_source_id) {
          const linked = (a: ClientTetherActionPlan) => a.action_plan_type === "Connection" && a.action_plan_link_id === c.lead_source_id;
          plan = [...st.actionPlans.values()].find(linked)?.action_plan_id;
          if (plan) c.action_plan_id = plan;
        }
        startPlan(st, c, plan);
        st.clients.set(String(c.client_id), c);
        return ok([{ client_id: c.client_id, external_id: c.external_id }]);
      },
    },
    {
      name: "create_manual_email",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "email_subject", "email_body"]);
        clientOr404(st, p.client_id);
        // "Plain Text String with hard returns. No other formatting accepted HTML or otherwise."
        if (/<[a-z!/][^>]*>/i.test(p.email_body!)) throw new Reject(invalid("email_body"));
        if (p.email_date && !DATE_EITHER.test(p.email_date)) throw new Reject(invalid("email_date"));
        if (p.email_time && !TIME.test(p.email_time)) throw new Reject(invalid("email_time"));
        if (p.exclude_contact && !["0", "1"].includes(p.exclude_contact)) throw new Reject(invalid("exclude_contact"));
        addNote(st, p.client_id!, "Email", `${p.email_subject}\n${p.email_body}`);
        return ok();
      },
    },
    {
      name: "create_manual_text",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "text_body"]);
        clientOr404(st, p.client_id);
        if (p.text_date && !DATE_EITHER.test(p.text_date)) throw new Reject(invalid("text_date"));
        if (p.text_time && !TIME.test(p.text_time)) throw new Reject(invalid("text_time"));
        addNote(st, p.client_id!, "Text", p.text_body!);
        return ok();
      },
    },
    {
      name: "create_client_history_note",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "note_body"]);
        clientOr404(st, p.client_id);
        addNote(st, p.client_id!, "Integration", p.note_body!);
        return ok();
      },
    },
    {
      name: "create_client_event",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["client_id", "event_type", "event_date", "event_time", "event_note"]);
        checkEventFields(st, p, false);
        clientOr404(st, p.client_id);
        const e: ClientTetherEvent = {
          event_id: nextId(st, 600000),
          client_id: p.client_id,
          event_type: p.event_type,
          event_date: p.event_date,
          event_time: p.event_time,
          event_note: p.event_note,
        };
        for (const k of ["user_id", "event_manual_action_plan_id", "event_end_date", "event_end_time"]) if (p[k]) e[k] = p[k];
        st.events.set(e.event_id, e);
        return ok([{ event_id: e.event_id, client_id: e.client_id }]);
      },
    },
    {
      name: "create_tag",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["tag_value"]);
        if (st.tags.some((t) => t.tag_value.toLowerCase() === p.tag_value!.toLowerCase())) return duplicate();
        const t = { tag_id: nextId(st, 900), tag_value: p.tag_value! };
        st.tags.push(t);
        return ok([t]);
      },
    },
    {
      name: "create_lead_source",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["lead_source_name"]);
        const name = p.lead_source_name!.toLowerCase();
        if ([...st.leadSources.values()].some((s) => s.lead_source_name.toLowerCase() === name)) return duplicate();
        const id = nextId(st, 100);
        const s = {
          lead_source_id: id,
          lead_source_name: p.lead_source_name!,
          lead_source_web_key: createHash("md5").update(`ls-${id}`).digest("hex"),
        };
        st.leadSources.set(id, s);
        return ok([s]);
      },
    },
    {
      name: "create_user",
      method: "POST",
      handle: (p) => {
        requireKeys(p, [
          "user_type",
          "user_first_name",
          "user_last_name",
          "user_phone",
          "user_email",
          "user_username",
          "user_show_calendar",
          "user_password",
        ]);
        if (!["Standard", "Admin"].includes(p.user_type!)) throw new Reject(invalid("user_type"));
        if (!["0", "1"].includes(p.user_show_calendar!)) throw new Reject(invalid("user_show_calendar"));
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.user_email!)) throw new Reject(invalid("user_email"));
        if ([...st.users.values()].some((u) => u.user_username === p.user_username)) return duplicate();
        const id = nextId(st, 3000);
        const u = {
          user_id: id,
          user_type: p.user_type,
          user_first_name: p.user_first_name,
          user_last_name: p.user_last_name,
          user_phone: p.user_phone,
          user_email: p.user_email,
          user_username: p.user_username,
          user_show_calendar: p.user_show_calendar,
          user_password: p.user_password,
        };
        st.users.set(id, u);
        const { user_password: _pw, ...shown } = u;
        return ok([shown]);
      },
    },
    {
      name: "create_action_plan",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["action_plan_name", "action_plan_type"]);
        if (!["Connection", "Conversion", "Retention"].includes(p.action_plan_type!)) throw new Reject(invalid("action_plan_type"));
        if (p.action_plan_link_id && !/^\d+$/.test(p.action_plan_link_id)) throw new Reject(invalid("action_plan_link_id"));
        if (p.action_plan_next_plan_id && !st.actionPlans.has(p.action_plan_next_plan_id)) {
          throw new Reject(invalid("action_plan_next_plan_id"));
        }
        const id = nextId(st, 200);
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
    {
      name: "create_sales_cycle",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["sales_cycle_name", "sales_cycle_active_status", "sales_cycle_order"]);
        if (!["0", "1"].includes(p.sales_cycle_active_status!)) throw new Reject(invalid("sales_cycle_active_status"));
        if (!/^\d+$/.test(p.sales_cycle_order!)) throw new Reject(invalid("sales_cycle_order"));
        if (p.sales_cycle_contact_type && !ENUMS.contact_type!.includes(p.sales_cycle_contact_type)) {
          throw new Reject(invalid("sales_cycle_contact_type"));
        }
        const id = nextId(st, 400);
        const s = {
          sales_cycle_id: id,
          sales_cycle_name: p.sales_cycle_name!,
          sales_cycle_active_status: p.sales_cycle_active_status!,
          sales_cycle_order: p.sales_cycle_order!,
          sales_cycle_contact_type: p.sales_cycle_contact_type || "1",
        };
        st.salesCycles.set(id, s);
        return ok([s]);
      },
    },
    {
      name: "create_immed_call",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["agent_phone", "client_full_name", "client_phone", "say"]);
        if (!/^\d{10}$/.test(p.agent_phone!)) throw new Reject(invalid("agent_phone"));
        if (!/^\d{10}$/.test(p.client_phone!)) throw new Reject(invalid("client_phone"));
        return ok([{ call_id: nextId(st, 1_000_000) }]);
      },
    },
  ];
}

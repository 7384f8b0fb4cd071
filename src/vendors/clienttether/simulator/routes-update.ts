import { okLower, notFound, missing, invalid, type Operation } from "./protocol.js";
import { clientOr404, checkEventFields, withLinkNames, updateClient } from "./records.js";
import { requireKeys } from "./rules.js";
import type { ClientTetherSimState } from "./state.js";

/** Update: only the parameters given change; Update answers use the doc's `resultCode` form. */
export function updateRoutes(st: ClientTetherSimState): Operation[] {
  return [
    {
      name: "update_client_by_id",
      method: "POST",
      handle: (p) => updateClient(st, clientOr404(st, p.client_id || undefined), p, "client_id"),
    },
    {
      name: "update_client_by_external_id",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["external_id"]);
        const c = [...st.clients.values()].find((x) => x.external_id === p.external_id);
        if (!c) return notFound();
        return updateClient(st, c, p, "external_id");
      },
    },
    {
      name: "update_action_plan_by_id",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["action_plan_id"]);
        const a = st.actionPlans.get(p.action_plan_id!);
        if (!a) return notFound();
        if (p.action_plan_type && ![
          "Connection",
          "Conversion",
          "Retention",
        ].includes(p.action_plan_type)) return invalid("action_plan_type");
        for (const k of [
          "action_plan_name",
          "action_plan_type",
          "action_plan_link_id",
          "action_plan_next_plan_id",
        ]) if (p[k] !== undefined) a[k] = p[k];
        return okLower([withLinkNames(st, a)]);
      },
    },
    {
      name: "update_lead_source_by_id",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["lead_source_id", "lead_source_name"]);
        const s = st.leadSources.get(p.lead_source_id!);
        if (!s) return notFound();
        s.lead_source_name = p.lead_source_name!;
        return okLower([s]);
      },
    },
    {
      name: "update_sales_cycle_by_id",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["sales_cycle_id"]);
        const s = st.salesCycles.get(p.sales_cycle_id!);
        if (!s) return notFound();
        if (p.sales_cycle_active_status !== undefined && ![
          "0",
          "1",
        ].includes(p.sales_cycle_active_status)) return invalid("sales_cycle_active_status");
        if (p.sales_cycle_order !== undefined && !/^\d+$/.test(p.sales_cycle_order)) return invalid("sales_cycle_order");
        for (const k of [
          "sales_cycle_name",
          "sales_cycle_active_status",
          "sales_cycle_order",
          "sales_cycle_contact_type",
        ] as const) if (p[k] !== undefined) s[k] = p[k];
        return okLower([s]);
      },
    },
    {
      name: "update_user_by_id",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["user_id"]);
        const u = st.users.get(p.user_id!);
        if (!u) return notFound();
        if (p.user_show_calendar !== undefined && !["0", "1"].includes(p.user_show_calendar)) return invalid("user_show_calendar");
        // user_type and user_password: "Only in Create"
        for (const k of [
          "user_first_name",
          "user_last_name",
          "user_phone",
          "user_email",
          "user_username",
          "user_show_calendar",
        ] as const) if (p[k] !== undefined) u[k] = p[k];
        const { user_password: _pw, ...shown } = u;
        return okLower([shown]);
      },
    },
    {
      name: "update_account_by_id",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["account_id"]);
        const a = st.accounts.get(p.account_id!);
        if (!a) return notFound();
        // account_username, account_web_key, account_ctphone: "cRud only" / "CRuD Only"
        for (const k of ["account_web_key", "account_ctphone"]) if (p[k] !== undefined) return invalid(k);
        for (const k of [
          "account_return_phone",
          "account_return_text",
        ]) if (p[k] !== undefined && !/^\d{10}$/.test(p[k])) return invalid(k);
        if (p.account_type !== undefined && !["Standard", "Multi-level"].includes(p.account_type)) return invalid("account_type");
        for (const [k, v] of Object.entries(p)) if (k.startsWith("account_") && k !== "account_id") a[k] = v;
        return okLower([a]);
      },
    },
    {
      name: "update_client_event",
      method: "POST",
      handle: (p) => {
        requireKeys(p, ["event_id"]);
        const e = st.events.get(p.event_id!);
        if (!e) return notFound();
        checkEventFields(st, p, true);
        const next = { ...e };
        for (const k of [
          "event_type",
          "event_date",
          "event_time",
          "event_note",
          "user_id",
          "event_manual_action_plan_id",
          "event_end_date",
          "event_end_time",
        ]) if (p[k] !== undefined) next[k] = p[k];
        if (next.event_type === "Appointment" && (!next.user_id || !next.event_end_date || !next.event_end_time)) return missing();
        st.events.set(e.event_id, next);
        return okLower([next]);
      },
    },
  ];
}

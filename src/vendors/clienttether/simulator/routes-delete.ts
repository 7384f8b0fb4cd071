import { okLower, notFound, inUse, type Operation } from "./protocol.js";
import { clientOr404, deleteClient } from "./records.js";
import { requireKeys } from "./rules.js";
import type { ClientTetherSimState } from "./state.js";

/** Delete: lead sources, sales cycles and users are refused (CT512) while in use; a client takes its pending actions and events along. */
export function deleteRoutes(st: ClientTetherSimState): Operation[] {
  return [
    {
      name: "delete_client_by_id",
      method: "DELETE",
      byPath: true,
      handle: (p) => {
        const c = clientOr404(st, p.__path_id ?? p.client_id);
        deleteClient(st, c);
        return okLower();
      },
    },
    {
      name: "delete_client_by_external_id",
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["external_id"]);
        // "Deletes the Clients with the parameter provided." (every client with that external id)
        const hits = [...st.clients.values()].filter((c) => c.external_id === p.external_id);
        if (!hits.length) return notFound();
        hits.forEach((x) => deleteClient(st, x));
        return okLower();
      },
    },
    {
      name: "delete_lead_source_by_id",
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["lead_source_id"]);
        if (!st.leadSources.has(p.lead_source_id!)) return notFound();
        const used =
          [...st.clients.values()].some((c) => c.lead_source_id === p.lead_source_id) ||
          [...st.actionPlans.values()].some((a) => a.action_plan_type === "Connection" && a.action_plan_link_id === p.lead_source_id);
        if (used) return inUse();
        st.leadSources.delete(p.lead_source_id!);
        return okLower();
      },
    },
    {
      name: "delete_sales_cycle_by_id",
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["sales_cycle_id"]);
        if (!st.salesCycles.has(p.sales_cycle_id!)) return notFound();
        if ([...st.clients.values()].some((c) => c.sales_cycle_id === p.sales_cycle_id)) return inUse();
        st.salesCycles.delete(p.sales_cycle_id!);
        return okLower();
      },
    },
    {
      name: "delete_user_by_id",
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["user_id"]);
        if (!st.users.has(p.user_id!)) return notFound();
        if ([...st.clients.values()].some((c) => c.assigned_user_id === p.user_id)) return inUse();
        st.users.delete(p.user_id!);
        return okLower();
      },
    },
    {
      name: "delete_account_by_id",
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["account_id"]);
        if (!st.accounts.has(p.account_id!)) return notFound();
        st.accounts.delete(p.account_id!);
        return okLower();
      },
    },
    {
      name: "delete_client_event",
      method: "DELETE",
      handle: (p) => {
        requireKeys(p, ["event_id"]);
        if (!st.events.delete(p.event_id!)) return notFound();
        return okLower();
      },
    },
  ];
}

import type { ClientTetherEvent } from "../types.js";
import { ok, notFound, missing, invalid, type Operation } from "./protocol.js";
import { clientOr404, withLinkNames } from "./records.js";
import { requireKeys, today, isoDay } from "./rules.js";
import type { ClientTetherSimState } from "./state.js";

/** Read: clients one by one, by existence or by page, their activity, and the reference lists. */
export function readRoutes(st: ClientTetherSimState): Operation[] {
  return [
    {
      name: "read_client_exist",
      method: "GET",
      handle: (p) => {
        const keys = ["firstName", "lastName", "phone", "email"].filter((k) => p[k]);
        if (!keys.length) return missing();
        const hits = [...st.clients.values()].filter((c) => keys.every((k) => String(c[k] ?? "").toLowerCase() === p[k]!.toLowerCase()));
        if (!hits.length) return notFound({ client_id: false, external_id: p.external_id ?? "" });
        return ok(hits.map((c) => ({ client_id: c.client_id, external_id: c.external_id ?? "" })));
      },
    },
    {
      name: "read_client_by_id",
      method: "GET",
      byPath: true,
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
    {
      name: "read_client_by_external_id",
      method: "GET",
      byPath: true,
      handle: (p) => {
        const ext = p.__path_id ?? p.external_id;
        if (!ext) return missing();
        const c = [...st.clients.values()].find((x) => x.external_id === ext);
        if (c && st.failingIds.has(String(c.client_id))) return { status: 500, body: "<html><body>Internal Server Error</body></html>" };
        return c ? ok([c]) : notFound({ client_id: false, external_id: ext });
      },
    },
    {
      name: "read_client_list",
      method: "GET",
      handle: (p) => {
        // "Default is 100, Max is 100"
        const limit = p.limit === undefined ? 100 : Number(p.limit);
        const offset = p.offset === undefined ? 0 : Number(p.offset);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid("limit");
        if (!Number.isInteger(offset) || offset < 0) return invalid("offset");
        const page = [...st.clients.values()].slice(offset, offset + limit);
        // TotalRecord as in the doc's examples (read_client_exist, create_client): the records in this answer
        return ok(page);
      },
    },
    {
      name: "read_client_history_notes",
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["client_id"]);
        clientOr404(st, p.client_id);
        return ok(st.notes.filter((n) => n.client_id === p.client_id));
      },
    },
    {
      name: "read_action_plan_by_id",
      method: "GET",
      byPath: true,
      handle: (p) => {
        const id = p.__path_id ?? p.action_plan_id;
        if (!id) return missing();
        const a = st.actionPlans.get(id);
        return a ? ok([withLinkNames(st, a)]) : notFound();
      },
    },
    {
      name: "read_action_plan_list",
      method: "GET",
      handle: (p) => {
        // "Accepts: action_plan_name treat as like 'string%'"
        const prefix = (p.action_plan_name ?? "").toLowerCase();
        const plans = [...st.actionPlans.values()]
          .filter((a) => a.action_plan_name.toLowerCase().startsWith(prefix))
          .map((a) => withLinkNames(st, a));
        // "Action Plan Reads will have a two level JSON Array" (vendor-notes.md: groups of plans)
        return { body: { ResultCode: "CT_200", Message: "Success", TotalRecord: plans.length, data: [plans] } };
      },
    },
    { name: "read_lead_source_list", method: "GET", handle: () => ok([...st.leadSources.values()]) },
    { name: "read_sales_cycle_list", method: "GET", handle: () => ok([...st.salesCycles.values()]) },
    {
      name: "read_user_list",
      method: "GET",
      // "will include all Users and associated Parameters except password"
      handle: () => ok([...st.users.values()].map(({ user_password: _pw, user_username, ...u }) => ({ ...u, user_name: user_username }))),
    },
    {
      name: "read_appts_by_user_id",
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["user_id"]);
        if (!st.users.has(p.user_id!)) return notFound();
        // "a JSON list of appointments for 7 days from today's date"
        const from = isoDay(today());
        const to = new Date(Date.parse(from) + 7 * 86400_000).toISOString().slice(0, 10);
        const due = (e: ClientTetherEvent) => isoDay(String(e.event_date)) >= from && isoDay(String(e.event_date)) <= to;
        return ok([...st.events.values()].filter((e) => e.event_type === "Appointment" && e.user_id === p.user_id && due(e)));
      },
    },
    { name: "read_tags_list", method: "GET", handle: () => ok(st.tags.map((t) => ({ ...t }))) },
    { name: "read_account_list", method: "GET", handle: () => ok([...st.accounts.values()]) },
    {
      name: "read_pending_actions",
      method: "GET",
      handle: (p) => {
        if (!p.client_id && !p.external_id) return missing();
        const c = p.client_id ? st.clients.get(p.client_id) : [...st.clients.values()].find((x) => x.external_id === p.external_id);
        if (!c) return notFound();
        return ok(st.pending.filter((a) => a.client_id === c.client_id));
      },
    },
    {
      name: "read_proposals",
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["client_id"]);
        clientOr404(st, p.client_id);
        return ok(st.proposals.filter((x) => x.client_id === p.client_id));
      },
    },
    {
      name: "read_proposal_payments",
      method: "GET",
      handle: (p) => {
        requireKeys(p, ["client_id", "created_date"]);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(p.created_date!)) return invalid("created_date");
        clientOr404(st, p.client_id);
        return ok(st.payments.filter((x) => x.client_id === p.client_id && String(x.created_date) >= p.created_date!));
      },
    },
    { name: "read_all_payments", method: "GET", handle: () => ok([...st.payments]) },
    {
      name: "read_all_events",
      method: "GET",
      handle: (p) => {
        if (p.client_id) clientOr404(st, p.client_id);
        // vendor-notes.md: "Pagination: limit (default and max 100) + offset"
        const limit = p.limit === undefined ? 100 : Number(p.limit);
        const offset = p.offset === undefined ? 0 : Number(p.offset);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid("limit");
        if (!Number.isInteger(offset) || offset < 0) return invalid("offset");
        const wanted = (e: ClientTetherEvent) => (!p.client_id || e.client_id === p.client_id) && (!p.user_id || e.user_id === p.user_id);
        return ok([...st.events.values()].filter(wanted).slice(offset, offset + limit));
      },
    },
  ];
}

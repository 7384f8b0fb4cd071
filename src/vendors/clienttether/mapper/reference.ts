import { toGlobalId } from "../../../model/ids.js";
import { VENDOR_ID } from "../config.js";
import type { Account, ActionPlan, LeadSource, SalesCycle, Tag, User } from "../model/records.js";
import type {
  ClientTetherAccount,
  ClientTetherActionPlan,
  ClientTetherLeadSource,
  ClientTetherSalesCycle,
  ClientTetherTag,
  ClientTetherUser,
} from "../types.js";
import { frozen, int, str } from "./values.js";

/** The account's reference data: lead sources, action plans, sales cycles, users, tags and sub-accounts. */

export function toLeadSource(s: ClientTetherLeadSource): LeadSource {
  return frozen<LeadSource>({
    id: toGlobalId(VENDOR_ID, "lead_source", String(s.lead_source_id)),
    nativeId: String(s.lead_source_id),
    name: str(s.lead_source_name) ?? "",
    webKey: str(s.lead_source_web_key),
    raw: s,
  });
}

export function toActionPlan(p: ClientTetherActionPlan): ActionPlan {
  const steps = Array.isArray(p["Action Steps"]) ? p["Action Steps"] : [];
  return frozen<ActionPlan>({
    id: toGlobalId(VENDOR_ID, "action_plan", String(p.action_plan_id)),
    nativeId: String(p.action_plan_id),
    name: str(p.action_plan_name) ?? "",
    type: str(p.action_plan_type),
    linkId: str(p.action_plan_link_id),
    linkName: str(p.action_plan_link_name),
    nextPlanId: str(p.action_plan_next_plan_id),
    nextPlanName: str(p.action_plan_next_plan_name),
    steps: steps.map((s) =>
      frozen({ order: int(s.Order), type: str(s.Type), day: str(s.Date), time: str(s.Time), subject: str(s.Subject), body: str(s.Body) }),
    ),
    raw: p,
  });
}

export function toSalesCycle(s: ClientTetherSalesCycle): SalesCycle {
  const active = str(s.sales_cycle_active_status);
  return frozen<SalesCycle>({
    id: toGlobalId(VENDOR_ID, "sales_cycle", String(s.sales_cycle_id)),
    nativeId: String(s.sales_cycle_id),
    name: str(s.sales_cycle_name) ?? "",
    active: active == null ? null : active === "1",
    order: int(s.sales_cycle_order),
    contactType: int(s.sales_cycle_contact_type),
    raw: s,
  });
}

export function toUser(u: ClientTetherUser): User {
  return frozen<User>({
    id: toGlobalId(VENDOR_ID, "user", String(u.user_id)),
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

export function toTag(t: ClientTetherTag): Tag {
  return frozen<Tag>({ nativeId: str(t.tag_id), value: str(t.tag_value) ?? "" });
}

export function toAccount(a: ClientTetherAccount): Account {
  // account_web_key is a credential (the X-Web-Key of that account): never handed out
  const { account_web_key: _secret, ...raw } = a;
  return frozen<Account>({
    id: toGlobalId(VENDOR_ID, "account", String(a.account_id)),
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

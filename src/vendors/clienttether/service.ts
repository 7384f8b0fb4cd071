import type { VendorCallContext } from "../types.js";
import { delivery, type Delivery } from "../../graphql/types/delivery.type.js";
import { DeliveryStatus, EventType, Vendor } from "../../graphql/types/enums.js";
import type { Event } from "../../graphql/types/event.type.js";
import type {
  AccountInput,
  ActionPlanInput,
  EventUpdateInput,
  ImmediateCallInput,
  SalesCycleInput,
  SendEmailInput,
  SendTextInput,
  UserInput,
} from "../../graphql/types/clienttether/inputs.js";
import type { CTAccount, CTActionPlan, CTLeadSource, CTSalesCycle, CTTag, CTUser } from "../../graphql/types/clienttether/reference.type.js";
import { badInput } from "../../lib/errors.js";
import { parseGlobalId } from "../../model/ids.js";
import { toNanp10 } from "../../lib/phone.js";
import type { ClientTetherConfig } from "./config.js";
import { dataArray, type FieldPaths } from "./client.js";
import { invalidateReference, loadersFor } from "./loaders.js";
import {
  CT_EVENT_TYPE,
  stripHtml,
  toAccount,
  toActionPlan,
  toCtDateTime,
  toEvent,
  toLeadSource,
  toNote,
  toPayment,
  toPendingAction,
  toProposal,
  toSalesCycle,
  toTag,
  toUser,
} from "./mapper.js";

/**
 * ClientTether-only operations behind the ClientTether GraphQL fields: lazy Lead fields, reference
 * data (cached for `ttlSeconds.reference`, invalidated by the matching writes) and the mutations
 * that have no unified counterpart. Resolvers call these; they never see wire types.
 */
type Ctx = VendorCallContext<ClientTetherConfig>;

const mo = (ctx: Ctx) => ({ defaultCountry: ctx.tenant.defaultCountry, timezone: ctx.tenant.timezone });

/** An id argument: a global id of `type` (`clienttether:<type>:123`) or the bare ClientTether id. */
export function nativeOf(id: string, type: string, field: string): string {
  let native = id.trim();
  if (native.includes(":")) {
    const gid = parseGlobalId(native, field);
    if (gid.vendor !== "clienttether" || gid.type !== type) throw badInput(field, `expected a clienttether:${type}:… id`);
    native = gid.nativeId;
  }
  if (!/^\d{1,19}$/.test(native)) throw badInput(field, `"${id}" is not a ClientTether ${type} id`);
  return native;
}

const required = (v: string | null | undefined, field: string, what = "is required"): string => {
  const s = (v ?? "").trim();
  if (!s) throw badInput(field, what);
  return s;
};

// ───────────────────────────── lazy Lead fields (per request, one read per client) ─────────────────────────────

export async function leadEvents(ctx: Ctx, clientId: string): Promise<Event[]> {
  const l = loadersFor(ctx);
  const rows = await l.perClient("events", (id) => l.api.readAllEvents({ client_id: id })).load(clientId);
  return rows.map((e) => toEvent({ ...e, client_id: e.client_id ?? clientId }, mo(ctx)));
}

export async function leadNotes(ctx: Ctx, clientId: string) {
  const l = loadersFor(ctx);
  return (await l.perClient("notes", (id) => l.api.readClientHistoryNotes(id)).load(clientId)).map((n) => toNote(n, mo(ctx)));
}

export async function leadPendingActions(ctx: Ctx, clientId: string) {
  const l = loadersFor(ctx);
  return (await l.perClient("pending", (id) => l.api.readPendingActions({ client_id: id })).load(clientId)).map((a) => toPendingAction(a, mo(ctx)));
}

export async function leadProposals(ctx: Ctx, clientId: string) {
  const l = loadersFor(ctx);
  return (await l.perClient("proposals", (id) => l.api.readProposals(id)).load(clientId)).map((p) => toProposal({ ...p, client_id: p.client_id ?? clientId }));
}

/** read_proposal_payments for the client (once per request), narrowed to one proposal. `created_date` "yyyy-mm-dd": from the start. */
export async function proposalPayments(ctx: Ctx, clientId: string, proposalId: string, since = "1970-01-01") {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) throw badInput("since", "must be yyyy-mm-dd");
  const l = loadersFor(ctx);
  const rows = await l.perClient(`payments:${since}`, (id) => l.api.readProposalPayments(id, since)).load(clientId);
  return rows.filter((p) => !p.proposal_id || String(p.proposal_id) === proposalId).map(toPayment);
}

// ───────────────────────────── reference data (keyv, ttlSeconds.reference) ─────────────────────────────

export async function leadSources(ctx: Ctx) {
  const l = loadersFor(ctx);
  return (await l.reference("lead_sources", () => l.api.readLeadSourceList())).map(toLeadSource);
}
export async function actionPlans(ctx: Ctx, name?: string | null) {
  const l = loadersFor(ctx);
  // only the whole list is cached: a name-filtered read ("like 'string%'") is live, so one write never leaves stale variants behind
  const plans = name ? await l.limit(() => l.api.readActionPlanList(name)) : await l.reference("action_plans", () => l.api.readActionPlanList(null));
  return plans.map(toActionPlan);
}
export async function actionPlan(ctx: Ctx, id: string) {
  const l = loadersFor(ctx);
  const native = nativeOf(id, "action_plan", "id");
  const p = await l.reference(`action_plan:${native}`, () => l.api.readActionPlanById(native));
  return p ? toActionPlan(p) : null;
}
export async function salesCycles(ctx: Ctx) {
  const l = loadersFor(ctx);
  return (await l.reference("sales_cycles", () => l.api.readSalesCycleList())).map(toSalesCycle);
}
export async function users(ctx: Ctx) {
  const l = loadersFor(ctx);
  return (await l.reference("users", () => l.api.readUserList())).map(toUser);
}
export async function tags(ctx: Ctx) {
  const l = loadersFor(ctx);
  return (await l.reference("tags", () => l.api.readTagsList())).map(toTag);
}
export async function accounts(ctx: Ctx) {
  const l = loadersFor(ctx);
  return (await l.reference("accounts", () => l.api.readAccountList())).map(toAccount);
}
/** read_appts_by_user_id: the user's appointments for the next 7 days (live; not cached). */
export async function appointments(ctx: Ctx, userId: string) {
  const l = loadersFor(ctx);
  const native = nativeOf(userId, "user", "userId");
  return (await l.limit(() => l.api.readApptsByUserId(native))).map((e) => toEvent(e, mo(ctx)));
}
/** read_all_payments (live; not cached). */
export async function allPayments(ctx: Ctx) {
  const l = loadersFor(ctx);
  return (await l.limit(() => l.api.readAllPayments())).map(toPayment);
}

export async function resolveClientTetherNode(ctx: Ctx, type: string, nativeId: string): Promise<unknown | null> {
  const find = <T extends { nativeId: string | null }>(xs: T[]) => xs.find((x) => x.nativeId === nativeId) ?? null;
  switch (type) {
    case "lead_source":
      return find(await leadSources(ctx));
    case "action_plan":
      return actionPlan(ctx, nativeId);
    case "sales_cycle":
      return find(await salesCycles(ctx));
    case "user":
      return find(await users(ctx));
    case "account":
      return find(await accounts(ctx));
    case "event": {
      const l = loadersFor(ctx);
      const e = (await l.limit(() => l.api.readAllEvents())).find((x) => String(x.event_id) === nativeId);
      return e ? toEvent(e, mo(ctx)) : null;
    }
    case "proposal": {
      const [clientId, proposalId] = nativeId.split(":");
      if (!clientId || !proposalId || !/^\d+$/.test(clientId)) throw badInput("id", "a ClientTether proposal id is clienttether:proposal:<client_id>:<proposal_id>");
      return (await leadProposals(ctx, clientId)).find((p) => p.nativeId === proposalId) ?? null;
    }
    default:
      throw badInput("id", `clienttether has no objects of type "${type}"`);
  }
}

// ───────────────────────────── mutations ─────────────────────────────

export interface CTResult {
  delivery: Delivery;
  event?: Event | null;
  leadSource?: CTLeadSource | null;
  actionPlan?: CTActionPlan | null;
  salesCycle?: CTSalesCycle | null;
  user?: CTUser | null;
  tag?: CTTag | null;
  account?: CTAccount | null;
}

const done = (status: DeliveryStatus, rest: Partial<Delivery> = {}) => delivery(Vendor.CLIENTTETHER, status, rest);
const first = <T>(body: Parameters<typeof dataArray>[0]): T | undefined => dataArray<T>(body)[0];

export async function addNote(ctx: Ctx, leadId: string, clientId: string, body: string): Promise<CTResult> {
  const note = required(body, "body");
  await loadersFor(ctx).api.createClientHistoryNote({ client_id: clientId, note_body: note }, { paths: { client_id: "leadId", note_body: "body" } });
  return { delivery: done(DeliveryStatus.CREATED, { message: "Added to the client's history notes", details: { leadId } }) };
}

export async function sendEmail(ctx: Ctx, clientId: string, input: SendEmailInput): Promise<CTResult> {
  const params: Record<string, string> = {
    client_id: clientId,
    email_subject: required(stripHtml(input.subject), "input.subject"),
    email_body: required(input.body, "input.body"),
  };
  // "Plain Text String with hard returns. No other formatting accepted HTML or otherwise."
  if (/<[a-z!/][^>]*>/i.test(input.body)) throw badInput("input.body", "ClientTether emails are plain text: remove the HTML");
  if (input.cc?.length) params.email_cc = input.cc.join(",");
  if (input.bcc?.length) params.email_bcc = input.bcc.join(",");
  if (input.excludeContact) {
    if (!input.cc?.length && !input.bcc?.length) throw badInput("input.excludeContact", "with the lead excluded and no cc/bcc nobody would receive it");
    params.exclude_contact = "1";
  }
  if (input.sendAt) {
    const { date, time } = toCtDateTime(input.sendAt, ctx.tenant.timezone);
    params.email_date = date;
    params.email_time = time;
  }
  await loadersFor(ctx).api.createManualEmail(params, {
    paths: { client_id: "input.leadId", email_subject: "input.subject", email_body: "input.body", email_cc: "input.cc", email_bcc: "input.bcc", email_date: "input.sendAt", email_time: "input.sendAt", exclude_contact: "input.excludeContact" },
  });
  return { delivery: done(input.sendAt ? DeliveryStatus.SCHEDULED : DeliveryStatus.CREATED, { message: input.sendAt ? "Email scheduled" : "Email sent" }) };
}

export async function sendText(ctx: Ctx, clientId: string, input: SendTextInput): Promise<CTResult> {
  const params: Record<string, string> = { client_id: clientId, text_body: required(input.body, "input.body") };
  if (input.sendAt) {
    const { date, time } = toCtDateTime(input.sendAt, ctx.tenant.timezone);
    params.text_date = date;
    params.text_time = time;
  }
  await loadersFor(ctx).api.createManualText(params, { paths: { client_id: "input.leadId", text_body: "input.body", text_date: "input.sendAt", text_time: "input.sendAt" } });
  return { delivery: done(input.sendAt ? DeliveryStatus.SCHEDULED : DeliveryStatus.CREATED, { message: input.sendAt ? "Text scheduled" : "Text sent" }) };
}

export async function startImmediateCall(ctx: Ctx, input: ImmediateCallInput): Promise<CTResult> {
  const c = ctx.tenant.defaultCountry;
  // Immediate Call Parameters: agent_phone and client_phone "10 Digits only"
  const params = {
    agent_phone: toNanp10(input.agentPhone, "input.agentPhone", c),
    client_full_name: required(stripHtml(input.clientFullName), "input.clientFullName"),
    client_phone: toNanp10(input.clientPhone, "input.clientPhone", c),
    say: required(stripHtml(input.say), "input.say"),
  };
  const body = await loadersFor(ctx).api.createImmedCall(params, {
    paths: { agent_phone: "input.agentPhone", client_full_name: "input.clientFullName", client_phone: "input.clientPhone", say: "input.say" },
  });
  const id = first<{ call_id?: string }>(body)?.call_id;
  return { delivery: done(DeliveryStatus.CREATED, { message: "ClientTether is calling the agent", nativeId: id ? String(id) : null }) };
}

const EVENT_UPDATE_PATHS: FieldPaths = {
  paths: { event_id: "id", event_type: "input.type", event_date: "input.startsAt", event_time: "input.startsAt", event_note: "input.description", event_end_date: "input.endsAt", event_end_time: "input.endsAt", user_id: "input.userId", event_manual_action_plan_id: "input.actionPlanId" },
};

export async function updateEvent(ctx: Ctx, eventId: string, input: EventUpdateInput): Promise<CTResult> {
  const native = nativeOf(eventId, "event", "id");
  const p: Record<string, string> = { event_id: native };
  const tz = ctx.tenant.timezone;
  if (input.type) {
    const t = CT_EVENT_TYPE[input.type];
    if (!t) throw badInput("input.type", `ClientTether events are CALL, CONTACT_REMINDER or APPOINTMENT, not ${input.type}`);
    p.event_type = t;
  }
  if (input.description != null) p.event_note = required(stripHtml(input.description), "input.description", "must not be empty");
  if (input.startsAt) Object.assign(p, (({ date, time }) => ({ event_date: date, event_time: time }))(toCtDateTime(input.startsAt, tz)));
  if (input.endsAt) {
    if (input.type && input.type !== EventType.APPOINTMENT) throw badInput("input.endsAt", "only Appointments have an end in ClientTether");
    if (input.startsAt && input.endsAt <= input.startsAt) throw badInput("input.endsAt", "must be after startsAt");
    const e = toCtDateTime(input.endsAt, tz);
    p.event_end_date = e.date;
    p.event_end_time = e.time;
  }
  if (input.userId) p.user_id = nativeOf(input.userId, "user", "input.userId");
  if (input.actionPlanId) p.event_manual_action_plan_id = nativeOf(input.actionPlanId, "action_plan", "input.actionPlanId");
  if (Object.keys(p).length === 1) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateClientEvent(p, EVENT_UPDATE_PATHS);
  const rec = first<{ event_id: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), event: rec ? toEvent(rec, mo(ctx)) : null };
}

export async function deleteEvent(ctx: Ctx, eventId: string): Promise<CTResult> {
  const native = nativeOf(eventId, "event", "id");
  await loadersFor(ctx).api.deleteClientEvent(native);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

// lead sources
export async function createLeadSource(ctx: Ctx, name: string): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createLeadSource({ lead_source_name: required(stripHtml(name), "name") }, { paths: { lead_source_name: "name" } });
  await invalidateReference(ctx, ["lead_sources"]);
  const rec = first<{ lead_source_id: string; lead_source_name: string }>(body);
  return { delivery: done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.lead_source_id) : null }), leadSource: rec ? toLeadSource(rec) : null };
}
export async function updateLeadSource(ctx: Ctx, id: string, name: string): Promise<CTResult> {
  const native = nativeOf(id, "lead_source", "id");
  const body = await loadersFor(ctx).api.updateLeadSourceById({ lead_source_id: native, lead_source_name: required(stripHtml(name), "name") }, { paths: { lead_source_id: "id", lead_source_name: "name" } });
  await invalidateReference(ctx, ["lead_sources"]);
  const rec = first<{ lead_source_id: string; lead_source_name: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), leadSource: rec ? toLeadSource(rec) : null };
}
export async function deleteLeadSource(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "lead_source", "id");
  await loadersFor(ctx).api.deleteLeadSourceById(native);
  await invalidateReference(ctx, ["lead_sources"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

// action plans
function actionPlanParams(input: ActionPlanInput, create: boolean): Record<string, string> {
  const p: Record<string, string> = {};
  if (create || input.name != null) p.action_plan_name = required(input.name && stripHtml(input.name), "input.name");
  if (create || input.type != null) p.action_plan_type = required(input.type, "input.type");
  if (input.linkId != null) p.action_plan_link_id = nativeOf(input.linkId, input.type === "Conversion" ? "sales_cycle" : "lead_source", "input.linkId");
  if (input.nextPlanId != null) p.action_plan_next_plan_id = nativeOf(input.nextPlanId, "action_plan", "input.nextPlanId");
  return p;
}
const PLAN_PATHS: FieldPaths = { paths: { action_plan_id: "id", action_plan_name: "input.name", action_plan_type: "input.type", action_plan_link_id: "input.linkId", action_plan_next_plan_id: "input.nextPlanId" } };
const planRefs = (ctx: Ctx, id?: string) => invalidateReference(ctx, ["action_plans", ...(id ? [`action_plan:${id}`] : [])]);

export async function createActionPlan(ctx: Ctx, input: ActionPlanInput): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createActionPlan(actionPlanParams(input, true), PLAN_PATHS);
  await planRefs(ctx);
  const rec = first<{ action_plan_id: string; action_plan_name: string }>(body);
  return { delivery: done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.action_plan_id) : null }), actionPlan: rec ? toActionPlan(rec) : null };
}
export async function updateActionPlan(ctx: Ctx, id: string, input: ActionPlanInput): Promise<CTResult> {
  const native = nativeOf(id, "action_plan", "id");
  const p = actionPlanParams(input, false);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateActionPlanById({ ...p, action_plan_id: native }, PLAN_PATHS);
  await planRefs(ctx, native);
  const rec = first<{ action_plan_id: string; action_plan_name: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), actionPlan: rec ? toActionPlan(rec) : null };
}

// sales cycles
function salesCycleParams(input: SalesCycleInput, create: boolean): Record<string, string> {
  const p: Record<string, string> = {};
  if (create || input.name != null) p.sales_cycle_name = required(input.name && stripHtml(input.name), "input.name");
  if (create || input.active != null) {
    if (input.active == null) throw badInput("input.active", "is required");
    p.sales_cycle_active_status = input.active ? "1" : "0";
  }
  if (create || input.order != null) {
    if (input.order == null || input.order < 0) throw badInput("input.order", "is required: a whole number, 0 or more");
    p.sales_cycle_order = String(input.order);
  }
  if (input.contactType != null) p.sales_cycle_contact_type = input.contactType;
  return p;
}
const CYCLE_PATHS: FieldPaths = { paths: { sales_cycle_id: "id", sales_cycle_name: "input.name", sales_cycle_active_status: "input.active", sales_cycle_order: "input.order", sales_cycle_contact_type: "input.contactType" } };

export async function createSalesCycle(ctx: Ctx, input: SalesCycleInput): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createSalesCycle(salesCycleParams(input, true), CYCLE_PATHS);
  await invalidateReference(ctx, ["sales_cycles"]);
  const rec = first<{ sales_cycle_id: string; sales_cycle_name: string }>(body);
  return { delivery: done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.sales_cycle_id) : null }), salesCycle: rec ? toSalesCycle(rec) : null };
}
export async function updateSalesCycle(ctx: Ctx, id: string, input: SalesCycleInput): Promise<CTResult> {
  const native = nativeOf(id, "sales_cycle", "id");
  const p = salesCycleParams(input, false);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateSalesCycleById({ ...p, sales_cycle_id: native }, CYCLE_PATHS);
  await invalidateReference(ctx, ["sales_cycles"]);
  const rec = first<{ sales_cycle_id: string; sales_cycle_name: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), salesCycle: rec ? toSalesCycle(rec) : null };
}
export async function deleteSalesCycle(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "sales_cycle", "id");
  await loadersFor(ctx).api.deleteSalesCycleById(native);
  await invalidateReference(ctx, ["sales_cycles"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

// users
const USER_PATHS: FieldPaths = {
  paths: { user_id: "id", user_type: "input.type", user_first_name: "input.firstName", user_last_name: "input.lastName", user_phone: "input.phone", user_email: "input.email", user_username: "input.username", user_show_calendar: "input.showCalendar", user_password: "input.password" },
};
function userParams(ctx: Ctx, input: UserInput, create: boolean): Record<string, string> {
  const p: Record<string, string> = {};
  // create_user "Requires: all parameters except: user_id"; user_type and user_password "Only in Create"
  if (create) {
    p.user_type = required(input.type, "input.type");
    p.user_password = required(input.password, "input.password");
  } else {
    if (input.type != null) throw badInput("input.type", "can only be set when the user is created");
    if (input.password != null) throw badInput("input.password", "can only be set when the user is created");
  }
  const put = (key: string, v: string | null | undefined, field: string) => {
    if (create || v != null) p[key] = required(v, field);
  };
  put("user_first_name", input.firstName, "input.firstName");
  put("user_last_name", input.lastName, "input.lastName");
  if (create || input.phone != null) p.user_phone = toNanp10(required(input.phone, "input.phone"), "input.phone", ctx.tenant.defaultCountry);
  put("user_email", input.email, "input.email");
  put("user_username", input.username, "input.username");
  if (create || input.showCalendar != null) p.user_show_calendar = input.showCalendar ? "1" : "0";
  return p;
}
export async function createUser(ctx: Ctx, input: UserInput): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createUser(userParams(ctx, input, true), USER_PATHS);
  await invalidateReference(ctx, ["users"]);
  const rec = first<{ user_id: string }>(body);
  return { delivery: done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.user_id) : null }), user: rec ? toUser(rec) : null };
}
export async function updateUser(ctx: Ctx, id: string, input: UserInput): Promise<CTResult> {
  const native = nativeOf(id, "user", "id");
  const p = userParams(ctx, input, false);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateUserById({ ...p, user_id: native }, USER_PATHS);
  await invalidateReference(ctx, ["users"]);
  const rec = first<{ user_id: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), user: rec ? toUser(rec) : null };
}
export async function deleteUser(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "user", "id");
  await loadersFor(ctx).api.deleteUserById(native);
  await invalidateReference(ctx, ["users"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

// tags
export async function createTag(ctx: Ctx, value: string): Promise<CTResult> {
  const v = required(stripHtml(value), "value");
  if (v.includes(",")) throw badInput("value", "a tag cannot contain a comma (ClientTether sends tags comma-separated)");
  const body = await loadersFor(ctx).api.createTag({ tag_value: v }, { paths: { tag_value: "value" } });
  await invalidateReference(ctx, ["tags"]);
  const rec = first<{ tag_value: string; tag_id?: string }>(body);
  return { delivery: done(DeliveryStatus.CREATED, { nativeId: rec?.tag_id ? String(rec.tag_id) : null }), tag: toTag(rec ?? { tag_value: v }) };
}

// accounts
export async function updateAccount(ctx: Ctx, id: string, input: AccountInput): Promise<CTResult> {
  const native = nativeOf(id, "account", "id");
  const c = ctx.tenant.defaultCountry;
  const p: Record<string, string> = {};
  const map: [keyof AccountInput, string][] = [
    ["type", "account_type"], ["firstName", "account_first_name"], ["lastName", "account_last_name"], ["ownerName", "account_owner_name"],
    ["companyName", "account_company_name"], ["addr1", "account_addr1"], ["addr2", "account_addr2"], ["addr3", "account_addr3"],
    ["officePhone", "account_office_phone"], ["phone", "account_phone"], ["email", "account_email"],
  ];
  for (const [k, wire] of map) if (input[k] != null) p[wire] = stripHtml(String(input[k]));
  // account_return_phone / account_return_text: "10 digits only"
  if (input.returnPhone != null) p.account_return_phone = toNanp10(input.returnPhone, "input.returnPhone", c);
  if (input.returnText != null) p.account_return_text = toNanp10(input.returnText, "input.returnText", c);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const paths = Object.fromEntries([...map.map(([k, w]) => [w, `input.${k}`]), ["account_return_phone", "input.returnPhone"], ["account_return_text", "input.returnText"], ["account_id", "id"]]);
  const body = await loadersFor(ctx).api.updateAccountById({ ...p, account_id: native }, { paths });
  await invalidateReference(ctx, ["accounts"]);
  const rec = first<{ account_id: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), account: rec ? toAccount(rec) : null };
}
export async function deleteAccount(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "account", "id");
  await loadersFor(ctx).api.deleteAccountById(native);
  await invalidateReference(ctx, ["accounts"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

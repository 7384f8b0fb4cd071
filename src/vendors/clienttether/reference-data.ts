import { badInput } from "../../lib/errors.js";
import { toNanp10 } from "../../lib/phone.js";
import { DeliveryStatus } from "../../model/delivery.js";
import type { FieldPaths } from "./client.js";
import type { ClientTetherContext as Ctx } from "./context.js";
import { nativeOf } from "./ids.js";
import { invalidateReference, loadersFor } from "./loaders.js";
import { stripHtml } from "./mapper/field-rules.js";
import { toAccount, toActionPlan, toLeadSource, toSalesCycle, toTag, toUser } from "./mapper/reference.js";
import { ActionPlanType, type AccountInput, type ActionPlanInput, type SalesCycleInput, type UserInput } from "./model/inputs.js";
import type { Account, ActionPlan, LeadSource, SalesCycle, Tag, User } from "./model/records.js";
import { done, firstRecord, required, type CTResult } from "./result.js";

/**
 * The account's reference data: lead sources, action plans, sales cycles, users, tags and
 * sub-accounts. Lists are cached for `ttlSeconds.reference` and invalidated by the matching writes.
 */

// ───────────────────────────── reads ─────────────────────────────

export async function leadSources(ctx: Ctx): Promise<LeadSource[]> {
  const l = loadersFor(ctx);
  return (await l.reference("lead_sources", () => l.api.readLeadSourceList())).map(toLeadSource);
}

export async function actionPlans(ctx: Ctx, name?: string | null): Promise<ActionPlan[]> {
  const l = loadersFor(ctx);
  // only the whole list is cached: a name-filtered read ("like 'string%'") is live, so one write
  // never leaves stale variants behind
  const plans = name
    ? await l.limit(() => l.api.readActionPlanList(name))
    : await l.reference("action_plans", () => l.api.readActionPlanList(null));
  return plans.map(toActionPlan);
}

export async function actionPlan(ctx: Ctx, id: string): Promise<ActionPlan | null> {
  const l = loadersFor(ctx);
  const native = nativeOf(id, "action_plan", "id");
  const p = await l.reference(`action_plan:${native}`, () => l.api.readActionPlanById(native));
  return p ? toActionPlan(p) : null;
}

export async function salesCycles(ctx: Ctx): Promise<SalesCycle[]> {
  const l = loadersFor(ctx);
  return (await l.reference("sales_cycles", () => l.api.readSalesCycleList())).map(toSalesCycle);
}

export async function users(ctx: Ctx): Promise<User[]> {
  const l = loadersFor(ctx);
  return (await l.reference("users", () => l.api.readUserList())).map(toUser);
}

export async function tags(ctx: Ctx): Promise<Tag[]> {
  const l = loadersFor(ctx);
  return (await l.reference("tags", () => l.api.readTagsList())).map(toTag);
}

export async function accounts(ctx: Ctx): Promise<Account[]> {
  const l = loadersFor(ctx);
  return (await l.reference("accounts", () => l.api.readAccountList())).map(toAccount);
}

// ───────────────────────────── lead sources ─────────────────────────────

type LeadSourceRecord = { lead_source_id: string; lead_source_name: string };
const LEAD_SOURCE_PATHS: FieldPaths = { paths: { lead_source_id: "id", lead_source_name: "name" } };

export async function createLeadSource(ctx: Ctx, name: string): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createLeadSource({ lead_source_name: required(stripHtml(name), "name") }, LEAD_SOURCE_PATHS);
  await invalidateReference(ctx, ["lead_sources"]);
  const rec = firstRecord<LeadSourceRecord>(body);
  const delivery = done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.lead_source_id) : null });
  return { delivery, leadSource: rec ? toLeadSource(rec) : null };
}

export async function updateLeadSource(ctx: Ctx, id: string, name: string): Promise<CTResult> {
  const native = nativeOf(id, "lead_source", "id");
  const params = { lead_source_id: native, lead_source_name: required(stripHtml(name), "name") };
  const body = await loadersFor(ctx).api.updateLeadSourceById(params, LEAD_SOURCE_PATHS);
  await invalidateReference(ctx, ["lead_sources"]);
  const rec = firstRecord<LeadSourceRecord>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), leadSource: rec ? toLeadSource(rec) : null };
}

export async function deleteLeadSource(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "lead_source", "id");
  await loadersFor(ctx).api.deleteLeadSourceById(native);
  await invalidateReference(ctx, ["lead_sources"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

// ───────────────────────────── action plans ─────────────────────────────

type ActionPlanRecord = { action_plan_id: string; action_plan_name: string };
const PLAN_PATHS: FieldPaths = {
  paths: {
    action_plan_id: "id",
    action_plan_name: "input.name",
    action_plan_type: "input.type",
    action_plan_link_id: "input.linkId",
    action_plan_next_plan_id: "input.nextPlanId",
  },
};

function actionPlanParams(input: ActionPlanInput, create: boolean): Record<string, string> {
  const p: Record<string, string> = {};
  if (create || input.name != null) p.action_plan_name = required(input.name && stripHtml(input.name), "input.name");
  if (create || input.type != null) p.action_plan_type = required(input.type, "input.type");
  const linkType = input.type === ActionPlanType.CONVERSION ? "sales_cycle" : "lead_source";
  if (input.linkId != null) p.action_plan_link_id = nativeOf(input.linkId, linkType, "input.linkId");
  if (input.nextPlanId != null) p.action_plan_next_plan_id = nativeOf(input.nextPlanId, "action_plan", "input.nextPlanId");
  return p;
}

const forgetPlans = (ctx: Ctx, id?: string) => invalidateReference(ctx, ["action_plans", ...(id ? [`action_plan:${id}`] : [])]);

export async function createActionPlan(ctx: Ctx, input: ActionPlanInput): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createActionPlan(actionPlanParams(input, true), PLAN_PATHS);
  await forgetPlans(ctx);
  const rec = firstRecord<ActionPlanRecord>(body);
  const delivery = done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.action_plan_id) : null });
  return { delivery, actionPlan: rec ? toActionPlan(rec) : null };
}

export async function updateActionPlan(ctx: Ctx, id: string, input: ActionPlanInput): Promise<CTResult> {
  const native = nativeOf(id, "action_plan", "id");
  const p = actionPlanParams(input, false);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateActionPlanById({ ...p, action_plan_id: native }, PLAN_PATHS);
  await forgetPlans(ctx, native);
  const rec = firstRecord<ActionPlanRecord>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), actionPlan: rec ? toActionPlan(rec) : null };
}

// ───────────────────────────── sales cycles ─────────────────────────────

type SalesCycleRecord = { sales_cycle_id: string; sales_cycle_name: string };
const CYCLE_PATHS: FieldPaths = {
  paths: {
    sales_cycle_id: "id",
    sales_cycle_name: "input.name",
    sales_cycle_active_status: "input.active",
    sales_cycle_order: "input.order",
    sales_cycle_contact_type: "input.contactType",
  },
};

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

export async function createSalesCycle(ctx: Ctx, input: SalesCycleInput): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createSalesCycle(salesCycleParams(input, true), CYCLE_PATHS);
  await invalidateReference(ctx, ["sales_cycles"]);
  const rec = firstRecord<SalesCycleRecord>(body);
  const delivery = done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.sales_cycle_id) : null });
  return { delivery, salesCycle: rec ? toSalesCycle(rec) : null };
}

export async function updateSalesCycle(ctx: Ctx, id: string, input: SalesCycleInput): Promise<CTResult> {
  const native = nativeOf(id, "sales_cycle", "id");
  const p = salesCycleParams(input, false);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateSalesCycleById({ ...p, sales_cycle_id: native }, CYCLE_PATHS);
  await invalidateReference(ctx, ["sales_cycles"]);
  const rec = firstRecord<SalesCycleRecord>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), salesCycle: rec ? toSalesCycle(rec) : null };
}

export async function deleteSalesCycle(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "sales_cycle", "id");
  await loadersFor(ctx).api.deleteSalesCycleById(native);
  await invalidateReference(ctx, ["sales_cycles"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

// ───────────────────────────── users ─────────────────────────────

const USER_PATHS: FieldPaths = {
  paths: {
    user_id: "id",
    user_type: "input.type",
    user_first_name: "input.firstName",
    user_last_name: "input.lastName",
    user_phone: "input.phone",
    user_email: "input.email",
    user_username: "input.username",
    user_show_calendar: "input.showCalendar",
    user_password: "input.password",
  },
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
  if (create || input.phone != null) {
    p.user_phone = toNanp10(required(input.phone, "input.phone"), "input.phone", ctx.tenant.defaultCountry);
  }
  put("user_email", input.email, "input.email");
  put("user_username", input.username, "input.username");
  if (create || input.showCalendar != null) p.user_show_calendar = input.showCalendar ? "1" : "0";
  return p;
}

export async function createUser(ctx: Ctx, input: UserInput): Promise<CTResult> {
  const body = await loadersFor(ctx).api.createUser(userParams(ctx, input, true), USER_PATHS);
  await invalidateReference(ctx, ["users"]);
  const rec = firstRecord<{ user_id: string }>(body);
  return { delivery: done(DeliveryStatus.CREATED, { nativeId: rec ? String(rec.user_id) : null }), user: rec ? toUser(rec) : null };
}

export async function updateUser(ctx: Ctx, id: string, input: UserInput): Promise<CTResult> {
  const native = nativeOf(id, "user", "id");
  const p = userParams(ctx, input, false);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateUserById({ ...p, user_id: native }, USER_PATHS);
  await invalidateReference(ctx, ["users"]);
  const rec = firstRecord<{ user_id: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), user: rec ? toUser(rec) : null };
}

export async function deleteUser(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "user", "id");
  await loadersFor(ctx).api.deleteUserById(native);
  await invalidateReference(ctx, ["users"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

// ───────────────────────────── tags ─────────────────────────────

export async function createTag(ctx: Ctx, value: string): Promise<CTResult> {
  const v = required(stripHtml(value), "value");
  if (v.includes(",")) throw badInput("value", "a tag cannot contain a comma (ClientTether sends tags comma-separated)");
  const body = await loadersFor(ctx).api.createTag({ tag_value: v }, { paths: { tag_value: "value" } });
  await invalidateReference(ctx, ["tags"]);
  const rec = firstRecord<{ tag_value: string; tag_id?: string }>(body);
  const delivery = done(DeliveryStatus.CREATED, { nativeId: rec?.tag_id ? String(rec.tag_id) : null });
  return { delivery, tag: toTag(rec ?? { tag_value: v }) };
}

// ───────────────────────────── accounts ─────────────────────────────

const ACCOUNT_FIELDS: [keyof AccountInput, string][] = [
  ["type", "account_type"],
  ["firstName", "account_first_name"],
  ["lastName", "account_last_name"],
  ["ownerName", "account_owner_name"],
  ["companyName", "account_company_name"],
  ["addr1", "account_addr1"],
  ["addr2", "account_addr2"],
  ["addr3", "account_addr3"],
  ["officePhone", "account_office_phone"],
  ["phone", "account_phone"],
  ["email", "account_email"],
];
const ACCOUNT_PATHS: FieldPaths = {
  paths: Object.fromEntries([
    ...ACCOUNT_FIELDS.map(([k, w]) => [w, `input.${k}`]),
    ["account_return_phone", "input.returnPhone"],
    ["account_return_text", "input.returnText"],
    ["account_id", "id"],
  ]),
};

export async function updateAccount(ctx: Ctx, id: string, input: AccountInput): Promise<CTResult> {
  const native = nativeOf(id, "account", "id");
  const c = ctx.tenant.defaultCountry;
  const p: Record<string, string> = {};
  for (const [k, wire] of ACCOUNT_FIELDS) if (input[k] != null) p[wire] = stripHtml(String(input[k]));
  // account_return_phone / account_return_text: "10 digits only"
  if (input.returnPhone != null) p.account_return_phone = toNanp10(input.returnPhone, "input.returnPhone", c);
  if (input.returnText != null) p.account_return_text = toNanp10(input.returnText, "input.returnText", c);
  if (!Object.keys(p).length) throw badInput("input", "nothing to update: give at least one field");
  const body = await loadersFor(ctx).api.updateAccountById({ ...p, account_id: native }, ACCOUNT_PATHS);
  await invalidateReference(ctx, ["accounts"]);
  const rec = firstRecord<{ account_id: string }>(body);
  return { delivery: done(DeliveryStatus.UPDATED, { nativeId: native }), account: rec ? toAccount(rec) : null };
}

export async function deleteAccount(ctx: Ctx, id: string): Promise<CTResult> {
  const native = nativeOf(id, "account", "id");
  await loadersFor(ctx).api.deleteAccountById(native);
  await invalidateReference(ctx, ["accounts"]);
  return { delivery: done(DeliveryStatus.DELETED, { nativeId: native }) };
}

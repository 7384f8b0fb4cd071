import { Arg, Ctx, Extensions, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { VENDOR_BACKED } from "../../lib/tracing.js";
import type { Context } from "../context.js";
import { isConfigured, vendorCall } from "../context.js";
import { failedDelivery } from "./fan-out.js";
import { withIdempotency } from "../idempotency.js";
import { Lead } from "../types/lead.type.js";
import { Event } from "../types/event.type.js";
import { LeadInput } from "../types/lead.input.js";
import { LeadMutationPayload } from "../types/delivery.type.js";
import { Vendor } from "../types/enums.js";
import { CTAccount, CTActionPlan, CTLeadSource, CTNote, CTPayment, CTPendingAction, CTProposal, CTSalesCycle, CTTag, CTUser } from "../types/clienttether/reference.type.js";
import { CTMutationPayload } from "../types/clienttether/payload.type.js";
import { AccountInput, ActionPlanInput, EventUpdateInput, ImmediateCallInput, SalesCycleInput, SendEmailInput, SendTextInput, UserInput } from "../types/clienttether/inputs.js";
import { BadInputError } from "../../lib/errors.js";
import type { VendorCallContext } from "../../vendors/types.js";
import type { ClientTetherConfig } from "../../vendors/clienttether/config.js";
import { clientIdOf, deleteLeadBy, getLeadByExternalId, updateLeadBy } from "../../vendors/clienttether/index.js";
import * as ct from "../../vendors/clienttether/service.js";

type CtCtx = VendorCallContext<ClientTetherConfig>;

const ctx$ = (ctx: Context, fresh = false) => vendorCall(ctx, "clienttether", { fresh }).vctx as CtCtx;

/** The ClientTether call context for a ClientTether lead; null for other vendors' leads or when not configured. */
function forLead(ctx: Context, lead: Lead): CtCtx | null {
  if (lead.vendor !== Vendor.CLIENTTETHER || !isConfigured(ctx, "clienttether")) return null;
  return ctx$(ctx);
}

/** The optional `idempotencyKey` every mutation takes (or the Idempotency-Key header). */
const IdempotencyKeyArg = () =>
  Arg("idempotencyKey", () => String, { nullable: true, description: "Replays the stored result instead of running again when the same key comes back with the same input (24 h); CONFLICT with different input. Same as the Idempotency-Key header." });

/** Runs a ClientTether-only mutation: idempotent when a key is given; a vendor refusal becomes the delivery, bad input stays a top-level error. */
async function mutate(ctx: Context, op: string, input: unknown, key: string | null | undefined, fn: (v: CtCtx) => Promise<ct.CTResult>): Promise<CTMutationPayload> {
  const v = ctx$(ctx);
  const { result, replayed } = await withIdempotency(ctx.services.store, ctx.tenant.id, key ?? ctx.idempotencyKeyHeader, op, input, async (): Promise<ct.CTResult> => {
    try {
      return await fn(v);
    } catch (e) {
      if (e instanceof BadInputError) throw e;
      return { delivery: failedDelivery(ctx, Vendor.CLIENTTETHER, e) };
    }
  });
  const d = result.delivery;
  return {
    ok: !d.error && d.fieldErrors.length === 0,
    replayed,
    delivery: d,
    event: result.event ?? null,
    leadSource: result.leadSource ?? null,
    actionPlan: result.actionPlan ?? null,
    salesCycle: result.salesCycle ?? null,
    user: result.user ?? null,
    tag: result.tag ?? null,
    account: result.account ?? null,
  };
}

@Resolver(() => Lead)
export class ClientTetherLeadFieldsResolver {
  @Extensions(VENDOR_BACKED)
  @FieldResolver(() => [Event], { description: "ClientTether: the lead's calls, reminders and appointments (read_all_events), read when asked for. Empty for other vendors." })
  async events(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Event[]> {
    const v = forLead(ctx, lead);
    return v ? ct.leadEvents(v, lead.nativeId) : [];
  }

  @Extensions(VENDOR_BACKED)
  @FieldResolver(() => [CTNote], { description: "ClientTether: history notes (read_client_history_notes). Empty for other vendors." })
  async notes(@Root() lead: Lead, @Ctx() ctx: Context): Promise<CTNote[]> {
    const v = forLead(ctx, lead);
    return v ? ct.leadNotes(v, lead.nativeId) : [];
  }

  @Extensions(VENDOR_BACKED)
  @FieldResolver(() => [CTPendingAction], { description: "ClientTether: pending action-plan actions (read_pending_actions). Empty for other vendors." })
  async pendingActions(@Root() lead: Lead, @Ctx() ctx: Context): Promise<CTPendingAction[]> {
    const v = forLead(ctx, lead);
    return v ? ct.leadPendingActions(v, lead.nativeId) : [];
  }

  @Extensions(VENDOR_BACKED)
  @FieldResolver(() => [CTProposal], { description: "ClientTether: proposals (read_proposals), each with its payments. Empty for other vendors." })
  async proposals(@Root() lead: Lead, @Ctx() ctx: Context): Promise<CTProposal[]> {
    const v = forLead(ctx, lead);
    return v ? ct.leadProposals(v, lead.nativeId) : [];
  }
}

@Resolver(() => CTProposal)
export class ClientTetherProposalResolver {
  @Extensions(VENDOR_BACKED)
  @FieldResolver(() => [CTPayment], { description: "Payments recorded against this proposal (read_proposal_payments, one read per lead per request)." })
  async payments(
    @Root() p: CTProposal,
    @Arg("since", () => String, { nullable: true, description: "Only payments created on or after this day, yyyy-mm-dd." }) since: string | null,
    @Ctx() ctx: Context,
  ): Promise<CTPayment[]> {
    if (!p.leadId || !isConfigured(ctx, "clienttether")) return [];
    return ct.proposalPayments(ctx$(ctx), clientIdOf(p.leadId, "leadId"), p.nativeId, since ?? undefined);
  }
}

@Resolver()
export class ClientTetherResolver {
  // ─── queries ───
  @Query(() => Lead, { nullable: true, description: "A ClientTether lead by your own external id (read_client_by_external_id); null when there is none." })
  async leadByExternalId(
    @Arg("externalId") externalId: string,
    @Arg("fresh", { defaultValue: false, description: "Bypass caches." }) fresh: boolean,
    @Ctx() ctx: Context,
  ): Promise<Lead | null> {
    return getLeadByExternalId(ctx$(ctx, fresh), externalId);
  }

  @Query(() => [CTLeadSource], { description: "ClientTether lead sources (cached; ttlSeconds.reference)." })
  clientTetherLeadSources(@Ctx() ctx: Context) {
    return ct.leadSources(ctx$(ctx));
  }

  @Query(() => [CTActionPlan], { description: "ClientTether action plans with their steps; `name` matches as a prefix." })
  clientTetherActionPlans(@Arg("name", () => String, { nullable: true }) name: string | null, @Ctx() ctx: Context) {
    return ct.actionPlans(ctx$(ctx), name);
  }

  @Query(() => CTActionPlan, { nullable: true })
  clientTetherActionPlan(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ct.actionPlan(ctx$(ctx), id);
  }

  @Query(() => [CTSalesCycle])
  clientTetherSalesCycles(@Ctx() ctx: Context) {
    return ct.salesCycles(ctx$(ctx));
  }

  @Query(() => [CTUser])
  clientTetherUsers(@Ctx() ctx: Context) {
    return ct.users(ctx$(ctx));
  }

  @Query(() => [CTTag])
  clientTetherTags(@Ctx() ctx: Context) {
    return ct.tags(ctx$(ctx));
  }

  @Query(() => [CTAccount], { description: "Sub-accounts (the web key must be a Multi-Level or Enterprise account)." })
  clientTetherAccounts(@Ctx() ctx: Context) {
    return ct.accounts(ctx$(ctx));
  }

  @Query(() => [Event], { description: "A user's appointments for the next 7 days (read_appts_by_user_id)." })
  clientTetherAppointments(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return ct.appointments(ctx$(ctx), userId);
  }

  @Query(() => [CTPayment], { description: "Every payment recorded in the account (read_all_payments)." })
  clientTetherPayments(@Ctx() ctx: Context) {
    return ct.allPayments(ctx$(ctx));
  }

  // ─── lead mutations by external id ───
  @Mutation(() => LeadMutationPayload, { description: "Update a ClientTether lead by your external id (update_client_by_external_id)." })
  async updateLeadByExternalId(
    @Arg("externalId") externalId: string,
    @Arg("input", () => LeadInput) input: LeadInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<LeadMutationPayload> {
    const p = await mutate(ctx, "updateLeadByExternalId", { externalId, input }, idempotencyKey, async (v) => ({ delivery: await updateLeadBy(v, { externalId }, input) }));
    return { deliveries: [p.delivery], lead: p.delivery.lead, ok: p.ok, replayed: p.replayed };
  }

  @Mutation(() => LeadMutationPayload, { description: "Delete every ClientTether client with this external id (delete_client_by_external_id)." })
  async deleteLeadByExternalId(
    @Arg("externalId") externalId: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<LeadMutationPayload> {
    const p = await mutate(ctx, "deleteLeadByExternalId", { externalId }, idempotencyKey, async (v) => ({ delivery: await deleteLeadBy(v, { externalId }) }));
    return { deliveries: [p.delivery], lead: null, ok: p.ok, replayed: p.replayed };
  }

  // ─── activity ───
  @Mutation(() => CTMutationPayload, { description: "Add a history note to a ClientTether lead (create_client_history_note)." })
  addNote(
    @Arg("leadId", () => ID) leadId: string,
    @Arg("body") body: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    const clientId = clientIdOf(leadId, "leadId");
    return mutate(ctx, "addNote", { leadId, body }, idempotencyKey, (v) => ct.addNote(v, leadId, clientId, body));
  }

  @Mutation(() => CTMutationPayload, { description: "Send (or schedule) a plain-text email to a ClientTether lead (create_manual_email)." })
  sendEmail(@Arg("input", () => SendEmailInput) input: SendEmailInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    const clientId = clientIdOf(input.leadId, "input.leadId");
    return mutate(ctx, "sendEmail", input, idempotencyKey, (v) => ct.sendEmail(v, clientId, input));
  }

  @Mutation(() => CTMutationPayload, { description: "Send (or schedule) a text to a ClientTether lead (create_manual_text)." })
  sendText(@Arg("input", () => SendTextInput) input: SendTextInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    const clientId = clientIdOf(input.leadId, "input.leadId");
    return mutate(ctx, "sendText", input, idempotencyKey, (v) => ct.sendText(v, clientId, input));
  }

  @Mutation(() => CTMutationPayload, { description: "Ring an agent now and connect them to a client (create_immed_call)." })
  startImmediateCall(@Arg("input", () => ImmediateCallInput) input: ImmediateCallInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "startImmediateCall", input, idempotencyKey, (v) => ct.startImmediateCall(v, input));
  }

  @Mutation(() => CTMutationPayload, { description: "Change a ClientTether event (update_client_event); only the fields given change." })
  updateEvent(@Arg("id", () => ID) id: string, @Arg("input", () => EventUpdateInput) input: EventUpdateInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "updateEvent", { id, input }, idempotencyKey, (v) => ct.updateEvent(v, id, input));
  }

  @Mutation(() => CTMutationPayload, { description: "Delete a ClientTether event (delete_client_event)." })
  deleteEvent(@Arg("id", () => ID) id: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "deleteEvent", { id }, idempotencyKey, (v) => ct.deleteEvent(v, id));
  }

  // ─── reference data ───
  @Mutation(() => CTMutationPayload)
  createLeadSource(@Arg("name") name: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "createLeadSource", { name }, idempotencyKey, (v) => ct.createLeadSource(v, name));
  }

  @Mutation(() => CTMutationPayload)
  updateLeadSource(@Arg("id", () => ID) id: string, @Arg("name") name: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "updateLeadSource", { id, name }, idempotencyKey, (v) => ct.updateLeadSource(v, id, name));
  }

  @Mutation(() => CTMutationPayload, { description: "Refused by ClientTether (CT512) while a client or action plan uses it." })
  deleteLeadSource(@Arg("id", () => ID) id: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "deleteLeadSource", { id }, idempotencyKey, (v) => ct.deleteLeadSource(v, id));
  }

  @Mutation(() => CTMutationPayload)
  createActionPlan(@Arg("input", () => ActionPlanInput) input: ActionPlanInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "createActionPlan", input, idempotencyKey, (v) => ct.createActionPlan(v, input));
  }

  @Mutation(() => CTMutationPayload)
  updateActionPlan(@Arg("id", () => ID) id: string, @Arg("input", () => ActionPlanInput) input: ActionPlanInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "updateActionPlan", { id, input }, idempotencyKey, (v) => ct.updateActionPlan(v, id, input));
  }

  @Mutation(() => CTMutationPayload)
  createSalesCycle(@Arg("input", () => SalesCycleInput) input: SalesCycleInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "createSalesCycle", input, idempotencyKey, (v) => ct.createSalesCycle(v, input));
  }

  @Mutation(() => CTMutationPayload)
  updateSalesCycle(@Arg("id", () => ID) id: string, @Arg("input", () => SalesCycleInput) input: SalesCycleInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "updateSalesCycle", { id, input }, idempotencyKey, (v) => ct.updateSalesCycle(v, id, input));
  }

  @Mutation(() => CTMutationPayload, { description: "Refused by ClientTether (CT512) while a client is in this sales cycle." })
  deleteSalesCycle(@Arg("id", () => ID) id: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "deleteSalesCycle", { id }, idempotencyKey, (v) => ct.deleteSalesCycle(v, id));
  }

  @Mutation(() => CTMutationPayload)
  createClientTetherUser(@Arg("input", () => UserInput) input: UserInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    // the password is part of the idempotency fingerprint only as a hash inside withIdempotency
    return mutate(ctx, "createClientTetherUser", input, idempotencyKey, (v) => ct.createUser(v, input));
  }

  @Mutation(() => CTMutationPayload)
  updateClientTetherUser(@Arg("id", () => ID) id: string, @Arg("input", () => UserInput) input: UserInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "updateClientTetherUser", { id, input }, idempotencyKey, (v) => ct.updateUser(v, id, input));
  }

  @Mutation(() => CTMutationPayload)
  deleteClientTetherUser(@Arg("id", () => ID) id: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "deleteClientTetherUser", { id }, idempotencyKey, (v) => ct.deleteUser(v, id));
  }

  @Mutation(() => CTMutationPayload, { description: "create_tag: a tag that already exists is CONFLICT (CT520)." })
  createTag(@Arg("value") value: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "createTag", { value }, idempotencyKey, (v) => ct.createTag(v, value));
  }

  @Mutation(() => CTMutationPayload)
  updateClientTetherAccount(@Arg("id", () => ID) id: string, @Arg("input", () => AccountInput) input: AccountInput, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "updateClientTetherAccount", { id, input }, idempotencyKey, (v) => ct.updateAccount(v, id, input));
  }

  @Mutation(() => CTMutationPayload)
  deleteClientTetherAccount(@Arg("id", () => ID) id: string, @IdempotencyKeyArg() idempotencyKey: string | null, @Ctx() ctx: Context) {
    return mutate(ctx, "deleteClientTetherAccount", { id }, idempotencyKey, (v) => ct.deleteAccount(v, id));
  }
}

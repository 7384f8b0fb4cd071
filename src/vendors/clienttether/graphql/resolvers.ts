import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { BadInputError } from "../../../lib/errors.js";
import { VENDOR_BACKED } from "../../../lib/tracing.js";
import type { Delivery } from "../../../model/delivery.js";
import type { Event } from "../../../model/event.js";
import type { Lead, LeadInput } from "../../../model/lead.js";
import type { ConnectionShape, GraphQLKit, PageArgs, RequestContext } from "../../types.js";
import * as activity from "../activity.js";
import { VENDOR, VENDOR_ID, type ClientTetherConfig } from "../config.js";
import type { ClientTetherContext } from "../context.js";
import * as events from "../events.js";
import { clientIdOf } from "../ids.js";
import { deleteLeadBy, getLeadByExternalId, updateLeadBy } from "../leads.js";
import type { Account, ActionPlan, LeadSource, Note, Payment, PendingAction, Proposal, SalesCycle, Tag, User } from "../model/records.js";
import * as reference from "../reference-data.js";
import type { CTResult } from "../result.js";
import {
  AccountInput,
  ActionPlanInput,
  EventUpdateInput,
  ImmediateCallInput,
  SalesCycleInput,
  SendEmailInput,
  SendTextInput,
  UserInput,
} from "./inputs.js";
import type { MutationPayload } from "./payload.type.js";
import { CTNote, CTPayment, CTPendingAction, CTTag, type ReferenceTypes } from "./reference.type.js";

/**
 * Per-lead reads can fail one by one (the vendor, the request deadline): nullable, so one lead's
 * failed read is that field's null plus a typed error, and the rest of the page still answers.
 */
const NULL_ON_FAILURE = "Null, with an error in `errors` at this path, when the read failed.";

/** What the unified LeadMutationPayload carries. */
interface LeadPayload {
  deliveries: Delivery[];
  lead: Lead | null;
  ok: boolean;
  replayed: boolean;
}

/** The optional `idempotencyKey` every mutation takes (or the Idempotency-Key header). */
const IdempotencyKeyArg = () =>
  Arg("idempotencyKey", () => String, {
    nullable: true,
    description:
      "Replays the stored result instead of running again when the same key comes back with the same input (24 h); " +
      "CONFLICT with different input. Same as the Idempotency-Key header.",
  });

/** The ClientTether resolvers; declared by the factory because their types are the kit's unified classes. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function resolvers(kit: GraphQLKit, refs: ReferenceTypes, Payload: new () => MutationPayload): Function[] {
  const vendorCtx = (ctx: RequestContext, fresh = false) => kit.callContext<ClientTetherConfig>(ctx, VENDOR_ID, { fresh });

  /** The ClientTether call context for a ClientTether lead; null for other vendors' leads or when not configured. */
  const forLead = (ctx: RequestContext, lead: Lead): ClientTetherContext | null =>
    lead.vendor !== VENDOR || !kit.isConfigured(ctx, VENDOR_ID) ? null : vendorCtx(ctx);

  /**
   * Runs a ClientTether-only mutation: idempotent when a key is given; a vendor refusal becomes
   * the delivery, bad input stays a top-level error.
   */
  async function mutate(
    ctx: RequestContext,
    op: string,
    input: unknown,
    key: string | null | undefined,
    fn: (v: ClientTetherContext) => Promise<CTResult>,
  ): Promise<MutationPayload> {
    const v = vendorCtx(ctx);
    const { result, replayed } = await kit.idempotent(ctx, op, key, input, async (): Promise<CTResult> => {
      const started = Date.now();
      let r: CTResult;
      try {
        r = await fn(v);
      } catch (e) {
        if (e instanceof BadInputError) throw e;
        r = { delivery: kit.failedDelivery(ctx, VENDOR, e) };
      }
      return { ...r, delivery: await kit.logDelivery(ctx, op, VENDOR_ID, input, r.delivery, started) };
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

  // Lists that grow with the account's activity are connections; reference lists (lead sources,
  // action plans, sales cycles, users, tags, accounts) stay lists: ClientTether reads them whole,
  // LeadGraph caches them whole, and they are short enough for a form's picker.
  const EventConnection = kit.Connection(kit.types.Event as never, "Event");
  const NoteConnection = kit.Connection(CTNote, "ClientTetherNote");
  const PendingActionConnection = kit.Connection(CTPendingAction, "ClientTetherPendingAction");
  const ProposalConnection = kit.Connection(refs.CTProposal as never, "ClientTetherProposal");
  const PaymentConnection = kit.Connection(CTPayment, "ClientTetherPayment");
  const empty = <T>(): ConnectionShape<T> => kit.toConnection<T>([], 0, false, 0);
  const ConnectionArgs = () => Args(() => kit.types.ConnectionArgs);

  @Resolver(() => kit.types.Lead)
  class ClientTetherLeadFieldsResolver {
    @Extensions(VENDOR_BACKED)
    @FieldResolver(() => EventConnection, {
      description:
        "ClientTether: the lead's calls, reminders and appointments (read_all_events, pages of 100), read when asked for. " +
        `Empty for other vendors. ${NULL_ON_FAILURE}`,
      nullable: true,
    })
    async events(@Root() lead: Lead, @ConnectionArgs() args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Event>> {
      const { offset, limit } = kit.pageArgs(ctx, args);
      const v = forLead(ctx, lead);
      if (!v) return empty();
      const page = await activity.leadEvents(v, lead.nativeId, offset, limit);
      return kit.toConnection(page.events, offset, page.hasNextPage, page.totalCount);
    }

    @Extensions(VENDOR_BACKED)
    @FieldResolver(() => NoteConnection, {
      description: `ClientTether: history notes (read_client_history_notes). Empty for other vendors. ${NULL_ON_FAILURE}`,
      nullable: true,
    })
    async notes(@Root() lead: Lead, @ConnectionArgs() args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Note>> {
      kit.pageArgs(ctx, args);
      const v = forLead(ctx, lead);
      return kit.connectionFromList(ctx, v ? await activity.leadNotes(v, lead.nativeId) : [], args);
    }

    @Extensions(VENDOR_BACKED)
    @FieldResolver(() => PendingActionConnection, {
      description: `ClientTether: pending action-plan actions (read_pending_actions). Empty for other vendors. ${NULL_ON_FAILURE}`,
      nullable: true,
    })
    async pendingActions(
      @Root() lead: Lead, @ConnectionArgs() args: PageArgs, @Ctx() ctx: RequestContext,
    ): Promise<ConnectionShape<PendingAction>> {
      kit.pageArgs(ctx, args);
      const v = forLead(ctx, lead);
      return kit.connectionFromList(ctx, v ? await activity.leadPendingActions(v, lead.nativeId) : [], args);
    }

    @Extensions(VENDOR_BACKED)
    @FieldResolver(() => ProposalConnection, {
      description: `ClientTether: proposals (read_proposals), each with its payments. Empty for other vendors. ${NULL_ON_FAILURE}`,
      nullable: true,
    })
    async proposals(@Root() lead: Lead, @ConnectionArgs() args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Proposal>> {
      kit.pageArgs(ctx, args);
      const v = forLead(ctx, lead);
      return kit.connectionFromList(ctx, v ? await activity.leadProposals(v, lead.nativeId) : [], args);
    }
  }

  @Resolver(() => refs.CTProposal)
  class ClientTetherProposalResolver {
    @Extensions(VENDOR_BACKED)
    @FieldResolver(() => PaymentConnection, {
      description: `Payments recorded against this proposal (read_proposal_payments, one read per lead per request). ${NULL_ON_FAILURE}`,
      nullable: true,
    })
    async payments(
      @Root() p: Proposal,
      @Arg("since", () => String, { nullable: true, description: "Only payments created on or after this day, yyyy-mm-dd." })
      since: string | null,
      @ConnectionArgs() args: PageArgs,
      @Ctx() ctx: RequestContext,
    ): Promise<ConnectionShape<Payment>> {
      kit.pageArgs(ctx, args);
      if (!p.leadId || !kit.isConfigured(ctx, VENDOR_ID)) return kit.connectionFromList(ctx, [], args);
      const all = await activity.proposalPayments(vendorCtx(ctx), clientIdOf(p.leadId, "leadId"), p.nativeId, since ?? undefined);
      return kit.connectionFromList(ctx, all, args);
    }
  }

  @Resolver()
  class ClientTetherResolver {
    // ─── queries ───
    @Query(() => kit.types.Lead, {
      nullable: true,
      description: "A ClientTether lead by your own external id (read_client_by_external_id); null when there is none.",
    })
    async leadByExternalId(
      @Arg("externalId", {
        description: "Your own id for the lead, as sent in LeadInput.externalId (ClientTether external_id).",
      }) externalId: string,
      @Arg("fresh", { defaultValue: false, description: "Bypass caches." }) fresh: boolean,
      @Ctx() ctx: RequestContext,
    ): Promise<Lead | null> {
      return getLeadByExternalId(vendorCtx(ctx, fresh), externalId);
    }

    @Query(() => [refs.CTLeadSource], { description: "ClientTether lead sources (cached; ttlSeconds.reference)." })
    clientTetherLeadSources(@Ctx() ctx: RequestContext): Promise<LeadSource[]> {
      return reference.leadSources(vendorCtx(ctx));
    }

    @Query(() => [refs.CTActionPlan], { description: "ClientTether action plans with their steps; `name` matches as a prefix." })
    clientTetherActionPlans(
      @Arg("name", () => String, { nullable: true, description: "Only plans whose name starts with this (case-insensitive)." })
      name: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<ActionPlan[]> {
      return reference.actionPlans(vendorCtx(ctx), name);
    }

    @Query(() => refs.CTActionPlan, {
      nullable: true,
      description: "One ClientTether action plan with its steps (read_action_plan_by_id); null when there is none.",
    })
    clientTetherActionPlan(
      @Arg("id", () => ID, { description: "Global id clienttether:action_plan:<action_plan_id>." }) id: string,
      @Ctx() ctx: RequestContext,
    ): Promise<ActionPlan | null> {
      return reference.actionPlan(vendorCtx(ctx), id);
    }

    @Query(() => [refs.CTSalesCycle], {
      description: "ClientTether's sales pipeline stages (read_sales_cycle_list; cached, ttlSeconds.reference).",
    })
    clientTetherSalesCycles(@Ctx() ctx: RequestContext): Promise<SalesCycle[]> {
      return reference.salesCycles(vendorCtx(ctx));
    }

    @Query(() => [refs.CTUser], { description: "ClientTether users (read_user_list; cached, ttlSeconds.reference)." })
    clientTetherUsers(@Ctx() ctx: RequestContext): Promise<User[]> {
      return reference.users(vendorCtx(ctx));
    }

    @Query(() => [CTTag], { description: "Every tag in the ClientTether account (read_tags_list; cached, ttlSeconds.reference)." })
    clientTetherTags(@Ctx() ctx: RequestContext): Promise<Tag[]> {
      return reference.tags(vendorCtx(ctx));
    }

    @Query(() => [refs.CTAccount], { description: "Sub-accounts (the web key must be a Multi-Level or Enterprise account)." })
    clientTetherAccounts(@Ctx() ctx: RequestContext): Promise<Account[]> {
      return reference.accounts(vendorCtx(ctx));
    }

    @Query(() => EventConnection, { description: "A user's appointments for the next 7 days (read_appts_by_user_id)." })
    async clientTetherAppointments(
      @Arg("userId", () => ID, { description: "Global id clienttether:user:<user_id>." }) userId: string,
      @ConnectionArgs() args: PageArgs,
      @Ctx() ctx: RequestContext,
    ): Promise<ConnectionShape<Event>> {
      kit.pageArgs(ctx, args);
      return kit.connectionFromList(ctx, await events.appointments(vendorCtx(ctx), userId), args);
    }

    @Query(() => PaymentConnection, { description: "Every payment recorded in the account (read_all_payments)." })
    async clientTetherPayments(@ConnectionArgs() args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Payment>> {
      kit.pageArgs(ctx, args);
      return kit.connectionFromList(ctx, await activity.allPayments(vendorCtx(ctx)), args);
    }

    // ─── lead mutations by external id ───
    @Mutation(() => kit.types.LeadMutationPayload, {
      description: "Update a ClientTether lead by your external id (update_client_by_external_id).",
    })
    async updateLeadByExternalId(
      @Arg("externalId", { description: "Your own id for the lead (ClientTether external_id)." }) externalId: string,
      @Arg("input", () => kit.types.LeadInput, {
        description: "The fields to change; fields left out are left as they are.",
      }) input: LeadInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<LeadPayload> {
      const p = await mutate(ctx, "updateLeadByExternalId", { externalId, input }, idempotencyKey, async (v) => ({
        delivery: await updateLeadBy(v, { externalId }, input),
      }));
      return { deliveries: [p.delivery], lead: p.delivery.lead, ok: p.ok, replayed: p.replayed };
    }

    @Mutation(() => kit.types.LeadMutationPayload, {
      description: "Delete every ClientTether client with this external id (delete_client_by_external_id).",
    })
    async deleteLeadByExternalId(
      @Arg("externalId", { description: "Your own id for the lead (ClientTether external_id)." }) externalId: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<LeadPayload> {
      const p = await mutate(ctx, "deleteLeadByExternalId", { externalId }, idempotencyKey, async (v) => ({
        delivery: await deleteLeadBy(v, { externalId }),
      }));
      return { deliveries: [p.delivery], lead: null, ok: p.ok, replayed: p.replayed };
    }

    // ─── activity ───
    @Mutation(() => Payload, { description: "Add a history note to a ClientTether lead (create_client_history_note)." })
    addNote(
      @Arg("leadId", () => ID, { description: "Global id of a ClientTether lead." }) leadId: string,
      @Arg("body", { description: "The note text (plain text)." }) body: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      const clientId = clientIdOf(leadId, "leadId");
      return mutate(ctx, "addNote", { leadId, body }, idempotencyKey, (v) => activity.addNote(v, leadId, clientId, body));
    }

    @Mutation(() => Payload, { description: "Send (or schedule) a plain-text email to a ClientTether lead (create_manual_email)." })
    sendEmail(
      @Arg("input", () => SendEmailInput, { description: "The email: lead, subject, body, cc/bcc, send time." }) input: SendEmailInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      const clientId = clientIdOf(input.leadId, "input.leadId");
      return mutate(ctx, "sendEmail", input, idempotencyKey, (v) => activity.sendEmail(v, clientId, input));
    }

    @Mutation(() => Payload, { description: "Send (or schedule) a text to a ClientTether lead (create_manual_text)." })
    sendText(
      @Arg("input", () => SendTextInput, { description: "The text: lead, body, send time." }) input: SendTextInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      const clientId = clientIdOf(input.leadId, "input.leadId");
      return mutate(ctx, "sendText", input, idempotencyKey, (v) => activity.sendText(v, clientId, input));
    }

    @Mutation(() => Payload, { description: "Ring an agent now and connect them to a client (create_immed_call)." })
    startImmediateCall(
      @Arg("input", () => ImmediateCallInput, {
        description: "Who to ring, who to connect them to, and what to say.",
      }) input: ImmediateCallInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "startImmediateCall", input, idempotencyKey, (v) => activity.startImmediateCall(v, input));
    }

    @Mutation(() => Payload, { description: "Change a ClientTether event (update_client_event); only the fields given change." })
    updateEvent(
      @Arg("id", () => ID, { description: "Global id of a ClientTether event (clienttether:event:<id>)." }) id: string,
      @Arg("input", () => EventUpdateInput, { description: "The fields to change." }) input: EventUpdateInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "updateEvent", { id, input }, idempotencyKey, (v) => events.updateEvent(v, id, input));
    }

    @Mutation(() => Payload, { description: "Delete a ClientTether event (delete_client_event)." })
    deleteEvent(
      @Arg("id", () => ID, { description: "Global id of a ClientTether event (clienttether:event:<id>)." }) id: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "deleteEvent", { id }, idempotencyKey, (v) => events.deleteEvent(v, id));
    }

    // ─── reference data ───
    @Mutation(() => Payload, {
      description: "Create a ClientTether lead source (create_lead_source); a name that exists is CONFLICT (CT520).",
    })
    createLeadSource(
      @Arg("name", { description: "Lead source name, unique in the account." }) name: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "createLeadSource", { name }, idempotencyKey, (v) => reference.createLeadSource(v, name));
    }

    @Mutation(() => Payload, { description: "Rename a ClientTether lead source (update_lead_source_by_id)." })
    updateLeadSource(
      @Arg("id", () => ID, { description: "Global id clienttether:lead_source:<lead_source_id>." }) id: string,
      @Arg("name", { description: "The new name." }) name: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "updateLeadSource", { id, name }, idempotencyKey, (v) => reference.updateLeadSource(v, id, name));
    }

    @Mutation(() => Payload, { description: "Refused by ClientTether (CT512) while a client or action plan uses it." })
    deleteLeadSource(
      @Arg("id", () => ID, { description: "Global id clienttether:lead_source:<lead_source_id>." }) id: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "deleteLeadSource", { id }, idempotencyKey, (v) => reference.deleteLeadSource(v, id));
    }

    @Mutation(() => Payload, { description: "Create a ClientTether action plan (create_action_plan)." })
    createActionPlan(
      @Arg("input", () => ActionPlanInput, { description: "The plan: name and type required." }) input: ActionPlanInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "createActionPlan", input, idempotencyKey, (v) => reference.createActionPlan(v, input));
    }

    @Mutation(() => Payload, { description: "Change a ClientTether action plan (update_action_plan_by_id); only the fields given change." })
    updateActionPlan(
      @Arg("id", () => ID, { description: "Global id clienttether:action_plan:<action_plan_id>." }) id: string,
      @Arg("input", () => ActionPlanInput, { description: "The fields to change." }) input: ActionPlanInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "updateActionPlan", { id, input }, idempotencyKey, (v) => reference.updateActionPlan(v, id, input));
    }

    @Mutation(() => Payload, { description: "Create a ClientTether sales pipeline stage (create_sales_cycle)." })
    createSalesCycle(
      @Arg("input", () => SalesCycleInput, { description: "The stage: name required." }) input: SalesCycleInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "createSalesCycle", input, idempotencyKey, (v) => reference.createSalesCycle(v, input));
    }

    @Mutation(() => Payload, {
      description: "Change a ClientTether sales pipeline stage (update_sales_cycle_by_id); only the fields given change.",
    })
    updateSalesCycle(
      @Arg("id", () => ID, { description: "Global id clienttether:sales_cycle:<sales_cycle_id>." }) id: string,
      @Arg("input", () => SalesCycleInput, { description: "The fields to change." }) input: SalesCycleInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "updateSalesCycle", { id, input }, idempotencyKey, (v) => reference.updateSalesCycle(v, id, input));
    }

    @Mutation(() => Payload, { description: "Refused by ClientTether (CT512) while a client is in this sales cycle." })
    deleteSalesCycle(
      @Arg("id", () => ID, { description: "Global id clienttether:sales_cycle:<sales_cycle_id>." }) id: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "deleteSalesCycle", { id }, idempotencyKey, (v) => reference.deleteSalesCycle(v, id));
    }

    @Mutation(() => Payload, { description: "Create a ClientTether user (create_user); a username that exists is CONFLICT." })
    createClientTetherUser(
      @Arg("input", () => UserInput, { description: "The user: type, firstName, email and username required." }) input: UserInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      // the password is part of the idempotency fingerprint only as a hash (kit.idempotent)
      return mutate(ctx, "createClientTetherUser", input, idempotencyKey, (v) => reference.createUser(v, input));
    }

    @Mutation(() => Payload, {
      description: "Change a ClientTether user (update_user_by_id); only the fields given change, and type cannot change.",
    })
    updateClientTetherUser(
      @Arg("id", () => ID, { description: "Global id clienttether:user:<user_id>." }) id: string,
      @Arg("input", () => UserInput, { description: "The fields to change." }) input: UserInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "updateClientTetherUser", { id, input }, idempotencyKey, (v) => reference.updateUser(v, id, input));
    }

    @Mutation(() => Payload, { description: "Delete a ClientTether user (delete_user_by_id)." })
    deleteClientTetherUser(
      @Arg("id", () => ID, { description: "Global id clienttether:user:<user_id>." }) id: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "deleteClientTetherUser", { id }, idempotencyKey, (v) => reference.deleteUser(v, id));
    }

    @Mutation(() => Payload, { description: "create_tag: a tag that already exists is CONFLICT (CT520)." })
    createTag(
      @Arg("value", { description: "The tag text." }) value: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "createTag", { value }, idempotencyKey, (v) => reference.createTag(v, value));
    }

    @Mutation(() => Payload, { description: "Change a ClientTether sub-account (update_account_by_id); only the fields given change." })
    updateClientTetherAccount(
      @Arg("id", () => ID, { description: "Global id clienttether:account:<account_id>." }) id: string,
      @Arg("input", () => AccountInput, { description: "The fields to change." }) input: AccountInput,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "updateClientTetherAccount", { id, input }, idempotencyKey, (v) => reference.updateAccount(v, id, input));
    }

    @Mutation(() => Payload, { description: "Delete a ClientTether sub-account (delete_account_by_id)." })
    deleteClientTetherAccount(
      @Arg("id", () => ID, { description: "Global id clienttether:account:<account_id>." }) id: string,
      @IdempotencyKeyArg() idempotencyKey: string | null,
      @Ctx() ctx: RequestContext,
    ): Promise<MutationPayload> {
      return mutate(ctx, "deleteClientTetherAccount", { id }, idempotencyKey, (v) => reference.deleteAccount(v, id));
    }
  }

  return [ClientTetherLeadFieldsResolver, ClientTetherProposalResolver, ClientTetherResolver];
}

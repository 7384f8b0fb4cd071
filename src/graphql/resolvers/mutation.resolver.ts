import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { idempotent, isConfigured, vendorCall } from "../context.js";
import { failedDelivery, fanOut, idempotentFanOut } from "./fan-out.js";
import type { CreateEventPayload, CreateLeadPayload, ScheduleCallbackPayload } from "../../delivery/operations.js";
import { EventMutationPayload, LeadMutationPayload } from "../types/delivery.type.js";
import {
  CancelLeadArgs,
  CreateEventArgs,
  CreateLeadArgs,
  ValidateLeadArgs,
  DeleteLeadArgs,
  ScheduleCallbackArgs,
  UpdateLeadArgs,
} from "../types/mutation.args.js";
import type { DeliveryMode, Vendor } from "../types/enums.js";
import type { VendorAdapter } from "../../vendors/types.js";
import { BadInputError, badInput } from "../../lib/errors.js";
import { parseGlobalId } from "../../model/ids.js";
import { allOk, type Delivery } from "../../model/delivery.js";

type Has = (a: VendorAdapter) => boolean;

/** Targets given, or every configured vendor with the capability. */
function resolveTargets(ctx: Context, targets: Vendor[] | null | undefined, has: Has, what: string): Vendor[] {
  if (targets && targets.length) {
    // every target without the capability, not just the first
    const problems = targets.flatMap((t, i) => {
      const a = ctx.services.registry.byName(t);
      return a && !has(a) ? [{ field: `targets.${i}`, message: `${t} cannot ${what}` }] : [];
    });
    if (problems.length) throw new BadInputError(problems);
    return targets;
  }
  const all = ctx.services.registry.adapters.filter((a) => has(a) && isConfigured(ctx, a.id)).map((a) => a.name as Vendor);
  if (!all.length) throw badInput("targets", `no configured vendor can ${what}`);
  return all;
}

/** The caller's `options.<vendor id>` block for this target. */
function vendorOptions(ctx: Context, options: CreateLeadArgs["options"], vendor: Vendor): unknown {
  const id = ctx.services.registry.byName(vendor)?.id;
  return id ? (options?.[id] ?? null) : null;
}

function leadPayload(deliveries: Delivery[], replayed: boolean): LeadMutationPayload {
  return { deliveries, lead: deliveries.find((d) => d.lead)?.lead ?? null, ok: allOk(deliveries), replayed };
}

@Resolver()
export class MutationResolver {
  @Mutation(() => LeadMutationPayload, { description: "Deliver one lead to every target vendor concurrently; one delivery per vendor." })
  async createLead(@Args() args: CreateLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    return this.create(args, ctx, false);
  }

  @Mutation(() => LeadMutationPayload, {
    description:
      "Check a lead against every target without creating anything (a vendor's own test mode where it has one, plus LeadGraph's rules).",
  })
  async validateLead(@Args() args: ValidateLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    return this.create(args, ctx, true);
  }

  private async create(
    { input, targets, options, idempotencyKey, mode }: ValidateLeadArgs & { mode?: DeliveryMode },
    ctx: Context,
    validateOnly: boolean,
  ) {
    const chosen = resolveTargets(ctx, targets, (a) => !!a.leadWriter, "create leads");
    const payload = (vendor: Vendor): CreateLeadPayload => ({
      input,
      dedupe: options?.dedupe ?? true,
      vendorOptions: vendorOptions(ctx, options, vendor),
    });
    const opts = (vendor: Vendor) => ({ validateOnly, ...payload(vendor) });
    const key = validateOnly ? null : (idempotencyKey ?? ctx.idempotencyKeyHeader);
    const operation = validateOnly ? "validateLead" : "createLead";
    const { result, replayed } = await idempotentFanOut(ctx, operation, key, { input, chosen, options, mode }, () =>
      fanOut(ctx, operation, chosen, payload, {
        mode: validateOnly ? "SYNC" : mode,
        retryable: !validateOnly,
        preflight: (a, vctx, v) => a.leadWriter!.validateLead?.(vctx, input, opts(v)),
      }),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload, { description: "Update a lead by global id; only the fields given change." })
  async updateLead(@Args() { id, input, idempotencyKey }: UpdateLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    const { adapter, nativeId } = this.leadOwner(ctx, id, (a) => !!a.leadWriter?.updateLead, "update leads");
    const { result, replayed } = await idempotent(ctx, "updateLead", idempotencyKey, { id, input }, () =>
      logged(ctx, "updateLead", adapter.id, { id, input }, () =>
        adapter.leadWriter!.updateLead!(vendorCall(ctx, adapter.id).vctx, nativeId, input),
      ),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload, { description: "Delete a lead at the vendor that holds it (the vendor of its global id)." })
  async deleteLead(@Args() { id, idempotencyKey }: DeleteLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    const { adapter, nativeId } = this.leadOwner(ctx, id, (a) => !!a.leadWriter?.deleteLead, "delete leads");
    const { result, replayed } = await idempotent(ctx, "deleteLead", idempotencyKey, { id }, () =>
      logged(ctx, "deleteLead", adapter.id, { id }, () => adapter.leadWriter!.deleteLead!(vendorCall(ctx, adapter.id).vctx, nativeId)),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload, { description: "Withdraw a lead from the diallers that take cancellations." })
  async cancelLead(@Args() { input, targets, idempotencyKey, mode }: CancelLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    const chosen = resolveTargets(ctx, targets, (a) => !!a.leadWriter?.cancelLead, "cancel leads");
    const key = idempotencyKey ?? ctx.idempotencyKeyHeader;
    const { result, replayed } = await idempotentFanOut(ctx, "cancelLead", key, { input, chosen, mode }, () =>
      fanOut(ctx, "cancelLead", chosen, () => ({ input }), { mode }),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload, {
    description: "Schedule a call back to a lead at a time or after a delay, in every target that can.",
  })
  async scheduleCallback(
    @Args() { lead, at, inSeconds, targets, options, idempotencyKey, mode }: ScheduleCallbackArgs,
    @Ctx() ctx: Context,
  ): Promise<LeadMutationPayload> {
    if ((at == null) === (inSeconds == null)) throw badInput(at == null ? "at" : "inSeconds", "give exactly one of at or inSeconds");
    if (inSeconds != null && inSeconds < 0) throw badInput("inSeconds", "must be 0 or more");
    if (at != null && at.getTime() < Date.now() - 60_000) throw badInput("at", "is in the past");
    const chosen = resolveTargets(ctx, targets, (a) => !!a.callbackScheduler, "schedule callbacks");
    const vendorOpts = (v: Vendor) => vendorOptions(ctx, options, v);
    const key = idempotencyKey ?? ctx.idempotencyKeyHeader;
    const acceptedAt = Date.now();
    const payload = (v: Vendor): ScheduleCallbackPayload => ({
      lead,
      at: at ?? null,
      inSeconds: inSeconds ?? null,
      acceptedAt,
      vendorOptions: vendorOpts(v),
    });
    const { result, replayed } = await idempotentFanOut(ctx, "scheduleCallback", key, { lead, at, inSeconds, chosen, options, mode }, () =>
      fanOut(ctx, "scheduleCallback", chosen, payload, {
        mode,
        // a target's pre-flight refusal is its own REJECTED delivery; the others are still sent
        preflight: (a, vctx, v) => a.callbackScheduler!.validateCallback?.(vctx, lead, { at, inSeconds }, vendorOpts(v)),
      }),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => EventMutationPayload, { description: "Create an event (call, appointment, reminder, …) in one vendor." })
  async createEvent(@Args() { input, target, idempotencyKey, mode }: CreateEventArgs, @Ctx() ctx: Context): Promise<EventMutationPayload> {
    const adapter = ctx.services.registry.byName(target);
    if (!adapter?.eventWriter) throw badInput("target", `${target} cannot create events`);
    // a malformed id is input no vendor could take; a well-formed one of the wrong vendor is the target's to refuse
    if (input.leadId != null) parseGlobalId(input.leadId, "input.leadId");
    const field = adapter.eventWriter.optionsField;
    const key = idempotencyKey ?? ctx.idempotencyKeyHeader;
    const payload = (): CreateEventPayload => ({ input, vendorOptions: field ? input[field] : null });
    const { result, replayed } = await idempotentFanOut(ctx, "createEvent", key, { input, target, mode }, () =>
      fanOut(ctx, "createEvent", [target], payload, { mode }),
    );
    return { deliveries: result, event: result.find((d) => d.event)?.event ?? null, ok: allOk(result), replayed };
  }

  private leadOwner(ctx: Context, id: string, has: Has, what: string) {
    const gid = parseGlobalId(id, "id");
    const adapter = ctx.services.registry.byGlobalPrefix(gid.vendor);
    if (gid.type !== "lead") throw badInput("id", `expected a lead id, got type "${gid.type}"`);
    if (!adapter || !has(adapter)) throw badInput("id", `${gid.vendor} cannot ${what}`);
    return { adapter, vendor: adapter.name, nativeId: gid.nativeId };
  }
}

/**
 * A single-vendor write outside the outbox (updateLead, deleteLead: never retried), logged as it
 * came out. Pre-flight bad input stays a top-level BAD_USER_INPUT (DESIGN "Mutations and results").
 */
async function logged(
  ctx: Context,
  operation: string,
  vendorId: string,
  payload: unknown,
  call: () => Promise<Delivery>,
): Promise<Delivery[]> {
  const started = Date.now();
  let outcome: Delivery;
  try {
    outcome = await call();
  } catch (e) {
    if (e instanceof BadInputError) throw e;
    outcome = failedDelivery(ctx, ctx.services.registry.get(vendorId)?.name ?? vendorId, e);
  }
  return [await ctx.deliveries.recordFinal(ctx.tenant.id, operation, vendorId, payload, outcome, started)];
}

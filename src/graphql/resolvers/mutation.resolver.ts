import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { isConfigured, vendorCall } from "../context.js";
import { allOk, failedDelivery, fanOut } from "./fan-out.js";
import { withIdempotency } from "../idempotency.js";
import { EventMutationPayload, LeadMutationPayload, type Delivery } from "../types/delivery.type.js";
import { CancelLeadArgs, CreateEventArgs, CreateLeadArgs, DeleteLeadArgs, ScheduleCallbackArgs, UpdateLeadArgs } from "../types/mutation.args.js";
import { Vendor, vendorEnum, vendorIdFromGlobal, vendorIdOf } from "../types/enums.js";
import { adapters, getAdapter } from "../../vendors/registry.js";
import type { VendorAdapter } from "../../vendors/types.js";
import { BadInputError, badInput } from "../../lib/errors.js";
import { parseGlobalId } from "../../model/ids.js";

type Has = (a: VendorAdapter) => boolean;

/** Targets given, or every configured vendor with the capability. */
function resolveTargets(ctx: Context, targets: Vendor[] | null | undefined, has: Has, what: string): Vendor[] {
  if (targets && targets.length) {
    for (const [i, t] of targets.entries()) {
      const a = getAdapter(vendorIdOf(t));
      if (a && !has(a)) throw badInput(`targets.${i}`, `${t} cannot ${what}`);
    }
    return targets;
  }
  const all = adapters.filter((a) => has(a) && isConfigured(ctx, a.id)).map((a) => vendorEnum(a.id));
  if (!all.length) throw badInput("targets", `no configured vendor can ${what}`);
  return all;
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

  @Mutation(() => LeadMutationPayload, { description: "Check a lead against every target without creating anything (Comunik8 test mode plus LeadGraph's own rules)." })
  async validateLead(@Args() args: CreateLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    return this.create(args, ctx, true);
  }

  private async create({ input, targets, options, idempotencyKey }: CreateLeadArgs, ctx: Context, validateOnly: boolean) {
    const chosen = resolveTargets(ctx, targets, (a) => !!a.leadWriter, "create leads");
    const opts = (vendor: Vendor) => ({
      validateOnly,
      dedupe: options?.dedupe ?? true,
      vendorOptions: (options as Record<string, unknown> | null | undefined)?.[vendorIdOf(vendor)] as Record<string, unknown> | null,
    });
    const key = idempotencyKey ?? ctx.idempotencyKeyHeader;
    const { result, replayed } = await withIdempotency(ctx.services.store, ctx.tenant.id, validateOnly ? null : key, "createLead", { input, chosen, options }, () =>
      fanOut(
        ctx,
        chosen,
        (a, vctx, v) => a.leadWriter!.createLead(vctx, input, opts(v)),
        (a, vctx, v) => a.leadWriter!.validateLead?.(vctx, input, opts(v)),
      ),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload, { description: "Update a lead by global id; only the fields given change." })
  async updateLead(@Args() { id, input, idempotencyKey }: UpdateLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    const { adapter, vendor, nativeId } = this.leadOwner(id, (a) => !!a.leadWriter?.updateLead, "update leads");
    const { result, replayed } = await withIdempotency(ctx.services.store, ctx.tenant.id, idempotencyKey ?? ctx.idempotencyKeyHeader, "updateLead", { id, input }, async () => {
      try {
        return [await adapter.leadWriter!.updateLead!(vendorCall(ctx, adapter.id).vctx, nativeId, input)];
      } catch (e) {
        // pre-flight bad input stays a top-level BAD_USER_INPUT (DESIGN "Mutations and results")
        if (e instanceof BadInputError) throw e;
        return [failedDelivery(ctx, vendor, e)];
      }
    });
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload)
  async deleteLead(@Args() { id, idempotencyKey }: DeleteLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    const { adapter, vendor, nativeId } = this.leadOwner(id, (a) => !!a.leadWriter?.deleteLead, "delete leads");
    const { result, replayed } = await withIdempotency(ctx.services.store, ctx.tenant.id, idempotencyKey ?? ctx.idempotencyKeyHeader, "deleteLead", { id }, async () => {
      try {
        return [await adapter.leadWriter!.deleteLead!(vendorCall(ctx, adapter.id).vctx, nativeId)];
      } catch (e) {
        // pre-flight bad input stays a top-level BAD_USER_INPUT (DESIGN "Mutations and results")
        if (e instanceof BadInputError) throw e;
        return [failedDelivery(ctx, vendor, e)];
      }
    });
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload, { description: "Withdraw a lead from diallers (Comunik8 lead/cancel)." })
  async cancelLead(@Args() { input, targets, idempotencyKey }: CancelLeadArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    const chosen = resolveTargets(ctx, targets, (a) => !!a.leadWriter?.cancelLead, "cancel leads");
    const { result, replayed } = await withIdempotency(ctx.services.store, ctx.tenant.id, idempotencyKey ?? ctx.idempotencyKeyHeader, "cancelLead", { input, chosen }, () =>
      fanOut(ctx, chosen, (a, vctx) => a.leadWriter!.cancelLead!(vctx, input)),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => LeadMutationPayload, { description: "Schedule a call back to a lead at a time or after a delay (Trackdrive callback, Comunik8 delays)." })
  async scheduleCallback(@Args() { lead, at, inSeconds, targets, options, idempotencyKey }: ScheduleCallbackArgs, @Ctx() ctx: Context): Promise<LeadMutationPayload> {
    if ((at == null) === (inSeconds == null)) throw badInput(at == null ? "at" : "inSeconds", "give exactly one of at or inSeconds");
    if (inSeconds != null && inSeconds < 0) throw badInput("inSeconds", "must be 0 or more");
    if (at != null && at.getTime() < Date.now() - 60_000) throw badInput("at", "is in the past");
    const chosen = resolveTargets(ctx, targets, (a) => !!a.callbackScheduler, "schedule callbacks");
    const vendorOpts = (v: Vendor) => (options as Record<string, unknown> | null | undefined)?.[vendorIdOf(v)] as Record<string, unknown> | null;
    const { result, replayed } = await withIdempotency(ctx.services.store, ctx.tenant.id, idempotencyKey ?? ctx.idempotencyKeyHeader, "scheduleCallback", { lead, at, inSeconds, chosen, options }, () =>
      fanOut(
        ctx,
        chosen,
        (a, vctx, v) => a.callbackScheduler!.scheduleCallback(vctx, lead, { at, inSeconds }, vendorOpts(v)),
        // every target's pre-flight first, so one target's bad input sends nothing anywhere
        (a, vctx, v) => a.callbackScheduler!.validateCallback?.(vctx, lead, { at, inSeconds }, vendorOpts(v)),
      ),
    );
    return leadPayload(result, replayed);
  }

  @Mutation(() => EventMutationPayload, { description: "Create an event (call, appointment, reminder, …) in one vendor." })
  async createEvent(@Args() { input, target, idempotencyKey }: CreateEventArgs, @Ctx() ctx: Context): Promise<EventMutationPayload> {
    const adapter = getAdapter(vendorIdOf(target));
    if (!adapter?.eventWriter) throw badInput("target", `${target} cannot create events`);
    const { result, replayed } = await withIdempotency(ctx.services.store, ctx.tenant.id, idempotencyKey ?? ctx.idempotencyKeyHeader, "createEvent", { input, target }, () =>
      fanOut(ctx, [target], (a, vctx) => a.eventWriter!.createEvent(vctx, input)),
    );
    return { deliveries: result, event: result.find((d) => d.event)?.event ?? null, ok: allOk(result), replayed };
  }

  private leadOwner(id: string, has: Has, what: string) {
    const gid = parseGlobalId(id, "id");
    const vendorId = vendorIdFromGlobal(gid.vendor);
    const adapter = vendorId && getAdapter(vendorId);
    if (gid.type !== "lead") throw badInput("id", `expected a lead id, got type "${gid.type}"`);
    if (!adapter || !has(adapter)) throw badInput("id", `${gid.vendor} cannot ${what}`);
    return { adapter, vendor: vendorEnum(adapter.id), nativeId: gid.nativeId };
  }
}

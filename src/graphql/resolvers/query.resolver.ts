import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { isConfigured, vendorCall } from "../context.js";
import { Node } from "../types/node.interface.js";
import { Lead } from "../types/lead.type.js";
import { LeadConnection, LeadsArgs } from "../types/lead.args.js";
import { VendorInfo } from "../types/vendor-info.type.js";
import type { Vendor } from "../types/enums.js";
import { parseGlobalId } from "../../model/ids.js";
import { AppError, badInput } from "../../lib/errors.js";
import { capabilitiesOf, requirementsOf } from "../../vendors/types.js";
import { parseOffsetCursor, toConnection } from "../types/connection.js";
import { logRowId, toWebhookDelivery } from "./delivery.resolver.js";

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: "Any object by global id `vendor:type:nativeId`." })
  // not async: a lead answered from the in-process cache completes synchronously
  node(
    @Arg("id", () => ID, { description: "Global id `vendor:type:nativeId`; a malformed one is BAD_USER_INPUT." }) id: string,
    @Ctx() ctx: Context,
  ): Node | null | Promise<Node | null> {
    const gid = parseGlobalId(id, "id");
    if (gid.vendor === "leadgraph") return logNode(ctx, id, gid.type);
    const known = ctx.services.registry.byGlobalPrefix(gid.vendor);
    if (!known) throw badInput("id", `unknown vendor "${gid.vendor}" in global id`);
    const { adapter, vctx } = vendorCall(ctx, known.id);
    if (gid.type === "lead" && adapter.leadReader) return adapter.leadReader.getLead(vctx, gid.nativeId);
    if (adapter.resolveNode) return adapter.resolveNode(vctx, gid.type, gid.nativeId) as Promise<Node | null>;
    throw badInput("id", `${gid.vendor} has no objects of type "${gid.type}"`);
  }

  @Query(() => Lead, { nullable: true, description: "A lead by global id `vendor:lead:nativeId`. Null when the vendor has no such lead." })
  lead(
    @Arg("id", () => ID, { description: "Global id `vendor:lead:nativeId` (the vendor's own id last)." }) id: string,
    @Arg("fresh", { defaultValue: false, description: "Bypass caches." }) fresh: boolean,
    @Ctx() ctx: Context,
  ): Lead | null | Promise<Lead | null> {
    const gid = parseGlobalId(id, "id");
    if (gid.type !== "lead") throw badInput("id", `expected a lead id, got type "${gid.type}"`);
    const adapter = ctx.services.registry.byGlobalPrefix(gid.vendor);
    if (!adapter?.leadReader) throw badInput("id", `vendor "${gid.vendor}" does not serve leads`);
    const { vctx } = vendorCall(ctx, adapter.id, { fresh });
    return adapter.leadReader.getLead(vctx, gid.nativeId);
  }

  @Query(() => LeadConnection, { description: "Leads from one vendor, as a Relay connection." })
  async leads(@Args() { filter, first, after, fresh }: LeadsArgs, @Ctx() ctx: Context): Promise<LeadConnection> {
    const max = ctx.limits.maxFirst;
    if (first < 0 || first > max) throw badInput("first", `must be between 0 and ${max}`);
    const offset = parseOffsetCursor(after, "after");
    const vendor = filter?.vendor ?? defaultReader(ctx);
    const adapter = ctx.services.registry.byName(vendor);
    if (!adapter?.leadReader) throw badInput("filter.vendor", `${vendor} cannot list leads`);
    const { vctx } = vendorCall(ctx, adapter.id, { fresh });
    const page = await adapter.leadReader.listLeads(vctx, filter ?? {}, { offset, limit: first });
    return toConnection(page.leads, offset, page.hasNextPage, page.totalCount ?? null);
  }

  @Query(() => [VendorInfo], { description: "Every vendor LeadGraph knows, what it can do and whether your tenant has it configured." })
  vendors(@Ctx() ctx: Context): VendorInfo[] {
    return ctx.services.registry.adapters.map((a) => ({
      id: a.name as Vendor,
      name: a.displayName,
      configured: isConfigured(ctx, a.id),
      capabilities: capabilitiesOf(a),
      readableFields: a.fields.read,
      writableFields: a.fields.write,
      requirements: requirementsOf(a).map((r) => ({
        capability: r.capability,
        requiredFields: [...r.requiredFields],
        rules: r.rules.map(({ field, description }) => ({ field, description })),
      })),
    }));
  }
}

/** LeadGraph's own nodes: entries of the delivery and webhook logs. */
async function logNode(ctx: Context, id: string, type: string): Promise<Node | null> {
  if (type === "delivery") {
    const row = await ctx.deliveries.get(ctx.tenant.id, logRowId(id, "delivery"), "vendor");
    return row ? (ctx.deliveries.toDelivery(row) as Node) : null;
  }
  if (type === "webhook_delivery") {
    const row = await ctx.deliveries.get(ctx.tenant.id, logRowId(id, "webhook_delivery"), "webhook");
    return row ? toWebhookDelivery(row) : null;
  }
  throw badInput("id", `leadgraph has no objects of type "${type}"`);
}

/** The first configured lead reader, in registry order. */
function defaultReader(ctx: Context): Vendor {
  const pick = ctx.services.registry.adapters.find((a) => a.leadReader && isConfigured(ctx, a.id));
  if (!pick) throw new AppError("VENDOR_NOT_CONFIGURED", "no vendor that can list leads is configured for this tenant");
  return pick.name as Vendor;
}

import type { GraphQLKit, RequestContext } from "../vendors/types.js";
import { Node } from "./types/node.interface.js";
import { Lead } from "./types/lead.type.js";
import { Event } from "./types/event.type.js";
import { Calendar } from "./types/calendar.type.js";
import { Delivery, LeadMutationPayload } from "./types/delivery.type.js";
import { LeadInput } from "./types/lead.input.js";
import { Vendor } from "./types/enums.js";
import { Connection, ConnectionArgs, connectionFromList, pageArgs, parseOffsetCursor, toConnection } from "./types/connection.js";
import { idempotent, isConfigured, vendorCall, type Context } from "./context.js";
import { failedDelivery } from "./resolvers/fan-out.js";

/** What the GraphQL layer hands each vendor's `graphql(kit)`: the unified classes and request helpers. */
export const kit: GraphQLKit = {
  types: { Node, Lead, Event, Calendar, Delivery, LeadInput, LeadMutationPayload, Vendor, ConnectionArgs },
  Connection,
  toConnection,
  parseOffsetCursor,
  pageArgs: (ctx, args) => pageArgs(args, ctx.limits.maxFirst),
  connectionFromList: (ctx, all, args) => connectionFromList(all, args, ctx.limits.maxFirst),
  // vendor resolvers get the same Context every resolver does; the kit types it as its RequestContext
  callContext: <C>(ctx: RequestContext, vendorId: string, opts?: { fresh?: boolean }) => vendorCall<C>(ctx as Context, vendorId, opts).vctx,
  isConfigured,
  idempotent: (ctx, operation, key, input, fn) => idempotent(ctx as Context, operation, key, input, fn),
  failedDelivery,
  logDelivery: (ctx, operation, vendorId, payload, d, startedAt) =>
    (ctx as Context).deliveries.recordFinal(ctx.tenant.id, operation, vendorId, payload, d, startedAt),
};

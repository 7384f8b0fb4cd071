import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { Delivery } from "../types/delivery.type.js";
import {
  DeliveriesArgs,
  DeliveryConnection,
  DeliveryUpdatedArgs,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookEndpointState,
  type DeliveryFilter,
  type WebhookDelivery,
} from "../types/delivery-log.type.js";
import { badInput } from "../../lib/errors.js";
import { reviveDates } from "../../lib/json.js";
import { parseGlobalId } from "../../model/ids.js";
import type * as model from "../../model/delivery.js";
import type { OutboxKind, OutboxRow } from "../../delivery/outbox.js";
import { deliveryTopic, webhookDeliveryGlobalId } from "../../delivery/service.js";
import type { RequestContext } from "../../vendors/types.js";

/** Opaque log cursors: the row's (createdAt, id), the log's order. */
function logCursor(row: OutboxRow): string {
  return Buffer.from(`d:${Number(row.created_at)}:${Number(row.id)}`).toString("base64url");
}

function parseLogCursor(cursor: string | null | undefined): { createdAt: number; id: number } | null {
  if (cursor == null) return null;
  const m = /^d:(\d{1,15}):(\d{1,12})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw badInput("after", "is not a cursor this connection issued");
  return { createdAt: Number(m[1]), id: Number(m[2]) };
}

/** `leadgraph:<type>:<n>` → n, or BAD_USER_INPUT naming `id`. */
export function logRowId(id: string, type: "delivery" | "webhook_delivery"): number {
  const gid = parseGlobalId(id, "id");
  if (gid.vendor !== "leadgraph" || gid.type !== type || !/^\d{1,12}$/.test(gid.nativeId)) {
    throw badInput("id", `expected a ${type} id like leadgraph:${type}:42`);
  }
  return Number(gid.nativeId);
}

async function page<T>(
  ctx: Context,
  kind: OutboxKind,
  filter: Parameters<Context["deliveries"]["table"]["list"]>[2],
  args: { first: number; after?: string | null },
  toNode: (row: OutboxRow) => T,
) {
  const max = ctx.limits.maxFirst;
  if (args.first < 0 || args.first > max) throw badInput("first", `must be between 0 and ${max}`);
  const after = parseLogCursor(args.after);
  const rows = await ctx.deliveries.table.list(ctx.tenant.id, kind, filter, args.first + 1, after);
  const edges = rows.slice(0, args.first).map((row) => ({ node: toNode(row), cursor: logCursor(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: null,
  };
}

export function toWebhookDelivery(row: OutboxRow): WebhookDelivery {
  const msg = JSON.parse(row.payload) as { id: string };
  const last = (row.result ? JSON.parse(row.result) : {}) as { status?: number | null; error?: string | null };
  const pending = row.status === "QUEUED" || row.status === "RETRYING";
  return {
    id: webhookDeliveryGlobalId(row.id),
    messageId: msg.id,
    eventType: row.operation,
    url: row.target ?? "",
    status: row.status as WebhookDelivery["status"],
    attempts: Number(row.attempts),
    nextAttemptAt: pending && row.next_attempt_at != null ? new Date(Number(row.next_attempt_at)) : null,
    lastResponseStatus: last.status ?? null,
    lastError: last.error ?? null,
    createdAt: new Date(Number(row.created_at)),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

function vendorFilter(ctx: Context, f: DeliveryFilter | null | undefined) {
  return {
    vendor: f?.vendor ? (ctx.services.registry.byName(f.vendor)?.id ?? null) : null,
    status: f?.status ?? null,
    operation: f?.operation ?? null,
    since: f?.since?.getTime(),
    until: f?.until?.getTime(),
  };
}

function matches(d: model.Delivery, f: DeliveryFilter | null | undefined): boolean {
  if (!f) return true;
  if (f.vendor && d.vendor !== f.vendor) return false;
  if (f.status && d.status !== f.status) return false;
  if (f.operation && d.operation !== f.operation) return false;
  if (f.since && d.createdAt && d.createdAt < f.since) return false;
  if (f.until && d.createdAt && d.createdAt >= f.until) return false;
  return true;
}

/** The tenant's status changes, as they are published (service.ts announces each). */
async function* updates(ctx: RequestContext, filter: DeliveryFilter | null | undefined): AsyncGenerator<model.Delivery> {
  for await (const event of ctx.services.pubsub.subscribe(deliveryTopic(ctx.tenant.id))) {
    const d = reviveDates(event) as model.Delivery;
    if (d && matches(d, filter)) yield d;
  }
}

@Resolver()
export class DeliveryResolver {
  @Query(() => DeliveryConnection, {
    description: "The delivery log: every delivery of this tenant's mutations and background work, newest first (createdAt, then id).",
  })
  async deliveries(@Args() { filter, first, after }: DeliveriesArgs, @Ctx() ctx: Context): Promise<DeliveryConnection> {
    return page(ctx, "vendor", vendorFilter(ctx, filter), { first, after }, (r) => ctx.deliveries.toDelivery(r) as Delivery);
  }

  @Query(() => WebhookDeliveryConnection, { description: "Outbound webhook messages of this tenant, newest first." })
  async webhookDeliveries(
    @Args() { filter, first, after }: WebhookDeliveriesArgs,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryConnection> {
    const f = { target: filter?.url ?? null, status: filter?.status ?? null, operation: filter?.eventType ?? null };
    return page(
      ctx,
      "webhook",
      { ...f, since: filter?.since?.getTime(), until: filter?.until?.getTime() },
      { first, after },
      toWebhookDelivery,
    );
  }

  @Query(() => [WebhookEndpointState], {
    description: "This tenant's outbound webhook endpoints (tenant config `webhooks`) and whether each is enabled.",
  })
  async webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpointState[]> {
    const endpoints = ctx.deliveries.tenant(ctx.tenant.id)?.webhooks ?? [];
    return Promise.all(
      endpoints.map(async (e) => {
        const off = await ctx.deliveries.endpointDisabled(ctx.tenant.id, e.url);
        return { url: e.url, events: e.events, enabled: !off, disabledAt: off?.at ?? null };
      }),
    );
  }

  @Mutation(() => Delivery, { description: "Re-queue a FAILED delivery with a fresh attempt budget. CONFLICT in any other status." })
  async retryDelivery(@Arg("id", () => ID, { description: "Global id `leadgraph:delivery:<n>`." }) id: string, @Ctx() ctx: Context) {
    return ctx.deliveries.toDelivery(await ctx.deliveries.retry(ctx.tenant.id, logRowId(id, "delivery")));
  }

  @Mutation(() => Delivery, {
    description: "Stop a QUEUED or RETRYING delivery: it becomes CANCELLED. CONFLICT when it is final or an attempt is running right now.",
  })
  async cancelDelivery(@Arg("id", () => ID, { description: "Global id `leadgraph:delivery:<n>`." }) id: string, @Ctx() ctx: Context) {
    return ctx.deliveries.toDelivery(await ctx.deliveries.cancel(ctx.tenant.id, logRowId(id, "delivery")));
  }

  @Mutation(() => WebhookEndpointState, {
    description:
      "Send to an endpoint again after its receiver answered 410 Gone (every replica resumes). NOT_FOUND for a URL not in the config.",
  })
  async enableWebhookEndpoint(
    @Arg("url", { description: "The endpoint URL, as in tenant config `webhooks[].url`." }) url: string,
    @Ctx() ctx: Context,
  ) {
    const endpoint = ctx.deliveries.tenant(ctx.tenant.id)?.webhooks?.find((e) => e.url === url);
    if (!endpoint) throw badInput("url", "is not one of this tenant's webhook endpoints");
    await ctx.deliveries.enableEndpoint(ctx.tenant.id, url);
    return { url, events: endpoint.events, enabled: true, disabledAt: null };
  }

  @Subscription(() => Delivery, {
    description:
      "Every status change of this tenant's deliveries that match the filter, the first one (QUEUED or the first outcome) included.",
    subscribe: ({ args, context }) => updates(context as RequestContext, (args as DeliveryUpdatedArgs).filter),
  })
  deliveryUpdated(@Root() d: model.Delivery, @Args() _args: DeliveryUpdatedArgs): model.Delivery {
    return d;
  }
}

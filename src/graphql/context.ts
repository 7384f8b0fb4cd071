import type { UpstreamStats } from "../lib/upstream-stats.js";
import type { TenantCache } from "../cache/index.js";
import type { VendorAdapter, VendorCallContext, VendorServices } from "../vendors/types.js";
import type { RequestContext } from "../vendors/types.js";
import { callContext } from "../vendors/call-context.js";
import type { Idempotency } from "./idempotency.js";
import type { DeliveryService } from "../delivery/service.js";

/** Everything a resolver gets for one request. Built by server/request-context.ts. */
export interface Context extends RequestContext {
  upstream: UpstreamStats;
  cache: TenantCache;
  fresh: boolean;
  memo: Map<string, unknown>;
  services: VendorServices;
  idempotency: Idempotency;
  /** The delivery outbox and log. */
  deliveries: DeliveryService;
  /**
   * Runs `fn` once the answer has been written (HTTP: routes.ts holds it until then), or at once
   * where nothing holds the answer back (a WebSocket operation's answer follows its execution).
   */
  afterAnswer(fn: () => void): void;
  /** Idempotency-Key header, when sent. */
  idempotencyKeyHeader?: string;
}

export function isConfigured(ctx: RequestContext, id: string): boolean {
  return ctx.tenant.vendors[id] != null;
}

/** The adapter and its call context for this tenant, or VENDOR_NOT_CONFIGURED. */
export function vendorCall<C = unknown>(
  ctx: Context,
  id: string,
  opts: { fresh?: boolean } = {},
): { adapter: VendorAdapter; vctx: VendorCallContext<C> } {
  return callContext<C>(ctx.services, ctx.tenant, id, {
    requestId: ctx.requestId,
    get logger() {
      return ctx.logger;
    },
    upstream: ctx.upstream,
    cache: ctx.cache,
    fresh: ctx.fresh || opts.fresh === true,
    memo: ctx.memo,
  });
}

/** Runs a mutation once per idempotency key: the argument, else the Idempotency-Key header. */
export function idempotent<T>(ctx: Context, operation: string, key: string | null | undefined, input: unknown, fn: () => Promise<T>) {
  return ctx.idempotency.run(ctx.tenant.id, key ?? ctx.idempotencyKeyHeader, operation, input, fn);
}

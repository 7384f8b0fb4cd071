import type { Tenant } from "../config.js";
import type { Logger } from "../lib/logger.js";
import type { UpstreamStats } from "../lib/upstream-stats.js";
import type { TenantCache } from "../cache/index.js";
import type { VendorAdapter, VendorCallContext, VendorId, VendorServices } from "../vendors/types.js";
import { getAdapter } from "../vendors/registry.js";
import { notConfigured } from "../lib/errors.js";
import { httpForTenant } from "../lib/http.js";

/** Everything a resolver gets for one request. Built by server/context.ts. */
export interface Context {
  tenant: Tenant;
  requestId: string;
  logger: Logger;
  upstream: UpstreamStats;
  cache: TenantCache;
  fresh: boolean;
  memo: Map<string, unknown>;
  services: VendorServices;
  limits: { maxFirst: number };
  /** Idempotency-Key header, when sent. */
  idempotencyKeyHeader?: string;
}

export function isConfigured(ctx: Context, id: VendorId): boolean {
  return (ctx.tenant.vendors as Record<string, unknown>)[id] != null;
}

/** The adapter and its call context for this tenant, or VENDOR_NOT_CONFIGURED. */
export function vendorCall(ctx: Context, id: VendorId, opts: { fresh?: boolean } = {}): { adapter: VendorAdapter; vctx: VendorCallContext } {
  const adapter = getAdapter(id);
  const config = (ctx.tenant.vendors as Record<string, unknown>)[id];
  if (!adapter || config == null) throw notConfigured(id);
  return {
    adapter,
    vctx: {
      tenant: ctx.tenant,
      config,
      requestId: ctx.requestId,
      // read through: the request's child logger is only built when something logs
      get logger() {
        return ctx.logger;
      },
      // breakers and outbound rate limits are per tenant+vendor
      http: httpForTenant(ctx.services.http, ctx.tenant.id),
      cache: ctx.cache,
      store: ctx.services.store,
      upstream: ctx.upstream,
      fresh: ctx.fresh || opts.fresh === true,
      memo: ctx.memo,
      pubsub: ctx.services.pubsub,
      metrics: ctx.services.metrics,
    },
  };
}

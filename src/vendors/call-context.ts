import { httpForTenant } from "../lib/http.js";
import { notConfigured } from "../lib/errors.js";
import { UpstreamStats } from "../lib/upstream-stats.js";
import type { Logger } from "../lib/logger.js";
import type { TenantCache } from "../cache/index.js";
import type { TenantContext, VendorAdapter, VendorCallContext, VendorServices } from "./types.js";

/** The request-scoped part of a call context: a GraphQL request's, or a background job's own. */
export interface CallScope {
  requestId: string;
  /** Read through a getter, so a request's child logger is only built when something logs. */
  readonly logger: Logger;
  upstream: UpstreamStats;
  cache: TenantCache;
  fresh: boolean;
  memo: Map<string, unknown>;
}

/**
 * The one way to build a VendorCallContext, for resolvers and background workers alike. The
 * tenant's breakers and outbound rate limits come from here (`httpForTenant`): a context built
 * by hand once passed the process-wide client, and one tenant's failures opened every tenant's
 * circuit.
 */
export function callContext<C>(
  services: VendorServices,
  tenant: TenantContext,
  vendorId: string,
  scope: CallScope,
): { adapter: VendorAdapter; vctx: VendorCallContext<C> } {
  const adapter = services.registry.get(vendorId);
  const config = tenant.vendors[vendorId];
  if (!adapter || config == null) throw notConfigured(vendorId);
  return {
    adapter,
    vctx: {
      tenant,
      config: config as C,
      requestId: scope.requestId,
      get logger() {
        return scope.logger;
      },
      http: httpForTenant(services.http, tenant.id),
      cache: scope.cache,
      store: services.store,
      upstream: scope.upstream,
      fresh: scope.fresh,
      memo: scope.memo,
      pubsub: services.pubsub,
      metrics: services.metrics,
      registry: services.registry,
      outbox: services.outbox,
    },
  };
}

/** A scope for work outside any request (a worker's job): its own stats, memo and logger. */
export function backgroundScope(services: VendorServices, tenantId: string, requestId: string, logger: Logger): CallScope {
  return {
    requestId,
    logger,
    upstream: new UpstreamStats(services.metrics?.recordUpstream),
    cache: services.cacheFor(tenantId),
    fresh: false,
    memo: new Map(),
  };
}

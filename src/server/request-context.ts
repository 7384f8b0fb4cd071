import type { IncomingHttpHeaders } from "node:http";
import type { Context } from "../graphql/context.js";
import type { Idempotency } from "../graphql/idempotency.js";
import type { DeliveryService } from "../delivery/service.js";
import type { Logger } from "../lib/logger.js";
import { UpstreamStats } from "../lib/upstream-stats.js";
import type { TenantContext, VendorServices } from "../vendors/types.js";

/**
 * A request's context. The child logger is built on first use: most requests never log, and a
 * pino child per request showed in the profile. A prototype getter, not an own one, because
 * Apollo copies the context with Object.assign, which would call an own getter.
 */
class RequestContext implements Context {
  tenant!: TenantContext;
  requestId!: string;
  upstream!: UpstreamStats;
  cache!: Context["cache"];
  fresh!: boolean;
  memo!: Map<string, unknown>;
  services!: VendorServices;
  idempotency!: Idempotency;
  deliveries!: DeliveryService;
  limits!: { maxFirst: number };
  idempotencyKeyHeader?: string;
  private childLogger?: Logger;
  /**
   * One object the copy shares by reference: Apollo runs resolvers on an Object.assign copy of
   * this context, so a flag and a list of its own would be the copy's, and `answered()` on the
   * original never saw what the resolvers queued (ASYNC rows then waited out their lease).
   */
  private readonly after: { holding: boolean; fns?: (() => void)[] } = { holding: false };

  constructor(
    private readonly rootLogger: Logger,
    fields: Omit<Context, "logger" | "afterAnswer">,
  ) {
    Object.assign(this, fields);
  }

  afterAnswer(fn: () => void): void {
    if (!this.after.holding) return fn();
    (this.after.fns ??= []).push(fn);
  }

  /** The HTTP route writes the answer itself: what afterAnswer is given waits for `answered`. */
  holdUntilAnswered(): void {
    this.after.holding = true;
  }

  answered(): void {
    const fns = this.after.fns;
    this.after.holding = false;
    this.after.fns = undefined;
    if (fns) for (const fn of fns) fn();
  }

  get logger(): Logger {
    return (this.childLogger ??= this.rootLogger.child({ requestId: this.requestId, tenant: this.tenant.id }));
  }
}

export interface RequestContextDeps {
  logger: Logger;
  services: VendorServices;
  idempotency: Idempotency;
  deliveries: DeliveryService;
  maxFirst: number;
  /** server.requestDeadlineMs: vendor work of one request ends this long after it started. */
  requestDeadlineMs?: number;
  /** Upstream call sink for process-wide metrics. */
  onUpstream?: ConstructorParameters<typeof UpstreamStats>[0];
}

/** Builds a resolver's Context: one per HTTP request, one per operation over the socket. */
export type BuildContext = (
  tenant: TenantContext,
  requestId: string,
  headers: IncomingHttpHeaders,
) => Context & { holdUntilAnswered(): void; answered(): void };

export function requestContextFactory(deps: RequestContextDeps): BuildContext {
  return (tenant, requestId, headers) => {
    const upstream = new UpstreamStats(deps.onUpstream, Date.now() + (deps.requestDeadlineMs ?? Number.POSITIVE_INFINITY));
    const cacheControl = String(headers["cache-control"] ?? "");
    const idem = headers["idempotency-key"];
    return new RequestContext(deps.logger, {
      tenant,
      requestId,
      upstream,
      cache: deps.services.cacheFor(tenant.id).withStats(upstream),
      fresh: /no-cache|no-store/i.test(cacheControl),
      memo: new Map(),
      services: deps.services,
      idempotency: deps.idempotency,
      deliveries: deps.deliveries,
      limits: { maxFirst: deps.maxFirst },
      idempotencyKeyHeader: Array.isArray(idem) ? idem[0] : idem,
    });
  };
}

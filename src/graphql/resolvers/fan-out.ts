import { GraphQLError } from "graphql";
import type { Context } from "../context.js";
import { vendorCall } from "../context.js";
import { BadInputError, VendorError } from "../../lib/errors.js";
import { delivery, DeliveryStatus, type Delivery } from "../../model/delivery.js";
import type { Vendor } from "../types/enums.js";
import type { VendorAdapter, VendorCallContext } from "../../vendors/types.js";
import type { RequestContext } from "../../vendors/types.js";

/**
 * Runs one vendor operation per target concurrently. Each target's outcome becomes its own
 * Delivery: a vendor that is down, unconfigured or refuses the data never hides another's
 * success, and one vendor's rule never blocks another (DESIGN "Mutations and results"): a
 * target's pre-flight (`preflight`, then anything its adapter refuses before sending) makes that
 * target's delivery REJECTED with fieldErrors naming the unified fields, and the others go ahead.
 * Input no target could take (a malformed id, a bad target list) is the resolver's to refuse
 * before fanning out.
 */
export async function fanOut(
  ctx: Context,
  targets: Vendor[],
  run: (adapter: VendorAdapter, vctx: VendorCallContext, vendor: Vendor) => Promise<Delivery>,
  preflight?: (adapter: VendorAdapter, vctx: VendorCallContext, vendor: Vendor) => void,
): Promise<Delivery[]> {
  const unique = [...new Set(targets)];
  return Promise.all(
    unique.map(async (vendor) => {
      try {
        const { adapter, vctx } = vendorCall(ctx, ctx.services.registry.byName(vendor)?.id ?? vendor);
        preflight?.(adapter, vctx, vendor);
        return await run(adapter, vctx, vendor);
      } catch (e) {
        if (e instanceof BadInputError) return rejectedDelivery(vendor, e);
        return failedDelivery(ctx, vendor, e);
      }
    }),
  );
}

/** Deliveries refused before anything was sent to their vendor. */
const refusedBeforeSending = new WeakSet<Delivery>();

/** A target's own pre-flight refusal: nothing was sent to it. */
export function rejectedDelivery(vendor: string, e: BadInputError): Delivery {
  const d = delivery(vendor, DeliveryStatus.REJECTED, {
    message: e.message,
    fieldErrors: e.problems,
    error: { code: "BAD_USER_INPUT", message: e.message, vendorCode: null, retryAfterSeconds: null, circuitOpen: null },
  });
  refusedBeforeSending.add(d);
  return d;
}

class NothingSent extends Error {
  constructor(readonly deliveries: Delivery[]) {
    super("every target refused the input before sending");
  }
}

/**
 * A fan-out once per idempotency key (`key` already resolved: argument or header, or null). A
 * payload where every target refused the input before anything was sent is answered but not
 * stored: the key stays free for the corrected input, as it did when such input was a top-level error.
 */
export async function idempotentFanOut(
  ctx: Context,
  operation: string,
  key: string | null | undefined,
  input: unknown,
  fn: () => Promise<Delivery[]>,
): Promise<{ result: Delivery[]; replayed: boolean }> {
  try {
    return await ctx.idempotency.run(ctx.tenant.id, key, operation, input, async () => {
      const deliveries = await fn();
      if (deliveries.length && deliveries.every((d) => refusedBeforeSending.has(d))) throw new NothingSent(deliveries);
      return deliveries;
    });
  } catch (e) {
    if (e instanceof NothingSent) return { result: e.deliveries, replayed: false };
    throw e;
  }
}

export function failedDelivery(ctx: RequestContext, vendor: string, e: unknown): Delivery {
  if (e instanceof VendorError) {
    const x = e.extensions as Record<string, unknown>;
    return delivery(vendor, x.code === "BAD_USER_INPUT" ? DeliveryStatus.REJECTED : DeliveryStatus.FAILED, {
      fieldErrors: e.fieldErrors,
      error: {
        code: String(x.code),
        message: e.message,
        vendorCode: (x.vendorCode as string) ?? null,
        retryAfterSeconds: (x.retryAfterSeconds as number) ?? null,
        circuitOpen: (x.circuitOpen as boolean) ?? null,
      },
    });
  }
  ctx.logger.error({ err: e, vendor, requestId: ctx.requestId }, "vendor delivery crashed");
  const message = e instanceof GraphQLError ? e.message : "internal error while delivering to the vendor";
  return delivery(vendor, DeliveryStatus.FAILED, {
    error: { code: "UPSTREAM_ERROR", message, vendorCode: null, retryAfterSeconds: null, circuitOpen: null },
  });
}

import type { Context } from "../context.js";
import { vendorCall } from "../context.js";
import { DeliveryStatus, type Delivery } from "../../model/delivery.js";
import type { Vendor } from "../types/enums.js";
import type { VendorAdapter, VendorCallContext } from "../../vendors/types.js";
import { failedDelivery } from "../../delivery/outcome.js";
import { runOperation } from "../../delivery/operations.js";
import type { DeliveryMode, FanOutTarget } from "../../delivery/service.js";

export { failedDelivery, rejectedDelivery } from "../../delivery/outcome.js";

/**
 * Runs one vendor operation per target. Each target's outcome becomes its own Delivery, committed
 * to the delivery log (the outbox) before anything is sent: a vendor that is down, unconfigured
 * or refuses the data never hides another's success, and one vendor's rule never blocks another
 * (DESIGN "Mutations and results"): a target's pre-flight (`preflight`, then anything its adapter
 * refuses before sending) makes that target's delivery REJECTED with fieldErrors naming the
 * unified fields, and the others go ahead. SYNC makes the first attempt now (a retryable failure
 * comes back RETRYING and the workers go on); ASYNC answers QUEUED and leaves it to the workers.
 * Input no target could take (a malformed id, a bad target list) is the resolver's to refuse
 * before fanning out.
 */
export async function fanOut(
  ctx: Context,
  operation: string,
  targets: Vendor[],
  payloadFor: (vendor: Vendor) => unknown,
  opts: {
    mode?: DeliveryMode;
    /** The outbox delivers it again after a retryable failure (the fan-out mutations; not validateLead). */
    retryable?: boolean;
    preflight?: (adapter: VendorAdapter, vctx: VendorCallContext, vendor: Vendor) => void;
  } = {},
): Promise<Delivery[]> {
  const unique = [...new Set(targets)];
  const prepared = unique.map((vendor): FanOutTarget & { refused: boolean } => {
    const id = ctx.services.registry.byName(vendor)?.id ?? vendor.toLowerCase();
    const payload = payloadFor(vendor);
    try {
      const { adapter, vctx } = vendorCall(ctx, id);
      opts.preflight?.(adapter, vctx, vendor);
      const call = async () => {
        try {
          return await runOperation(operation, adapter, vctx, payload);
        } catch (e) {
          return failedDelivery(ctx, vendor, e);
        }
      };
      return { vendor: id, payload, call, refused: false };
    } catch (e) {
      const decided = failedDelivery(ctx, vendor, e);
      return { vendor: id, payload, decided, refused: decided.status === DeliveryStatus.REJECTED };
    }
  });
  const deliveries = await ctx.deliveries.deliver(ctx.tenant.id, operation, prepared, opts.mode ?? "SYNC", opts.retryable ?? true, (fn) =>
    ctx.afterAnswer(fn),
  );
  deliveries.forEach((d, i) => prepared[i]!.refused && refusedBeforeSending.add(d));
  return deliveries;
}

/** Deliveries refused before anything was sent to their vendor. */
const refusedBeforeSending = new WeakSet<Delivery>();

class NothingSent extends Error {
  constructor(readonly deliveries: Delivery[]) {
    super("every target refused the input before sending");
  }
}

/**
 * A fan-out once per idempotency key (`key` already resolved: argument or header, or null). A
 * replay answers the same deliveries with their current status (the log's). A payload where
 * every target refused the input before anything was sent is answered but not stored: the key
 * stays free for the corrected input, as it did when such input was a top-level error.
 */
export async function idempotentFanOut(
  ctx: Context,
  operation: string,
  key: string | null | undefined,
  input: unknown,
  fn: () => Promise<Delivery[]>,
): Promise<{ result: Delivery[]; replayed: boolean }> {
  try {
    const r = await ctx.idempotency.run(ctx.tenant.id, key, operation, input, async () => {
      const deliveries = await fn();
      if (deliveries.length && deliveries.every((d) => refusedBeforeSending.has(d))) throw new NothingSent(deliveries);
      return deliveries;
    });
    return r.replayed ? { result: await ctx.deliveries.current(ctx.tenant.id, r.result), replayed: true } : r;
  } catch (e) {
    if (e instanceof NothingSent) return { result: e.deliveries, replayed: false };
    throw e;
  }
}

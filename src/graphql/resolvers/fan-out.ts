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
 * success. Bad input found before sending is collected from every target first and thrown as
 * one BAD_USER_INPUT, so nothing is sent anywhere when any target would reject the input.
 */
export async function fanOut(
  ctx: Context,
  targets: Vendor[],
  run: (adapter: VendorAdapter, vctx: VendorCallContext, vendor: Vendor) => Promise<Delivery>,
  preflight?: (adapter: VendorAdapter, vctx: VendorCallContext, vendor: Vendor) => void,
): Promise<Delivery[]> {
  const unique = [...new Set(targets)];
  const prepared = unique.map((vendor) => {
    try {
      const adapter = ctx.services.registry.byName(vendor);
      return { vendor, ...vendorCall(ctx, adapter?.id ?? vendor) };
    } catch (e) {
      return { vendor, error: e as Error };
    }
  });
  if (preflight) {
    const problems = [];
    for (const p of prepared) {
      if (!("adapter" in p) || !p.adapter) continue;
      try {
        preflight(p.adapter, p.vctx, p.vendor);
      } catch (e) {
        if (e instanceof BadInputError) problems.push(...e.problems.map((x) => ({ ...x, message: `${x.message} (${p.vendor})` })));
        else throw e;
      }
    }
    if (problems.length) throw new BadInputError(problems);
  }
  return Promise.all(
    prepared.map(async (p) => {
      if (!("adapter" in p) || !p.adapter) return failedDelivery(ctx, p.vendor, p.error);
      try {
        return await run(p.adapter, p.vctx, p.vendor);
      } catch (e) {
        if (e instanceof BadInputError) throw e;
        return failedDelivery(ctx, p.vendor, e);
      }
    }),
  );
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

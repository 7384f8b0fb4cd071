import { GraphQLError } from "graphql";
import { BadInputError, VendorError } from "../lib/errors.js";
import type { Logger } from "../lib/logger.js";
import { delivery, DeliveryStatus, type Delivery } from "../model/delivery.js";

/** A target's own pre-flight refusal: nothing was sent to it. */
export function rejectedDelivery(vendor: string, e: BadInputError): Delivery {
  return delivery(vendor, DeliveryStatus.REJECTED, {
    message: e.message,
    fieldErrors: e.problems,
    error: { code: "BAD_USER_INPUT", message: e.message, vendorCode: null, retryAfterSeconds: null, circuitOpen: null },
  });
}

/** What an adapter threw, as that vendor's delivery: a VendorError keeps its codes; anything else is logged and FAILED. */
export function failedDelivery(ctx: { logger: Logger; requestId: string }, vendor: string, e: unknown): Delivery {
  if (e instanceof BadInputError) return rejectedDelivery(vendor, e);
  if (e instanceof VendorError) {
    const x = e.extensions as Record<string, unknown>;
    return delivery(vendor, x.code === "BAD_USER_INPUT" ? DeliveryStatus.REJECTED : DeliveryStatus.FAILED, {
      fieldErrors: e.fieldErrors,
      ...(x.retrySafe === false ? { noRetry: true } : {}),
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

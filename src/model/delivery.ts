import type { Lead } from "./lead.js";
import type { Event } from "./event.js";

export const DeliveryStatus = {
  CREATED: "CREATED",
  UPDATED: "UPDATED",
  EXISTING: "EXISTING",
  VALIDATED: "VALIDATED",
  SCHEDULED: "SCHEDULED",
  CANCELLED: "CANCELLED",
  DELETED: "DELETED",
  REJECTED: "REJECTED",
  FAILED: "FAILED",
} as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/** A vendor-side or pre-flight problem with one unified input field (`input.email`). */
export interface FieldError {
  field: string;
  message: string;
}

export interface DeliveryError {
  /** Stable code: UPSTREAM_ERROR, UPSTREAM_TIMEOUT, RATE_LIMITED, VENDOR_NOT_CONFIGURED, … */
  code: string;
  message: string;
  /** The vendor's own code (CT515), or `HTTP_<status>` (`HTTP_500`) when an HTTP status is all it said, for every vendor. */
  vendorCode: string | null;
  retryAfterSeconds: number | null;
  /** True when the vendor's circuit breaker is open (failing fast). */
  circuitOpen: boolean | null;
}

/** What one vendor made of a mutation. */
export interface Delivery {
  vendor: string;
  status: DeliveryStatus;
  message: string | null;
  nativeId: string | null;
  lead: Lead | null;
  event: Event | null;
  fieldErrors: FieldError[];
  error: DeliveryError | null;
  /** Vendor-specific results (assigned numbers, job ids, …), secrets never included. */
  details: Record<string, unknown> | null;
}

/**
 * Defaults for every optional Delivery field, so adapters state only what they know. A delivery
 * that is not a success always carries a human `message`: the vendor's own words when the adapter
 * gives them, else its error's message, else its field errors.
 */
export function delivery(vendor: string, status: DeliveryStatus, rest: Partial<Delivery> = {}): Delivery {
  const d: Delivery = {
    vendor, status, message: null, nativeId: null, lead: null, event: null, fieldErrors: [], error: null, details: null, ...rest,
  };
  if (d.message == null && !OK.has(status)) d.message = fallbackMessage(d);
  return d;
}

function fallbackMessage(d: Delivery): string {
  if (d.error?.message) return d.error.message;
  if (d.fieldErrors.length) return d.fieldErrors.map((f) => `${f.field}: ${f.message}`).join("; ");
  return `${d.vendor} did not accept the request (${d.status})`;
}

const OK: ReadonlySet<DeliveryStatus> = new Set([
  DeliveryStatus.CREATED,
  DeliveryStatus.UPDATED,
  DeliveryStatus.EXISTING,
  DeliveryStatus.VALIDATED,
  DeliveryStatus.SCHEDULED,
  DeliveryStatus.CANCELLED,
  DeliveryStatus.DELETED,
]);

export function allOk(deliveries: Delivery[]): boolean {
  return deliveries.length > 0 && deliveries.every((d) => OK.has(d.status));
}

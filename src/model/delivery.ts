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
  /** In the outbox, not attempted yet (mode: ASYNC). */
  QUEUED: "QUEUED",
  /** In the outbox after a retryable failure; `nextAttemptAt` says when it is tried again. */
  RETRYING: "RETRYING",
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

/** One attempt at a delivery, as the log keeps it (scrubbed of secrets like everything else). */
export interface DeliveryAttempt {
  at: Date;
  /** The status this attempt produced (RETRYING for a retryable failure with attempts left). */
  outcome: DeliveryStatus;
  error: Pick<DeliveryError, "code" | "vendorCode" | "message"> | null;
  durationMs: number;
}

/** What one vendor made of a mutation. */
export interface Delivery {
  /** `leadgraph:delivery:<n>` once the delivery log holds it (every fan-out delivery). */
  id?: string;
  /** The mutation (createLead, cancelLead, …) or background operation this delivery carries out. */
  operation?: string;
  attempts?: number;
  nextAttemptAt?: Date | null;
  createdAt?: Date;
  updatedAt?: Date;
  history?: DeliveryAttempt[];
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
  /**
   * The adapter says a repeat is not safe even after a retryable failure (it would repeat an effect
   * the vendor cannot dedupe, e.g. restart a call schedule): the outbox settles it as it is.
   */
  noRetry?: boolean;
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

/** Not final: the outbox still holds it. */
export function isPending(status: DeliveryStatus): boolean {
  return status === DeliveryStatus.QUEUED || status === DeliveryStatus.RETRYING;
}

export function isSuccess(status: DeliveryStatus): boolean {
  return OK.has(status);
}

/**
 * A tenant's delivery settings (`tenants[].delivery`): how long and how often a retryable failure
 * is tried again. They govern the tenant's outbound webhooks too.
 */
export interface DeliveryPolicy {
  retry: boolean;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No attempt starts later than this after the delivery was accepted (or re-queued). */
  maxAgeSeconds: number;
  /** How long one replica's claim on a delivery holds before another may take it over. */
  leaseSeconds: number;
  backoff: { initialMs: number; maxMs: number };
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  retry: true,
  maxAttempts: 10,
  maxAgeSeconds: 86_400,
  leaseSeconds: 60,
  backoff: { initialMs: 1000, maxMs: 600_000 },
};

export function allOk(deliveries: Delivery[]): boolean {
  return deliveries.length > 0 && deliveries.every((d) => OK.has(d.status));
}

import { z } from "zod";
import { DEFAULT_DELIVERY_POLICY as D, DeliveryStatus, isSuccess, type Delivery, type DeliveryPolicy } from "../model/delivery.js";

/** `tenants[].delivery`: every field optional, the defaults are DEFAULT_DELIVERY_POLICY's. */
export const deliveryPolicySchema: z.ZodType<DeliveryPolicy, z.ZodTypeDef, unknown> = z
  .object({
    retry: z.boolean().default(D.retry),
    maxAttempts: z.number().int().min(1).max(1000).default(D.maxAttempts),
    maxAgeSeconds: z.number().positive().default(D.maxAgeSeconds),
    leaseSeconds: z.number().positive().max(3600).default(D.leaseSeconds),
    backoff: z
      .object({
        initialMs: z.number().int().min(0).default(D.backoff.initialMs),
        maxMs: z.number().int().min(0).default(D.backoff.maxMs),
      })
      .strict()
      .default({}),
  })
  .strict()
  .default({});

/** Exponential backoff with ±20 % jitter, so retries of many deliveries that failed together spread out. */
export function backoffMs(attempts: number, initialMs: number, maxMs: number, random = Math.random): number {
  const exp = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

/**
 * A failure worth trying again: a timeout, a connection error, 5xx, 429, an open circuit. A vendor
 * refusal (REJECTED, any other 4xx, a documented business error) and a missing configuration are final.
 */
export function isRetryable(d: Delivery): boolean {
  if (d.status !== DeliveryStatus.FAILED || !d.error) return false;
  const { code, vendorCode, circuitOpen } = d.error;
  if (circuitOpen) return true;
  if (code === "UPSTREAM_TIMEOUT" || code === "RATE_LIMITED" || code === "SERVICE_UNAVAILABLE") return true;
  // a background poll whose vendor job has not finished yet (NOT_READY): asked again, with backoff
  if (code === "NOT_READY") return true;
  if (code !== "UPSTREAM_ERROR") return false;
  // no vendor code: the request never got an answer (connection refused or reset, a crash)
  return vendorCode == null || /^HTTP_(5\d\d|429)$/.test(vendorCode);
}

export interface Verdict {
  status: DeliveryStatus;
  /** Epoch ms of the next attempt; null when final. */
  nextAttemptAt: number | null;
}

/**
 * What an attempt's outcome makes of the delivery: final (success, REJECTED, a final FAILED,
 * or the tenant's budget used up) or RETRYING at the next backoff step (Retry-After when the
 * vendor gave one and it is longer).
 */
export function verdict(outcome: Delivery, attempts: number, budgetFrom: number, policy: DeliveryPolicy, now = Date.now()): Verdict {
  if (isSuccess(outcome.status) || !isRetryable(outcome) || outcome.noRetry) return { status: outcome.status, nextAttemptAt: null };
  const retryAfterMs = (outcome.error?.retryAfterSeconds ?? 0) * 1000;
  const next = now + Math.max(backoffMs(attempts, policy.backoff.initialMs, policy.backoff.maxMs), retryAfterMs);
  // `retry: false` turns off retrying failures; a poll whose job is not finished (NOT_READY) is no failure
  const retrying = policy.retry || outcome.error?.code === "NOT_READY";
  const exhausted = !retrying || attempts >= policy.maxAttempts || next > budgetFrom + policy.maxAgeSeconds * 1000;
  return exhausted ? { status: DeliveryStatus.FAILED, nextAttemptAt: null } : { status: DeliveryStatus.RETRYING, nextAttemptAt: next };
}

/**
 * Retry delays for webhook attempts (spec "Deliverability": exponential backoff with random
 * jitter, so that endpoints failing under our own load are not hit again in lockstep).
 */

/**
 * Delay before retry number `attempt` (1 = after the first failed attempt): the exponential step
 * `initialMs · 2^(attempt-1)`, capped at `maxMs`, then "equal jitter" — uniformly within the
 * upper half of the step, so delays keep growing while replicas still spread out.
 * Result is in [step / 2, step], step ≤ maxMs.
 */
export function webhookBackoffMs(attempt: number, initialMs: number, maxMs: number, random: () => number = Math.random): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError("attempt counts from 1");
  if (!(initialMs > 0) || !(maxMs >= initialMs)) throw new RangeError("need 0 < initialMs ≤ maxMs");
  // 2^(attempt-1) overflows to Infinity long before attempt is large; Math.min keeps it at maxMs
  const step = Math.min(maxMs, initialMs * 2 ** (attempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(step / 2 + r * (step / 2));
}

/**
 * The delay to schedule: the receiver's `Retry-After` when it sent one (spec: "should be taken
 * into consideration"), but never sooner than our backoff and never past `maxMs`, so that a
 * hostile or mistaken header cannot park a message for a year.
 */
export function webhookRetryDelayMs(
  attempt: number,
  backoff: { initialMs: number; maxMs: number },
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const ours = webhookBackoffMs(attempt, backoff.initialMs, backoff.maxMs, random);
  return retryAfterMs === null ? ours : Math.min(backoff.maxMs, Math.max(ours, retryAfterMs));
}

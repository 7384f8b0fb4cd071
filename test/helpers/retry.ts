import { randomUUID } from "node:crypto";
import { VendorError } from "../../src/lib/errors.js";
import type { Delivery } from "../../src/model/delivery.js";
import { backgroundScope, callContext } from "../../src/vendors/call-context.js";
import type { VendorAdapter, VendorCallContext } from "../../src/vendors/types.js";
import { startTestApp, type TestApp } from "./app.js";

/**
 * Adapter-level retries, the way the delivery outbox makes them: a call context built by
 * call-context.ts outside any request (a background job's scope), with `attempt` set, against
 * the app's vendor simulators over real HTTP. The simulators' `afterCommit` fault makes the
 * ambiguous first attempt: the vendor keeps the record, the answer never arrives.
 */

/** The response timeout the retry apps run with; `AFTER_COMMIT_DELAY_MS` is well past it. */
export const RETRY_TIMEOUT_MS = 200;
export const AFTER_COMMIT_DELAY_MS = 1500;

/** Codes the outbox retries (DESIGN.md "Delivery guarantees": timeouts, 5xx, 429, open circuits). */
export const RETRYABLE = ["UPSTREAM_TIMEOUT", "UPSTREAM_ERROR", "RATE_LIMITED"];

/** The demo tenant on every simulator, with a short response timeout and a breaker that never opens here. */
export function startRetryApp(vendorIds: string[]): Promise<TestApp> {
  const policy = { responseTimeoutMs: RETRY_TIMEOUT_MS, deadlineMs: 1000, breaker: { consecutiveFailures: 1000 } };
  return startTestApp({
    env: { LOG_LEVEL: "warn" },
    config: (c) => ({
      ...c,
      server: { ...c.server, upstream: { ...c.server.upstream, ...Object.fromEntries(vendorIds.map((id) => [id, policy])) } },
    }),
  });
}

/** A background job's call context for `vendorId` on the demo tenant; `attempt` as the outbox passes it. */
export function jobContext<C = unknown>(
  app: TestApp,
  vendorId: string,
  attempt?: number,
): { adapter: VendorAdapter; vctx: VendorCallContext<C> } {
  const tenant = app.services.tenants.find((t) => t.id === "demo");
  if (!tenant) throw new Error("the retry tests run on the demo tenant");
  const requestId = `retry-test-${randomUUID()}`;
  const { adapter, vctx } = callContext<C>(app.services, tenant, vendorId, backgroundScope(app.services, tenant.id, requestId, app.logger));
  if (attempt !== undefined) vctx.attempt = attempt;
  return { adapter, vctx };
}

/** What an attempt came to: the adapter's delivery, or the FAILED one its thrown VendorError becomes. */
export type AttemptOutcome = Pick<Delivery, "status"> & Partial<Delivery> & { errorCode?: string };

export async function outcomeOf(call: Promise<Delivery>): Promise<AttemptOutcome> {
  try {
    const d = await call;
    return { ...d, errorCode: d.error?.code };
  } catch (e) {
    if (e instanceof VendorError) return { status: "FAILED", errorCode: String(e.extensions.code) };
    throw e;
  }
}

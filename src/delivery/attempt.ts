import { backgroundScope, callContext } from "../vendors/call-context.js";
import type { OutboxJob, OutboxOperation, VendorServices } from "../vendors/types.js";
import { DeliveryStatus, delivery, type Delivery } from "../model/delivery.js";
import type { OutboxRow } from "./outbox.js";
import { deliveryGlobalId, type DeliveryService } from "./service.js";
import { runOperation } from "./operations.js";
import { failedDelivery } from "./outcome.js";
import { sendWebhook } from "./webhooks/send.js";
import { webhookRetryDelayMs } from "./webhooks/backoff.js";

/** Another worker took the row over (its lease ran out while this attempt ran): this attempt's outcome is not ours to record. */
export class LostLease extends Error {}

const num = (v: unknown): number => Number(v);

/** An adapter's own operation (`<vendor id>.<what>`), from whichever adapter declares it. */
function adapterOperation(services: VendorServices, operation: string): OutboxOperation | undefined {
  for (const a of services.registry.adapters) {
    const op = a.operations?.[operation];
    if (op) return op;
  }
  return undefined;
}

/** One worker attempt at a vendor delivery: the operation again, with `attempt` telling the adapter to dedupe first. */
export async function attemptVendorDelivery(service: DeliveryService, services: VendorServices, row: OutboxRow): Promise<void> {
  const started = Date.now();
  const id = num(row.id);
  const log = services.logger.child({ delivery: id, operation: row.operation, vendor: row.vendor, tenant: row.tenant_id });
  const tenant = services.tenants.find((t) => t.id === row.tenant_id);
  const vendor = row.vendor ?? "";
  const name = services.registry.get(vendor)?.name ?? vendor.toUpperCase();
  let outcome: Delivery;
  try {
    outcome = await service.withLease(row, async () => {
      if (!tenant) {
        return delivery(name, DeliveryStatus.FAILED, {
          error: {
            code: "VENDOR_NOT_CONFIGURED",
            message: `tenant ${row.tenant_id} is no longer configured`,
            vendorCode: null,
            retryAfterSeconds: null,
            circuitOpen: null,
          },
        });
      }
      const payload = JSON.parse(row.payload) as unknown;
      const own = adapterOperation(services, row.operation);
      if (own) {
        const job: OutboxJob = {
          id: deliveryGlobalId(id),
          tenant,
          vendorId: vendor,
          payload,
          progress: row.progress ? (JSON.parse(row.progress) as Record<string, unknown>) : {},
          attempt: num(row.attempts),
          services,
          logger: log,
          save: async (progress) => {
            if (!(await service.table.extend(id, service.owner, service.leaseMs(row.tenant_id), progress)))
              throw new LostLease(`delivery ${id}: lease lost`);
          },
        };
        return own(job);
      }
      const { adapter, vctx } = callContext(services, tenant, vendor, backgroundScope(services, tenant.id, `delivery-${id}`, log));
      vctx.attempt = num(row.attempts);
      return runOperation(row.operation, adapter, vctx, payload);
    });
  } catch (e) {
    if (e instanceof LostLease) return log.warn("delivery lease lost; another worker owns it");
    outcome = failedDelivery({ logger: log, requestId: `delivery-${id}` }, name, e);
  }
  const d = await service.settle(row, outcome, started, { retry: true, fromWorker: true });
  if (d) log.info({ status: d.status, attempts: d.attempts, nextAttemptAt: d.nextAttemptAt }, "delivery attempt");
}

/** The webhook message a row carries (service.emit wrote it). */
interface StoredMessage {
  id: string;
  type: string;
  timestamp: string;
  data: unknown;
}

export interface WebhookSendOptions {
  timeoutMs: number;
  maxResponseBytes: number;
}

/**
 * One attempt at a webhook message. 2xx: DELIVERED. 410: the endpoint is disabled for every
 * replica (in the store) until enableWebhookEndpoint. Anything else is retried under the tenant's
 * delivery policy, with the receiver's Retry-After taken into account.
 */
export async function attemptWebhook(service: DeliveryService, row: OutboxRow, opts: WebhookSendOptions): Promise<void> {
  const id = num(row.id);
  const url = row.target ?? "";
  const tenantId = row.tenant_id;
  const msg = JSON.parse(row.payload) as StoredMessage;
  const endpoint = service.tenant(tenantId)?.webhooks?.find((e) => e.url === url);
  const policy = service.policy(tenantId);
  const attempts = num(row.attempts);
  const finish = (status: string, next: number | null, result: Record<string, unknown>, durationMs: number) =>
    service.table.settle(id, service.owner, {
      status,
      nextAttemptAt: next,
      result,
      history: [...(JSON.parse(row.history) as unknown[]), { at: new Date().toISOString(), outcome: status, durationMs, ...result }],
    });
  if (!endpoint) return void (await finish("FAILED", null, { status: null, error: "endpoint no longer configured for this tenant" }, 0));
  const disabled = await service.endpointDisabled(tenantId, url);
  if (disabled)
    return void (await finish("FAILED", null, { status: null, error: `endpoint disabled: ${disabled.reason ?? "410 Gone"}` }, 0));
  const r = await sendWebhook({ ...msg, timestamp: new Date(msg.timestamp) }, endpoint, opts);
  const result = { status: r.status, error: r.error };
  if (r.outcome === "DELIVERED") return void (await finish("DELIVERED", null, result, r.durationMs));
  if (r.outcome === "GONE") {
    await service.disableEndpoint(tenantId, url, `the receiver answered 410 Gone at ${new Date().toISOString()}`);
    service.opts.logger.warn({ tenant: tenantId, webhook: id }, "webhook endpoint answered 410 Gone: disabled until enableWebhookEndpoint");
    return void (await finish("FAILED", null, result, r.durationMs));
  }
  // the webhook backoff needs 0 < initialMs ≤ maxMs; a tenant may configure 0 ("retry at once")
  const initialMs = Math.max(1, policy.backoff.initialMs);
  const next =
    Date.now() +
    webhookRetryDelayMs(Math.max(1, attempts), { initialMs, maxMs: Math.max(initialMs, policy.backoff.maxMs) }, r.retryAfterMs);
  const exhausted = !policy.retry || attempts >= policy.maxAttempts || next > num(row.budget_from) + policy.maxAgeSeconds * 1000;
  await finish(exhausted ? "FAILED" : "RETRYING", exhausted ? null : next, result, r.durationMs);
}

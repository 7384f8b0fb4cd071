import { badInput } from "../../lib/errors.js";
import { delivery, DeliveryStatus, type Delivery } from "../../model/delivery.js";
import { backgroundScope, callContext } from "../call-context.js";
import type { OutboxOperation, VendorCallContext } from "../types.js";
import { PropexoClient } from "./client.js";
import { VENDOR, type PropexoConfig } from "./config.js";
import { PROPEXO_VENDOR } from "./errors.js";
import { toWriteStatus } from "./mapper.js";
import { WriteStatusState, type WriteStatus } from "./write-status.js";

/**
 * Following the Entrata writes LeadGraph started (issue 15, DELIVERY.md "Write-status poll").
 * Propexo queues an applicant event and answers with a job id; Entrata writes it later. Every
 * createEvent that got a job id queues one outbox row (`propexo.writeStatus`, one per job id)
 * whose worker reads write-status; PENDING is "not done yet" (retried with the tenant's backoff),
 * a final status is announced to the tenant's webhooks as `entrata.write_status` and ends the row.
 */
export const WRITE_STATUS_OPERATION = "propexo.writeStatus";
/** Outbound webhook: a job LeadGraph started reached SUCCESS, PARTIAL_SUCCESS or FAILURE; `data` is the WriteStatus. */
export const WRITE_STATUS_EVENT = "entrata.write_status";
/** One poll per job and tenant, however often the producer runs for it. */
export const writeStatusDedupeKey = (jobId: string) => `${WRITE_STATUS_OPERATION}:${jobId}`;

export interface WriteStatusPollPayload {
  jobId: string;
  /** The createEvent delivery that got the job id, when the producer knows it (the request path does not yet). */
  deliveryId?: string;
}

/** What an earlier attempt confirmed: the status it announced, so a re-run after a lost settle does not announce it again. */
interface PollProgress {
  emitted?: WriteStatusState;
}

/**
 * GET write-status for a job id a createEvent delivery returned (`details.jobId`); null for an
 * unknown job. A plain function of a call context, so the background poll below reads it as the
 * `writeStatus` query does.
 */
export async function getWriteStatus(ctx: VendorCallContext<PropexoConfig>, jobId: string): Promise<WriteStatus | null> {
  const id = jobId.trim();
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw badInput("jobId", "is not a Propexo job id (letters, digits, _ and - only)");
  const raw = await new PropexoClient(ctx).getWriteStatus(id);
  return raw ? toWriteStatus(raw, id) : null;
}

/**
 * Queues the poll of a job createEvent just started, and returns the created delivery with the
 * poll's delivery id (`details.writeStatusPoll`). Never throws: the event is at Propexo already,
 * and a failure here must not turn the delivery into a retryable one (a retry re-posts the event,
 * DELIVERY.md rule 2). Without an outbox (a context built by hand) nothing is polled.
 */
export async function queueWriteStatusPoll(ctx: VendorCallContext<PropexoConfig>, created: Delivery): Promise<Delivery> {
  const jobId = created.details?.jobId;
  if (!ctx.outbox || typeof jobId !== "string") return created;
  const payload: WriteStatusPollPayload = { jobId };
  let poll: string | null = null;
  try {
    const item = { tenantId: ctx.tenant.id, operation: WRITE_STATUS_OPERATION, vendor: PROPEXO_VENDOR, payload };
    const ids = await ctx.outbox.enqueue([{ ...item, dedupeKey: writeStatusDedupeKey(jobId) }]);
    poll = ids[0] ?? null;
  } catch (e) {
    ctx.logger.error({ err: e, vendor: PROPEXO_VENDOR, jobId, requestId: ctx.requestId }, "could not queue the write-status poll");
  }
  return { ...created, details: { ...created.details, writeStatusPoll: poll } };
}

const FINAL_MESSAGE: Record<Exclude<WriteStatusState, "PENDING">, (jobId: string) => string> = {
  SUCCESS: (jobId) => `Entrata wrote the event of Propexo job ${jobId} (SUCCESS)`,
  PARTIAL_SUCCESS: (jobId) => `Entrata wrote part of the event of Propexo job ${jobId} (PARTIAL_SUCCESS): see details.errors`,
  FAILURE: (jobId) => `Entrata refused the event of Propexo job ${jobId} (FAILURE)`,
};

const failed = (code: string, message: string, vendorCode: string | null, details: Record<string, unknown>, noRetry = false) =>
  delivery(VENDOR, DeliveryStatus.FAILED, {
    message,
    error: { code, message, vendorCode, retryAfterSeconds: null, circuitOpen: null },
    details,
    ...(noRetry ? { noRetry: true } : {}),
  });

/**
 * One poll of a job. Its Delivery, as the outbox reads it:
 * - PENDING: FAILED `NOT_READY` (policy.ts retries it with the tenant's backoff): the job is not
 *   done, nothing went wrong; the tenant's budget used up, it stays FAILED NOT_READY
 *   (retryDelivery polls again);
 * - SUCCESS, PARTIAL_SUCCESS: CREATED (the job's event is in Entrata; `details.writeStatus` says
 *   which), after queuing `entrata.write_status`;
 * - FAILURE: FAILED `UPSTREAM_ERROR`, vendorCode `FAILURE`, never retried (Entrata refused the
 *   write; asking again gives the same answer), after queuing `entrata.write_status`;
 * - an unknown job (404): FAILED `NOT_FOUND`, final, no webhook (there is no status to report).
 * A Propexo 5xx, 429 or timeout is thrown as the client's VendorError and retried like any read.
 */
export const writeStatusOperation: OutboxOperation = async (job) => {
  const { services, tenant } = job;
  const { jobId, deliveryId } = (job.payload ?? {}) as Partial<WriteStatusPollPayload>;
  const base = { jobId: jobId ?? null, ...(deliveryId ? { deliveryId } : {}) };
  if (typeof jobId !== "string" || !jobId) {
    return delivery(VENDOR, DeliveryStatus.REJECTED, { message: "write-status poll without a job id", details: base });
  }
  const { vctx } = callContext<PropexoConfig>(services, tenant, PROPEXO_VENDOR, backgroundScope(services, tenant.id, job.id, job.logger));
  vctx.attempt = job.attempt;
  const ws = await getWriteStatus(vctx, jobId);
  if (!ws) return failed("NOT_FOUND", `Propexo knows no write job ${jobId}`, "HTTP_404", base);
  const details = { ...base, writeStatus: ws.status, errors: ws.errors, createdRecordId: ws.createdRecordId };
  if (ws.status === WriteStatusState.PENDING) {
    return failed("NOT_READY", `Entrata has not finished job ${jobId} yet (PENDING): asked again later`, null, details);
  }
  const progress = job.progress as PollProgress;
  if (progress.emitted !== ws.status) {
    // the WriteStatus exactly as the `writeStatus` query shows it; at least once (a crash before the
    // settle re-announces it with a new message id): receivers dedupe on data.jobId
    await services.outbox?.emit(tenant.id, WRITE_STATUS_EVENT, JSON.parse(JSON.stringify(ws)));
    await job.save({ ...progress, emitted: ws.status });
  }
  if (ws.status === WriteStatusState.FAILURE) {
    const why = ws.errors.length ? `: ${ws.errors.join("; ").slice(0, 500)}` : "";
    return failed("UPSTREAM_ERROR", FINAL_MESSAGE.FAILURE(jobId) + why, "FAILURE", details, true);
  }
  return delivery(VENDOR, DeliveryStatus.CREATED, { message: FINAL_MESSAGE[ws.status](jobId), nativeId: ws.createdRecordId, details });
};

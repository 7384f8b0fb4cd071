import type { VendorResponse } from "../../lib/http.js";
import type { VendorCallContext } from "../types.js";
import type { PropexoConfig } from "./config.js";
import { PROPEXO_VENDOR, propexoError, type PropexoFailState } from "./errors.js";
import type { PropexoEntrataApplicantEventRequest, PropexoWriteAccepted, PropexoWriteStatus } from "./types.js";

/**
 * The Propexo wire: paths, bearer auth, JSON bodies, and every answer turned into a typed
 * result or a VendorError (errors.ts). Never throws for a status; logs upstream error bodies
 * (the logger scrubs the token) and returns sanitized errors.
 */
export class PropexoClient {
  constructor(private readonly ctx: VendorCallContext<PropexoConfig>) {}

  private headers(): Record<string, string> {
    // propexo-entrata-create-applicant-event.txt: "Bearer authentication of the form Bearer <token>"
    return { authorization: `Bearer ${this.ctx.config.token}`, accept: "application/json" };
  }

  private fail(operation: string, res: VendorResponse, fieldPath?: (wire: string) => string, state?: PropexoFailState) {
    this.ctx.logger.warn(
      { vendor: PROPEXO_VENDOR, operation, status: res.status, body: res.text, requestId: this.ctx.requestId },
      "propexo answered with an error",
    );
    return propexoError(res, fieldPath, state);
  }

  // propexo-entrata-create-applicant-event.txt: POST /v1/events/applicants/entrata/ ("Create Applicant Event: Entrata");
  // vendor-notes.md (Propexo): trailing slash, 200 {"meta":{"job_id":…},"result":{…}}, 400 {"error":{…}}, 429 after 150/min.
  // Not retried: a create whose answer was lost could be written twice.
  async createApplicantEvent(
    body: PropexoEntrataApplicantEventRequest,
    fieldPath: (wire: string) => string,
  ): Promise<PropexoWriteAccepted> {
    const operation = "create_applicant_event_entrata";
    const res = await this.ctx.http.request(this.ctx.upstream, {
      vendor: PROPEXO_VENDOR,
      operation,
      method: "POST",
      url: `${this.ctx.config.baseUrl}/v1/events/applicants/entrata/`,
      headers: this.headers(),
      json: body,
      retry: { kind: "none" },
    });
    if (res.status < 200 || res.status >= 300) throw this.fail(operation, res, fieldPath);
    const j = res.json as Partial<PropexoWriteAccepted> | undefined;
    if (!j || typeof j.meta?.job_id !== "string" || !j.meta.job_id) {
      throw this.fail(operation, res, undefined, "UNEXPECTED");
    }
    return { meta: { job_id: j.meta.job_id }, result: (j.result as Record<string, unknown>) ?? {} };
  }

  // vendor-notes.md (Propexo): GET /v1/admin/write-status/{job_id} →
  // {"write_status":"SUCCESS"|"PARTIAL_SUCCESS"|"FAILURE"|"PENDING","errors":[…],"created_record_id":…}.
  // A read: retried on network errors and 5xx. Returns null for an unknown job (404).
  async getWriteStatus(jobId: string): Promise<PropexoWriteStatus | null> {
    const operation = "write_status";
    const res = await this.ctx.http.request(this.ctx.upstream, {
      vendor: PROPEXO_VENDOR,
      operation,
      method: "GET",
      url: `${this.ctx.config.baseUrl}/v1/admin/write-status/${encodeURIComponent(jobId)}`,
      headers: this.headers(),
      retry: { kind: "safe", limit: 2 },
    });
    if (res.status === 404) return null;
    if (res.status < 200 || res.status >= 300) throw this.fail(operation, res);
    const j = res.json as Partial<PropexoWriteStatus> | undefined;
    if (!j || typeof j.write_status !== "string") throw this.fail(operation, res, undefined, "UNEXPECTED");
    return {
      write_status: j.write_status,
      errors: Array.isArray(j.errors) ? j.errors : [],
      created_record_id: j.created_record_id ?? null,
    };
  }
}

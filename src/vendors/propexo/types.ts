/**
 * Raw Propexo wire types (propexo-entrata-create-applicant-event.txt and the Propexo section of
 * vendor-notes.md). Vendor-prefixed; only client.ts, errors.ts, simulator.ts and mapper.ts use them.
 */

/** `call_status` values (vendor-notes: "call_status ∈ BUSY, ABANDONED, …"). */
export const PROPEXO_CALL_STATUSES = [
  "BUSY",
  "ABANDONED",
  "DISCONNECTED",
  "FAILURE_TO_CONNECT",
  "NO_ANSWER",
  "ANSWER",
  "VOICEMAIL",
] as const;
export type PropexoCallStatus = (typeof PROPEXO_CALL_STATUSES)[number];

export const PROPEXO_WRITE_STATUSES = ["SUCCESS", "PARTIAL_SUCCESS", "FAILURE", "PENDING"] as const;
export type PropexoWriteStatusValue = (typeof PROPEXO_WRITE_STATUSES)[number];

/** Body of POST /v1/events/applicants/entrata/. Absent keys are omitted, never sent as null. */
export interface PropexoEntrataApplicantEventRequest {
  integration_id: string;
  applicant_id: string;
  application_id?: string;
  event_type_id: string;
  /** Mountain Time with offset, e.g. `2024-01-15T09:30:00-07:00`. */
  event_datetime: string;
  event_result_id?: string;
  event_sub_type_id?: string;
  employee_id?: string;
  unit_id?: string;
  reasons_for_event?: string;
  /** At most 256 characters. */
  notes?: string;
  appointment_datetime?: string;
  /** `HH:mm:ss` Mountain Time. */
  time_from?: string;
  time_to?: string;
  title?: string;
  call_phone_number_from?: string;
  call_phone_number_to?: string;
  call_status?: PropexoCallStatus;
  /** Seconds, integer 0–86400. */
  call_duration?: number;
  call_audio_link?: string;
  email_body?: string;
  email_subject?: string;
  email_from?: string;
  email_to?: string;
  email_cc?: string;
  email_bcc?: string;
  email_send?: boolean;
}

/** 200: `{"meta":{"job_id":"cm4ublxhn…"},"result":{…echo of the input…}}`. */
export interface PropexoWriteAccepted {
  meta: { job_id: string };
  result: Record<string, unknown>;
}

/** One Zod issue as Propexo serialises it in `error.details`. */
export interface PropexoZodIssue {
  code?: string;
  path?: (string | number)[];
  message?: string;
  keys?: string[];
  [k: string]: unknown;
}

/**
 * 4xx/5xx: `{"error":{"code":"invalid_request","message":"…","details":{…Zod issues…}}}`.
 * `details` is "Zod issues" in an unsettled shape: a serialised ZodError (`{issues:[…]}`), a bare
 * issue array, `flatten()` (`{fieldErrors:{…}}`) or `format()` (`{field:{_errors:[…]}}`).
 */
export interface PropexoErrorBody {
  error: { code?: string; message?: string; details?: unknown };
}

/** GET /v1/admin/write-status/{job_id}. */
export interface PropexoWriteStatus {
  write_status: PropexoWriteStatusValue;
  errors?: unknown[];
  created_record_id?: string | number | null;
}

/** Outcome of an asynchronous Propexo write (GET /v1/admin/write-status/{jobId}). */
export const WriteStatusState = {
  SUCCESS: "SUCCESS",
  PARTIAL_SUCCESS: "PARTIAL_SUCCESS",
  FAILURE: "FAILURE",
  PENDING: "PENDING",
} as const;
export type WriteStatusState = (typeof WriteStatusState)[keyof typeof WriteStatusState];

/** Where an asynchronous write (an Entrata event queued by Propexo) stands. */
export interface WriteStatus {
  vendor: string;
  jobId: string;
  status: WriteStatusState;
  /** The vendor's error messages, if any. */
  errors: string[];
  /** The vendor's id for the created record, when it reports one (Entrata usually cannot). */
  createdRecordId: string | null;
  /** The vendor's answer as received. */
  raw: unknown;
}

import { createLeadProbe } from "../../helpers/probes.js";

/** create_or_update is idempotent by caller_id, so it is retried (twice) on the faults a retry is for. */
const RETRIED = ["HTTP 500", "HTTP 502 with an HTML body", "timeout", "connection reset"];

export const writeProbe = createLeadProbe("TRACKDRIVE", "leads_create_or_update", (fault) => (RETRIED.includes(fault) ? 3 : 1));

import type { RetryPolicy, VendorResponse } from "../../lib/http.js";
import type { VendorCallContext } from "../types.js";
import type { TrackdriveConfig } from "./config.js";
import type { TrackdriveLeadParams } from "./types.js";

/**
 * The Trackdrive wire: one upsert. create_or_update matches on caller_id, so a replay after a
 * lost answer updates the lead the first attempt made instead of adding one: it is retried like
 * a read. Except with `restart_schedule`: a replay would restart the schedule again and repeat
 * its first actions (a call, an SMS), so that request is sent once.
 */
export const retryFor = (params: TrackdriveLeadParams): RetryPolicy =>
  params.restart_schedule ? { kind: "none" } : { kind: "safe", limit: 2 };

// trackdrive-leads-create-or-update.txt:
// POST https://trackdrive.com/api/v1/leads/create_or_update?lead_token=yourtoken, JSON body {caller_id, data, …}
export function createOrUpdateLead(
  ctx: VendorCallContext<TrackdriveConfig>,
  leadToken: string,
  params: TrackdriveLeadParams,
): Promise<VendorResponse> {
  return ctx.http.request(ctx.upstream, {
    vendor: "trackdrive",
    operation: "leads_create_or_update",
    method: "POST",
    url: `${ctx.config.baseUrl.replace(/\/+$/, "")}/api/v1/leads/create_or_update`,
    searchParams: { lead_token: leadToken },
    json: params,
    retry: retryFor(params),
  });
}

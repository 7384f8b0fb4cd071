import type { VendorResponse } from "../../lib/http.js";
import type { VendorCallContext } from "../types.js";
import type { TrackdriveConfig } from "./config.js";
import type { TrackdriveLeadParams } from "./types.js";

/**
 * The Trackdrive wire: one upsert. Not retried: create_or_update matches on caller_id, but
 * schedule_callback_* and restart_schedule have side effects a replay would repeat.
 */
// trackdrive-leads-create-or-update.txt: POST https://trackdrive.com/api/v1/leads/create_or_update?lead_token=yourtoken, JSON body {caller_id, data, …}
export function createOrUpdateLead(ctx: VendorCallContext<TrackdriveConfig>, leadToken: string, params: TrackdriveLeadParams): Promise<VendorResponse> {
  return ctx.http.request(ctx.upstream, {
    vendor: "trackdrive",
    operation: "leads_create_or_update",
    method: "POST",
    url: `${ctx.config.baseUrl.replace(/\/+$/, "")}/api/v1/leads/create_or_update`,
    searchParams: { lead_token: leadToken },
    json: params,
    retry: { kind: "none" },
  });
}

import { z } from "zod";

/** This vendor in the GraphQL `Vendor` enum and on every delivery. */
export const VENDOR = "TRACKDRIVE";

/**
 * The tenant's `vendors.trackdrive` block (DESIGN.md configuration contract):
 *   trackdrive: { baseUrl, leadToken, scheduleLeadToken? }
 * - `baseUrl`: the customer's Trackdrive host (each customer has its own subdomain).
 * - `leadToken`: an offer_lead_token (trackdrive.com/offers). Used by createLead and
 *   validateLead, and by any call with `options.trackdrive.token: OFFER`. With an offer token
 *   Trackdrive "will just send data to the offer which is picked up when a call is made with
 *   the caller_id of the lead" (trackdrive-leads-create-or-update.txt, lead_token).
 * - `scheduleLeadToken`: a schedule_lead_token (trackdrive.com/schedules), which "will start the
 *   actions associated with the schedule". Used by scheduleCallback, and by createLead with
 *   `options.trackdrive.token: SCHEDULE`. When it is not configured, scheduleCallback falls back
 *   to `leadToken` (a tenant may have put a schedule token there) and an explicit SCHEDULE
 *   request is refused as BAD_USER_INPUT.
 * Both tokens are secrets: they go only into the `lead_token` query parameter, never into logs,
 * messages or deliveries.
 */
export const TrackdriveConfigSchema = z
  .object({
    baseUrl: z.string().url(),
    leadToken: z.string().min(1),
    scheduleLeadToken: z.string().min(1).optional(),
  })
  .strict();

export type TrackdriveConfig = z.infer<typeof TrackdriveConfigSchema>;

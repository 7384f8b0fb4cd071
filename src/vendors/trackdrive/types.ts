/**
 * Raw Trackdrive wire types (trackdrive-leads-create-or-update.txt). Only client.ts, errors.ts,
 * simulator.ts and mapper.ts see these.
 */

/** POST /api/v1/leads/create_or_update body; `lead_token` travels in the query string. */
export interface TrackdriveLeadParams {
  /** E.164 ("Trackdrive normalises caller_id to E.164", vendor-notes.md). */
  caller_id?: string;
  email?: string;
  contact_field_type?: string;
  /** `2021-07-23 14:26:43 +0000`. */
  schedule_callback_at?: string;
  schedule_callback_in_seconds?: number;
  update_all_matching_leads?: boolean;
  apply_to?: string;
  assign_trackdrive_number?: boolean;
  assign_sms_number?: boolean;
  lead_priority?: number;
  restart_schedule?: boolean;
  auto_format_nested_fields?: boolean;
  /** Same form as schedule_callback_at. */
  next_action_at?: string;
  hours_to_expire?: number;
  max_contact_attempts?: number;
  /** "Trackdrive will convert this hash of JSON data into tokens." */
  data?: Record<string, unknown>;
}

/** The serialized lead in a success answer. No verbatim body is public: every field is optional. */
export interface TrackdriveLead {
  id?: number | string;
  caller_id?: string | null;
  email?: string | null;
  offer_id?: number | string | null;
  schedule_id?: number | string | null;
  trackdrive_number_plain?: string | null;
  sms_number_plain?: string | null;
  lead_priority?: number | null;
  data?: Record<string, unknown> | null;
  created_at?: string | null;
  updated_at?: string | null;
  [key: string]: unknown;
}

/** "HTTP 200 with the serialized lead" (vendor-notes.md); errors as `{success:false, errors}`. */
export interface TrackdriveCreateOrUpdateResponse {
  success?: boolean;
  lead?: TrackdriveLead;
  created?: boolean;
  errors?: Record<string, string[] | string> | string[] | string;
  error?: string;
  message?: string;
}

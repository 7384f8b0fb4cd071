/**
 * Kartra's wire types (kartra-webhook-calendar-complete.txt). The raw payload is `unknown`
 * JSON until schema.ts validates it; these are the validated, number-normalised shapes.
 * Never imported by resolvers.
 */
export type {
  KartraCalendarComplete,
  KartraLeadParsed as KartraLead,
  KartraCalendarParsed as KartraCalendar,
  KartraEnvelope,
  KartraOption,
} from "./schema.js";

export type KartraCustomField = import("./schema.js").KartraLeadParsed["custom_fields"][number];
export type KartraHost = import("./schema.js").KartraCalendarParsed["hosts"][number];
export type KartraCalendarEvent = import("./schema.js").KartraCalendarParsed["events"][number];

/** GDPR codes (vendor-notes.md, Kartra): gdpr_lead_status 0 off, 1 not subject, 2 accepted, 3 not accepted, 4 unknown, 5 pending. */
export const KARTRA_GDPR_STATUS: Record<number, string> = {
  0: "OFF",
  1: "NOT_SUBJECT",
  2: "ACCEPTED",
  3: "NOT_ACCEPTED",
  4: "UNKNOWN",
  5: "PENDING",
};

/** gdpr_lead_communications: 0 agreed, 1 not agreed. */
export const KARTRA_GDPR_COMMUNICATIONS: Record<number, string> = { 0: "AGREED", 1: "NOT_AGREED" };

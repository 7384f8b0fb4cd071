import type { Lead } from "../../model/lead.js";
import type { Calendar } from "../../model/calendar.js";
import type { Event } from "../../model/event.js";

/**
 * What Kartra adds to the unified model, as plain data: the mapper builds it, graphql.ts
 * declares the GraphQL types over it. Never Kartra's wire shapes (those are types.ts).
 */

/** GDPR state Kartra keeps for a lead. */
export interface KartraGdpr {
  status: string | null;
  statusCode: number | null;
  statusDate: string | null;
  statusIp: string | null;
  communications: string | null;
  communicationsCode: number | null;
}

/** Kartra lead fields outside the unified Lead model. */
export interface KartraLeadDetails {
  lastName2: string | null;
  phoneCountryCode: string | null;
  dateJoined: string | null;
  website: string | null;
  ip: string | null;
  ipCountry: string | null;
  facebook: string | null;
  twitter: string | null;
  linkedin: string | null;
  salesTaxId: string | null;
  leadPicture: string | null;
  referringId: number | null;
  blacklisted: boolean | null;
  sourceId: number | null;
  preferredTimeZone: string | null;
  gdpr: KartraGdpr;
}

/** A unified Lead carrying its Kartra-only fields for the `Lead.kartra` field resolver. */
export type KartraMappedLead = Lead & { kartra: KartraLeadDetails };

export const ForwardingStatus = {
  PENDING: "PENDING",
  RUNNING: "RUNNING",
  RETRYING: "RETRYING",
  SUCCEEDED: "SUCCEEDED",
  FAILED: "FAILED",
} as const;
export type ForwardingStatus = (typeof ForwardingStatus)[keyof typeof ForwardingStatus];

/** One forwarding of a received calendar completion to another vendor. */
export interface Forwarding {
  /** The target's GraphQL `Vendor` value (`ACME`). */
  target: string;
  status: ForwardingStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  updatedAt: Date;
  leadId: string | null;
  eventIds: string[];
}

/** A stored `calendar_complete` webhook: the lead, the calendar subscription and its sessions. */
export interface CalendarCompletion {
  id: string;
  vendor: string;
  cursor: string;
  receivedAt: Date;
  status: string;
  lead: KartraMappedLead;
  calendar: Calendar;
  sessions: Event[];
  raw: unknown;
  /** Stored sequence, for field resolvers (not in the schema). */
  seq: number;
}

export interface CalendarCompletionFilter {
  email?: string | null;
  calendarId?: string | null;
  classId?: string | null;
  status?: string | null;
  since?: Date | null;
  until?: Date | null;
}

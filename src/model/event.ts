export const EventType = {
  CALL: "CALL",
  APPOINTMENT: "APPOINTMENT",
  CONTACT_REMINDER: "CONTACT_REMINDER",
  EMAIL: "EMAIL",
  TEXT: "TEXT",
  NOTE: "NOTE",
  CALENDAR_SESSION: "CALENDAR_SESSION",
  OTHER: "OTHER",
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

/** Something that happens with a lead at a time. */
export interface Event {
  id: string;
  vendor: string;
  nativeId: string | null;
  type: EventType;
  title: string | null;
  description: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  /** The vendor's own IANA time zone for this event. */
  sourceTimeZone: string | null;
  /** Start as wall-clock time with offset in sourceTimeZone. */
  startsAtLocal: string | null;
  /** Global id of the lead this event belongs to. */
  leadId: string | null;
  raw: unknown;
}

/** An event for a lead. A vendor's own fields travel beside it, in that vendor's options. */
export interface EventInput {
  leadId?: string | null;
  type: EventType;
  title?: string | null;
  description?: string | null;
  startsAt: Date;
  endsAt?: Date | null;
  durationMinutes?: number | null;
  /** The vendor user the event is assigned to. */
  userId?: string | null;
  /** Vendor-specific event fields passed through. */
  extra?: Record<string, unknown> | null;
}

import type { Event } from "./event.js";

export interface CalendarHost {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

/** A lead's calendar subscription: calendar, class, hosts and sessions. */
export interface Calendar {
  id: string;
  vendor: string;
  nativeId: string;
  calendarId: string | null;
  calendarName: string | null;
  classId: string | null;
  className: string | null;
  hosts: CalendarHost[];
  vendorTimeZone: string | null;
  status: string | null;
  sessions: Event[];
  leadId: string | null;
  raw: unknown;
}

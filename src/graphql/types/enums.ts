import { registerEnumType } from "type-graphql";
import type { VendorId } from "../../vendors/types.js";

export enum Vendor {
  CLIENTTETHER = "CLIENTTETHER",
  KARTRA = "KARTRA",
  COMUNIK8 = "COMUNIK8",
  TRACKDRIVE = "TRACKDRIVE",
  /** Entrata, reached through Propexo. */
  ENTRATA = "ENTRATA",
}
registerEnumType(Vendor, { name: "Vendor", description: "A vendor LeadGraph speaks to." });

const BY_ID: Record<VendorId, Vendor> = {
  clienttether: Vendor.CLIENTTETHER,
  kartra: Vendor.KARTRA,
  comunik8: Vendor.COMUNIK8,
  trackdrive: Vendor.TRACKDRIVE,
  propexo: Vendor.ENTRATA,
};

export function vendorEnum(id: VendorId): Vendor {
  return BY_ID[id];
}

export function vendorIdOf(v: Vendor): VendorId {
  return (Object.keys(BY_ID) as VendorId[]).find((k) => BY_ID[k] === v)!;
}

/** The vendor part of a global id (`clienttether:lead:1`); `entrata` is accepted for Propexo. */
export function vendorIdFromGlobal(prefix: string): VendorId | undefined {
  if (prefix === "entrata") return "propexo";
  return (Object.keys(BY_ID) as VendorId[]).find((k) => k === prefix);
}

export enum EventType {
  CALL = "CALL",
  APPOINTMENT = "APPOINTMENT",
  CONTACT_REMINDER = "CONTACT_REMINDER",
  EMAIL = "EMAIL",
  TEXT = "TEXT",
  NOTE = "NOTE",
  CALENDAR_SESSION = "CALENDAR_SESSION",
  OTHER = "OTHER",
}
registerEnumType(EventType, { name: "EventType" });

export enum DeliveryStatus {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  EXISTING = "EXISTING",
  VALIDATED = "VALIDATED",
  SCHEDULED = "SCHEDULED",
  CANCELLED = "CANCELLED",
  DELETED = "DELETED",
  REJECTED = "REJECTED",
  FAILED = "FAILED",
}
registerEnumType(DeliveryStatus, {
  name: "DeliveryStatus",
  description: "What one vendor did with a mutation. REJECTED: the vendor refused the data (see fieldErrors). FAILED: it could not be done (see error).",
});

export enum Capability {
  LEAD_READ = "LEAD_READ",
  LEAD_WRITE = "LEAD_WRITE",
  LEAD_UPDATE = "LEAD_UPDATE",
  LEAD_DELETE = "LEAD_DELETE",
  LEAD_CANCEL = "LEAD_CANCEL",
  LEAD_VALIDATE = "LEAD_VALIDATE",
  EVENT_WRITE = "EVENT_WRITE",
  CALLBACK_SCHEDULE = "CALLBACK_SCHEDULE",
  WEBHOOK = "WEBHOOK",
}
registerEnumType(Capability, { name: "Capability" });

import { registerEnumType } from "type-graphql";
import { vendors, type VendorName } from "../../vendors/registry.js";
import { EventType } from "../../model/event.js";
import { DeliveryStatus } from "../../model/delivery.js";
import { Capability } from "../../model/capability.js";

/** The GraphQL `Vendor` enum: one value per registered vendor, its `name`, described by the vendor's adapter. */
export type Vendor = VendorName;
export const Vendor = Object.fromEntries(vendors.map((v) => [v.name, v.name])) as { readonly [K in VendorName]: K };
registerEnumType(Vendor, {
  name: "Vendor",
  description: "A vendor LeadGraph speaks to: a mutation's `targets`, a delivery's `vendor`, the first part of a global id.",
  valuesConfig: Object.fromEntries(vendors.map((v) => [v.name, { description: v.description }])),
});

// The model's own objects are registered, so vendor folders can use them in their types unchanged.
registerEnumType(EventType, {
  name: "EventType",
  description: "What kind of thing happens with a lead. Each vendor takes the kinds it has (see createEvent).",
  valuesConfig: {
    CALL: { description: "A phone call, logged or scheduled." },
    APPOINTMENT: { description: "A meeting booked in a user's calendar, with a start and usually an end." },
    CONTACT_REMINDER: { description: "A reminder for a user to contact the lead at a time." },
    EMAIL: { description: "An email sent to or received from the lead." },
    TEXT: { description: "A text message (SMS) sent to or received from the lead." },
    NOTE: { description: "A note written on the lead's record." },
    CALENDAR_SESSION: { description: "A session of a calendar subscription (see Calendar.sessions)." },
    OTHER: { description: "A vendor event kind the unified model has no name for; see raw." },
  },
});
registerEnumType(DeliveryStatus, {
  name: "DeliveryStatus",
  description:
    "What one vendor did with a mutation. REJECTED: the vendor refused the data (see fieldErrors). " +
    "FAILED: it could not be done (see error), and LeadGraph has stopped trying. QUEUED and RETRYING: the outbox still holds it.",
  valuesConfig: {
    CREATED: { description: "The vendor created a new record (see nativeId)." },
    UPDATED: { description: "The vendor changed an existing record." },
    EXISTING: { description: "The vendor already had this lead (matched by phone or email): nothing was created." },
    VALIDATED: { description: "validateLead: the vendor accepted the data in test mode; nothing was stored." },
    SCHEDULED: { description: "A callback or delayed call was scheduled at the vendor." },
    CANCELLED: { description: "The vendor cancelled the lead or its pending calls." },
    DELETED: { description: "The vendor deleted the record." },
    REJECTED: { description: "The vendor (or LeadGraph's copy of its rules) refused the data: see fieldErrors." },
    FAILED: {
      description:
        "It could not be done (vendor down, timeout, rate limit, not configured), and the attempts are exhausted or the error is final: " +
        "see error and history. retryDelivery re-queues it.",
    },
    QUEUED: { description: "mode: ASYNC: held in the durable outbox; a worker delivers it after the mutation answered." },
    RETRYING: {
      description:
        "A retryable failure (timeout, connection error, 5xx, 429, open circuit): tried again at nextAttemptAt, in the background.",
    },
  },
});
registerEnumType(Capability, {
  name: "Capability",
  description: "Something LeadGraph can do with a vendor (VendorInfo.capabilities).",
  valuesConfig: {
    LEAD_READ: { description: "Read leads: lead, leads, leadByExternalId, node." },
    LEAD_WRITE: { description: "Create leads: createLead." },
    LEAD_UPDATE: { description: "Change leads: updateLead." },
    LEAD_DELETE: { description: "Delete leads: deleteLead." },
    LEAD_CANCEL: { description: "Cancel a lead's pending calls: cancelLead." },
    LEAD_VALIDATE: { description: "Check a lead without storing it: validateLead." },
    EVENT_WRITE: { description: "Create events for leads: createEvent." },
    CALLBACK_SCHEDULE: { description: "Schedule a call back to a lead: scheduleCallback." },
    WEBHOOK: { description: "Posts webhooks to LeadGraph (POST /webhooks/<vendor>/…), queryable and subscribable." },
  },
});

export const DeliveryMode = { SYNC: "SYNC", ASYNC: "ASYNC" } as const;
export type DeliveryMode = (typeof DeliveryMode)[keyof typeof DeliveryMode];
registerEnumType(DeliveryMode, {
  name: "DeliveryMode",
  description: "When a fan-out mutation calls its vendors.",
  valuesConfig: {
    SYNC: { description: "Now, before answering; a retryable failure comes back RETRYING and is retried in the background." },
    ASYNC: { description: "After answering: each target is committed as QUEUED, and the outbox's workers deliver it." },
  },
});

export { EventType, DeliveryStatus, Capability };

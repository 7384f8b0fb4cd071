export const Capability = {
  LEAD_READ: "LEAD_READ",
  LEAD_WRITE: "LEAD_WRITE",
  LEAD_UPDATE: "LEAD_UPDATE",
  LEAD_DELETE: "LEAD_DELETE",
  LEAD_CANCEL: "LEAD_CANCEL",
  LEAD_VALIDATE: "LEAD_VALIDATE",
  EVENT_WRITE: "EVENT_WRITE",
  CALLBACK_SCHEDULE: "CALLBACK_SCHEDULE",
  WEBHOOK: "WEBHOOK",
} as const;
export type Capability = (typeof Capability)[keyof typeof Capability];

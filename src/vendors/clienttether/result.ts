import { badInput } from "../../lib/errors.js";
import { delivery, type Delivery, type DeliveryStatus } from "../../model/delivery.js";
import type { Event } from "../../model/event.js";
import { dataArray } from "./client.js";
import { VENDOR } from "./config.js";
import type { Account, ActionPlan, LeadSource, SalesCycle, Tag, User } from "./model/records.js";
import type { ClientTetherEnvelope } from "./types.js";

/** What a ClientTether-only mutation made: its delivery, and the typed record ClientTether returned where there is one. */
export interface CTResult {
  delivery: Delivery;
  event?: Event | null;
  leadSource?: LeadSource | null;
  actionPlan?: ActionPlan | null;
  salesCycle?: SalesCycle | null;
  user?: User | null;
  tag?: Tag | null;
  account?: Account | null;
}

export const done = (status: DeliveryStatus, rest: Partial<Delivery> = {}): Delivery => delivery(VENDOR, status, rest);

export const firstRecord = <T>(body: ClientTetherEnvelope): T | undefined => dataArray<T>(body)[0];

/** An empty value is refused here, naming the field: ClientTether's CT501 would not say which one. */
export const required = (v: string | null | undefined, field: string, what = "is required"): string => {
  const s = (v ?? "").trim();
  if (!s) throw badInput(field, what);
  return s;
};

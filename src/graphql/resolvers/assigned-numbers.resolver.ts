import { FieldResolver, Resolver, Root } from "type-graphql";
import { Delivery } from "../types/delivery.type.js";
import { AssignedNumbers } from "../types/assigned-numbers.type.js";

const E164 = /^\+[1-9]\d{6,14}$/;
const e164 = (v: unknown): string | null => (typeof v === "string" && E164.test(v) ? v : null);

/**
 * `Delivery.assignedNumbers`: the typed view of the numbers an adapter reports in
 * `details.trackdriveNumber` / `details.smsNumber` (Trackdrive today). Null when none was assigned.
 */
@Resolver(() => Delivery)
export class AssignedNumbersResolver {
  @FieldResolver(() => AssignedNumbers, { nullable: true, description: "Numbers the vendor assigned to the lead (Trackdrive), E.164; null when none." })
  assignedNumbers(@Root() d: Delivery): AssignedNumbers | null {
    const dialing = e164(d.details?.trackdriveNumber);
    const sms = e164(d.details?.smsNumber);
    return dialing || sms ? { dialing, sms } : null;
  }
}

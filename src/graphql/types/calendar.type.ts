import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.interface.js";
import { hasGlobalIdType } from "../../model/ids.js";
import { Vendor } from "./enums.js";
import { Event } from "./event.type.js";
import { JSON } from "./scalars.js";
import type * as model from "../../model/calendar.js";

@ObjectType({ simpleResolvers: true, description: "A host of a calendar subscription (the person the lead meets)." })
export class CalendarHost implements model.CalendarHost {
  @Field(() => String, { nullable: true, description: "Host's first name." }) firstName!: string | null;
  @Field(() => String, { nullable: true, description: "Host's last name." }) lastName!: string | null;
  @Field(() => String, { nullable: true, description: "Host's email address." }) email!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A lead's calendar subscription: calendar, class, hosts and sessions.",
})
export class Calendar implements Node, model.Calendar {
  // node(id:) gets a plain object from the adapter; its id says which type it is
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasGlobalIdType(value, "calendar");
  }

  @Field(() => ID, { description: "Global id `vendor:calendar:<subscription id>`." }) id!: string;
  @Field(() => Vendor, { description: "The vendor the subscription came from." }) vendor!: string;
  @Field(() => String, { description: "Calendar subscription id." }) nativeId!: string;
  // `calendarId` is the subscribed calendar's id, not this subscription's: the prefix carries meaning
  @Field(() => String, { nullable: true, description: "Id of the calendar subscribed to (not the subscription's own id)." })
  calendarId!: string | null;
  @Field(() => String, { nullable: true, description: "Name of the calendar subscribed to." }) calendarName!: string | null;
  @Field(() => String, { nullable: true, description: "Id of the class (session series) within the calendar." }) classId!: string | null;
  @Field(() => String, { nullable: true, description: "Name of the class within the calendar." }) className!: string | null;
  @Field(() => [CalendarHost], { description: "The calendar's hosts; empty when the vendor sent none." }) hosts!: CalendarHost[];
  @Field(() => String, { nullable: true, description: "The vendor's IANA time zone for the sessions, e.g. America/Detroit." })
  vendorTimeZone!: string | null;
  @Field(() => String, { nullable: true, description: "Subscription status as the vendor words it, e.g. Completed." })
  status!: string | null;
  @Field(() => [Event], { description: "The booked sessions, each an Event of type CALENDAR_SESSION." }) sessions!: Event[];
  @Field(() => ID, { nullable: true, description: "Global id of the lead the subscription belongs to." }) leadId!: string | null;
  @Field(() => JSON, { description: "The vendor record as received, nothing lost." }) raw!: unknown;
}

import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.interface.js";
import { hasGlobalIdType } from "../../model/ids.js";
import { Vendor } from "./enums.js";
import { Event } from "./event.type.js";
import { JSON } from "./scalars.js";
import type * as model from "../../model/calendar.js";

@ObjectType({ simpleResolvers: true })
export class CalendarHost implements model.CalendarHost {
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
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

  @Field(() => ID) id!: string;
  @Field(() => Vendor) vendor!: string;
  @Field(() => String, { description: "Calendar subscription id." }) nativeId!: string;
  @Field(() => String, { nullable: true }) calendarId!: string | null;
  @Field(() => String, { nullable: true }) calendarName!: string | null;
  @Field(() => String, { nullable: true }) classId!: string | null;
  @Field(() => String, { nullable: true }) className!: string | null;
  @Field(() => [CalendarHost]) hosts!: CalendarHost[];
  @Field(() => String, { nullable: true }) vendorTimeZone!: string | null;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field(() => [Event]) sessions!: Event[];
  @Field(() => ID, { nullable: true }) leadId!: string | null;
  @Field(() => JSON) raw!: unknown;
}

import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.interface.js";
import { hasGlobalIdType } from "../../model/ids.js";
import { EventType, Vendor } from "./enums.js";
import { DateTime, JSON } from "./scalars.js";
import type * as model from "../../model/event.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "Something that happens with a lead at a time." })
export class Event implements Node, model.Event {
  // node(id:) gets a plain object from the adapter; its id says which type it is
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasGlobalIdType(value, "event");
  }

  @Field(() => ID, { description: "Global id `vendor:event:nativeId`." }) id!: string;
  @Field(() => Vendor, { description: "The vendor that holds the event." }) vendor!: string;
  @Field(() => String, { nullable: true, description: "The vendor's own id; null for events it gives none (sessions)." })
  nativeId!: string | null;
  @Field(() => EventType, { description: "What kind of event it is." }) type!: EventType;
  @Field(() => String, { nullable: true, description: "Short title or subject." }) title!: string | null;
  @Field(() => String, { nullable: true, description: "Longer text: notes, the body of an email or text." }) description!: string | null;
  @Field(() => DateTime, { nullable: true, description: "The instant the event starts (serialized in UTC)." }) startsAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: "The instant the event ends (UTC); null when the vendor has no end." })
  endsAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The vendor's own IANA time zone for this event, e.g. America/Detroit." })
  sourceTimeZone!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Start as wall-clock time with offset in sourceTimeZone, e.g. 2020-12-11T09:00:00-05:00.",
  })
  startsAtLocal!: string | null;
  @Field(() => ID, { nullable: true, description: "Global id of the lead this event belongs to." }) leadId!: string | null;
  @Field(() => JSON, { description: "The vendor record as received, nothing lost." }) raw!: unknown;
}

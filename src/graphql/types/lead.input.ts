import { Field, ID, InputType, Int } from "type-graphql";
import { EventType } from "./enums.js";
import { DateTime, EmailAddress, JSON } from "./scalars.js";
import { EntrataEventInput } from "./entrata-event.input.js";

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
}

@InputType()
export class CustomFieldInput {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
}

@InputType({ description: "A lead as partner apps send it. Phones in any format; each vendor gets its own." })
export class LeadInput {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => EmailAddress, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Any format; national numbers use the tenant's default country." }) phone?: string | null;
  @Field(() => String, { nullable: true }) secondaryPhone?: string | null;
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => AddressInput, { nullable: true }) address?: AddressInput | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => [CustomFieldInput], { nullable: true }) customFields?: CustomFieldInput[] | null;
  @Field(() => JSON, { nullable: true, description: "Extra vendor fields passed through (e.g. ClientTether client parameters)." }) extra?: Record<string, unknown> | null;
}

@InputType()
export class CancelLeadInput {
  @Field({ description: "The lead's primary phone, any format." }) phone!: string;
  @Field(() => String, { nullable: true, description: "Vendor lead type (Comunik8); the tenant default when omitted." }) type?: string | null;
}

@InputType({ description: "An event for a lead. Which fields apply depends on the target vendor." })
export class EventInput {
  @Field(() => String, { nullable: true, description: "Global id of the lead (ClientTether)." }) leadId?: string | null;
  @Field(() => EventType) type!: EventType;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => ID, { nullable: true, description: "The vendor user the event is assigned to: ClientTether user_id, whose calendar holds it (required for ClientTether appointments)." }) userId?: string | null;
  @Field(() => JSON, { nullable: true, description: "Vendor-specific event fields." }) extra?: Record<string, unknown> | null;
  @Field(() => EntrataEventInput, { nullable: true, description: "Required when the target is ENTRATA." }) entrata?: EntrataEventInput | null;
}

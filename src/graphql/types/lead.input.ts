import { Field, ID, InputType, Int } from "type-graphql";
import { EventType } from "./enums.js";
import { DateTime, EmailAddress, JSON } from "./scalars.js";
import type * as lead from "../../model/lead.js";
import type * as event from "../../model/event.js";

@InputType()
export class AddressInput implements lead.AddressInput {
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
}

@InputType()
export class CustomFieldInput implements lead.CustomFieldInput {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
}

@InputType({ description: "A lead as partner apps send it. Phones in any format; each vendor gets its own." })
export class LeadInput implements lead.LeadInput {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => EmailAddress, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Any format; national numbers use the tenant's default country." })
  phone?: string | null;
  @Field(() => String, { nullable: true }) secondaryPhone?: string | null;
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => AddressInput, { nullable: true }) address?: AddressInput | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => [CustomFieldInput], { nullable: true }) customFields?: CustomFieldInput[] | null;
  @Field(() => JSON, {
    nullable: true,
    description: "Extra vendor fields passed through, for vendors that take parameters beyond LeadInput.",
  })
  extra?: Record<string, unknown> | null;
}

@InputType()
export class CancelLeadInput implements lead.CancelLeadInput {
  @Field({ description: "The lead's primary phone, any format." }) phone!: string;
  @Field(() => String, {
    nullable: true,
    description: "Vendor lead type, for vendors that type their leads; the tenant default when omitted.",
  })
  type?: string | null;
}

@InputType({ description: "An event for a lead. Which fields apply depends on the target vendor." })
export class EventInput implements event.EventInput {
  /** A vendor's own block (its `eventWriter.optionsField`), added by schema.ts from the registry. */
  [vendorField: string]: unknown;
  @Field(() => String, { nullable: true, description: "Global id of the lead." }) leadId?: string | null;
  @Field(() => EventType) type!: EventType;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: "The vendor user the event is assigned to, whose calendar holds it (some vendors require it for appointments).",
  })
  userId?: string | null;
  @Field(() => JSON, { nullable: true, description: "Vendor-specific event fields." }) extra?: Record<string, unknown> | null;
}

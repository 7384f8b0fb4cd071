import { Field, ID, InputType, Int } from "type-graphql";
import { EventType } from "./enums.js";
import { DateTime, EmailAddress, JSON } from "./scalars.js";
import type * as lead from "../../model/lead.js";
import type * as event from "../../model/event.js";

@InputType({ description: "A postal address; send the parts you have." })
export class AddressInput implements lead.AddressInput {
  @Field(() => String, { nullable: true, description: "Street line(s), as one string." }) street?: string | null;
  @Field(() => String, { nullable: true, description: "City or town." }) city?: string | null;
  @Field(() => String, { nullable: true, description: "State or province; 2-letter codes for vendors that take codes." })
  state?: string | null;
  @Field(() => String, { nullable: true, description: "ZIP or postal code, as text." }) postalCode?: string | null;
  @Field(() => String, { nullable: true, description: "Country name or ISO 3166 code." }) country?: string | null;
}

@InputType({ description: "A vendor field outside LeadInput, by the vendor's own key." })
export class CustomFieldInput implements lead.CustomFieldInput {
  @Field({ description: "The vendor's field name or key." }) key!: string;
  @Field(() => String, { nullable: true, description: "The value as text; null clears it where the vendor allows." }) value?: string | null;
}

@InputType({ description: "A lead as partner apps send it. Phones in any format; each vendor gets its own." })
export class LeadInput implements lead.LeadInput {
  @Field(() => String, { nullable: true, description: "Given name." }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: "Family name." }) lastName?: string | null;
  @Field(() => EmailAddress, { nullable: true, description: "Email address; also a dedupe key." }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Any format; national numbers use the tenant's default country." })
  phone?: string | null;
  @Field(() => String, { nullable: true, description: "A second phone, any format, like phone." }) secondaryPhone?: string | null;
  @Field(() => String, { nullable: true, description: "Company or organisation name." }) company?: string | null;
  @Field(() => String, { nullable: true, description: "Job title." }) jobTitle?: string | null;
  @Field(() => AddressInput, { nullable: true, description: "Postal address." }) address?: AddressInput | null;
  @Field(() => String, { nullable: true, description: "Lead source name, e.g. the campaign or site the lead came from." })
  source?: string | null;
  @Field(() => String, { nullable: true, description: "Your own id for this lead, for vendors that keep one (leadByExternalId)." })
  externalId?: string | null;
  @Field(() => [String], { nullable: true, description: "Tags to put on the lead, for vendors that tag." }) tags?: string[] | null;
  @Field(() => [CustomFieldInput], { nullable: true, description: "Vendor fields outside LeadInput, by key." })
  customFields?: CustomFieldInput[] | null;
  @Field(() => JSON, {
    nullable: true,
    description: "Extra vendor fields passed through, for vendors that take parameters beyond LeadInput.",
  })
  extra?: Record<string, unknown> | null;
}

@InputType({ description: "Which lead to cancel: vendors that cancel by phone find it by its primary phone." })
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
  @Field(() => EventType, { description: "What kind of event; each vendor takes the kinds it has." }) type!: EventType;
  @Field(() => String, { nullable: true, description: "Short title or subject." }) title?: string | null;
  @Field(() => String, { nullable: true, description: "Longer text: notes, agenda, message body." }) description?: string | null;
  @Field(() => DateTime, { description: "When it starts, with an offset (any zone); each vendor gets it in its own zone." })
  startsAt!: Date;
  @Field(() => DateTime, { nullable: true, description: "When it ends, with an offset; or give durationMinutes." }) endsAt?: Date | null;
  @Field(() => Int, { nullable: true, description: "Length in minutes, when endsAt is not given." }) durationMinutes?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: "The vendor user the event is assigned to, whose calendar holds it (some vendors require it for appointments).",
  })
  userId?: string | null;
  @Field(() => JSON, { nullable: true, description: "Vendor-specific event fields." }) extra?: Record<string, unknown> | null;
}

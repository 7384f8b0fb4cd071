import { ArgsType, Field, InputType, Int } from "type-graphql";
import { Vendor } from "./enums.js";
import { Connection } from "./connection.js";
import { Lead } from "./lead.type.js";

@InputType({ description: "Which leads `leads` lists; fields combine with AND. Matching is the vendor's own (exact or prefix)." })
export class LeadFilter {
  @Field(() => Vendor, {
    nullable: true,
    description: "Which vendor to list from; default: the first configured lead reader, in registry order.",
  })
  vendor?: Vendor | null;
  @Field(() => String, { nullable: true, description: "Email address, as the vendor matches it." }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Any format." }) phone?: string | null;
  @Field(() => String, { nullable: true, description: "First, last or full name, as the vendor matches it." }) name?: string | null;
  @Field(() => String, { nullable: true, description: "The caller's own id for the lead (Lead.externalId)." }) externalId?: string | null;
}

@ArgsType()
export class LeadsArgs {
  @Field(() => LeadFilter, { nullable: true, description: "Which leads; all of the vendor's when omitted." }) filter?: LeadFilter | null;
  @Field(() => Int, {
    defaultValue: 20,
    description: "May exceed a vendor's page size: LeadGraph fetches as many vendor pages as needed.",
  })
  first!: number;
  @Field(() => String, { nullable: true, description: "Cursor after which to start: a previous page's pageInfo.endCursor." })
  after?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: "Bypass caches and read live from the vendor." }) fresh!: boolean;
}

export const LeadConnection = Connection(Lead);
export type LeadConnection = InstanceType<typeof LeadConnection>;

import { ArgsType, Field, InputType, Int } from "type-graphql";
import { Vendor } from "./enums.js";
import { Connection } from "./connection.js";
import { Lead } from "./lead.type.js";

@InputType()
export class LeadFilter {
  @Field(() => Vendor, {
    nullable: true,
    description: "Which vendor to list from; default: the first configured lead reader, in registry order.",
  })
  vendor?: Vendor | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Any format." }) phone?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
}

@ArgsType()
export class LeadsArgs {
  @Field(() => LeadFilter, { nullable: true }) filter?: LeadFilter | null;
  @Field(() => Int, { defaultValue: 20, description: "May exceed a vendor's page size: LeadGraph fetches as many vendor pages as needed." })
  first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: "Bypass caches and read live from the vendor." }) fresh!: boolean;
}

export const LeadConnection = Connection(Lead);
export type LeadConnection = InstanceType<typeof LeadConnection>;

import { Field, InputType, Int } from "type-graphql";
import { JSONResolver as JSON } from "graphql-scalars";
import type { VendorGraphQL } from "../types.js";

/**
 * Comunik8-only knobs for createLead / validateLead / scheduleCallback (`options.comunik8`).
 * Lead types are per dialler account (comunik8-leads-api.txt, "TYPE": "These types will be
 * given to you when you start using the dialler system"), so they default from tenant config.
 */
@InputType({ description: "Comunik8 lead/add options. Omitted values come from the tenant's comunik8 config." })
export class Comunik8LeadOptions {
  @Field(() => String, {
    nullable: true,
    description:
      "Comunik8 lead type (per account); default: the tenant's comunik8.defaultType. " +
      "Checked against comunik8.leadTypes when the tenant lists them.",
  })
  type?: string | null;

  @Field(() => String, { nullable: true, description: "Comunik8 lead sub-type; default: the tenant's comunik8.defaultSubtype." })
  subtype?: string | null;

  @Field(() => Int, { nullable: true, description: "Postpone the dial-out by this many seconds (Comunik8 `delays`)." })
  delaySeconds?: number | null;

  @Field(() => JSON, { nullable: true, description: "Extra key/values merged into Comunik8's `data` (sent as a JSON string)." })
  data?: Record<string, unknown> | null;
}

export function comunik8GraphQL(): VendorGraphQL {
  return { leadOptions: { type: Comunik8LeadOptions, description: "Comunik8 lead type, sub-type, delay and extra data." } };
}

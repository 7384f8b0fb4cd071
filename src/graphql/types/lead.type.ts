import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "./node.interface.js";
import { hasGlobalIdType } from "../../model/ids.js";
import { Vendor } from "./enums.js";
import { Address } from "./address.type.js";
import { CustomField } from "./custom-field.type.js";
import { DateTime, JSON, PhoneNumber } from "./scalars.js";
import type * as model from "../../model/lead.js";

// simpleResolvers on every object type: with no type-graphql middlewares in the schema, its
// per-field wrapper only costs (a closure call and an object per field); graphql-js's default
// resolver reads the same property. @FieldResolver fields keep their own resolvers.
@ObjectType({ simpleResolvers: true, implements: Node, description: "A person a vendor knows." })
export class Lead implements Node, model.Lead {
  // node(id:) gets a plain object from the adapter; its id says which type it is
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasGlobalIdType(value, "lead");
  }

  @Field(() => ID, { description: "Global id `vendor:lead:nativeId` (the vendor's own id last)." }) id!: string;
  @Field(() => Vendor, { description: "The vendor that holds this lead." }) vendor!: string;
  @Field(() => String, { description: "The vendor's own id." }) nativeId!: string;
  @Field(() => String, { nullable: true, description: "The caller's own id for this lead, where the vendor keeps one." })
  externalId!: string | null;
  @Field(() => String, { nullable: true, description: "Given name." }) firstName!: string | null;
  @Field(() => String, { nullable: true, description: "Middle name, where the vendor keeps one." }) middleName!: string | null;
  @Field(() => String, { nullable: true, description: "Family name." }) lastName!: string | null;
  @Field(() => String, { nullable: true, description: "Primary email address." }) email!: string | null;
  @Field(() => PhoneNumber, { nullable: true, description: "Primary phone, E.164." }) phone!: string | null;
  @Field(() => PhoneNumber, { nullable: true, description: "Secondary phone, E.164." }) secondaryPhone!: string | null;
  @Field(() => String, { nullable: true, description: "Company or organisation name." }) company!: string | null;
  @Field(() => String, { nullable: true, description: "Job title." }) jobTitle!: string | null;
  @Field(() => Address, { nullable: true, description: "Postal address; null when the vendor has none." }) address!: Address | null;
  @Field(() => String, { nullable: true, description: "Lead source name." }) source!: string | null;
  @Field(() => Int, { nullable: true, description: "Lead score as the vendor computes it (its own scale)." }) score!: number | null;
  @Field(() => [String], { description: "Tags on the lead; empty when none or the vendor does not tag." }) tags!: string[];
  @Field(() => [CustomField], { description: "Vendor fields outside the unified model." }) customFields!: CustomField[];
  @Field(() => DateTime, { nullable: true, description: "When the vendor created the record (UTC)." }) createdAt!: Date | null;
  @Field(() => DateTime, { nullable: true, description: "When the vendor last changed the record (UTC)." }) updatedAt!: Date | null;
  @Field(() => JSON, { description: "The vendor record as received, nothing lost." }) raw!: unknown;
}

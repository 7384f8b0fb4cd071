import { Field, ObjectType } from "type-graphql";
import { Capability, Vendor } from "./enums.js";

@ObjectType({ simpleResolvers: true, description: "What a vendor can do, and whether the caller's tenant has it configured." })
export class VendorInfo {
  @Field(() => Vendor, { description: "The vendor, as `targets` and `filter.vendor` name it." }) id!: Vendor;
  @Field({ description: "The vendor's display name." }) name!: string;
  @Field({ description: "True when the caller's tenant has credentials for this vendor: only then can it be a target." })
  configured!: boolean;
  @Field(() => [Capability], { description: "What LeadGraph can do with this vendor." }) capabilities!: Capability[];
  @Field(() => [String], { description: "Unified fields this vendor can return." }) readableFields!: string[];
  @Field(() => [String], { description: "Unified input fields this vendor accepts." }) writableFields!: string[];
}

import { Field, ObjectType } from "type-graphql";
import { Capability, Vendor } from "./enums.js";

@ObjectType({ simpleResolvers: true, description: "What a vendor can do, and whether the caller's tenant has it configured." })
export class VendorInfo {
  @Field(() => Vendor) id!: Vendor;
  @Field() name!: string;
  @Field() configured!: boolean;
  @Field(() => [Capability]) capabilities!: Capability[];
  @Field(() => [String], { description: "Unified fields this vendor can return." }) readableFields!: string[];
  @Field(() => [String], { description: "Unified input fields this vendor accepts." }) writableFields!: string[];
}

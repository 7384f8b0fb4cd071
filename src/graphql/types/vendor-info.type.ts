import { Field, ObjectType } from "type-graphql";
import { Capability, Vendor } from "./enums.js";

@ObjectType({ simpleResolvers: true, description: "A format rule a vendor applies to one input field before sending anything." })
export class FieldRule {
  @Field({ description: "Unified input path, e.g. input.phone or options.<vendor>.type." }) field!: string;
  @Field({ description: "The rule in words, e.g. at most 60 characters, or one of a listed set." }) description!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "What one capability of a vendor needs of its input; input that breaks it is that vendor's REJECTED delivery.",
})
export class CapabilityRequirements {
  @Field(() => Capability, { description: "The capability these requirements are for." }) capability!: Capability;
  @Field(() => [String], { description: "Unified input paths the capability cannot do without, e.g. input.email." })
  requiredFields!: string[];
  @Field(() => [FieldRule], { description: "Length limits, enumerations and formats the vendor checks." }) rules!: FieldRule[];
}

@ObjectType({ simpleResolvers: true, description: "What a vendor can do, and whether the caller's tenant has it configured." })
export class VendorInfo {
  @Field(() => Vendor, { description: "The vendor, as `targets` and `filter.vendor` name it." }) id!: Vendor;
  @Field({ description: "The vendor's display name." }) name!: string;
  @Field({ description: "True when the caller's tenant has credentials for this vendor: only then can it be a target." })
  configured!: boolean;
  @Field(() => [Capability], { description: "What LeadGraph can do with this vendor." }) capabilities!: Capability[];
  @Field(() => [String], { description: "Unified fields this vendor can return." }) readableFields!: string[];
  @Field(() => [String], { description: "Unified input fields this vendor accepts." }) writableFields!: string[];
  @Field(() => [CapabilityRequirements], { description: "One entry per capability: what it needs of the input, to build a form from." })
  requirements!: CapabilityRequirements[];
}

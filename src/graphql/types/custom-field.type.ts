import { Field, ObjectType } from "type-graphql";
import { JSON } from "./scalars.js";
import type * as model from "../../model/lead.js";

@ObjectType({ simpleResolvers: true, description: "A vendor field outside the unified model, kept rather than dropped." })
export class CustomField implements model.CustomField {
  @Field({ description: "The vendor's field name or key." }) key!: string;
  @Field(() => String, { nullable: true, description: "The field's human label, where the vendor has one." }) label!: string | null;
  @Field(() => String, { description: "Vendor field type, e.g. input_field, dropdown, checkbox, text." }) type!: string;
  @Field(() => String, { nullable: true, description: "The value as text (options joined with \", \")." }) value!: string | null;
  @Field(() => [String], { description: "Selected option values for multi-valued fields; [value] otherwise." }) values!: string[];
  @Field(() => JSON, { nullable: true, description: "The vendor's own value as received." }) raw!: unknown;
}

import { Field, ObjectType } from "type-graphql";
import type * as model from "../../model/lead.js";

@ObjectType({ simpleResolvers: true })
export class Address implements model.Address {
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true, description: "State or province, 2-letter where the vendor uses codes." }) state!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
}

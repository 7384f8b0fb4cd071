import { Field, ObjectType } from "type-graphql";
import type * as model from "../../model/lead.js";

@ObjectType({ simpleResolvers: true, description: "A postal address as the vendor holds it; any part may be missing." })
export class Address implements model.Address {
  @Field(() => String, { nullable: true, description: "Street line(s), as one string." }) street!: string | null;
  @Field(() => String, { nullable: true, description: "City or town." }) city!: string | null;
  @Field(() => String, { nullable: true, description: "State or province, 2-letter where the vendor uses codes." }) state!: string | null;
  @Field(() => String, { nullable: true, description: "ZIP or postal code, as text (leading zeros kept)." }) postalCode!: string | null;
  @Field(() => String, { nullable: true, description: "Country as the vendor gives it (a name or an ISO code)." }) country!: string | null;
}

import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true })
export class Address {
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true, description: "State or province, 2-letter where the vendor uses codes." }) state!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
}

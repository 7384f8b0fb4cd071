import { Field, ObjectType } from "type-graphql";
import { Delivery } from "../delivery.type.js";
import { Event } from "../event.type.js";
import { CTAccount, CTActionPlan, CTLeadSource, CTSalesCycle, CTTag, CTUser } from "./reference.type.js";

@ObjectType("ClientTetherMutationPayload", { simpleResolvers: true, description: "What ClientTether made of a ClientTether-only mutation; the typed record it returned, where there is one." })
export class CTMutationPayload {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Boolean, { description: "True when this is the stored result of an earlier request with the same idempotency key." }) replayed!: boolean;
  @Field(() => Delivery) delivery!: Delivery;
  @Field(() => Event, { nullable: true }) event!: Event | null;
  @Field(() => CTLeadSource, { nullable: true }) leadSource!: CTLeadSource | null;
  @Field(() => CTActionPlan, { nullable: true }) actionPlan!: CTActionPlan | null;
  @Field(() => CTSalesCycle, { nullable: true }) salesCycle!: CTSalesCycle | null;
  @Field(() => CTUser, { nullable: true }) user!: CTUser | null;
  @Field(() => CTTag, { nullable: true }) tag!: CTTag | null;
  @Field(() => CTAccount, { nullable: true }) account!: CTAccount | null;
}

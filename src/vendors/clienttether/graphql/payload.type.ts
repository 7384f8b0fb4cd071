import { Field, ObjectType } from "type-graphql";
import type { Delivery } from "../../../model/delivery.js";
import type { Event } from "../../../model/event.js";
import type { GraphQLKit } from "../../types.js";
import type { Account, ActionPlan, LeadSource, SalesCycle, Tag, User } from "../model/records.js";
import { CTTag, type ReferenceTypes } from "./reference.type.js";

export interface MutationPayload {
  ok: boolean;
  replayed: boolean;
  delivery: Delivery;
  event: Event | null;
  leadSource: LeadSource | null;
  actionPlan: ActionPlan | null;
  salesCycle: SalesCycle | null;
  user: User | null;
  tag: Tag | null;
  account: Account | null;
}

/** Declared by the factory: its delivery and event are the unified types. */
export function payloadType(kit: GraphQLKit, refs: ReferenceTypes) {
  @ObjectType("ClientTetherMutationPayload", {
    simpleResolvers: true,
    description: "What ClientTether made of a ClientTether-only mutation; the typed record it returned, where there is one.",
  })
  class CTMutationPayload implements MutationPayload {
    @Field(() => Boolean, { description: "True when ClientTether did it (delivery.status is not REJECTED or FAILED)." }) ok!: boolean;
    @Field(() => Boolean, { description: "True when this is the stored result of an earlier request with the same idempotency key." })
    replayed!: boolean;
    @Field(() => kit.types.Delivery, { description: "What ClientTether made of the call: status, nativeId, fieldErrors, error." })
    delivery!: Delivery;
    @Field(() => kit.types.Event, { nullable: true, description: "updateEvent: the event as ClientTether holds it now." })
    event!: Event | null;
    @Field(() => refs.CTLeadSource, { nullable: true, description: "createLeadSource / updateLeadSource: the lead source." })
    leadSource!: LeadSource | null;
    @Field(() => refs.CTActionPlan, { nullable: true, description: "createActionPlan / updateActionPlan: the plan." })
    actionPlan!: ActionPlan | null;
    @Field(() => refs.CTSalesCycle, { nullable: true, description: "createSalesCycle / updateSalesCycle: the stage." })
    salesCycle!: SalesCycle | null;
    @Field(() => refs.CTUser, { nullable: true, description: "createClientTetherUser / updateClientTetherUser: the user." })
    user!: User | null;
    @Field(() => CTTag, { nullable: true, description: "createTag: the tag." }) tag!: Tag | null;
    @Field(() => refs.CTAccount, { nullable: true, description: "updateClientTetherAccount: the account." }) account!: Account | null;
  }
  return CTMutationPayload;
}

import { Field, Int, ObjectType } from "type-graphql";
import { DeliveryStatus, Vendor } from "./enums.js";
import { Lead } from "./lead.type.js";
import { Event } from "./event.type.js";
import { JSON } from "./scalars.js";
import type * as model from "../../model/delivery.js";

@ObjectType({ simpleResolvers: true, description: "A vendor-side or pre-flight problem with one unified input field." })
export class FieldError implements model.FieldError {
  @Field({ description: "Unified field path, e.g. input.email." }) field!: string;
  @Field() message!: string;
}

const VENDOR_CODE_DOC =
  "The vendor's own code (CT515, invalid_request, …); HTTP_<status> (HTTP_500, HTTP_429) when an HTTP status is all the vendor said, " +
  "the same form for every vendor.";

@ObjectType({ simpleResolvers: true })
export class DeliveryError implements model.DeliveryError {
  @Field({
    description: "Stable code: UPSTREAM_ERROR, UPSTREAM_TIMEOUT, RATE_LIMITED, VENDOR_NOT_CONFIGURED, NOT_FOUND, CONFLICT, BAD_USER_INPUT.",
  })
  code!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: VENDOR_CODE_DOC }) vendorCode!: string | null;
  @Field(() => Int, { nullable: true }) retryAfterSeconds!: number | null;
  @Field(() => Boolean, { nullable: true, description: "True when the vendor's circuit breaker is open (failing fast)." })
  circuitOpen!: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: "What one vendor made of a mutation." })
export class Delivery implements model.Delivery {
  @Field(() => Vendor) vendor!: string;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => String, { nullable: true, description: "The vendor's own words, e.g. \"Another call is already scheduled\"." })
  message!: string | null;
  @Field(() => String, { nullable: true, description: "The vendor's id for the record created/updated." }) nativeId!: string | null;
  @Field(() => Lead, { nullable: true }) lead!: Lead | null;
  @Field(() => Event, { nullable: true }) event!: Event | null;
  @Field(() => [FieldError]) fieldErrors!: FieldError[];
  @Field(() => DeliveryError, { nullable: true }) error!: DeliveryError | null;
  @Field(() => JSON, { nullable: true, description: "Vendor-specific results (assigned numbers, job ids, …), secrets never included." })
  details!: Record<string, unknown> | null;
}

@ObjectType({ simpleResolvers: true, description: "One delivery per targeted vendor; one vendor failing never hides another's result." })
export class LeadMutationPayload {
  @Field(() => [Delivery]) deliveries!: model.Delivery[];
  @Field(() => Lead, { nullable: true, description: "The first lead a vendor returned." }) lead!: Lead | null;
  @Field(() => Boolean, { description: "True when every delivery succeeded." }) ok!: boolean;
  @Field(() => Boolean, { description: "True when this payload is the stored result of an earlier request with the same idempotency key." })
  replayed!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class EventMutationPayload {
  @Field(() => [Delivery]) deliveries!: model.Delivery[];
  @Field(() => Event, { nullable: true }) event!: Event | null;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Boolean) replayed!: boolean;
}

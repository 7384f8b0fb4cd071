import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "./node.interface.js";
import { hasGlobalIdType } from "../../model/ids.js";
import { DeliveryStatus, Vendor } from "./enums.js";
import { Lead } from "./lead.type.js";
import { Event } from "./event.type.js";
import { DateTime, JSON } from "./scalars.js";
import type * as model from "../../model/delivery.js";

@ObjectType({ simpleResolvers: true, description: "A vendor-side or pre-flight problem with one unified input field." })
export class FieldError implements model.FieldError {
  @Field({ description: "Unified field path, e.g. input.email." }) field!: string;
  @Field({ description: "What is wrong with it, in the vendor's words where it gave any." }) message!: string;
}

const VENDOR_CODE_DOC =
  "The vendor's own code (e.g. invalid_request); HTTP_<status> (HTTP_500, HTTP_429) when an HTTP status is all the vendor said, " +
  "the same form for every vendor.";

@ObjectType({ simpleResolvers: true, description: "Why a delivery FAILED: a stable code plus the vendor's own." })
export class DeliveryError implements model.DeliveryError {
  @Field({
    description: "Stable code: UPSTREAM_ERROR, UPSTREAM_TIMEOUT, RATE_LIMITED, VENDOR_NOT_CONFIGURED, NOT_FOUND, CONFLICT, BAD_USER_INPUT.",
  })
  code!: string;
  @Field({ description: "What went wrong, with credentials scrubbed." }) message!: string;
  @Field(() => String, { nullable: true, description: VENDOR_CODE_DOC }) vendorCode!: string | null;
  @Field(() => Int, { nullable: true, description: "RATE_LIMITED: seconds until the vendor takes calls again (its Retry-After)." })
  retryAfterSeconds!: number | null;
  @Field(() => Boolean, { nullable: true, description: "True when the vendor's circuit breaker is open (failing fast)." })
  circuitOpen!: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: "The part of a delivery error an attempt in the history keeps." })
export class DeliveryAttemptError {
  @Field({ description: "Stable code, as DeliveryError.code." }) code!: string;
  @Field(() => String, { nullable: true, description: VENDOR_CODE_DOC }) vendorCode!: string | null;
  @Field({ description: "What went wrong, with credentials scrubbed." }) message!: string;
}

@ObjectType({ simpleResolvers: true, description: "One attempt at a delivery." })
export class DeliveryAttempt implements model.DeliveryAttempt {
  @Field(() => DateTime, { description: "When the attempt started." }) at!: Date;
  @Field(() => DeliveryStatus, { description: "The status this attempt produced (RETRYING: failed, and will be tried again)." })
  outcome!: DeliveryStatus;
  @Field(() => DeliveryAttemptError, { nullable: true, description: "Why it did not succeed; null when it did." })
  error!: model.DeliveryAttempt["error"];
  @Field(() => Int, { description: "How long the attempt took." }) durationMs!: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "What one vendor made of a mutation: an entry in the delivery log (deliveries, node(id:)), kept until retention prunes it.",
})
export class Delivery implements Node, model.Delivery {
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasGlobalIdType(value, "delivery");
  }
  @Field(() => ID, { description: "Global id `leadgraph:delivery:<n>`." }) id!: string;
  @Field(() => String, { description: "The mutation or background operation: createLead, cancelLead, scheduleCallback, createEvent, …" })
  operation!: string;
  @Field(() => Int, { description: "Attempts started so far, the first included." }) attempts!: number;
  @Field(() => DateTime, { nullable: true, description: "QUEUED or RETRYING: when the next attempt is due; null once final." })
  nextAttemptAt!: Date | null;
  @Field(() => DateTime, { description: "When LeadGraph accepted it." }) createdAt!: Date;
  @Field(() => DateTime, { description: "Its last status change." }) updatedAt!: Date;
  @Field(() => [DeliveryAttempt], { description: "Every attempt, oldest first." }) history!: model.DeliveryAttempt[];
  @Field(() => Vendor, { description: "The vendor this delivery went to." }) vendor!: string;
  @Field(() => DeliveryStatus, {
    description: "What the vendor did: CREATED, EXISTING, REJECTED, FAILED, …; QUEUED or RETRYING while the outbox holds it",
  })
  status!: DeliveryStatus;
  @Field(() => String, { nullable: true, description: 'The vendor\'s own words, e.g. "Another call is already scheduled".' })
  message!: string | null;
  @Field(() => String, { nullable: true, description: "The vendor's id for the record created/updated." }) nativeId!: string | null;
  @Field(() => Lead, { nullable: true, description: "The lead as the vendor holds it now, where it returned one." }) lead!: Lead | null;
  @Field(() => Event, { nullable: true, description: "The event as the vendor holds it now, where it returned one." }) event!: Event | null;
  @Field(() => [FieldError], { description: "REJECTED: one entry per refused input field; empty otherwise." }) fieldErrors!: FieldError[];
  @Field(() => DeliveryError, { nullable: true, description: "FAILED: why; null otherwise." }) error!: DeliveryError | null;
  @Field(() => JSON, { nullable: true, description: "Vendor-specific results (assigned numbers, job ids, …), secrets never included." })
  details!: Record<string, unknown> | null;
}

@ObjectType({ simpleResolvers: true, description: "One delivery per targeted vendor; one vendor failing never hides another's result." })
export class LeadMutationPayload {
  @Field(() => [Delivery], { description: "One per targeted vendor, in the order of `targets`." }) deliveries!: model.Delivery[];
  @Field(() => Lead, { nullable: true, description: "The first lead a vendor returned." }) lead!: Lead | null;
  @Field(() => Boolean, { description: "True when every delivery succeeded." }) ok!: boolean;
  @Field(() => Boolean, { description: "True when this payload is the stored result of an earlier request with the same idempotency key." })
  replayed!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "What createEvent did: one delivery (the target) and the event it made." })
export class EventMutationPayload {
  @Field(() => [Delivery], { description: "One per targeted vendor (createEvent has one target)." }) deliveries!: model.Delivery[];
  @Field(() => Event, { nullable: true, description: "The event as the vendor created it." }) event!: Event | null;
  @Field(() => Boolean, { description: "True when every delivery succeeded." }) ok!: boolean;
  @Field(() => Boolean, { description: "True when this payload is the stored result of an earlier request with the same idempotency key." })
  replayed!: boolean;
}

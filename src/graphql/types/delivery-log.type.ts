import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "./node.interface.js";
import { Connection } from "./connection.js";
import { Delivery } from "./delivery.type.js";
import { DeliveryStatus, Vendor } from "./enums.js";
import { DateTime } from "./scalars.js";
import { hasGlobalIdType } from "../../model/ids.js";

@InputType({ description: "Which deliveries: every field given must match." })
export class DeliveryFilter {
  @Field(() => Vendor, { nullable: true, description: "Only this vendor's." }) vendor?: Vendor | null;
  @Field(() => DeliveryStatus, { nullable: true, description: "Only those in this status now." }) status?: DeliveryStatus | null;
  @Field(() => String, { nullable: true, description: "Only this operation's: createLead, cancelLead, scheduleCallback, createEvent, …" })
  operation?: string | null;
  @Field(() => DateTime, { nullable: true, description: "Accepted at or after this time." }) since?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Accepted before this time." }) until?: Date | null;
}

@ArgsType()
export class DeliveriesArgs {
  @Field(() => DeliveryFilter, { nullable: true, description: "Narrow the log; all of it (this tenant's) when omitted." })
  filter?: DeliveryFilter | null;
  @Field(() => Int, { defaultValue: 20, description: "How many, newest first (at most the server's maxFirst)." }) first!: number;
  @Field(() => String, { nullable: true, description: "An endCursor of this connection: the older deliveries after it." })
  after?: string | null;
}

@ArgsType()
export class DeliveryUpdatedArgs {
  @Field(() => DeliveryFilter, { nullable: true, description: "Only changes of deliveries that match, in their new status." })
  filter?: DeliveryFilter | null;
}

export const DeliveryConnection = Connection(Delivery);
export type DeliveryConnection = InstanceType<typeof DeliveryConnection>;

export const WebhookDeliveryStatus = {
  QUEUED: "QUEUED",
  RETRYING: "RETRYING",
  DELIVERED: "DELIVERED",
  FAILED: "FAILED",
  CANCELLED: "CANCELLED",
} as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];
registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where one outbound webhook message to one endpoint stands.",
  valuesConfig: {
    QUEUED: { description: "Not attempted yet." },
    RETRYING: { description: "The receiver did not answer 2xx (or at all); tried again at nextAttemptAt with the same webhook-id." },
    DELIVERED: { description: "The receiver answered 2xx." },
    FAILED: { description: "Attempts exhausted, or the endpoint is disabled (it answered 410 Gone): see lastError." },
    CANCELLED: { description: "Stopped before it was delivered." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "One outbound webhook message to one endpoint (Standard Webhooks 1.0).",
})
export class WebhookDelivery implements Node {
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasGlobalIdType(value, "webhook_delivery");
  }
  @Field(() => ID, { description: "Global id `leadgraph:webhook_delivery:<n>`." }) id!: string;
  @Field({ description: "The `webhook-id` header: the same on every retry, so a receiver dedupes on it." }) messageId!: string;
  @Field({ description: "The event: delivery.succeeded, delivery.failed, or a vendor's own (VendorInfo lists none; see the README)." })
  eventType!: string;
  @Field({ description: "The endpoint (tenant config `webhooks[].url`)." }) url!: string;
  @Field(() => WebhookDeliveryStatus, { description: "Where it stands." }) status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: "Attempts started so far." }) attempts!: number;
  @Field(() => DateTime, { nullable: true, description: "QUEUED or RETRYING: when the next attempt is due." }) nextAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true, description: "The HTTP status of the last answer; null when none arrived." })
  lastResponseStatus!: number | null;
  @Field(() => String, { nullable: true, description: "Why the last attempt did not deliver (never the secret or the body)." })
  lastError!: string | null;
  @Field(() => DateTime, { description: "When the event was queued." }) createdAt!: Date;
  @Field(() => DateTime, { description: "Its last status change." }) updatedAt!: Date;
}

@InputType({ description: "Which webhook messages: every field given must match." })
export class WebhookDeliveryFilter {
  @Field(() => String, { nullable: true, description: "Only those to this endpoint URL." }) url?: string | null;
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: "Only those in this status now." })
  status?: WebhookDeliveryStatus | null;
  @Field(() => String, { nullable: true, description: "Only this event type." }) eventType?: string | null;
  @Field(() => DateTime, { nullable: true, description: "Queued at or after this time." }) since?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Queued before this time." }) until?: Date | null;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => WebhookDeliveryFilter, { nullable: true, description: "Narrow the log." }) filter?: WebhookDeliveryFilter | null;
  @Field(() => Int, { defaultValue: 20, description: "How many, newest first (at most the server's maxFirst)." }) first!: number;
  @Field(() => String, { nullable: true, description: "An endCursor of this connection." }) after?: string | null;
}

export const WebhookDeliveryConnection = Connection(WebhookDelivery);
export type WebhookDeliveryConnection = InstanceType<typeof WebhookDeliveryConnection>;

@ObjectType({ simpleResolvers: true, description: "An outbound webhook endpoint of this tenant and whether LeadGraph sends to it." })
export class WebhookEndpointState {
  @Field({ description: "The endpoint URL." }) url!: string;
  @Field(() => [String], { description: "The event types it takes." }) events!: string[];
  @Field({ description: "False once the receiver answered 410 Gone, until enableWebhookEndpoint." }) enabled!: boolean;
  @Field(() => DateTime, { nullable: true, description: "When it was disabled." }) disabledAt!: Date | null;
}

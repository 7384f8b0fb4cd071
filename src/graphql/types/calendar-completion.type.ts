import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "./node.interface.js";
import { Vendor } from "./enums.js";
import { Lead } from "./lead.type.js";
import { Calendar } from "./calendar.type.js";
import { Event } from "./event.type.js";
import { Connection } from "./connection.js";
import { DateTime, JSON } from "./scalars.js";

export enum ForwardingStatus {
  PENDING = "PENDING",
  RUNNING = "RUNNING",
  RETRYING = "RETRYING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}
registerEnumType(ForwardingStatus, {
  name: "ForwardingStatus",
  description: "Where one forwarding of a received webhook stands. RETRYING: the last attempt failed and another is scheduled (nextAttemptAt). FAILED: given up (rejected by the vendor or out of attempts).",
});

@ObjectType({ simpleResolvers: true, description: "One forwarding of a received calendar completion to another vendor (tenant rule `vendors.kartra.forward`), run from a durable outbox." })
export class Forwarding {
  @Field(() => Vendor) target!: Vendor;
  @Field(() => ForwardingStatus) status!: ForwardingStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: "Why the last attempt failed (sanitized)." }) lastError!: string | null;
  @Field(() => DateTime, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => DateTime) updatedAt!: Date;
  @Field(() => ID, { nullable: true, description: "Global id of the lead in the target vendor, once created or found." }) leadId!: string | null;
  @Field(() => [ID], { description: "Global ids of the events created in the target, one per session." }) eventIds!: string[];
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A Kartra `calendar_complete` webhook as received and stored: the lead, the calendar subscription and its sessions." })
export class CalendarCompletion implements Node {
  @Field(() => ID, { description: "kartra:completion:<sequence>" }) id!: string;
  @Field(() => Vendor) vendor!: Vendor;
  @Field({ description: "Pass as `after` to calendarCompletions or the calendarCompleted subscription to resume after this completion." }) cursor!: string;
  @Field(() => DateTime) receivedAt!: Date;
  @Field(() => String, { description: "calendar_subscription_status, e.g. Completed." }) status!: string;
  @Field(() => Lead) lead!: Lead;
  @Field(() => Calendar) calendar!: Calendar;
  @Field(() => [Event], { description: "One CALENDAR_SESSION per event (same as calendar.sessions)." }) sessions!: Event[];
  @Field(() => JSON, { description: "The webhook body exactly as Kartra sent it." }) raw!: unknown;
  /** Stored sequence, for field resolvers (not in the schema). */
  seq!: number;
}

@ObjectType({ simpleResolvers: true, description: "GDPR state Kartra keeps for a lead." })
export class KartraGdpr {
  @Field(() => String, { nullable: true, description: "gdpr_lead_status: OFF, NOT_SUBJECT, ACCEPTED, NOT_ACCEPTED, UNKNOWN, PENDING." }) status!: string | null;
  @Field(() => Int, { nullable: true, description: "gdpr_lead_status as sent (0–5)." }) statusCode!: number | null;
  @Field(() => String, { nullable: true, description: "gdpr_lead_status_date as sent." }) statusDate!: string | null;
  @Field(() => String, { nullable: true }) statusIp!: string | null;
  @Field(() => String, { nullable: true, description: "gdpr_lead_communications: AGREED or NOT_AGREED." }) communications!: string | null;
  @Field(() => Int, { nullable: true, description: "gdpr_lead_communications as sent (0/1)." }) communicationsCode!: number | null;
}

@ObjectType({ simpleResolvers: true, description: "Kartra lead fields outside the unified Lead model." })
export class KartraLeadDetails {
  @Field(() => String, { nullable: true }) lastName2!: string | null;
  @Field(() => String, { nullable: true }) phoneCountryCode!: string | null;
  @Field(() => String, { nullable: true, description: "date_joined as sent (YYYY-mm-dd hh:mm:ss, Eastern time); createdAt holds the instant." }) dateJoined!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) ipCountry!: string | null;
  @Field(() => String, { nullable: true }) facebook!: string | null;
  @Field(() => String, { nullable: true }) twitter!: string | null;
  @Field(() => String, { nullable: true }) linkedin!: string | null;
  @Field(() => String, { nullable: true }) salesTaxId!: string | null;
  @Field(() => String, { nullable: true }) leadPicture!: string | null;
  @Field(() => Int, { nullable: true }) referringId!: number | null;
  @Field(() => Boolean, { nullable: true }) blacklisted!: boolean | null;
  @Field(() => Int, { nullable: true }) sourceId!: number | null;
  @Field(() => String, { nullable: true }) preferredTimeZone!: string | null;
  @Field(() => KartraGdpr) gdpr!: KartraGdpr;
}

@InputType()
export class CalendarCompletionFilter {
  @Field(() => String, { nullable: true, description: "Lead email (case-insensitive)." }) email?: string | null;
  @Field(() => String, { nullable: true }) calendarId?: string | null;
  @Field(() => String, { nullable: true }) classId?: string | null;
  @Field(() => String, { nullable: true, description: "calendar_subscription_status, case-insensitive." }) status?: string | null;
  @Field(() => DateTime, { nullable: true, description: "Received at or after." }) since?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Received before." }) until?: Date | null;
}

@ArgsType()
export class CalendarCompletionsArgs {
  @Field(() => CalendarCompletionFilter, { nullable: true }) filter?: CalendarCompletionFilter | null;
  @Field(() => Int, { defaultValue: 20 }) first!: number;
  @Field(() => String, { nullable: true, description: "A CalendarCompletion cursor: completions received after it, oldest first." }) after?: string | null;
}

@ArgsType()
export class CalendarCompletedArgs {
  @Field(() => CalendarCompletionFilter, { nullable: true }) filter?: CalendarCompletionFilter | null;
  @Field(() => String, { nullable: true, description: "Replay stored completions after this cursor first, then go live with no gap." }) after?: string | null;
}

export const CalendarCompletionConnection = Connection(CalendarCompletion);
export type CalendarCompletionConnection = InstanceType<typeof CalendarCompletionConnection>;

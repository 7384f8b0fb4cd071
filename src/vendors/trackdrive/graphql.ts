import { Field, FieldResolver, InputType, Int, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { DateTimeResolver as DateTime, JSONResolver as JSON, PhoneNumberResolver as PhoneNumber } from "graphql-scalars";
import type { GraphQLKit, VendorGraphQL } from "../types.js";
import type { Delivery } from "../../model/delivery.js";

export enum TrackdriveLeadToken {
  /** The tenant's trackdrive.leadToken (an offer_lead_token): data waits for the lead's next call. */
  OFFER = "OFFER",
  /** The tenant's trackdrive.scheduleLeadToken: starts the schedule's actions (calls, SMS, emails). */
  SCHEDULE = "SCHEDULE",
}
registerEnumType(TrackdriveLeadToken, {
  name: "TrackdriveLeadToken",
  description: "Which configured lead token a Trackdrive request uses (trackdrive-leads-create-or-update.txt, lead_token).",
  valuesConfig: {
    OFFER: { description: "The tenant's leadToken (the offer's token): new leads." },
    SCHEDULE: { description: "The tenant's scheduleLeadToken: callbacks scheduled on the schedule offer." },
  },
});

/**
 * Every documented create_or_update parameter that the unified LeadInput does not already
 * carry (caller_id ← phone, email ← email, data ← names, address, custom fields, extra).
 */
@InputType({ description: "Trackdrive leads/create_or_update parameters (options.trackdrive)." })
export class TrackdriveLeadOptions {
  @Field(() => TrackdriveLeadToken, {
    nullable: true,
    description: "Token to use; default OFFER for createLead, SCHEDULE (when configured) for scheduleCallback.",
  })
  token?: TrackdriveLeadToken | null;

  @Field(() => String, { nullable: true, description: "contact_field_type: the id of a Trackdrive contact field type." })
  contactFieldType?: string | null;

  @Field(() => DateTime, { nullable: true, description: "schedule_callback_at (sent as `2021-07-23 14:26:43 +0000`)." })
  scheduleCallbackAt?: Date | null;

  @Field(() => Int, { nullable: true, description: "schedule_callback_in_seconds." })
  scheduleCallbackInSeconds?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "update_all_matching_leads: apply to every lead of the offer/schedule with this caller_id.",
  })
  updateAllMatchingLeads?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "apply_to: whether (and to what) the data also applies to calls associated with the lead; sent verbatim.",
  })
  applyTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "assign_trackdrive_number: the number comes back in the delivery (details.trackdriveNumber).",
  })
  assignTrackdriveNumber?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "assign_sms_number: the number comes back in the delivery (details.smsNumber)." })
  assignSmsNumber?: boolean | null;

  @Field(() => Int, { nullable: true, description: "lead_priority: lower values are processed first." })
  leadPriority?: number | null;

  @Field(() => Boolean, { nullable: true, description: "restart_schedule: restart the lead's schedule from the beginning." })
  restartSchedule?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "auto_format_nested_fields: extract contact fields nested in non-standard data." })
  autoFormatNestedFields?: boolean | null;

  @Field(() => DateTime, { nullable: true, description: "next_action_at: when the lead's next scheduled action runs." })
  nextActionAt?: Date | null;

  @Field(() => Int, { nullable: true, description: "hours_to_expire: expire the lead after this many hours." })
  hoursToExpire?: number | null;

  @Field(() => Int, { nullable: true, description: "max_contact_attempts: expire the lead after this many outbound calls + SMS." })
  maxContactAttempts?: number | null;

  @Field(() => JSON, { nullable: true, description: "Extra tokens merged into `data`." })
  data?: Record<string, unknown> | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Numbers a vendor assigned to the lead (Trackdrive assign_trackdrive_number / assign_sms_number), E.164.",
})
export class AssignedNumbers {
  @Field(() => PhoneNumber, { nullable: true, description: "The dialing number (Trackdrive trackdrive_number_plain)." }) dialing!:
    string | null;
  @Field(() => PhoneNumber, { nullable: true, description: "The SMS number (Trackdrive sms_number_plain)." }) sms!: string | null;
}

const E164 = /^\+[1-9]\d{6,14}$/;
const e164 = (v: unknown): string | null => (typeof v === "string" && E164.test(v) ? v : null);

export function trackdriveGraphQL(kit: GraphQLKit): VendorGraphQL {
  /** `Delivery.assignedNumbers`: the numbers mapper.ts reports in `details.trackdriveNumber` / `details.smsNumber`. */
  @Resolver(() => kit.types.Delivery)
  class AssignedNumbersResolver {
    @FieldResolver(() => AssignedNumbers, {
      nullable: true,
      description: "Numbers the vendor assigned to the lead (Trackdrive), E.164; null when none.",
    })
    assignedNumbers(@Root() d: Delivery): AssignedNumbers | null {
      const dialing = e164(d.details?.trackdriveNumber);
      const sms = e164(d.details?.smsNumber);
      return dialing || sms ? { dialing, sms } : null;
    }
  }
  return {
    resolvers: [AssignedNumbersResolver],
    leadOptions: { type: TrackdriveLeadOptions, description: "Trackdrive create_or_update parameters." },
  };
}

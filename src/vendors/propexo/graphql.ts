import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { DateTimeResolver as DateTime, EmailAddressResolver as EmailAddress, JSONResolver as JSON } from "graphql-scalars";
import type { GraphQLKit, RequestContext, VendorGraphQL } from "../types.js";
import type { Delivery } from "../../model/delivery.js";
import { WriteStatusState, type WriteStatus as WriteStatusShape } from "./write-status.js";
import { badInput } from "../../lib/errors.js";
import { VENDOR } from "./config.js";

/** Entrata `call_status` (Propexo enum). */
export enum EntrataCallStatus {
  BUSY = "BUSY",
  ABANDONED = "ABANDONED",
  DISCONNECTED = "DISCONNECTED",
  FAILURE_TO_CONNECT = "FAILURE_TO_CONNECT",
  NO_ANSWER = "NO_ANSWER",
  ANSWER = "ANSWER",
  VOICEMAIL = "VOICEMAIL",
}
registerEnumType(EntrataCallStatus, {
  name: "EntrataCallStatus",
  description: "How an Entrata call event ended (Propexo call_status).",
  valuesConfig: {
    ABANDONED: { description: "The caller hung up before an answer." },
    ANSWER: { description: "The call was answered." },
    BUSY: { description: "The line was busy." },
    DISCONNECTED: { description: "The call was cut off." },
    FAILURE_TO_CONNECT: { description: "The call could not be connected." },
    NO_ANSWER: { description: "Nobody answered." },
    VOICEMAIL: { description: "The call went to voicemail." },
  },
});

export enum EntrataEmailDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}
registerEnumType(EntrataEmailDirection, {
  name: "EntrataEmailDirection",
  description: "Direction of an Entrata email event. Outgoing email events require emailFrom.",
  valuesConfig: {
    OUTGOING: { description: "Sent to the applicant (emailFrom required)." },
    INCOMING: { description: "Received from the applicant." },
  },
});

@InputType({
  description:
    "Entrata applicant event fields (through Propexo), for createEvent(target: ENTRATA). Which group is required follows input.type: " +
    "CALL needs callFrom, callTo, callStatus, callDurationSeconds, callAudioLink; an OUTGOING EMAIL needs emailFrom. " +
    "Times come from input.startsAt/endsAt (any offset) and are sent in Mountain Time as Entrata requires.",
})
export class EntrataEventInput {
  @Field(() => String, {
    nullable: true,
    description: "Propexo applicant id. May instead be given as input.leadId `entrata:applicant:<id>`.",
  })
  applicantId?: string | null;
  @Field(() => String, { nullable: true, description: "Propexo application id." }) applicationId?: string | null;
  @Field(() => String, { description: "Propexo event type id (not all Entrata event types are supported by Propexo)." })
  eventTypeId!: string;
  @Field(() => String, { nullable: true, description: "Propexo event result id (the outcome of the event)." })
  eventResultId?: string | null;
  @Field(() => String, { nullable: true, description: "Propexo event subtype id." }) eventSubTypeId?: string | null;
  @Field(() => String, { nullable: true, description: "Propexo employee id." }) employeeId?: string | null;
  @Field(() => String, { nullable: true, description: "Propexo unit id." }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: "Why the event happened, free text (reasons_for_event)." })
  reasonsForEvent?: string | null;
  @Field(() => String, { nullable: true, description: "At most 256 characters; defaults to input.description." }) notes?: string | null;
  @Field(() => DateTime, {
    nullable: true,
    description: "When the appointment will occur; defaults to input.startsAt for APPOINTMENT events.",
  })
  appointmentAt?: Date | null;

  @Field(() => String, { nullable: true, description: "CALL: number the call was made from, any format." }) callFrom?: string | null;
  @Field(() => String, { nullable: true, description: "CALL: number the call was received on, any format." }) callTo?: string | null;
  @Field(() => EntrataCallStatus, { nullable: true, description: "CALL: how the call ended (call_status); required for CALL events." })
  callStatus?: EntrataCallStatus | null;
  @Field(() => Int, { nullable: true, description: "CALL: 0–86400 seconds; defaults to endsAt − startsAt or durationMinutes." })
  callDurationSeconds?: number | null;
  @Field(() => String, { nullable: true, description: "CALL: any valid URL (need not be an audio file)." }) callAudioLink?: string | null;

  @Field(() => EntrataEmailDirection, { nullable: true, description: "EMAIL events: default OUTGOING." })
  emailDirection?: EntrataEmailDirection | null;
  @Field(() => EmailAddress, { nullable: true, description: "EMAIL: sender address (email_from); required for OUTGOING email events." })
  emailFrom?: string | null;
  @Field(() => EmailAddress, {
    nullable: true,
    description:
      "Must be the applicant's primary email address (requires applicantEmail, checked before sending); defaults to applicantEmail.",
  })
  emailTo?: string | null;
  @Field(() => EmailAddress, {
    nullable: true,
    description: "The applicant's primary email as you know it: emailTo is checked against it before sending.",
  })
  applicantEmail?: string | null;
  @Field(() => String, { nullable: true, description: "EMAIL: subject (email_subject)." }) emailSubject?: string | null;
  @Field(() => String, { nullable: true, description: "EMAIL: body (email_body)." }) emailBody?: string | null;
  @Field(() => EmailAddress, { nullable: true, description: "EMAIL: copy to (email_cc)." }) emailCc?: string | null;
  @Field(() => EmailAddress, { nullable: true, description: "EMAIL: blind copy to (email_bcc)." }) emailBcc?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether Entrata should send the email." }) emailSend?: boolean | null;
}

registerEnumType(WriteStatusState, {
  name: "WriteStatusState",
  description:
    "Outcome of an asynchronous vendor write. SUCCESS: written. PARTIAL_SUCCESS: part of it was written. " +
    "FAILURE: nothing was written (see errors). PENDING: not finished yet.",
  valuesConfig: {
    SUCCESS: { description: "Written." },
    PARTIAL_SUCCESS: { description: "Part of it was written (see errors)." },
    FAILURE: { description: "Nothing was written (see errors)." },
    PENDING: { description: "Not finished yet: ask again later." },
  },
});

/** Entrata's GraphQL: the event input, `writeStatus`, and `Delivery.jobId`. */
export function propexoGraphQL(
  kit: GraphQLKit,
  getWriteStatus: (ctx: RequestContext, jobId: string) => Promise<WriteStatusShape | null>,
): VendorGraphQL {
  @ObjectType({
    simpleResolvers: true,
    description: "Where an asynchronous vendor write (e.g. an Entrata event queued by Propexo) stands.",
  })
  class WriteStatus implements WriteStatusShape {
    @Field(() => kit.types.Vendor, { description: "The vendor the write went to (ENTRATA)." }) vendor!: string;
    @Field(() => String, { description: "The job id, as in the delivery's jobId." }) jobId!: string;
    @Field(() => WriteStatusState, { description: "Where the write stands." }) status!: WriteStatusState;
    @Field(() => [String], { description: "The vendor's error messages, if any." }) errors!: string[];
    @Field(() => String, {
      nullable: true,
      description: "The vendor's id for the created record, when it reports one (Entrata usually cannot).",
    })
    createdRecordId!: string | null;
    @Field(() => JSON, { description: "The vendor's answer as received." }) raw!: unknown;
  }

  @Resolver()
  class WriteStatusResolver {
    @Query(() => WriteStatus, {
      nullable: true,
      description:
        "Where an asynchronous write stands (Entrata through Propexo: the jobId from a createEvent delivery). " +
        "Null when the vendor knows no such job.",
    })
    writeStatus(
      @Arg("vendor", () => kit.types.Vendor, { description: "The vendor the write went to (ENTRATA)." }) vendor: string,
      @Arg("jobId", () => String, { description: "The jobId of the createEvent delivery (Propexo job id)." }) jobId: string,
      @Ctx() ctx: RequestContext,
    ) {
      if (vendor !== VENDOR) throw badInput("vendor", `${vendor} has no asynchronous writes to check`);
      return getWriteStatus(ctx, jobId);
    }
  }

  @Resolver(() => kit.types.Delivery)
  class JobIdResolver {
    @FieldResolver(() => String, {
      nullable: true,
      description: "Job id of an asynchronous write (Entrata through Propexo): pass it to writeStatus for the outcome.",
    })
    jobId(@Root() d: Delivery): string | null {
      return d.vendor === VENDOR && typeof d.details?.jobId === "string" ? d.details.jobId : null;
    }
  }

  return {
    resolvers: [WriteStatusResolver, JobIdResolver],
    eventOptions: { type: EntrataEventInput, description: "Required when the target is ENTRATA." },
  };
}

import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { DateTime, EmailAddress } from "./scalars.js";

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
registerEnumType(EntrataCallStatus, { name: "EntrataCallStatus", description: "How an Entrata call event ended (Propexo call_status)." });

export enum EntrataEmailDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}
registerEnumType(EntrataEmailDirection, {
  name: "EntrataEmailDirection",
  description: "Direction of an Entrata email event. Outgoing email events require emailFrom.",
});

@InputType({
  description:
    "Entrata applicant event fields (through Propexo), for createEvent(target: ENTRATA). Which group is required follows input.type: " +
    "CALL needs callFrom, callTo, callStatus, callDurationSeconds, callAudioLink; an OUTGOING EMAIL needs emailFrom. " +
    "Times come from input.startsAt/endsAt (any offset) and are sent in Mountain Time as Entrata requires.",
})
export class EntrataEventInput {
  @Field(() => String, { nullable: true, description: "Propexo applicant id. May instead be given as input.leadId `entrata:applicant:<id>`." }) applicantId?: string | null;
  @Field(() => String, { nullable: true, description: "Propexo application id." }) applicationId?: string | null;
  @Field(() => String, { description: "Propexo event type id (not all Entrata event types are supported by Propexo)." }) eventTypeId!: string;
  @Field(() => String, { nullable: true }) eventResultId?: string | null;
  @Field(() => String, { nullable: true }) eventSubTypeId?: string | null;
  @Field(() => String, { nullable: true, description: "Propexo employee id." }) employeeId?: string | null;
  @Field(() => String, { nullable: true, description: "Propexo unit id." }) unitId?: string | null;
  @Field(() => String, { nullable: true }) reasonsForEvent?: string | null;
  @Field(() => String, { nullable: true, description: "At most 256 characters; defaults to input.description." }) notes?: string | null;
  @Field(() => DateTime, { nullable: true, description: "When the appointment will occur; defaults to input.startsAt for APPOINTMENT events." }) appointmentAt?: Date | null;

  @Field(() => String, { nullable: true, description: "CALL: number the call was made from, any format." }) callFrom?: string | null;
  @Field(() => String, { nullable: true, description: "CALL: number the call was received on, any format." }) callTo?: string | null;
  @Field(() => EntrataCallStatus, { nullable: true }) callStatus?: EntrataCallStatus | null;
  @Field(() => Int, { nullable: true, description: "CALL: 0–86400 seconds; defaults to endsAt − startsAt or durationMinutes." }) callDurationSeconds?: number | null;
  @Field(() => String, { nullable: true, description: "CALL: any valid URL (need not be an audio file)." }) callAudioLink?: string | null;

  @Field(() => EntrataEmailDirection, { nullable: true, description: "EMAIL events: default OUTGOING." }) emailDirection?: EntrataEmailDirection | null;
  @Field(() => EmailAddress, { nullable: true }) emailFrom?: string | null;
  @Field(() => EmailAddress, { nullable: true, description: "Must be the applicant's primary email address (requires applicantEmail, checked before sending); defaults to applicantEmail." }) emailTo?: string | null;
  @Field(() => EmailAddress, { nullable: true, description: "The applicant's primary email as you know it: emailTo is checked against it before sending." }) applicantEmail?: string | null;
  @Field(() => String, { nullable: true }) emailSubject?: string | null;
  @Field(() => String, { nullable: true }) emailBody?: string | null;
  @Field(() => EmailAddress, { nullable: true }) emailCc?: string | null;
  @Field(() => EmailAddress, { nullable: true }) emailBcc?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether Entrata should send the email." }) emailSend?: boolean | null;
}

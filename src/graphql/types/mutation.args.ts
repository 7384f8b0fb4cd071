import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { DeliveryMode, Vendor } from "./enums.js";
import { CancelLeadInput, EventInput, LeadInput } from "./lead.input.js";
import { DateTime } from "./scalars.js";

const MODE =
  "SYNC: each target is attempted now; a retryable failure comes back RETRYING and LeadGraph keeps trying. " +
  "ASYNC: each target is committed to the outbox as QUEUED and the mutation answers; no vendor is called before the answer.";

/** `mode` of a fan-out mutation (ArgsType classes take it by extending this one). */
@ArgsType()
class WithMode {
  @Field(() => DeliveryMode, { defaultValue: "SYNC", description: MODE }) mode!: DeliveryMode;
}

const IDEMPOTENCY_KEY =
  "Replays with the same key return the first result and call no vendor (also the Idempotency-Key header); kept 24 h by default.";

/** Each vendor's own block (`options.<vendor id>`) is added by schema.ts from the registry. */
@InputType({ description: "How createLead behaves. One typed block per vendor for parameters beyond LeadInput." })
export class CreateLeadOptions {
  [vendorId: string]: unknown;
  @Field({
    defaultValue: true,
    description:
      "Look the lead up by phone/email first and report EXISTING instead of creating a duplicate (vendors that support lookups).",
  })
  dedupe!: boolean;
}

@ArgsType()
export class ValidateLeadArgs {
  @Field(() => LeadInput, { description: "The lead, in the unified shape; each vendor gets its own format." }) input!: LeadInput;
  @Field(() => [Vendor], {
    nullable: true,
    description: "Vendors to deliver to; default: every configured vendor that can create leads.",
  })
  targets?: Vendor[] | null;
  @Field(() => CreateLeadOptions, { nullable: true, description: "Dedupe and per-vendor parameters." }) options?: CreateLeadOptions | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
}

@ArgsType()
export class CreateLeadArgs extends ValidateLeadArgs {
  @Field(() => DeliveryMode, { defaultValue: "SYNC", description: MODE }) mode!: DeliveryMode;
}

@ArgsType()
export class UpdateLeadArgs {
  @Field(() => ID, { description: "Global id of the lead." }) id!: string;
  @Field(() => LeadInput, { description: "The fields to change; fields left out are left as they are." }) input!: LeadInput;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
}

@ArgsType()
export class DeleteLeadArgs {
  @Field(() => ID, { description: "Global id of the lead." }) id!: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
}

@ArgsType()
export class CancelLeadArgs extends WithMode {
  @Field(() => CancelLeadInput, { description: "Which lead to cancel." }) input!: CancelLeadInput;
  @Field(() => [Vendor], { nullable: true, description: "Vendors to cancel at; default: every configured vendor that can cancel." })
  targets?: Vendor[] | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
}

@ArgsType()
export class ScheduleCallbackArgs extends WithMode {
  @Field(() => LeadInput, { description: "The lead to call back (created or matched at each vendor)." }) lead!: LeadInput;
  @Field(() => DateTime, { nullable: true, description: "When to call, with an offset; or give inSeconds." }) at?: Date | null;
  @Field(() => Int, { nullable: true, description: "Seconds from now to call, when `at` is not given." }) inSeconds?: number | null;
  @Field(() => [Vendor], {
    nullable: true,
    description: "Vendors to schedule at; default: every configured vendor that can schedule callbacks.",
  })
  targets?: Vendor[] | null;
  @Field(() => CreateLeadOptions, { nullable: true, description: "Per-vendor parameters, as for createLead." })
  options?: CreateLeadOptions | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
}

@ArgsType()
export class CreateEventArgs extends WithMode {
  @Field(() => EventInput, { description: "The event; a target's own block (input.<vendor>) carries that vendor's own fields." })
  input!: EventInput;
  @Field(() => Vendor, { description: "The one vendor to write the event to." }) target!: Vendor;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY }) idempotencyKey?: string | null;
}

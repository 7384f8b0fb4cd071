import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Vendor } from "./enums.js";
import { CancelLeadInput, EventInput, LeadInput } from "./lead.input.js";
import { DateTime } from "./scalars.js";

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
export class CreateLeadArgs {
  @Field(() => LeadInput) input!: LeadInput;
  @Field(() => [Vendor], { nullable: true, description: "Vendors to deliver to; default: every configured vendor that can create leads." })
  targets?: Vendor[] | null;
  @Field(() => CreateLeadOptions, { nullable: true }) options?: CreateLeadOptions | null;
  @Field(() => String, {
    nullable: true,
    description: "Replays with the same key return the first result and create nothing (also the Idempotency-Key header).",
  })
  idempotencyKey?: string | null;
}

@ArgsType()
export class UpdateLeadArgs {
  @Field(() => ID, { description: "Global id of the lead." }) id!: string;
  @Field(() => LeadInput) input!: LeadInput;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ArgsType()
export class DeleteLeadArgs {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ArgsType()
export class CancelLeadArgs {
  @Field(() => CancelLeadInput) input!: CancelLeadInput;
  @Field(() => [Vendor], { nullable: true }) targets?: Vendor[] | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ArgsType()
export class ScheduleCallbackArgs {
  @Field(() => LeadInput) lead!: LeadInput;
  @Field(() => DateTime, { nullable: true }) at?: Date | null;
  @Field(() => Int, { nullable: true }) inSeconds?: number | null;
  @Field(() => [Vendor], { nullable: true }) targets?: Vendor[] | null;
  @Field(() => CreateLeadOptions, { nullable: true }) options?: CreateLeadOptions | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ArgsType()
export class CreateEventArgs {
  @Field(() => EventInput) input!: EventInput;
  @Field(() => Vendor) target!: Vendor;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

import { Field, ObjectType } from "type-graphql";
import { PhoneNumber } from "./scalars.js";

@ObjectType({ simpleResolvers: true, description: "Numbers a vendor assigned to the lead (Trackdrive assign_trackdrive_number / assign_sms_number), E.164." })
export class AssignedNumbers {
  @Field(() => PhoneNumber, { nullable: true, description: "The dialing number (Trackdrive trackdrive_number_plain)." }) dialing!: string | null;
  @Field(() => PhoneNumber, { nullable: true, description: "The SMS number (Trackdrive sms_number_plain)." }) sms!: string | null;
}

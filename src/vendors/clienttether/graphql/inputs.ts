import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DateTimeResolver as DateTime, EmailAddressResolver as EmailAddress } from "graphql-scalars";
import { EventType } from "../../../model/event.js";
import {
  AccountType,
  ActionPlanType,
  ContactType,
  Gender,
  HomeOwnerStatus,
  MaritalStatus,
  NewLeadNotification,
  UserType,
} from "../model/inputs.js";
import type * as model from "../model/inputs.js";

/** The ClientTether inputs: none needs a unified class, so they are declared once, at import. */

registerEnumType(ActionPlanType, {
  name: "ClientTetherActionPlanType",
  description: "Connection plans link to a lead source, Conversion plans to a sales cycle.",
});
registerEnumType(UserType, { name: "ClientTetherUserType" });
registerEnumType(AccountType, { name: "ClientTetherAccountType" });
registerEnumType(ContactType, { name: "ClientTetherContactType" });
registerEnumType(Gender, { name: "ClientTetherGender" });
registerEnumType(HomeOwnerStatus, { name: "ClientTetherHomeOwnerStatus" });
registerEnumType(MaritalStatus, { name: "ClientTetherMaritalStatus", description: "ClientTether's `material_status` parameter." });
registerEnumType(NewLeadNotification, {
  name: "ClientTetherNewLeadNotification",
  description: "NONE (default): no notice; SOFTWARE: software notification; ALL: email, text and software notification.",
});

@InputType("ClientTetherSendEmailInput", { description: "create_manual_email: plain text only (ClientTether appends opt-out lines)." })
export class SendEmailInput implements model.SendEmailInput {
  @Field(() => ID, { description: "Global id of a ClientTether lead." }) leadId!: string;
  @Field() subject!: string;
  @Field({ description: "Plain text with hard returns; HTML is refused. Add your own signature." }) body!: string;
  @Field(() => [EmailAddress], { nullable: true }) cc?: string[] | null;
  @Field(() => [EmailAddress], { nullable: true }) bcc?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "Send only to cc/bcc, not to the lead." })
  excludeContact?: boolean | null;
  @Field(() => DateTime, { nullable: true, description: "When to send; omitted = now." }) sendAt?: Date | null;
}

@InputType("ClientTetherSendTextInput")
export class SendTextInput implements model.SendTextInput {
  @Field(() => ID) leadId!: string;
  @Field() body!: string;
  @Field(() => DateTime, { nullable: true, description: "When to send; omitted = now." }) sendAt?: Date | null;
}

@InputType("ClientTetherImmediateCallInput", {
  description: "create_immed_call: ClientTether rings the agent, announces the client, then bridges.",
})
export class ImmediateCallInput implements model.ImmediateCallInput {
  @Field({ description: "Any US/CA format." }) agentPhone!: string;
  @Field() clientFullName!: string;
  @Field({ description: "Any US/CA format." }) clientPhone!: string;
  @Field({ description: 'Said after "This is ClientTether connecting you to {clientFullName}".' }) say!: string;
}

@InputType("ClientTetherEventUpdateInput", { description: "update_client_event: only the fields given change." })
export class EventUpdateInput implements model.EventUpdateInput {
  @Field(() => EventType, { nullable: true }) type?: EventType | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateTime, { nullable: true }) startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => ID, { nullable: true, description: "ClientTether user id (calendar)." }) userId?: string | null;
  @Field(() => ID, { nullable: true, description: "A manual-schedule action plan id." }) actionPlanId?: string | null;
}

@InputType("ClientTetherActionPlanInput")
export class ActionPlanInput implements model.ActionPlanInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ActionPlanType, { nullable: true }) type?: ActionPlanType | null;
  @Field(() => ID, { nullable: true, description: "Lead source (Connection) or sales cycle (Conversion) id." })
  linkId?: string | null;
  @Field(() => ID, { nullable: true }) nextPlanId?: string | null;
}

@InputType("ClientTetherSalesCycleInput")
export class SalesCycleInput implements model.SalesCycleInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Active path (true) or inactive path (false)." }) active?: boolean | null;
  @Field(() => Int, { nullable: true }) order?: number | null;
  @Field(() => ContactType, { nullable: true }) contactType?: ContactType | null;
}

@InputType("ClientTetherUserInput", {
  description: "create_user needs every field; update_user_by_id takes any (type and password only on create).",
})
export class UserInput implements model.UserInput {
  @Field(() => UserType, { nullable: true }) type?: UserType | null;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => EmailAddress, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => Boolean, { nullable: true }) showCalendar?: boolean | null;
  @Field(() => String, { nullable: true, description: "Only on create; never returned." }) password?: string | null;
}

@InputType("ClientTetherAccountInput")
export class AccountInput implements model.AccountInput {
  @Field(() => AccountType, { nullable: true }) type?: AccountType | null;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) ownerName?: string | null;
  @Field(() => String, { nullable: true }) companyName?: string | null;
  @Field(() => String, { nullable: true }) addr1?: string | null;
  @Field(() => String, { nullable: true }) addr2?: string | null;
  @Field(() => String, { nullable: true }) addr3?: string | null;
  @Field(() => String, { nullable: true }) officePhone?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => EmailAddress, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: "10 digits (any US/CA format accepted)." }) returnPhone?: string | null;
  @Field(() => String, { nullable: true, description: "10 digits (any US/CA format accepted)." }) returnText?: string | null;
}

@InputType("ClientTetherCustomParameterInput", {
  description: "An expansion (custom) parameter: any non-reserved name, a string of at most 100 characters, HTML stripped.",
})
export class CustomParameterInput implements model.CustomParameterInput {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
}

@InputType("ClientTetherLeadOptions", {
  description: "ClientTether client parameters beyond the unified LeadInput (clienttether-api-v2.txt, Client Parameters).",
})
export class LeadOptionsInput implements model.ClientTetherLeadOptions {
  @Field(() => Boolean, { nullable: true, description: "OK to text (default true)." }) smsOk?: boolean | null;
  @Field(() => Int, { nullable: true }) dealSize?: number | null;
  @Field(() => Boolean, { nullable: true }) dealClosed?: boolean | null;
  @Field(() => Int, { nullable: true, description: "ClientTether does not take birthdays." }) age?: number | null;
  @Field(() => String, { nullable: true }) education?: string | null;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field(() => Int, { nullable: true }) highNetWorth?: number | null;
  @Field(() => HomeOwnerStatus, { nullable: true }) homeOwnerStatus?: HomeOwnerStatus | null;
  @Field(() => Int, { nullable: true }) householdIncome?: number | null;
  @Field(() => Int, { nullable: true }) lengthOfResidence?: number | null;
  @Field(() => Int, { nullable: true }) marketValue?: number | null;
  @Field(() => MaritalStatus, { nullable: true }) maritalStatus?: MaritalStatus | null;
  @Field(() => String, { nullable: true }) occupation?: string | null;
  @Field(() => Boolean, { nullable: true }) presenceOfChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true }) presenceOfPets?: boolean | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD (YYYY-MM-DD accepted); default today." }) creationDate?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD" }) anniversary1?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD" }) anniversary2?: string | null;
  @Field(() => String, { nullable: true, description: "Facebook profile id, e.g. hall303." }) facebook?: string | null;
  @Field(() => String, { nullable: true, description: "LinkedIn profile name." }) linkedin?: string | null;
  @Field(() => String, { nullable: true }) twitter?: string | null;
  @Field(() => ID, { nullable: true, description: "Starts this action plan (0 = none); takes precedence over the lead source's plan." })
  actionPlanId?: string | null;
  @Field(() => ID, { nullable: true }) salesCycleId?: string | null;
  @Field(() => ID, { nullable: true, description: "Overrides LeadInput.source; may start the source's action plan." })
  leadSourceId?: string | null;
  @Field(() => ID, { nullable: true, description: "User who manages the contact." }) assignedUserId?: string | null;
  @Field(() => String, { nullable: true }) clientCategory?: string | null;
  @Field(() => String, { nullable: true }) whiteboard?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD, e.g. last date of service." }) clientsDateLast?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD, e.g. next date of service." }) clientsDateNext?: string | null;
  @Field(() => NewLeadNotification, { nullable: true }) newLeadNotification?: NewLeadNotification | null;
  @Field(() => ContactType, { nullable: true, description: "Default CLIENT." }) contactType?: ContactType | null;
  @Field(() => [CustomParameterInput], { nullable: true, description: "Expansion parameters." }) custom?: CustomParameterInput[] | null;
}

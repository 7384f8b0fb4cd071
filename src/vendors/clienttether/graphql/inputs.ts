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
  description: "ClientTether's action_plan_type. Connection plans link to a lead source, Conversion plans to a sales cycle.",
  valuesConfig: {
    CONNECTION: { description: "Connection: first contact with new leads; linked to a lead source." },
    CONVERSION: { description: "Conversion: moves a lead through a sales cycle; linked to a sales cycle." },
    RETENTION: { description: "Retention: keeps in touch with existing clients." },
  },
});
registerEnumType(UserType, {
  name: "ClientTetherUserType",
  description: "ClientTether's user_type.",
  valuesConfig: {
    STANDARD: { description: "Standard: a user of their own records." },
    ADMIN: { description: "Admin: manages the account's users and settings." },
  },
});
registerEnumType(AccountType, {
  name: "ClientTetherAccountType",
  description: "ClientTether's account_type.",
  valuesConfig: {
    STANDARD: { description: "Standard: a single account." },
    MULTI_LEVEL: { description: "Multi-level (wire value `Multi-level`): an enterprise with sub-accounts." },
  },
});
registerEnumType(ContactType, {
  name: "ClientTetherContactType",
  description: "ClientTether's contact_type (sent as its number, 1–5).",
  valuesConfig: {
    CLIENT: { description: "1: a client (the default)." },
    EMPLOYEE: { description: "2: an employee." },
    PARTNER: { description: "3: a partner." },
    VENDOR: { description: "4: a vendor." },
    OTHER: { description: "5: any other contact." },
  },
});
registerEnumType(Gender, {
  name: "ClientTetherGender",
  description: "ClientTether's gender parameter.",
  valuesConfig: { M: { description: "Male." }, F: { description: "Female." } },
});
registerEnumType(HomeOwnerStatus, {
  name: "ClientTetherHomeOwnerStatus",
  description: "ClientTether's home_owner_status.",
  valuesConfig: { OWN: { description: "Owns the home (wire value `Own`)." }, RENT: { description: "Rents the home (wire value `Rent`)." } },
});
registerEnumType(MaritalStatus, {
  name: "ClientTetherMaritalStatus",
  description: "ClientTether's `material_status` parameter.",
  valuesConfig: {
    SINGLE: { description: "Wire value `Single`." },
    MARRIED: { description: "Wire value `Married`." },
    DIVORCED: { description: "Wire value `Divorced`." },
  },
});
registerEnumType(NewLeadNotification, {
  name: "ClientTetherNewLeadNotification",
  description: "ClientTether's new_lead_notification: who is told of a new lead.",
  valuesConfig: {
    NONE: { description: "0 (the default): no notice." },
    SOFTWARE: { description: "1: a notification in ClientTether's software." },
    ALL: { description: "2: email, text and software notification." },
  },
});

@InputType("ClientTetherSendEmailInput", { description: "create_manual_email: plain text only (ClientTether appends opt-out lines)." })
export class SendEmailInput implements model.SendEmailInput {
  @Field(() => ID, { description: "Global id of a ClientTether lead." }) leadId!: string;
  @Field({ description: "Email subject (create_manual_email subject)." }) subject!: string;
  @Field({ description: "Plain text with hard returns; HTML is refused. Add your own signature." }) body!: string;
  @Field(() => [EmailAddress], { nullable: true, description: "Copies to (cc), each a valid email address." }) cc?: string[] | null;
  @Field(() => [EmailAddress], { nullable: true, description: "Blind copies to (bcc), each a valid email address." }) bcc?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "Send only to cc/bcc, not to the lead." })
  excludeContact?: boolean | null;
  @Field(() => DateTime, { nullable: true, description: "When to send; omitted = now." }) sendAt?: Date | null;
}

@InputType("ClientTetherSendTextInput", {
  description: "create_manual_text: a text message to a ClientTether lead's phone, now or at sendAt.",
})
export class SendTextInput implements model.SendTextInput {
  @Field(() => ID, { description: "Global id of a ClientTether lead (clienttether:lead:<client_id>)." }) leadId!: string;
  @Field({ description: "The message text (plain text)." }) body!: string;
  @Field(() => DateTime, { nullable: true, description: "When to send; omitted = now." }) sendAt?: Date | null;
}

@InputType("ClientTetherImmediateCallInput", {
  description: "create_immed_call: ClientTether rings the agent, announces the client, then bridges.",
})
export class ImmediateCallInput implements model.ImmediateCallInput {
  @Field({ description: "Any US/CA format." }) agentPhone!: string;
  @Field({ description: "The lead's name, as ClientTether announces it to the agent." }) clientFullName!: string;
  @Field({ description: "Any US/CA format." }) clientPhone!: string;
  @Field({ description: 'Said after "This is ClientTether connecting you to {clientFullName}".' }) say!: string;
}

@InputType("ClientTetherEventUpdateInput", { description: "update_client_event: only the fields given change." })
export class EventUpdateInput implements model.EventUpdateInput {
  @Field(() => EventType, { nullable: true, description: "New kind: CALL, CONTACT_REMINDER or APPOINTMENT." }) type?: EventType | null;
  @Field(() => String, { nullable: true, description: "New description text." }) description?: string | null;
  @Field(() => DateTime, { nullable: true, description: "New start, with an offset; sent in the tenant's time zone." })
  startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "New end, with an offset; sent in the tenant's time zone." }) endsAt?: Date | null;
  @Field(() => ID, { nullable: true, description: "ClientTether user id (calendar)." }) userId?: string | null;
  @Field(() => ID, { nullable: true, description: "A manual-schedule action plan id." }) actionPlanId?: string | null;
}

@InputType("ClientTetherActionPlanInput", { description: "create_action_plan / update_action_plan_by_id: a ClientTether action plan." })
export class ActionPlanInput implements model.ActionPlanInput {
  @Field(() => String, { nullable: true, description: "Plan name (action_plan_name); required to create." }) name?: string | null;
  @Field(() => ActionPlanType, {
    nullable: true,
    description: "Plan type (action_plan_type); required to create. CONVERSION plans link to a sales cycle, the others to a lead source.",
  })
  type?: ActionPlanType | null;
  @Field(() => ID, { nullable: true, description: "Lead source (Connection) or sales cycle (Conversion) id." })
  linkId?: string | null;
  @Field(() => ID, { nullable: true, description: "Id of the plan that starts when this one ends." }) nextPlanId?: string | null;
}

@InputType("ClientTetherSalesCycleInput", {
  description: "create_sales_cycle / update_sales_cycle_by_id: a stage of ClientTether's sales pipeline.",
})
export class SalesCycleInput implements model.SalesCycleInput {
  @Field(() => String, { nullable: true, description: "Stage name (sales_cycle_name); required to create." }) name?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Active path (true) or inactive path (false)." }) active?: boolean | null;
  @Field(() => Int, { nullable: true, description: "Position in the pipeline, 1 first." }) order?: number | null;
  @Field(() => ContactType, { nullable: true, description: "Which contacts the stage is for (sales_cycle_contact_type)." })
  contactType?: ContactType | null;
}

@InputType("ClientTetherUserInput", {
  description: "create_user needs every field; update_user_by_id takes any (type and password only on create).",
})
export class UserInput implements model.UserInput {
  @Field(() => UserType, { nullable: true, description: "STANDARD or ADMIN (user_type); required to create." }) type?: UserType | null;
  @Field(() => String, { nullable: true, description: "User's first name; required to create." }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: "User's last name." }) lastName?: string | null;
  @Field(() => String, { nullable: true, description: "User's phone, any US/CA format." }) phone?: string | null;
  @Field(() => EmailAddress, { nullable: true, description: "User's email; required to create." }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Login name; required to create, unique across ClientTether." })
  username?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the user's calendar takes appointments (show_calendar)." })
  showCalendar?: boolean | null;
  @Field(() => String, { nullable: true, description: "Only on create; never returned." }) password?: string | null;
}

@InputType("ClientTetherAccountInput", {
  description: "update_account_by_id: a ClientTether account (a sub-account of a multi-level enterprise).",
})
export class AccountInput implements model.AccountInput {
  @Field(() => AccountType, { nullable: true, description: "STANDARD or MULTI_LEVEL (account_type)." }) type?: AccountType | null;
  @Field(() => String, { nullable: true, description: "Account holder's first name." }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: "Account holder's last name." }) lastName?: string | null;
  @Field(() => String, { nullable: true, description: "Owner's full name as ClientTether shows it." }) ownerName?: string | null;
  @Field(() => String, { nullable: true, description: "Company name." }) companyName?: string | null;
  @Field(() => String, { nullable: true, description: "Address line 1." }) addr1?: string | null;
  @Field(() => String, { nullable: true, description: "Address line 2." }) addr2?: string | null;
  @Field(() => String, { nullable: true, description: "Address line 3." }) addr3?: string | null;
  @Field(() => String, { nullable: true, description: "Office phone, any US/CA format." }) officePhone?: string | null;
  @Field(() => String, { nullable: true, description: "Main phone, any US/CA format." }) phone?: string | null;
  @Field(() => EmailAddress, { nullable: true, description: "Account email." }) email?: string | null;
  @Field(() => String, { nullable: true, description: "10 digits (any US/CA format accepted)." }) returnPhone?: string | null;
  @Field(() => String, { nullable: true, description: "10 digits (any US/CA format accepted)." }) returnText?: string | null;
}

@InputType("ClientTetherCustomParameterInput", {
  description: "An expansion (custom) parameter: any non-reserved name, a string of at most 100 characters, HTML stripped.",
})
export class CustomParameterInput implements model.CustomParameterInput {
  @Field({ description: "Parameter name; not one of ClientTether's reserved create_client names." }) key!: string;
  @Field(() => String, { nullable: true, description: "Parameter value, at most 100 characters; HTML is stripped." }) value?: string | null;
}

@InputType("ClientTetherLeadOptions", {
  description: "ClientTether client parameters beyond the unified LeadInput (clienttether-api-v2.txt, Client Parameters).",
})
export class LeadOptionsInput implements model.ClientTetherLeadOptions {
  @Field(() => Boolean, { nullable: true, description: "OK to text (default true)." }) smsOk?: boolean | null;
  @Field(() => Int, { nullable: true, description: "Expected deal value in whole dollars (deal_size)." }) dealSize?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the deal is closed (deal_closed, sent as 1/0)." })
  dealClosed?: boolean | null;
  @Field(() => Int, { nullable: true, description: "ClientTether does not take birthdays." }) age?: number | null;
  @Field(() => String, { nullable: true, description: "Education level, free text (education)." }) education?: string | null;
  @Field(() => Gender, { nullable: true, description: "M or F (gender)." }) gender?: Gender | null;
  @Field(() => Int, { nullable: true, description: "Net worth band as ClientTether numbers it (high_net_worth)." })
  highNetWorth?: number | null;
  @Field(() => HomeOwnerStatus, { nullable: true, description: "OWN or RENT (home_owner_status)." })
  homeOwnerStatus?: HomeOwnerStatus | null;
  @Field(() => Int, { nullable: true, description: "Household income in whole dollars (household_income)." })
  householdIncome?: number | null;
  @Field(() => Int, { nullable: true, description: "Years at the current address (length_of_residence)." })
  lengthOfResidence?: number | null;
  @Field(() => Int, { nullable: true, description: "Home market value in whole dollars (market_value)." }) marketValue?: number | null;
  @Field(() => MaritalStatus, { nullable: true, description: "SINGLE, MARRIED or DIVORCED (ClientTether's material_status)." })
  maritalStatus?: MaritalStatus | null;
  @Field(() => String, { nullable: true, description: "Occupation, free text (occupation)." }) occupation?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Children in the household (presence_of_children, sent as 1/0)." })
  presenceOfChildren?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Pets in the household (presence_of_pets, sent as 1/0)." })
  presenceOfPets?: boolean | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD (YYYY-MM-DD accepted); default today." }) creationDate?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD" }) anniversary1?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD" }) anniversary2?: string | null;
  @Field(() => String, { nullable: true, description: "Facebook profile id, e.g. hall303." }) facebook?: string | null;
  @Field(() => String, { nullable: true, description: "LinkedIn profile name." }) linkedin?: string | null;
  @Field(() => String, { nullable: true, description: "Twitter handle or URL (twitter)." }) twitter?: string | null;
  @Field(() => ID, { nullable: true, description: "Starts this action plan (0 = none); takes precedence over the lead source's plan." })
  actionPlanId?: string | null;
  @Field(() => ID, { nullable: true, description: "Sales cycle (pipeline stage) to start the lead in (sales_cycle_id)." })
  salesCycleId?: string | null;
  @Field(() => ID, { nullable: true, description: "Overrides LeadInput.source; may start the source's action plan." })
  leadSourceId?: string | null;
  @Field(() => ID, { nullable: true, description: "User who manages the contact." }) assignedUserId?: string | null;
  @Field(() => String, { nullable: true, description: "Client category, free text (client_category)." }) clientCategory?: string | null;
  @Field(() => String, { nullable: true, description: "Whiteboard note shown on the client's record (whiteboard)." })
  whiteboard?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD, e.g. last date of service." }) clientsDateLast?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY:MM:DD, e.g. next date of service." }) clientsDateNext?: string | null;
  @Field(() => NewLeadNotification, { nullable: true, description: "Who ClientTether notifies of the new lead (new_lead_notification)." })
  newLeadNotification?: NewLeadNotification | null;
  @Field(() => ContactType, { nullable: true, description: "Default CLIENT." }) contactType?: ContactType | null;
  @Field(() => [CustomParameterInput], { nullable: true, description: "Expansion parameters." }) custom?: CustomParameterInput[] | null;
}

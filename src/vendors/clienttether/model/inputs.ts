import type { EventType } from "../../../model/event.js";

/**
 * What callers send to the ClientTether-only operations, as plain data (graphql/inputs.ts
 * declares the GraphQL inputs over these shapes). Keys are the GraphQL enum values (SCREAMING_CASE),
 * values ClientTether's wire values.
 */

export const ActionPlanType = { CONNECTION: "Connection", CONVERSION: "Conversion", RETENTION: "Retention" } as const;
export type ActionPlanType = (typeof ActionPlanType)[keyof typeof ActionPlanType];

export const UserType = { STANDARD: "Standard", ADMIN: "Admin" } as const;
export type UserType = (typeof UserType)[keyof typeof UserType];

export const AccountType = { STANDARD: "Standard", MULTI_LEVEL: "Multi-level" } as const;
export type AccountType = (typeof AccountType)[keyof typeof AccountType];

export const ContactType = { CLIENT: "1", EMPLOYEE: "2", PARTNER: "3", VENDOR: "4", OTHER: "5" } as const;
export type ContactType = (typeof ContactType)[keyof typeof ContactType];

export const Gender = { M: "M", F: "F" } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];

export const HomeOwnerStatus = { OWN: "Own", RENT: "Rent" } as const;
export type HomeOwnerStatus = (typeof HomeOwnerStatus)[keyof typeof HomeOwnerStatus];

export const MaritalStatus = { SINGLE: "Single", MARRIED: "Married", DIVORCED: "Divorced" } as const;
export type MaritalStatus = (typeof MaritalStatus)[keyof typeof MaritalStatus];

export const NewLeadNotification = { NONE: "0", SOFTWARE: "1", ALL: "2" } as const;
export type NewLeadNotification = (typeof NewLeadNotification)[keyof typeof NewLeadNotification];

export interface SendEmailInput {
  leadId: string;
  subject: string;
  body: string;
  cc?: string[] | null;
  bcc?: string[] | null;
  excludeContact?: boolean | null;
  sendAt?: Date | null;
}

export interface SendTextInput {
  leadId: string;
  body: string;
  sendAt?: Date | null;
}

export interface ImmediateCallInput {
  agentPhone: string;
  clientFullName: string;
  clientPhone: string;
  say: string;
}

export interface EventUpdateInput {
  type?: EventType | null;
  description?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  userId?: string | null;
  actionPlanId?: string | null;
}

export interface ActionPlanInput {
  name?: string | null;
  type?: ActionPlanType | null;
  linkId?: string | null;
  nextPlanId?: string | null;
}

export interface SalesCycleInput {
  name?: string | null;
  active?: boolean | null;
  order?: number | null;
  contactType?: ContactType | null;
}

export interface UserInput {
  type?: UserType | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  email?: string | null;
  username?: string | null;
  showCalendar?: boolean | null;
  password?: string | null;
}

export interface AccountInput {
  type?: AccountType | null;
  firstName?: string | null;
  lastName?: string | null;
  ownerName?: string | null;
  companyName?: string | null;
  addr1?: string | null;
  addr2?: string | null;
  addr3?: string | null;
  officePhone?: string | null;
  phone?: string | null;
  email?: string | null;
  returnPhone?: string | null;
  returnText?: string | null;
}

export interface CustomParameterInput {
  key: string;
  value?: string | null;
}

/** `options.clienttether` on createLead: client parameters beyond the unified LeadInput. */
export interface ClientTetherLeadOptions {
  smsOk?: boolean | null;
  dealSize?: number | null;
  dealClosed?: boolean | null;
  age?: number | null;
  education?: string | null;
  gender?: Gender | null;
  highNetWorth?: number | null;
  homeOwnerStatus?: HomeOwnerStatus | null;
  householdIncome?: number | null;
  lengthOfResidence?: number | null;
  marketValue?: number | null;
  maritalStatus?: MaritalStatus | null;
  occupation?: string | null;
  presenceOfChildren?: boolean | null;
  presenceOfPets?: boolean | null;
  creationDate?: string | null;
  anniversary1?: string | null;
  anniversary2?: string | null;
  facebook?: string | null;
  linkedin?: string | null;
  twitter?: string | null;
  actionPlanId?: string | null;
  salesCycleId?: string | null;
  leadSourceId?: string | null;
  assignedUserId?: string | null;
  clientCategory?: string | null;
  whiteboard?: string | null;
  clientsDateLast?: string | null;
  clientsDateNext?: string | null;
  newLeadNotification?: NewLeadNotification | null;
  contactType?: ContactType | null;
  custom?: CustomParameterInput[] | null;
}

/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A field whose value conforms to the standard E.164 format as specified in: https://en.wikipedia.org/wiki/E.164. Basically this is +17895551234. */
  PhoneNumber: { input: string; output: string; }
};

/** A postal address as the vendor holds it; any part may be missing. */
export type Address = {
  __typename?: 'Address';
  /** City or town. */
  city?: Maybe<Scalars['String']['output']>;
  /** Country as the vendor gives it (a name or an ISO code). */
  country?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code, as text (leading zeros kept). */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** State or province, 2-letter where the vendor uses codes. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street line(s), as one string. */
  street?: Maybe<Scalars['String']['output']>;
};

/** A postal address; send the parts you have. */
export type AddressInput = {
  /** City or town. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country name or ISO 3166 code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** ZIP or postal code, as text. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** State or province; 2-letter codes for vendors that take codes. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Street line(s), as one string. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** Numbers a vendor assigned to the lead (Trackdrive assign_trackdrive_number / assign_sms_number), E.164. */
export type AssignedNumbers = {
  __typename?: 'AssignedNumbers';
  /** The dialing number (Trackdrive trackdrive_number_plain). */
  dialing?: Maybe<Scalars['PhoneNumber']['output']>;
  /** The SMS number (Trackdrive sms_number_plain). */
  sms?: Maybe<Scalars['PhoneNumber']['output']>;
};

/** A lead's calendar subscription: calendar, class, hosts and sessions. */
export type Calendar = Node & {
  __typename?: 'Calendar';
  /** Id of the calendar subscribed to (not the subscription's own id). */
  calendarId?: Maybe<Scalars['String']['output']>;
  /** Name of the calendar subscribed to. */
  calendarName?: Maybe<Scalars['String']['output']>;
  /** Id of the class (session series) within the calendar. */
  classId?: Maybe<Scalars['String']['output']>;
  /** Name of the class within the calendar. */
  className?: Maybe<Scalars['String']['output']>;
  /** The calendar's hosts; empty when the vendor sent none. */
  hosts: Array<CalendarHost>;
  /** Global id `vendor:calendar:<subscription id>`. */
  id: Scalars['ID']['output'];
  /** Global id of the lead the subscription belongs to. */
  leadId?: Maybe<Scalars['ID']['output']>;
  /** Calendar subscription id. */
  nativeId: Scalars['String']['output'];
  /** The vendor record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** The booked sessions, each an Event of type CALENDAR_SESSION. */
  sessions: Array<Event>;
  /** Subscription status as the vendor words it, e.g. Completed. */
  status?: Maybe<Scalars['String']['output']>;
  /** The vendor the subscription came from. */
  vendor: Vendor;
  /** The vendor's IANA time zone for the sessions, e.g. America/Detroit. */
  vendorTimeZone?: Maybe<Scalars['String']['output']>;
};

/** A Kartra `calendar_complete` webhook as received and stored: the lead, the calendar subscription and its sessions. */
export type CalendarCompletion = Node & {
  __typename?: 'CalendarCompletion';
  /** The calendar subscription the webhook carried. */
  calendar: Calendar;
  /** Pass as `after` to calendarCompletions or the calendarCompleted subscription to resume after this completion. */
  cursor: Scalars['String']['output'];
  /** Forwardings of this completion (tenant rules `vendors.kartra.forward`) and where each stands. */
  forwardings: Array<Forwarding>;
  /** kartra:completion:<sequence> */
  id: Scalars['ID']['output'];
  /** The lead the webhook carried (global id kartra:lead:<lead id>). */
  lead: Lead;
  /** The webhook body exactly as Kartra sent it. */
  raw: Scalars['JSON']['output'];
  /** When LeadGraph received and stored the webhook (UTC). */
  receivedAt: Scalars['DateTime']['output'];
  /** One CALENDAR_SESSION per event (same as calendar.sessions). */
  sessions: Array<Event>;
  /** calendar_subscription_status, e.g. Completed. */
  status: Scalars['String']['output'];
  /** Always KARTRA. */
  vendor: Vendor;
};

/** A page of CalendarCompletion items (Relay connection). */
export type CalendarCompletionConnection = {
  __typename?: 'CalendarCompletionConnection';
  /** The items of this page, in order. */
  edges: Array<CalendarCompletionEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One CalendarCompletion in a page of a CalendarCompletionConnection, with its cursor. */
export type CalendarCompletionEdge = {
  __typename?: 'CalendarCompletionEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The CalendarCompletion. */
  node: CalendarCompletion;
};

/** Which calendar completions to list or subscribe to; fields combine with AND. */
export type CalendarCompletionFilter = {
  /** calendar_id: only completions of this calendar. */
  calendarId?: InputMaybe<Scalars['String']['input']>;
  /** calendar_class_id: only completions of this class. */
  classId?: InputMaybe<Scalars['String']['input']>;
  /** Lead email (case-insensitive). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Received at or after. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** calendar_subscription_status, case-insensitive. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Received before. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of Calendar items (Relay connection). */
export type CalendarConnection = {
  __typename?: 'CalendarConnection';
  /** The items of this page, in order. */
  edges: Array<CalendarEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Calendar in a page of a CalendarConnection, with its cursor. */
export type CalendarEdge = {
  __typename?: 'CalendarEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Calendar. */
  node: Calendar;
};

/** A host of a calendar subscription (the person the lead meets). */
export type CalendarHost = {
  __typename?: 'CalendarHost';
  /** Host's email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Host's first name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Host's last name. */
  lastName?: Maybe<Scalars['String']['output']>;
};

/** Which lead to cancel: vendors that cancel by phone find it by its primary phone. */
export type CancelLeadInput = {
  /** The lead's primary phone, any format. */
  phone: Scalars['String']['input'];
  /** Vendor lead type, for vendors that type their leads; the tenant default when omitted. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** Something LeadGraph can do with a vendor (VendorInfo.capabilities). */
export type Capability =
  /** Schedule a call back to a lead: scheduleCallback. */
  | 'CALLBACK_SCHEDULE'
  /** Create events for leads: createEvent. */
  | 'EVENT_WRITE'
  /** Cancel a lead's pending calls: cancelLead. */
  | 'LEAD_CANCEL'
  /** Delete leads: deleteLead. */
  | 'LEAD_DELETE'
  /** Read leads: lead, leads, leadByExternalId, node. */
  | 'LEAD_READ'
  /** Change leads: updateLead. */
  | 'LEAD_UPDATE'
  /** Check a lead without storing it: validateLead. */
  | 'LEAD_VALIDATE'
  /** Create leads: createLead. */
  | 'LEAD_WRITE'
  /** Posts webhooks to LeadGraph (POST /webhooks/<vendor>/…), queryable and subscribable. */
  | 'WEBHOOK';

/** What one capability of a vendor needs of its input; input that breaks it is that vendor's REJECTED delivery. */
export type CapabilityRequirements = {
  __typename?: 'CapabilityRequirements';
  /** The capability these requirements are for. */
  capability: Capability;
  /** Unified input paths the capability cannot do without, e.g. input.email. */
  requiredFields: Array<Scalars['String']['output']>;
  /** Length limits, enumerations and formats the vendor checks. */
  rules: Array<FieldRule>;
};

/** A ClientTether account (read_account_list): the enterprise and its sub-accounts. */
export type ClientTetherAccount = Node & {
  __typename?: 'ClientTetherAccount';
  /** Company name. */
  companyName?: Maybe<Scalars['String']['output']>;
  /** Account email. */
  email?: Maybe<Scalars['String']['output']>;
  /** Account holder's first name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Global id clienttether:account:<account_id>. */
  id: Scalars['ID']['output'];
  /** Account holder's last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Account name. */
  name?: Maybe<Scalars['String']['output']>;
  /** ClientTether's account_id. */
  nativeId: Scalars['String']['output'];
  /** Office phone as ClientTether stores it. */
  officePhone?: Maybe<Scalars['String']['output']>;
  /** Owner's full name. */
  ownerName?: Maybe<Scalars['String']['output']>;
  /** Main phone as ClientTether stores it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The record as received; the account web key is removed. */
  raw: Scalars['JSON']['output'];
  /** Standard or Multi-level. */
  type?: Maybe<Scalars['String']['output']>;
};

/** update_account_by_id: a ClientTether account (a sub-account of a multi-level enterprise). */
export type ClientTetherAccountInput = {
  /** Address line 1. */
  addr1?: InputMaybe<Scalars['String']['input']>;
  /** Address line 2. */
  addr2?: InputMaybe<Scalars['String']['input']>;
  /** Address line 3. */
  addr3?: InputMaybe<Scalars['String']['input']>;
  /** Company name. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** Account email. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Account holder's first name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Account holder's last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Office phone, any US/CA format. */
  officePhone?: InputMaybe<Scalars['String']['input']>;
  /** Owner's full name as ClientTether shows it. */
  ownerName?: InputMaybe<Scalars['String']['input']>;
  /** Main phone, any US/CA format. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 10 digits (any US/CA format accepted). */
  returnPhone?: InputMaybe<Scalars['String']['input']>;
  /** 10 digits (any US/CA format accepted). */
  returnText?: InputMaybe<Scalars['String']['input']>;
  /** STANDARD or MULTI_LEVEL (account_type). */
  type?: InputMaybe<ClientTetherAccountType>;
};

/** ClientTether's account_type. */
export type ClientTetherAccountType =
  /** Multi-level (wire value `Multi-level`): an enterprise with sub-accounts. */
  | 'MULTI_LEVEL'
  /** Standard: a single account. */
  | 'STANDARD';

/** A ClientTether action plan (read_action_plan_list): an automated series of emails, texts and tasks. */
export type ClientTetherActionPlan = Node & {
  __typename?: 'ClientTetherActionPlan';
  /** Global id clienttether:action_plan:<action_plan_id>. */
  id: Scalars['ID']['output'];
  /** Lead source (Connection plans) or sales cycle (Conversion plans) this plan is linked to. */
  linkId?: Maybe<Scalars['String']['output']>;
  /** Name of the lead source or sales cycle the plan is linked to. */
  linkName?: Maybe<Scalars['String']['output']>;
  /** Plan name. */
  name: Scalars['String']['output'];
  /** ClientTether's action_plan_id. */
  nativeId: Scalars['String']['output'];
  /** Id of the plan that starts when this one ends. */
  nextPlanId?: Maybe<Scalars['String']['output']>;
  /** Name of the plan that starts when this one ends. */
  nextPlanName?: Maybe<Scalars['String']['output']>;
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** The plan's steps, in order (read_action_plan_by_id). */
  steps: Array<ClientTetherActionStep>;
  /** Connection, Conversion or Retention. */
  type?: Maybe<Scalars['String']['output']>;
};

/** create_action_plan / update_action_plan_by_id: a ClientTether action plan. */
export type ClientTetherActionPlanInput = {
  /** Lead source (Connection) or sales cycle (Conversion) id. */
  linkId?: InputMaybe<Scalars['ID']['input']>;
  /** Plan name (action_plan_name); required to create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Id of the plan that starts when this one ends. */
  nextPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Plan type (action_plan_type); required to create. CONVERSION plans link to a sales cycle, the others to a lead source. */
  type?: InputMaybe<ClientTetherActionPlanType>;
};

/** ClientTether's action_plan_type. Connection plans link to a lead source, Conversion plans to a sales cycle. */
export type ClientTetherActionPlanType =
  /** Connection: first contact with new leads; linked to a lead source. */
  | 'CONNECTION'
  /** Conversion: moves a lead through a sales cycle; linked to a sales cycle. */
  | 'CONVERSION'
  /** Retention: keeps in touch with existing clients. */
  | 'RETENTION';

/** One step of an action plan: what happens on which day. */
export type ClientTetherActionStep = {
  __typename?: 'ClientTetherActionStep';
  /** Email or text body of the step. */
  body?: Maybe<Scalars['String']['output']>;
  /** Day offset as ClientTether gives it. */
  day?: Maybe<Scalars['String']['output']>;
  /** Position of the step in the plan, 1 first. */
  order?: Maybe<Scalars['Int']['output']>;
  /** Email or text subject of the step. */
  subject?: Maybe<Scalars['String']['output']>;
  /** Time of day the step runs, as ClientTether gives it (e.g. 09:00). */
  time?: Maybe<Scalars['String']['output']>;
  /** email, text, call, … */
  type?: Maybe<Scalars['String']['output']>;
};

/** ClientTether's contact_type (sent as its number, 1–5). */
export type ClientTetherContactType =
  /** 1: a client (the default). */
  | 'CLIENT'
  /** 2: an employee. */
  | 'EMPLOYEE'
  /** 5: any other contact. */
  | 'OTHER'
  /** 3: a partner. */
  | 'PARTNER'
  /** 4: a vendor. */
  | 'VENDOR';

/** An expansion (custom) parameter: any non-reserved name, a string of at most 100 characters, HTML stripped. */
export type ClientTetherCustomParameterInput = {
  /** Parameter name; not one of ClientTether's reserved create_client names. */
  key: Scalars['String']['input'];
  /** Parameter value, at most 100 characters; HTML is stripped. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** update_client_event: only the fields given change. */
export type ClientTetherEventUpdateInput = {
  /** A manual-schedule action plan id. */
  actionPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** New description text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end, with an offset; sent in the tenant's time zone. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New start, with an offset; sent in the tenant's time zone. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New kind: CALL, CONTACT_REMINDER or APPOINTMENT. */
  type?: InputMaybe<EventType>;
  /** ClientTether user id (calendar). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** ClientTether's gender parameter. */
export type ClientTetherGender =
  /** Female. */
  | 'F'
  /** Male. */
  | 'M';

/** ClientTether's home_owner_status. */
export type ClientTetherHomeOwnerStatus =
  /** Owns the home (wire value `Own`). */
  | 'OWN'
  /** Rents the home (wire value `Rent`). */
  | 'RENT';

/** create_immed_call: ClientTether rings the agent, announces the client, then bridges. */
export type ClientTetherImmediateCallInput = {
  /** Any US/CA format. */
  agentPhone: Scalars['String']['input'];
  /** The lead's name, as ClientTether announces it to the agent. */
  clientFullName: Scalars['String']['input'];
  /** Any US/CA format. */
  clientPhone: Scalars['String']['input'];
  /** Said after "This is ClientTether connecting you to {clientFullName}". */
  say: Scalars['String']['input'];
};

/** ClientTether client parameters beyond the unified LeadInput (clienttether-api-v2.txt, Client Parameters). */
export type ClientTetherLeadOptions = {
  /** Starts this action plan (0 = none); takes precedence over the lead source's plan. */
  actionPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** ClientTether does not take birthdays. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY:MM:DD */
  anniversary1?: InputMaybe<Scalars['String']['input']>;
  /** YYYY:MM:DD */
  anniversary2?: InputMaybe<Scalars['String']['input']>;
  /** User who manages the contact. */
  assignedUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Client category, free text (client_category). */
  clientCategory?: InputMaybe<Scalars['String']['input']>;
  /** YYYY:MM:DD, e.g. last date of service. */
  clientsDateLast?: InputMaybe<Scalars['String']['input']>;
  /** YYYY:MM:DD, e.g. next date of service. */
  clientsDateNext?: InputMaybe<Scalars['String']['input']>;
  /** Default CLIENT. */
  contactType?: InputMaybe<ClientTetherContactType>;
  /** YYYY:MM:DD (YYYY-MM-DD accepted); default today. */
  creationDate?: InputMaybe<Scalars['String']['input']>;
  /** Expansion parameters. */
  custom?: InputMaybe<Array<ClientTetherCustomParameterInput>>;
  /** Whether the deal is closed (deal_closed, sent as 1/0). */
  dealClosed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Expected deal value in whole dollars (deal_size). */
  dealSize?: InputMaybe<Scalars['Int']['input']>;
  /** Education level, free text (education). */
  education?: InputMaybe<Scalars['String']['input']>;
  /** Facebook profile id, e.g. hall303. */
  facebook?: InputMaybe<Scalars['String']['input']>;
  /** M or F (gender). */
  gender?: InputMaybe<ClientTetherGender>;
  /** Net worth band as ClientTether numbers it (high_net_worth). */
  highNetWorth?: InputMaybe<Scalars['Int']['input']>;
  /** OWN or RENT (home_owner_status). */
  homeOwnerStatus?: InputMaybe<ClientTetherHomeOwnerStatus>;
  /** Household income in whole dollars (household_income). */
  householdIncome?: InputMaybe<Scalars['Int']['input']>;
  /** Overrides LeadInput.source; may start the source's action plan. */
  leadSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Years at the current address (length_of_residence). */
  lengthOfResidence?: InputMaybe<Scalars['Int']['input']>;
  /** LinkedIn profile name. */
  linkedin?: InputMaybe<Scalars['String']['input']>;
  /** SINGLE, MARRIED or DIVORCED (ClientTether's material_status). */
  maritalStatus?: InputMaybe<ClientTetherMaritalStatus>;
  /** Home market value in whole dollars (market_value). */
  marketValue?: InputMaybe<Scalars['Int']['input']>;
  /** Who ClientTether notifies of the new lead (new_lead_notification). */
  newLeadNotification?: InputMaybe<ClientTetherNewLeadNotification>;
  /** Occupation, free text (occupation). */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Children in the household (presence_of_children, sent as 1/0). */
  presenceOfChildren?: InputMaybe<Scalars['Boolean']['input']>;
  /** Pets in the household (presence_of_pets, sent as 1/0). */
  presenceOfPets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sales cycle (pipeline stage) to start the lead in (sales_cycle_id). */
  salesCycleId?: InputMaybe<Scalars['ID']['input']>;
  /** OK to text (default true). */
  smsOk?: InputMaybe<Scalars['Boolean']['input']>;
  /** Twitter handle or URL (twitter). */
  twitter?: InputMaybe<Scalars['String']['input']>;
  /** Whiteboard note shown on the client's record (whiteboard). */
  whiteboard?: InputMaybe<Scalars['String']['input']>;
};

/** A ClientTether lead source (read_lead_source_list): where clients come from. */
export type ClientTetherLeadSource = Node & {
  __typename?: 'ClientTetherLeadSource';
  /** Global id clienttether:lead_source:<lead_source_id>. */
  id: Scalars['ID']['output'];
  /** Lead source name, as LeadInput.source matches it. */
  name: Scalars['String']['output'];
  /** ClientTether's lead_source_id. */
  nativeId: Scalars['String']['output'];
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** The MD5 web key ClientTether generated for this source (for web-form posts). */
  webKey?: Maybe<Scalars['String']['output']>;
};

/** ClientTether's `material_status` parameter. */
export type ClientTetherMaritalStatus =
  /** Wire value `Divorced`. */
  | 'DIVORCED'
  /** Wire value `Married`. */
  | 'MARRIED'
  /** Wire value `Single`. */
  | 'SINGLE';

/** What ClientTether made of a ClientTether-only mutation; the typed record it returned, where there is one. */
export type ClientTetherMutationPayload = {
  __typename?: 'ClientTetherMutationPayload';
  /** updateClientTetherAccount: the account. */
  account?: Maybe<ClientTetherAccount>;
  /** createActionPlan / updateActionPlan: the plan. */
  actionPlan?: Maybe<ClientTetherActionPlan>;
  /** What ClientTether made of the call: status, nativeId, fieldErrors, error. */
  delivery: Delivery;
  /** updateEvent: the event as ClientTether holds it now. */
  event?: Maybe<Event>;
  /** createLeadSource / updateLeadSource: the lead source. */
  leadSource?: Maybe<ClientTetherLeadSource>;
  /** True when ClientTether did it (delivery.status is not REJECTED or FAILED). */
  ok: Scalars['Boolean']['output'];
  /** True when this is the stored result of an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  /** createSalesCycle / updateSalesCycle: the stage. */
  salesCycle?: Maybe<ClientTetherSalesCycle>;
  /** createTag: the tag. */
  tag?: Maybe<ClientTetherTag>;
  /** createClientTetherUser / updateClientTetherUser: the user. */
  user?: Maybe<ClientTetherUser>;
};

/** ClientTether's new_lead_notification: who is told of a new lead. */
export type ClientTetherNewLeadNotification =
  /** 2: email, text and software notification. */
  | 'ALL'
  /** 0 (the default): no notice. */
  | 'NONE'
  /** 1: a notification in ClientTether's software. */
  | 'SOFTWARE';

/** A history note on a ClientTether client (read_client_history_notes). */
export type ClientTetherNote = {
  __typename?: 'ClientTetherNote';
  /** The note text. */
  body?: Maybe<Scalars['String']['output']>;
  /** When the note was written (UTC). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** ClientTether's note id. */
  nativeId?: Maybe<Scalars['String']['output']>;
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** Note type as ClientTether words it. */
  type?: Maybe<Scalars['String']['output']>;
};

/** A page of ClientTetherNote items (Relay connection). */
export type ClientTetherNoteConnection = {
  __typename?: 'ClientTetherNoteConnection';
  /** The items of this page, in order. */
  edges: Array<ClientTetherNoteEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One ClientTetherNote in a page of a ClientTetherNoteConnection, with its cursor. */
export type ClientTetherNoteEdge = {
  __typename?: 'ClientTetherNoteEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The ClientTetherNote. */
  node: ClientTetherNote;
};

/** A payment on a ClientTether proposal (read_proposal_payments, read_all_payments). */
export type ClientTetherPayment = {
  __typename?: 'ClientTetherPayment';
  /** Decimal as a string. */
  amount?: Maybe<Scalars['String']['output']>;
  /** yyyy-mm-dd */
  createdDate?: Maybe<Scalars['String']['output']>;
  /** yyyy-mm-dd */
  payday?: Maybe<Scalars['String']['output']>;
  /** ClientTether's id of the proposal paid. */
  proposalId?: Maybe<Scalars['String']['output']>;
  /** The proposal's number, e.g. P-1001. */
  proposalNumber?: Maybe<Scalars['String']['output']>;
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** Deposit, Progress or Final. */
  status?: Maybe<Scalars['String']['output']>;
  /** Cash, Card, Check or Other. */
  type?: Maybe<Scalars['String']['output']>;
};

/** A page of ClientTetherPayment items (Relay connection). */
export type ClientTetherPaymentConnection = {
  __typename?: 'ClientTetherPaymentConnection';
  /** The items of this page, in order. */
  edges: Array<ClientTetherPaymentEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One ClientTetherPayment in a page of a ClientTetherPaymentConnection, with its cursor. */
export type ClientTetherPaymentEdge = {
  __typename?: 'ClientTetherPaymentEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The ClientTetherPayment. */
  node: ClientTetherPayment;
};

/** A step of an action plan waiting to run for a client (read_pending_actions). */
export type ClientTetherPendingAction = {
  __typename?: 'ClientTetherPendingAction';
  /** Id of the action plan the step belongs to. */
  actionPlanId?: Maybe<Scalars['String']['output']>;
  /** Name of the action plan the step belongs to. */
  actionPlanName?: Maybe<Scalars['String']['output']>;
  /** When the step is due (UTC). */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** ClientTether's id of the pending action. */
  nativeId?: Maybe<Scalars['String']['output']>;
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** Subject of the step. */
  subject?: Maybe<Scalars['String']['output']>;
  /** Step kind as ClientTether words it (email, text, call, task). */
  type?: Maybe<Scalars['String']['output']>;
};

/** A page of ClientTetherPendingAction items (Relay connection). */
export type ClientTetherPendingActionConnection = {
  __typename?: 'ClientTetherPendingActionConnection';
  /** The items of this page, in order. */
  edges: Array<ClientTetherPendingActionEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One ClientTetherPendingAction in a page of a ClientTetherPendingActionConnection, with its cursor. */
export type ClientTetherPendingActionEdge = {
  __typename?: 'ClientTetherPendingActionEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The ClientTetherPendingAction. */
  node: ClientTetherPendingAction;
};

/** A ClientTether proposal (quote) for a client (read_proposals), with its lines and payments. */
export type ClientTetherProposal = Node & {
  __typename?: 'ClientTetherProposal';
  /** Discount as ClientTether gives it (a decimal string, dollars). */
  discount?: Maybe<Scalars['String']['output']>;
  /** Name of the estimator. */
  estimator?: Maybe<Scalars['String']['output']>;
  /** Final price as ClientTether gives it (a decimal string, dollars). */
  finalPrice?: Maybe<Scalars['String']['output']>;
  /** Global id clienttether:proposal:<proposal_id>. */
  id: Scalars['ID']['output'];
  /** Job end date as ClientTether gives it (YYYY-MM-DD). */
  jobEndDate?: Maybe<Scalars['String']['output']>;
  /** Job start date as ClientTether gives it (YYYY-MM-DD). */
  jobStartDate?: Maybe<Scalars['String']['output']>;
  /** Global id of the lead the proposal is for. */
  leadId?: Maybe<Scalars['ID']['output']>;
  /** The proposal's lines. */
  lineItems: Array<ClientTetherProposalLineItem>;
  /** ClientTether's proposal_id. */
  nativeId: Scalars['String']['output'];
  /** Notes for the client. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Proposal number, e.g. P-1001. */
  number?: Maybe<Scalars['String']['output']>;
  /** Payments recorded against this proposal (read_proposal_payments, one read per lead per request). Null, with an error in `errors` at this path, when the read failed. */
  payments?: Maybe<ClientTetherPaymentConnection>;
  /** Name of the production manager. */
  productionManager?: Maybe<Scalars['String']['output']>;
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** Proposal type as ClientTether words it. */
  type?: Maybe<Scalars['String']['output']>;
  /** Internal work notes. */
  workNotes?: Maybe<Scalars['String']['output']>;
};


/** A ClientTether proposal (quote) for a client (read_proposals), with its lines and payments. */
export type ClientTetherProposalPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
};

/** A page of ClientTetherProposal items (Relay connection). */
export type ClientTetherProposalConnection = {
  __typename?: 'ClientTetherProposalConnection';
  /** The items of this page, in order. */
  edges: Array<ClientTetherProposalEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One ClientTetherProposal in a page of a ClientTetherProposalConnection, with its cursor. */
export type ClientTetherProposalEdge = {
  __typename?: 'ClientTetherProposalEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The ClientTetherProposal. */
  node: ClientTetherProposal;
};

/** One line of a ClientTether proposal. */
export type ClientTetherProposalLineItem = {
  __typename?: 'ClientTetherProposalLineItem';
  /** What the line is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Notes on the line. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Decimal as ClientTether sends it (a string). */
  price?: Maybe<Scalars['String']['output']>;
};

/** A stage of ClientTether's sales pipeline (read_sales_cycle_list). */
export type ClientTetherSalesCycle = Node & {
  __typename?: 'ClientTetherSalesCycle';
  /** Active path (true) or inactive path (false). */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** 1 Client, 2 Employee, 3 Partner, 4 Vendor, 5 Other. */
  contactType?: Maybe<Scalars['Int']['output']>;
  /** Global id clienttether:sales_cycle:<sales_cycle_id>. */
  id: Scalars['ID']['output'];
  /** Stage name. */
  name: Scalars['String']['output'];
  /** ClientTether's sales_cycle_id. */
  nativeId: Scalars['String']['output'];
  /** Position in the pipeline, 1 first. */
  order?: Maybe<Scalars['Int']['output']>;
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
};

/** create_sales_cycle / update_sales_cycle_by_id: a stage of ClientTether's sales pipeline. */
export type ClientTetherSalesCycleInput = {
  /** Active path (true) or inactive path (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Which contacts the stage is for (sales_cycle_contact_type). */
  contactType?: InputMaybe<ClientTetherContactType>;
  /** Stage name (sales_cycle_name); required to create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Position in the pipeline, 1 first. */
  order?: InputMaybe<Scalars['Int']['input']>;
};

/** create_manual_email: plain text only (ClientTether appends opt-out lines). */
export type ClientTetherSendEmailInput = {
  /** Blind copies to (bcc), each a valid email address. */
  bcc?: InputMaybe<Array<Scalars['EmailAddress']['input']>>;
  /** Plain text with hard returns; HTML is refused. Add your own signature. */
  body: Scalars['String']['input'];
  /** Copies to (cc), each a valid email address. */
  cc?: InputMaybe<Array<Scalars['EmailAddress']['input']>>;
  /** Send only to cc/bcc, not to the lead. */
  excludeContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id of a ClientTether lead. */
  leadId: Scalars['ID']['input'];
  /** When to send; omitted = now. */
  sendAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Email subject (create_manual_email subject). */
  subject: Scalars['String']['input'];
};

/** create_manual_text: a text message to a ClientTether lead's phone, now or at sendAt. */
export type ClientTetherSendTextInput = {
  /** The message text (plain text). */
  body: Scalars['String']['input'];
  /** Global id of a ClientTether lead (clienttether:lead:<client_id>). */
  leadId: Scalars['ID']['input'];
  /** When to send; omitted = now. */
  sendAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A ClientTether tag (read_tags_list). */
export type ClientTetherTag = {
  __typename?: 'ClientTetherTag';
  /** ClientTether's id of the tag, where it gives one. */
  nativeId?: Maybe<Scalars['String']['output']>;
  /** The tag text, as put on leads. */
  value: Scalars['String']['output'];
};

/** A ClientTether user (read_user_list): an agent whose calendar and tasks hold events. */
export type ClientTetherUser = Node & {
  __typename?: 'ClientTetherUser';
  /** User's email. */
  email?: Maybe<Scalars['String']['output']>;
  /** User's first name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Global id clienttether:user:<user_id>. */
  id: Scalars['ID']['output'];
  /** User's last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** ClientTether's user_id (EventInput.userId, clientTetherAppointments). */
  nativeId: Scalars['String']['output'];
  /** User's phone as ClientTether stores it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The ClientTether record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** Whether the user's calendar takes appointments. */
  showCalendar: Scalars['Boolean']['output'];
  /** Standard or Admin. */
  type?: Maybe<Scalars['String']['output']>;
  /** Login name. */
  username?: Maybe<Scalars['String']['output']>;
};

/** create_user needs every field; update_user_by_id takes any (type and password only on create). */
export type ClientTetherUserInput = {
  /** User's email; required to create. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** User's first name; required to create. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** User's last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Only on create; never returned. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** User's phone, any US/CA format. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Whether the user's calendar takes appointments (show_calendar). */
  showCalendar?: InputMaybe<Scalars['Boolean']['input']>;
  /** STANDARD or ADMIN (user_type); required to create. */
  type?: InputMaybe<ClientTetherUserType>;
  /** Login name; required to create, unique across ClientTether. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** ClientTether's user_type. */
export type ClientTetherUserType =
  /** Admin: manages the account's users and settings. */
  | 'ADMIN'
  /** Standard: a user of their own records. */
  | 'STANDARD';

/** Comunik8 lead/add options. Omitted values come from the tenant's comunik8 config. */
export type Comunik8LeadOptions = {
  /** Extra key/values merged into Comunik8's `data` (sent as a JSON string). */
  data?: InputMaybe<Scalars['JSON']['input']>;
  /** Postpone the dial-out by this many seconds (Comunik8 `delays`). */
  delaySeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Comunik8 lead sub-type; default: the tenant's comunik8.defaultSubtype. */
  subtype?: InputMaybe<Scalars['String']['input']>;
  /** Comunik8 lead type (per account); default: the tenant's comunik8.defaultType. Checked against comunik8.leadTypes when the tenant lists them. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** How createLead behaves. One typed block per vendor for parameters beyond LeadInput. */
export type CreateLeadOptions = {
  /** ClientTether client parameters beyond LeadInput. */
  clienttether?: InputMaybe<ClientTetherLeadOptions>;
  /** Comunik8 lead type, sub-type, delay and extra data. */
  comunik8?: InputMaybe<Comunik8LeadOptions>;
  /** Look the lead up by phone/email first and report EXISTING instead of creating a duplicate (vendors that support lookups). */
  dedupe?: Scalars['Boolean']['input'];
  /** Trackdrive create_or_update parameters. */
  trackdrive?: InputMaybe<TrackdriveLeadOptions>;
};

/** A vendor field outside the unified model, kept rather than dropped. */
export type CustomField = {
  __typename?: 'CustomField';
  /** The vendor's field name or key. */
  key: Scalars['String']['output'];
  /** The field's human label, where the vendor has one. */
  label?: Maybe<Scalars['String']['output']>;
  /** The vendor's own value as received. */
  raw?: Maybe<Scalars['JSON']['output']>;
  /** Vendor field type, e.g. input_field, dropdown, checkbox, text. */
  type: Scalars['String']['output'];
  /** The value as text (options joined with ", "). */
  value?: Maybe<Scalars['String']['output']>;
  /** Selected option values for multi-valued fields; [value] otherwise. */
  values: Array<Scalars['String']['output']>;
};

/** A vendor field outside LeadInput, by the vendor's own key. */
export type CustomFieldInput = {
  /** The vendor's field name or key. */
  key: Scalars['String']['input'];
  /** The value as text; null clears it where the vendor allows. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** What one vendor made of a mutation: an entry in the delivery log (deliveries, node(id:)), kept until retention prunes it. */
export type Delivery = Node & {
  __typename?: 'Delivery';
  /** Numbers the vendor assigned to the lead (Trackdrive), E.164; null when none. */
  assignedNumbers?: Maybe<AssignedNumbers>;
  /** Attempts started so far, the first included. */
  attempts: Scalars['Int']['output'];
  /** When LeadGraph accepted it. */
  createdAt: Scalars['DateTime']['output'];
  /** Vendor-specific results (assigned numbers, job ids, …), secrets never included. */
  details?: Maybe<Scalars['JSON']['output']>;
  /** FAILED: why; null otherwise. */
  error?: Maybe<DeliveryError>;
  /** The event as the vendor holds it now, where it returned one. */
  event?: Maybe<Event>;
  /** REJECTED: one entry per refused input field; empty otherwise. */
  fieldErrors: Array<FieldError>;
  /** Every attempt, oldest first. */
  history: Array<DeliveryAttempt>;
  /** Global id `leadgraph:delivery:<n>`. */
  id: Scalars['ID']['output'];
  /** Job id of an asynchronous write (Entrata through Propexo): pass it to writeStatus for the outcome. */
  jobId?: Maybe<Scalars['String']['output']>;
  /** The lead as the vendor holds it now, where it returned one. */
  lead?: Maybe<Lead>;
  /** The vendor's own words, e.g. "Another call is already scheduled". */
  message?: Maybe<Scalars['String']['output']>;
  /** The vendor's id for the record created/updated. */
  nativeId?: Maybe<Scalars['String']['output']>;
  /** QUEUED or RETRYING: when the next attempt is due; null once final. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The mutation or background operation: createLead, cancelLead, scheduleCallback, createEvent, … */
  operation: Scalars['String']['output'];
  /** What the vendor did: CREATED, EXISTING, REJECTED, FAILED, …; QUEUED or RETRYING while the outbox holds it */
  status: DeliveryStatus;
  /** Its last status change. */
  updatedAt: Scalars['DateTime']['output'];
  /** The vendor this delivery went to. */
  vendor: Vendor;
};

/** One attempt at a delivery. */
export type DeliveryAttempt = {
  __typename?: 'DeliveryAttempt';
  /** When the attempt started. */
  at: Scalars['DateTime']['output'];
  /** How long the attempt took. */
  durationMs: Scalars['Int']['output'];
  /** Why it did not succeed; null when it did. */
  error?: Maybe<DeliveryAttemptError>;
  /** The status this attempt produced (RETRYING: failed, and will be tried again). */
  outcome: DeliveryStatus;
};

/** The part of a delivery error an attempt in the history keeps. */
export type DeliveryAttemptError = {
  __typename?: 'DeliveryAttemptError';
  /** Stable code, as DeliveryError.code. */
  code: Scalars['String']['output'];
  /** What went wrong, with credentials scrubbed. */
  message: Scalars['String']['output'];
  /** The vendor's own code (e.g. invalid_request); HTTP_<status> (HTTP_500, HTTP_429) when an HTTP status is all the vendor said, the same form for every vendor. */
  vendorCode?: Maybe<Scalars['String']['output']>;
};

/** A page of Delivery items (Relay connection). */
export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  /** The items of this page, in order. */
  edges: Array<DeliveryEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Delivery in a page of a DeliveryConnection, with its cursor. */
export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Delivery. */
  node: Delivery;
};

/** Why a delivery FAILED: a stable code plus the vendor's own. */
export type DeliveryError = {
  __typename?: 'DeliveryError';
  /** True when the vendor's circuit breaker is open (failing fast). */
  circuitOpen?: Maybe<Scalars['Boolean']['output']>;
  /** Stable code: UPSTREAM_ERROR, UPSTREAM_TIMEOUT, RATE_LIMITED, VENDOR_NOT_CONFIGURED, NOT_FOUND, CONFLICT, BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  /** What went wrong, with credentials scrubbed. */
  message: Scalars['String']['output'];
  /** RATE_LIMITED: seconds until the vendor takes calls again (its Retry-After). */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** The vendor's own code (e.g. invalid_request); HTTP_<status> (HTTP_500, HTTP_429) when an HTTP status is all the vendor said, the same form for every vendor. */
  vendorCode?: Maybe<Scalars['String']['output']>;
};

/** Which deliveries: every field given must match. */
export type DeliveryFilter = {
  /** Only this operation's: createLead, cancelLead, scheduleCallback, createEvent, … */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Accepted at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only those in this status now. */
  status?: InputMaybe<DeliveryStatus>;
  /** Accepted before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this vendor's. */
  vendor?: InputMaybe<Vendor>;
};

/** When a fan-out mutation calls its vendors. */
export type DeliveryMode =
  /** After answering: each target is committed as QUEUED, and the outbox's workers deliver it. */
  | 'ASYNC'
  /** Now, before answering; a retryable failure comes back RETRYING and is retried in the background. */
  | 'SYNC';

/** What one vendor did with a mutation. REJECTED: the vendor refused the data (see fieldErrors). FAILED: it could not be done (see error), and LeadGraph has stopped trying. QUEUED and RETRYING: the outbox still holds it. */
export type DeliveryStatus =
  /** The vendor cancelled the lead or its pending calls. */
  | 'CANCELLED'
  /** The vendor created a new record (see nativeId). */
  | 'CREATED'
  /** The vendor deleted the record. */
  | 'DELETED'
  /** The vendor already had this lead (matched by phone or email): nothing was created. */
  | 'EXISTING'
  /** It could not be done (vendor down, timeout, rate limit, not configured), and the attempts are exhausted or the error is final: see error and history. retryDelivery re-queues it. */
  | 'FAILED'
  /** mode: ASYNC: held in the durable outbox; a worker delivers it after the mutation answered. */
  | 'QUEUED'
  /** The vendor (or LeadGraph's copy of its rules) refused the data: see fieldErrors. */
  | 'REJECTED'
  /** A retryable failure (timeout, connection error, 5xx, 429, open circuit): tried again at nextAttemptAt, in the background. */
  | 'RETRYING'
  /** A callback or delayed call was scheduled at the vendor. */
  | 'SCHEDULED'
  /** The vendor changed an existing record. */
  | 'UPDATED'
  /** validateLead: the vendor accepted the data in test mode; nothing was stored. */
  | 'VALIDATED';

/** How an Entrata call event ended (Propexo call_status). */
export type EntrataCallStatus =
  /** The caller hung up before an answer. */
  | 'ABANDONED'
  /** The call was answered. */
  | 'ANSWER'
  /** The line was busy. */
  | 'BUSY'
  /** The call was cut off. */
  | 'DISCONNECTED'
  /** The call could not be connected. */
  | 'FAILURE_TO_CONNECT'
  /** Nobody answered. */
  | 'NO_ANSWER'
  /** The call went to voicemail. */
  | 'VOICEMAIL';

/** Direction of an Entrata email event. Outgoing email events require emailFrom. */
export type EntrataEmailDirection =
  /** Received from the applicant. */
  | 'INCOMING'
  /** Sent to the applicant (emailFrom required). */
  | 'OUTGOING';

/** Entrata applicant event fields (through Propexo), for createEvent(target: ENTRATA). Which group is required follows input.type: CALL needs callFrom, callTo, callStatus, callDurationSeconds, callAudioLink; an OUTGOING EMAIL needs emailFrom. Times come from input.startsAt/endsAt (any offset) and are sent in Mountain Time as Entrata requires. */
export type EntrataEventInput = {
  /** The applicant's primary email as you know it: emailTo is checked against it before sending. */
  applicantEmail?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Propexo applicant id. May instead be given as input.leadId `entrata:applicant:<id>`. */
  applicantId?: InputMaybe<Scalars['String']['input']>;
  /** Propexo application id. */
  applicationId?: InputMaybe<Scalars['String']['input']>;
  /** When the appointment will occur; defaults to input.startsAt for APPOINTMENT events. */
  appointmentAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** CALL: any valid URL (need not be an audio file). */
  callAudioLink?: InputMaybe<Scalars['String']['input']>;
  /** CALL: 0–86400 seconds; defaults to endsAt − startsAt or durationMinutes. */
  callDurationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** CALL: number the call was made from, any format. */
  callFrom?: InputMaybe<Scalars['String']['input']>;
  /** CALL: how the call ended (call_status); required for CALL events. */
  callStatus?: InputMaybe<EntrataCallStatus>;
  /** CALL: number the call was received on, any format. */
  callTo?: InputMaybe<Scalars['String']['input']>;
  /** EMAIL: blind copy to (email_bcc). */
  emailBcc?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** EMAIL: body (email_body). */
  emailBody?: InputMaybe<Scalars['String']['input']>;
  /** EMAIL: copy to (email_cc). */
  emailCc?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** EMAIL events: default OUTGOING. */
  emailDirection?: InputMaybe<EntrataEmailDirection>;
  /** EMAIL: sender address (email_from); required for OUTGOING email events. */
  emailFrom?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Whether Entrata should send the email. */
  emailSend?: InputMaybe<Scalars['Boolean']['input']>;
  /** EMAIL: subject (email_subject). */
  emailSubject?: InputMaybe<Scalars['String']['input']>;
  /** Must be the applicant's primary email address (requires applicantEmail, checked before sending); defaults to applicantEmail. */
  emailTo?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Propexo employee id. */
  employeeId?: InputMaybe<Scalars['String']['input']>;
  /** Propexo event result id (the outcome of the event). */
  eventResultId?: InputMaybe<Scalars['String']['input']>;
  /** Propexo event subtype id. */
  eventSubTypeId?: InputMaybe<Scalars['String']['input']>;
  /** Propexo event type id (not all Entrata event types are supported by Propexo). */
  eventTypeId: Scalars['String']['input'];
  /** At most 256 characters; defaults to input.description. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Why the event happened, free text (reasons_for_event). */
  reasonsForEvent?: InputMaybe<Scalars['String']['input']>;
  /** Propexo unit id. */
  unitId?: InputMaybe<Scalars['String']['input']>;
};

/** Something that happens with a lead at a time. */
export type Event = Node & {
  __typename?: 'Event';
  /** Longer text: notes, the body of an email or text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The instant the event ends (UTC); null when the vendor has no end. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id `vendor:event:nativeId`. */
  id: Scalars['ID']['output'];
  /** Global id of the lead this event belongs to. */
  leadId?: Maybe<Scalars['ID']['output']>;
  /** The vendor's own id; null for events it gives none (sessions). */
  nativeId?: Maybe<Scalars['String']['output']>;
  /** The vendor record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** The vendor's own IANA time zone for this event, e.g. America/Detroit. */
  sourceTimeZone?: Maybe<Scalars['String']['output']>;
  /** The instant the event starts (serialized in UTC). */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Start as wall-clock time with offset in sourceTimeZone, e.g. 2020-12-11T09:00:00-05:00. */
  startsAtLocal?: Maybe<Scalars['String']['output']>;
  /** Short title or subject. */
  title?: Maybe<Scalars['String']['output']>;
  /** What kind of event it is. */
  type: EventType;
  /** The vendor that holds the event. */
  vendor: Vendor;
};

/** A page of Event items (Relay connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items of this page, in order. */
  edges: Array<EventEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Event in a page of a EventConnection, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Event. */
  node: Event;
};

/** An event for a lead. Which fields apply depends on the target vendor. */
export type EventInput = {
  /** Longer text: notes, agenda, message body. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Length in minutes, when endsAt is not given. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** When it ends, with an offset; or give durationMinutes. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required when the target is ENTRATA. */
  entrata?: InputMaybe<EntrataEventInput>;
  /** Vendor-specific event fields. */
  extra?: InputMaybe<Scalars['JSON']['input']>;
  /** Global id of the lead. */
  leadId?: InputMaybe<Scalars['String']['input']>;
  /** When it starts, with an offset (any zone); each vendor gets it in its own zone. */
  startsAt: Scalars['DateTime']['input'];
  /** Short title or subject. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** What kind of event; each vendor takes the kinds it has. */
  type: EventType;
  /** The vendor user the event is assigned to, whose calendar holds it (some vendors require it for appointments). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** What createEvent did: one delivery (the target) and the event it made. */
export type EventMutationPayload = {
  __typename?: 'EventMutationPayload';
  /** One per targeted vendor (createEvent has one target). */
  deliveries: Array<Delivery>;
  /** The event as the vendor created it. */
  event?: Maybe<Event>;
  /** True when every delivery succeeded. */
  ok: Scalars['Boolean']['output'];
  /** True when this payload is the stored result of an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** What kind of thing happens with a lead. Each vendor takes the kinds it has (see createEvent). */
export type EventType =
  /** A meeting booked in a user's calendar, with a start and usually an end. */
  | 'APPOINTMENT'
  /** A session of a calendar subscription (see Calendar.sessions). */
  | 'CALENDAR_SESSION'
  /** A phone call, logged or scheduled. */
  | 'CALL'
  /** A reminder for a user to contact the lead at a time. */
  | 'CONTACT_REMINDER'
  /** An email sent to or received from the lead. */
  | 'EMAIL'
  /** A note written on the lead's record. */
  | 'NOTE'
  /** A vendor event kind the unified model has no name for; see raw. */
  | 'OTHER'
  /** A text message (SMS) sent to or received from the lead. */
  | 'TEXT';

/** A vendor-side or pre-flight problem with one unified input field. */
export type FieldError = {
  __typename?: 'FieldError';
  /** Unified field path, e.g. input.email. */
  field: Scalars['String']['output'];
  /** What is wrong with it, in the vendor's words where it gave any. */
  message: Scalars['String']['output'];
};

/** A format rule a vendor applies to one input field before sending anything. */
export type FieldRule = {
  __typename?: 'FieldRule';
  /** The rule in words, e.g. at most 60 characters, or one of a listed set. */
  description: Scalars['String']['output'];
  /** Unified input path, e.g. input.phone or options.<vendor>.type. */
  field: Scalars['String']['output'];
};

/** One forwarding of a received calendar completion to another vendor (tenant rule `vendors.kartra.forward`), run from a durable outbox. */
export type Forwarding = {
  __typename?: 'Forwarding';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** Global ids of the events created in the target, one per session. */
  eventIds: Array<Scalars['ID']['output']>;
  /** Why the last attempt failed (sanitized). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Global id of the lead in the target vendor, once created or found. */
  leadId?: Maybe<Scalars['ID']['output']>;
  /** RETRYING: when the next attempt runs (UTC); null otherwise. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the forwarding stands. */
  status: ForwardingStatus;
  /** The vendor the completion is forwarded to. */
  target: Vendor;
  /** When the status last changed (UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where one forwarding of a received webhook stands. RETRYING: the last attempt failed and another is scheduled (nextAttemptAt). FAILED: given up (rejected by the vendor or out of attempts). */
export type ForwardingStatus =
  /** Given up: the vendor rejected it or it ran out of attempts (see lastError). */
  | 'FAILED'
  /** Queued in the outbox; no attempt yet. */
  | 'PENDING'
  /** The last attempt failed; another is scheduled at nextAttemptAt. */
  | 'RETRYING'
  /** A worker is attempting it now. */
  | 'RUNNING'
  /** The target vendor took it (see leadId). */
  | 'SUCCEEDED';

/** GDPR state Kartra keeps for a lead. */
export type KartraGdpr = {
  __typename?: 'KartraGdpr';
  /** gdpr_lead_communications: AGREED or NOT_AGREED. */
  communications?: Maybe<Scalars['String']['output']>;
  /** gdpr_lead_communications as sent (0/1). */
  communicationsCode?: Maybe<Scalars['Int']['output']>;
  /** gdpr_lead_status: OFF, NOT_SUBJECT, ACCEPTED, NOT_ACCEPTED, UNKNOWN, PENDING. */
  status?: Maybe<Scalars['String']['output']>;
  /** gdpr_lead_status as sent (0–5). */
  statusCode?: Maybe<Scalars['Int']['output']>;
  /** gdpr_lead_status_date as sent. */
  statusDate?: Maybe<Scalars['String']['output']>;
  /** gdpr_lead_status_ip: the IP address the GDPR status was given from. */
  statusIp?: Maybe<Scalars['String']['output']>;
};

/** Kartra lead fields outside the unified Lead model. */
export type KartraLeadDetails = {
  __typename?: 'KartraLeadDetails';
  /** blacklisted: true when Kartra blacklisted the lead. */
  blacklisted?: Maybe<Scalars['Boolean']['output']>;
  /** date_joined as sent (YYYY-mm-dd hh:mm:ss, Eastern time); createdAt holds the instant. */
  dateJoined?: Maybe<Scalars['String']['output']>;
  /** facebook profile. */
  facebook?: Maybe<Scalars['String']['output']>;
  /** GDPR consent state. */
  gdpr: KartraGdpr;
  /** ip: the address the lead signed up from. */
  ip?: Maybe<Scalars['String']['output']>;
  /** ip_country: the country of that address. */
  ipCountry?: Maybe<Scalars['String']['output']>;
  /** last_name2: a second family name. */
  lastName2?: Maybe<Scalars['String']['output']>;
  /** lead_picture: URL of the lead's picture. */
  leadPicture?: Maybe<Scalars['String']['output']>;
  /** linkedin profile. */
  linkedin?: Maybe<Scalars['String']['output']>;
  /** phone_country_code as sent, e.g. +1. */
  phoneCountryCode?: Maybe<Scalars['String']['output']>;
  /** preferred_time_zone as sent. */
  preferredTimeZone?: Maybe<Scalars['String']['output']>;
  /** referring_id: the Kartra lead that referred this one. */
  referringId?: Maybe<Scalars['Int']['output']>;
  /** sales_tax_id. */
  salesTaxId?: Maybe<Scalars['String']['output']>;
  /** source_id: the Kartra source the lead came in through. */
  sourceId?: Maybe<Scalars['Int']['output']>;
  /** twitter profile. */
  twitter?: Maybe<Scalars['String']['output']>;
  /** website. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A person a vendor knows. */
export type Lead = Node & {
  __typename?: 'Lead';
  /** Postal address; null when the vendor has none. */
  address?: Maybe<Address>;
  /** The lead's Kartra calendar subscriptions (latest state of each); empty for other vendors. */
  calendars: CalendarConnection;
  /** Company or organisation name. */
  company?: Maybe<Scalars['String']['output']>;
  /** When the vendor created the record (UTC). */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Vendor fields outside the unified model. */
  customFields: Array<CustomField>;
  /** Primary email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** ClientTether: the lead's calls, reminders and appointments (read_all_events, pages of 100), read when asked for. Empty for other vendors. Null, with an error in `errors` at this path, when the read failed. */
  events?: Maybe<EventConnection>;
  /** The caller's own id for this lead, where the vendor keeps one. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Global id `vendor:lead:nativeId` (the vendor's own id last). */
  id: Scalars['ID']['output'];
  /** Job title. */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** Kartra-only lead fields (GDPR, social, ip, …); null for other vendors. */
  kartra?: Maybe<KartraLeadDetails>;
  /** Family name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Middle name, where the vendor keeps one. */
  middleName?: Maybe<Scalars['String']['output']>;
  /** The vendor's own id. */
  nativeId: Scalars['String']['output'];
  /** ClientTether: history notes (read_client_history_notes). Empty for other vendors. Null, with an error in `errors` at this path, when the read failed. */
  notes?: Maybe<ClientTetherNoteConnection>;
  /** ClientTether: pending action-plan actions (read_pending_actions). Empty for other vendors. Null, with an error in `errors` at this path, when the read failed. */
  pendingActions?: Maybe<ClientTetherPendingActionConnection>;
  /** Primary phone, E.164. */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** ClientTether: proposals (read_proposals), each with its payments. Empty for other vendors. Null, with an error in `errors` at this path, when the read failed. */
  proposals?: Maybe<ClientTetherProposalConnection>;
  /** The vendor record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  /** Lead score as the vendor computes it (its own scale). */
  score?: Maybe<Scalars['Int']['output']>;
  /** Secondary phone, E.164. */
  secondaryPhone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** Lead source name. */
  source?: Maybe<Scalars['String']['output']>;
  /** Tags on the lead; empty when none or the vendor does not tag. */
  tags: Array<Scalars['String']['output']>;
  /** When the vendor last changed the record (UTC). */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The vendor that holds this lead. */
  vendor: Vendor;
};


/** A person a vendor knows. */
export type LeadCalendarsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A person a vendor knows. */
export type LeadEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A person a vendor knows. */
export type LeadNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A person a vendor knows. */
export type LeadPendingActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A person a vendor knows. */
export type LeadProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of Lead items (Relay connection). */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The items of this page, in order. */
  edges: Array<LeadEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Lead in a page of a LeadConnection, with its cursor. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Lead. */
  node: Lead;
};

/** Which leads `leads` lists; fields combine with AND. Matching is the vendor's own (exact or prefix). */
export type LeadFilter = {
  /** Email address, as the vendor matches it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The caller's own id for the lead (Lead.externalId). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** First, last or full name, as the vendor matches it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Any format. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Which vendor to list from; default: the first configured lead reader, in registry order. */
  vendor?: InputMaybe<Vendor>;
};

/** A lead as partner apps send it. Phones in any format; each vendor gets its own. */
export type LeadInput = {
  /** Postal address. */
  address?: InputMaybe<AddressInput>;
  /** Company or organisation name. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Vendor fields outside LeadInput, by key. */
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  /** Email address; also a dedupe key. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Your own id for this lead, for vendors that keep one (leadByExternalId). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Extra vendor fields passed through, for vendors that take parameters beyond LeadInput. */
  extra?: InputMaybe<Scalars['JSON']['input']>;
  /** Given name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** Family name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Any format; national numbers use the tenant's default country. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A second phone, any format, like phone. */
  secondaryPhone?: InputMaybe<Scalars['String']['input']>;
  /** Lead source name, e.g. the campaign or site the lead came from. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Tags to put on the lead, for vendors that tag. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One delivery per targeted vendor; one vendor failing never hides another's result. */
export type LeadMutationPayload = {
  __typename?: 'LeadMutationPayload';
  /** One per targeted vendor, in the order of `targets`. */
  deliveries: Array<Delivery>;
  /** The first lead a vendor returned. */
  lead?: Maybe<Lead>;
  /** True when every delivery succeeded. */
  ok: Scalars['Boolean']['output'];
  /** True when this payload is the stored result of an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Add a history note to a ClientTether lead (create_client_history_note). */
  addNote: ClientTetherMutationPayload;
  /** Stop a QUEUED or RETRYING delivery: it becomes CANCELLED. CONFLICT when it is final or an attempt is running right now. */
  cancelDelivery: Delivery;
  /** Withdraw a lead from the diallers that take cancellations. */
  cancelLead: LeadMutationPayload;
  /** Create a ClientTether action plan (create_action_plan). */
  createActionPlan: ClientTetherMutationPayload;
  /** Create a ClientTether user (create_user); a username that exists is CONFLICT. */
  createClientTetherUser: ClientTetherMutationPayload;
  /** Create an event (call, appointment, reminder, …) in one vendor. */
  createEvent: EventMutationPayload;
  /** Deliver one lead to every target vendor concurrently; one delivery per vendor. */
  createLead: LeadMutationPayload;
  /** Create a ClientTether lead source (create_lead_source); a name that exists is CONFLICT (CT520). */
  createLeadSource: ClientTetherMutationPayload;
  /** Create a ClientTether sales pipeline stage (create_sales_cycle). */
  createSalesCycle: ClientTetherMutationPayload;
  /** create_tag: a tag that already exists is CONFLICT (CT520). */
  createTag: ClientTetherMutationPayload;
  /** Delete a ClientTether sub-account (delete_account_by_id). */
  deleteClientTetherAccount: ClientTetherMutationPayload;
  /** Delete a ClientTether user (delete_user_by_id). */
  deleteClientTetherUser: ClientTetherMutationPayload;
  /** Delete a ClientTether event (delete_client_event). */
  deleteEvent: ClientTetherMutationPayload;
  /** Delete a lead at the vendor that holds it (the vendor of its global id). */
  deleteLead: LeadMutationPayload;
  /** Delete every ClientTether client with this external id (delete_client_by_external_id). */
  deleteLeadByExternalId: LeadMutationPayload;
  /** Refused by ClientTether (CT512) while a client or action plan uses it. */
  deleteLeadSource: ClientTetherMutationPayload;
  /** Refused by ClientTether (CT512) while a client is in this sales cycle. */
  deleteSalesCycle: ClientTetherMutationPayload;
  /** Send to an endpoint again after its receiver answered 410 Gone (every replica resumes). NOT_FOUND for a URL not in the config. */
  enableWebhookEndpoint: WebhookEndpointState;
  /** Re-queue a FAILED delivery with a fresh attempt budget. CONFLICT in any other status. */
  retryDelivery: Delivery;
  /** Schedule a call back to a lead at a time or after a delay, in every target that can. */
  scheduleCallback: LeadMutationPayload;
  /** Send (or schedule) a plain-text email to a ClientTether lead (create_manual_email). */
  sendEmail: ClientTetherMutationPayload;
  /** Send (or schedule) a text to a ClientTether lead (create_manual_text). */
  sendText: ClientTetherMutationPayload;
  /** Ring an agent now and connect them to a client (create_immed_call). */
  startImmediateCall: ClientTetherMutationPayload;
  /** Change a ClientTether action plan (update_action_plan_by_id); only the fields given change. */
  updateActionPlan: ClientTetherMutationPayload;
  /** Change a ClientTether sub-account (update_account_by_id); only the fields given change. */
  updateClientTetherAccount: ClientTetherMutationPayload;
  /** Change a ClientTether user (update_user_by_id); only the fields given change, and type cannot change. */
  updateClientTetherUser: ClientTetherMutationPayload;
  /** Change a ClientTether event (update_client_event); only the fields given change. */
  updateEvent: ClientTetherMutationPayload;
  /** Update a lead by global id; only the fields given change. */
  updateLead: LeadMutationPayload;
  /** Update a ClientTether lead by your external id (update_client_by_external_id). */
  updateLeadByExternalId: LeadMutationPayload;
  /** Rename a ClientTether lead source (update_lead_source_by_id). */
  updateLeadSource: ClientTetherMutationPayload;
  /** Change a ClientTether sales pipeline stage (update_sales_cycle_by_id); only the fields given change. */
  updateSalesCycle: ClientTetherMutationPayload;
  /** Check a lead against every target without creating anything (a vendor's own test mode where it has one, plus LeadGraph's rules). */
  validateLead: LeadMutationPayload;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationAddNoteArgs = {
  body: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCancelDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCancelLeadArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CancelLeadInput;
  mode?: DeliveryMode;
  targets?: InputMaybe<Array<Vendor>>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCreateActionPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherActionPlanInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCreateClientTetherUserArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherUserInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCreateEventArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EventInput;
  mode?: DeliveryMode;
  target: Vendor;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCreateLeadArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
  mode?: DeliveryMode;
  options?: InputMaybe<CreateLeadOptions>;
  targets?: InputMaybe<Array<Vendor>>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCreateLeadSourceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCreateSalesCycleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSalesCycleInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationCreateTagArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationDeleteClientTetherAccountArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationDeleteClientTetherUserArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationDeleteLeadArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationDeleteLeadByExternalIdArgs = {
  externalId: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationDeleteLeadSourceArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationDeleteSalesCycleArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationEnableWebhookEndpointArgs = {
  url: Scalars['String']['input'];
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationScheduleCallbackArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inSeconds?: InputMaybe<Scalars['Int']['input']>;
  lead: LeadInput;
  mode?: DeliveryMode;
  options?: InputMaybe<CreateLeadOptions>;
  targets?: InputMaybe<Array<Vendor>>;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationSendEmailArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSendEmailInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationSendTextArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSendTextInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationStartImmediateCallArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherImmediateCallInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateActionPlanArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherActionPlanInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateClientTetherAccountArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherAccountInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateClientTetherUserArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherUserInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherEventUpdateInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateLeadByExternalIdArgs = {
  externalId: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateLeadSourceArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationUpdateSalesCycleArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSalesCycleInput;
};


/** Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey. */
export type MutationValidateLeadArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
  options?: InputMaybe<CreateLeadOptions>;
  targets?: InputMaybe<Array<Vendor>>;
};

/** An object with a global id `vendor:type:nativeId`, fetchable with `node(id:)`. */
export type Node = {
  /** Global id `vendor:type:nativeId`: stable, so a normalised client cache can key the object by it. */
  id: Scalars['ID']['output'];
};

/** Where a page of a Relay connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page: the next page's `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow: ask again with after: endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page did not start at the first item. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge on this page; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type Query = {
  __typename?: 'Query';
  /** Kartra calendar completions received by this tenant's webhook, oldest first. */
  calendarCompletions: CalendarCompletionConnection;
  /** Sub-accounts (the web key must be a Multi-Level or Enterprise account). */
  clientTetherAccounts: Array<ClientTetherAccount>;
  /** One ClientTether action plan with its steps (read_action_plan_by_id); null when there is none. */
  clientTetherActionPlan?: Maybe<ClientTetherActionPlan>;
  /** ClientTether action plans with their steps; `name` matches as a prefix. */
  clientTetherActionPlans: Array<ClientTetherActionPlan>;
  /** A user's appointments for the next 7 days (read_appts_by_user_id). */
  clientTetherAppointments: EventConnection;
  /** ClientTether lead sources (cached; ttlSeconds.reference). */
  clientTetherLeadSources: Array<ClientTetherLeadSource>;
  /** Every payment recorded in the account (read_all_payments). */
  clientTetherPayments: ClientTetherPaymentConnection;
  /** ClientTether's sales pipeline stages (read_sales_cycle_list; cached, ttlSeconds.reference). */
  clientTetherSalesCycles: Array<ClientTetherSalesCycle>;
  /** Every tag in the ClientTether account (read_tags_list; cached, ttlSeconds.reference). */
  clientTetherTags: Array<ClientTetherTag>;
  /** ClientTether users (read_user_list; cached, ttlSeconds.reference). */
  clientTetherUsers: Array<ClientTetherUser>;
  /** The delivery log: every delivery of this tenant's mutations and background work, newest first (createdAt, then id). */
  deliveries: DeliveryConnection;
  /** A lead by global id `vendor:lead:nativeId`. Null when the vendor has no such lead. */
  lead?: Maybe<Lead>;
  /** A ClientTether lead by your own external id (read_client_by_external_id); null when there is none. */
  leadByExternalId?: Maybe<Lead>;
  /** Leads from one vendor, as a Relay connection. */
  leads: LeadConnection;
  /** Any object by global id `vendor:type:nativeId`. */
  node?: Maybe<Node>;
  /** Every vendor LeadGraph knows, what it can do and whether your tenant has it configured. */
  vendors: Array<VendorInfo>;
  /** Outbound webhook messages of this tenant, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** This tenant's outbound webhook endpoints (tenant config `webhooks`) and whether each is enabled. */
  webhookEndpoints: Array<WebhookEndpointState>;
  /** Where an asynchronous write stands (Entrata through Propexo: the jobId from a createEvent delivery). Null when the vendor knows no such job. */
  writeStatus?: Maybe<WriteStatus>;
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryCalendarCompletionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarCompletionFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryClientTetherActionPlanArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryClientTetherActionPlansArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryClientTetherAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryClientTetherPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeliveryFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryLeadArgs = {
  fresh?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryLeadByExternalIdArgs = {
  externalId: Scalars['String']['input'];
  fresh?: Scalars['Boolean']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: Scalars['Int']['input'];
  fresh?: Scalars['Boolean']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads: leads, events, calendars and reference data from the vendors your tenant has configured. */
export type QueryWriteStatusArgs = {
  jobId: Scalars['String']['input'];
  vendor: Vendor;
};

/** Live events over graphql-ws on /graphql (connectionParams carry the API key). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each Kartra calendar completion as it is stored. With `after`, first replays the stored completions after that cursor, then goes live with no gap. */
  calendarCompleted: CalendarCompletion;
  /** Every status change of this tenant's deliveries that match the filter, the first one (QUEUED or the first outcome) included. */
  deliveryUpdated: Delivery;
};


/** Live events over graphql-ws on /graphql (connectionParams carry the API key). */
export type SubscriptionCalendarCompletedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarCompletionFilter>;
};


/** Live events over graphql-ws on /graphql (connectionParams carry the API key). */
export type SubscriptionDeliveryUpdatedArgs = {
  filter?: InputMaybe<DeliveryFilter>;
};

/** Trackdrive leads/create_or_update parameters (options.trackdrive). */
export type TrackdriveLeadOptions = {
  /** apply_to: whether (and to what) the data also applies to calls associated with the lead; sent verbatim. */
  applyTo?: InputMaybe<Scalars['String']['input']>;
  /** assign_sms_number: the number comes back in the delivery (details.smsNumber). */
  assignSmsNumber?: InputMaybe<Scalars['Boolean']['input']>;
  /** assign_trackdrive_number: the number comes back in the delivery (details.trackdriveNumber). */
  assignTrackdriveNumber?: InputMaybe<Scalars['Boolean']['input']>;
  /** auto_format_nested_fields: extract contact fields nested in non-standard data. */
  autoFormatNestedFields?: InputMaybe<Scalars['Boolean']['input']>;
  /** contact_field_type: the id of a Trackdrive contact field type. */
  contactFieldType?: InputMaybe<Scalars['String']['input']>;
  /** Extra tokens merged into `data`. */
  data?: InputMaybe<Scalars['JSON']['input']>;
  /** hours_to_expire: expire the lead after this many hours. */
  hoursToExpire?: InputMaybe<Scalars['Int']['input']>;
  /** lead_priority: lower values are processed first. */
  leadPriority?: InputMaybe<Scalars['Int']['input']>;
  /** max_contact_attempts: expire the lead after this many outbound calls + SMS. */
  maxContactAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** next_action_at: when the lead's next scheduled action runs. */
  nextActionAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** restart_schedule: restart the lead's schedule from the beginning. */
  restartSchedule?: InputMaybe<Scalars['Boolean']['input']>;
  /** schedule_callback_at (sent as `2021-07-23 14:26:43 +0000`). */
  scheduleCallbackAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** schedule_callback_in_seconds. */
  scheduleCallbackInSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Token to use; default OFFER for createLead, SCHEDULE (when configured) for scheduleCallback. */
  token?: InputMaybe<TrackdriveLeadToken>;
  /** update_all_matching_leads: apply to every lead of the offer/schedule with this caller_id. */
  updateAllMatchingLeads?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which configured lead token a Trackdrive request uses (trackdrive-leads-create-or-update.txt, lead_token). */
export type TrackdriveLeadToken =
  /** The tenant's leadToken (the offer's token): new leads. */
  | 'OFFER'
  /** The tenant's scheduleLeadToken: callbacks scheduled on the schedule offer. */
  | 'SCHEDULE';

/** A vendor LeadGraph speaks to: a mutation's `targets`, a delivery's `vendor`, the first part of a global id. */
export type Vendor =
  /** ClientTether CRM (API v2): leads are its clients; read, write, events, notes and reference data. */
  | 'CLIENTTETHER'
  /** Comunik8 dialler: lead/add, test-mode validation, lead/cancel and callback delays. */
  | 'COMUNIK8'
  /** Entrata property management, reached through Propexo: applicant events (createEvent) written asynchronously (writeStatus). */
  | 'ENTRATA'
  /** Kartra: calendar webhooks (calendar_complete and other actions) stored, queried and subscribed to. */
  | 'KARTRA'
  /** Trackdrive call tracking: leads and callbacks through create_or_update, matched on caller_id. */
  | 'TRACKDRIVE';

/** What a vendor can do, and whether the caller's tenant has it configured. */
export type VendorInfo = {
  __typename?: 'VendorInfo';
  /** What LeadGraph can do with this vendor. */
  capabilities: Array<Capability>;
  /** True when the caller's tenant has credentials for this vendor: only then can it be a target. */
  configured: Scalars['Boolean']['output'];
  /** The vendor, as `targets` and `filter.vendor` name it. */
  id: Vendor;
  /** The vendor's display name. */
  name: Scalars['String']['output'];
  /** Unified fields this vendor can return. */
  readableFields: Array<Scalars['String']['output']>;
  /** One entry per capability: what it needs of the input, to build a form from. */
  requirements: Array<CapabilityRequirements>;
  /** Unified input fields this vendor accepts. */
  writableFields: Array<Scalars['String']['output']>;
};

/** One outbound webhook message to one endpoint (Standard Webhooks 1.0). */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts started so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** The event: delivery.succeeded, delivery.failed, or a vendor's own (VendorInfo lists none; see the README). */
  eventType: Scalars['String']['output'];
  /** Global id `leadgraph:webhook_delivery:<n>`. */
  id: Scalars['ID']['output'];
  /** Why the last attempt did not deliver (never the secret or the body). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer; null when none arrived. */
  lastResponseStatus?: Maybe<Scalars['Int']['output']>;
  /** The `webhook-id` header: the same on every retry, so a receiver dedupes on it. */
  messageId: Scalars['String']['output'];
  /** QUEUED or RETRYING: when the next attempt is due. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** Its last status change. */
  updatedAt: Scalars['DateTime']['output'];
  /** The endpoint (tenant config `webhooks[].url`). */
  url: Scalars['String']['output'];
};

/** A page of WebhookDelivery items (Relay connection). */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page, in order. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether more pages follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One WebhookDelivery in a page of a WebhookDeliveryConnection, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this edge: pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

/** Which webhook messages: every field given must match. */
export type WebhookDeliveryFilter = {
  /** Only this event type. */
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** Queued at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only those in this status now. */
  status?: InputMaybe<WebhookDeliveryStatus>;
  /** Queued before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only those to this endpoint URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where one outbound webhook message to one endpoint stands. */
export type WebhookDeliveryStatus =
  /** Stopped before it was delivered. */
  | 'CANCELLED'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Attempts exhausted, or the endpoint is disabled (it answered 410 Gone): see lastError. */
  | 'FAILED'
  /** Not attempted yet. */
  | 'QUEUED'
  /** The receiver did not answer 2xx (or at all); tried again at nextAttemptAt with the same webhook-id. */
  | 'RETRYING';

/** An outbound webhook endpoint of this tenant and whether LeadGraph sends to it. */
export type WebhookEndpointState = {
  __typename?: 'WebhookEndpointState';
  /** When it was disabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** False once the receiver answered 410 Gone, until enableWebhookEndpoint. */
  enabled: Scalars['Boolean']['output'];
  /** The event types it takes. */
  events: Array<Scalars['String']['output']>;
  /** The endpoint URL. */
  url: Scalars['String']['output'];
};

/** Where an asynchronous vendor write (e.g. an Entrata event queued by Propexo) stands. */
export type WriteStatus = {
  __typename?: 'WriteStatus';
  /** The vendor's id for the created record, when it reports one (Entrata usually cannot). */
  createdRecordId?: Maybe<Scalars['String']['output']>;
  /** The vendor's error messages, if any. */
  errors: Array<Scalars['String']['output']>;
  /** The job id, as in the delivery's jobId. */
  jobId: Scalars['String']['output'];
  /** The vendor's answer as received. */
  raw: Scalars['JSON']['output'];
  /** Where the write stands. */
  status: WriteStatusState;
  /** The vendor the write went to (ENTRATA). */
  vendor: Vendor;
};

/** Outcome of an asynchronous vendor write. SUCCESS: written. PARTIAL_SUCCESS: part of it was written. FAILURE: nothing was written (see errors). PENDING: not finished yet. */
export type WriteStatusState =
  /** Nothing was written (see errors). */
  | 'FAILURE'
  /** Part of it was written (see errors). */
  | 'PARTIAL_SUCCESS'
  /** Not finished yet: ask again later. */
  | 'PENDING'
  /** Written. */
  | 'SUCCESS';

export type CtLeadFragment = { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> };

export type CtDeliveryFragment = { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null };

export type ClientTetherLeadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  fresh?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ClientTetherLeadQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null };

export type ClientTetherLeadByExternalIdQueryVariables = Exact<{
  externalId: Scalars['String']['input'];
}>;


export type ClientTetherLeadByExternalIdQuery = { __typename?: 'Query', leadByExternalId?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null };

export type ClientTetherLeadsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
}>;


export type ClientTetherLeadsQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LeadEdge', cursor: string, node: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } }> } };

export type ClientTetherLeadActivityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherLeadActivityQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, events?: { __typename?: 'EventConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EventEdge', cursor: string, node: { __typename?: 'Event', id: string, type: EventType, title?: string | null, description?: string | null, startsAt?: string | null, endsAt?: string | null, startsAtLocal?: string | null } }> } | null, notes?: { __typename?: 'ClientTetherNoteConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherNoteEdge', node: { __typename?: 'ClientTetherNote', type?: string | null, body?: string | null, createdAt?: string | null } }> } | null, pendingActions?: { __typename?: 'ClientTetherPendingActionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherPendingActionEdge', node: { __typename?: 'ClientTetherPendingAction', type?: string | null, subject?: string | null, actionPlanName?: string | null, dueAt?: string | null } }> } | null, proposals?: { __typename?: 'ClientTetherProposalConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherProposalEdge', node: { __typename?: 'ClientTetherProposal', id: string, number?: string | null, type?: string | null, finalPrice?: string | null, discount?: string | null, jobStartDate?: string | null, jobEndDate?: string | null, lineItems: Array<{ __typename?: 'ClientTetherProposalLineItem', description?: string | null, price?: string | null, notes?: string | null }>, payments?: { __typename?: 'ClientTetherPaymentConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherPaymentEdge', node: { __typename?: 'ClientTetherPayment', amount?: string | null, type?: string | null, status?: string | null, payday?: string | null, createdDate?: string | null } }> } | null } }> } | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null };

export type ClientTetherReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientTetherReferenceDataQuery = { __typename?: 'Query', clientTetherLeadSources: Array<{ __typename?: 'ClientTetherLeadSource', id: string, name: string, webKey?: string | null }>, clientTetherActionPlans: Array<{ __typename?: 'ClientTetherActionPlan', id: string, name: string, type?: string | null, linkId?: string | null, linkName?: string | null, nextPlanId?: string | null, nextPlanName?: string | null, steps: Array<{ __typename?: 'ClientTetherActionStep', order?: number | null, type?: string | null, day?: string | null, time?: string | null, subject?: string | null }> }>, clientTetherSalesCycles: Array<{ __typename?: 'ClientTetherSalesCycle', id: string, name: string, active?: boolean | null, order?: number | null, contactType?: number | null }>, clientTetherUsers: Array<{ __typename?: 'ClientTetherUser', id: string, type?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, username?: string | null, showCalendar: boolean }>, clientTetherTags: Array<{ __typename?: 'ClientTetherTag', value: string }>, clientTetherAccounts: Array<{ __typename?: 'ClientTetherAccount', id: string, type?: string | null, name?: string | null, ownerName?: string | null, companyName?: string | null, email?: string | null, phone?: string | null }> };

export type ClientTetherActionPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherActionPlanQuery = { __typename?: 'Query', clientTetherActionPlan?: { __typename?: 'ClientTetherActionPlan', id: string, name: string, type?: string | null, linkName?: string | null, steps: Array<{ __typename?: 'ClientTetherActionStep', order?: number | null, type?: string | null, day?: string | null, time?: string | null, subject?: string | null, body?: string | null }> } | null };

export type ClientTetherAppointmentsQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherAppointmentsQuery = { __typename?: 'Query', clientTetherAppointments: { __typename?: 'EventConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, description?: string | null, startsAt?: string | null, endsAt?: string | null, leadId?: string | null } }> } };

export type ClientTetherPaymentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherPaymentsQuery = { __typename?: 'Query', clientTetherPayments: { __typename?: 'ClientTetherPaymentConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClientTetherPaymentEdge', node: { __typename?: 'ClientTetherPayment', proposalId?: string | null, proposalNumber?: string | null, amount?: string | null, type?: string | null, status?: string | null, payday?: string | null, createdDate?: string | null } }> } };

export type ClientTetherCreateLeadMutationVariables = Exact<{
  input: LeadInput;
  options?: InputMaybe<CreateLeadOptions>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherCreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, replayed: boolean, lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherUpdateLeadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: LeadInput;
}>;


export type ClientTetherUpdateLeadMutation = { __typename?: 'Mutation', updateLead: { __typename?: 'LeadMutationPayload', ok: boolean, lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherUpdateLeadByExternalIdMutationVariables = Exact<{
  externalId: Scalars['String']['input'];
  input: LeadInput;
}>;


export type ClientTetherUpdateLeadByExternalIdMutation = { __typename?: 'Mutation', updateLeadByExternalId: { __typename?: 'LeadMutationPayload', ok: boolean, lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherDeleteLeadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteLeadMutation = { __typename?: 'Mutation', deleteLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherDeleteLeadByExternalIdMutationVariables = Exact<{
  externalId: Scalars['String']['input'];
}>;


export type ClientTetherDeleteLeadByExternalIdMutation = { __typename?: 'Mutation', deleteLeadByExternalId: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherCreateEventMutationVariables = Exact<{
  input: EventInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherCreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, event?: { __typename?: 'Event', id: string, type: EventType, startsAt?: string | null, endsAt?: string | null, leadId?: string | null } | null, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherUpdateEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherEventUpdateInput;
}>;


export type ClientTetherUpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, event?: { __typename?: 'Event', id: string, type: EventType, startsAt?: string | null, endsAt?: string | null, description?: string | null } | null } };

export type ClientTetherDeleteEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteEventMutation = { __typename?: 'Mutation', deleteEvent: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherAddNoteMutationVariables = Exact<{
  leadId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherAddNoteMutation = { __typename?: 'Mutation', addNote: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherSendEmailMutationVariables = Exact<{
  input: ClientTetherSendEmailInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherSendEmailMutation = { __typename?: 'Mutation', sendEmail: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherSendTextMutationVariables = Exact<{
  input: ClientTetherSendTextInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherSendTextMutation = { __typename?: 'Mutation', sendText: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherStartImmediateCallMutationVariables = Exact<{
  input: ClientTetherImmediateCallInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherStartImmediateCallMutation = { __typename?: 'Mutation', startImmediateCall: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateLeadSourceMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ClientTetherCreateLeadSourceMutation = { __typename?: 'Mutation', createLeadSource: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, leadSource?: { __typename?: 'ClientTetherLeadSource', id: string, name: string, webKey?: string | null } | null } };

export type ClientTetherUpdateLeadSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type ClientTetherUpdateLeadSourceMutation = { __typename?: 'Mutation', updateLeadSource: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, leadSource?: { __typename?: 'ClientTetherLeadSource', id: string, name: string } | null } };

export type ClientTetherDeleteLeadSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteLeadSourceMutation = { __typename?: 'Mutation', deleteLeadSource: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateActionPlanMutationVariables = Exact<{
  input: ClientTetherActionPlanInput;
}>;


export type ClientTetherCreateActionPlanMutation = { __typename?: 'Mutation', createActionPlan: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, actionPlan?: { __typename?: 'ClientTetherActionPlan', id: string, name: string, type?: string | null } | null } };

export type ClientTetherUpdateActionPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherActionPlanInput;
}>;


export type ClientTetherUpdateActionPlanMutation = { __typename?: 'Mutation', updateActionPlan: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, actionPlan?: { __typename?: 'ClientTetherActionPlan', id: string, name: string, type?: string | null, linkName?: string | null, nextPlanName?: string | null } | null } };

export type ClientTetherCreateSalesCycleMutationVariables = Exact<{
  input: ClientTetherSalesCycleInput;
}>;


export type ClientTetherCreateSalesCycleMutation = { __typename?: 'Mutation', createSalesCycle: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, salesCycle?: { __typename?: 'ClientTetherSalesCycle', id: string, name: string, active?: boolean | null, order?: number | null } | null } };

export type ClientTetherUpdateSalesCycleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherSalesCycleInput;
}>;


export type ClientTetherUpdateSalesCycleMutation = { __typename?: 'Mutation', updateSalesCycle: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, salesCycle?: { __typename?: 'ClientTetherSalesCycle', id: string, name: string, active?: boolean | null, order?: number | null } | null } };

export type ClientTetherDeleteSalesCycleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteSalesCycleMutation = { __typename?: 'Mutation', deleteSalesCycle: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateUserMutationVariables = Exact<{
  input: ClientTetherUserInput;
}>;


export type ClientTetherCreateUserMutation = { __typename?: 'Mutation', createClientTetherUser: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, user?: { __typename?: 'ClientTetherUser', id: string, username?: string | null } | null } };

export type ClientTetherUpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherUserInput;
}>;


export type ClientTetherUpdateUserMutation = { __typename?: 'Mutation', updateClientTetherUser: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, user?: { __typename?: 'ClientTetherUser', id: string, firstName?: string | null, lastName?: string | null, email?: string | null } | null } };

export type ClientTetherDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteUserMutation = { __typename?: 'Mutation', deleteClientTetherUser: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateTagMutationVariables = Exact<{
  value: Scalars['String']['input'];
}>;


export type ClientTetherCreateTagMutation = { __typename?: 'Mutation', createTag: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, tag?: { __typename?: 'ClientTetherTag', value: string } | null } };

export type ClientTetherUpdateAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherAccountInput;
}>;


export type ClientTetherUpdateAccountMutation = { __typename?: 'Mutation', updateClientTetherAccount: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, account?: { __typename?: 'ClientTetherAccount', id: string, name?: string | null, companyName?: string | null } | null } };

export type ClientTetherDeleteAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteAccountMutation = { __typename?: 'Mutation', deleteClientTetherAccount: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type LoggedDeliveryFragment = { __typename?: 'Delivery', id: string, operation: string, vendor: Vendor, status: DeliveryStatus, attempts: number, nextAttemptAt?: string | null, createdAt: string, updatedAt: string, nativeId?: string | null, error?: { __typename?: 'DeliveryError', code: string, vendorCode?: string | null, message: string } | null, history: Array<{ __typename?: 'DeliveryAttempt', at: string, outcome: DeliveryStatus, durationMs: number, error?: { __typename?: 'DeliveryAttemptError', code: string, vendorCode?: string | null, message: string } | null }> };

export type DeliveriesQueryVariables = Exact<{
  filter?: InputMaybe<DeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeliveriesQuery = { __typename?: 'Query', deliveries: { __typename?: 'DeliveryConnection', edges: Array<{ __typename?: 'DeliveryEdge', cursor: string, node: { __typename?: 'Delivery', id: string, operation: string, vendor: Vendor, status: DeliveryStatus, attempts: number, nextAttemptAt?: string | null, createdAt: string, updatedAt: string, nativeId?: string | null, error?: { __typename?: 'DeliveryError', code: string, vendorCode?: string | null, message: string } | null, history: Array<{ __typename?: 'DeliveryAttempt', at: string, outcome: DeliveryStatus, durationMs: number, error?: { __typename?: 'DeliveryAttemptError', code: string, vendorCode?: string | null, message: string } | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RetryDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryDeliveryMutation = { __typename?: 'Mutation', retryDelivery: { __typename?: 'Delivery', id: string, operation: string, vendor: Vendor, status: DeliveryStatus, attempts: number, nextAttemptAt?: string | null, createdAt: string, updatedAt: string, nativeId?: string | null, error?: { __typename?: 'DeliveryError', code: string, vendorCode?: string | null, message: string } | null, history: Array<{ __typename?: 'DeliveryAttempt', at: string, outcome: DeliveryStatus, durationMs: number, error?: { __typename?: 'DeliveryAttemptError', code: string, vendorCode?: string | null, message: string } | null }> } };

export type CancelDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelDeliveryMutation = { __typename?: 'Mutation', cancelDelivery: { __typename?: 'Delivery', id: string, operation: string, vendor: Vendor, status: DeliveryStatus, attempts: number, nextAttemptAt?: string | null, createdAt: string, updatedAt: string, nativeId?: string | null, error?: { __typename?: 'DeliveryError', code: string, vendorCode?: string | null, message: string } | null, history: Array<{ __typename?: 'DeliveryAttempt', at: string, outcome: DeliveryStatus, durationMs: number, error?: { __typename?: 'DeliveryAttemptError', code: string, vendorCode?: string | null, message: string } | null }> } };

export type DeliveryUpdatedSubscriptionVariables = Exact<{
  filter?: InputMaybe<DeliveryFilter>;
}>;


export type DeliveryUpdatedSubscription = { __typename?: 'Subscription', deliveryUpdated: { __typename?: 'Delivery', id: string, operation: string, vendor: Vendor, status: DeliveryStatus, attempts: number, nextAttemptAt?: string | null, createdAt: string, updatedAt: string, nativeId?: string | null, error?: { __typename?: 'DeliveryError', code: string, vendorCode?: string | null, message: string } | null, history: Array<{ __typename?: 'DeliveryAttempt', at: string, outcome: DeliveryStatus, durationMs: number, error?: { __typename?: 'DeliveryAttemptError', code: string, vendorCode?: string | null, message: string } | null }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', cursor: string, node: { __typename?: 'WebhookDelivery', id: string, messageId: string, eventType: string, url: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastResponseStatus?: number | null, lastError?: string | null, createdAt: string, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpointState', url: string, events: Array<string>, enabled: boolean, disabledAt?: string | null }> };

export type EnableWebhookEndpointMutationVariables = Exact<{
  url: Scalars['String']['input'];
}>;


export type EnableWebhookEndpointMutation = { __typename?: 'Mutation', enableWebhookEndpoint: { __typename?: 'WebhookEndpointState', url: string, events: Array<string>, enabled: boolean, disabledAt?: string | null } };

export type EntrataDeliveryFragment = { __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null };

export type EntrataCreateCallEventMutationVariables = Exact<{
  input: EventInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntrataCreateCallEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, replayed: boolean, event?: { __typename?: 'Event', id: string, leadId?: string | null, type: EventType, startsAt?: string | null, startsAtLocal?: string | null, sourceTimeZone?: string | null } | null, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null }> } };

export type EntrataCreateEmailEventMutationVariables = Exact<{
  applicantId: Scalars['String']['input'];
  eventTypeId: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  from: Scalars['EmailAddress']['input'];
  applicantEmail: Scalars['EmailAddress']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntrataCreateEmailEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null }> } };

export type EntrataCreateAppointmentMutationVariables = Exact<{
  applicantId: Scalars['String']['input'];
  eventTypeId: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  unitId?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntrataCreateAppointmentMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null }> } };

export type EntrataWriteStatusQueryVariables = Exact<{
  jobId: Scalars['String']['input'];
}>;


export type EntrataWriteStatusQuery = { __typename?: 'Query', writeStatus?: { __typename?: 'WriteStatus', vendor: Vendor, jobId: string, status: WriteStatusState, errors: Array<string>, createdRecordId?: string | null } | null };

export type DeliveryFieldsFragment = { __typename?: 'Delivery', id: string, vendor: Vendor, attempts: number, nextAttemptAt?: string | null, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null };

export type CreateLeadFanOutMutationVariables = Exact<{
  input: LeadInput;
}>;


export type CreateLeadFanOutMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, attempts: number, nextAttemptAt?: string | null, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type CreateTrackdriveLeadAllOptionsMutationVariables = Exact<{
  input: LeadInput;
  callbackAt?: InputMaybe<Scalars['DateTime']['input']>;
  nextActionAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CreateTrackdriveLeadAllOptionsMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, attempts: number, nextAttemptAt?: string | null, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type ValidateLeadFanOutMutationVariables = Exact<{
  input: LeadInput;
}>;


export type ValidateLeadFanOutMutation = { __typename?: 'Mutation', validateLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, attempts: number, nextAttemptAt?: string | null, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type ScheduleCallbackFanOutMutationVariables = Exact<{
  lead: LeadInput;
  at: Scalars['DateTime']['input'];
}>;


export type ScheduleCallbackFanOutMutation = { __typename?: 'Mutation', scheduleCallback: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, attempts: number, nextAttemptAt?: string | null, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type CancelComunik8LeadMutationVariables = Exact<{
  phone: Scalars['String']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelComunik8LeadMutation = { __typename?: 'Mutation', cancelLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, attempts: number, nextAttemptAt?: string | null, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type LeadFieldsFragment = { __typename?: 'Lead', id: string, vendor: Vendor, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, score?: number | null, tags: Array<string>, createdAt?: string | null, updatedAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, label?: string | null, type: string, value?: string | null, values: Array<string> }> };

export type VendorsQueryVariables = Exact<{ [key: string]: never; }>;


export type VendorsQuery = { __typename?: 'Query', vendors: Array<{ __typename?: 'VendorInfo', id: Vendor, name: string, configured: boolean, capabilities: Array<Capability>, readableFields: Array<string>, writableFields: Array<string>, requirements: Array<{ __typename?: 'CapabilityRequirements', capability: Capability, requiredFields: Array<string>, rules: Array<{ __typename?: 'FieldRule', field: string, description: string }> }> }> };

export type CreateLeadMutationVariables = Exact<{
  input: LeadInput;
  targets?: InputMaybe<Array<Vendor> | Vendor>;
  options?: InputMaybe<CreateLeadOptions>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, replayed: boolean, lead?: { __typename?: 'Lead', id: string, vendor: Vendor, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, score?: number | null, tags: Array<string>, createdAt?: string | null, updatedAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, label?: string | null, type: string, value?: string | null, values: Array<string> }> } | null, deliveries: Array<{ __typename?: 'Delivery', id: string, vendor: Vendor, status: DeliveryStatus, nativeId?: string | null, message?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string } | null }> } };

export type LeadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  fresh?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type LeadQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, vendor: Vendor, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, score?: number | null, tags: Array<string>, createdAt?: string | null, updatedAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, label?: string | null, type: string, value?: string | null, values: Array<string> }> } | null };

export type LeadsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  fresh?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type LeadsQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'LeadEdge', cursor: string, node: { __typename?: 'Lead', id: string, vendor: Vendor, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, score?: number | null, tags: Array<string>, createdAt?: string | null, updatedAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, label?: string | null, type: string, value?: string | null, values: Array<string> }> } }> } };

export type CalendarCompletionsQueryVariables = Exact<{
  filter?: InputMaybe<CalendarCompletionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CalendarCompletionsQuery = { __typename?: 'Query', calendarCompletions: { __typename?: 'CalendarCompletionConnection', edges: Array<{ __typename?: 'CalendarCompletionEdge', cursor: string, node: { __typename?: 'CalendarCompletion', id: string, receivedAt: string, status: string, lead: { __typename?: 'Lead', id: string, email?: string | null, firstName?: string | null, lastName?: string | null, phone?: string | null }, calendar: { __typename?: 'Calendar', id: string, calendarName?: string | null, className?: string | null, vendorTimeZone?: string | null, hosts: Array<{ __typename?: 'CalendarHost', firstName?: string | null, lastName?: string | null, email?: string | null }>, sessions: Array<{ __typename?: 'Event', id: string, startsAt?: string | null, endsAt?: string | null, startsAtLocal?: string | null, sourceTimeZone?: string | null }> }, forwardings: Array<{ __typename?: 'Forwarding', target: Vendor, status: ForwardingStatus, attempts: number, lastError?: string | null, leadId?: string | null, eventIds: Array<string>, nextAttemptAt?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type KartraLeadQueryVariables = Exact<{
  id?: Scalars['ID']['input'];
}>;


export type KartraLeadQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, email?: string | null, phone?: string | null, customFields: Array<{ __typename?: 'CustomField', key: string, type: string, value?: string | null, values: Array<string> }>, kartra?: { __typename?: 'KartraLeadDetails', lastName2?: string | null, website?: string | null, ip?: string | null, gdpr: { __typename?: 'KartraGdpr', status?: string | null, communications?: string | null, statusDate?: string | null } } | null, calendars: { __typename?: 'CalendarConnection', totalCount?: number | null, edges: Array<{ __typename?: 'CalendarEdge', node: { __typename?: 'Calendar', id: string, status?: string | null, className?: string | null, sessions: Array<{ __typename?: 'Event', id: string, startsAt?: string | null, endsAt?: string | null, sourceTimeZone?: string | null }> } }> } } | null };

export type KartraLeadsByEmailQueryVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type KartraLeadsByEmailQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', totalCount?: number | null, edges: Array<{ __typename?: 'LeadEdge', node: { __typename?: 'Lead', id: string, email?: string | null, firstName?: string | null, lastName?: string | null } }> } };

export type KartraCalendarQueryVariables = Exact<{
  id?: Scalars['ID']['input'];
}>;


export type KartraCalendarQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Calendar', calendarName?: string | null, className?: string | null, status?: string | null, id: string, hosts: Array<{ __typename?: 'CalendarHost', email?: string | null }>, sessions: Array<{ __typename?: 'Event', id: string, startsAt?: string | null, endsAt?: string | null }> }
    | { __typename?: 'CalendarCompletion', id: string }
    | { __typename?: 'ClientTetherAccount', id: string }
    | { __typename?: 'ClientTetherActionPlan', id: string }
    | { __typename?: 'ClientTetherLeadSource', id: string }
    | { __typename?: 'ClientTetherProposal', id: string }
    | { __typename?: 'ClientTetherSalesCycle', id: string }
    | { __typename?: 'ClientTetherUser', id: string }
    | { __typename?: 'Delivery', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Lead', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type CalendarCompletedSubscriptionVariables = Exact<{
  filter?: InputMaybe<CalendarCompletionFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CalendarCompletedSubscription = { __typename?: 'Subscription', calendarCompleted: { __typename?: 'CalendarCompletion', id: string, cursor: string, status: string, lead: { __typename?: 'Lead', id: string, email?: string | null }, calendar: { __typename?: 'Calendar', id: string, className?: string | null, sessions: Array<{ __typename?: 'Event', id: string, startsAt?: string | null, startsAtLocal?: string | null }> } } };

export const CtLeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CtLeadFragment, unknown>;
export const CtDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<CtDeliveryFragment, unknown>;
export const LoggedDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoggedDeliveryFragment, unknown>;
export const EntrataDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataDeliveryFragment, unknown>;
export const DeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<DeliveryFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadFieldsFragment, unknown>;
export const ClientTetherLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadQuery, ClientTetherLeadQueryVariables>;
export const ClientTetherLeadByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLeadByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadByExternalIdQuery, ClientTetherLeadByExternalIdQueryVariables>;
export const ClientTetherLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadsQuery, ClientTetherLeadsQueryVariables>;
export const ClientTetherLeadActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLeadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlanName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"finalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"jobStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"jobEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payday"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadActivityQuery, ClientTetherLeadActivityQueryVariables>;
export const ClientTetherReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherLeadSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherActionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"linkName"}},{"kind":"Field","name":{"kind":"Name","value":"nextPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"nextPlanName"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherSalesCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"contactType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"showCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ClientTetherReferenceDataQuery, ClientTetherReferenceDataQueryVariables>;
export const ClientTetherActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkName"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ClientTetherActionPlanQuery, ClientTetherActionPlanQueryVariables>;
export const ClientTetherAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientTetherAppointmentsQuery, ClientTetherAppointmentsQueryVariables>;
export const ClientTetherPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payday"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientTetherPaymentsQuery, ClientTetherPaymentsQueryVariables>;
export const ClientTetherCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadOptions"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CLIENTTETHER"}]}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateLeadMutation, ClientTetherCreateLeadMutationVariables>;
export const ClientTetherUpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateLeadMutation, ClientTetherUpdateLeadMutationVariables>;
export const ClientTetherUpdateLeadByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateLeadByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateLeadByExternalIdMutation, ClientTetherUpdateLeadByExternalIdMutationVariables>;
export const ClientTetherDeleteLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteLeadMutation, ClientTetherDeleteLeadMutationVariables>;
export const ClientTetherDeleteLeadByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteLeadByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteLeadByExternalIdMutation, ClientTetherDeleteLeadByExternalIdMutationVariables>;
export const ClientTetherCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"CLIENTTETHER"}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateEventMutation, ClientTetherCreateEventMutationVariables>;
export const ClientTetherUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherEventUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateEventMutation, ClientTetherUpdateEventMutationVariables>;
export const ClientTetherDeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteEventMutation, ClientTetherDeleteEventMutationVariables>;
export const ClientTetherAddNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherAddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherAddNoteMutation, ClientTetherAddNoteMutationVariables>;
export const ClientTetherSendEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherSendEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSendEmailInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherSendEmailMutation, ClientTetherSendEmailMutationVariables>;
export const ClientTetherSendTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherSendText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSendTextInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherSendTextMutation, ClientTetherSendTextMutationVariables>;
export const ClientTetherStartImmediateCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherStartImmediateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherImmediateCallInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImmediateCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherStartImmediateCallMutation, ClientTetherStartImmediateCallMutationVariables>;
export const ClientTetherCreateLeadSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateLeadSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeadSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateLeadSourceMutation, ClientTetherCreateLeadSourceMutationVariables>;
export const ClientTetherUpdateLeadSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateLeadSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateLeadSourceMutation, ClientTetherUpdateLeadSourceMutationVariables>;
export const ClientTetherDeleteLeadSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteLeadSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteLeadSourceMutation, ClientTetherDeleteLeadSourceMutationVariables>;
export const ClientTetherCreateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateActionPlanMutation, ClientTetherCreateActionPlanMutationVariables>;
export const ClientTetherUpdateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkName"}},{"kind":"Field","name":{"kind":"Name","value":"nextPlanName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateActionPlanMutation, ClientTetherUpdateActionPlanMutationVariables>;
export const ClientTetherCreateSalesCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateSalesCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSalesCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSalesCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateSalesCycleMutation, ClientTetherCreateSalesCycleMutationVariables>;
export const ClientTetherUpdateSalesCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateSalesCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSalesCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSalesCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateSalesCycleMutation, ClientTetherUpdateSalesCycleMutationVariables>;
export const ClientTetherDeleteSalesCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteSalesCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSalesCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteSalesCycleMutation, ClientTetherDeleteSalesCycleMutationVariables>;
export const ClientTetherCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientTetherUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateUserMutation, ClientTetherCreateUserMutationVariables>;
export const ClientTetherUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientTetherUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateUserMutation, ClientTetherUpdateUserMutationVariables>;
export const ClientTetherDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClientTetherUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteUserMutation, ClientTetherDeleteUserMutationVariables>;
export const ClientTetherCreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateTagMutation, ClientTetherCreateTagMutationVariables>;
export const ClientTetherUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientTetherAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateAccountMutation, ClientTetherUpdateAccountMutationVariables>;
export const ClientTetherDeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClientTetherAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteAccountMutation, ClientTetherDeleteAccountMutationVariables>;
export const DeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedDelivery"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveriesQuery, DeliveriesQueryVariables>;
export const RetryDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedDelivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RetryDeliveryMutation, RetryDeliveryMutationVariables>;
export const CancelDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedDelivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelDeliveryMutation, CancelDeliveryMutationVariables>;
export const DeliveryUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeliveryUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedDelivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryUpdatedSubscription, DeliveryUpdatedSubscriptionVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const EnableWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const EntrataCreateCallEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntrataCreateCallEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrataDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataCreateCallEventMutation, EntrataCreateCallEventMutationVariables>;
export const EntrataCreateEmailEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntrataCreateEmailEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"EMAIL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entrata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailDirection"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"applicantEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantEmail"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailSubject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailBody"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailSend"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrataDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataCreateEmailEventMutation, EntrataCreateEmailEventMutationVariables>;
export const EntrataCreateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntrataCreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"APPOINTMENT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entrata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrataDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataCreateAppointmentMutation, EntrataCreateAppointmentMutationVariables>;
export const EntrataWriteStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntrataWriteStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"createdRecordId"}}]}}]}}]} as unknown as DocumentNode<EntrataWriteStatusQuery, EntrataWriteStatusQueryVariables>;
export const CreateLeadFanOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadFanOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"},{"kind":"EnumValue","value":"TRACKDRIVE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"comunik8"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"motor-trade","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"subtype"},"value":{"kind":"StringValue","value":"valeter","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"delaySeconds"},"value":{"kind":"IntValue","value":"600"}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vehicle_make"},"value":{"kind":"StringValue","value":"Ford","block":false}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"trackdrive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignTrackdriveNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"assignSmsNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadPriority"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"loan_amount"},"value":{"kind":"StringValue","value":"501","block":false}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CreateLeadFanOutMutation, CreateLeadFanOutMutationVariables>;
export const CreateTrackdriveLeadAllOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrackdriveLeadAllOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callbackAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextActionAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TRACKDRIVE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"trackdrive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"EnumValue","value":"SCHEDULE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"contactFieldType"},"value":{"kind":"StringValue","value":"1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduleCallbackAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callbackAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"updateAllMatchingLeads"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"applyTo"},"value":{"kind":"StringValue","value":"calls","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"assignTrackdriveNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"assignSmsNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadPriority"},"value":{"kind":"IntValue","value":"2"}},{"kind":"ObjectField","name":{"kind":"Name","value":"restartSchedule"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"autoFormatNestedFields"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"nextActionAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextActionAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hoursToExpire"},"value":{"kind":"IntValue","value":"48"}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxContactAttempts"},"value":{"kind":"IntValue","value":"5"}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tracking_token"},"value":{"kind":"StringValue","value":"abc","block":false}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CreateTrackdriveLeadAllOptionsMutation, CreateTrackdriveLeadAllOptionsMutationVariables>;
export const ValidateLeadFanOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateLeadFanOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"},{"kind":"EnumValue","value":"TRACKDRIVE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<ValidateLeadFanOutMutation, ValidateLeadFanOutMutationVariables>;
export const ScheduleCallbackFanOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCallbackFanOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lead"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"},{"kind":"EnumValue","value":"TRACKDRIVE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<ScheduleCallbackFanOutMutation, ScheduleCallbackFanOutMutationVariables>;
export const CancelComunik8LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelComunik8Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CancelComunik8LeadMutation, CancelComunik8LeadMutationVariables>;
export const VendorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"readableFields"}},{"kind":"Field","name":{"kind":"Name","value":"writableFields"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFields"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VendorsQuery, VendorsQueryVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadOptions"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const CalendarCompletionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarCompletions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarCompletionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarCompletions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"vendorTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimeZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarCompletionsQuery, CalendarCompletionsQueryVariables>;
export const KartraLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KartraLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"kartra:lead:1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kartra"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName2"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"gdpr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communications"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimeZone"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KartraLeadQuery, KartraLeadQueryVariables>;
export const KartraLeadsByEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KartraLeadsByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vendor"},"value":{"kind":"EnumValue","value":"KARTRA"}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KartraLeadsByEmailQuery, KartraLeadsByEmailQueryVariables>;
export const KartraCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KartraCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"kartra:calendar:123","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KartraCalendarQuery, KartraCalendarQueryVariables>;
export const CalendarCompletedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CalendarCompleted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarCompletionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarCompleted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarCompletedSubscription, CalendarCompletedSubscriptionVariables>;
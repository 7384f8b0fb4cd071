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

export type Address = {
  __typename?: 'Address';
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** State or province, 2-letter where the vendor uses codes. */
  state?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
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
  calendarId?: Maybe<Scalars['String']['output']>;
  calendarName?: Maybe<Scalars['String']['output']>;
  classId?: Maybe<Scalars['String']['output']>;
  className?: Maybe<Scalars['String']['output']>;
  hosts: Array<CalendarHost>;
  id: Scalars['ID']['output'];
  leadId?: Maybe<Scalars['ID']['output']>;
  /** Calendar subscription id. */
  nativeId: Scalars['String']['output'];
  raw: Scalars['JSON']['output'];
  sessions: Array<Event>;
  status?: Maybe<Scalars['String']['output']>;
  vendor: Vendor;
  vendorTimeZone?: Maybe<Scalars['String']['output']>;
};

/** A Kartra `calendar_complete` webhook as received and stored: the lead, the calendar subscription and its sessions. */
export type CalendarCompletion = Node & {
  __typename?: 'CalendarCompletion';
  calendar: Calendar;
  /** Pass as `after` to calendarCompletions or the calendarCompleted subscription to resume after this completion. */
  cursor: Scalars['String']['output'];
  /** Forwardings of this completion (tenant rules `vendors.kartra.forward`) and where each stands. */
  forwardings: Array<Forwarding>;
  /** kartra:completion:<sequence> */
  id: Scalars['ID']['output'];
  lead: Lead;
  /** The webhook body exactly as Kartra sent it. */
  raw: Scalars['JSON']['output'];
  receivedAt: Scalars['DateTime']['output'];
  /** One CALENDAR_SESSION per event (same as calendar.sessions). */
  sessions: Array<Event>;
  /** calendar_subscription_status, e.g. Completed. */
  status: Scalars['String']['output'];
  vendor: Vendor;
};

export type CalendarCompletionConnection = {
  __typename?: 'CalendarCompletionConnection';
  edges: Array<CalendarCompletionEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CalendarCompletionEdge = {
  __typename?: 'CalendarCompletionEdge';
  cursor: Scalars['String']['output'];
  node: CalendarCompletion;
};

export type CalendarCompletionFilter = {
  calendarId?: InputMaybe<Scalars['String']['input']>;
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

export type CalendarConnection = {
  __typename?: 'CalendarConnection';
  edges: Array<CalendarEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CalendarEdge = {
  __typename?: 'CalendarEdge';
  cursor: Scalars['String']['output'];
  node: Calendar;
};

export type CalendarHost = {
  __typename?: 'CalendarHost';
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
};

export type CancelLeadInput = {
  /** The lead's primary phone, any format. */
  phone: Scalars['String']['input'];
  /** Vendor lead type, for vendors that type their leads; the tenant default when omitted. */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type Capability =
  | 'CALLBACK_SCHEDULE'
  | 'EVENT_WRITE'
  | 'LEAD_CANCEL'
  | 'LEAD_DELETE'
  | 'LEAD_READ'
  | 'LEAD_UPDATE'
  | 'LEAD_VALIDATE'
  | 'LEAD_WRITE'
  | 'WEBHOOK';

/** What one capability of a vendor needs of its input; input that breaks it is that vendor's REJECTED delivery. */
export type CapabilityRequirements = {
  __typename?: 'CapabilityRequirements';
  capability: Capability;
  /** Unified input paths the capability cannot do without, e.g. input.email. */
  requiredFields: Array<Scalars['String']['output']>;
  /** Length limits, enumerations and formats the vendor checks. */
  rules: Array<FieldRule>;
};

export type ClientTetherAccount = Node & {
  __typename?: 'ClientTetherAccount';
  companyName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  officePhone?: Maybe<Scalars['String']['output']>;
  ownerName?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  /** The record as received; the account web key is removed. */
  raw: Scalars['JSON']['output'];
  /** Standard or Multi-level. */
  type?: Maybe<Scalars['String']['output']>;
};

export type ClientTetherAccountInput = {
  addr1?: InputMaybe<Scalars['String']['input']>;
  addr2?: InputMaybe<Scalars['String']['input']>;
  addr3?: InputMaybe<Scalars['String']['input']>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  officePhone?: InputMaybe<Scalars['String']['input']>;
  ownerName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 10 digits (any US/CA format accepted). */
  returnPhone?: InputMaybe<Scalars['String']['input']>;
  /** 10 digits (any US/CA format accepted). */
  returnText?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ClientTetherAccountType>;
};

export type ClientTetherAccountType =
  | 'MultiLevel'
  | 'Standard';

export type ClientTetherActionPlan = Node & {
  __typename?: 'ClientTetherActionPlan';
  id: Scalars['ID']['output'];
  /** Lead source (Connection plans) or sales cycle (Conversion plans) this plan is linked to. */
  linkId?: Maybe<Scalars['String']['output']>;
  linkName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nativeId: Scalars['String']['output'];
  nextPlanId?: Maybe<Scalars['String']['output']>;
  nextPlanName?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  steps: Array<ClientTetherActionStep>;
  /** Connection, Conversion or Retention. */
  type?: Maybe<Scalars['String']['output']>;
};

export type ClientTetherActionPlanInput = {
  /** Lead source (Connection) or sales cycle (Conversion) id. */
  linkId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nextPlanId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<ClientTetherActionPlanType>;
};

/** Connection plans link to a lead source, Conversion plans to a sales cycle. */
export type ClientTetherActionPlanType =
  | 'Connection'
  | 'Conversion'
  | 'Retention';

export type ClientTetherActionStep = {
  __typename?: 'ClientTetherActionStep';
  body?: Maybe<Scalars['String']['output']>;
  /** Day offset as ClientTether gives it. */
  day?: Maybe<Scalars['String']['output']>;
  order?: Maybe<Scalars['Int']['output']>;
  subject?: Maybe<Scalars['String']['output']>;
  time?: Maybe<Scalars['String']['output']>;
  /** email, text, call, … */
  type?: Maybe<Scalars['String']['output']>;
};

export type ClientTetherContactType =
  | 'CLIENT'
  | 'EMPLOYEE'
  | 'OTHER'
  | 'PARTNER'
  | 'VENDOR';

/** An expansion (custom) parameter: any non-reserved name, a string of at most 100 characters, HTML stripped. */
export type ClientTetherCustomParameterInput = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/** update_client_event: only the fields given change. */
export type ClientTetherEventUpdateInput = {
  /** A manual-schedule action plan id. */
  actionPlanId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  type?: InputMaybe<EventType>;
  /** ClientTether user id (calendar). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type ClientTetherGender =
  | 'F'
  | 'M';

export type ClientTetherHomeOwnerStatus =
  | 'Own'
  | 'Rent';

/** create_immed_call: ClientTether rings the agent, announces the client, then bridges. */
export type ClientTetherImmediateCallInput = {
  /** Any US/CA format. */
  agentPhone: Scalars['String']['input'];
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
  dealClosed?: InputMaybe<Scalars['Boolean']['input']>;
  dealSize?: InputMaybe<Scalars['Int']['input']>;
  education?: InputMaybe<Scalars['String']['input']>;
  /** Facebook profile id, e.g. hall303. */
  facebook?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<ClientTetherGender>;
  highNetWorth?: InputMaybe<Scalars['Int']['input']>;
  homeOwnerStatus?: InputMaybe<ClientTetherHomeOwnerStatus>;
  householdIncome?: InputMaybe<Scalars['Int']['input']>;
  /** Overrides LeadInput.source; may start the source's action plan. */
  leadSourceId?: InputMaybe<Scalars['ID']['input']>;
  lengthOfResidence?: InputMaybe<Scalars['Int']['input']>;
  /** LinkedIn profile name. */
  linkedin?: InputMaybe<Scalars['String']['input']>;
  maritalStatus?: InputMaybe<ClientTetherMaritalStatus>;
  marketValue?: InputMaybe<Scalars['Int']['input']>;
  newLeadNotification?: InputMaybe<ClientTetherNewLeadNotification>;
  occupation?: InputMaybe<Scalars['String']['input']>;
  presenceOfChildren?: InputMaybe<Scalars['Boolean']['input']>;
  presenceOfPets?: InputMaybe<Scalars['Boolean']['input']>;
  salesCycleId?: InputMaybe<Scalars['ID']['input']>;
  /** OK to text (default true). */
  smsOk?: InputMaybe<Scalars['Boolean']['input']>;
  twitter?: InputMaybe<Scalars['String']['input']>;
  whiteboard?: InputMaybe<Scalars['String']['input']>;
};

export type ClientTetherLeadSource = Node & {
  __typename?: 'ClientTetherLeadSource';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nativeId: Scalars['String']['output'];
  raw: Scalars['JSON']['output'];
  /** The MD5 web key ClientTether generated for this source (for web-form posts). */
  webKey?: Maybe<Scalars['String']['output']>;
};

/** ClientTether's `material_status` parameter. */
export type ClientTetherMaritalStatus =
  | 'Divorced'
  | 'Married'
  | 'Single';

/** What ClientTether made of a ClientTether-only mutation; the typed record it returned, where there is one. */
export type ClientTetherMutationPayload = {
  __typename?: 'ClientTetherMutationPayload';
  account?: Maybe<ClientTetherAccount>;
  actionPlan?: Maybe<ClientTetherActionPlan>;
  delivery: Delivery;
  event?: Maybe<Event>;
  leadSource?: Maybe<ClientTetherLeadSource>;
  ok: Scalars['Boolean']['output'];
  /** True when this is the stored result of an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
  salesCycle?: Maybe<ClientTetherSalesCycle>;
  tag?: Maybe<ClientTetherTag>;
  user?: Maybe<ClientTetherUser>;
};

/** NONE (default): no notice; SOFTWARE: software notification; ALL: email, text and software notification. */
export type ClientTetherNewLeadNotification =
  | 'ALL'
  | 'NONE'
  | 'SOFTWARE';

export type ClientTetherNote = {
  __typename?: 'ClientTetherNote';
  body?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  nativeId?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  type?: Maybe<Scalars['String']['output']>;
};

export type ClientTetherNoteConnection = {
  __typename?: 'ClientTetherNoteConnection';
  edges: Array<ClientTetherNoteEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ClientTetherNoteEdge = {
  __typename?: 'ClientTetherNoteEdge';
  cursor: Scalars['String']['output'];
  node: ClientTetherNote;
};

export type ClientTetherPayment = {
  __typename?: 'ClientTetherPayment';
  /** Decimal as a string. */
  amount?: Maybe<Scalars['String']['output']>;
  /** yyyy-mm-dd */
  createdDate?: Maybe<Scalars['String']['output']>;
  /** yyyy-mm-dd */
  payday?: Maybe<Scalars['String']['output']>;
  proposalId?: Maybe<Scalars['String']['output']>;
  proposalNumber?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  /** Deposit, Progress or Final. */
  status?: Maybe<Scalars['String']['output']>;
  /** Cash, Card, Check or Other. */
  type?: Maybe<Scalars['String']['output']>;
};

export type ClientTetherPaymentConnection = {
  __typename?: 'ClientTetherPaymentConnection';
  edges: Array<ClientTetherPaymentEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ClientTetherPaymentEdge = {
  __typename?: 'ClientTetherPaymentEdge';
  cursor: Scalars['String']['output'];
  node: ClientTetherPayment;
};

export type ClientTetherPendingAction = {
  __typename?: 'ClientTetherPendingAction';
  actionPlanId?: Maybe<Scalars['String']['output']>;
  actionPlanName?: Maybe<Scalars['String']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  nativeId?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  subject?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type ClientTetherPendingActionConnection = {
  __typename?: 'ClientTetherPendingActionConnection';
  edges: Array<ClientTetherPendingActionEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ClientTetherPendingActionEdge = {
  __typename?: 'ClientTetherPendingActionEdge';
  cursor: Scalars['String']['output'];
  node: ClientTetherPendingAction;
};

export type ClientTetherProposal = Node & {
  __typename?: 'ClientTetherProposal';
  discount?: Maybe<Scalars['String']['output']>;
  estimator?: Maybe<Scalars['String']['output']>;
  finalPrice?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobEndDate?: Maybe<Scalars['String']['output']>;
  jobStartDate?: Maybe<Scalars['String']['output']>;
  leadId?: Maybe<Scalars['ID']['output']>;
  lineItems: Array<ClientTetherProposalLineItem>;
  nativeId: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  /** Payments recorded against this proposal (read_proposal_payments, one read per lead per request). */
  payments: ClientTetherPaymentConnection;
  productionManager?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  type?: Maybe<Scalars['String']['output']>;
  workNotes?: Maybe<Scalars['String']['output']>;
};


export type ClientTetherProposalPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
};

export type ClientTetherProposalConnection = {
  __typename?: 'ClientTetherProposalConnection';
  edges: Array<ClientTetherProposalEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ClientTetherProposalEdge = {
  __typename?: 'ClientTetherProposalEdge';
  cursor: Scalars['String']['output'];
  node: ClientTetherProposal;
};

export type ClientTetherProposalLineItem = {
  __typename?: 'ClientTetherProposalLineItem';
  description?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  /** Decimal as ClientTether sends it (a string). */
  price?: Maybe<Scalars['String']['output']>;
};

export type ClientTetherSalesCycle = Node & {
  __typename?: 'ClientTetherSalesCycle';
  /** Active path (true) or inactive path (false). */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** 1 Client, 2 Employee, 3 Partner, 4 Vendor, 5 Other. */
  contactType?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nativeId: Scalars['String']['output'];
  order?: Maybe<Scalars['Int']['output']>;
  raw: Scalars['JSON']['output'];
};

export type ClientTetherSalesCycleInput = {
  /** Active path (true) or inactive path (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  contactType?: InputMaybe<ClientTetherContactType>;
  name?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<Scalars['Int']['input']>;
};

/** create_manual_email: plain text only (ClientTether appends opt-out lines). */
export type ClientTetherSendEmailInput = {
  bcc?: InputMaybe<Array<Scalars['EmailAddress']['input']>>;
  /** Plain text with hard returns; HTML is refused. Add your own signature. */
  body: Scalars['String']['input'];
  cc?: InputMaybe<Array<Scalars['EmailAddress']['input']>>;
  /** Send only to cc/bcc, not to the lead. */
  excludeContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id of a ClientTether lead. */
  leadId: Scalars['ID']['input'];
  /** When to send; omitted = now. */
  sendAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
};

export type ClientTetherSendTextInput = {
  body: Scalars['String']['input'];
  leadId: Scalars['ID']['input'];
  /** When to send; omitted = now. */
  sendAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ClientTetherTag = {
  __typename?: 'ClientTetherTag';
  nativeId?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type ClientTetherUser = Node & {
  __typename?: 'ClientTetherUser';
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  showCalendar: Scalars['Boolean']['output'];
  /** Standard or Admin. */
  type?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

/** create_user needs every field; update_user_by_id takes any (type and password only on create). */
export type ClientTetherUserInput = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Only on create; never returned. */
  password?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  showCalendar?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<ClientTetherUserType>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type ClientTetherUserType =
  | 'Admin'
  | 'Standard';

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
  key: Scalars['String']['output'];
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

export type CustomFieldInput = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/** What one vendor made of a mutation. */
export type Delivery = {
  __typename?: 'Delivery';
  /** Numbers the vendor assigned to the lead (Trackdrive), E.164; null when none. */
  assignedNumbers?: Maybe<AssignedNumbers>;
  /** Vendor-specific results (assigned numbers, job ids, …), secrets never included. */
  details?: Maybe<Scalars['JSON']['output']>;
  error?: Maybe<DeliveryError>;
  event?: Maybe<Event>;
  fieldErrors: Array<FieldError>;
  /** Job id of an asynchronous write (Entrata through Propexo): pass it to writeStatus for the outcome. */
  jobId?: Maybe<Scalars['String']['output']>;
  lead?: Maybe<Lead>;
  /** The vendor's own words, e.g. "Another call is already scheduled". */
  message?: Maybe<Scalars['String']['output']>;
  /** The vendor's id for the record created/updated. */
  nativeId?: Maybe<Scalars['String']['output']>;
  status: DeliveryStatus;
  vendor: Vendor;
};

export type DeliveryError = {
  __typename?: 'DeliveryError';
  /** True when the vendor's circuit breaker is open (failing fast). */
  circuitOpen?: Maybe<Scalars['Boolean']['output']>;
  /** Stable code: UPSTREAM_ERROR, UPSTREAM_TIMEOUT, RATE_LIMITED, VENDOR_NOT_CONFIGURED, NOT_FOUND, CONFLICT, BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** The vendor's own code (CT515, invalid_request, …); HTTP_<status> (HTTP_500, HTTP_429) when an HTTP status is all the vendor said, the same form for every vendor. */
  vendorCode?: Maybe<Scalars['String']['output']>;
};

/** What one vendor did with a mutation. REJECTED: the vendor refused the data (see fieldErrors). FAILED: it could not be done (see error). */
export type DeliveryStatus =
  | 'CANCELLED'
  | 'CREATED'
  | 'DELETED'
  | 'EXISTING'
  | 'FAILED'
  | 'REJECTED'
  | 'SCHEDULED'
  | 'UPDATED'
  | 'VALIDATED';

/** How an Entrata call event ended (Propexo call_status). */
export type EntrataCallStatus =
  | 'ABANDONED'
  | 'ANSWER'
  | 'BUSY'
  | 'DISCONNECTED'
  | 'FAILURE_TO_CONNECT'
  | 'NO_ANSWER'
  | 'VOICEMAIL';

/** Direction of an Entrata email event. Outgoing email events require emailFrom. */
export type EntrataEmailDirection =
  | 'INCOMING'
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
  callStatus?: InputMaybe<EntrataCallStatus>;
  /** CALL: number the call was received on, any format. */
  callTo?: InputMaybe<Scalars['String']['input']>;
  emailBcc?: InputMaybe<Scalars['EmailAddress']['input']>;
  emailBody?: InputMaybe<Scalars['String']['input']>;
  emailCc?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** EMAIL events: default OUTGOING. */
  emailDirection?: InputMaybe<EntrataEmailDirection>;
  emailFrom?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Whether Entrata should send the email. */
  emailSend?: InputMaybe<Scalars['Boolean']['input']>;
  emailSubject?: InputMaybe<Scalars['String']['input']>;
  /** Must be the applicant's primary email address (requires applicantEmail, checked before sending); defaults to applicantEmail. */
  emailTo?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Propexo employee id. */
  employeeId?: InputMaybe<Scalars['String']['input']>;
  eventResultId?: InputMaybe<Scalars['String']['input']>;
  eventSubTypeId?: InputMaybe<Scalars['String']['input']>;
  /** Propexo event type id (not all Entrata event types are supported by Propexo). */
  eventTypeId: Scalars['String']['input'];
  /** At most 256 characters; defaults to input.description. */
  notes?: InputMaybe<Scalars['String']['input']>;
  reasonsForEvent?: InputMaybe<Scalars['String']['input']>;
  /** Propexo unit id. */
  unitId?: InputMaybe<Scalars['String']['input']>;
};

/** Something that happens with a lead at a time. */
export type Event = Node & {
  __typename?: 'Event';
  description?: Maybe<Scalars['String']['output']>;
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Global id of the lead this event belongs to. */
  leadId?: Maybe<Scalars['ID']['output']>;
  nativeId?: Maybe<Scalars['String']['output']>;
  raw: Scalars['JSON']['output'];
  /** The vendor's own IANA time zone for this event, e.g. America/Detroit. */
  sourceTimeZone?: Maybe<Scalars['String']['output']>;
  /** The instant the event starts (serialized in UTC). */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Start as wall-clock time with offset in sourceTimeZone, e.g. 2020-12-11T09:00:00-05:00. */
  startsAtLocal?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: EventType;
  vendor: Vendor;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** An event for a lead. Which fields apply depends on the target vendor. */
export type EventInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Required when the target is ENTRATA. */
  entrata?: InputMaybe<EntrataEventInput>;
  /** Vendor-specific event fields. */
  extra?: InputMaybe<Scalars['JSON']['input']>;
  /** Global id of the lead. */
  leadId?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  type: EventType;
  /** The vendor user the event is assigned to, whose calendar holds it (some vendors require it for appointments). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type EventMutationPayload = {
  __typename?: 'EventMutationPayload';
  deliveries: Array<Delivery>;
  event?: Maybe<Event>;
  ok: Scalars['Boolean']['output'];
  replayed: Scalars['Boolean']['output'];
};

export type EventType =
  | 'APPOINTMENT'
  | 'CALENDAR_SESSION'
  | 'CALL'
  | 'CONTACT_REMINDER'
  | 'EMAIL'
  | 'NOTE'
  | 'OTHER'
  | 'TEXT';

/** A vendor-side or pre-flight problem with one unified input field. */
export type FieldError = {
  __typename?: 'FieldError';
  /** Unified field path, e.g. input.email. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A format rule a vendor applies to one input field before sending anything. */
export type FieldRule = {
  __typename?: 'FieldRule';
  description: Scalars['String']['output'];
  /** Unified input path, e.g. input.phone or options.<vendor>.type. */
  field: Scalars['String']['output'];
};

/** One forwarding of a received calendar completion to another vendor (tenant rule `vendors.kartra.forward`), run from a durable outbox. */
export type Forwarding = {
  __typename?: 'Forwarding';
  attempts: Scalars['Int']['output'];
  /** Global ids of the events created in the target, one per session. */
  eventIds: Array<Scalars['ID']['output']>;
  /** Why the last attempt failed (sanitized). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Global id of the lead in the target vendor, once created or found. */
  leadId?: Maybe<Scalars['ID']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: ForwardingStatus;
  target: Vendor;
  updatedAt: Scalars['DateTime']['output'];
};

/** Where one forwarding of a received webhook stands. RETRYING: the last attempt failed and another is scheduled (nextAttemptAt). FAILED: given up (rejected by the vendor or out of attempts). */
export type ForwardingStatus =
  | 'FAILED'
  | 'PENDING'
  | 'RETRYING'
  | 'RUNNING'
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
  statusIp?: Maybe<Scalars['String']['output']>;
};

/** Kartra lead fields outside the unified Lead model. */
export type KartraLeadDetails = {
  __typename?: 'KartraLeadDetails';
  blacklisted?: Maybe<Scalars['Boolean']['output']>;
  /** date_joined as sent (YYYY-mm-dd hh:mm:ss, Eastern time); createdAt holds the instant. */
  dateJoined?: Maybe<Scalars['String']['output']>;
  facebook?: Maybe<Scalars['String']['output']>;
  gdpr: KartraGdpr;
  ip?: Maybe<Scalars['String']['output']>;
  ipCountry?: Maybe<Scalars['String']['output']>;
  lastName2?: Maybe<Scalars['String']['output']>;
  leadPicture?: Maybe<Scalars['String']['output']>;
  linkedin?: Maybe<Scalars['String']['output']>;
  phoneCountryCode?: Maybe<Scalars['String']['output']>;
  preferredTimeZone?: Maybe<Scalars['String']['output']>;
  referringId?: Maybe<Scalars['Int']['output']>;
  salesTaxId?: Maybe<Scalars['String']['output']>;
  sourceId?: Maybe<Scalars['Int']['output']>;
  twitter?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

/** A person a vendor knows. */
export type Lead = Node & {
  __typename?: 'Lead';
  address?: Maybe<Address>;
  /** The lead's Kartra calendar subscriptions (latest state of each); empty for other vendors. */
  calendars: CalendarConnection;
  company?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  customFields: Array<CustomField>;
  email?: Maybe<Scalars['String']['output']>;
  /** ClientTether: the lead's calls, reminders and appointments (read_all_events, pages of 100), read when asked for. Empty for other vendors. */
  events: EventConnection;
  /** The caller's own id for this lead, where the vendor keeps one. */
  externalId?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** Kartra-only lead fields (GDPR, social, ip, …); null for other vendors. */
  kartra?: Maybe<KartraLeadDetails>;
  lastName?: Maybe<Scalars['String']['output']>;
  middleName?: Maybe<Scalars['String']['output']>;
  /** The vendor's own id. */
  nativeId: Scalars['String']['output'];
  /** ClientTether: history notes (read_client_history_notes). Empty for other vendors. */
  notes: ClientTetherNoteConnection;
  /** ClientTether: pending action-plan actions (read_pending_actions). Empty for other vendors. */
  pendingActions: ClientTetherPendingActionConnection;
  /** Primary phone, E.164. */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** ClientTether: proposals (read_proposals), each with its payments. Empty for other vendors. */
  proposals: ClientTetherProposalConnection;
  /** The vendor record as received, nothing lost. */
  raw: Scalars['JSON']['output'];
  score?: Maybe<Scalars['Int']['output']>;
  /** Secondary phone, E.164. */
  secondaryPhone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** Lead source name. */
  source?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
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

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  /** Total matching items, when the vendor reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  email?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Any format. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Which vendor to list from; default: the first configured lead reader, in registry order. */
  vendor?: InputMaybe<Vendor>;
};

/** A lead as partner apps send it. Phones in any format; each vendor gets its own. */
export type LeadInput = {
  address?: InputMaybe<AddressInput>;
  company?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Extra vendor fields passed through, for vendors that take parameters beyond LeadInput. */
  extra?: InputMaybe<Scalars['JSON']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Any format; national numbers use the tenant's default country. */
  phone?: InputMaybe<Scalars['String']['input']>;
  secondaryPhone?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One delivery per targeted vendor; one vendor failing never hides another's result. */
export type LeadMutationPayload = {
  __typename?: 'LeadMutationPayload';
  deliveries: Array<Delivery>;
  /** The first lead a vendor returned. */
  lead?: Maybe<Lead>;
  /** True when every delivery succeeded. */
  ok: Scalars['Boolean']['output'];
  /** True when this payload is the stored result of an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Add a history note to a ClientTether lead (create_client_history_note). */
  addNote: ClientTetherMutationPayload;
  /** Withdraw a lead from the diallers that take cancellations. */
  cancelLead: LeadMutationPayload;
  createActionPlan: ClientTetherMutationPayload;
  createClientTetherUser: ClientTetherMutationPayload;
  /** Create an event (call, appointment, reminder, …) in one vendor. */
  createEvent: EventMutationPayload;
  /** Deliver one lead to every target vendor concurrently; one delivery per vendor. */
  createLead: LeadMutationPayload;
  createLeadSource: ClientTetherMutationPayload;
  createSalesCycle: ClientTetherMutationPayload;
  /** create_tag: a tag that already exists is CONFLICT (CT520). */
  createTag: ClientTetherMutationPayload;
  deleteClientTetherAccount: ClientTetherMutationPayload;
  deleteClientTetherUser: ClientTetherMutationPayload;
  /** Delete a ClientTether event (delete_client_event). */
  deleteEvent: ClientTetherMutationPayload;
  deleteLead: LeadMutationPayload;
  /** Delete every ClientTether client with this external id (delete_client_by_external_id). */
  deleteLeadByExternalId: LeadMutationPayload;
  /** Refused by ClientTether (CT512) while a client or action plan uses it. */
  deleteLeadSource: ClientTetherMutationPayload;
  /** Refused by ClientTether (CT512) while a client is in this sales cycle. */
  deleteSalesCycle: ClientTetherMutationPayload;
  /** Schedule a call back to a lead at a time or after a delay, in every target that can. */
  scheduleCallback: LeadMutationPayload;
  /** Send (or schedule) a plain-text email to a ClientTether lead (create_manual_email). */
  sendEmail: ClientTetherMutationPayload;
  /** Send (or schedule) a text to a ClientTether lead (create_manual_text). */
  sendText: ClientTetherMutationPayload;
  /** Ring an agent now and connect them to a client (create_immed_call). */
  startImmediateCall: ClientTetherMutationPayload;
  updateActionPlan: ClientTetherMutationPayload;
  updateClientTetherAccount: ClientTetherMutationPayload;
  updateClientTetherUser: ClientTetherMutationPayload;
  /** Change a ClientTether event (update_client_event); only the fields given change. */
  updateEvent: ClientTetherMutationPayload;
  /** Update a lead by global id; only the fields given change. */
  updateLead: LeadMutationPayload;
  /** Update a ClientTether lead by your external id (update_client_by_external_id). */
  updateLeadByExternalId: LeadMutationPayload;
  updateLeadSource: ClientTetherMutationPayload;
  updateSalesCycle: ClientTetherMutationPayload;
  /** Check a lead against every target without creating anything (a vendor's own test mode where it has one, plus LeadGraph's rules). */
  validateLead: LeadMutationPayload;
};


export type MutationAddNoteArgs = {
  body: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
};


export type MutationCancelLeadArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CancelLeadInput;
  targets?: InputMaybe<Array<Vendor>>;
};


export type MutationCreateActionPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherActionPlanInput;
};


export type MutationCreateClientTetherUserArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherUserInput;
};


export type MutationCreateEventArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EventInput;
  target: Vendor;
};


export type MutationCreateLeadArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
  options?: InputMaybe<CreateLeadOptions>;
  targets?: InputMaybe<Array<Vendor>>;
};


export type MutationCreateLeadSourceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateSalesCycleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSalesCycleInput;
};


export type MutationCreateTagArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};


export type MutationDeleteClientTetherAccountArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteClientTetherUserArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteEventArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteLeadArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteLeadByExternalIdArgs = {
  externalId: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteLeadSourceArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteSalesCycleArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationScheduleCallbackArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inSeconds?: InputMaybe<Scalars['Int']['input']>;
  lead: LeadInput;
  options?: InputMaybe<CreateLeadOptions>;
  targets?: InputMaybe<Array<Vendor>>;
};


export type MutationSendEmailArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSendEmailInput;
};


export type MutationSendTextArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSendTextInput;
};


export type MutationStartImmediateCallArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherImmediateCallInput;
};


export type MutationUpdateActionPlanArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherActionPlanInput;
};


export type MutationUpdateClientTetherAccountArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherAccountInput;
};


export type MutationUpdateClientTetherUserArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherUserInput;
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherEventUpdateInput;
};


export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
};


export type MutationUpdateLeadByExternalIdArgs = {
  externalId: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
};


export type MutationUpdateLeadSourceArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationUpdateSalesCycleArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ClientTetherSalesCycleInput;
};


export type MutationValidateLeadArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
  options?: InputMaybe<CreateLeadOptions>;
  targets?: InputMaybe<Array<Vendor>>;
};

/** An object with a global id `vendor:type:nativeId`, fetchable with `node(id:)`. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Kartra calendar completions received by this tenant's webhook, oldest first. */
  calendarCompletions: CalendarCompletionConnection;
  /** Sub-accounts (the web key must be a Multi-Level or Enterprise account). */
  clientTetherAccounts: Array<ClientTetherAccount>;
  clientTetherActionPlan?: Maybe<ClientTetherActionPlan>;
  /** ClientTether action plans with their steps; `name` matches as a prefix. */
  clientTetherActionPlans: Array<ClientTetherActionPlan>;
  /** A user's appointments for the next 7 days (read_appts_by_user_id). */
  clientTetherAppointments: EventConnection;
  /** ClientTether lead sources (cached; ttlSeconds.reference). */
  clientTetherLeadSources: Array<ClientTetherLeadSource>;
  /** Every payment recorded in the account (read_all_payments). */
  clientTetherPayments: ClientTetherPaymentConnection;
  clientTetherSalesCycles: Array<ClientTetherSalesCycle>;
  clientTetherTags: Array<ClientTetherTag>;
  clientTetherUsers: Array<ClientTetherUser>;
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
  /** Where an asynchronous write stands (Entrata through Propexo: the jobId from a createEvent delivery). Null when the vendor knows no such job. */
  writeStatus?: Maybe<WriteStatus>;
};


export type QueryCalendarCompletionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarCompletionFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryClientTetherActionPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientTetherActionPlansArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryClientTetherAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryClientTetherPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryLeadArgs = {
  fresh?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type QueryLeadByExternalIdArgs = {
  externalId: Scalars['String']['input'];
  fresh?: Scalars['Boolean']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: Scalars['Int']['input'];
  fresh?: Scalars['Boolean']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWriteStatusArgs = {
  jobId: Scalars['String']['input'];
  vendor: Vendor;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each Kartra calendar completion as it is stored. With `after`, first replays the stored completions after that cursor, then goes live with no gap. */
  calendarCompleted: CalendarCompletion;
};


export type SubscriptionCalendarCompletedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CalendarCompletionFilter>;
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
  | 'OFFER'
  | 'SCHEDULE';

/** A vendor LeadGraph speaks to. */
export type Vendor =
  | 'CLIENTTETHER'
  | 'COMUNIK8'
  /** Entrata, reached through Propexo. */
  | 'ENTRATA'
  | 'KARTRA'
  | 'TRACKDRIVE';

/** What a vendor can do, and whether the caller's tenant has it configured. */
export type VendorInfo = {
  __typename?: 'VendorInfo';
  capabilities: Array<Capability>;
  configured: Scalars['Boolean']['output'];
  id: Vendor;
  name: Scalars['String']['output'];
  /** Unified fields this vendor can return. */
  readableFields: Array<Scalars['String']['output']>;
  /** One entry per capability: what it needs of the input, to build a form from. */
  requirements: Array<CapabilityRequirements>;
  /** Unified input fields this vendor accepts. */
  writableFields: Array<Scalars['String']['output']>;
};

/** Where an asynchronous vendor write (e.g. an Entrata event queued by Propexo) stands. */
export type WriteStatus = {
  __typename?: 'WriteStatus';
  /** The vendor's id for the created record, when it reports one (Entrata usually cannot). */
  createdRecordId?: Maybe<Scalars['String']['output']>;
  /** The vendor's error messages, if any. */
  errors: Array<Scalars['String']['output']>;
  jobId: Scalars['String']['output'];
  /** The vendor's answer as received. */
  raw: Scalars['JSON']['output'];
  status: WriteStatusState;
  vendor: Vendor;
};

/** Outcome of an asynchronous vendor write. SUCCESS: written. PARTIAL_SUCCESS: part of it was written. FAILURE: nothing was written (see errors). PENDING: not finished yet. */
export type WriteStatusState =
  | 'FAILURE'
  | 'PARTIAL_SUCCESS'
  | 'PENDING'
  | 'SUCCESS';

export type CtLeadFragment = { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> };

export type CtDeliveryFragment = { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null };

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


export type ClientTetherLeadActivityQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, events: { __typename?: 'EventConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EventEdge', cursor: string, node: { __typename?: 'Event', id: string, type: EventType, title?: string | null, description?: string | null, startsAt?: string | null, endsAt?: string | null, startsAtLocal?: string | null } }> }, notes: { __typename?: 'ClientTetherNoteConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherNoteEdge', node: { __typename?: 'ClientTetherNote', type?: string | null, body?: string | null, createdAt?: string | null } }> }, pendingActions: { __typename?: 'ClientTetherPendingActionConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherPendingActionEdge', node: { __typename?: 'ClientTetherPendingAction', type?: string | null, subject?: string | null, actionPlanName?: string | null, dueAt?: string | null } }> }, proposals: { __typename?: 'ClientTetherProposalConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherProposalEdge', node: { __typename?: 'ClientTetherProposal', id: string, number?: string | null, type?: string | null, finalPrice?: string | null, discount?: string | null, jobStartDate?: string | null, jobEndDate?: string | null, lineItems: Array<{ __typename?: 'ClientTetherProposalLineItem', description?: string | null, price?: string | null, notes?: string | null }>, payments: { __typename?: 'ClientTetherPaymentConnection', totalCount?: number | null, edges: Array<{ __typename?: 'ClientTetherPaymentEdge', node: { __typename?: 'ClientTetherPayment', amount?: string | null, type?: string | null, status?: string | null, payday?: string | null, createdDate?: string | null } }> } } }> }, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null };

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


export type ClientTetherCreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, replayed: boolean, lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherUpdateLeadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: LeadInput;
}>;


export type ClientTetherUpdateLeadMutation = { __typename?: 'Mutation', updateLead: { __typename?: 'LeadMutationPayload', ok: boolean, lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherUpdateLeadByExternalIdMutationVariables = Exact<{
  externalId: Scalars['String']['input'];
  input: LeadInput;
}>;


export type ClientTetherUpdateLeadByExternalIdMutation = { __typename?: 'Mutation', updateLeadByExternalId: { __typename?: 'LeadMutationPayload', ok: boolean, lead?: { __typename?: 'Lead', id: string, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, tags: Array<string>, createdAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, value?: string | null }> } | null, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherDeleteLeadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteLeadMutation = { __typename?: 'Mutation', deleteLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherDeleteLeadByExternalIdMutationVariables = Exact<{
  externalId: Scalars['String']['input'];
}>;


export type ClientTetherDeleteLeadByExternalIdMutation = { __typename?: 'Mutation', deleteLeadByExternalId: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherCreateEventMutationVariables = Exact<{
  input: EventInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherCreateEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, event?: { __typename?: 'Event', id: string, type: EventType, startsAt?: string | null, endsAt?: string | null, leadId?: string | null } | null, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }> } };

export type ClientTetherUpdateEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherEventUpdateInput;
}>;


export type ClientTetherUpdateEventMutation = { __typename?: 'Mutation', updateEvent: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, event?: { __typename?: 'Event', id: string, type: EventType, startsAt?: string | null, endsAt?: string | null, description?: string | null } | null } };

export type ClientTetherDeleteEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteEventMutation = { __typename?: 'Mutation', deleteEvent: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherAddNoteMutationVariables = Exact<{
  leadId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherAddNoteMutation = { __typename?: 'Mutation', addNote: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherSendEmailMutationVariables = Exact<{
  input: ClientTetherSendEmailInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherSendEmailMutation = { __typename?: 'Mutation', sendEmail: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherSendTextMutationVariables = Exact<{
  input: ClientTetherSendTextInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherSendTextMutation = { __typename?: 'Mutation', sendText: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherStartImmediateCallMutationVariables = Exact<{
  input: ClientTetherImmediateCallInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientTetherStartImmediateCallMutation = { __typename?: 'Mutation', startImmediateCall: { __typename?: 'ClientTetherMutationPayload', ok: boolean, replayed: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateLeadSourceMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ClientTetherCreateLeadSourceMutation = { __typename?: 'Mutation', createLeadSource: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, leadSource?: { __typename?: 'ClientTetherLeadSource', id: string, name: string, webKey?: string | null } | null } };

export type ClientTetherUpdateLeadSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type ClientTetherUpdateLeadSourceMutation = { __typename?: 'Mutation', updateLeadSource: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, leadSource?: { __typename?: 'ClientTetherLeadSource', id: string, name: string } | null } };

export type ClientTetherDeleteLeadSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteLeadSourceMutation = { __typename?: 'Mutation', deleteLeadSource: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateActionPlanMutationVariables = Exact<{
  input: ClientTetherActionPlanInput;
}>;


export type ClientTetherCreateActionPlanMutation = { __typename?: 'Mutation', createActionPlan: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, actionPlan?: { __typename?: 'ClientTetherActionPlan', id: string, name: string, type?: string | null } | null } };

export type ClientTetherUpdateActionPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherActionPlanInput;
}>;


export type ClientTetherUpdateActionPlanMutation = { __typename?: 'Mutation', updateActionPlan: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, actionPlan?: { __typename?: 'ClientTetherActionPlan', id: string, name: string, type?: string | null, linkName?: string | null, nextPlanName?: string | null } | null } };

export type ClientTetherCreateSalesCycleMutationVariables = Exact<{
  input: ClientTetherSalesCycleInput;
}>;


export type ClientTetherCreateSalesCycleMutation = { __typename?: 'Mutation', createSalesCycle: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, salesCycle?: { __typename?: 'ClientTetherSalesCycle', id: string, name: string, active?: boolean | null, order?: number | null } | null } };

export type ClientTetherUpdateSalesCycleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherSalesCycleInput;
}>;


export type ClientTetherUpdateSalesCycleMutation = { __typename?: 'Mutation', updateSalesCycle: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, salesCycle?: { __typename?: 'ClientTetherSalesCycle', id: string, name: string, active?: boolean | null, order?: number | null } | null } };

export type ClientTetherDeleteSalesCycleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteSalesCycleMutation = { __typename?: 'Mutation', deleteSalesCycle: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateUserMutationVariables = Exact<{
  input: ClientTetherUserInput;
}>;


export type ClientTetherCreateUserMutation = { __typename?: 'Mutation', createClientTetherUser: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, user?: { __typename?: 'ClientTetherUser', id: string, username?: string | null } | null } };

export type ClientTetherUpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherUserInput;
}>;


export type ClientTetherUpdateUserMutation = { __typename?: 'Mutation', updateClientTetherUser: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, user?: { __typename?: 'ClientTetherUser', id: string, firstName?: string | null, lastName?: string | null, email?: string | null } | null } };

export type ClientTetherDeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteUserMutation = { __typename?: 'Mutation', deleteClientTetherUser: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type ClientTetherCreateTagMutationVariables = Exact<{
  value: Scalars['String']['input'];
}>;


export type ClientTetherCreateTagMutation = { __typename?: 'Mutation', createTag: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, tag?: { __typename?: 'ClientTetherTag', value: string } | null } };

export type ClientTetherUpdateAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ClientTetherAccountInput;
}>;


export type ClientTetherUpdateAccountMutation = { __typename?: 'Mutation', updateClientTetherAccount: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null }, account?: { __typename?: 'ClientTetherAccount', id: string, name?: string | null, companyName?: string | null } | null } };

export type ClientTetherDeleteAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientTetherDeleteAccountMutation = { __typename?: 'Mutation', deleteClientTetherAccount: { __typename?: 'ClientTetherMutationPayload', ok: boolean, delivery: { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null } | null } } };

export type EntrataDeliveryFragment = { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null };

export type EntrataCreateCallEventMutationVariables = Exact<{
  input: EventInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntrataCreateCallEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, replayed: boolean, event?: { __typename?: 'Event', id: string, leadId?: string | null, type: EventType, startsAt?: string | null, startsAtLocal?: string | null, sourceTimeZone?: string | null } | null, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null }> } };

export type EntrataCreateEmailEventMutationVariables = Exact<{
  applicantId: Scalars['String']['input'];
  eventTypeId: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  from: Scalars['EmailAddress']['input'];
  applicantEmail: Scalars['EmailAddress']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntrataCreateEmailEventMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null }> } };

export type EntrataCreateAppointmentMutationVariables = Exact<{
  applicantId: Scalars['String']['input'];
  eventTypeId: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  unitId?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntrataCreateAppointmentMutation = { __typename?: 'Mutation', createEvent: { __typename?: 'EventMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, jobId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null }> } };

export type EntrataWriteStatusQueryVariables = Exact<{
  jobId: Scalars['String']['input'];
}>;


export type EntrataWriteStatusQuery = { __typename?: 'Query', writeStatus?: { __typename?: 'WriteStatus', vendor: Vendor, jobId: string, status: WriteStatusState, errors: Array<string>, createdRecordId?: string | null } | null };

export type DeliveryFieldsFragment = { __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null };

export type CreateLeadFanOutMutationVariables = Exact<{
  input: LeadInput;
}>;


export type CreateLeadFanOutMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type CreateTrackdriveLeadAllOptionsMutationVariables = Exact<{
  input: LeadInput;
  callbackAt?: InputMaybe<Scalars['DateTime']['input']>;
  nextActionAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CreateTrackdriveLeadAllOptionsMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type ValidateLeadFanOutMutationVariables = Exact<{
  input: LeadInput;
}>;


export type ValidateLeadFanOutMutation = { __typename?: 'Mutation', validateLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type ScheduleCallbackFanOutMutationVariables = Exact<{
  lead: LeadInput;
  at: Scalars['DateTime']['input'];
}>;


export type ScheduleCallbackFanOutMutation = { __typename?: 'Mutation', scheduleCallback: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type CancelComunik8LeadMutationVariables = Exact<{
  phone: Scalars['String']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelComunik8LeadMutation = { __typename?: 'Mutation', cancelLead: { __typename?: 'LeadMutationPayload', ok: boolean, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, message?: string | null, nativeId?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, assignedNumbers?: { __typename?: 'AssignedNumbers', dialing?: string | null, sms?: string | null } | null, lead?: { __typename?: 'Lead', id: string, phone?: string | null, email?: string | null, firstName?: string | null, lastName?: string | null } | null }> } };

export type LeadFieldsFragment = { __typename?: 'Lead', id: string, vendor: Vendor, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, score?: number | null, tags: Array<string>, createdAt?: string | null, updatedAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, label?: string | null, type: string, value?: string | null, values: Array<string> }> };

export type VendorsQueryVariables = Exact<{ [key: string]: never; }>;


export type VendorsQuery = { __typename?: 'Query', vendors: Array<{ __typename?: 'VendorInfo', id: Vendor, name: string, configured: boolean, capabilities: Array<Capability>, readableFields: Array<string>, writableFields: Array<string>, requirements: Array<{ __typename?: 'CapabilityRequirements', capability: Capability, requiredFields: Array<string>, rules: Array<{ __typename?: 'FieldRule', field: string, description: string }> }> }> };

export type CreateLeadMutationVariables = Exact<{
  input: LeadInput;
  targets?: InputMaybe<Array<Vendor> | Vendor>;
  options?: InputMaybe<CreateLeadOptions>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadMutationPayload', ok: boolean, replayed: boolean, lead?: { __typename?: 'Lead', id: string, vendor: Vendor, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, score?: number | null, tags: Array<string>, createdAt?: string | null, updatedAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, label?: string | null, type: string, value?: string | null, values: Array<string> }> } | null, deliveries: Array<{ __typename?: 'Delivery', vendor: Vendor, status: DeliveryStatus, nativeId?: string | null, message?: string | null, details?: unknown | null, fieldErrors: Array<{ __typename?: 'FieldError', field: string, message: string }>, error?: { __typename?: 'DeliveryError', code: string, message: string, vendorCode?: string | null, retryAfterSeconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string } | null }> } };

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


export type KartraLeadQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, email?: string | null, phone?: string | null, customFields: Array<{ __typename?: 'CustomField', key: string, type: string, value?: string | null, values: Array<string> }>, kartra?: { __typename?: 'KartraLeadDetails', lastName2?: string | null, website?: string | null, ip?: string | null, gdpr: { __typename?: 'KartraGdpr', status?: string | null, communications?: string | null, statusDate?: string | null } } | null, calendars: { __typename?: 'CalendarConnection', totalCount?: number | null, edges: Array<{ __typename?: 'CalendarEdge', node: { __typename?: 'Calendar', id: string, status?: string | null, className?: string | null, sessions: Array<{ __typename?: 'Event', startsAt?: string | null, endsAt?: string | null, sourceTimeZone?: string | null }> } }> } } | null };

export type KartraLeadsByEmailQueryVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type KartraLeadsByEmailQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', totalCount?: number | null, edges: Array<{ __typename?: 'LeadEdge', node: { __typename?: 'Lead', id: string, email?: string | null, firstName?: string | null, lastName?: string | null } }> } };

export type KartraCalendarQueryVariables = Exact<{
  id?: Scalars['ID']['input'];
}>;


export type KartraCalendarQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Calendar', calendarName?: string | null, className?: string | null, status?: string | null, id: string, hosts: Array<{ __typename?: 'CalendarHost', email?: string | null }>, sessions: Array<{ __typename?: 'Event', startsAt?: string | null, endsAt?: string | null }> }
    | { __typename?: 'CalendarCompletion', id: string }
    | { __typename?: 'ClientTetherAccount', id: string }
    | { __typename?: 'ClientTetherActionPlan', id: string }
    | { __typename?: 'ClientTetherLeadSource', id: string }
    | { __typename?: 'ClientTetherProposal', id: string }
    | { __typename?: 'ClientTetherSalesCycle', id: string }
    | { __typename?: 'ClientTetherUser', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Lead', id: string }
   | null };

export type CalendarCompletedSubscriptionVariables = Exact<{
  filter?: InputMaybe<CalendarCompletionFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CalendarCompletedSubscription = { __typename?: 'Subscription', calendarCompleted: { __typename?: 'CalendarCompletion', cursor: string, status: string, lead: { __typename?: 'Lead', id: string, email?: string | null }, calendar: { __typename?: 'Calendar', id: string, className?: string | null, sessions: Array<{ __typename?: 'Event', startsAt?: string | null, startsAtLocal?: string | null }> } } };

export const CtLeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CtLeadFragment, unknown>;
export const CtDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<CtDeliveryFragment, unknown>;
export const EntrataDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataDeliveryFragment, unknown>;
export const DeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<DeliveryFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadFieldsFragment, unknown>;
export const ClientTetherLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadQuery, ClientTetherLeadQueryVariables>;
export const ClientTetherLeadByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLeadByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadByExternalIdQuery, ClientTetherLeadByExternalIdQueryVariables>;
export const ClientTetherLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadsQuery, ClientTetherLeadsQueryVariables>;
export const ClientTetherLeadActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherLeadActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlanName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"finalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"jobStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"jobEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payday"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClientTetherLeadActivityQuery, ClientTetherLeadActivityQueryVariables>;
export const ClientTetherReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherLeadSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherActionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"linkName"}},{"kind":"Field","name":{"kind":"Name","value":"nextPlanId"}},{"kind":"Field","name":{"kind":"Name","value":"nextPlanName"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherSalesCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"contactType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"showCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTetherAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ClientTetherReferenceDataQuery, ClientTetherReferenceDataQueryVariables>;
export const ClientTetherActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkName"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ClientTetherActionPlanQuery, ClientTetherActionPlanQueryVariables>;
export const ClientTetherAppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherAppointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientTetherAppointmentsQuery, ClientTetherAppointmentsQueryVariables>;
export const ClientTetherPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientTetherPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTetherPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payday"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientTetherPaymentsQuery, ClientTetherPaymentsQueryVariables>;
export const ClientTetherCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadOptions"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CLIENTTETHER"}]}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateLeadMutation, ClientTetherCreateLeadMutationVariables>;
export const ClientTetherUpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateLeadMutation, ClientTetherUpdateLeadMutationVariables>;
export const ClientTetherUpdateLeadByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateLeadByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTLead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTLead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateLeadByExternalIdMutation, ClientTetherUpdateLeadByExternalIdMutationVariables>;
export const ClientTetherDeleteLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteLeadMutation, ClientTetherDeleteLeadMutationVariables>;
export const ClientTetherDeleteLeadByExternalIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteLeadByExternalId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadByExternalId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteLeadByExternalIdMutation, ClientTetherDeleteLeadByExternalIdMutationVariables>;
export const ClientTetherCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"CLIENTTETHER"}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateEventMutation, ClientTetherCreateEventMutationVariables>;
export const ClientTetherUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherEventUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateEventMutation, ClientTetherUpdateEventMutationVariables>;
export const ClientTetherDeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteEventMutation, ClientTetherDeleteEventMutationVariables>;
export const ClientTetherAddNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherAddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherAddNoteMutation, ClientTetherAddNoteMutationVariables>;
export const ClientTetherSendEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherSendEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSendEmailInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherSendEmailMutation, ClientTetherSendEmailMutationVariables>;
export const ClientTetherSendTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherSendText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSendTextInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherSendTextMutation, ClientTetherSendTextMutationVariables>;
export const ClientTetherStartImmediateCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherStartImmediateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherImmediateCallInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImmediateCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherStartImmediateCallMutation, ClientTetherStartImmediateCallMutationVariables>;
export const ClientTetherCreateLeadSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateLeadSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeadSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateLeadSourceMutation, ClientTetherCreateLeadSourceMutationVariables>;
export const ClientTetherUpdateLeadSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateLeadSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateLeadSourceMutation, ClientTetherUpdateLeadSourceMutationVariables>;
export const ClientTetherDeleteLeadSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteLeadSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLeadSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteLeadSourceMutation, ClientTetherDeleteLeadSourceMutationVariables>;
export const ClientTetherCreateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateActionPlanMutation, ClientTetherCreateActionPlanMutationVariables>;
export const ClientTetherUpdateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkName"}},{"kind":"Field","name":{"kind":"Name","value":"nextPlanName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateActionPlanMutation, ClientTetherUpdateActionPlanMutationVariables>;
export const ClientTetherCreateSalesCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateSalesCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSalesCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSalesCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateSalesCycleMutation, ClientTetherCreateSalesCycleMutationVariables>;
export const ClientTetherUpdateSalesCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateSalesCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherSalesCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSalesCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateSalesCycleMutation, ClientTetherUpdateSalesCycleMutationVariables>;
export const ClientTetherDeleteSalesCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteSalesCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSalesCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteSalesCycleMutation, ClientTetherDeleteSalesCycleMutationVariables>;
export const ClientTetherCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientTetherUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateUserMutation, ClientTetherCreateUserMutationVariables>;
export const ClientTetherUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientTetherUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateUserMutation, ClientTetherUpdateUserMutationVariables>;
export const ClientTetherDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClientTetherUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteUserMutation, ClientTetherDeleteUserMutationVariables>;
export const ClientTetherCreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherCreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherCreateTagMutation, ClientTetherCreateTagMutationVariables>;
export const ClientTetherUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTetherAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientTetherAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherUpdateAccountMutation, ClientTetherUpdateAccountMutationVariables>;
export const ClientTetherDeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTetherDeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClientTetherAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CTDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CTDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}}]} as unknown as DocumentNode<ClientTetherDeleteAccountMutation, ClientTetherDeleteAccountMutationVariables>;
export const EntrataCreateCallEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntrataCreateCallEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrataDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataCreateCallEventMutation, EntrataCreateCallEventMutationVariables>;
export const EntrataCreateEmailEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntrataCreateEmailEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddress"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"EMAIL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entrata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailDirection"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"applicantEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantEmail"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailSubject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailBody"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"emailSend"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrataDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataCreateEmailEventMutation, EntrataCreateEmailEventMutationVariables>;
export const EntrataCreateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntrataCreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"APPOINTMENT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entrata"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"applicantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicantId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"eventTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventTypeId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntrataDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntrataDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<EntrataCreateAppointmentMutation, EntrataCreateAppointmentMutationVariables>;
export const EntrataWriteStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntrataWriteStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"EnumValue","value":"ENTRATA"}},{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"createdRecordId"}}]}}]}}]} as unknown as DocumentNode<EntrataWriteStatusQuery, EntrataWriteStatusQueryVariables>;
export const CreateLeadFanOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadFanOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"},{"kind":"EnumValue","value":"TRACKDRIVE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"comunik8"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"motor-trade","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"subtype"},"value":{"kind":"StringValue","value":"valeter","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"delaySeconds"},"value":{"kind":"IntValue","value":"600"}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vehicle_make"},"value":{"kind":"StringValue","value":"Ford","block":false}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"trackdrive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignTrackdriveNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"assignSmsNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadPriority"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"loan_amount"},"value":{"kind":"StringValue","value":"501","block":false}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CreateLeadFanOutMutation, CreateLeadFanOutMutationVariables>;
export const CreateTrackdriveLeadAllOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrackdriveLeadAllOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callbackAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextActionAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TRACKDRIVE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"trackdrive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"token"},"value":{"kind":"EnumValue","value":"SCHEDULE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"contactFieldType"},"value":{"kind":"StringValue","value":"1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduleCallbackAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callbackAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"updateAllMatchingLeads"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"applyTo"},"value":{"kind":"StringValue","value":"calls","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"assignTrackdriveNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"assignSmsNumber"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadPriority"},"value":{"kind":"IntValue","value":"2"}},{"kind":"ObjectField","name":{"kind":"Name","value":"restartSchedule"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"autoFormatNestedFields"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"nextActionAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextActionAt"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"hoursToExpire"},"value":{"kind":"IntValue","value":"48"}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxContactAttempts"},"value":{"kind":"IntValue","value":"5"}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tracking_token"},"value":{"kind":"StringValue","value":"abc","block":false}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CreateTrackdriveLeadAllOptionsMutation, CreateTrackdriveLeadAllOptionsMutationVariables>;
export const ValidateLeadFanOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateLeadFanOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"},{"kind":"EnumValue","value":"TRACKDRIVE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<ValidateLeadFanOutMutation, ValidateLeadFanOutMutationVariables>;
export const ScheduleCallbackFanOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCallbackFanOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lead"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"},{"kind":"EnumValue","value":"TRACKDRIVE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<ScheduleCallbackFanOutMutation, ScheduleCallbackFanOutMutationVariables>;
export const CancelComunik8LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelComunik8Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMUNIK8"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"assignedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialing"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CancelComunik8LeadMutation, CancelComunik8LeadMutationVariables>;
export const VendorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"readableFields"}},{"kind":"Field","name":{"kind":"Name","value":"writableFields"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFields"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VendorsQuery, VendorsQueryVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadOptions"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const CalendarCompletionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarCompletions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarCompletionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarCompletions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"vendorTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimeZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarCompletionsQuery, CalendarCompletionsQueryVariables>;
export const KartraLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KartraLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"kartra:lead:1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kartra"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName2"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"gdpr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communications"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimeZone"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KartraLeadQuery, KartraLeadQueryVariables>;
export const KartraLeadsByEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KartraLeadsByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vendor"},"value":{"kind":"EnumValue","value":"KARTRA"}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KartraLeadsByEmailQuery, KartraLeadsByEmailQueryVariables>;
export const KartraCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KartraCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"kartra:calendar:123","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Calendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarName"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KartraCalendarQuery, KartraCalendarQueryVariables>;
export const CalendarCompletedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CalendarCompleted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarCompletionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarCompleted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarCompletedSubscription, CalendarCompletedSubscriptionVariables>;
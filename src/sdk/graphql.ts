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

export type CancelLeadInput = {
  /** The lead's primary phone, any format. */
  phone: Scalars['String']['input'];
  /** Vendor lead type (Comunik8); the tenant default when omitted. */
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

/** How createLead behaves. Vendor blocks are typed by each vendor (JSON until then). */
export type CreateLeadOptions = {
  /** ClientTether-only client parameters. */
  clienttether?: InputMaybe<Scalars['JSON']['input']>;
  /** Comunik8: { type, subtype, delaySeconds }. */
  comunik8?: InputMaybe<Scalars['JSON']['input']>;
  /** Look the lead up by phone/email first and report EXISTING instead of creating a duplicate (vendors that support lookups). */
  dedupe?: Scalars['Boolean']['input'];
  /** Trackdrive create_or_update parameters. */
  trackdrive?: InputMaybe<Scalars['JSON']['input']>;
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
  /** Vendor-specific results (assigned numbers, job ids, …), secrets never included. */
  details?: Maybe<Scalars['JSON']['output']>;
  error?: Maybe<DeliveryError>;
  event?: Maybe<Event>;
  fieldErrors: Array<FieldError>;
  lead?: Maybe<Lead>;
  /** The vendor's own words, e.g. Comunik8's "Another call is already scheduled". */
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
  /** The vendor's own code, e.g. CT515 or an HTTP status. */
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

/** An event for a lead. Which fields apply depends on the target vendor. */
export type EventInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Vendor-specific event fields. */
  extra?: InputMaybe<Scalars['JSON']['input']>;
  /** Global id of the lead (ClientTether). */
  leadId?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  type: EventType;
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

/** A person a vendor knows. */
export type Lead = Node & {
  __typename?: 'Lead';
  address?: Maybe<Address>;
  company?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  customFields: Array<CustomField>;
  email?: Maybe<Scalars['String']['output']>;
  /** The caller's own id for this lead, where the vendor keeps one. */
  externalId?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  middleName?: Maybe<Scalars['String']['output']>;
  /** The vendor's own id. */
  nativeId: Scalars['String']['output'];
  /** Primary phone, E.164. */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
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
  /** Which vendor to list from; default: the first configured lead reader (ClientTether first). */
  vendor?: InputMaybe<Vendor>;
};

/** A lead as partner apps send it. Phones in any format; each vendor gets its own. */
export type LeadInput = {
  address?: InputMaybe<AddressInput>;
  company?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Extra vendor fields passed through (e.g. ClientTether client parameters). */
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
  /** Withdraw a lead from diallers (Comunik8 lead/cancel). */
  cancelLead: LeadMutationPayload;
  /** Create an event (call, appointment, reminder, …) in one vendor. */
  createEvent: EventMutationPayload;
  /** Deliver one lead to every target vendor concurrently; one delivery per vendor. */
  createLead: LeadMutationPayload;
  deleteLead: LeadMutationPayload;
  /** Schedule a call back to a lead at a time or after a delay (Trackdrive callback, Comunik8 delays). */
  scheduleCallback: LeadMutationPayload;
  /** Update a lead by global id; only the fields given change. */
  updateLead: LeadMutationPayload;
  /** Check a lead against every target without creating anything (Comunik8 test mode plus LeadGraph's own rules). */
  validateLead: LeadMutationPayload;
};


export type MutationCancelLeadArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CancelLeadInput;
  targets?: InputMaybe<Array<Vendor>>;
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


export type MutationDeleteLeadArgs = {
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


export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: LeadInput;
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
  /** A lead by global id, e.g. clienttether:lead:8051632. Null when the vendor has no such lead. */
  lead?: Maybe<Lead>;
  /** Leads from one vendor, as a Relay connection. */
  leads: LeadConnection;
  /** Any object by global id `vendor:type:nativeId`. */
  node?: Maybe<Node>;
  /** Every vendor LeadGraph knows, what it can do and whether your tenant has it configured. */
  vendors: Array<VendorInfo>;
};


export type QueryLeadArgs = {
  fresh?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
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

/** A vendor LeadGraph speaks to. */
export type Vendor =
  | 'CLIENTTETHER'
  | 'COMUNIK8'
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
  /** Unified input fields this vendor accepts. */
  writableFields: Array<Scalars['String']['output']>;
};

export type LeadFieldsFragment = { __typename?: 'Lead', id: string, vendor: Vendor, nativeId: string, externalId?: string | null, firstName?: string | null, lastName?: string | null, email?: string | null, phone?: string | null, secondaryPhone?: string | null, company?: string | null, jobTitle?: string | null, source?: string | null, score?: number | null, tags: Array<string>, createdAt?: string | null, updatedAt?: string | null, address?: { __typename?: 'Address', street?: string | null, city?: string | null, state?: string | null, postalCode?: string | null, country?: string | null } | null, customFields: Array<{ __typename?: 'CustomField', key: string, label?: string | null, type: string, value?: string | null, values: Array<string> }> };

export type VendorsQueryVariables = Exact<{ [key: string]: never; }>;


export type VendorsQuery = { __typename?: 'Query', vendors: Array<{ __typename?: 'VendorInfo', id: Vendor, name: string, configured: boolean, capabilities: Array<Capability>, readableFields: Array<string>, writableFields: Array<string> }> };

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

export const LeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadFieldsFragment, unknown>;
export const VendorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"readableFields"}},{"kind":"Field","name":{"kind":"Name","value":"writableFields"}}]}}]}}]} as unknown as DocumentNode<VendorsQuery, VendorsQueryVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadOptions"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"fresh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fresh"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
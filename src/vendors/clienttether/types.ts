/**
 * Raw ClientTether wire types (clienttether-api-v2.txt). Vendor-prefixed, never seen by the
 * GraphQL types and resolvers, which get the mapped model (model/, src/model).
 * Every value is a string on the wire (ids are digit strings); records keep unknown keys
 * (expansion parameters), hence the index signatures.
 */

/** The envelope of every answer: `ResultCode`/`resultCode` (`CT_200` or `CT200`), `Message`, optional `TotalRecord` and `data`. */
export interface ClientTetherEnvelope {
  ResultCode?: string;
  resultCode?: string;
  Message?: string;
  TotalRecord?: number | string;
  data?: unknown;
  [key: string]: unknown;
}

/** Client Parameters table; anything else is an expansion parameter kept as a string. */
export interface ClientTetherClient {
  client_id: string;
  external_id?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  smsok?: string | null;
  second_phone?: string | null;
  email?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  zip?: string | null;
  compName?: string | null;
  tag?: string | null;
  job_title?: string | null;
  creation_date?: string | null;
  action_plan_id?: string | null;
  sales_cycle_id?: string | null;
  lead_source_id?: string | null;
  lead_source_name?: string | null;
  assigned_user_id?: string | null;
  contact_type?: string | null;
  [key: string]: unknown;
}

/** Client parameters as sent (create_client / update_client_*): all strings. */
export type ClientTetherClientParams = Record<string, string>;

/** read_client_exist / create_client answer rows. */
export interface ClientTetherClientRef {
  client_id: string;
  external_id?: string | null;
}

export interface ClientTetherLeadSource {
  lead_source_id: string;
  lead_source_name: string;
  lead_source_web_key?: string | null;
}

export interface ClientTetherActionStep {
  Order?: string;
  Type?: string;
  Date?: string;
  Time?: string;
  Subject?: string;
  Body?: string;
  [key: string]: unknown;
}

export interface ClientTetherActionPlan {
  action_plan_id: string;
  action_plan_name: string;
  action_plan_type?: string | null;
  action_plan_link_id?: string | null;
  action_plan_link_name?: string | null;
  action_plan_next_plan_id?: string | null;
  action_plan_next_plan_name?: string | null;
  "Action Steps"?: ClientTetherActionStep[];
  [key: string]: unknown;
}

export interface ClientTetherSalesCycle {
  sales_cycle_id: string;
  sales_cycle_name: string;
  sales_cycle_active_status?: string | null;
  sales_cycle_order?: string | null;
  sales_cycle_contact_type?: string | null;
}

export interface ClientTetherUser {
  user_id: string;
  user_type?: string | null;
  user_first_name?: string | null;
  user_last_name?: string | null;
  user_phone?: string | null;
  user_email?: string | null;
  /** The doc's read example says `user_name`; the parameter table `user_username`. */
  user_name?: string | null;
  user_username?: string | null;
  user_show_calendar?: string | null;
}

export interface ClientTetherTag {
  tag_id?: string | null;
  tag_value: string;
}

export interface ClientTetherAccount {
  account_id: string;
  account_type?: string | null;
  account_first_name?: string | null;
  account_last_name?: string | null;
  account_owner_name?: string | null;
  account_company_name?: string | null;
  account_name?: string | null;
  account_email?: string | null;
  account_phone?: string | null;
  account_office_phone?: string | null;
  account_web_key?: string | null;
  [key: string]: unknown;
}

export interface ClientTetherEvent {
  event_id: string;
  client_id?: string | null;
  event_type?: string | null;
  event_date?: string | null;
  event_time?: string | null;
  event_end_date?: string | null;
  event_end_time?: string | null;
  event_note?: string | null;
  user_id?: string | null;
  event_manual_action_plan_id?: string | null;
  [key: string]: unknown;
}

export interface ClientTetherHistoryNote {
  note_id?: string | null;
  client_id?: string | null;
  note_type?: string | null;
  note_body?: string | null;
  note_date?: string | null;
  note_time?: string | null;
  [key: string]: unknown;
}

export interface ClientTetherPendingAction {
  action_id?: string | null;
  client_id?: string | null;
  action_plan_id?: string | null;
  action_plan_name?: string | null;
  action_type?: string | null;
  action_date?: string | null;
  action_time?: string | null;
  action_subject?: string | null;
  [key: string]: unknown;
}

export interface ClientTetherLineItem {
  Description?: string;
  "Line Price"?: string;
  Notes?: string;
  [key: string]: unknown;
}

export interface ClientTetherProposal {
  proposal_id: string;
  client_id?: string | null;
  proposal_type?: string | null;
  proposal_num?: string | null;
  estimator?: string | null;
  production_manager?: string | null;
  proposal_notes?: string | null;
  work_notes?: string | null;
  final_price?: string | null;
  discount?: string | null;
  job_start_date?: string | null;
  job_end_date?: string | null;
  line_item_detail?: ClientTetherLineItem[] | null;
  [key: string]: unknown;
}

export interface ClientTetherPayment {
  proposal_id?: string | null;
  proposal_number?: string | null;
  client_id?: string | null;
  payday?: string | null;
  amount?: string | null;
  type?: string | null;
  status?: string | null;
  created_date?: string | null;
  [key: string]: unknown;
}

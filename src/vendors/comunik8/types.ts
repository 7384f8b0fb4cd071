/**
 * Raw Comunik8 wire types (comunik8-leads-api.txt). Never imported by resolvers; only
 * client.ts, errors.ts, simulator.ts and mapper.ts see these.
 */

/** POST /lead/add body ("FIELDS" table). */
export interface Comunik8AddLeadBody {
  email: string;
  first_name: string;
  surname: string;
  /** National format for the tenant's country, as the doc's example `07840258823`. */
  mobile: string;
  type: string;
  subtype?: string;
  other_phone?: string;
  /** "valid JSON string": a JSON object serialised into a string, not a nested object. */
  data?: string;
  /** "postpone call by number of seconds". */
  delays?: number;
  /** "used only for testing whether data provided is valid, does not save lead". */
  test?: true;
}

/** POST /lead/cancel body ("Removing Leads": type + mobile, no test field). */
export interface Comunik8CancelLeadBody {
  type: string;
  mobile: string;
}

/** 400 on either call: `{field: {"0": message}}` ("json message containing failing validations"). */
export type Comunik8ValidationErrors = Record<string, Record<string, string> | string[] | string>;

/** The `error` strings of lead/add's documented fail states. */
export const Comunik8AddError = {
  EXISTING_CONTACT: "Existing Contact",
  ALREADY_SCHEDULED: "Another call is already scheduled",
  UNKNOWN_TYPE: "Unknown Type",
} as const;

/** The `warning` strings of lead/cancel's documented fail states. */
export const Comunik8CancelWarning = {
  CALL_GROUP: "server error (call group)",
  NOT_FOUND: "not found",
  ALREADY_PROCESSED: "already processed",
  SAVE: "server error (save)",
} as const;

/** The doc's message for the malformed-`data` fail state. */
export const COMUNIK8_DATA_ERROR = "Empty or invalid content of `data` field";

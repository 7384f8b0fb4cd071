import { BadInputError, badInput } from "../../../lib/errors.js";
import { missingRequired, type CapabilityRequirements, type FieldRule } from "../../../model/requirements.js";
import type { LeadInput } from "../../../model/lead.js";
import type { ClientTetherLeadOptions, CustomParameterInput } from "../model/inputs.js";
import type { ClientTetherClientParams } from "../types.js";
import { clientParam, stripHtml } from "./field-rules.js";
import type { MapOptions } from "./values.js";

/**
 * The tags travel joined in one `tag` parameter, so the input limits (which see each tag alone)
 * do not bound it: held to the same bound as any one input string.
 */
const MAX_TAG_LIST = 10_000;

export interface FromLeadOptions extends MapOptions {
  mode: "create" | "update";
  /** `options.clienttether` on createLead: more client parameters. */
  vendorOptions?: ClientTetherLeadOptions | null;
  vendorOptionsPath?: string;
  /** Filled with wire key → unified field path, so a vendor validation answer can name the field the caller sent. */
  origins?: Record<string, string>;
}

/** `ClientTetherLeadOptions` field → client parameter (fields not listed are taken as parameter names). */
const OPTION_KEYS: Record<string, string> = {
  smsOk: "smsok",
  dealSize: "deal_size",
  dealClosed: "deal_closed",
  highNetWorth: "high_net_worth",
  homeOwnerStatus: "home_owner_status",
  householdIncome: "household_income",
  lengthOfResidence: "length_of_residence",
  marketValue: "market_value",
  maritalStatus: "material_status",
  presenceOfChildren: "presence_of_children",
  presenceOfPets: "presence_of_pets",
  creationDate: "creation_date",
  anniversary1: "anniversary_1",
  anniversary2: "anniversary_2",
  actionPlanId: "action_plan_id",
  salesCycleId: "sales_cycle_id",
  leadSourceId: "lead_source_id",
  assignedUserId: "assigned_user_id",
  clientCategory: "client_category",
  clientsDateLast: "clients_date_last",
  clientsDateNext: "clients_date_next",
  newLeadNotification: "new_lead_notification",
  contactType: "contact_type",
};

/** The doc's client parameter rules as they apply to LeadInput fields (create and update alike); field-rules.ts applies them. */
const LEAD_RULES: FieldRule[] = [
  { field: "input.email", description: "A well formatted email address.", violation: { input: { email: "ada@localhost" } } },
  {
    field: "input.phone",
    description: "A US or Canadian number (10 digits are sent).",
    violation: { input: { phone: "+44 20 7946 0958" } },
  },
  {
    field: "input.secondaryPhone",
    description: "When given, a US or Canadian number (10 digits are sent).",
    violation: { input: { secondaryPhone: "+44 20 7946 0958" } },
  },
  {
    field: "input.address.state",
    description: "A US state or Canadian province, as its 2-letter code or its name.",
    violation: { input: { address: { state: "Narnia" } } },
  },
  {
    field: "input.address.postalCode",
    description: "A zip ClientTether accepts: 12345, 12345-6789, 12345-6789-01 or A1A 1A1.",
    violation: { input: { address: { postalCode: "1234" } } },
  },
  {
    field: "input.address.country",
    description: "US or CA: ClientTether takes US and Canadian addresses only.",
    violation: { input: { address: { country: "FR" } } },
  },
  {
    field: "input.tags",
    description: "No tag may contain a comma (tags are sent comma-separated).",
    violation: { input: { tags: ["a,b"] } },
  },
  {
    field: "input.tags",
    description: `Together, comma-separated, the tags are at most ${MAX_TAG_LIST} characters (one \`tag\` parameter).`,
    violation: { input: { tags: ["x".repeat(MAX_TAG_LIST / 2), "y".repeat(MAX_TAG_LIST / 2)] } },
  },
  {
    field: "input.customFields",
    description: "Keys are parameter names (a letter, then letters, digits or _); a custom parameter keeps at most 100 characters.",
    violation: { input: { customFields: [{ key: "favourite_colour", value: "x".repeat(101) }] } },
  },
  {
    field: "input.source",
    description: "The name of one of the account's lead sources (clientTetherLeadSources).",
    violation: { input: { source: "No Such Source" } },
  },
];

/** createLead / validateLead: "create_client … Requires firstName, lastName". fromLeadInput checks `requiredFields` from here. */
export const CREATE_REQUIREMENTS: CapabilityRequirements = { requiredFields: ["input.firstName", "input.lastName"], rules: LEAD_RULES };
/** updateLead: only the fields given change, so nothing is required. */
export const UPDATE_REQUIREMENTS: CapabilityRequirements = { requiredFields: [], rules: LEAD_RULES };

/**
 * A unified LeadInput → ClientTether client parameters. Throws BAD_USER_INPUT naming the unified
 * field on the first rule broken. On create, firstName and lastName are required ("Requires
 * firstName, lastName").
 */
export function fromLeadInput(input: LeadInput, o: FromLeadOptions): ClientTetherClientParams {
  const out: ClientTetherClientParams = {};
  const put = (key: string, value: unknown, field: string) => {
    if (value === undefined) return;
    const [k, v] = clientParam(key, value, field, o);
    out[k] = v;
    if (o.origins) o.origins[k] = field;
  };
  if (o.mode === "create") {
    const missing = missingRequired(CREATE_REQUIREMENTS, { input }, () => "is required by ClientTether create_client");
    if (missing.length) throw new BadInputError(missing);
  }
  put("firstName", input.firstName?.trim(), "input.firstName");
  put("lastName", input.lastName?.trim(), "input.lastName");
  put("email", input.email ?? undefined, "input.email");
  if (input.phone) put("phone", input.phone, "input.phone");
  if (input.secondaryPhone) put("second_phone", input.secondaryPhone, "input.secondaryPhone");
  put("compName", input.company ?? undefined, "input.company");
  put("job_title", input.jobTitle ?? undefined, "input.jobTitle");
  put("external_id", input.externalId ?? undefined, "input.externalId");
  if (input.address) {
    const a = input.address;
    put("address", a.street ?? undefined, "input.address.street");
    put("city", a.city ?? undefined, "input.address.city");
    if (a.state) put("state", a.state, "input.address.state");
    if (a.postalCode) put("zip", a.postalCode, "input.address.postalCode");
    if (a.country && !["US", "USA", "CA", "CAN"].includes(a.country.trim().toUpperCase())) {
      throw badInput("input.address.country", "ClientTether takes US and Canadian addresses only");
    }
  }
  if (input.tags) {
    for (const [i, t] of input.tags.entries()) {
      if (t.includes(",")) throw badInput(`input.tags.${i}`, "a tag cannot contain a comma (ClientTether sends tags comma-separated)");
    }
    out.tag = input.tags.map((t) => stripHtml(t)).filter(Boolean).join(",");
    if (out.tag.length > MAX_TAG_LIST) {
      throw badInput("input.tags", `together are ${out.tag.length} characters sent as one tag parameter; at most ${MAX_TAG_LIST}`);
    }
    if (o.origins) o.origins.tag = "input.tags";
  }
  for (const [i, cf] of (input.customFields ?? []).entries()) put(cf.key, cf.value ?? null, `input.customFields.${i}.value`);
  for (const [k, v] of Object.entries(input.extra ?? {})) put(k, v, `input.extra.${k}`);
  const prefix = o.vendorOptionsPath ?? "options.clienttether";
  for (const [k, v] of Object.entries(o.vendorOptions ?? {})) {
    if (v === undefined || v === null) continue;
    if (k === "custom" && Array.isArray(v)) {
      for (const [i, cf] of (v as CustomParameterInput[]).entries()) put(cf.key, cf.value ?? null, `${prefix}.custom.${i}.value`);
      continue;
    }
    put(OPTION_KEYS[k] ?? k, v, `${prefix}.${k}`);
  }
  return out;
}

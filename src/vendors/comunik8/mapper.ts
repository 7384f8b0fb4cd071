import { BadInputError, badInput, type FieldProblem } from "../../lib/errors.js";
import { missingRequired, type CapabilityRequirements, type FieldRule } from "../../model/requirements.js";
import { getCountryCallingCode, type CountryCode } from "libphonenumber-js";
import { e164OrNull, parsePhone } from "../../lib/phone.js";
import { toGlobalId } from "../../model/ids.js";
import { delivery, DeliveryStatus, type Delivery, type DeliveryError } from "../../model/delivery.js";
import type { CancelLeadInput, CustomField, Lead, LeadInput } from "../../model/lead.js";
import type { Comunik8LeadOptions } from "./graphql.js";
import { VENDOR, type Comunik8Config } from "./config.js";
import type { Comunik8AddOutcome, Comunik8CancelOutcome, Comunik8Failure, Comunik8FieldProblem } from "./errors.js";
import type { Comunik8AddLeadBody, Comunik8CancelLeadBody } from "./types.js";

/**
 * Pure, total mapping unified ⇄ Comunik8. `root` is the argument the lead came in
 * (`input` for createLead, `lead` for scheduleCallback) so field paths name what the caller sent.
 */
export interface Comunik8MapContext {
  config: Comunik8Config;
  /** Tenant default country for national phone numbers. */
  country: string;
  root: string;
}

/** Lead fields with no Comunik8 column: they travel inside `data` under these keys. */
const DATA_KEYS = {
  company: "company",
  jobTitle: "job_title",
  street: "street",
  city: "city",
  state: "state",
  postalCode: "postal_code",
  country: "country",
  source: "source",
  externalId: "external_id",
  tags: "tags",
} as const;

const blank = (s: string | null | undefined): boolean => s == null || s.trim() === "";

/**
 * National digits for the tenant's country, as the doc's UK example `07840258823`. A number
 * from another country has no national form the dialler could call (its country code would be
 * lost), so it is refused before sending rather than silently turned into a wrong number.
 */
export function toComunik8Phone(raw: string, field: string, country: string): string {
  const phone = parsePhone(raw, field, country);
  if (phone.countryCallingCode !== getCountryCallingCode(country as CountryCode)) {
    throw badInput(
      field,
      `Comunik8 dials national numbers of the tenant's country (${country}); "${raw}" is a +${phone.countryCallingCode} number`,
    );
  }
  return phone.formatNational().replace(/[^\d]/g, "");
}

/** Type from the call, else the tenant default; checked against the tenant's list when it has one. */
export function resolveLeadType(
  config: Comunik8Config,
  type: string | null | undefined,
  subtype: string | null | undefined,
  typeField: string,
): { type: string; subtype: string | null } {
  const chosen = blank(type) ? config.defaultType : type!.trim();
  if (!chosen) throw badInput(typeField, "Comunik8 needs a lead type: give one or set comunik8.defaultType for the tenant");
  // "a valid type name" (FIELDS table): catch an unknown type here when the tenant lists its types.
  if (config.leadTypes && !config.leadTypes.includes(chosen)) {
    throw badInput(typeField, `"${chosen}" is not one of this tenant's Comunik8 lead types (${config.leadTypes.join(", ")})`);
  }
  const sub = blank(subtype) ? (config.defaultSubtype ?? null) : subtype!.trim();
  return { type: chosen, subtype: sub };
}

/** Our extra lead fields + custom fields + caller `data`, or null when there is nothing to send. */
export function toCustomData(input: LeadInput, extra?: Record<string, unknown> | null): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const put = (k: string, v: unknown) => {
    if (v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  };
  put(DATA_KEYS.company, input.company);
  put(DATA_KEYS.jobTitle, input.jobTitle);
  put(DATA_KEYS.street, input.address?.street);
  put(DATA_KEYS.city, input.address?.city);
  put(DATA_KEYS.state, input.address?.state);
  put(DATA_KEYS.postalCode, input.address?.postalCode);
  put(DATA_KEYS.country, input.address?.country);
  put(DATA_KEYS.source, input.source);
  put(DATA_KEYS.externalId, input.externalId);
  put(DATA_KEYS.tags, input.tags ?? undefined);
  for (const cf of input.customFields ?? []) put(cf.key, cf.value);
  for (const [k, v] of Object.entries(input.extra ?? {})) put(k, v);
  for (const [k, v] of Object.entries(extra ?? {})) put(k, v);
  return Object.keys(out).length ? out : null;
}

/** "required: yes" in the FIELDS table, as LeadInput fields, with the doc's word for each. */
const REQUIRED_LEAD_FIELDS: Record<string, string> = {
  email: "an email address",
  firstName: "a first name",
  lastName: "a surname",
  phone: "a mobile number",
};
const requiredLabel = (path: string) => REQUIRED_LEAD_FIELDS[path.slice(path.indexOf(".") + 1)] ?? path;

const FOREIGN_MOBILE = "+44 7911 123456";

/**
 * What lead/add needs (createLead, validateLead with `root` "input"; scheduleCallback with
 * "lead"): fromLead checks `requiredFields` from here, and each rule below is one fromLead applies.
 */
export function leadRequirements(root: string): CapabilityRequirements {
  const rules: FieldRule[] = [
    {
      field: `${root}.phone`,
      description: "A number of the tenant's country (defaultCountry): Comunik8 dials national numbers, sent as national digits.",
      violation: { [root]: { phone: FOREIGN_MOBILE } },
    },
    {
      field: `${root}.secondaryPhone`,
      description: "When given, a number of the tenant's country, like phone.",
      violation: { [root]: { secondaryPhone: FOREIGN_MOBILE } },
    },
    {
      field: "options.comunik8.type",
      description: "A lead type: the tenant's comunik8.defaultType when omitted; one of comunik8.leadTypes when the tenant lists them.",
      violation: { options: { comunik8: { type: "no-such-type" } } },
    },
  ];
  if (root === "input") {
    rules.push({
      field: "options.comunik8.delaySeconds",
      description: "Whole seconds, 0 or more.",
      violation: { options: { comunik8: { delaySeconds: -1 } } },
    });
  }
  return { requiredFields: Object.keys(REQUIRED_LEAD_FIELDS).map((f) => `${root}.${f}`), rules };
}

/** What lead/cancel needs: the mobile (non-null in CancelLeadInput) and a lead type. */
export const CANCEL_REQUIREMENTS: CapabilityRequirements = {
  requiredFields: ["input.phone"],
  rules: [
    {
      field: "input.phone",
      description: "A number of the tenant's country (defaultCountry), as for lead/add.",
      violation: { input: { phone: FOREIGN_MOBILE } },
    },
    {
      field: "input.type",
      description: "The tenant's comunik8.defaultType when omitted; one of comunik8.leadTypes when the tenant lists them.",
      violation: { input: { type: "no-such-type" } },
    },
  ],
};

/**
 * LeadInput → lead/add body. Throws BAD_USER_INPUT naming the unified field for anything
 * Comunik8 would refuse: every field marked "required: yes" in the FIELDS table.
 */
export function fromLead(
  input: LeadInput,
  options: Comunik8LeadOptions | null | undefined,
  ctx: Comunik8MapContext,
  extra: { test?: boolean; delaySeconds?: number | null } = {},
): Comunik8AddLeadBody {
  const problems = missingRequired(leadRequirements(ctx.root), { [ctx.root]: input }, (f) => `Comunik8 requires ${requiredLabel(f)}`);
  if (problems.length) throw new BadInputError(problems);
  const { type, subtype } = resolveLeadType(ctx.config, options?.type, options?.subtype, "options.comunik8.type");
  const delays = extra.delaySeconds ?? options?.delaySeconds ?? null;
  if (delays != null && (!Number.isInteger(delays) || delays < 0))
    throw badInput("options.comunik8.delaySeconds", "must be a whole number of seconds, 0 or more");
  const body: Comunik8AddLeadBody = {
    email: input.email!.trim(),
    first_name: input.firstName!.trim(),
    surname: input.lastName!.trim(),
    // "mobile: primary phone number" — national format like the doc's UK example 07840258823
    mobile: toComunik8Phone(input.phone!, `${ctx.root}.phone`, ctx.country),
    type,
  };
  if (subtype) body.subtype = subtype;
  if (!blank(input.secondaryPhone)) body.other_phone = toComunik8Phone(input.secondaryPhone!, `${ctx.root}.secondaryPhone`, ctx.country);
  const data = toCustomData(input, options?.data);
  // "data: valid JSON string" — a string holding JSON, never a nested object; omitted when empty
  // because an empty `data` is itself a fail state ("Empty or invalid content of `data` field").
  if (data) body.data = JSON.stringify(data);
  if (delays != null && delays > 0) body.delays = delays;
  // "test: used only for testing whether data provided is valid, does not save lead"; sent as boolean true.
  if (extra.test) body.test = true;
  return body;
}

export function fromCancel(input: CancelLeadInput, ctx: Comunik8MapContext): Comunik8CancelLeadBody {
  const { type } = resolveLeadType(ctx.config, input.type, null, `${ctx.root}.type`);
  return { type, mobile: toComunik8Phone(input.phone, `${ctx.root}.phone`, ctx.country) };
}

/** Comunik8 field name → unified field path. */
export function toUnifiedField(field: string, root: string, op: "add" | "cancel" = "add"): string {
  switch (field) {
    case "email":
      return `${root}.email`;
    case "first_name":
      return `${root}.firstName`;
    case "surname":
      return `${root}.lastName`;
    case "mobile":
      return `${root}.phone`;
    case "other_phone":
      return `${root}.secondaryPhone`;
    case "data":
      return `${root}.customFields`;
    case "type":
      // lead/add takes the type from options.comunik8; lead/cancel from CancelLeadInput.type
      return op === "add" ? "options.comunik8.type" : `${root}.type`;
    case "subtype":
      return "options.comunik8.subtype";
    case "delays":
      return "options.comunik8.delaySeconds";
    case "test":
      return "options.validateOnly";
    default:
      return `${root}.extra.${field}`;
  }
}

export function toFieldErrors(problems: Comunik8FieldProblem[], root: string, op: "add" | "cancel" = "add"): FieldProblem[] {
  return problems.map((p) => ({ field: toUnifiedField(p.field, root, op), message: p.message }));
}

export function deliveryError(
  code: string,
  message: string,
  vendorCode: string | null,
  retryAfterSeconds: number | null = null,
): DeliveryError {
  return { code, message, vendorCode, retryAfterSeconds, circuitOpen: null };
}

/** Comunik8 keeps no lead id: a lead is its (type, mobile) pair, which is also what lead/cancel takes. */
export function nativeIdOf(body: { type: string; mobile: string }): string {
  return `${body.type}:${body.mobile}`;
}

/** The lead as Comunik8 now holds it (what we sent; Comunik8 returns no record). */
export function toLead(body: Comunik8AddLeadBody, country: string): Lead {
  let data: Record<string, unknown> = {};
  try {
    const parsed = body.data ? (JSON.parse(body.data) as unknown) : {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  const str = (k: string): string | null => (typeof data[k] === "string" || typeof data[k] === "number" ? String(data[k]) : null);
  const known = new Set<string>(Object.values(DATA_KEYS));
  const customFields: CustomField[] = Object.entries(data)
    .filter(([k]) => !known.has(k))
    .map(([key, v]) => {
      const value = v == null ? null : typeof v === "string" ? v : JSON.stringify(v);
      return { key, label: null, type: "text", value, values: value == null ? [] : [value], raw: v };
    });
  const address = [DATA_KEYS.street, DATA_KEYS.city, DATA_KEYS.state, DATA_KEYS.postalCode, DATA_KEYS.country].some((k) => str(k) != null)
    ? {
        street: str(DATA_KEYS.street),
        city: str(DATA_KEYS.city),
        state: str(DATA_KEYS.state),
        postalCode: str(DATA_KEYS.postalCode),
        country: str(DATA_KEYS.country),
      }
    : null;
  const nativeId = nativeIdOf(body);
  const { test: _test, ...record } = body;
  return Object.freeze({
    id: toGlobalId("comunik8", "lead", nativeId),
    vendor: VENDOR,
    nativeId,
    externalId: str(DATA_KEYS.externalId),
    firstName: body.first_name || null,
    middleName: null,
    lastName: body.surname || null,
    email: body.email || null,
    phone: e164OrNull(body.mobile, country),
    secondaryPhone: e164OrNull(body.other_phone, country),
    company: str(DATA_KEYS.company),
    jobTitle: str(DATA_KEYS.jobTitle),
    address,
    source: str(DATA_KEYS.source),
    score: null,
    tags: Array.isArray(data[DATA_KEYS.tags]) ? (data[DATA_KEYS.tags] as unknown[]).map(String) : [],
    customFields,
    createdAt: null,
    updatedAt: null,
    raw: record,
  });
}

function failed(f: Comunik8Failure): Delivery {
  return delivery(VENDOR, DeliveryStatus.FAILED, { error: deliveryError(f.code, f.message, f.vendorCode, f.retryAfterSeconds ?? null) });
}

/**
 * lead/add outcome → Delivery. `scheduled`: the call came from scheduleCallback, so a lead
 * saved with `delays` is reported SCHEDULED rather than CREATED.
 */
export function toAddDelivery(
  outcome: Comunik8AddOutcome,
  sent: Comunik8AddLeadBody,
  ctx: { country: string; root: string; scheduled?: boolean; retry?: boolean },
): Delivery {
  const nativeId = nativeIdOf(sent);
  const details = { type: sent.type, subtype: sent.subtype ?? null, mobile: sent.mobile, delaySeconds: sent.delays ?? 0 };
  switch (outcome.kind) {
    case "created":
      // `{ "saved": true, "processed": true }`: "the data has been saved and also … accepted as a new lead"
      return delivery(VENDOR, ctx.scheduled ? DeliveryStatus.SCHEDULED : DeliveryStatus.CREATED, {
        nativeId,
        lead: toLead(sent, ctx.country),
        details: { ...details, saved: true, processed: true },
      });
    case "validated":
      // `{ "test": "ok" }`: "your data format is correct"; nothing was saved
      return delivery(VENDOR, DeliveryStatus.VALIDATED, { details: { ...details, test: "ok" } });
    case "existing":
      return delivery(VENDOR, DeliveryStatus.EXISTING, {
        message: outcome.message,
        nativeId,
        details: { ...details, saved: true, processed: false },
      });
    case "scheduled":
      // On a retry (DELIVERY.md) "Another call is already scheduled" is the call our earlier
      // attempt queued, whose answer was lost: the lead is there, nothing new was made.
      if (ctx.retry) {
        return delivery(VENDOR, DeliveryStatus.EXISTING, {
          message: outcome.message,
          nativeId,
          details: { ...details, saved: true, processed: false, retry: true },
        });
      }
      return delivery(VENDOR, DeliveryStatus.SCHEDULED, {
        message: outcome.message,
        nativeId,
        details: { ...details, saved: true, processed: false },
      });
    case "unknown_type":
      return delivery(VENDOR, DeliveryStatus.REJECTED, {
        message: outcome.message,
        fieldErrors: [{ field: "options.comunik8.type", message: `Comunik8 does not know lead type "${sent.type}"` }],
        error: deliveryError("BAD_USER_INPUT", `Comunik8 refused lead type "${sent.type}"`, outcome.message),
        details: { ...details, saved: true, processed: false },
      });
    case "invalid": {
      const fieldErrors = toFieldErrors(outcome.problems, ctx.root);
      return delivery(VENDOR, DeliveryStatus.REJECTED, {
        message: outcome.problems.map((p) => p.message).join(" ") || null,
        fieldErrors,
        error: deliveryError("BAD_USER_INPUT", `Comunik8 refused ${fieldErrors.map((f) => f.field).join(", ") || "the lead"}`, "HTTP_400"),
      });
    }
    case "failed":
      return failed(outcome);
  }
}

/** lead/cancel outcome → Delivery. */
export function toCancelDelivery(
  outcome: Comunik8CancelOutcome,
  sent: Comunik8CancelLeadBody,
  root: string,
  opts: { retry?: boolean } = {},
): Delivery {
  const nativeId = nativeIdOf(sent);
  const details = { type: sent.type, mobile: sent.mobile };
  switch (outcome.kind) {
    case "cancelled":
      return delivery(VENDOR, DeliveryStatus.CANCELLED, { nativeId, details: { ...details, cancelled: true } });
    case "not_found":
      // A cancelled lead is removed from the dialler, so the doc's answer to cancelling it again is
      // "Lead is not found". On a retry that is our earlier cancel having landed: nothing waits to be dialled.
      if (opts.retry) {
        return delivery(VENDOR, DeliveryStatus.CANCELLED, {
          message: outcome.message,
          nativeId,
          details: { ...details, cancelled: false, retry: true },
        });
      }
      return delivery(VENDOR, DeliveryStatus.FAILED, {
        message: outcome.message,
        nativeId,
        error: deliveryError("NOT_FOUND", "Comunik8 has no lead with this mobile and type", outcome.message),
        details: { ...details, cancelled: false },
      });
    case "already_processed":
      // "Lead has already been dialed": too late to withdraw it
      return delivery(VENDOR, DeliveryStatus.FAILED, {
        message: outcome.message,
        nativeId,
        error: deliveryError("CONFLICT", "Comunik8 has already dialled this lead; it can no longer be cancelled", outcome.message),
        details: { ...details, cancelled: false },
      });
    case "unknown_call_group":
      // "Type doesn't exist" is reported as "server error (call group)"
      return delivery(VENDOR, DeliveryStatus.REJECTED, {
        message: outcome.message,
        fieldErrors: [{ field: `${root}.type`, message: `Comunik8 does not know lead type "${sent.type}"` }],
        error: deliveryError("BAD_USER_INPUT", `Comunik8 refused lead type "${sent.type}"`, outcome.message),
        details: { ...details, cancelled: false },
      });
    case "save_error":
      return delivery(VENDOR, DeliveryStatus.FAILED, {
        message: outcome.message,
        error: deliveryError("UPSTREAM_ERROR", "Comunik8 could not save the cancellation", outcome.message),
        details: { ...details, cancelled: false },
      });
    case "invalid": {
      const fieldErrors = toFieldErrors(outcome.problems, root, "cancel");
      return delivery(VENDOR, DeliveryStatus.REJECTED, {
        message: outcome.problems.map((p) => p.message).join(" ") || null,
        fieldErrors,
        error: deliveryError(
          "BAD_USER_INPUT",
          `Comunik8 refused ${fieldErrors.map((f) => f.field).join(", ") || "the cancellation"}`,
          "HTTP_400",
        ),
      });
    }
    case "failed":
      return failed(outcome);
  }
}

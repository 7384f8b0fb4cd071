import { badInput } from "../../../lib/errors.js";
import { toNanp10 } from "../../../lib/phone.js";
import { toCtDate } from "./datetime.js";
import type { MapOptions } from "./values.js";

/**
 * The doc's rules for client parameters, checked before anything is sent: each failure is
 * BAD_USER_INPUT naming the unified field, rather than a validation answer from ClientTether.
 */

/** Client Parameters table: "All parameters mentioned in Client Parameter Table as reserved parameter names." */
export const RESERVED_CLIENT_KEYS = new Set([
  "client_id", "firstName", "lastName", "phone", "smsok", "second_phone", "email", "address", "city", "state", "zip",
  "compName", "tag", "job_title", "external_id", "deal_size", "deal_closed", "age", "education", "gender",
  "high_net_worth", "home_owner_status", "household_income", "length_of_residence", "market_value", "material_status",
  "occupation", "presence_of_children", "creation_date", "presence_of_pets", "anniversary_1", "anniversary_2",
  "facebook", "linkedin", "twitter", "action_plan_id", "sales_cycle_id", "lead_source_id", "client_category",
  "whiteboard", "clients_date_last", "clients_date_next", "new_lead_notification", "contact_type", "assigned_user_id",
]);

/** Enumerations as the doc lists them (`[M, F]`, `[Own, Rent]`, …). */
const CLIENT_ENUMS: Record<string, readonly string[]> = {
  smsok: ["1", "0"],
  deal_closed: ["1", "0"],
  gender: ["M", "F"],
  home_owner_status: ["Own", "Rent"],
  // the doc spells marital status "material_status"; "marital_status" is accepted as an alias
  material_status: ["Single", "Married", "Divorced"],
  presence_of_children: ["1", "0"],
  presence_of_pets: ["1", "0"],
  // "0= No Notifications (default) 1= Software Notification 2= All Three Notifications"
  new_lead_notification: ["0", "1", "2"],
  // "DB values [1, 2, 3, 4, 5]" = Client, Employee, Partner, Vendor, Other
  contact_type: ["1", "2", "3", "4", "5"],
};
const CONTACT_TYPE_NAMES = ["Client", "Employee", "Partner", "Vendor", "Other"];

const WHOLE_NUMBERS = new Set(["deal_size", "age", "high_net_worth", "household_income", "length_of_residence", "market_value"]);
const DATES = new Set(["creation_date", "anniversary_1", "anniversary_2", "clients_date_last", "clients_date_next"]);
const ID_KEYS = new Set(["action_plan_id", "sales_cycle_id", "lead_source_id", "assigned_user_id", "client_id"]);

/** "US states and CA Province — 2 letter abbreviation only". */
const US_STATES = (
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND " +
  "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP"
).split(" ");
export const CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" ");
const STATES = new Set([...US_STATES, ...CA_PROVINCES]);

/** "5 Digit Zip, 5-4 Digit Zip, 5-4-2 Digit Zip, A1A 1A1". */
const ZIP_FORMS = [/^\d{5}$/, /^\d{5}-\d{4}$/, /^\d{5}-\d{4}-\d{2}$/, /^[A-Za-z]\d[A-Za-z] \d[A-Za-z]\d$/];

function checkState(raw: string, field: string): string {
  const s = raw.trim().toUpperCase();
  if (!STATES.has(s)) throw badInput(field, `"${raw}" is not a 2-letter US state or Canadian province code`);
  return s;
}

export function checkZip(raw: string, field: string): string {
  const z = raw.trim();
  if (!ZIP_FORMS.some((re) => re.test(z))) {
    throw badInput(field, `"${raw}" is not a zip ClientTether accepts: 12345, 12345-6789, 12345-6789-01 or A1A 1A1`);
  }
  return /[A-Za-z]/.test(z) ? z.toUpperCase() : z;
}

/**
 * Expansion parameters: "any non-reserved parameter name and its value as a simple String
 * (striping all HTML)", "Limit of 100 characters".
 */
function expansionValue(raw: unknown, field: string): string {
  const s = stripHtml(String(raw ?? ""));
  if (s.length > 100) throw badInput(field, `is ${s.length} characters; ClientTether keeps at most 100 for a custom parameter`);
  return s;
}

export function stripHtml(s: string): string {
  return s.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();
}

function enumValue(key: string, raw: unknown, field: string): string {
  let s = typeof raw === "boolean" ? (raw ? "1" : "0") : String(raw).trim();
  if (key === "contact_type") {
    const byName = CONTACT_TYPE_NAMES.findIndex((n) => n.toLowerCase() === s.toLowerCase());
    if (byName >= 0) s = String(byName + 1);
  }
  const allowed = CLIENT_ENUMS[key]!;
  const hit = allowed.find((a) => a.toLowerCase() === s.toLowerCase());
  if (!hit) throw badInput(field, `"${String(raw)}" is not one of ${allowed.join(", ")}`);
  return hit;
}

/** One client parameter, checked against its rule and turned into its wire string. */
export function clientParam(key: string, raw: unknown, field: string, mo: MapOptions): [string, string] {
  if (key === "marital_status") key = "material_status";
  if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(key)) throw badInput(field, `"${key}" is not a usable ClientTether parameter name`);
  if (raw === null || raw === undefined) return [key, ""];
  if (typeof raw === "object") throw badInput(field, "must be a string or number");
  if (key === "phone" || key === "second_phone") return [key, toNanp10(String(raw), field, mo.defaultCountry)];
  if (key === "state") return [key, checkState(String(raw), field)];
  if (key === "zip") return [key, checkZip(String(raw), field)];
  if (key in CLIENT_ENUMS) return [key, enumValue(key, raw, field)];
  if (DATES.has(key)) return [key, toCtDate(String(raw), field)];
  if (WHOLE_NUMBERS.has(key)) {
    const s = String(raw).trim();
    if (!/^\d+$/.test(s)) throw badInput(field, `"${String(raw)}" is not a whole number`);
    return [key, s];
  }
  if (ID_KEYS.has(key)) {
    const s = String(raw).trim();
    if (!/^\d+$/.test(s)) throw badInput(field, `"${String(raw)}" is not a ClientTether id (digits)`);
    return [key, s];
  }
  if (key === "email") {
    const s = String(raw).trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) throw badInput(field, `"${s}" is not a well formatted email`);
    return [key, s];
  }
  if (RESERVED_CLIENT_KEYS.has(key)) return [key, stripHtml(String(raw))];
  return [key, expansionValue(raw, field)];
}

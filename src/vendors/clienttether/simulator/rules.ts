import { invalid, missing, Reject, type Params } from "./protocol.js";

/**
 * The doc's parameter rules as the server enforces them, written out again here rather than
 * shared with mapper/: a fake that borrowed the adapter's checks could not catch their mistakes.
 */

const STATES = new Set(
  (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA " +
    "RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP AB BC MB NB NL NS NT NU ON PE QC SK YT"
  ).split(" "),
);
const ZIPS = [/^\d{5}$/, /^\d{5}-\d{4}$/, /^\d{5}-\d{4}-\d{2}$/, /^[A-Za-z]\d[A-Za-z] \d[A-Za-z]\d$/];
export const ENUMS: Record<string, string[]> = {
  smsok: ["1", "0"],
  deal_closed: ["1", "0"],
  gender: ["M", "F"],
  home_owner_status: ["Own", "Rent"],
  material_status: ["Single", "Married", "Divorced"],
  presence_of_children: ["1", "0"],
  presence_of_pets: ["1", "0"],
  new_lead_notification: ["0", "1", "2"],
  contact_type: ["1", "2", "3", "4", "5"],
};
const WHOLE = ["deal_size", "age", "high_net_worth", "household_income", "length_of_residence", "market_value"];
const DATES = ["creation_date", "anniversary_1", "anniversary_2", "clients_date_last", "clients_date_next"];
const RESERVED = new Set([
  "client_id", "firstName", "lastName", "phone", "smsok", "second_phone", "email", "address", "city", "state", "zip", "compName",
  "tag", "job_title", "external_id", "deal_size", "deal_closed", "age", "education", "gender", "high_net_worth", "home_owner_status",
  "household_income", "length_of_residence", "market_value", "material_status", "occupation", "presence_of_children", "creation_date",
  "presence_of_pets", "anniversary_1", "anniversary_2", "facebook", "linkedin", "twitter", "action_plan_id", "sales_cycle_id",
  "lead_source_id", "client_category", "whiteboard", "clients_date_last", "clients_date_next", "new_lead_notification", "contact_type",
  "assigned_user_id",
]);
/** Query-only parameters (Additional Parameters table): never stored. */
const QUERY_ONLY = new Set(["end_date", "limit", "offset"]);

const DATE_DOC = /^\d{4}:\d{2}:\d{2}$/;
/** vendor-notes.md: event dates in either the doc's YYYY:MM:DD or YYYY-MM-DD; times HH:MM:SS or HH:MM. */
export const DATE_EITHER = /^\d{4}[:-]\d{2}[:-]\d{2}$/;
export const TIME = /^\d{2}:\d{2}(:\d{2})?$/;

export const requireKeys = (p: Params, keys: string[]) => {
  for (const k of keys) if (p[k] == null || p[k] === "") throw new Reject(missing());
};

/** Client parameters as stored: the first one that does not conform answers its validation form. */
export function checkClient(p: Params): Params {
  const out: Params = {};
  for (const [k, raw] of Object.entries(p)) {
    if (QUERY_ONLY.has(k)) continue;
    const v = String(raw);
    if (v === "") {
      out[k] = v;
      continue;
    }
    if ((k === "phone" || k === "second_phone") && !/^\d{10}$/.test(v)) throw new Reject(invalid(k));
    if (k === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw new Reject(invalid(k));
    if (k === "state" && !STATES.has(v)) throw new Reject(invalid(k));
    if (k === "zip" && !ZIPS.some((re) => re.test(v))) throw new Reject(invalid(k));
    if (ENUMS[k] && !ENUMS[k].includes(v)) throw new Reject(invalid(k));
    if (WHOLE.includes(k) && !/^\d+$/.test(v)) throw new Reject(invalid(k));
    if (DATES.includes(k) && !DATE_DOC.test(v)) throw new Reject(invalid(k));
    if (!RESERVED.has(k)) {
      // Expansion Parameters: "as a simple String (striping all HTML)", "Limit of 100 characters"
      const s = v.replace(/<[^>]*>/g, "");
      if (s.length > 100) throw new Reject(invalid(k));
      out[k] = s;
      continue;
    }
    out[k] = v;
  }
  return out;
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}:${String(d.getMonth() + 1).padStart(2, "0")}:${String(d.getDate()).padStart(2, "0")}`;
}

export function isoDay(d: string): string {
  return d.replace(/:/g, "-");
}

import { e164OrNull } from "../../../lib/phone.js";
import { toGlobalId } from "../../../model/ids.js";
import type { CustomField, Lead } from "../../../model/lead.js";
import { VENDOR, VENDOR_ID } from "../config.js";
import type { ClientTetherClient } from "../types.js";
import { parseCtDateTime } from "./datetime.js";
import { CA_PROVINCES, RESERVED_CLIENT_KEYS } from "./field-rules.js";
import { frozen, str, type MapOptions } from "./values.js";

const LEAD_MAPPED = new Set([
  "client_id", "external_id", "firstName", "lastName", "email", "phone", "second_phone", "compName", "job_title",
  "address", "city", "state", "zip", "tag", "lead_source_name", "creation_date",
]);

function countryOf(state: string | null, zip: string | null): string | null {
  if (state && CA_PROVINCES.includes(state.toUpperCase())) return "CA";
  if (zip && /[A-Za-z]/.test(zip)) return "CA";
  return state || zip ? "US" : null;
}

/**
 * Mapped leads by the client record they came from. The in-memory cache hands back the same
 * (frozen) record object on every hit, so a warm `lead(id)` skips phone parsing and zone
 * conversion — a fifth of its CPU in the benchmark. Records from Redis are new objects and
 * simply miss; the WeakMap lets a record and its lead go together when the cache evicts it.
 */
const mapped = new WeakMap<ClientTetherClient, { mo: string; lead: Lead }>();

/** A client record → Lead. Every parameter not in the unified model stays in `customFields`; `raw` keeps all. */
export function toLead(c: ClientTetherClient, mo: MapOptions): Lead {
  const moKey = `${mo.defaultCountry}|${mo.timezone}`;
  const memo = mapped.get(c);
  if (memo?.mo === moKey) return memo.lead;
  const lead = mapLead(c, mo);
  mapped.set(c, { mo: moKey, lead });
  return lead;
}

function mapLead(c: ClientTetherClient, mo: MapOptions): Lead {
  const state = str(c.state);
  const zip = str(c.zip);
  const street = str(c.address);
  const city = str(c.city);
  const customFields: CustomField[] = Object.entries(c)
    .filter(([k, v]) => !LEAD_MAPPED.has(k) && v != null && v !== "" && typeof v !== "object")
    .map(([k, v]) => {
      const type = RESERVED_CLIENT_KEYS.has(k) ? "parameter" : "expansion";
      return { key: k, label: null, type, value: String(v), values: [String(v)], raw: v };
    });
  return frozen<Lead>({
    id: toGlobalId(VENDOR_ID, "lead", String(c.client_id)),
    vendor: VENDOR,
    nativeId: String(c.client_id),
    externalId: str(c.external_id),
    firstName: str(c.firstName),
    middleName: null,
    lastName: str(c.lastName),
    email: str(c.email),
    phone: e164OrNull(str(c.phone), mo.defaultCountry),
    secondaryPhone: e164OrNull(str(c.second_phone), mo.defaultCountry),
    company: str(c.compName),
    jobTitle: str(c.job_title),
    address: street || city || state || zip ? { street, city, state, postalCode: zip, country: countryOf(state, zip) } : null,
    source: str(c.lead_source_name),
    score: null,
    tags: (str(c.tag) ?? "").split(",").map((t) => t.trim()).filter(Boolean),
    customFields,
    createdAt: parseCtDateTime(c.creation_date, null, mo.timezone),
    updatedAt: null,
    raw: c,
  });
}

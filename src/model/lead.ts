/** A postal address as the unified model holds it. */
export interface Address {
  street: string | null;
  city: string | null;
  /** State or province, 2-letter where the vendor uses codes. */
  state: string | null;
  postalCode: string | null;
  country: string | null;
}

/** A vendor field outside the unified model, kept rather than dropped. */
export interface CustomField {
  key: string;
  label: string | null;
  /** Vendor field type, e.g. input_field, dropdown, checkbox, text. */
  type: string;
  /** The value as text (options joined with ", "). */
  value: string | null;
  /** Selected option values for multi-valued fields; [value] otherwise. */
  values: string[];
  raw: unknown;
}

/** A person a vendor knows. `vendor` is the vendor's value in the GraphQL `Vendor` enum. */
export interface Lead {
  id: string;
  vendor: string;
  nativeId: string;
  externalId: string | null;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  email: string | null;
  /** E.164. */
  phone: string | null;
  secondaryPhone: string | null;
  company: string | null;
  jobTitle: string | null;
  address: Address | null;
  source: string | null;
  score: number | null;
  tags: string[];
  customFields: CustomField[];
  createdAt: Date | null;
  updatedAt: Date | null;
  /** The vendor record as received, nothing lost. */
  raw: unknown;
}

export interface AddressInput {
  street?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

export interface CustomFieldInput {
  key: string;
  value?: string | null;
}

/** A lead as partner apps send it. Phones in any format; each vendor gets its own. */
export interface LeadInput {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  secondaryPhone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  address?: AddressInput | null;
  source?: string | null;
  externalId?: string | null;
  tags?: string[] | null;
  customFields?: CustomFieldInput[] | null;
  /** Extra vendor fields passed through, for vendors that take parameters beyond these. */
  extra?: Record<string, unknown> | null;
}

/** Every LeadInput field, for vendors that take all of them (`VendorAdapter.fields.write`). */
export const LEAD_INPUT_FIELDS: readonly (keyof LeadInput)[] = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "secondaryPhone",
  "company",
  "jobTitle",
  "address",
  "source",
  "externalId",
  "tags",
  "customFields",
  "extra",
];

export interface CancelLeadInput {
  phone: string;
  /** Vendor lead type, for vendors that type their leads; the tenant default when omitted. */
  type?: string | null;
}

export interface LeadFilter {
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  externalId?: string | null;
}

export interface LeadPage {
  leads: Lead[];
  hasNextPage: boolean;
  totalCount?: number | null;
}

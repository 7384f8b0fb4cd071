/** What every mapping needs from the tenant. */
export interface MapOptions {
  defaultCountry: string;
  /** Tenant IANA zone: ClientTether dates and times carry no offset. */
  timezone: string;
}

/** Every value is a string on the wire; empty strings and `false` mean "none". */
export const str = (v: unknown): string | null => (v == null || v === "" || v === false ? null : String(v));

export const int = (v: unknown): number | null => {
  const s = str(v);
  if (s == null || !/^-?\d+$/.test(s.trim())) return null;
  return Number(s);
};

/** Mapped objects are shared by every request that reads the same cached record, so none may change them. */
export const frozen = <T extends object>(v: T): T => Object.freeze(v);

import { IANAZone } from "luxon";

/**
 * Whether `name` is an IANA time zone, remembered per name. luxon's isValidZone builds an
 * Intl.DateTimeFormat on every call, which was 7 % of an ingested webhook's CPU, and webhooks name
 * the same few zones over and over. Bounded: names are client input, so once the memo is full
 * it starts over rather than growing.
 */
const known = new Map<string, boolean>();
const MAX_REMEMBERED = 1000;

export function isIanaZone(name: string): boolean {
  let valid = known.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(name, valid);
  }
  return valid;
}

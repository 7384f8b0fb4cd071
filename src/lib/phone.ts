import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { badInput } from "./errors.js";

/**
 * One parser for every phone the user gives us (any format, E.164 or national with the
 * tenant's default country); each vendor then gets the form its doc asks for.
 */
export function parsePhone(raw: string, field: string, defaultCountry: string) {
  const phone = parsePhoneNumberFromString(raw.trim(), defaultCountry as CountryCode);
  if (!phone || !phone.isPossible()) {
    throw badInput(field, `"${raw}" is not a valid phone number (country ${defaultCountry} assumed when no +code is given)`);
  }
  return phone;
}

/** E.164, e.g. +13039291447. The unified API's output form. */
export function toE164(raw: string, field: string, defaultCountry: string): string {
  return parsePhone(raw, field, defaultCountry).number;
}

/** National significant digits of a NANP number, for vendors that take "ten digits only". */
export function toNanp10(raw: string, field: string, defaultCountry: string): string {
  const phone = parsePhone(raw, field, defaultCountry);
  if (phone.countryCallingCode !== "1" || phone.nationalNumber.length !== 10) {
    throw badInput(field, `"${raw}" is not a 10-digit US/Canada number`);
  }
  return phone.nationalNumber;
}

/** Best-effort E.164 for numbers read back from a vendor; null when it does not parse. */
export function e164OrNull(raw: string | null | undefined, defaultCountry: string): string | null {
  if (!raw) return null;
  const phone = parsePhoneNumberFromString(String(raw), defaultCountry as CountryCode);
  return phone?.isPossible() ? phone.number : null;
}

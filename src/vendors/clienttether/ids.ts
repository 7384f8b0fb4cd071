import { badInput } from "../../lib/errors.js";
import { parseGlobalId } from "../../model/ids.js";
import { VENDOR_ID } from "./config.js";

/** ClientTether native ids are digit strings ("Ids are digit strings", vendor-notes.md). */
const DIGITS = /^\d{1,19}$/;

export function checkClientId(id: string, field = "id"): string {
  if (!DIGITS.test(id)) throw badInput(field, `"${id}" is not a ClientTether client id (digits)`);
  return id;
}

/**
 * A lead id argument → the client id. Lead ids are always global, unlike the ids of reference
 * data (`nativeOf`): a bare number would not say which vendor's lead it is.
 */
export function clientIdOf(globalId: string, field: string): string {
  const gid = parseGlobalId(globalId, field);
  if (gid.vendor !== VENDOR_ID || gid.type !== "lead") {
    throw badInput(field, `expected a ClientTether lead id (clienttether:lead:…), got ${gid.vendor}:${gid.type}`);
  }
  return checkClientId(gid.nativeId, field);
}

/** An id argument of reference data: a global id of `type` (`clienttether:<type>:123`) or the bare ClientTether id. */
export function nativeOf(id: string, type: string, field: string): string {
  let native = id.trim();
  if (native.includes(":")) {
    const gid = parseGlobalId(native, field);
    if (gid.vendor !== VENDOR_ID || gid.type !== type) throw badInput(field, `expected a clienttether:${type}:… id`);
    native = gid.nativeId;
  }
  if (!DIGITS.test(native)) throw badInput(field, `"${id}" is not a ClientTether ${type} id`);
  return native;
}

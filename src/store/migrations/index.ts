import type { Migration } from "kysely";
import * as m0001 from "./0001_init.js";
import * as m0002 from "./0002_idempotency.js";
import * as m0004 from "./0004_delivery_outbox.js";

/** Ordered by name with the vendors' own (VendorAdapter.migrations); append, never edit a released one. */
export const migrations: Record<string, Migration> = {
  "0001_init": m0001,
  "0002_idempotency": m0002,
  "0004_delivery_outbox": m0004,
};

import type { Migration } from "kysely";
import * as m0001 from "./0001_init.js";
import * as m0002 from "./0002_idempotency.js";
import * as m0003kartra from "./0003_kartra_inbox.js";

/** Ordered by name; append new migrations, never edit a released one. */
export const migrations: Record<string, Migration> = {
  "0001_init": m0001,
  "0002_idempotency": m0002,
  "0003_kartra_inbox": m0003kartra,
};

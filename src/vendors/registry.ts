import type { z } from "zod";
import type { VendorAdapter, VendorId } from "./types.js";
import { clienttether } from "./clienttether/index.js";
import { kartraAdapter } from "./kartra/index.js";
import { propexoAdapter } from "./propexo/index.js";
import { comunik8Adapter } from "./comunik8/index.js";
import { trackdriveAdapter } from "./trackdrive/index.js";

/**
 * VendorId → adapter, the list everything else is derived from at runtime. A new vendor also
 * needs its id in the `VendorId` union (types.ts) and its value in the GraphQL `Vendor` enum
 * (enums.ts): both are static types, so the emitted SDL and the SDK stay stable, and the
 * compiler points at each place a new id is missing.
 */
export const adapters: VendorAdapter[] = [
  clienttether,
  kartraAdapter,
  propexoAdapter,
  comunik8Adapter,
  trackdriveAdapter,
];

export function getAdapter(id: VendorId): VendorAdapter | undefined {
  return adapters.find((a) => a.id === id);
}

/** The `vendors:` block of a tenant: one optional key per registered vendor. */
export function vendorConfigSchemas(): Record<string, z.ZodOptional<z.ZodTypeAny>> {
  return Object.fromEntries(adapters.map((a) => [a.id, (a.configSchema as z.ZodTypeAny).optional()]));
}

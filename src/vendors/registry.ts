import type { z } from "zod";
import type { VendorAdapter, VendorId } from "./types.js";
import { clienttether } from "./clienttether/index.js";
import { kartraAdapter } from "./kartra/index.js";
import { propexoAdapter } from "./propexo/index.js";
import { comunik8Adapter } from "./comunik8/index.js";
import { trackdriveAdapter } from "./trackdrive/index.js";

/**
 * VendorId → adapter. The only place that lists vendors: each vendor issue adds one import
 * and one entry here.
 */
export const adapters: VendorAdapter[] = [
  clienttether,
  kartraAdapter,
  propexoAdapter,
  comunik8Adapter,
  trackdriveAdapter,
];

export const VENDOR_IDS: readonly VendorId[] = ["clienttether", "kartra", "comunik8", "trackdrive", "propexo"];

export function getAdapter(id: VendorId): VendorAdapter | undefined {
  return adapters.find((a) => a.id === id);
}

/** The `vendors:` block of a tenant: one optional key per registered vendor. */
export function vendorConfigSchemas(): Record<string, z.ZodOptional<z.ZodTypeAny>> {
  return Object.fromEntries(adapters.map((a) => [a.id, (a.configSchema as z.ZodTypeAny).optional()]));
}

import { z } from "zod";
import type { Registry, VendorAdapter } from "./types.js";
/**
 * The only list of vendors. Everything vendor-shaped derives from it: `VendorId`, the GraphQL
 * `Vendor` enum, each tenant's typed `vendors:` block, and the per-vendor option inputs. A new
 * vendor is one folder and one line here (an import and its place in the list at once; the
 * order is the order of `vendors` and of the default lead reader).
 */
export const vendors = [
  (await import("./clienttether/index.js")).clienttether,
  (await import("./kartra/index.js")).kartra,
  (await import("./propexo/index.js")).propexo,
  (await import("./comunik8/index.js")).comunik8,
  (await import("./trackdrive/index.js")).trackdrive,
] as const;

export type RegisteredVendor = (typeof vendors)[number];
export type VendorId = RegisteredVendor["id"];
/** A value of the GraphQL `Vendor` enum. */
export type VendorName = RegisteredVendor["name"];
type ConfigOf<V> = V extends { configSchema: z.ZodType<infer C, z.ZodTypeDef, unknown> } ? C : never;
/** A tenant's `vendors:` block, typed per vendor. */
export type TenantVendors = { [V in RegisteredVendor as V["id"]]?: ConfigOf<V> };

/** The registry an app runs with: these vendors by default; tests pass their own list. */
export function createRegistry(list: readonly VendorAdapter[] = vendors): Registry {
  const byId = new Map(list.map((a) => [a.id, a]));
  const byName = new Map(list.map((a) => [a.name, a]));
  const byPrefix = new Map(list.flatMap((a) => [a.id, ...(a.globalIdPrefixes ?? [])].map((p) => [p, a] as const)));
  return {
    adapters: list,
    get: (id) => byId.get(id),
    byName: (name) => byName.get(name),
    byGlobalPrefix: (prefix) => byPrefix.get(prefix),
  };
}

/** The `vendors:` block of a tenant: one optional key per registered vendor. */
export function vendorConfigSchemas(registry: Registry): Record<string, z.ZodOptional<z.ZodTypeAny>> {
  return Object.fromEntries(registry.adapters.map((a) => [a.id, (a.configSchema as z.ZodTypeAny).optional()]));
}

import { z } from "zod";

/** This vendor in the GraphQL `Vendor` enum and on every delivery: the API names the property system, not the broker. */
export const VENDOR = "ENTRATA";

/**
 * `tenants[].vendors.propexo` (DESIGN "Configuration contract"):
 * `propexo: { baseUrl: "https://api.propexo.com", token: "${PROPEXO_TOKEN}", integrationId: "…" }`.
 * Production `https://api.propexo.com`, sandbox `https://api.sandbox.propexo.com` (vendor-notes).
 */
export const PropexoConfigSchema = z
  .object({
    baseUrl: z.string().url().transform((u) => u.replace(/\/+$/, "")),
    token: z.string().min(1),
    integrationId: z.string().min(1),
  })
  .strict();

export type PropexoConfig = z.infer<typeof PropexoConfigSchema>;

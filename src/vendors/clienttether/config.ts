import { z } from "zod";

/** Config key, global-id prefix and metric label. */
export const VENDOR_ID = "clienttether";
/** The value in the GraphQL `Vendor` enum, and `vendor` of every Lead, Event and Delivery this adapter makes. */
export const VENDOR = "CLIENTTETHER";

/**
 * The tenant's `vendors.clienttether` block (DESIGN "Configuration contract"):
 * `{ baseUrl, accessToken, webKey }`, plus optional `concurrency` (parallel upstream reads per
 * request; ClientTether has no batch endpoint) and `ttlSeconds` (keyv TTLs: leads short,
 * reference lists long; 0 disables that cache).
 */
export const ClientTetherConfigSchema = z
  .object({
    baseUrl: z.string().url().transform((u) => u.replace(/\/+$/, "")),
    accessToken: z.string().min(1),
    webKey: z.string().min(1),
    concurrency: z.number().int().min(1).max(64).default(8),
    ttlSeconds: z
      .object({
        lead: z.number().nonnegative().default(60),
        reference: z.number().nonnegative().default(600),
      })
      .strict()
      .default({}),
  })
  .strict();

export type ClientTetherConfig = z.infer<typeof ClientTetherConfigSchema>;

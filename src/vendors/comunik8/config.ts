import { z } from "zod";

/** This vendor in the GraphQL `Vendor` enum and on every delivery. */
export const VENDOR = "COMUNIK8";

/**
 * The tenant's `vendors.comunik8` block (DESIGN.md configuration contract):
 *   comunik8: { baseUrl, key, leadTypes?, defaultType?, defaultSubtype? }
 * - `baseUrl`: "Your website … will be given to you" (comunik8-leads-api.txt) — the dialler host.
 * - `key`: the API_KEY sent as `?key=` on every call. A secret: never logged or returned.
 * - `leadTypes`: the account's lead types ("These types will be given to you"); when listed, an
 *   unknown type is refused before anything is sent (BAD_USER_INPUT on options.comunik8.type).
 * - `defaultType` / `defaultSubtype`: used when a call gives no `options.comunik8.type/subtype`.
 */
export const Comunik8ConfigSchema = z
  .object({
    baseUrl: z.string().url(),
    key: z.string().min(1),
    leadTypes: z.array(z.string().min(1)).min(1).optional(),
    defaultType: z.string().min(1).optional(),
    defaultSubtype: z.string().min(1).optional(),
  })
  .strict()
  .refine((c) => !c.defaultType || !c.leadTypes || c.leadTypes.includes(c.defaultType), {
    message: "defaultType must be one of leadTypes",
    path: ["defaultType"],
  });

export type Comunik8Config = z.infer<typeof Comunik8ConfigSchema>;

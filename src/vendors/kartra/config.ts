import { z } from "zod";

/** Kartra's value in the GraphQL `Vendor` enum (the adapter's `name`). */
export const VENDOR = "KARTRA";

/**
 * The tenant's `vendors.kartra` block (DESIGN.md configuration contract):
 *   kartra: { webhookSecret: "${KARTRA_SECRET}", forward?: { clienttether?: {}, comunik8?: {}, trackdrive?: {} } }
 * The secret is the last path segment of the webhook URL the tenant configures in Kartra
 * (vendor-notes.md: "No signature … Users put a secret in the URL they configure").
 */
const vendorOptions = z.record(z.unknown()).optional();

export const KartraForwardSchema = z
  .object({
    /** Upsert the lead into ClientTether (deduped by email/phone, updated when it exists) and record each session as an event. */
    clienttether: z
      .object({
        /** ClientTether event type for each session: the three ClientTether has. */
        eventType: z.enum(["APPOINTMENT", "CALL", "CONTACT_REMINDER"]).default("APPOINTMENT"),
        /** The ClientTether user whose calendar holds the sessions: required for APPOINTMENT (ClientTether's rule). */
        userId: z.union([z.string().regex(/^\d+$/, "must be a ClientTether user id (digits)"), z.number().int().positive()]).optional(),
        /**
         * A ClientTether lead source name for forwarded leads. Kartra's own `lead.source` is free
         * text (an ad, a page) and is not one of the account's lead sources, so it is not sent.
         */
        leadSource: z.string().min(1).optional(),
        /** Passed as the createLead vendor options (e.g. action plan). */
        leadOptions: vendorOptions,
        /** Passed as EventInput.extra. */
        eventExtra: vendorOptions,
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.eventType === "APPOINTMENT" && v.userId == null && v.eventExtra?.user_id == null) {
          ctx.addIssue({
            code: "custom",
            path: ["userId"],
            message:
              "is required when eventType is APPOINTMENT (ClientTether puts an appointment on a user's calendar); " +
              "or use eventType CALL or CONTACT_REMINDER",
          });
        }
      })
      .optional(),
    /** Push the lead to the Comunik8 dialler. */
    comunik8: z.object({ leadOptions: vendorOptions }).strict().optional(),
    /** Push the lead to Trackdrive. */
    trackdrive: z.object({ leadOptions: vendorOptions }).strict().optional(),
    retry: z
      .object({
        /** First retry after this many ms, doubling each attempt (with jitter), capped at maxDelayMs. */
        baseDelayMs: z.number().int().nonnegative().default(5_000),
        maxDelayMs: z.number().int().positive().default(15 * 60_000),
        /** After this many failed attempts a forwarding is marked FAILED and not retried. */
        maxAttempts: z.number().int().positive().default(10),
      })
      .strict()
      .default({}),
  })
  .strict();

export const KartraConfigSchema = z
  .object({
    webhookSecret: z.string().min(16, "must be at least 16 characters (it is the only thing that authenticates Kartra)"),
    forward: KartraForwardSchema.optional(),
  })
  .strict();

/** As written in the tenants file (defaults may be absent when a tenant is built in code). */
export type KartraConfig = z.input<typeof KartraConfigSchema>;
export type KartraForwardConfig = z.input<typeof KartraForwardSchema>;
export type ForwardTarget = "clienttether" | "comunik8" | "trackdrive";
export const FORWARD_TARGETS: readonly ForwardTarget[] = ["clienttether", "comunik8", "trackdrive"];

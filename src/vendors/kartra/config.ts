import { z } from "zod";
import type { Registry, TenantContext } from "../types.js";

/** Kartra's value in the GraphQL `Vendor` enum (the adapter's `name`). */
export const VENDOR = "KARTRA";

/**
 * The tenant's `vendors.kartra` block (DESIGN.md configuration contract):
 *   kartra: { webhookSecret: "${KARTRA_SECRET}", forward?: { <vendor id>: { …target rule }, retry?: {…} } }
 * The secret is the last path segment of the webhook URL the tenant configures in Kartra
 * (vendor-notes.md: "No signature … Users put a secret in the URL they configure").
 */
const vendorOptions = z.record(z.unknown()).optional();

/** The event type each session becomes at a target with an event writer, when the rule names none. */
export const DEFAULT_SESSION_EVENT_TYPE = "APPOINTMENT";

/**
 * One forward rule: `forward.<vendor id>`, any registered vendor with a lead writer (checked at
 * start-up against the app's registry: forwardConfigProblems). The target gets the lead
 * (createLead, deduped by email/phone, updated when it exists); a target with an event writer
 * also gets one event per calendar session. The session keys apply only to such a target.
 */
export const ForwardTargetSchema = z
  .object({
    /**
     * The source the forwarded lead gets at the target. Without it, a target with an event writer
     * (a CRM, whose lead sources are the account's own list) gets none: Kartra's own `lead.source`
     * is free text (an ad, a page), not one of them. Any other target gets Kartra's own source.
     */
    leadSource: z.string().min(1).optional(),
    /** Passed as the createLead vendor options (the target's own lead parameters). */
    leadOptions: vendorOptions,
    /** The event type of each session (default APPOINTMENT). */
    eventType: z.enum(["APPOINTMENT", "CALL", "CONTACT_REMINDER"]).optional(),
    /** The target's user whose calendar holds the sessions: required for APPOINTMENT (checked at start-up). */
    userId: z.union([z.string().trim().min(1), z.number().int().positive()]).optional(),
    /** Passed as EventInput.extra. */
    eventExtra: vendorOptions,
  })
  .strict();

const RetrySchema = z
  .object({
    /** First retry after this many ms, doubling each attempt (with jitter), capped at maxDelayMs. */
    baseDelayMs: z.number().int().nonnegative().default(5_000),
    maxDelayMs: z.number().int().positive().default(15 * 60_000),
    /** After this many failed attempts a forwarding is marked FAILED and not retried. */
    maxAttempts: z.number().int().positive().default(10),
  })
  .strict();

/** `retry`, and one rule per target keyed by its vendor id. */
export const KartraForwardSchema = z.object({ retry: RetrySchema.default({}) }).catchall(ForwardTargetSchema);

export const KartraConfigSchema = z
  .object({
    webhookSecret: z.string().min(16, "must be at least 16 characters (it is the only thing that authenticates Kartra)"),
    forward: KartraForwardSchema.optional(),
  })
  .strict();

/** As written in the tenants file (defaults may be absent when a tenant is built in code). */
export type KartraConfig = z.input<typeof KartraConfigSchema>;
export type KartraForwardConfig = z.input<typeof KartraForwardSchema>;
export type ForwardTargetConfig = z.input<typeof ForwardTargetSchema>;
/** A forward target: the id of a registered vendor with a lead writer (also the `target` column of kartra_forwardings). */
export type ForwardTarget = string;

/** Keys of `forward` that are not a target. */
const NOT_TARGETS: ReadonlySet<string> = new Set(["retry"]);

/** The forward rules by target, in id order (the order a completion's outbox rows are written in). */
export function forwardTargets(forward: KartraForwardConfig | undefined): [ForwardTarget, ForwardTargetConfig][] {
  if (!forward) return [];
  return Object.entries(forward)
    .filter((e): e is [string, ForwardTargetConfig] => !NOT_TARGETS.has(e[0]) && e[1] != null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The rule for one target, if the tenant has one. */
export function forwardRule(forward: KartraForwardConfig | undefined, target: ForwardTarget): ForwardTargetConfig | undefined {
  return forwardTargets(forward).find(([t]) => t === target)?.[1];
}

const SESSION_KEYS = ["eventType", "userId", "eventExtra"] as const;

/**
 * What is wrong with the tenants' forward rules for this app's vendors, one line each naming
 * `vendors.kartra.forward.<target>`; empty when nothing is. A vendor's config schema cannot see
 * the registry, so this runs at start-up (the adapter's background()).
 */
export function forwardConfigProblems(tenants: readonly TenantContext[], registry: Pick<Registry, "adapters" | "get">): string[] {
  const targets = registry.adapters.filter((a) => a.leadWriter).map((a) => a.id);
  const problems: string[] = [];
  for (const tenant of tenants) {
    const forward = (tenant.vendors.kartra as KartraConfig | undefined)?.forward;
    for (const [target, rule] of forwardTargets(forward)) {
      const at = `tenant ${tenant.id}: vendors.kartra.forward.${target}`;
      const adapter = registry.get(target);
      if (!adapter?.leadWriter) {
        const what = adapter ? `${adapter.displayName} does not take leads` : "is not a registered vendor";
        problems.push(`${at}: ${what}; a forward target is a vendor with a lead writer (${targets.join(", ") || "none in this app"})`);
        continue;
      }
      if (!adapter.eventWriter) {
        for (const key of SESSION_KEYS.filter((k) => rule[k] != null)) {
          problems.push(`${at}.${key}: ${adapter.displayName} has no event writer, so it gets the lead only and no sessions`);
        }
        continue;
      }
      if ((rule.eventType ?? DEFAULT_SESSION_EVENT_TYPE) === "APPOINTMENT" && rule.userId == null && rule.eventExtra?.user_id == null) {
        problems.push(
          `${at}.userId: is required when eventType is APPOINTMENT (an appointment goes on a user's calendar); ` +
            "or use eventType CALL or CONTACT_REMINDER",
        );
      }
    }
  }
  return problems;
}

/** Start-up: throws, listing every problem, when a forward rule does not fit this app's vendors. */
export function assertForwardConfig(tenants: readonly TenantContext[], registry: Pick<Registry, "adapters" | "get">): void {
  const problems = forwardConfigProblems(tenants, registry);
  if (problems.length) throw new Error(`invalid Kartra forward configuration:\n${problems.join("\n")}`);
}

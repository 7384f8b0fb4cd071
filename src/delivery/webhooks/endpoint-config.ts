import { z } from "zod";
import { parseSecret, WebhookSecretError } from "./signature.js";

/**
 * The tenant's outbound `webhooks: [{ url, secret, events }]` (Standard Webhooks 1.0), checked
 * when the config loads so that a bad endpoint is a start-up error naming its field, not a
 * delivery that fails for hours. Messages never quote a secret or a URL's credentials.
 *
 * Event types are a parameter: the core ones below are always allowed, and each vendor
 * contributes its own from its folder (the registry collects them), so this file names none.
 */

export const DELIVERY_SUCCEEDED = "delivery.succeeded";
export const DELIVERY_FAILED = "delivery.failed";
export const CORE_WEBHOOK_EVENT_TYPES: readonly string[] = [DELIVERY_SUCCEEDED, DELIVERY_FAILED];

// spec "Event types": hierarchical, full-stop delimited, identifiers limited to [a-zA-Z0-9_]
const EVENT_TYPE = /^[a-zA-Z0-9_]+(\.[a-zA-Z0-9_]+)+$/;

const webhookUrl = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: "not a valid absolute URL" });
    return;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `a webhook URL must be http or https, not ${url.protocol.slice(0, -1)}` });
  }
  // got and node:http would turn user:pass@ into an Authorization header: a credential we would
  // send to whoever the URL names.
  if (url.username !== "" || url.password !== "") {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: "credentials are not allowed in a webhook URL" });
  }
});

const webhookSecret = z.string().superRefine((value, ctx) => {
  try {
    parseSecret(value);
  } catch (e) {
    if (!(e instanceof WebhookSecretError)) throw e;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: e.message });
  }
});

function eventList(eventTypes: readonly string[]) {
  const bad = eventTypes.filter((t) => !EVENT_TYPE.test(t));
  // a programming error in a vendor folder, caught when the schema is built rather than per tenant
  if (bad.length) throw new TypeError(`webhook event types must look like "group.name": ${bad.join(", ")}`);
  const known = new Set([...CORE_WEBHOOK_EVENT_TYPES, ...eventTypes]);
  const listed = [...known].sort().join(", ");
  return z
    .array(
      z.string().refine((t) => known.has(t), (t) => ({ message: `unknown webhook event type "${t}" (known: ${listed})` })),
    )
    .min(1, "at least one event type is required")
    .transform((events) => [...new Set(events)]);
}

/** One endpoint; `eventTypes` are the vendors' contributed types (the core ones are always allowed). */
export function webhookEndpointSchema(eventTypes: readonly string[]) {
  return z.object({ url: webhookUrl, secret: webhookSecret, events: eventList(eventTypes) }).strict();
}

/** The tenant's `webhooks` array. */
export function webhookEndpointsSchema(eventTypes: readonly string[]) {
  return z.array(webhookEndpointSchema(eventTypes));
}

/** A validated endpoint: `secret` stays the `whsec_` string (parse it with parseSecret to sign). */
export type WebhookEndpoint = z.infer<ReturnType<typeof webhookEndpointSchema>>;

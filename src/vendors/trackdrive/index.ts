import { defineVendor, type CallbackScheduler, type LeadWriter, type VendorCallContext } from "../types.js";
import { VendorError, badInput } from "../../lib/errors.js";
import { LEAD_INPUT_FIELDS } from "../../model/lead.js";
import { trackdriveGraphQL, type TrackdriveLeadOptions } from "./graphql.js";
import { TrackdriveConfigSchema, VENDOR, type TrackdriveConfig } from "./config.js";
import * as client from "./client.js";
import { classifyCreateOrUpdate } from "./errors.js";
import { fromLead, leadRequirements, toDelivery, toValidatedDelivery } from "./mapper.js";
import { startTrackdriveSimulator, trackdriveDemoConfig } from "./simulator.js";

type Ctx = VendorCallContext<TrackdriveConfig>;
type TokenKind = "OFFER" | "SCHEDULE";

/**
 * Which configured token a call uses (see config.ts): the caller's `options.trackdrive.token`
 * when given, else OFFER for createLead and SCHEDULE for scheduleCallback. A default SCHEDULE
 * falls back to leadToken when no scheduleLeadToken is configured; an explicit one is refused.
 */
export function chooseToken(
  config: TrackdriveConfig,
  requested: TokenKind | null | undefined,
  fallback: TokenKind,
): { kind: TokenKind; value: string } {
  const kind = requested ?? fallback;
  if (kind === "SCHEDULE") {
    if (config.scheduleLeadToken) return { kind, value: config.scheduleLeadToken };
    if (requested === "SCHEDULE") throw badInput("options.trackdrive.token", "this tenant has no Trackdrive scheduleLeadToken configured");
  }
  return { kind: "OFFER", value: config.leadToken };
}

async function send(
  ctx: Ctx,
  token: { kind: TokenKind; value: string },
  params: ReturnType<typeof fromLead>,
  root: string,
  scheduled: boolean,
) {
  let res: Awaited<ReturnType<typeof client.createOrUpdateLead>>;
  try {
    res = await client.createOrUpdateLead(ctx, token.value, params);
  } catch (e) {
    // a restarted schedule must not be sent again by the outbox either (client.ts: sent once)
    if (params.restart_schedule && e instanceof VendorError) e.extensions.retrySafe = false;
    throw e;
  }
  const outcome = classifyCreateOrUpdate(res);
  if (outcome.kind !== "ok") {
    // Full upstream body to the log; the token is only ever in the URL, which is not logged.
    ctx.logger.warn(
      {
        vendor: "trackdrive",
        operation: "leads_create_or_update",
        status: res.status,
        body: res.json ?? res.text,
        requestId: ctx.requestId,
      },
      "trackdrive did not accept the lead",
    );
  }
  const d = toDelivery(outcome, { country: ctx.tenant.defaultCountry, root, token: token.kind, sent: params, scheduled });
  return params.restart_schedule ? { ...d, noRetry: true } : d;
}

const leadWriter: LeadWriter<TrackdriveConfig, TrackdriveLeadOptions> = {
  validateLead(ctx, input, options) {
    const o = options.vendorOptions ?? null;
    chooseToken(ctx.config, o?.token, "OFFER");
    fromLead(input, o, { country: ctx.tenant.defaultCountry, root: "input" });
  },

  async createLead(ctx, input, options) {
    const o = options.vendorOptions ?? null;
    const token = chooseToken(ctx.config, o?.token, "OFFER");
    const params = fromLead(input, o, { country: ctx.tenant.defaultCountry, root: "input" });
    // No validate-only mode in create_or_update: validateLead stops after LeadGraph's own checks.
    if (options.validateOnly) return toValidatedDelivery({ token: token.kind, sent: params });
    return send(ctx, token, params, "input", false);
  },
};

/** "schedule_callback_at … Schedule a callback with the submitted lead" / "schedule_callback_in_seconds". */
const callbackScheduler: CallbackScheduler<TrackdriveConfig, TrackdriveLeadOptions> = {
  validateCallback(ctx, lead, when, vendorOptions) {
    const o = vendorOptions ?? null;
    chooseToken(ctx.config, o?.token, "SCHEDULE");
    fromLead(lead, o, { country: ctx.tenant.defaultCountry, root: "lead" }, when);
  },

  async scheduleCallback(ctx, lead, when, vendorOptions) {
    const o = vendorOptions ?? null;
    const token = chooseToken(ctx.config, o?.token, "SCHEDULE");
    const params = fromLead(lead, o, { country: ctx.tenant.defaultCountry, root: "lead" }, when);
    return send(ctx, token, params, "lead", true);
  },
};

export const trackdrive = defineVendor({
  id: "trackdrive",
  name: VENDOR,
  displayName: "Trackdrive",
  description: "Trackdrive call tracking: leads and callbacks through create_or_update, matched on caller_id.",
  configSchema: TrackdriveConfigSchema,
  fields: {
    read: [],
    write: [...LEAD_INPUT_FIELDS],
  },
  leadWriter,
  callbackScheduler,
  requirements: {
    LEAD_WRITE: leadRequirements("input"),
    LEAD_VALIDATE: leadRequirements("input"),
    CALLBACK_SCHEDULE: leadRequirements("lead"),
  },
  graphql: trackdriveGraphQL,
  simulator: { start: startTrackdriveSimulator, demoConfig: trackdriveDemoConfig },
});

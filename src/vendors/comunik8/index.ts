import { defineVendor, type CallbackScheduler, type CreateLeadOptions, type LeadWriter, type VendorCallContext } from "../types.js";
import { LEAD_INPUT_FIELDS, type LeadInput } from "../../model/lead.js";
import { comunik8GraphQL, type Comunik8LeadOptions } from "./graphql.js";
import { Comunik8ConfigSchema, VENDOR, type Comunik8Config } from "./config.js";
import * as client from "./client.js";
import { classifyAddLead, classifyCancelLead } from "./errors.js";
import {
  CANCEL_REQUIREMENTS,
  fromCancel,
  fromLead,
  leadRequirements,
  toAddDelivery,
  toCancelDelivery,
  type Comunik8MapContext,
} from "./mapper.js";
import { comunik8DemoConfig, startComunik8Simulator } from "./simulator.js";

type Ctx = VendorCallContext<Comunik8Config>;

/** A retry by the outbox after an attempt whose outcome is unknown (DELIVERY.md). */
const isRetry = (ctx: Ctx) => (ctx.attempt ?? 1) >= 2;

const mapCtx = (ctx: Ctx, root: string): Comunik8MapContext => ({ config: ctx.config, country: ctx.tenant.defaultCountry, root });

function logRefusal(ctx: Ctx, operation: string, status: number, body: unknown) {
  // Full upstream body to the log (the key is only ever in the URL, which is not logged).
  ctx.logger.warn({ vendor: "comunik8", operation, status, body, requestId: ctx.requestId }, "comunik8 did not accept the request");
}

const leadWriter: LeadWriter<Comunik8Config, Comunik8LeadOptions> = {
  validateLead(ctx, input, options: CreateLeadOptions<Comunik8LeadOptions>) {
    fromLead(input, options.vendorOptions ?? null, mapCtx(ctx, "input"), { test: options.validateOnly });
  },

  async createLead(ctx, input, options) {
    const body = fromLead(input, options.vendorOptions ?? null, mapCtx(ctx, "input"), { test: options.validateOnly });
    const res = await client.addLead(ctx, body);
    const outcome = classifyAddLead(res);
    if (outcome.kind !== "created" && outcome.kind !== "validated")
      logRefusal(ctx, "lead_add", res.status, res.json ?? res.text);
    return toAddDelivery(outcome, body, { country: ctx.tenant.defaultCountry, root: "input", retry: isRetry(ctx) });
  },

  async cancelLead(ctx, input) {
    const body = fromCancel(input, mapCtx(ctx, "input"));
    const res = await client.cancelLead(ctx, body);
    const outcome = classifyCancelLead(res);
    if (outcome.kind !== "cancelled") logRefusal(ctx, "lead_cancel", res.status, res.json ?? res.text);
    return toCancelDelivery(outcome, body, "input", { retry: isRetry(ctx) });
  },
};

/**
 * Comunik8 has no callback call: a callback is a lead/add with `delays` ("postpone call by
 * number of seconds"). `at` becomes the whole seconds from now, rounded up.
 */
const delayOf = (when: { at?: Date | null; inSeconds?: number | null }) =>
  when.at ? Math.max(0, Math.ceil((when.at.getTime() - Date.now()) / 1000)) : Math.max(0, when.inSeconds ?? 0);

const callbackScheduler: CallbackScheduler<Comunik8Config, Comunik8LeadOptions> = {
  validateCallback(ctx, lead, when, vendorOptions) {
    fromLead(lead, vendorOptions ?? null, mapCtx(ctx, "lead"), { delaySeconds: delayOf(when) });
  },

  async scheduleCallback(ctx, lead: LeadInput, when, vendorOptions) {
    const body = fromLead(lead, vendorOptions ?? null, mapCtx(ctx, "lead"), { delaySeconds: delayOf(when) });
    const res = await client.addLead(ctx, body);
    const outcome = classifyAddLead(res);
    if (outcome.kind !== "created") logRefusal(ctx, "lead_add", res.status, res.json ?? res.text);
    return toAddDelivery(outcome, body, { country: ctx.tenant.defaultCountry, root: "lead", scheduled: true, retry: isRetry(ctx) });
  },
};

export const comunik8 = defineVendor({
  id: "comunik8",
  name: VENDOR,
  displayName: "Comunik8",
  description: "Comunik8 dialler: lead/add, test-mode validation, lead/cancel and callback delays.",
  configSchema: Comunik8ConfigSchema,
  fields: {
    read: [],
    write: [...LEAD_INPUT_FIELDS],
  },
  leadWriter,
  callbackScheduler,
  requirements: {
    LEAD_WRITE: leadRequirements("input"),
    LEAD_VALIDATE: leadRequirements("input"),
    LEAD_CANCEL: CANCEL_REQUIREMENTS,
    CALLBACK_SCHEDULE: leadRequirements("lead"),
  },
  graphql: comunik8GraphQL,
  simulator: { start: startComunik8Simulator, demoConfig: comunik8DemoConfig },
});

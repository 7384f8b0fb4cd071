import { badInput } from "../../lib/errors.js";
import type { VendorAdapter } from "../types.js";
import { PropexoClient } from "./client.js";
import { PropexoConfigSchema, type PropexoConfig } from "./config.js";
import { fieldPathOf, fromEventInput, toCreatedDelivery, toWriteStatus } from "./mapper.js";
import { propexoDemoConfig, startPropexoSimulator } from "./simulator.js";

/**
 * Entrata through Propexo: write-only. createEvent(target: ENTRATA) posts an applicant event;
 * Propexo queues it and answers with a job id, which writeStatus(vendor: ENTRATA, jobId) reads.
 */
export const propexoAdapter: VendorAdapter<PropexoConfig> = {
  id: "propexo",
  displayName: "Entrata (through Propexo)",
  configSchema: PropexoConfigSchema,
  fields: {
    read: [],
    write: ["event.type", "event.title", "event.description", "event.startsAt", "event.endsAt", "event.durationMinutes", "event.leadId", "event.entrata"],
  },
  eventWriter: {
    async createEvent(ctx, input) {
      const body = fromEventInput(input, { integrationId: ctx.config.integrationId, defaultCountry: ctx.tenant.defaultCountry });
      const accepted = await new PropexoClient(ctx).createApplicantEvent(body, (wire) => fieldPathOf(wire, input));
      return toCreatedDelivery(input, body, accepted);
    },
  },
  writeStatusReader: {
    async getWriteStatus(ctx, jobId) {
      const id = jobId.trim();
      if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw badInput("jobId", "is not a Propexo job id (letters, digits, _ and - only)");
      const raw = await new PropexoClient(ctx).getWriteStatus(id);
      return raw ? toWriteStatus(raw, id) : null;
    },
  },
  simulator: {
    start: (opts) => startPropexoSimulator(opts),
    demoConfig: propexoDemoConfig,
  },
};

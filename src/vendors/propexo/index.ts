import { badInput } from "../../lib/errors.js";
import { defineVendor, type GraphQLKit, type RequestContext, type VendorCallContext } from "../types.js";
import { PropexoClient } from "./client.js";
import { PropexoConfigSchema, VENDOR, type PropexoConfig } from "./config.js";
import { ENTRATA_PREFIX, EVENT_REQUIREMENTS, fieldPathOf, fromEventInput, toCreatedDelivery, toWriteStatus } from "./mapper.js";
import { propexoGraphQL, type EntrataEventInput } from "./graphql.js";
import { propexoDemoConfig, startPropexoSimulator } from "./simulator.js";
import type { WriteStatus } from "./write-status.js";

/**
 * GET write-status for a job id a createEvent delivery returned (`details.jobId`); null for an
 * unknown job. A plain function of a call context, so background work (the delivery outbox
 * following a queued write, built with call-context.ts) reads it as the `writeStatus` query does.
 */
export async function getWriteStatus(ctx: VendorCallContext<PropexoConfig>, jobId: string): Promise<WriteStatus | null> {
  const id = jobId.trim();
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw badInput("jobId", "is not a Propexo job id (letters, digits, _ and - only)");
  const raw = await new PropexoClient(ctx).getWriteStatus(id);
  return raw ? toWriteStatus(raw, id) : null;
}

/**
 * Entrata through Propexo: write-only. createEvent(target: ENTRATA) posts an applicant event;
 * Propexo queues it and answers with a job id, which writeStatus(vendor: ENTRATA, jobId) reads.
 */
export const propexo = defineVendor({
  id: "propexo",
  name: VENDOR,
  description: "Entrata property management, reached through Propexo: applicant events (createEvent) written asynchronously (writeStatus).",
  displayName: "Entrata (through Propexo)",
  globalIdPrefixes: [ENTRATA_PREFIX],
  configSchema: PropexoConfigSchema,
  fields: {
    read: [],
    write: [
      "event.type",
      "event.title",
      "event.description",
      "event.startsAt",
      "event.endsAt",
      "event.durationMinutes",
      "event.leadId",
      "event.entrata",
    ],
  },
  requirements: { EVENT_WRITE: EVENT_REQUIREMENTS },
  eventWriter: {
    optionsField: "entrata",
    async createEvent(ctx: VendorCallContext<PropexoConfig>, unified, entrata: EntrataEventInput | null | undefined) {
      const input = { ...unified, entrata };
      const body = fromEventInput(input, { integrationId: ctx.config.integrationId, defaultCountry: ctx.tenant.defaultCountry });
      const accepted = await new PropexoClient(ctx).createApplicantEvent(body, (wire) => fieldPathOf(wire, input));
      return toCreatedDelivery(input, body, accepted, { retry: (ctx.attempt ?? 1) >= 2 });
    },
  },
  graphql: (kit: GraphQLKit) =>
    propexoGraphQL(kit, (ctx: RequestContext, jobId) => getWriteStatus(kit.callContext<PropexoConfig>(ctx, "propexo"), jobId)),
  simulator: {
    start: (opts) => startPropexoSimulator(opts),
    demoConfig: propexoDemoConfig,
  },
});

import { defineVendor, type GraphQLKit, type RequestContext, type VendorCallContext } from "../types.js";
import { PropexoClient } from "./client.js";
import { PropexoConfigSchema, VENDOR, type PropexoConfig } from "./config.js";
import { ENTRATA_PREFIX, EVENT_REQUIREMENTS, fieldPathOf, fromEventInput, toCreatedDelivery } from "./mapper.js";
import { propexoGraphQL, type EntrataEventInput } from "./graphql.js";
import { propexoDemoConfig, startPropexoSimulator } from "./simulator.js";
import {
  getWriteStatus,
  queueWriteStatusPoll,
  WRITE_STATUS_EVENT,
  WRITE_STATUS_OPERATION,
  writeStatusOperation,
} from "./write-status-poll.js";

// the `writeStatus` query and the background poll read the same function (write-status-poll.ts)
export { getWriteStatus };

/**
 * Entrata through Propexo: write-only. createEvent(target: ENTRATA) posts an applicant event;
 * Propexo queues it and answers with a job id, which writeStatus(vendor: ENTRATA, jobId) reads and
 * the outbox polls in the background (`propexo.writeStatus`) until Entrata has written it, then
 * announces the outcome to the tenant's webhooks (`entrata.write_status`).
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
      // a job id: Entrata writes it later; the outbox follows the job (write-status-poll.ts)
      return queueWriteStatusPoll(ctx, toCreatedDelivery(input, body, accepted, { retry: (ctx.attempt ?? 1) >= 2 }));
    },
  },
  graphql: (kit: GraphQLKit) =>
    propexoGraphQL(kit, (ctx: RequestContext, jobId) => getWriteStatus(kit.callContext<PropexoConfig>(ctx, "propexo"), jobId)),
  operations: { [WRITE_STATUS_OPERATION]: writeStatusOperation },
  // no deliveryPolicy: the poll follows the tenant's `delivery` backoff and budget (DELIVERY.md)
  webhookEvents: [WRITE_STATUS_EVENT],
  simulator: {
    start: (opts) => startPropexoSimulator(opts),
    demoConfig: propexoDemoConfig,
  },
});

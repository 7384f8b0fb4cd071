import type { z } from "zod";
import { defineVendor, type LeadReader, type VendorCallContext, type VendorServices } from "../types.js";
import { assertForwardConfig, KartraConfigSchema, VENDOR, type KartraConfig } from "./config.js";
import { CALENDAR_COMPLETED_EVENT, kartraWebhookSource } from "./webhook.js";
import { kartraSimulator, seedDemoCompletions } from "./simulator.js";
import { getLeadRecord, getWebhook, latestForSubscription, listLeadRecords } from "./inbox.js";
import { toCalendarCompletion, toLeadFromStored } from "./mapper.js";
import { FORWARD_OPERATION, forwardOperation } from "./forward.js";
import * as m0005 from "./migrations/0005_kartra_forwardings_to_outbox.js";
import * as m0006 from "./migrations/0006_kartra_forwardings_index.js";
import { kartraGraphQL } from "./graphql.js";
import * as m0003 from "./migrations/0003_kartra_inbox.js";
import { badInput } from "../../lib/errors.js";

/**
 * Kartra pushes, it is never called: the adapter is a WebhookSource (durable inbox), a
 * LeadReader over the leads it has pushed, node() for calendars/completions/sessions, and a
 * forwarding operation the delivery outbox runs. Its own GraphQL (completions, the Kartra-only Lead fields) is
 * graphql.ts.
 */
const leadReader: LeadReader<KartraConfig> = {
  async getLead(ctx, nativeId) {
    const json = await getLeadRecord(ctx.store.db, ctx.tenant.id, nativeId);
    return json ? toLeadFromStored(json, ctx.tenant.defaultCountry) : null;
  },
  async listLeads(ctx, filter, page) {
    // Kartra is never called: its leads are the ones its webhooks carried, indexed by email.
    for (const k of ["phone", "name", "externalId"] as const) {
      if (filter[k]) throw badInput(`filter.${k}`, "Kartra leads can be filtered by email only");
    }
    const r = await listLeadRecords(ctx.store.db, ctx.tenant.id, { email: filter.email }, page);
    return { leads: r.leads.map((j) => toLeadFromStored(j, ctx.tenant.defaultCountry)), hasNextPage: r.hasNextPage, totalCount: r.total };
  },
};

export const kartra = defineVendor({
  id: "kartra",
  name: VENDOR,
  displayName: "Kartra",
  description: "Kartra: calendar webhooks (calendar_complete and other actions) stored, queried and subscribed to.",
  // defaults (forward.retry) apply on parse; code reading the config tolerates them missing
  configSchema: KartraConfigSchema as unknown as z.ZodType<KartraConfig>,
  fields: {
    read: [
      "firstName", "middleName", "lastName", "email", "phone", "company", "address", "source", "score", "customFields", "createdAt", "raw",
      "calendars", "kartra",
    ],
    write: [],
  },
  leadReader,
  webhookSource: kartraWebhookSource,
  async resolveNode(ctx: VendorCallContext<KartraConfig>, type, nativeId) {
    const db = ctx.store.db;
    if (type === "calendar") {
      const row = await latestForSubscription(db, ctx.tenant.id, nativeId);
      return row ? toCalendarCompletion(row, ctx.tenant.defaultCountry).calendar : null;
    }
    if (type === "completion") {
      if (!/^\d{1,15}$/.test(nativeId)) return null;
      const row = await getWebhook(db, ctx.tenant.id, Number(nativeId));
      return row && row.action === "calendar_complete" ? toCalendarCompletion(row, ctx.tenant.defaultCountry) : null;
    }
    if (type === "event") {
      const m = /^(\d+)\.(\d+)$/.exec(nativeId);
      if (!m) return null;
      const row = await latestForSubscription(db, ctx.tenant.id, m[1]!);
      return row ? (toCalendarCompletion(row, ctx.tenant.defaultCountry).sessions[Number(m[2])] ?? null) : null;
    }
    return null;
  },
  graphql: kartraGraphQL,
  // the name every existing database has recorded it under (it was a core migration)
  migrations: { "0003_kartra_inbox": m0003, "0005_kartra_forwardings_to_outbox": m0005, "0006_kartra_forwardings_index": m0006 },
  operations: { [FORWARD_OPERATION]: forwardOperation },
  // `forward.retry` predates the outbox's tenant-wide `delivery` policy and still governs forwardings
  deliveryPolicy(tenant) {
    const r = (tenant.vendors.kartra as KartraConfig | undefined)?.forward?.retry;
    if (!r) return undefined;
    const d = { baseDelayMs: 5_000, maxDelayMs: 900_000, maxAttempts: 10, ...r };
    return { maxAttempts: d.maxAttempts, backoff: { initialMs: d.baseDelayMs, maxMs: d.maxDelayMs } };
  },
  webhookEvents: [CALENDAR_COMPLETED_EVENT],
  simulator: kartraSimulator,
  async background(services: VendorServices) {
    // forward targets are vendor ids: only here, with the app's registry, can they be checked
    assertForwardConfig(services.tenants, services.registry);
    await seedDemoCompletions(services);
    return { close: async () => {} };
  },
});

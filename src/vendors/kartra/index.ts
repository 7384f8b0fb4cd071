import type { z } from "zod";
import type { LeadReader, VendorAdapter, VendorCallContext, VendorServices } from "../types.js";
import { KartraConfigSchema, type KartraConfig } from "./config.js";
import { kartraWebhookSource } from "./webhook.js";
import { kartraSimulator, seedDemoCompletions } from "./simulator.js";
import { getLeadRecord, getWebhook, latestForSubscription, latestPerSubscriptionForLead, listCompletions, listLeadRecords, forwardingsFor, type CompletionQuery } from "./inbox.js";
import { toCalendar, toCalendarCompletion, toForwarding, toLeadFromStored } from "./mapper.js";
import { startForwardWorker } from "./forward.js";
import type { KartraInboxRow } from "./types.js";
import type { Calendar } from "../../graphql/types/calendar.type.js";
import type { CalendarCompletion, Forwarding } from "../../graphql/types/calendar-completion.type.js";
import type { Store } from "../../store/index.js";
import { badInput } from "../../lib/errors.js";

/**
 * Kartra pushes, it is never called: the adapter is a WebhookSource (durable inbox), a
 * LeadReader over the leads it has pushed, node() for calendars/completions/sessions, and a
 * background forwarding worker. Queries on completions live in kartra.resolver.ts and use
 * the functions exported below (resolvers never see Kartra's wire types).
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

export const kartraAdapter: VendorAdapter<KartraConfig> = {
  id: "kartra",
  displayName: "Kartra",
  // defaults (eventType, retry) apply on parse; code reading the config tolerates them missing
  configSchema: KartraConfigSchema as unknown as z.ZodType<KartraConfig>,
  fields: {
    read: ["firstName", "middleName", "lastName", "email", "phone", "company", "address", "source", "score", "customFields", "createdAt", "raw", "calendars", "kartra"],
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
  simulator: kartraSimulator,
  async background(services: VendorServices) {
    await seedDemoCompletions(services);
    return startForwardWorker(services);
  },
};

// ---- queries used by the GraphQL resolvers (unified types only) ----

export { completedTopic } from "./webhook.js";
export { completionCursor, parseCompletionCursor } from "./mapper.js";
export type { CompletionQuery } from "./inbox.js";

export async function queryCompletions(store: Store, tenantId: string, defaultCountry: string, q: CompletionQuery): Promise<CalendarCompletion[]> {
  return (await listCompletions(store.db, tenantId, q)).map((r) => toCalendarCompletion(r, defaultCountry));
}

/** A published inbox row (from pub/sub, possibly through Redis JSON) → CalendarCompletion. */
export function completionFromEvent(row: unknown, defaultCountry: string): CalendarCompletion {
  return toCalendarCompletion(row as KartraInboxRow, defaultCountry);
}

export async function calendarsForLead(store: Store, tenantId: string, defaultCountry: string, leadNativeId: string): Promise<Calendar[]> {
  return (await latestPerSubscriptionForLead(store.db, tenantId, leadNativeId)).map((r) => toCalendarCompletion(r, defaultCountry).calendar);
}

/** Forwardings per completion sequence, in key order (one query for the whole batch). */
export async function forwardingsOf(store: Store, tenantId: string, seqs: readonly number[]): Promise<Forwarding[][]> {
  const rows = await forwardingsFor(store.db, tenantId, seqs);
  return seqs.map((seq) => rows.filter((r) => Number(r.webhook_seq) === seq).map(toForwarding));
}

export { toCalendar };

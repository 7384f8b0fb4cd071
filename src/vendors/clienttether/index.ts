import type { VendorAdapter, VendorCallContext, LeadFilter, CreateLeadOptions, LeadPage } from "../types.js";
import type { LeadInput, EventInput } from "../../graphql/types/lead.input.js";
import { delivery, type Delivery } from "../../graphql/types/delivery.type.js";
import { DeliveryStatus, Vendor } from "../../graphql/types/enums.js";
import type { Lead } from "../../graphql/types/lead.type.js";
import { badInput } from "../../lib/errors.js";
import { parseGlobalId } from "../../model/ids.js";
import { toNanp10 } from "../../lib/phone.js";
import { ClientTetherConfigSchema, type ClientTetherConfig } from "./config.js";
import { CT_PAGE_SIZE, dataArray } from "./client.js";
import { invalidateClient, listGeneration, loadersFor, NS_CLIENT, NS_EXT, NS_LIST } from "./loaders.js";
import { fromEventInput, fromLeadInput, toEvent, toLead, type MapOptions } from "./mapper.js";
import { clientTetherDemoConfig, startClientTetherSimulator } from "./simulator.js";
import { resolveClientTetherNode } from "./service.js";

type Ctx = VendorCallContext<ClientTetherConfig>;

export const mapOptions = (ctx: Ctx): MapOptions => ({ defaultCountry: ctx.tenant.defaultCountry, timezone: ctx.tenant.timezone });

/** ClientTether native ids are digit strings ("Ids are digit strings", vendor-notes.md). */
export function checkClientId(id: string, field = "id"): string {
  if (!/^\d{1,19}$/.test(id)) throw badInput(field, `"${id}" is not a ClientTether client id (digits)`);
  return id;
}

/** A global lead id that must be ClientTether's → the client id. */
export function clientIdOf(globalId: string, field: string): string {
  const gid = parseGlobalId(globalId, field);
  if (gid.vendor !== "clienttether" || gid.type !== "lead") throw badInput(field, `expected a ClientTether lead id (clienttether:lead:…), got ${gid.vendor}:${gid.type}`);
  return checkClientId(gid.nativeId, field);
}

async function getLead(ctx: Ctx, nativeId: string): Promise<Lead | null> {
  const c = await loadersFor(ctx).byId.load(checkClientId(nativeId));
  return c ? toLead(c, mapOptions(ctx)) : null;
}

export async function getLeadByExternalId(ctx: Ctx, externalId: string): Promise<Lead | null> {
  if (!externalId.trim()) throw badInput("externalId", "must not be empty");
  const c = await loadersFor(ctx).byExternalId.load(externalId);
  return c ? toLead(c, mapOptions(ctx)) : null;
}

/**
 * Relay pages over ClientTether's limit/offset. Without a filter: read_client_list pages of at
 * most 100 (`first: 250` = 3 pages), every record primed into the by-id loader and keyv. With
 * email/phone/name: read_client_exist (ids only) then the by-id loader. With externalId: the
 * by-external-id loader. Name: one word is sent as firstName; "First Last…" as firstName + lastName.
 */
function listLeads(ctx: Ctx, filter: LeadFilter, page: { offset: number; limit: number }): Promise<LeadPage> {
  const filtered = !!(filter.externalId || filter.email || filter.phone || filter.name?.trim());
  // an unfiltered listing primes the by-id loader: registered before its first await so a by-id
  // batch of the same request waits for it (filtered listings go through the loaders themselves)
  if (filtered) return listLeadsNow(ctx, filter, page);
  // the same page twice in one request (aliases, fragments) is one listing
  const key = `clienttether:listing:${ctx.fresh}:${page.offset}:${page.limit}`;
  let listing = ctx.memo.get(key) as Promise<LeadPage> | undefined;
  if (!listing) {
    listing = loadersFor(ctx).trackListing(listLeadsNow(ctx, filter, page));
    ctx.memo.set(key, listing);
  }
  return listing;
}

async function listLeadsNow(ctx: Ctx, filter: LeadFilter, page: { offset: number; limit: number }): Promise<LeadPage> {
  const mo = mapOptions(ctx);
  const loaders = loadersFor(ctx);
  if (page.limit === 0) return { leads: [], hasNextPage: false, totalCount: null };
  const query: { firstName?: string; lastName?: string; phone?: string; email?: string } = {};
  if (filter.email) query.email = filter.email.trim();
  if (filter.phone) query.phone = toNanp10(filter.phone, "filter.phone", ctx.tenant.defaultCountry);
  if (filter.name?.trim()) {
    const [first, ...rest] = filter.name.trim().split(/\s+/);
    query.firstName = first;
    if (rest.length) query.lastName = rest.join(" ");
  }
  const hasExist = Object.keys(query).length > 0;

  if (filter.externalId) {
    const c = await loaders.byExternalId.load(filter.externalId);
    const lead = c ? toLead(c, mo) : null;
    const match = lead && (!hasExist || matches(lead, query, mo));
    const all = match ? [lead] : [];
    return { leads: all.slice(page.offset, page.offset + page.limit), hasNextPage: all.length > page.offset + page.limit, totalCount: all.length };
  }

  if (hasExist) {
    const refs = await loaders.limit(() => loaders.api.readClientExist(query));
    const ids = [...new Set(refs.map((r) => String(r.client_id)))];
    const slice = ids.slice(page.offset, page.offset + page.limit);
    const clients = await loaders.byId.loadMany(slice);
    const leads: Lead[] = [];
    for (const c of clients) {
      if (c instanceof Error) throw c;
      if (c) leads.push(toLead(c, mo));
    }
    return { leads, hasNextPage: ids.length > page.offset + page.limit, totalCount: ids.length };
  }

  // a page seen within ttlSeconds.lead (and no client write since): its ids, then the clients
  // from keyv, so a warm `leads(first: 100)` makes no upstream call
  const pageKey = `${await listGeneration(ctx)}:${page.offset}:${page.limit}`;
  const cached = ctx.fresh ? undefined : await ctx.cache.get<CachedPage>(NS_LIST, pageKey);
  if (cached) {
    const leads: Lead[] = [];
    for (const c of await loaders.listed(cached.ids)) if (c) leads.push(toLead(c, mo));
    return { leads, hasNextPage: cached.hasNextPage, totalCount: cached.total };
  }

  const leads: Lead[] = [];
  const ids: string[] = [];
  let offset = page.offset;
  let total: number | null = null;
  let lastFull = false;
  while (leads.length < page.limit) {
    const want = Math.min(CT_PAGE_SIZE, page.limit - leads.length);
    const res = await loaders.limit(() => loaders.api.readClientList(want, offset));
    total = res.total;
    await loaders.prime(res.clients);
    for (const c of res.clients) {
      leads.push(toLead(c, mo));
      ids.push(String(c.client_id));
    }
    offset += res.clients.length;
    lastFull = res.clients.length === want;
    if (!lastFull || (total != null && offset >= total)) break;
  }
  const hasNextPage = total != null ? page.offset + leads.length < total : lastFull;
  await ctx.cache.set(NS_LIST, pageKey, { ids, hasNextPage, total } satisfies CachedPage, ctx.config.ttlSeconds.lead);
  return { leads, hasNextPage, totalCount: total };
}

interface CachedPage {
  ids: string[];
  hasNextPage: boolean;
  total: number | null;
}

function matches(lead: Lead, q: { firstName?: string; lastName?: string; phone?: string; email?: string }, mo: MapOptions): boolean {
  const eq = (a: string | null | undefined, b: string | undefined) => b === undefined || (a ?? "").toLowerCase() === b.toLowerCase();
  const phone = q.phone ? toNanp10(q.phone, "filter.phone", mo.defaultCountry) : undefined;
  return eq(lead.firstName, q.firstName) && eq(lead.lastName, q.lastName) && eq(lead.email, q.email) && (phone === undefined || (lead.raw as { phone?: string }).phone === phone);
}

function leadParams(ctx: Ctx, input: LeadInput, mode: "create" | "update", options?: CreateLeadOptions) {
  const origins: Record<string, string> = {};
  const params = fromLeadInput(input, { ...mapOptions(ctx), mode, vendorOptions: options?.vendorOptions, vendorOptionsPath: "options.clienttether", origins });
  return { params, origins };
}

/** `input.source` is a lead source name: it becomes lead_source_id from the (cached) lead source list. */
async function resolveSource(ctx: Ctx, input: LeadInput, params: Record<string, string>, origins: Record<string, string>) {
  if (!input.source || params.lead_source_id) return;
  const loaders = loadersFor(ctx);
  const sources = await loaders.reference("lead_sources", () => loaders.api.readLeadSourceList());
  const hit = sources.find((s) => String(s.lead_source_name).toLowerCase() === input.source!.trim().toLowerCase());
  if (!hit) throw badInput("input.source", `ClientTether has no lead source named "${input.source}" (see clientTetherLeadSources)`);
  params.lead_source_id = String(hit.lead_source_id);
  origins.lead_source_id = "input.source";
}

async function createLead(ctx: Ctx, input: LeadInput, options: CreateLeadOptions): Promise<Delivery> {
  const { params, origins } = leadParams(ctx, input, "create", options);
  await resolveSource(ctx, input, params, origins);
  if (options.validateOnly) return delivery(Vendor.CLIENTTETHER, DeliveryStatus.VALIDATED, { message: "Passes ClientTether's field rules; nothing was sent." });
  const loaders = loadersFor(ctx);
  if (options.dedupe) {
    // "create_client will insert the record as provided regardless of duplicate nature. If concerned
    // with duplicates, you should use one of the read commands to see if a client already exists."
    for (const key of ["phone", "email"] as const) {
      if (!params[key]) continue;
      const refs = await loaders.limit(() => loaders.api.readClientExist({ [key]: params[key] }));
      if (refs.length) {
        const id = String(refs[0]!.client_id);
        const c = await loaders.byId.load(id);
        return delivery(Vendor.CLIENTTETHER, DeliveryStatus.EXISTING, {
          message: `ClientTether already has this client (matched by ${key}); nothing was created`,
          nativeId: id,
          lead: c ? toLead(c, mapOptions(ctx)) : null,
          details: { matchedBy: key, clientIds: refs.map((r) => String(r.client_id)) },
        });
      }
    }
  }
  const ref = await loaders.api.createClient(params, { paths: origins });
  await invalidateClient(ctx, ref.client_id, [ref.external_id, params.external_id]);
  const lead = toLead({ ...params, client_id: ref.client_id, external_id: ref.external_id ?? params.external_id ?? null }, mapOptions(ctx));
  return delivery(Vendor.CLIENTTETHER, DeliveryStatus.CREATED, { nativeId: ref.client_id, lead, details: { clientId: ref.client_id, externalId: ref.external_id ?? null } });
}

function validateLead(ctx: Ctx, input: LeadInput, options: CreateLeadOptions): void {
  leadParams(ctx, input, "create", options);
}

/** What the request already knows about a client (loader memo or keyv), without an upstream call. */
async function known(ctx: Ctx, clientId: string) {
  return (await ctx.cache.get<Record<string, unknown>>(NS_CLIENT, clientId)) ?? null;
}

export async function updateLeadBy(ctx: Ctx, by: { clientId: string } | { externalId: string }, input: LeadInput): Promise<Delivery> {
  const { params, origins } = leadParams(ctx, input, "update");
  await resolveSource(ctx, input, params, origins);
  if (!Object.keys(params).length) throw badInput("input", "nothing to update: give at least one field");
  const api = loadersFor(ctx).api;
  const prior = "clientId" in by ? await known(ctx, by.clientId) : null;
  const record = "clientId" in by ? await api.updateClientById(by.clientId, params, { paths: origins }) : await api.updateClientByExternalId(by.externalId, params, { paths: origins });
  const clientId = record?.client_id ? String(record.client_id) : "clientId" in by ? by.clientId : null;
  if (clientId) await invalidateClient(ctx, clientId, [prior?.external_id as string | undefined, record?.external_id, "externalId" in by ? by.externalId : null]);
  else if ("externalId" in by) await ctx.cache.delete(NS_EXT, [by.externalId]);
  // "If Action Plan is updated, pending actions will be removed."
  const planSent = params.action_plan_id !== undefined;
  const planChanged = planSent && (prior == null || String(prior.action_plan_id ?? "0") !== params.action_plan_id);
  return delivery(Vendor.CLIENTTETHER, DeliveryStatus.UPDATED, {
    nativeId: clientId,
    lead: record ? toLead(record, mapOptions(ctx)) : null,
    message: planChanged ? "The action plan changed: ClientTether removed the client's pending actions" : null,
    details: { actionPlanChanged: planChanged, pendingActionsRemoved: planChanged },
  });
}

export async function deleteLeadBy(ctx: Ctx, by: { clientId: string } | { externalId: string }): Promise<Delivery> {
  const api = loadersFor(ctx).api;
  if ("clientId" in by) {
    const prior = await known(ctx, by.clientId);
    await api.deleteClientById(by.clientId);
    await invalidateClient(ctx, by.clientId, [prior?.external_id as string | undefined]);
    return delivery(Vendor.CLIENTTETHER, DeliveryStatus.DELETED, { nativeId: by.clientId });
  }
  const mapped = await ctx.cache.get<string>(NS_EXT, by.externalId);
  await api.deleteClientByExternalId(by.externalId);
  if (mapped) await invalidateClient(ctx, mapped, [by.externalId]);
  else {
    await ctx.cache.delete(NS_EXT, [by.externalId]);
    loadersFor(ctx).byExternalId.clear(by.externalId);
  }
  return delivery(Vendor.CLIENTTETHER, DeliveryStatus.DELETED, { nativeId: mapped ?? null, details: { externalId: by.externalId } });
}

async function createEvent(ctx: Ctx, input: EventInput): Promise<Delivery> {
  if (!input.leadId) throw badInput("input.leadId", "ClientTether events belong to a lead: give its global id");
  const clientId = clientIdOf(input.leadId, "input.leadId");
  const params = fromEventInput(input, clientId, mapOptions(ctx));
  // a refused user_id is named where the caller gave it
  const paths = input.userId != null ? { paths: { ...EVENT_PATHS.paths, user_id: "input.userId" } } : EVENT_PATHS;
  const body = await loadersFor(ctx).api.createClientEvent(params, paths);
  const eventId = String(dataArray<{ event_id?: string }>(body)[0]?.event_id ?? "");
  const event = eventId ? toEvent({ ...params, event_id: eventId }, mapOptions(ctx)) : null;
  return delivery(Vendor.CLIENTTETHER, DeliveryStatus.CREATED, { nativeId: eventId || null, event });
}

/** An event of the lead with the same type, start and note as `input` would create (read fresh, not from a cache). */
async function findEvent(ctx: Ctx, input: EventInput): Promise<Delivery | null> {
  if (!input.leadId) return null;
  const clientId = clientIdOf(input.leadId, "input.leadId");
  const p = fromEventInput(input, clientId, mapOptions(ctx));
  const rows = await loadersFor(ctx).api.readAllEvents({ client_id: clientId });
  const hit = rows.find((e) => e.event_type === p.event_type && e.event_date === p.event_date && e.event_time === p.event_time && e.event_note === p.event_note);
  if (!hit) return null;
  const event = toEvent({ ...hit, client_id: hit.client_id ?? clientId }, mapOptions(ctx));
  return delivery(Vendor.CLIENTTETHER, DeliveryStatus.EXISTING, { nativeId: String(hit.event_id), event, message: "ClientTether already has this event; nothing was created" });
}

export const EVENT_PATHS = {
  paths: {
    client_id: "input.leadId",
    event_type: "input.type",
    event_date: "input.startsAt",
    event_time: "input.startsAt",
    event_note: "input.description",
    event_end_date: "input.endsAt",
    event_end_time: "input.endsAt",
    user_id: "input.extra.user_id",
    event_manual_action_plan_id: "input.extra.event_manual_action_plan_id",
  },
};

export const clienttether: VendorAdapter<ClientTetherConfig> = {
  id: "clienttether",
  displayName: "ClientTether",
  configSchema: ClientTetherConfigSchema as never,
  fields: {
    read: ["externalId", "firstName", "lastName", "email", "phone", "secondaryPhone", "company", "jobTitle", "address", "source", "tags", "customFields", "createdAt", "raw"],
    write: ["externalId", "firstName", "lastName", "email", "phone", "secondaryPhone", "company", "jobTitle", "address", "source", "tags", "customFields", "extra"],
  },
  leadReader: { getLead, listLeads },
  leadWriter: {
    createLead,
    validateLead,
    updateLead: (ctx, nativeId, input) => updateLeadBy(ctx, { clientId: checkClientId(nativeId) }, input),
    deleteLead: (ctx, nativeId) => deleteLeadBy(ctx, { clientId: checkClientId(nativeId) }),
  },
  eventWriter: { createEvent, findEvent },
  resolveNode: resolveClientTetherNode,
  simulator: {
    start: (opts) => startClientTetherSimulator(opts),
    demoConfig: clientTetherDemoConfig,
  },
};

export default clienttether;

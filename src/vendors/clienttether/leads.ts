import { badInput } from "../../lib/errors.js";
import { toNanp10 } from "../../lib/phone.js";
import { DeliveryStatus, type Delivery } from "../../model/delivery.js";
import type { Lead, LeadFilter, LeadInput, LeadPage } from "../../model/lead.js";
import type { CreateLeadOptions } from "../types.js";
import { CT_PAGE_SIZE } from "./client.js";
import { mapOptions, type ClientTetherContext as Ctx } from "./context.js";
import { checkClientId } from "./ids.js";
import { invalidateClient, listGeneration, loadersFor, NS_CLIENT, NS_EXT, NS_LIST } from "./loaders.js";
import { fromLeadInput } from "./mapper/from-lead-input.js";
import { toLead } from "./mapper/to-lead.js";
import type { MapOptions } from "./mapper/values.js";
import type { ClientTetherLeadOptions } from "./model/inputs.js";
import type { ClientTetherClient } from "./types.js";
import { done } from "./result.js";

/** Leads: the unified reader and writer, and the by-external-id variants only ClientTether has. */

type Page = { offset: number; limit: number };
type ExistQuery = { firstName?: string; lastName?: string; phone?: string; email?: string };
type ClientRef = { clientId: string } | { externalId: string };

export function getLead(ctx: Ctx, nativeId: string): Lead | null | Promise<Lead | null> {
  const id = checkClientId(nativeId);
  // a warm in-process hit is answered synchronously: no loaders built, no promise to wait for
  const cached = ctx.fresh ? undefined : ctx.cache.peek?.<ClientTetherClient | null>(NS_CLIENT, id);
  if (cached) return toLead(cached, mapOptions(ctx));
  return loadersFor(ctx)
    .byId.load(id)
    .then((c) => (c ? toLead(c, mapOptions(ctx)) : null));
}

export async function getLeadByExternalId(ctx: Ctx, externalId: string): Promise<Lead | null> {
  if (!externalId.trim()) throw badInput("externalId", "must not be empty");
  const c = await loadersFor(ctx).byExternalId.load(externalId);
  return c ? toLead(c, mapOptions(ctx)) : null;
}

/**
 * Relay pages over ClientTether's limit/offset. Without a filter: read_client_list pages of at
 * most 100 while they come back full (`first: 250` = 100/0, 100/100, 50/200), every record primed into the by-id loader and keyv. With
 * email/phone/name: read_client_exist (ids only) then the by-id loader. With externalId: the
 * by-external-id loader. Name: one word is sent as firstName; "First Last…" as firstName + lastName.
 */
export function listLeads(ctx: Ctx, filter: LeadFilter, page: Page): Promise<LeadPage> {
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

async function listLeadsNow(ctx: Ctx, filter: LeadFilter, page: Page): Promise<LeadPage> {
  const mo = mapOptions(ctx);
  const loaders = loadersFor(ctx);
  if (page.limit === 0) return { leads: [], hasNextPage: false, totalCount: null };
  const query: ExistQuery = {};
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
    const end = page.offset + page.limit;
    return { leads: all.slice(page.offset, end), hasNextPage: all.length > end, totalCount: all.length };
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

  // TotalRecord is not a grand total: the doc's examples (read_client_exist, create_client) count
  // the records of that answer. So pages are read while they come back full, and the end is known
  // only from a short page: then (and only then) the total is known too.
  const leads: Lead[] = [];
  const ids: string[] = [];
  let offset = page.offset;
  let endSeen = false;
  while (leads.length < page.limit) {
    const want = Math.min(CT_PAGE_SIZE, page.limit - leads.length);
    const res = await loaders.limit(() => loaders.api.readClientList(want, offset));
    await loaders.prime(res.clients);
    for (const c of res.clients) {
      leads.push(toLead(c, mo));
      ids.push(String(c.client_id));
    }
    offset += res.clients.length;
    if (res.clients.length < want) {
      endSeen = true;
      break;
    }
  }
  // after a full page more may exist: hasNextPage stays true unless ClientTether said there are no more
  const hasNextPage = !endSeen;
  const total = endSeen ? offset : null;
  await ctx.cache.set(NS_LIST, pageKey, { ids, hasNextPage, total } satisfies CachedPage, ctx.config.ttlSeconds.lead);
  return { leads, hasNextPage, totalCount: total };
}

interface CachedPage {
  ids: string[];
  hasNextPage: boolean;
  total: number | null;
}

function matches(lead: Lead, q: ExistQuery, mo: MapOptions): boolean {
  const eq = (a: string | null | undefined, b: string | undefined) => b === undefined || (a ?? "").toLowerCase() === b.toLowerCase();
  const phone = q.phone ? toNanp10(q.phone, "filter.phone", mo.defaultCountry) : undefined;
  const samePhone = phone === undefined || (lead.raw as { phone?: string }).phone === phone;
  return eq(lead.firstName, q.firstName) && eq(lead.lastName, q.lastName) && eq(lead.email, q.email) && samePhone;
}

function leadParams(ctx: Ctx, input: LeadInput, mode: "create" | "update", options?: CreateLeadOptions<ClientTetherLeadOptions>) {
  const origins: Record<string, string> = {};
  const vendorOptions = options?.vendorOptions;
  const params = fromLeadInput(input, { ...mapOptions(ctx), mode, vendorOptions, vendorOptionsPath: "options.clienttether", origins });
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

export async function createLead(ctx: Ctx, input: LeadInput, options: CreateLeadOptions<ClientTetherLeadOptions>): Promise<Delivery> {
  const { params, origins } = leadParams(ctx, input, "create", options);
  await resolveSource(ctx, input, params, origins);
  if (options.validateOnly) return done(DeliveryStatus.VALIDATED, { message: "Passes ClientTether's field rules; nothing was sent." });
  const loaders = loadersFor(ctx);
  // A retry after an unknown outcome may find the client our earlier attempt created: look first,
  // whatever the caller asked of `dedupe` (DELIVERY.md). A match is taken as that client.
  const retry = (ctx.attempt ?? 1) >= 2;
  if (options.dedupe || retry) {
    const existing = await findExisting(ctx, params, retry);
    if (existing) return existing;
  }
  const ref = await loaders.api.createClient(params, { paths: origins });
  await invalidateClient(ctx, ref.client_id, [ref.external_id, params.external_id]);
  const lead = toLead({ ...params, client_id: ref.client_id, external_id: ref.external_id ?? params.external_id ?? null }, mapOptions(ctx));
  const details = { clientId: ref.client_id, externalId: ref.external_id ?? null };
  return done(DeliveryStatus.CREATED, { nativeId: ref.client_id, lead, details });
}

/** The client read_client_exist finds by the phone, else the email, about to be sent; null when neither matches. */
async function findExisting(ctx: Ctx, params: Record<string, string>, retry: boolean): Promise<Delivery | null> {
  const loaders = loadersFor(ctx);
  // "create_client will insert the record as provided regardless of duplicate nature. If concerned
  // with duplicates, you should use one of the read commands to see if a client already exists."
  for (const key of ["phone", "email"] as const) {
    if (!params[key]) continue;
    const refs = await loaders.limit(() => loaders.api.readClientExist({ [key]: params[key] }));
    if (!refs.length) continue;
    const id = String(refs[0]!.client_id);
    const c = await loaders.byId.load(id);
    return done(DeliveryStatus.EXISTING, {
      message: `ClientTether already has this client (matched by ${key}); nothing was created`,
      nativeId: id,
      lead: c ? toLead(c, mapOptions(ctx)) : null,
      details: { matchedBy: key, clientIds: refs.map((r) => String(r.client_id)), ...(retry ? { retry: true } : {}) },
    });
  }
  return null;
}

export function validateLead(ctx: Ctx, input: LeadInput, options: CreateLeadOptions<ClientTetherLeadOptions>): void {
  leadParams(ctx, input, "create", options);
}

/** What the request already knows about a client (loader memo or keyv), without an upstream call. */
async function known(ctx: Ctx, clientId: string) {
  return (await ctx.cache.get<Record<string, unknown>>(NS_CLIENT, clientId)) ?? null;
}

export async function updateLeadBy(ctx: Ctx, by: ClientRef, input: LeadInput): Promise<Delivery> {
  const { params, origins } = leadParams(ctx, input, "update");
  await resolveSource(ctx, input, params, origins);
  if (!Object.keys(params).length) throw badInput("input", "nothing to update: give at least one field");
  const api = loadersFor(ctx).api;
  const prior = "clientId" in by ? await known(ctx, by.clientId) : null;
  const record =
    "clientId" in by
      ? await api.updateClientById(by.clientId, params, { paths: origins })
      : await api.updateClientByExternalId(by.externalId, params, { paths: origins });
  const clientId = record?.client_id ? String(record.client_id) : "clientId" in by ? by.clientId : null;
  if (clientId) {
    const externalIds = [prior?.external_id as string | undefined, record?.external_id, "externalId" in by ? by.externalId : null];
    await invalidateClient(ctx, clientId, externalIds);
  } else if ("externalId" in by) {
    await ctx.cache.delete(NS_EXT, [by.externalId]);
  }
  // "If Action Plan is updated, pending actions will be removed."
  const planSent = params.action_plan_id !== undefined;
  const planChanged = planSent && (prior == null || String(prior.action_plan_id ?? "0") !== params.action_plan_id);
  return done(DeliveryStatus.UPDATED, {
    nativeId: clientId,
    lead: record ? toLead(record, mapOptions(ctx)) : null,
    message: planChanged ? "The action plan changed: ClientTether removed the client's pending actions" : null,
    details: { actionPlanChanged: planChanged, pendingActionsRemoved: planChanged },
  });
}

export async function deleteLeadBy(ctx: Ctx, by: ClientRef): Promise<Delivery> {
  const api = loadersFor(ctx).api;
  if ("clientId" in by) {
    const prior = await known(ctx, by.clientId);
    await api.deleteClientById(by.clientId);
    await invalidateClient(ctx, by.clientId, [prior?.external_id as string | undefined]);
    return done(DeliveryStatus.DELETED, { nativeId: by.clientId });
  }
  const mapped = await ctx.cache.get<string>(NS_EXT, by.externalId);
  await api.deleteClientByExternalId(by.externalId);
  if (mapped) await invalidateClient(ctx, mapped, [by.externalId]);
  else {
    await ctx.cache.delete(NS_EXT, [by.externalId]);
    loadersFor(ctx).byExternalId.clear(by.externalId);
  }
  return done(DeliveryStatus.DELETED, { nativeId: mapped ?? null, details: { externalId: by.externalId } });
}

import type { z } from "zod";
import type { IncomingMessage } from "node:http";
import type { Tenant } from "../config.js";
import type { Logger } from "../lib/logger.js";
import type { Http } from "../lib/http.js";
import type { TenantCache } from "../cache/index.js";
import type { Store } from "../store/index.js";
import type { UpstreamStats } from "../lib/upstream-stats.js";
import type { Simulator } from "../simulators/harness.js";
import type { Lead } from "../graphql/types/lead.type.js";
import type { Event } from "../graphql/types/event.type.js";
import type { Delivery } from "../graphql/types/delivery.type.js";
import type { WriteStatus } from "../graphql/types/write-status.type.js";
import type { LeadInput, CancelLeadInput, EventInput } from "../graphql/types/lead.input.js";
import type { PubSub } from "../lib/pubsub.js";
import type { Metrics } from "../lib/metrics.js";

/**
 * The vendor adapter contract. Capabilities, not one fat interface: an adapter implements
 * the ones its vendor supports and resolvers ask the registry "who can do X for this tenant".
 * Adding a vendor = one folder under src/vendors, one entry in registry.ts, and its id here and
 * in the GraphQL Vendor enum (see registry.ts).
 */
export type VendorId = "clienttether" | "kartra" | "comunik8" | "trackdrive" | "propexo";

/** What a capability call gets: the tenant's own config for this vendor and request-scoped tools. */
export interface VendorCallContext<C = unknown> {
  tenant: Tenant;
  config: C;
  requestId: string;
  logger: Logger;
  http: Http;
  cache: TenantCache;
  store: Store;
  upstream: UpstreamStats;
  /** Caller asked for live data (`Cache-Control: no-cache` or `fresh: true`). */
  fresh: boolean;
  /** Per-request memo (DataLoaders live here), dropped with the request. */
  memo: Map<string, unknown>;
  pubsub: PubSub;
  /** Process metrics (DataLoader batch sizes); absent in unit tests that build a context by hand. */
  metrics?: Metrics;
}

export interface LeadPage {
  leads: Lead[];
  hasNextPage: boolean;
  totalCount?: number | null;
}

export interface LeadFilter {
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  externalId?: string | null;
}

export interface LeadReader<C> {
  getLead(ctx: VendorCallContext<C>, nativeId: string): Promise<Lead | null>;
  listLeads(ctx: VendorCallContext<C>, filter: LeadFilter, page: { offset: number; limit: number }): Promise<LeadPage>;
}

export interface CreateLeadOptions {
  /** Validate only: nothing is created (Comunik8 `test: true`, our own checks elsewhere). */
  validateOnly: boolean;
  dedupe: boolean;
  /** The caller's vendor-specific options input for this vendor, if any. */
  vendorOptions?: Record<string, unknown> | null;
}

export interface LeadWriter<C> {
  createLead(ctx: VendorCallContext<C>, input: LeadInput, options: CreateLeadOptions): Promise<Delivery>;
  /** Checks that would reject `input` before anything is sent; throws BadInputError. */
  validateLead?(ctx: VendorCallContext<C>, input: LeadInput, options: CreateLeadOptions): void;
  updateLead?(ctx: VendorCallContext<C>, nativeId: string, input: LeadInput): Promise<Delivery>;
  deleteLead?(ctx: VendorCallContext<C>, nativeId: string): Promise<Delivery>;
  cancelLead?(ctx: VendorCallContext<C>, input: CancelLeadInput, vendorOptions?: Record<string, unknown> | null): Promise<Delivery>;
}

export interface EventWriter<C> {
  createEvent(ctx: VendorCallContext<C>, input: EventInput): Promise<Delivery>;
  /**
   * The event this input would create, if the vendor already has it (an EXISTING delivery), else
   * null. For callers that retry a create whose answer was lost: look before sending again.
   */
  findEvent?(ctx: VendorCallContext<C>, input: EventInput): Promise<Delivery | null>;
}

/** Vendors whose writes are asynchronous (Propexo): where a queued write stands; null for an unknown job. */
export interface WriteStatusReader<C> {
  getWriteStatus(ctx: VendorCallContext<C>, jobId: string): Promise<WriteStatus | null>;
}

export interface CallbackScheduler<C> {
  /** Checks that would reject the callback before anything is sent; throws BadInputError (run for every target first). */
  validateCallback?(
    ctx: VendorCallContext<C>,
    lead: LeadInput,
    when: { at?: Date | null; inSeconds?: number | null },
    vendorOptions?: Record<string, unknown> | null,
  ): void;
  scheduleCallback(
    ctx: VendorCallContext<C>,
    lead: LeadInput,
    when: { at?: Date | null; inSeconds?: number | null },
    vendorOptions?: Record<string, unknown> | null,
  ): Promise<Delivery>;
}

export interface WebhookRequest {
  req: IncomingMessage;
  /** Path after `/webhooks/<vendor>`, e.g. `/s3cret`. */
  subpath: string;
  query: URLSearchParams;
  body: Buffer;
}

export interface WebhookResponse {
  status: number;
  body: unknown;
}

export interface WebhookSource {
  handleWebhook(deps: VendorServices, request: WebhookRequest): Promise<WebhookResponse>;
}

/** Process-wide services a webhook handler or background worker gets (no request scope). */
export interface VendorServices {
  tenants: Tenant[];
  logger: Logger;
  http: Http;
  store: Store;
  cacheFor(tenantId: string): TenantCache;
  metrics?: Metrics;
  pubsub: PubSub;
}

export type Capability = "LEAD_READ" | "LEAD_WRITE" | "LEAD_UPDATE" | "LEAD_DELETE" | "LEAD_CANCEL" | "LEAD_VALIDATE" | "EVENT_WRITE" | "CALLBACK_SCHEDULE" | "WEBHOOK";

export interface VendorAdapter<C = any> {
  id: VendorId;
  displayName: string;
  /** Zod schema of this vendor's block in the tenants file (`tenants[].vendors.<id>`). */
  configSchema: z.ZodType<C>;
  /** Unified Lead/Event fields this vendor can read and write (served by the `vendors` query). */
  fields: { read: string[]; write: string[] };
  leadReader?: LeadReader<C>;
  leadWriter?: LeadWriter<C>;
  eventWriter?: EventWriter<C>;
  callbackScheduler?: CallbackScheduler<C>;
  writeStatusReader?: WriteStatusReader<C>;
  webhookSource?: WebhookSource;
  /** `node(id:)` for this vendor's object types other than `lead` (e.g. `event`, `calendar`). */
  resolveNode?(ctx: VendorCallContext<C>, type: string, nativeId: string): Promise<unknown | null>;
  /**
   * Process-lifetime background work (e.g. Kartra's forwarding outbox worker, demo seed data):
   * started once the store is open (awaited before the server listens), closed before it closes.
   */
  background?(services: VendorServices): Promise<{ close(): Promise<void> }>;
  /** In-process fake of the vendor over HTTP; demo mode and tests run on it. */
  simulator?: {
    start(opts?: { seed?: boolean; port?: number }): Promise<Simulator>;
    /** This vendor's tenant config pointing at a running simulator. */
    demoConfig(sim: Simulator): C;
  };
}

export function capabilitiesOf(adapter: VendorAdapter): Capability[] {
  const caps: Capability[] = [];
  if (adapter.leadReader) caps.push("LEAD_READ");
  if (adapter.leadWriter) {
    caps.push("LEAD_WRITE");
    if (adapter.leadWriter.updateLead) caps.push("LEAD_UPDATE");
    if (adapter.leadWriter.deleteLead) caps.push("LEAD_DELETE");
    if (adapter.leadWriter.cancelLead) caps.push("LEAD_CANCEL");
    if (adapter.leadWriter.validateLead) caps.push("LEAD_VALIDATE");
  }
  if (adapter.eventWriter) caps.push("EVENT_WRITE");
  if (adapter.callbackScheduler) caps.push("CALLBACK_SCHEDULE");
  if (adapter.webhookSource) caps.push("WEBHOOK");
  return caps;
}

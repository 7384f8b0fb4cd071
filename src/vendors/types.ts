import type { z } from "zod";
import type { IncomingMessage } from "node:http";
import type { Logger } from "../lib/logger.js";
import type { Http } from "../lib/http.js";
import type { TenantCache } from "../cache/index.js";
import type { Store } from "../store/index.js";
import type { UpstreamStats } from "../lib/upstream-stats.js";
import type { Simulator } from "../simulators/harness.js";
import type { PubSub } from "../lib/pubsub.js";
import type { Metrics } from "../lib/metrics.js";
import type { Lead, LeadFilter, LeadInput, LeadPage, CancelLeadInput } from "../model/lead.js";
import type { EventInput } from "../model/event.js";
import type { Delivery, DeliveryPolicy } from "../model/delivery.js";
import type { Capability } from "../model/capability.js";
import { NO_REQUIREMENTS, type CapabilityRequirements, type RequirementsByCapability } from "../model/requirements.js";
import type { ClassType } from "type-graphql";
import type { Kysely, Migration } from "kysely";
import type { Database } from "../store/schema.js";

/**
 * The vendor adapter contract. Capabilities, not one fat interface: an adapter implements
 * the ones its vendor supports and resolvers ask the registry "who can do X for this tenant".
 * Adding a vendor = one folder under src/vendors (README.md there is the template) and one line
 * in registry.ts.
 */

/** What a vendor sees of a tenant: its id, defaults, and every vendor block of its config. */
export interface TenantContext {
  id: string;
  name?: string;
  defaultCountry: string;
  timezone: string;
  vendors: Partial<Record<string, unknown>>;
}

/** What a capability call gets: the tenant's own config for this vendor and request-scoped tools. */
export interface VendorCallContext<C = unknown> {
  tenant: TenantContext;
  config: C;
  requestId: string;
  logger: Logger;
  /** Breakers and outbound rate limits are this tenant's own (call-context.ts). */
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
  /** Every vendor of this app: for adapters that hand work to another vendor (a webhook source forwarding what it received). */
  registry: Registry;
  /**
   * Which attempt at this write this call is: 1 (or absent) the first, 2+ a retry by the delivery
   * outbox after an attempt whose outcome is unknown (a timeout after the request was sent, a crash).
   * A retry must not create a second record: the adapter runs its vendor's own dedupe first
   * (each vendor folder's DELIVERY.md says how, and what it cannot guarantee).
   */
  attempt?: number;
  /** The durable outbox: an adapter that starts work to follow up (a job to poll) queues it here. */
  outbox?: OutboxPort;
}

export interface LeadReader<C> {
  /** May answer synchronously (a warm in-process cache hit). */
  getLead(ctx: VendorCallContext<C>, nativeId: string): Lead | null | Promise<Lead | null>;
  listLeads(ctx: VendorCallContext<C>, filter: LeadFilter, page: { offset: number; limit: number }): Promise<LeadPage>;
}

export interface CreateLeadOptions<O = unknown> {
  /** Validate only: nothing is created (a vendor's own test mode, or our checks alone). */
  validateOnly: boolean;
  dedupe: boolean;
  /** The caller's options input for this vendor (`options.<vendor id>`), if any. */
  vendorOptions?: O | null;
}

export interface LeadWriter<C, O = unknown> {
  /**
   * `LeadInput.source` must name one of the account's own lead sources, not free text: callers
   * relaying another system's source (webhook forwarding) send it only when configured.
   */
  sourceIsReference?: boolean;
  createLead(ctx: VendorCallContext<C>, input: LeadInput, options: CreateLeadOptions<O>): Promise<Delivery>;
  /** Checks that would reject `input` before anything is sent; throws BadInputError, which makes this vendor's delivery REJECTED. */
  validateLead?(ctx: VendorCallContext<C>, input: LeadInput, options: CreateLeadOptions<O>): void;
  updateLead?(ctx: VendorCallContext<C>, nativeId: string, input: LeadInput): Promise<Delivery>;
  deleteLead?(ctx: VendorCallContext<C>, nativeId: string): Promise<Delivery>;
  cancelLead?(ctx: VendorCallContext<C>, input: CancelLeadInput, vendorOptions?: O | null): Promise<Delivery>;
}

export interface EventWriter<C, E = unknown> {
  /** The EventInput field holding this vendor's own event fields (`acme`); its type is the vendor's `eventOptions`. */
  optionsField?: string;
  /** `vendorOptions`: the caller's `input.<optionsField>`. */
  createEvent(ctx: VendorCallContext<C>, input: EventInput, vendorOptions?: E | null): Promise<Delivery>;
  /**
   * The event this input would create, if the vendor already has it (an EXISTING delivery), else
   * null. For callers that retry a create whose answer was lost: look before sending again.
   */
  findEvent?(ctx: VendorCallContext<C>, input: EventInput, vendorOptions?: E | null): Promise<Delivery | null>;
}

export interface CallbackWhen {
  at?: Date | null;
  inSeconds?: number | null;
}

export interface CallbackScheduler<C, O = unknown> {
  /** Checks that would reject the callback before anything is sent; throws BadInputError: this vendor's delivery REJECTED. */
  validateCallback?(ctx: VendorCallContext<C>, lead: LeadInput, when: CallbackWhen, vendorOptions?: O | null): void;
  scheduleCallback(ctx: VendorCallContext<C>, lead: LeadInput, when: CallbackWhen, vendorOptions?: O | null): Promise<Delivery>;
}

export interface WebhookRequest {
  req: IncomingMessage;
  /** Path after `/webhooks/<vendor>`, e.g. `/s3cret`. */
  subpath: string;
  query: URLSearchParams;
  body: Buffer;
  /** `body` decoded: the route has checked it is valid UTF-8. */
  text: string;
}

export interface WebhookResponse {
  status: number;
  body: unknown;
}

export interface WebhookSource {
  handleWebhook(deps: VendorServices, request: WebhookRequest): Promise<WebhookResponse>;
  /**
   * The path after `/webhooks/<vendor id>` a tenant gives the vendor, for the start-up banner:
   * with this tenant's config (demo mode prints the demo tenant's), or a placeholder without.
   */
  pathFor?(config: unknown): string;
}

/** Process-wide services a webhook handler or background worker gets (no request scope). */
export interface VendorServices {
  tenants: TenantContext[];
  logger: Logger;
  /** The process-wide client; call-context.ts wraps it per tenant. */
  http: Http;
  store: Store;
  cacheFor(tenantId: string): TenantCache;
  metrics?: Metrics;
  pubsub: PubSub;
  registry: Registry;
  /** The durable outbox (src/delivery): background deliveries and outbound webhooks. */
  outbox?: OutboxPort;
}

// ---- The delivery outbox, as vendors see it (src/delivery implements it) ----

/** Background work for the outbox: `operation` names a core operation or an adapter's own (`operations`). */
export interface OutboxItem {
  tenantId: string;
  operation: string;
  /** Id of the vendor the work is delivered to. */
  vendor: string;
  /** What the operation needs to run, as JSON. */
  payload: unknown;
  /** One item per key and tenant: a producer that may run twice for one cause (a duplicate webhook) adds it once. */
  dedupeKey?: string;
}

export interface OutboxPort {
  /**
   * Commits the items (in `db`, a producer's own transaction, when given: the work then exists
   * exactly when what caused it does) and returns their delivery ids. Workers pick them up.
   */
  enqueue(items: OutboxItem[], db?: Kysely<Database>): Promise<string[]>;
  /** Queues an outbound webhook event (`type` one of an adapter's `webhookEvents`) for every endpoint of the tenant that takes it. */
  emit(tenantId: string, type: string, data: unknown, db?: Kysely<Database>): Promise<void>;
  /** Wakes the workers (on every replica) after a commit made outside `enqueue`'s own. */
  kick(): void;
}

/** One attempt at an adapter's own background operation. */
export interface OutboxJob {
  /** The delivery's global id (`leadgraph:delivery:<n>`). */
  id: string;
  tenant: TenantContext;
  /** The vendor the work is delivered to; a producer may hand work to another vendor. */
  vendorId: string;
  payload: unknown;
  /** What earlier attempts confirmed (saved with `save`); `{}` on the first. */
  progress: Record<string, unknown>;
  /** 1 on the first attempt: see VendorCallContext.attempt. */
  attempt: number;
  services: VendorServices;
  logger: Logger;
  /** Saves confirmed steps and extends the lease; throws when another worker has taken the delivery over. */
  save(progress: Record<string, unknown>): Promise<void>;
}

/**
 * An adapter's background operation. Its Delivery is the attempt's outcome: a success is final,
 * REJECTED is final, FAILED with a retryable error is tried again under the tenant's policy.
 */
export type OutboxOperation = (job: OutboxJob) => Promise<Delivery>;

export interface VendorAdapter<C = unknown, O = unknown, E = unknown> {
  /** Config key, global-id prefix and metric label: `acme`. */
  id: string;
  /** The value in the GraphQL `Vendor` enum: `ACME`. */
  name: string;
  /** Description of the enum value, where the name alone does not say it. */
  description?: string;
  displayName: string;
  /** Other global-id prefixes this vendor answers to (a vendor reached through a broker may answer to the system's name). */
  globalIdPrefixes?: readonly string[];
  /** Zod schema of this vendor's block in the tenants file (`tenants[].vendors.<id>`). */
  configSchema: z.ZodType<C, z.ZodTypeDef, unknown>;
  /** Unified Lead/Event fields this vendor can read and write (served by the `vendors` query). */
  fields: { read: string[]; write: string[] };
  leadReader?: LeadReader<C>;
  leadWriter?: LeadWriter<C, O>;
  eventWriter?: EventWriter<C, E>;
  callbackScheduler?: CallbackScheduler<C, O>;
  webhookSource?: WebhookSource;
  /**
   * What each capability needs of its input (`vendors { requirements }`), declared beside the
   * capabilities it describes. The capability's own pre-flight reads `requiredFields` from here and
   * applies each rule; a problem found there is this vendor's REJECTED delivery, never another's.
   */
  requirements?: RequirementsByCapability;
  /** `node(id:)` for this vendor's object types other than `lead` (e.g. `event`, `calendar`). */
  resolveNode?(ctx: VendorCallContext<C>, type: string, nativeId: string): Promise<unknown | null>;
  /** This vendor's own GraphQL: types, inputs, resolvers (the kit: GraphQLKit below). */
  graphql?: (kit: GraphQLKit) => VendorGraphQL;
  /** Tables this vendor keeps in the store, by migration name (ordered by name with the core ones). */
  migrations?: Readonly<Record<string, Migration>>;
  /**
   * Process-lifetime background work (e.g. an outbox worker, demo seed data):
   * started once the store is open (awaited before the server listens), closed before it closes.
   */
  background?(services: VendorServices): Promise<{ close(): Promise<void> }>;
  /** Background operations this adapter runs through the delivery outbox, by operation name (`<vendor id>.<what>`). */
  operations?: Readonly<Record<string, OutboxOperation>>;
  /**
   * The retry settings for this adapter's own `operations` in a tenant, where its config has its
   * own (over the tenant's `delivery`); undefined: the tenant's.
   */
  deliveryPolicy?(tenant: TenantContext, operation: string): Partial<Pick<DeliveryPolicy, "maxAttempts" | "backoff">> | undefined;
  /** Outbound webhook event types this adapter emits (`<vendor id>.<what>`), allowed in a tenant's `webhooks[].events`. */
  webhookEvents?: readonly string[];
  /** In-process fake of the vendor over HTTP; demo mode and tests run on it. */
  simulator?: {
    start(opts?: { seed?: boolean; port?: number }): Promise<Simulator>;
    /** This vendor's tenant config pointing at a running simulator. */
    demoConfig(sim: Simulator): C;
  };
}

/** Keeps an adapter's literal id and name, so the registry's `as const` list can derive types from them. */
export function defineVendor<const Id extends string, const Name extends string, C, O = unknown, E = unknown>(
  adapter: VendorAdapter<C, O, E> & { id: Id; name: Name },
): VendorAdapter<C, O, E> & { id: Id; name: Name } {
  return adapter;
}

/** The vendors of one app, built in createApp and passed to everything that needs one. */
export interface Registry {
  readonly adapters: readonly VendorAdapter[];
  get(id: string): VendorAdapter | undefined;
  /** By GraphQL `Vendor` enum value (`ACME`). */
  byName(name: string): VendorAdapter | undefined;
  /** By the vendor part of a global id (its id, or one of its globalIdPrefixes). */
  byGlobalPrefix(prefix: string): VendorAdapter | undefined;
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

/** One entry per capability of the adapter, empty where it declares nothing. */
export function requirementsOf(adapter: VendorAdapter): ({ capability: Capability } & CapabilityRequirements)[] {
  return capabilitiesOf(adapter).map((capability) => ({ capability, ...(adapter.requirements?.[capability] ?? NO_REQUIREMENTS) }));
}

// ---- The GraphQL kit ----

/**
 * How a vendor folder owns its GraphQL without importing src/graphql: its `graphql.ts` exports
 * a function of this kit, and the GraphQL layer calls it once per process with the unified
 * type-graphql classes and the request helpers. The arrow runs graphql/ → vendors/ only.
 */

/** What a vendor resolver may read of the request (`@Ctx()`); graphql/context.ts builds it. */
export interface RequestContext {
  tenant: TenantContext;
  requestId: string;
  logger: Logger;
  services: VendorServices;
  limits: { maxFirst: number };
}

/** A connection field's arguments. */
export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

export interface GraphQLKit {
  /** The unified type-graphql classes, for `@Resolver(() => kit.types.Lead)` and field types. */
  types: {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- an abstract class: what type-graphql `implements` takes
    Node: Function;
    Lead: ClassType<Lead>;
    Event: ClassType;
    Calendar: ClassType;
    Delivery: ClassType<Delivery>;
    LeadInput: ClassType;
    LeadMutationPayload: ClassType;
    /** The GraphQL `Vendor` enum object (values are the vendors' `name`s). */
    Vendor: object;
    /** `first`/`after` for a connection field: `@Args(() => kit.types.ConnectionArgs)`. */
    ConnectionArgs: ClassType<PageArgs>;
  };
  /** A Relay connection type `<name>Connection` for a node class. */
  Connection<T extends object>(node: ClassType<T>, name?: string): ClassType<ConnectionShape<T>>;
  toConnection<T>(items: T[], startOffset: number, hasNextPage: boolean, totalCount?: number | null): ConnectionShape<T>;
  /** The `after` cursor as an offset (the item after it); BAD_USER_INPUT naming `argument`. */
  parseOffsetCursor(cursor: string | null | undefined, argument?: string): number;
  /** A nested connection's `first`/`after` as offset and limit, checked against the server's maxFirst. */
  pageArgs(ctx: RequestContext, args: PageArgs): { offset: number; limit: number };
  /** A connection over a list read whole (its length is totalCount): the page `first`/`after` asks for. */
  connectionFromList<T>(ctx: RequestContext, all: T[], args: PageArgs): ConnectionShape<T>;
  /** This vendor's call context for the request, or VENDOR_NOT_CONFIGURED. */
  callContext<C>(ctx: RequestContext, vendorId: string, opts?: { fresh?: boolean }): VendorCallContext<C>;
  isConfigured(ctx: RequestContext, vendorId: string): boolean;
  /** Runs `fn` once per idempotency key (the argument, else the Idempotency-Key header). */
  idempotent<T>(
    ctx: RequestContext,
    operation: string,
    key: string | null | undefined,
    input: unknown,
    fn: () => Promise<T>,
  ): Promise<{ result: T; replayed: boolean }>;
  /** A vendor failure as the FAILED/REJECTED delivery it becomes. */
  failedDelivery(ctx: RequestContext, vendor: string, error: unknown): Delivery;
  /** Writes a vendor-only mutation's delivery to the delivery log (never retried), which gives it its id. */
  logDelivery(
    ctx: RequestContext,
    operation: string,
    vendorId: string,
    payload: unknown,
    delivery: Delivery,
    startedAt: number,
  ): Promise<Delivery>;
}

/** A per-vendor block of an input (`CreateLeadOptions.<vendor id>`, `EventInput.<optionsField>`). */
export interface VendorInputField {
  type: ClassType;
  description: string;
}

export interface VendorGraphQL {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** `CreateLeadOptions.<vendor id>`: the vendor's typed parameters beyond LeadInput. */
  leadOptions?: VendorInputField;
  /** `EventInput.<eventWriter.optionsField>`: the vendor's event fields beyond the unified ones. */
  eventOptions?: VendorInputField;
}

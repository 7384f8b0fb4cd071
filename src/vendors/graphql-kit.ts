import type { ClassType } from "type-graphql";
import type { Logger } from "../lib/logger.js";
import type { Delivery } from "../model/delivery.js";
import type { Lead } from "../model/lead.js";
import type { TenantContext, VendorCallContext, VendorServices } from "./types.js";

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
  };
  /** A Relay connection type `<name>Connection` for a node class. */
  Connection<T extends object>(node: ClassType<T>, name?: string): ClassType<ConnectionShape<T>>;
  toConnection<T>(items: T[], startOffset: number, hasNextPage: boolean, totalCount?: number | null): ConnectionShape<T>;
  /** The `after` cursor as an offset (the item after it); BAD_USER_INPUT naming `argument`. */
  parseOffsetCursor(cursor: string | null | undefined, argument?: string): number;
  /** This vendor's call context for the request, or VENDOR_NOT_CONFIGURED. */
  callContext<C>(ctx: RequestContext, vendorId: string, opts?: { fresh?: boolean }): VendorCallContext<C>;
  isConfigured(ctx: RequestContext, vendorId: string): boolean;
  /** Runs `fn` once per idempotency key (the argument, else the Idempotency-Key header). */
  idempotent<T>(ctx: RequestContext, operation: string, key: string | null | undefined, input: unknown, fn: () => Promise<T>): Promise<{ result: T; replayed: boolean }>;
  /** A vendor failure as the FAILED/REJECTED delivery it becomes. */
  failedDelivery(ctx: RequestContext, vendor: string, error: unknown): Delivery;
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

import type { NonEmptyArray } from "type-graphql";
import { QueryResolver } from "./query.resolver.js";
import { MutationResolver } from "./mutation.resolver.js";
import { DeliveryResolver } from "./delivery.resolver.js";

/** The vendor-neutral resolvers; each vendor's own come from its folder (schema.ts). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [QueryResolver, MutationResolver, DeliveryResolver];

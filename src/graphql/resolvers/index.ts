import type { NonEmptyArray } from "type-graphql";
import { QueryResolver } from "./query.resolver.js";
import { MutationResolver } from "./mutation.resolver.js";
import { AssignedNumbersResolver } from "./assigned-numbers.resolver.js";

/** Every resolver class. Vendor issues append their own (e.g. Lead field resolvers). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [QueryResolver, MutationResolver, AssignedNumbersResolver];

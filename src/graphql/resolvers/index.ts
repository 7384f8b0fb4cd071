import type { NonEmptyArray } from "type-graphql";
import { QueryResolver } from "./query.resolver.js";
import { MutationResolver } from "./mutation.resolver.js";
import { WriteStatusResolver } from "./write-status.resolver.js";
import { CalendarCompletionResolver, KartraLeadFieldsResolver } from "./kartra.resolver.js";
import { AssignedNumbersResolver } from "./assigned-numbers.resolver.js";
import { ClientTetherLeadFieldsResolver, ClientTetherProposalResolver, ClientTetherResolver } from "./clienttether.resolver.js";

/** Every resolver class. Vendor issues append their own (e.g. Lead field resolvers). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  QueryResolver,
  MutationResolver,
  ClientTetherResolver,
  ClientTetherLeadFieldsResolver,
  ClientTetherProposalResolver,
  WriteStatusResolver,
  CalendarCompletionResolver,
  KartraLeadFieldsResolver,
  AssignedNumbersResolver,
];

import type { GraphQLKit, VendorGraphQL } from "../../types.js";
import { LeadOptionsInput } from "./inputs.js";
import { payloadType } from "./payload.type.js";
import { referenceTypes } from "./reference.type.js";
import { resolvers } from "./resolvers.js";

/** ClientTether's own GraphQL: reference data, lazy Lead fields, its own mutations and `CreateLeadOptions.clienttether`. */
export function clienttetherGraphQL(kit: GraphQLKit): VendorGraphQL {
  const refs = referenceTypes(kit);
  return {
    resolvers: resolvers(kit, refs, payloadType(kit, refs)),
    leadOptions: { type: LeadOptionsInput, description: "ClientTether client parameters beyond LeadInput." },
  };
}

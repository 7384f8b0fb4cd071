/** The kit a vendor's `graphql.ts` is a function of; declared with the adapter contract in types.ts. */
export type { GraphQLKit, RequestContext, VendorGraphQL, VendorInputField, ConnectionShape, PageArgs } from "./types.js";

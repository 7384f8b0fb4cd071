/**
 * The typed SDK partner apps import as `leadgraph/sdk` (package.json `exports`): every operation
 * of operations/*.graphql as a TypedDocumentNode (`CreateLeadDocument`, …), their result and
 * variable types, the schema's enums and inputs, and graphql-codegen's `graphql()` function.
 * Importing it starts nothing: no server, no store, no simulator (test/scripts/release.test.ts).
 */
export * from "./sdk/index.js";
export * from "./sdk/graphql.js";

// ESLint 9 flat config: the recommended rules of ESLint and typescript-eslint (syntax only, no
// type information: it stays fast and runs without a build), plus a 140-column line limit.
// `npm run lint`; .ci/run runs it after the typecheck.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import graphql from "@graphql-eslint/eslint-plugin";

// What Node scripts (.mjs, .cjs, .js) may use without importing it; TypeScript files get
// no-undef switched off by typescript-eslint (the compiler checks names there).
const nodeGlobals = Object.fromEntries(
  [
    "AbortController",
    "Buffer",
    "URL",
    "URLSearchParams",
    "clearInterval",
    "clearTimeout",
    "console",
    "fetch",
    "module",
    "performance",
    "process",
    "require",
    "setInterval",
    "setTimeout",
    "structuredClone",
  ].map((name) => [name, "readonly"]),
);

// one graphql-config for both blocks: the plugin caches the first project it loads
const graphQLConfig = { schema: "schema/schema.graphql", documents: "operations/*.graphql" };

export default tseslint.config(
  {
    // generated or built: src/sdk (graphql-codegen), schema/ (emitted SDL), dist*/
    ignores: ["node_modules/**", "dist/**", "dist-bench/**", "src/sdk/**", "schema/released.graphql", "bench/results/**", "data/**"],
  },
  { files: ["**/*.{js,mjs,cjs,ts}"], extends: [js.configs.recommended, tseslint.configs.recommended] },
  // The emitted schema (the SDL partners read) and the example operations (the SDK's source),
  // with @graphql-eslint: every type, field, argument, input field and enum value described,
  // naming conventions (SCREAMING_CASE enum values), Relay connections, and operations that
  // select `id` wherever a type has one (so a normalised client cache can key every object).
  {
    files: ["schema/schema.graphql"],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      ...graphql.configs["flat/schema-recommended"].rules,
      ...graphql.configs["flat/schema-relay"].rules,
      // Forward pagination only (first/after): the vendors page forwards, and `last`/`before` would
      // promise what no adapter can keep.
      "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],
      // Small bounded lists (tags, hosts, deliveries, fieldErrors) stay plain lists; every list that
      // pages is a connection with Edge types, which the rule still checks.
      // Some pages are of value objects without a global id of their own (a lead's notes, pending
      // actions, payments): their edges carry cursors, but their nodes are not Nodes.
      "@graphql-eslint/relay-edge-types": ["error", { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false }],
      // Value objects (Address, PageInfo, Delivery, payloads) have no identity of their own: every
      // type that has one implements Node with `id: ID!`, and the operations must select it
      // (require-selections below).
      "@graphql-eslint/strict-id-in-types": "off",
      // `Calendar.calendarId` is the subscribed calendar's id, not the subscription's: the prefix is meaning.
      "@graphql-eslint/no-typename-prefix": "off",
      "@graphql-eslint/require-description": [
        "error",
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
          ScalarTypeDefinition: true,
        },
      ],
    },
  },
  {
    files: ["operations/*.graphql"],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig } },
    plugins: { "@graphql-eslint": graphql },
    rules: { ...graphql.configs["flat/operations-recommended"].rules },
  },
  {
    files: ["**/*.{js,mjs,cjs,ts}"],
    languageOptions: { globals: nodeGlobals },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "max-len": ["error", { code: 140, tabWidth: 2 }],
      // `_`-prefixed: deliberately unused (a parameter before a used one, a key dropped by a rest)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);

import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLSchema, type GraphQLFormattedError } from "graphql";
import type { Context } from "../graphql/context.js";
import { scrubString } from "../lib/logger.js";
import { depthLimitRule } from "./depth-limit.js";
import { costLimitPlugin } from "./cost-limit.js";
import { DEFAULT_INPUT_LIMITS, inputLimitsPlugin, type InputLimits } from "./input-limits.js";

/**
 * GraphQL-over-HTTP spec: a parse/validation/variable error answered to a client that only
 * accepts `application/json` must be 200, not 400 (graphql-http audit). Apollo answers 400;
 * this puts it right for those clients and keeps 400 for `application/graphql-response+json`.
 */
const legacyJsonStatus: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get("accept") ?? "";
    const jsonOnly = accept.includes("application/json") && !accept.includes("application/graphql-response+json");
    return {
      async willSendResponse({ response, errors }) {
        if (jsonOnly && response.http.status === 400 && errors?.length) response.http.status = 200;
      },
    };
  },
};

/** `extensions.upstream`: what this request cost in vendor calls, cache hits and upstream time. */
const upstreamCost: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === "single" && contextValue?.upstream) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, upstream: contextValue.upstream.summary(), requestId: contextValue.requestId };
        }
      },
    };
  },
};

export function createApollo(opts: { schema: GraphQLSchema; production: boolean; introspection: boolean; maxDepth: number; secrets: string[]; maxCost?: number; maxBatchSize?: number; inputLimits?: InputLimits }) {
  return new ApolloServer<Context>({
    schema: opts.schema,
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: !opts.production,
    csrfPrevention: true,
    // Arrays of operations in one POST: off unless server.maxBatchSize > 1 (server/http.ts caps the length).
    allowBatchedHttpRequests: (opts.maxBatchSize ?? 1) > 1,
    validationRules: [depthLimitRule(opts.maxDepth)],
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), legacyJsonStatus, upstreamCost, costLimitPlugin<Context>(opts.maxCost ?? 1000), inputLimitsPlugin<Context>(opts.inputLimits ?? DEFAULT_INPUT_LIMITS)],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const original = unwrapResolverError(error);
      const isOurs = original instanceof GraphQLError && typeof original.extensions?.code === "string";
      const code = formatted.extensions?.code as string | undefined;
      // Unexpected exceptions become INTERNAL_SERVER_ERROR with a generic message: their text
      // may carry upstream bodies; the full error is in the log with the request id.
      if (!isOurs && (code === "INTERNAL_SERVER_ERROR" || !code) && formatted.path) {
        return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
      }
      const message = scrubString(formatted.message, opts.secrets);
      const extensions = { ...formatted.extensions };
      if (opts.production) delete extensions.stacktrace;
      return { ...formatted, message, extensions };
    },
  });
}

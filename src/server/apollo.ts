import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLSchema, type GraphQLFormattedError } from "graphql";
import type { Context } from "../graphql/context.js";
import { scrubResultData, scrubString } from "../lib/logger.js";
import { depthLimitRule } from "./depth-limit.js";
import type { Metrics } from "../lib/metrics.js";
import type { Logger } from "../lib/logger.js";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { costLimitPlugin } from "./cost-limit.js";
import { DEFAULT_INPUT_LIMITS, inputLimitsPlugin, type InputLimits } from "./input-limits.js";
import { traceResolvers, tracingPlugin } from "./tracing.js";

/** Every error of a request goes to the log with the request id the client also sees. */
function errorLog(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const err of errors) {
            const original = unwrapResolverError(err);
            const given = (err.extensions?.code as string | undefined) ?? "INTERNAL_SERVER_ERROR";
            const code = isRequestError(original) ? "BAD_USER_INPUT" : given;
            const level = code === "INTERNAL_SERVER_ERROR" ? "error" : "info";
            logger[level](
              { requestId: contextValue?.requestId, operation: operationName, code, path: err.path, err: original },
              "graphql error",
            );
          }
        },
      };
    },
  };
}

/**
 * The per-request bookkeeping in one plugin with one hook, since every plugin hook Apollo awaits
 * shows up in the profile of a trivial query:
 * - `extensions.upstream`: what this request cost in vendor calls, cache hits and upstream time;
 * - operation latency by name and outcome, for /metrics;
 * - GraphQL-over-HTTP: a parse/validation/variable error answered to a client that only accepts
 *   `application/json` must be 200, not 400 (graphql-http audit). Apollo answers 400; this puts
 *   it right for those clients and keeps 400 for `application/graphql-response+json`.
 */
function responsePlugin(metrics: Metrics, secrets: string[], upstreamExtension: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const accept = request.http?.headers.get("accept") ?? "";
      const jsonOnly = accept.includes("application/json") && !accept.includes("application/graphql-response+json");
      return {
        async willSendResponse({ response, contextValue, operation, errors }) {
          if (response.body.kind === "single" && contextValue?.upstream) {
            const result = response.body.singleResult;
            if (operation?.operation === "mutation") result.data = scrubResultData(result.data, secrets);
            result.extensions = upstreamExtension
              ? { ...result.extensions, upstream: contextValue.upstream.summary(), requestId: contextValue.requestId }
              : { ...result.extensions, requestId: contextValue.requestId };
            // each error carries the id its log line has, as the 401/400/413 answers do
            if (result.errors)
              result.errors = result.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
          }
          if (jsonOnly && response.http.status === 400 && errors?.length) response.http.status = 200;
          // `operation` is set only once the document parsed and validated: a client-chosen name
          // of an invalid request never becomes a series (metrics.ts caps the valid ones too)
          const name = operation ? (operation.name?.value ?? "anonymous") : undefined;
          metrics.observeOperation(name, errors?.length ? "error" : "ok", (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/**
 * graphql-js's coercion errors, raised while executing because of what the request sent: an
 * argument's value (`Argument "first" of non-null type "Int!" must not be null.`, e.g. a variable
 * with a default sent as null), and, over graphql-ws where no Apollo coerces first, a variable's
 * (`Variable "$n" of required type "Int!" was not provided.`). They are GraphQLErrors with no code
 * and no cause of their own; graphql-js's other execution errors (a null for a non-null field, an
 * abstract type it cannot resolve) are our bugs and stay INTERNAL_SERVER_ERROR.
 */
export function isRequestError(e: unknown): e is GraphQLError {
  return (
    e instanceof GraphQLError &&
    e.extensions?.code == null &&
    e.originalError == null &&
    /^(Argument "[^"]+"|Variable "\$[^"]+") /.test(e.message)
  );
}

/**
 * What a client sees of an error, over HTTP (Apollo's formatError) and over graphql-ws alike.
 * graphql-js's coercion errors caused by the request are BAD_USER_INPUT with graphql-js's message.
 * Unexpected exceptions become INTERNAL_SERVER_ERROR with a generic message: their text may
 * carry upstream bodies; the full error is in the log with the request id. Configured secrets
 * are scrubbed from every message; stack traces only in development.
 */
export function errorFormatter(opts: { secrets: string[]; development: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isRequestError(original)) {
      // the client's mistake, in graphql-js's own words (Apollo labels execution errors INTERNAL_SERVER_ERROR)
      const extensions: Record<string, unknown> = { ...formatted.extensions, code: "BAD_USER_INPUT" };
      if (!opts.development) delete extensions.stacktrace;
      return { ...formatted, message: scrubString(original.message, opts.secrets), extensions };
    }
    const isOurs = original instanceof GraphQLError && typeof original.extensions?.code === "string";
    const code = formatted.extensions?.code as string | undefined;
    if (!isOurs && (code === "INTERNAL_SERVER_ERROR" || !code) && formatted.path) {
      return {
        message: "Internal server error",
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      };
    }
    const message = scrubString(formatted.message, opts.secrets);
    const extensions = { ...formatted.extensions };
    if (!opts.development) delete extensions.stacktrace;
    return { ...formatted, message, extensions };
  };
}

export function createApollo(opts: {
  schema: GraphQLSchema;
  production: boolean;
  development: boolean;
  logger: Logger;
  introspection: boolean;
  maxDepth: number;
  secrets: string[];
  metrics: Metrics;
  /** Automatic persisted queries store; Redis-backed when REDIS_URL is set so replicas share it. */
  apqCache?: KeyValueCache<string>;
  maxCost?: number;
  maxBatchSize?: number;
  inputLimits?: InputLimits;
  /** `extensions.upstream` on every response (default on; LEADGRAPH_UPSTREAM_EXTENSION=false). */
  upstreamExtension?: boolean;
}) {
  // no-op spans unless an OpenTelemetry SDK is registered (README "Tracing")
  traceResolvers(opts.schema);
  return new ApolloServer<Context>({
    schema: opts.schema,
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: opts.development,
    csrfPrevention: true,
    // main.ts drains on SIGTERM/SIGINT (HTTP first, Apollo last). Apollo's own handler (on unless
    // NODE_ENV=test) would stop Apollo while requests whose bodies are still arriving wait for it.
    stopOnTerminationSignals: false,
    // Arrays of operations in one POST: off unless server.maxBatchSize > 1 (server/routes.ts caps the length).
    allowBatchedHttpRequests: (opts.maxBatchSize ?? 1) > 1,
    validationRules: [depthLimitRule(opts.maxDepth)],
    persistedQueries: opts.apqCache ? { cache: opts.apqCache } : undefined,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      tracingPlugin(),
      responsePlugin(opts.metrics, opts.secrets, opts.upstreamExtension ?? true),
      errorLog(opts.logger),
      costLimitPlugin<Context>(opts.maxCost ?? 1000),
      inputLimitsPlugin<Context>(opts.inputLimits ?? DEFAULT_INPUT_LIMITS),
    ],
    formatError: errorFormatter(opts),
  });
}

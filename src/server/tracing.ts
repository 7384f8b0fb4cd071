import type { ApolloServerPlugin } from "@apollo/server";
import { context, trace, type Context as OtelContext } from "@opentelemetry/api";
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { Context } from "../graphql/context.js";
import { errorCode, failSpan, tracer, VENDOR_BACKED_EXTENSION } from "../lib/tracing.js";

/**
 * Tracing for GraphQL (see lib/tracing.ts): an operation span per request (this plugin) and a
 * span per vendor-backed resolver (`traceResolvers`). Apollo's hooks cannot make a span the
 * active context around execution, so the operation's context is kept here by the request's
 * context object and resolver spans take it as their explicit parent; upstream spans then nest
 * under the resolver span through the active context (an SDK's context manager carries it
 * across awaits; a DataLoader batch runs in the context of the resolver that opened it).
 *
 * When no SDK is registered the operation span does not record, nothing is stored, and a
 * wrapped resolver costs one WeakMap lookup. Batched HTTP requests (off by default) share one
 * context object, so their resolver spans all hang under the batch's latest operation.
 */
const operations = new WeakMap<object, OtelContext>();

export function tracingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const span = tracer.startSpan("graphql.operation");
      if (!span.isRecording()) return {};
      span.setAttribute("leadgraph.request_id", contextValue.requestId);
      operations.set(contextValue, trace.setSpan(context.active(), span));
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          // GraphQL semantic conventions: "<type> <name>"; never the document (it may hold PII literals)
          span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
          span.setAttribute("graphql.operation.type", operation.operation);
          if (operationName) span.setAttribute("graphql.operation.name", operationName);
        },
        async willSendResponse({ errors }) {
          if (errors?.length) failSpan(span, errorCode(errors[0]));
          span.end();
        },
      };
    },
  };
}

const wrapped = new WeakSet<GraphQLSchema>();

/**
 * Wraps, in place, the resolvers that reach vendors: every root Query and Mutation field and any
 * field marked `@Extensions(VENDOR_BACKED)` (lib/tracing.ts). Every other field keeps its own resolver untouched.
 */
export function traceResolvers(schema: GraphQLSchema): void {
  if (wrapped.has(schema)) return;
  wrapped.add(schema);
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!roots.has(type) && field.extensions?.[VENDOR_BACKED_EXTENSION] !== true) continue;
      field.resolve = traced(`${type.name}.${field.name}`, field.resolve ?? defaultFieldResolver);
    }
  }
}

const pathOf = (info: GraphQLResolveInfo): string => {
  const keys: (string | number)[] = [];
  for (let p: GraphQLResolveInfo["path"] | undefined = info.path; p; p = p.prev) keys.push(p.key);
  return keys.reverse().join(".");
};

function traced(name: string, resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return (source, args, ctx, info) => {
    const parent = operations.get(ctx);
    if (!parent) return resolve(source, args, ctx, info);
    return tracer.startActiveSpan(name, { attributes: { "graphql.field.path": pathOf(info) } }, parent, (span) => {
      let out: unknown;
      try {
        out = resolve(source, args, ctx, info);
      } catch (e) {
        failSpan(span, errorCode(e));
        span.end();
        throw e;
      }
      if (!(out instanceof Promise)) {
        span.end();
        return out;
      }
      return out.then(
        (v) => {
          span.end();
          return v;
        },
        (e: unknown) => {
          failSpan(span, errorCode(e));
          span.end();
          throw e;
        },
      );
    });
  };
}

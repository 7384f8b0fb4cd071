import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Context } from "../graphql/context.js";
import type { Idempotency } from "../graphql/idempotency.js";
import type { Logger } from "../lib/logger.js";
import type { Metrics } from "../lib/metrics.js";
import type { VendorServices } from "../vendors/types.js";
import { ApiKeyAuth, type ServedTenant } from "./auth.js";
import { HttpError, gqlError, notFound, type Exchange } from "./exchange.js";
import { requestContextFactory, type RequestContextDeps } from "./request-context.js";
import { createRoutes, findRoute, loggedPath, type Route } from "./routes.js";
import { attachGraphQLWs } from "./ws.js";
import type { WsGuardOptions } from "./ws-guard.js";

export interface HttpServerDeps {
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  logger: Logger;
  tenants: readonly ServedTenant[];
  services: VendorServices;
  idempotency: Idempotency;
  limits: { bodyLimitBytes: number; maxFirst: number; maxBatchSize?: number };
  explorer: boolean;
  /** Demo mode: the key pre-filled in the explorer. */
  demoApiKey?: string;
  ready(): Promise<{ store: boolean; cache: boolean }>;
  metrics: Metrics;
  /** Upstream call sink for process-wide metrics. */
  onUpstream?: RequestContextDeps["onUpstream"];
  /** The limits and error formatting Apollo applies over HTTP, for operations over the socket. */
  wsGuard: Omit<WsGuardOptions, "schema">;
}

/**
 * The HTTP server: the routes of routes.ts (GraphQL, explorer, webhooks, health, metrics) and
 * graphql-ws on the same port. `close()` drains: it stops accepting, lets in-flight requests
 * finish (bounded), then closes the sockets.
 */
export function createHttpServer(deps: HttpServerDeps) {
  const auth = new ApiKeyAuth(deps.tenants);
  let accepting = true;
  const buildContext = requestContextFactory({ ...deps, maxFirst: deps.limits.maxFirst });
  const routes = createRoutes({ ...deps, auth, buildContext, accepting: () => accepting });

  const server = http.createServer((req, res) => dispatch(routes, exchangeFor(req, res), deps.logger, accepting));
  server.keepAliveTimeout = 5000;
  const ws = attachGraphQLWs(server, { schema: deps.schema, auth, buildContext, wsGuard: deps.wsGuard });

  return {
    server,
    /** Stop accepting, let in-flight requests finish (bounded), close sockets. */
    async close(graceMs = 10_000) {
      accepting = false;
      await ws.close();
      await drain(server, graceMs);
    },
  };
}

function exchangeFor(req: IncomingMessage, res: ServerResponse): Exchange {
  const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
  // split by hand: a WHATWG URL per request shows in the profile of `{ __typename }`
  const target = req.url ?? "/";
  const q = target.indexOf("?");
  return { req, res, requestId, target, path: q < 0 ? target : target.slice(0, q), search: q < 0 ? "" : target.slice(q) };
}

async function dispatch(routes: readonly Route[], x: Exchange, logger: Logger, accepting: boolean) {
  const { req, res, requestId } = x;
  const started = performance.now();
  res.on("finish", () => {
    const ms = Math.round(performance.now() - started);
    logger.info({ requestId, method: req.method, path: loggedPath(x.path), status: res.statusCode, ms }, "request");
  });
  res.setHeader("x-request-id", requestId); // every answer, errors included: it is how a log line is found
  if (!accepting) res.setHeader("connection", "close");
  try {
    const route = findRoute(routes, req.method, x.path);
    if (!route) return notFound(res);
    await route.handle(x);
  } catch (e) {
    if (e instanceof HttpError) {
      return gqlError(res, e.status, e.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", e.message, requestId);
    }
    logger.error({ err: e, requestId }, "unhandled error");
    if (!res.headersSent) gqlError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", requestId);
    else res.end();
  }
}

/** Closes the listener and idle connections; connections still busy after `graceMs` are cut. */
function drain(server: http.Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

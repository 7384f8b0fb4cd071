import http, { type IncomingMessage, type ServerResponse } from "node:http";
import net from "node:net";
import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Context } from "../graphql/context.js";
import type { Idempotency } from "../graphql/idempotency.js";
import type { DeliveryService } from "../delivery/service.js";
import type { Logger } from "../lib/logger.js";
import type { Metrics } from "../lib/metrics.js";
import type { VendorServices } from "../vendors/types.js";
import { ApiKeyAuth, type ServedTenant } from "./auth.js";
import { HttpError, gqlError, notFound, type Exchange } from "./exchange.js";
import { ServiceUnavailableError } from "../lib/errors.js";
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
  deliveries: DeliveryService;
  limits: { bodyLimitBytes: number; maxFirst: number; maxBatchSize?: number; requestDeadlineMs?: number };
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
  const buildContext = requestContextFactory({ ...deps, maxFirst: deps.limits.maxFirst, requestDeadlineMs: deps.limits.requestDeadlineMs });
  const routes = createRoutes({ ...deps, auth, buildContext, accepting: () => accepting });

  const inFlight = new Set<ServerResponse>();
  const server = http.createServer((req, res) => {
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    void dispatch(routes, exchangeFor(req, res), deps.logger, accepting);
  });
  server.keepAliveTimeout = 5000;
  const ws = attachGraphQLWs(server, { schema: deps.schema, auth, buildContext, wsGuard: deps.wsGuard });

  return {
    server,
    /** Stop accepting, let in-flight requests finish (bounded), close sockets. */
    async close(graceMs = 10_000) {
      accepting = false;
      // requests already running answer with `connection: close` too
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
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
    if (e instanceof ServiceUnavailableError && !res.headersSent) {
      // nothing was committed: the sender (a vendor's webhook retry, a client) should try again
      logger.warn({ requestId, dependency: e.dependency, err: e.message }, "store unavailable");
      res.setHeader("retry-after", "5");
      return gqlError(res, 503, "SERVICE_UNAVAILABLE", e.message, requestId);
    }
    logger.error({ err: e, requestId }, "unhandled error");
    if (!res.headersSent) gqlError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", requestId);
    else res.end();
  }
}

/** How long an idle keep-alive socket is kept after shutdown began, for a request already on its way. */
const IDLE_GRACE_MS = 300;

/**
 * Closes the listener at once (new connections are refused) but not the idle keep-alive
 * sockets: a request a client wrote just before the signal may sit unread in one, and closing
 * it would reset a request that had arrived. Such sockets get `IDLE_GRACE_MS`; every response
 * sent from now on carries `connection: close`, so busy sockets close after their response.
 * Connections still busy after `graceMs` are cut.
 */
function drain(server: http.Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    // net.Server's close: http.Server#close (Node ≥ 19) would also close idle sockets right now
    net.Server.prototype.close.call(server, () => {
      clearTimeout(timer);
      clearInterval(idle);
      resolve();
    });
    const idle = setInterval(() => server.closeIdleConnections(), IDLE_GRACE_MS);
    idle.unref();
  });
}

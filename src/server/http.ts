import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Context } from "../graphql/context.js";
import type { Logger } from "../lib/logger.js";
import type { Tenant } from "../config.js";
import type { VendorServices } from "../vendors/types.js";
import type { Idempotency } from "../graphql/idempotency.js";
import { UpstreamStats } from "../lib/upstream-stats.js";
import { ApiKeyAuth } from "./auth.js";
import { explorerAsset, explorerPage } from "./explorer.js";
import { wsOperationGuard, wsResultFormatter, type WsGuardOptions } from "./ws-guard.js";
import type { Metrics } from "../lib/metrics.js";

export interface HttpServerDeps {
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  logger: Logger;
  tenants: Tenant[];
  services: VendorServices;
  idempotency: Idempotency;
  limits: { bodyLimitBytes: number; maxFirst: number; maxBatchSize?: number };
  explorer: boolean;
  /** Demo mode: the key pre-filled in the explorer. */
  demoApiKey?: string;
  ready(): Promise<{ store: boolean; cache: boolean }>;
  metrics: Metrics;
  /** Upstream call sink for process-wide metrics. */
  onUpstream?: ConstructorParameters<typeof UpstreamStats>[0];
  /** The limits and error formatting Apollo applies over HTTP, for operations over the socket. */
  wsGuard: Omit<WsGuardOptions, "schema">;
}

/**
 * A request's context. The child logger is built on first use: most requests never log, and a
 * pino child per request showed in the profile. A prototype getter, not an own one, because
 * Apollo copies the context with Object.assign, which would call an own getter.
 */
class RequestContext implements Context {
  tenant!: Tenant;
  requestId!: string;
  upstream!: UpstreamStats;
  cache!: Context["cache"];
  fresh!: boolean;
  memo!: Map<string, unknown>;
  services!: VendorServices;
  idempotency!: Idempotency;
  limits!: { maxFirst: number };
  idempotencyKeyHeader?: string;
  private childLogger?: Logger;

  constructor(
    private readonly rootLogger: Logger,
    fields: Omit<Context, "logger">,
  ) {
    Object.assign(this, fields);
  }

  get logger(): Logger {
    return (this.childLogger ??= this.rootLogger.child({ requestId: this.requestId, tenant: this.tenant.id }));
  }
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Listener-based rather than `for await`: the async iterator costs a few % of a small request's CPU. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.reject(new HttpError(413, `request body exceeds the limit of ${limit} bytes (bodyLimitBytes)`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.resume();
        reject(new HttpError(413, `request body exceeds the limit of ${limit} bytes (bodyLimitBytes)`));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function gqlError(res: ServerResponse, status: number, code: string, message: string, requestId: string) {
  sendJson(res, status, { errors: [{ message, extensions: { code, requestId } }] }, status === 401 ? { "www-authenticate": 'Bearer realm="leadgraph"' } : {});
}

export function createHttpServer(deps: HttpServerDeps) {
  const auth = new ApiKeyAuth(deps.tenants);
  let accepting = true;

  const buildContext = (tenant: Tenant, requestId: string, headers: IncomingMessage["headers"]): Context => {
    const upstream = new UpstreamStats(deps.onUpstream);
    const cacheControl = String(headers["cache-control"] ?? "");
    const idem = headers["idempotency-key"];
    return new RequestContext(deps.logger, {
      tenant,
      requestId,
      upstream,
      cache: deps.services.cacheFor(tenant.id).withStats(upstream),
      fresh: /no-cache|no-store/i.test(cacheControl),
      memo: new Map(),
      services: deps.services,
      idempotency: deps.idempotency,
      limits: { maxFirst: deps.limits.maxFirst },
      idempotencyKeyHeader: Array.isArray(idem) ? idem[0] : idem,
    });
  };

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, search: string, requestId: string) => {
    const tenant = auth.tenantFor(ApiKeyAuth.keyFrom(req.headers));
    if (!tenant) return gqlError(res, 401, "UNAUTHENTICATED", "missing or unknown API key: send Authorization: Bearer <api key> or x-api-key", requestId);
    const raw = await readBody(req, deps.limits.bodyLimitBytes);
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    let body: unknown = undefined;
    if (raw.length) {
      const type = headers.get("content-type") ?? "";
      if (type.includes("json")) {
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          return gqlError(res, 400, "BAD_REQUEST", "request body is not valid JSON", requestId);
        }
      } else {
        body = raw.toString("utf8");
      }
    }
    if (Array.isArray(body)) {
      const max = deps.limits.maxBatchSize ?? 1;
      if (max <= 1) return gqlError(res, 400, "BAD_REQUEST", "batched requests (a JSON array of operations) are not accepted: send one operation per request (maxBatchSize 1)", requestId);
      if (body.length > max) return gqlError(res, 400, "BAD_REQUEST", `batch of ${body.length} operations exceeds the limit of ${max} (maxBatchSize)`, requestId);
    }
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search, body },
      context: async () => buildContext(tenant, requestId, req.headers),
    });
    const out: Record<string, string> = {};
    for (const [k, v] of response.headers) out[k] = v;
    // Shutdown began while this request was running: tell the client not to reuse the socket.
    if (!accepting) out["connection"] = "close";
    res.writeHead(response.status ?? 200, out);
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const serveExplorer = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      // Everything the page loads comes from this server: the CSP makes that a rule.
      "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:",
    });
    res.end(explorerPage({ assetBase: "/explorer/assets", apiKey: deps.demoApiKey }));
  };

  const handleWebhook = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const [, , vendor = "", ...rest] = url.pathname.split("/");
    const adapter = deps.services.registry.get(vendor);
    if (!adapter?.webhookSource || req.method !== "POST") return sendJson(res, 404, { error: "not found" });
    const body = await readBody(req, deps.limits.bodyLimitBytes);
    const out = await adapter.webhookSource.handleWebhook(deps.services, { req, subpath: `/${rest.join("/")}`, query: url.searchParams, body });
    sendJson(res, out.status, out.body);
  };

  const server = http.createServer(async (req, res) => {
    const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
    const started = performance.now();
    // split by hand: a WHATWG URL per request shows in the profile of `{ __typename }`
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const p = q < 0 ? target : target.slice(0, q);
    const search = q < 0 ? "" : target.slice(q);
    res.on("finish", () => {
      deps.logger.info({ requestId, method: req.method, path: p, status: res.statusCode, ms: Math.round(performance.now() - started) }, "request");
    });
    res.setHeader("x-request-id", requestId); // every answer, errors included: it is how a log line is found
    if (!accepting) res.setHeader("connection", "close");
    try {
      if (p === "/healthz") return sendJson(res, 200, { status: "ok" });
      if (p === "/metrics") {
        res.writeHead(200, { "content-type": deps.metrics.registry.contentType });
        return res.end(await deps.metrics.registry.metrics());
      }
      if (p === "/readyz") {
        const r = await deps.ready();
        return sendJson(res, r.store && r.cache && accepting ? 200 : 503, { status: r.store && r.cache && accepting ? "ready" : "not ready", ...r });
      }
      if (p === "/graphql" || p === "/graphql/") {
        const accept = req.headers.accept ?? "";
        const browser = req.method === "GET" && accept.includes("text/html") && !new URLSearchParams(search).has("query");
        if (browser && deps.explorer) return serveExplorer(req, res);
        return await handleGraphQL(req, res, search, requestId);
      }
      if (deps.explorer && (p === "/explorer" || p === "/")) return serveExplorer(req, res);
      if (deps.explorer && p.startsWith("/explorer/assets/")) {
        const asset = explorerAsset(p.slice("/explorer/assets/".length));
        if (!asset) return sendJson(res, 404, { error: "not found" });
        const gz = String(req.headers["accept-encoding"] ?? "").includes("gzip");
        res.writeHead(200, { "content-type": asset.type, "cache-control": "public, max-age=3600", ...(gz ? { "content-encoding": "gzip" } : {}) });
        return res.end(gz ? asset.gzip : asset.body);
      }
      if (p.startsWith("/webhooks/")) return await handleWebhook(req, res, new URL(target, "http://localhost"));
      return sendJson(res, 404, { error: "not found" });
    } catch (e) {
      if (e instanceof HttpError) return gqlError(res, e.status, e.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", e.message, requestId);
      deps.logger.error({ err: e, requestId }, "unhandled error");
      if (!res.headersSent) gqlError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error", requestId);
      else res.end();
    }
  });
  server.keepAliveTimeout = 5000;

  // graphql-ws on the same port: subscriptions authenticate with connectionParams
  // ({ Authorization: "Bearer <key>" } or { "x-api-key": key }).
  const wss = new WebSocketServer({ server, path: "/graphql" });
  const guard = wsOperationGuard({ schema: deps.schema, ...deps.wsGuard });
  const formatResult = wsResultFormatter(deps.wsGuard);
  const wsServer = useServer<Record<string, unknown>, { tenant?: Tenant }>(
    {
      schema: deps.schema,
      // A context per operation, as over HTTP: request-scoped loaders and memo would otherwise
      // live as long as the socket (stale reads, a memo that only grows).
      onSubscribe: (c, _id, payload) => (c.extra.tenant ? guard(payload, buildContext(c.extra.tenant, randomUUID(), {})) : [new GraphQLError("not authenticated")]),
      onNext: (_c, _id, _payload, args, result) => formatResult(args, result as ExecutionResult),
      onConnect: (c) => {
        const params = Object.fromEntries(Object.entries(c.connectionParams ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
        const tenant = auth.tenantFor(ApiKeyAuth.keyFrom(params));
        if (!tenant) return false;
        c.extra.tenant = tenant;
        return true;
      },
    },
    wss,
  );

  return {
    server,
    /** Stop accepting, let in-flight requests finish (bounded), close sockets. */
    async close(graceMs = 10_000) {
      accepting = false;
      await Promise.resolve(wsServer.dispose()).catch(() => {});
      wss.close();
      await new Promise<void>((resolve) => {
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
    },
  };
}

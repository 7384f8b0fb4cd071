import type { ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from "@apollo/server";
import type { Context } from "../graphql/context.js";
import type { Metrics } from "../lib/metrics.js";
import type { VendorServices } from "../vendors/types.js";
import { ApiKeyAuth } from "./auth.js";
import { explorerAsset, explorerPage } from "./explorer.js";
import { checkJsonDepth, gqlError, notFound, readBody, sendJson, utf8Text, type Exchange } from "./exchange.js";
import type { BuildContext } from "./request-context.js";

/**
 * The HTTP routes, matched in order by method (absent: any) and by exact path or path prefix.
 * A request no route takes gets 404 `{ "error": "not found" }`.
 */
export type Route = { method?: string; handle(x: Exchange): void | Promise<void> } & (
  { path: string | readonly string[] } | { prefix: string }
);

export function findRoute(routes: readonly Route[], method: string | undefined, path: string): Route | undefined {
  for (const r of routes) {
    if (r.method !== undefined && r.method !== method) continue;
    // no array per route per request: this runs for every request, `{ __typename }` included
    if ("prefix" in r ? path.startsWith(r.prefix) : typeof r.path === "string" ? r.path === path : r.path.includes(path)) return r;
  }
  return undefined;
}

export interface RouteDeps {
  apollo: ApolloServer<Context>;
  auth: ApiKeyAuth;
  buildContext: BuildContext;
  services: VendorServices;
  limits: { bodyLimitBytes: number; maxBatchSize?: number };
  explorer: boolean;
  /** Demo mode: the key pre-filled in the explorer. */
  demoApiKey?: string;
  ready(): Promise<{ store: boolean; cache: boolean }>;
  metrics: Metrics;
  /** False once shutdown began. */
  accepting(): boolean;
}

const EXPLORER_ASSETS = "/explorer/assets/";

export function createRoutes(deps: RouteDeps): Route[] {
  const explorer = (x: Exchange) => serveExplorer(x.res, deps.demoApiKey);
  return [
    { path: "/healthz", handle: ({ res }) => sendJson(res, 200, { status: "ok" }) },
    { path: "/metrics", handle: ({ res }) => serveMetrics(res, deps.metrics) },
    { path: "/readyz", handle: ({ res }) => serveReadiness(res, deps) },
    {
      path: ["/graphql", "/graphql/"],
      handle: (x) => (deps.explorer && wantsExplorer(x) ? explorer(x) : handleGraphQL(x, deps)),
    },
    ...(deps.explorer
      ? [
          { path: ["/explorer", "/"], handle: explorer },
          { prefix: EXPLORER_ASSETS, handle: serveExplorerAsset },
        ]
      : []),
    { method: "POST", prefix: "/webhooks/", handle: (x) => handleWebhook(x, deps) },
  ];
}

async function serveMetrics(res: ServerResponse, metrics: Metrics) {
  res.writeHead(200, { "content-type": metrics.registry.contentType });
  res.end(await metrics.registry.metrics());
}

/** Longest /readyz waits for its checks; a check still running then counts as down. */
const READY_TIMEOUT_MS = 1800;

/** 200 when the store and cache answer; 503 naming what is down (`down: ["store"]`) otherwise, always within ~2 s. */
async function serveReadiness(res: ServerResponse, deps: Pick<RouteDeps, "ready" | "accepting">) {
  let timer: NodeJS.Timeout | undefined;
  const down = { store: false, cache: false };
  const timedOut = new Promise<typeof down>((r) => (timer = setTimeout(() => r(down), READY_TIMEOUT_MS)));
  const r = await Promise.race([deps.ready().catch(() => down), timedOut]).finally(() => clearTimeout(timer));
  const names = [...(r.store ? [] : ["store"]), ...(r.cache ? [] : ["cache"]), ...(deps.accepting() ? [] : ["shutting down"])];
  const ready = names.length === 0;
  sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", ...r, ...(ready ? {} : { down: names }) });
}

/** A browser opening /graphql (a GET for HTML with no query) gets the explorer page. */
function wantsExplorer({ req, search }: Exchange): boolean {
  const accept = req.headers.accept ?? "";
  return req.method === "GET" && accept.includes("text/html") && !new URLSearchParams(search).has("query");
}

// Everything the page loads comes from this server: the CSP makes that a rule.
const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
].join("; ");

function serveExplorer(res: ServerResponse, demoApiKey: string | undefined) {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": EXPLORER_CSP });
  res.end(explorerPage({ assetBase: "/explorer/assets", apiKey: demoApiKey }));
}

function serveExplorerAsset({ req, res, path }: Exchange) {
  const asset = explorerAsset(path.slice(EXPLORER_ASSETS.length));
  if (!asset) return notFound(res);
  const gz = String(req.headers["accept-encoding"] ?? "").includes("gzip");
  res.writeHead(200, {
    "content-type": asset.type,
    "cache-control": "public, max-age=3600",
    ...(gz ? { "content-encoding": "gzip" } : {}),
  });
  res.end(gz ? asset.gzip : asset.body);
}

async function handleGraphQL({ req, res, search, requestId }: Exchange, deps: RouteDeps) {
  const tenant = deps.auth.tenantFor(ApiKeyAuth.keyFrom(req.headers));
  if (!tenant) {
    const message = "missing or unknown API key: send Authorization: Bearer <api key> or x-api-key";
    return gqlError(res, 401, "UNAUTHENTICATED", message, requestId);
  }
  const raw = await readBody(req, deps.limits.bodyLimitBytes);
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  const body = parseBody(raw.length ? utf8Text(raw) : "", headers.get("content-type") ?? "");
  if (body === NOT_JSON) return gqlError(res, 400, "BAD_REQUEST", "request body is not valid JSON", requestId);
  const refused = batchProblem(body, deps.limits.maxBatchSize ?? 1);
  if (refused) return gqlError(res, 400, "BAD_REQUEST", refused, requestId);
  let ctx: ReturnType<BuildContext> | undefined;
  try {
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search, body },
      context: async () => {
        ctx = deps.buildContext(tenant, requestId, req.headers);
        ctx.holdUntilAnswered();
        return ctx;
      },
    });
    await writeApolloResponse(res, response, deps.accepting(), requestId);
  } finally {
    // what waited for the answer (ASYNC deliveries) goes now, written or not
    ctx?.answered();
  }
}

const NOT_JSON = Symbol("not JSON");

/** JSON for a JSON content type, the text otherwise, undefined for no body. */
function parseBody(text: string, contentType: string): unknown {
  if (!text.length) return undefined;
  if (!contentType.includes("json")) return text;
  checkJsonDepth(text);
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** Why an array of operations is refused (batching off, or longer than maxBatchSize), if it is. */
function batchProblem(body: unknown, max: number): string | undefined {
  if (!Array.isArray(body)) return undefined;
  if (max <= 1) {
    return "batched requests (a JSON array of operations) are not accepted: send one operation per request (maxBatchSize 1)";
  }
  if (body.length > max) return `batch of ${body.length} operations exceeds the limit of ${max} (maxBatchSize)`;
  return undefined;
}

async function writeApolloResponse(res: ServerResponse, response: HTTPGraphQLResponse, accepting: boolean, requestId: string) {
  const out: Record<string, string> = {};
  for (const [k, v] of response.headers) out[k] = v;
  // Shutdown began while this request was running: tell the client not to reuse the socket.
  if (!accepting) out["connection"] = "close";
  if (response.body.kind === "complete") {
    // Answers Apollo makes before any plugin runs (CSRF prevention, a bad GET) carry no request id.
    const status = response.status ?? 200;
    const body = status >= 400 ? withRequestId(response.body.string, requestId) : response.body.string;
    // writeHead without a length makes Node frame the body as chunked: three writes, not one
    out["content-length"] = String(Buffer.byteLength(body));
    res.writeHead(status, out);
    res.end(body);
  } else {
    res.writeHead(response.status ?? 200, out);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/** Adds `extensions.requestId` to each error of a JSON error answer that lacks one. */
function withRequestId(body: string, requestId: string): string {
  let parsed: { errors?: { extensions?: Record<string, unknown> }[] };
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!Array.isArray(parsed?.errors) || parsed.errors.every((e) => e.extensions?.requestId)) return body;
  for (const e of parsed.errors) e.extensions = { ...e.extensions, requestId: e.extensions?.requestId ?? requestId };
  return JSON.stringify(parsed);
}

/**
 * The path as request logs show it: a webhook path's segments after the vendor are its secret
 * (`/webhooks/<vendor>/<secret>`), right or wrong, so they are never logged. A configured secret is
 * scrubbed from every log line anyway; a wrong one is not a configured value.
 */
export function loggedPath(path: string): string {
  if (!path.startsWith("/webhooks/")) return path;
  const [, , vendor = "", ...rest] = path.split("/");
  return rest.some(Boolean) ? `/webhooks/${vendor}/[redacted]` : path;
}

/** POST /webhooks/<vendor>/<subpath>: the vendor's webhook source, 404 for a vendor without one. */
async function handleWebhook({ req, res, path, search }: Exchange, deps: RouteDeps) {
  const [, , vendor = "", ...rest] = path.split("/");
  const source = deps.services.registry.get(vendor)?.webhookSource;
  if (!source) return notFound(res);
  const body = await readBody(req, deps.limits.bodyLimitBytes);
  // every webhook source gets valid UTF-8 no deeper than MAX_JSON_DEPTH, or the vendor a 400 naming the problem
  const text = utf8Text(body);
  checkJsonDepth(text);
  const query = new URLSearchParams(search);
  const out = await source.handleWebhook(deps.services, { req, subpath: `/${rest.join("/")}`, query, body, text });
  sendJson(res, out.status, out.body);
}

import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * The shared harness every vendor simulator is built on: a real HTTP server on loopback
 * (ephemeral port by default), named routes, a record of every call per route, and fault
 * injection per route (status, delay, malformed body, connection reset). Tests assert upstream
 * counts from `calls(name)`, never from logs.
 *
 * Control over HTTP too (for other processes, CLIs and benchmarks):
 *   GET  /__sim/calls            → { calls: [{ route, method, path }] }
 *   POST /__sim/faults {route, …} → installs a Fault (e.g. {route, afterCommit: "drop", times: 1});
 *                                  DELETE /__sim/faults → clears all
 *   POST /__sim/reset            → clears calls, faults and state (re-seeds)
 */
export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** JSON body, form fields (as an object) or undefined; never throws on a bad body. */
  body: Record<string, unknown> | unknown[] | undefined;
  rawBody: string;
  /** `:name` segments captured from the route pattern. */
  params: Record<string, string>;
}

export interface SimReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SimRoute {
  /** Stable name tests count by, e.g. `read_client_by_id`. */
  name: string;
  method: string | string[];
  /** Path pattern with `:param` segments, e.g. `/v2/api/read_client_by_id/:id`. */
  path: string;
  handle(req: SimRequest): SimReply | Promise<SimReply>;
}

export interface Fault {
  status?: number;
  /** Raw body to send instead of the handler's (e.g. truncated JSON, an HTML error page). */
  body?: string;
  contentType?: string;
  delayMs?: number;
  /** Destroy the socket without answering (connection reset). */
  reset?: boolean;
  /** Apply to this many requests, then clear (default: until cleared). */
  times?: number;
  /** Still run the handler (state changes) before replying with the fault. */
  passThrough?: boolean;
  /**
   * Run the handler (its state change is committed) and only then fail the reply: `"drop"`
   * destroys the socket, `{ delayMs }` holds the reply that long (past the client's timeout).
   * The ambiguous failure a retry must survive: the vendor has the record, the caller never
   * heard. Unlike `delayMs`/`reset`, which act before the handler runs.
   */
  afterCommit?: "drop" | { delayMs: number };
  headers?: Record<string, string>;
}

export interface SimCall {
  route: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: SimRequest["body"];
  at: number;
}

export interface SimulatorSpec {
  name: string;
  routes: SimRoute[];
  /** (Re)creates the simulator's state; called at start and on reset. */
  reset?(opts: { seed: boolean }): void;
}

export interface Simulator {
  name: string;
  url: string;
  port: number;
  calls(route?: string): SimCall[];
  callCount(route?: string): number;
  clearCalls(): void;
  inject(route: string | "*", fault: Fault): void;
  clearFaults(): void;
  /** Requests that matched no route (a strict double fails the test on these). */
  unexpected(): SimCall[];
  assertNoUnexpectedCalls(): void;
  reset(): void;
  close(): Promise<void>;
}

interface CompiledRoute extends SimRoute {
  methods: string[];
  regex: RegExp;
  keys: string[];
}

function compile(route: SimRoute): CompiledRoute {
  const keys: string[] = [];
  const pattern = route.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:([a-zA-Z_]+)/g, (_, k: string) => {
    keys.push(k);
    return "([^/]+)";
  });
  return { ...route, methods: [route.method].flat().map((m) => m.toUpperCase()), regex: new RegExp(`^${pattern}/?$`), keys };
}

export function parseBody(raw: string, contentType: string | undefined): SimRequest["body"] {
  if (!raw) return undefined;
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === "object" ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function commitThenFail(
  req: IncomingMessage,
  res: ServerResponse,
  reply: Promise<SimReply> | SimReply,
  mode: NonNullable<Fault["afterCommit"]>,
  send: (res: ServerResponse, reply: SimReply) => void,
): Promise<void> {
  const committed = await reply;
  if (mode === "drop") {
    req.socket.destroy();
    return;
  }
  await sleep(mode.delayMs);
  // a client that timed out has closed the socket: the committed answer goes nowhere, as in life
  if (res.destroyed || res.writableEnded) return;
  send(res, committed);
}

export async function startSimulator(spec: SimulatorSpec, opts: { port?: number; seed?: boolean } = {}): Promise<Simulator> {
  const routes = spec.routes.map(compile);
  const calls: SimCall[] = [];
  const unexpectedCalls: SimCall[] = [];
  const faults = new Map<string, Fault>();
  const sockets = new Set<Socket>();
  const seed = opts.seed ?? true;
  spec.reset?.({ seed });

  const takeFault = (name: string): Fault | undefined => {
    const fault = faults.get(name) ?? faults.get("*");
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) faults.delete(faults.get(name) === fault ? name : "*");
    }
    return fault;
  };

  const send = (res: ServerResponse, reply: SimReply) => {
    const payload = reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, {
      "content-type": typeof reply.body === "string" ? "text/plain; charset=utf-8" : "application/json",
      ...reply.headers,
    });
    res.end(payload);
  };

  const control = async (req: IncomingMessage, res: ServerResponse, url: URL, raw: string) => {
    if (url.pathname === "/__sim/calls")
      return send(res, { body: { calls: calls.map(({ route, method, path }) => ({ route, method, path })) } });
    if (url.pathname === "/__sim/faults" && req.method === "DELETE") {
      faults.clear();
      return send(res, { body: { ok: true } });
    }
    if (url.pathname === "/__sim/faults" && req.method === "POST") {
      const { route = "*", ...fault } = (parseBody(raw, "application/json") ?? {}) as Fault & { route?: string };
      faults.set(route, fault);
      return send(res, { body: { ok: true } });
    }
    if (url.pathname === "/__sim/reset" && req.method === "POST") {
      sim.reset();
      return send(res, { body: { ok: true } });
    }
    return send(res, { status: 404, body: { error: "unknown control path" } });
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://sim");
    if (url.pathname.startsWith("/__sim/")) return control(req, res, url, rawBody);
    const method = (req.method ?? "GET").toUpperCase();
    let params: Record<string, string> = {};
    const route = routes.find((r) => {
      if (!r.methods.includes(method)) return false;
      const m = r.regex.exec(url.pathname);
      if (!m) return false;
      params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1] ?? "")]));
      return true;
    });
    const body = parseBody(rawBody, req.headers["content-type"]);
    const simReqOf = (p: Record<string, string>): SimRequest => ({
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      rawBody,
      params: p,
    });
    const call: SimCall = {
      route: route?.name ?? "(unmatched)",
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      at: Date.now(),
    };
    if (!route) {
      unexpectedCalls.push(call);
      return send(res, { status: 404, body: `Cannot ${method} ${url.pathname}` });
    }
    calls.push(call);
    const fault = takeFault(route.name);
    try {
      if (fault?.afterCommit) return await commitThenFail(req, res, route.handle(simReqOf(params)), fault.afterCommit, send);
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (fault?.reset) {
        req.socket.destroy();
        return;
      }
      const simReq = simReqOf(params);
      const reply = !fault || fault.passThrough ? await route.handle(simReq) : undefined;
      if (fault && (fault.status !== undefined || fault.body !== undefined)) {
        res.writeHead(fault.status ?? 200, { "content-type": fault.contentType ?? "application/json", ...fault.headers });
        res.end(fault.body ?? "");
        return;
      }
      send(res, reply ?? { status: 200, body: {} });
    } catch (e) {
      send(res, { status: 500, body: { error: `simulator ${spec.name} crashed: ${(e as Error).message}` } });
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const sim: Simulator = {
    name: spec.name,
    url: `http://127.0.0.1:${port}`,
    port,
    calls: (name) => (name ? calls.filter((c) => c.route === name) : [...calls]),
    callCount: (name) => (name ? calls.filter((c) => c.route === name).length : calls.length),
    clearCalls: () => {
      calls.length = 0;
      unexpectedCalls.length = 0;
    },
    inject: (name, fault) => faults.set(name, { ...fault }),
    clearFaults: () => faults.clear(),
    unexpected: () => [...unexpectedCalls],
    assertNoUnexpectedCalls: () => {
      if (unexpectedCalls.length) {
        throw new Error(`${spec.name} simulator got unexpected calls: ${unexpectedCalls.map((c) => `${c.method} ${c.path}`).join(", ")}`);
      }
    },
    reset: () => {
      calls.length = 0;
      unexpectedCalls.length = 0;
      faults.clear();
      spec.reset?.({ seed });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return sim;
}

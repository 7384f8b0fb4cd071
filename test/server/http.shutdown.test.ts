import http from "node:http";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { vendors } from "../../src/vendors/registry.js";
import { startTestApp, DEMO_API_KEY } from "../helpers/app.js";

/**
 * Graceful shutdown: app.close() stops accepting connections at once, but a GraphQL request
 * already in flight finishes and gets its full response before close() resolves.
 */

/** Resolves once nothing accepts TCP connections on `port` (the listener is closed). */
async function listenerClosed(port: number): Promise<void> {
  for (;;) {
    const accepted = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.destroy();
        resolve(true);
      });
      s.once("error", () => resolve(false));
    });
    if (!accepted) return;
  }
}

function track<T>(p: Promise<T>) {
  const state = { done: false };
  void p.then(() => (state.done = true));
  return state;
}

describe("graceful shutdown", () => {
  it("an in-flight GraphQL request completes while app.close() is in progress", async () => {
    const app = await startTestApp();
    const body = JSON.stringify({ query: "query InFlight { __typename vendors { id } }" });
    const half = Math.floor(body.length / 2);

    // `Expect: 100-continue`: the server answers "100 Continue" only once it has parsed the
    // headers and dispatched the request, so "continue" proves the request is in flight.
    const req = http.request(`${app.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
        authorization: `Bearer ${DEMO_API_KEY}`,
        expect: "100-continue",
      },
    });
    const response = new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let text = "";
        res.on("data", (c) => (text += String(c)));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on("error", reject);
      });
      req.on("error", reject);
    });
    await new Promise<void>((resolve) => req.once("continue", resolve));
    req.write(body.slice(0, half));

    const closing = app.close();
    const closed = track(closing);
    await listenerClosed(app.port);
    // The listener is gone (new connections are refused) but the request is still being read.
    expect(closed.done).toBe(false);

    req.end(body.slice(half));
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ data: { __typename: "Query", vendors: expect.any(Array) } });
    // The server tells the client not to reuse the connection while shutting down.
    expect(res.headers.connection).toBe("close");

    await closing;
    expect(closed.done).toBe(true);
    expect(app.logs.some((l) => l.msg === "request" && l.path === "/graphql" && l.status === 200)).toBe(true);
  });

  // A reader that calls its simulator to list leads (webhook-fed readers such as Kartra serve
  // leads from the store and never call out).
  const reader = vendors.find((a) => a.leadReader && a.simulator && !a.webhookSource);
  it.runIf(!!reader)("a request waiting on a slow vendor completes while app.close() is in progress", async () => {
    const app = await startTestApp();
    const sim = app.simulators[reader!.id]!;
    sim.inject("*", { delayMs: 300, passThrough: true, times: 1 });
    const pending = app.gql(`query Slow($v: Vendor) { leads(first: 1, filter: { vendor: $v }, fresh: true) { edges { node { id } } } }`, {
      v: reader!.name,
    });
    // In flight: the vendor simulator has the upstream call.
    await expect.poll(() => sim.callCount(), { interval: 5 }).toBeGreaterThan(0);
    const closing = app.close();
    const closed = track(closing);
    await listenerClosed(app.port);
    expect(closed.done).toBe(false);
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    await closing;
  });
});

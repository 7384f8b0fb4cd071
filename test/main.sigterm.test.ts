import http from "node:http";
import net from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startLeadGraph, type LeadGraphProcess } from "./helpers/leadgraph-process.js";

/**
 * Issue 13, defect 4: SIGTERM through the real start path (src/main.ts), NODE_ENV unset and
 * production. Before the fix Apollo's own signal handler stopped Apollo first and requests whose
 * body was still arriving, or that came late on a keep-alive socket, got 500 "Cannot execute
 * GraphQL operations after the server has stopped". Every request that arrived before the signal
 * must be answered 200; connections made after it are refused; then the process exits 0.
 */
type Answer = { status: number; connection?: string; body: string };

function answer(req: http.ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    req.on("response", (res) => {
      let body = "";
      res.on("data", (c) => (body += String(c)));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
    });
    req.on("error", reject);
  });
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.each([["NODE_ENV unset", undefined], ["NODE_ENV=production", "production"]] as const)("SIGTERM drains (%s)", (_n, nodeEnv) => {
  it("answers 200 to every request that arrived before SIGTERM: half-sent bodies, slow vendor calls, late keep-alives", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lg-sigterm-"));
    dirs.push(dir);
    const lg: LeadGraphProcess = await startLeadGraph({ LEADGRAPH_DATA_DIR: dir }, nodeEnv);
    const { port } = new URL(lg.url);
    const auth = { authorization: `Bearer ${lg.apiKey}`, "content-type": "application/json" };
    const gqlBody = (q: string) => JSON.stringify({ query: q });

    // 1. half-sent bodies: headers dispatched (100-continue seen), half the body written
    const halfSent = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const body = gqlBody(`query Half${i} { __typename vendors { id } }`);
        const req = http.request(`${lg.url}/graphql`, {
          method: "POST",
          headers: { ...auth, "content-length": String(Buffer.byteLength(body)), expect: "100-continue" },
          agent: false,
        });
        const res = answer(req);
        await new Promise<void>((r) => req.once("continue", r));
        req.write(body.slice(0, 10));
        return { req, rest: body.slice(10), res };
      }),
    );

    // 2. requests waiting on a slow vendor (the demo simulator, told over its control API)
    await fetch(`${lg.simulators.clienttether}/__sim/faults`, {
      method: "POST",
      body: JSON.stringify({ route: "read_client_by_id", delayMs: 1500, passThrough: true }),
    });
    const slow = Array.from({ length: 5 }, (_, i) => {
      const req = http.request(`${lg.url}/graphql`, { method: "POST", headers: auth, agent: false });
      req.end(gqlBody(`query Slow${i} { lead(id: "clienttether:lead:${8051632 + i}", fresh: true) { id } }`));
      return answer(req);
    });

    // 3. keep-alive sockets that already served one request; their next request is written right before the signal
    const agent = new http.Agent({ keepAlive: true, maxSockets: 5 });
    const kaReq = (i: number) => {
      const req = http.request(`${lg.url}/graphql`, { method: "POST", headers: auth, agent });
      req.end(gqlBody(`query KeepAlive${i} { __typename }`));
      return answer(req);
    };
    const first = await Promise.all(Array.from({ length: 5 }, (_, i) => kaReq(i)));
    expect(first.every((a) => a.status === 200)).toBe(true);
    await new Promise((r) => setTimeout(r, 500)); // the slow requests are at the vendor now

    const late = Array.from({ length: 5 }, (_, i) => kaReq(10 + i));
    lg.child.kill("SIGTERM");

    // 4. after the signal: new connections are refused
    await new Promise((r) => setTimeout(r, 200));
    const refused = await new Promise<boolean>((resolve) => {
      const s = net.connect(Number(port), "127.0.0.1");
      s.once("connect", () => (s.destroy(), resolve(false)));
      s.once("error", () => resolve(true));
    });
    // the half-sent bodies finish arriving now
    for (const h of halfSent) h.req.end(h.rest);

    const during = [...(await Promise.all(halfSent.map((h) => h.res))), ...(await Promise.all(slow))];
    const lateAnswers = await Promise.all(late);
    const all = [...during, ...lateAnswers];
    agent.destroy();
    const code = await lg.exited;
    const problems = all.filter((a) => a.status !== 200 || /errors/.test(a.body));
    expect(problems, lg.stderr.join("")).toEqual([]);
    expect(all).toHaveLength(15);
    // answered during the drain: clients are told not to reuse the socket (a late request may
    // also have been answered before the signal was handled: then keep-alive is right)
    expect(during.map((a) => a.connection)).toEqual(during.map(() => "close"));
    expect(refused).toBe(true);
    expect(code).toBe(0);
  }, 60_000);
});

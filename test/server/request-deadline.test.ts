import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.js";

/**
 * Issue 13, defect 8: `server.requestDeadlineMs` bounds all of a request's vendor work. With
 * every events read taking 900 ms and at most 8 in flight, `leads(first: 40) { events }` needs
 * ~4.5 s of vendor time; with a 1.5 s deadline the answer comes at about 1.5 s with the events
 * that finished and a typed UPSTREAM_TIMEOUT for each lead whose events did not.
 */
describe("request-wide deadline (server.requestDeadlineMs)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: (c) => ({ ...c, server: { ...c.server, requestDeadlineMs: 1500 } }) });
  });
  afterAll(() => app.close());

  it("abandons unfinished vendor work at the deadline: what finished, plus UPSTREAM_TIMEOUT for the rest", async () => {
    const sim = app.simulators.clienttether!;
    sim.inject("read_all_events", { delayMs: 900, passThrough: true });
    try {
      const started = Date.now();
      const query = `query Slow { leads(first: 40, fresh: true) { edges { node { id events { edges { node { id } } } } } } }`;
      const res = await app.gql(query, {}, {
        headers: { "cache-control": "no-cache" },
      });
      const ms = Date.now() - started;
      expect(ms).toBeLessThan(3500); // 40 × 0.9 s / 8 ≈ 4.5 s without the deadline
      const edges = res.body.data.leads.edges as { node: { events: { edges: unknown[] } | null } }[];
      expect(edges).toHaveLength(40);
      const finished = edges.filter((e) => e.node.events !== null).length;
      expect(finished).toBeGreaterThan(0);
      expect(finished).toBeLessThan(40);
      const errors = res.body.errors as { extensions: { code: string; vendor: string } }[];
      expect(errors.length).toBe(40 - finished);
      for (const e of errors) expect(e.extensions).toMatchObject({ code: "UPSTREAM_TIMEOUT", vendor: "clienttether" });
    } finally {
      sim.clearFaults();
    }
  });

  it("a ClientTether 429 reaches the client with retryAfterSeconds", async () => {
    const sim = app.simulators.clienttether!;
    // 120 s is past the call's deadline, so the read is not retried and the 429 is the answer
    sim.inject("read_client_by_id", { status: 429, body: "{}", headers: { "retry-after": "120" }, times: 3 });
    try {
      const res = await app.gql(`{ lead(id: "clienttether:lead:8051632", fresh: true) { id } }`);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", vendor: "clienttether", retryAfterSeconds: 120 });
    } finally {
      sim.clearFaults();
    }
  });
});

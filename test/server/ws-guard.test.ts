import type { Client } from "graphql-ws";
import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY_A, SECRET_A, startEchoApp, type EchoApp } from "../fixtures/echo-app.js";
import { wsClient } from "../vendors/kartra/ws.js";

/**
 * graphql-ws carries queries and mutations as well as subscriptions: every limit POST /graphql
 * enforces must hold on the socket too, or the socket is the way around them.
 */
describe("limits over graphql-ws (same port, /graphql)", () => {
  let e: EchoApp;
  let client: Client;
  beforeAll(async () => {
    e = await startEchoApp({ env: { LEADGRAPH_INTROSPECTION: "false" }, config: (c) => ({ ...c, server: { ...c.server, maxCost: 10 } }) });
    client = wsClient(e.app.url, KEY_A);
  });
  afterAll(async () => {
    await client?.dispose();
    await e?.close();
  });

  /** What the socket answered: `data` of whatever shape the test's operation asks for. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own operation's shape
  type Result = { data?: any; errors?: GraphQLFormattedError[] };
  /** One operation over the socket: its results, or the errors that refused it. */
  const run = (query: string, variables: Record<string, unknown> = {}) =>
    new Promise<{ results: Result[]; refused?: GraphQLFormattedError[] }>((resolve) => {
      const results: Result[] = [];
      client.subscribe({ query, variables }, {
        next: (r) => void results.push(r as never),
        error: (err) => resolve({ results, refused: Array.isArray(err) ? err : [err] }),
        complete: () => resolve({ results }),
      });
    });

  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `l${i}: lead(id: "comunik8:lead:${i + 1}") { id }`).join(" ")} }`;

  it("runs a query within the limits", async () => {
    const r = await run(`{ vendors { id } }`);
    expect(r.refused).toBeUndefined();
    expect(r.results[0]!.data.vendors.length).toBeGreaterThan(0);
  });

  it("refuses a query over maxCost before any vendor call, naming the limit", async () => {
    const before = e.sim.callCount();
    const r = await run(aliases(11));
    expect(r.refused![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", limit: "maxCost", cost: 11, maxCost: 10 } });
    expect(r.refused![0].extensions).not.toHaveProperty("http");
    expect(e.sim.callCount()).toBe(before);
    expect((await run(aliases(10))).refused).toBeUndefined();
  });

  it("refuses a query over maxDepth", async () => {
    let q = "id";
    for (let i = 0; i < 20; i++) q = `leads { edges { node { ${q} } } }`;
    const r = await run(`{ ${q} }`);
    expect(r.refused![0].message).toMatch(/maxDepth/);
  });

  it("refuses variables over the input limits, naming the field", async () => {
    const r = await run(`subscription($after: String) { calendarCompleted(after: $after) { cursor } }`, { after: "x".repeat(10_001) });
    expect(r.refused![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
  });

  it("refuses introspection when it is turned off", async () => {
    const r = await run(`{ __schema { queryType { name } } }`);
    expect(r.refused![0].message).toMatch(/introspection/i);
  });

  it("a mutation over the socket is scrubbed of configured secrets like one over HTTP (a vendor echoing its credential)", async () => {
    e.sim.inject("create_lead", { status: 201, body: JSON.stringify({ id: 77, firstName: SECRET_A }), times: 1 });
    const r = await run(
      `mutation {
        createLead(input: { firstName: "Ann", phone: "303 555 0199" }, targets: [COMUNIK8]) { ok deliveries { status lead { firstName } } }
      }`,
    );
    expect(r.refused).toBeUndefined();
    expect(JSON.stringify(r.results)).not.toContain(SECRET_A);
    expect(r.results[0]!.data.createLead.deliveries[0].lead.firstName).toBe("[redacted]");
  });

  it("refuses a document that does not parse or validate", async () => {
    expect((await run(`{ vendors { id `)).refused![0].message).toMatch(/Syntax Error/);
    expect((await run(`{ nope }`)).refused![0].message).toMatch(/Cannot query field "nope"/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from "graphql";
import { operationCost } from "../../src/server/cost-limit.js";
import { CREATE_LEAD, KEY_A, startEchoApp, type EchoApp } from "../fixtures/echo-app.js";

describe("operationCost", () => {
  const Event = new GraphQLObjectType({ name: "Ev", fields: { id: { type: GraphQLString } } });
  const Lead: GraphQLObjectType = new GraphQLObjectType({
    name: "L",
    fields: () => ({
      id: { type: GraphQLString },
      events: { type: new GraphQLList(Event), args: { first: { type: GraphQLInt, defaultValue: 10 } }, extensions: { cost: 1 } },
      owner: { type: GraphQLString, extensions: { cost: 2 } },
    }),
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        leads: { type: new GraphQLList(Lead), args: { first: { type: GraphQLInt, defaultValue: 20 } } },
        lead: { type: Lead },
        vendors: { type: GraphQLString },
      },
    }),
  });
  const cost = (q: string, vars: Record<string, unknown> = {}) => operationCost(schema, parse(q), undefined, vars);

  it("charges 1 per root field and nothing for plain data", () => {
    expect(cost("{ vendors }")).toBe(1);
    expect(cost("{ a: lead { id } b: lead { id } }")).toBe(2);
  });

  it("multiplies vendor-backed children by first, from literals, variables and defaults", () => {
    expect(cost("{ leads(first: 100) { id owner } }")).toBe(1 + 100 * 2);
    expect(cost("query($n: Int) { leads(first: $n) { owner } }", { n: 7 })).toBe(1 + 7 * 2);
    expect(cost("{ leads { owner } }")).toBe(1 + 20 * 2);
    expect(cost("{ leads(first: 500) { events(first: 50) { id } } }")).toBe(1 + 500 * 1);
    expect(cost("{ leads(first: 10) { events { id } owner } }")).toBe(1 + 10 * (1 + 2));
  });

  it("charges 10 per root mutation field (writes fan out)", () => {
    const mschema = new GraphQLSchema({
      query: schema.getQueryType(),
      mutation: new GraphQLObjectType({ name: "Mutation", fields: { createLead: { type: GraphQLString } } }),
    });
    expect(operationCost(mschema, parse("mutation { a: createLead b: createLead }"), undefined)).toBe(20);
  });

  it("follows fragments (with cycles ignored) and inline fragments", () => {
    expect(cost("{ leads(first: 3) { ...F } } fragment F on L { owner ... on L { owner } }")).toBe(1 + 3 * 4);
  });
});

describe("abuse limits over HTTP", () => {
  let e: EchoApp;
  beforeAll(async () => {
    e = await startEchoApp({ config: (c) => ({ ...c, server: { ...c.server, maxCost: 10, maxBatchSize: 3 } }) });
  });
  afterAll(() => e.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${e.app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${KEY_A}`, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("refuses an operation over maxCost before execution, naming the limit, with no vendor call", async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `l${i}: lead(id: "comunik8:lead:${i + 1}") { id }`).join(" ")} }`;
    const over = await e.app.gql(aliases(11));
    expect(over.status).toBe(400);
    expect(over.body.errors![0].message).toMatch(/maxCost/);
    expect(over.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxCost", cost: 11, maxCost: 10 });
    expect(e.sim.callCount()).toBe(0);
    const ok = await e.app.gql(aliases(10));
    expect(ok.body.errors).toBeUndefined();
    expect(e.sim.callCount("get_lead")).toBeGreaterThan(0);
  });

  it("caps first per connection (maxFirst)", async () => {
    const res = await e.app.gql("{ leads(first: 501, filter: { vendor: COMUNIK8 }) { edges { node { id } } } }");
    expect(res.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("accepts a batch up to maxBatchSize and refuses a larger one naming the limit", async () => {
    const op = { query: "{ vendors { id } }" };
    const ok = await post([op, op]);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(2);
    const over = await post([op, op, op, op]);
    expect(over.status).toBe(400);
    expect((await over.json()).errors[0].message).toMatch(/4 operations exceeds the limit of 3 \(maxBatchSize\)/);
  });

  it.each([
    ["a NUL byte", { firstName: "A\u0000nn", phone: "3035550199" }, "input.firstName", /control characters/],
    ["a huge string", { firstName: "x".repeat(10_001), phone: "3035550199" }, "input.firstName", /maxStringLength/],
    [
      "a __proto__ key",
      { firstName: "Ann", phone: "3035550199", extra: JSON.parse('{"__proto__": {"polluted": true}}') },
      "input.extra.__proto__",
      /not allowed/,
    ],
    [
      "__proto__ as a custom field key",
      { firstName: "Ann", phone: "3035550199", customFields: [{ key: "__proto__", value: "x" }] },
      "input.customFields.0.key",
      /not allowed/,
    ],
    [
      "deep JSON",
      { firstName: "Ann", phone: "3035550199", extra: JSON.parse(`${'{"a":'.repeat(20)}1${"}".repeat(20)}`) },
      "input.extra",
      /maxInputDepth/,
    ],
  ])("refuses %s in variables as BAD_USER_INPUT naming the field, with no vendor call", async (_n, input, field, message) => {
    const before = e.sim.callCount();
    const res = await e.app.gql(CREATE_LEAD, { input });
    expect(res.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(res.body.errors![0].extensions.fieldErrors[0].field).toMatch(new RegExp(`^${field.replace(/[.]/g, "\\.")}`));
    expect(res.body.errors![0].message).toMatch(message);
    expect(e.sim.callCount()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("checks literal arguments in the document too", async () => {
    const res = await e.app.gql(
      `mutation { createLead(input: { firstName: "A\\u0000", phone: "3035550199" }, targets: [COMUNIK8]) { ok } }`,
    );
    expect(res.body.errors![0].extensions.fieldErrors[0]).toMatchObject({ field: "input.firstName" });
  });
});

describe("CSRF prevention and batching defaults", () => {
  let e: EchoApp;
  beforeAll(async () => {
    e = await startEchoApp();
  });
  afterAll(() => e.close());
  const auth = { authorization: `Bearer ${KEY_A}` };

  it("refuses a simple GET without a preflight-forcing header", async () => {
    const res = await fetch(`${e.app.url}/graphql?query=${encodeURIComponent("{ vendors { id } }")}`, { headers: auth });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
    const ok = await fetch(`${e.app.url}/graphql?query=${encodeURIComponent("{ vendors { id } }")}`, {
      headers: { ...auth, "apollo-require-preflight": "true" },
    });
    expect(ok.status).toBe(200);
  });

  it.each(["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"])(
    "refuses a form-style POST (%s)",
    async (type) => {
      const res = await fetch(`${e.app.url}/graphql`, {
        method: "POST",
        headers: { ...auth, "content-type": type },
        body: "query=%7Bvendors%7Bid%7D%7D",
      });
      expect(res.status).toBe(400);
      expect(e.sim.callCount()).toBe(0);
    },
  );

  it("refuses an array of operations by default with a clear error", async () => {
    const res = await fetch(`${e.app.url}/graphql`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ vendors { id } }" }]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/batched requests .* not accepted.*maxBatchSize 1/);
  });
});

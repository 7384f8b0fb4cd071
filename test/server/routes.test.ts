import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.js";

describe("server basics", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("answers /healthz and /readyz", async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ store: true, cache: true });
  });

  it("refuses a request without an API key with 401 UNAUTHENTICATED", async () => {
    const res = await app.gql("{ vendors { id } }", {}, { apiKey: null });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an unknown API key", async () => {
    const res = await app.gql("{ vendors { id } }", {}, { apiKey: "nope" });
    expect(res.status).toBe(401);
  });

  it("accepts the key in x-api-key too", async () => {
    const res = await app.gql("{ vendors { id } }", {}, { apiKey: null, headers: { "x-api-key": app.demoApiKey ?? "lg_demo_4f9c2b7e1a" } });
    expect(res.status).toBe(200);
  });

  it("reports upstream cost and the request id in extensions", async () => {
    const res = await app.gql("{ vendors { id } }");
    expect(res.body.extensions.upstream).toMatchObject({ calls: 0 });
    expect(typeof res.body.extensions.requestId).toBe("string");
  });

  it("puts the request id on every error, the one its log line carries (and the x-request-id header)", async () => {
    const res = await app.gql(`{ node(id: "not-an-id") { id } }`);
    const requestId = res.body.extensions.requestId as string;
    expect(res.headers.get("x-request-id")).toBe(requestId);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId });
    expect(app.logs.some((l) => l.msg === "graphql error" && l.requestId === requestId && l.code === "BAD_USER_INPUT")).toBe(true);
    expect(app.logs.some((l) => l.msg === "request" && l.requestId === requestId)).toBe(true);
    const unauth = await app.gql("{ vendors { id } }", {}, { apiKey: null });
    expect(unauth.body.errors![0]!.extensions.requestId).toBe(unauth.headers.get("x-request-id"));
  });

  it("rejects a malformed global id as BAD_USER_INPUT naming the argument", async () => {
    const res = await app.gql(`{ node(id: "not-an-id") { id } }`);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("refuses queries deeper than the limit, naming it", async () => {
    const deep = "{ vendors " + "{ id ".repeat(1) + "}".repeat(1) + " }";
    expect((await app.gql(deep)).body.errors).toBeUndefined();
    let q = "id";
    for (let i = 0; i < 20; i++) q = `leads { edges { node { ${q} } } }`.replace("leads", i === 0 ? "leads" : "leads");
    const res = await app.gql(`{ ${q} }`);
    expect(res.body.errors?.[0]?.message).toMatch(/maxDepth/);
  });

  it("refuses a body over the size limit with 413", async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer lg_demo_4f9c2b7e1a" },
      body: JSON.stringify({ query: "{ vendors { id } }", variables: { pad: "x".repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });
});

describe("LEADGRAPH_UPSTREAM_EXTENSION=false", () => {
  it("leaves extensions.upstream out of responses (the request id stays)", async () => {
    const app = await startTestApp({ env: { LEADGRAPH_UPSTREAM_EXTENSION: "false" } });
    try {
      const res = await app.gql(`{ lead(id: "clienttether:lead:8051632") { id } }`);
      expect(res.body.data.lead.id).toBe("clienttether:lead:8051632");
      expect(res.body.extensions).not.toHaveProperty("upstream");
      expect(typeof res.body.extensions.requestId).toBe("string");
    } finally {
      await app.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { LruMap } from "../../src/cache/lru-map.js";

describe("/metrics", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("counts GraphQL operations by name and outcome in Prometheus format", async () => {
    await app.gql("query VendorsForMetrics { vendors { id } }");
    await app.gql("query Broken { nope }");
    const res = await fetch(`${app.url}/metrics`);
    expect(res.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/leadgraph_graphql_operation_seconds_count\{operation="VendorsForMetrics",outcome="ok"\} 1/);
    expect(text).toMatch(/leadgraph_graphql_operation_seconds_count\{operation="Broken",outcome="error"\} 1/);
    expect(text).not.toContain(app.demoApiKey!);
  });

  it("serves automatic persisted queries: hash-only after the first request", async () => {
    const query = "query Apq { vendors { id } }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const post = (body: unknown) =>
      fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${app.demoApiKey}` },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<any>);
    const miss = await post({ extensions: ext });
    expect(miss.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const first = await post({ query, extensions: ext });
    expect(first.errors).toBeUndefined();
    const hashOnly = await post({ extensions: ext });
    expect(hashOnly.errors).toBeUndefined();
    expect(hashOnly.data).toEqual(first.data);
  });
});

describe("LruMap (in-memory cache store)", () => {
  it("keeps at most maxEntries, dropping the least recently used", () => {
    const m = new LruMap<string, number>(3);
    m.set("a", 1).set("b", 2).set("c", 3);
    m.get("a");
    m.set("d", 4);
    expect([...m.keys()]).toEqual(["c", "a", "d"]);
  });

  it("stays within maxBytes however many distinct entries pass through", () => {
    const m = new LruMap<string, { name: string }>(1_000_000, 200_000);
    for (let i = 0; i < 100_000; i++) m.set(`lead:${i}`, { name: `Lead number ${i} with some padding text` });
    expect(m.totalBytes).toBeLessThanOrEqual(200_000);
    expect(m.size).toBeLessThan(3000);
    expect(m.get("lead:99999")).toBeDefined();
    expect(m.get("lead:0")).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { LruMap } from "../../src/cache/lru-map.js";
import { Metrics } from "../../src/lib/metrics.js";
import { hashApiKey } from "../../src/config.js";
import { clientTetherDemoConfig } from "../../src/vendors/clienttether/simulator.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One sample from /metrics text (0 when the series is absent). */
function sample(text: string, name: string, labels: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

const gid = (i: number) => `clienttether:lead:${8051632 + i}`;

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
    // an operation that does not validate has no name of its own in /metrics: it is `other`
    expect(text).not.toContain('operation="Broken"');
    expect(text).toMatch(/leadgraph_graphql_operation_seconds_count\{operation="other",outcome="error"\} [1-9]/);
    expect(text).not.toContain(app.demoApiKey!);
  });

  it("takes the operation label only from operations that validated, and caps the distinct names (the rest are `other`)", async () => {
    const names = (t: string) =>
      new Set([...t.matchAll(/leadgraph_graphql_operation_seconds_count\{operation="([^"]*)"/g)].map((m) => m[1]));
    const before = names(await (await fetch(`${app.url}/metrics`)).text());
    const extra = Metrics.MAX_OPERATION_LABELS + 50;
    for (let i = 0; i < extra; i += 25) {
      await Promise.all(
        Array.from({ length: 25 }, (_, j) =>
          // half valid with a unique name, half invalid (an unknown field) with a unique name
          (i + j) % 2 ? app.gql(`query Valid${i + j} { __typename }`) : app.gql(`query Invalid${i + j} { nope }`),
        ),
      );
    }
    const after = names(await (await fetch(`${app.url}/metrics`)).text());
    expect([...after].some((n) => n!.startsWith("Invalid"))).toBe(false);
    expect(after.size).toBeLessThanOrEqual(Metrics.MAX_OPERATION_LABELS + 1); // + "other"
    expect(after.size).toBeGreaterThan(before.size);
    expect(after.has("other")).toBe(true);
  });

  it("counts upstream calls by vendor, operation and status, and cache lookups by namespace and result", async () => {
    const text0 = await (await fetch(`${app.url}/metrics`)).text();
    const q = `{ lead(id: "${gid(7)}") { id } }`;
    await app.gql(q); // miss → read_client_by_id
    await app.gql(q); // hit
    app.simulators.clienttether!.inject("read_client_by_id", { status: 502, body: "<html>bad gateway</html>", contentType: "text/html" });
    await app.gql(`{ lead(id: "${gid(8)}", fresh: true) { id } }`);
    app.simulators.clienttether!.clearFaults();
    const text = await (await fetch(`${app.url}/metrics`)).text();
    const delta = (name: string, labels: string) => sample(text, name, labels) - sample(text0, name, labels);
    expect(delta("leadgraph_upstream_request_seconds_count", 'vendor="clienttether",operation="read_client_by_id",status="200"')).toBe(1);
    expect(
      delta("leadgraph_upstream_request_seconds_count", 'vendor="clienttether",operation="read_client_by_id",status="502"'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      delta("leadgraph_upstream_request_seconds_sum", 'vendor="clienttether",operation="read_client_by_id",status="200"'),
    ).toBeGreaterThan(0);
    const cacheLines = text.split("\n").filter((l) => l.startsWith("leadgraph_cache_lookups_total{"));
    const hits = cacheLines.filter((l) => l.includes('result="hit"')).reduce((n, l) => n + Number(l.split(" ").pop()), 0);
    const misses = cacheLines.filter((l) => l.includes('result="miss"')).reduce((n, l) => n + Number(l.split(" ").pop()), 0);
    expect(hits).toBeGreaterThanOrEqual(1);
    expect(misses).toBeGreaterThanOrEqual(1);
    // labels are namespaces and outcomes, never keys, ids or tenants
    for (const l of cacheLines) expect(l).toMatch(/^leadgraph_cache_lookups_total\{namespace="[a-z_:.-]+",result="(hit|miss)"\} \d+$/);
    expect(text).not.toContain("8051639");
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
      }).then((r) => r.json() as Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>);
    const miss = await post({ extensions: ext });
    expect(miss.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const first = await post({ query, extensions: ext });
    expect(first.errors).toBeUndefined();
    const hashOnly = await post({ extensions: ext });
    expect(hashOnly.errors).toBeUndefined();
    expect(hashOnly.data).toEqual(first.data);
  });
});

describe("/metrics: DataLoader batch sizes", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  const metricsText = () => fetch(`${app.url}/metrics`).then((r) => r.text());
  const batch = (text: string, suffix: string, extra = "") =>
    sample(text, `leadgraph_dataloader_batch_size_${suffix}`, `${extra}loader="clienttether.clientById"`);

  it("a query reading 7 leads side by side observes one clientById batch of 7", async () => {
    const before = await metricsText();
    const fields = Array.from({ length: 7 }, (_, i) => `l${i}: lead(id: "${gid(i)}") { id }`).join(" ");
    // no-cache: every id reaches the batch function whatever earlier tests cached
    const res = await app.gql(`{ ${fields} }`, undefined, { headers: { "cache-control": "no-cache" } });
    expect(res.body.errors).toBeUndefined();
    expect(app.simulators.clienttether!.calls("read_client_by_id").length).toBeGreaterThanOrEqual(7);
    const after = await metricsText();
    expect(batch(after, "count") - batch(before, "count")).toBe(1);
    expect(batch(after, "sum") - batch(before, "sum")).toBe(7);
    // the one observation falls in the le=10 bucket, not le=5
    expect(batch(after, "bucket", 'le="5",') - batch(before, "bucket", 'le="5",')).toBe(0);
    expect(batch(after, "bucket", 'le="10",') - batch(before, "bucket", 'le="10",')).toBe(1);
  });

  it("per-client loaders are labelled by name, never by the caller's arguments", async () => {
    const events = "events { edges { node { id } } }";
    const res = await app.gql(`{ a: lead(id: "${gid(1)}") { id ${events} } b: lead(id: "${gid(2)}") { id ${events} } }`);
    expect(res.body.errors).toBeUndefined();
    const text = await metricsText();
    expect(sample(text, "leadgraph_dataloader_batch_size_sum", 'loader="clienttether.events"')).toBeGreaterThanOrEqual(2);
    const loaders = [...text.matchAll(/leadgraph_dataloader_batch_size_count\{loader="([^"]+)"\}/g)].map((m) => m[1]);
    for (const l of loaders) expect(l).toMatch(/^clienttether\.[A-Za-z]+$/);
  });
});

describe("/metrics: circuit breakers", () => {
  let app: TestApp;
  const KEY_A = "lg_metrics_tenant_a";
  const KEY_B = "lg_metrics_tenant_b";
  beforeAll(async () => {
    app = await startTestApp({
      tenants: (sims) =>
        ["acme-metrics", "globex-metrics"].map((id, i) => ({
          id,
          apiKeys: [hashApiKey(i === 0 ? KEY_A : KEY_B)],
          defaultCountry: "US",
          timezone: "America/Denver",
          vendors: { clienttether: clientTetherDemoConfig(sims.clienttether!) } as never,
        })),
      config: (c) => ({
        ...c,
        server: {
          ...c.server,
          upstream: {
            clienttether: { responseTimeoutMs: 500, deadlineMs: 1000, breaker: { consecutiveFailures: 2, halfOpenAfterMs: 300 } },
          },
        },
      }),
    });
  });
  afterAll(() => app.close());
  const open = async () =>
    sample(await fetch(`${app.url}/metrics`).then((r) => r.text()), "leadgraph_circuit_breakers_open", 'vendor="clienttether"');
  // fresh reads: the lead cache must not answer for a vendor that is down
  const read = (key: string, i = 0) =>
    app.gql(`{ lead(id: "${gid(i)}") { id } }`, undefined, { apiKey: key, headers: { "cache-control": "no-cache" } });
  const readUntilOpen = async (key: string) => {
    for (let n = 0; n < 5; n++) {
      const res = await read(key);
      if (res.body.errors?.[0]?.extensions?.circuitOpen) return res;
    }
    throw new Error("circuit never opened");
  };

  it("counts open tenant circuits per vendor: 0, 1, 2 as tenants' circuits open, back to 0 after recovery", async () => {
    const sim = app.simulators.clienttether!;
    expect(await open()).toBe(0); // present from start-up, not only after the first failure

    sim.inject("read_client_by_id", { status: 500, body: '{"error":"down"}' });
    await readUntilOpen(KEY_A);
    expect(await open()).toBe(1);
    await readUntilOpen(KEY_B);
    expect(await open()).toBe(2);

    // a failed trial call after halfOpenAfter opens the circuit again: still counted once
    await sleep(350);
    const trial = await read(KEY_A);
    expect(trial.body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
    expect(await open()).toBe(2);

    sim.clearFaults();
    await sleep(350);
    expect((await read(KEY_A)).body.data.lead).toMatchObject({ id: gid(0) });
    expect(await open()).toBe(1);
    expect((await read(KEY_B)).body.data.lead).toMatchObject({ id: gid(0) });
    expect(await open()).toBe(0);

    const text = await fetch(`${app.url}/metrics`).then((r) => r.text());
    const breakerLines = text.split("\n").filter((l) => l.startsWith("leadgraph_circuit_breakers_open{"));
    expect(breakerLines.length).toBeGreaterThan(0);
    for (const l of breakerLines) expect(l).toMatch(/^leadgraph_circuit_breakers_open\{vendor="[a-z0-9]+"\} \d+$/);
    expect(text).not.toMatch(/acme-metrics|globex-metrics|lg_metrics_tenant/);
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

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import { hashApiKey } from "../../../src/config.js";
import type { Simulator } from "../../../src/simulators/harness.js";
import { clientTetherDemoConfig, clientTetherSimState, holdReads } from "../../../src/vendors/clienttether/simulator.js";
import { createLimiter } from "../../../src/vendors/clienttether/loaders.js";

/** Polls (one event-loop turn at a time) until `pred` holds. */
async function until(pred: () => boolean, what = "condition"): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

const gid = (i: number) => `clienttether:lead:${8051632 + i}`;
const ids = (n: number) => Array.from({ length: n }, (_, i) => gid(i));

/** The same leads twice: once as `lead(id)` aliases, once as nested `node(id)` lookups. */
function fiftyTwice(): string {
  const parts = ids(50).flatMap((id, i) => [
    `a${i}: lead(id: "${id}") { id firstName }`,
    `b${i}: node(id: "${id}") { id ... on Lead { email phone } }`,
  ]);
  return `{ ${parts.join("\n")} }`;
}

describe("ClientTether batching and caching (counts from the simulator)", () => {
  let app: TestApp;
  let sim: Simulator;
  beforeAll(async () => {
    app = await startTestApp();
    sim = app.simulators.clienttether!;
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    sim.reset();
    await app.cache.keyv.clear();
  });

  it("150 leads in one request: DataLoader batches of at most 100 (ClientTether's page size), 150 reads", async () => {
    /** leadgraph_dataloader_batch_size summed over loaders: observations, their sum, and how many were ≤ 100. */
    const batches = async () => {
      const text = await (await fetch(`${app.url}/metrics`)).text();
      const total = (re: RegExp) =>
        text
          .split("\n")
          .filter((l) => re.test(l))
          .reduce((n, l) => n + Number(l.split(" ").pop()), 0);
      return {
        count: total(/^leadgraph_dataloader_batch_size_count/),
        sum: total(/^leadgraph_dataloader_batch_size_sum/),
        upTo100: total(/^leadgraph_dataloader_batch_size_bucket\{.*le="100"/),
      };
    };
    const before = await batches();
    const res = await app.gql(
      `{ ${ids(150)
        .map((id, i) => `l${i}: lead(id: "${id}") { id }`)
        .join(" ")} }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(Object.keys(res.body.data!)).toHaveLength(150);
    const after = await batches();
    expect({ count: after.count - before.count, sum: after.sum - before.sum, upTo100: after.upTo100 - before.upTo100 }).toEqual({
      count: 2,
      sum: 150,
      upTo100: 2,
    });
    expect(sim.callCount("read_client_by_id")).toBe(150);
  });

  it("the same 50 leads asked twice in one request cost exactly 50 upstream reads", async () => {
    const res = await app.gql(fiftyTwice());
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.a49).toMatchObject({ id: gid(49) });
    expect(res.body.data.b49).toMatchObject({ id: gid(49), email: "client49@example.com" });
    const reads = sim.calls("read_client_by_id");
    expect(reads).toHaveLength(50);
    expect(new Set(reads.map((c) => c.path)).size).toBe(50);
    sim.assertNoUnexpectedCalls();
  });

  it("the same query again (within the TTL) costs 0 upstream reads", async () => {
    await app.gql(fiftyTwice());
    sim.clearCalls();
    const res = await app.gql(fiftyTwice());
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.a0.firstName).toBe("John");
    expect(sim.callCount()).toBe(0);
    expect(res.body.extensions.upstream.cache.hits).toBeGreaterThanOrEqual(50);
  });

  it("a warm read is answered from the in-process cache at once: one hit per lead, no loader batch, no upstream call", async () => {
    const batchCount = async () =>
      (await (await fetch(`${app.url}/metrics`)).text())
        .split("\n")
        .filter((l) => l.startsWith("leadgraph_dataloader_batch_size_count"))
        .reduce((n, l) => n + Number(l.split(" ").pop()), 0);
    const query = `{ a: lead(id: "${gid(7)}") { id firstName } b: node(id: "${gid(8)}") { id } }`;
    const cold = await app.gql(query);
    expect(cold.body.extensions.upstream.cache).toEqual({ hits: 0, misses: 2 });
    sim.clearCalls();
    const before = await batchCount();
    const warm = await app.gql(query);
    expect(warm.body.data).toEqual(cold.body.data);
    expect(warm.body.data.b).toEqual({ id: gid(8) });
    expect(warm.body.extensions.upstream.cache).toEqual({ hits: 2, misses: 0 });
    expect(await batchCount()).toBe(before);
    expect(sim.callCount()).toBe(0);
    // fresh: true still goes through the loader to ClientTether
    const fresh = await app.gql(`{ lead(id: "${gid(7)}", fresh: true) { id } }`);
    expect(fresh.body.extensions.upstream.calls).toBe(1);
    expect(await batchCount()).toBe(before + 1);
  });

  it("after updateLead through LeadGraph the next read goes upstream and sees the change", async () => {
    await app.gql(`{ lead(id: "${gid(3)}") { id firstName } }`);
    const up = await app.gql(`mutation { updateLead(id: "${gid(3)}", input: { firstName: "Renamed" }) { ok deliveries { status } } }`);
    expect(up.body.data.updateLead).toMatchObject({ ok: true, deliveries: [{ status: "UPDATED" }] });
    sim.clearCalls();
    const res = await app.gql(`{ lead(id: "${gid(3)}") { firstName } }`);
    expect(res.body.data.lead.firstName).toBe("Renamed");
    expect(sim.calls("read_client_by_id")).toHaveLength(1);
  });

  it("after deleteLead through LeadGraph the next read goes upstream (and finds nothing)", async () => {
    await app.gql(`{ lead(id: "${gid(4)}") { id } }`);
    const del = await app.gql(`mutation { deleteLead(id: "${gid(4)}") { ok deliveries { status } } }`);
    expect(del.body.data.deleteLead).toMatchObject({ ok: true, deliveries: [{ status: "DELETED" }] });
    sim.clearCalls();
    const res = await app.gql(`{ lead(id: "${gid(4)}") { id } }`);
    expect(res.body.data.lead).toBeNull();
    expect(sim.calls("read_client_by_id")).toHaveLength(1);
  });

  it("a list page primes the by-id loader: leads(first: 100) and lead(id) in one request cost 1 call", async () => {
    const res = await app.gql(`{ leads(first: 100) { edges { node { id } } } lead(id: "${gid(70)}") { id firstName email } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.leads.edges).toHaveLength(100);
    expect(res.body.data.lead).toMatchObject({ id: gid(70), email: "client70@example.com" });
    expect(sim.callCount()).toBe(1);
    expect(sim.calls("read_client_list")).toHaveLength(1);
  });

  it("the same page again (within the TTL) costs 0 upstream calls, also next to lead(id)", async () => {
    const q =
      `{ leads(first: 100) { totalCount pageInfo { hasNextPage } edges { node { id firstName } } } ` +
      `lead(id: "${gid(7)}") { id email } }`;
    const cold = await app.gql(q);
    expect(cold.body.errors).toBeUndefined();
    expect(sim.calls("read_client_list")).toHaveLength(1);
    sim.clearCalls();
    const warm = await app.gql(q);
    expect(warm.body.errors).toBeUndefined();
    expect(warm.body.data).toEqual(cold.body.data);
    expect(sim.callCount()).toBe(0);
    expect(warm.body.extensions.upstream.calls).toBe(0);
  });

  it("a write through LeadGraph (here updateLead) retires every cached page", async () => {
    const q = `{ leads(first: 5) { edges { node { id firstName } } } }`;
    await app.gql(q);
    const up = await app.gql(`mutation { updateLead(id: "${gid(2)}", input: { firstName: "Paged" }) { ok } }`);
    expect(up.body.data.updateLead.ok).toBe(true);
    sim.clearCalls();
    const after = await app.gql(q);
    expect(after.body.data.leads.edges[2].node.firstName).toBe("Paged");
    expect(sim.calls("read_client_list")).toHaveLength(1);
    sim.clearCalls();
    await app.gql(q);
    expect(sim.callCount()).toBe(0);
  });

  it("the same page asked twice in one request (aliases) is one listing", async () => {
    const res = await app.gql(`{ a: leads(first: 10) { edges { node { id } } } b: leads(first: 10) { edges { node { id firstName } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.b.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      res.body.data.a.edges.map((e: { node: { id: string } }) => e.node.id),
    );
    expect(sim.calls("read_client_list")).toHaveLength(1);
  });

  it("first: 250 is 3 list requests (100/0, 100/100, 50/200), 250 distinct leads; a full last page leaves hasNextPage", async () => {
    const res = await app.gql(`{ leads(first: 250) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.leads.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(250);
    // 250 clients exist, but the 50 asked for at offset 200 came back full: ClientTether has not said there are no more
    expect(res.body.data.leads.pageInfo.hasNextPage).toBe(true);
    expect(res.body.data.leads.totalCount).toBeNull();
    expect(sim.calls("read_client_list").map((c) => c.query)).toEqual([
      { limit: "100", offset: "0" },
      { limit: "100", offset: "100" },
      { limit: "50", offset: "200" },
    ]);
  });

  it("the simulator answers TotalRecord as the doc's examples do: the records in that answer", async () => {
    const { accessToken, webKey, baseUrl } = clientTetherDemoConfig(sim);
    const headers = { "X-Access-Token": accessToken, "X-Web-Key": webKey };
    const page = await fetch(`${baseUrl}/read_client_list?limit=100&offset=0`, { headers });
    const body = (await page.json()) as { TotalRecord: number; data: unknown[] };
    expect(body).toMatchObject({ TotalRecord: 100 });
    expect(body.data).toHaveLength(100);
  });

  it("leads(first: 50) has a next page; the end is known only from a short page, and then so is the total", async () => {
    const fifty = await app.gql(`{ leads(first: 50) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`);
    expect(fifty.body.data.leads).toMatchObject({ totalCount: null, pageInfo: { hasNextPage: true } });
    const after = Buffer.from("o:199").toString("base64url");
    const q = `query($a: String) { leads(first: 100, after: $a) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`;
    const last = await app.gql(q, {
      a: after,
    });
    expect(last.body.data.leads.edges).toHaveLength(50);
    expect(last.body.data.leads).toMatchObject({ totalCount: 250, pageInfo: { hasNextPage: false } });
    expect(sim.calls("read_client_list").map((c) => c.query)).toEqual([
      { limit: "50", offset: "0" },
      { limit: "100", offset: "200" },
    ]);
  });

  it("pages continue from the cursor", async () => {
    const first = await app.gql(`{ leads(first: 120) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(first.body.data.leads.pageInfo.hasNextPage).toBe(true);
    sim.clearCalls();
    const next = await app.gql(
      `query($after: String) { leads(first: 100, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }`,
      { after: first.body.data.leads.pageInfo.endCursor },
    );
    expect(next.body.data.leads.edges[0].node.id).toBe(gid(120));
    expect(next.body.data.leads.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    expect(sim.calls("read_client_list").map((c) => c.query)).toEqual([{ limit: "100", offset: "120" }]);
  });

  it("a failed upstream read fails only its own key and is never cached", async () => {
    const state = clientTetherSimState(sim);
    state.failingIds.add(String(8051632 + 1));
    const q = `{ a: lead(id: "${gid(0)}") { id } b: lead(id: "${gid(1)}") { id } c: lead(id: "${gid(2)}") { id } }`;
    const res = await app.gql(q);
    expect(res.body.data.a).toEqual({ id: gid(0) });
    expect(res.body.data.c).toEqual({ id: gid(2) });
    expect(res.body.data.b).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      path: ["b"],
      extensions: { code: "UPSTREAM_ERROR", vendor: "clienttether", vendorCode: "HTTP_500" },
    });
    state.failingIds.clear();
    sim.clearCalls();
    const again = await app.gql(q);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.b).toEqual({ id: gid(1) });
    // a and c came from keyv; only the failed key went upstream again
    expect(sim.calls("read_client_by_id").map((c) => c.path)).toEqual([`/v2/api/read_client_by_id/${8051632 + 1}`]);
  });

  it("fresh: true bypasses the caches", async () => {
    await app.gql(`{ lead(id: "${gid(5)}") { id } }`);
    sim.clearCalls();
    await app.gql(`{ lead(id: "${gid(5)}", fresh: true) { id } }`);
    expect(sim.calls("read_client_by_id")).toHaveLength(1);
  });

  it("a Cache-Control: no-cache request header gets live data", async () => {
    await app.gql(`{ lead(id: "${gid(6)}") { id } }`);
    clientTetherSimState(sim).clients.get(String(8051632 + 6))!.firstName = "ChangedUpstream";
    const cached = await app.gql(`{ lead(id: "${gid(6)}") { firstName } }`);
    expect(cached.body.data.lead.firstName).not.toBe("ChangedUpstream");
    sim.clearCalls();
    const live = await app.gql(`{ lead(id: "${gid(6)}") { firstName } }`, {}, { headers: { "cache-control": "no-cache" } });
    expect(live.body.data.lead.firstName).toBe("ChangedUpstream");
    expect(sim.calls("read_client_by_id")).toHaveLength(1);
  });

  it("lookups by external id are batched, cached, and warm the by-id cache", async () => {
    const q = `{ x: leadByExternalId(externalId: "16051999") { id } y: leadByExternalId(externalId: "16051999") { id } }`;
    const res = await app.gql(q);
    expect(res.body.data.x).toEqual({ id: gid(10) });
    expect(sim.calls("read_client_by_external_id")).toHaveLength(1);
    sim.clearCalls();
    await app.gql(q);
    await app.gql(`{ lead(id: "${gid(10)}") { id } }`);
    expect(sim.callCount()).toBe(0);
  });

  it("reference lists are cached across requests and a write invalidates them", async () => {
    await app.gql(`{ clientTetherLeadSources { name } }`);
    await app.gql(`{ clientTetherLeadSources { name } }`);
    expect(sim.calls("read_lead_source_list")).toHaveLength(1);
    await app.gql(`mutation { createLeadSource(name: "Trade Show") { ok } }`);
    const after = await app.gql(`{ clientTetherLeadSources { name } }`);
    expect(after.body.data.clientTetherLeadSources.map((s: { name: string }) => s.name)).toContain("Trade Show");
    expect(sim.calls("read_lead_source_list")).toHaveLength(2);
  });

  it("reads go upstream with bounded concurrency (default 8 in flight)", async () => {
    const state = clientTetherSimState(sim);
    const hold = holdReads(state);
    const pending = app.gql(
      `{ ${ids(20)
        .map((id, i) => `l${i}: lead(id: "${id}") { id }`)
        .join(" ")} }`,
    );
    await until(() => hold.inFlight >= 8, "8 held reads");
    // A negative check needs a grace period: without the bound all 20 reads arrive within it.
    await new Promise((r) => setTimeout(r, 250));
    expect(hold.inFlight).toBe(8);
    state.hold = null;
    hold.release();
    const res = await pending;
    expect(res.body.errors).toBeUndefined();
    expect(Object.keys(res.body.data)).toHaveLength(20);
    expect(sim.calls("read_client_by_id")).toHaveLength(20);
    expect(hold.maxInFlight).toBe(8);
  });

  it("the limiter keeps at most `concurrency` reads in flight", async () => {
    const limit = createLimiter(3);
    let active = 0;
    let max = 0;
    const gates: (() => void)[] = [];
    const jobs = Array.from({ length: 10 }, () =>
      limit(async () => {
        active++;
        max = Math.max(max, active);
        await new Promise<void>((r) => gates.push(r));
        active--;
      }),
    );
    while (gates.length || active) {
      await new Promise((r) => setImmediate(r));
      gates.shift()?.();
    }
    await Promise.all(jobs);
    expect(max).toBe(3);
  });
});

describe("ClientTether cache: tenants and TTLs", () => {
  let app: TestApp;
  let sim: Simulator;
  beforeAll(async () => {
    app = await startTestApp({
      tenants: (sims) => [
        {
          id: "t1",
          apiKeys: [hashApiKey("key-t1")],
          defaultCountry: "US",
          timezone: "America/Denver",
          vendors: { clienttether: clientTetherDemoConfig(sims.clienttether!) } as never,
        },
        {
          id: "t2",
          apiKeys: [hashApiKey("key-t2")],
          defaultCountry: "US",
          timezone: "America/Denver",
          vendors: { clienttether: clientTetherDemoConfig(sims.clienttether!) } as never,
        },
        {
          id: "nocache",
          apiKeys: [hashApiKey("key-t3")],
          defaultCountry: "US",
          timezone: "America/Denver",
          vendors: { clienttether: { ...clientTetherDemoConfig(sims.clienttether!), ttlSeconds: { lead: 0, reference: 0 } } } as never,
        },
      ],
    });
    sim = app.simulators.clienttether!;
  });
  afterAll(() => app.close());

  it("namespaces entries by tenant: one tenant's warm cache is not another's", async () => {
    const q = `{ lead(id: "${gid(1)}") { id } }`;
    await app.gql(q, {}, { apiKey: "key-t1" });
    sim.clearCalls();
    await app.gql(q, {}, { apiKey: "key-t1" });
    expect(sim.callCount()).toBe(0);
    await app.gql(q, {}, { apiKey: "key-t2" });
    expect(sim.calls("read_client_by_id")).toHaveLength(1);
  });

  it("ttlSeconds 0 turns the cross-request cache off (the per-request loader still dedupes)", async () => {
    sim.clearCalls();
    const q = `{ a: lead(id: "${gid(2)}") { id } b: lead(id: "${gid(2)}") { id } }`;
    await app.gql(q, {}, { apiKey: "key-t3" });
    await app.gql(q, {}, { apiKey: "key-t3" });
    expect(sim.calls("read_client_by_id")).toHaveLength(2);
  });
});

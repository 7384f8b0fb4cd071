import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_API_KEY } from "../src/app.js";
import type { Simulator } from "../src/simulators/harness.js";
import { DEMO_FIRST_CLIENT_ID, startClientTetherSimulator } from "../src/vendors/clienttether/simulator.js";
import { freshPgDatabase, PG_URL } from "./helpers/pg.js";
import { REDIS_URL } from "./helpers/redis.js";
import { startServer, type Server } from "./helpers/process.js";

/**
 * Scale-out over real processes: two LeadGraph replicas (separate node processes, so nothing
 * in-process can be shared by accident) on one Redis and one Postgres, both bound to ONE
 * ClientTether simulator run here, whose per-route call counts are the upstream truth.
 * A lead cached through one replica is served by the other without an upstream call, and a
 * write through either invalidates it for both.
 *
 * Each run gets its own LEADGRAPH_CACHE_NAMESPACE (and its own Postgres database), so parallel
 * runs and other test files on the same Redis never see its keys; they are deleted afterwards.
 */

/** Can we open a TCP connection to this URL's host:port? (Skip only when the service is absent.) */
function reachable(url: string, defaultPort: number): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = connect({ host: u.hostname, port: Number(u.port || defaultPort), timeout: 1000 });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
    s.once("timeout", () => (s.destroy(), resolve(false)));
  });
}
const servicesUp = (await reachable(REDIS_URL, 6379)) && (await reachable(PG_URL, 5432));

type Replica = Server;

const startReplica = (env: Record<string, string>): Promise<Replica> =>
  startServer("test/fixtures/replica-server.ts", { ...env, PORT: "0" });

async function stopReplica(r: Replica | undefined) {
  if (!r || r.child.exitCode !== null) return;
  r.child.kill("SIGTERM");
  const timer = setTimeout(() => r.child.kill("SIGKILL"), 15_000);
  await r.exited;
  clearTimeout(timer);
}

interface Upstream {
  calls: number;
  byVendor: Record<string, Record<string, number>>;
  cache: { hits: number; misses: number };
}

async function gql(r: Replica, query: string) {
  const res = await fetch(`${r.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_API_KEY}` },
    body: JSON.stringify({ query }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own query's shape
  const body = (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { upstream?: Upstream } };
  expect(body.errors).toBeUndefined();
  return { data: body.data, upstream: body.extensions!.upstream! };
}

/** Every key under `namespace` (SCAN, not KEYS: the Redis may be shared with others). */
async function keysUnder(redis: Redis, namespace: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", `${namespace}*`, "COUNT", 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== "0");
  return keys;
}

const LEAD_ID = `clienttether:lead:${DEMO_FIRST_CLIENT_ID}`;
const READ = `{ lead(id: "${LEAD_ID}") { id firstName } }`;

describe.skipIf(!servicesUp)("two replicas on one Redis and one Postgres (spawned processes)", () => {
  // unused by the replicas (their store is Postgres) but set, so nothing lands in ./data
  const dataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-scale-"));
  const namespace = `lgtest-${randomUUID()}`;
  let sim: Simulator;
  let db: Awaited<ReturnType<typeof freshPgDatabase>>;
  let redis: Redis;
  let a: Replica | undefined;
  let b: Replica | undefined;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    db = await freshPgDatabase();
    if (!db) throw new Error(`Postgres at ${PG_URL} answers TCP but cannot create a database`);
    sim = await startClientTetherSimulator({ seed: true });
    const env = {
      CT_SIM_URL: sim.url,
      REDIS_URL,
      DATABASE_URL: db.url,
      LEADGRAPH_CACHE_NAMESPACE: namespace,
      LEADGRAPH_DATA_DIR: dataDir,
    };
    // one after the other: both would migrate the fresh database at start-up
    a = await startReplica(env);
    b = await startReplica(env);
  });

  afterAll(async () => {
    await Promise.all([stopReplica(a), stopReplica(b)]);
    if (redis) {
      const keys = await keysUnder(redis, namespace);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
    await sim?.close();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => sim.clearCalls());

  it("both replicas use the shared Postgres store", async () => {
    const c = new pg.Client({ connectionString: db!.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ n: string }>("select count(*) as n from leadgraph_migrations");
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    } finally {
      await c.end();
    }
    for (const r of [a!, b!]) expect((await fetch(`${r.url}/readyz`)).status).toBe(200);
  });

  it("automatic persisted queries are shared: a query registered through A runs hash-only on B", async () => {
    const query = "query ApqAcrossReplicas { vendors { id configured } }"; // no vendor read: the cache tests below start cold
    const ext = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } };
    const post = (r: Replica, body: unknown) =>
      fetch(`${r.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_API_KEY}` },
        body: JSON.stringify(body),
      }).then((res) => res.json() as Promise<{ data?: { vendors: unknown[] }; errors?: { extensions?: { code?: string } }[] }>);
    expect((await post(b!, { extensions: ext })).errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await post(a!, { query, extensions: ext })).errors).toBeUndefined();
    // Apollo stores a registered query without waiting for the write: B may ask a moment before it lands
    let hashOnly = await post(b!, { extensions: ext });
    for (let tries = 0; hashOnly.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND" && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 20));
      hashOnly = await post(b!, { extensions: ext });
    }
    expect(hashOnly.errors).toBeUndefined();
    expect(hashOnly.data?.vendors.length).toBeGreaterThan(0);
    expect((await keysUnder(redis, `${namespace}-apq`)).length).toBeGreaterThan(0);
  });

  it("a lead read through A is served by B from the shared cache: 0 upstream calls", async () => {
    const first = await gql(a!, READ);
    expect(first.data.lead).toMatchObject({ id: LEAD_ID, firstName: expect.any(String) });
    expect(sim.callCount("read_client_by_id")).toBe(1);
    expect(first.upstream.calls).toBe(1);
    expect(first.upstream.cache.misses).toBeGreaterThanOrEqual(1);
    // the entry lives in Redis under this run's namespace, not the default one
    expect((await keysUnder(redis, namespace)).some((k) => k.includes(`demo:clienttether:client:${DEMO_FIRST_CLIENT_ID}`))).toBe(true);

    sim.clearCalls();
    const second = await gql(b!, READ);
    expect(second.data.lead).toEqual(first.data.lead);
    expect(sim.callCount()).toBe(0);
    expect(second.upstream.calls).toBe(0);
    expect(second.upstream.byVendor).toEqual({});
    expect(second.upstream.cache.hits).toBeGreaterThanOrEqual(1);
    sim.assertNoUnexpectedCalls();
  });

  it("an update through B invalidates the lead for both: A's next read makes exactly 1 upstream read and sees it", async () => {
    await gql(a!, READ); // cached (again) whatever ran before
    const renamed = `Renamed${randomUUID().slice(0, 8)}`;
    const up = await gql(b!, `mutation { updateLead(id: "${LEAD_ID}", input: { firstName: "${renamed}" }) { ok deliveries { status } } }`);
    expect(up.data.updateLead).toMatchObject({ ok: true, deliveries: [{ status: "UPDATED" }] });

    sim.clearCalls();
    const onA = await gql(a!, READ);
    expect(onA.data.lead.firstName).toBe(renamed);
    expect(sim.callCount("read_client_by_id")).toBe(1);
    expect(onA.upstream.calls).toBe(1);

    // A's read refilled the shared entry: B serves the new value without going upstream
    sim.clearCalls();
    const onB = await gql(b!, READ);
    expect(onB.data.lead.firstName).toBe(renamed);
    expect(sim.callCount()).toBe(0);
    expect(onB.upstream.calls).toBe(0);
    sim.assertNoUnexpectedCalls();
  });
});

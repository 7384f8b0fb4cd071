import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxGql as gql, startOutboxServer, type OutboxServer } from "../helpers/outbox-process.js";
import { openStore } from "../../src/store/index.js";
import { createRegistry } from "../../src/vendors/registry.js";
import { startComunik8Simulator, type Comunik8Simulator } from "../../src/vendors/comunik8/simulator.js";
import { startTrackdriveSimulator, type TrackdriveSimulator } from "../../src/vendors/trackdrive/simulator.js";
import { freshPgDatabase, PG_URL } from "../helpers/pg.js";

/**
 * The outbox scaled out: two LeadGraph replicas (separate node processes, nothing in-process to
 * share by accident) on ONE Postgres database, both bound to one Comunik8 and one Trackdrive
 * simulator run here, whose state and per-route call counts are the upstream truth. 100 ASYNC
 * createLead mutations (sent through A and B in turn) queue 200 deliveries; the vendors are a
 * little slow, so both replicas' workers claim from the same table at once (Postgres:
 * FOR UPDATE SKIP LOCKED) while others are in flight. No delivery may be attempted twice
 * (each vendor's create route is called once per lead) and each vendor holds each lead once.
 *
 * Which replica ran an attempt: each one logs `delivery attempt` (LOG_LEVEL=info) with the
 * delivery's id once it has settled it; the two logs are the per-process record.
 */

/** Can we open a TCP connection to this URL's host:port? (Skip only when Postgres is absent.) */
function reachable(url: string, defaultPort: number): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = connect({ host: u.hostname, port: Number(u.port || defaultPort), timeout: 1000 });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
    s.once("timeout", () => (s.destroy(), resolve(false)));
  });
}
const pgUp = await reachable(PG_URL, 5432);

const LEADS = 100;
const TARGETS = ["COMUNIK8", "TRACKDRIVE"] as const;
const DELIVERIES = LEADS * TARGETS.length;
const VENDOR_DELAY_MS = 100;
/** Long enough that no lease runs out during an attempt (a takeover would be a second attempt, and fail the test). */
const POLICY = { retry: true, maxAttempts: 5, maxAgeSeconds: 600, leaseSeconds: 10, backoff: { initialMs: 100, maxMs: 500 } };

const CREATE = `mutation($input: LeadInput!, $targets: [Vendor!], $mode: DeliveryMode) {
  createLead(input: $input, targets: $targets, mode: $mode) { ok deliveries { id vendor status attempts } }
}`;
const LOG = `query($first: Int) {
  deliveries(first: $first) { edges { node { id vendor status attempts nativeId history { outcome } } } pageInfo { hasNextPage } }
}`;

/** What createLead answers (the fields CREATE asks for). */
type CreateLeadAnswer = { createLead: { deliveries: { id: string; vendor: string; status: string; attempts: number }[] } };

interface LogDelivery {
  id: string;
  vendor: string;
  status: string;
  attempts: number;
  nativeId: string | null;
  history: { outcome: string }[];
}

type Replica = OutboxServer;

/** A replica on the shared database; the outbox needs nothing else (no Redis). */
const startReplica = (name: string, env: Record<string, string>) => startOutboxServer(name, { LOG_LEVEL: "info", ...env }, ["REDIS_URL"]);

async function stopReplica(r: Replica | undefined): Promise<void> {
  if (!r || r.child.exitCode !== null || r.child.signalCode !== null) return;
  r.child.kill("SIGTERM");
  const timer = setTimeout(() => r.child.kill("SIGKILL"), 15_000);
  await r.exited;
  clearTimeout(timer);
}

/** The replica's log lines, parsed (the READY line and anything else not JSON left out). */
function logLines(r: Replica): Record<string, unknown>[] {
  return r.stdout
    .join("")
    .split("\n")
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

async function deliveryLog(r: Replica): Promise<LogDelivery[]> {
  const { deliveries } = await gql<{ deliveries: { edges: { node: LogDelivery }[]; pageInfo: { hasNextPage: boolean } } }>(r, LOG, {
    first: DELIVERIES + 50,
  });
  expect(deliveries.pageInfo.hasNextPage).toBe(false);
  return deliveries.edges.map((e) => e.node);
}

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));
const digits = (v: unknown) => String(v ?? "").replace(/\D/g, "");
const idOf = (globalId: string) => Number(globalId.split(":")[2]);

/** Distinct leads: phones 303-555-4000… (the simulators' seeds use other numbers), e-mails unique to this run. */
const run = Date.now().toString(36);
const leads = Array.from({ length: LEADS }, (_, i) => ({
  firstName: `Rep${i}`,
  lastName: "Lica",
  email: `rep${i}-${run}@example.com`,
  phone: `(303) 555-${4000 + i}`,
  national: `303555${4000 + i}`,
}));

describe("delivery outbox on two replicas (spawned processes, one Postgres)", () => {
  let dataDir: string | undefined;
  let db: Awaited<ReturnType<typeof freshPgDatabase>>;
  let c8: Comunik8Simulator;
  let td: TrackdriveSimulator;
  let a: Replica | undefined;
  let b: Replica | undefined;

  beforeAll(async () => {
    if (!pgUp) return;
    dataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-outbox-replicas-"));
    db = await freshPgDatabase();
    if (!db) throw new Error(`Postgres at ${PG_URL} answers TCP but cannot create a database`);
    c8 = await startComunik8Simulator({ seed: true });
    td = await startTrackdriveSimulator({ seed: true });
    // migrate the fresh database once, here, so both replicas can start at the same time
    const vendorMigrations = Object.assign({}, ...createRegistry().adapters.map((x) => x.migrations ?? {}));
    const store = await openStore({ databaseUrl: db.url, dataDir, vendorMigrations });
    await store.close();
    const env = {
      OUTBOX_SIM_COMUNIK8: c8.url,
      OUTBOX_SIM_TRACKDRIVE: td.url,
      OUTBOX_DELIVERY_POLICY: JSON.stringify(POLICY),
      DATABASE_URL: db.url,
      // unused (the store is Postgres) but set, so nothing lands in ./data
      LEADGRAPH_DATA_DIR: dataDir,
    };
    [a, b] = await Promise.all([startReplica("A", env), startReplica("B", env)]);
  });

  afterAll(async () => {
    await Promise.all([stopReplica(a), stopReplica(b)]);
    await Promise.all([c8?.close(), td?.close()]);
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it.runIf(pgUp)("Two replicas on one Postgres deliver 200 queued deliveries with no vendor record created twice", async () => {
    const replicas = [a!, b!];
    // a little slow, so attempts overlap and both replicas' workers claim while others are in flight
    c8.inject("lead_add", { delayMs: VENDOR_DELAY_MS, passThrough: true });
    td.inject("leads_create_or_update", { delayMs: VENDOR_DELAY_MS, passThrough: true });

    // 100 mutations, alternately through A and B, ten at a time
    const queuedBy = new Map<number, string>();
    let next = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < LEADS) {
          const i = next++;
          const via = replicas[i % 2]!;
          const { national: _n, ...input } = leads[i]!;
          const { createLead } = await gql<CreateLeadAnswer>(via, CREATE, { input, targets: TARGETS, mode: "ASYNC" });
          expect(createLead.deliveries.map((d) => [d.vendor, d.status, d.attempts])).toEqual(TARGETS.map((t) => [t, "QUEUED", 0]));
          for (const d of createLead.deliveries) queuedBy.set(idOf(d.id), via.name);
        }
      }),
    );
    expect(queuedBy.size).toBe(DELIVERIES);

    // until every delivery is final (either replica reads the one shared log)
    let log: LogDelivery[] = [];
    let polls = 0;
    const until = Date.now() + 30_000;
    for (;;) {
      log = await deliveryLog(replicas[polls++ % 2]!);
      if (log.length === DELIVERIES && log.every((d) => !["QUEUED", "RETRYING"].includes(d.status))) break;
      if (Date.now() > until) throw new Error(`deliveries still pending: ${JSON.stringify(log.filter((d) => d.status !== "CREATED"))}`);
      await sleep(200);
    }
    expect(new Set(log.map((d) => idOf(d.id)))).toEqual(new Set(queuedBy.keys()));
    // B's view of the log is A's: one store
    expect((await deliveryLog(b!)).map((d) => [d.id, d.status, d.attempts])).toEqual(log.map((d) => [d.id, d.status, d.attempts]));

    // every delivery created at its vendor by its one and only attempt
    const notOnce = log.filter((d) => d.status !== "CREATED" || d.attempts !== 1 || d.history.length !== 1 || !d.nativeId);
    expect(notOnce).toEqual([]);
    // the vendors' side: one create call per lead and route (no lead attempted twice), one record per lead
    expect(c8.callCount("lead_add")).toBe(LEADS);
    expect(td.callCount("leads_create_or_update")).toBe(LEADS);
    const c8Leads = [...c8.state.leads.values()];
    for (const lead of leads) {
      const at = {
        comunik8: c8Leads.filter((l) => digits(l.mobile).endsWith(lead.national)).length,
        trackdrive: td.state.leads.filter((l) => digits(l.caller_id).endsWith(lead.national)).length,
      };
      expect({ lead: lead.email, ...at }).toEqual({ lead: lead.email, comunik8: 1, trackdrive: 1 });
    }

    // who did the work: each replica's log names the deliveries it attempted and settled
    const attemptedBy = replicas.map((r) =>
      logLines(r)
        .filter((l) => l.msg === "delivery attempt")
        .map((l) => Number(l.delivery)),
    );
    const [byA, byB] = attemptedBy.map((ids) => new Set(ids));
    expect(attemptedBy[0]!.length + attemptedBy[1]!.length).toBe(DELIVERIES); // one settled attempt each, in all
    expect(new Set([...byA!, ...byB!])).toEqual(new Set(queuedBy.keys()));
    expect([...byA!].filter((id) => byB!.has(id))).toEqual([]); // none attempted on both
    expect(byA!.size).toBeGreaterThan(0);
    expect(byB!.size).toBeGreaterThan(0);
    // and neither replica lost a lease or failed to record an outcome
    for (const r of replicas) {
      const trouble = logLines(r).filter((l) => Number(l.level) >= 40);
      expect({ replica: r.name, trouble }).toEqual({ replica: r.name, trouble: [] });
    }
  }, 60_000);
});

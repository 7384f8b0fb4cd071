import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxGql as gql, startOutboxServer, type OutboxServer } from "../helpers/outbox-process.js";
import type { Simulator } from "../../src/simulators/harness.js";
import { clientTetherSimState, startClientTetherSimulator } from "../../src/vendors/clienttether/simulator.js";
import { startComunik8Simulator, type Comunik8Simulator } from "../../src/vendors/comunik8/simulator.js";
import { startTrackdriveSimulator, type TrackdriveSimulator } from "../../src/vendors/trackdrive/simulator.js";

/**
 * ASYNC durability over a real process: LeadGraph accepts a batch of ASYNC createLead
 * mutations (one QUEUED outbox row per target, committed before the answer), is SIGKILLed while
 * its workers have vendor calls in flight, and is started again on the same SQLite data dir. The
 * vendor simulators run HERE, so they outlive the kill: a call in flight at the kill still lands
 * at the vendor (the simulator's delay runs before its handler) while LeadGraph never hears the
 * answer — the lost-answer case the adapters' dedupe on a retry (`vctx.attempt >= 2`) is for.
 *
 * The promise: every accepted delivery reaches a final success (CREATED, or EXISTING/UPDATED where
 * the retry found what the killed attempt had created), and every vendor holds every lead exactly once.
 */
const LEADS = 20;
const TARGETS = ["CLIENTTETHER", "COMUNIK8", "TRACKDRIVE"] as const;
const VENDOR_DELAY_MS = 300;
const LEASE_SECONDS = 2;
const POLICY = { retry: true, maxAttempts: 6, maxAgeSeconds: 600, leaseSeconds: LEASE_SECONDS, backoff: { initialMs: 100, maxMs: 500 } };

const CREATE = `mutation($input: LeadInput!, $targets: [Vendor!], $mode: DeliveryMode, $options: CreateLeadOptions) {
  createLead(input: $input, targets: $targets, mode: $mode, options: $options) { ok deliveries { id vendor status attempts } }
}`;
const LOG = `query($first: Int, $after: String) {
  deliveries(first: $first, after: $after) {
    edges { node { id vendor status attempts nativeId operation history { outcome } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** What createLead answers (the fields CREATE asks for). */
type CreateLeadAnswer = { createLead: { deliveries: { id: string; vendor: string; status: string; attempts: number }[] } };

interface LogDelivery {
  id: string;
  vendor: string;
  status: string;
  attempts: number;
  nativeId: string | null;
  operation: string;
  history: { outcome: string }[];
}

type LeadGraph = OutboxServer;

/** The fixture as operators would run it: its own process, SQLite in the data dir whatever the shell has. */
const startLeadGraph = (env: Record<string, string>) => startOutboxServer("leadgraph", env, ["DATABASE_URL"]);

async function deliveryLog(lg: LeadGraph): Promise<LogDelivery[]> {
  const all: LogDelivery[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { deliveries: { edges: { node: LogDelivery }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await gql(lg, LOG, { first: 100, after });
    all.push(...page.deliveries.edges.map((e) => e.node));
    if (!page.deliveries.pageInfo.hasNextPage) return all;
    after = page.deliveries.pageInfo.endCursor;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const digits = (v: unknown) => String(v ?? "").replace(/\D/g, "");

/** Distinct leads: phones 303-555-3001… (the simulators' seeds use other numbers), e-mails unique to this run. */
const run = Date.now().toString(36);
const leads = Array.from({ length: LEADS }, (_, i) => ({
  firstName: `Kill${i}`,
  lastName: "Durable",
  email: `kill${i}-${run}@example.com`,
  phone: `(303) 555-${3001 + i}`,
  national: `303555${3001 + i}`,
}));

describe("ASYNC durability (LeadGraph in its own process, vendors in the test process)", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-outbox-kill-"));
  let ct: Simulator;
  let c8: Comunik8Simulator;
  let td: TrackdriveSimulator;
  let env: Record<string, string>;
  let lg: LeadGraph | undefined;

  beforeAll(async () => {
    ct = await startClientTetherSimulator({ seed: true });
    c8 = await startComunik8Simulator({ seed: true });
    td = await startTrackdriveSimulator({ seed: true });
    env = {
      OUTBOX_SIM_CLIENTTETHER: ct.url,
      OUTBOX_SIM_COMUNIK8: c8.url,
      OUTBOX_SIM_TRACKDRIVE: td.url,
      OUTBOX_DELIVERY_POLICY: JSON.stringify(POLICY),
      LEADGRAPH_DATA_DIR: dataDir,
    };
  });

  afterAll(async () => {
    if (lg && lg.child.exitCode === null && lg.child.signalCode === null) {
      lg.child.kill("SIGTERM");
      const t = setTimeout(() => lg!.child.kill("SIGKILL"), 10_000);
      await lg.exited;
      clearTimeout(t);
    }
    await Promise.all([ct, c8, td].map((s) => s?.close()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Each vendor's simulator and the route it creates a lead on. */
  const VENDORS = [
    [() => ct, "create_client"],
    [() => c8, "lead_add"],
    [() => td, "leads_create_or_update"],
  ] as const;
  const createCalls = () => VENDORS.reduce((n, [sim, route]) => n + sim().callCount(route), 0);

  it("SIGKILL with deliveries mid-flight, restart on the same data dir: every lead at every vendor exactly once", async () => {
    // slow vendors: every create waits before the simulator commits it, so attempts are in flight at the kill
    for (const [sim, route] of VENDORS) sim().inject(route, { delayMs: VENDOR_DELAY_MS, passThrough: true });

    const first = (lg = await startLeadGraph(env));
    const accepted = new Set<string>();
    // dedupe off: a first attempt creates without looking, so only the outbox's retry (vctx.attempt >= 2) makes an adapter look first
    const options = { dedupe: false };
    // all the mutations together: each answers once its rows are committed (QUEUED, attempts 0)
    await Promise.all(
      leads.map(async ({ national: _n, ...input }) => {
        const { createLead } = await gql<CreateLeadAnswer>(first, CREATE, { input, targets: TARGETS, mode: "ASYNC", options });
        expect(createLead.deliveries.map((d) => [d.vendor, d.status, d.attempts])).toEqual(TARGETS.map((t) => [t, "QUEUED", 0]));
        for (const d of createLead.deliveries) accepted.add(d.id);
      }),
    );
    expect(accepted.size).toBe(LEADS * TARGETS.length);

    // kill once every vendor has a create call in flight: sent, still inside the vendor's delay (its answer never reaches us)
    const inFlight = () => VENDORS.every(([sim, route]) => sim().calls(route).some((c) => Date.now() - c.at < VENDOR_DELAY_MS - 150));
    const deadline = Date.now() + 15_000;
    while (!inFlight() && Date.now() < deadline) await sleep(2);
    const caughtInFlight = inFlight();
    first.child.kill("SIGKILL");
    expect(caughtInFlight).toBe(true);
    const callsAtKill = createCalls();
    expect(await first.exited).toBeNull(); // ended by the signal: no close(), no finally
    expect(callsAtKill).toBeGreaterThanOrEqual(TARGETS.length);
    expect(callsAtKill).toBeLessThan(LEADS * TARGETS.length);

    // the same data dir: the outbox rows (and the leases the dead process held) are all there is
    const second = (lg = await startLeadGraph(env));
    let log: LogDelivery[] = [];
    const until = Date.now() + 30_000;
    for (;;) {
      log = await deliveryLog(second);
      if (log.length === accepted.size && log.every((d) => !["QUEUED", "RETRYING"].includes(d.status))) break;
      if (Date.now() > until) throw new Error(`deliveries still pending: ${JSON.stringify(log.filter((d) => d.status !== "CREATED"))}`);
      await sleep(200);
    }

    // the log: exactly the accepted deliveries, each delivered
    expect(new Set(log.map((d) => d.id))).toEqual(accepted);
    const notDelivered = log.filter((d) => !["CREATED", "EXISTING", "UPDATED"].includes(d.status));
    expect(notDelivered).toEqual([]);
    for (const d of log) {
      expect(d.operation).toBe("createLead");
      expect(d.nativeId).toBeTruthy();
      // one history entry per settled attempt; an attempt cut off by the kill was never settled
      expect(d.history.at(-1)!.outcome).toBe(d.status);
      expect(d.history.length).toBeLessThanOrEqual(d.attempts);
    }
    // the kill did cut attempts off: those deliveries were attempted again after the restart...
    const retried = log.filter((d) => d.attempts >= 2);
    expect(retried.length).toBeGreaterThan(0);
    // (one kill: at most one attempt per delivery left unsettled)
    for (const d of retried) expect(d.history.length).toBeGreaterThanOrEqual(d.attempts - 1);
    // ...and at every vendor, a retry of an attempt the kill cut off after it reached the vendor found the
    // record that attempt made (ClientTether read_client_exist, Comunik8 "Existing Contact": EXISTING;
    // Trackdrive create_or_update by caller_id: UPDATED) instead of adding one
    const foundAgain = new Set(retried.filter((d) => d.status === "EXISTING" || d.status === "UPDATED").map((d) => d.vendor));
    expect([...foundAgain].sort()).toEqual([...TARGETS]);

    // the vendors: every lead exactly once (no lead lost, none created twice)
    const ctClients = [...clientTetherSimState(ct).clients.values()];
    const c8Leads = [...c8.state.leads.values()];
    for (const lead of leads) {
      const at = {
        clienttether: ctClients.filter((c) => String(c.email ?? "").toLowerCase() === lead.email).length,
        clienttetherByPhone: ctClients.filter((c) => digits(c.phone).endsWith(lead.national)).length,
        comunik8: c8Leads.filter((l) => digits(l.mobile).endsWith(lead.national)).length,
        trackdrive: td.state.leads.filter((l) => digits(l.caller_id).endsWith(lead.national)).length,
      };
      const once = { clienttether: 1, clienttetherByPhone: 1, comunik8: 1, trackdrive: 1 };
      expect({ lead: lead.email, ...at }).toEqual({ lead: lead.email, ...once });
    }
    // ClientTether's create_client inserts duplicates as sent: one call per lead means no attempt ever created twice
    expect(ct.callCount("create_client")).toBe(LEADS);
    // nothing went wrong on the way (an attempt that could not be recorded, a scan that failed)
    expect(second.stdout.join("")).not.toMatch(/"level":(50|60)/);
  }, 60_000);
});

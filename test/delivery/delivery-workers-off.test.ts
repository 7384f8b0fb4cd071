import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxGql as gql, startOutboxServer, type OutboxServer } from "../helpers/outbox-process.js";
import { startTrackdriveSimulator, type TrackdriveSimulator } from "../../src/vendors/trackdrive/simulator.js";

/**
 * `LEADGRAPH_DELIVERY_WORKERS=false` (tenants file `server.deliveryWorkers: false`): a replica that
 * only accepts and queues. Two processes share one SQLite store: A with its workers off takes
 * every mutation, B with its workers on delivers. Which process attempted a delivery is in its own
 * log (`delivery attempt`, LOG_LEVEL=info): A's has none, B's has every one.
 */
const CREATE = `mutation($input: LeadInput!) {
  createLead(input: $input, targets: [TRACKDRIVE], mode: ASYNC) { deliveries { id status } }
}`;
const LOG = `{ deliveries(first: 50) { edges { node { id status attempts } } } }`;
const LEADS = 5;

const attempts = (r: OutboxServer) =>
  r.stdout
    .join("")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { msg?: string; delivery?: unknown })
    .filter((l) => l.msg === "delivery attempt")
    .map((l) => Number(l.delivery));

describe("a replica with its delivery workers off", () => {
  let dataDir: string;
  let td: TrackdriveSimulator;
  let a: OutboxServer | undefined;
  let b: OutboxServer | undefined;
  const stop = async (r: OutboxServer | undefined) => {
    if (!r || r.child.exitCode !== null) return;
    r.child.kill("SIGTERM");
    await r.exited;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-workers-off-"));
    td = await startTrackdriveSimulator({ seed: true });
    const env = { OUTBOX_SIM_TRACKDRIVE: td.url, LEADGRAPH_DATA_DIR: dataDir, LOG_LEVEL: "info" };
    a = await startOutboxServer("A", { ...env, LEADGRAPH_DELIVERY_WORKERS: "false" }, ["DATABASE_URL", "REDIS_URL"]);
  });

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    await td?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("queues what it accepts and attempts nothing; a replica with workers on delivers it", async () => {
    expect(a!.stdout.join("")).toContain("delivery workers off");
    const run = Date.now().toString(36);
    const ids: string[] = [];
    for (let i = 0; i < LEADS; i++) {
      const input = { firstName: `Off${i}`, lastName: run, phone: `(303) 555-${6100 + i}` };
      const { createLead } = await gql<{ createLead: { deliveries: { id: string; status: string }[] } }>(a!, CREATE, { input });
      expect(createLead.deliveries.map((d) => d.status)).toEqual(["QUEUED"]);
      ids.push(createLead.deliveries[0]!.id);
    }
    b = await startOutboxServer("B", { OUTBOX_SIM_TRACKDRIVE: td.url, LEADGRAPH_DATA_DIR: dataDir, LOG_LEVEL: "info" }, [
      "DATABASE_URL",
      "REDIS_URL",
    ]);
    // A serves the delivery log from the store both share
    const until = Date.now() + 30_000;
    let log: { id: string; status: string; attempts: number }[] = [];
    for (;;) {
      log = (await gql<{ deliveries: { edges: { node: (typeof log)[number] }[] } }>(a!, LOG, {})).deliveries.edges.map((e) => e.node);
      if (ids.every((id) => log.find((d) => d.id === id)?.status === "CREATED")) break;
      if (Date.now() > until) throw new Error(`not delivered: ${JSON.stringify(log)}`);
      await sleep(100);
    }
    expect(td.callCount("leads_create_or_update")).toBe(LEADS);
    const numeric = ids.map((id) => Number(id.split(":")[2])).sort((x, y) => x - y);
    expect(attempts(a!)).toEqual([]);
    expect(attempts(b!).sort((x, y) => x - y)).toEqual(numeric);
  });
});

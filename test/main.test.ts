import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../src/simulators/harness.js";
import { startEchoSimulator } from "./fixtures/echo-vendor.js";
import { CREATE_LEAD, KEY_A } from "./fixtures/echo-app.js";
import { burst, startServer as spawnServer, type Server } from "./helpers/process.js";

/**
 * Lifecycle over a real process: SIGKILL in the middle of a burst of 1,000 writes loses
 * nothing that was acknowledged, and SIGTERM finishes in-flight requests before exiting.
 *
 * The durable write here is the idempotency record (written before the response is sent).
 * The same kill-mid-burst check for the Kartra webhook inbox is vendors/kartra/webhook.sigkill.test.ts; both
 * use the process helpers in process.ts.
 */
function startServer(dataDir: string, simUrl: string): Promise<Server> {
  // A short wait for duplicates of in-flight keys, so retries of writes cut off by the kill answer quickly.
  return spawnServer("test/fixtures/echo-server.ts", {
    ECHO_SIM_URL: simUrl,
    LEADGRAPH_DATA_DIR: dataDir,
    IDEMPOTENCY_WAIT_SECONDS: "0.5",
  });
}

async function createLead(url: string, key: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY_A}`, "idempotency-key": key },
    body: JSON.stringify({ query: CREATE_LEAD, variables: { input: { firstName: key, phone: "303 555 0199" } } }),
  });
  return (await res.json()) as {
    data?: { createLead: { replayed: boolean; deliveries: { status: string; nativeId: string }[] } };
    errors?: unknown[];
  };
}

describe("lifecycle (spawned server process)", () => {
  let sim: Simulator;
  const dataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-lifecycle-"));
  let server: Server | undefined;
  beforeAll(async () => {
    sim = await startEchoSimulator();
  });
  afterAll(async () => {
    server?.child.kill("SIGKILL");
    await server?.exited;
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const title =
    "SIGKILL during a 1,000-write burst: every acknowledged write is in the store after restart " +
    "(replays, no second vendor call)";
  it(title, async () => {
    server = await startServer(dataDir, sim.url);
    const acked = new Map<string, string>();
    const first = server;
    await burst(
      1000,
      25,
      async (i) => {
        const body = await createLead(first.url, `burst-${i}`);
        const d = body.data?.createLead.deliveries[0];
        return d?.status === "CREATED" ? d.nativeId : undefined;
      },
      (i, id) => {
        acked.set(`burst-${i}`, id);
        if (acked.size === 300) first.child.kill("SIGKILL");
      },
    );
    expect(await first.exited).toBeNull(); // killed by signal, not exited
    expect(acked.size).toBeGreaterThanOrEqual(300);
    expect(acked.size).toBeLessThan(1000);
    const vendorCalls = sim.callCount("create_lead");

    server = await startServer(dataDir, sim.url);
    const second = server;
    const lost: string[] = [];
    await burst(
      acked.size,
      25,
      async (i) => {
        const key = [...acked.keys()][i]!;
        const body = await createLead(second.url, key);
        const c = body.data?.createLead;
        if (!c?.replayed || c.deliveries[0]?.nativeId !== acked.get(key)) lost.push(key);
        return undefined;
      },
      () => {},
    );
    expect(lost).toEqual([]);
    expect(sim.callCount("create_lead")).toBe(vendorCalls);

    // Writes in flight at the kill (never acknowledged), retried with their keys: each is a
    // replay (it was stored), a CONFLICT with retryAfterSeconds (claimed, outcome unknown —
    // never re-sent blindly), or a fresh create (never claimed). Only fresh creates call the vendor.
    const unacked = Array.from({ length: 1000 }, (_, i) => `burst-${i}`)
      .filter((k) => !acked.has(k))
      .slice(0, 60);
    let fresh = 0;
    for (const key of unacked) {
      const body = (await createLead(second.url, key)) as {
        data?: { createLead: { replayed: boolean } };
        errors?: { extensions: { code: string; retryAfterSeconds?: number } }[];
      };
      if (body.errors) {
        expect(body.errors[0]!.extensions).toMatchObject({ code: "CONFLICT" });
        expect(body.errors[0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
      } else if (!body.data!.createLead.replayed) fresh++;
    }
    expect(sim.callCount("create_lead")).toBe(vendorCalls + fresh);
  });

  it("SIGTERM lets an in-flight request finish, then exits 0", async () => {
    server?.child.kill("SIGKILL");
    server = await startServer(dataDir, sim.url);
    sim.clearCalls();
    sim.inject("create_lead", { delayMs: 400, passThrough: true, times: 1 });
    const inflight = createLead(server.url, "sigterm-1");
    while (sim.callCount("create_lead") === 0) await new Promise((r) => setTimeout(r, 10));
    server.child.kill("SIGTERM");
    const body = await inflight;
    expect(body.data?.createLead.deliveries[0]?.status).toBe("CREATED");
    expect(await server.exited).toBe(0);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    server = undefined;
  });
});

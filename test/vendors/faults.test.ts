import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { demoTenant } from "../../src/app.js";
import { DEFAULT_DELIVERY_POLICY } from "../../src/model/delivery.js";
import { STANDARD_FAULTS } from "../helpers/faults.js";
import { writeProbes } from "../helpers/probes.js";

/**
 * The standard fault table (test/helpers/faults.ts) against every real vendor adapter's write,
 * on the demo tenant and the vendors' own simulators: each fault is a FAILED delivery with a
 * typed error inside the deadline, HTTP 200, no top-level error, nothing from the vendor's body
 * in the message, and the create sent once — or, where the vendor's write is idempotent and
 * retried like a read, sent again only on the faults a retry is for (the probe says which).
 * The vendors are the registry's writers, each with its test/vendors/<id>/probe.ts.
 */
const LEAD = { firstName: "Ann", lastName: "Lee", email: "ann.lee.faults@example.org", phone: "(719) 555-0177" }; // in no demo seed
const probes = await writeProbes();
if (probes.length < 2) throw new Error("the faults test expects the registry's writers; found too few to mean anything");

describe("the standard fault table against every vendor's write (real adapters, vendor simulators)", () => {
  let app: TestApp;
  beforeAll(async () => {
    const policy = { responseTimeoutMs: 200, deadlineMs: 2000, breaker: { consecutiveFailures: 1000 } };
    // one attempt per request: the table pins each fault's FAILED delivery (the outbox's retries are test/delivery's)
    app = await startTestApp({
      env: { LOG_LEVEL: "warn" },
      tenants: (sims) => [{ ...demoTenant(sims), delivery: { ...DEFAULT_DELIVERY_POLICY, retry: false } }],
      config: (c) => ({ ...c, server: { ...c.server, upstream: Object.fromEntries(probes.map(({ adapter }) => [adapter.id, policy])) } }),
    });
  });
  afterAll(() => app?.close());

  for (const { adapter, probe } of probes) {
    describe(adapter.name, () => {
      it.each(STANDARD_FAULTS)("%s → FAILED with a typed error", async (name, fault, code) => {
        const sim = app.simulators[adapter.id]!;
        sim.reset();
        sim.inject(probe.route, { ...fault, times: undefined }); // on every attempt
        const started = Date.now();
        const res = await probe.send(app, LEAD);
        expect(Date.now() - started).toBeLessThan(2800); // the 2 s deadline, not the simulator's 3 s delay
        expect(res.status).toBe(200);
        expect(res.body.errors).toBeUndefined();
        const d = (res.body.data.createLead ?? res.body.data.createEvent).deliveries[0];
        expect(d).toMatchObject({ vendor: adapter.name, status: "FAILED", error: { code } });
        expect(d.error.message).not.toMatch(/<html|Bad Gateway|"id": 4/);
        expect(sim.callCount(probe.route)).toBe(probe.attempts?.(name) ?? 1);
      });
    });
  }
});

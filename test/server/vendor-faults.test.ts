import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { STANDARD_FAULTS } from "../helpers/faults.js";
import { PROPEXO_SIM_APPLICANTS, PROPEXO_SIM_EVENT_TYPES } from "../../src/vendors/propexo/simulator.js";

/**
 * The standard fault table (test/helpers/faults.ts) against every real vendor adapter's write,
 * on the demo tenant and the vendors' own simulators: each fault is a FAILED delivery with a
 * typed error inside the deadline, HTTP 200, no top-level error, nothing from the vendor's body
 * in the message, and the create sent once — or, for Trackdrive's create_or_update (idempotent,
 * retried like a read), sent again only on the faults a retry is for.
 */
const LEAD = { firstName: "Ann", lastName: "Lee", email: "ann.lee.faults@example.org", phone: "(719) 555-0177" }; // in no demo seed
const jane = PROPEXO_SIM_APPLICANTS[0]!;
const ENTRATA_CALL = {
  type: "CALL",
  title: "Follow-up call",
  startsAt: "2024-01-15T16:30:00Z",
  endsAt: "2024-01-15T16:35:30Z",
  entrata: { applicantId: jane.id, applicationId: jane.applicationId, eventTypeId: PROPEXO_SIM_EVENT_TYPES.call, callFrom: "(303) 929-1447", callTo: "+1 720 555 0134", callStatus: "ANSWER", callAudioLink: "https://recordings.example.com/calls/8842.mp3" },
};
const CREATE_LEAD = `mutation($input: LeadInput!, $targets: [Vendor!]) { createLead(input: $input, targets: $targets) { deliveries { vendor status error { code message vendorCode } } } }`;
const CREATE_EVENT = `mutation($input: EventInput!) { createEvent(input: $input, target: ENTRATA) { deliveries { vendor status error { code message vendorCode } } } }`;

interface Target {
  vendor: string;
  sim: string;
  route: string;
  send: (app: TestApp) => Promise<{ status: number; body: { data?: any; errors?: unknown[] } }>;
  /** Attempts a fault gets: 1, or 3 where the write is retried (twice) and the fault is one a retry is for. */
  attempts: (fault: string) => number;
}

const once = () => 1;
const TARGETS: Target[] = [
  { vendor: "CLIENTTETHER", sim: "clienttether", route: "create_client", send: (app) => app.gql(CREATE_LEAD, { input: LEAD, targets: ["CLIENTTETHER"] }), attempts: once },
  { vendor: "COMUNIK8", sim: "comunik8", route: "lead_add", send: (app) => app.gql(CREATE_LEAD, { input: LEAD, targets: ["COMUNIK8"] }), attempts: once },
  {
    vendor: "TRACKDRIVE",
    sim: "trackdrive",
    route: "leads_create_or_update",
    send: (app) => app.gql(CREATE_LEAD, { input: LEAD, targets: ["TRACKDRIVE"] }),
    attempts: (fault) => (["HTTP 500", "HTTP 502 with an HTML body", "timeout", "connection reset"].includes(fault) ? 3 : 1),
  },
  { vendor: "ENTRATA", sim: "propexo", route: "create_applicant_event_entrata", send: (app) => app.gql(CREATE_EVENT, { input: ENTRATA_CALL }), attempts: once },
];

describe("the standard fault table against every vendor's write (real adapters, vendor simulators)", () => {
  let app: TestApp;
  beforeAll(async () => {
    const policy = { responseTimeoutMs: 200, deadlineMs: 2000, breaker: { consecutiveFailures: 1000 } };
    app = await startTestApp({
      env: { LOG_LEVEL: "warn" },
      config: (c) => ({ ...c, server: { ...c.server, upstream: { clienttether: policy, comunik8: policy, trackdrive: policy, propexo: policy } } }),
    });
  });
  afterAll(() => app?.close());

  for (const t of TARGETS) {
    describe(t.vendor, () => {
      it.each(STANDARD_FAULTS)("%s → FAILED with a typed error", async (name, fault, code) => {
        const sim = app.simulators[t.sim]!;
        sim.reset();
        sim.inject(t.route, { ...fault, times: undefined }); // on every attempt
        const started = Date.now();
        const res = await t.send(app);
        expect(Date.now() - started).toBeLessThan(2800); // the 2 s deadline, not the simulator's 3 s delay
        expect(res.status).toBe(200);
        expect(res.body.errors).toBeUndefined();
        const d = (res.body.data.createLead ?? res.body.data.createEvent).deliveries[0];
        expect(d).toMatchObject({ vendor: t.vendor, status: "FAILED", error: { code } });
        expect(d.error.message).not.toMatch(/<html|Bad Gateway|"id": 4/);
        expect(sim.callCount(t.route)).toBe(t.attempts(name));
      });
    });
  }
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoTenant } from "../../../src/app.js";
import { hashApiKey, type Tenant } from "../../../src/config.js";
import { generateSecret } from "../../../src/delivery/webhooks/signature.js";
import { PROPEXO_SIM_APPLICANTS, PROPEXO_SIM_EVENT_TYPES, type PropexoSimulator } from "../../../src/vendors/propexo/simulator.js";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import { startWebhookReceiver, waitFor, type ReceivedWebhook, type WebhookReceiver } from "../../helpers/webhook-receiver.js";
import { QUICK_POLLS, polls, pollsSettled } from "./polls.js";

/**
 * Issue 15, `entrata.write_status`: LeadGraph polls write-status in the background for every
 * Entrata job it started, and tells the partner, through a signed webhook, once the job reached
 * SUCCESS, PARTIAL_SUCCESS or FAILURE. Over real HTTP: GraphQL createEvent, the Propexo simulator
 * (PENDING on a job's first read, then its outcome), the outbox's workers, a partner receiver
 * that verifies the signature with the `standardwebhooks` library.
 */
const KEY = "lg_test_entrata_hooks_3d7a";
const QUIET_KEY = "lg_test_entrata_quiet_8e4b";
const SECRET = generateSecret();
const EVENT = "entrata.write_status";
const jane = PROPEXO_SIM_APPLICANTS[0]!;

const CREATE = `mutation($input: EventInput!) {
  createEvent(input: $input, target: ENTRATA) { ok deliveries { id status jobId details } }
}`;
const STATUS = `query($jobId: String!) { writeStatus(vendor: ENTRATA, jobId: $jobId) { vendor jobId status errors createdRecordId raw } }`;

const emailInput = (entrata: Record<string, unknown> = {}) => ({
  type: "EMAIL",
  title: "Application received",
  startsAt: "2024-07-01T12:00:00+02:00",
  entrata: {
    applicantId: jane.id,
    eventTypeId: PROPEXO_SIM_EVENT_TYPES.emailOutgoing,
    emailFrom: "leasing@example.com",
    applicantEmail: jane.email,
    emailSubject: "Hi",
    ...entrata,
  },
});

interface Hook {
  type: string;
  timestamp: string;
  data: { vendor: string; jobId: string; status: string; errors: string[]; createdRecordId: string | null; raw: unknown };
}

describe("entrata.write_status: the background write-status poll and its webhook", () => {
  let app: TestApp;
  let sim: PropexoSimulator;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secret: SECRET });
    app = await startTestApp({
      tenants: (s) => {
        const base = demoTenant(s);
        const tenant: Tenant = {
          ...base,
          id: "entrata-partner",
          apiKeys: [hashApiKey(KEY)],
          delivery: QUICK_POLLS,
          webhooks: [{ url: receiver.url, secret: SECRET, events: [EVENT] }],
        };
        // polls too (every job LeadGraph starts is followed), but takes no webhook
        return [tenant, { ...tenant, id: "entrata-quiet", apiKeys: [hashApiKey(QUIET_KEY)], webhooks: [] }];
      },
    });
    sim = app.simulators.propexo as PropexoSimulator;
  });
  afterAll(async () => {
    await app?.close();
    await receiver?.close();
  });
  beforeEach(() => sim.reset());
  afterEach(async () => {
    // a poll still running would read the next test's simulator
    await pollsSettled(gql);
    await pollsSettled(quiet);
    sim.assertNoUnexpectedCalls();
  });

  const gql: TestApp["gql"] = (q, v) => app.gql(q, v, { apiKey: KEY });
  const quiet: TestApp["gql"] = (q, v) => app.gql(q, v, { apiKey: QUIET_KEY });
  const reads = (jobId: string) => sim.calls("write_status").filter((c) => c.path === `/v1/admin/write-status/${jobId}`).length;
  const hooksFor = (jobId: string): ReceivedWebhook[] =>
    receiver.requests.filter((r) => (r.json as Hook | undefined)?.data?.jobId === jobId);
  const create = async (input: unknown, as = gql) => {
    const res = await as(CREATE, { input });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createEvent.deliveries[0] as { id: string; status: string; jobId: string; details: Record<string, unknown> };
  };
  /** Longer than the poll's largest backoff step (QUICK_POLLS.backoff.maxMs, +20 % jitter): a poll still running would read again. */
  const quietPeriod = () => new Promise((r) => setTimeout(r, 3 * QUICK_POLLS.backoff.maxMs));

  it("a normal write: the poll reads PENDING, then SUCCESS, and a verified webhook carries the writeStatus; polling stops", async () => {
    const d = await create(emailInput());
    expect(d).toMatchObject({ status: "CREATED", details: { jobId: d.jobId, writeStatus: "PENDING" } });
    expect(d.details.writeStatusPoll).toMatch(/^leadgraph:delivery:\d+$/);

    await waitFor(() => hooksFor(d.jobId).length > 0, 8000, "entrata.write_status webhook");
    const [hook] = hooksFor(d.jobId);
    expect(hook!.verified).toBe(true);
    expect(hook!.headers["webhook-id"]).toMatch(/^msg_/);
    const body = hook!.json as Hook;
    expect(body.type).toBe(EVENT);
    expect(body.data).toEqual({
      vendor: "ENTRATA",
      jobId: d.jobId,
      status: "SUCCESS",
      errors: [],
      createdRecordId: null,
      raw: { write_status: "SUCCESS", errors: [], created_record_id: null },
    });

    const poll = (await pollsSettled(gql)).find((p) => p.details?.jobId === d.jobId);
    expect(poll).toMatchObject({
      id: d.details.writeStatusPoll,
      status: "CREATED",
      attempts: 2,
      nextAttemptAt: null,
      error: null,
      details: { jobId: d.jobId, writeStatus: "SUCCESS", errors: [], createdRecordId: null },
    });
    expect(poll!.message).toMatch(/SUCCESS/);
    // PENDING was "not done yet", retried with backoff: not an error of the write
    expect(poll!.history.map((h) => [h.outcome, h.error?.code ?? null])).toEqual([
      ["RETRYING", "NOT_READY"],
      ["CREATED", null],
    ]);
    expect(sim.events(jane.id)).toHaveLength(1);
    expect(sim.callCount("create_applicant_event_entrata")).toBe(1);

    // final: never read again, and announced once
    expect(reads(d.jobId)).toBe(2);
    await quietPeriod();
    expect(reads(d.jobId)).toBe(2);
    expect(hooksFor(d.jobId)).toHaveLength(1);

    // the webhook's data is the writeStatus query's answer
    const status = await gql(STATUS, { jobId: d.jobId });
    expect(status.body.data.writeStatus).toEqual(body.data);
  });

  it("a write Entrata refuses: the webhook says FAILURE with Entrata's errors; the poll is FAILED, final, not retried", async () => {
    const d = await create(emailInput({ applicantId: "999999" }));
    expect(d.status).toBe("CREATED");

    await waitFor(() => hooksFor(d.jobId).length > 0, 8000, "entrata.write_status webhook");
    const hook = hooksFor(d.jobId)[0]!;
    expect(hook.verified).toBe(true);
    const { data } = hook.json as Hook;
    expect(data).toMatchObject({ vendor: "ENTRATA", jobId: d.jobId, status: "FAILURE", createdRecordId: null });
    expect(data.errors[0]).toMatch(/Applicant 999999 was not found/);

    const poll = (await pollsSettled(gql)).find((p) => p.details?.jobId === d.jobId);
    expect(poll).toMatchObject({
      id: d.details.writeStatusPoll,
      status: "FAILED",
      attempts: 2,
      nextAttemptAt: null,
      error: { code: "UPSTREAM_ERROR", vendorCode: "FAILURE" },
      details: { jobId: d.jobId, writeStatus: "FAILURE" },
    });
    expect(poll!.message).toMatch(/refused.*Applicant 999999 was not found/);
    expect(poll!.history.map((h) => h.outcome)).toEqual(["RETRYING", "FAILED"]);
    expect(reads(d.jobId)).toBe(2);
    await quietPeriod();
    expect(reads(d.jobId)).toBe(2);
    expect(hooksFor(d.jobId)).toHaveLength(1);
    expect(sim.events("999999")).toHaveLength(0);
  });

  it("a Propexo 5xx while polling is retried like any read; the job is still announced once", async () => {
    // the client retries a read twice in-process: three 502s fail the poll's first attempt
    sim.inject("write_status", { status: 502, body: "bad gateway", times: 3 });
    const d = await create(emailInput());
    await waitFor(() => hooksFor(d.jobId).length > 0, 8000, "entrata.write_status webhook");
    expect((hooksFor(d.jobId)[0]!.json as Hook).data.status).toBe("SUCCESS");
    const poll = (await pollsSettled(gql)).find((p) => p.details?.jobId === d.jobId);
    expect(poll!.history.map((h) => [h.outcome, h.error?.code ?? null])).toEqual([
      ["RETRYING", "UPSTREAM_ERROR"],
      ["RETRYING", "NOT_READY"],
      ["CREATED", null],
    ]);
    expect(sim.callCount("write_status")).toBe(5);
    expect(hooksFor(d.jobId)).toHaveLength(1);
  });

  it("a tenant without an endpoint for the event has its jobs polled to the end all the same, and no webhook is sent", async () => {
    const before = receiver.requests.length;
    const d = await create(emailInput(), quiet);
    const poll = (await pollsSettled(quiet)).find((p) => p.details?.jobId === d.jobId);
    expect(poll).toMatchObject({ id: d.details.writeStatusPoll, status: "CREATED", details: { writeStatus: "SUCCESS" } });
    expect(reads(d.jobId)).toBe(2);
    await quietPeriod();
    expect(receiver.requests.length).toBe(before);
    // each tenant sees its own polls only
    expect((await polls(gql)).map((p) => p.id)).not.toContain(poll!.id);
  });

  it("a write Propexo refuses before queuing (400) starts no job, so nothing is polled", async () => {
    const before = (await polls(gql)).length;
    const res = await gql(CREATE, { input: emailInput({ eventTypeId: "evt_type_unknown" }) });
    expect(res.body.data.createEvent.deliveries[0]).toMatchObject({ status: "REJECTED", jobId: null });
    await quietPeriod();
    expect(await polls(gql)).toHaveLength(before);
    expect(sim.callCount("write_status")).toBe(0);
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { stopRetrying } from "../../helpers/deliveries.js";
import { startTestApp, demoTenant, type TestApp } from "../../helpers/app.js";
import { hashApiKey } from "../../../src/config.js";
import {
  PROPEXO_RATE_LIMIT,
  PROPEXO_SIM_APPLICANTS,
  PROPEXO_SIM_EVENT_TYPES,
  PROPEXO_SIM_FOREIGN_INTEGRATION_ID,
  PROPEXO_SIM_INTEGRATION_ID,
  PROPEXO_SIM_TOKEN,
  type PropexoSimulator,
} from "../../../src/vendors/propexo/simulator.js";
import { rejection } from "../../helpers/deliveries.js";
import { pollsSettled } from "./polls.js";

const CREATE = `mutation Create($input: EventInput!) {
  createEvent(input: $input, target: ENTRATA) {
    ok
    event { id leadId type startsAt startsAtLocal sourceTimeZone }
    deliveries {
      id vendor status message nativeId jobId details attempts nextAttemptAt
      fieldErrors { field message }
      error { code message vendorCode retryAfterSeconds }
      event { id leadId startsAtLocal }
    }
  }
}`;

const STATUS = `query Status($vendor: Vendor!, $jobId: String!) {
  writeStatus(vendor: $vendor, jobId: $jobId) { vendor jobId status errors createdRecordId raw }
}`;

const jane = PROPEXO_SIM_APPLICANTS[0]!;
const ROUTE = "create_applicant_event_entrata";

function callInput(entrata: Record<string, unknown> = {}, over: Record<string, unknown> = {}) {
  return {
    type: "CALL",
    title: "Follow-up call",
    description: "Discussed a 2-bed unit",
    startsAt: "2024-01-15T16:30:00Z",
    endsAt: "2024-01-15T16:35:30Z",
    ...over,
    entrata: {
      applicantId: jane.id,
      applicationId: jane.applicationId,
      eventTypeId: PROPEXO_SIM_EVENT_TYPES.call,
      callFrom: "(303) 929-1447",
      callTo: "+1 720 555 0134",
      callStatus: "ANSWER",
      callAudioLink: "https://recordings.example.com/calls/8842.mp3",
      ...entrata,
    },
  };
}

function emailInput(entrata: Record<string, unknown> = {}) {
  return {
    type: "EMAIL",
    title: "Application received",
    startsAt: "2024-07-01T12:00:00+02:00",
    entrata: {
      applicantId: jane.id,
      eventTypeId: PROPEXO_SIM_EVENT_TYPES.emailOutgoing,
      emailFrom: "leasing@example.com",
      applicantEmail: jane.email,
      emailSubject: "Hi",
      emailBody: "Thanks",
      ...entrata,
    },
  };
}

describe("Entrata through Propexo, through GraphQL (createEvent target ENTRATA, writeStatus)", () => {
  let app: TestApp;
  let sim: PropexoSimulator;
  beforeAll(async () => {
    app = await startTestApp();
    sim = app.simulators.propexo as PropexoSimulator;
  });
  afterAll(() => app.close());
  beforeEach(() => sim.reset());
  afterEach(async () => {
    // every job createEvent starts is polled in the background (write-status-poll.test.ts): let
    // those polls end before the next test resets the simulator and counts its calls
    await pollsSettled(app.gql);
    sim.assertNoUnexpectedCalls();
  });

  /**
   * A job queued at Propexo by someone else (another system on the same integration): LeadGraph
   * does not poll it, so this test's writeStatus queries are the only reads of it.
   */
  const foreignJob = async (over: Record<string, unknown> = {}): Promise<string> => {
    const res = await fetch(`${sim.url}/v1/events/applicants/entrata/`, {
      method: "POST",
      headers: { authorization: `Bearer ${PROPEXO_SIM_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        integration_id: PROPEXO_SIM_INTEGRATION_ID,
        applicant_id: jane.id,
        event_type_id: PROPEXO_SIM_EVENT_TYPES.note,
        event_datetime: "2024-01-15T09:30:00-07:00",
        ...over,
      }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { meta: { job_id: string } }).meta.job_id;
  };

  it("creates a call event: one POST with bearer auth and Mountain Time, delivery CREATED carrying the job id", async () => {
    const res = await app.gql(CREATE, { input: callInput() });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data.createEvent;
    const d = payload.deliveries[0];
    expect(payload.ok).toBe(true);
    expect(d).toMatchObject({ vendor: "ENTRATA", status: "CREATED", nativeId: null, error: null, fieldErrors: [] });
    expect(d.message).toMatch(/queued/i);
    expect(d.jobId).toMatch(/^cm[0-9a-f]{23}$/);
    expect(d.details).toMatchObject({ jobId: d.jobId, writeStatus: "PENDING", eventDatetime: "2024-01-15T09:30:00-07:00" });
    expect(payload.event).toMatchObject({
      id: `entrata:job:${d.jobId}`,
      leadId: `entrata:applicant:${jane.id}`,
      type: "CALL",
      startsAt: "2024-01-15T16:30:00.000Z",
      startsAtLocal: "2024-01-15T09:30:00-07:00",
      sourceTimeZone: "America/Denver",
    });

    const calls = sim.calls(ROUTE);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe("/v1/events/applicants/entrata/");
    expect(calls[0]!.headers.authorization).toBe(`Bearer ${PROPEXO_SIM_TOKEN}`);
    expect(calls[0]!.body).toEqual({
      integration_id: PROPEXO_SIM_INTEGRATION_ID,
      applicant_id: jane.id,
      application_id: jane.applicationId,
      event_type_id: PROPEXO_SIM_EVENT_TYPES.call,
      event_datetime: "2024-01-15T09:30:00-07:00",
      notes: "Discussed a 2-bed unit",
      title: "Follow-up call",
      time_from: "09:30:00",
      time_to: "09:35:30",
      call_phone_number_from: "+13039291447",
      call_phone_number_to: "+17205550134",
      call_status: "ANSWER",
      call_duration: 330,
      call_audio_link: "https://recordings.example.com/calls/8842.mp3",
    });
    expect(sim.jobs().map((j) => j.jobId)).toEqual([d.jobId]);
  });

  it("sends an outgoing email event with summer time (-06:00) and email_to defaulted to the applicant's primary email", async () => {
    const res = await app.gql(CREATE, { input: emailInput() });
    expect(res.body.data.createEvent.deliveries[0].status).toBe("CREATED");
    expect(sim.calls(ROUTE)[0]!.body).toMatchObject({
      event_datetime: "2024-07-01T04:00:00-06:00",
      email_from: "leasing@example.com",
      email_to: jane.email,
    });
  });

  it("replays a createEvent with the same idempotencyKey without posting to Propexo again", async () => {
    const op = CREATE.replace(
      "createEvent(input: $input, target: ENTRATA)",
      "createEvent(input: $input, target: ENTRATA, idempotencyKey: \"entrata-call-1\")",
    ).replace("    ok\n", "    ok replayed\n");
    const first = (await app.gql(op, { input: callInput() })).body.data.createEvent;
    const again = (await app.gql(op, { input: callInput() })).body.data.createEvent;
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.deliveries[0]).toMatchObject({ status: "CREATED", jobId: first.deliveries[0].jobId });
    expect(again.event.startsAt).toBe("2024-01-15T16:30:00.000Z");
    expect(sim.callCount(ROUTE)).toBe(1);
  });

  it("writeStatus reports PENDING, then SUCCESS, from GET /v1/admin/write-status/{job_id}", async () => {
    const jobId = await foreignJob();
    const first = await app.gql(STATUS, { vendor: "ENTRATA", jobId });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.writeStatus).toMatchObject({ vendor: "ENTRATA", jobId, status: "PENDING", errors: [], createdRecordId: null });
    const second = await app.gql(STATUS, { vendor: "ENTRATA", jobId });
    expect(second.body.data.writeStatus).toMatchObject({
      status: "SUCCESS",
      errors: [],
      createdRecordId: null,
      raw: { write_status: "SUCCESS" },
    });
    const reads = sim.calls("write_status");
    expect(reads.map((c) => c.path)).toEqual([`/v1/admin/write-status/${jobId}`, `/v1/admin/write-status/${jobId}`]);
    expect(reads[0]!.headers.authorization).toBe(`Bearer ${PROPEXO_SIM_TOKEN}`);
    expect(sim.events(jane.id)).toHaveLength(1);
  });

  it("writeStatus reports FAILURE when Entrata refuses a queued write (an applicant Entrata does not have)", async () => {
    const jobId = await foreignJob({ applicant_id: "999999" });
    expect((await app.gql(STATUS, { vendor: "ENTRATA", jobId })).body.data.writeStatus.status).toBe("PENDING");
    const done = (await app.gql(STATUS, { vendor: "ENTRATA", jobId })).body.data.writeStatus;
    expect(done).toMatchObject({ status: "FAILURE", createdRecordId: null });
    expect(done.errors[0]).toMatch(/Applicant 999999 was not found/);
  });

  it("emailTo without applicantEmail is refused before sending: Entrata would only refuse it after queuing the write", async () => {
    const res = await app.gql(CREATE, { input: emailInput({ applicantEmail: null, emailTo: "someone.else@example.com" }) });
    expect(rejection(res.body, "createEvent").fields).toContain("input.entrata.applicantEmail");
    expect(sim.callCount()).toBe(0);
  });

  it("writeStatus is null for a job Propexo does not know", async () => {
    const res = await app.gql(STATUS, { vendor: "ENTRATA", jobId: "cm0000000000000000000000" });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.writeStatus).toBeNull();
    expect(sim.callCount("write_status")).toBe(1);
  });

  it("writeStatus refuses a vendor without asynchronous writes, and a malformed job id, before calling anyone", async () => {
    const other = await app.gql(STATUS, { vendor: "TRACKDRIVE", jobId: "x" });
    expect(other.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "vendor" });
    const bad = await app.gql(STATUS, { vendor: "ENTRATA", jobId: "../admin" });
    expect(bad.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "jobId" });
    expect(sim.callCount()).toBe(0);
  });

  it("writeStatus turns a Propexo 5xx into UPSTREAM_ERROR after retrying the read", async () => {
    sim.inject("write_status", { status: 502, body: "bad gateway" });
    const res = await app.gql(STATUS, { vendor: "ENTRATA", jobId: "cm0000000000000000000001" });
    expect(res.body.errors![0].extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendor: "propexo", vendorCode: "HTTP_502" });
    expect(sim.callCount("write_status")).toBe(3);
  });

  describe("pre-flight rules: REJECTED naming the field, nothing sent", () => {
    it.each<[string, Record<string, unknown>, string]>([
      ["the entrata block is missing", { type: "NOTE", startsAt: "2024-01-15T16:30:00Z" }, "input.entrata"],
      ["no applicant is given", callInput({ applicantId: null }), "input.entrata.applicantId"],
      ["leadId is not an Entrata applicant", callInput({ applicantId: null }, { leadId: "clienttether:lead:8051632" }), "input.leadId"],
      ["a call has no callStatus", callInput({ callStatus: null }), "input.entrata.callStatus"],
      ["a call has no callFrom", callInput({ callFrom: null }), "input.entrata.callFrom"],
      ["a call has no callTo", callInput({ callTo: null }), "input.entrata.callTo"],
      ["a call has no duration (no endsAt either)", callInput({}, { endsAt: null }), "input.entrata.callDurationSeconds"],
      ["a call lasts more than 86400 seconds", callInput({ callDurationSeconds: 86_401 }), "input.entrata.callDurationSeconds"],
      ["a call has no audio link", callInput({ callAudioLink: null }), "input.entrata.callAudioLink"],
      ["the call audio link is not a URL", callInput({ callAudioLink: "recording 8842" }), "input.entrata.callAudioLink"],
      ["a call phone number does not parse", callInput({ callTo: "12" }), "input.entrata.callTo"],
      ["notes exceed 256 characters", callInput({ notes: "n".repeat(257) }), "input.entrata.notes"],
      ["an outgoing email has no emailFrom", emailInput({ emailFrom: null }), "input.entrata.emailFrom"],
      ["emailTo is not the applicant's primary email", emailInput({ emailTo: "someone.else@example.com" }), "input.entrata.emailTo"],
      ["endsAt is before startsAt", callInput({ callDurationSeconds: 10 }, { endsAt: "2024-01-15T16:00:00Z" }), "input.endsAt"],
    ])("refuses when %s", async (_, input, field) => {
      const res = await app.gql(CREATE, { input });
      const d = rejection(res.body, "createEvent");
      expect(d.fields).toContain(field);
      expect(d.message).toContain(field);
      expect(sim.callCount()).toBe(0);
    });

    it("refuses a call status outside Propexo's enum at the schema (EntrataCallStatus)", async () => {
      const res = await app.gql(CREATE, { input: callInput({ callStatus: "LEFT_MESSAGE" }) });
      expect(res.body.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      expect(res.body.errors![0].message).toMatch(/callStatus/);
      expect(sim.callCount()).toBe(0);
    });
  });

  it("maps Propexo's 400 {error:{code,message,details}} to REJECTED with fieldErrors under unified names", async () => {
    // A CALL sent with an outgoing-email event type: LeadGraph's rules pass, Propexo's do not.
    const res = await app.gql(CREATE, { input: callInput({ eventTypeId: PROPEXO_SIM_EVENT_TYPES.emailOutgoing }) });
    const d = res.body.data.createEvent.deliveries[0];
    expect(res.body.data.createEvent.ok).toBe(false);
    expect(d).toMatchObject({ status: "REJECTED", jobId: null, error: { code: "BAD_USER_INPUT", vendorCode: "invalid_request" } });
    expect(d.fieldErrors).toEqual([{ field: "input.entrata.emailFrom", message: "Required for email outgoing event types" }]);
    const unsupported = await app.gql(CREATE, { input: callInput({ eventTypeId: "evt_type_unknown" }) });
    expect(unsupported.body.data.createEvent.deliveries[0].fieldErrors).toEqual([
      { field: "input.entrata.eventTypeId", message: "Event type evt_type_unknown is not supported" },
    ]);
    expect(sim.callCount(ROUTE)).toBe(2);
  });

  it("maps a 500 to UPSTREAM_ERROR without re-posting in the request: RETRYING, left to the outbox", async () => {
    sim.inject(ROUTE, { status: 500, body: JSON.stringify({ error: { code: "internal_error", message: "boom" } }) });
    const d = (await app.gql(CREATE, { input: callInput() })).body.data.createEvent.deliveries[0];
    expect(d).toMatchObject({ status: "RETRYING", attempts: 1, jobId: null, error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_500" } });
    expect(Date.parse(d.nextAttemptAt)).toBeGreaterThan(Date.now());
    expect(sim.callCount(ROUTE)).toBe(1);
    await stopRetrying(app, d.id);
  });

  it("maps the 151st request in a minute (429) to RATE_LIMITED with the retry time from the headers", async () => {
    // Spend the token's minute directly on the simulator, as other LeadGraph replicas would.
    for (let i = 0; i < PROPEXO_RATE_LIMIT; i++) {
      const r = await fetch(`${sim.url}/v1/admin/write-status/unknown${i}`, { headers: { authorization: `Bearer ${PROPEXO_SIM_TOKEN}` } });
      expect(r.headers.get("x-ratelimit-remaining")).toBe(String(PROPEXO_RATE_LIMIT - i - 1));
    }
    const d = (await app.gql(CREATE, { input: callInput() })).body.data.createEvent.deliveries[0];
    expect(d).toMatchObject({ status: "RETRYING", error: { code: "RATE_LIMITED", vendorCode: "HTTP_429" } });
    expect(d.error.retryAfterSeconds).toBeGreaterThan(0);
    expect(d.error.retryAfterSeconds).toBeLessThanOrEqual(60);
    // the next attempt honours the vendor's Retry-After
    expect(Date.parse(d.nextAttemptAt) - Date.now()).toBeGreaterThan((d.error.retryAfterSeconds - 2) * 1000);
    expect(sim.jobs()).toHaveLength(0);
    await stopRetrying(app, d.id);
  });

  describe("credentials Propexo refuses", () => {
    const BAD_TOKEN = "propexo_wrong_token_5f0e8c";
    let other: TestApp;
    beforeAll(async () => {
      other = await startTestApp({
        simulators: app.simulators,
        tenants: (sims) => {
          const t = demoTenant(sims);
          const propexo = (t.vendors as Record<string, object>).propexo;
          return [
            { ...t, id: "badtoken", apiKeys: [hashApiKey("key-401")], vendors: { propexo: { ...propexo, token: BAD_TOKEN } } as never },
            {
              ...t,
              id: "foreign",
              apiKeys: [hashApiKey("key-403")],
              vendors: { propexo: { ...propexo, integrationId: PROPEXO_SIM_FOREIGN_INTEGRATION_ID } } as never,
            },
          ];
        },
      });
    });
    afterAll(() => other.close());

    it("maps 401 (wrong bearer token) to FAILED, never echoing the token in the response or the logs", async () => {
      const res = await other.gql(CREATE, { input: callInput() }, { apiKey: "key-401" });
      const d = res.body.data.createEvent.deliveries[0];
      expect(d).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_401" } });
      expect(sim.calls(ROUTE)[0]!.headers.authorization).toBe(`Bearer ${BAD_TOKEN}`);
      expect(JSON.stringify(res.body)).not.toContain(BAD_TOKEN);
      expect(other.rawLogs.some((l) => l.includes("propexo answered with an error"))).toBe(true);
      expect(other.rawLogs.join("\n")).not.toContain(BAD_TOKEN);
    });

    it("maps 403 (integration not reachable with this token) to FAILED", async () => {
      const d = (await other.gql(CREATE, { input: callInput() }, { apiKey: "key-403" })).body.data.createEvent.deliveries[0];
      expect(d).toMatchObject({ status: "FAILED", error: { code: "UPSTREAM_ERROR", vendorCode: "HTTP_403" } });
      expect(sim.calls(ROUTE)[0]!.body).toMatchObject({ integration_id: PROPEXO_SIM_FOREIGN_INTEGRATION_ID });
    });
  });
});

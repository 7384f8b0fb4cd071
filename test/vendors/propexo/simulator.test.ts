import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  PROPEXO_RATE_LIMIT,
  PROPEXO_SIM_APPLICANTS,
  PROPEXO_SIM_EVENT_TYPES,
  PROPEXO_SIM_INTEGRATION_ID,
  PROPEXO_SIM_TOKEN,
  startPropexoSimulator,
  type PropexoSimulator,
} from "../../../src/vendors/propexo/simulator.js";
import { fixture } from "./fixtures.js";

const jane = PROPEXO_SIM_APPLICANTS[0]!;
const AUTH = { authorization: `Bearer ${PROPEXO_SIM_TOKEN}` };

/** The parts of the simulator's JSON answers these tests read (each answer has some of them). */
interface EventAnswer {
  meta: { job_id: string };
  result: Record<string, unknown>;
  error: { code: string; details: { issues: { path: (string | number)[]; keys?: string[] }[] } };
}
interface WriteStatusAnswer {
  write_status: string;
  errors: unknown[];
}

describe("Propexo simulator (honours the doc over real HTTP)", () => {
  let sim: PropexoSimulator;
  beforeAll(async () => {
    sim = await startPropexoSimulator({ seed: true });
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.reset());
  afterEach(() => sim.assertNoUnexpectedCalls());

  const note = (over: Record<string, unknown> = {}) => ({
    integration_id: PROPEXO_SIM_INTEGRATION_ID,
    applicant_id: jane.id,
    event_type_id: PROPEXO_SIM_EVENT_TYPES.note,
    event_datetime: "2024-01-15T09:30:00-07:00",
    ...over,
  });

  async function post(body: unknown, { query = "", headers = AUTH as Record<string, string> } = {}) {
    const r = await fetch(`${sim.url}/v1/events/applicants/entrata/${query}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: r.status, headers: r.headers, body: (await r.json()) as EventAnswer };
  }
  async function status(jobId: string, headers: Record<string, string> = AUTH) {
    const r = await fetch(`${sim.url}/v1/admin/write-status/${jobId}`, { headers });
    return { status: r.status, body: (await r.json()) as WriteStatusAnswer };
  }
  const issuePaths = (body: EventAnswer) => body.error.details.issues.map((i) => i.path.join(".") || (i.keys ?? []).join(","));

  it("accepts the doc's fixture body: {meta:{job_id}, result} echoing the input", async () => {
    const f = fixture("create-call-event.json");
    const r = await post(f.request);
    expect(r.status).toBe(200);
    expect(r.body.meta.job_id).toMatch(/^cm/);
    expect(r.body.result).toEqual(f.request);
  });

  it("refuses a missing or unknown bearer token with 401", async () => {
    expect((await post(note(), { headers: {} })).status).toBe(401);
    const r = await post(note(), { headers: { authorization: "Bearer nope" } });
    expect(r).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect(sim.jobs()).toHaveLength(0);
  });

  it("answers only the documented path with its trailing slash", async () => {
    const r = await fetch(`${sim.url}/v1/events/applicants/entrata`, {
      method: "POST",
      headers: { "content-type": "application/json", ...AUTH },
      body: JSON.stringify(note()),
    });
    expect(r.status).toBe(404);
    expect(sim.unexpected()).toHaveLength(1);
    sim.clearCalls();
  });

  it("requires integration_id, applicant_id, event_type_id and event_datetime, in Propexo's 400 shape with Zod issues", async () => {
    const r = await post({});
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: "invalid_request", message: expect.stringMatching(/^Invalid request/) });
    expect(issuePaths(r.body).sort()).toEqual(["applicant_id", "event_datetime", "event_type_id", "integration_id"]);
  });

  it("validates call_status, call_duration 0–86400, call_audio_link as a URI and notes ≤ 256", async () => {
    const r = await post(
      note({ call_status: "LEFT_MESSAGE", call_duration: 86_401, call_audio_link: "not a url", notes: "n".repeat(257) }),
    );
    expect(issuePaths(r.body).sort()).toEqual(["call_audio_link", "call_duration", "call_status", "notes"]);
    expect((await post(note({ call_duration: 86_400, notes: "n".repeat(256) }))).status).toBe(200);
  });

  it("requires the call group for call event types and email_from for outgoing email types", async () => {
    const call = await post(note({ event_type_id: PROPEXO_SIM_EVENT_TYPES.call }));
    expect(issuePaths(call.body).sort()).toEqual([
      "call_audio_link",
      "call_duration",
      "call_phone_number_from",
      "call_phone_number_to",
      "call_status",
    ]);
    const email = await post(note({ event_type_id: PROPEXO_SIM_EVENT_TYPES.emailOutgoing }));
    expect(issuePaths(email.body)).toEqual(["email_from"]);
    expect((await post(note({ event_type_id: PROPEXO_SIM_EVENT_TYPES.emailIncoming }))).status).toBe(200);
  });

  it("refuses an event type Propexo does not support", async () => {
    expect(issuePaths((await post(note({ event_type_id: "evt_type_other" }))).body)).toEqual(["event_type_id"]);
  });

  it("refuses datetimes that are not Mountain Time for their date (MST in winter, MDT in summer)", async () => {
    expect(issuePaths((await post(note({ event_datetime: "2024-01-15T16:30:00Z" }))).body)).toEqual(["event_datetime"]);
    expect(issuePaths((await post(note({ event_datetime: "2024-01-15T09:30:00-06:00" }))).body)).toEqual(["event_datetime"]);
    expect(issuePaths((await post(note({ appointment_datetime: "2024-07-01T09:30:00-07:00" }))).body)).toEqual(["appointment_datetime"]);
    expect((await post(note({ event_datetime: "2024-07-01T09:30:00-06:00", time_from: "09:30:00" }))).status).toBe(200);
    expect(issuePaths((await post(note({ time_from: "9:30" }))).body)).toEqual(["time_from"]);
  });

  it("refuses unknown fields unless ?ignore_unknown_fields=true", async () => {
    const strict = await post(note({ call_recording: "x" }));
    expect(strict.status).toBe(400);
    expect(strict.body.error.details.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["call_recording"] });
    const lenient = await post(note({ call_recording: "x" }), { query: "?ignore_unknown_fields=true" });
    expect(lenient.status).toBe(200);
    expect(lenient.body.result.call_recording).toBeUndefined();
  });

  it("refuses an integration the token may not use with 403", async () => {
    expect((await post(note({ integration_id: "int_entrata_other_99" }))).status).toBe(403);
  });

  it("reports a job PENDING on the first read, then SUCCESS, and only then holds the event", async () => {
    const { body } = await post(note());
    expect((await status(body.meta.job_id)).body).toEqual({ write_status: "PENDING", errors: [], created_record_id: null });
    expect(sim.events(jane.id)).toHaveLength(0);
    expect((await status(body.meta.job_id)).body).toEqual({ write_status: "SUCCESS", errors: [], created_record_id: null });
    expect(sim.events(jane.id)).toEqual([note()]);
  });

  it("settles a job as FAILURE for an unknown applicant or an email_to that is not the lead's primary email", async () => {
    for (const over of [
      { applicant_id: "cm0nobody" },
      { event_type_id: PROPEXO_SIM_EVENT_TYPES.emailIncoming, email_to: "x@example.com" },
    ]) {
      const { body } = await post(note(over));
      await status(body.meta.job_id);
      const done = await status(body.meta.job_id);
      expect(done.body.write_status).toBe("FAILURE");
      expect(done.body.errors).toHaveLength(1);
    }
  });

  it("answers 404 for an unknown job and 401 without a token", async () => {
    expect((await status("cm0unknown")).status).toBe(404);
    expect((await status("cm0unknown", {})).status).toBe(401);
  });

  it("allows 150 requests a minute per token with x-ratelimit-* headers, then 429 with retry-after", async () => {
    let last: Response | undefined;
    for (let i = 0; i < PROPEXO_RATE_LIMIT; i++) {
      last = await fetch(`${sim.url}/v1/admin/write-status/x${i}`, { headers: AUTH });
      expect(last.headers.get("x-ratelimit-limit")).toBe("150");
    }
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(sim.remaining()).toBe(0);
    const r = await post(note());
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe("rate_limit_exceeded");
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(r.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(sim.jobs()).toHaveLength(0);
  });
});

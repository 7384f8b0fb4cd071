import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_API_KEY, startTestApp, type TestApp } from "../../helpers/app.js";
import { PROPEXO_SIM_APPLICANTS, PROPEXO_SIM_EVENT_TYPES, type PropexoSimulator } from "../../../src/vendors/propexo/simulator.js";
import { pollsSettled } from "./polls.js";

const doc = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../operations/entrata.graphql"), "utf8");
const jane = PROPEXO_SIM_APPLICANTS[0]!;

/** What these tests read from an operation's `data` (each operation answers its own field). */
interface OperationData {
  createEvent: { deliveries: { status: string; jobId: string }[] };
  writeStatus: { status: string };
}

describe("operations/entrata.graphql runs as written against the simulator", () => {
  let app: TestApp;
  let sim: PropexoSimulator;
  beforeAll(async () => {
    app = await startTestApp();
    sim = app.simulators.propexo as PropexoSimulator;
  });
  afterAll(() => app.close());

  async function run(operationName: string, variables: Record<string, unknown>) {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_API_KEY}` },
      body: JSON.stringify({ query: doc, operationName, variables }),
    });
    const body = (await res.json()) as { data: OperationData; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  it("creates call, email and appointment events and polls one to SUCCESS", async () => {
    sim.reset();
    const call = await run("EntrataCreateCallEvent", {
      input: {
        type: "CALL",
        startsAt: "2024-01-15T16:30:00Z",
        endsAt: "2024-01-15T16:35:30Z",
        entrata: {
          applicantId: jane.id,
          eventTypeId: PROPEXO_SIM_EVENT_TYPES.call,
          callFrom: "(303) 929-1447",
          callTo: "+1 720 555 0134",
          callStatus: "ANSWER",
          callAudioLink: "https://recordings.example.com/calls/8842.mp3",
        },
      },
    });
    const email = await run("EntrataCreateEmailEvent", {
      applicantId: jane.id,
      eventTypeId: PROPEXO_SIM_EVENT_TYPES.emailOutgoing,
      startsAt: "2024-11-03T08:30:00Z",
      from: "leasing@example.com",
      applicantEmail: jane.email,
      subject: "Hello",
    });
    const appointment = await run("EntrataCreateAppointment", {
      applicantId: jane.id,
      eventTypeId: PROPEXO_SIM_EVENT_TYPES.appointment,
      startsAt: "2024-03-10T08:30:00Z",
      durationMinutes: 60,
    });
    for (const d of [call, email, appointment]) expect(d.createEvent.deliveries[0]).toMatchObject({ status: "CREATED", error: null });
    expect(sim.calls("create_applicant_event_entrata").map((c) => (c.body as Record<string, unknown>).event_datetime)).toEqual([
      "2024-01-15T09:30:00-07:00",
      "2024-11-03T01:30:00-07:00",
      "2024-03-10T01:30:00-07:00",
    ]);
    expect(sim.calls("create_applicant_event_entrata")[2]!.body).toMatchObject({ time_from: "01:30:00", time_to: "03:30:00" });

    // LeadGraph polls every job it started in the background (PENDING on the first read, then
    // SUCCESS): once those polls have ended, writeStatus reads the outcome
    const jobId = appointment.createEvent.deliveries[0].jobId;
    const polled = await pollsSettled(app.gql);
    expect(polled.filter((p) => p.status === "CREATED").map((p) => p.details?.jobId)).toContain(jobId);
    expect((await run("EntrataWriteStatus", { jobId })).writeStatus.status).toBe("SUCCESS");
    sim.assertNoUnexpectedCalls();
  });
});

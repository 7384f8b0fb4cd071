import { describe, expect, it } from "vitest";
import { BadInputError } from "../../../src/lib/errors.js";
import { EventType } from "../../../src/model/event.js";
import { WriteStatusState } from "../../../src/vendors/propexo/write-status.js";
import {
  fieldPathOf,
  fromEventInput,
  toCreatedDelivery,
  toMountainDateTime,
  toMountainTime,
  toWriteStatus,
} from "../../../src/vendors/propexo/mapper.js";
import { eventInput, fixture } from "./fixtures.js";

const ctx = { integrationId: "int_entrata_demo_01", defaultCountry: "US" };

function problemsOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadInputError) return e.problems;
    throw e;
  }
  throw new Error("expected BadInputError");
}

const base = (over: Record<string, unknown> = {}, entrata: Record<string, unknown> = {}) =>
  eventInput({
    type: "NOTE",
    startsAt: "2024-01-15T16:30:00Z",
    ...over,
    entrata: { applicantId: "cm0applicant0001jane", eventTypeId: "evt_type_entrata_note", ...entrata },
  });

const call = (entrata: Record<string, unknown> = {}, over: Record<string, unknown> = {}) =>
  base(
    { type: "CALL", ...over },
    {
      eventTypeId: "evt_type_entrata_call",
      callFrom: "303-929-1447",
      callTo: "720-555-0134",
      callStatus: "ANSWER",
      callDurationSeconds: 60,
      callAudioLink: "https://r.example.com/1.mp3",
      ...entrata,
    },
  );

describe("Mountain Time (America/Denver) conversion", () => {
  it.each([
    ["the doc's example instant in winter (MST, -07:00)", "2024-01-15T16:30:00Z", "2024-01-15T09:30:00-07:00", "09:30:00"],
    ["one second before the March switch (still MST)", "2024-03-10T08:59:59Z", "2024-03-10T01:59:59-07:00", "01:59:59"],
    ["the March switch itself (MDT, 02:00 is skipped)", "2024-03-10T09:00:00Z", "2024-03-10T03:00:00-06:00", "03:00:00"],
    ["one second before the November switch (still MDT)", "2024-11-03T07:59:59Z", "2024-11-03T01:59:59-06:00", "01:59:59"],
    ["the November switch itself (MST, 01:00 repeats)", "2024-11-03T08:00:00Z", "2024-11-03T01:00:00-07:00", "01:00:00"],
    ["an instant given with a +02:00 offset in summer", "2024-07-01T12:00:00+02:00", "2024-07-01T04:00:00-06:00", "04:00:00"],
    ["an instant given with milliseconds (dropped)", "2024-01-15T16:30:00.987Z", "2024-01-15T09:30:00-07:00", "09:30:00"],
  ])("sends %s as Mountain Time", (_, iso, dateTime, time) => {
    expect(toMountainDateTime(new Date(iso))).toBe(dateTime);
    expect(toMountainTime(new Date(iso))).toBe(time);
  });

  it("gives each side of the November switch its own offset although the wall clock repeats", () => {
    const before = fromEventInput(base({ startsAt: "2024-11-03T07:30:00Z" }), ctx);
    const after = fromEventInput(base({ startsAt: "2024-11-03T08:30:00Z" }), ctx);
    expect(before.event_datetime).toBe("2024-11-03T01:30:00-06:00");
    expect(after.event_datetime).toBe("2024-11-03T01:30:00-07:00");
  });

  it("computes time_to across the March switch by elapsed time (01:30 MST + 60 min = 03:30 MDT)", () => {
    const body = fromEventInput(base({ type: "APPOINTMENT", startsAt: "2024-03-10T08:30:00Z", durationMinutes: 60 }), ctx);
    expect(body).toMatchObject({ appointment_datetime: "2024-03-10T01:30:00-07:00", time_from: "01:30:00", time_to: "03:30:00" });
  });
});

describe("fromEventInput (unified EventInput → Propexo body)", () => {
  it("maps the doc-example call event fixture exactly", () => {
    const f = fixture("create-call-event.json");
    expect(fromEventInput(eventInput(f.input), ctx)).toEqual(f.request);
  });

  it("maps the outgoing email fixture, defaulting email_to to the applicant's primary email", () => {
    const f = fixture("create-email-event.json");
    expect(fromEventInput(eventInput(f.input), ctx)).toEqual(f.request);
  });

  it("takes the applicant from leadId entrata:applicant:<id> when applicantId is omitted", () => {
    const body = fromEventInput(base({ leadId: "entrata:applicant:cm0applicant0002sam" }, { applicantId: null }), ctx);
    expect(body.applicant_id).toBe("cm0applicant0002sam");
  });

  it("sends appointment_datetime from startsAt for APPOINTMENT events and from appointmentAt otherwise", () => {
    expect(fromEventInput(base({ type: "APPOINTMENT" }), ctx)).toMatchObject({
      appointment_datetime: "2024-01-15T09:30:00-07:00",
      time_from: "09:30:00",
    });
    const body = fromEventInput(base({}, { appointmentAt: new Date("2024-01-16T17:00:00Z") }), ctx);
    expect(body.appointment_datetime).toBe("2024-01-16T10:00:00-07:00");
    expect(body.time_to).toBeUndefined();
  });

  it("omits absent optional fields instead of sending nulls", () => {
    const body = fromEventInput(base(), ctx);
    expect(body).toEqual({
      integration_id: "int_entrata_demo_01",
      applicant_id: "cm0applicant0001jane",
      event_type_id: "evt_type_entrata_note",
      event_datetime: "2024-01-15T09:30:00-07:00",
    });
  });

  it("derives call_duration from endsAt − startsAt when callDurationSeconds is omitted", () => {
    expect(fromEventInput(call({ callDurationSeconds: null }, { endsAt: "2024-01-15T16:32:05Z" }), ctx).call_duration).toBe(125);
  });

  it("accepts notes of exactly 256 characters", () => {
    expect(fromEventInput(base({}, { notes: "n".repeat(256) }), ctx).notes).toHaveLength(256);
  });
});

describe("fromEventInput pre-flight rules (BAD_USER_INPUT naming the field)", () => {
  it("requires the entrata block", () => {
    expect(problemsOf(() => fromEventInput(eventInput({ type: "NOTE", startsAt: "2024-01-15T16:30:00Z" }), ctx))).toEqual([
      { field: "input.entrata", message: expect.any(String) },
    ]);
  });

  it("requires an applicant", () => {
    expect(problemsOf(() => fromEventInput(base({}, { applicantId: null }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.applicantId",
    ]);
  });

  it("refuses a leadId that is not an Entrata applicant", () => {
    expect(
      problemsOf(() => fromEventInput(base({ leadId: "clienttether:lead:8051632" }, { applicantId: null }), ctx)).map((p) => p.field),
    ).toEqual(["input.leadId"]);
  });

  it("refuses an applicantId that contradicts leadId", () => {
    expect(problemsOf(() => fromEventInput(base({ leadId: "entrata:applicant:other" }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.applicantId",
    ]);
  });

  it("refuses a blank eventTypeId", () => {
    expect(problemsOf(() => fromEventInput(base({}, { eventTypeId: "  " }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.eventTypeId",
    ]);
  });

  it("refuses notes over 256 characters, naming entrata.notes or description as given", () => {
    expect(problemsOf(() => fromEventInput(base({}, { notes: "n".repeat(257) }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.notes",
    ]);
    expect(problemsOf(() => fromEventInput(base({ description: "d".repeat(300) }), ctx)).map((p) => p.field)).toEqual([
      "input.description",
    ]);
  });

  it("refuses endsAt before startsAt and a negative duration", () => {
    expect(problemsOf(() => fromEventInput(base({ endsAt: "2024-01-15T16:00:00Z" }), ctx)).map((p) => p.field)).toEqual(["input.endsAt"]);
    expect(problemsOf(() => fromEventInput(base({ durationMinutes: -5 }), ctx)).map((p) => p.field)).toEqual(["input.durationMinutes"]);
  });

  it("requires every call field for CALL events, naming each", () => {
    const p = problemsOf(() => fromEventInput(base({ type: EventType.CALL }, { eventTypeId: "evt_type_entrata_call" }), ctx));
    expect(p.map((x) => x.field)).toEqual([
      "input.entrata.callFrom",
      "input.entrata.callTo",
      "input.entrata.callStatus",
      "input.entrata.callDurationSeconds",
      "input.entrata.callAudioLink",
    ]);
  });

  it("refuses a call duration outside 0–86400 seconds", () => {
    expect(problemsOf(() => fromEventInput(call({ callDurationSeconds: 86_401 }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.callDurationSeconds",
    ]);
    expect(problemsOf(() => fromEventInput(call({ callDurationSeconds: -1 }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.callDurationSeconds",
    ]);
    expect(fromEventInput(call({ callDurationSeconds: 86_400 }), ctx).call_duration).toBe(86_400);
  });

  it("refuses a call status outside Propexo's enum", () => {
    expect(problemsOf(() => fromEventInput(call({ callStatus: "LEFT_MESSAGE" }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.callStatus",
    ]);
  });

  it("refuses a call audio link that is not a URL", () => {
    expect(problemsOf(() => fromEventInput(call({ callAudioLink: "recording 8842" }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.callAudioLink",
    ]);
  });

  it("refuses call phone numbers that do not parse", () => {
    expect(problemsOf(() => fromEventInput(call({ callFrom: "12", callTo: "not a phone" }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.callFrom",
      "input.entrata.callTo",
    ]);
  });

  it("requires emailFrom for outgoing EMAIL events (the default direction) but not incoming ones", () => {
    const email = (entrata: Record<string, unknown>) => base({ type: "EMAIL" }, { eventTypeId: "evt_type_entrata_email_out", ...entrata });
    expect(problemsOf(() => fromEventInput(email({}), ctx)).map((p) => p.field)).toEqual(["input.entrata.emailFrom"]);
    expect(fromEventInput(email({ emailDirection: "INCOMING" }), ctx).email_from).toBeUndefined();
  });

  it("refuses emailTo that is not the applicant's primary email, case-insensitively", () => {
    const email = (entrata: Record<string, unknown>) =>
      base({ type: "EMAIL" }, { emailFrom: "leasing@example.com", applicantEmail: "Jane.Doe@example.com", ...entrata });
    expect(problemsOf(() => fromEventInput(email({ emailTo: "someone@else.com" }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.emailTo",
    ]);
    expect(fromEventInput(email({ emailTo: "jane.doe@EXAMPLE.com" }), ctx).email_to).toBe("jane.doe@EXAMPLE.com");
  });

  it("refuses emailDirection on an event that is not an EMAIL", () => {
    expect(problemsOf(() => fromEventInput(base({}, { emailDirection: "OUTGOING" }), ctx)).map((p) => p.field)).toEqual([
      "input.entrata.emailDirection",
    ]);
  });

  it("reports every violation at once", () => {
    const p = problemsOf(() => fromEventInput(call({ callStatus: null, callAudioLink: "x" }, { description: "d".repeat(257) }), ctx));
    expect(p.map((x) => x.field).sort()).toEqual(["input.description", "input.entrata.callAudioLink", "input.entrata.callStatus"]);
  });
});

describe("fieldPathOf (Propexo wire field → unified field)", () => {
  it.each([
    ["call_status", "input.entrata.callStatus"],
    ["call_phone_number_from", "input.entrata.callFrom"],
    ["call_phone_number_to", "input.entrata.callTo"],
    ["event_type_id", "input.entrata.eventTypeId"],
    ["event_datetime", "input.startsAt"],
    ["email_from", "input.entrata.emailFrom"],
    ["integration_id", "config.propexo.integrationId"],
    ["applicant_id", "input.entrata.applicantId"],
    ["", "input.entrata"],
  ])("%s → %s", (wire, unified) => {
    expect(fieldPathOf(wire, call())).toBe(unified);
  });
});

describe("toCreatedDelivery ({meta:{job_id}, result} → CREATED, queued)", () => {
  it("carries the job id (in details, served as Delivery.jobId), says the write is queued and keeps the response in event.raw", () => {
    const f = fixture("create-call-event.json");
    const input = eventInput(f.input);
    const d = toCreatedDelivery(input, f.request, f.response.body);
    const { jobId: _served, ...delivered } = f.output;
    expect(d).toMatchObject(delivered);
    expect(d.message).toMatch(/queued/i);
    expect(d.details).toMatchObject({ jobId: f.output.jobId, writeStatus: "PENDING", eventDatetime: "2024-01-15T09:30:00-07:00" });
    expect(d.event?.raw).toEqual(f.response.body);
    expect(d.event?.endsAt?.toISOString()).toBe("2024-01-15T16:35:30.000Z");
    expect(Object.isFrozen(d.event)).toBe(true);
  });

  it("a re-post after a lost answer (retry) is CREATED with its new job id and says it may duplicate", () => {
    const f = fixture("create-call-event.json");
    const input = eventInput(f.input);
    const d = toCreatedDelivery(input, f.request, f.response.body, { retry: true });
    expect(d).toMatchObject({ status: "CREATED", details: { jobId: f.output.jobId, retry: true, mayDuplicate: true } });
    expect(d.message).toMatch(/twice/);
    expect(toCreatedDelivery(input, f.request, f.response.body).details).not.toHaveProperty("mayDuplicate");
  });
});

describe("toWriteStatus (GET write-status body → WriteStatus)", () => {
  type Case = { response: Parameters<typeof toWriteStatus>[0]; output: Record<string, unknown> };
  const { cases } = fixture<{ cases: Case[] }>("write-status.json");
  it.each(cases.map((c) => [c.response.write_status as string, c] as const))("maps %s", (_, c) => {
    expect(toWriteStatus(c.response, "cm4ublxhn0001")).toMatchObject({ jobId: "cm4ublxhn0001", ...c.output, raw: c.response });
  });

  it("reads an undocumented write_status as PENDING rather than inventing an outcome", () => {
    expect(toWriteStatus({ write_status: "QUEUED" as never }, "j").status).toBe(WriteStatusState.PENDING);
  });
});

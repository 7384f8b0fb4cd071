import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getWriteStatus } from "../../../src/vendors/propexo/index.js";
import type { PropexoConfig } from "../../../src/vendors/propexo/config.js";
import type { EntrataEventInput } from "../../../src/vendors/propexo/graphql.js";
import { PROPEXO_SIM_APPLICANTS, PROPEXO_SIM_EVENT_TYPES, type PropexoSimulator } from "../../../src/vendors/propexo/simulator.js";
import type { OutboxItem, OutboxPort } from "../../../src/vendors/types.js";
import type { TestApp } from "../../helpers/app.js";
import { AFTER_COMMIT_DELAY_MS, jobContext, outcomeOf, startRetryApp } from "../../helpers/retry.js";
import { eventInput } from "./fixtures.js";

/**
 * Entrata through Propexo (src/vendors/propexo/DELIVERY.md): the record id cannot be returned and
 * nothing looks events up by content, so the job id is the only handle. These tests pin the rule
 * as it is: a retry after a lost answer re-posts and says it may duplicate; a known job id is
 * followed with write-status (a plain function of a background call context), never re-posted.
 */
const jane = PROPEXO_SIM_APPLICANTS[0]!;
const input = eventInput({
  type: "CALL",
  title: "Retry call",
  description: "Asked about parking",
  startsAt: "2024-01-15T16:30:00Z",
  endsAt: "2024-01-15T16:35:30Z",
  entrata: {
    applicantId: jane.id,
    applicationId: jane.applicationId,
    eventTypeId: PROPEXO_SIM_EVENT_TYPES.call,
    callFrom: "(303) 929-1447",
    callTo: "+1 720 555 0134",
    callStatus: "ANSWER",
    callAudioLink: "https://recordings.example.com/calls/9911.mp3",
  },
});
const { entrata, ...unified } = input;

describe("Entrata (Propexo): retries and job ids", () => {
  let app: TestApp;
  let sim: PropexoSimulator;
  beforeAll(async () => {
    app = await startRetryApp(["propexo"]);
    sim = app.simulators.propexo as PropexoSimulator;
  });
  afterAll(() => app?.close());
  beforeEach(() => sim.reset());
  afterEach(() => sim.assertNoUnexpectedCalls());

  const px = (attempt?: number) => {
    const { adapter, vctx } = jobContext<PropexoConfig>(app, "propexo", attempt);
    // no outbox: no background write-status poll (write-status-poll.test.ts covers it), so the
    // reads these tests count are their own
    vctx.outbox = undefined;
    return {
      vctx,
      createEvent: () => adapter.eventWriter!.createEvent(vctx, unified, entrata as EntrataEventInput),
    };
  };

  it("a retry after a lost answer re-posts (no lookup exists) and its delivery says it may duplicate", async () => {
    sim.inject("create_applicant_event_entrata", { afterCommit: { delayMs: AFTER_COMMIT_DELAY_MS }, times: 1 });
    const first = await outcomeOf(px().createEvent());
    expect(first).toMatchObject({ status: "FAILED", errorCode: "UPSTREAM_TIMEOUT" });
    expect(sim.jobs()).toHaveLength(1); // Propexo queued it; its job id never reached us

    const retry = await px(2).createEvent();
    expect(retry.status).toBe("CREATED");
    expect(retry.details).toMatchObject({ retry: true, mayDuplicate: true, jobId: sim.jobs()[1]!.jobId });
    expect(retry.message).toMatch(/twice/);
    // the limitation, stated: both writes are at Propexo
    expect(sim.jobs()).toHaveLength(2);
  });

  it("a first attempt's delivery carries its job id and no retry flags", async () => {
    const d = await px().createEvent();
    expect(d).toMatchObject({ status: "CREATED", details: { jobId: sim.jobs()[0]!.jobId, writeStatus: "PENDING" } });
    expect(d.details).not.toHaveProperty("mayDuplicate");
  });

  it("a known job id is followed with getWriteStatus on a background context: PENDING, then SUCCESS, nothing re-posted", async () => {
    const d = await px().createEvent();
    const jobId = String(d.details!.jobId);
    const { vctx } = px(2);
    expect(await getWriteStatus(vctx, jobId)).toMatchObject({ vendor: "ENTRATA", jobId, status: "PENDING", createdRecordId: null });
    expect(await getWriteStatus(vctx, jobId)).toMatchObject({ status: "SUCCESS", errors: [] });
    expect(sim.events(jane.id)).toHaveLength(1);
    expect(sim.callCount("create_applicant_event_entrata")).toBe(1);
    expect(sim.callCount("write_status")).toBe(2);
  });

  /** An outbox that records what the adapter queues (nothing runs it, so nothing polls). */
  const recordingOutbox = (enqueue: OutboxPort["enqueue"]): OutboxPort => ({ enqueue, emit: async () => {}, kick: () => {} });

  it("every job it starts, a retry's re-post included, queues one write-status poll keyed by the job id", async () => {
    const items: OutboxItem[] = [];
    const outbox = recordingOutbox(async (i) => (items.push(...i), i.map(() => `leadgraph:delivery:${items.length}`)));
    const first = px();
    first.vctx.outbox = outbox;
    const a = await first.createEvent();
    const retry = px(2);
    retry.vctx.outbox = outbox;
    const b = await retry.createEvent();
    const jobs = sim.jobs().map((j) => j.jobId);
    expect(items).toEqual(
      jobs.map((jobId) => ({
        tenantId: "demo",
        operation: "propexo.writeStatus",
        vendor: "propexo",
        payload: { jobId },
        dedupeKey: `propexo.writeStatus:${jobId}`,
      })),
    );
    expect([a.details?.writeStatusPoll, b.details?.writeStatusPoll]).toEqual(["leadgraph:delivery:1", "leadgraph:delivery:2"]);
    expect(sim.callCount("write_status")).toBe(0);
  });

  it("a poll that cannot be queued leaves the delivery CREATED: failing it would make the outbox re-post the event", async () => {
    const { vctx, createEvent } = px();
    vctx.outbox = recordingOutbox(async () => {
      throw new Error("store unavailable");
    });
    const d = await createEvent();
    expect(d).toMatchObject({ status: "CREATED", details: { jobId: sim.jobs()[0]!.jobId, writeStatusPoll: null } });
    expect(sim.callCount("create_applicant_event_entrata")).toBe(1);
  });

  it("getWriteStatus: an unknown job is null; a malformed id is refused before any call", async () => {
    const { vctx } = px();
    expect(await getWriteStatus(vctx, "cm0000000000000000000000")).toBeNull();
    await expect(getWriteStatus(vctx, "../admin")).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(sim.callCount("write_status")).toBe(1);
  });
});

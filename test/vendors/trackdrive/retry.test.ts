import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LeadInput } from "../../../src/model/lead.js";
import type { TrackdriveSimulator } from "../../../src/vendors/trackdrive/simulator.js";
import type { TestApp } from "../../helpers/app.js";
import { AFTER_COMMIT_DELAY_MS, RETRYABLE, jobContext, outcomeOf, startRetryApp } from "../../helpers/retry.js";

/**
 * Trackdrive retries after an ambiguous failure (src/vendors/trackdrive/DELIVERY.md):
 * create_or_update matches on caller_id within the token's offer or schedule, so the outbox's
 * second attempt updates the lead the first one made. The fault stays on for the first call's
 * own in-process retries (the client replays this upsert like a read), so that call fails for good.
 */
const lead: LeadInput = { firstName: "Tomas", lastName: "Reyes", email: "tomas.reyes.retry@example.org", phone: "(719) 555-0184" };
const CALLER = "+17195550184";

describe("Trackdrive: a retry after Trackdrive stored the lead and the answer was lost", () => {
  let app: TestApp;
  let sim: TrackdriveSimulator;
  beforeAll(async () => {
    app = await startRetryApp(["trackdrive"]);
    sim = app.simulators.trackdrive as TrackdriveSimulator;
  });
  afterAll(() => app?.close());
  beforeEach(() => sim.reset());
  afterEach(() => sim.assertNoUnexpectedCalls());

  const td = (attempt?: number) => {
    const { adapter, vctx } = jobContext(app, "trackdrive", attempt);
    return {
      createLead: () => adapter.leadWriter!.createLead(vctx, lead, { validateOnly: false, dedupe: false }),
      scheduleCallback: (when: { at: Date }) => adapter.callbackScheduler!.scheduleCallback(vctx, lead, when),
    };
  };
  const ours = () => sim.state.leads.filter((l) => l.caller_id === CALLER);

  it("createLead: every try times out after storing, then attempt 2 is UPDATED on the one lead the first made", async () => {
    sim.inject("leads_create_or_update", { afterCommit: { delayMs: AFTER_COMMIT_DELAY_MS } });
    const first = await outcomeOf(td().createLead());
    expect(first.status).toBe("FAILED");
    expect(RETRYABLE).toContain(first.errorCode);
    expect(ours()).toHaveLength(1);
    sim.clearFaults();

    const retry = await td(2).createLead();
    expect(retry).toMatchObject({ status: "UPDATED", nativeId: String(ours()[0]!.id), details: { created: false } });
    expect(ours()).toHaveLength(1);
  });

  it("the connection drops after storing: attempt 2 is UPDATED, still one lead", async () => {
    sim.inject("leads_create_or_update", { afterCommit: "drop" });
    expect((await outcomeOf(td().createLead())).status).toBe("FAILED");
    sim.clearFaults();
    const retry = await td(2).createLead();
    expect(retry).toMatchObject({ status: "UPDATED", nativeId: String(ours()[0]!.id) });
    expect(ours()).toHaveLength(1);
  });

  it("scheduleCallback: stored then timed out, attempt 2 updates the same lead and its callback time stays put", async () => {
    const at = new Date(Date.now() + 3 * 3600_000);
    at.setUTCMilliseconds(0); // schedule_callback_at has whole seconds
    sim.inject("leads_create_or_update", { afterCommit: { delayMs: AFTER_COMMIT_DELAY_MS } });
    expect((await outcomeOf(td().scheduleCallback({ at }))).status).toBe("FAILED");
    sim.clearFaults();

    const retry = await td(2).scheduleCallback({ at });
    expect(retry).toMatchObject({ status: "SCHEDULED", nativeId: String(ours()[0]!.id), details: { created: false } });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.schedule_callback_at).toBe(at.toISOString());
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Comunik8Simulator } from "../../../src/vendors/comunik8/simulator.js";
import type { Comunik8LeadOptions } from "../../../src/vendors/comunik8/graphql.js";
import type { TestApp } from "../../helpers/app.js";
import { AFTER_COMMIT_DELAY_MS, RETRYABLE, jobContext, outcomeOf, startRetryApp } from "../../helpers/retry.js";

/**
 * Comunik8 retries after an ambiguous failure (src/vendors/comunik8/DELIVERY.md): the simulator
 * saves the lead (or withdraws it) and then never answers, and the outbox's second attempt must
 * read the dialler's answer to a repeat as "our first attempt landed", never make a second lead.
 */
const lead = { firstName: "Rhea", lastName: "Okafor", email: "rhea.okafor.retry@example.org", phone: "(303) 555-0191" };
const KEY = "motor-trade|3035550191";
const NATIVE = "motor-trade:3035550191";

describe("Comunik8: a retry after the dialler saved the lead and the answer was lost", () => {
  let app: TestApp;
  let sim: Comunik8Simulator;
  beforeAll(async () => {
    app = await startRetryApp(["comunik8"]);
    sim = app.simulators.comunik8 as Comunik8Simulator;
  });
  afterAll(() => app?.close());
  /** The demo seed's leads: the dialler after a retry holds these plus exactly one more. */
  let seeded = 0;
  beforeEach(() => {
    sim.reset();
    seeded = sim.state.leads.size;
  });
  afterEach(() => sim.assertNoUnexpectedCalls());

  /** The adapter's capabilities bound to one job's context, `attempt` as the outbox passes it. */
  const attemptAt = (attempt?: number) => {
    const { adapter, vctx } = jobContext(app, "comunik8", attempt);
    const w = adapter.leadWriter!;
    return {
      createLead: (input: object, o: object) => w.createLead(vctx, input, o as never),
      cancelLead: (phone: string) => w.cancelLead!(vctx, { phone }),
      scheduleCallback: (input: object, when: { at: Date }) => adapter.callbackScheduler!.scheduleCallback(vctx, input, when),
    };
  };
  const plain = { validateOnly: false, dedupe: false };

  it("createLead: times out after saving, then attempt 2 is EXISTING (\"Existing Contact\") and the dialler holds one lead", async () => {
    sim.inject("lead_add", { afterCommit: { delayMs: AFTER_COMMIT_DELAY_MS }, times: 1 });
    const first = await outcomeOf(attemptAt().createLead(lead, plain));
    expect(first.status).toBe("FAILED");
    expect(first.errorCode).toBe("UPSTREAM_TIMEOUT");
    expect(sim.state.leads.has(KEY)).toBe(true);

    const retry = await attemptAt(2).createLead(lead, plain);
    expect(retry).toMatchObject({ status: "EXISTING", nativeId: NATIVE, message: "Existing Contact" });
    expect(sim.state.leads.size).toBe(seeded + 1);
    expect(sim.callCount("lead_add")).toBe(2);
  });

  it("createLead with a delay: the connection drops after saving, then attempt 2 reads \"already scheduled\" as EXISTING", async () => {
    const options = { ...plain, vendorOptions: { delaySeconds: 3600 } as Comunik8LeadOptions };
    sim.inject("lead_add", { afterCommit: "drop", times: 1 });
    const first = await outcomeOf(attemptAt().createLead(lead, options));
    expect(first.status).toBe("FAILED");
    expect(RETRYABLE).toContain(first.errorCode);

    const retry = await attemptAt(2).createLead(lead, options);
    expect(retry).toMatchObject({ status: "EXISTING", nativeId: NATIVE, message: "Another call is already scheduled" });
    expect(retry.details).toMatchObject({ retry: true, saved: true, processed: false });
    expect(sim.state.leads.size).toBe(seeded + 1);
  });

  it("a first attempt that finds the call already scheduled keeps today's answer: SCHEDULED", async () => {
    const options = { ...plain, vendorOptions: { delaySeconds: 3600 } as Comunik8LeadOptions };
    expect((await attemptAt().createLead(lead, options)).status).toBe("CREATED");
    const again = await attemptAt(1).createLead(lead, options);
    expect(again).toMatchObject({ status: "SCHEDULED", message: "Another call is already scheduled" });
    expect(again.details).not.toHaveProperty("retry");
  });

  it("scheduleCallback: saved then timed out, attempt 2 is EXISTING and one call waits", async () => {
    sim.inject("lead_add", { afterCommit: { delayMs: AFTER_COMMIT_DELAY_MS }, times: 1 });
    const when = { at: new Date(Date.now() + 2 * 3600_000) };
    const first = await outcomeOf(attemptAt().scheduleCallback(lead, when));
    expect(first).toMatchObject({ status: "FAILED", errorCode: "UPSTREAM_TIMEOUT" });

    const retry = await attemptAt(2).scheduleCallback(lead, when);
    expect(retry).toMatchObject({ status: "EXISTING", nativeId: NATIVE });
    expect(sim.state.leads.size).toBe(seeded + 1);
    expect(sim.state.leads.get(KEY)!.dialAt).toBeGreaterThan(Date.now());
  });

  it("cancelLead: withdrawn then the connection drops, attempt 2's \"not found\" is CANCELLED", async () => {
    const options = { ...plain, vendorOptions: { delaySeconds: 3600 } as Comunik8LeadOptions };
    expect((await attemptAt().createLead(lead, options)).status).toBe("CREATED");
    sim.inject("lead_cancel", { afterCommit: "drop", times: 1 });
    const first = await outcomeOf(attemptAt().cancelLead(lead.phone));
    expect(first.status).toBe("FAILED");
    expect(RETRYABLE).toContain(first.errorCode);
    expect(sim.state.leads.has(KEY)).toBe(false);

    const retry = await attemptAt(2).cancelLead(lead.phone);
    expect(retry).toMatchObject({ status: "CANCELLED", nativeId: NATIVE, message: "not found" });
    expect(retry.details).toMatchObject({ retry: true });
    expect(sim.callCount("lead_cancel")).toBe(2);
  });

  it("a first-attempt cancel of a lead the dialler never had is still FAILED NOT_FOUND", async () => {
    const d = await attemptAt().cancelLead(lead.phone);
    expect(d).toMatchObject({ status: "FAILED", error: { code: "NOT_FOUND" } });
  });
});

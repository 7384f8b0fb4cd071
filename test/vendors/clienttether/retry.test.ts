import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EventType, type EventInput } from "../../../src/model/event.js";
import type { LeadInput } from "../../../src/model/lead.js";
import { clientTetherSimState, DEMO_FIRST_CLIENT_ID } from "../../../src/vendors/clienttether/simulator.js";
import type { Simulator } from "../../../src/simulators/harness.js";
import type { TestApp } from "../../helpers/app.js";
import { AFTER_COMMIT_DELAY_MS, RETRYABLE, jobContext, outcomeOf, startRetryApp } from "../../helpers/retry.js";

/**
 * ClientTether retries after an ambiguous failure (src/vendors/clienttether/DELIVERY.md):
 * create_client and create_client_event insert duplicates, so a retry looks first
 * (read_client_exist, read_all_events) and answers EXISTING with the record the first attempt made.
 */
const lead: LeadInput = { firstName: "Odile", lastName: "Marsh", email: "odile.marsh.retry@example.org", phone: "(719) 555-0183" };
const PHONE = "7195550183";
const plain = { validateOnly: false, dedupe: false };

describe("ClientTether: a retry after ClientTether created the record and the answer was lost", () => {
  let app: TestApp;
  let sim: Simulator;
  beforeAll(async () => {
    app = await startRetryApp(["clienttether"]);
    sim = app.simulators.clienttether!;
  });
  afterAll(() => app?.close());
  beforeEach(() => sim.reset());
  afterEach(() => sim.assertNoUnexpectedCalls());

  const ct = (attempt?: number) => {
    const { adapter, vctx } = jobContext(app, "clienttether", attempt);
    return {
      createLead: (options = plain) => adapter.leadWriter!.createLead(vctx, lead, options),
      createEvent: (input: EventInput) => adapter.eventWriter!.createEvent(vctx, input),
    };
  };
  const clientsWithOurPhone = () => [...clientTetherSimState(sim).clients.values()].filter((c) => c.phone === PHONE);

  it("createLead: times out after create_client, then attempt 2 (dedupe off) is EXISTING with that client, nothing created", async () => {
    sim.inject("create_client", { afterCommit: { delayMs: AFTER_COMMIT_DELAY_MS }, times: 1 });
    const first = await outcomeOf(ct().createLead());
    expect(first).toMatchObject({ status: "FAILED", errorCode: "UPSTREAM_TIMEOUT" });
    const [made] = clientsWithOurPhone();
    expect(made).toBeDefined();

    const retry = await ct(2).createLead();
    expect(retry).toMatchObject({ status: "EXISTING", nativeId: String(made!.client_id), lead: { firstName: "Odile" } });
    expect(retry.details).toMatchObject({ matchedBy: "phone", retry: true });
    expect(clientsWithOurPhone()).toHaveLength(1);
    expect(sim.callCount("create_client")).toBe(1);
    expect(sim.callCount("read_client_exist")).toBe(1);
  });

  it("the connection drops after create_client: attempt 2 finds the client too", async () => {
    sim.inject("create_client", { afterCommit: "drop", times: 1 });
    const first = await outcomeOf(ct().createLead());
    expect(first.status).toBe("FAILED");
    expect(RETRYABLE).toContain(first.errorCode);
    const retry = await ct(2).createLead();
    expect(retry).toMatchObject({ status: "EXISTING", nativeId: String(clientsWithOurPhone()[0]!.client_id) });
    expect(clientsWithOurPhone()).toHaveLength(1);
  });

  it("a retry that finds nothing creates the client (the first attempt never reached ClientTether)", async () => {
    sim.inject("create_client", { reset: true, times: 1 });
    expect((await outcomeOf(ct().createLead())).status).toBe("FAILED");
    expect(clientsWithOurPhone()).toHaveLength(0);
    const retry = await ct(2).createLead();
    expect(retry).toMatchObject({ status: "CREATED", nativeId: String(clientsWithOurPhone()[0]!.client_id) });
    expect(clientsWithOurPhone()).toHaveLength(1);
  });

  it("a first attempt with dedupe off does not look: a second create_client makes a duplicate (why attempt matters)", async () => {
    expect((await ct().createLead()).status).toBe("CREATED");
    expect((await ct(1).createLead()).status).toBe("CREATED");
    expect(clientsWithOurPhone()).toHaveLength(2);
    expect(sim.callCount("read_client_exist")).toBe(0);
  });

  it("createEvent: times out after create_client_event, then attempt 2 is EXISTING with that event and one event exists", async () => {
    const input: EventInput = {
      leadId: `clienttether:lead:${DEMO_FIRST_CLIENT_ID}`,
      type: EventType.CALL,
      description: "Retry-safe follow-up call",
      startsAt: new Date("2030-05-06T14:00:00Z"),
    };
    const ours = () => [...clientTetherSimState(sim).events.values()].filter((e) => e.event_note === input.description);
    sim.inject("create_client_event", { afterCommit: { delayMs: AFTER_COMMIT_DELAY_MS }, times: 1 });
    const first = await outcomeOf(ct().createEvent(input));
    expect(first).toMatchObject({ status: "FAILED", errorCode: "UPSTREAM_TIMEOUT" });
    expect(ours()).toHaveLength(1);

    const retry = await ct(2).createEvent(input);
    expect(retry).toMatchObject({ status: "EXISTING", nativeId: String(ours()[0]!.event_id), event: { type: "CALL" } });
    expect(ours()).toHaveLength(1);
    expect(sim.callCount("create_client_event")).toBe(1);
  });

  it("createEvent on a retry with nothing there creates it", async () => {
    const input: EventInput = {
      leadId: `clienttether:lead:${DEMO_FIRST_CLIENT_ID}`,
      type: EventType.CALL,
      description: "Never reached ClientTether",
      startsAt: new Date("2030-05-07T14:00:00Z"),
    };
    const retry = await ct(2).createEvent(input);
    expect(retry.status).toBe("CREATED");
    expect(sim.callCount("read_all_events")).toBeGreaterThanOrEqual(1);
    expect(sim.callCount("create_client_event")).toBe(1);
  });
});

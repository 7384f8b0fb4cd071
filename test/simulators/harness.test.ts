import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../src/simulators/harness.js";

/**
 * The `afterCommit` fault: the handler's state change happens, then the reply is lost (socket
 * destroyed) or held past the client's patience. What a retry after an ambiguous failure is
 * tested against, in every vendor's retry tests.
 */
describe("simulator harness: commit, then fail the reply", () => {
  let sim: Simulator;
  let committed = 0;
  beforeAll(async () => {
    sim = await startSimulator({
      name: "counter",
      routes: [{ name: "bump", method: "POST", path: "/bump", handle: () => ({ body: { committed: ++committed } }) }],
    });
  });
  afterAll(() => sim?.close());
  beforeEach(() => {
    sim.reset();
    committed = 0;
  });

  const bump = (signal?: AbortSignal) => fetch(`${sim.url}/bump`, { method: "POST", signal });

  it('"drop": the handler commits and the connection is destroyed without an answer', async () => {
    sim.inject("bump", { afterCommit: "drop", times: 1 });
    await expect(bump()).rejects.toThrow();
    expect(committed).toBe(1);
    // `times` spent: the next request is answered normally
    expect(await (await bump()).json()).toEqual({ committed: 2 });
  });

  it("{ delayMs }: the handler commits, then the reply waits; a client that gives up first never hears it", async () => {
    sim.inject("bump", { afterCommit: { delayMs: 1500 }, times: 1 });
    await expect(bump(AbortSignal.timeout(150))).rejects.toThrow();
    expect(committed).toBe(1);
    expect(sim.callCount("bump")).toBe(1);
  });

  it("{ delayMs }: a patient client gets the handler's own reply", async () => {
    sim.inject("bump", { afterCommit: { delayMs: 50 }, times: 1 });
    const res = await bump();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ committed: 1 });
  });

  it("installs over HTTP: POST /__sim/faults {route, afterCommit}", async () => {
    const ctl = await fetch(`${sim.url}/__sim/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ route: "bump", afterCommit: "drop", times: 1 }),
    });
    expect(ctl.status).toBe(200);
    await expect(bump()).rejects.toThrow();
    expect(committed).toBe(1);
  });

  it("a plain `reset` still acts before the handler: nothing is committed", async () => {
    sim.inject("bump", { reset: true, times: 1 });
    await expect(bump()).rejects.toThrow();
    expect(committed).toBe(0);
  });
});

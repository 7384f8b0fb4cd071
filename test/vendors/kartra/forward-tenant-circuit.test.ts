import { afterAll, describe, expect, it } from "vitest";
import { eventually, forwardingRows, OUTBOX_PENDING, postWebhook } from "./helpers.js";
import { startTestApp, demoTenant, type TestApp } from "../../helpers/app.js";
import { hashApiKey, type Tenant } from "../../../src/config.js";
import type { Simulator } from "../../../src/simulators/harness.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";
import { clientTetherDemoConfig, clientTetherSimState, startClientTetherSimulator } from "../../../src/vendors/clienttether/simulator.js";

/**
 * Kartra forwards each tenant's completions with that tenant's own ClientTether credentials, so
 * its calls go through that tenant's circuit breaker. Tenant A's ClientTether failing (here: its
 * own simulator answering 503 to everything, until A's circuit opens) must not open the circuit for tenant B,
 * whose ClientTether is healthy. With one process-wide breaker for the worker, B's first
 * forwarding would fail fast with "circuit breaker is open" and only be retried.
 */
const SECRET_A = "kartra-circuit-tenant-a-0001";
const SECRET_B = "kartra-circuit-tenant-b-0002";
const FAILURES_TO_OPEN = 2;

function tenant(id: string, secret: string, clienttether: unknown): Tenant {
  const retry = { baseDelayMs: 10, maxDelayMs: 50, maxAttempts: 20 };
  const kartra = { webhookSecret: secret, forward: { clienttether: { eventType: "CALL" }, retry } };
  return {
    id,
    apiKeys: [hashApiKey(`lg_test_kartra_circuit_${id}`)],
    defaultCountry: "US",
    timezone: "America/New_York",
    vendors: { kartra, clienttether } as Tenant["vendors"],
  };
}

/** The tenant's one forwarding in the delivery outbox: its status, attempts and the last attempt's error message. */
async function forwardingOf(app: TestApp, tenantId: string) {
  const [row] = await forwardingRows(app, tenantId);
  return row && { status: row.status, attempts: row.attempts, lastError: (row.result?.error?.message as string | undefined) ?? null };
}

describe("Kartra forwarding: circuit breakers are per tenant", () => {
  let app: TestApp | undefined;
  let brokenCt: Simulator | undefined;
  afterAll(async () => {
    await app?.close();
    await brokenCt?.close();
  });

  it("tenant A's failing ClientTether opens A's circuit only: B's forwarding goes through on its first attempt", async () => {
    brokenCt = await startClientTetherSimulator({ seed: true });
    brokenCt.inject("*", { status: 503, body: "Service Unavailable" });
    const broken = brokenCt;
    app = await startTestApp({
      tenants: (sims) => [
        tenant("a", SECRET_A, clientTetherDemoConfig(broken)),
        tenant("b", SECRET_B, demoTenant(sims).vendors.clienttether),
      ],
      env: { LOG_LEVEL: "silent" },
      // a circuit that opens quickly and stays open for the whole test
      config: (c) => {
        const breaker = { consecutiveFailures: FAILURES_TO_OPEN, halfOpenAfterMs: 60_000 };
        return { ...c, server: { ...c.server, upstream: { clienttether: { breaker } } } };
      },
    });
    const running = app;

    const fromA = sampleCalendarComplete({ subscriptionId: 1, email: "a@example.com" });
    expect((await postWebhook(running, fromA, { secret: SECRET_A })).status).toBe(200);
    const a = await eventually(async () => {
      const f = await forwardingOf(running, "a");
      return f?.lastError?.includes("circuit breaker is open") ? f : null;
    });
    // failing fast on an open circuit is retryable: A's forwarding waits for its next attempt
    expect(a.status).toBe("RETRYING");
    // once A's circuit opened, A's attempts failed fast without calling A's ClientTether
    expect(brokenCt.callCount()).toBe(FAILURES_TO_OPEN);

    const fromB = sampleCalendarComplete({ subscriptionId: 2, email: "b@example.com" });
    expect((await postWebhook(running, fromB, { secret: SECRET_B })).status).toBe(200);
    const b = await eventually(async () => {
      const f = await forwardingOf(running, "b");
      return f && (!OUTBOX_PENDING.includes(f.status) || f.lastError) ? f : null;
    });
    expect(b).toEqual({ status: "CREATED", attempts: 1, lastError: null });
    const ct = clientTetherSimState(running.simulators.clienttether!);
    expect([...ct.clients.values()].filter((c) => c.email === "b@example.com")).toHaveLength(1);
    expect(running.services.http.circuitState?.("a", "clienttether")).toBe("open");
    expect(running.services.http.circuitState?.("b", "clienttether")).toBe("closed");
  });
});

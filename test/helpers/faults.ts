import type { Fault } from "../../src/simulators/harness.js";

/**
 * The standard upstream fault table (issue 7). test/vendors/faults.test.ts runs it against
 * every real vendor adapter's write; test/lib/http.faults.test.ts against the echo vendor
 * (with exact vendorCodes). The shape of such a test:
 *
 *   it.each(STANDARD_FAULTS)("%s → typed FAILED delivery", async (_name, fault, code) => {
 *     sim.inject("create_client", fault);
 *     const res = await app.gql(CREATE_LEAD, vars);          // HTTP 200, no top-level error
 *     expect(res.body.data.createLead.deliveries[0]).toMatchObject({ status: "FAILED", error: { code } });
 *     expect(sim.callCount("create_client")).toBe(1);        // non-idempotent: never retried
 *   });
 *
 * `timeout` needs a response timeout below its 3 s delay in the test app's config
 * (`server.upstream.<vendor>.responseTimeoutMs`). Codes are what the echo vendor's generic
 * fallbacks (test/fixtures/echo-errors.ts) produce; a vendor's errors.ts may be more specific
 * (e.g. a documented vendor code in a 200 body), in which case assert its own code.
 */
export const STANDARD_FAULTS: [name: string, fault: Fault, code: string][] = [
  ["HTTP 500", { status: 500, body: '{"error":"internal"}', times: 1 }, "UPSTREAM_ERROR"],
  [
    "HTTP 502 with an HTML body",
    { status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>", contentType: "text/html", times: 1 },
    "UPSTREAM_ERROR",
  ],
  ["timeout", { delayMs: 3000, status: 200, body: "{}", times: 1 }, "UPSTREAM_TIMEOUT"],
  ["connection reset", { reset: true, times: 1 }, "UPSTREAM_ERROR"],
  ["malformed JSON", { status: 200, body: '{"id": 4', times: 1 }, "UPSTREAM_ERROR"],
  ["a 200 lacking the expected fields", { status: 200, body: "{}", times: 1 }, "UPSTREAM_ERROR"],
];

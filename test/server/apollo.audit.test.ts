import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverAudits, type AuditResult } from "graphql-http";
import { startTestApp, DEMO_API_KEY, type TestApp } from "../helpers/app.js";

/**
 * The GraphQL-over-HTTP spec audit from `graphql-http`, run against the real server over
 * loopback. Every MUST audit is its own test. SHOULD/MAY audits that do not pass are pinned
 * to an exact list (README "GraphQL over HTTP conformance" explains each), so both a regression and an
 * unexpected improvement fail here and the document is kept honest.
 */
const KNOWN_NON_PASSING: { id: string; status: "warn" | "notice"; name: string }[] = [
  // GET without a non-simple header is refused by Apollo's CSRF prevention (kept on on purpose).
  { id: "5A70", status: "notice", name: "MAY accept application/x-www-form-urlencoded formatted GET requests" },
  {
    id: "D6D5",
    status: "notice",
    name: "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json",
  },
  { id: "6A70", status: "notice", name: "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json" },
];

let resolveUrl!: (url: string) => void;
const url = new Promise<string>((resolve) => (resolveUrl = resolve));

// Every audit request carries the demo tenant's API key (the server answers 401 without one).
const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${DEMO_API_KEY}`);
  return fetch(input, { ...init, headers });
};

const audits = serverAudits({ url: () => url, fetchFn });
const must = audits.filter((a) => a.name.startsWith("MUST"));
const optional = audits.filter((a) => !a.name.startsWith("MUST"));

describe("GraphQL-over-HTTP audit (graphql-http serverAudits)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    resolveUrl(`${app.url}/graphql`);
  });
  afterAll(() => app.close());

  it("has MUST and SHOULD/MAY audits to run", () => {
    expect(must.length).toBeGreaterThanOrEqual(13);
    expect(optional.length).toBeGreaterThanOrEqual(48);
  });

  for (const audit of must) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result: AuditResult = await audit.fn();
      expect(result.status, result.status === "ok" ? "" : result.reason).toBe("ok");
    });
  }

  it("SHOULD/MAY audits: exactly the documented ones do not pass", async () => {
    const results = await Promise.all(optional.map((a) => a.fn()));
    const failing = results.filter((r) => r.status !== "ok").map((r) => ({ id: r.id, status: r.status, name: r.name }));
    expect(failing).toEqual(KNOWN_NON_PASSING);
    expect(results.filter((r) => r.status === "error")).toEqual([]);
  });

  it("the pinned non-passing audits fail for the documented reason (CSRF prevention on GET)", async () => {
    const u = new URL(await url);
    u.searchParams.set("query", "{ __typename }");
    const blocked = await fetchFn(u, { headers: { accept: "application/graphql-response+json" } });
    expect(blocked.status).toBe(400);
    expect(((await blocked.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
    // The same GET with a preflight-forcing header is served: GET queries do work.
    const allowed = await fetchFn(u, { headers: { accept: "application/graphql-response+json", "apollo-require-preflight": "true" } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ data: { __typename: "Query" } });
  });
});
